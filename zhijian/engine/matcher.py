"""Match one normalised message against a compiled ruleset: hits -> filters -> findings.

Order of work for one message:

1. one automaton scan of the compact text (all overlapping hits);
2. each hit is mapped back to original offsets; hits that stretch over too many skipped
   characters, break a Latin whole-word edge (``tm`` in ``atm``) or a clause-edge
   requirement are dropped; exception and ``unless`` hits only count when they stand
   contiguously in the text (they are real words, never disguised);
3. per rule: exceptions overlapping a hit silence it; combination rules look for one hit of
   every group within ``within`` characters; triggered regexes run;
4. rules that need no trigger: whole-message forms, detectors, regexes, length;
5. a shop's rule-scoped exceptions (override ``exceptions:``) drop the findings of their rule
   they overlap, whatever the rule's kind;
6. overlaps are resolved (overlap.py), one reading per stretch where the packs rank two categories.

Steps 3–6 work on candidate spans ``(rule, start, end)``; a ``Finding`` is built only for a candidate kept.
"""

from __future__ import annotations

import re

from zhijian.engine._batch_core import gates_pass, plan_todo, scan_hits
from zhijian.engine.detectors import ANY_DIGIT, DIGIT_CHARS, DIGIT_RUN as _DIGIT_RUN
from zhijian.engine.disguise_guards import FRAMED, LEFT, NAMED, RIGHT, cuts_word, framed, hyphen_named, product_line
from zhijian.engine.findings import Finding, new_finding
from zhijian.engine.normalize import ORDINAL_FILLER, Normalised, compact_one
from zhijian.engine.overlap import resolve_spans
from zhijian.engine.pattern_table import id_joint, model_joint
from zhijian.engine.clause_context import FILTERS
from zhijian.engine.ruleset import Ruleset
from zhijian.engine.safe_regex import spans_of as regex_spans
from zhijian.engine.spans import Span, SpanIndex as _Spans, combine as _combine, filter_spans as _filter
from zhijian.engine.stickers import KAOMOJI, has_emoji, without_stickers

MAX_GAP = 4  # skipped characters allowed between two matched characters (支，付，宝 / 傻@#￥%逼)
PARTICLES = frozenset("了啊呀呢吧哦哈啦嘛的么哟噢")
# modal particles a whole-message rule looks through at the end of the message (好的哦 is 好的)
TRAILING_PARTICLES = frozenset("哈呀哦呢啦嘛")
_SENTENCE_END = frozenset("。！？!?；;\u3002\uff61")



def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# an anonymised value of an exported log ([数字x], [金额x]): Latin letters glued to it are a product code or a unit
# (27WK600 -> [数字x]WK[数字x], 2TB -> [数字x]TB), as glued to the digits themselves
_SLOT = re.compile(r"\[[^\[\]\s]{1,6}x\]")
_SLOT_BEFORE = re.compile(r"\[[^\[\]\s]{1,6}x\]$")


def _latin_code(folded: str, s: int, e: int, start: bool, end: bool) -> bool:
    """Is the Latin form at [s, e) a piece of a longer Latin token: next to a letter or digit (or to an underscore
    joined to one: an account like cs_88; a hyphen and a model number: TM-200), to an anonymised value, or letters
    joined by & (a brand like C&S or H&M, never initials of an insult), or a product line's letters (GM系列 / 型号GM)?"""
    if start and s > 0 and (_ascii_alnum(folded[s - 1]) or folded[s - 1] == "&" or id_joint(folded, s - 1, -1)
                            or _SLOT_BEFORE.search(folded[max(0, s - 9):s]) is not None):
        return True
    if end and e < len(folded) and (_ascii_alnum(folded[e]) or folded[e] == "&" or id_joint(folded, e, 1)
                                    or model_joint(folded, e) or _SLOT.match(folded, e) is not None):
        return True
    return "&" in folded[s:e] or product_line(folded, s, e, start, end)


def _edge_before(folded: str, i: int) -> bool:
    return i == 0 or not folded[i - 1].isalnum()


