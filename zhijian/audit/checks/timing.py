"""Response times (seed 003 §客服规范: 所有客服必须做到60秒内回复)."""

from __future__ import annotations

from zhijian.audit.checks import check


@check("slow_first_response", "slow_response")
def response_times(chat):
    """A wait over ``conversation.response_limit`` seconds (a wait exactly at the limit is fine).

    The first response only counts for chats started inside ``business_hours`` (JD measures
    its first-response rate for 09:00–23:00); later waits always count."""
    limit = chat.config.response_limit
    for w in chat.waits:
        if w.seconds > limit and (w.counted or not w.first):
            cat = "slow_first_response" if w.first else "slow_response"
            yield chat.finding(cat, w.turn, seconds=round(w.seconds), limit=round(limit))


@check("slow_no_apology")
def slow_no_apology(chat):
    """After a wait over the limit, the answering agent turn neither apologises nor thanks the
    customer for waiting (seed 003: 超时后先致歉“非常抱歉让您久等了”; seed 004: 感谢您的耐心等待).
    ``words.waiting_apology``, the empathy cue, or the dialogue act ``empathy`` at the pack's ``act_confidence``
    (``_says_sorry``)."""
    limit = chat.config.response_limit
    for w in chat.waits:
        if w.seconds > limit and (w.counted or not w.first):
            if not _says_sorry(chat, w.turn):
                yield chat.finding("slow_no_apology", w.turn, seconds=round(w.seconds))


def _says_sorry(chat, j: int) -> bool:
    """Agent turn ``j`` apologises or thanks for the wait: the pack's ``waiting_apology`` words, the empathy cue, or a
    sentence the model reads as empathy at the pack's ``act_confidence.empathy`` — as ``complaint_no_apology`` hears an
    apology.  The model's half reading of a plain answer as empathy (噪音很小，对失眠的人比较友好: a kind word about the
    goods, no apology) does not count (stop 36, c36: a slow answer read as excused)."""
    return chat.has(j, words=("waiting_apology",)) or any(
        "agent.empathy" in s.cues or chat.sure(s, "empathy") for s in chat.sentences.get(j, ()))
