"""会话审计 (role qa): audit conversations sent inline, or an uploaded log as a background job.

An upload is streamed to ``<data_dir>/uploads/<job>.<ext>`` and audited by ``run_job`` in the
application's job pool (``app.state.jobs``), stored chunk by chunk; ``GET /api/v1/jobs/{id}``
reports its progress.  The file is removed when the job ends, whatever the outcome.
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from pydantic import BaseModel

from zhijian.audit.conversation import LogError, parse_conversation
from zhijian.batch.logs import read_logs
from zhijian.engine.packs import available_packs
from zhijian.service import store
from zhijian.service.db import JobRow, utcnow
from zhijian.service.security import Principal

from zhijian.service.alerting import after_save

from .deps import ApiError, Settings, qa, scorecard_for

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
    if body.shop and not p.sees_shop(body.shop):
        raise ApiError(403, f"权限不足：key“{p.name}”不能审计店铺“{body.shop[:50]}”的会话")
    results = audit_by_pack(app, convs, body.pack, body.shop)
    with app.state.sessions.begin() as s:
        refused = store.outside_scope(s, results, p.shops)
        results = [r for r in results if r.id not in refused]
        errors += list(refused.values())
        store.save_results(s, results, settings.mask_pii, scorecard_for(app))
    after_save(app, results)
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
    if shop and not p.sees_shop(shop):  # before anything is written: no file, no job row left behind
        raise ApiError(403, f"权限不足：key“{p.name}”不能审计店铺“{shop[:50]}”的会话")
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
        s.add(JobRow(id=job_id, status="queued", filename=name, pack=pack, author=p.name, errors=[], key_id=p.key_id,
                     shops=list(p.shops) if p.shops is not None else None))
    submit_job(app, size, job_id, path, pack, shop, name, p.shops)
    return {"job": job_id, "status": "queued", "url": f"/api/v1/jobs/{job_id}"}


@router.get("/api/v1/jobs/{job_id}", tags=["会话审计"])
def job(job_id: str, request: Request, p: Principal = Depends(qa)):
    with request.app.state.sessions() as s:
        row = s.get(JobRow, job_id)
        # a key limited to some shops sees its own uploads and those of keys within its shops
        if row is not None and p.shops is not None and row.key_id != p.key_id and \
                (row.shops is None or not set(row.shops) <= set(p.shops)):
            row = None
        if row is None:
            raise ApiError(404, f"没有任务“{job_id}”")
        d = store.job_dict(row)
        errors = row.errors or []
        # why a job failed is its last message (``errors`` lists only the first 200 reasons)
        d["reason"] = errors[-1] if row.status == "failed" and errors else None
        return d


def audit_by_pack(app, convs: list, pack: str | None, shop: str | None, errors: list[str] | None = None,
                 refused: list[int] | None = None) -> list:
    """Audit chats with the auditor of each one's pack (request > chat > default), in input order.
    With ``errors`` given, chats of an unusable pack are reported there instead of raising (one
    message for the pack; with ``refused`` given, the index of each such chat is appended to it)."""
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
            if refused is None:
                errors.append(f"{len(idx)} 个会话未审计：{e.message}")
            else:
                refused.extend(idx)
                errors.extend(f"会话 {convs[k].id} 未审计：{e.message}" for k in idx)
            continue
        for k, r in zip(idx, auditor.audit_many([convs[k] for k in idx], keep_messages=True)):
            results[k] = r
    return [r for r in results if r is not None]


# -- upload jobs ------------------------------------------------------------------------------------
MAX_UPLOAD_CHATS = 500_000  # records (chats and unreadable lines) read from one upload
LARGE_UPLOAD_BYTES = 8 * 1024 * 1024  # uploads from this size run in their own lane
MAX_JOB_ERRORS = 1000  # reasons kept per job (every one is counted)


def _setting(app, name: str, default):
    return getattr(app.state.settings, name, default)


def submit_job(app, size: int, *args) -> None:
    """Two lanes: large uploads queue behind each other in their own worker, so a small upload is
    never stuck behind a large one (``app.state.jobs`` runs the small ones)."""
    if size >= _setting(app, "large_upload_bytes", LARGE_UPLOAD_BYTES):
        lane = getattr(app.state, "large_jobs", None)
        if lane is None:
            with _LANE_LOCK:
                lane = getattr(app.state, "large_jobs", None)
                if lane is None:
                    lane = app.state.large_jobs = ThreadPoolExecutor(max_workers=1,
                                                                     thread_name_prefix="zhijian-large-job")
        lane.submit(run_job, app, *args)
    else:
        app.state.jobs.submit(run_job, app, *args)


_LANE_LOCK = threading.Lock()


def _line_of(reason: str, line: int, name: str) -> str:
    return f"{name} 第{line}行：{reason}，已跳过"


def run_job(app, job_id: str, path: str, pack: str | None, shop: str | None, name: str = "",
            shops: tuple[str, ...] | None = None) -> None:
    """Background audit of an uploaded log, stored chunk by chunk (each chunk one transaction).

    A bad record never stops the job: every unreadable line, every chat of an unusable pack and
    every chat the database refuses is counted in ``skipped`` and reported with its line; the rest
    is stored.  The job FAILS (with what was stored kept) when the file hits a limit (a bomb, too
    many rows or records) or when not one chat could be read.
    """
    settings: Settings = app.state.settings
    Session = app.state.sessions
    name = name or "上传文件"
    cap = int(_setting(app, "max_upload_chats", MAX_UPLOAD_CHATS))

    def update(**kw):
        with Session.begin() as s:
            row = s.get(JobRow, job_id)
            for k, v in kw.items():
                setattr(row, k, v)

    update(status="running")
    done = skipped = 0
    errors: list[str] = []
    fatal: str | None = None
    chunk: list = []  # (line, conversation)

    def report(msg: str) -> None:
        nonlocal skipped
        skipped += 1
        if len(errors) < MAX_JOB_ERRORS:
            errors.append(msg.replace(path, name))

    try:
        from zhijian.batch.aggregate import Aggregate

        agg = Aggregate(worst_kept=0)

        def save(results: list) -> None:
            with Session.begin() as s:
                store.save_results(s, results, settings.mask_pii, scorecard_for(app))

        def flush():
            nonlocal done
            if not chunk:
                return
            convs = [c for _, c in chunk]
            refused: list[int] = []
            pack_errors: list[str] = []
            try:
                results = audit_by_pack(app, convs, pack, shop, pack_errors, refused)
            except Exception as e:  # one chat crashing the auditor: audit one by one
                log.warning("job %s: chunk audit failed (%s), auditing chat by chat", job_id, e)
                results, refused, pack_errors = [], [], []
                for k, c in enumerate(convs):
                    one_errors: list[str] = []
                    try:
                        results += audit_by_pack(app, [c], pack, shop, one_errors, [])
                    except Exception as e1:  # noqa: BLE001 - reported, the job goes on
                        one_errors = [f"会话 {c.id} 审计出错（{type(e1).__name__}）"]
                    if one_errors:
                        refused.append(k)
                        pack_errors.append(one_errors[0])
            for k, msg in zip(refused, pack_errors):
                report(_line_of(msg, chunk[k][0], name))
            line_of = {c.id: ln for ln, c in chunk}  # a re-used id: the last line wins (as the store does)
            if shops is not None:  # a key limited to some shops writes only their chats
                with Session() as s:
                    refused_scope = store.outside_scope(s, results, shops)
                for cid, msg in refused_scope.items():
                    report(_line_of(msg, line_of.get(cid, 0), name))
                results = [r for r in results if r.id not in refused_scope]
            try:
                save(results)
                stored = results
            except Exception as e:  # the database refused something: store chat by chat
                log.warning("job %s: chunk not stored (%s), storing chat by chat", job_id, e)
                stored = []
                for r in results:
                    try:
                        save([r])
                        stored.append(r)
                    except Exception as e1:  # noqa: BLE001 - reported, the job goes on
                        report(_line_of(f"会话 {r.id} 无法保存（{type(e1).__name__}）", line_of.get(r.id, 0), name))
            after_save(app, stored)
            for r in stored:
                agg.add(r)
            done += len(stored)
            chunk.clear()
            update(done=done, skipped=skipped, errors=list(errors))

        records = 0
        for item in read_logs([path]):
            records += 1
            if records > cap:
                fatal = f"超过每次上传 {cap:,} 个会话（含无法读取的行）的上限，从第{item.line}行起未读取（请拆分文件）"
                break
            if item.conversation is None:
                if item.fatal:
                    fatal = (item.error or "文件无法读取").replace(path, name)
                    continue
                report(item.error or f"{name} 第{item.line}行无法读取")
                continue
            chunk.append((item.line, item.conversation))
            if len(chunk) >= 200:
                flush()
        flush()
        if fatal is None and done == 0 and not skipped:
            fatal = "文件中没有会话（空文件）"
        elif fatal is None and done == 0 and skipped:
            fatal = (f"没有可审计的会话：{skipped:,} 行全部无法读取。会话审计需要每行一个会话的 JSON Lines"
                     f"（含 id 和 messages），或按消息一行的 CSV/Excel；下面是前几条原因")
        if fatal is not None:
            # the reason last, as for an interrupted job; GET /jobs/{id} returns it as ``reason``
            update(status="failed", done=done, skipped=skipped, errors=errors[:MAX_JOB_ERRORS - 1] + [fatal],
                   summary=agg.to_dict()["total"] if done else None, finished_at=utcnow())
        else:
            update(status="done", done=done, skipped=skipped, summary=agg.to_dict()["total"], finished_at=utcnow(),
                   errors=errors)
    except Exception as e:  # the job fails, the server goes on
        log.exception("job %s failed", job_id)
        update(status="failed", done=done, skipped=skipped,
               errors=errors[:MAX_JOB_ERRORS - 1] + [f"任务失败：{type(e).__name__}"], finished_at=utcnow())
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass
