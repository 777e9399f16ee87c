"""Aggregates over audited conversations: per agent, per shop, per day, and overall.

Built incrementally (``add`` one result at a time), so a streaming audit of millions of chats
keeps only counters in memory, plus a bounded list of the worst chats for the report.

Partial aggregates (one per worker block, one per Spark partition) are combined with ``merge``; the
merged aggregate is the one a single ``add`` loop over every chat would have built, whatever the
split and the order: every sum is exact and the worst chats are the lowest by (score, input
position), the position given with each chat (``add(r, order=…)``).  Aggregates pickle, to travel
from a worker or an executor.

Exact sums without a ``Fraction`` per add: a float is ``p / 2**q`` exactly (``float.as_integer_ratio``),
so a sum of floats is kept as one integer numerator over a power of two (:class:`BinarySum`), the
exponent growing to the finest float seen.  Only the summary divides, once, as a ``Fraction``.
"""

from __future__ import annotations

import functools

from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from zhijian.audit.auditor import AuditResult
from zhijian.audit.calendar import local

FAST_FIRST_RESPONSE = 30.0  # seconds: the platform's 30 秒应答率


def _ratio(x: float) -> tuple[int, int]:
    """``x`` as ``(p, q)`` with ``x == p / 2**q`` exactly (q >= 0)."""
    p, d = x.as_integer_ratio()  # d is a power of two for a float, 1 for an int
    return p, d.bit_length() - 1


def _plus(n: int, e: int, p: int, q: int) -> tuple[int, int]:
    """``n / 2**e + p / 2**q`` as ``(numerator, exponent)``: integer shifts only, exact."""
    if q == e:
        return n + p, e
    if q < e:
        return n + (p << (e - q)), e
    return (n << (q - e)) + p, q


SCENARIOS_KEPT = 4_096  # open-need texts whose scenario is remembered (``_scenario_of``)


@functools.lru_cache(maxsize=SCENARIOS_KEPT)
def _scenario_of(text: str) -> str:
    """``phrasing.scenario.classify(text).scenario``, remembered per text (a pure reading of the text; the same open needs
    come back in chat after chat, and the model costs ≈ 80 µs a call); at most ``SCENARIOS_KEPT`` texts, least recently
    used forgotten first."""
    from zhijian.phrasing.scenario import classify

    return classify(text).scenario


@dataclass
class Tally:
    """What one chat adds to each of its groups, computed once (not once per group)."""

    score: tuple[int, int]
    fatal: int
    categories: list
    first_measured: int
    first_fast: int
    wait: tuple[int, int]
    wait_n: int
    unanswered: int

    @classmethod
    def of(cls, r: AuditResult) -> "Tally":
        n = e = 0
        for w in r.waits:
            p, q = _ratio(w)
            n, e = _plus(n, e, p, q)
        measured = r.first_response is not None and r.first_response_counted
        return cls(_ratio(r.score), int(r.fatal), [f.category for f in r.findings], int(measured),
                   int(measured and r.first_response <= FAST_FIRST_RESPONSE), (n, e), len(r.waits),
                   int(r.unanswered))


@dataclass
class Group:
    """Counters for one agent, one shop, one day or everything."""

    chats: int = 0
    score_num: int = 0  # the sum of the scores is score_num / 2**score_exp, exactly
    score_exp: int = 0
    fatal: int = 0
    findings: Counter = field(default_factory=Counter)  # category -> count
    first_measured: int = 0  # chats whose first response counts (business hours)
    first_fast: int = 0  # ... answered within 30 s
    wait_num: int = 0  # seconds: wait_num / 2**wait_exp, exactly
    wait_exp: int = 0
    wait_n: int = 0
    unanswered: int = 0

    def add(self, r: AuditResult) -> None:
        self.add_tally(Tally.of(r))

    def add_tally(self, t: Tally) -> None:
        self.chats += 1
        self.score_num, self.score_exp = _plus(self.score_num, self.score_exp, *t.score)
        self.fatal += t.fatal
        if t.categories:
            self.findings.update(t.categories)
        self.first_measured += t.first_measured
        self.first_fast += t.first_fast
        if t.wait_n:
            self.wait_num, self.wait_exp = _plus(self.wait_num, self.wait_exp, *t.wait)
            self.wait_n += t.wait_n
        self.unanswered += t.unanswered

    def merge(self, other: "Group") -> None:
        self.chats += other.chats
        self.score_num, self.score_exp = _plus(self.score_num, self.score_exp, other.score_num, other.score_exp)
        self.fatal += other.fatal
        self.findings.update(other.findings)
        self.first_measured += other.first_measured
        self.first_fast += other.first_fast
        self.wait_num, self.wait_exp = _plus(self.wait_num, self.wait_exp, other.wait_num, other.wait_exp)
        self.wait_n += other.wait_n
        self.unanswered += other.unanswered

    @property
    def score_total(self) -> Fraction:
        """The exact sum of the scores."""
        return Fraction(self.score_num, 1 << self.score_exp)

    @property
    def wait_total(self) -> Fraction:
        """The exact sum of the response times, seconds."""
        return Fraction(self.wait_num, 1 << self.wait_exp)

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
        t = Tally.of(r)
        self.total.add_tally(t)
        agent, shop, started = r.agent or "（未知客服）", r.shop or "（未知店铺）", r.started
        g = self.agents.get(agent)
        if g is None:
            g = self.agents[agent] = Group()
        g.add_tally(t)
        g = self.shops.get(shop)
        if g is None:
            g = self.shops[shop] = Group()
        g.add_tally(t)
        day = local(started).date().isoformat() if started else "（无时间）"  # (= strftime("%Y-%m-%d"): years 1970–2100)
        g = self.days.get(day)
        if g is None:
            g = self.days[day] = Group()
        g.add_tally(t)
        self.score_hist[min(100, int(r.score // 10) * 10)] += 1
        self.packs[r.pack] += 1
        if r.open_needs:
            for text in r.open_needs:
                self.open_need_types[_scenario_of(text)] += 1
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
