"""One helper for the conversation-kind tests: audit a short chat, return the categories.

``from chat_fixtures import conv_categories`` (tests/ is on sys.path).  Each turn is
``(role, text)``, placed ``step`` seconds after the one before (the first at ``first``), or
``(role, text, seconds)``, placed that many seconds after ``start`` (China Standard Time).
"""

from __future__ import annotations

import datetime as dt

from zhijian.audit.conversation import Conversation, Message

CST = dt.timezone(dt.timedelta(hours=8))


def conv_categories(auditor, turns, *, start: str = "2025-03-12T14:00:00", step: int = 20, first: int = 0,
                    name: str | None = None) -> set[str]:
    """The conversation-level categories (rules ``conv.*``) that ``auditor`` reports on ``turns``."""
    return {f.category for f in _findings(auditor, turns, start, step, first, name) if f.rule.startswith("conv.")}


def all_categories(auditor, turns, *, start: str = "2025-03-12T14:00:00", step: int = 20, first: int = 0,
                   name: str | None = None) -> set[str]:
    """Every category ``auditor`` reports on ``turns``: the conversation's and its turns' message findings."""
    return {f.category for f in _findings(auditor, turns, start, step, first, name)}


def _findings(auditor, turns, start: str, step: int, first: int, name: str | None) -> list:
    t0 = dt.datetime.fromisoformat(start).replace(tzinfo=CST)
    msgs, at = [], first - step
    for t in turns:
        at = t[2] if len(t) > 2 else at + step
        msgs.append(Message(t[0], t[1], t0 + dt.timedelta(seconds=at)))
    return auditor.audit(Conversation(id="t", messages=msgs, customer_name=name)).findings
