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
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool

from zhijian.audit.auditor import Auditor
from zhijian.engine.inspector import Inspector
from zhijian.engine.packs import available_packs, parse_pack_names
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
    max_batch_response: int = 8 * 1024 * 1024  # bytes of one batch check's JSON answer
    max_inline_chats: int = 500  # conversations per inline audit
    max_text: int = 20000  # characters per message
    rate: float = 200.0  # requests per second per key (token bucket)
    burst: int = 400
    job_workers: int = 1
    key_cache_ttl: float = 2.0  # seconds a valid key is remembered (revokes via the API apply at once)
    public_url: str | None = None  # the service's address as users reach it (links in alerts)
    alert_attempts: int = 3  # webhook deliveries: tries, first back-off (doubling), timeout per try
    alert_backoff: float = 1.0
    alert_timeout: float = 5.0


class ApiError(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        self.status, self.message, self.headers = status, message, headers or {}


class Engines:
    """Inspectors, auditors and script libraries per (kind, canonical pack spec, shop, override
    version), rebuilt when the shop's override version changes, so saved overrides take effect at once.

    Bounded: a least-recently-used cache of ``MAX_ENTRIES`` engines (an inspector of the shipped packs
    is ~2 MB; a shop override can make it larger), so no key can grow the server's memory by asking
    for many spellings or combinations of packs.  Pack specs are canonical (``jd,adlaw`` ==
    ``adlaw, jd`` == ``jd,jd,adlaw``: unique names, sorted — the shipped packs compose the same in
    any order).  Compiles are serialised by one lock (one compile at a time, whoever asks); async
    endpoints call :meth:`aget`, which compiles in the thread pool, never on the event loop."""

    MAX_ENTRIES = 16

    def __init__(self, app_state, max_entries: int | None = None):
        self.state = app_state
        self.max_entries = max_entries or self.MAX_ENTRIES
        self._cache: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()  # guards _cache
        self._compile = threading.RLock()  # one compile at a time (an auditor builds its inspector inside)

    def keys(self) -> list[tuple]:
        with self._lock:
            return list(self._cache)

    def canonical(self, pack: str | None) -> str:
        spec = pack if pack is not None else self.state.settings.default_pack
        try:
            names = sorted(set(parse_pack_names(spec)))
        except PackError:
            raise ApiError(422, "pack：规则包不能为空") from None
        unknown = [n for n in names if n not in available_packs()]
        if unknown:
            shown = "、".join(f"“{n[:50]}”" for n in unknown[:5])
            raise ApiError(422, f"pack：未知规则包 {shown}（可用：{'、'.join(available_packs())}）")
        return ",".join(names)

    def _override(self, shop: str | None) -> tuple[int, dict | None]:
        if not shop:
            return 0, None
        with self.state.sessions() as s:
            row = store.latest_override(s, shop)
            return (row.version, dict(row.data, _path=f"店铺“{shop}”的覆盖设置")) if row else (0, None)

    def _key(self, kind: str, pack: str | None, shop: str | None) -> tuple[tuple, dict | None]:
        pack = self.canonical(pack)
        version, data = self._override(shop)
        return (kind, pack, shop if data else None, version), data

    def _cached(self, key: tuple):
        with self._lock:
            obj = self._cache.get(key)
            if obj is not None:
                self._cache.move_to_end(key)
            return obj

    def get(self, kind: str, pack: str | None, shop: str | None):
        """The engine, compiled in the calling thread if it is not cached (sync endpoints, jobs)."""
        key, data = self._key(kind, pack, shop)
        obj = self._cached(key)
        return obj if obj is not None else self._build(key, data)

    async def aget(self, kind: str, pack: str | None, shop: str | None):
        """The engine for async endpoints: a cache hit on the event loop, a compile in the thread pool."""
        key, data = self._key(kind, pack, shop)
        obj = self._cached(key)
        return obj if obj is not None else await run_in_threadpool(self._build, key, data)

    def _build(self, key: tuple, data: dict | None):
        kind, pack, shop, _version = key
        with self._compile:
            obj = self._cached(key)  # another request may have compiled it meanwhile
            if obj is not None:
                return obj
            try:
                if kind == "inspector":
                    obj = Inspector(pack, overrides=data)
                    obj.ruleset.warm()  # its automaton now, not in the middle of a later request
                elif kind == "auditor":
                    obj = Auditor(pack, inspector=self.get("inspector", pack, shop))
                else:
                    obj = load_library(pack, data)
            except PackError as e:
                raise ApiError(422, f"规则包或覆盖设置无效：{e}") from None
            with self._lock:
                self._cache[key] = obj
                self._cache.move_to_end(key)
                while len(self._cache) > self.max_entries:
                    self._cache.popitem(last=False)
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


# -- scope (issue 13): which shops and whose chats a key may see -------------------------------------------
def scoped(p: Principal, shop: str | None = None) -> dict:
    """Listing filters bounded by the key's scope: a key limited to some shops sees only those (asking
    for another shop is a 403), an agent key only its own agent's chats."""
    out: dict = {}
    if shop:
        if not p.sees_shop(shop):
            raise ApiError(403, f"权限不足：key“{p.name}”不能查看店铺“{shop[:50]}”")
        out["shop"] = shop
    elif p.shops is not None:
        out["shops"] = list(p.shops)
    if p.role == "agent":
        if not p.agent_id:
            raise ApiError(403, f"key“{p.name}”没有绑定客服（agent_id），不能查看会话")
        out["agent"] = p.agent_id
    return out


def scorecard_for(app) -> "callable":
    """``(pack, shop) -> Scorecard``: the scorecard a chat's final score is re-computed with (the
    shop's override applied; the default pack when the chat's pack is no longer there)."""
    def get(pack: str | None, shop: str | None):
        try:
            return app.state.engines.get("auditor", pack or None, shop).scorecard
        except ApiError:
            return app.state.engines.get("auditor", None, shop).scorecard
    return get


def model_thresholds(app) -> "callable":
    """``(pack, shop) -> {category: threshold}`` of the semantic layer in force."""
    def get(pack: str | None, shop: str | None) -> dict:
        try:
            insp = app.state.engines.get("inspector", pack or None, shop)
        except ApiError:
            return {}
        sem = insp.semantic
        if sem is None:
            return {}
        return {c.category: t for c, t in zip(sem.config.categories, sem.thresholds)}
    return get


def shop_allowed(p: Principal, shop: str | None) -> None:
    """A request naming a shop (whose overrides it then uses) must be within the key's shops (403)."""
    if shop and not p.sees_shop(shop):
        raise ApiError(403, f"权限不足：key“{p.name}”不能使用店铺“{shop[:50]}”的设置")
