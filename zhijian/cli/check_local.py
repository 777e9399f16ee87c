"""``zhijian check`` on this machine: read the input, check it in chunks, write JSON Lines or the text
report, end with the exit status.

Free of Typer: the command's Typer signature (``check.py``) and the lean front door of the JSON
Lines path (``lean.py``) both end here, with the same arguments."""

from __future__ import annotations

import sys
from typing import Callable, Iterable, Optional

from json.encoder import encode_basestring as _json_str

from zhijian.batch.jsonl import check_line, encode_check
from zhijian.batch.messages import CheckTally, Message, check_chunk
from zhijian.cli import output
from zhijian.cli.exits import EXIT_FINDINGS, EXIT_INVALID_LINES, EXIT_OK, broken_pipe, fail
from zhijian.cli.inputs import (JsonlWriter, build_inspector, check_format, library_for, message_chunks, open_input,
                                pack_spec)
from zhijian.taxonomy import SEVERITIES, SEVERITY_RANK

# --fail-on levels, highest first, with the names the text output uses
FAIL_ON_HELP = "、".join(f"{k}={v}" for k, v in sorted(SEVERITIES.items(), key=lambda kv: -SEVERITY_RANK[kv[0]]))


def severity_of(level: Optional[str]) -> Optional[str]:
    """``--fail-on``: a severity id (critical) or its Chinese name (平台高危) -> the id."""
    if level is None:
        return None
    by_name = {v: k for k, v in SEVERITIES.items()}
    sev = level.strip().lower() if level.strip().lower() in SEVERITY_RANK else by_name.get(level.strip())
    if sev is None:
        fail(f"--fail-on 只能是 {FAIL_ON_HELP}，而不是“{level}”")
    return sev


class CheckStats(CheckTally):
    """Counts over the checked messages, and the exit status they lead to."""

    def __init__(self, fail_rank: Optional[int]) -> None:
        super().__init__()
        self.fail_rank = fail_rank

    @property
    def failed(self) -> bool:
        """A finding at or above ``--fail-on`` was seen (the worst rank of each category is kept)."""
        return self.fail_rank is not None and self.worst_rank() >= self.fail_rank

    def add_many(self, found: list[list]) -> None:
        """``add`` of each message's findings (a message without any only counts as checked)."""
        flagged = [fs for fs in found if fs]
        self.checked += len(found) - len(flagged)
        for fs in flagged:
            self.add(fs)

    def count(self, m: Message, findings: list | None) -> None:
        """One message of ``check_chunk``: its findings counted, or a bad line counted and warned about."""
        if findings is None:
            self.invalid += 1
            output.warn_invalid(m)
        else:
            self.add(findings)

    def exit_code(self) -> int:
        if self.failed:
            return EXIT_FINDINGS
        if self.invalid:
            return EXIT_INVALID_LINES
        return EXIT_OK


def run_check(inspector, chunks: Iterable[list[Message]], fmt: str, stats: CheckStats, single: bool,
              suggest: Optional[Callable[[str], str]] = None) -> None:
    """Check the messages chunk by chunk; write JSON Lines or the text report as each chunk is done.

    ``suggest(text)`` gives the rewrite shown under a flagged message in the text format (the same
    compliant rewrite as ``zhijian rewrite``: it passes ``check`` on the same pack)."""
    writer = JsonlWriter() if fmt == "jsonl" else None
    for chunk in chunks:
        if writer is not None:
            writer.write_line(jsonl_chunk(inspector, chunk, stats))  # the chunk's lines, written at once
            writer.flush()
            continue
        for m, findings, _ in check_chunk(inspector, chunk, lines=False):
            stats.count(m, findings)
            if findings is not None and (findings or single):
                rewritten = suggest(m.text) if findings and suggest is not None else None
                output.show_message(m, findings, rewritten, single)
        output.flush()


def jsonl_chunk(inspector, chunk: list[Message], stats: CheckStats) -> bytes:
    """A chunk checked in one ``check_many`` call: its JSON Lines (``encode_check``'s bytes, line for line),
    the counts added to ``stats``, a warning for each bad line."""
    if all(m.error is None for m in chunk):  # ``m.ok``, without a property call per message
        found = inspector.check_many([m.text for m in chunk]) if chunk else []
        stats.add_many(found)
        return encode_chunk(chunk, found)
    out = []
    for m, findings, line in check_chunk(inspector, chunk):  # a chunk with bad lines: line by line
        stats.count(m, findings)
        out.append(line)
    return b"".join(out)


def encode_chunk(msgs: list[Message], found: list[list]) -> bytes:
    """``b"".join(encode_check(m.id, m.text, f) …)``: a message with no finding and an int or str id is
    formatted here and the chunk's text encoded at once (no per-line bytes)."""
    out: list[str] = []
    for m, fs in zip(msgs, found):
        t = type(m.id)
        if fs or (t is not int and t is not str):
            out.append(check_line(m.id, m.text, fs))
        else:
            out.append(f'{{"id": {m.id if t is int else _json_str(m.id)}, "text": {_json_str(m.text)}, '
                       f'"findings": []}}\n')
    try:
        return "".join(out).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: encode_check writes that line in ASCII escapes
        return b"".join(encode_check(m.id, m.text, fs) for m, fs in zip(msgs, found))


def _suggester(inspector, packs: list[str], overrides: Optional[str]) -> Callable[[str], str]:
    """The rewrite offered under a flagged message: ``zhijian.phrasing.rewrite.rewrite`` with the pack's
    script library (loaded on first use), never the bare mechanical replacement, which can leave
    a violation in place (加我V信 stays)."""
    state: dict = {}

    def suggest(text: str) -> str:
        from zhijian.phrasing.rewrite import rewrite

        if "lib" not in state:
            state["lib"] = library_for(packs, overrides)
        return rewrite(inspector, state["lib"], text).text

    return suggest



def check_local(input: Optional[str], pack: Optional[list[str]], overrides: Optional[str], fmt: str,
                fail_on: Optional[str], text: Optional[str]) -> None:
    """The whole command with ``--engine local``; ends with ``SystemExit`` (the exit status)."""
    check_format(fmt)
    fail_on = severity_of(fail_on)
    single, path, stream = open_input(input, text)
    try:
        packs = pack_spec(pack)
        inspector = build_inspector(packs, overrides)
        stats = CheckStats(SEVERITY_RANK[fail_on] if fail_on else None)
        chunks = message_chunks(single, stream)
        suggest = _suggester(inspector, packs, overrides) if fmt == "text" else None
        try:
            run_check(inspector, chunks, fmt, stats, single is not None, suggest)
        except OSError as e:
            if isinstance(e, BrokenPipeError):
                broken_pipe()
            fail(f"读取输入失败（{path or '标准输入'}）：{e.strerror or e}")
    finally:
        if stream is not None and stream is not sys.stdin.buffer:
            stream.close()

    try:
        if single is None:
            output.show_check_summary(stats, table=fmt == "text")
        sys.stdout.flush()
    except BrokenPipeError:
        broken_pipe()
    raise SystemExit(stats.exit_code())
