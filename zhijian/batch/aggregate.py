"""Aggregates over audited conversations: per agent, per shop, per day, and overall.

Built incrementally (``add`` one result at a time), so a streaming audit of millions of chats
keeps only counters in memory, plus a bounded list of the worst chats for the report.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field

from zhijian.audit.auditor import AuditResult
from zhijian.audit.calendar import local

FAST_FIRST_RESPONSE = 30.0  # seconds: the platform's 30 秒应答率


@dataclass
class Group:
    """Counters for one agent, one shop, one day or everything."""

    chats: int = 0
    score_sum: float = 0.0
    fatal: int = 0
    findings: Counter = field(default_factory=Counter)  # category -> count
    first_measured: int = 0  # chats whose first response counts (business hours)
    first_fast: int = 0  # ... answered within 30 s
    wait_sum: float = 0.0
    wait_n: int = 0
    unanswered: int = 0

    def add(self, r: AuditResult) -> None:
        self.chats += 1
        self.score_sum += r.score
        self.fatal += r.fatal
        self.findings.update(f.category for f in r.findings)
        if r.first_response is not None and r.first_response_counted:
            self.first_measured += 1
            self.first_fast += r.first_response <= FAST_FIRST_RESPONSE
        self.wait_sum += sum(r.waits)
        self.wait_n += len(r.waits)
        self.unanswered += r.unanswered

    def summary(self) -> dict:
        n = self.chats or 1
        return {
            "chats": self.chats,
            "avg_score": round(self.score_sum / n, 1),
            "fatal_chats": self.fatal,
            "findings": sum(self.findings.values()),
            "findings_per_100": {k: round(v * 100 / n, 1) for k, v in self.findings.most_common()},
            "first_response_30s_rate": round(self.first_fast / self.first_measured, 3) if self.first_measured else None,
            "avg_response_s": round(self.wait_sum / self.wait_n, 1) if self.wait_n else None,
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
    _worst: list = field(default_factory=list)  # heap of (-score, seq, result)
    _seq: int = 0

    def add(self, r: AuditResult) -> None:
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
            # a max-heap on score (scores negated) holding the lowest-scoring chats seen so far
            item = (-r.score, -self._seq, r)
            if len(self._worst) < self.worst_kept:
                heapq.heappush(self._worst, item)
            elif item[0] > self._worst[0][0]:
                heapq.heapreplace(self._worst, item)

    def worst(self) -> list[AuditResult]:
        """The lowest-scoring chats, worst first (earlier chats first among equals)."""
        return [r for _, _, r in sorted(self._worst, key=lambda t: (-t[0], -t[1]))]

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
