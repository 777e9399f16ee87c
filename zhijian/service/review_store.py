"""Storing the human review (issue 13): verdicts, added findings, score overrides, the review queue,
appeals, the chat's review history, shop review settings and calibration counts.

After any change to a chat's findings its FINAL state is re-computed (:func:`rescore`): void
findings (rejected, overturned) no longer count, a reviewer-confirmed or reviewer-added finding
counts as a human-checked one (a fatal category then makes the chat fatal, which a model finding
alone never does), and a reviewer's score wins over the scorecard.  Every list, dashboard and export
reads ``conversations.score``/``fatal``/``n_findings`` and skips void findings, so they all show
the final state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from zhijian.review import calibration, sampling, settings as review_settings
from zhijian.service.db import (AppealRow, ConversationRow, FindingRow, HistoryRow, ReviewItemRow, ShopSettingsRow,
                                utcnow)
from zhijian.service.rows import page_of, within
from zhijian.service.security import Principal
from zhijian.taxonomy import CATEGORIES, SEVERITIES

VERDICTS = {"confirmed": "确认", "rejected": "驳回"}
VOID = {"rejected", "overturned"}


class ReviewError(Exception):
    """A review step that cannot be done (Chinese message; ``status`` is the HTTP status)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


# -- history ------------------------------------------------------------------------------------------
def log(session: Session, cid: str, p: Principal | None, action: str, **detail) -> None:
    session.add(HistoryRow(conversation_id=cid, actor=p.name if p else "系统", role=p.role if p else "system",
                           action=action, detail=detail, at=utcnow()))


def history(session: Session, cid: str) -> list[dict]:
    rows = session.scalars(select(HistoryRow).where(HistoryRow.conversation_id == cid).order_by(HistoryRow.id))
    return [{"at": r.at.isoformat(), "actor": r.actor, "role": r.role, "action": r.action, "detail": r.detail}
            for r in rows]


# -- final score ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Counted:
    category: str
    severity: str
    source: str


def rescore(row: ConversationRow, scorecard) -> None:
    """The chat's final score, fatal flag and finding count from its findings as reviewed."""
    live = [f for f in row.findings if not f.void]
    counted = [_Counted(f.category, f.severity,
                        "review" if (f.verdict in ("confirmed", "upheld") or f.source == "review") else f.source)
               for f in live]
    if scorecard is not None:
        row.score, row.fatal = scorecard.score(counted, row.bonuses or [])
    if row.score_override is not None:
        row.score = row.score_override
    row.n_findings = len(live)


# -- re-audit ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeptFinding:
    """What a re-audit must keep of a reviewed finding."""

    key: tuple
    verdict: str | None
    reason: str | None
    by: str | None
    at: dt.datetime | None
    added: dict | None  # the whole finding, for one a reviewer added


def _key(f: FindingRow) -> tuple:
    return (f.turn, f.rule, f.start, f.end)


def reviewed_ids(session: Session, ids: list[str]) -> set[str]:
    """Which of these chats have anything a re-audit must keep (a verdict, an added finding, a reviewer's score)."""
    out: set[str] = set()
    F, C = FindingRow, ConversationRow
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update(session.scalars(select(F.conversation_id).where(
            F.conversation_id.in_(chunk), or_(F.verdict.is_not(None), F.source == "review")).distinct()))
        out.update(session.scalars(select(C.id).where(C.id.in_(chunk), C.score_override.is_not(None))))
    return out


def reviewed_findings(session: Session, cid: str) -> list[KeptFinding]:
    rows = session.scalars(select(FindingRow).where(FindingRow.conversation_id == cid,
                                                    or_(FindingRow.verdict.is_not(None), FindingRow.source == "review")))
    out = []
    for f in rows:
        added = None
        if f.source == "review":
            added = {k: getattr(f, k) for k in ("turn", "rule", "category", "severity", "start", "end", "match",
                                                 "message", "suggestion", "source", "score")}
        out.append(KeptFinding(_key(f), f.verdict, f.verdict_reason, f.verdict_by, f.verdict_at, added))
    return out


