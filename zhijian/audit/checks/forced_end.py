"""Forced end (seeds 000, 004: 不得在顾客问题未解决时强制结束对话)."""

from __future__ import annotations

from zhijian.audit.checks import check


@check("forced_end")
def forced_end(chat):
    """The agent pushes the customer out (dialogue act ``push_out`` or ``words.forced_end``) while a
    question, request, problem or "I have another question" is still open, or a system line closes
    the chat on an open need (``Chat.forced_ending``)."""
    if chat.forced_ending:
        yield chat.finding("forced_end", chat.forced_ending[0])
