"""Clause-context filters: a hit named only to refuse it, or only to decline to disclose it, breaks no rule.

One filter, several configs.  A rule opts in with a params key naming a config (``params: {refusal: true}``,
``params: {declined: true}``); the config's word lists are pack data (common.yaml ``vocab``, ``<name>_<part>``),
compiled on RE2 (safe_regex.py) like every other pattern of a pack.  A hit is dropped when its scope holds a
context phrase (the refusal) and no counter word undoes it:

* the scope is the hit's clause (between two sentence or clause marks), or with ``reach_next`` that clause and
  the next one when no sentence end comes first (恕不告知成本价 / 成本价，恕不告知);
* a context phrase is written before its object — ``negations`` × ``helpers``? × ``verbs`` (不支持 … 转账 / 不会
  让您加 … / 恕不告知 …) — or after it — ``verbs`` × ``results`` (… 查不到) — or is a set phrase of ``words``
  (用不了 / 不对外 / 都是假冒的); it may run into the hit (不会|私下加: the negation governs the hit's own verb), but
  the hit's own letters alone are no context;
* a chain — an ``openers`` word (不会 / 从不 / 凡是 / 自称 / 冒充), up to CHAIN_GAP characters (no 我), a ``causatives`` word
  (让您 / 要求您 / 加您) and up to CHAIN_TAIL characters of the clause — is a context phrase written before its
  object: what others are made to do there is refused (绝不会借口…要求您加…) or warned against (有人自称…让您加…);
* ``references`` written right before the hit (您截图的 / 您在…看到的) count as a context phrase written after
  its object: the customer's own source, it governs nothing after the hit (您在…下单更便宜 stays diversion);
* a warning (``warnings``: 都不可信 / 是假的 / 请拒绝 / 直接删掉) written after the hit marks it as a scam or a request
  to turn down: in the hit's clause it governs every pointer before it (要求…低价…的都不可信); in the next clause of
  the sentence (…私下结账，请您拒绝) only when no pointer stands between.  The agent's own 我 (not 我们) before the
  warning makes the hit an offer, never a warning (加我微信，别的都是骗子);
* a question answered by a decline (``answers`` opening the next sentence: 想加好友？抱歉，… / 加微信？这个不行) refuses
  what it asked about;
* a counter word (``pointers``: 去, 搜, 下单, 便宜 …, or ``turns``: 不过, 偷偷 …) undoes the filter.  With
  ``governed``, a pointer does not count when it is part of a context phrase or of the hit, or follows the hit
  while a phrase written before its object stands before the hit (不能替您转到别家下单: the order there is what is
  refused), or stands before such a phrase (下单付款不支持某付: the order is placed here).  Without it, any turn in
  the scope counts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from zhijian.engine.safe_regex import compile_re2

CLAUSE_MARKS = "，,。！!？?；;：\n～~"
CLAUSE_MARK = re.compile("[" + re.escape(CLAUSE_MARKS) + "]")
SENTENCE_ENDS = "。！!？?\n"
NOTHING = "[^\\s\\S]"  # a source that matches nothing (RE2 has no (?!))
# any character of the same clause but the agent's 我 (不会的话我加您…: the agent's own offer is no refused chain)
FILLER = "[^" + re.escape(CLAUSE_MARKS.replace("\n", "")) + "\\n我]"
OWN = re.compile("我(?!们)")  # the agent's own 我 (我们 speaks for the shop, as a warning does)
QUESTION_ENDS = "？?"
ANSWER_REACH = 24  # characters after a question mark read for a decline opening the answer
CHAIN_GAP, CHAIN_TAIL = 8, 12  # characters between a chain's opener and its causative, and after the causative
CLAUSE_CHAR = "[^" + re.escape(CLAUSE_MARKS.replace("\n", "")) + "\n]"  # any character of the same clause
WEAK_TURN_REACH = 16  # characters between a weak turn (不过) and the disclosure it leads to


@dataclass(frozen=True)
class Shape:
    """How a config reads its scope; its word lists are the pack's ``<name>_<part>`` for each of ``parts``."""
    parts: tuple[str, ...]
    counter: str  # the part whose words undo the filter
    governed: bool  # a counter word can be governed by the refusal (pointers), or counts anywhere (turns)
    reach_next: bool  # the scope runs on to the end of the next clause when no sentence end comes first