def carry_over(session: Session, row: ConversationRow, kept: list[KeptFinding],
               scorecard_for: Callable | None) -> None:
    """Re-apply the review to a freshly re-audited chat (see ``store.save_results``)."""
    session.refresh(row, ["findings"])
    by_key = {_key(f): f for f in row.findings}
    for k in kept:
        if k.added is not None:
            f = FindingRow(conversation_id=row.id, **k.added)
            row.findings.append(f)
        else:
            f = by_key.get(k.key)
            if f is None:  # the finding is gone (a rule or an exception changed): nothing to carry
                continue
        f.verdict, f.verdict_reason, f.verdict_by, f.verdict_at = k.verdict, k.reason, k.by, k.at
        f.void = k.verdict in VOID
    session.flush()
    # appeals whose finding was replaced: link them to the new finding of the same turn, rule and words
    for a in session.scalars(select(AppealRow).where(AppealRow.conversation_id == row.id,
                                                     AppealRow.finding_id.is_(None))):
        for f in row.findings:
            if (f.turn, f.rule, f.match) == (a.turn, a.rule, a.match):
                a.finding_id = f.id
                break
    rescore(row, scorecard_for(row.pack, row.shop) if scorecard_for else None)


# -- verdicts, added findings, score -----------------------------------------------------------------------
def set_verdict(session: Session, f: FindingRow, verdict: str, reason: str, p: Principal, scorecard) -> None:
    if verdict not in VERDICTS:
        raise ReviewError(422, f"verdict 必须是 {'、'.join(VERDICTS)} 之一（确认 / 驳回）")
    if verdict == "rejected" and not reason.strip():
        raise ReviewError(422, "驳回问题时必须写明原因（reason）")
    f.verdict, f.verdict_reason, f.verdict_by, f.verdict_at = verdict, reason.strip() or None, p.name, utcnow()
    f.void = verdict in VOID
    row = f.conversation
    log(session, row.id, p, "verdict", finding=f.id, rule=f.rule, category=f.category, verdict=verdict,
        reason=reason.strip())
    _touch(row, p)
    session.flush()
    rescore(row, scorecard)


def add_finding(session: Session, row: ConversationRow, category: str, turn: int, start: int | None,
                end: int | None, note: str, severity: str | None, p: Principal, scorecard) -> FindingRow:
    if category not in CATEGORIES:
        raise ReviewError(422, f"category：类别“{category[:50]}”不在类别表中")
    sev = severity or "major"
    if sev not in SEVERITIES:
        raise ReviewError(422, f"severity 必须是 {'、'.join(SEVERITIES)} 之一")
    msgs = row.messages or []
    if not 0 <= turn < len(msgs):
        raise ReviewError(422, f"turn：会话只有 {len(msgs)} 轮，没有第 {turn} 轮（从 0 数）")
    text = msgs[turn].get("text") if isinstance(msgs[turn], dict) else None
    match = None
    if start is not None or end is not None:
        if start is None or end is None or not isinstance(text, str) or not 0 <= start < end <= len(text):
            raise ReviewError(422, f"start/end：第 {turn} 轮的文字位置无效（应满足 0 ≤ start < end ≤ {len(text or '')}）")
        match = text[start:end]
    f = FindingRow(conversation_id=row.id, turn=turn, rule=f"review.{category}", category=category, severity=sev,
                   start=start, end=end, match=match, message=f"复核补充：{note.strip() or CATEGORIES[category]}",
                   suggestion="", source="review", score=None, verdict="confirmed", verdict_reason=note.strip() or None,
                   verdict_by=p.name, verdict_at=utcnow(), void=False)
    row.findings.append(f)
    session.flush()
    log(session, row.id, p, "added", finding=f.id, category=category, turn=turn, match=match, note=note.strip())
    _touch(row, p)
    rescore(row, scorecard)
    return f