def _edge_after(folded: str, j: int) -> bool:
    return j >= len(folded) or not folded[j].isalnum() or folded[j] in PARTICLES


def _boundary_ok(kind: str, folded: str, s: int, e: int) -> bool:
    if kind == "start":
        return _edge_before(folded, s)
    if kind == "end":
        return _edge_after(folded, e)
    if kind == "both":
        return _edge_before(folded, s) and _edge_after(folded, e)
    if kind == "either":
        return _edge_before(folded, s) or _edge_after(folded, e)
    return True


def _gaps_ok(idx: list[int], cs: int, ce: int, folded: str) -> bool:
    prev = idx[cs]
    two = ce - cs == 2
    for k in range(cs + 1, ce):
        cur = idx[k]
        gap = cur - prev - 1
        if gap:
            if gap > MAX_GAP:
                return False
            if folded[prev].isascii() != folded[cur].isascii():
                return False  # no gap across a script change ("[x]/宝骏" is not x宝)
            if two and any(ch in _SENTENCE_END for ch in folded[prev + 1 : cur]):
                return False  # a two-character word is not joined across a sentence end
        prev = cur
    return True


# After a word that is simply removed, these would be left hanging (淘宝上… -> 上…, 天猫的… -> 的…):
# no mechanical removal is offered there; the rewrite drops the clause instead.
_DANGLING_AFTER = frozenset("上里中内外的地得之了过着啊")


def _replacement(rs: Ruleset, ri: int, n: Normalised, s: int, m: str) -> str | None:
    r = rs.rules[ri]
    if r.replace_start is not None and _edge_before(n.folded, s):
        return r.replace_start
    if ri in rs.swaps:
        swap = rs.swaps[ri]
        out = swap.get(compact_one(m), swap.get("*"))
    else:
        out = r.replace
    if out == "":
        rest = n.folded[s + len(m):].lstrip()
        if not rest or rest[0] in _DANGLING_AFTER:
            return None
    return out


def _finding(rs: Ruleset, ri: int, n: Normalised, s: int, e: int, replacement: str | None | bool = False) -> Finding:
    """The finding of rule ``ri`` at [s, e); ``replacement`` when it is already known (False: not yet)."""
    r = rs.rules[ri]
    m = n.original[s:e]
    return new_finding(r.id, r.category, r.severity, s, e, m, r.message.replace("{match}", m), r.suggestion,
                       _replacement(rs, ri, n, s, m) if replacement is False else replacement)


def _findings(rs: Ruleset, n: Normalised, cands: list[tuple[int, int, int]]) -> list[Finding]:
    """The findings of the candidates ``(rule, start, end)``: a shop's rule-scoped exceptions drop theirs, overlaps
    are resolved (overlap.py), and only the findings kept are built."""
    if rs.shop_exceptions:
        rules, shop, folded = rs.rules, rs.shop_exceptions, n.folded
        cands = [c for c in cands if not _excepted(shop.get(rules[c[0]].id), folded, c[1], c[2])]
    if rs.alone and len(cands) > 1:  # (params ``alone``: reported only when nothing else is found, semantic.with_alone)
        others = [c for c in cands if c[0] not in rs.alone]
        cands = others or cands
    if len(cands) < 2:
        return [_finding(rs, c[0], n, c[1], c[2]) for c in cands]
    return resolve_spans(cands, rs.rules, rs.index_of, lambda ri, s, e: _replacement(rs, ri, n, s, n.original[s:e]),
                         lambda ri, s, e, repl: _finding(rs, ri, n, s, e, repl), rs.worse_than, rs.catch_all)


def short_enough(arg: tuple, original: str, compacted: str) -> bool:
    """A message passes a ``short`` gate's lengths (``rule_compile.plan_entry``: params ``max_chars`` on the stripped text,
    ``max_compact`` on the compact form when given)."""
    return len(original.strip()) <= arg[0] and (arg[2] is None or len(compacted) <= arg[2])


def _whole_rules(rs: Ruleset, original: str, compacted: str) -> list[int]:
    """The whole-message rules the message is: nothing but stickers (``symbols_only``), or one of a
    rule's ``whole`` words once punctuation, emoji, sticker codes ([微笑]), kaomoji (^_^, see stickers.py) and
    trailing particles (好的哦 / 知道了啦 -> 好的 / 知道了) are set aside."""
    bare = compacted
    if "[" in original or "#" in original or "\u20e3" in original or KAOMOJI.search(original):
        bare = compact_one(without_stickers(original))
    if not bare:
        return rs.symbols_only if rs.symbols_only and has_emoji(original) else []
    while bare:
        if bare in rs.whole:
            return rs.whole[bare]
        if bare[-1] not in TRAILING_PARTICLES:
            break
        bare = bare[:-1]
    return []


def _stripped(text: str) -> Span:
    s = len(text) - len(text.lstrip())
    e = len(text.rstrip())
    return s, max(s, e)


def _exact(rs: Ruleset, pid: int, folded: str, s: int, e: int) -> bool:
    """The text at [s, e) is one of the spellings the automaton pattern was written in (an ordinal's
    filler, 第10 -> 第十 + filler, does not count as a separator)."""
    text = folded[s:e]
    if ORDINAL_FILLER in text:
        text = text.replace(ORDINAL_FILLER, "")
    forms = rs.exact_forms.get(pid)
    return text == rs.literals[pid] if forms is None else text in forms


def _hit_span(rs: Ruleset, rule, ent, hit: tuple, n: Normalised) -> Span | None:
    """Map one automaton hit ``(pattern, compact start, compact end, start, end)`` of a rule's word to
    original offsets, or None when a filter drops it."""
    pid, cs, ce, os_, oe = hit
    folded = n.folded
    if oe - os_ != ce - cs:  # separators inside the hit
        if ent.contiguous:
            return None  # a form of a contiguous generator (disguise.py) is written together or not at all
        if not _exact(rs, pid, folded, os_, oe) and (not rule.gaps or not _gaps_ok(n.index(), cs, ce, folded)):
            return None
    if ent.guard:  # a derived form's match-time guards (disguise_guards.py)
        if ent.guard & FRAMED and not framed(folded, os_, oe):
            return None  # sn of SN码 is a serial number, not 苏宁
        if ent.guard & (LEFT | RIGHT) and cuts_word(rs.edge_words, folded, os_, oe, ent.guard):
            return None  # a same-sound form that cuts an ordinary word (其他|马上 for 他马) is that text
        if ent.guard & NAMED and hyphen_named(folded, os_, oe):
            return None  # initials hyphen-joined to a Latin word (SG-Remote) name a device, no disguised insult
    if (ent.latin_start or ent.latin_end) and _latin_code(folded, os_, oe, ent.latin_start, ent.latin_end):
        return None
    if rule.boundary != "none" and not _boundary_ok(rule.boundary, folded, os_, oe):
        return None
    return os_, oe


def _excepted(words: tuple[str, ...] | None, folded: str, s: int, e: int) -> bool:
    """Does an occurrence of one of the (folded) words overlap ``folded[s:e]``?"""
    # an occurrence at p overlaps exactly when s - len(w) < p < e, i.e. it lies inside [s - len(w) + 1, e + len(w) - 1)
    return bool(words) and any(folded.find(w, max(0, s - len(w) + 1), e + len(w) - 1) >= 0 for w in words)


def hits_of(rs: Ruleset, n: Normalised) -> list[tuple]:
    """The automaton hits of one message as ``(pattern, compact start, compact end, start, end)``."""
    hits = rs.find(n.compact)
    if not hits:
        return []
    idx = n.index()
    return [(pid, cs, ce, idx[cs], idx[ce - 1] + 1) for pid, cs, ce in hits]


