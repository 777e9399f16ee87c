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


_new = object.__new__
(_rule, _category, _severity, _start, _end, _match, _message, _suggestion, _replacement, _source,
 _score) = (Finding.__dict__[k].__set__ for k in Finding.__dataclass_fields__)  # the slots' setters, in field order


def new_finding(rule: str, category: str, severity: str, start: int, end: int, match: str, message: str,
                suggestion: str, replacement: str | None = None, source: str = "rule",
                score: float | None = None) -> Finding:
    """``Finding(...)`` with the same fields, built through the slots' own setters: the frozen dataclass's
    ``__init__`` sets each field through ``object.__setattr__`` and costs about twice as much (a check builds one
    per finding it reports; ``tests/test_regex_gate.py`` holds the two equal)."""
    f = _new(Finding)
    _rule(f, rule)
    _category(f, category)
    _severity(f, severity)
    _start(f, start)
    _end(f, end)
    _match(f, match)
    _message(f, message)
    _suggestion(f, suggestion)
    _replacement(f, replacement)
    _source(f, source)
    _score(f, score)
    return f


def apply_replacements(text: str, findings: list[Finding]) -> str:
    """Apply every mechanical replacement, right to left, skipping findings that overlap one applied."""
    out, last = text, len(text) + 1
    for f in sorted(findings, key=lambda f: (f.start, f.end), reverse=True):
        if f.replacement is None or f.end > last:
            continue
        out = out[: f.start] + f.replacement + out[f.end :]
        last = f.start
    return out
