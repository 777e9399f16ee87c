"""Pack files: loading, ``extends``, composition (``jd,adlaw``) and shop override files.

A pack file (YAML, shipped in ``zhijian/packs/``)::

    pack: jd
    title: 京东店铺
    extends: [common]
    platform: {own: [jd]}          # platform keys (see common.yaml ``platforms``) that are ours
    vocab: {name: [words]}         # word lists, used in rules as "@name"
    disable: [rule ids]            # rules of an extended pack this pack does not want
    limits: {max_length: 150}
    precedence: [{prefer: uncivil, over: diversion}]   # one stretch, one reading (overlap.py)
    rules: [...]                   # see rules.py

References a rule may use in ``patterns``/``near``/``exceptions``/``unless``/``whole``:
``@name`` (a vocab list), ``@own_platforms`` / ``@other_platforms`` (the words of the platforms
this composition calls its own / all the others), ``@own_names`` (shop names from overrides);
``word@name`` is ``word`` followed by each word of the vocab list (第一@ordinal_units -> 第一次,
第一时间 …).  Every word written with 你 also stands for its 您 form (derived when compiled).

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

from zhijian.engine.rules import PackError, Rule, parse_rule
from zhijian.taxonomy import CATEGORIES

PACK_DIR = ("data", "packs")
_PACK_KEYS = {"pack", "title", "description", "extends", "abstract", "platform", "platforms",
              "vocab", "disable", "limits", "rules", "defaults", "conversation", "scorecard", "models",
              "precedence", "disguise"}
_OVERRIDE_KEYS = {"shop", "own_names", "own_platforms", "exempt", "disable", "limits", "words",
                  "rules", "vocab", "conversation", "scorecard", "scripts", "models", "exceptions"}
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
    precedence: tuple[tuple[str, str], ...] = ()
    # disguise data (disguise.py): character -> the emoji that stand for it
    emoji: dict[str, tuple[str, ...]] = field(default_factory=dict)


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
    # a shop's rule-scoped exceptions (override ``exceptions:``): rule id -> words, and model
    # category -> words; a finding of that rule / category that one of the words overlaps is dropped
    rule_exceptions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    model_exceptions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (better, worse) category pairs: a finding of ``better`` that covers a shorter finding of ``worse``
    # is the one reading of that stretch (overlap.py)
    precedence: tuple[tuple[str, str], ...] = ()


def available_packs() -> list[str]:
    files = resources.files("zhijian").joinpath(*PACK_DIR)
    return sorted(p.name[:-5] for p in files.iterdir() if p.name.endswith(".yaml"))


_cache: dict[str, PackFile] = {}


def load_pack_file(name: str) -> PackFile:
    if name in _cache:
        return _cache[name]
    if name not in available_packs():
        raise PackError(f"未知规则包 {name!r}（可用：{'、'.join(available_packs())}）")
    res = resources.files("zhijian").joinpath(*PACK_DIR, f"{name}.yaml")
    origin = f"packs/{name}.yaml"
    from zhijian.engine.yaml_read import _read_yaml  # not on a warm start (the compiled pack is cached)

    data = _read_yaml(res.read_text(encoding="utf-8"), origin)
    if not isinstance(data, dict):
        raise PackError(f"{origin}: 规则包文件应为映射（键: 值）")
    unknown = set(data) - _PACK_KEYS
    if unknown:
        raise PackError(f"{origin}: 未知字段 {'、'.join(sorted(map(str, unknown)))}（可用：{'、'.join(sorted(_PACK_KEYS))}）")
    if data.get("pack") != name:
        raise PackError(f"{origin}: 字段 pack 应为 {name!r}（与文件名一致）")
    defaults = data.get("defaults") or {}
    rules_raw = data.get("rules") or []
    if not isinstance(rules_raw, list):
        raise PackError(f"{origin}: 字段 rules 应为规则列表")
    rules = [dataclasses.replace(parse_rule(r, origin, defaults), shipped=True) for r in rules_raw]
    _check_unique(rules, origin)
    vocab = _vocab(data.get("vocab"), origin)
    platforms = data.get("platforms") or {}
    if not isinstance(platforms, dict):
        raise PackError(f"{origin}: 字段 platforms 应为映射")
    for key, p in platforms.items():
        if not isinstance(p, dict) or not isinstance(p.get("words"), list):
            raise PackError(f"{origin}: 平台 {key!r} 缺少词语列表 words")
        if not isinstance(p.get("nicknames", []), list):
            raise PackError(f"{origin}: 平台 {key!r} 的 nicknames 应为词语列表")
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
        precedence=_precedence(data.get("precedence"), origin),
        emoji=_disguise_data(data.get("disguise"), origin),
    )
    _cache[name] = pf
    return pf


def _disguise_data(v: Any, origin: str) -> dict[str, tuple[str, ...]]:
    """``disguise: {emoji: {🐶: [狗]}, examples: …}``: the pack's data for the disguise generators."""
    from zhijian.engine.disguise import parse_emoji_table

    if v is None:
        return {}
    if not isinstance(v, dict) or set(v) - {"emoji", "note"}:
        raise PackError(f"{origin}: 字段 disguise 应为映射，只含 emoji（及可选的 note）")
    try:
        return parse_emoji_table(v.get("emoji"), origin)
    except ValueError as e:
        raise PackError(str(e)) from None


