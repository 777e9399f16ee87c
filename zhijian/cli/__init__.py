"""The ``zhijian`` command line (a thin layer over ``zhijian.Inspector``).

Commands::

    zhijian check [INPUT] [--pack P] [--overrides FILE] [--format text|jsonl] [--fail-on SEVERITY]
    zhijian packs [PACK]
    zhijian rules test [--pack P]
    zhijian --version

``zhijian check`` input: ``-`` or nothing = standard input; an existing file = that file (one
message per line, plain text or ``{"id": ..., "text": ...}``, see ``zhijian.batch.messages``); anything
else is the message text itself (``--text`` forces that).  ``--format jsonl`` writes one JSON
object per input line, in input order (spec/contract.md §2); a bad line gets ``"findings": []``
and an ``"error"`` field, and a line on stderr.

Exit status of ``zhijian check`` (when several apply, 2 wins over 1, and 1 over 3):

    0  done; findings may exist
    1  a finding at or above ``--fail-on``
    2  usage error, unknown pack, invalid pack or override file, unreadable input file
    3  done, but some input lines were invalid (each reported with its line number)
    4  internal error (a bug in zhijian; the traceback is printed)

``zhijian rules test`` exits 0 when every rule example passes and 1 otherwise (2 for an unknown
pack name).  Writing into a closed pipe (``| head``) ends quietly with status 141.
"""

from __future__ import annotations

import collections
import json
import os
import sys
import traceback
from typing import Annotated, BinaryIO, Iterable, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from zhijian import __version__
from zhijian.batch.messages import Message, chunked, read_messages, text_message
from zhijian.engine.rules import PackError
from zhijian.taxonomy import CATEGORIES, SEVERITIES, SEVERITY_RANK

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INVALID_LINES, EXIT_INTERNAL = 0, 1, 2, 3, 4
EXIT_BROKEN_PIPE = 141

SEVERITY_STYLES = {"critical": "bold white on red", "major": "bold black on yellow", "minor": "black on cyan"}
SEVERITY_TEXT_STYLES = {"critical": "bold red", "major": "bold yellow", "minor": "cyan"}
DISPLAY_CHARS = 400  # longer messages are shown cut, in the text format
MAX_SHOWN_FINDINGS = 30  # per message, in the text format
_FILE_SUFFIXES = (".txt", ".jsonl", ".json", ".ndjson", ".log", ".csv", ".tsv")

EXIT_HELP = """\b
退出码：
  0  完成（可能有发现）
  1  存在不低于 --fail-on 级别的发现
  2  用法错误、未知规则包、规则包或覆盖文件无效、输入文件无法读取
  3  完成，但部分输入行无效（已逐行报告行号）
  4  内部错误（程序缺陷）
多种情况同时出现时：2 优先于 1，1 优先于 3。"""

app = typer.Typer(
    name="zhijian",
    help="质检：电商客服消息的质检与合规检查。\n\n" + EXIT_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rules_app = typer.Typer(help="规则包自检。", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(rules_app, name="rules")

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    err.print(Text(f"错误：{message}", style="bold red"), soft_wrap=True)
    raise typer.Exit(code)


def _version_callback(value: bool) -> None:
    if value:
        out.print(f"zhijian {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version_callback, is_eager=True,
                                          help="显示版本号并退出。")] = False,
) -> None:
    """质检：电商客服消息的质检与合规检查。"""


# ---------------------------------------------------------------------------------------- check


def _pack_spec(packs: Optional[list[str]]) -> list[str]:
    return list(packs) if packs else ["jd"]


def _build_inspector(packs: list[str], overrides: Optional[str]):
    from zhijian.engine.inspector import Inspector

    if overrides is not None and os.path.isdir(overrides):
        _fail(f"覆盖文件“{overrides}”是一个目录，不是文件")
    try:
        return Inspector(packs, overrides=overrides)
    except PackError as e:
        _fail(f"规则包或覆盖文件无效：{e}")
    except OSError as e:
        _fail(f"无法读取覆盖文件“{overrides}”：{e.strerror or e}")


def _looks_like_path(s: str) -> bool:
    """A non-existing INPUT that was most likely meant as a file name (a typo, not a message)."""
    return (s.isascii() and not any(c.isspace() for c in s) and "://" not in s
            and s.lower().endswith(_FILE_SUFFIXES))


