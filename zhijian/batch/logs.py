"""Reading chat logs as a stream: the JSON Lines format of spec/contract.md §1, and CSV / Excel
exports (one row per message) with a column mapping.

Every item is ``LogItem(source, line, conversation, error)``: either a conversation or a clear
Chinese error naming the file and the line (JSONL) or row (CSV/Excel).  Nothing is dropped
silently, and memory stays flat: one conversation is held at a time.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Iterator

from zhijian.audit.conversation import (MAX_MESSAGES, Conversation, LogError, Message, clean_field, clean_text,
                                        parse_conversation, parse_ts)

MAX_LINE_BYTES = 16 * 1024 * 1024  # one JSON Lines conversation
MAX_XLSX_UNPACKED = 512 * 1024 * 1024  # all parts of a workbook, unpacked
MAX_XLSX_PART = 128 * 1024 * 1024  # one part (a sheet, the shared strings)
MAX_XLSX_RATIO = 200  # unpacked/packed size of a large part: beyond it is a zip bomb, not a spreadsheet
MAX_ROWS = 2_000_000  # rows of one CSV/Excel file
MAX_COLUMNS = 64  # columns read from a sheet
_CAP_PREFIX = "超过每个文件 "

# field -> accepted column names (case-insensitive), for CSV/Excel exports of chat workbenches
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "conversation_id", "conv_id", "session_id", "chat_id", "会话id", "会话编号", "对话id", "会话"),
    "role": ("role", "sender", "from", "角色", "发送方", "发送者", "身份"),
    "text": ("text", "content", "message", "msg", "内容", "消息", "消息内容", "聊天内容"),
    "ts": ("ts", "time", "timestamp", "datetime", "时间", "发送时间", "消息时间"),
    "shop": ("shop", "store", "店铺", "店铺名称"),
    "agent": ("agent", "agent_id", "客服", "客服账号", "客服昵称", "客服id"),
    "customer_name": ("customer_name", "customer", "顾客", "顾客姓名", "客户姓名", "买家", "买家昵称"),
    "pack": ("pack", "平台"),
    "seq": ("seq", "序号", "消息序号", "msg_seq", "message_seq"),  # a message's place in its chat (Spark sorts by it)
}
ROLE_VALUES: dict[str, str] = {}
for _role, _names in {
    "agent": ("agent", "客服", "商家", "卖家", "staff", "seller", "waiter", "店小二", "1"),
    "customer": ("customer", "顾客", "买家", "客户", "用户", "buyer", "user", "0"),
    "system": ("system", "系统", "sys"),
}.items():
    for _n in _names:
        ROLE_VALUES[_n] = _role


@dataclass
class LogItem:
    source: str
    line: int  # JSONL line / CSV-Excel row (1-based, header = row 1)
    conversation: Conversation | None
    error: str | None = None
    fatal: bool = False  # the file cannot be read on from here (a bomb, a limit, no usable header)


def log_format(path: str) -> str:
    low = path.lower()
    if low.endswith((".xlsx", ".xlsm")):
        return "xlsx"
    if low.endswith((".csv", ".tsv")):
        return "csv"
    return "jsonl"


def read_jsonl(stream: BinaryIO, source: str) -> Iterator[LogItem]:
    for n, raw in enumerate(iter(lambda: stream.readline(MAX_LINE_BYTES + 1), b""), start=1):
        if len(raw) > MAX_LINE_BYTES:
            yield too_long(source, n)
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(MAX_LINE_BYTES)
            continue
        item = jsonl_item(raw, source, n)
        if item is not None:
            yield item


def too_long(source: str, n: int) -> LogItem:
    return LogItem(source, n, None, f"{source} 第{n}行：超过 {MAX_LINE_BYTES // 1024 // 1024} MB，已跳过")


def jsonl_item(raw: bytes, source: str, n: int) -> LogItem | None:
    """Line ``n`` of a JSON Lines log as a conversation or an error naming the file and line; None for a
    blank line.  Shared by the stream reader above and the Spark executors (one line at a time)."""
    if len(raw) > MAX_LINE_BYTES:
        return too_long(source, n)
    if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw.strip():
        return None  # blank lines separate nothing: not an error, not a conversation
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return LogItem(source, n, None, f"{source} 第{n}行：不是合法的 UTF-8（第{e.start + 1}字节），已跳过")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        return LogItem(source, n, None, f"{source} 第{n}行：JSON 无法解析（{e.msg}，第{e.colno}列），已跳过")
    except RecursionError:
        return LogItem(source, n, None, f"{source} 第{n}行：JSON 嵌套过深，已跳过")
    try:
        # (no \u escape in the line: no NUL or lone surrogate in its strings, parse_conversation skips that check)
        return LogItem(source, n, parse_conversation(obj, f"{source} 第{n}行", plain=b"\\u" not in raw))
    except LogError as e:
        return LogItem(source, n, None, f"{e}，已跳过")


def resolve_columns(header: list[str], mapping: dict[str, str], source: str) -> dict[str, int]:
    lower = {str(h).strip().lower(): i for i, h in enumerate(header) if h is not None}
    cols: dict[str, int] = {}
    for field, col in mapping.items():
        if field not in COLUMN_ALIASES:
            raise LogError(f"--map 的字段 {field!r} 未知（可用：{', '.join(COLUMN_ALIASES)}）")
        if col.strip().lower() not in lower:
            raise LogError(f"{source}：找不到列 {col!r}（表头：{', '.join(map(str, header))}）")
        cols[field] = lower[col.strip().lower()]
    for field, names in COLUMN_ALIASES.items():
        if field not in cols:
            for name in names:
                if name in lower:
                    cols[field] = lower[name]
                    break
    missing = [f for f in ("id", "role", "text") if f not in cols]
    if missing:
        raise LogError(f"{source}：缺少列 {', '.join(missing)}；请用 --map 字段=列名 指定（表头：{', '.join(map(str, header))}）")
    return cols


def row_cell(row: list, cols: dict[str, int], field: str):
    """The value of ``field`` in a row, None for a missing or blank cell."""
    i = cols.get(field)
    if i is None or i >= len(row):
        return None
    v = row[i]
    return None if v is None or (isinstance(v, str) and not v.strip()) else v


def row_id(row: list, cols: dict[str, int], source: str, rn: int) -> tuple[str | None, str | None]:
    """(conversation id, None) of a message row, or (None, error naming the file and row)."""
    cid = row_cell(row, cols, "id")
    if cid is None:
        return None, f"{source} 第{rn}行：缺少会话 id，已跳过"
    try:
        return clean_field(str(cid).strip(), "id", f"{source} 第{rn}行"), None
    except LogError as e:
        return None, f"{e}，已跳过"


def row_message(row: list, cols: dict[str, int], source: str, rn: int, full: str | None = None) -> tuple[Message, dict]:
    """The message of a row and its conversation fields (shop, pack, customer_name, agent); raises
    LogError naming the file and row.  ``full``: the id of a conversation that has no room left."""
    role_raw = str(row_cell(row, cols, "role") or "").strip().lower()
    role = ROLE_VALUES.get(role_raw)
    if role is None:
        raise LogError(f"{source} 第{rn}行：无法识别的角色 {role_raw!r}（应为 客服/顾客/系统 或 agent/customer/system）")
    text = row_cell(row, cols, "text")
    text = clean_text("" if text is None else str(text), f"{source} 第{rn}行")
    ts = parse_ts(row_cell(row, cols, "ts"), f"{source} 第{rn}行")
    if full is not None:
        raise LogError(f"{source} 第{rn}行：会话 {full} 超过 {MAX_MESSAGES} 条消息")
    extra = {}
    for field in ("shop", "pack", "customer_name", "agent"):
        v = row_cell(row, cols, field)
        if v is not None:
            extra[field] = clean_field(str(v), field, f"{source} 第{rn}行")
    return Message(role, text, ts), extra


def add_row_message(conv: Conversation, msg: Message, extra: dict) -> None:
    """Append a row's message; the first row that names a shop, pack or customer names the chat's, and the
    first agent row that names an agent names its agent."""
    conv.messages.append(msg)
    for field in ("shop", "pack", "customer_name"):
        if field in extra and getattr(conv, field) is None:
            setattr(conv, field, extra[field])
    if "agent" in extra and msg.role == "agent" and conv.agent is None:
        conv.agent = extra["agent"]


def _rows_to_conversations(rows: Iterable[tuple[int, list | str]], cols: dict[str, int], source: str) -> Iterator[LogItem]:
    """Group consecutive rows of one conversation id; a row given as a str is a read error."""
    cur: Conversation | None = None
    cur_row = 0
    seen: set[str] = set()

    for rn, row in rows:
        if isinstance(row, str):
            if row.startswith(_CAP_PREFIX):
                yield LogItem(source, rn, None, f"{source} 第{rn}行：{row}", fatal=True)
                break
            yield LogItem(source, rn, None, f"{source} 第{rn}行：{row}，已跳过")
            continue
        if not any(v not in (None, "") for v in row):
            continue
        cid, error = row_id(row, cols, source, rn)
        if cid is None:
            yield LogItem(source, rn, None, error)
            continue
        if cur is None or cid != cur.id:
            if cur is not None:
                yield LogItem(source, cur_row, cur)
            if cid in seen:
                yield LogItem(source, rn, None, f"{source} 第{rn}行：会话 {cid} 的消息不连续（导出文件应按会话排序），后面的部分作为单独会话处理")
            seen.add(cid)
            cur, cur_row = Conversation(cid, []), rn
        try:
            msg, extra = row_message(row, cols, source, rn, cid if len(cur.messages) >= MAX_MESSAGES else None)
        except LogError as e:
            yield LogItem(source, rn, None, f"{e}，该消息已跳过")
            continue
        add_row_message(cur, msg, extra)
    if cur is not None:
        yield LogItem(source, cur_row, cur)


def read_csv(stream: BinaryIO, source: str, mapping: dict[str, str]) -> Iterator[LogItem]:
    """CSV read line by line as bytes, so that a row that is not UTF-8 is reported with its own
    row number and every other row is still read."""
    bad_lines: set[int] = set()

    def lines():
        for n, raw in enumerate(stream, start=1):
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                bad_lines.add(n)
                yield raw.decode("utf-8", errors="replace")

    delim = "\t" if source.lower().endswith(".tsv") else ","
    reader = csv.reader(lines(), delimiter=delim)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as e:
        yield LogItem(source, 1, None, f"{source}：CSV 表头无法读取（{e}）", fatal=True)
        return
    if 1 in bad_lines:
        yield LogItem(source, 1, None, f"{source}：表头不是 UTF-8 编码；请把文件另存为 UTF-8", fatal=True)
        return
    try:
        cols = resolve_columns(header, mapping, source)
    except LogError as e:
        yield LogItem(source, 1, None, str(e), fatal=True)
        return

    def rows():
        while True:
            before = reader.line_num
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                yield reader.line_num, f"CSV 格式错误：{e}"
                continue
            span = range(before + 1, reader.line_num + 1)
            if any(n in bad_lines for n in span):
                yield span[0], "不是合法的 UTF-8（请把文件另存为 UTF-8）"
                continue
            yield span[0], row

    yield from _rows_to_conversations(_capped(rows(), source), cols, source)


def xlsx_bomb(path: str) -> str | None:
    """Why a workbook must not be opened (a zip bomb or an oversized part), or None.  Looks only at the zip
    directory: nothing is unpacked."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        return f"不是有效的 Excel（xlsx）文件（{e}）"
    total = sum(i.file_size for i in infos)
    if total > MAX_XLSX_UNPACKED:
        return f"解压后共 {total // 2**20} MB，超过上限 {MAX_XLSX_UNPACKED // 2**20} MB"
    for i in infos:
        if i.file_size > MAX_XLSX_PART:
            return f"其中 {i.filename} 解压后 {i.file_size // 2**20} MB，超过上限 {MAX_XLSX_PART // 2**20} MB"
        if i.file_size > 8 * 2**20 and i.file_size > MAX_XLSX_RATIO * max(i.compress_size, 1):
            return f"其中 {i.filename} 压缩比超过 {MAX_XLSX_RATIO}:1（疑似压缩炸弹）"
    return None


