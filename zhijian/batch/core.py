"""The engine-agnostic core of a batch audit: a batch of whole conversations in, per-chat result lines and a
partial aggregate out.

``zhijian audit`` calls :func:`audit_block` on raw blocks of JSON Lines input (and :func:`audit_batch` on
chunks of CSV/Excel chats), in its own process or in worker processes (``zhijian.batch.runner``), and the
Spark job calls :func:`audit_batch` on every batch of conversations an executor assembled
(``zhijian.batch.spark``): the JSON Lines bytes and the aggregates are computed by the same code on both
paths, so the results cannot drift apart.

Auditors are built once per process and kept (pack compilation costs seconds): a Spark Python worker
or a pool worker builds one for each (pack, overrides) it meets, on first use.
"""

from __future__ import annotations

import gc
import hashlib
import json
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Sequence

from zhijian.audit.auditor import AuditResult, Auditor
from zhijian.batch.aggregate import Aggregate
from zhijian.batch.jsonl import encode_line
from zhijian.batch.blocks import jsonl_block_items
from zhijian.batch.logs import LogItem
from zhijian.engine.rules import PackError


@dataclass(frozen=True)
class AuditSettings:
    """What every chat of a run is audited with.  Pickles small (the override content, not an Auditor)."""

    pack: str | None = None  # --pack: forced for every chat; else the chat's own ``pack`` field, else default_pack
    overrides: str | dict | None = None  # a shop override file (path), or its validated content (a dict)
    default_pack: str = "jd"
    keep_messages: bool = False  # results carry their messages (the HTML/Excel reports show the text)
    keep_acts: bool = False  # results carry their turns' dialogue acts (``--acts``)
    worst_kept: int = 5  # chats the aggregate keeps for "得分最低的会话"

    @cached_property
    def overrides_key(self) -> str | None:
        """A cache key for the overrides: the path, or a digest of the content."""
        if self.overrides is None or isinstance(self.overrides, str):
            return self.overrides
        blob = json.dumps(self.overrides, sort_keys=True, ensure_ascii=False, default=str)
        return "sha256:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def pack_of(self, item: LogItem) -> str:
        conv = item.conversation
        return self.pack or (conv.pack if conv is not None else None) or self.default_pack


@dataclass
class Audited:
    """One log item after the audit: a result and its JSON line, or an error naming the file and line."""

    result: AuditResult | None
    line: bytes | None  # docs/spec/contract.md §3, with its "\n"
    error: str | None = None
    bad_line: bool = False  # the line itself could not be read (vs. a chat that could not be audited)


@dataclass
class BatchOutcome:
    chats: list[Audited] = field(default_factory=list)  # one per input item, in input order
    aggregate: Aggregate = field(default_factory=Aggregate)


@dataclass
class BlockOutcome:
    """A batch's outcome as it travels back from a worker: bytes to write, problems to print, counters.

    ``pieces``, in input order: ``bytes`` (the result lines of consecutive chats, joined) or a
    ``(error, bad_line)`` pair for an item that gave no result (``Audited.error`` and ``.bad_line``)."""

    pieces: list = field(default_factory=list)
    chats: int = 0  # result lines in ``pieces``
    aggregate: Aggregate = field(default_factory=Aggregate)
    results: list[AuditResult] | None = None  # the audited chats' results, when asked for (the Excel report)


def block_outcome(out: BatchOutcome, want_results: bool = False) -> BlockOutcome:
    """``out`` packed to travel: the result lines joined, no per-chat object unless ``want_results``."""
    pieces: list = []
    run: list[bytes] = []
    for a in out.chats:
        if a.error is not None:
            if run:
                pieces.append(b"".join(run))
                run = []
            pieces.append((a.error, a.bad_line))
        elif a.line is not None:
            run.append(a.line)
    if run:
        pieces.append(b"".join(run))
    chats = sum(a.error is None and a.line is not None for a in out.chats)
    results = [a.result for a in out.chats if a.result is not None] if want_results else None
    return BlockOutcome(pieces, chats, out.aggregate, results)


def audit_block(block: bytes, source: str, first_line: int, settings: AuditSettings, file_no: int = 0,
                want_results: bool = False) -> BlockOutcome:
    """Audit a raw block of whole JSON Lines (``zhijian.batch.blocks.jsonl_blocks``) whose first line is
    line ``first_line`` of ``source``: parsing, audit and encoding all happen here (in the worker).  The
    chats are ordered by ``(file_no, line)`` for the aggregate's worst chats."""
    with fewer_collections():  # (parsing allocates as much as the audit)
        items = list(jsonl_block_items(block, source, first_line))
        out = audit_batch(items, settings, [(file_no, it.line) for it in items])
        return block_outcome(out, want_results)