def _open_input(input: Optional[str], text: Optional[str]) -> tuple[Optional[str], Optional[str], Optional[BinaryIO]]:
    """(single message text, input path, opened stream): INPUT is '-', a file, or the text itself."""
    if text is not None and input is not None:
        _fail("不能同时给出 INPUT 和 --text")
    single: Optional[str] = None
    path: Optional[str] = None
    if text is not None:
        single = text
    elif input is None or input == "-":
        path = None
    elif os.path.exists(input):
        path = input
        if os.path.isdir(path):
            _fail(f"输入“{path}”是一个目录，不是文件")
    elif _looks_like_path(input):
        _fail(f"找不到输入文件“{input}”（如果要检查这段文字本身，请用 --text）")
    else:
        single = input
    if single is not None and not single.strip():
        _fail("要检查的消息文字为空")
    stream: Optional[BinaryIO] = None
    if path is not None:
        try:
            stream = open(path, "rb")
        except OSError as e:
            _fail(f"无法读取输入文件“{path}”：{e.strerror or e}")
    return single, path, stream


def _messages_of(single: Optional[str], stream: Optional[BinaryIO]) -> Iterable[Message]:
    if single is not None:
        return [text_message(single)]
    if stream is None:
        stream = sys.stdin.buffer
        if sys.stdin.isatty():
            err.print(Text("正在从标准输入读取消息（每行一条，Ctrl-D 结束）……", style="dim"))
    return read_messages(stream)


class _JsonlWriter:
    def __init__(self) -> None:
        self.stream = sys.stdout.buffer

    def write(self, obj: dict) -> None:
        try:
            line = json.dumps(obj, ensure_ascii=False)
            data = line.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates from JSON escapes: keep it valid UTF-8
            data = json.dumps(obj, ensure_ascii=True).encode("ascii")
        self.stream.write(data + b"\n")

    def flush(self) -> None:
        self.stream.flush()


class _Stats:
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

    def summary(self) -> str:
        return f"共检查 {self.checked} 条消息，其中 {self.with_findings} 条有问题；无效行 {self.invalid} 行。"


def _cut(s: str, limit: int) -> str:
    return s if len(s) <= limit else s[:limit] + f"…（共 {len(s):,} 字）"


def _highlighted(text: str, findings: list) -> Text:
    shown = text[:DISPLAY_CHARS]
    t = Text(shown)
    for f in sorted(findings, key=lambda f: SEVERITY_RANK.get(f.severity, 0)):
        if f.start < len(shown):
            t.stylize(SEVERITY_STYLES.get(f.severity, "reverse"), f.start, min(f.end, len(shown)))
    if len(text) > len(shown):
        t.append(f" …（共 {len(text):,} 字，仅显示前 {DISPLAY_CHARS} 字）", style="dim")
    return t


def _show_message(inspector, m: Message, findings: list, single: bool) -> None:
    """One message in the text format, printed as a single Rich Text (much faster than many prints)."""
    t = Text()
    if not single:
        head = f"第{m.line}行" if m.id == m.line else f"第{m.line}行  id={json.dumps(m.id, ensure_ascii=False)}"
        t.append(head + "\n", style="bold")
    if not findings:
        t.append("  " + _cut(m.text, DISPLAY_CHARS) + "\n")
        t.append("✓ 未发现问题", style="bold green")
        out.print(t, soft_wrap=True)
        return
    t.append("  ")
    t.append_text(_highlighted(m.text, findings))
    for f in findings[:MAX_SHOWN_FINDINGS]:
        sev = f.severity
        t.append("\n  ● ")
        t.append(f" {SEVERITIES.get(sev, sev)} ", style=SEVERITY_STYLES.get(sev, "reverse"))
        t.append(f" {CATEGORIES.get(f.category, f.category)}", style="bold")
        t.append(f"  {f.rule}", style="dim")
        t.append(f"  “{_cut(f.match, 60)}”（{f.start}–{f.end}）", style=SEVERITY_TEXT_STYLES.get(sev, ""))
        t.append(f"\n      {f.message}")
        if f.suggestion:
            t.append("\n      建议：", style="green")
            t.append(f.suggestion)
    if len(findings) > MAX_SHOWN_FINDINGS:
        t.append(f"\n  ……另有 {len(findings) - MAX_SHOWN_FINDINGS} 处发现未显示（用 --format jsonl 查看全部）", style="dim")
    rewritten = inspector.rewrite(m.text, findings)
    if rewritten != m.text:
        t.append("\n  建议改写：", style="bold green")
        t.append(_cut(rewritten, DISPLAY_CHARS))
    t.append("\n")
    out.print(t, soft_wrap=True)


