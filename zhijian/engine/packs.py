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

from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from zhijian.engine.rules import PackError, Rule, parse_rule
from zhijian.taxonomy import CATEGORIES

PACK_DIR = ("data", "packs")
_PACK_KEYS = {"pack", "title", "description", "extends", "abstract", "platform", "platforms",
              "vocab", "disable", "limits", "rules", "defaults", "conversation", "scorecard", "models"}
_OVERRIDE_KEYS = {"shop", "own_names", "own_platforms", "exempt", "disable", "limits", "words",
                  "rules", "vocab", "conversation", "scorecard", "scripts", "models"}
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
    models: dict = field(default_factory=dict)


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
    models: dict = field(default_factory=dict)


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader parses ~10x faster

MAX_OVERRIDE_BYTES = 2 << 20  # one shop override (file or API body)
MAX_YAML_DEPTH = 12  # nesting of mappings/lists; packs and overrides need 6 at most


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
        models=_section(data, "models", origin),
    )
    _cache[name] = pf
    return pf


def _section(data: dict, key: str, origin: str) -> dict:
    v = data.get(key) or {}
    if not isinstance(v, dict):
        raise PackError(f"{origin}: '{key}' must be a mapping")
    return v


def merge_models(base: dict, more: dict) -> dict:
    """Merge a ``models`` section: categories merge one by one, a category's settings key by key
    (``false`` switches a category off)."""
    out = {k: v for k, v in base.items() if k != "categories"}
    out.update({k: v for k, v in more.items() if k != "categories"})
    cats = {k: (dict(v) if isinstance(v, dict) else v) for k, v in (base.get("categories") or {}).items()}
    for k, v in (more.get("categories") or {}).items():
        if isinstance(v, dict) and isinstance(cats.get(k), dict):
            cats[k] = {**cats[k], **v}
        else:
            cats[k] = v
    out["categories"] = cats
    return out


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
    models: dict = {}
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
        models = merge_models(models, pf.models)
    unknown_own = own - set(platforms)
    if unknown_own:
        raise PackError(f"packs {','.join(names)}: unknown own platforms {sorted(unknown_own)}")
    kept = [r for rid, r in rules.items() if rid not in disabled and r.enabled]
    return Composition(names, kept, vocab, platforms, own, limits,
                       conversation=conversation, scorecard=scorecard, models=models)
