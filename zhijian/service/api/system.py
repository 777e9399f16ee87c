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
    """The caller's key: name, role, the shops it is limited to (null: every shop) and, for an agent key,
    the agent whose chats and appeals it sees."""
    return {"name": p.name, "role": p.role, "shops": list(p.shops) if p.shops is not None else None,
            "agent_id": p.agent_id}


@router.get("/api/v1/version", tags=["系统"])
def version():
    return {"version": __version__, "packs": available_packs()}
