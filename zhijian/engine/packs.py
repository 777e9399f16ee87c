"""Pack files: loading, ``extends``, composition (``jd,adlaw``) and shop override files.

A pack file (YAML, shipped in ``zhijian/packs/``)::

    pack: jd
    title: 京东店铺
    extends: [common]
    platform: {own: [jd]}          # platform keys (see common.yaml ``platforms``) that are ours
    vocab: {name: [words]}         # word lists, used in rules as "@name"
    disable: [rule ids]            # rules of an extended pack this pack does not want
    limits: {max_length: 150}
    rules: [...]                   # see rules.py

References a rule may use in ``patterns``/``near``/``exceptions``/``unless``/``whole``:
``@name`` (a vocab list), ``@own_platforms`` / ``@other_platforms`` (the words of the platforms
this composition calls its own / all the others), ``@own_names`` (shop names from overrides).

A shop override file (YAML, never edits the shipped packs)::

    shop: 某某旗舰店
    own_names: [某某旗舰店]       # never flagged by any rule
    own_platforms: [tmall]        # also treat these platforms as ours
    exempt: [词]                  # allow-list: silences any hit it overlaps
    disable: [rule ids]
    limits: {max_length: 200}
    words: {diversion: [某竞品]}  # shop's own banned words, by category
    rules: [...]                  # full rules, same schema as the packs
"""

from __future__ import annotations

import dataclasses

import os
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from zhijian.engine.rules import PackError, Rule, parse_rule
from zhijian.taxonomy import CATEGORIES, SEVERITIES

PACK_DIR = ("data", "packs")
_PACK_KEYS = {"pack", "title", "description", "extends", "abstract", "platform", "platforms",
              "vocab", "disable", "limits", "rules", "defaults", "conversation", "scorecard"}
_OVERRIDE_KEYS = {"shop", "own_names", "own_platforms", "exempt", "disable", "limits", "words",
                  "rules", "vocab", "conversation", "scorecard", "scripts"}
LIMIT_KEYS = {"max_length"}


@dataclass
class PackFile:
    name: str
    title: str
    description: str
    extends: tuple[str, ...]
    abstract: bool
    own_platforms: tuple[str, ...]
    platforms: dict[str, dict]
    vocab: dict[str, tuple[str, ...]]
    disable: tuple[str, ...]
    limits: dict[str, Any]
    rules: list[Rule]
    path: str
    conversation: dict = field(default_factory=dict)
    scorecard: dict = field(default_factory=dict)


@dataclass
class Composition:
    """Several packs (with what they extend) and an optional override, merged."""

    names: tuple[str, ...]
    rules: list[Rule]
    vocab: dict[str, tuple[str, ...]]
    platforms: dict[str, dict]
    own_platforms: set[str]
    limits: dict[str, Any]
    exempt: tuple[str, ...] = ()
    own_names: tuple[str, ...] = ()
    shop: str | None = None
    override_rule_ids: set[str] = field(default_factory=set)
    conversation: dict = field(default_factory=dict)
    scorecard: dict = field(default_factory=dict)


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader parses ~10x faster

MAX_OVERRIDE_BYTES = 2 << 20  # one shop override (file or API body)
MAX_YAML_DEPTH = 12  # nesting of mappings/lists; packs and overrides need 6 at most
MAX_OVERRIDE_RULES = 500
MAX_OVERRIDE_REGEX_RULES = 50
MAX_OVERRIDE_WORDS = 20_000  # words of all lists of one override together


