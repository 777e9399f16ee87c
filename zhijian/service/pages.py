"""The web pages (Simplified Chinese) served next to the REST API: ``mount_pages(app)``.

Pages are static HTML + plain JavaScript modules from ``zhijian/web`` (no build step, no CDN); the
browser keeps the API key in localStorage and calls ``/api/v1`` itself, so the pages need no
server-side session.  Routes:

* ``/`` home, ``/login``, ``/agent`` 发送前检查, ``/qa`` 质检, ``/qa/conversation/{id}``, ``/rules`` 规则/设置;
* the human review (issue 13): ``/review`` 复核队列, ``/review/{id}`` 复核 (one chat: verdicts, missed
  findings, score, appeals, history — what is shown follows the key's role), ``/appeals`` 申诉,
  ``/my`` 我的会话 (an agent's own chats), ``/calibration`` 校准 (``?propose=<finding id>``: an
  exception from a rejected finding, tried and saved);
* ``/assets/<file>`` the pages' JS/CSS, ``/assets/echarts.min.js`` (vendored in ``zhijian/static``) and
  ``/assets/taxonomy.js`` (category, severity and sampling-policy names generated from
  :mod:`zhijian.taxonomy` and :mod:`zhijian.review.settings`).

Files are read once when mounted, served with an ETag (``304`` on revalidation), gzip when the
browser accepts it, and the HTML with a Content-Security-Policy that allows only this origin.
"""

from __future__ import annotations

import re

import gzip
import hashlib
import json
import mimetypes
from dataclasses import dataclass
from importlib import resources

from starlette.requests import Request
from starlette.responses import Response

from .. import __version__
from zhijian.review.settings import POLICY_KINDS
from zhijian.taxonomy import CONVERSATION_CATEGORIES, MESSAGE_CATEGORIES, SEVERITIES

PAGES = {
    "/": "index.html",
    "/login": "login.html",
    "/agent": "agent.html",
    "/qa": "qa.html",
    "/qa/conversation/{cid:path}": "conversation.html",
    "/rules": "rules.html",
    "/review": "review.html",
    "/review/{cid:path}": "review-conversation.html",
    "/appeals": "appeals.html",
    "/my": "my.html",
    "/calibration": "calibration.html",
}

_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
          ".html": "text/html; charset=utf-8", ".svg": "image/svg+xml", ".txt": "text/plain; charset=utf-8",
          ".png": "image/png", ".ico": "image/x-icon", ".json": "application/json"}

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")


@dataclass(frozen=True)
class Asset:
    body: bytes
    gz: bytes | None
    ctype: str
    etag: str


def _asset(body: bytes, name: str) -> Asset:
    ext = name[name.rfind("."):] if "." in name else ""
    ctype = _TYPES.get(ext) or mimetypes.guess_type(name)[0] or "application/octet-stream"
    gz = gzip.compress(body, 6, mtime=0) if len(body) > 1024 and not ctype.startswith("image/png") else None
    if gz is not None and len(gz) >= len(body):
        gz = None
    return Asset(body, gz, ctype, '"' + hashlib.sha256(body).hexdigest()[:20] + '"')


def _taxonomy_js() -> bytes:
    data = {"MESSAGE_CATEGORIES": MESSAGE_CATEGORIES, "CONVERSATION_CATEGORIES": CONVERSATION_CATEGORIES,
            "SEVERITIES": SEVERITIES, "POLICY_KINDS": POLICY_KINDS}
    lines = ["// 由 zhijian/taxonomy.py 与 zhijian/review/settings.py 生成：类别、级别、抽样策略 id → 中文名", f"export const VERSION = {json.dumps(__version__)};"]
    lines += [f"export const {k} = Object.freeze({json.dumps(v, ensure_ascii=False)});" for k, v in data.items()]
    lines.append("export const CATEGORIES = Object.freeze({...MESSAGE_CATEGORIES, ...CONVERSATION_CATEGORIES});")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _load_assets() -> tuple[dict[str, Asset], dict[str, Asset]]:
    root = resources.files("zhijian.service").joinpath("web")
    pages: dict[str, Asset] = {}
    assets: dict[str, Asset] = {}

    def walk(folder, prefix: str) -> None:
        for item in folder.iterdir():
            name = prefix + item.name
            if item.name.startswith("."):
                continue
            if item.is_dir():
                walk(item, name + "/")
            elif name.endswith(".html") and "/" not in name:
                if name.startswith("_"):
                    parts[name[1:-5]] = item.read_text(encoding="utf-8")
                else:
                    raw[name] = item.read_text(encoding="utf-8")
            else:
                assets[name] = _asset(item.read_bytes(), name)

    raw: dict[str, str] = {}
    parts: dict[str, str] = {}  # _head.html, _topbar.html: shared by every page
    walk(root, "")
    for name, text in raw.items():
        text = re.sub(r"<!--#include (\w+)-->\n?", lambda m: parts[m.group(1)], text)
        pages[name] = _asset(text.encode("utf-8"), name)
    echarts = resources.files("zhijian").joinpath("data", "vendor", "echarts.min.js")
    assets["echarts.min.js"] = _asset(echarts.read_bytes(), "echarts.min.js")
    assets["taxonomy.js"] = _asset(_taxonomy_js(), "taxonomy.js")
    return pages, assets


def _send(request: Request, a: Asset, html: bool = False) -> Response:
    headers = {"ETag": a.etag, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff",
               "Vary": "Accept-Encoding"}
    if html:
        headers.update({"Content-Security-Policy": CSP, "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY"})
    inm = request.headers.get("if-none-match", "")
    if a.etag in [t.strip().removeprefix("W/") for t in inm.split(",")]:
        return Response(status_code=304, headers=headers)
    body = a.body
    if a.gz is not None and "gzip" in request.headers.get("accept-encoding", ""):
        body = a.gz
        headers["Content-Encoding"] = "gzip"
    if request.method == "HEAD":
        headers["Content-Length"] = str(len(body))
        return Response(status_code=200, headers=headers, media_type=a.ctype)
    return Response(body, headers=headers, media_type=a.ctype)


def _not_found() -> Response:
    return Response(json.dumps({"error": "没有这个页面或文件"}, ensure_ascii=False), status_code=404,
                    media_type="application/json")


def mount_pages(app) -> None:
    """Add the web pages and their assets to a FastAPI/Starlette app (outside the OpenAPI schema)."""
    pages, assets = _load_assets()

    def page_route(filename: str):
        async def endpoint(request: Request) -> Response:
            return _send(request, pages[filename], html=True)
        return endpoint

    for path, filename in PAGES.items():
        if filename not in pages:
            raise RuntimeError(f"zhijian/web/{filename} is missing from the package")
        app.add_route(path, page_route(filename), methods=["GET"], include_in_schema=False)

    async def asset(request: Request) -> Response:
        a = assets.get(request.path_params["name"])
        return _send(request, a) if a is not None else _not_found()

    async def favicon(request: Request) -> Response:
        a = assets.get("favicon.svg")
        return _send(request, a) if a is not None else _not_found()

    app.add_route("/assets/{name:path}", asset, methods=["GET"], include_in_schema=False)
    app.add_route("/favicon.ico", favicon, methods=["GET"], include_in_schema=False)