def _show_summary_table(stats: _Stats) -> None:
    if not stats.by_category:
        out.print(Text(f"✓ 共检查 {stats.checked} 条消息，未发现问题", style="bold green"))
        return
    table = Table(title=f"按类别汇总（{stats.checked} 条消息，{stats.with_findings} 条有问题）")
    table.add_column("类别")
    table.add_column("名称")
    table.add_column("最高级别")
    table.add_column("发现数", justify="right")
    table.add_column("涉及消息", justify="right")
    rank_to_sev = {v: k for k, v in SEVERITY_RANK.items()}
    for cat, (n, msgs, rank) in sorted(stats.by_category.items(), key=lambda kv: (-kv[1][2], -kv[1][0], kv[0])):
        sev = rank_to_sev.get(rank, "")
        table.add_row(cat, CATEGORIES.get(cat, cat),
                      Text(SEVERITIES.get(sev, sev), style=SEVERITY_TEXT_STYLES.get(sev, "")),
                      str(n), str(msgs))
    out.print(table)


def _report_invalid(m: Message) -> None:
    err.print(Text(f"警告：{m.error}", style="yellow"), soft_wrap=True)


def _run_check(inspector, messages: Iterable[Message], fmt: str, stats: _Stats, single: bool) -> None:
    writer = _JsonlWriter() if fmt == "jsonl" else None
    for chunk in chunked(messages):
        good = [m for m in chunk if m.ok]
        results = iter(inspector.check_many([m.text for m in good]))
        for m in chunk:
            if not m.ok:
                stats.invalid += 1
                _report_invalid(m)
                if writer:
                    writer.write({"id": m.id, "text": m.text, "findings": [], "error": m.error})
                continue
            findings = next(results)
            stats.add(findings)
            if writer:
                writer.write({"id": m.id, "text": m.text, "findings": [f.to_dict() for f in findings]})
            elif findings or single:
                _show_message(inspector, m, findings, single)
        if writer:
            writer.flush()
        else:
            out.file.flush()


def _broken_pipe() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    raise typer.Exit(EXIT_BROKEN_PIPE)


@app.command(help="检查客服消息（单条文字、文件或标准输入）。\n\n"
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
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", metavar="critical|major|minor", show_default=False,
                                                   help="存在不低于该级别的发现时退出码为 1。")] = None,
    text: Annotated[Optional[str], typer.Option("--text", "-t", metavar="TEXT", show_default=False,
                                                help="把这段文字作为一条消息检查（不当作文件名）。")] = None,
) -> None:
    if fmt not in ("text", "jsonl"):
        _fail(f"--format 只能是 text 或 jsonl，而不是“{fmt}”")
    if fail_on is not None and fail_on not in SEVERITY_RANK:
        _fail(f"--fail-on 只能是 critical、major 或 minor，而不是“{fail_on}”")
    single, path, stream = _open_input(input, text)
    try:
        inspector = _build_inspector(_pack_spec(pack), overrides)
        stats = _Stats(SEVERITY_RANK[fail_on] if fail_on else None)
        messages = _messages_of(single, stream)
        try:
            _run_check(inspector, messages, fmt, stats, single is not None)
        except OSError as e:
            if isinstance(e, BrokenPipeError):
                _broken_pipe()
            _fail(f"读取输入失败（{path or '标准输入'}）：{e.strerror or e}")
    finally:
        if stream is not None and stream is not sys.stdin.buffer:
            stream.close()

    try:
        if single is None:
            if fmt == "text":
                _show_summary_table(stats)
            err.print(Text(stats.summary(), style="dim"), soft_wrap=True)
        sys.stdout.flush()
    except BrokenPipeError:
        _broken_pipe()
    raise typer.Exit(stats.exit_code())


# ---------------------------------------------------------------------------------------- packs


@app.command(help="列出规则包；给出 PACK 时列出该包（含继承）的全部规则。\n\n"
                  "退出码：0 正常；2 未知或无效的规则包。")
