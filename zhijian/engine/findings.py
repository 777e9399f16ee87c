"""The finding: one broken rule at one place of one message."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    category: str
    severity: str
    start: int  # offsets in Python str characters into the ORIGINAL text
    end: int
    match: str
    message: str
    suggestion: str
    replacement: str | None = None  # exact compliant wording for the span, when one exists
    source: str = "rule"  # "rule" (a pack rule matched) or "model" (the semantic layer scored it)
    score: float | None = None  # the model's score, for model findings

    def to_dict(self) -> dict:
        """The JSON form of ``spec/contract.md`` §2 (field order kept)."""
        d = {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "match": self.match,
            "message": self.message,
            "suggestion": self.suggestion,
        }
        if self.replacement is not None:
            d["replacement"] = self.replacement
        d["source"] = self.source
        if self.score is not None:
            d["score"] = self.score
        return d


def apply_replacements(text: str, findings: list[Finding]) -> str:
    """Apply every mechanical replacement, right to left, skipping findings that overlap one applied."""
    out, last = text, len(text) + 1
    for f in sorted(findings, key=lambda f: (f.start, f.end), reverse=True):
        if f.replacement is None or f.end > last:
            continue
        out = out[: f.start] + f.replacement + out[f.end :]
        last = f.start
    return out
