"""Everything the ``zhijian`` command prints for people: Rich consoles, tables, highlighted messages,
summaries, notes on stderr.  (Machine output, JSON Lines, is written by ``zhijian.cli.inputs.JsonlWriter``.)

No function here decides anything: the command modules compute, these functions only format.
Heavy modules (``rich.progress``) are imported inside the function that needs them.
"""

from __future__ import annotations

import json
from typing import Iterable, Optional

from rich.console import Console
from rich.text import Text

from zhijian.taxonomy import CATEGORIES, SEVERITIES, SEVERITY_RANK

SEVERITY_STYLES = {"critical": "bold white on red", "major": "bold black on yellow", "minor": "black on cyan"}
SEVERITY_TEXT_STYLES = {"critical": "bold red", "major": "bold yellow", "minor": "cyan"}
DISPLAY_CHARS = 400  # longer messages are shown cut, in the text format
MAX_SHOWN_FINDINGS = 30  # per message, in the text format

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def _table(*args, **kwargs):
    from rich.table import Table  # not imported by a plain ``zhijian check``

    return Table(*args, **kwargs)


def flush() -> None:
    out.file.flush()


def cut(s: str, limit: int) -> str:
    return s if len(s) <= limit else s[:limit] + f"…（共 {len(s):,} 字）"


def _severity_text(sev: str) -> Text:
    return Text(SEVERITIES.get(sev, sev), style=SEVERITY_TEXT_STYLES.get(sev, ""))


# ------------------------------------------------------------------------------ general notes


def show_version(version: str) -> None:
    out.print(f"zhijian {version}")


def error(message: str) -> None:
    err.print(Text(f"错误：{message}", style="bold red"), soft_wrap=True)


def warn_invalid(m) -> None:
    """An input line that could not be read (``Message`` with ``ok`` false)."""
    err.print(Text(f"警告：{m.error}", style="yellow"), soft_wrap=True)


def reading_stdin() -> None:
    err.print(Text("正在从标准输入读取消息（每行一条，Ctrl-D 结束）……", style="dim"))


# ------------------------------------------------------------------------------------- check


def highlighted(text: str, findings: list) -> Text:
    shown = text[:DISPLAY_CHARS]
    t = Text(shown)
    for f in sorted(findings, key=lambda f: SEVERITY_RANK.get(f.severity, 0)):
        if f.start < len(shown):
            t.stylize(SEVERITY_STYLES.get(f.severity, "reverse"), f.start, min(f.end, len(shown)))
    if len(text) > len(shown):
        t.append(f" …（共 {len(text):,} 字，仅显示前 {DISPLAY_CHARS} 字）", style="dim")
    return t


def show_message(m, findings: list, rewritten: Optional[str], single: bool) -> None:
    """One checked message in the text format, printed as a single Rich Text (much faster than many prints).

    ``rewritten`` is the suggested rewrite (only used when there are findings)."""
    t = Text()
    if not single:
        head = f"第{m.line}行" if m.id == m.line else f"第{m.line}行  id={json.dumps(m.id, ensure_ascii=False)}"
        t.append(head + "\n", style="bold")
    if not findings:
        t.append("  " + cut(m.text, DISPLAY_CHARS) + "\n")
        t.append("✓ 未发现问题", style="bold green")
        out.print(t, soft_wrap=True)
        return
    t.append("  ")
    t.append_text(highlighted(m.text, findings))
    for f in findings[:MAX_SHOWN_FINDINGS]:
        sev = f.severity
        t.append("\n  ● ")
        t.append(f" {SEVERITIES.get(sev, sev)} ", style=SEVERITY_STYLES.get(sev, "reverse"))
        t.append(f" {CATEGORIES.get(f.category, f.category)}", style="bold")
        t.append(f"  {f.rule}", style="dim")
        t.append(f"  “{cut(f.match, 60)}”（{f.start}–{f.end}）", style=SEVERITY_TEXT_STYLES.get(sev, ""))
        t.append(f"\n      {f.message}")
        if f.suggestion:
            t.append("\n      建议：", style="green")
            t.append(f.suggestion)
    if len(findings) > MAX_SHOWN_FINDINGS:
        t.append(f"\n  ……另有 {len(findings) - MAX_SHOWN_FINDINGS} 处发现未显示（用 --format jsonl 查看全部）", style="dim")
    if rewritten is not None and rewritten != m.text:
        t.append("\n  建议改写：", style="bold green")
        t.append(cut(rewritten, DISPLAY_CHARS))
    t.append("\n")
    out.print(t, soft_wrap=True)


