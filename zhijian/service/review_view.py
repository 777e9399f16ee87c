"""A chat as QA reads it for review: its summary and messages, its findings with their verdicts, its place in
the review queue, its appeals, its history and each turn's dialogue acts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from zhijian.service.appeal_store import appeals_of
from zhijian.service.db import ConversationRow, FindingRow, ReviewItemRow
from zhijian.service.review_store import history
from zhijian.service.rows import conversation_summary, finding_dict, turn_acts


def review_finding_dict(f: FindingRow) -> dict:
    d = finding_dict(f)
    d.update({"id": f.id, "verdict": f.verdict, "verdict_reason": f.verdict_reason, "verdict_by": f.verdict_by,
              "verdict_at": f.verdict_at.isoformat() if f.verdict_at else None, "void": f.void})
    return d


def review_view(session: Session, row: ConversationRow, appeal_days: int) -> dict:
    d = conversation_summary(row)
    item = session.scalars(select(ReviewItemRow).where(ReviewItemRow.conversation_id == row.id)).first()
    d.update({"messages": row.messages, "findings_list": [review_finding_dict(f) for f in row.findings],
              "score_override": row.score_override, "override_note": row.override_note,
              "reviewed_by": row.reviewed_by, "reviewed_at": row.reviewed_at.isoformat() if row.reviewed_at else None,
              "audited_at": row.audited_at.isoformat(),
              "appeal_until": (row.audited_at + dt.timedelta(days=appeal_days)).isoformat(),
              "queue": ({"id": item.id, "reason": item.reason, "detail": item.detail, "status": item.status}
                        if item else None),
              "appeals": appeals_of(session, row.id), "history": history(session, row.id),
              "acts": turn_acts(row.messages or [])})
    return d