def _capped(rows: Iterable[tuple[int, list | str]], source: str) -> Iterator[tuple[int, list | str]]:
    for rn, row in rows:
        if rn > MAX_ROWS:
            yield rn, f"{_CAP_PREFIX}{MAX_ROWS:,} 行的上限，从这一行起未读取（请拆分文件）"
            return
        yield rn, row


def read_xlsx(path: str, mapping: dict[str, str], sheet: str | None = None) -> Iterator[LogItem]:
    import openpyxl

    bomb = xlsx_bomb(path)
    if bomb:
        yield LogItem(path, 0, None, f"{path}：{bomb}，未读取", fatal=True)
        return
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a broken file
        yield LogItem(path, 0, None, f"{path}：无法作为 Excel 文件打开（{e}）", fatal=True)
        return
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            yield LogItem(path, 0, None, f"{path}：没有工作表 {sheet!r}（有：{', '.join(wb.sheetnames)}）", fatal=True)
            return
        ws = wb[sheet] if sheet else wb.worksheets[0]
        it = ws.iter_rows(values_only=True, max_col=MAX_COLUMNS)
        try:
            header = [("" if v is None else str(v)) for v in next(it)]
        except StopIteration:
            return
        try:
            cols = resolve_columns(header, mapping, path)
        except LogError as e:
            yield LogItem(path, 1, None, str(e), fatal=True)
            return
        ts_col = cols.get("ts")

        def fix(row: list) -> list:
            # an unformatted Excel date is a serial number of days, not Unix seconds
            if ts_col is not None and ts_col < len(row) and isinstance(row[ts_col], (int, float)) \
                    and not isinstance(row[ts_col], bool) and 1 < row[ts_col] < 2_958_466:
                from openpyxl.utils.datetime import from_excel

                row[ts_col] = from_excel(row[ts_col])
            return row

        rows = ((rn, fix(list(r))) for rn, r in enumerate(it, start=2))
        yield from _rows_to_conversations(_capped(rows, path), cols, path)
    finally:
        wb.close()


def read_logs(paths: list[str], mapping: dict[str, str] | None = None, sheet: str | None = None,
              stdin: BinaryIO | None = None) -> Iterator[LogItem]:
    """Stream conversations from several files ('-' = standard input, JSONL)."""
    mapping = mapping or {}
    for path in paths:
        if path == "-":
            yield from read_jsonl(stdin, "<stdin>")
            continue
        if not os.path.isfile(path):
            yield LogItem(path, 0, None, f"{path}：文件不存在或不是文件", fatal=True)
            continue
        fmt = log_format(path)
        if fmt == "xlsx":
            yield from read_xlsx(path, mapping, sheet)
            continue
        with open(path, "rb") as fh:
            if fmt == "csv":
                yield from read_csv(fh, path, mapping)
            else:
                yield from read_jsonl(fh, path)
