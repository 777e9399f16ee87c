"""The conversation checks: a small closed set of functions, each one category or one family.

A check is ``fn(chat: Chat) -> Iterable[AuditFinding]``: it reads the chat (turns, labels,
response times, the pack's ``conversation:`` thresholds through ``chat.config``) and yields
findings; it keeps no state and reads no other check's results.  ``@check(...)`` registers it;
the auditor runs ``CHECKS`` in registration order (the order of the imports below) and only
collects what they yield.  Adding a check: write one function in a module of this package,
decorate it, import the module here, add its category to the taxonomy and the pack's
``conversation:`` messages/severity, and give it a test file in ``tests/audit/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from zhijian.audit.chat import Chat
from zhijian.audit.result import AuditFinding

CheckFn = Callable[[Chat], Iterable[AuditFinding]]


@dataclass(frozen=True)
class Check:
    name: str
    categories: tuple[str, ...]
    fn: CheckFn

    def run(self, chat: Chat) -> list[AuditFinding]:
        return list(self.fn(chat))


CHECKS: list[Check] = []


def check(*categories: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check that may report the given categories."""

    def register(fn: CheckFn) -> CheckFn:
        if any(c.name == fn.__name__ for c in CHECKS):
            raise ValueError(f"check {fn.__name__} registered twice")
        CHECKS.append(Check(fn.__name__, tuple(categories), fn))
        return fn

    return register


# registration order = the order findings of one turn are listed in
from zhijian.audit.checks import (  # noqa: E402,F401
    timing,
    unanswered,
    greeting,
    closing,
    repetition,
    acknowledgement,
    complaint,
    aftersales,
    forced_end,
    addressing,
    emoji,
    followup,
    repeat,
)
