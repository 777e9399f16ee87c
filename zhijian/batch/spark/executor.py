"""What runs in Spark's Python workers: Arrow batches in, Arrow batches out (``DataFrame.mapInArrow``).

Every function here is built on the driver from a small picklable job (broadcast handles and flags) and
runs once per partition.  The work itself is the local code: ``jsonl_item`` and ``row_message`` read
lines and rows with the local reader's checks and messages, ``audit_batch`` audits, ``check_chunk``
checks, ``encode_line`` / ``encode_check`` write the JSON.  Each partition ends with one row holding its partial
aggregate (or check tally), pickled, which the driver merges.

Rows of a partition arrive in the scan's order, so the k-th row of file block (file, start) is line
``first_line[(file, start)] + k`` (the driver counted the lines of every block first).
"""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import dataclass
from typing import Any, Callable, Iterator
from urllib.parse import unquote

import pyarrow as pa

from zhijian.audit.conversation import MAX_MESSAGES, Conversation, LogError, Message
from zhijian.batch.aggregate import Aggregate
from zhijian.batch.core import AuditSettings, BatchOutcome, audit_batch, inspector_for
from zhijian.batch.jsonl import encode_line
from zhijian.batch.logs import LogItem, add_row_message, jsonl_item, row_id, row_message
from zhijian.batch.messages import MAX_LINE_BYTES, CheckTally, check_chunk, parse_line
from zhijian.batch.messages import Message as Line

CHUNK = 200  # conversations (or messages x 10) handed to the core at a time, as in the local runner
KIND_RESULT, KIND_ERROR, KIND_PARTIAL = 0, 1, 2

# One schema for everything a job sends back: a result line, an error, or a partition's partial aggregate.
RESULT_DDL = ("kind int, id string, pack string, shop string, agent string, score double, fatal boolean, "
              "findings int, line string, error string, bad boolean, blob binary")
RESULT_ARROW = pa.schema([("kind", pa.int32()), ("id", pa.string()), ("pack", pa.string()), ("shop", pa.string()),
                          ("agent", pa.string()), ("score", pa.float64()), ("fatal", pa.bool_()),
                          ("findings", pa.int32()), ("line", pa.string()), ("error", pa.string()),
                          ("bad", pa.bool_()), ("blob", pa.binary())])

# Message rows, validated and keyed for the shuffle (an invalid row: cid null, error set).
ROW_DDL = ("cid string, seq long, tkey long, file string, line long, role string, text string, ts string, "
           "shop string, agent string, customer_name string, pack string, error string")
ROW_ARROW = pa.schema([("cid", pa.string()), ("seq", pa.int64()), ("tkey", pa.int64()), ("file", pa.string()),
                       ("line", pa.int64()), ("role", pa.string()), ("text", pa.string()), ("ts", pa.string()),
                       ("shop", pa.string()), ("agent", pa.string()), ("customer_name", pa.string()),
                       ("pack", pa.string()), ("error", pa.string())])
EXTRA_FIELDS = ("shop", "agent", "customer_name", "pack")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def display_path(uri: str) -> str:
    """A file as people name it: a local path for ``file:`` URIs, the URI otherwise (hdfs://, s3a://)."""
    if uri.startswith("file:"):
        path = uri[len("file:"):]
        while path.startswith("//"):
            path = path[1:]
        return unquote(path)
    return uri


class _Rows:
    """Columns of the result rows being built for one output batch."""

    def __init__(self, schema: pa.Schema) -> None:
        self.schema = schema
        self.cols: dict[str, list] = {n: [] for n in schema.names}

    def append(self, **values: Any) -> None:
        for n, col in self.cols.items():
            col.append(values.get(n))

    def __len__(self) -> int:
        return len(next(iter(self.cols.values())))

    def take(self) -> pa.RecordBatch:
        batch = pa.RecordBatch.from_pydict(self.cols, schema=self.schema)
        self.cols = {n: [] for n in self.schema.names}
        return batch


def _audit_into(items: list, orders: list, settings, agg, rows, want_results: bool) -> None:
    """Audit the collected chats, merge their aggregate, add their result rows; empty both lists."""
    outcome = audit_batch(items, settings, orders)
    agg.merge(outcome.aggregate)
    _add_outcome(rows, outcome, want_results)
    items.clear()
    orders.clear()


def _add_outcome(rows: _Rows, outcome: BatchOutcome, want_results: bool) -> None:
    for a in outcome.chats:
        if a.result is None:
            rows.append(kind=KIND_ERROR, error=a.error, bad=a.bad_line)
            continue
        r = a.result
        rows.append(kind=KIND_RESULT, id=r.id, pack=r.pack, shop=r.shop, agent=r.agent, score=r.score, fatal=r.fatal,
                    findings=len(r.findings), line=a.line[:-1].decode("utf-8"),
                    blob=pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) if want_results else None)


