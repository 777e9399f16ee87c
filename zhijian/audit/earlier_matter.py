"""A goodbye that speaks only of a matter dealt with before the customer's last need (``state.track`` reads it among the
answers beside the point, ``beside``): the need is still open, the goodbye cut it off (seed 000/004)."""

from __future__ import annotations

from zhijian.audit.beside import _asked_before
from zhijian.audit.said import said, said_words
from zhijian.audit.settle import bigrams, chars


def ends_on_earlier_matter(chat, it, answering: list) -> bool:
    """The agent ends the chat (a closing, or the pack's ``words.forced_end``) on need ``it``, raised last and not in
    anger, with words only about a matter dealt with before it (盖子照前面讲的补寄，祝您顺心 after a new fault was
    told): no clause, courtesy aside, names a content character of the need, gives data or asks back, and one names what
    the customer asked before (``_asked_before``); or the answer only acknowledges the order the customer said they placed
    before the question (``_acks_order_only``)."""
    if it.grievance:
        return False
    if _acks_order_only(chat, it, answering):
        return True
    if not any("closing" in s.acts or "forced_end" in chat.text_labels(s.text) for s in answering):
        return False
    # (the words ending the chat, the pack's words.forced_end, are no content)
    told = [cl for s in answering for cl in said(chat, s) if not chat.text_labels(cl) & {"forced_end", "closing"}]
    if not told or "?" in told:
        return False
    asked, before = chars(it.text), _asked_before(chat, it.turn, it.sentence)
    if len(asked) <= 2:
        # a need with no content of its own (这可怎么办 / 咋整) asks about what its turn told before it (孩子写作业坐不住 |
        # 咋整): that is its matter, not an earlier one (seed 000: 对客户的每一个问题都认真回复 — the advice about it answers it)
        asked = asked.union(*(chars(s.text) for s in chat.sentences.get(it.turn, ())[:it.sentence]))
        before = _asked_before(chat, it.turn)
    return not any(chars(cl) & asked for cl in told) and any(bigrams(cl) & before for cl in told)


def _acks_order_only(chat, it, answering: list) -> bool:
    """Question ``it`` comes after the customer told, in its turn, the order placed (``words.order_told``: 拍好了。要是那天下雨，
    还能参观吗), and the answering sentences, courtesy and sticker codes aside (``said.said_words``), acknowledge that order
    (the pack's ``order_ack_forms``: 收到亲的订单啦，感谢支持[爱心]) and name nothing of the question: the question was passed
    over (seed 000 漏回复; stop 69, pool69)."""
    if not order_told_before(chat, it.turn, it.sentence):
        return False
    told, ack = [cl for s in answering for cl in said_words(chat, s)], chat.words_re("order_ack_forms")
    return bool(told) and "?" not in told and any(ack.search(cl) for cl in told) and not any(
        chars(cl) & chars(it.text) for cl in told)


def order_told_before(chat, i: int, k: int) -> bool:
    """A sentence of customer turn ``i`` before its ``k``-th tells the order placed (``words.order_told``: 拍好了): what a goodbye
    acknowledging the order (``order_ack_forms``) speaks of, not the question after it (``ending``, ``_acks_order_only``)."""
    return any("order_told" in chat.text_labels(s.text) for s in chat.sentences.get(i, ())[:k])
