"""The REST API (v1), a thin layer over the library: check, audit, browse, scripts, overrides, keys.

``create_app(Settings(...))`` builds the FastAPI application; ``zhijian serve`` runs it with
uvicorn.  Every endpoint family needs an API key (``Authorization: Bearer zj_…`` or
``X-API-Key``) of a sufficient role; errors are JSON ``{"error": "<中文说明>"}`` with the right
status (401, 403, 404, 413, 422, 429), never a stack trace.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from zhijian.audit.auditor import Auditor
from zhijian.audit.conversation import LogError, parse_conversation
from zhijian.engine.inspector import Inspector
from zhijian.batch.logs import read_logs
from zhijian.engine.packs import available_packs, load_pack_file, validate_overrides
from zhijian.phrasing.rewrite import rewrite as do_rewrite
from zhijian.engine.rules import PackError
from zhijian.phrasing.scenario import classify
from zhijian.phrasing.library import SCENARIOS, load_library
from . import store
from zhijian.service.db import ApiKeyRow, JobRow, make_engine, migrate, sessions, utcnow
from zhijian.service.security import ROLES, KeyCache, Principal, RateLimiter, create_key, find_key, revoke_key

log = logging.getLogger("zhijian.service")


@dataclass
class Settings:
    db_url: str
    data_dir: str = "data"
    default_pack: str = "jd"
    mask_pii: bool = False
    max_body: int = 2 * 1024 * 1024  # JSON requests
    max_upload: int = 512 * 1024 * 1024  # log uploads
    max_batch: int = 1000  # messages per batch check
    max_inline_chats: int = 500  # conversations per inline audit
    max_text: int = 20000  # characters per message
    rate: float = 200.0  # requests per second per key (token bucket)
    burst: int = 400
    job_workers: int = 1
    key_cache_ttl: float = 2.0  # seconds a valid key is remembered (revokes via the API apply at once)


class ApiError(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        self.status, self.message, self.headers = status, message, headers or {}


# -- request bodies ---------------------------------------------------------------------------
class CheckIn(BaseModel):
    text: str
    pack: str | None = None
    shop: str | None = None


class BatchItem(BaseModel):
    id: Any = None
    text: str


class BatchIn(BaseModel):
    messages: list[BatchItem]
    pack: str | None = None
    shop: str | None = None


class AuditIn(BaseModel):
    conversations: list[dict]
    pack: str | None = None
    shop: str | None = None


class OverrideIn(BaseModel):
    data: dict
    note: str | None = None


class TryIn(BaseModel):
    data: dict
    text: str
    pack: str | None = None


class KeyIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    role: str


class TextIn(BaseModel):
    text: str
    pack: str | None = None
    shop: str | None = None
    at: str | None = None


class BodyLimit:
    """Pure ASGI middleware: refuses bodies over the limit, with or without Content-Length
    (a chunked body is counted as it arrives)."""

    def __init__(self, app, settings: Settings):
        self.app = app
        self.settings = settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.settings.max_upload if scope["path"].endswith("/audit/upload") else self.settings.max_body
        for k, v in scope.get("headers", ()):
            if k == b"content-length" and v.isdigit() and int(v) > limit:
                return await self._refuse(send, f"请求体 {int(v):,} 字节，超过上限 {limit:,} 字节")
        received = 0
        too_large = False
        refused = False

        async def counted_receive():
            # past the limit the app gets an empty, final chunk; whatever it answers is replaced
            nonlocal received, too_large
            if too_large:
                return {"type": "http.request", "body": b"", "more_body": False}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    too_large = True
                    return {"type": "http.request", "body": b"", "more_body": False}
            return message

        async def guarded_send(message):
            nonlocal refused
            if too_large:
                if not refused:
                    refused = True
                    await self._refuse(send, f"请求体超过上限 {limit:,} 字节")
                return
            await send(message)

        await self.app(scope, counted_receive, guarded_send)

    @staticmethod
    async def _refuse(send, message: str):
        body = JSONResponse({"error": message}, status_code=413).body
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class Engines:
    """Inspectors, auditors and script libraries per (pack, shop), rebuilt when the shop's
    override version changes, so saved overrides take effect at once."""

    def __init__(self, app_state):
        self.state = app_state
        self._cache: dict[tuple, Any] = {}
        self._lock = threading.Lock()

    def _override(self, shop: str | None) -> tuple[int, dict | None]:
        if not shop:
            return 0, None
        with self.state.sessions() as s:
            row = store.latest_override(s, shop)
            return (row.version, dict(row.data, _path=f"店铺“{shop}”的覆盖设置")) if row else (0, None)

    def get(self, kind: str, pack: str | None, shop: str | None):
        pack = pack or self.state.settings.default_pack
        version, data = self._override(shop)
        key = (kind, pack, shop if data else None, version)
        with self._lock:
            obj = self._cache.get(key)
        if obj is not None:
            return obj
        try:
            if kind == "inspector":
                obj = Inspector(pack, overrides=data)
            elif kind == "auditor":
                obj = Auditor(pack, inspector=self.get("inspector", pack, shop))
            else:
                obj = load_library(pack, data)
        except PackError as e:
            raise ApiError(422, f"规则包或覆盖设置无效：{e}") from None
        with self._lock:
            self._cache[key] = obj
        return obj


def create_app(settings: Settings) -> FastAPI:
    engine = make_engine(settings.db_url)
    migrate(engine)
    app = FastAPI(title="质检 zhijian API", version=__version__,
                  description="电商客服消息质检与会话审计服务。所有 /api/v1 接口需要 API key（Authorization: Bearer …）。")
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = sessions(engine)
    app.state.limiter = RateLimiter(settings.rate, settings.burst)
    app.state.key_cache = KeyCache(settings.key_cache_ttl)
    app.state.engines = Engines(app.state)
    app.state.jobs = ThreadPoolExecutor(max_workers=settings.job_workers, thread_name_prefix="zhijian-job")
    os.makedirs(os.path.join(settings.data_dir, "uploads"), exist_ok=True)
    with app.state.sessions.begin() as s:
        n = store.interrupted_jobs(s)
        if n:
            log.warning("marked %d interrupted job(s) as failed", n)
    uploads = os.path.join(settings.data_dir, "uploads")
    for leftover in os.listdir(uploads):  # no job runs yet: anything here was left by a dead server
        try:
            os.unlink(os.path.join(uploads, leftover))
        except OSError:
            pass
    app.add_middleware(BodyLimit, settings=settings)

    # -- errors: clear Chinese bodies, no stack traces ----------------------------------------
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return JSONResponse({"error": exc.message}, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        text = {404: "没有这个地址", 405: "不支持这个请求方法"}.get(exc.status_code, str(exc.detail))
        return JSONResponse({"error": text}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        parts = []
        for e in exc.errors()[:5]:
            loc = ".".join(str(x) for x in e.get("loc", ()) if x != "body")
            parts.append(f"{loc or '请求体'}：{e.get('msg')}")
        return JSONResponse({"error": "请求格式不对：" + "；".join(parts)}, status_code=422)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        log.exception("internal error on %s", request.url.path)
        return JSONResponse({"error": "服务内部错误，已记录日志"}, status_code=500)

    # -- auth ---------------------------------------------------------------------------------
    # async dependencies and check endpoints run on the event loop: the pre-send check is a few
    # tens of microseconds of work, less than a hop to the thread pool would cost
    async def principal(request: Request) -> Principal:
        key = request.headers.get("x-api-key")
        auth = request.headers.get("authorization", "")
        if not key and auth.lower().startswith("bearer "):
            key = auth[7:].strip()
        if not key:
            raise ApiError(401, "缺少 API key：请在请求头 Authorization: Bearer <key> 或 X-API-Key 中提供",
                           {"WWW-Authenticate": "Bearer"})
        p = app.state.key_cache.get(key)
        if p is None:
            with app.state.sessions() as s:
                p = find_key(s, key)
            if p is None:
                raise ApiError(401, "API key 无效或已吊销", {"WWW-Authenticate": "Bearer"})
            app.state.key_cache.put(key, p)
        ok, wait = app.state.limiter.allow(p.key_id)
        if not ok:
            raise ApiError(429, f"请求过于频繁（每个 key 每秒最多 {settings.rate:g} 次），请 {wait:.2f} 秒后重试",
                           {"Retry-After": str(max(1, int(wait + 0.999)))})
        return p

    def need(role: str):
        async def dep(p: Principal = Depends(principal)) -> Principal:
            if not p.allows(role):
                raise ApiError(403, f"权限不足：此操作需要 {role} 角色，当前 key“{p.name}”是 {p.role}")
            return p
        return dep

    agent, qa, admin = need("agent"), need("qa"), need("admin")

    def check_text(text: str) -> None:
        if len(text) > settings.max_text:
            raise ApiError(413, f"消息 {len(text):,} 字，超过单条上限 {settings.max_text:,} 字")

    # -- open endpoints -------------------------------------------------------------------------
    @app.get("/api/v1/health", tags=["系统"])
    def health():
        with app.state.sessions() as s:
            s.execute(select(ApiKeyRow.id).limit(1))
        return {"status": "ok"}

    @app.get("/api/v1/whoami", tags=["系统"])
    def whoami(p: Principal = Depends(agent)):
        return {"name": p.name, "role": p.role}

    @app.get("/api/v1/version", tags=["系统"])
    def version():
        return {"version": __version__, "packs": available_packs()}

    # -- agent: check, suggest, rewrite, scripts -----------------------------------------------
    @app.post("/api/v1/check", tags=["消息检查"])
    async def check(body: CheckIn, p: Principal = Depends(agent)):
        check_text(body.text)
        insp = app.state.engines.get("inspector", body.pack, body.shop)
        if len(body.text) > 2000:  # long texts go to the thread pool instead of holding the event loop
            findings = await run_in_threadpool(insp.check, body.text)
        else:
            findings = insp.check(body.text)
        return {"text": body.text, "pack": ",".join(insp.packs), "version": insp.version,
                "findings": [f.to_dict() for f in findings]}

    @app.post("/api/v1/check/batch", tags=["消息检查"])
    async def check_batch(body: BatchIn, p: Principal = Depends(agent)):
        if len(body.messages) > settings.max_batch:
            raise ApiError(422, f"一次最多检查 {settings.max_batch} 条消息，收到 {len(body.messages)} 条")
        for m in body.messages:
            check_text(m.text)
        insp = app.state.engines.get("inspector", body.pack, body.shop)
        res = await run_in_threadpool(insp.check_many, [m.text for m in body.messages])
        return {"pack": ",".join(insp.packs), "version": insp.version,
                "results": [{"id": m.id if m.id is not None else i + 1, "findings": [f.to_dict() for f in fs]}
                            for i, (m, fs) in enumerate(zip(body.messages, res))]}

    @app.post("/api/v1/rewrite", tags=["消息检查"])
    def rewrite(body: TextIn, p: Principal = Depends(agent)):
        check_text(body.text)
        insp = app.state.engines.get("inspector", body.pack, body.shop)
        lib = app.state.engines.get("library", body.pack, body.shop)
        rw = do_rewrite(insp, lib, body.text)
        return {"text": body.text, "rewrite": rw.text, "changed": rw.changed, "steps": rw.steps,
                "findings": [f.to_dict() for f in rw.before], "remaining": [f.to_dict() for f in rw.after]}

    def _at(value: str | None):
        if not value:
            return None
        from zhijian.audit.conversation import parse_ts
        try:
            return parse_ts(value, "at")
        except LogError as e:
            raise ApiError(422, str(e)) from None

    @app.post("/api/v1/suggest", tags=["话术"])
    def suggest(body: TextIn, p: Principal = Depends(agent)):
        check_text(body.text)
        insp = app.state.engines.get("inspector", body.pack, body.shop)
        lib = app.state.engines.get("library", body.pack, body.shop)
        pred = classify(body.text)
        replies = [r for r in lib.replies(pred.scenario, at=_at(body.at)) if not insp.check(r)]
        return {"scenario": pred.scenario, "title": lib.scenarios[pred.scenario].title,
                "confidence": round(pred.confidence, 3), "replies": replies}

    @app.get("/api/v1/scripts", tags=["话术"])
    def scripts(pack: str | None = None, shop: str | None = None, at: str | None = None, p: Principal = Depends(agent)):
        lib = app.state.engines.get("library", pack, shop)
        when = _at(at)
        return {"pack": pack or settings.default_pack, "scenarios": [
            {"id": s, "title": lib.scenarios[s].title, "source": lib.scenarios[s].source,
             "replies": lib.replies(s, at=when)} for s in SCENARIOS]}

    # -- packs (read-only) ------------------------------------------------------------------------
    @app.get("/api/v1/packs", tags=["规则"])
    def packs(p: Principal = Depends(agent)):
        out = []
        for name in available_packs():
            pf = load_pack_file(name)
            out.append({"name": name, "title": pf.title, "description": pf.description, "extends": list(pf.extends),
                        "abstract": pf.abstract, "rules": len(pf.rules)})
        return {"packs": out}

    @app.get("/api/v1/packs/{name}/rules", tags=["规则"])
    def pack_rules(name: str, p: Principal = Depends(agent)):
        if name not in available_packs():
            raise ApiError(404, f"没有规则包“{name}”")
        insp = app.state.engines.get("inspector", name, None)
        return {"pack": name, "version": insp.version, "rules": [
            {"id": r.id, "category": r.category, "severity": r.severity, "message": r.message,
             "suggestion": r.suggestion, "source": r.source, "origin": r.origin,
             "examples": {"match": [e.text for e in r.match_examples], "no_match": [e.text for e in r.no_match_examples]}}
            for r in insp.rules]}

    # -- qa: audits and browsing ---------------------------------------------------------------
    @app.post("/api/v1/audit", tags=["会话审计"])
    def audit_inline(body: AuditIn, p: Principal = Depends(qa)):
        if len(body.conversations) > settings.max_inline_chats:
            raise ApiError(422, f"一次最多内联审计 {settings.max_inline_chats} 个会话（收到 {len(body.conversations)} 个），"
                                f"更多请用 /api/v1/audit/upload")
        convs, errors = [], []
        for i, raw in enumerate(body.conversations):
            try:
                convs.append(parse_conversation(raw, f"conversations[{i}]"))
            except LogError as e:
                errors.append(str(e))
        if errors and not convs:
            raise ApiError(422, "；".join(errors[:5]))
        results = _audit_by_pack(app, convs, body.pack, body.shop)
        with app.state.sessions.begin() as s:
            store.save_results(s, results, settings.mask_pii)
        return {"results": [r.to_dict() for r in results], "skipped": errors}

    @app.post("/api/v1/audit/upload", tags=["会话审计"], status_code=202)
    def audit_upload(file: UploadFile = File(...), pack: str | None = Form(None), shop: str | None = Form(None),
                     p: Principal = Depends(qa)):
        if pack:
            unknown = [x for x in pack.split(",") if x.strip() and x.strip() not in available_packs()]
            if unknown:
                raise ApiError(422, f"未知规则包：{', '.join(unknown)}（可用：{', '.join(available_packs())}）")
        job_id = uuid.uuid4().hex
        name = os.path.basename(file.filename or "upload.jsonl")
        ext = os.path.splitext(name)[1].lower() or ".jsonl"
        if ext not in (".jsonl", ".json", ".ndjson", ".txt", ".csv", ".tsv", ".xlsx"):
            raise ApiError(422, f"不支持的文件类型“{ext}”：请上传 JSONL、CSV 或 Excel（.xlsx）")
        path = os.path.join(settings.data_dir, "uploads", job_id + ext)
        size = 0
        with open(path, "wb") as out:
            while True:
                chunk = file.file.read(1 << 20)
                if not chunk:
                    break
                size += len(chunk)
                if size > settings.max_upload:
                    out.close()
                    os.unlink(path)
                    raise ApiError(413, f"上传文件超过上限 {settings.max_upload:,} 字节")
                out.write(chunk)
        with app.state.sessions.begin() as s:
            s.add(JobRow(id=job_id, status="queued", filename=name, pack=pack, author=p.name, errors=[]))
        app.state.jobs.submit(_run_job, app, job_id, path, pack, shop, name)
        return {"job": job_id, "status": "queued", "url": f"/api/v1/jobs/{job_id}"}

    @app.get("/api/v1/jobs/{job_id}", tags=["会话审计"])
    def job(job_id: str, p: Principal = Depends(qa)):
        with app.state.sessions() as s:
            row = s.get(JobRow, job_id)
            if row is None:
                raise ApiError(404, f"没有任务“{job_id}”")
            return store.job_dict(row)

    def flt(shop=None, agent=None, pack=None, category=None, severity=None, date_from=None, date_to=None,
            min_score=None, max_score=None):
        out = {k: v for k, v in locals().items() if v not in (None, "")}
        for k in ("date_from", "date_to"):
            if k in out:
                try:
                    dt.date.fromisoformat(out[k])
                except ValueError:
                    raise ApiError(422, f"{k} 必须是 YYYY-MM-DD 格式的日期，而不是“{out[k]}”") from None
        return out

    @app.get("/api/v1/conversations", tags=["浏览"])
    def conversations(shop: str | None = None, agent: str | None = None, pack: str | None = None,
                      category: str | None = None, severity: str | None = None, date_from: str | None = None,
                      date_to: str | None = None, min_score: float | None = None, max_score: float | None = None,
                      order: str = Query("score", pattern="^-?(score|started)$"),
                      page: int = Query(1, ge=1), size: int = Query(50, ge=1, le=500), p: Principal = Depends(qa)):
        with app.state.sessions() as s:
            return store.list_conversations(s, page, size, order, **flt(shop, agent, pack, category, severity,
                                                                         date_from, date_to, min_score, max_score))

    @app.get("/api/v1/conversations/{cid}", tags=["浏览"])
    def conversation(cid: str, p: Principal = Depends(qa)):
        with app.state.sessions() as s:
            d = store.get_conversation(s, cid)
        if d is None:
            raise ApiError(404, f"没有会话“{cid}”")
        return d

    @app.get("/api/v1/findings", tags=["浏览"])
    def findings(shop: str | None = None, agent: str | None = None, pack: str | None = None,
                 category: str | None = None, severity: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, page: int = Query(1, ge=1), size: int = Query(50, ge=1, le=500),
                 p: Principal = Depends(qa)):
        with app.state.sessions() as s:
            return store.list_findings(s, page, size, **flt(shop, agent, pack, category, severity, date_from, date_to))

    @app.get("/api/v1/agents", tags=["浏览"])
    def agents(shop: str | None = None, date_from: str | None = None, date_to: str | None = None, p: Principal = Depends(qa)):
        with app.state.sessions() as s:
            return {"agents": store.aggregates(s, "agent", **flt(shop=shop, date_from=date_from, date_to=date_to))}

    @app.get("/api/v1/shops", tags=["浏览"])
    def shops(date_from: str | None = None, date_to: str | None = None, p: Principal = Depends(qa)):
        with app.state.sessions() as s:
            return {"shops": store.aggregates(s, "shop", **flt(date_from=date_from, date_to=date_to))}

    @app.get("/api/v1/export.xlsx", tags=["浏览"])
    def export(shop: str | None = None, agent: str | None = None, category: str | None = None,
               severity: str | None = None, date_from: str | None = None, date_to: str | None = None,
               p: Principal = Depends(qa)):
        """The filtered conversations and findings as an Excel workbook (会话 / 问题 / 客服 / 店铺)."""
        import tempfile

        from fastapi.responses import FileResponse
        from openpyxl import Workbook

        f = flt(shop, agent, None, category, severity, date_from, date_to)
        wb = Workbook(write_only=True)
        with app.state.sessions() as s:
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
        tmp = tempfile.NamedTemporaryFile(suffix=".xlsx", delete=False, dir=settings.data_dir)
        wb.save(tmp.name)
        from starlette.background import BackgroundTask

        return FileResponse(tmp.name, filename="zhijian-export.xlsx", background=BackgroundTask(os.unlink, tmp.name),
                            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

    @app.get("/api/v1/dashboard", tags=["浏览"])
    def dash(shop: str | None = None, agent: str | None = None, category: str | None = None,
             severity: str | None = None, date_from: str | None = None, date_to: str | None = None,
             p: Principal = Depends(qa)):
        with app.state.sessions() as s:
            return store.dashboard(s, **flt(shop, agent, None, category, severity, date_from, date_to))

    # -- admin: overrides and keys -------------------------------------------------------------
    @app.get("/api/v1/overrides/{shop}", tags=["店铺设置"])
    def get_override(shop: str, p: Principal = Depends(admin)):
        with app.state.sessions() as s:
            row = store.latest_override(s, shop)
            if row is None:
                return {"shop": shop, "version": 0, "data": {}}
            return {"shop": shop, "version": row.version, "data": row.data, "author": row.author,
                    "created_at": row.created_at.isoformat()}

    @app.put("/api/v1/overrides/{shop}", tags=["店铺设置"])
    def put_override(shop: str, body: OverrideIn, pack: str | None = None, p: Principal = Depends(admin)):
        try:  # refuse what would not load (unknown keys, failing rule examples, bad scripts …)
            validate_overrides(body.data, f"店铺“{shop}”的覆盖设置")
            Inspector(pack or settings.default_pack, overrides=dict(body.data, _path=f"店铺“{shop}”的覆盖设置"))
            load_library(pack or settings.default_pack, body.data)
        except PackError as e:
            raise ApiError(422, f"覆盖设置无效，未保存：{e}") from None
        with app.state.sessions.begin() as s:
            row = store.save_override(s, shop, body.data, p.name, body.note)
            return {"shop": shop, "version": row.version, "author": row.author}

    @app.post("/api/v1/overrides/{shop}/try", tags=["店铺设置"])
    def try_override(shop: str, body: TryIn, p: Principal = Depends(admin)):
        """Check a text against an override that is NOT saved (try before saving)."""
        check_text(body.text)
        try:
            insp = Inspector(body.pack or settings.default_pack, overrides=dict(body.data, _path=f"店铺“{shop}”的覆盖设置（试用）"))
        except PackError as e:
            raise ApiError(422, f"覆盖设置无效：{e}") from None
        return {"findings": [f.to_dict() for f in insp.check(body.text)]}

    @app.get("/api/v1/overrides/{shop}/history", tags=["店铺设置"])
    def override_history(shop: str, p: Principal = Depends(admin)):
        with app.state.sessions() as s:
            return {"shop": shop, "versions": store.override_history(s, shop)}

    @app.get("/api/v1/keys", tags=["API key"])
    def keys(p: Principal = Depends(admin)):
        with app.state.sessions() as s:
            rows = s.scalars(select(ApiKeyRow).order_by(ApiKeyRow.id)).all()
            return {"keys": [{"id": r.id, "name": r.name, "role": r.role, "prefix": r.prefix,
                              "created_at": r.created_at.isoformat(),
                              "revoked_at": r.revoked_at.isoformat() if r.revoked_at else None} for r in rows]}

    @app.post("/api/v1/keys", tags=["API key"], status_code=201)
    def new_key(body: KeyIn, p: Principal = Depends(admin)):
        if body.role not in ROLES:
            raise ApiError(422, f"角色必须是 {', '.join(ROLES)} 之一")
        with app.state.sessions.begin() as s:
            row, key = create_key(s, body.name, body.role)
            return {"id": row.id, "name": row.name, "role": row.role, "key": key,
                    "note": "请立即保存：key 只显示这一次"}

    @app.delete("/api/v1/keys/{key_id}", tags=["API key"])
    def delete_key(key_id: int, p: Principal = Depends(admin)):
        with app.state.sessions.begin() as s:
            if not revoke_key(s, key_id):
                raise ApiError(404, f"没有可吊销的 key {key_id}")
        app.state.key_cache.clear()
        return {"revoked": key_id}

    from zhijian.service.pages import mount_pages

    mount_pages(app)
    return app


def _audit_by_pack(app: FastAPI, convs: list, pack: str | None, shop: str | None,
                   errors: list[str] | None = None) -> list:
    """Audit chats with the auditor of each one's pack (request > chat > default), in input order.
    With ``errors`` given, chats of an unusable pack are reported there instead of raising."""
    default = app.state.settings.default_pack
    by_pack: dict[str, list[int]] = {}
    for k, c in enumerate(convs):
        by_pack.setdefault(pack or c.pack or default, []).append(k)
    results: list = [None] * len(convs)
    for pk, idx in by_pack.items():
        try:
            auditor = app.state.engines.get("auditor", pk, shop)
        except ApiError as e:
            if errors is None:
                raise
            errors.append(f"{len(idx)} 个会话未审计：{e.message}")
            continue
        for k, r in zip(idx, auditor.audit_many([convs[k] for k in idx], keep_messages=True)):
            results[k] = r
    return [r for r in results if r is not None]


def _run_job(app: FastAPI, job_id: str, path: str, pack: str | None, shop: str | None, name: str = "") -> None:
    """Background audit of an uploaded log: stored chunk by chunk, each chunk one transaction."""
    settings: Settings = app.state.settings
    Session = app.state.sessions

    def update(**kw):
        with Session.begin() as s:
            row = s.get(JobRow, job_id)
            for k, v in kw.items():
                setattr(row, k, v)

    update(status="running")
    done = skipped = 0
    errors: list[str] = []
    chunk: list = []
    try:
        from zhijian.batch.aggregate import Aggregate

        agg = Aggregate(worst_kept=0)

        def flush():
            nonlocal done
            if not chunk:
                return
            results = _audit_by_pack(app, chunk, pack, shop, errors)
            with Session.begin() as s:
                store.save_results(s, results, settings.mask_pii)
            for r in results:
                agg.add(r)
            done += len(results)
            chunk.clear()
            update(done=done, skipped=skipped, errors=errors[:1000])

        for item in read_logs([path]):
            if item.conversation is None:
                skipped += 1
                errors.append((item.error or f"第{item.line}行无法读取").replace(path, name or "上传文件"))
                continue
            chunk.append(item.conversation)
            if len(chunk) >= 200:
                flush()
        flush()
        update(status="done", summary=agg.to_dict()["total"], finished_at=utcnow(), errors=errors[:1000])
    except Exception as e:  # the job fails, the server goes on
        log.exception("job %s failed", job_id)
        update(status="failed", errors=(errors + [f"任务失败：{type(e).__name__}"])[:1000], finished_at=utcnow())
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass
