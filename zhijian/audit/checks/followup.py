"""Follow-up after a hold (seeds 000, 004: 让顾客稍等后要及时回复；需要查询的问题要回复结果)."""

from __future__ import annotations

from zhijian.audit.checks import check


@check("followup_missed")
def followup_missed(chat):
    """The agent said they would check (act ``hold``: 稍等/我查一下/我帮您问一下) and did not come back
    with an answer within ``conversation.followup_limit`` seconds, or not at all before the chat ended."""
    limit = float(chat.config.raw.get("followup_limit", 180))
    for it in chat.items:
        if it.held_by is None:
            continue
        if it.closed_by is None:
            yield chat.finding("followup_missed", it.held_by, detail="之后没有回复查询结果")
            return
        held, done = chat.messages[it.held_by].ts, chat.messages[it.closed_by].ts
        if held is not None and done is not None and (done - held).total_seconds() > limit:
            yield chat.finding("followup_missed", it.held_by,
                               detail=f"{round((done - held).total_seconds())} 秒后才回复，超过 {round(limit)} 秒")
            return
