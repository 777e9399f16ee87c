"""``matcher.scan`` as it was written in Python, hit loop included: the reference the compiled hit loop
(``_batch_core.scan_hits``, ``_scan_one.pxi``) is held to by tests/test_scan_hits.py.  Not used by the product."""

from __future__ import annotations

from zhijian.engine.findings import Finding
from zhijian.engine.matcher import Span, _exact, _filter, _hit_span, _whole_rules, finish, hits_of, rule_spans
from zhijian.engine.normalize import Normalised
from zhijian.engine.ruleset import Ruleset


def scan(rs: Ruleset, n: Normalised, hits: list[tuple] | None = None, plan: list[tuple] | None = None,
         may_be_whole: bool = True) -> list[Finding]:
    """``matcher.scan`` (same arguments, same findings) with the hit loop in Python."""
    folded, original = n.folded, n.original
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
        exc = exc_by_rule.get(ri, []) + global_exc
        if exc:
            groups = [_filter(g, exc) for g in groups]
        if all(groups):
            cands += [(ri, s, e) for s, e in rule_spans(rs, folded, ri, groups, exc, unless_by_rule.get(ri))]
    return finish(rs, n, cands, whole, plan, tested, exc_by_rule, global_exc)