def packs(
    name: Annotated[Optional[str], typer.Argument(metavar="PACK", show_default=False,
                                                  help="规则包名，可用逗号组合，如 jd,adlaw。")] = None,
) -> None:
    from zhijian.engine.packs import available_packs, compose, load_pack_file

    if name is not None:
        try:
            comp = compose(name)
        except PackError as e:
            _fail(f"规则包无效：{e}")
        titles = []
        for n in comp.names:
            titles.append(f"{n}（{load_pack_file(n).title}）")
        table = Table(title=f"{'、'.join(titles)}：共 {len(comp.rules)} 条规则（含继承）")
        table.add_column("规则", no_wrap=True)
        table.add_column("类别", overflow="fold")
        table.add_column("级别", no_wrap=True)
        table.add_column("说明", overflow="fold", ratio=1)
        for r in comp.rules:
            table.add_row(r.id, CATEGORIES.get(r.category, r.category),
                          Text(SEVERITIES.get(r.severity, r.severity), style=SEVERITY_TEXT_STYLES.get(r.severity, "")),
                          r.message)
        out.print(table)
        return

    table = Table(title="可用规则包")
    table.add_column("包名", no_wrap=True)
    table.add_column("名称", overflow="fold")
    table.add_column("类型", no_wrap=True)
    table.add_column("继承", overflow="fold")
    table.add_column("本包规则", justify="right")
    table.add_column("合计（含继承）", justify="right")
    broken = []
    for n in available_packs():
        try:
            pf = load_pack_file(n)
            total = str(len(compose(n).rules))
        except PackError as e:
            broken.append(str(e))
            table.add_row(n, Text("无法加载", style="bold red"), "", "", "", "")
            continue
        table.add_row(n, pf.title, Text("基础包", style="dim") if pf.abstract else "规则包",
                      "、".join(pf.extends) or "—", str(len(pf.rules)), total)
    out.print(table)
    for msg in broken:
        err.print(Text(f"错误：{msg}", style="bold red"), soft_wrap=True)
    if broken:
        raise typer.Exit(EXIT_USAGE)


# ---------------------------------------------------------------------------------------- rules


@rules_app.command("test", help="运行规则包中的全部示例（examples），逐条报告失败。\n\n"
                                "退出码：0 全部通过；1 有示例失败或规则包无法加载；2 未知规则包。")
def rules_test(
    pack: Annotated[Optional[list[str]], typer.Option("--pack", "-p", metavar="P", show_default=False,
                                                      help="只测这些规则包（可重复；逗号连接表示组合，如 jd,adlaw）。默认全部。")] = None,
) -> None:
    from zhijian.engine.matcher import scan
    from zhijian.engine.normalize import normalise
    from zhijian.engine.packs import available_packs, compose, parse_pack_names
    from zhijian.engine.ruleset import Ruleset
    from zhijian.engine.selftest import run_examples

    known = available_packs()
    specs = list(pack) if pack else known
    for spec in specs:
        try:
            names = parse_pack_names(spec)
        except PackError as e:
            _fail(str(e))
        unknown = [n for n in names if n not in known]
        if unknown:
            _fail(f"未知规则包 {'、'.join(unknown)}；可用：{'、'.join(known)}")

    table = Table(title="规则示例自检")
    table.add_column("规则包", no_wrap=True)
    table.add_column("规则", justify="right")
    table.add_column("示例", justify="right")
    table.add_column("失败", justify="right")
    problems: list[tuple[str, list[str]]] = []
    for spec in specs:
        try:
            rs = Ruleset(compose(spec))
            total, failures = run_examples(rs.rules, lambda t, rs=rs: scan(rs, normalise(t)))
        except PackError as e:
            table.add_row(spec, "—", "—", Text("无法加载", style="bold red"))
            problems.append((spec, [f"无法加载：{e}"]))
            continue
        table.add_row(spec, str(len(rs.rules)), str(total),
                      Text(str(len(failures)), style="bold red" if failures else "green"))
        if failures:
            problems.append((spec, [str(f) for f in failures]))
    out.print(table)
    for spec, lines in problems:
        out.print(Text(f"{spec}：", style="bold red"))
        for line in lines:
            out.print(Text(f"  ✗ {line}"), soft_wrap=True)
    if problems:
        n = sum(len(lines) for _, lines in problems)
        out.print(Text(f"✗ {n} 处失败", style="bold red"))
        raise typer.Exit(EXIT_FINDINGS)
    out.print(Text("✓ 全部示例通过", style="bold green"))


# ---------------------------------------------------------------------------------- suggest


def _library(packs: list[str], overrides: Optional[str]):
    from zhijian.engine.packs import load_overrides
    from zhijian.phrasing.library import load_library

    try:
        return load_library(",".join(packs), load_overrides(overrides) if overrides else None)
    except PackError as e:
        _fail(f"话术库或覆盖文件无效：{e}")


def _parse_at(at: Optional[str]):
    if at is None:
        return None
    from zhijian.audit.conversation import LogError, parse_ts

    try:
        return parse_ts(at, "--at")
    except LogError as e:
        _fail(str(e))


@app.command(help="顾客消息 → 场景与标准话术（spec/contract.md §4）。每条建议回复都已通过同一规则包的 check。\n\n"
                  "INPUT 同 check：文件（每行纯文本或 {\"id\",\"text\"}）、- 或文字本身。\n\n"
                  "退出码：0 完成；2 用法错误；3 部分输入行无效；4 内部错误。")