def _partial(rows: _Rows, partial: Any) -> None:
    rows.append(kind=KIND_PARTIAL, blob=pickle.dumps(partial, protocol=pickle.HIGHEST_PROTOCOL))


def _line_numbers(first_lines: dict) -> Callable[[str, int], int]:
    """k-th row of block (file, start) -> its 1-based line in the file, counting rows in scan order."""
    seen: dict[tuple[str, int], int] = {}

    def number(file: str, block: int) -> int:
        k = seen.get((file, block), 0)
        seen[(file, block)] = k + 1
        return first_lines[(file, block)] + k

    return number


@dataclass
class AuditJob:
    settings: Any  # Broadcast of AuditSettings (its overrides: the file's validated content)
    first_lines: Any  # Broadcast of {(file, block start): first line number}
    want_results: bool = False  # send each AuditResult back (pickled) for the Excel export
    columns: Any = None  # Broadcast of {file: (columns, delimiter)} for CSV rows; None otherwise


def audit_chats(job: AuditJob) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """JSON Lines chats (file, block, raw) -> results, errors and the partition's partial aggregate."""

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        settings: AuditSettings = job.settings.value
        number = _line_numbers(job.first_lines.value)
        agg = Aggregate(worst_kept=settings.worst_kept)
        rows = _Rows(RESULT_ARROW)
        items: list[LogItem] = []
        orders: list[tuple[str, int]] = []

        def flush() -> None:
            _audit_into(items, orders, settings, agg, rows, job.want_results)

        for batch in batches:
            d = batch.to_pydict()
            for file, block, raw in zip(d["file"], d["block"], d["raw"]):
                n = number(file, block)
                src = display_path(file)
                item = jsonl_item(raw, src, n)
                if item is not None:
                    items.append(item)
                    orders.append((src, n))
                    if len(items) >= CHUNK:
                        flush()
            if len(rows):
                yield rows.take()
        if items:
            flush()
        _partial(rows, agg)
        yield rows.take()

    return run


def _csv_cells(raw: bytes, delimiter: str) -> list | str:
    """One CSV line -> its cells, or why it cannot be read on its own line."""
    import csv

    if raw.endswith(b"\r"):
        raw = raw[:-1]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return "不是合法的 UTF-8（请把文件另存为 UTF-8）"
    if text.count('"') % 2:
        return "单元格内有换行或引号不成对（Spark 引擎要求每条消息占一行；请改用 JSON Lines 或 Parquet）"
    try:
        return next(csv.reader([text], delimiter=delimiter), [])
    except csv.Error as e:
        return f"CSV 格式错误：{e}"


def message_rows(job: AuditJob, table: bool) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """Message rows -> validated rows keyed by conversation id (or errors naming file and line).

    ``table``: Parquet, whose batches carry the mapped fields as columns (cols = their positions);
    otherwise CSV lines (file, block, raw) split with each file's own header and delimiter."""

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        number = _line_numbers(job.first_lines.value)
        per_file = job.columns.value
        out = _Rows(ROW_ARROW)
        for batch in batches:
            d = batch.to_pydict()
            fields = [n for n in batch.schema.names if n not in ("file", "block", "raw")]
            for i, (file, block) in enumerate(zip(d["file"], d["block"])):
                n = number(file, block)
                src = display_path(file)
                if table:
                    cols = {f: k for k, f in enumerate(fields)}
                    row: list | str = [d[f][i] for f in fields]
                else:
                    if n == 1:
                        continue  # the header
                    cols, delimiter = per_file[src]
                    row = _csv_cells(d["raw"][i], delimiter)
                _row_out(out, row, cols, src, file, n)
            if len(out):
                yield out.take()

    return run


def _row_out(out: _Rows, row: list | str, cols: dict[str, int], src: str, file: str, n: int) -> None:
    if isinstance(row, str):
        out.append(file=file, line=n, error=f"{src} 第{n}行：{row}，已跳过")
        return
    if not any(v not in (None, "") for v in row):
        return
    cid, error = row_id(row, cols, src, n)
    if cid is None:
        out.append(file=file, line=n, error=error)
        return
    try:
        msg, extra = row_message(row, cols, src, n)
    except LogError as e:
        out.append(file=file, line=n, error=f"{e}，该消息已跳过")
        return
    seq = _seq(row, cols)
    tkey = (msg.ts - _EPOCH) // dt.timedelta(microseconds=1) if msg.ts is not None else None
    out.append(cid=cid, seq=seq, tkey=tkey, file=file, line=n, role=msg.role, text=msg.text,
               ts=msg.ts.isoformat() if msg.ts is not None else None, **extra)


