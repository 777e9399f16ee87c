"""The REST API (v1), a thin layer over the library: check, audit, browse, scripts, overrides, keys.

``create_app(Settings(...))`` builds the FastAPI application; ``zhijian serve`` runs it with
uvicorn.  Every endpoint family needs an API key (``Authorization: Bearer zj_…`` or
``X-API-Key``) of a sufficient role; errors are JSON ``{"error": "<中文说明>"}`` with the right
status (401, 403, 404, 413, 422, 429), never a stack trace.

This module holds the factory, the body-size middleware and the error handlers; the endpoints
are in :mod:`zhijian.service.api` (one module per family), the web pages in
:mod:`zhijian.service.pages`.
"""

from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from zhijian import __version__
from zhijian.service import store
from zhijian.service.api import ROUTERS
from zhijian.service.api.deps import ApiError, Engines, Settings
from zhijian.service.db import make_engine, migrate, sessions
from zhijian.service.pages import mount_pages
from zhijian.service.security import KeyCache, RateLimiter

__all__ = ["ApiError", "BodyLimit", "Settings", "create_app"]

log = logging.getLogger("zhijian.service")


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
    _add_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    mount_pages(app)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    """Clear Chinese bodies ``{"error": …}``, never a stack trace."""

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
