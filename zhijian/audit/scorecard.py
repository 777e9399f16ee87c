"""Scorecards as pack data: deductions per category or severity, fatal items, bonus items.

``scorecard:`` in a pack file::

    start: 100
    severity: {critical: 20, major: 8, minor: 3}   # default deduction per finding
    category: {unanswered: 10, missing_emoji: 1}     # per-category deduction (wins over severity)
    category_cap: 15                                 # at most this much per category in one chat
    fatal: [abuse, diversion, privacy_leak]          # 致命项: any such finding scores the chat 0
    bonus: {proper_closing: 2}                       # 加分项, named by the audit

The score is clamped to 0-100.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from zhijian.engine.rules import PackError
from zhijian.taxonomy import CATEGORIES, SEVERITIES


@dataclass(frozen=True)
class Scorecard:
    start: float
    severity: dict[str, float]
    category: dict[str, float]
    category_cap: float | None
    fatal: frozenset[str]
    bonus: dict[str, float]

    @classmethod
    def from_dict(cls, d: dict, where: str = "scorecard") -> "Scorecard":
        sev = {k: float(v) for k, v in (d.get("severity") or {}).items()}
        cat = {k: float(v) for k, v in (d.get("category") or {}).items()}
        fatal = frozenset(d.get("fatal") or ())
        for k in sev:
            if k not in SEVERITIES:
                raise PackError(f"{where}: 字段 severity 中的级别 {k!r} 无效（可选：{'、'.join(SEVERITIES)}）")
        for k in set(cat) | fatal:
            if k not in CATEGORIES:
                raise PackError(f"{where}: 类别 {k!r} 不在类别表（docs/spec/taxonomy.md）中")
        cap = d.get("category_cap")
        return cls(float(d.get("start", 100)), sev, cat, float(cap) if cap is not None else None, fatal,
                   {k: float(v) for k, v in (d.get("bonus") or {}).items()})

    def deduction(self, category: str, severity: str) -> float:
        if category in self.category:
            return self.category[category]
        return self.severity.get(severity, 0.0)

    def score(self, findings: Iterable, bonuses: Iterable[str] = ()) -> tuple[float, bool]:
        """(score 0-100, whether a fatal item was hit) for one conversation's findings."""
        per_cat: dict[str, float] = {}
        fatal = False
        for f in findings:
            if f.category in self.fatal and getattr(f, "source", "rule") != "model":
                fatal = True  # a model finding is a strong hint, never a fatal item on its own
            per_cat[f.category] = per_cat.get(f.category, 0.0) + self.deduction(f.category, f.severity)
        if fatal:
            return 0.0, True
        if self.category_cap is not None:
            per_cat = {k: min(v, self.category_cap) for k, v in per_cat.items()}
        total = self.start - sum(per_cat.values()) + sum(self.bonus.get(b, 0.0) for b in bonuses)
        return round(max(0.0, min(100.0, total)), 1), False
