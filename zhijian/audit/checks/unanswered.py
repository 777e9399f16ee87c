"""Unanswered questions (seed 000: 漏回复 — every customer question gets an answer)."""

from __future__ import annotations

from zhijian.audit.checks import check
from zhijian.audit.ending import silent_goodbye


@check("unanswered")
def unanswered(chat):
    """The first customer need (question, request or problem, from the dialogue acts) that no agent
    turn answered by the end of the chat — in the middle of the chat (the second of two questions)
    as well as at its end.  A need the agent ended the chat on is ``forced_end`` instead, unless the agent's
    plain goodbye said nothing to it (``ending.silent_goodbye``): then it is both."""
    cut = set(chat.forced_ending[1]) if chat.forced_ending and not silent_goodbye(chat) else set()
    for it in chat.items:
        # (我去联络快递员核实下，稍等片刻 said last: the need was taken up, the result never came — followup_missed)
        if it.open and it.act != "more" and it.turn not in cut and not _held_last(chat, it):
            yield chat.finding("unanswered", it.turn)
            return


def _held_last(chat, it) -> bool:
    """The open need ``it`` was held by the agent's last turn of the chat (act ``hold``: 我替您核实下，稍候) and nothing
    came after it: the agent took it up and owes the result (``followup_missed``), they did not leave it unanswered."""
    return it.held_by is not None and chat.agent_turns and it.held_by == chat.agent_turns[-1] and it.held_by == chat.turns[-1][0]