def suggest(
    input: Annotated[Optional[str], typer.Argument(metavar="INPUT", show_default=False, help="文件、- 或顾客消息文字。")] = None,
    pack: Annotated[Optional[list[str]], typer.Option("--pack", "-p", metavar="P", show_default=False, help="规则包（默认 jd）。")] = None,
    overrides: Annotated[Optional[str], typer.Option("--overrides", "-o", metavar="FILE", show_default=False, help="店铺覆盖文件（可含 scripts）。")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="text|jsonl", help="输出格式。")] = "text",
    at: Annotated[Optional[str], typer.Option("--at", metavar="ISO时间", show_default=False, help="按这个时间生成开头语（默认现在）。")] = None,
    text: Annotated[Optional[str], typer.Option("--text", "-t", metavar="TEXT", show_default=False, help="把这段文字作为一条消息。")] = None,
) -> None:
    from zhijian.phrasing.scenario import classify
    from zhijian.phrasing.library import SCENARIOS

    if fmt not in ("text", "jsonl"):
        _fail(f"--format 只能是 text 或 jsonl，而不是“{fmt}”")
    when = _parse_at(at)
    packs = _pack_spec(pack)
    inspector = _build_inspector(packs, overrides)
    lib = _library(packs, overrides)
    single, path, stream = _open_input(input, text)
    cache: dict[str, list[str]] = {}

    def replies(scenario: str) -> list[str]:
        if scenario not in cache:  # every reply is checked on the same pack; a failing one is withheld
            cache[scenario] = [r for r in lib.replies(scenario, at=when) if not inspector.check(r)]
        return cache[scenario]

    def handle(m: Message, writer: Optional[_JsonlWriter]) -> None:
        p = classify(m.text)
        if writer:
            writer.write({"id": m.id, "scenario": p.scenario, "replies": replies(p.scenario),
                          "confidence": round(p.confidence, 3)})
            return
        sc = lib.scenarios[p.scenario]
        t = Text()
        if single is None:
            t.append(f"第{m.line}行  ", style="bold")
        t.append(_cut(m.text, 80) + "\n")
        t.append(f"场景：{sc.title}（{p.scenario}）  置信度 {p.confidence:.0%}\n", style="bold cyan")
        for r in replies(p.scenario):
            t.append(f"  · {r}\n", style="green")
        out.print(t, soft_wrap=True)

    _per_message(single, stream, fmt, handle, lambda m: {"id": m.id, "scenario": "other", "replies": [], "error": m.error})


@app.command(help="把有问题的客服草稿改写为合规版本（改写结果本身通过同一规则包的 check）。\n\n"
                  "退出码：0 完成；2 用法错误；3 部分输入行无效；4 内部错误。")
def rewrite(
    input: Annotated[Optional[str], typer.Argument(metavar="INPUT", show_default=False, help="文件、- 或草稿文字。")] = None,
    pack: Annotated[Optional[list[str]], typer.Option("--pack", "-p", metavar="P", show_default=False, help="规则包（默认 jd）。")] = None,
    overrides: Annotated[Optional[str], typer.Option("--overrides", "-o", metavar="FILE", show_default=False, help="店铺覆盖文件。")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="text|jsonl", help="输出格式。")] = "text",
    text: Annotated[Optional[str], typer.Option("--text", "-t", metavar="TEXT", show_default=False, help="把这段文字作为一条草稿。")] = None,
) -> None:
    from zhijian.phrasing.rewrite import rewrite as do_rewrite

    if fmt not in ("text", "jsonl"):
        _fail(f"--format 只能是 text 或 jsonl，而不是“{fmt}”")
    packs = _pack_spec(pack)
    inspector = _build_inspector(packs, overrides)
    lib = _library(packs, overrides)
    single, path, stream = _open_input(input, text)

    def handle(m: Message, writer: Optional[_JsonlWriter]) -> None:
        rw = do_rewrite(inspector, lib, m.text)
        if writer:
            writer.write({"id": m.id, "text": m.text, "rewrite": rw.text, "changed": rw.changed,
                          "findings": [f.to_dict() for f in rw.before],
                          "remaining": [f.to_dict() for f in rw.after]})
            return
        t = Text()
        if single is None:
            t.append(f"第{m.line}行\n", style="bold")
        t.append("原文：")
        t.append_text(_highlighted(m.text, rw.before))
        t.append("\n改写：", style="bold")
        t.append(rw.text if rw.changed else "（无需修改）", style="green")
        if rw.steps:
            t.append(f"\n  （{'；'.join(dict.fromkeys(rw.steps))}）", style="dim")
        out.print(t, soft_wrap=True)

    _per_message(single, stream, fmt, handle, lambda m: {"id": m.id, "text": m.text, "rewrite": None, "error": m.error})


