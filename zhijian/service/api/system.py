"""系统: health and version (open, for probes and the login page), whoami (any key)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select

from zhijian import __version__
from zhijian.engine.packs import available_packs
from zhijian.service.db import ApiKeyRow
from zhijian.service.security import Principal

from .deps import agent

router = APIRouter()


@router.get("/api/v1/health", tags=["系统"])
def health(request: Request):
    with request.app.state.sessions() as s:
        s.execute(select(ApiKeyRow.id).limit(1))
    return {"status": "ok"}


@router.get("/api/v1/whoami", tags=["系统"])
def whoami(p: Principal = Depends(agent)):
    return {"name": p.name, "role": p.role}


@router.get("/api/v1/version", tags=["系统"])
def version():
    return {"version": __version__, "packs": available_packs()}
