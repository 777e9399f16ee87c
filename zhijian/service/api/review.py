"""复核 (human review, issue 13): the review queue and its sampling, verdicts on findings, missed
findings, score overrides, re-audit; appeals (申诉) by agents and QA's decisions; shop review settings
and the alert delivery log.  Calibration is in :mod:`.calibration`.

Roles: an ``agent`` key bound to an agent id sees and appeals only its own chats; ``qa`` reviews and
decides appeals for the shops of its key; ``admin`` sets the shops' review settings and saves
exceptions.  Keys limited to some shops never see another shop's chats, appeals or figures: a chat of
another shop answers 404, as if it did not exist.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from zhijian.service import appeal_store, review_store, review_view
from zhijian.service.alerting import deliveries, send
from zhijian.service.db import AppealRow, ConversationRow, FindingRow
from zhijian.service.review_store import ReviewError
from zhijian.service.security import Principal

from .deps import ApiError, admin, agent, model_thresholds, qa, scorecard_for, scoped

router = APIRouter()

TEXT = 2000  # characters of a reason, note or appeal


class VerdictIn(BaseModel):
    verdict: str = Field(description="confirmed（确认）或 rejected（驳回）")
    reason: str = Field("", max_length=TEXT)


class AddedIn(BaseModel):
    category: str = Field(max_length=64)
    turn: int = Field(ge=0)
    start: int | None = Field(None, ge=0)
    end: int | None = Field(None, ge=0)
    severity: str | None = Field(None, max_length=16)
    note: str = Field("", max_length=TEXT)


class ScoreIn(BaseModel):
    score: float | None = Field(None, description="0–100；null 取消人工改分")
    note: str = Field("", max_length=TEXT)


class SampleIn(BaseModel):
    shop: str = Field(min_length=1, max_length=200)
    date_from: str | None = Field(None, max_length=10)
    date_to: str | None = Field(None, max_length=10)


class AppealIn(BaseModel):
    finding: int = Field(ge=1)
    text: str = Field(min_length=1, max_length=TEXT)


class DecisionIn(BaseModel):
    decision: str = Field(description="upheld（维持原判）或 overturned（撤销问题）")
    reason: str = Field("", max_length=TEXT)


class SettingsIn(BaseModel):
    data: dict


def _fail(e: ReviewError):
    raise ApiError(e.status, e.message) from None


def _chat(s, cid: str, p: Principal) -> ConversationRow:
    row = s.get(ConversationRow, cid)
    if row is None or not p.sees_chat(row.shop, row.agent):
        raise ApiError(404, f"没有会话“{cid[:100]}”")
    return row


def _finding(s, fid: int, p: Principal) -> FindingRow:
    f = s.get(FindingRow, fid)
    if f is None or not p.sees_chat(f.conversation.shop, f.conversation.agent):
        raise ApiError(404, f"没有问题 #{fid}")
    return f


def _appeal_days(s, shop: str | None) -> int:
    return int(review_store.shop_settings(s, shop)["appeal_days"])


# -- queue and review ------------------------------------------------------------------------------------
@router.get("/api/v1/review/queue", tags=["复核"])
def review_queue(request: Request, shop: str | None = None, status: str | None = Query(None, pattern="^(open|done)$"),
                 page: int = Query(1, ge=1), size: int = Query(50, ge=1, le=500), p: Principal = Depends(qa)):
    f = scoped(p, shop)
    with request.app.state.sessions() as s:
        return review_store.queue(s, status, page, size, shop=f.get("shop"), shops=f.get("shops"))


@router.post("/api/v1/review/sample", tags=["复核"])
def review_sample(body: SampleIn, request: Request, p: Principal = Depends(qa)):
    """Run the shop's sampling policies over its stored chats (optionally one date range)."""
    scoped(p, body.shop)
    app = request.app
    with app.state.sessions.begin() as s:
        policies = review_store.shop_settings(s, body.shop)["sampling"]
        return review_store.sample(s, body.shop, policies, model_thresholds(app), body.date_from, body.date_to, p)


@router.get("/api/v1/review/conversations/{cid}", tags=["复核"])
def review_conversation(cid: str, request: Request, p: Principal = Depends(agent)):
    """A chat with every finding (void ones marked), its verdicts, appeals and history.  Agents see
    their own chats only."""
    if p.role == "agent":
        scoped(p)  # an agent key without an agent id sees nothing
    with request.app.state.sessions() as s:
        row = _chat(s, cid, p)
        return review_view.review_view(s, row, _appeal_days(s, row.shop))


