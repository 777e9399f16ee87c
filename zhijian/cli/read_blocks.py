"""Reading ``zhijian check`` input in blocks: the same messages as ``batch.messages.read_messages``, with
the per-line Python taken out of the common case.

The input is read as bytes in blocks of ``BLOCK`` bytes; the complete lines of a block are decoded in one
call and the JSON lines among them parsed in one decoder call (``[line,line,…]``).  Every line that is
not plain — invalid UTF-8 in the block, a JSON line the batch cannot vouch for, a line near the size
limit, anything that becomes an error — goes through ``read_messages``'s own steps (``parse_line``), so
the messages, ids, texts and Chinese errors are the same, line for line (``tests/test_read_blocks.py``
compares the two on generated and hostile input).

Why one decoder call over many lines gives each line's own object: a line enters the batch only when it
starts with ``{``, ends with ``}`` and holds no other brace.  The batch's k top-level objects then need k
structural ``{``, and there are exactly k, one at each line start; each object's closing ``}`` must lie
before the next line starts, and the only one there ends its own line.  So object i is exactly line i,
decoded as it would be alone (duplicate keys, numbers, escapes alike).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate
from operator import attrgetter
from typing import BinaryIO, Iterator

from zhijian.batch.messages import (_BOM, _DECODER, CHUNK_CHARS, CHUNK_LINES, MAX_LINE_BYTES, MAX_MESSAGE_CHARS,
                                    Message, parse_line)

BLOCK = 1 << 20
_SCALAR_IDS = (int, str, float, bool)
_TEXT = attrgetter("text")


def _too_long(line_no: int, size: int, limit: int) -> Message:
    return Message(line_no, line_no, None, f"第{line_no}行：这一行过长（{size:,} 字节，上限 {limit:,}），未检查")


def _one(line_no: int, raw: bytes, ended: bool, max_line_bytes: int) -> Message:
    """One whole line (``ended``: it had its ``\\n``, removed here) as ``read_messages`` reads it; the line
    fits in one ``readline`` of the reader (at most ``max_line_bytes + 2`` bytes with its ending)."""
    if line_no == 1 and raw.startswith(_BOM):
        raw = raw[len(_BOM):]
    if ended and raw.endswith(b"\r"):
        raw = raw[:-1]
    if len(raw) > max_line_bytes:
        return _too_long(line_no, len(raw), max_line_bytes)
    return parse_line(line_no, raw)


def _plain(line_no: int, s: str) -> Message:
    """A decoded line that is not JSON (``parse_line``'s plain branch)."""
    if s.strip() and len(s) <= MAX_MESSAGE_CHARS:
        return Message(line_no, line_no, s)
    return parse_line(line_no, s.encode("utf-8"))


def _json_batch(lines: list[str]) -> list | None:
    """The objects of lines that each start with ``{``, end with ``}`` and hold no other brace (module
    docstring), in one decoder call; None when the batch does not decode to one object per line."""
    joined = "[" + ",".join(lines) + "]"
    if joined.count("{") != len(lines) or joined.count("}") != len(lines):
        return None
    try:
        objs = _DECODER.decode(joined)
    except (ValueError, RecursionError):  # also the decoder's own errors (JSONDecodeError, a non-finite number)
        return None
    return objs if len(objs) == len(lines) else None


def _from_objects(first: int, out: list, where, objs: list | None, lines: list[str]) -> None:
    """The decoded lines as ``Message`` into ``out``: the plain case here, anything else by ``parse_line``."""
    scalar, most, message = _SCALAR_IDS, MAX_MESSAGE_CHARS, Message
    for i, obj, s in zip(where, objs if objs is not None else [None] * len(lines), lines):
        if type(obj) is dict and "\\u" not in s:  # no escape: no lone surrogate can be in it
            text = obj.get("text")
            msg_id = obj.get("id")
            # not text.isspace(): text.strip() is not empty, without making the stripped copy
            if type(text) is str and (msg_id is None or type(msg_id) in scalar) \
                    and text and not text.isspace() and len(text) <= most:
                out[i] = message(first + i, first + i if msg_id is None else msg_id, text)
                continue
        out[i] = parse_line(first + i, s.encode("utf-8"))


def parse_lines(first: int, region: bytes) -> list[Message]:
    """The messages of ``region``: whole lines, each ended by ``\\n``, the first numbered ``first``, the whole
    region no longer than ``MAX_LINE_BYTES`` (so no line is too long)."""
    try:
        text = region.decode("utf-8")
    except UnicodeDecodeError:
        return [_one(first + i, raw, True, MAX_LINE_BYTES) for i, raw in enumerate(region[:-1].split(b"\n"))]
    if "\r" in text:
        text = text.replace("\r\n", "\n")  # \n ends lines only: every \r\n is a line ending
    lines = text[:-1].split("\n")
    if first == 1 and lines[0].startswith("\ufeff"):
        lines[0] = lines[0][1:]
    out: list = [None] * len(lines)
    if lines[0][:1] == "{" and text.count("\n{") == len(lines) - 1 and text.count("}\n") == len(lines):
        _from_objects(first, out, range(len(lines)), _json_batch(lines), lines)  # every line {…}
        return out
    batch, where = [], []
    for i, s in enumerate(lines):
        if s[:1] == "{" and s[-1:] == "}":
            batch.append(s)
            where.append(i)
        elif s.lstrip()[:1] == "{":
            out[i] = parse_line(first + i, s.encode("utf-8"))
        else:
            out[i] = _plain(first + i, s)
    if batch:
        _from_objects(first, out, where, _json_batch(batch), batch)
    return out


def _skip_line(stream: BinaryIO, rest: bytes) -> tuple[int, bytes, bool]:
    """Bytes up to and including the next ``\\n`` (in ``rest``, then the stream), what follows it, and
    whether the input ended first."""
    skipped = 0
    while True:
        k = rest.find(b"\n")
        if k >= 0:
            return skipped + k + 1, rest[k + 1:], False
        skipped += len(rest)
        rest = stream.read(BLOCK)
        if not rest:
            return skipped, b"", True


def read_lines(stream: BinaryIO, max_line_bytes: int = MAX_LINE_BYTES, block: int = BLOCK) -> Iterator[list[Message]]:
    """Lists of ``Message``, in input order, equal to what ``read_messages`` yields; memory bounded by a block
    plus one line of the maximum size."""
    limit = max_line_bytes + 2  # one readline of read_messages
    line_no = 0
    pending = b""
    eof = False
    while True:
        if not eof:
            data = stream.read(block)
            if data:
                pending = pending + data if pending else data
            else:
                eof = True
        k = pending.rfind(b"\n")
        if k >= 0:
            region, pending = pending[:k + 1], pending[k + 1:]
            if len(region) <= max_line_bytes:
                msgs = parse_lines(line_no + 1, region)
            else:  # a line may be near or over the limit: the reader's steps, line by line
                msgs = list(_long_lines(line_no, region, max_line_bytes))
            line_no += len(msgs)
            yield msgs
        if len(pending) >= limit:  # a line with no end in sight: what one readline of the reader gives
            line_no += 1
            raw, pending = pending[:limit], pending[limit:]
            if line_no == 1 and raw.startswith(_BOM):  # the reader's BOM makes this readline a line of its own
                yield [parse_line(1, raw[len(_BOM):])]
                continue
            size, pending, ended = _skip_line(stream, pending)
            eof = eof or ended
            yield [_too_long(line_no, limit + size, max_line_bytes)]
            continue
        if eof:
            if pending:  # the last line, without its \n
                yield [_one(line_no + 1, pending, False, max_line_bytes)]
            return


def _long_lines(line_no: int, region: bytes, max_line_bytes: int) -> Iterator[Message]:
    """Whole lines where some line exceeds one readline: the reader's steps line by line."""
    limit = max_line_bytes + 2
    pos = 0
    while pos < len(region):
        line_no += 1
        end = region.index(b"\n", pos) + 1
        if end - pos <= limit:
            yield _one(line_no, region[pos:end - 1], True, max_line_bytes)
            pos = end
        elif line_no == 1 and region.startswith(_BOM):
            yield parse_line(1, region[len(_BOM):limit])
            pos = limit
        else:
            yield _too_long(line_no, end - pos, max_line_bytes)
            pos = end


def read_chunks(stream: BinaryIO, max_lines: int = CHUNK_LINES, max_chars: int = CHUNK_CHARS) -> Iterator[list[Message]]:
    """The input's messages in the chunks ``batch.messages.chunked`` would make of ``read_messages``: a chunk
    closes at the message that brings it to ``max_lines`` messages or ``max_chars`` characters."""
    chunk: list[Message] = []
    chars = 0
    for msgs in read_lines(stream):
        i = 0
        while i < len(msgs):
            part = msgs[i:i + max_lines - len(chunk)]
            texts = list(map(_TEXT, part))
            if None in texts:
                texts = [t or "" for t in texts]
            reach = list(accumulate(map(len, texts)))
            j = bisect_left(reach, max_chars - chars)  # the message that brings the chunk to max_chars
            if j < len(part):
                part = part[:j + 1]
            chunk += part
            chars += reach[len(part) - 1]
            i += len(part)
            if len(chunk) >= max_lines or chars >= max_chars:
                yield chunk
                chunk, chars = [], 0
    if chunk:
        yield chunk
