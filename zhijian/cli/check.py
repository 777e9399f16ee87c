"""``zhijian check``: check customer-service messages against a rule pack."""

from __future__ import annotations

import collections
import sys
from typing import Annotated, Callable, Iterable, Optional

import typer

from zhijian.batch.messages import Message, chunked
from zhijian.cli import output
from zhijian.cli.exits import EXIT_FINDINGS, EXIT_HELP, EXIT_INVALID_LINES, EXIT_OK, broken_pipe, fail
from zhijian.cli.inputs import JsonlWriter, build_inspector, check_format, messages_of, open_input, pack_spec
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


class CheckStats:
    """Counts over the checked messages, and the exit status they lead to."""

    def __init__(self, fail_rank: Optional[int]) -> None:
        self.fail_rank = fail_rank
        self.checked = 0
        self.with_findings = 0
        self.invalid = 0
        self.failed = False
        self.by_category: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])  # findings, messages, worst rank

    def add(self, findings: list) -> None:
        self.checked += 1
        if not findings:
            return
        self.with_findings += 1
        seen = set()
        for f in findings:
            rank = SEVERITY_RANK.get(f.severity, 0)
            if self.fail_rank is not None and rank >= self.fail_rank:
                self.failed = True
            c = self.by_category[f.category]
            c[0] += 1
            c[2] = max(c[2], rank)
            if f.category not in seen:
                c[1] += 1
                seen.add(f.category)

    def exit_code(self) -> int:
        if self.failed:
            return EXIT_FINDINGS
        if self.invalid:
            return EXIT_INVALID_LINES
        return EXIT_OK


def run_check(inspector, messages: Iterable[Message], fmt: str, stats: CheckStats, single: bool,
              suggest: Optional[Callable[[str], str]] = None) -> None:
    """Check the messages in chunks; write JSON Lines or the text report as each chunk is done.

    ``suggest(text)`` gives the rewrite shown under a flagged message in the text format (the same
    compliant rewrite as ``zhijian rewrite``: it passes ``check`` on the same pack)."""
    writer = JsonlWriter() if fmt == "jsonl" else None
    for chunk in chunked(messages):
        good = [m for m in chunk if m.ok]
        results = iter(inspector.check_many([m.text for m in good]))
        for m in chunk:
            if not m.ok:
                stats.invalid += 1
                output.warn_invalid(m)
                if writer:
                    writer.write({"id": m.id, "text": m.text, "findings": [], "error": m.error})
                continue
            findings = next(results)
            stats.add(findings)
            if writer:
                writer.write({"id": m.id, "text": m.text, "findings": [f.to_dict() for f in findings]})
            elif findings or single:
                rewritten = suggest(m.text) if findings and suggest is not None else None
                output.show_message(m, findings, rewritten, single)
        if writer:
            writer.flush()
        else:
            output.flush()


def _suggester(inspector, packs: list[str], overrides: Optional[str]) -> Callable[[str], str]:
    """The rewrite offered under a flagged message: ``zhijian.phrasing.rewrite.rewrite`` with the pack's
    script library (loaded on first use), never the bare mechanical replacement, which can leave
    a violation in place (加我V信 stays)."""
    state: dict = {}

    def suggest(text: str) -> str:
        from zhijian.phrasing.rewrite import rewrite

        if "lib" not in state:
            from zhijian.cli.phrasing import library_for

            state["lib"] = library_for(packs, overrides)
        return rewrite(inspector, state["lib"], text).text

    return suggest


CHECK_HELP = ("检查客服消息（单条文字、文件或标准输入）。\n\n"
              "INPUT 为 - 或省略时读标准输入；是已存在的文件时逐行读取该文件"
              "（每行一条纯文本，或 JSON 对象 {\"id\": …, \"text\": …}）；否则把 INPUT 本身当作一条消息。\n\n"
              + EXIT_HELP)


def check(
    input: Annotated[Optional[str], typer.Argument(metavar="INPUT", show_default=False,
                                                   help="文件路径、- （标准输入）或消息文字本身。")] = None,
    pack: Annotated[Optional[list[str]], typer.Option("--pack", "-p", metavar="P", show_default=False,
                                                      help="规则包，可重复或用逗号连接，如 jd,adlaw（默认 jd）。")] = None,
    overrides: Annotated[Optional[str], typer.Option("--overrides", "-o", metavar="FILE", show_default=False,
                                                     help="店铺覆盖文件（YAML）。")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="text|jsonl",
                                     help="输出格式：text（彩色可读）或 jsonl（机器可读，每行一个 JSON）。")] = "text",
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", metavar="LEVEL", show_default=False,
                                                   help="存在不低于该级别的发现时退出码为 1。级别："
                                                        + FAIL_ON_HELP + "（英文或中文名都可以）。")] = None,
    text: Annotated[Optional[str], typer.Option("--text", "-t", metavar="TEXT", show_default=False,
                                                help="把这段文字作为一条消息检查（不当作文件名）。")] = None,
) -> None:
    check_format(fmt)
    fail_on = severity_of(fail_on)
    single, path, stream = open_input(input, text)
    try:
        packs = pack_spec(pack)
        inspector = build_inspector(packs, overrides)
        stats = CheckStats(SEVERITY_RANK[fail_on] if fail_on else None)
        messages = messages_of(single, stream)
        suggest = _suggester(inspector, packs, overrides) if fmt == "text" else None
        try:
            run_check(inspector, messages, fmt, stats, single is not None, suggest)
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
    raise typer.Exit(stats.exit_code())


def register(app: typer.Typer) -> None:
    app.command(help=CHECK_HELP)(check)
