"""Reading message input for ``zhijian check`` (spec/contract.md §2).

One message per line, either plain text or a JSON object ``{"id": ..., "text": ...}``:

* the input is read as BYTES and decoded line by line, so invalid UTF-8 on one line is
  reported with its line number while every other line is still processed;
* only the line ending (``\\n`` or ``\\r\\n``) is removed, nothing else, so that finding offsets
  stay valid for the text as given; a UTF-8 byte-order mark at the start of the input is dropped;
* a line whose first non-space character is ``{`` is JSON and must be an object with a string
  ``text``; its optional ``id`` (any JSON scalar) is kept as given;
* a line without an ``id`` (plain text, JSON without ``id`` or with ``"id": null``) gets its
  1-based line number (an int) as id;
* a bad line (invalid UTF-8, malformed JSON, missing or non-string ``text``, an empty or
  whitespace-only message, a message over ``MAX_MESSAGE_CHARS`` characters, a line over
  ``MAX_LINE_BYTES`` bytes) is NOT dropped: it comes out as a ``Message`` with ``error`` set to a
  Chinese explanation that names the line.

Reading is streaming: lines are yielded one at a time (or in bounded chunks), so memory does
not grow with the size of the input.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Iterable, Iterator

from zhijian.batch.jsonl import encode_check
from zhijian.taxonomy import SEVERITY_RANK

MAX_MESSAGE_CHARS = 1_000_000
# A JSON line may escape every character (\uXXXX, or two of them for one astral character),
# so a line holding a legal message can be much longer in bytes than in characters.
MAX_LINE_BYTES = 16 * 1024 * 1024
CHUNK_LINES = 5_000
CHUNK_CHARS = 4_000_000  # also close a chunk once its messages hold this many characters

_BOM = b"\xef\xbb\xbf"


@dataclass(slots=True)
class Message:
    """One input line: a message to check, or (``error`` set) a line that could not be used."""

    line: int  # 1-based line number in the input
    id: Any  # the JSON id as given, or the line number
    text: str | None  # the message; None when it could not be read
    error: str | None = None  # Chinese explanation naming the line

    @property
    def ok(self) -> bool:
        return self.error is None


class _NotFinite(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _NotFinite(f"{name} 不是合法的 JSON 数值")


def _parse_float(s: str) -> float:
    v = float(s)
    if not math.isfinite(v):
        raise _NotFinite(f"数值 {s} 超出范围")
    return v


# one decoder for every line (json.loads with these hooks would build a decoder per line)
_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_parse_float)

_JSON_REASONS = {
    "Expecting value": "缺少值",
    "Expecting ',' delimiter": "缺少逗号",
    "Expecting ':' delimiter": "缺少冒号",
    "Expecting property name enclosed in double quotes": "键名必须用双引号括起",
    "Unterminated string starting at": "字符串没有结束引号",
    "Invalid control character at": "字符串中有未转义的控制字符",
    "Invalid \\escape": "无效的转义序列",
    "Invalid \\uXXXX escape": "无效的 \\u 转义",
    "Extra data": "对象后面还有多余内容",
    "Illegal trailing comma before end of object": "对象末尾多了逗号",
    "Illegal trailing comma before end of array": "数组末尾多了逗号",
}

_TYPE_NAMES = {bool: "布尔值", int: "数字", float: "数字", str: "字符串", list: "数组", dict: "对象",
               type(None): "null"}


def _type_name(v: Any) -> str:
    return _TYPE_NAMES.get(type(v), type(v).__name__)


_SURROGATES = re.compile("[\ud800-\udfff]")


def _first_surrogate(s: str) -> int:
    m = _SURROGATES.search(s)
    return ord(m.group()) if m else 0


def _has_surrogates(s: str) -> bool:
    """Lone surrogates (JSON escapes such as \\ud800) are not text and cannot be written as UTF-8."""
    return _SURROGATES.search(s) is not None


def parse_line(line_no: int, raw: bytes) -> Message:
    """Turn one input line (bytes, line ending already removed) into a ``Message``."""
    where = f"第{line_no}行"
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return Message(line_no, line_no, None, f"{where}：不是合法的 UTF-8（第{e.start + 1}字节）")
    escapes = "\\u" in s  # a lone surrogate can only come from a JSON escape (\ud800): decoded UTF-8 has none

    if s[:1] == "{" or s.lstrip().startswith("{"):
        try:
            obj = _DECODER.decode(s)
        except json.JSONDecodeError as e:
            reason = next((zh for en, zh in _JSON_REASONS.items() if e.msg.startswith(en)), e.msg)
            return Message(line_no, line_no, None,
                           f"{where}：不是合法的 JSON（第{e.colno}个字符处：{reason}）")
        except (_NotFinite, ValueError, RecursionError) as e:
            return Message(line_no, line_no, None, f"{where}：不是合法的 JSON（{e}）")
        if not isinstance(obj, dict):
            return Message(line_no, line_no, None,
                           f"{where}：JSON 必须是对象 {{\"id\": …, \"text\": …}}，实际是{_type_name(obj)}")
        msg_id: Any = line_no
        if "id" in obj and obj["id"] is not None:
            if isinstance(obj["id"], (dict, list)):
                return Message(line_no, line_no, None,
                               f"{where}：\"id\" 必须是字符串或数字，实际是{_type_name(obj['id'])}")
            if escapes and isinstance(obj["id"], str) and _has_surrogates(obj["id"]):
                return Message(line_no, line_no, None,
                               f"{where}：\"id\" 含有无效的 Unicode 代理字符（\\u{_first_surrogate(obj['id']):04x}）")
            msg_id = obj["id"]
        if "text" not in obj:
            return Message(line_no, msg_id, None, f"{where}：JSON 对象缺少 \"text\" 字段")
        text = obj["text"]
        if not isinstance(text, str):
            return Message(line_no, msg_id, None,
                           f"{where}：\"text\" 必须是字符串，实际是{_type_name(text)}")
        if escapes and _has_surrogates(text):
            return Message(line_no, msg_id, None,
                           f"{where}：\"text\" 含有无效的 Unicode 代理字符（\\u{_first_surrogate(text):04x}）")
    else:
        msg_id, text = line_no, s

    if not text.strip():
        return Message(line_no, msg_id, text, f"{where}：消息为空")
    if len(text) > MAX_MESSAGE_CHARS:
        return Message(line_no, msg_id, text,
                       f"{where}：消息过长（{len(text):,} 字符，上限 {MAX_MESSAGE_CHARS:,}），未检查")
    return Message(line_no, msg_id, text)


def _skip_rest_of_line(stream: BinaryIO) -> int:
    skipped = 0
    while True:
        part = stream.readline(1 << 20)
        skipped += len(part)
        if not part or part.endswith(b"\n"):
            return skipped


def read_messages(stream: BinaryIO, max_line_bytes: int = MAX_LINE_BYTES) -> Iterator[Message]:
    """Yield one ``Message`` per line of a binary stream, in order, never more than one line in memory."""
    line_no = 0
    while True:
        raw = stream.readline(max_line_bytes + 2)  # room for the \r\n of a line of the maximum size
        if not raw:
            return
        line_no += 1
        if line_no == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM):]
        if not raw.endswith(b"\n") and len(raw) >= max_line_bytes + 2:
            size = len(raw) + _skip_rest_of_line(stream)
            yield Message(line_no, line_no, None,
                          f"第{line_no}行：这一行过长（{size:,} 字节，上限 {max_line_bytes:,}），未检查")
            continue
        if raw.endswith(b"\n"):
            raw = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1]
        if len(raw) > max_line_bytes:
            yield Message(line_no, line_no, None,
                          f"第{line_no}行：这一行过长（{len(raw):,} 字节，上限 {max_line_bytes:,}），未检查")
            continue
        yield parse_line(line_no, raw)


def text_message(text: str) -> Message:
    """The single message given on the command line (id 1); never parsed as JSON."""
    if _has_surrogates(text):  # undecodable command-line bytes arrive as lone surrogates
        return Message(1, 1, None, "消息不是合法的 UTF-8 文本")
    if len(text) > MAX_MESSAGE_CHARS:
        return Message(1, 1, text, f"消息过长（{len(text):,} 字符，上限 {MAX_MESSAGE_CHARS:,}），未检查")
    return Message(1, 1, text)


def chunked(messages: Iterable[Message], max_lines: int = CHUNK_LINES,
            max_chars: int = CHUNK_CHARS) -> Iterator[list[Message]]:
    """Group messages into bounded chunks (by line count and by total characters)."""
    chunk: list[Message] = []
    chars = 0
    for m in messages:
        chunk.append(m)
        chars += len(m.text) if m.text is not None else 0
        if len(chunk) >= max_lines or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def check_chunk(inspector, chunk: list[Message], *, lines: bool = True) -> list[tuple[Message, list | None, bytes | None]]:
    """Check a chunk of messages in one ``check_many`` call: (message, findings or None for a bad line,
    its JSON line of docs/spec/contract.md §2, or None with ``lines=False``: the text report needs none).
    ``zhijian check`` and the Spark job both use it."""
    good = [m for m in chunk if m.ok]
    results = iter(inspector.check_many([m.text for m in good]) if good else [])
    out = []
    for m in chunk:
        if not m.ok:
            out.append((m, None, encode_check(m.id, m.text, (), m.error) if lines else None))
            continue
        findings = next(results)
        out.append((m, findings, encode_check(m.id, m.text, findings) if lines else None))
    return out


@dataclass
class CheckTally:
    """Counts over checked messages; partial tallies (one per Spark partition) add up with ``merge``."""

    checked: int = 0
    with_findings: int = 0
    invalid: int = 0
    by_category: dict[str, list[int]] = field(default_factory=dict)  # category -> [findings, messages, worst rank]

    def add(self, findings: list) -> None:
        self.checked += 1
        if not findings:
            return
        self.with_findings += 1
        seen = set()
        for f in findings:
            rank = SEVERITY_RANK.get(f.severity, 0)
            c = self.by_category.setdefault(f.category, [0, 0, 0])
            c[0] += 1
            c[2] = max(c[2], rank)
            if f.category not in seen:
                c[1] += 1
                seen.add(f.category)

    def merge(self, other: "CheckTally") -> None:
        self.checked += other.checked
        self.with_findings += other.with_findings
        self.invalid += other.invalid
        for cat, (n, msgs, rank) in other.by_category.items():
            c = self.by_category.setdefault(cat, [0, 0, 0])
            c[0] += n
            c[1] += msgs
            c[2] = max(c[2], rank)

    def worst_rank(self) -> int:
        return max((c[2] for c in self.by_category.values()), default=0)
