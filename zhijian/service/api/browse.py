"""浏览 (role qa): the stored audit results — conversations, findings, per-agent and per-shop
aggregates, the dashboard, and the same as an Excel workbook.  Every list takes the same filters
(shop, agent, pack, category, severity, date_from/date_to as YYYY-MM-DD)."""

from __future__ import annotations

import datetime as dt
import os
import tempfile

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from zhijian.service import store
from zhijian.service.security import Principal

from .deps import ApiError, qa, scoped

router = APIRouter()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def flt(shop=None, agent=None, pack=None, category=None, severity=None, date_from=None, date_to=None,
        min_score=None, max_score=None):
    """The given filters as keyword arguments for :mod:`zhijian.service.store` (dates checked)."""
    out = {k: v for k, v in locals().items() if v not in (None, "")}
    for k in ("date_from", "date_to"):
        if k in out:
            try:
                dt.date.fromisoformat(out[k])
            except ValueError:
                raise ApiError(422, f"{k} 必须是 YYYY-MM-DD 格式的日期，而不是“{out[k]}”") from None
    return out


@router.get("/api/v1/conversations", tags=["浏览"])
def conversations(request: Request, shop: str | None = None, agent: str | None = None, pack: str | None = None,
                  category: str | None = None, severity: str | None = None, date_from: str | None = None,
                  date_to: str | None = None, min_score: float | None = None, max_score: float | None = None,
                  order: str = Query("score", pattern="^-?(score|started)$"),
                  page: int = Query(1, ge=1), size: int = Query(50, ge=1, le=500), p: Principal = Depends(qa)):
    with request.app.state.sessions() as s:
        return store.list_conversations(s, page, size, order, **flt(None, agent, pack, category, severity,
                                                                     date_from, date_to, min_score, max_score),
                                        **scoped(p, shop))


@router.get("/api/v1/conversations/{cid}", tags=["浏览"])
def conversation(cid: str, request: Request, p: Principal = Depends(qa)):
    with request.app.state.sessions() as s:
        d = store.get_conversation(s, cid)
    if d is not None and not p.sees_chat(d["shop"], d["agent"]):
        d = None  # another tenant's chat: as if it did not exist
    if d is None:
        raise ApiError(404, f"没有会话“{cid}”")
    return d


@router.get("/api/v1/findings", tags=["浏览"])
def findings(request: Request, shop: str | None = None, agent: str | None = None, pack: str | None = None,
             category: str | None = None, severity: str | None = None, date_from: str | None = None,
             date_to: str | None = None, page: int = Query(1, ge=1), size: int = Query(50, ge=1, le=500),
             p: Principal = Depends(qa)):
    with request.app.state.sessions() as s:
        return store.list_findings(s, page, size, **flt(None, agent, pack, category, severity, date_from, date_to),
                                   **scoped(p, shop))


@router.get("/api/v1/agents", tags=["浏览"])
def agents(request: Request, shop: str | None = None, date_from: str | None = None, date_to: str | None = None,
           p: Principal = Depends(qa)):
    with request.app.state.sessions() as s:
        return {"agents": store.aggregates(s, "agent", **flt(date_from=date_from, date_to=date_to), **scoped(p, shop))}


@router.get("/api/v1/shops", tags=["浏览"])
def shops(request: Request, date_from: str | None = None, date_to: str | None = None, p: Principal = Depends(qa)):
    with request.app.state.sessions() as s:
        return {"shops": store.aggregates(s, "shop", **flt(date_from=date_from, date_to=date_to), **scoped(p))}


def _stored_chats(session, f: dict):
    """The filtered stored conversations as export rows, score order, 500 at a time (findings
    restricted to the category/severity filter when one is given, as the 问题 list is)."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from zhijian.batch.excel_report import ExportChat, ExportFinding
    from zhijian.service.db import ConversationRow

    cat, sev = f.get("category"), f.get("severity")
    page = store.list_conversations(session, 1, 500, "score", **f)
    n = 1
    while page["items"]:
        ids = [c["id"] for c in page["items"]]
        rows = {r.id: r for r in session.scalars(select(ConversationRow).where(ConversationRow.id.in_(ids))
                                                 .options(selectinload(ConversationRow.findings)))}
        for cid in ids:
            r = rows.get(cid)
            if r is None:  # deleted meanwhile
                continue
            msgs = r.messages or []
            out = []
            for x in r.findings:
                if x.void or (cat and x.category != cat) or (sev and x.severity != sev):
                    continue
                m = msgs[x.turn] if 0 <= x.turn < len(msgs) and isinstance(msgs[x.turn], dict) else {}
                out.append(ExportFinding(x.turn, x.category, x.severity, x.rule, x.match, x.message, x.suggestion,
                                         m.get("role"), m.get("text")))
            yield ExportChat(r.id, r.shop, r.agent, r.started, r.score, r.fatal, r.first_response, r.unanswered,
                             r.pack, out)
        session.expunge_all()  # memory stays flat however many chats are exported
        if n * 500 >= page["total"]:
            return
        n += 1
        page = store.list_conversations(session, n, 500, "score", **f)


@router.get("/api/v1/export.xlsx", tags=["浏览"])
def export(request: Request, shop: str | None = None, agent: str | None = None, category: str | None = None,
           severity: str | None = None, date_from: str | None = None, date_to: str | None = None,
           p: Principal = Depends(qa)):
    """The filtered conversations and findings as an Excel workbook (会话 / 问题 / 客服 / 店铺), written
    by the same writer as ``zhijian audit --excel``: Chinese names, China Standard Time, text cells only."""
    from zhijian.batch.excel_report import write_workbook  # only this endpoint needs openpyxl

    state = request.app.state
    f = {**flt(None, agent, None, category, severity, date_from, date_to), **scoped(p, shop)}
    g = {k: v for k, v in f.items() if k not in ("category", "severity")}
    tmp = tempfile.NamedTemporaryFile(suffix=".xlsx", delete=False, dir=state.settings.data_dir)
    tmp.close()
    try:
        with state.sessions() as s:
            def groups():
                return ({d["agent"]: d for d in store.aggregates(s, "agent", **g)},
                        {d["shop"]: d for d in store.aggregates(s, "shop", **g)})

            write_workbook(tmp.name, _stored_chats(s, f), groups)
    except BaseException:
        os.unlink(tmp.name)
        raise
    return FileResponse(tmp.name, filename="zhijian-export.xlsx", background=BackgroundTask(os.unlink, tmp.name),
                        media_type=XLSX)


@router.get("/api/v1/dashboard", tags=["浏览"])
def dash(request: Request, shop: str | None = None, agent: str | None = None, category: str | None = None,
         severity: str | None = None, date_from: str | None = None, date_to: str | None = None,
         p: Principal = Depends(qa)):
    with request.app.state.sessions() as s:
        return store.dashboard(s, **flt(None, agent, None, category, severity, date_from, date_to), **scoped(p, shop))