def _seq(row: list, cols: dict[str, int]) -> int | None:
    i = cols.get("seq")
    if i is None or i >= len(row) or row[i] is None:
        return None
    try:
        return int(float(row[i]))
    except (TypeError, ValueError, OverflowError):
        return None


def audit_rows(job: AuditJob) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """Rows sorted by conversation id (then seq, time, file, line) -> conversations -> results.

    A conversation may span Arrow batches: the one still open at the end of a batch is carried over
    to the next, and closed when another id starts or the partition ends."""

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        settings: AuditSettings = job.settings.value
        agg = Aggregate(worst_kept=settings.worst_kept)
        rows = _Rows(RESULT_ARROW)
        done: list[LogItem] = []
        orders: list[tuple[str, int]] = []
        cur: list = []  # [conversation, (display file, line) of its first row in the input]

        def close() -> None:
            if cur:
                conv, first = cur
                done.append(LogItem(first[0], first[1], conv))
                orders.append(first)
                cur.clear()

        def flush() -> None:
            _audit_into(done, orders, settings, agg, rows, job.want_results)

        for batch in batches:
            d = batch.to_pydict()
            for i in range(batch.num_rows):
                if d["error"][i] is not None:
                    rows.append(kind=KIND_ERROR, error=d["error"][i], bad=True)
                    continue
                cid, src, n = d["cid"][i], display_path(d["file"][i]), d["line"][i]
                if not cur or cur[0].id != cid:
                    close()
                    if len(done) >= CHUNK:
                        flush()
                    cur.extend((Conversation(cid, []), (src, n)))
                elif (src, n) < cur[1]:
                    cur[1] = (src, n)
                conv = cur[0]
                if len(conv.messages) >= MAX_MESSAGES:
                    rows.append(kind=KIND_ERROR, bad=True,
                                error=f"{src} 第{n}行：会话 {cid} 超过 {MAX_MESSAGES} 条消息，该消息已跳过")
                    continue
                ts = dt.datetime.fromisoformat(d["ts"][i]) if d["ts"][i] is not None else None
                extra = {f: d[f][i] for f in EXTRA_FIELDS if d[f][i] is not None}
                add_row_message(conv, Message(d["role"][i], d["text"][i], ts), extra)
            if len(rows):
                yield rows.take()
        close()
        if done:
            flush()
        _partial(rows, agg)
        yield rows.take()

    return run


@dataclass
class CheckJob:
    packs: tuple[str, ...]
    overrides: Any  # Broadcast of the override file's validated content, or None
    overrides_key: str | None
    first_lines: Any  # Broadcast of {(file, block start): first line number}


def check_messages(job: CheckJob, table: bool) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """Messages -> one JSON record each (docs/spec/contract.md §2) and the partition's tally.

    Lines (file, block, raw) are read exactly as ``zhijian check`` reads a file; a table (Parquet) gives
    ``text`` and optionally ``id`` columns (no id: the row number, like a line without id)."""

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        overrides = job.overrides.value if job.overrides is not None else None
        inspector = inspector_for(job.packs, overrides, job.overrides_key)
        number = _line_numbers(job.first_lines.value)
        tally = CheckTally()
        rows = _Rows(RESULT_ARROW)
        for batch in batches:
            d = batch.to_pydict()
            msgs = []
            for i, (file, block) in enumerate(zip(d["file"], d["block"])):
                msgs.append(_message(d, i, number(file, block), table))
            for start in range(0, len(msgs), CHUNK * 10):
                for m, findings, data in check_chunk(inspector, msgs[start:start + CHUNK * 10]):
                    line = data[:-1].decode("utf-8")
                    if findings is None:
                        tally.invalid += 1
                        rows.append(kind=KIND_ERROR, line=line, error=m.error, bad=True)
                    else:
                        tally.add(findings)
                        rows.append(kind=KIND_RESULT, line=line, findings=len(findings))
            if len(rows):
                yield rows.take()
        _partial(rows, tally)
        yield rows.take()

    return run


def _message(d: dict, i: int, n: int, table: bool) -> Line:
    """Message ``n`` of a file, read as ``zhijian.batch.messages.read_messages`` reads it."""
    if not table:
        raw = d["raw"][i]
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        if len(raw) > MAX_LINE_BYTES:
            return Line(n, n, None, f"第{n}行：这一行过长（{len(raw) + 1:,} 字节，上限 {MAX_LINE_BYTES:,}），未检查")
        return parse_line(n, raw)
    text = d["text"][i]
    msg_id = d["id"][i] if "id" in d and d["id"][i] is not None else n
    if isinstance(msg_id, dt.datetime):
        msg_id = msg_id.isoformat()
    if not isinstance(text, str) or not text.strip():
        return Line(n, msg_id, text if isinstance(text, str) else None, f"第{n}行：消息为空")
    return parse_line(n, encode_line({"id": msg_id, "text": text})[:-1])