def show_check_summary(stats, table: bool) -> None:
    """After a multi-message check: the per-category table (text format) and the totals line on stderr."""
    if table:
        _show_category_table(stats)
    line = f"共检查 {stats.checked} 条消息，其中 {stats.with_findings} 条有问题；无效行 {stats.invalid} 行。"
    err.print(Text(line, style="dim"), soft_wrap=True)


def _show_category_table(stats) -> None:
    if not stats.by_category:
        out.print(Text(f"✓ 共检查 {stats.checked} 条消息，未发现问题", style="bold green"))
        return
    table = _table(title=f"按类别汇总（{stats.checked} 条消息，{stats.with_findings} 条有问题）")
    table.add_column("类别")
    table.add_column("最高级别")
    table.add_column("发现数", justify="right")
    table.add_column("涉及消息", justify="right")
    rank_to_sev = {v: k for k, v in SEVERITY_RANK.items()}
    for cat, (n, msgs, rank) in sorted(stats.by_category.items(), key=lambda kv: (-kv[1][2], -kv[1][0], kv[0])):
        sev = rank_to_sev.get(rank, "")
        table.add_row(CATEGORIES.get(cat, cat), _severity_text(sev), str(n), str(msgs))
    out.print(table)


# ------------------------------------------------------------------------------ packs / rules


def show_pack_list(entries: Iterable[tuple]) -> None:
    """``zhijian packs``: one row per ``(name, pack file, composed rule count)``; a pack that cannot be
    loaded comes as ``(name, None, error message)`` and is listed, then reported on stderr."""
    table = _table(title="可用规则包")
    table.add_column("包名", no_wrap=True)
    table.add_column("名称", overflow="fold")
    table.add_column("类型", no_wrap=True)
    table.add_column("继承", overflow="fold")
    table.add_column("本包规则", justify="right")
    table.add_column("合计（含继承）", justify="right")
    broken = []
    for name, pf, total in entries:
        if pf is None:
            broken.append(total)
            table.add_row(name, Text("无法加载", style="bold red"), "", "", "", "")
            continue
        table.add_row(name, pf.title, Text("基础包", style="dim") if pf.abstract else "规则包",
                      "、".join(pf.extends) or "—", str(len(pf.rules)), str(total))
    out.print(table)
    for msg in broken:
        error(msg)


def show_selftest(rows: list[tuple], problems: list[tuple[str, list[str]]]) -> None:
    """``zhijian rules test``: rows are ``(pack, rules, examples, failures)``, ``rules`` None for a pack
    that could not be loaded; then each failure, then the verdict."""
    table = _table(title="规则示例自检")
    table.add_column("规则包", no_wrap=True)
    table.add_column("规则", justify="right")
    table.add_column("示例", justify="right")
    table.add_column("失败", justify="right")
    for spec, n_rules, n_examples, n_failures in rows:
        if n_rules is None:
            table.add_row(spec, "—", "—", Text("无法加载", style="bold red"))
        else:
            table.add_row(spec, str(n_rules), str(n_examples),
                          Text(str(n_failures), style="bold red" if n_failures else "green"))
    out.print(table)
    for spec, lines in problems:
        out.print(Text(f"{spec}：", style="bold red"))
        for line in lines:
            out.print(Text(f"  ✗ {line}"), soft_wrap=True)
    if problems:
        n = sum(len(lines) for _, lines in problems)
        out.print(Text(f"✗ {n} 处失败", style="bold red"))
    else:
        out.print(Text("✓ 全部示例通过", style="bold green"))


