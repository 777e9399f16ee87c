"""Storing appeals (申诉): an agent contests one finding of its own chat within the shop's appeal
window; QA decides upheld (维持: the finding stands, counted as confirmed) or overturned (撤销: the
finding becomes void and the chat is re-scored).  The finding's identity (rule, category, turn, match)
is copied into the appeal, so it reads the same after a re-audit."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from zhijian.service.db import AppealRow, ConversationRow, FindingRow, utcnow
from zhijian.service.review_store import VOID, ReviewError, log, rescore
from zhijian.service.security import Principal
from zhijian.service.rows import page_of, within

DECISIONS = {"upheld": "维持", "overturned": "撤销"}


def appeal_dict(a: AppealRow) -> dict:
    return {"id": a.id, "conversation": a.conversation_id, "finding": a.finding_id, "shop": a.shop, "agent": a.agent,
            "rule": a.rule, "category": a.category, "turn": a.turn, "match": a.match, "text": a.text,
            "status": a.status, "created_by": a.created_by, "created_at": a.created_at.isoformat(),
            "decided_by": a.decided_by, "decided_at": a.decided_at.isoformat() if a.decided_at else None,
            "decision_reason": a.decision_reason}


def create_appeal(session: Session, f: FindingRow, text: str, p: Principal, appeal_days: int,
                  now: dt.datetime | None = None) -> AppealRow:
    row = f.conversation
    if f.void:
        raise ReviewError(409, "这个问题已被驳回或撤销，不需要申诉")
    if not text.strip():
        raise ReviewError(422, "text：请写明申诉理由")
    now = now or utcnow()
    deadline = row.audited_at + dt.timedelta(days=appeal_days)
    if now > deadline:
        raise ReviewError(409, f"已超过申诉期：店铺规定审计后 {appeal_days} 天内申诉（截止 {deadline:%Y-%m-%d %H:%M} UTC）")
    open_one = session.scalars(select(AppealRow).where(AppealRow.finding_id == f.id, AppealRow.status == "open")).first()
    if open_one is not None:
        raise ReviewError(409, f"这个问题已有待处理的申诉 #{open_one.id}")
    a = AppealRow(conversation_id=row.id, finding_id=f.id, shop=row.shop, agent=row.agent, rule=f.rule,
                  category=f.category, turn=f.turn, match=f.match, text=text.strip(), status="open",
                  created_by=p.name, created_at=now)
    session.add(a)
    session.flush()
    log(session, row.id, p, "appeal", appeal=a.id, finding=f.id, rule=f.rule, text=text.strip())
    return a


def decide_appeal(session: Session, a: AppealRow, decision: str, reason: str, p: Principal, scorecard) -> None:
    if decision not in DECISIONS:
        raise ReviewError(422, "decision 必须是 upheld（维持原判）或 overturned（撤销问题）")
    if a.status != "open":
        raise ReviewError(409, f"申诉 #{a.id} 已处理（{DECISIONS.get(a.status, a.status)}），不能再次裁决")
    if not reason.strip():
        raise ReviewError(422, "reason：请写明裁决理由")
    a.status, a.decided_by, a.decided_at, a.decision_reason = decision, p.name, utcnow(), reason.strip()
    row = session.get(ConversationRow, a.conversation_id)
    f = session.get(FindingRow, a.finding_id) if a.finding_id is not None else None
    if f is not None:
        f.verdict, f.verdict_reason, f.verdict_by, f.verdict_at = decision, reason.strip(), p.name, utcnow()
        f.void = decision in VOID
    log(session, row.id, p, "decision", appeal=a.id, decision=decision, reason=reason.strip())
    session.flush()
    rescore(row, scorecard)


def list_appeals(session: Session, status: str | None, page: int, size: int, shops=None, agent: str | None = None,
                 shop: str | None = None) -> dict:
    A = AppealRow
    q = within(select(A), A.shop, shop, shops)
    if status:
        q = q.where(A.status == status)
    if agent is not None:
        q = q.where(A.agent == agent)
    total, rows = page_of(session, q, ((A.status == "open").desc(), A.id.desc()), page, size)
    return {"total": total, "page": page, "size": size, "items": [appeal_dict(a) for a in rows]}


def appeals_of(session: Session, cid: str) -> list[dict]:
    return [appeal_dict(a) for a in session.scalars(select(AppealRow).where(AppealRow.conversation_id == cid)
                                                    .order_by(AppealRow.id))]