def scan(rs: Ruleset, n: Normalised, hits: list[tuple] | None = None, plan: list[tuple] | None = None,
         may_be_whole: bool = True) -> list[Finding]:
    """The findings of one message.  A batch scan (``batch_scan.py``) passes the message's automaton
    ``hits`` and the ``plan`` entries whose gates it already tested, and ``may_be_whole=False`` where it
    knows the message is no whole-message form; alone, all is computed here."""
    folded = n.folded
    original = n.original
    exc_by_rule: dict[int, list[Span]] = {}
    unless_by_rule: dict[int, list[Span]] = {}
    global_exc: list[Span] = []
    tested = False
    given = hits is not None
    if not given:
        hits = rs.find_one(n.compact)
    whole = _whole_rules(rs, original, n.compact) if may_be_whole and (rs.whole or rs.symbols_only) else ()
    if plan is None:
        plan = rs.plan
    else:
        tested = True  # the batch scan already tested the gates of the plan it passes
    # the word gates of the plan, of the rules' regexes and of their clause filters, all tested in one pass over the
    # folded text (a batch scan tested the plan's already, and finds few messages with a live regex rule: there the
    # gates are searched one by one)
    held = None if tested else rs.word_gates.held(folded)
    live: list = []
    cands: list[tuple[int, int, int]] = []  # (rule, start, end): findings are built once overlaps are resolved
    if hits:
        # the hit loop, compiled (``_scan_one.pxi``; ``scan_reference.scan`` is its Python form): group-0 spans make a
        # rule live, its other groups count only then; exception and qualifier hits only for the rules that can still
        # make a finding, and only where written exactly (they are real words, never disguised); given ``held``, it
        # settles the one-group word rules (their spans are the candidates) and the regex rules whose words are missing
        entries, rules = rs.entries, rs.rules

        def hit_span(pid, k, cs, ce, os_, oe):
            ent = entries[pid][k]
            return _hit_span(rs, rules[ent.rule], ent, (pid, cs, ce, os_, oe), n)

        live, exc_by_rule, unless_by_rule, global_exc, cands = scan_hits(
            rs.scan_table, hits, None if given else n.keep_flags() if n._index is None else n._index, whole,
            None, hit_span, lambda pid, s, e: _exact(rs, pid, folded, s, e), held, folded)

    for ri, groups in live:  # (exceptions already set aside: every group has a span)
        cands += [(ri, s, e) for s, e in rule_spans(rs, folded, ri, groups, exc_by_rule.get(ri, []) + global_exc,
                                                    unless_by_rule.get(ri), held)]
    return finish(rs, n, cands, whole, plan, tested, exc_by_rule, global_exc, held)


def rule_spans(rs: Ruleset, folded: str, ri: int, groups: list[list[Span]], exc: list[Span],
               unl: list[Span] | None, held: bytes | None = None) -> list[Span]:
    """The spans of live rule ``ri`` (a span in every word ``groups``, exceptions ``exc`` set aside): its regex's where it
    has one, else its groups combined; then its qualifiers (``unl``) and its clause filters drop what they cover.
    ``held``: the word gates the folded text holds (``Ruleset.word_gates``), when known."""
    rule = rs.rules[ri]
    if ri in rs.regexes:  # patterns are the trigger, the regex gives the span (when a word it needs is there)
        terms = rs.rule_gate.get(ri) if held is not None else None
        if terms is not None:
            if not gates_pass(held, terms):
                return []  # (the words every match needs are not there: no match)
        else:
            gate = rs.regex_gates.get(ri)
            if gate is not None and gate.search(folded) is None:
                return []
        spans = _filter([sp for sp in regex_spans(rs.regexes[ri], folded) if sp[1] > sp[0]], exc)
    elif len(groups) == 1:
        spans = groups[0]
    else:
        spans = _combine(groups, rule.within, rule.ordered)
    if unl:
        w = rule.within
        idx_u = _Spans(unl)
        spans = [(s, e) for s, e in spans if not idx_u.overlaps(s - w, e + w)]
    for name in FILTERS:  # named only to refuse it / to decline to disclose it / quoted back (clause_context.py)
        flt = rs.params[ri].get(name)
        if flt and spans:
            if held is not None and (terms := rs.filter_gate.get((ri, name))) is not None:
                if not gates_pass(held, terms):
                    continue  # (none of the words its context needs is in the text: it drops nothing)
                # (nor, for a hit, in the stretch around it that the filter reads: ``ClauseFilter.reach``)
                spans = [(s, e) for s, e in spans if not (_near_words(rs, folded, flt.reach(folded, s, e), terms)
                                                          and flt.drops(folded, s, e))]
                continue
            spans = [(s, e) for s, e in spans if not flt.drops(folded, s, e)]
    return spans


