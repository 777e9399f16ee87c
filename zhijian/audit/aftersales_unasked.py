"""What the agent tells of an after-sales case before finding anything out (seed 003 §售后: 查明原因 → 道歉 → 安抚 → 方案).

Before the agent has asked the customer anything about the trouble or checked a record, two things are out of order:
a remedy handed over as the rule for any trouble (the pack's ``blind_remedy_forms``: 有问题的话直接申请退换) and the fault
put on the customer's handling (the pack's ``blame_customer_forms``: 一般是没及时冷藏造成的).  Both are read sentence by
sentence up to the first one that looks into the case: a question back, a hold (我查一下) or a question act (a blame the
tagger reads as looking into the cause, asking nothing, is a blame all the same: stop 65).  A third is
out of order even in the sentence that first looks into the case: the goods vouched for against the customer's report
(the pack's ``vouch_forms``: 出库前都检查过 / 正常情况下很少会出现; stop 64).
"""

from __future__ import annotations

from zhijian.audit.needs import is_question_text
from zhijian.audit.reports import reports
from zhijian.audit.settle import compact

_LOOKS = frozenset(("cause_check", "hold"))
_OPENING = frozenset(("greeting", "closing"))
# (pack list, the finding's detail) in the order they are tried on a sentence
_UNASKED = (("blind_remedy_forms", "未查明原因就先给出方案"), ("blame_customer_forms", "未查明原因就归咎于顾客"))


def looks_into(s) -> bool:
    """Agent sentence ``s`` looks into the case: the tagger's cause_check or hold, or a question outside a bare greeting."""
    acts = set(s.acts)
    return bool(acts & _LOOKS) or (is_question_text(s.text) and not acts <= _OPENING)


def told_unasked(chat, after: list[int]):
    """The (agent turn, detail) of the first sentence in the agent turns ``after`` that hands over a remedy for any trouble or
    blames the customer's handling before any sentence looks into the case (``looks_into``), or that vouches for the goods
    up to and in that sentence, or None."""
    forms = [(chat.patterns(name), detail) for name, detail in _UNASKED]
    vouch, blame = chat.patterns("vouch_forms"), chat.patterns("blame_customer_forms")
    for j in after:
        for s in chat.sentences.get(j, ()):
            c = compact(s.text)
            if vouch is not None and vouch.search(c):
                # (我们的货出库前都逐块检查过，正常很少会裂，麻烦拍张照片: the goods defended before the case is looked into, in
                # the very sentence that asks for a photo — the customer doubted first; stop 64, pool64)
                return j, "未查明原因就先为商品辩解、质疑顾客"
            if looks_into(s) and (is_question_text(s.text) or blame is None or not blame.search(c)):
                # (not a guess at the cause that blames the customer and asks nothing, however the tagger read it: 一般是下单时
                # 选错了尺码，您当时可能没选对 — blamed before any check; stop 65)
                return None
            for f, detail in forms:
                if f is not None and f.search(c):
                    return j, detail
    return None


def trouble_told_before(chat, kk: int) -> bool:
    """A customer turn before agent turn ``chat.turns[kk]`` tells of a trouble (a ``problem`` sentence, or a report:
    ``reports.reports``) or asks something (an item): the agent's question back there looks into it, or asks what a
    pre-sales answer needs.  A follow-up asked when the customer had told nothing yet (剪刀收到了 → 收到了就好，用起来感觉
    怎么样呢？) looks into nothing: the case opens with the report after it (stop 67)."""
    asked = {it.turn for it in chat.items}
    return any(m.role == "customer" and (j in asked or reports(chat, j) or any(
        "problem" in s.acts for s in chat.sentences.get(j, ()))) for j, m in chat.turns[:kk])
