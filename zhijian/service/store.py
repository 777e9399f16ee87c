"""Reading and writing audits, overrides and jobs (SQLAlchemy 2; SQLite and PostgreSQL alike)."""

from __future__ import annotations

import re
from typing import Iterable

from sqlalchemy import Integer, and_, case, cast, delete, func, select
from sqlalchemy.orm import Session, aliased

from zhijian.audit.auditor import AuditResult
from zhijian.audit.calendar import local
from zhijian.service import review_store
from zhijian.service.db import ConversationRow, FindingRow, JobRow, OverrideRow, utcnow
from zhijian.service.rows import conversation_summary, finding_dict, turn_acts

_MOBILE = re.compile(r"(?<![0-9])(1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9])")
_IDCARD = re.compile(r"(?<![0-9])([1-9][0-9]{5})([0-9]{8})([0-9]{3}[0-9Xx])(?![0-9A-Za-z])")


def mask_pii(text: str) -> str:
    """Mask mobile and ID numbers, keeping the length (so finding offsets stay valid)."""
    text = _MOBILE.sub(lambda m: m.group(1) + "****" + m.group(3), text)
    return _IDCARD.sub(lambda m: m.group(1) + "*" * 8 + m.group(3), text)


def _upsert_id(session: Session, cid: str) -> None:
    """INSERT the conversation id if new (ON CONFLICT: take the row lock), on SQLite and PostgreSQL."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(ConversationRow).values(id=cid, pack="", score=0.0, messages=[], fatal=False,
                                          first_response_counted=False, wait_sum=0.0, wait_n=0, unanswered=False,
                                          n_findings=0, audited_at=utcnow())
    session.execute(stmt.on_conflict_do_update(index_elements=[ConversationRow.id], set_={"id": stmt.excluded.id}))


def save_results(session: Session, results: Iterable[AuditResult], mask: bool = False,
                 scorecard_for=None) -> int:
    """Store audited chats in ONE transaction (the caller commits): each chat is replaced whole,
    so a re-upload of the same ids updates them instead of duplicating.

    A re-audit keeps the human review: verdicts carry over to the same finding (turn, rule, span),
    findings a reviewer added stay, appeals are re-linked, a reviewer's score stays; the final score
    is then re-computed with ``scorecard_for(pack, shop)`` (a :class:`~zhijian.audit.scorecard.Scorecard`)."""
    results = list(results)
    reviewed = review_store.reviewed_ids(session, [r.id for r in results])  # one query, not one per chat
    n = 0
    for r in results:
        msgs = [{"role": m.role, "text": mask_pii(m.text) if mask else m.text,
                 "ts": m.ts.isoformat() if m.ts else None} for m in (r.messages or [])]
        _upsert_id(session, r.id)  # row exists and is locked: concurrent uploads of one id serialise here
        kept = review_store.reviewed_findings(session, r.id) if r.id in reviewed else []
        session.execute(delete(FindingRow).where(FindingRow.conversation_id == r.id))
        row = session.get(ConversationRow, r.id, populate_existing=True)
        row.pack = r.pack
        row.shop = r.shop
        row.agent = r.agent
        row.started = r.started
        row.day = f"{local(r.started):%Y-%m-%d}" if r.started else None
        row.score = row.machine_score = r.score
        row.bonuses = list(getattr(r, "bonuses", None) or [])
        row.fatal = r.fatal
        row.first_response = r.first_response
        row.first_response_counted = r.first_response_counted
        row.wait_sum = float(sum(r.waits))
        row.wait_n = len(r.waits)
        row.unanswered = r.unanswered
        row.n_findings = len(r.findings)
        row.messages = msgs
        row.audited_at = utcnow()
        for f in r.findings:
            session.add(FindingRow(conversation_id=r.id, turn=f.turn, rule=f.rule, category=f.category,
                                   severity=f.severity, start=f.start, end=f.end,
                                   match=(mask_pii(f.match) if mask and f.match else f.match),
                                   message=mask_pii(f.message) if mask else f.message, suggestion=f.suggestion,
                                   source=f.source, score=f.score))
        if kept or row.score_override is not None:
            session.flush()
            review_store.carry_over(session, row, kept, scorecard_for)
        n += 1
    session.flush()
    return n


def _filters(q, shop=None, agent=None, pack=None, category=None, severity=None, date_from=None, date_to=None,
             min_score=None, max_score=None, shops=None):
    C = ConversationRow
    if shop:
        q = q.where(C.shop == shop)
    if shops is not None:  # the key's scope
        q = q.where(C.shop.in_(list(shops)))
    if agent:
        q = q.where(C.agent == agent)
    if pack:
        q = q.where(C.pack == pack)
    if date_from:
        q = q.where(C.day >= date_from)
    if date_to:
        q = q.where(C.day <= date_to)
    if min_score is not None:
        q = q.where(C.score >= min_score)
    if max_score is not None:
        q = q.where(C.score <= max_score)
    if category or severity:
        F = aliased(FindingRow)  # the outer query may join findings itself
        conds = [F.conversation_id == C.id, F.void.is_(False)]
        if category:
            conds.append(F.category == category)
        if severity:
            conds.append(F.severity == severity)
        q = q.where(select(F.id).where(and_(*conds)).correlate(C).exists())
    return q


def list_conversations(session: Session, page: int = 1, size: int = 50, order: str = "score", **filters) -> dict:
    base = _filters(select(ConversationRow), **filters)
    total = session.scalar(select(func.count()).select_from(base.subquery()))
    key = {"score": (ConversationRow.score.asc(), ConversationRow.id),
           "-score": (ConversationRow.score.desc(), ConversationRow.id),
           "started": (ConversationRow.started.asc(), ConversationRow.id),
           "-started": (ConversationRow.started.desc(), ConversationRow.id)}[order]
    rows = session.scalars(base.order_by(*key).offset((page - 1) * size).limit(size)).all()
    return {"total": total, "page": page, "size": size, "items": [conversation_summary(r) for r in rows]}


def get_conversation(session: Session, cid: str) -> dict | None:
    row = session.get(ConversationRow, cid)
    if row is None:
        return None
    d = conversation_summary(row)
    d["messages"] = row.messages
    d["customer_name"] = row.customer_name
    d["findings_list"] = [finding_dict(f) for f in row.findings if not f.void]
    d["avg_response"] = round(row.wait_sum / row.wait_n, 1) if row.wait_n else None
    d["acts"] = turn_acts(row.messages or [])
    return d


def list_findings(session: Session, page: int = 1, size: int = 50, **filters) -> dict:
    C, F = ConversationRow, FindingRow
    q = select(F, C.shop, C.agent).join(C, C.id == F.conversation_id).where(F.void.is_(False))
    cat, sev = filters.pop("category", None), filters.pop("severity", None)
    q = _filters(q, **filters)
    if cat:
        q = q.where(F.category == cat)
    if sev:
        q = q.where(F.severity == sev)
    total = session.scalar(select(func.count()).select_from(q.subquery()))
    rows = session.execute(q.order_by(F.id).offset((page - 1) * size).limit(size)).all()
    items = [{"conversation": f.conversation_id, "shop": shop, "agent": agent, **finding_dict(f)} for f, shop, agent in rows]
    return {"total": total, "page": page, "size": size, "items": items}


def every_page(lister, session: Session, size: int = 500, **kw):
    """Every item of a paged listing (list_conversations / list_findings), page by page."""
    page = 1
    while True:
        chunk = lister(session, page=page, size=size, **kw)
        yield from chunk["items"]
        if page * size >= chunk["total"]:
            return
        page += 1


def aggregates(session: Session, by: str, **filters) -> list[dict]:
    """Per agent or per shop: chats, average score, findings per 100 chats, rates."""
    C = ConversationRow
    col = {"agent": C.agent, "shop": C.shop, "day": C.day}[by]
    q = select(col.label("key"), func.count().label("chats"), func.avg(C.score).label("avg"),
               func.sum(case((C.fatal, 1), else_=0)).label("fatal"),
               func.sum(case((C.unanswered, 1), else_=0)).label("unanswered"),
               func.sum(case((C.first_response_counted, 1), else_=0)).label("measured"),
               func.sum(case((and_(C.first_response_counted, C.first_response <= 30), 1), else_=0)).label("fast"),
               func.sum(C.wait_sum).label("wsum"), func.sum(C.wait_n).label("wn")).group_by(col)
    rows = session.execute(_filters(q, **filters)).all()
    fq = (select(col.label("key"), FindingRow.category, func.count())
          .join(FindingRow, FindingRow.conversation_id == C.id).where(FindingRow.void.is_(False)))
    per_cat: dict = {}
    for key, cat, n in session.execute(_filters(fq, **filters).group_by(col, FindingRow.category)).all():
        per_cat.setdefault(key, {})[cat] = n
    out = []
    for r in rows:
        chats = r.chats or 1
        cats = per_cat.get(r.key, {})
        out.append({
            by: r.key, "chats": r.chats, "avg_score": round(float(r.avg or 0), 1), "fatal_chats": int(r.fatal or 0),
            "findings": sum(cats.values()),
            "findings_per_100": {k: round(v * 100 / chats, 1) for k, v in sorted(cats.items(), key=lambda kv: -kv[1])},
            "first_response_30s_rate": round(r.fast / r.measured, 3) if r.measured else None,
            "avg_response_s": round(float(r.wsum) / r.wn, 1) if r.wn else None,
            "unanswered_rate": round((r.unanswered or 0) / chats, 3),
        })
    out.sort(key=lambda d: (-d["avg_score"], str(d[by])))
    return out


def dashboard(session: Session, **filters) -> dict:
    C = ConversationRow
    bucket = cast(C.score / 10, Integer)
    hist = dict(session.execute(_filters(select(bucket, func.count()), **filters).group_by(bucket)).all())
    cats = session.execute(_filters(select(FindingRow.category, func.count()).join(C, C.id == FindingRow.conversation_id)
                                    .where(FindingRow.void.is_(False)), **filters).group_by(FindingRow.category)).all()
    total = aggregates(session, "shop", **filters)
    chats = sum(d["chats"] for d in total)
    return {
        "chats": chats,
        "avg_score": round(sum(d["avg_score"] * d["chats"] for d in total) / chats, 1) if chats else None,
        "score_histogram": {str(k * 10): int(hist.get(k, 0)) for k in range(0, 11)},
        "findings_by_category": {c: n for c, n in sorted(cats, key=lambda x: -x[1])},
        "days": aggregates(session, "day", **filters),
    }


# -- overrides (versioned) --------------------------------------------------------------------
def latest_override(session: Session, shop: str) -> OverrideRow | None:
    return session.scalars(select(OverrideRow).where(OverrideRow.shop == shop)
                           .order_by(OverrideRow.version.desc()).limit(1)).first()


def override_history(session: Session, shop: str) -> list[dict]:
    rows = session.scalars(select(OverrideRow).where(OverrideRow.shop == shop).order_by(OverrideRow.version.desc())).all()
    return [{"version": r.version, "author": r.author, "note": r.note, "created_at": r.created_at.isoformat(),
             "data": r.data} for r in rows]


def save_override(session: Session, shop: str, data: dict, author: str, note: str | None = None) -> OverrideRow:
    prev = latest_override(session, shop)
    row = OverrideRow(shop=shop, version=(prev.version + 1 if prev else 1), data=data, author=author, note=note)
    session.add(row)
    session.flush()
    return row


# -- jobs ---------------------------------------------------------------------------------------
def interrupted_jobs(session: Session) -> int:
    """Jobs left running by a server that died: marked failed so that a re-upload is the way on."""
    rows = session.scalars(select(JobRow).where(JobRow.status.in_(("queued", "running")))).all()
    for r in rows:
        r.status = "failed"
        r.errors = list(r.errors or []) + ["服务在处理过程中中断；已保存的会话完整有效，请重新上传以补全"]
        r.finished_at = utcnow()
    return len(rows)


def job_dict(r: JobRow) -> dict:
    return {"id": r.id, "status": r.status, "filename": r.filename, "pack": r.pack, "done": r.done,
            "skipped": r.skipped, "errors": (r.errors or [])[:200], "summary": r.summary,
            "created_at": r.created_at.isoformat(), "finished_at": r.finished_at.isoformat() if r.finished_at else None}


def outside_scope(session: Session, results: list, shops: Iterable[str] | None) -> dict[str, str]:
    """``{chat id: reason}`` for chats a key limited to ``shops`` may not write: a chat of another
    shop, or an id already stored for another shop (it would overwrite another tenant's chat)."""
    if shops is None:
        return {}
    shops = set(shops)
    out = {r.id: f"会话 {r.id} 属于店铺“{r.shop or '未指定'}”，不在此 key 的店铺范围内" for r in results
           if r.shop not in shops}
    ids = [r.id for r in results if r.id not in out]
    for i in range(0, len(ids), 500):
        for cid, shop in session.execute(select(ConversationRow.id, ConversationRow.shop)
                                         .where(ConversationRow.id.in_(ids[i:i + 500]))):
            if shop not in shops:
                out[cid] = f"会话 {cid} 已存在于其他店铺，此 key 不能覆盖"
    return out
