"""A JSON Lines log as raw blocks of whole lines, for worker processes to parse (``zhijian audit --workers``).

The parent process only cuts the input into blocks (:func:`jsonl_blocks`); each worker reads its block's
conversations with :func:`jsonl_block_items`, line by line through ``logs.jsonl_item``, so the items, their
line numbers and their errors are exactly those of ``logs.read_jsonl``.
"""

from __future__ import annotations

from typing import BinaryIO, Iterator

from zhijian.batch import logs
from zhijian.batch.logs import LogItem, jsonl_item, too_long


def jsonl_blocks(stream: BinaryIO, source: str, size: int = 256 * 1024) -> Iterator[tuple[int, bytes] | LogItem]:
    """A JSON Lines stream as raw blocks of whole lines, ``(number of the block's first line, bytes)``, about
    ``size`` bytes each, for :func:`jsonl_block_items` to read elsewhere (a worker process); a line longer
    than ``logs.MAX_LINE_BYTES`` (counting its newline) comes as its error item, in its place, and is never
    held whole.  The lines and their numbers are those of :func:`read_jsonl`."""
    line = 1  # number of the first line not handed out yet
    held: list[bytes] = []  # the start of a line whose newline has not been read yet
    held_n = 0
    skipping = False  # inside a line already reported as too long: drop up to its newline
    while True:
        chunk = stream.read(size)
        if not chunk:
            break
        pos = 0
        if skipping:
            k = chunk.find(b"\n")
            if k < 0:
                continue
            skipping, line, pos = False, line + 1, k + 1
        cut = chunk.rfind(b"\n")
        if cut < pos:  # no line ends in this chunk
            if pos < len(chunk):
                held.append(chunk[pos:])
                held_n += len(chunk) - pos
            if held_n > logs.MAX_LINE_BYTES:
                yield too_long(source, line)
                held, held_n, skipping = [], 0, True
            continue
        if held:
            k = chunk.find(b"\n", pos)
            if held_n + k + 1 - pos > logs.MAX_LINE_BYTES:
                yield too_long(source, line)
                held, held_n, line, pos = [], 0, line + 1, k + 1
        if held:
            held.append(chunk[pos:cut + 1])
            block = b"".join(held)
        else:
            block = chunk[pos:cut + 1] if pos or cut + 1 < len(chunk) else chunk
        if block:
            yield line, block
            line += block.count(b"\n")
        held = [chunk[cut + 1:]] if cut + 1 < len(chunk) else []
        held_n = len(chunk) - cut - 1
        if held_n > logs.MAX_LINE_BYTES:  # only with a read size above the line limit
            yield too_long(source, line)
            held, held_n, skipping = [], 0, True
    if held_n:  # a last line without its newline
        if held_n > logs.MAX_LINE_BYTES:
            yield too_long(source, line)
        else:
            yield line, b"".join(held)


def jsonl_block_items(block: bytes, source: str, first: int) -> Iterator[LogItem]:
    """The items of a block from :func:`jsonl_blocks` whose first line is line ``first``: every line read by
    :func:`jsonl_item` with its newline, as :func:`read_jsonl` reads it (blank lines give nothing)."""
    pieces = block.split(b"\n")
    last = len(pieces) - 1
    for k, piece in enumerate(pieces):
        if k == last:
            if not piece:
                return
            raw = piece  # the file's last line, without a newline
        else:
            raw = piece + b"\n"
        item = jsonl_item(raw, source, first + k)
        if item is not None:
            yield item
