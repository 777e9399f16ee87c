"""Deterministic resolution of overlapping findings (our own, tested; no library mode).

1. Overlapping findings of the same rule merge into one finding over their union
   (全网最低 + 最低價 -> 全网最低價), so a highlight covers the whole offending phrase.
2. A finding inside a longer finding of the same category is dropped (亲 inside 亲亲).
3. Findings of different categories are all kept: one span can break two rules.
The result is ordered by start, then end, then rule id.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

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


def resolve(findings: list[Finding], remake: Callable[[Finding, int, int], Finding] | None = None) -> list[Finding]:
    """``remake(f, start, end)`` rebuilds a merged finding over a wider span (match, message, rewrite)."""
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
    for f in sorted(merged, key=lambda f: (f.start, -f.end, f.rule)):
        if f.end <= reach.get(f.category, -1):
            continue
        reach[f.category] = f.end
        kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end, f.rule))
    return kept
