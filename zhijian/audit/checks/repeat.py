"""The customer had to repeat themselves (seed 004: 认真倾听，不让顾客重复叙述)."""

from __future__ import annotations

from zhijian.audit.checks import check
from zhijian.audit.settle import bigrams, compact


@check("asked_to_repeat")
def asked_to_repeat(chat):
    """A customer turn saying they already said it (``words.repeat_complaint``: 我刚才说过了 / 上面不是说了吗 …)
    after at least one agent turn; or counting how often they asked (the pack's ``asked_times``: 我都问了三次了)
    right after an agent turn that answered around a question of theirs asked before it in this chat, or in a turn
    asking again about what they asked before it (the count is then of this chat, not of contacts before it)."""
    seen_agent = False
    counted = chat.patterns("asked_times")
    last_agent = -1
    for i, m in chat.turns:
        if m.role == "agent":
            seen_agent = True
            last_agent = i
        elif seen_agent and ("repeat_complaint" in chat.labels[i]
                             or (counted is not None and counted.search(compact(m.text))
                                 and (_passed_over(chat, last_agent) or _asked_before(chat, i, last_agent)))):
            yield chat.finding("asked_to_repeat", i)
            return


def _passed_over(chat, j: int) -> bool:
    """Agent turn ``j`` (and the agent turns right before it) came after a customer question still open after it:
    the agent answered around it or beside the point."""
    return any(it.act == "question" and it.turn < j and (it.closed_by is None or it.closed_by > j)
               and not it.superseded for it in chat.items)


def _asked_before(chat, i: int, j: int) -> bool:
    """Customer turn ``i`` shares a content bigram with a question of theirs asked before agent turn ``j``: it asks that
    again (我都问了三遍了，保修几年 after 保修期多久)."""
    said = bigrams(chat.messages[i].text)
    return any(it.act == "question" and it.turn < j and bigrams(it.text) & said for it in chat.items)
