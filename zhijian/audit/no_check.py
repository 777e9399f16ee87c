"""Agent sentences that promise no check and answer nothing, whatever hold words they hold: the matter referred to whoever
handles it (``referred_only``: 发货时间是仓库同事安排的) and an offer to act once a condition comes, the customer coming back first
(``contingent``: 如果周五仍未签收，您可以再联系我们，这边帮您催一下).  ``needs.agent_holds`` and ``answering`` read them."""

from __future__ import annotations

from zhijian.audit.memo import per_sentence
from zhijian.audit.settle import CLAUSE, compact


@per_sentence
def contingent(chat, s) -> bool:
    """Agent sentence ``s`` offers to act only once a condition comes and the customer comes back first (the pack's
    ``contingent_forms``: 如果周五仍未签收，您可以再联系我们，这边帮您跟快递催一下): no check promised in this chat, whatever hold
    words it holds (seed 004: 需要查询的问题要回复结果 is for a check said to be under way; stop 68, fresh52)."""
    return bool(chat.words_re("contingent_forms").search(compact(s.text)))


@per_sentence
def referred_only(chat, s) -> bool:
    """Every clause of agent sentence ``s`` names only who handles the matter (the pack's ``referral_only_forms``: 发货时间是
    仓库同事安排的 / 是质检部门负责的 / 仓库会按订单顺序处理), notes it down (``record_only_forms`` / ``noted_forms``) or is
    courtesy, one at least naming the handler: the customer is referred, with no answer, no way and no time (seed 000 漏回复;
    a hand-over with the way or the time, 已转售后专员，今天18点前联系您, is a next step and answers); nor a check promised
    (``agent_holds``: 是质检部门负责的，我这边为您记录一下 notes it, no result owed; stop 67)."""
    refer, record, noted = (chat.words_re(k) for k in ("referral_only_forms", "record_only_forms", "noted_forms"))
    clauses = [compact(c) for c in CLAUSE.findall(s.text) if compact(c)]
    return any(refer.search(c) for c in clauses) and all(
        refer.search(c) or record.search(c) or noted.search(c) or chat.text_labels(c) & {"greeting", "closing"}
        for c in clauses)
