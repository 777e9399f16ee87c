"""规则 (role agent, read-only): the packs and the rules of one pack, with their examples."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from zhijian.engine.packs import available_packs, load_pack_file
from zhijian.service.security import Principal

from .deps import ApiError, agent

router = APIRouter()


@router.get("/api/v1/packs", tags=["规则"])
def packs(p: Principal = Depends(agent)):
    out = []
    for name in available_packs():
        pf = load_pack_file(name)
        out.append({"name": name, "title": pf.title, "description": pf.description, "extends": list(pf.extends),
                    "abstract": pf.abstract, "rules": len(pf.rules)})
    return {"packs": out}


@router.get("/api/v1/packs/{name}/rules", tags=["规则"])
def pack_rules(name: str, request: Request, p: Principal = Depends(agent)):
    if name not in available_packs():
        raise ApiError(404, f"没有规则包“{name}”")
    insp = request.app.state.engines.get("inspector", name, None)
    return {"pack": name, "version": insp.version, "rules": [
        {"id": r.id, "category": r.category, "severity": r.severity, "message": r.message,
         "suggestion": r.suggestion, "source": r.source, "origin": r.origin,
         "examples": {"match": [e.text for e in r.match_examples], "no_match": [e.text for e in r.no_match_examples]}}
        for r in insp.rules]}
