"""店铺设置 (role admin): a shop's overrides of its pack — read, save (validated first: what would
not load is refused, not stored), try on a text without saving, and the saved versions."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel

from zhijian.engine.inspector import Inspector
from zhijian.engine.overrides import validate_overrides
from zhijian.engine.rules import PackError
from zhijian.phrasing.library import load_library
from zhijian.service import store
from zhijian.service.security import Principal

from .deps import ApiError, admin, check_text, scoped

router = APIRouter()


class OverrideIn(BaseModel):
    data: dict
    note: str | None = None


class TryIn(BaseModel):
    data: dict
    text: str
    pack: str | None = None


@router.get("/api/v1/overrides/{shop}", tags=["店铺设置"])
def get_override(shop: str, request: Request, p: Principal = Depends(admin)):
    scoped(p, shop)  # an admin key limited to some shops: only theirs (403 otherwise)
    with request.app.state.sessions() as s:
        row = store.latest_override(s, shop)
        if row is None:
            return {"shop": shop, "version": 0, "data": {}}
        return {"shop": shop, "version": row.version, "data": row.data, "author": row.author,
                "created_at": row.created_at.isoformat()}


@router.put("/api/v1/overrides/{shop}", tags=["店铺设置"])
def put_override(shop: str, body: OverrideIn, request: Request, pack: str | None = None,
                 p: Principal = Depends(admin)):
    scoped(p, shop)
    state = request.app.state
    pack = pack or state.settings.default_pack
    try:  # refuse what would not load (unknown keys, failing rule examples, bad scripts …)
        validate_overrides(body.data, f"店铺“{shop}”的覆盖设置")
        Inspector(pack, overrides=dict(body.data, _path=f"店铺“{shop}”的覆盖设置"))
        load_library(pack, body.data)
    except PackError as e:
        raise ApiError(422, f"覆盖设置无效，未保存：{e}") from None
    with state.sessions.begin() as s:
        row = store.save_override(s, shop, body.data, p.name, body.note)
        return {"shop": shop, "version": row.version, "author": row.author}


@router.post("/api/v1/overrides/{shop}/try", tags=["店铺设置"])
def try_override(shop: str, body: TryIn, request: Request, p: Principal = Depends(admin)):
    """Check a text against an override that is NOT saved (try before saving)."""
    scoped(p, shop)
    settings = request.app.state.settings
    check_text(settings, body.text)
    try:
        insp = Inspector(body.pack or settings.default_pack, overrides=dict(body.data, _path=f"店铺“{shop}”的覆盖设置（试用）"))
    except PackError as e:
        raise ApiError(422, f"覆盖设置无效：{e}") from None
    return {"findings": [f.to_dict() for f in insp.check(body.text)]}


@router.get("/api/v1/overrides/{shop}/history", tags=["店铺设置"])
def override_history(shop: str, request: Request, p: Principal = Depends(admin)):
    scoped(p, shop)
    with request.app.state.sessions() as s:
        return {"shop": shop, "versions": store.override_history(s, shop)}