def _per_message(single, stream, fmt: str, handle, error_record) -> None:
    """Run ``handle(message, writer)`` over the input; bad lines get ``error_record(m)``; exits."""
    writer = _JsonlWriter() if fmt == "jsonl" else None
    invalid = 0
    try:
        for m in _messages_of(single, stream):
            if not m.ok:
                invalid += 1
                _report_invalid(m)
                if writer:
                    writer.write(error_record(m))
                continue
            handle(m, writer)
        if writer:
            writer.flush()
    except BrokenPipeError:
        _broken_pipe()
    finally:
        if stream is not None:
            stream.close()
    raise typer.Exit(EXIT_INVALID_LINES if invalid else EXIT_OK)


# ---------------------------------------------------------------------------------------- audit


def _parse_maps(maps: Optional[list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in maps or []:
        if "=" not in m:
            _fail(f"--map 应写成 字段=列名（例如 text=聊天内容），而不是“{m}”")
        k, v = m.split("=", 1)
        out[k.strip()] = v.strip()
    return out


def _show_audit_summary(agg, skipped: int, errors: int) -> None:
    from zhijian.taxonomy import CATEGORIES

    tot = agg.total.summary()
    head = Text()
    head.append(f"共审计 {tot['chats']} 个会话", style="bold")
    head.append(f"，平均分 {tot['avg_score']}，致命项 {tot['fatal_chats']} 个")
    if tot["first_response_30s_rate"] is not None:
        head.append(f"，30 秒应答率 {tot['first_response_30s_rate']:.1%}")
    if tot["avg_response_s"] is not None:
        head.append(f"，平均响应 {tot['avg_response_s']} 秒")
    head.append(f"，漏回复率 {tot['unanswered_rate']:.1%}")
    out.print(head)
    if agg.total.findings:
        t = Table(title="问题分布（每百会话）", title_justify="left")
        t.add_column("类别")
        t.add_column("次数", justify="right")
        t.add_column("每百会话", justify="right")
        for cat, n in agg.total.findings.most_common():
            t.add_row(f"{CATEGORIES.get(cat, cat)}（{cat}）", str(n), f"{n * 100 / max(1, agg.total.chats):.1f}")
        out.print(t)
    if agg.agents:
        t = Table(title="客服排行（按平均分）", title_justify="left")
        for col in ("客服", "会话", "平均分", "30秒应答率", "平均响应(秒)", "漏回复率"):
            t.add_column(col, justify="left" if col == "客服" else "right")
        rows = sorted(agg.agents.items(), key=lambda kv: -kv[1].summary()["avg_score"])
        for name, g in rows[:20]:
            s = g.summary()
            rate = "—" if s["first_response_30s_rate"] is None else f"{s['first_response_30s_rate']:.0%}"
            t.add_row(name, str(s["chats"]), str(s["avg_score"]), rate,
                      "—" if s["avg_response_s"] is None else str(s["avg_response_s"]), f"{s['unanswered_rate']:.0%}")
        out.print(t)
    worst = agg.worst()[:5]
    if worst:
        out.print(Text("得分最低的会话：", style="bold"))
        for r in worst:
            line = Text(f"  {r.id}  {r.score} 分  ", style="bold")
            line.append("；".join(f"第{f.turn}句 {CATEGORIES.get(f.category, f.category)}" for f in r.findings[:6]))
            out.print(line, soft_wrap=True)
    if skipped or errors:
        err.print(Text(f"跳过了 {skipped + errors} 行/会话（格式错误，见上方逐行说明）。", style="yellow"))


@app.command(help="审计客服会话（JSON Lines 日志，或 CSV / Excel 导出），给出每个会话的问题与得分。\n\n"
                  "FILE 可以是多个文件，- 表示标准输入（JSON Lines）。CSV/Excel 每行一条消息，"
                  "列名可用 --map 字段=列名 指定（字段：id role text ts shop agent customer_name pack）。\n\n"
                  "退出码：0 完成；2 用法错误、规则包或覆盖文件无效；3 完成，但有格式错误的行被跳过；4 内部错误。")
def audit(
    files: Annotated[Optional[list[str]], typer.Argument(metavar="FILE...", show_default=False,
                                                         help="会话日志文件；- 为标准输入。")] = None,
    pack: Annotated[Optional[list[str]], typer.Option("--pack", "-p", metavar="P", show_default=False,
                                                      help="规则包（覆盖日志中的 pack 字段）；都没有时用 jd。")] = None,
    overrides: Annotated[Optional[str], typer.Option("--overrides", "-o", metavar="FILE", show_default=False,
                                                     help="店铺覆盖文件（YAML）。")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="text|jsonl", help="输出格式。")] = "text",
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="工作进程数（结果与单进程完全相同）。")] = 1,
    report: Annotated[Optional[str], typer.Option("--report", metavar="OUT.html", show_default=False,
                                                  help="写出自包含的 HTML 报告（图表、客服排行、最差会话）。")] = None,
    excel: Annotated[Optional[str], typer.Option("--excel", metavar="OUT.xlsx", show_default=False,
                                                 help="写出 Excel（会话、问题、客服、店铺四个工作表）。")] = None,
    maps: Annotated[Optional[list[str]], typer.Option("--map", metavar="字段=列名", show_default=False,
                                                      help="CSV/Excel 列映射，可重复。")] = None,
    sheet: Annotated[Optional[str], typer.Option("--sheet", metavar="NAME", show_default=False,
                                                 help="Excel 工作表名（默认第一个）。")] = None,
) -> None:
    from zhijian.batch.aggregate import Aggregate
    from zhijian.batch.runner import AuditRunner
    from zhijian.batch.logs import read_logs

    if fmt not in ("text", "jsonl"):
        _fail(f"--format 只能是 text 或 jsonl，而不是“{fmt}”")
    paths = list(files or ["-"])
    for p in paths:
        if p != "-" and not os.path.isfile(p):
            _fail(f"找不到会话日志文件“{p}”")
    mapping = _parse_maps(maps)
    if overrides is not None and not os.path.isfile(overrides):
        _fail(f"找不到覆盖文件“{overrides}”")
    pack_spec = ",".join(_pack_spec(pack)) if pack else None
    try:
        runner = AuditRunner(pack_spec, overrides, workers, keep_messages=bool(report or excel))
    except PackError as e:
        _fail(f"规则包或覆盖文件无效：{e}")
    agg = Aggregate(worst_kept=20 if report else 5)
    writer = _JsonlWriter() if fmt == "jsonl" else None
    counts = {"skipped": 0, "errors": 0}
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                        console=err, transient=True, disable=not err.is_terminal)

    def results():
        """Every audited conversation, in input order, after it was written out and counted."""
        task = progress.add_task("正在审计……", total=None)
        n = 0
        for item, result, error in runner.run(read_logs(paths, mapping, sheet, stdin=sys.stdin.buffer)):
            if error is not None:
                err.print(Text(error, style="yellow"), soft_wrap=True)
                counts["skipped" if item.conversation is None else "errors"] += 1
                continue
            n += 1
            agg.add(result)
            if writer is not None:
                writer.write(result.to_dict())
            if n % 500 == 0:
                progress.update(task, description=f"已审计 {n} 个会话……")
            yield result

    try:
        with progress:
            if excel:
                from zhijian.batch.excel_report import write_excel

                write_excel(excel, results(), agg)
            else:
                for _ in results():
                    pass
    except BrokenPipeError:
        _broken_pipe()
    skipped, errors = counts["skipped"], counts["errors"]
    if fmt == "text":
        _show_audit_summary(agg, skipped, errors)
    else:
        err.print(Text(f"共审计 {agg.total.chats} 个会话；跳过 {skipped + errors} 行。", style="dim"))
    if report:
        from zhijian.batch.html_report import write_html

        write_html(report, agg)
        err.print(Text(f"HTML 报告已写入 {report}", style="green"))
    if excel:
        err.print(Text(f"Excel 已写入 {excel}", style="green"))
    sys.stdout.flush()
    raise typer.Exit(EXIT_INVALID_LINES if (skipped or errors) else EXIT_OK)


