"""Sets of spans ``(start, end)`` of one message: overlap tests and the word groups of a combination rule put
together (``matcher.scan``'s rule loop)."""

from __future__ import annotations

import bisect
import itertools

Span = tuple[int, int]


def overlaps(span: Span, others: list[Span]) -> bool:
    s, e = span
    for a, b in others:
        if a < e and s < b:
            return True
    return False


class SpanIndex:
    """Spans answering "does anything overlap (s, e)?" in O(log n) (long messages have many)."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans: list[Span]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(itertools.accumulate((b for _, b in spans), max))

    def overlaps(self, s: int, e: int) -> bool:
        k = bisect.bisect_left(self.starts, e)  # spans starting before e
        return k > 0 and self.reach[k - 1] > s


def filter_spans(spans: list[Span], others: list[Span]) -> list[Span]:
    """The spans that overlap none of ``others``."""
    if not others or not spans:
        return spans
    if len(others) * len(spans) <= 64:
        return [sp for sp in spans if not overlaps(sp, others)]
    idx = SpanIndex(others)
    return [sp for sp in spans if not idx.overlaps(*sp)]


def combine(groups: list[list[Span]], within: int, ordered: bool) -> list[Span]:
    """One span per first-group hit that has a hit of every other group close enough."""
    out: list[Span] = []
    others = [sorted(g) for g in groups[1:]]
    starts = [[s for s, _ in g] for g in others]
    for s0, e0 in groups[0]:
        lo, hi = s0, e0
        prev_start = s0
        ok = True
        for grp, st in zip(others, starts):
            best = None
            # only hits starting within reach of the span so far can fit in ``within``
            a = bisect.bisect_left(st, hi - within)
            b = bisect.bisect_right(st, lo + within)
            for s, e in grp[a:b]:
                if ordered and s < prev_start:
                    continue
                nlo, nhi = min(lo, s), max(hi, e)
                if nhi - nlo <= within and (best is None or nhi - nlo < best[1] - best[0]):
                    best = (nlo, nhi, s)
            if best is None:
                ok = False
                break
            lo, hi, prev_start = best[0], best[1], best[2]
        if ok:
            out.append((lo, hi))
    return out
