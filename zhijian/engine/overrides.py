"""Shop overrides: a shop's own words, exemptions, limits, rules and model settings on top of the
shipped packs, without editing them (file: ``zhijian check --overrides``; API: PUT overrides).

An override is untrusted tenant input: the file is bounded in size and nesting and may not use
YAML aliases (``_read_yaml(untrusted=True)``); every field's type is checked with the field
named; rules, regex rules and words are counted against per-shop limits.

``exceptions:`` are rule-scoped exceptions, typically made in one click from a finding a QA reviewer
rejected (zhijian/engine/exceptions.py proposes the entry)::

    exceptions:
      - rule: common.diversion.contact_app   # a rule id of the composition, or model.<category>
        words: [微信支付]                     # a finding of THAT rule that one of the words overlaps is dropped
        note: 复核驳回（会话 c-17 第 3 轮）     # optional, free text
        examples:                             # optional, run against the full inspector when it loads
          no_match: [可以用微信支付哦]          # must give no finding of that rule
          match: [加我微信吧]                   # must still give one

Unlike a rule's own ``exceptions`` (compiled into the automaton, so they need a letter at both ends)
these words are found in the folded text as they are: a reviewer may except a sticker, "???" or a
whole long message.  The words count against the word limit; examples against their own limit.
"""

from __future__ import annotations

import os
from typing import Any

from zhijian.engine.packs import (_OVERRIDE_KEYS, Composition, _as_list, _check_limits, _section, _vocab,
                                  merge_models, merge_section)
from zhijian.engine.normalize import compact
from zhijian.engine.word_lists import CONV_WORD_LISTS, check_word_lists, without_examples_of
from zhijian.engine.rules import PackError, parse_rule
from zhijian.taxonomy import CATEGORIES, SEVERITIES

MAX_OVERRIDE_RULES = 500
MAX_OVERRIDE_REGEX_RULES = 50
MAX_OVERRIDE_WORDS = 20_000  # words of all lists of one override together
MAX_OVERRIDE_EXCEPTIONS = 500
MAX_EXCEPTION_EXAMPLES = 5_000  # examples of all exceptions together (each runs when the override loads)
_EXCEPTION_KEYS = ("rule", "words", "note", "examples")


def load_overrides(path: str) -> dict:
    """Read and validate a shop override file; errors name the file."""
    if not os.path.exists(path):
        raise PackError(f"{path}: 找不到覆盖设置文件")
    with open(path, encoding="utf-8", errors="strict") as fh:
        try:
            text = fh.read()
        except UnicodeDecodeError as e:
            raise PackError(f"{path}: 文件不是 UTF-8 编码（第 {e.start} 字节处无法解码）") from None
    from zhijian.engine.yaml_read import _read_yaml  # PyYAML only when an override file is read

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


_CONV_NUMBERS = {"response_limit": (0, 86400 * 7), "repeat_min_chars": (1, 10_000), "near_repeat_ratio": (0.01, 1.0),
                 "followup_limit": (0, 86400 * 7)}
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
        elif k == "act_confidence":
            if not isinstance(x, dict) or not all(
                    isinstance(t, (int, float)) and not isinstance(t, bool) and 0 <= t <= 1 for t in x.values()):
                raise PackError(f"{origin}: 字段 {f} 必须是映射（对话行为 → 0–1 之间的数）")
        elif k in ("words", "holiday_greetings"):
            if not isinstance(x, dict):
                raise PackError(f"{origin}: 字段 {f} 必须是映射（名称 → 词语列表）")
            for name, ws in x.items():
                _words_list(ws, f"{f}.{name}", origin, counter)
        elif k == "honorifics" or k in CONV_WORD_LISTS:
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
            if k == "severity":
                bad = [t for t in x if t not in SEVERITIES]
                if bad:
                    raise PackError(f"{origin}: 字段 {f} 的级别 {bad[0]!r} 无效（可选：{'、'.join(SEVERITIES)}）")
            elif k == "category":
                bad = [t for t in x if t not in CATEGORIES]
                if bad:
                    raise PackError(f"{origin}: 字段 {f} 的类别 {bad[0]!r} 不在类别表（docs/spec/taxonomy.md）中")
        elif k == "fatal":
            if not isinstance(x, list) or not all(isinstance(t, str) for t in x):
                raise PackError(f"{origin}: 字段 {f} 必须是类别列表")
            bad = [t for t in x if t not in CATEGORIES]
            if bad:
                raise PackError(f"{origin}: 字段 {f} 的类别 {bad[0]!r} 不在类别表（docs/spec/taxonomy.md）中")
        else:
            raise PackError(f"{origin}: 未知字段 {f}")