# ------------------------------------------------------------------------------- serve / keys

keys_app = typer.Typer(help="管理 API key（直接操作服务的数据库）。", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(keys_app, name="keys")
_DB_HELP = "数据库：postgresql://… ；默认是数据目录下的 SQLite 文件。"


def _db_url(db: Optional[str], data_dir: str) -> str:
    from zhijian.service.db import default_url

    return db or default_url(data_dir)


@app.command(help="启动质检服务（REST API，OpenAPI 文档在 /docs）。首次启动自动建库、迁移，并在没有任何 key 时创建一个管理员 key。\n\n"
                  "--demo 载入示例会话（examples/chats.jsonl 同款数据），便于立即浏览。")
def serve(
    host: Annotated[str, typer.Option(help="监听地址。")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="端口。")] = 8000,
    db: Annotated[Optional[str], typer.Option(metavar="URL", show_default=False, help=_DB_HELP)] = None,
    data_dir: Annotated[str, typer.Option("--data-dir", help="数据目录（SQLite 文件、上传文件）。")] = "data",
    pack: Annotated[str, typer.Option("--pack", help="默认规则包。")] = "jd",
    demo: Annotated[bool, typer.Option("--demo", help="载入示例会话数据。")] = False,
    mask_pii: Annotated[bool, typer.Option("--mask-pii", help="保存会话时遮盖手机号和身份证号。")] = False,
    rate: Annotated[float, typer.Option("--rate", help="每个 key 每秒最多请求数（0 为不限）。")] = 200.0,
) -> None:
    import uvicorn

    from zhijian.service.app import Settings, create_app
    from zhijian.service.bootstrap import bootstrap

    url = _db_url(db, data_dir)
    settings = Settings(db_url=url, data_dir=data_dir, default_pack=pack, mask_pii=mask_pii, rate=rate)
    try:
        application = create_app(settings)
    except Exception as e:  # a database that cannot be reached or migrated
        _fail(f"无法打开数据库 {url}：{type(e).__name__}: {e}")
    for line in bootstrap(application, demo=demo):
        err.print(Text(line, style="bold green"), soft_wrap=True)
    err.print(Text(f"质检服务：http://{host}:{port}/ （API 文档 /docs；数据库 {url.split('@')[-1]}）", style="bold"))
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _key_session(db: Optional[str], data_dir: str):
    from zhijian.service.db import make_engine, migrate, sessions

    engine = make_engine(_db_url(db, data_dir))
    migrate(engine)
    return sessions(engine)


