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
    """The chat must end with an agent closing; the finding is about the last message.  A chat the agent ended on
    the customer in a turn with a goodbye (今天就聊到这儿，再见) is ``forced_end``: the goodbye was said, too soon."""
    end = chat.forced_ending
    if end and chat.messages[end[0]].role == "agent" and "closing" in chat.labels[end[0]] | chat.acts(end[0]):
        return
    if chat.turns and not proper_closing(chat):
        yield chat.finding("missing_closing", chat.turns[-1][0])
