"""API key (role admin): list, create (the key is shown once) and revoke API keys.
A revoke clears the application's key cache, so it applies at once.

An admin key limited to some shops manages only keys within its shops: it lists and revokes keys
whose shops are all among its own, and creates keys only for (some of) its shops — never a key
without a shop limit, so it cannot give anyone more than it has."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy import select

from zhijian.service.db import ApiKeyRow
from zhijian.service.security import ROLES, Principal, create_key, revoke_key

from .deps import ApiError, admin

router = APIRouter()


class KeyIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    role: str
    shops: list[str] | None = Field(None, max_length=200)  # None: every shop
    agent_id: str | None = Field(None, max_length=200)  # agent keys: the agent whose chats it sees


def _within(p: Principal, shops: list | None) -> bool:
    return p.shops is None or (shops is not None and set(shops) <= set(p.shops))


@router.get("/api/v1/keys", tags=["API key"])
def keys(request: Request, p: Principal = Depends(admin)):
    with request.app.state.sessions() as s:
        rows = [r for r in s.scalars(select(ApiKeyRow).order_by(ApiKeyRow.id)) if _within(p, r.shops)]
        return {"keys": [{"id": r.id, "name": r.name, "role": r.role, "prefix": r.prefix,
                          "shops": r.shops, "agent_id": r.agent_id, "created_at": r.created_at.isoformat(),
                          "revoked_at": r.revoked_at.isoformat() if r.revoked_at else None} for r in rows]}


@router.post("/api/v1/keys", tags=["API key"], status_code=201)
def new_key(body: KeyIn, request: Request, p: Principal = Depends(admin)):
    if body.role not in ROLES:
        raise ApiError(422, f"角色必须是 {', '.join(ROLES)} 之一")
    if not _within(p, body.shops):
        raise ApiError(403, f"权限不足：key“{p.name}”只能为自己的店铺（{'、'.join(p.shops or [])}）创建限定店铺的 key")
    with request.app.state.sessions.begin() as s:
        try:
            row, key = create_key(s, body.name, body.role, body.shops, body.agent_id)
        except ValueError as e:
            raise ApiError(422, str(e)) from None
        return {"id": row.id, "name": row.name, "role": row.role, "shops": row.shops, "agent_id": row.agent_id,
                "key": key,
                "note": "请立即保存：key 只显示这一次"}


@router.delete("/api/v1/keys/{key_id}", tags=["API key"])
def delete_key(key_id: int, request: Request, p: Principal = Depends(admin)):
    with request.app.state.sessions.begin() as s:
        row = s.get(ApiKeyRow, key_id)
        if row is not None and not _within(p, row.shops):
            raise ApiError(404, f"没有可吊销的 key {key_id}")
        if not revoke_key(s, key_id):
            raise ApiError(404, f"没有可吊销的 key {key_id}")
    request.app.state.key_cache.clear()
    return {"revoked": key_id}
