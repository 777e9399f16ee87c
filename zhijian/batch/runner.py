"""Auditing a stream of conversations, in this process or across worker processes.

JSON Lines input (:meth:`AuditRunner.run_logs`): the parent process only cuts the input into raw byte
blocks of whole lines (``zhijian.batch.blocks.jsonl_blocks``), hands them to the workers, writes the bytes
that come back and merges the partial aggregates; each worker parses its block, audits it and encodes
the result lines itself (``zhijian.batch.core.audit_block``), so the parent does no per-chat work and
``--workers N`` scales.  CSV / Excel input is read into conversations in the parent and audited in
chunks (``audit_batch``), as :meth:`AuditRunner.run_batches` does for any stream of log items.

Results come back in input order whatever the number of workers, the same bytes with one worker or
many, and at most a fixed number of blocks are in flight, so memory does not grow with the input.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from typing import BinaryIO, Iterable, Iterator

from zhijian.audit.auditor import AuditResult
from zhijian.batch.core import (AuditSettings, BatchOutcome, BlockOutcome, fewer_collections, audit_batch, audit_block,
                                auditor_for, block_outcome)
from zhijian.batch.blocks import jsonl_blocks
from zhijian.batch.logs import LogItem, log_format, read_csv, read_xlsx
from zhijian.engine.rules import PackError

CHUNK = 200  # conversations per task (CSV / Excel, and run_batches)
BLOCK_BYTES = 256 * 1024  # JSON Lines bytes per task (≈ 250 chats of the benchmark)
IN_FLIGHT = 3  # tasks queued per worker


def _audit_chunk(args) -> BatchOutcome:
    chunk, settings, first = args
    return audit_batch(chunk, settings, range(first, first + len(chunk)))


def _run_task(task) -> BlockOutcome:
    """One task of :meth:`AuditRunner.run_logs`, in a worker or in this process."""
    kind = task[0]
    if kind == "block":
        _, block, source, first_line, file_no, settings, want_results = task
        return audit_block(block, source, first_line, settings, file_no, want_results)
    _, chunk, file_no, first, settings, want_results = task  # "items": CSV / Excel conversations
    orders = [(file_no, first + k) for k in range(len(chunk))]
    return block_outcome(audit_batch(chunk, settings, orders), want_results)


class AuditRunner:
    def __init__(self, pack: str | None = None, overrides: str | None = None, workers: int = 1,
                 keep_messages: bool = False, default_pack: str = "jd", keep_acts: bool = False,
                 worst_kept: int = 5):
        self.settings = AuditSettings(pack, overrides, default_pack, keep_messages, keep_acts, worst_kept)
        self.workers = max(1, workers)
        if pack is not None:  # fail early, in the main process, on a bad pack or override file
            a = auditor_for(pack, self.settings)
            if isinstance(a, PackError):
                raise a

    # ------------------------------------------------------------------ files: raw blocks to the workers

    def run_logs(self, paths: list[str], mapping: dict[str, str] | None = None, sheet: str | None = None,
                 stdin: BinaryIO | None = None, want_results: bool = False,
                 block_bytes: int = BLOCK_BYTES) -> Iterator[BlockOutcome]:
        """The outcome of every task over the files (``-`` = standard input, JSON Lines), in input order.
        ``want_results``: the outcomes also carry every chat's ``AuditResult`` (for the Excel report)."""
        tasks = self._tasks(paths, mapping or {}, sheet, stdin, want_results, block_bytes)
        # the young generation's threshold raised for the whole run, not only inside each task: restored between tasks,
        # the collector ran once after every block over all it had left (~2 % of a worker's time); the pool's workers,
        # forked inside, keep the raised threshold
        with fewer_collections():
            yield from self._run_tasks(tasks)

    def _run_tasks(self, tasks: Iterator[tuple | BlockOutcome]) -> Iterator[BlockOutcome]:
        if self.workers == 1:
            for t in tasks:
                yield t if isinstance(t, BlockOutcome) else _run_task(t)
            return
        # the first task that audits anything runs here, before the workers are forked: they start with what it built
        # and remembered (the auditor when the chats name their pack, the models' lazy parts, the memos of the replies
        # every chat repeats) instead of each building it again (~3x the cost of a later task)
        for t in tasks:
            if isinstance(t, BlockOutcome):
                yield t
                continue
            yield _run_task(t)
            break
        ctx = mp.get_context("fork")
        with ctx.Pool(self.workers) as pool:
            pending: deque = deque()
            for t in tasks:
                pending.append(t if isinstance(t, BlockOutcome) else pool.apply_async(_run_task, (t,)))
                while len(pending) > self.workers * IN_FLIGHT:
                    yield _got(pending.popleft())
            while pending:
                yield _got(pending.popleft())

    def _tasks(self, paths: list[str], mapping: dict, sheet: str | None, stdin: BinaryIO | None,
               want_results: bool, block_bytes: int) -> Iterator[tuple | BlockOutcome]:
        """Tasks for the workers, in input order; a problem found while cutting (a missing file, a line over
        the size limit) comes as a ready outcome in its place."""
        s = self.settings
        for file_no, path in enumerate(paths):
            if path == "-":
                yield from self._jsonl_tasks(stdin, "<stdin>", file_no, want_results, block_bytes)
                continue
            if not os.path.isfile(path):
                yield _problem(LogItem(path, 0, None, f"{path}：文件不存在或不是文件", fatal=True))
                continue
            fmt = log_format(path)
            if fmt == "jsonl":
                with open(path, "rb") as fh:
                    yield from self._jsonl_tasks(fh, path, file_no, want_results, block_bytes)
                continue
            if fmt == "xlsx":
                items = read_xlsx(path, mapping, sheet)
                for first, chunk in self._chunks(items):
                    yield ("items", chunk, file_no, first, s, want_results)
                continue
            with open(path, "rb") as fh:
                for first, chunk in self._chunks(read_csv(fh, path, mapping)):
                    yield ("items", chunk, file_no, first, s, want_results)

    def _jsonl_tasks(self, stream: BinaryIO, source: str, file_no: int, want_results: bool,
                     block_bytes: int) -> Iterator[tuple | BlockOutcome]:
        for b in jsonl_blocks(stream, source, block_bytes):
            if isinstance(b, LogItem):
                yield _problem(b)
            else:
                yield ("block", b[1], source, b[0], file_no, self.settings, want_results)

    # ------------------------------------------------------------------ log items (any reader, Spark tests)

    def run_batches(self, items: Iterable[LogItem]) -> Iterator[tuple[list[LogItem], BatchOutcome]]:
        """(chunk, outcome) for consecutive chunks of the input, in input order; the partial aggregates
        number their chats by input position, so merging them in any order gives the same aggregate."""
        chunks = self._chunks(items)
        if self.workers == 1:
            for first, chunk in chunks:
                yield chunk, _audit_chunk((chunk, self.settings, first))
            return
        ctx = mp.get_context("fork")
        with ctx.Pool(self.workers) as pool:
            pending: deque = deque()
            for first, chunk in chunks:
                pending.append((chunk, pool.apply_async(_audit_chunk, ((chunk, self.settings, first),))))
                while len(pending) > self.workers * IN_FLIGHT:
                    c, fut = pending.popleft()
                    yield c, fut.get()
            while pending:
                c, fut = pending.popleft()
                yield c, fut.get()

    def run(self, items: Iterable[LogItem]) -> Iterator[tuple[LogItem, AuditResult | None, str | None]]:
        """(item, result, error) for every log item, in input order."""
        for chunk, outcome in self.run_batches(items):
            for item, a in zip(chunk, outcome.chats):
                yield item, a.result, a.error

    @staticmethod
    def _chunks(items: Iterable[LogItem]) -> Iterator[tuple[int, list[LogItem]]]:
        chunk: list[LogItem] = []
        first = 0
        for it in items:
            chunk.append(it)
            if len(chunk) >= CHUNK:
                yield first, chunk
                first += len(chunk)
                chunk = []
        if chunk:
            yield first, chunk


def _problem(item: LogItem) -> BlockOutcome:
    """The outcome of an input item that is only an error (the reader's message names file and line)."""
    return BlockOutcome([(item.error, True)], 0)


def _got(p) -> BlockOutcome:
    return p if isinstance(p, BlockOutcome) else p.get()
