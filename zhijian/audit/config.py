"""The ``conversation:`` section of a composed pack: thresholds, word lists, messages."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from zhijian.audit.calendar import FESTIVALS, local
from zhijian.audit.lexicon import Lexicon
from zhijian.audit.memo import pattern_answers, remembered_pattern
from zhijian.audit.prefilter import prefiltered
from zhijian.audit.word_examples import run_word_examples
from zhijian.engine.regex_code import compile as _compile
from zhijian.engine.rules import PackError
from zhijian.engine.selftest import raise_on_failures


def _word_forms(forms, where: str) -> dict[str, list[str]]:
    """The pack's ``word_forms`` (label -> regular expressions over the compacted text), checked to compile."""
    if not forms:
        return {}
    if not isinstance(forms, dict):
        raise PackError(f"{where}: 字段 word_forms 必须是“词表名: [正则表达式…]”的映射")
    out: dict[str, list[str]] = {}
    for label, ps in forms.items():
        ps = [ps] if isinstance(ps, str) else list(ps or ())
        for p in ps:
            try:
                _compile(p)
            except re.error as e:
                raise PackError(f"{where}: word_forms.{label} 的正则表达式 {p!r} 无效：{e}") from None
        out[str(label)] = [str(p) for p in ps]
    return out


# what a word list the pack lacks (or leaves empty) matches: nothing
NEVER = re.compile(r"(?!)")


@functools.lru_cache(maxsize=64)
def _one_pattern(patterns: tuple[str, ...]) -> re.Pattern | None:
    """A list of the pack's regular expressions as one pattern, its entries alternatives in order (None when empty)."""
    # (a long one that gives the regex engine nothing to scan for first is searched only in texts holding a character
    # every match needs, or, when its entries need too many for one filter, only the entries whose own strings the text
    # holds are tried first: ``prefilter``; the answers are the pattern's)
    return prefiltered(_compile("|".join(f"(?:{p})" for p in patterns)), patterns) if patterns else None


class _Compiled(dict):
    """key -> the pack's ``conversation.<key>`` list as one pattern (None when the pack lacks it), compiled on the first
    ask of each key (``ConversationConfig.patterns``), its answers on whole texts remembered (``memo.remembered_pattern``:
    the bound of the config's answers, ``answers``, shared by all its patterns)."""

    __slots__ = ("raw", "answers")

    def __init__(self, raw: dict):
        super().__init__()
        self.raw = raw
        self.answers = pattern_answers()

    def __missing__(self, key: str) -> re.Pattern | None:
        ps = self.raw.get(key) or ()
        got = _one_pattern(tuple(str(p) for p in ([ps] if isinstance(ps, str) else ps)))
        if got is not None:
            got = remembered_pattern(got, self.answers)
        self[key] = got
        return got


class _OrNever(dict):
    """key -> ``_Compiled[key]``, or ``NEVER`` when that is None (``ConversationConfig.words_re``)."""

    __slots__ = ("compiled",)

    def __init__(self, compiled: _Compiled):
        super().__init__()
        self.compiled = compiled

    def __missing__(self, key: str) -> re.Pattern:
        got = self[key] = self.compiled[key] or NEVER
        return got


def _listed(v) -> list[str]:
    """The entries of a pack list (a single string is one entry; missing, none)."""
    return [] if v is None else [str(v)] if isinstance(v, str) else [str(p) for p in v]


def _hhmm(value: str, where: str) -> dt.time:
    try:
        h, m = str(value).split(":")
        return dt.time(int(h), int(m))
    except (ValueError, TypeError):
        raise PackError(f"{where}: 时间 {value!r} 必须写成 HH:MM") from None


