"""What every endpoint family shares: settings, ``ApiError``, the engine cache, authentication.

* ``Settings``: the service's configuration (``create_app(Settings(...))``);
* ``ApiError(status, message)``: raised anywhere, answered as ``{"error": message}`` by the
  handler that :func:`zhijian.service.app.create_app` installs;
* ``Engines``: inspectors, auditors and script libraries per (pack, shop), in ``app.state.engines``;
* ``principal`` (any valid key, rate limited) and the role dependencies ``agent``, ``qa``, ``admin``;
* ``check_text``: the per-message length limit.

Dependencies read the application from ``request.app.state``, never from a module global.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from fastapi import Depends, Request

from zhijian.audit.auditor import Auditor
from zhijian.engine.inspector import Inspector
from zhijian.engine.rules import PackError
from zhijian.phrasing.library import load_library
from zhijian.service import store
from zhijian.service.security import Principal, find_key


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


# -- auth ---------------------------------------------------------------------------------------
# async dependencies and check endpoints run on the event loop: the pre-send check is a few
# tens of microseconds of work, less than a hop to the thread pool would cost
async def principal(request: Request) -> Principal:
    state = request.app.state
    key = request.headers.get("x-api-key")
    auth = request.headers.get("authorization", "")
    if not key and auth.lower().startswith("bearer "):
        key = auth[7:].strip()
    if not key:
        raise ApiError(401, "缺少 API key：请在请求头 Authorization: Bearer <key> 或 X-API-Key 中提供",
                       {"WWW-Authenticate": "Bearer"})
    p = state.key_cache.get(key)
    if p is None:
        with state.sessions() as s:
            p = find_key(s, key)
        if p is None:
            raise ApiError(401, "API key 无效或已吊销", {"WWW-Authenticate": "Bearer"})
        state.key_cache.put(key, p)
    ok, wait = state.limiter.allow(p.key_id)
    if not ok:
        raise ApiError(429, f"请求过于频繁（每个 key 每秒最多 {state.settings.rate:g} 次），请 {wait:.2f} 秒后重试",
                       {"Retry-After": str(max(1, int(wait + 0.999)))})
    return p


def need(role: str):
    """A dependency that lets through keys of ``role`` or a stronger one (403 otherwise)."""
    async def dep(p: Principal = Depends(principal)) -> Principal:
        if not p.allows(role):
            raise ApiError(403, f"权限不足：此操作需要 {role} 角色，当前 key“{p.name}”是 {p.role}")
        return p
    return dep


agent, qa, admin = need("agent"), need("qa"), need("admin")


def check_text(settings: Settings, text: str) -> None:
    if len(text) > settings.max_text:
        raise ApiError(413, f"消息 {len(text):,} 字，超过单条上限 {settings.max_text:,} 字")