@router.post("/api/v1/review/findings/{fid}/verdict", tags=["复核"])
def verdict(fid: int, body: VerdictIn, request: Request, p: Principal = Depends(qa)):
    app = request.app
    with app.state.sessions.begin() as s:
        f = _finding(s, fid, p)
        row = f.conversation
        try:
            review_store.set_verdict(s, f, body.verdict, body.reason, p, scorecard_for(app)(row.pack, row.shop))
        except ReviewError as e:
            _fail(e)
        return {"finding": fid, "verdict": f.verdict, "score": row.score, "fatal": row.fatal,
                "machine_score": row.machine_score}


@router.post("/api/v1/review/conversations/{cid}/findings", tags=["复核"], status_code=201)
def add_missed(cid: str, body: AddedIn, request: Request, p: Principal = Depends(qa)):
    """A finding the machine missed (category, turn, optional span in that turn)."""
    app = request.app
    with app.state.sessions.begin() as s:
        row = _chat(s, cid, p)
        try:
            f = review_store.add_finding(s, row, body.category, body.turn, body.start, body.end, body.note,
                                         body.severity, p, scorecard_for(app)(row.pack, row.shop))
        except ReviewError as e:
            _fail(e)
        return {"finding": review_view.review_finding_dict(f), "score": row.score, "fatal": row.fatal}


@router.post("/api/v1/review/conversations/{cid}/score", tags=["复核"])
def set_score(cid: str, body: ScoreIn, request: Request, p: Principal = Depends(qa)):
    app = request.app
    with app.state.sessions.begin() as s:
        row = _chat(s, cid, p)
        try:
            review_store.override_score(s, row, body.score, body.note, p, scorecard_for(app)(row.pack, row.shop))
        except ReviewError as e:
            _fail(e)
        return {"conversation": cid, "score": row.score, "machine_score": row.machine_score, "fatal": row.fatal}


@router.post("/api/v1/review/conversations/{cid}/done", tags=["复核"])
def done(cid: str, request: Request, p: Principal = Depends(qa)):
    with request.app.state.sessions.begin() as s:
        row = _chat(s, cid, p)
        review_store.finish(s, row, p)
        return {"conversation": cid, "status": "done", "score": row.score}


@router.post("/api/v1/review/conversations/{cid}/reaudit", tags=["复核"])
def reaudit(cid: str, request: Request, p: Principal = Depends(qa)):
    """Audit the stored chat again with the pack and the shop's overrides in force now (the review is
    kept: verdicts carry over to the same findings)."""
    from zhijian.audit.conversation import LogError, parse_conversation
    from zhijian.service import store

    from .audit import audit_by_pack

    app = request.app
    with app.state.sessions() as s:
        row = _chat(s, cid, p)
        raw = {"id": row.id, "shop": row.shop, "agent": row.agent, "pack": row.pack or None,
               "customer_name": row.customer_name, "messages": row.messages or []}
        before = sorted(f.rule for f in row.findings if f.source != "review")  # rejected ones too
    try:
        conv = parse_conversation(raw, f"会话 {cid}")
    except LogError as e:
        raise ApiError(422, f"存储的会话无法重新审计：{e}") from None
    results = audit_by_pack(app, [conv], raw["pack"], raw["shop"])
    with app.state.sessions.begin() as s:
        store.save_results(s, results, False, scorecard_for(app))
        row = s.get(ConversationRow, cid)
        after = sorted(f.rule for f in row.findings if f.source != "review")
        gone = sorted(set(before) - set(after))
        review_store.log(s, cid, p, "reaudit", before=len(before), after=len(after), gone=gone)
        return {"conversation": cid, "score": row.score, "machine_score": row.machine_score,
                "findings_before": len(before), "findings_after": len(after), "rules_gone": gone}


# -- agents: own chats and appeals ---------------------------------------------------------------------------
@router.get("/api/v1/my/conversations", tags=["申诉"])
def my_conversations(request: Request, page: int = Query(1, ge=1), size: int = Query(50, ge=1, le=500),
                     p: Principal = Depends(agent)):
    """The caller's own scored chats (an agent key: its agent's; a QA key: its shops')."""
    from zhijian.service import store

    with request.app.state.sessions() as s:
        return store.list_conversations(s, page, size, "-started", **scoped(p))


