"""Auditing a stream of conversations, in this process or across worker processes.

Results come back in input order whatever the number of workers, and at most a fixed number of
chunks are in flight, so memory does not grow with the size of the input.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from typing import Iterable, Iterator

from zhijian.audit.auditor import AuditResult, Auditor
from zhijian.batch.logs import LogItem
from zhijian.engine.rules import PackError

CHUNK = 200  # conversations per task

_auditors: dict[tuple, Auditor | PackError] = {}


def _auditor(pack: str, overrides: str | None) -> Auditor | PackError:
    key = (pack, overrides)
    a = _auditors.get(key)
    if a is None:
        try:
            a = Auditor(pack, overrides=overrides)
        except PackError as e:
            a = e
        _auditors[key] = a
    return a


def _audit_chunk(args) -> list[AuditResult | str]:
    """Audit one chunk [(pack, conversation)] -> results (or an error text per conversation)."""
    chunk, overrides, keep, keep_acts = args
    by_pack: dict[str, list[int]] = {}
    for k, (pack, _) in enumerate(chunk):
        by_pack.setdefault(pack, []).append(k)
    out: list[AuditResult | str] = [""] * len(chunk)
    for pack, idx in by_pack.items():
        a = _auditor(pack, overrides)
        if isinstance(a, PackError):
            for k in idx:
                out[k] = f"规则包 {pack!r} 无法使用：{a}"
            continue
        for k, r in zip(idx, a.audit_many([chunk[k][1] for k in idx], keep_messages=keep, keep_acts=keep_acts)):
            out[k] = r
    return out


class AuditRunner:
    def __init__(self, pack: str | None = None, overrides: str | None = None, workers: int = 1,
                 keep_messages: bool = False, default_pack: str = "jd", keep_acts: bool = False):
        self.pack = pack
        self.overrides = overrides
        self.workers = max(1, workers)
        self.keep = keep_messages
        self.keep_acts = keep_acts  # each result carries its turns' dialogue acts (``--acts``)
        self.default_pack = default_pack
        if pack is not None:  # fail early, in the main process, on a bad pack or override file
            a = _auditor(pack, overrides)
            if isinstance(a, PackError):
                raise a

    def _pack_of(self, item: LogItem) -> str:
        return self.pack or (item.conversation.pack if item.conversation else None) or self.default_pack

    def run(self, items: Iterable[LogItem]) -> Iterator[tuple[LogItem, AuditResult | None, str | None]]:
        """(item, result, error) for every log item, in input order."""
        chunks = self._chunks(items)
        if self.workers == 1:
            for chunk in chunks:
                yield from self._merge(chunk, _audit_chunk(self._task(chunk)))
            return
        ctx = mp.get_context("fork")
        with ctx.Pool(self.workers) as pool:
            pending: deque = deque()
            for chunk in chunks:
                pending.append((chunk, pool.apply_async(_audit_chunk, (self._task(chunk),))))
                while len(pending) > self.workers * 3:
                    c, fut = pending.popleft()
                    yield from self._merge(c, fut.get())
            while pending:
                c, fut = pending.popleft()
                yield from self._merge(c, fut.get())

    def _chunks(self, items: Iterable[LogItem]) -> Iterator[list[LogItem]]:
        chunk: list[LogItem] = []
        for it in items:
            chunk.append(it)
            if len(chunk) >= CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def _task(self, chunk: list[LogItem]):
        convs = [(self._pack_of(it), it.conversation) for it in chunk if it.conversation is not None]
        return convs, self.overrides, self.keep, self.keep_acts

    @staticmethod
    def _merge(chunk: list[LogItem], results: list) -> Iterator[tuple[LogItem, AuditResult | None, str | None]]:
        it = iter(results)
        for item in chunk:
            if item.conversation is None:
                yield item, None, item.error
            else:
                r = next(it)
                if isinstance(r, str):
                    yield item, None, f"{item.source} 第{item.line}行：{r}"
                else:
                    yield item, r, None