@dataclass
class ConversationConfig:
    """The ``conversation:`` section of a composed pack."""

    response_limit: float
    business_hours: tuple[dt.time, dt.time] | None
    holiday_greeting: bool
    emoji_required: bool
    repeat_min_chars: int
    near_repeat_ratio: float
    severities: dict[str, str]
    messages: dict[str, str]
    suggestions: dict[str, str]
    honorifics: tuple[str, ...]
    lexicon: Lexicon
    raw: dict
    patterns: Callable[[str], "re.Pattern | None"] = field(init=False, repr=False, compare=False)
    words_re: Callable[[str], re.Pattern] = field(init=False, repr=False, compare=False)

    @classmethod
    def from_dict(cls, d: dict, where: str = "conversation") -> "ConversationConfig":
        words = d.get("words") or {}
        lists: dict[str, list[str]] = {k: list(v) for k, v in words.items()}
        for key, ws in (d.get("holiday_greetings") or {}).items():
            if key not in FESTIVALS:
                raise PackError(f"{where}: 字段 holiday_greetings 中的节日 {key!r} 不存在（可用：{'、'.join(sorted(FESTIVALS))}）")
            lists[f"holiday:{key}"] = list(ws)
        bh = d.get("business_hours")
        hours = (_hhmm(bh[0], where), _hhmm(bh[1], where)) if bh else None
        return cls(
            response_limit=float(d.get("response_limit", 60)),
            business_hours=hours,
            holiday_greeting=bool(d.get("holiday_greeting", True)),
            emoji_required=bool(d.get("emoji_required", False)),
            repeat_min_chars=int(d.get("repeat_min_chars", 6)),
            near_repeat_ratio=float(d.get("near_repeat_ratio", 0.9)),
            severities=dict(d.get("severity") or {}),
            messages=dict(d.get("messages") or {}),
            suggestions=dict(d.get("suggestions") or {}),
            honorifics=tuple(d.get("honorifics") or ("先生", "女士", "小姐")),
            lexicon=Lexicon(lists, _word_forms(d.get("word_forms"), where)),
            raw=dict(d),
        )

    def __post_init__(self) -> None:
        # ``patterns(key)``: the pack's ``conversation.<key>`` list of regular expressions (or words) as one pattern, or
        # None when the pack lacks the key; ``words_re(key)``: the same, or a pattern that matches nothing (the word lists
        # the checks read in code, ``help_offer`` / ``checking_words`` …, are pack data, and a pack without one still
        # loads).  Both are the lookups of dicts that compile a key on its first ask (``_Compiled`` / ``_OrNever``): the
        # checks ask ~35 times a chat, and a hit is then a C call, no Python frame
        compiled = _Compiled(self.raw)
        self.patterns = compiled.__getitem__
        self.words_re = _OrNever(compiled).__getitem__
        self._less: dict[tuple[str, str, str], re.Pattern] = {}

    def self_test(self, where: str = "conversation") -> int:
        """Run the word lists' ``examples`` (zhijian/audit/word_examples.py); raise ``PackError`` naming each failure
        (the pack refuses to load, as for a rule's examples).  Returns the number of examples run."""
        total, failures = run_word_examples(self.raw, self.patterns, where)
        raise_on_failures(failures, where)
        return total

    def words_less(self, key: str, less: str, then: str = "") -> re.Pattern:
        """The pack's ``conversation.<key>`` list without the entries its ``conversation.<less>`` list names, as one
        pattern each match of which is followed by ``then`` (the reading's grammar, a regular expression), compiled on the
        first ask; ``NEVER`` when no entry is left.  For a list several reads share where one read leaves some entries
        out, the pack saying which (``customer_ack_words`` less ``ack_noting_words``: 哦 takes no wait)."""
        got = self._less.get((key, less, then))
        if got is None:
            drop = set(_listed(self.raw.get(less)))
            keep = [p for p in _listed(self.raw.get(key)) if p not in drop]
            got = _compile("(?:" + "|".join(f"(?:{p})" for p in keep) + ")" + then) if keep else NEVER
            self._less[(key, less, then)] = got
        return got

    def act_bar(self, act: str) -> float:
        """The score a tagged customer act needs to count for a check (pack ``act_confidence``; 0.5 if unset)."""
        return float((self.raw.get("act_confidence") or {}).get(act, 0.5))

    def in_hours(self, ts: dt.datetime | None) -> bool:
        if self.business_hours is None or ts is None:
            return True
        t = local(ts).time()
        lo, hi = self.business_hours
        return lo <= t < hi if lo <= hi else (t >= lo or t < hi)
