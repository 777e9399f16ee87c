"""Deterministic resolution of overlapping findings (our own, tested; no library mode).

1. A finding inside a longer finding of the same category is dropped (亲 inside 亲亲).
2. Two findings of the same rule that overlap keep the longer (then the earlier) one.
3. Findings of different categories are all kept: one span can break two rules.
The result is ordered by start, then end, then rule id.
"""

from __future__ import annotations

from .findings import Finding


def resolve(findings: list[Finding]) -> list[Finding]:
    if len(findings) < 2:
        return list(findings)
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start - f.end, f.start, f.rule)):
        dominated = False
        for k in kept:
            if k.category == f.category and k.start <= f.start and f.end <= k.end:
                dominated = True
                break
            if k.rule == f.rule and k.start < f.end and f.start < k.end:
                dominated = True
                break
        if not dominated:
            kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end, f.rule))
    return kept