@router.post("/api/v1/appeals", tags=["申诉"], status_code=201)
def new_appeal(body: AppealIn, request: Request, p: Principal = Depends(agent)):
    if p.role != "agent" or not p.agent_id:
        raise ApiError(403, "只有绑定了客服（agent_id）的 agent key 可以申诉自己的问题")
    with request.app.state.sessions.begin() as s:
        f = _finding(s, body.finding, p)
        try:
            a = appeal_store.create_appeal(s, f, body.text, p, _appeal_days(s, f.conversation.shop))
        except ReviewError as e:
            _fail(e)
        return appeal_store.appeal_dict(a)


@router.get("/api/v1/appeals", tags=["申诉"])
def appeals(request: Request, shop: str | None = None,
            status: str | None = Query(None, pattern="^(open|upheld|overturned)$"),
            page: int = Query(1, ge=1), size: int = Query(50, ge=1, le=500), p: Principal = Depends(agent)):
    f = scoped(p, shop)
    with request.app.state.sessions() as s:
        return appeal_store.list_appeals(s, status, page, size, shops=f.get("shops"), agent=f.get("agent"),
                                         shop=f.get("shop"))


@router.post("/api/v1/appeals/{aid}/decision", tags=["申诉"])
def decide(aid: int, body: DecisionIn, request: Request, p: Principal = Depends(qa)):
    app = request.app
    with app.state.sessions.begin() as s:
        a = s.get(AppealRow, aid)
        if a is None or not p.sees_shop(a.shop):
            raise ApiError(404, f"没有申诉 #{aid}")
        row = s.get(ConversationRow, a.conversation_id)
        try:
            appeal_store.decide_appeal(s, a, body.decision, body.reason, p, scorecard_for(app)(row.pack, row.shop))
        except ReviewError as e:
            _fail(e)
        return {**appeal_store.appeal_dict(a), "score": row.score, "fatal": row.fatal}


# -- shop review settings and alerts ---------------------------------------------------------------------------
@router.get("/api/v1/review/settings/{shop}", tags=["复核"])
def get_settings(shop: str, request: Request, p: Principal = Depends(qa)):
    from zhijian.review.settings import public

    scoped(p, shop)
    with request.app.state.sessions() as s:
        d = review_store.shop_settings(s, shop)
    return {"shop": shop, "data": d if p.role == "admin" else public(d)}


@router.put("/api/v1/review/settings/{shop}", tags=["复核"])
def put_settings(shop: str, body: SettingsIn, request: Request, p: Principal = Depends(admin)):
    scoped(p, shop)
    with request.app.state.sessions.begin() as s:
        try:
            return {"shop": shop, "data": review_store.save_shop_settings(s, shop, body.data, p)}
        except ReviewError as e:
            _fail(e)


@router.get("/api/v1/alerts", tags=["复核"])
def alert_log(request: Request, shop: str | None = None, page: int = Query(1, ge=1),
              size: int = Query(50, ge=1, le=500), p: Principal = Depends(qa)):
    f = scoped(p, shop)
    with request.app.state.sessions() as s:
        return deliveries(s, shops=f.get("shops"), shop=f.get("shop"), page=page, size=size)


@router.post("/api/v1/alerts/test/{shop}", tags=["复核"])
def alert_test(shop: str, request: Request, p: Principal = Depends(admin)):
    """Send a test alert to the shop's webhooks now (and log it)."""
    from zhijian.review.alerts import Alert, Webhook
    from zhijian.service.db import utcnow

    scoped(p, shop)
    app = request.app
    with app.state.sessions() as s:
        hooks = [Webhook.from_dict(h) for h in review_store.shop_settings(s, shop)["alerts"]["webhooks"]]
    if not hooks:
        raise ApiError(422, f"店铺“{shop[:50]}”没有设置告警 webhook（alerts.webhooks）")
    alert = Alert(shop=shop, conversation_id="（测试）", agent="（测试）", score=0.0, fatal=True,
                  reasons=["这是一条测试告警，用来确认机器人能收到消息"], link=None, at=utcnow())
    out = send(app, alert, hooks)
    return {"deliveries": [{"ok": d.ok, "attempts": d.attempts, "status": d.status, "error": d.error} for d in out]}
