"""``zhijian audit``: audit whole conversations from JSON Lines logs or CSV / Excel exports."""

from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer

from zhijian.cli import output
from zhijian.cli.exits import EXIT_INVALID_LINES, EXIT_OK, broken_pipe, fail
from zhijian.cli.inputs import JsonlWriter, check_format, pack_spec, parse_maps
from zhijian.engine.rules import PackError

AUDIT_HELP = ("审计客服会话（JSON Lines 日志，或 CSV / Excel 导出），给出每个会话的问题与得分。\n\n"
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
    acts: Annotated[bool, typer.Option("--acts", help="与 --format jsonl 一起用：每个会话另附每条消息的分句与对话行为"
                                                     "（docs/spec/contract.md §3 的 acts 字段）。")] = False,
) -> None:
    from zhijian.batch.aggregate import Aggregate
    from zhijian.batch.runner import AuditRunner
    from zhijian.batch.logs import read_logs

    check_format(fmt)
    if acts and fmt != "jsonl":
        fail("--acts 只能与 --format jsonl 一起使用（对话行为写在每个会话的 JSON 里）")
    paths = list(files or ["-"])
    for p in paths:
        if p != "-" and not os.path.isfile(p):
            fail(f"找不到会话日志文件“{p}”")
    mapping = parse_maps(maps)
    if overrides is not None and not os.path.isfile(overrides):
        fail(f"找不到覆盖文件“{overrides}”")
    packs = ",".join(pack_spec(pack)) if pack else None
    try:
        runner = AuditRunner(packs, overrides, workers, keep_messages=bool(report or excel),
                             keep_acts=acts)
    except PackError as e:
        fail(f"规则包或覆盖文件无效：{e}")
    agg = Aggregate(worst_kept=20 if report else 5)
    writer = JsonlWriter() if fmt == "jsonl" else None
    counts = {"skipped": 0, "errors": 0}
    progress = output.audit_progress()

    def results():
        """Every audited conversation, in input order, after it was written out and counted."""
        task = progress.add_task("正在审计……", total=None)
        n = 0
        for item, result, error in runner.run(read_logs(paths, mapping, sheet, stdin=sys.stdin.buffer)):
            if error is not None:
                output.audit_problem(error)
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
        broken_pipe()
    skipped, errors = counts["skipped"], counts["errors"]
    if fmt == "text":
        output.show_audit_summary(agg, skipped, errors)
    else:
        output.audit_totals(agg.total.chats, skipped + errors)
    if report:
        from zhijian.batch.html_report import write_html

        write_html(report, agg)
        output.report_written(report)
    if excel:
        output.excel_written(excel)
    sys.stdout.flush()
    raise typer.Exit(EXIT_INVALID_LINES if (skipped or errors) else EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command(help=AUDIT_HELP)(audit)
