"""Aggregates over audited conversations: per agent, per shop, per day, and overall.

Built incrementally (``add`` one result at a time), so a streaming audit of millions of chats
keeps only counters in memory, plus a bounded list of the worst chats for the report.

Partial aggregates (one per worker chunk, one per Spark partition) are combined with ``merge``; the
merged aggregate is the one a single ``add`` loop over every chat would have built, whatever the
split and the order: every sum is exact (scores and response times as ``Fraction``, the rest are
counts) and the worst chats are the lowest by (score, input position), the position given with
each chat (``add(r, order=…)``).  Aggregates pickle, to travel from a worker or an executor.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from zhijian.audit.auditor import AuditResult
from zhijian.audit.calendar import local

FAST_FIRST_RESPONSE = 30.0  # seconds: the platform's 30 秒应答率


@dataclass
class Group:
    """Counters for one agent, one shop, one day or everything."""

    chats: int = 0
    score_total: Fraction = Fraction(0)  # exact, so that partial sums merge to the same figure
    fatal: int = 0
    findings: Counter = field(default_factory=Counter)  # category -> count
    first_measured: int = 0  # chats whose first response counts (business hours)
    first_fast: int = 0  # ... answered within 30 s
    wait_total: Fraction = Fraction(0)  # seconds, exact
    wait_n: int = 0
    unanswered: int = 0

    def add(self, r: AuditResult) -> None:
        self.chats += 1
        self.score_total += Fraction(r.score)
        self.fatal += r.fatal
        self.findings.update(f.category for f in r.findings)
        if r.first_response is not None and r.first_response_counted:
            self.first_measured += 1
            self.first_fast += r.first_response <= FAST_FIRST_RESPONSE
        self.wait_total += sum(map(Fraction, r.waits), Fraction(0))
        self.wait_n += len(r.waits)
        self.unanswered += r.unanswered

    def merge(self, other: "Group") -> None:
        self.chats += other.chats
        self.score_total += other.score_total
        self.fatal += other.fatal
        self.findings.update(other.findings)
        self.first_measured += other.first_measured
        self.first_fast += other.first_fast
        self.wait_total += other.wait_total
        self.wait_n += other.wait_n
        self.unanswered += other.unanswered

    @property
    def score_sum(self) -> float:
        return float(self.score_total)

    @property
    def wait_sum(self) -> float:
        return float(self.wait_total)

    def summary(self) -> dict:
        n = self.chats or 1
        return {
            "chats": self.chats,
            "avg_score": round(float(self.score_total / n), 1),
            "fatal_chats": self.fatal,
            "findings": sum(self.findings.values()),
            "findings_per_100": {k: round(v * 100 / n, 1) for k, v in self.findings.most_common()},
            "first_response_30s_rate": round(self.first_fast / self.first_measured, 3) if self.first_measured else None,
            "avg_response_s": round(float(self.wait_total / self.wait_n), 1) if self.wait_n else None,
            "unanswered_rate": round(self.unanswered / n, 3),
        }


@dataclass
class Aggregate:
    worst_kept: int = 20
    total: Group = field(default_factory=Group)
    agents: dict[str, Group] = field(default_factory=dict)
    shops: dict[str, Group] = field(default_factory=dict)
    days: dict[str, Group] = field(default_factory=dict)
    score_hist: Counter = field(default_factory=Counter)  # bucket start (0,10,...,90,100) -> chats
    open_need_types: Counter = field(default_factory=Counter)  # scenario of each unanswered customer need
    packs: Counter = field(default_factory=Counter)  # the packs the chats were actually judged by
    _worst: list = field(default_factory=list)  # (score, order, result): the lowest kept, unsorted
    _bar: Any = None  # (score, order) of the last kept chat once the list was cut: anything above is dropped
    _seq: int = 0

    def add(self, r: AuditResult, order: Any = None) -> None:
        """Count one chat.  ``order`` is its position in the input (any value comparable with the other
        chats' orders, e.g. an int or a (file, line) pair); by default the number of chats added so far."""
        self.total.add(r)
        self.agents.setdefault(r.agent or "（未知客服）", Group()).add(r)
        self.shops.setdefault(r.shop or "（未知店铺）", Group()).add(r)
        day = f"{local(r.started):%Y-%m-%d}" if r.started else "（无时间）"
        self.days.setdefault(day, Group()).add(r)
        self.score_hist[min(100, int(r.score // 10) * 10)] += 1
        self.packs[r.pack] += 1
        if r.open_needs:
            from zhijian.phrasing.scenario import classify

            for text in r.open_needs:
                self.open_need_types[classify(text).scenario] += 1
        self._seq += 1
        if self.worst_kept:
            self._keep(r.score, self._seq if order is None else order, r)

    def _keep(self, score: float, order: Any, r: AuditResult) -> None:
        if self._bar is not None and (score, order) >= self._bar:
            return
        self._worst.append((score, order, r))
        if len(self._worst) >= 2 * self.worst_kept + 16:
            self._cut()

    def _cut(self) -> None:
        """Keep the ``worst_kept`` lowest by (score, order): earlier chats win among equal scores."""
        self._worst.sort(key=lambda t: (t[0], t[1]))
        if len(self._worst) >= self.worst_kept:
            del self._worst[self.worst_kept:]
            self._bar = (self._worst[-1][0], self._worst[-1][1]) if self._worst else None

    def merge(self, other: "Aggregate") -> "Aggregate":
        """Add a partial aggregate (built with ``order`` given for every chat, or over later chats); returns self."""
        self.total.merge(other.total)
        for mine, theirs in ((self.agents, other.agents), (self.shops, other.shops), (self.days, other.days)):
            for key, g in theirs.items():
                mine.setdefault(key, Group()).merge(g)
        self.score_hist.update(other.score_hist)
        self.open_need_types.update(other.open_need_types)
        self.packs.update(other.packs)
        if self.worst_kept:
            for score, order, r in other._worst:
                self._keep(score, order, r)
        self._seq += other._seq
        return self

    def __getstate__(self) -> dict:
        if self.worst_kept:
            self._cut()  # travel light: only the chats that can still be among the worst
        return self.__dict__

    def worst(self) -> list[AuditResult]:
        """The lowest-scoring chats, worst first (earlier chats first among equals)."""
        self._cut()
        return [r for _, _, r in self._worst]

    def to_dict(self) -> dict:
        return {
            "total": self.total.summary(),
            "agents": {k: g.summary() for k, g in sorted(self.agents.items())},
            "shops": {k: g.summary() for k, g in sorted(self.shops.items())},
            "days": {k: g.summary() for k, g in sorted(self.days.items())},
            "score_histogram": {str(k): self.score_hist.get(k, 0) for k in range(0, 101, 10)},
            "unanswered_types": dict(self.open_need_types.most_common()),
            "packs": dict(sorted(self.packs.items())),
        }
