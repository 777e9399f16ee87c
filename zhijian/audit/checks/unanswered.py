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
        # (我去联络快递员核实下，稍等片刻, said last or before answering the customer's newer questions: the need was taken
        # up and the result never came — followup_missed, not unanswered)
        if it.open and it.act != "more" and it.turn not in cut and it.held_by is None:
            yield chat.finding("unanswered", it.turn)
            return