# ---------------------------------------------------------------------------- suggest / rewrite


def show_suggestion(m, title: str, scenario: str, confidence: float, replies: list[str], single: bool) -> None:
    t = Text()
    if not single:
        t.append(f"第{m.line}行  ", style="bold")
    t.append(cut(m.text, 80) + "\n")
    t.append(f"场景：{title}（{scenario}）  置信度 {confidence:.0%}\n", style="bold cyan")
    for r in replies:
        t.append(f"  · {r}\n", style="green")
    out.print(t, soft_wrap=True)


def show_rewrite(m, rw, single: bool) -> None:
    """A draft and its rewrite (``zhijian.phrasing.rewrite.Rewrite``)."""
    t = Text()
    if not single:
        t.append(f"第{m.line}行\n", style="bold")
    t.append("原文：")
    t.append_text(highlighted(m.text, rw.before))
    t.append("\n改写：", style="bold")
    t.append(rw.text if rw.changed else "（无需修改）", style="green")
    if rw.steps:
        t.append(f"\n  （{'；'.join(dict.fromkeys(rw.steps))}）", style="dim")
    out.print(t, soft_wrap=True)


# ------------------------------------------------------------------------------------- audit


def audit_progress():
    """A transient spinner on stderr (only on a terminal) while conversations are audited."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


def audit_problem(message: str) -> None:
    """A log line or conversation that was skipped (the reader's own message)."""
    err.print(Text(message, style="yellow"), soft_wrap=True)


LEAGUE_ROWS = 20  # agents shown in the CLI league (worst first); the title says how many of how many


def worst_first(groups: dict) -> list[tuple[str, dict]]:
    """(name, summary) pairs, the worst first: lowest average score, then more findings per chat,
    then more chats, then name (managers look for the worst)."""
    rows = [(name, g.summary()) for name, g in groups.items()]
    rows.sort(key=lambda kv: (kv[1]["avg_score"], -kv[1]["findings"] / max(1, kv[1]["chats"]), -kv[1]["chats"], kv[0]))
    return rows


def league_title(shown: int, total: int) -> str:
    head = "客服排行（按平均分从低到高，最差在前）"
    if shown < total:
        return f"{head}：显示 {shown} / 共 {total} 位客服（完整名单见 --report 或 --excel）"
    return f"{head}：共 {total} 位客服，全部显示"


def show_audit_summary(agg, skipped: int, errors: int) -> None:
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
    packs = [p for p in sorted(agg.packs) if p]
    if packs:
        out.print(Text("规则包（按每个会话实际使用的）：" + "、".join(f"{p} {agg.packs[p]} 个会话" for p in packs), style="dim"))
    if agg.total.findings:
        t = _table(title="问题分布（每百会话）", title_justify="left")
        t.add_column("类别")
        t.add_column("次数", justify="right")
        t.add_column("每百会话", justify="right")
        for cat, n in agg.total.findings.most_common():
            t.add_row(CATEGORIES.get(cat, cat), str(n), f"{n * 100 / max(1, agg.total.chats):.1f}")
        out.print(t)
    if agg.agents:
        rows = worst_first(agg.agents)
        shown = rows[:LEAGUE_ROWS]
        out.print(Text(league_title(len(shown), len(rows)), style="italic"), soft_wrap=True)
        t = _table()
        for col in ("客服", "会话", "平均分", "30秒应答率", "平均响应(秒)", "漏回复率"):
            t.add_column(col, justify="left" if col == "客服" else "right")
        for name, s in shown:
            rate = "—" if s["first_response_30s_rate"] is None else f"{s['first_response_30s_rate']:.0%}"
            t.add_row(name, str(s["chats"]), str(s["avg_score"]), rate,
                      "—" if s["avg_response_s"] is None else str(s["avg_response_s"]), f"{s['unanswered_rate']:.0%}")
        out.print(t)
    worst = agg.worst()[:5]
    if worst:
        out.print(Text("得分最低的会话：", style="bold"))
        for r in worst:
            line = Text(f"  {r.id}  {r.score} 分  ", style="bold")
            line.append("；".join(f"第{f.turn + 1}句 {CATEGORIES.get(f.category, f.category)}" for f in r.findings[:6]))
            out.print(line, soft_wrap=True)
    if skipped or errors:
        err.print(Text(f"跳过了 {skipped + errors} 行/会话（格式错误，见上方逐行说明）。", style="yellow"))


def audit_totals(chats: int, skipped: int) -> None:
    """The one stderr line after ``--format jsonl``."""
    err.print(Text(f"共审计 {chats} 个会话；跳过 {skipped} 行。", style="dim"))


def results_written(path: str, fmt: str) -> None:
    """``--engine spark --output DIR``: where the per-chat (or per-message) results are."""
    kind = "Parquet" if fmt == "parquet" else "JSON Lines"
    err.print(Text(f"结果（{kind} 分片文件）已写入目录 {path}", style="green"), soft_wrap=True)


def invalid_line(message: str) -> None:
    """An input line that could not be read, as a Spark executor described it."""
    err.print(Text(f"警告：{message}", style="yellow"), soft_wrap=True)


def report_written(path: str) -> None:
    err.print(Text(f"HTML 报告已写入 {path}", style="green"))


def excel_written(path: str) -> None:
    err.print(Text(f"Excel 已写入 {path}", style="green"))


# ------------------------------------------------------------------------------ serve / keys


def serve_notes(lines: Iterable[str], host: str, port: int, url: str) -> None:
    """What the first start did (bootstrap lines), then where the service listens."""
    for line in lines:
        err.print(Text(line, style="bold green"), soft_wrap=True)
    err.print(Text(f"质检服务：http://{host}:{port}/ （API 文档 /docs；数据库 {db_name(url)}）", style="bold"))


def db_name(url: str) -> str:
    """A database URL for people: the SQLite file path, or the server part of a PostgreSQL URL (no password)."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    return url.split("://", 1)[0] + "://" + url.split("@")[-1]


def using_database(url: str) -> None:
    err.print(Text(f"使用数据库：{db_name(url)}", style="dim"), soft_wrap=True)


def local_time(t) -> str:
    """A stored time (UTC, naive or aware) in this machine's local time zone."""
    import datetime as dt

    if t is None:
        return "—"
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return f"{t.astimezone():%Y-%m-%d %H:%M}"


ROLE_NAMES = {"agent": "客服（agent）", "qa": "质检（qa）", "admin": "管理员（admin）"}


def show_new_key(key: str, key_id: int, name: str, role: str) -> None:
    out.print(key, soft_wrap=True)
    err.print(Text(f"已创建 key #{key_id}（{name}，{ROLE_NAMES.get(role, role)}）；请立即保存，它不会再显示。", style="green"))


def show_keys(rows: Iterable) -> None:
    """``zhijian keys list``: ``ApiKeyRow`` rows (the key itself is never stored, only its prefix)."""
    t = _table(title="API key")
    for col in ("编号", "名字", "角色", "范围", "前缀", "创建时间（本地）", "状态"):
        t.add_column(col)
    for r in rows:
        scope = "、".join(r.shops) if r.shops else "全部店铺"
        if r.agent_id:
            scope += f" · 客服 {r.agent_id}"
        t.add_row(str(r.id), r.name, ROLE_NAMES.get(r.role, r.role), scope, r.prefix + "…", local_time(r.created_at),
                  f"已吊销（{local_time(r.revoked_at)}）" if r.revoked_at else "有效")
    out.print(t)


def key_revoked(key_id: int) -> None:
    out.print(f"已吊销 key #{key_id}")
