"""会话审计 (role qa): audit conversations sent inline, or an uploaded log as a background job.

An upload is streamed to ``<data_dir>/uploads/<job>.<ext>`` and audited by ``run_job`` in the
application's job pool (``app.state.jobs``), stored chunk by chunk; ``GET /api/v1/jobs/{id}``
reports its progress.  The file is removed when the job ends, whatever the outcome.
"""

from __future__ import annotations

import logging
import os
import uuid

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from pydantic import BaseModel

from zhijian.audit.conversation import LogError, parse_conversation
from zhijian.batch.logs import read_logs
from zhijian.engine.packs import available_packs
from zhijian.service import store
from zhijian.service.db import JobRow, utcnow
from zhijian.service.security import Principal

from .deps import ApiError, Settings, qa

log = logging.getLogger("zhijian.service")

router = APIRouter()

UPLOAD_TYPES = (".jsonl", ".json", ".ndjson", ".txt", ".csv", ".tsv", ".xlsx")


class AuditIn(BaseModel):
    conversations: list[dict]
    pack: str | None = None
    shop: str | None = None


@router.post("/api/v1/audit", tags=["会话审计"])
def audit_inline(body: AuditIn, request: Request, p: Principal = Depends(qa)):
    app = request.app
    settings = app.state.settings
    if len(body.conversations) > settings.max_inline_chats:
        raise ApiError(422, f"一次最多内联审计 {settings.max_inline_chats} 个会话（收到 {len(body.conversations)} 个），"
                            f"更多请用 /api/v1/audit/upload")
    convs, errors = [], []
    for i, raw in enumerate(body.conversations):
        try:
            convs.append(parse_conversation(raw, f"conversations[{i}]"))
        except LogError as e:
            errors.append(str(e))
    if errors and not convs:
        raise ApiError(422, "；".join(errors[:5]))
    results = audit_by_pack(app, convs, body.pack, body.shop)
    with app.state.sessions.begin() as s:
        store.save_results(s, results, settings.mask_pii)
    return {"results": [r.to_dict() for r in results], "skipped": errors}


@router.post("/api/v1/audit/upload", tags=["会话审计"], status_code=202)
def audit_upload(request: Request, file: UploadFile = File(...), pack: str | None = Form(None),
                 shop: str | None = Form(None), p: Principal = Depends(qa)):
    app = request.app
    settings = app.state.settings
    if pack:
        unknown = [x for x in pack.split(",") if x.strip() and x.strip() not in available_packs()]
        if unknown:
            raise ApiError(422, f"未知规则包：{', '.join(unknown)}（可用：{', '.join(available_packs())}）")
    job_id = uuid.uuid4().hex
    name = os.path.basename(file.filename or "upload.jsonl")
    ext = os.path.splitext(name)[1].lower() or ".jsonl"
    if ext not in UPLOAD_TYPES:
        raise ApiError(422, f"不支持的文件类型“{ext}”：请上传 JSONL、CSV 或 Excel（.xlsx）")
    path = os.path.join(settings.data_dir, "uploads", job_id + ext)
    size = 0
    with open(path, "wb") as out:
        while True:
            chunk = file.file.read(1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if size > settings.max_upload:
                out.close()
                os.unlink(path)
                raise ApiError(413, f"上传文件超过上限 {settings.max_upload:,} 字节")
            out.write(chunk)
    with app.state.sessions.begin() as s:
        s.add(JobRow(id=job_id, status="queued", filename=name, pack=pack, author=p.name, errors=[]))
    app.state.jobs.submit(run_job, app, job_id, path, pack, shop, name)
    return {"job": job_id, "status": "queued", "url": f"/api/v1/jobs/{job_id}"}


@router.get("/api/v1/jobs/{job_id}", tags=["会话审计"])
def job(job_id: str, request: Request, p: Principal = Depends(qa)):
    with request.app.state.sessions() as s:
        row = s.get(JobRow, job_id)
        if row is None:
            raise ApiError(404, f"没有任务“{job_id}”")
        return store.job_dict(row)


def audit_by_pack(app, convs: list, pack: str | None, shop: str | None, errors: list[str] | None = None) -> list:
    """Audit chats with the auditor of each one's pack (request > chat > default), in input order.
    With ``errors`` given, chats of an unusable pack are reported there instead of raising."""
    default = app.state.settings.default_pack
    by_pack: dict[str, list[int]] = {}
    for k, c in enumerate(convs):
        by_pack.setdefault(pack or c.pack or default, []).append(k)
    results: list = [None] * len(convs)
    for pk, idx in by_pack.items():
        try:
            auditor = app.state.engines.get("auditor", pk, shop)
        except ApiError as e:
            if errors is None:
                raise
            errors.append(f"{len(idx)} 个会话未审计：{e.message}")
            continue
        for k, r in zip(idx, auditor.audit_many([convs[k] for k in idx], keep_messages=True)):
            results[k] = r
    return [r for r in results if r is not None]


def run_job(app, job_id: str, path: str, pack: str | None, shop: str | None, name: str = "") -> None:
    """Background audit of an uploaded log: stored chunk by chunk, each chunk one transaction."""
    settings: Settings = app.state.settings
    Session = app.state.sessions

    def update(**kw):
        with Session.begin() as s:
            row = s.get(JobRow, job_id)
            for k, v in kw.items():
                setattr(row, k, v)

    update(status="running")
    done = skipped = 0
    errors: list[str] = []
    chunk: list = []
    try:
        from zhijian.batch.aggregate import Aggregate

        agg = Aggregate(worst_kept=0)

        def flush():
            nonlocal done
            if not chunk:
                return
            results = audit_by_pack(app, chunk, pack, shop, errors)
            with Session.begin() as s:
                store.save_results(s, results, settings.mask_pii)
            for r in results:
                agg.add(r)
            done += len(results)
            chunk.clear()
            update(done=done, skipped=skipped, errors=errors[:1000])

        for item in read_logs([path]):
            if item.conversation is None:
                skipped += 1
                errors.append((item.error or f"第{item.line}行无法读取").replace(path, name or "上传文件"))
                continue
            chunk.append(item.conversation)
            if len(chunk) >= 200:
                flush()
        flush()
        update(status="done", summary=agg.to_dict()["total"], finished_at=utcnow(), errors=errors[:1000])
    except Exception as e:  # the job fails, the server goes on
        log.exception("job %s failed", job_id)
        update(status="failed", errors=(errors + [f"任务失败：{type(e).__name__}"])[:1000], finished_at=utcnow())
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass
