"""Auditing a stream of conversations, in this process or across worker processes.

Each chunk of the input goes through the batch core (``zhijian.batch.core.audit_batch``, the function
the Spark job calls too) and comes back as its result lines plus a partial aggregate.  Results come
back in input order whatever the number of workers, and at most a fixed number of chunks are in
flight, so memory does not grow with the size of the input.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from typing import Iterable, Iterator

from zhijian.audit.auditor import AuditResult
from zhijian.batch.core import AuditSettings, BatchOutcome, audit_batch, auditor_for
from zhijian.batch.logs import LogItem
from zhijian.engine.rules import PackError

CHUNK = 200  # conversations per task


def _audit_chunk(args) -> BatchOutcome:
    chunk, settings, first = args
    return audit_batch(chunk, settings, range(first, first + len(chunk)))


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
                while len(pending) > self.workers * 3:
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
