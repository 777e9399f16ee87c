"""Complaints need an apology or empathy (seeds 001, 003, 004: 先道歉、安抚情绪)."""

from __future__ import annotations

from zhijian.audit.checks import check


@check("complaint_no_apology")
def complaint_no_apology(chat):
    """The first customer complaint (``words.complaint``) with no agent empathy (``words.empathy``) after it."""
    for k, (i, m) in enumerate(chat.turns):
        if m.role == "customer" and "complaint" in chat.labels[i]:
            if not any(n.role == "agent" and "empathy" in chat.labels[j] for j, n in chat.turns[k + 1:]):
                yield chat.finding("complaint_no_apology", i)
            return
