"""The REST API (v1), a thin layer over the library: check, audit, browse, scripts, overrides, keys.

``create_app(Settings(...))`` builds the FastAPI application; ``zhijian serve`` runs it with
uvicorn.  Every endpoint family needs an API key (``Authorization: Bearer zj_…`` or
``X-API-Key``) of a sufficient role; errors are JSON ``{"error": "<中文说明>"}`` with the right
status (401, 403, 404, 413, 422, 429), never a stack trace.

This module holds the factory, the middleware (body size, JSON guard), the input guards and the
error handlers; the endpoints are in :mod:`zhijian.service.api` (one module per family), the web
pages in :mod:`zhijian.service.pages`.  ``/docs`` (Swagger UI) is served from the assets of the
``fastapi-offline`` package: nothing is loaded from a CDN.  There is no ``/redoc``: Redoc's bundle
loads its logo from a CDN.

Input guards (issue 10, item 5): hostile input is a 4xx in Chinese naming the field, never a 500
and never the framework's English:

* :class:`JsonGuard` (pure ASGI, after ``BodyLimit``): a JSON body nested deeper than
  ``MAX_JSON_DEPTH``, too deep for Python's parser, not UTF-8, or with a string or key holding a
  lone surrogate (``"\\ud800"``: valid JSON, but no UTF-8 can store or print it) is answered 422
  with the path of the field (``messages[1].id``).  A body without ``\\uD800``–``\\uDFFF`` escapes
  and with fewer brackets than the depth limit is not parsed twice.
* :func:`int_ranges` (application-wide dependency): integer query and path parameters must fit the
  database's 32-bit integers (``page=2**63`` and ``DELETE /keys/<huge>`` used to answer 500).
* :func:`validation_message`: pydantic's errors (``Field required`` …) in Chinese with the field path.
"""

from __future__ import annotations

import json
import logging
import os
import re
from concurrent.futures import ThreadPoolExecutor

from fastapi import Depends, FastAPI, Request
from fastapi_offline import FastAPIOffline
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

__all__ = ["ApiError", "BodyLimit", "JsonGuard", "Settings", "create_app", "validation_message"]

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


MAX_JSON_DEPTH = 32  # objects/arrays; the deepest body we take (an override's rules) needs about 8
INT_MIN, INT_MAX = -(2 ** 31), 2 ** 31 - 1  # INTEGER on PostgreSQL; page × size stays far below 2**63

_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_INT = re.compile(r"^\s*[+-]?\d+\s*$")


class GuardError(Exception):
    def __init__(self, message: str):
        self.message = message


def path_text(loc) -> str:
    """('messages', 1, 'id') -> 'messages[1].id'"""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _lone_surrogate(s: str) -> int | None:
    for i, ch in enumerate(s):
        if "\ud800" <= ch <= "\udfff":
            return ord(ch)
    return None


def check_json_value(value, max_depth: int = MAX_JSON_DEPTH) -> None:
    """Raise GuardError for a lone surrogate anywhere (string or key) or nesting past ``max_depth``.
    Iterative: no recursion, whatever the depth."""
    stack = [(value, (), 0)]
    while stack:
        v, loc, depth = stack.pop()
        if isinstance(v, str):
            cp = _lone_surrogate(v)
            if cp is not None:
                raise GuardError(f"{path_text(loc) or '请求体'}：含有孤立的代理字符（U+{cp:04X}），"
                                 f"不是有效的 Unicode 文本")
        elif isinstance(v, (dict, list)):
            if depth >= max_depth:
                raise GuardError(f"{path_text(loc) or '请求体'}：JSON 嵌套超过 {max_depth} 层")
            if isinstance(v, dict):
                for k, x in v.items():
                    cp = _lone_surrogate(k)
                    if cp is not None:
                        raise GuardError(f"{path_text(loc) or '请求体'}：字段名含有孤立的代理字符（U+{cp:04X}）")
                    stack.append((x, loc + (k,), depth + 1))
            else:
                for i, x in enumerate(v):
                    stack.append((x, loc + (i,), depth + 1))


