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

from .deps import ApiError, qa

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
        return store.list_conversations(s, page, size, order, **flt(shop, agent, pack, category, severity,
                                                                     date_from, date_to, min_score, max_score))


@router.get("/api/v1/conversations/{cid}", tags=["浏览"])
def conversation(cid: str, request: Request, p: Principal = Depends(qa)):
    with request.app.state.sessions() as s:
        d = store.get_conversation(s, cid)
    if d is None:
        raise ApiError(404, f"没有会话“{cid}”")
    return d


@router.get("/api/v1/findings", tags=["浏览"])
def findings(request: Request, shop: str | None = None, agent: str | None = None, pack: str | None = None,
             category: str | None = None, severity: str | None = None, date_from: str | None = None,
             date_to: str | None = None, page: int = Query(1, ge=1), size: int = Query(50, ge=1, le=500),
             p: Principal = Depends(qa)):
    with request.app.state.sessions() as s:
        return store.list_findings(s, page, size, **flt(shop, agent, pack, category, severity, date_from, date_to))


@router.get("/api/v1/agents", tags=["浏览"])
def agents(request: Request, shop: str | None = None, date_from: str | None = None, date_to: str | None = None,
           p: Principal = Depends(qa)):
    with request.app.state.sessions() as s:
        return {"agents": store.aggregates(s, "agent", **flt(shop=shop, date_from=date_from, date_to=date_to))}


@router.get("/api/v1/shops", tags=["浏览"])
def shops(request: Request, date_from: str | None = None, date_to: str | None = None, p: Principal = Depends(qa)):
    with request.app.state.sessions() as s:
        return {"shops": store.aggregates(s, "shop", **flt(date_from=date_from, date_to=date_to))}


@router.get("/api/v1/export.xlsx", tags=["浏览"])
def export(request: Request, shop: str | None = None, agent: str | None = None, category: str | None = None,
           severity: str | None = None, date_from: str | None = None, date_to: str | None = None,
           p: Principal = Depends(qa)):
    """The filtered conversations and findings as an Excel workbook (会话 / 问题 / 客服 / 店铺)."""
    from openpyxl import Workbook  # only this endpoint needs it

    state = request.app.state
    f = flt(shop, agent, None, category, severity, date_from, date_to)
    wb = Workbook(write_only=True)
    with state.sessions() as s:
        ws = wb.create_sheet("会话")
        ws.append(["会话ID", "店铺", "客服", "开始时间", "得分", "致命项", "问题数"])
        for c in store.every_page(store.list_conversations, s, order="score", **f):
            ws.append([c["id"], c["shop"], c["agent"], c["started"], c["score"], "是" if c["fatal"] else "",
                       c["findings"]])
        ws = wb.create_sheet("问题")
        ws.append(["会话ID", "店铺", "客服", "发言序号", "类别", "级别", "规则", "原文", "说明", "建议"])
        for x in store.every_page(store.list_findings, s, **f):
            ws.append([x["conversation"], x["shop"], x["agent"], x["turn"] + 1, x["category"], x["severity"],
                       x["rule"], x.get("match"), x["message"], x["suggestion"]])
        for by, title in (("agent", "客服"), ("shop", "店铺")):
            ws = wb.create_sheet(title)
            ws.append([title, "会话数", "平均分", "致命会话", "30秒应答率", "平均响应(秒)", "漏回复率"])
            for g in store.aggregates(s, by, **{k: v for k, v in f.items() if k not in ("category", "severity")}):
                ws.append([g[by], g["chats"], g["avg_score"], g["fatal_chats"], g["first_response_30s_rate"],
                           g["avg_response_s"], g["unanswered_rate"]])
    tmp = tempfile.NamedTemporaryFile(suffix=".xlsx", delete=False, dir=state.settings.data_dir)
    wb.save(tmp.name)
    return FileResponse(tmp.name, filename="zhijian-export.xlsx", background=BackgroundTask(os.unlink, tmp.name),
                        media_type=XLSX)


@router.get("/api/v1/dashboard", tags=["浏览"])
def dash(request: Request, shop: str | None = None, agent: str | None = None, category: str | None = None,
         severity: str | None = None, date_from: str | None = None, date_to: str | None = None,
         p: Principal = Depends(qa)):
    with request.app.state.sessions() as s:
        return store.dashboard(s, **flt(shop, agent, None, category, severity, date_from, date_to))
