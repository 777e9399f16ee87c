"""Complaints need an apology or empathy (seeds 001, 003, 004: 先道歉、安抚情绪)."""

from __future__ import annotations

from zhijian.audit.checks import check


@check("complaint_no_apology")
def complaint_no_apology(chat):
    """The first customer complaint or show of anger (act ``complaint``; ``words.complaint`` without the
    tagger) with no agent apology or empathy after it (act ``empathy`` or ``words.empathy``)."""
    for k, (i, m) in enumerate(chat.turns):
        if m.role == "customer" and chat.customer_says(i, "complaint", "complaint"):
            if not any(n.role == "agent" and chat.has(j, "empathy", words=("empathy",)) for j, n in chat.turns[k + 1:]):
                yield chat.finding("complaint_no_apology", i)
            return