def check_json_body(body: bytes) -> None:
    """Raise GuardError when the JSON body must not reach the app (see the module docstring)."""
    suspicious = _SURROGATE_ESCAPE.search(body) is not None
    deep = body.count(b"[") + body.count(b"{") > MAX_JSON_DEPTH
    if not (suspicious or deep):
        return
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise GuardError(f"请求体：第 {e.start} 个字节不是有效的 UTF-8") from None
    try:
        value = json.loads(text)
    except RecursionError:
        raise GuardError(f"请求体：JSON 嵌套过深（最多 {MAX_JSON_DEPTH} 层）") from None
    except ValueError:
        return  # not JSON: the app answers with the position of the error
    check_json_value(value)


def _is_json(headers) -> bool:
    for k, v in headers:
        if k == b"content-type":
            ct = v.split(b";")[0].strip().lower()
            return ct == b"application/json" or ct.endswith(b"+json")
    return False


class JsonGuard:
    """Pure ASGI middleware: reads a JSON request body whole (the size is bounded by ``BodyLimit``,
    which runs first), checks it with :func:`check_json_body`, and replays it to the app."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") not in ("POST", "PUT", "PATCH", "DELETE") \
                or not _is_json(scope.get("headers", ())):
            return await self.app(scope, receive, send)
        chunks, more = [], True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # client went away
                return await self.app(scope, _replay([message]), send)
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        try:
            check_json_body(body)
        except GuardError as e:
            response = JSONResponse({"error": "请求格式不对：" + e.message}, status_code=422)
            return await response(scope, receive, send)
        await self.app(scope, _replay([{"type": "http.request", "body": body, "more_body": False}], receive), send)


def _replay(messages: list, then=None):
    queue = list(messages)

    async def receive():
        if queue:
            return queue.pop(0)
        if then is not None:
            return await then()
        return {"type": "http.disconnect"}
    return receive


def _int_params(route) -> list[tuple[str, str]]:
    """(查询参数|路径参数, name) of the route's integer parameters and its dependencies', cached."""
    cached = getattr(route, "_zhijian_int_params", None)
    if cached is None:
        cached, todo = [], [route.dependant]
        while todo:
            d = todo.pop()
            for where, params in (("查询参数", d.query_params), ("路径参数", d.path_params)):
                cached += [(where, f.alias) for f in params if f.field_info.annotation in (int, int | None)]
            todo += d.dependencies
        route._zhijian_int_params = cached
    return cached


def _fits(raw: str) -> bool:
    digits = raw.strip().lstrip("+-").lstrip("0")
    return len(digits) <= 10 and INT_MIN <= int(raw) <= INT_MAX  # no int() of a huge string


async def int_ranges(request: Request) -> None:
    """Integer query and path parameters of the matched route must fit a 32-bit integer."""
    route = request.scope.get("route")
    if getattr(route, "dependant", None) is None:
        return
    for where, name in _int_params(route):
        raw = (request.query_params if where == "查询参数" else request.path_params).get(name)
        if isinstance(raw, str) and _INT.match(raw) and not _fits(raw):
            raise ApiError(422, f"请求格式不对：{where} {name}：数值超出范围（{INT_MIN} 到 {INT_MAX}）")


# -- pydantic's messages in Chinese ----------------------------------------------------------------
_MESSAGES = {
    "missing": "缺少必填字段",
    "string_type": "必须是字符串",
    "int_type": "必须是整数",
    "int_parsing": "必须是整数",
    "int_from_float": "必须是整数（不能有小数）",
    "float_type": "必须是数字",
    "float_parsing": "必须是数字",
    "bool_type": "必须是 true 或 false",
    "bool_parsing": "必须是 true 或 false",
    "list_type": "必须是列表（JSON 数组）",
    "dict_type": "必须是对象（JSON 对象）",
    "model_type": "必须是对象（JSON 对象）",
    "model_attributes_type": "必须是对象（JSON 对象）",
    "none_required": "必须为空",
    "extra_forbidden": "不允许这个字段",
    "json_invalid": "不是有效的 JSON",
    "json_type": "必须是 JSON 文本",
    "string_too_short": "至少 {min_length} 个字符",
    "string_too_long": "最多 {max_length} 个字符",
    "too_short": "至少 {min_length} 项",
    "too_long": "最多 {max_length} 项",
    "greater_than": "必须大于 {gt}",
    "greater_than_equal": "不能小于 {ge}",
    "less_than": "必须小于 {lt}",
    "less_than_equal": "不能大于 {le}",
    "string_pattern_mismatch": "格式不对（应符合 {pattern}）",
    "literal_error": "必须是 {expected} 之一",
    "enum": "必须是 {expected} 之一",
    "finite_number": "必须是有限的数字",
    "int_too_big": "数值过大",
    "string_unicode": "必须是有效的 Unicode 文本",
    "url_parsing": "不是有效的网址",
    "value_error": "取值无效",
    "assertion_error": "取值无效",
    "uuid_parsing": "不是有效的 UUID",
    "date_parsing": "不是有效的日期",
    "date_from_datetime_parsing": "不是有效的日期",
    "datetime_parsing": "不是有效的时间",
    "datetime_from_date_parsing": "不是有效的时间",
}

_WHERE = {"query": "查询参数 ", "path": "路径参数 ", "header": "请求头 ", "cookie": "Cookie ", "body": ""}


def validation_message(error: dict) -> str:
    """One pydantic / FastAPI validation error as ``<字段>：<中文说明>``."""
    loc = list(error.get("loc", ()))
    kind = error.get("type", "")
    where = _WHERE.get(loc[0], "") if loc and isinstance(loc[0], str) and loc[0] in _WHERE else ""
    if loc and isinstance(loc[0], str) and loc[0] in _WHERE:
        loc = loc[1:]
    if kind == "json_invalid":  # FastAPI gives the character position as the location
        pos = loc[0] if loc and isinstance(loc[0], int) else None
        return "请求体：不是有效的 JSON" + (f"（第 {pos} 个字符处）" if pos is not None else "")
    ctx = {k: (", ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
           for k, v in (error.get("ctx") or {}).items()}
    template = _MESSAGES.get(kind)
    try:
        text = template.format(**ctx) if template else "取值无效"
    except (KeyError, IndexError, ValueError):
        text = "取值无效"
    field = path_text(loc)
    if not field:
        return f"请求体：{text}" if not where else f"{where.strip()}：{text}"
    return f"{where}{field}：{text}"


def create_app(settings: Settings) -> FastAPI:
    engine = make_engine(settings.db_url)
    migrate(engine)
    # FastAPIOffline: FastAPI with /docs served from the package's own copy of Swagger UI's assets
    app = FastAPIOffline(title="质检 zhijian API", version=__version__, dependencies=[Depends(int_ranges)],
                         static_url="/static-offline-docs", redoc_url=None,
                         description="电商客服消息质检与会话审计服务。所有 /api/v1 接口需要 API key（Authorization: Bearer …）。")
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = sessions(engine)
    app.state.limiter = RateLimiter(settings.rate, settings.burst)
    app.state.key_cache = KeyCache(settings.key_cache_ttl)
    app.state.engines = Engines(app.state)
    app.state.jobs = ThreadPoolExecutor(max_workers=settings.job_workers, thread_name_prefix="zhijian-job")
    app.state.alerts = ThreadPoolExecutor(max_workers=2, thread_name_prefix="zhijian-alert")
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
    app.add_middleware(JsonGuard)
    app.add_middleware(BodyLimit, settings=settings)  # added last = runs first: the guard reads a bounded body
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
        text = {400: "请求体无法解析：请发送有效的 JSON", 404: "没有这个地址",
                405: "不支持这个请求方法"}.get(exc.status_code)
        if text is None:  # our own HTTPExceptions are Chinese; the framework's English is not shown
            detail = str(exc.detail)
            text = detail if re.search(r"[\u4e00-\u9fff]", detail) else f"请求无法处理（HTTP {exc.status_code}）"
        return JSONResponse({"error": text}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        parts = [validation_message(e) for e in errors[:5]]
        more = f"；另有 {len(errors) - 5} 处错误" if len(errors) > 5 else ""
        return JSONResponse({"error": "请求格式不对：" + "；".join(parts) + more}, status_code=422)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        log.exception("internal error on %s", request.url.path)
        return JSONResponse({"error": "服务内部错误，已记录日志"}, status_code=500)
