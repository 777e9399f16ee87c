"""消息检查 and 话术 (role agent): check one message or a batch, rewrite, suggest replies, the scripts.

``check`` and ``check_batch`` are async: a short check runs on the event loop (cheaper than a hop
to the thread pool), long texts, batches and engine compiles go to the thread pool.  A batch answer
is serialised in the thread pool too and refused (413) past ``Settings.max_batch_response`` bytes.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from zhijian.audit.conversation import LogError, parse_ts
from zhijian.phrasing.library import SCENARIOS
from zhijian.phrasing.rewrite import rewrite as do_rewrite
from zhijian.phrasing.scenario import classify
from zhijian.service.security import Principal

from .deps import ApiError, agent, check_text, shop_allowed

router = APIRouter()


class CheckIn(BaseModel):
    text: str
    pack: str | None = None
    shop: str | None = None


class BatchItem(BaseModel):
    id: Any = None
    text: str


class BatchIn(BaseModel):
    messages: list[BatchItem]
    pack: str | None = None
    shop: str | None = None


class TextIn(BaseModel):
    text: str
    pack: str | None = None
    shop: str | None = None
    at: str | None = None


def _at(value: str | None):
    if not value:
        return None
    try:
        return parse_ts(value, "at")
    except LogError as e:
        raise ApiError(422, str(e)) from None


@router.post("/api/v1/check", tags=["消息检查"])
async def check(body: CheckIn, request: Request, p: Principal = Depends(agent)):
    state = request.app.state
    check_text(state.settings, body.text)
    shop_allowed(p, body.shop)
    insp = await state.engines.aget("inspector", body.pack, body.shop)
    if len(body.text) > 2000:  # long texts go to the thread pool instead of holding the event loop
        findings = await run_in_threadpool(insp.check, body.text)
    else:
        findings = insp.check(body.text)
    return {"text": body.text, "pack": ",".join(insp.packs), "version": insp.version,
            "findings": [f.to_dict() for f in findings]}


@router.post("/api/v1/check/batch", tags=["消息检查"])
async def check_batch(body: BatchIn, request: Request, p: Principal = Depends(agent)):
    state = request.app.state
    settings = state.settings
    if len(body.messages) > settings.max_batch:
        raise ApiError(422, f"一次最多检查 {settings.max_batch} 条消息，收到 {len(body.messages)} 条")
    for m in body.messages:
        check_text(settings, m.text)
    shop_allowed(p, body.shop)
    insp = await state.engines.aget("inspector", body.pack, body.shop)
    # checked, serialised and measured in the thread pool: a large answer must not hold the event loop
    data = await run_in_threadpool(_batch_answer, insp, body.messages, settings.max_batch_response)
    return Response(data, media_type="application/json")


_BATCH_CHUNK = 64  # messages checked at a time: the event loop gets the interpreter back between chunks


def _batch_answer(insp, messages: list[BatchItem], limit: int) -> bytes:
    """The batch answer as JSON bytes, built chunk by chunk; refused (413) as soon as it passes
    ``limit`` bytes, without checking the rest."""
    head = json.dumps({"pack": ",".join(insp.packs), "version": insp.version}, ensure_ascii=False,
                      separators=(",", ":"))[:-1].encode("utf-8") + b',"results":['
    parts: list[bytes] = []
    size = len(head) + 2
    for i in range(0, len(messages), _BATCH_CHUNK):
        chunk = messages[i:i + _BATCH_CHUNK]
        for k, (m, fs) in enumerate(zip(chunk, insp.check_many([m.text for m in chunk]))):
            item = json.dumps({"id": m.id if m.id is not None else i + k + 1, "findings": [f.to_dict() for f in fs]},
                              ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            size += len(item) + 1
            if size > limit:
                raise ApiError(413, f"批量检查的结果超过单次应答上限 {limit:,} 字节（到第 {i + k + 1} 条消息时已超过）："
                                    f"请分成更小的批次提交")
            parts.append(item)
    return head + b",".join(parts) + b"]}"


def _text_engines(body: TextIn, request: Request, p: Principal):
    """The text checked against the service's limits, the shop against the caller's, then the inspector and the
    script library of the body's pack and shop."""
    state = request.app.state
    check_text(state.settings, body.text)
    shop_allowed(p, body.shop)
    return state.engines.get("inspector", body.pack, body.shop), state.engines.get("library", body.pack, body.shop)


@router.post("/api/v1/rewrite", tags=["消息检查"])
def rewrite(body: TextIn, request: Request, p: Principal = Depends(agent)):
    insp, lib = _text_engines(body, request, p)
    rw = do_rewrite(insp, lib, body.text)
    return {"text": body.text, "rewrite": rw.text, "changed": rw.changed, "steps": rw.steps,
            "findings": [f.to_dict() for f in rw.before], "remaining": [f.to_dict() for f in rw.after]}


@router.post("/api/v1/suggest", tags=["话术"])
def suggest(body: TextIn, request: Request, p: Principal = Depends(agent)):
    insp, lib = _text_engines(body, request, p)
    pred = classify(body.text)
    replies = [r for r in lib.replies(pred.scenario, at=_at(body.at)) if not insp.check(r)]
    return {"scenario": pred.scenario, "title": lib.scenarios[pred.scenario].title,
            "confidence": round(pred.confidence, 3), "replies": replies}


@router.get("/api/v1/scripts", tags=["话术"])
def scripts(request: Request, pack: str | None = None, shop: str | None = None, at: str | None = None,
            p: Principal = Depends(agent)):
    state = request.app.state
    shop_allowed(p, shop)
    lib = state.engines.get("library", pack, shop)
    when = _at(at)
    return {"pack": pack or state.settings.default_pack, "scenarios": [
        {"id": s, "title": lib.scenarios[s].title, "source": lib.scenarios[s].source,
         "replies": lib.replies(s, at=when)} for s in SCENARIOS]}