def override_score(session: Session, row: ConversationRow, score: float | None, note: str, p: Principal,
                   scorecard) -> None:
    if score is not None and not 0 <= score <= 100:
        raise ReviewError(422, "score 必须在 0–100 之间（或为 null：取消人工改分）")
    if score is not None and not note.strip():
        raise ReviewError(422, "人工改分时必须写明理由（note）")
    row.score_override = score
    row.override_note = note.strip() or None
    log(session, row.id, p, "score", score=score, machine_score=row.machine_score, note=note.strip())
    _touch(row, p)
    rescore(row, scorecard)


def _touch(row: ConversationRow, p: Principal) -> None:
    row.reviewed_by, row.reviewed_at = p.name, utcnow()


# -- shop settings ---------------------------------------------------------------------------------------------
def shop_settings(session: Session, shop: str | None) -> dict:
    row = session.get(ShopSettingsRow, shop) if shop else None
    return review_settings.validate(row.data) if row else review_settings.validate({})


def save_shop_settings(session: Session, shop: str, data: dict, p: Principal) -> dict:
    try:
        checked = review_settings.validate(data)
    except review_settings.SettingsError as e:
        raise ReviewError(422, f"质检设置无效，未保存：{e}") from None
    row = session.get(ShopSettingsRow, shop)
    if row is None:
        session.add(ShopSettingsRow(shop=shop, data=checked, updated_by=p.name, updated_at=utcnow()))
    else:
        row.data, row.updated_by, row.updated_at = checked, p.name, utcnow()
    return checked


# -- queue -----------------------------------------------------------------------------------------------------
def sample(session: Session, shop: str, policies: list[dict], thresholds: Callable[[str, str | None], dict],
           date_from: str | None = None, date_to: str | None = None, p: Principal | None = None) -> dict:
    """Put the shop's chats picked by its policies in the queue (chats already queued stay as they are)."""
    C = ConversationRow
    q = select(C.id, C.shop, C.agent, C.day, C.score, C.fatal, C.pack).where(C.shop == shop)
    if date_from:
        q = q.where(C.day >= date_from)
    if date_to:
        q = q.where(C.day <= date_to)
    chats = session.execute(q).all()
    summaries = [sampling.ChatSummary(r.id, r.shop, r.agent, r.day, r.score, r.fatal) for r in chats]
    hits: list[sampling.ModelHit] = []
    if any(pol["kind"] == "near_threshold" for pol in policies):
        pack_of = {r.id: r.pack for r in chats}
        F = FindingRow
        fq = (select(F.conversation_id, F.category, F.score).join(C, C.id == F.conversation_id)
              .where(C.shop == shop, F.source == "model", F.score.is_not(None), F.void.is_(False)))
        for cid, cat, score in session.execute(fq):
            if cid in pack_of:
                th = thresholds(pack_of[cid], shop).get(cat)
                if th is not None:
                    hits.append(sampling.ModelHit(cid, cat, float(score), float(th)))
    picked = sampling.sample(summaries, hits, policies)
    queued = set(session.scalars(select(ReviewItemRow.conversation_id)
                                 .where(ReviewItemRow.conversation_id.in_(list(picked) or [""]))))
    by_reason: dict[str, int] = {}
    info = {r.id: r for r in chats}
    for cid, (kind, detail) in picked.items():
        if cid in queued:
            continue
        session.add(ReviewItemRow(conversation_id=cid, shop=shop, agent=info[cid].agent, reason=kind, detail=detail,
                                  status="open", created_at=utcnow()))
        log(session, cid, p, "sampled", policy=kind, detail=detail)
        by_reason[kind] = by_reason.get(kind, 0) + 1
    session.flush()
    return {"shop": shop, "considered": len(chats), "added": sum(by_reason.values()), "by_policy": by_reason,
            "already_queued": len(queued)}