SHAPES = {
    # a platform or channel named only to refuse it (diversion rules)
    "refusal": Shape(("negations", "helpers", "verbs", "results", "words", "pointers", "references", "openers",
                      "causatives", "warnings", "answers"),
                     "pointers", governed=True, reach_next=False),
    # something named only to decline to disclose it (privacy rules)
    # (a weak turn, 不过 / 但是, undoes the decline only when the disclosure follows it in its clause: 不过大概三折 /
    # 但是可以告诉您; 不过现在有满减券 turns to something else)
    "declined": Shape(("negations", "helpers", "verbs", "words", "turns", "weak_turns", "disclosures"), "turns",
                      governed=False, reach_next=True),
}


def alternation(words) -> str:
    """One regex source matching any of ``words`` (escaped, longest first); a source matching nothing for none."""
    words = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(map(re.escape, words)) + ")" if words else NOTHING


@dataclass(frozen=True)
class ClauseFilter:
    """One config compiled: the patterns over folded text (RE2) and its shape."""
    shape: Shape
    before: object  # a context phrase written before its object
    after: object  # written after its object, or a set phrase
    counter: object
    reference: object | None  # the customer's own source, ending right before the hit
    warning: object | None = None  # a warning or a rejection written after the hit
    answer: object | None = None  # a decline opening the sentence after a question

    def drops(self, folded: str, s: int, e: int) -> bool:
        """Is the hit [s, e) named in a scope that refuses (declines) it rather than points to it?  The patterns run
        on the clause alone (a slice), so a hit costs its clause, not the whole message."""
        near = scope(folded, s, e)  # the hit's clause; the next one too where the shape or a warning reads it
        wide = scope(folded, s, e, reach_next=True) if self.warning is not None or self.shape.reach_next else near
        if self.warned(folded, s, e, near, wide[1]) or self.answered(folded, near[1]):
            return True
        cs, ce = wide if self.shape.reach_next else near
        clause, s, e = folded[cs:ce], s - cs, e - cs
        # (spans of the matches: the hit's own letters alone are no context)
        pre = [m for m in self.before.spans(clause) if m[0] < s or m[1] > e]
        post = [m for m in self.after.spans(clause) if m[0] < s or m[1] > e]
        ref = self.reference.search_span(clause[:s]) if self.reference is not None and s > 0 else None
        if not pre and not post and ref is None:
            return False
        counters = self.counter.spans(clause)
        if not self.shape.governed:
            return not counters
        inside = pre + post + ([ref] if ref else [])
        ahead = [m for m in pre if m[0] < s]  # phrases written before their object, before the hit
        first = min((m[0] for m in ahead), default=-1)  # 这边下单|不支持|支付宝: an earlier verb is not towards it

        def governed(p: tuple[int, int]) -> bool:
            outside = p[1] <= s or p[0] >= e
            return (any(a <= p[0] < b for a, b in inside) or (bool(ahead) and p[0] >= e)
                    or p[1] <= first or not outside)

        return all(governed(p) for p in counters)

    def reach(self, folded: str, s: int, e: int) -> tuple[int, int]:
        """The stretch of ``folded`` that :meth:`drops` reads its context phrases, references, warnings and answers
        from for the hit [s, e) (its clause, the next clause where the shape or a warning reads it, and the start of
        the answer after a question mark): a text whose stretch holds none of their words (``filter_words``) has
        nothing dropped there, so the single check tests the words on this stretch alone (issue 14)."""
        near = scope(folded, s, e)
        hi = near[1]
        if self.warning is not None or self.shape.reach_next:
            hi = scope(folded, s, e, reach_next=True)[1]
        if self.answer is not None and near[1] < len(folded) and folded[near[1]] in QUESTION_ENDS:
            hi = max(hi, min(len(folded), near[1] + 1 + ANSWER_REACH))
        return near[0], hi

    def warned(self, folded: str, s: int, e: int, near: tuple[int, int], ne: int) -> bool:
        """Is the hit followed by a warning in its clause (``near``), or in the next clause (up to ``ne``) with no
        pointer between?"""
        if self.warning is None:
            return False
        cs, ce = near
        for m, _ in self.warning.spans(folded[e:ne]):
            at = e + m
            if OWN.search(folded, cs, at):
                return False
            if at < ce or self.counter.search_span(folded[e:at]) is None:
                return True
        return False

    def answered(self, folded: str, ce: int) -> bool:
        """Is the hit (its clause ending at ``ce``) asked about in a question whose next sentence opens with a decline
        (想加好友？抱歉，…)?"""
        if self.answer is None or ce >= len(folded) or folded[ce] not in QUESTION_ENDS:
            return False
        m = self.answer.search_span(folded[ce + 1:ce + 1 + ANSWER_REACH])
        return m is not None and m[0] == 0


