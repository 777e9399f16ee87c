"""API keys (stored hashed), roles and per-key rate limiting.

Roles are ordered: ``agent`` (check, suggest, rewrite, scripts) < ``qa`` (+ audits, browsing,
reports) < ``admin`` (+ overrides, keys).  A key is ``zj_<random>``; only its SHA-256 digest and a
short prefix are stored, so a leaked database does not leak keys (the keys are long random
strings, so a fast hash is the right tool here, unlike for passwords).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from zhijian.service.db import ApiKeyRow, utcnow

ROLES = {"agent": 1, "qa": 2, "admin": 3}
ROLE_NAMES = {"agent": "客服", "qa": "质检", "admin": "管理员"}


def digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Principal:
    """Who calls: the key's role and scope.  ``shops`` (None: every shop) bounds what a key may read
    and write; ``agent_id`` binds an ``agent`` key to that agent's own chats and appeals."""

    key_id: int
    name: str
    role: str
    shops: tuple[str, ...] | None = None
    agent_id: str | None = None

    def allows(self, role: str) -> bool:
        return ROLES[self.role] >= ROLES[role]

    def sees_shop(self, shop: str | None) -> bool:
        return self.shops is None or shop in self.shops

    def sees_chat(self, shop: str | None, agent: str | None) -> bool:
        """May read this chat: within the key's shops, and an agent key only its own chats."""
        if not self.sees_shop(shop):
            return False
        return self.role != "agent" or (self.agent_id is not None and agent == self.agent_id)


def create_key(session: Session, name: str, role: str, shops: list[str] | None = None,
               agent_id: str | None = None) -> tuple[ApiKeyRow, str]:
    if role not in ROLES:
        raise ValueError(f"角色必须是 {', '.join(ROLES)} 之一，而不是 {role!r}")
    if shops is not None:
        shops = sorted({s.strip() for s in shops if s and s.strip()})
        if not shops:
            raise ValueError("店铺范围不能为空：不限店铺时不要给 shops")
    if agent_id is not None and not agent_id.strip():
        raise ValueError("agent_id 不能为空")
    if agent_id is not None and role != "agent":
        raise ValueError("只有 agent 角色的 key 可以绑定客服（agent_id）")
    key = "zj_" + secrets.token_urlsafe(32)
    row = ApiKeyRow(name=name, role=role, prefix=key[:10], digest=digest(key), shops=shops,
                    agent_id=agent_id.strip() if agent_id else None)
    session.add(row)
    session.flush()
    return row, key


def find_key(session: Session, key: str) -> Principal | None:
    d = digest(key)
    row = session.scalars(select(ApiKeyRow).where(ApiKeyRow.digest == d)).first()
    if row is None or row.revoked_at is not None or not hmac.compare_digest(row.digest, d):
        return None
    return Principal(row.id, row.name, row.role, tuple(row.shops) if row.shops is not None else None, row.agent_id)


def revoke_key(session: Session, key_id: int) -> bool:
    row = session.get(ApiKeyRow, key_id)
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = utcnow()
    return True


class KeyCache:
    """Valid keys seen in the last ``ttl`` seconds (the key lookup is most of a check's cost).
    Only valid keys are cached; a revoke through the API clears the cache at once, a revoke from
    another process (``zhijian keys revoke``) takes effect within ``ttl`` seconds."""

    def __init__(self, ttl: float = 2.0):
        self.ttl = ttl
        self._items: dict[str, tuple[Principal, float]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> Principal | None:
        hit = self._items.get(digest(key))
        if hit is not None and hit[1] > time.monotonic():
            return hit[0]
        return None

    def put(self, key: str, p: Principal) -> None:
        with self._lock:
            if len(self._items) > 10000:
                self._items.clear()
            self._items[digest(key)] = (p, time.monotonic() + self.ttl)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class RateLimiter:
    """A token bucket per key: ``rate`` requests per second with bursts up to ``burst``."""

    def __init__(self, rate: float, burst: int):
        self.rate = rate
        self.burst = burst
        self._buckets: dict[int, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, key_id: int) -> tuple[bool, float]:
        """(allowed, seconds to wait before the next token)."""
        if self.rate <= 0:
            return True, 0.0
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key_id, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key_id] = (tokens - 1.0, now)
                return True, 0.0
            self._buckets[key_id] = (tokens, now)
            return False, (1.0 - tokens) / self.rate
