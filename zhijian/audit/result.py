"""What an audit produces: findings about turns, and the per-chat result with its metrics."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from zhijian.audit.conversation import Message


@dataclass(frozen=True)
class AuditFinding:
    rule: str
    category: str
    severity: str
    turn: int
    message: str
    suggestion: str
    start: int | None = None
    end: int | None = None
    match: str | None = None
    source: str = "rule"  # message-level findings: "rule" or "model" (the semantic layer)
    score: float | None = None

    def to_dict(self) -> dict:
        d = {"rule": self.rule, "category": self.category, "severity": self.severity, "turn": self.turn}
        if self.start is not None:
            d.update(start=self.start, end=self.end, match=self.match)
        d.update(message=self.message, suggestion=self.suggestion)
        if self.start is not None:
            d["source"] = self.source
            if self.score is not None:
                d["score"] = self.score
        return d


@dataclass
class AuditResult:
    id: str
    pack: str
    score: float
    findings: list[AuditFinding]
    shop: str | None = None
    agent: str | None = None
    started: dt.datetime | None = None
    first_response: float | None = None  # seconds, when measured
    first_response_counted: bool = False  # inside business hours (for the platform's rates)
    waits: list[float] = field(default_factory=list)  # every agent response time, seconds
    unanswered: bool = False
    fatal: bool = False
    bonuses: list[str] = field(default_factory=list)
    messages: list[Message] | None = None  # kept when a report needs the text
    open_needs: list[str] = field(default_factory=list)  # texts of the customer needs left unanswered
    acts: list[dict] | None = None  # when asked (``--acts``): per message {"turn", "role", "sentences"}

    def to_dict(self) -> dict:
        """The JSON form of spec/contract.md §3."""
        d = {"id": self.id, "score": self.score, "findings": [f.to_dict() for f in self.findings]}
        if self.acts is not None:
            d["acts"] = self.acts
        return d
