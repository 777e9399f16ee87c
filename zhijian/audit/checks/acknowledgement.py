"""Thanks, apologies and suggestions need an answer (seed 004 §服务礼仪: 致谢时回应“不客气”,
致歉时回应“没关系”, 建议时致谢并记录)."""

from __future__ import annotations

from zhijian.audit.checks import check


def _unacknowledged(chat, label: str, reply: str, category: str):
    """The first customer turn with ``label`` whose answering agent block has no ``reply`` word."""
    for k, (i, m) in enumerate(chat.turns):
        lab = chat.labels[i]
        if m.role != "customer" or label not in lab:
            continue
        if label == "customer_apology" and "polite_opener" in lab:
            continue  # 不好意思请问… is a polite opener, not an apology
        if not any(reply in chat.labels[j] for j in chat.agent_block_after(k)):
            yield chat.finding(category, i)
            return


@check("thanks_unacknowledged")
def thanks_unacknowledged(chat):
    """The customer thanks or praises; the agent's next block does not respond (``words.thanks_reply``)."""
    yield from _unacknowledged(chat, "customer_thanks", "thanks_reply", "thanks_unacknowledged")


@check("apology_unacknowledged")
def apology_unacknowledged(chat):
    """The customer apologises; the agent's next block does not reassure (``words.apology_reply``)."""
    yield from _unacknowledged(chat, "customer_apology", "apology_reply", "apology_unacknowledged")


@check("suggestion_unacknowledged")
def suggestion_unacknowledged(chat):
    """The customer suggests; the agent's next block neither thanks nor records it (``words.suggestion_reply``)."""
    yield from _unacknowledged(chat, "customer_suggestion", "suggestion_reply", "suggestion_unacknowledged")