@lru_cache(maxsize=8)
def _marks(folded: str) -> list[int]:
    """The positions of the clause marks in ``folded``, once per text (a message's hits share them)."""
    return [m.start() for m in CLAUSE_MARK.finditer(folded)]


def scope(folded: str, s: int, e: int, reach_next: bool = False) -> tuple[int, int]:
    """The clause around the stretch [s, e) (from the mark before it to the mark after it); with ``reach_next``,
    up to the end of the next clause unless a sentence ends with the stretch's own."""
    marks = _marks(folded)
    k = bisect_left(marks, s)
    left = marks[k - 1] + 1 if k else 0
    j = bisect_left(marks, e)
    if j == len(marks):
        return left, len(folded)
    first = marks[j]
    if not reach_next or folded[first] in SENTENCE_ENDS:
        return left, first
    return left, marks[j + 1] if j + 1 < len(marks) else len(folded)


def filter_words(flt: ClauseFilter) -> tuple[tuple[tuple[str, ...], ...], ...] | None:
    """What a text needs for ``flt.drops`` to drop anything in it, as ``regex_gate.needed_words`` alternatives: a
    context phrase written before or after its object, a reference, a warning or an answer (each a match of its
    pattern in a slice of the text); None when one of them needs no known word."""
    from zhijian.engine.regex_gate import needed_words

    out: list = []
    for rx in (flt.before, flt.after, flt.reference, flt.warning, flt.answer):
        if rx is None:
            continue
        terms = needed_words(rx.pattern)
        if terms is None:
            return None
        out += terms
    return tuple(out)


def compile_filter(name: str, words_of: Callable[[str], list[str]]) -> ClauseFilter:
    """The config ``name`` (a key of SHAPES) compiled from the pack's word lists; ``words_of(list name)`` gives
    the folded words of a vocab list."""
    shape = SHAPES[name]
    w = {part: words_of(f"{name}_{part}") if part in shape.parts else [] for part in
         ("negations", "helpers", "verbs", "results", "words", "references", "openers", "causatives", "warnings",
          "answers", "weak_turns", "disclosures", shape.counter)}
    alt = {part: alternation(words) for part, words in w.items()}
    if w["weak_turns"] and w["disclosures"]:  # a weak turn counts with the disclosure after it in its clause
        alt[shape.counter] += (f"|(?:{alt['weak_turns']}){CLAUSE_CHAR}{{0,{WEAK_TURN_REACH}}}"
                               f"(?:{alt['disclosures']})")
    before = alt["negations"] + alt["helpers"] + "?" + alt["verbs"]
    if w["openers"] and w["causatives"]:  # 不会…让您… / 自称客服…要…: the chain is what is refused or warned against
        before += f"|{alt['openers']}{FILLER}{{0,{CHAIN_GAP}}}{alt['causatives']}{FILLER}{{0,{CHAIN_TAIL}}}"
    after = (alt["verbs"] + alt["results"] + "|" if w["results"] else "") + alt["words"]
    reference = compile_re2(alt["references"] + "$") if w["references"] else None
    warning = compile_re2(alt["warnings"]) if w["warnings"] else None
    answer = compile_re2("\\s*" + alt["answers"]) if w["answers"] else None
    return ClauseFilter(shape, compile_re2(before), compile_re2(after), compile_re2(alt[shape.counter]), reference,
                        warning, answer)


