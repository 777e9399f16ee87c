"""Rules as data: the schema of one rule in a pack file, parsed and validated.

A rule decides one thing about one agent message.  Its kind follows from the keys it has
(a Vale-like handful of check types):

* ``patterns`` — literal words (plus disguise variants and, with ``pinyin: true``, pinyin
  spellings derived at load time); ``near`` adds more word groups that must all occur within
  ``within`` characters (combination rules: 保证 … 明天到);
* ``regex`` — a (validated, backtracking-safe) regular expression over the folded text; with
  ``patterns`` as well, the regex only runs where a pattern was found;
* ``whole`` — the whole message, once punctuation and emoji are set aside, is one of these
  words; ``symbols_only`` — the message is nothing but emoji/symbols (a lone sticker);
* ``detector`` — a built-in detector (mobile, idcard, bankcard, email, url) with ``params``;
* ``max_length`` — the message is longer than this.

Filters shared by all kinds: ``exceptions`` (words that silence a hit they overlap: 滚筒 vs
滚), ``unless`` (words that silence the rule anywhere near the hit), ``boundary`` (the hit must
stand at a clause edge), ``gaps`` (allow separators inside a hit, on by default).
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
    "examples", "enabled", "note",
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
        raise PackError(f"{where}: '{key}' must be a list of strings")
    out = tuple(str(v) for v in value)
    if any(not v for v in out):
        raise PackError(f"{where}: '{key}' has an empty string")
    return out


def _examples(value: Any, where: str, key: str) -> tuple[Example, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise PackError(f"{where}: 'examples.{key}' must be a list")
    out = []
    for v in value:
        if isinstance(v, str):
            out.append(Example(v))
        elif isinstance(v, dict) and isinstance(v.get("text"), str):
            span = v.get("span")
            if span is not None and (not isinstance(span, str) or span not in v["text"]):
                raise PackError(f"{where}: example span {span!r} is not inside {v['text']!r}")
            out.append(Example(v["text"], span))
        else:
            raise PackError(f"{where}: bad example {v!r} in 'examples.{key}'")
    return tuple(out)


def parse_rule(data: Any, origin: str, defaults: dict | None = None) -> Rule:
    """Parse and validate one rule mapping from a pack file."""
    if not isinstance(data, dict):
        raise PackError(f"{origin}: a rule must be a mapping, got {type(data).__name__}")
    rid = data.get("id")
    where = f"{origin}: rule {rid!r}"
    if not isinstance(rid, str) or not rid:
        raise PackError(f"{origin}: a rule without an 'id': {data!r:.120}")
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        raise PackError(f"{where}: unknown keys {sorted(unknown)}")
    d = dict(defaults or {})
    d.update(data)
    cat = d.get("category")
    if cat not in CATEGORIES:
        raise PackError(f"{where}: category {cat!r} is not in spec/taxonomy.md")
    sev = d.get("severity")
    if sev not in SEVERITIES:
        raise PackError(f"{where}: severity {sev!r} must be one of {list(SEVERITIES)}")
    for key in ("message", "suggestion"):
        if not isinstance(d.get(key), str) or not d[key].strip():
            raise PackError(f"{where}: '{key}' (Chinese text) is required")
    near_raw = d.get("near") or []
    if not isinstance(near_raw, list):
        raise PackError(f"{where}: 'near' must be a list of word lists")
    near = tuple(_strs(g, where, "near") for g in near_raw)
    boundary = d.get("boundary", "none")
    if boundary not in BOUNDARIES:
        raise PackError(f"{where}: boundary must be one of {BOUNDARIES}")
    ex = d.get("examples") or {}
    if not isinstance(ex, dict):
        raise PackError(f"{where}: 'examples' must have 'match' and/or 'no_match'")
    params = d.get("params") or {}
    if not isinstance(params, dict):
        raise PackError(f"{where}: 'params' must be a mapping")
    ml = d.get("max_length")
    if ml is not None and (not isinstance(ml, int) or ml <= 0):
        raise PackError(f"{where}: 'max_length' must be a positive integer")
    within = d.get("within", 12)
    if not isinstance(within, int) or within <= 0:
        raise PackError(f"{where}: 'within' must be a positive integer")
    replace = d.get("replace")
    if isinstance(replace, dict):
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in replace.items()):
            raise PackError(f"{where}: 'replace' map must be word -> wording (strings)")
    elif replace is not None and not isinstance(replace, str):
        raise PackError(f"{where}: 'replace' must be a string or a map word -> wording")
    replace_start = d.get("replace_start")
    if replace_start is not None and not isinstance(replace_start, str):
        raise PackError(f"{where}: 'replace_start' must be a string")
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
        raise PackError(f"{where}: a rule is one of detector / max_length / whole, not several")
    if rule.kind == "words" and not rule.patterns:
        raise PackError(f"{where}: needs 'patterns', 'regex', 'whole', 'detector' or 'max_length'")
    if rule.near and not rule.patterns:
        raise PackError(f"{where}: 'near' needs 'patterns' as its first group")
    if rule.regex is not None and not isinstance(rule.regex, str):
        raise PackError(f"{where}: 'regex' must be a string")
    return rule