def _models_override(data: dict, origin: str) -> dict:
    """The override's ``models`` section, with ``disable: [model.<category>]`` folded in."""
    m = dict(_section(data, "models", origin))
    cats = dict(m.get("categories") or {})
    for rid in _as_list(data.get("disable")):
        if str(rid).startswith("model."):
            cats[str(rid)[6:]] = False
    if cats:
        m["categories"] = cats
    return m


def _validate_models(v: Any, origin: str) -> None:
    if not isinstance(v, dict):
        raise PackError(f"{origin}: 字段 models 必须是映射")
    for k, x in v.items():
        if k == "enabled":
            if not isinstance(x, bool):
                raise PackError(f"{origin}: 字段 models.enabled 必须是 true 或 false")
        elif k == "categories":
            if not isinstance(x, dict):
                raise PackError(f"{origin}: 字段 models.categories 必须是映射（类别 → 设置）")
            for cat, c in x.items():
                f = f"models.categories.{cat}"
                if cat not in CATEGORIES:
                    raise PackError(f"{origin}: 字段 {f}：类别 {cat!r} 不在类别表（docs/spec/taxonomy.md）中")
                if c is False:
                    continue
                if not isinstance(c, dict) or set(c) - {"threshold", "enabled"}:
                    raise PackError(f"{origin}: 字段 {f} 只能是 false 或 {{threshold: 0–1, enabled: true/false}}")
                th = c.get("threshold")
                if th is not None and (isinstance(th, bool) or not isinstance(th, (int, float)) or not 0 < th <= 1):
                    raise PackError(f"{origin}: 字段 {f}.threshold 必须是 0–1 之间的数")
                if "enabled" in c and not isinstance(c["enabled"], bool):
                    raise PackError(f"{origin}: 字段 {f}.enabled 必须是 true 或 false")
        elif k != "second_reading" or not isinstance(x, dict) or set(x) - {"score", "ignore"}:
            raise PackError(f"{origin}: 未知字段或格式不对：models.{k}（second_reading 只能是 {{score: 0–1, ignore: [类别, …]}}；"
                            f"address_units、declined、declined_clauses 只能在规则包中设置）")


def _validate_exceptions(v: Any, origin: str, counter: list[int]) -> None:
    if not isinstance(v, list) or not all(isinstance(e, dict) for e in v):
        raise PackError(f"{origin}: 字段 exceptions 必须是例外（映射）的列表")
    if len(v) > MAX_OVERRIDE_EXCEPTIONS:
        raise PackError(f"{origin}: 例外 {len(v)} 条，超过上限 {MAX_OVERRIDE_EXCEPTIONS}")
    n_examples = 0
    for k, e in enumerate(v):
        f = f"exceptions[{k}]"
        unknown = [x for x in e if x not in _EXCEPTION_KEYS]
        if unknown:
            raise PackError(f"{origin}: 未知字段 {f}.{unknown[0]}（可用：{'、'.join(_EXCEPTION_KEYS)}）")
        if not isinstance(e.get("rule"), str) or not e["rule"].strip():
            raise PackError(f"{origin}: 字段 {f}.rule 必须是规则 id（文字）或 model.<类别>")
        words = e.get("words")
        if words is None or words == [] or words == "":
            raise PackError(f"{origin}: 字段 {f}.words 不能为空（至少一个词语）")
        _words_list(words, f"{f}.words", origin, counter)
        if e.get("note") is not None and not isinstance(e["note"], str):
            raise PackError(f"{origin}: 字段 {f}.note 必须是文字")
        ex = e.get("examples")
        if ex is None:
            continue
        if not isinstance(ex, dict):
            raise PackError(f"{origin}: 字段 {f}.examples 必须是映射（match / no_match → 文字列表）")
        for key, texts in ex.items():
            if key not in ("match", "no_match"):
                raise PackError(f"{origin}: 未知字段 {f}.examples.{key}（可用：match、no_match）")
            if texts is None:
                continue
            if not isinstance(texts, list):
                raise PackError(f"{origin}: 字段 {f}.examples.{key} 必须是文字列表")
            for j, t in enumerate(texts):
                if not isinstance(t, str) or not t.strip():
                    raise PackError(f"{origin}: 字段 {f}.examples.{key} 第 {j + 1} 项必须是非空文字，不能是{_kind(t)}")
            n_examples += len(texts)
            if n_examples > MAX_EXCEPTION_EXAMPLES:
                raise PackError(f"{origin}: 例外的示例总数超过上限 {MAX_EXCEPTION_EXAMPLES}")