def _guard_yaml(text: str, origin: str, max_depth: int) -> None:
    """Refuse anchors/aliases (alias expansion is how "billion laughs" bombs work) and deep nesting,
    from the event stream, before anything is built."""
    depth = 0
    try:
        for ev in yaml.parse(text, Loader=_Loader):
            if isinstance(ev, yaml.AliasEvent) or getattr(ev, "anchor", None):
                mark = ev.start_mark
                raise PackError(f"{origin}: 第 {mark.line + 1} 行第 {mark.column + 1} 列：不允许使用 YAML 锚点/别名（& 和 *）")
            if isinstance(ev, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > max_depth:
                    mark = ev.start_mark
                    raise PackError(f"{origin}: 第 {mark.line + 1} 行：嵌套超过 {max_depth} 层")
            elif isinstance(ev, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError as e:
        if "nesting depth" in str(getattr(e, "problem", "")):
            raise PackError(f"{origin}: 嵌套超过 {max_depth} 层") from None
        return  # the loader below reports the syntax error with its position


def _read_yaml(text: str, origin: str, *, untrusted: bool = False) -> Any:
    """Parse YAML; ``untrusted`` (shop overrides) also bounds size, depth and refuses aliases."""
    if untrusted:
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_OVERRIDE_BYTES:
            raise PackError(f"{origin}: 文件大小 {size} 字节，超过上限 {MAX_OVERRIDE_BYTES} 字节")
        _guard_yaml(text, origin, MAX_YAML_DEPTH)
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f" 第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark else ""
        raise PackError(f"{origin}:{at} YAML 格式错误：{getattr(e, 'problem', e)}") from None
    except RecursionError:
        raise PackError(f"{origin}: 嵌套过深") from None


def available_packs() -> list[str]:
    files = resources.files("zhijian").joinpath(*PACK_DIR)
    return sorted(p.name[:-5] for p in files.iterdir() if p.name.endswith(".yaml"))


_cache: dict[str, PackFile] = {}


def load_pack_file(name: str) -> PackFile:
    if name in _cache:
        return _cache[name]
    if name not in available_packs():
        raise PackError(f"unknown pack {name!r}; available: {', '.join(available_packs())}")
    res = resources.files("zhijian").joinpath(*PACK_DIR, f"{name}.yaml")
    origin = f"packs/{name}.yaml"
    data = _read_yaml(res.read_text(encoding="utf-8"), origin)
    if not isinstance(data, dict):
        raise PackError(f"{origin}: a pack file must be a mapping")
    unknown = set(data) - _PACK_KEYS
    if unknown:
        raise PackError(f"{origin}: unknown keys {sorted(unknown)}")
    if data.get("pack") != name:
        raise PackError(f"{origin}: 'pack' must be {name!r}")
    defaults = data.get("defaults") or {}
    rules_raw = data.get("rules") or []
    if not isinstance(rules_raw, list):
        raise PackError(f"{origin}: 'rules' must be a list")
    rules = [dataclasses.replace(parse_rule(r, origin, defaults), shipped=True) for r in rules_raw]
    _check_unique(rules, origin)
    vocab = _vocab(data.get("vocab"), origin)
    platforms = data.get("platforms") or {}
    if not isinstance(platforms, dict):
        raise PackError(f"{origin}: 'platforms' must be a mapping")
    for key, p in platforms.items():
        if not isinstance(p, dict) or not isinstance(p.get("words"), list):
            raise PackError(f"{origin}: platform {key!r} needs a 'words' list")
    plat = data.get("platform") or {}
    limits = data.get("limits") or {}
    _check_limits(limits, origin)
    pf = PackFile(
        name=name,
        title=str(data.get("title", name)),
        description=str(data.get("description", "")),
        extends=tuple(_as_list(data.get("extends"))),
        abstract=bool(data.get("abstract", False)),
        own_platforms=tuple(_as_list(plat.get("own"))),
        platforms=platforms,
        vocab=vocab,
        disable=tuple(_as_list(data.get("disable"))),
        limits=limits,
        rules=rules,
        path=origin,
        conversation=_section(data, "conversation", origin),
        scorecard=_section(data, "scorecard", origin),
    )
    _cache[name] = pf
    return pf


def _section(data: dict, key: str, origin: str) -> dict:
    v = data.get(key) or {}
    if not isinstance(v, dict):
        raise PackError(f"{origin}: '{key}' must be a mapping")
    return v


def merge_section(base: dict, more: dict) -> dict:
    """Merge a conversation/scorecard section: nested mappings merge key by key, the rest replaces."""
    out = dict(base)
    for k, v in more.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = {**out[k], **v}
        else:
            out[k] = v
    return out


def _as_list(v: Any) -> list:
    if v is None:
        return []
    return [v] if isinstance(v, str) else list(v)


def _vocab(v: Any, origin: str) -> dict[str, tuple[str, ...]]:
    if v is None:
        return {}
    if not isinstance(v, dict):
        raise PackError(f"{origin}: 'vocab' must map names to word lists")
    out = {}
    for k, words in v.items():
        if not isinstance(words, list) or not all(isinstance(w, (str, int)) for w in words):
            raise PackError(f"{origin}: vocab {k!r} must be a list of words")
        out[str(k)] = tuple(str(w) for w in words)
    return out


def _check_limits(limits: Any, origin: str) -> None:
    if not isinstance(limits, dict):
        raise PackError(f"{origin}: 'limits' must be a mapping")
    for k, v in limits.items():
        if k not in LIMIT_KEYS:
            raise PackError(f"{origin}: unknown limit {k!r} (known: {sorted(LIMIT_KEYS)})")
        if not isinstance(v, int) or v <= 0:
            raise PackError(f"{origin}: limit {k!r} must be a positive integer")


def _check_unique(rules: list[Rule], origin: str) -> None:
    seen = set()
    for r in rules:
        if r.id in seen:
            raise PackError(f"{origin}: rule id {r.id!r} appears twice")
        seen.add(r.id)


def _linearise(name: str, stack: tuple[str, ...] = ()) -> list[str]:
    if name in stack:
        raise PackError(f"packs/{name}.yaml: 'extends' loops back: {' -> '.join(stack + (name,))}")
    pf = load_pack_file(name)
    order: list[str] = []
    for parent in pf.extends:
        for n in _linearise(parent, stack + (name,)):
            if n not in order:
                order.append(n)
    order.append(name)
    return order


def parse_pack_names(spec: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    items = [spec] if isinstance(spec, str) else list(spec)
    names: list[str] = []
    for item in items:
        for n in str(item).split(","):
            n = n.strip()
            if n and n not in names:
                names.append(n)
    if not names:
        raise PackError("no pack given")
    return tuple(names)


def compose(spec: str | list[str] | tuple[str, ...]) -> Composition:
    names = parse_pack_names(spec)
    order: list[str] = []
    for n in names:
        for m in _linearise(n):
            if m not in order:
                order.append(m)
    rules: dict[str, Rule] = {}
    vocab: dict[str, tuple[str, ...]] = {}
    platforms: dict[str, dict] = {}
    own: set[str] = set()
    limits: dict[str, Any] = {}
    disabled: set[str] = set()
    conversation: dict = {}
    scorecard: dict = {}
    for n in order:
        pf = load_pack_file(n)
        for r in pf.rules:
            rules[r.id] = r
        vocab.update(pf.vocab)
        platforms.update(pf.platforms)
        own.update(pf.own_platforms)
        limits.update(pf.limits)
        disabled.update(pf.disable)
        conversation = merge_section(conversation, pf.conversation)
        scorecard = merge_section(scorecard, pf.scorecard)
    unknown_own = own - set(platforms)
    if unknown_own:
        raise PackError(f"packs {','.join(names)}: unknown own platforms {sorted(unknown_own)}")
    kept = [r for rid, r in rules.items() if rid not in disabled and r.enabled]
    return Composition(names, kept, vocab, platforms, own, limits,
                       conversation=conversation, scorecard=scorecard)


def load_overrides(path: str) -> dict:
    """Read and validate a shop override file; errors name the file."""
    if not os.path.exists(path):
        raise PackError(f"{path}: override file not found")
    with open(path, encoding="utf-8", errors="strict") as fh:
        try:
            text = fh.read()
        except UnicodeDecodeError as e:
            raise PackError(f"{path}: not UTF-8 ({e.reason} at byte {e.start})") from None
    data = _read_yaml(text, path, untrusted=True)
    if data is None:
        data = {}
    validate_overrides(data, path)
    data["_path"] = path
    return data


def _words_list(v: Any, field_name: str, origin: str, counter: list[int]) -> None:
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list):
        raise PackError(f"{origin}: 字段 {field_name} 必须是词语列表")
    for k, w in enumerate(v):
        if isinstance(w, bool) or not isinstance(w, (str, int)):
            raise PackError(f"{origin}: 字段 {field_name} 第 {k + 1} 项必须是词语（文字），不能是{_kind(w)}")
        if isinstance(w, str) and not w.strip():
            raise PackError(f"{origin}: 字段 {field_name} 第 {k + 1} 项是空词语")
    counter[0] += len(v)
    if counter[0] > MAX_OVERRIDE_WORDS:
        raise PackError(f"{origin}: 词语总数超过上限 {MAX_OVERRIDE_WORDS}")


def _kind(v: Any) -> str:
    return {dict: "映射", list: "列表", bool: "布尔值", float: "小数", type(None): "空值"}.get(type(v), type(v).__name__)


def _depth(v: Any, limit: int, origin: str, path: str = "", d: int = 0) -> None:
    if d > limit:
        raise PackError(f"{origin}: 字段 {path or '（顶层）'} 嵌套超过 {limit} 层")
    if isinstance(v, dict):
        for k, x in v.items():
            _depth(x, limit, origin, f"{path}.{k}" if path else str(k), d + 1)
    elif isinstance(v, list):
        for k, x in enumerate(v):
            _depth(x, limit, origin, f"{path}[{k}]", d + 1)


_CONV_NUMBERS = {"response_limit": (0, 86400 * 7), "repeat_min_chars": (1, 10_000), "near_repeat_ratio": (0.01, 1.0)}
_CONV_BOOLS = {"holiday_greeting", "emoji_required"}


def _validate_conversation(v: Any, origin: str, counter: list[int]) -> None:
    if not isinstance(v, dict):
        raise PackError(f"{origin}: 字段 conversation 必须是映射")
    for k, x in v.items():
        f = f"conversation.{k}"
        if k in _CONV_NUMBERS:
            lo, hi = _CONV_NUMBERS[k]
            if isinstance(x, bool) or not isinstance(x, (int, float)) or not lo <= x <= hi:
                raise PackError(f"{origin}: 字段 {f} 必须是 {lo}–{hi} 之间的数字")
        elif k in _CONV_BOOLS:
            if not isinstance(x, bool):
                raise PackError(f"{origin}: 字段 {f} 必须是 true 或 false")
        elif k == "business_hours":
            if x is not None and not (isinstance(x, list) and len(x) == 2 and all(isinstance(t, str) for t in x)):
                raise PackError(f"{origin}: 字段 {f} 必须是 [\"HH:MM\", \"HH:MM\"] 或 null")
        elif k in ("words", "holiday_greetings"):
            if not isinstance(x, dict):
                raise PackError(f"{origin}: 字段 {f} 必须是映射（名称 → 词语列表）")
            for name, ws in x.items():
                _words_list(ws, f"{f}.{name}", origin, counter)
        elif k == "honorifics":
            _words_list(x, f, origin, counter)
        elif k in ("severity", "messages", "suggestions"):
            if not isinstance(x, dict) or not all(isinstance(t, str) for t in x.values()):
                raise PackError(f"{origin}: 字段 {f} 必须是映射（类别 → 文字）")
            if k == "severity":
                bad = [t for t in x.values() if t not in SEVERITIES]
                if bad:
                    raise PackError(f"{origin}: 字段 {f} 的级别 {bad[0]!r} 无效（可选：{'、'.join(SEVERITIES)}）")
        else:
            raise PackError(f"{origin}: 未知字段 {f}")


def _validate_scorecard(v: Any, origin: str) -> None:
    if not isinstance(v, dict):
        raise PackError(f"{origin}: 字段 scorecard 必须是映射")
    for k, x in v.items():
        f = f"scorecard.{k}"
        if k in ("start", "category_cap"):
            if x is not None and (isinstance(x, bool) or not isinstance(x, (int, float))):
                raise PackError(f"{origin}: 字段 {f} 必须是数字")
        elif k in ("severity", "category", "bonus"):
            if not isinstance(x, dict) or not all(
                    isinstance(t, (int, float)) and not isinstance(t, bool) for t in x.values()):
                raise PackError(f"{origin}: 字段 {f} 必须是映射（名称 → 分值）")
        elif k == "fatal":
            if not isinstance(x, list) or not all(isinstance(t, str) for t in x):
                raise PackError(f"{origin}: 字段 {f} 必须是类别列表")
        else:
            raise PackError(f"{origin}: 未知字段 {f}")


def validate_overrides(data: Any, origin: str) -> None:
    """Validate a whole override (file or API body): every field's type, with the field named, and the
    tenant limits (rules, regex rules, words, nesting)."""
    if not isinstance(data, dict):
        raise PackError(f"{origin}: 覆盖设置必须是映射（键: 值）")
    unknown = set(data) - _OVERRIDE_KEYS - {"_path"}
    if unknown:
        raise PackError(f"{origin}: 未知字段 {'、'.join(map(str, sorted(unknown, key=str)))}"
                        f"（可用：{'、'.join(sorted(_OVERRIDE_KEYS))}）")
    _depth({k: v for k, v in data.items() if k != "_path"}, MAX_YAML_DEPTH, origin)
    counter = [0]
    if data.get("shop") is not None and not isinstance(data["shop"], str):
        raise PackError(f"{origin}: 字段 shop 必须是文字")
    for key in ("own_names", "exempt", "disable", "own_platforms"):
        if data.get(key) is not None:
            _words_list(data[key], key, origin, counter)
    if data.get("words") is not None:
        if not isinstance(data["words"], dict):
            raise PackError(f"{origin}: 字段 words 必须是映射（类别 → 词语列表）")
        for cat, ws in data["words"].items():
            if cat not in CATEGORIES:
                raise PackError(f"{origin}: 字段 words 的类别 {cat!r} 不在类别表（spec/taxonomy.md）中")
            _words_list(ws, f"words.{cat}", origin, counter)
    if data.get("vocab") is not None:
        if not isinstance(data["vocab"], dict):
            raise PackError(f"{origin}: 字段 vocab 必须是映射（名称 → 词语列表）")
        for name, ws in data["vocab"].items():
            _words_list(ws, f"vocab.{name}", origin, counter)
    rules = data.get("rules")
    if rules is not None:
        if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
            raise PackError(f"{origin}: 字段 rules 必须是规则（映射）的列表")
        if len(rules) > MAX_OVERRIDE_RULES:
            raise PackError(f"{origin}: 规则 {len(rules)} 条，超过上限 {MAX_OVERRIDE_RULES}")
        n_regex = sum(1 for r in rules if r.get("regex"))
        if n_regex > MAX_OVERRIDE_REGEX_RULES:
            raise PackError(f"{origin}: 正则规则 {n_regex} 条，超过上限 {MAX_OVERRIDE_REGEX_RULES}")
        for k, r in enumerate(rules):
            for key in ("patterns", "exceptions", "unless", "whole"):
                if r.get(key) is not None:
                    _words_list(r[key], f"rules[{k}].{key}", origin, counter)
            if r.get("regex") is not None and not isinstance(r["regex"], str):
                raise PackError(f"{origin}: 字段 rules[{k}].regex 必须是文字")
    if data.get("limits") is not None:
        _check_limits(data["limits"], origin)
    if data.get("conversation") is not None:
        _validate_conversation(data["conversation"], origin, counter)
    if data.get("scorecard") is not None:
        _validate_scorecard(data["scorecard"], origin)
    if data.get("scripts") is not None and not isinstance(data["scripts"], dict):
        raise PackError(f"{origin}: 字段 scripts 必须是映射")


def apply_overrides(comp: Composition, data: dict) -> Composition:
    path = data.get("_path", "overrides")
    rules = {r.id: r for r in comp.rules}
    added: set[str] = set()
    for rid in _as_list(data.get("disable")):
        if rid not in rules:
            raise PackError(f"{path}: 'disable' names unknown rule {rid!r}")
        del rules[rid]
    own = set(comp.own_platforms)
    for p in _as_list(data.get("own_platforms")):
        if p not in comp.platforms:
            raise PackError(f"{path}: unknown platform {p!r} (known: {sorted(comp.platforms)})")
        own.add(p)
    limits = dict(comp.limits)
    lim = data.get("limits") or {}
    _check_limits(lim, path)
    limits.update(lim)
    words = data.get("words") or {}
    if not isinstance(words, dict):
        raise PackError(f"{path}: 'words' must map categories to word lists")
    for cat, ws in words.items():
        if cat not in CATEGORIES:
            raise PackError(f"{path}: 'words' category {cat!r} is not in spec/taxonomy.md")
        rid = f"shop.{cat}"
        rules[rid] = parse_rule(
            {"id": rid, "category": cat, "severity": "major", "patterns": ws,
             "message": "店铺自定义禁用词：“{match}”", "suggestion": "请换用店铺规范用语"},
            path,
        )
        added.add(rid)
    for raw in _as_list(data.get("rules")):
        r = parse_rule(raw, path)
        rules[r.id] = r
        added.add(r.id)
    vocab = dict(comp.vocab)
    vocab.update(_vocab(data.get("vocab"), path))
    exempt = tuple(str(w) for w in _as_list(data.get("exempt")))
    own_names = tuple(str(w) for w in _as_list(data.get("own_names")))
    if any(not w for w in exempt + own_names):
        raise PackError(f"{path}: empty word in 'exempt' or 'own_names'")
    return Composition(
        names=comp.names,
        rules=list(rules.values()),
        vocab=vocab,
        platforms=comp.platforms,
        own_platforms=own,
        limits=limits,
        exempt=comp.exempt + exempt,
        own_names=comp.own_names + own_names,
        shop=data.get("shop") or comp.shop,
        override_rule_ids=comp.override_rule_ids | added,
        conversation=merge_section(comp.conversation, _section(data, "conversation", path)),
        scorecard=merge_section(comp.scorecard, _section(data, "scorecard", path)),
    )
