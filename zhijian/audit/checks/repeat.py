"""The customer had to repeat themselves (seed 004: 认真倾听，不让顾客重复叙述)."""

from __future__ import annotations

from zhijian.audit.checks import check


@check("asked_to_repeat")
def asked_to_repeat(chat):
    """A customer turn saying they already said it (``words.repeat_complaint``: 我刚才说过了 / 上面不是说了吗 …)
    after at least one agent turn."""
    seen_agent = False
    for i, m in chat.turns:
        if m.role == "agent":
            seen_agent = True
        elif seen_agent and "repeat_complaint" in chat.labels[i]:
            yield chat.finding("asked_to_repeat", i)
            return
