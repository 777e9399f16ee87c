"""Unanswered questions (seed 000: 漏回复 — every customer question gets an answer)."""

from __future__ import annotations

from zhijian.audit.chat import is_question
from zhijian.audit.checks import check


@check("unanswered")
def unanswered(chat):
    """The first customer question or request after the agent's last word."""
    last_agent = chat.agent_turns[-1] if chat.agent_turns else -1
    for i, m in chat.turns:
        if m.role == "customer" and i > last_agent and is_question(m.text):
            yield chat.finding("unanswered", i)
            return