# The customer's own word said back in quotation marks (您说包装成了“垃圾” / 亲说…“跟垃圾一样…”): accepting a
# criticism means naming it (000 服务基本原则: 虚心接受用户的建议和批评), so a harsh word the agent only quotes from the
# customer is not the agent's.  A rule opts in with ``params: {quoted: true}``; its reporters are pack data
# (common.yaml ``vocab.quoted_reporters``: 您说 / 亲说 / 您形容 …).  Agreement (您说得对，…“垃圾”) reports nothing.
QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’"}
SAME_QUOTES = "\"'"  # a mark that both opens and closes: inside when an odd number of them come before
REPORTER_REACH = 24  # characters between the reporter and the opening quote, within the sentence
# agreeing with the customer (您说得对 / 您说的没错): what follows is the agent's own word, not the customer's reported
AGREEMENT = re.compile("得|的(?:对|没错|是|有道理|在理|不错|很对)")


@dataclass(frozen=True)
class QuotedFilter:
    """A hit inside a pair of quotation marks of its sentence, with a reporter of the customer's words before the
    opening mark (and within ``REPORTER_REACH`` of it), is the customer's word said back."""
    reporters: object  # RE2 over folded text

    def drops(self, folded: str, s: int, e: int) -> bool:
        lo = max((folded.rfind(ch, 0, s) for ch in SENTENCE_ENDS), default=-1) + 1
        ends = [i for i in (folded.find(ch, e) for ch in SENTENCE_ENDS) if i >= 0]
        hi = min(ends) if ends else len(folded)
        opening = self._opening(folded, lo, s, e, hi)
        if opening < 0:
            return False
        start = max(lo, opening - REPORTER_REACH)
        for a, b in self.reporters.spans(folded[start:opening]):
            if AGREEMENT.match(folded, start + b) is None:
                return True
        return False

    @staticmethod
    def _opening(folded: str, lo: int, s: int, e: int, hi: int) -> int:
        """The position of the quotation mark that opens around [s, e) within [lo, hi), or -1."""
        best = -1
        for op, cl in QUOTE_PAIRS.items():
            k = folded.rfind(op, lo, s)
            if k >= 0 and folded.find(cl, k + 1, s) < 0 and folded.find(cl, e, hi) >= 0:
                best = max(best, k)
        for q in SAME_QUOTES:
            before = [i for i in range(lo, s) if folded[i] == q]
            if len(before) % 2 == 1 and folded.find(q, e, hi) >= 0:
                best = max(best, before[-1])
        return best


def compile_quoted(words_of: Callable[[str], list[str]]) -> QuotedFilter:
    """The quoted filter compiled from the pack's ``quoted_reporters`` list (folded words)."""
    return QuotedFilter(compile_re2(alternation(words_of("quoted_reporters"))))


def compile_any(name: str, words_of: Callable[[str], list[str]]):
    """The filter ``name`` (a key of FILTERS) compiled from the pack's word lists."""
    return compile_quoted(words_of) if name == "quoted" else compile_filter(name, words_of)


# every filter a rule can opt in to by a params key, in the order they are applied
FILTERS = (*SHAPES, "quoted")