def _near_words(rs: Ruleset, folded: str, reach: Span, terms: tuple) -> bool:
    """Does ``folded[reach]`` hold the words (``terms``, alternatives of word gates) a clause filter needs?"""
    lo, hi = reach
    return gates_pass(rs.word_gates.held(folded[lo:hi]), terms) if lo > 0 or hi < len(folded) else True


def finish(rs: Ruleset, n: Normalised, cands: list[tuple[int, int, int]], whole, plan: list[tuple], tested: bool,
           exc_by_rule: dict[int, list[Span]], global_exc: list[Span], held: bytes | None = None) -> list[Finding]:
    """The word rules' candidate spans ``cands`` with those of the whole-message rules the message is and of the
    rules needing no automaton hit (``plan``; ``tested``: their gates already tested by a batch scan), made findings.
    ``held``: the word gates the folded text holds (``Ruleset.word_gates``; ``plan`` is then ``rs.plan``), when known."""
    folded, original = n.folded, n.original
    for ri in whole:
        if not exc_by_rule.get(ri):  # an exception anywhere in the message overlaps the whole of it
            cands.append((ri, *_stripped(original)))
    if held is not None:  # the single check: the gates of the plan tested at once (plan_todo), what is left here
        for k in plan_todo(held, rs.plan_gates, len(original), folded, DIGIT_CHARS):
            ri, gate, arg, spans_of = plan[k]
            if gate == "length":  # (longer than the limit) leading/trailing blanks do not make a message long
                s, e = _stripped(original)
                if e - s > arg:
                    cands.append((ri, s, e))
                continue
            if not rs.plan_gates[k][0]:  # a gate that is not only words: searched as written
                if gate in ("chars", "chars_digit") and arg.search(folded) is None:
                    continue
                if gate == "short" and arg[1] is not None and arg[1].search(folded) is None:
                    continue
            if gate == "chars_digit" and ANY_DIGIT.search(folded) is None:
                continue
            if gate == "short" and not short_enough(arg, original, n.compact):
                continue
            exc = exc_by_rule.get(ri, []) + global_exc
            cands += [(ri, s, e) for s, e in _filter(spans_of(folded), exc)]
        return _findings(rs, n, cands) if cands else []
    digits = None  # (quiet: one search for a character every character gate needs one of; none there, none holds)
    quiet = not tested and rs.plan_chars is not None and rs.plan_chars.search(folded) is None
    for ri, gate, arg, spans_of in plan:  # rules needing no automaton hit
        if gate == "length":  # leading/trailing blanks do not make a message long (and the span is never empty)
            if len(original) > arg:
                s, e = _stripped(original)
                if e - s > arg:
                    cands.append((ri, s, e))
            continue
        if gate == "chars" and not tested:
            if quiet or arg.search(folded) is None:  # a precompiled alternation of the needed substrings
                continue
        elif gate == "chars_digit" and not tested:  # and an ASCII digit (params ``needs_digit``)
            if quiet or arg.search(folded) is None or ANY_DIGIT.search(folded) is None:
                continue
        elif gate == "short" and not tested:  # (params ``max_chars``: a short message, with one of ``needs`` if given)
            if not short_enough(arg, original, n.compact) or (arg[1] is not None and arg[1].search(folded) is None):
                continue
        elif gate == "digits" and not tested:
            if digits is None:
                digits = _DIGIT_RUN.search(folded) is not None
            if not digits:
                continue
        exc = exc_by_rule.get(ri, []) + global_exc
        cands += [(ri, s, e) for s, e in _filter(spans_of(folded), exc)]
    return _findings(rs, n, cands) if cands else []
