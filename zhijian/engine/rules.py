"""Rules as data: the schema of one rule in a pack file, parsed and validated.

A rule decides one thing about one agent message.  Its kind follows from the keys it has
(a Vale-like handful of check types):

* ``patterns`` — literal words (plus disguise variants derived at load time: ``disguise:
  [initials, mixed_pinyin, mixed_initials, homophones, emoji]`` or ``disguise: all``, see
  disguise.py; ``pinyin: true`` is the older spelling of ``mixed_pinyin``); ``near`` adds more
  word groups that must all occur within ``within`` characters (combination rules: 保证 … 明天到);
* ``regex`` — a (validated, backtracking-safe) regular expression over the folded text; with
  ``patterns`` as well, the regex only runs where a pattern was found;
* ``whole`` — the whole message, once punctuation, emoji, sticker codes ([微笑]) and trailing
  modal particles (哈/呀/哦/呢/啦/嘛) are set aside, is one of these words (好的哦 is 好的);
  ``symbols_only`` — the message is nothing but emoji and sticker codes (a lone sticker; what
  counts as one is zhijian/engine/stickers.py, shared with the audit);
* ``detector`` — a built-in detector (mobile, idcard, bankcard, email, url) with ``params``;
* ``max_length`` — the message is longer than this.

``params`` tune a kind: ``needs`` (a regex rule runs only on messages holding one of these strings), ``max_chars``
(only on messages of at most that many characters), ``max_compact`` (and whose compact form — letters, digits and CJK,
``normalize.compact`` — is at most that long), ``alone`` (reported only when nothing else, of a rule or of the model, is
found in the message: ``semantic.with_alone``), ``catch_all`` (on one span, every other rule of the category is
reported instead: a rule for the kind, such as any bare reply of two characters, yields to the rules for its words).

Every word written with 你 also matches its 您 form (derived when the pack is compiled).

Filters shared by all kinds: ``exceptions`` (words that silence a hit they overlap: 滚筒 vs
滚; for a whole-message rule, anywhere in the message), ``unless`` (words that silence the rule
anywhere near the hit), ``boundary`` (the hit must stand at a clause edge), ``gaps`` (allow
separators inside a hit, on by default).
``examples.match`` / ``examples.no_match`` are executable: a pack whose example fails refuses
to load.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from zhijian.taxonomy import CATEGORIES, SEVERITIES


class PackError(ValueError):
    """A pack or override file is invalid; the message names the file and the rule."""


BOUNDARIES = ("none", "start", "end", "both", "either")
_KNOWN_KEYS = {
    "id", "category", "severity", "source", "message", "suggestion", "replace", "replace_start",
    "patterns", "pinyin", "near", "within", "ordered", "exceptions", "unless", "boundary",
    "gaps", "regex", "whole", "symbols_only", "detector", "params", "max_length",
    "examples", "enabled", "note", "disguise",
}


@dataclass(frozen=True)
class Example:
    text: str
    span: str | None = None  # for match examples: the exact text the finding must cover


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    message: str
    suggestion: str
    source: str = ""
    # mechanical rewrite of the span: one string, or a map matched word -> wording ("*" = any
    # other), like a substitution rule (Vale swap / prh expected); replace_start is used instead
    # when the span opens a clause (亲，… -> 您好，…)
    replace: str | dict | None = field(default=None, hash=False, compare=False)
    replace_start: str | None = None
    patterns: tuple[str, ...] = ()
    pinyin: bool = False
    disguise: tuple[str, ...] = ()  # generator names (disguise.py), "all" = the default ones
    near: tuple[tuple[str, ...], ...] = ()
    within: int = 12
    ordered: bool = False
    exceptions: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    boundary: str = "none"
    gaps: bool = True
    regex: str | None = None
    whole: tuple[str, ...] = ()
    symbols_only: bool = False
    detector: str | None = None
    params: dict = field(default_factory=dict, hash=False, compare=False)
    max_length: int | None = None
    match_examples: tuple[Example, ...] = ()
    no_match_examples: tuple[Example, ...] = ()
    enabled: bool = True
    origin: str = ""  # the pack file the rule comes from
    shipped: bool = False  # from a pack file of the package (reviewed), not a user's override

    @property
    def kind(self) -> str:
        if self.detector:
            return "detector"
        if self.max_length is not None:
            return "length"
        if self.whole or self.symbols_only:
            return "whole"
        if self.regex:
            return "regex"
        return "words"


def _strs(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise PackError(f"{where}：字段 {key} 应为文字列表")
    out = tuple(str(v) for v in value)
    if any(not v for v in out):
        raise PackError(f"{where}：字段 {key} 含有空字符串")
    return out


def _examples(value: Any, where: str, key: str) -> tuple[Example, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise PackError(f"{where}：字段 examples.{key} 应为列表")
    out = []
    for v in value:
        if isinstance(v, str):
            out.append(Example(v))
        elif isinstance(v, dict) and isinstance(v.get("text"), str):
            span = v.get("span")
            if span is not None and (not isinstance(span, str) or span not in v["text"]):
                raise PackError(f"{where}：示例的 span {span!r} 不在示例文字 {v['text']!r} 之中")
            out.append(Example(v["text"], span))
        else:
            raise PackError(f"{where}：字段 examples.{key} 中的示例 {v!r} 格式有误（应为文字，或含 text 的映射）")
    return tuple(out)


def _disguise(value: Any, where: str) -> tuple[str, ...]:
    from zhijian.engine.disguise import GENERATORS

    names = _strs(value, where, "disguise")
    known = ("all", *GENERATORS)
    for n in names:
        if n not in known:
            raise PackError(f"{where}：字段 disguise 中的 {n!r} 不是已知的变体生成器（可用：{'、'.join(known)}）")
    return names


def parse_rule(data: Any, origin: str, defaults: dict | None = None) -> Rule:
    """Parse and validate one rule mapping from a pack file."""
    if not isinstance(data, dict):
        raise PackError(f"{origin}: 每条规则应为映射（键: 值），实际是 {type(data).__name__}")
    rid = data.get("id")
    where = f"{origin}: 规则 {rid!r}"
    if not isinstance(rid, str) or not rid:
        raise PackError(f"{origin}: 有一条规则缺少字段 id：{data!r:.120}")
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        raise PackError(f"{where}：未知字段 {'、'.join(sorted(map(str, unknown)))}")
    d = dict(defaults or {})
    d.update(data)
    cat = d.get("category")
    if cat not in CATEGORIES:
        raise PackError(f"{where}：类别 {cat!r} 不在类别表（docs/spec/taxonomy.md）中")
    sev = d.get("severity")
    if sev not in SEVERITIES:
        raise PackError(f"{where}：级别 severity {sev!r} 无效（可选：{'、'.join(SEVERITIES)}）")
    for key in ("message", "suggestion"):
        if not isinstance(d.get(key), str) or not d[key].strip():
            raise PackError(f"{where}：缺少字段 {key}（中文文字），不能为空")
    near_raw = d.get("near") or []
    if not isinstance(near_raw, list):
        raise PackError(f"{where}：字段 near 应为词语列表的列表")
    near = tuple(_strs(g, where, "near") for g in near_raw)
    boundary = d.get("boundary", "none")
    if boundary not in BOUNDARIES:
        raise PackError(f"{where}：字段 boundary 的值 {boundary!r} 无效（可选：{'、'.join(BOUNDARIES)}）")
    ex = d.get("examples") or {}
    if not isinstance(ex, dict):
        raise PackError(f"{where}：字段 examples 应为映射，含 match 和/或 no_match")
    params = d.get("params") or {}
    if not isinstance(params, dict):
        raise PackError(f"{where}：字段 params 应为映射")
    ml = d.get("max_length")
    if ml is not None and (not isinstance(ml, int) or ml <= 0):
        raise PackError(f"{where}：字段 max_length 应为正整数")
    within = d.get("within", 12)
    if not isinstance(within, int) or within <= 0:
        raise PackError(f"{where}：字段 within 应为正整数")
    replace = d.get("replace")
    if isinstance(replace, dict):
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in replace.items()):
            raise PackError(f"{where}：字段 replace 的映射应为 词语 → 替换说法（都是文字）")
    elif replace is not None and not isinstance(replace, str):
        raise PackError(f"{where}：字段 replace 应为文字，或 词语 → 替换说法 的映射")
    replace_start = d.get("replace_start")
    if replace_start is not None and not isinstance(replace_start, str):
        raise PackError(f"{where}：字段 replace_start 应为文字")
    rule = Rule(
        id=rid,
        category=cat,
        severity=sev,
        message=d["message"].strip(),
        suggestion=d["suggestion"].strip(),
        source=str(d.get("source", "")),
        replace=replace,
        replace_start=replace_start,
        patterns=_strs(d.get("patterns"), where, "patterns"),
        pinyin=bool(d.get("pinyin", False)),
        disguise=_disguise(d.get("disguise"), where),
        near=near,
        within=within,
        ordered=bool(d.get("ordered", False)),
        exceptions=_strs(d.get("exceptions"), where, "exceptions"),
        unless=_strs(d.get("unless"), where, "unless"),
        boundary=boundary,
        gaps=bool(d.get("gaps", True)),
        regex=d.get("regex"),
        whole=_strs(d.get("whole"), where, "whole"),
        symbols_only=bool(d.get("symbols_only", False)),
        detector=d.get("detector"),
        params=params,
        max_length=ml,
        match_examples=_examples(ex.get("match"), where, "match"),
        no_match_examples=_examples(ex.get("no_match"), where, "no_match"),
        enabled=bool(d.get("enabled", True)),
        origin=origin,
    )
    kinds = [bool(rule.detector), rule.max_length is not None, bool(rule.whole or rule.symbols_only)]
    if sum(kinds) > 1:
        raise PackError(f"{where}：detector、max_length、whole 只能选其一，不能同时使用")
    if rule.kind == "words" and not rule.patterns:
        raise PackError(f"{where}：缺少匹配方式，需要 patterns、regex、whole、detector 或 max_length 之一")
    if rule.near and not rule.patterns:
        raise PackError(f"{where}：使用 near 时必须同时有 patterns（作为第一组词）")
    if rule.regex is not None and not isinstance(rule.regex, str):
        raise PackError(f"{where}：字段 regex 应为文字")
    if rule.regex and not rule.patterns and rule.unless:
        # a regex alone runs without the automaton's hits (matcher.py's plan), so its qualifiers would never be read
        raise PackError(f"{where}：使用 unless 时 regex 规则必须同时有 patterns（作为触发词），否则 unless 不起作用")
    return rule
