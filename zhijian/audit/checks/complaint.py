"""Complaints need an apology or empathy (seeds 001, 003, 004: 先道歉、安抚情绪; 001 §物流延迟: 客户询问时主动致歉)."""

from __future__ import annotations

from zhijian.audit.checks import check


def _complains(chat, i: int) -> bool:
    """The customer complains: act ``complaint`` at the pack's confidence (or ``words.complaint``), or
    states a problem (act ``problem``) as a promise broken or a wait that went on
    (``words.service_failure``: 说好的次日达…还没到 / 拖这么久 / 没人管) — a complaint without 投诉."""
    if chat.customer_says(i, "complaint", "complaint"):
        return True
    return any("problem" in s.acts and "service_failure" in chat.text_labels(s.text) for s in chat.sentences.get(i, ()))


@check("complaint_no_apology")
def complaint_no_apology(chat):
    """The first customer complaint or show of anger with no agent apology or empathy after it (act
    ``empathy`` or ``words.empathy``)."""
    for k, (i, m) in enumerate(chat.turns):
        if m.role == "customer" and _complains(chat, i):
            if not any(n.role == "agent" and chat.has(j, "empathy", words=("empathy",)) for j, n in chat.turns[k + 1:]):
                yield chat.finding("complaint_no_apology", i)
            return