def validate_overrides(data: Any, origin: str) -> None:
    """Validate a whole override (file or API body): every field's type, with the field named, and the
    tenant limits (rules, regex rules, words, nesting)."""
    if not isinstance(data, dict):
        raise PackError(f"{origin}: 覆盖设置必须是映射（键: 值）")
    unknown = set(data) - _OVERRIDE_KEYS - {"_path"}
    if unknown:
        raise PackError(f"{origin}: 未知字段 {'、'.join(map(str, sorted(unknown, key=str)))}"
                        f"（可用：{'、'.join(sorted(_OVERRIDE_KEYS))}）")
    from zhijian.engine.yaml_read import MAX_YAML_DEPTH

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
                raise PackError(f"{origin}: 字段 words 的类别 {cat!r} 不在类别表（docs/spec/taxonomy.md）中")
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
    if data.get("models") is not None:
        _validate_models(data["models"], origin)
    if data.get("scripts") is not None and not isinstance(data["scripts"], dict):
        raise PackError(f"{origin}: 字段 scripts 必须是映射")
    if data.get("exceptions") is not None:
        _validate_exceptions(data["exceptions"], origin, counter)


def _exceptions(data: dict, rules: dict, models: dict, path: str) -> tuple[dict, dict]:
    """The override's ``exceptions`` as (rule id -> words, model category -> words), entries of one
    rule united; a rule id must be a rule of the composition, a model category one of its models."""
    entries = data.get("exceptions")
    if entries is None:
        return {}, {}
    _validate_exceptions(entries, path, [0])  # API bodies reach here without validate_overrides
    cats = models.get("categories") or {}
    by_rule: dict[str, dict[str, None]] = {}
    by_cat: dict[str, dict[str, None]] = {}
    for k, e in enumerate(entries):
        rid = e["rule"].strip()
        words = [str(w) for w in _as_list(e["words"])]
        if rid.startswith("model."):
            cat = rid[6:]
            if cat not in cats:
                raise PackError(f"{path}: 字段 exceptions[{k}].rule：{rid!r} 不是本组合的模型类别"
                                f"（可用：{'、'.join('model.' + c for c in sorted(cats)) or '无'}）")
            if any(not compact(w) for w in words):
                raise PackError(f"{path}: 字段 exceptions[{k}].words：模型类别的例外词去掉标点和符号后不能为空")
            target = by_cat.setdefault(cat, {})
        elif rid in rules:
            target = by_rule.setdefault(rid, {})
        else:
            raise PackError(f"{path}: 字段 exceptions[{k}].rule 中的规则 {rid!r} 不存在（或已被 disable 停用）")
        target.update(dict.fromkeys(words))
    return ({r: tuple(ws) for r, ws in by_rule.items()}, {c: tuple(ws) for c, ws in by_cat.items()})


def _union(a: dict[str, tuple[str, ...]], b: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {k: tuple(dict.fromkeys(a.get(k, ()) + b.get(k, ()))) for k in {**a, **b}}


def apply_overrides(comp: Composition, data: dict) -> Composition:
    path = data.get("_path", "overrides")
    rules = {r.id: r for r in comp.rules}
    added: set[str] = set()
    for rid in _as_list(data.get("disable")):
        if str(rid).startswith("model."):
            continue  # a model category: switched off in _models_override
        if rid not in rules:
            raise PackError(f"{path}: 字段 disable 中的规则 {rid!r} 不存在")
        del rules[rid]
    own = set(comp.own_platforms)
    for p in _as_list(data.get("own_platforms")):
        if p not in comp.platforms:
            raise PackError(f"{path}: 字段 own_platforms 中的平台 {p!r} 未定义（可用：{'、'.join(sorted(comp.platforms))}）")
        own.add(p)
    limits = dict(comp.limits)
    lim = data.get("limits") or {}
    _check_limits(lim, path)
    limits.update(lim)
    words = data.get("words") or {}
    if not isinstance(words, dict):
        raise PackError(f"{path}: 字段 words 应为映射（类别 → 词语列表）")
    for cat, ws in words.items():
        if cat not in CATEGORIES:
            raise PackError(f"{path}: 字段 words 的类别 {cat!r} 不在类别表（docs/spec/taxonomy.md）中")
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
        raise PackError(f"{path}: 字段 exempt 或 own_names 中有空词语")
    check_word_lists(comp.conversation, data.get("conversation") or {}, path)
    models = merge_models(comp.models, _models_override(data, path))
    rule_exc, model_exc = _exceptions(data, rules, models, path)
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
        conversation=without_examples_of(merge_section(comp.conversation, _section(data, "conversation", path)),
                                          data.get("conversation") or {}),
        scorecard=merge_section(comp.scorecard, _section(data, "scorecard", path)),
        models=models,
        rule_exceptions=_union(comp.rule_exceptions, rule_exc),
        model_exceptions=_union(comp.model_exceptions, model_exc),
        precedence=comp.precedence,
    )