def queue(session: Session, status: str | None, page: int, size: int, shop: str | None = None,
          shops: Iterable[str] | None = None) -> dict:
    Q, C = ReviewItemRow, ConversationRow
    q = within(select(Q, C.score, C.machine_score, C.fatal, C.n_findings, C.reviewed_at, C.started)
               .join(C, C.id == Q.conversation_id), Q.shop, shop, shops)
    if status:
        q = q.where(Q.status == status)
    total, rows = page_of(session, q, (Q.status.desc(), Q.id), page, size, scalars=False)
    items = [{"id": r.ReviewItemRow.id, "conversation": r.ReviewItemRow.conversation_id, "shop": r.ReviewItemRow.shop,
              "agent": r.ReviewItemRow.agent, "reason": r.ReviewItemRow.reason, "detail": r.ReviewItemRow.detail,
              "status": r.ReviewItemRow.status, "created_at": r.ReviewItemRow.created_at.isoformat(),
              "done_by": r.ReviewItemRow.done_by, "score": r.score,
              "machine_score": r.machine_score if r.machine_score is not None else r.score,
              "fatal": r.fatal, "findings": r.n_findings,
              "started": r.started.isoformat() if r.started else None} for r in rows]
    return {"total": total, "page": page, "size": size, "items": items}


def finish(session: Session, row: ConversationRow, p: Principal) -> None:
    item = session.scalars(select(ReviewItemRow).where(ReviewItemRow.conversation_id == row.id)).first()
    if item is None:  # reviewed without being sampled: it joins the queue as done
        item = ReviewItemRow(conversation_id=row.id, shop=row.shop, agent=row.agent, reason="manual",
                             detail="质检员主动复核", created_at=utcnow())
        session.add(item)
    item.status, item.done_by, item.done_at = "done", p.name, utcnow()
    _touch(row, p)
    log(session, row.id, p, "reviewed", score=row.score, machine_score=row.machine_score)


# -- calibration and export ---------------------------------------------------------------------------------------
def calibration_rows(session: Session, shops=None, shop: str | None = None, date_from: str | None = None,
                     date_to: str | None = None):
    C, F = ConversationRow, FindingRow
    q = within(select(F.rule, F.category, F.source, F.verdict).join(C, C.id == F.conversation_id)
               .where(F.source != "review"), C.shop, shop, shops)
    if date_from:
        q = q.where(C.day >= date_from)
    if date_to:
        q = q.where(C.day <= date_to)
    return session.execute(q).all()


def calibration_figures(session: Session, bar: float, **kw) -> dict:
    return calibration.tally(calibration_rows(session, **kw), bar)


def training_rows(session: Session, shops=None, shop: str | None = None) -> Iterable[dict]:
    """Judged findings as training examples: confirmed/upheld and reviewer-added ones are positives of
    their category, rejected/overturned ones are hard negatives (``label: null``)."""
    C, F = ConversationRow, FindingRow
    q = within(select(F, C.shop, C.messages).join(C, C.id == F.conversation_id)
               .where(or_(F.verdict.is_not(None), F.source == "review")).order_by(F.id), C.shop, shop, shops)
    for f, shop_, msgs in session.execute(q):
        m = msgs[f.turn] if 0 <= f.turn < len(msgs or []) and isinstance(msgs[f.turn], dict) else {}
        text = m.get("text")
        if not isinstance(text, str):
            continue
        positive = f.verdict in ("confirmed", "upheld") or f.source == "review"
        yield {"text": text, "role": m.get("role"), "category": f.category, "label": f.category if positive else None,
               "verdict": f.verdict or "confirmed", "rule": f.rule, "source": f.source, "start": f.start,
               "end": f.end, "match": f.match, "shop": shop_, "conversation": f.conversation_id, "turn": f.turn}