def disguise_emoji(names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The emoji table of a composition: the packs' tables merged in extension order."""
    out: dict[str, tuple[str, ...]] = {}
    order: list[str] = []
    for n in names:
        for m in _linearise(n):
            if m not in order:
                order.append(m)
    for n in order:
        for ch, emos in load_pack_file(n).emoji.items():
            out[ch] = tuple(dict.fromkeys(out.get(ch, ()) + emos))
    return out


def _section(data: dict, key: str, origin: str) -> dict:
    v = data.get(key) or {}
    if not isinstance(v, dict):
        raise PackError(f"{origin}: 字段 {key} 应为映射")
    return v


def _precedence(v: Any, origin: str) -> tuple[tuple[str, str], ...]:
    """``precedence: [{prefer: 类别, over: 类别}]``: which reading of one stretch is the better one."""
    if v is None:
        return ()
    if not isinstance(v, list):
        raise PackError(f"{origin}: 字段 precedence 应为列表（每项含 prefer 和 over）")
    out = []
    for k, item in enumerate(v):
        where = f"{origin}: precedence[{k}]"
        if not isinstance(item, dict) or set(item) - {"prefer", "over", "note"}:
            raise PackError(f"{where} 应为映射，只含 prefer、over（及可选的 note）")
        pair = (item.get("prefer"), item.get("over"))
        for key, cat in zip(("prefer", "over"), pair):
            if cat not in CATEGORIES:
                raise PackError(f"{where}：{key} 的类别 {cat!r} 不在类别表（docs/spec/taxonomy.md）中")
        if pair[0] == pair[1]:
            raise PackError(f"{where}：prefer 与 over 是同一类别 {pair[0]!r}")
        out.append(pair)
    return tuple(out)


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
        raise PackError(f"{origin}: 字段 vocab 应为映射（名称 → 词语列表）")
    out = {}
    for k, words in v.items():
        if not isinstance(words, list) or not all(isinstance(w, (str, int)) for w in words):
            raise PackError(f"{origin}: 词表 vocab.{k} 应为词语列表")
        out[str(k)] = tuple(str(w) for w in words)
    return out


def _check_limits(limits: Any, origin: str) -> None:
    if not isinstance(limits, dict):
        raise PackError(f"{origin}: 字段 limits 应为映射")
    for k, v in limits.items():
        if k not in LIMIT_KEYS:
            raise PackError(f"{origin}: 字段 limits 中的 {k!r} 不是已知的限制项（可用：{'、'.join(sorted(LIMIT_KEYS))}）")
        if not isinstance(v, int) or v <= 0:
            raise PackError(f"{origin}: 限制项 limits.{k} 应为正整数")


def _check_unique(rules: list[Rule], origin: str) -> None:
    seen = set()
    for r in rules:
        if r.id in seen:
            raise PackError(f"{origin}: 规则 id {r.id!r} 重复出现")
        seen.add(r.id)


def _linearise(name: str, stack: tuple[str, ...] = ()) -> list[str]:
    if name in stack:
        raise PackError(f"packs/{name}.yaml: 字段 extends 形成循环继承：{' → '.join(stack + (name,))}")
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
        raise PackError("没有指定规则包")
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
    precedence: list[tuple[str, str]] = []
    for n in order:
        pf = load_pack_file(n)
        precedence += [p for p in pf.precedence if p not in precedence]
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
        raise PackError(f"规则包 {','.join(names)}: 本平台（platform.own）中有未定义的平台 {'、'.join(sorted(unknown_own))}")
    kept = [r for rid, r in rules.items() if rid not in disabled and r.enabled]
    return Composition(names, kept, vocab, platforms, own, limits,
                       conversation=conversation, scorecard=scorecard, models=models,
                       precedence=tuple(precedence))
