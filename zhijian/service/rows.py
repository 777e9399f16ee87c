"""Stored chats and findings as the API's dicts, and the query pieces every store shares (one shop's rows,
one page of a listing)."""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zhijian.audit.result import AuditFinding
from zhijian.service.db import ConversationRow, FindingRow


def conversation_summary(row: ConversationRow) -> dict:
    return {"id": row.id, "pack": row.pack, "shop": row.shop, "agent": row.agent,
            "started": row.started.isoformat() if row.started else None, "score": row.score, "fatal": row.fatal,
            "findings": row.n_findings, "first_response": row.first_response, "unanswered": row.unanswered,
            "machine_score": row.machine_score if row.machine_score is not None else row.score,
            "reviewed": row.reviewed_at is not None}


def finding_dict(f: FindingRow) -> dict:
    """The stored finding in the JSON form the audit returned (``AuditFinding.to_dict``)."""
    return AuditFinding(rule=f.rule, category=f.category, severity=f.severity, turn=f.turn, message=f.message,
                        suggestion=f.suggestion, start=f.start, end=f.end, match=f.match,
                        source=f.source or "rule", score=f.score).to_dict()


def within(q, column, shop: str | None = None, shops: Iterable[str] | None = None):
    """``q`` restricted to one shop and/or to a key's shops (``column`` holds the shop)."""
    if shop:
        q = q.where(column == shop)
    if shops is not None:
        q = q.where(column.in_(list(shops)))
    return q


def page_of(session: Session, q, order, page: int, size: int, scalars: bool = True) -> tuple[int, list]:
    """(total, rows of one page) of a listing query; ``scalars`` for one entity per row."""
    total = session.scalar(select(func.count()).select_from(q.subquery()))
    q = q.order_by(*order).offset((page - 1) * size).limit(size)
    return total, list(session.scalars(q) if scalars else session.execute(q).all())


def turn_acts(messages: list[dict]) -> list[dict]:
    """The dialogue acts of each customer/agent turn (``zhijian.acts``), tagged when a chat is opened:
    ``[{"turn", "role", "acts": [...]}]`` with ``other`` left out."""
    from zhijian.acts.tagger import get_tagger

    idx = [i for i, m in enumerate(messages)
           if isinstance(m, dict) and m.get("role") in ("customer", "agent") and isinstance(m.get("text"), str)]
    if not idx:
        return []
    tagged = get_tagger().tag_turns([(messages[i]["role"], messages[i]["text"]) for i in idx])
    out = []
    for i, sentences in zip(idx, tagged):
        acts = []
        for sen in sentences:
            acts += [a for a in sen.acts if a != "other" and a not in acts]
        out.append({"turn": i, "role": messages[i]["role"], "acts": acts})
    return out
