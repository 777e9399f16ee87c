"""Input handling shared by the commands: INPUT as a file, standard input or the text itself; the
``--pack``/``--overrides``/``--format``/``--map`` options; the JSON Lines writer; the per-message loop."""

from __future__ import annotations

import os
import sys
from typing import BinaryIO, Callable, Iterable, Optional

from zhijian.batch.jsonl import encode_line
from zhijian.batch.messages import Message, read_messages, text_message
from zhijian.cli import output
from zhijian.cli.exits import EXIT_INVALID_LINES, EXIT_OK, broken_pipe, fail
from zhijian.engine.rules import PackError

_FILE_SUFFIXES = (".txt", ".jsonl", ".json", ".ndjson", ".log", ".csv", ".tsv")


def check_format(fmt: str) -> None:
    if fmt not in ("text", "jsonl"):
        fail(f"--format 只能是 text 或 jsonl，而不是“{fmt}”")


def pack_spec(packs: Optional[list[str]]) -> list[str]:
    return list(packs) if packs else ["jd"]


def build_inspector(packs: list[str], overrides: Optional[str]):
    from zhijian.engine.inspector import Inspector

    if overrides is not None and os.path.isdir(overrides):
        fail(f"覆盖文件“{overrides}”是一个目录，不是文件")
    try:
        return Inspector(packs, overrides=overrides)
    except PackError as e:
        fail(f"规则包或覆盖文件无效：{e}")
    except OSError as e:
        fail(f"无法读取覆盖文件“{overrides}”：{e.strerror or e}")


def library_for(packs: list[str], overrides: Optional[str]):
    """The script library (话术) of the packs, with the shop's override applied."""
    from zhijian.engine.overrides import load_overrides
    from zhijian.phrasing.library import load_library

    try:
        return load_library(",".join(packs), load_overrides(overrides) if overrides else None)
    except PackError as e:
        fail(f"话术库或覆盖文件无效：{e}")


def parse_maps(maps: Optional[list[str]]) -> dict[str, str]:
    """``--map 字段=列名`` options -> {field: column}."""
    mapping: dict[str, str] = {}
    for m in maps or []:
        if "=" not in m:
            fail(f"--map 应写成 字段=列名（例如 text=聊天内容），而不是“{m}”")
        k, v = m.split("=", 1)
        mapping[k.strip()] = v.strip()
    return mapping


def _looks_like_path(s: str) -> bool:
    """A non-existing INPUT that was most likely meant as a file name (a typo, not a message)."""
    return (s.isascii() and not any(c.isspace() for c in s) and "://" not in s
            and s.lower().endswith(_FILE_SUFFIXES))


def open_input(input: Optional[str], text: Optional[str]) -> tuple[Optional[str], Optional[str], Optional[BinaryIO]]:
    """(single message text, input path, opened stream): INPUT is '-', a file, or the text itself."""
    if text is not None and input is not None:
        fail("不能同时给出 INPUT 和 --text")
    single: Optional[str] = None
    path: Optional[str] = None
    if text is not None:
        single = text
    elif input is None or input == "-":
        path = None
    elif os.path.exists(input):
        path = input
        if os.path.isdir(path):
            fail(f"输入“{path}”是一个目录，不是文件")
    elif _looks_like_path(input):
        fail(f"找不到输入文件“{input}”（如果要检查这段文字本身，请用 --text）")
    else:
        single = input
    if single is not None and not single.strip():
        fail("要检查的消息文字为空")
    stream: Optional[BinaryIO] = None
    if path is not None:
        try:
            stream = open(path, "rb")
        except OSError as e:
            fail(f"无法读取输入文件“{path}”：{e.strerror or e}")
    return single, path, stream


def messages_of(single: Optional[str], stream: Optional[BinaryIO]) -> Iterable[Message]:
    if single is not None:
        return [text_message(single)]
    if stream is None:
        stream = sys.stdin.buffer
        if sys.stdin.isatty():
            output.reading_stdin()
    return read_messages(stream)


def message_chunks(single: Optional[str], stream: Optional[BinaryIO]) -> Iterable[list[Message]]:
    """The input's messages in bounded chunks (``batch.messages.chunked``'s bounds), a file or standard input
    read in blocks (``read_blocks.py``)."""
    if single is not None:
        return [[text_message(single)]]
    if stream is None:
        stream = sys.stdin.buffer
        if sys.stdin.isatty():
            output.reading_stdin()
    from zhijian.cli.read_blocks import read_chunks

    return read_chunks(stream)


class JsonlWriter:
    """One JSON object per line on standard output, UTF-8 (spec/contract.md)."""

    def __init__(self) -> None:
        self.stream = sys.stdout.buffer

    def write(self, obj: dict) -> None:
        self.stream.write(encode_line(obj))

    def write_line(self, data: bytes) -> None:
        """Lines already encoded (``encode_line`` / ``encode_check``: a chunk, a worker's or a Spark executor's)."""
        self.stream.write(data)

    def flush(self) -> None:
        self.stream.flush()


def per_message(single: Optional[str], stream: Optional[BinaryIO], fmt: str,
                handle: Callable[[Message, Optional[JsonlWriter]], None],
                error_record: Callable[[Message], dict]) -> None:
    """Run ``handle(message, writer)`` over the input; bad lines get ``error_record(m)``; exits."""
    writer = JsonlWriter() if fmt == "jsonl" else None
    invalid = 0
    try:
        for m in messages_of(single, stream):
            if not m.ok:
                invalid += 1
                output.warn_invalid(m)
                if writer:
                    writer.write(error_record(m))
                continue
            handle(m, writer)
        if writer:
            writer.flush()
    except BrokenPipeError:
        broken_pipe()
    finally:
        if stream is not None:
            stream.close()
    raise SystemExit(EXIT_INVALID_LINES if invalid else EXIT_OK)
