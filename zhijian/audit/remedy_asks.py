"""What an agent's after-sales sentence asks the customer, when it looks into nothing of what went wrong (seed 003 §售后:
查明原因 first; ``checks.aftersales`` reads them): only the consent or the choice of the remedy offered (``consent_only``), or only
where to send it (``asks_delivery_only``)."""

from __future__ import annotations

from zhijian.audit.reports import is_question_text
from zhijian.audit.settle import CLAUSE, compact


def consent_only(s, consent, remedy: bool) -> bool:
    """Agent sentence ``s`` asks only the customer's consent or choice of the remedy (the pack's ``consent_forms``): the whole
    sentence is one (您看可以吗), or it names the remedy (``remedy``: the caller's reading) and every clause of it that asks is
    one (可以直接给您退货或换新，您看是退货还是换新？; stop 59)."""
    c = compact(s.text)
    if consent.search(c):
        return True
    asking = [compact(x) for x in CLAUSE.findall(s.text) if is_question_text(compact(x)) or "？" in x or "?" in x]
    return remedy and bool(asking) and all(consent.search(x) for x in asking)


def asks_delivery_only(chat, s) -> bool:
    """(stop 58) Agent sentence ``s`` asks only for where to send the remedy (the pack's ``delivery_detail_forms``: 麻烦确认一下
    收货信息 / 留个收件电话): with those clauses blanked, none of the pack's ``as_cause`` words and no question is left — the
    address asked for the new one looks into nothing of what went wrong (seed 003 §售后 查明原因 first)."""
    forms = chat.patterns("delivery_detail_forms")
    if forms is None:
        return False
    c = compact(s.text)
    if not forms.search(c):
        return False
    rest = forms.sub("，", c)
    return "as_cause" not in chat.text_labels(rest) and not is_question_text(rest)
