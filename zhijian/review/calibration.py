"""Calibration: how often each rule (and each category) is right on this shop's traffic.

A finding a reviewer confirmed, or whose appeal was decided "upheld" (维持), counts as right; one a
reviewer rejected, or whose appeal was "overturned" (撤销), counts as wrong.  Precision is
right / (right + wrong), with a 95 % Wilson score interval (sound for small counts, never outside
0–1), so a rule judged twice is not called 100 % precise without saying how little that means.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable

RIGHT = {"confirmed", "upheld"}
WRONG = {"rejected", "overturned"}


def wilson(right: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """The 95 % Wilson score interval of a proportion right/n ((0, 1) when n is 0)."""
    if n <= 0:
        return 0.0, 1.0
    p = right / n
    d = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / d
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass
class Tally:
    key: str
    category: str
    source: str
    right: int = 0
    wrong: int = 0
    pending: int = 0  # findings not judged yet

    def as_dict(self, bar: float) -> dict:
        n = self.right + self.wrong
        lo, hi = wilson(self.right, n)
        precision = round(self.right / n, 3) if n else None
        return {"key": self.key, "category": self.category, "source": self.source, "confirmed": self.right,
                "rejected": self.wrong, "judged": n, "pending": self.pending, "precision": precision,
                "ci_low": round(lo, 3), "ci_high": round(hi, 3),
                # below the bar: the measured precision is under it (a rule judged once is flagged too,
                # the interval says how sure that is)
                "below_bar": precision is not None and precision < bar}


def tally(rows: Iterable[tuple[str, str, str, str | None]], bar: float) -> dict:
    """``rows``: (rule, category, source, verdict) per finding.  Per rule and per category, judged
    ones first, lowest precision first."""
    rules: dict[str, Tally] = {}
    cats: dict[str, Tally] = {}
    for rule, cat, source, verdict in rows:
        for table, key in ((rules, rule), (cats, cat)):
            t = table.get(key)
            if t is None:
                t = table[key] = Tally(key, cat, source if table is rules else "")
            if verdict in RIGHT:
                t.right += 1
            elif verdict in WRONG:
                t.wrong += 1
            else:
                t.pending += 1

    def order(d: dict) -> tuple:
        return (d["precision"] is None, d["precision"] if d["precision"] is not None else 0, -d["judged"], d["key"])

    return {"bar": bar,
            "rules": sorted((t.as_dict(bar) for t in rules.values()), key=order),
            "categories": sorted((t.as_dict(bar) for t in cats.values()), key=order)}
