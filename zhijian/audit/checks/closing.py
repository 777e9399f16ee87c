"""Closing (seeds 002, 003: the agent has the last word, with a proper closing)."""

from __future__ import annotations

from zhijian.audit.checks import check


def proper_closing(chat) -> bool:
    """The last turn is the agent's and carries a closing (``words.closing``); the scorecard's bonus."""
    if not chat.turns:
        return False
    li, lm = chat.turns[-1]
    return lm.role == "agent" and "closing" in chat.labels[li]


@check("missing_closing")
def closing(chat):
    """The chat must end with an agent closing; the finding is about the last message."""
    if chat.turns and not proper_closing(chat):
        yield chat.finding("missing_closing", chat.turns[-1][0])
