"""Thanks, apologies and suggestions need an answer (seed 004 §服务礼仪: 致谢时回应“不客气”,
致歉时回应“没关系”, 建议时致谢并记录)."""

from __future__ import annotations

from zhijian.audit.checks import check
from zhijian.engine.normalize import compact


def _unacknowledged(chat, act: str, label: str, reply_acts: tuple[str, ...], reply: str, category: str):
    """The first customer turn doing ``act`` whose answering agent block neither does one of
    ``reply_acts`` nor uses the pack's ``reply`` words."""
    for k, (i, m) in enumerate(chat.turns):
        if m.role != "customer" or not chat.customer_says(i, act, label):
            continue
        if act == "apology" and (_polite_opener(chat, i) or _self_correction(chat, i)):
            continue  # 不好意思请问… is a polite opener before a question; 我看错了，是要… a correction
        if not any(chat.has(j, *reply_acts, words=(reply,)) for j in chat.agent_block_after(k)):
            yield chat.finding(category, i)
            return


def _self_correction(chat, i: int) -> bool:
    """The turn's apology is only a correction (我看错了，是要银色的 / 哦不对，刚才说错了): every sentence
    tagged apology says something was wrong (错 / 不对) and the turn has none of the pack's apology
    words (``words.customer_apology``: 不好意思 / 抱歉 / 对不起 / 是我搞错 …)."""
    if "customer_apology" in chat.labels[i]:
        return False
    ss = [s for s in chat.sentences.get(i, ()) if "apology" in s.acts]
    return bool(ss) and all("错" in s.text or "不对" in s.text for s in ss)


def _polite_opener(chat, i: int) -> bool:
    """The turn's apology is only a short opener (不好意思 / 打扰一下) right before a question or request."""
    if "polite_opener" in chat.labels[i]:
        return True
    ss = chat.sentences.get(i, ())
    for k, s in enumerate(ss):
        if "apology" in s.acts:
            short = len(compact(s.text)) <= 7
            nxt = ss[k + 1].acts if k + 1 < len(ss) else ()
            if not (short and ({"question", "request"} & set(nxt))):
                return False
    return bool(ss)


@check("thanks_unacknowledged")
def thanks_unacknowledged(chat):
    """The customer thanks or praises; the agent's next block does not respond (``words.thanks_reply``)."""
    yield from _unacknowledged(chat, "thanks", "customer_thanks", (), "thanks_reply", "thanks_unacknowledged")


@check("apology_unacknowledged")
def apology_unacknowledged(chat):
    """The customer apologises; the agent's next block does not reassure (act ``reassure`` or
    ``words.apology_reply``)."""
    yield from _unacknowledged(chat, "apology", "customer_apology", ("reassure",), "apology_reply",
                               "apology_unacknowledged")


@check("suggestion_unacknowledged")
def suggestion_unacknowledged(chat):
    """The customer suggests; the agent's next block neither thanks nor records it
    (``words.suggestion_reply``)."""
    yield from _unacknowledged(chat, "suggestion", "customer_suggestion", (), "suggestion_reply",
                               "suggestion_unacknowledged")
