"""``matcher.scan`` as it was written in Python, hit loop included: the reference the compiled hit loop
(``_batch_core.scan_hits``, ``_scan_one.pxi``) is held to by tests/test_scan_hits.py.  Not used by the product."""

from __future__ import annotations

from zhijian.engine.clause_context import FILTERS
from zhijian.engine.detectors import ANY_DIGIT, DIGIT_RUN as _DIGIT_RUN
from zhijian.engine.findings import Finding
from zhijian.engine.matcher import Span, _combine, _exact, _filter, _findings, _hit_span, _Spans, _stripped, \
    _whole_rules, hits_of
from zhijian.engine.normalize import Normalised
from zhijian.engine.ruleset import Ruleset
from zhijian.engine.safe_regex import spans_of as regex_spans


def scan(rs: Ruleset, n: Normalised, hits: list[tuple] | None = None, plan: list[tuple] | None = None,
         may_be_whole: bool = True) -> list[Finding]:
    """The findings of one message.  A batch scan (``batch_scan.py``) passes the message's automaton
    ``hits`` and the ``plan`` entries whose gates it already tested, and ``may_be_whole=False`` where it
    knows the message is no whole-message form; alone, all is computed here."""
    folded = n.folded
    original = n.original
    groups_by_rule: dict[int, list[list[Span]]] = {}
    exc_by_rule: dict[int, list[Span]] = {}
    unless_by_rule: dict[int, list[Span]] = {}
    global_exc: list[Span] = []
    tested = False
    if hits is None:
        hits = hits_of(rs, n)
    whole = _whole_rules(rs, original, n.compact) if may_be_whole and (rs.whole or rs.symbols_only) else ()
    if plan is None:
        plan = rs.plan
    else:
        tested = True  # the batch scan already tested the gates of the plan it passes
    if hits:
        rows = rs.hit_rows
        rules = rs.rules
        later = []  # hits of a combination rule's other groups: only looked at if group 0 hit
        pending = []  # exception and qualifier hits: only looked at for a rule that can make a finding
        for hit in hits:
            row = rows.get(hit[0]) or rs.hit_row(hit[0])
            if row[1] or row[2]:
                pending.append((row, hit))
            if not row[0]:
                continue
            together = hit[4] - hit[3] == hit[2] - hit[1]  # no separator inside the hit
            for ent, ri, role, group, plain in row[0]:
                if group:
                    later.append((ent, hit))
                    continue
                sp = (hit[3], hit[4]) if plain and together else _hit_span(rs, rules[ri], ent, hit, n)
                if sp is not None:
                    grp = groups_by_rule.get(ri)
                    if grp is None:
                        ng = rs.n_groups[ri]
                        grp = groups_by_rule[ri] = [[]] if ng == 1 else [[] for _ in range(ng)]
                    grp[0].append(sp)
        for ent, hit in later:
            grp = groups_by_rule.get(ent.rule)
            if grp is not None:
                sp = _hit_span(rs, rules[ent.rule], ent, hit, n)
                if sp is not None:
                    grp[ent.group].append(sp)
        if pending:
            # the rules whose findings an exception or qualifier can change: word rules with a hit in group 0,
            # the whole-message rules the message is, the rules needing no hit (every rule, for a shop exemption:
            # a row's ``always``, see Ruleset.hit_row); the order in which spans are noted changes nothing
            live = {*groups_by_rule, *whole}
            for (_, always, by_rule), hit in pending:
                todo = [*always, *((ri, x) for ri in live if ri in by_rule for x in by_rule[ri])] if live else always
                os_, oe = hit[3], hit[4]
                if not todo or not _exact(rs, hit[0], folded, os_, oe):
                    continue  # exceptions are real words: they never match disguised
                for ri, is_exc in todo:
                    if is_exc:
                        (global_exc if ri < 0 else exc_by_rule.setdefault(ri, [])).append((os_, oe))
                    else:
                        unless_by_rule.setdefault(ri, []).append((os_, oe))

    cands: list[tuple[int, int, int]] = []  # (rule, start, end): findings are built once overlaps are resolved
    for ri, groups in groups_by_rule.items():
        rule = rs.rules[ri]
        exc = exc_by_rule.get(ri, []) + global_exc
        if exc:
            groups = [_filter(g, exc) for g in groups]
        if not all(groups):
            continue
        if ri in rs.regexes:  # patterns are the trigger, the regex gives the span (when a word it needs is there)
            gate = rs.regex_gates.get(ri)
            if gate is not None and gate.search(folded) is None:
                continue
            spans = _filter([sp for sp in regex_spans(rs.regexes[ri], folded) if sp[1] > sp[0]], exc)
        elif len(groups) == 1:
            spans = groups[0]
        else:
            spans = _combine(groups, rule.within, rule.ordered)
        unl = unless_by_rule.get(ri)
        if unl:
            w = rule.within
            idx_u = _Spans(unl)
            spans = [(s, e) for s, e in spans if not idx_u.overlaps(s - w, e + w)]
        for name in FILTERS:  # named only to refuse it / to decline to disclose it / quoted back (clause_context.py)
            flt = rs.params[ri].get(name)
            if flt:
                spans = [(s, e) for s, e in spans if not flt.drops(folded, s, e)]
        cands += [(ri, s, e) for s, e in spans]

    for ri in whole:
        if not exc_by_rule.get(ri):  # an exception anywhere in the message overlaps the whole of it
            cands.append((ri, *_stripped(original)))
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
            if len(original.strip()) > arg[0] or (arg[1] is not None and arg[1].search(folded) is None):
                continue
        elif gate == "digits" and not tested:
            if digits is None:
                digits = _DIGIT_RUN.search(folded) is not None
            if not digits:
                continue
        exc = exc_by_rule.get(ri, []) + global_exc
        cands += [(ri, s, e) for s, e in _filter(spans_of(folded), exc)]
    return _findings(rs, n, cands) if cands else []