_auditors: dict[tuple, Auditor | PackError] = {}


def auditor_for(pack: str, settings: AuditSettings) -> Auditor | PackError:
    """The process-wide Auditor of (pack, overrides), built on first use; a pack that cannot be
    loaded is remembered as its error."""
    key = (pack, settings.overrides_key)
    a = _auditors.get(key)
    if a is None:
        try:
            a = Auditor(pack, overrides=settings.overrides)
        except PackError as e:
            a = e
        _auditors[key] = a
        # what is alive now (the compiled packs, the models, the tagger) lives as long as the process: out of the
        # cyclic collector's way, whose full passes over it cost ~7 % of an audit (and, before a fork, so that the
        # pool workers share those pages instead of copying them when the collector touches them); the garbage of
        # building it is collected first, so that none of it is kept for good
        gc.collect()
        gc.freeze()
    return a


_inspectors: dict[tuple, Any] = {}


def inspector_for(packs: Sequence[str], overrides: str | dict | None, key: str | None):
    """The process-wide Inspector of (packs, overrides) for message checks, built on first use (``key``
    identifies the overrides, as ``AuditSettings.overrides_key`` does)."""
    from zhijian.engine.inspector import Inspector

    k = (tuple(packs), key)
    insp = _inspectors.get(k)
    if insp is None:
        insp = _inspectors[k] = Inspector(list(packs), overrides=overrides)
    return insp


def overrides_key(overrides: str | dict | None) -> str | None:
    return AuditSettings(overrides=overrides).overrides_key


# container allocations between two young collections of the cyclic collector while a batch is audited (Python's
# default is 700): a chat allocates thousands of short-lived lists, dicts, tuples and findings that reference
# counting frees, and at the default the collector scans and promotes them over and over (~10 % of an audit)
GC_YOUNG = 20_000
_gc_lock = threading.Lock()
_gc_state = {"depth": 0, "saved": None}


@contextmanager
def fewer_collections():
    """Raise the young generation's threshold to ``GC_YOUNG`` for the duration (batches of several threads
    nest: the first in saves the thresholds, the last out restores them).  Collections still run, only less
    often: what the batch leaves in reference cycles is collected all the same, and memory stays flat."""
    with _gc_lock:
        st = _gc_state
        if st["depth"] == 0:
            st["saved"] = gc.get_threshold()
            young, *older = st["saved"]
            if 0 < young < GC_YOUNG:  # (0: the collector is off, left so)
                gc.set_threshold(GC_YOUNG, *older)
        st["depth"] += 1
    try:
        yield
    finally:
        with _gc_lock:
            st["depth"] -= 1
            if st["depth"] == 0:
                gc.set_threshold(*st["saved"])


def audit_batch(items: Sequence[LogItem], settings: AuditSettings, orders: Sequence[Any] | None = None) -> BatchOutcome:
    """Audit a batch of log items (conversations, or lines that could not be read) in one go.

    ``orders[k]`` is item k's position in the whole input (ints, or (file, line) pairs): the partial
    aggregate keeps the worst chats by it, so that merged partials equal one sequential aggregate.
    Without ``orders`` the items are numbered from 0."""
    with fewer_collections():
        return _audit_batch(items, settings, orders)


def _audit_batch(items: Sequence[LogItem], settings: AuditSettings, orders: Sequence[Any] | None) -> BatchOutcome:
    if orders is None:
        orders = range(len(items))
    by_pack: dict[str, list[int]] = {}
    for k, it in enumerate(items):
        if it.conversation is not None:
            by_pack.setdefault(settings.pack_of(it), []).append(k)
    results: dict[int, AuditResult | str] = {}
    for pack, idx in by_pack.items():
        a = auditor_for(pack, settings)
        if isinstance(a, PackError):
            for k in idx:
                results[k] = f"规则包 {pack!r} 无法使用：{a}"
            continue
        convs = [items[k].conversation for k in idx]
        for k, r in zip(idx, a.audit_many(convs, keep_messages=settings.keep_messages, keep_acts=settings.keep_acts)):
            results[k] = r
    out = BatchOutcome(aggregate=Aggregate(worst_kept=settings.worst_kept))
    for k, it in enumerate(items):
        if it.conversation is None:
            out.chats.append(Audited(None, None, it.error, bad_line=True))
            continue
        r = results[k]
        if isinstance(r, str):
            out.chats.append(Audited(None, None, f"{it.source} 第{it.line}行：{r}"))
            continue
        out.aggregate.add(r, orders[k])
        out.chats.append(Audited(r, encode_line(r.to_dict())))
    return out
