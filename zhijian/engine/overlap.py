"""Deterministic resolution of overlapping findings (our own, tested; no library mode).

1. Overlapping findings of the same rule merge into one finding over their union
   (全网最低 + 最低價 -> 全网最低價), so a highlight covers the whole offending phrase.
2. A finding inside a longer finding of the same category is dropped (亲 inside 亲亲); of two on
   the same span, the one with a mechanical replacement is kept.
3. Findings of different categories are all kept: one span can break two rules — except that one
   stretch of text has one reading when the packs say which of two categories is the better one
   (``precedence: [{prefer: uncivil, over: diversion}]``): a finding of the worse category lying
   inside a *longer* finding of the better one is dropped (the vulgar ``tm的`` is not also the
   platform ``tm``).  The longer match is the more specific one; on an equal span both readings
   stay (``tm`` alone may be either).
The result is ordered by start, then end, then rule id.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import replace
from operator import itemgetter
from typing import Callable, Mapping, Sequence

from zhijian.engine.findings import Finding


def _merge_same_rule(findings: list[Finding], remake: Callable[[Finding, int, int], Finding]) -> list[Finding]:
    by_rule: dict[str, list[Finding]] = {}
    for f in findings:
        by_rule.setdefault(f.rule, []).append(f)
    out: list[Finding] = []
    for group in by_rule.values():
        group.sort(key=lambda f: (f.start, f.end))
        first, end = group[0], group[0].end
        for f in group[1:]:
            if f.start < end:  # overlap: extend the run (the finding is rebuilt once, below)
                end = max(end, f.end)
            else:
                out.append(first if end == first.end else remake(first, first.start, end))
                first, end = f, f.end
        out.append(first if end == first.end else remake(first, first.start, end))
    return out


def _inside_longer(f: Finding, starts: list[int], reach: list[int], ends_at: dict[int, int]) -> bool:
    """Is ``f`` inside a longer one of the spans (sorted ``starts``, running max ``reach`` of their ends)?"""
    k = bisect.bisect_left(starts, f.start)  # spans starting strictly before f
    if k and reach[k - 1] >= f.end:
        return True
    return ends_at.get(f.start, -1) > f.end  # same start, further end


def _one_reading(findings: list[Finding], worse_than: Mapping[str, frozenset[str]]) -> list[Finding]:
    """Drop each finding that lies inside a longer finding of a category declared better than its own."""
    present = {f.category for f in findings}
    drop: set[int] = set()
    for worse in present:  # (a union over the categories: their order does not matter)
        betters = worse_than.get(worse)
        if not betters or betters.isdisjoint(present):
            continue
        better = sorted((f.start, f.end) for f in findings if f.category in betters)
        starts = [s for s, _ in better]
        reach = list(itertools.accumulate((e for _, e in better), max))
        ends_at: dict[int, int] = {}
        for s, e in better:
            ends_at[s] = max(e, ends_at.get(s, -1))
        drop |= {id(f) for f in findings if f.category == worse and _inside_longer(f, starts, reach, ends_at)}
    return [f for f in findings if id(f) not in drop] if drop else findings


def resolve(findings: list[Finding], remake: Callable[[Finding, int, int], Finding] | None = None,
            worse_than: Mapping[str, frozenset[str]] | None = None,
            catch_all: frozenset[str] = frozenset()) -> list[Finding]:
    """``remake(f, start, end)`` rebuilds a merged finding over a wider span (match, message, rewrite);
    ``worse_than`` maps a category to the categories whose longer finding is the better reading; ``catch_all`` names
    the rules (``Ruleset.catch_all``) that yield on one span to every other rule of their category."""
    if len(findings) < 2:
        return list(findings)
    if remake is None:
        def remake(f: Finding, s: int, e: int) -> Finding:
            return replace(f, start=s, end=e)

    merged = _merge_same_rule(findings, remake)
    # Sweep each category by start (longer first at equal start): a finding is inside an
    # earlier one exactly when its end does not pass the furthest end seen so far.
    kept: list[Finding] = []
    reach: dict[str, int] = {}
    # on one span, the finding that offers a mechanical rewrite is the one kept (common.false_ad's
    # 最受欢迎 -> 很受欢迎 rather than the same word in adlaw, which has none), then one of a rule that is no catch-all
    for f in sorted(merged, key=lambda f: (f.start, -f.end, f.replacement is None, f.rule in catch_all, f.rule)):
        if f.end <= reach.get(f.category, -1):
            continue
        reach[f.category] = f.end
        kept.append(f)
    if worse_than:
        kept = _one_reading(kept, worse_than)
    kept.sort(key=lambda f: (f.start, f.end, f.rule))
    return kept


# start, -end, no replacement, catch-all, rule id: ``resolve``'s sweep order, a catch-all rule (params ``catch_all``:
# common.cold_reply.bare_two reads any one- or two-character reply; ``Ruleset.catch_all``) yielding on one span to every
# other rule of its category (a shop's own whole-message word keeps its message)
_SWEEP_KEY = itemgetter(0, 1, 2, 3, 4)


def resolve_spans(cands: list[tuple[int, int, int]], rules: Sequence, index_of: Mapping[str, int],
                  replacement: Callable[[int, int, int], str | None],
                  make: Callable[[int, int, int, str | None], Finding],
                  worse_than: Mapping[str, frozenset[str]] | None = None,
                  catch_all: frozenset[str] = frozenset()) -> list[Finding]:
    """``resolve`` of the findings ``make(ri, start, end, replacement(ri, start, end))`` of the candidates
    ``(rule index, start, end)`` (``rules[ri]`` has the rule's ``id`` and ``category``), building a finding
    only for a candidate that is kept: the same findings in the same order (a merged run is remade with
    ``index_of[rule id]``, as ``resolve``'s ``remake`` does)."""
    by_rule: dict[str, list[tuple[int, int, int]]] = {}
    for c in cands:
        by_rule.setdefault(rules[c[0]].id, []).append(c)
    rows = []
    for rid, group in by_rule.items():
        if len(group) > 1:
            group.sort(key=itemgetter(1, 2))
        runs = []
        ri, s0, e0 = group[0]
        end = e0
        for r2, s, e in group[1:]:
            if s < end:
                end = max(end, e)
            else:
                runs.append((ri if end == e0 else index_of[rid], s0, end))
                ri, s0, e0 = r2, s, e
                end = e
        runs.append((ri if end == e0 else index_of[rid], s0, end))
        for ri, s, e in runs:
            repl = replacement(ri, s, e)
            rows.append((s, -e, repl is None, rid in catch_all, rid,
                         rules[ri].category, ri, e, repl))
    rows.sort(key=_SWEEP_KEY)
    kept: list[Finding] = []
    reach: dict[str, int] = {}
    for s, _, _, _, _, cat, ri, e, repl in rows:
        if e <= reach.get(cat, -1):
            continue
        reach[cat] = e
        kept.append(make(ri, s, e, repl))
    if worse_than:
        kept = _one_reading(kept, worse_than)
    kept.sort(key=lambda f: (f.start, f.end, f.rule))
    return kept
