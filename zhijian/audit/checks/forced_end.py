"""Forced end (seeds 000, 004: 不得在顾客问题未解决时强制结束对话)."""

from __future__ import annotations

from zhijian.audit.chat import is_question
from zhijian.audit.checks import check


@check("forced_end")
def forced_end(chat):
    """An agent turn that ends the chat (``words.forced_end``) right after an open customer question,
    or a system line that closes the chat after the customer's unanswered last question."""
    turns = chat.turns
    for k, (i, m) in enumerate(turns):
        if m.role == "agent" and "forced_end" in chat.labels[i]:
            prev = next((n for _, n in reversed(turns[:k]) if n.role == "customer"), None)
            if prev is not None and is_question(prev.text):
                yield chat.finding("forced_end", i)
                return
    if turns and turns[-1][1].role == "customer" and is_question(turns[-1][1].text):
        tail = [(i, m) for i, m in enumerate(chat.messages) if i > turns[-1][0] and m.role == "system"]
        if any("forced_end" in chat.config.lexicon.labels(m.text) for _, m in tail):
            yield chat.finding("forced_end", tail[0][0])