@keys_app.command("create", help="创建 API key（只显示一次）。角色：agent（检查、话术）、qa（+审计、浏览）、admin（+店铺设置、key）。")
def keys_create(
    role: Annotated[str, typer.Option("--role", help="agent / qa / admin")],
    name: Annotated[str, typer.Option("--name", help="key 的名字（谁在用）。")],
    db: Annotated[Optional[str], typer.Option(metavar="URL", show_default=False, help=_DB_HELP)] = None,
    data_dir: Annotated[str, typer.Option("--data-dir")] = "data",
) -> None:
    from zhijian.service.security import ROLES, create_key

    if role not in ROLES:
        _fail(f"--role 必须是 {', '.join(ROLES)} 之一")
    with _key_session(db, data_dir).begin() as s:
        row, key = create_key(s, name, role)
    out.print(key)
    err.print(Text(f"已创建 key #{row.id}（{name}，{role}）；请立即保存，它不会再显示。", style="green"))


@keys_app.command("list", help="列出 API key（不显示 key 本身）。")
def keys_list(
    db: Annotated[Optional[str], typer.Option(metavar="URL", show_default=False, help=_DB_HELP)] = None,
    data_dir: Annotated[str, typer.Option("--data-dir")] = "data",
) -> None:
    from sqlalchemy import select

    from zhijian.service.db import ApiKeyRow

    t = Table(title="API key")
    for col in ("id", "名字", "角色", "前缀", "创建时间", "状态"):
        t.add_column(col)
    with _key_session(db, data_dir)() as s:
        for r in s.scalars(select(ApiKeyRow).order_by(ApiKeyRow.id)):
            t.add_row(str(r.id), r.name, r.role, r.prefix + "…", f"{r.created_at:%Y-%m-%d %H:%M}",
                      "已吊销" if r.revoked_at else "有效")
    out.print(t)


@keys_app.command("revoke", help="吊销 API key。")
def keys_revoke(
    key_id: Annotated[int, typer.Argument(metavar="ID")],
    db: Annotated[Optional[str], typer.Option(metavar="URL", show_default=False, help=_DB_HELP)] = None,
    data_dir: Annotated[str, typer.Option("--data-dir")] = "data",
) -> None:
    from zhijian.service.security import revoke_key

    with _key_session(db, data_dir).begin() as s:
        if not revoke_key(s, key_id):
            _fail(f"没有可吊销的 key #{key_id}")
    out.print(f"已吊销 key #{key_id}")


# ----------------------------------------------------------------------------------------- main


def main() -> None:
    """Console-script entry point; maps unexpected exceptions to exit status 4."""
    try:
        app(prog_name="zhijian")
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        try:
            _broken_pipe()
        except typer.Exit:
            pass
        sys.exit(EXIT_BROKEN_PIPE)
    except Exception:
        traceback.print_exc()
        print("内部错误：zhijian 出现了意外异常（见上方信息），请报告此问题。", file=sys.stderr)
        sys.exit(EXIT_INTERNAL)


if __name__ == "__main__":
    main()
