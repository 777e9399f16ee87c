"""``zhijian audit``: audit whole conversations from JSON Lines logs or CSV / Excel exports, in this
process (``--workers``) or on Apache Spark (``--engine spark``)."""

from __future__ import annotations

import os
import sys
from typing import Annotated, Iterable, Iterator, Optional

import typer

from zhijian.cli import output
from zhijian.cli.exits import EXIT_INVALID_LINES, EXIT_OK, broken_pipe, fail
from zhijian.cli.inputs import JsonlWriter, pack_spec, parse_maps
from zhijian.cli.options import Master, Overrides, engine_option, spark_engine
from zhijian.engine.rules import PackError

AUDIT_HELP = ("审计客服会话（JSON Lines 日志，或 CSV / Excel 导出），给出每个会话的问题与得分。\n\n"
              "FILE 可以是多个文件，- 表示标准输入（JSON Lines）。CSV/Excel 每行一条消息，"
              "列名可用 --map 字段=列名 指定（字段：id role text ts shop agent customer_name pack seq）。\n\n"
              "--engine spark 在 Apache Spark 上审计（需要 pip install 'zhijian[spark]' 与 Java）：FILE 可以是"
              "目录、通配符或 hdfs:// s3a:// 路径，JSON Lines 会话、CSV 或 Parquet 消息行（同一会话的消息可分散在"
              "多个文件、顺序任意，按会话 id 汇集后按 seq 列或时间排序）；结果与本地运行相同（行序可能不同）。\n\n"
              "退出码：0 完成；2 用法错误、规则包或覆盖文件无效；3 完成，但有格式错误的行被跳过；4 内部错误。")

def audit(
    files: Annotated[Optional[list[str]], typer.Argument(metavar="FILE...", show_default=False,
                                                         help="会话日志文件；- 为标准输入。")] = None,
    pack: Annotated[Optional[list[str]], typer.Option("--pack", "-p", metavar="P", show_default=False,
                                                      help="规则包（覆盖日志中的 pack 字段）；都没有时用 jd。")] = None,
    overrides: Overrides = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="text|jsonl|parquet",
                                     help="输出格式（parquet 只用于 --engine spark 与 --output）。")] = "text",
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="工作进程数（结果与单进程完全相同）。")] = 1,
    report: Annotated[Optional[str], typer.Option("--report", metavar="OUT.html", show_default=False,
                                                  help="写出自包含的 HTML 报告（图表、客服排行、最差会话）。")] = None,
    excel: Annotated[Optional[str], typer.Option("--excel", metavar="OUT.xlsx", show_default=False,
                                                 help="写出 Excel（会话、问题、客服、店铺四个工作表）。")] = None,
    maps: Annotated[Optional[list[str]], typer.Option("--map", metavar="字段=列名", show_default=False,
                                                      help="CSV/Excel/Parquet 列映射，可重复。")] = None,
    sheet: Annotated[Optional[str], typer.Option("--sheet", metavar="NAME", show_default=False,
                                                 help="Excel 工作表名（默认第一个）。")] = None,
    acts: Annotated[bool, typer.Option("--acts", help="与 --format jsonl 一起用：每个会话另附每条消息的分句与对话行为"
                                                     "（docs/spec/contract.md §3 的 acts 字段）。")] = False,
    engine: Annotated[str, engine_option("本机（--workers 个进程）")] = "local",
    master: Master = None,
    out_dir: Annotated[Optional[str], typer.Option("--output", metavar="DIR", show_default=False,
                                                   help="Spark：结果写到这个目录（JSON Lines 或 Parquet 分片文件），"
                                                        "不经过本机；不给时结果写到标准输出。")] = None,
    partitions: Annotated[Optional[int], typer.Option("--partitions", min=1, metavar="N", show_default=False,
                                                      help="Spark：按会话 id 汇集消息行时的分区数（默认 3×总核数）。")] = None,
) -> None:
    from zhijian.batch.aggregate import Aggregate

    spark = _check_options(engine, fmt, acts, workers, master, out_dir, partitions, files, sheet)
    paths = list(files or ["-"])
    if not spark:
        for p in paths:
            if p != "-" and not os.path.isfile(p):
                fail(f"找不到会话日志文件“{p}”")
    mapping = parse_maps(maps)
    if overrides is not None and not os.path.isfile(overrides):
        fail(f"找不到覆盖文件“{overrides}”")
    packs = ",".join(pack_spec(pack)) if pack else None
    worst_kept = 20 if report else 5
    try:
        from zhijian.batch.runner import AuditRunner

        runner = AuditRunner(packs, overrides, 1 if spark else workers, keep_messages=bool(report or excel),
                             keep_acts=acts, worst_kept=worst_kept)
    except PackError as e:
        fail(f"规则包或覆盖文件无效：{e}")
    if spark:
        outcomes = _spark_outcomes(runner.settings, paths, mapping, master, out_dir, fmt, partitions, bool(excel))
    else:
        outcomes = runner.run_logs(paths, mapping, sheet, stdin=sys.stdin.buffer, want_results=bool(excel))
    agg = Aggregate(worst_kept=worst_kept)
    writer = JsonlWriter() if fmt == "jsonl" and out_dir is None else None
    counts = {"skipped": 0, "errors": 0}
    progress = output.audit_progress()
    try:
        with progress:
            results = _consume(outcomes, agg, writer, counts, progress)
            if excel:
                from zhijian.batch.excel_report import write_excel

                write_excel(excel, results, agg)
            else:
                for _ in results:
                    pass
    except BrokenPipeError:
        broken_pipe()
    _finish(agg, fmt, counts, report, excel, out_dir)


def _check_options(engine: str, fmt: str, acts: bool, workers: int, master, out_dir, partitions, files,
                   sheet) -> bool:
    """Usage errors, before anything starts; True for the Spark engine."""
    spark = spark_engine(engine, {"--master": master, "--output": out_dir, "--partitions": partitions})
    if fmt not in ("text", "jsonl", "parquet"):
        fail(f"--format 只能是 text、jsonl 或 parquet，而不是“{fmt}”")
    if acts and fmt != "jsonl":
        fail("--acts 只能与 --format jsonl 一起使用（对话行为写在每个会话的 JSON 里）")
    if not spark:
        if fmt == "parquet":
            fail("--format parquet 只用于 --engine spark 与 --output 目录")
        return False
    if workers != 1:
        fail("--workers 只用于本地引擎；Spark 的并行度由 --master 与集群决定")
    if sheet is not None:
        fail("Spark 引擎不读 Excel（--sheet）；请导出为 CSV 或 Parquet")
    if not files or "-" in files:
        fail("Spark 引擎不读标准输入；请给出文件、目录或通配符（本机、hdfs://、s3a:// 均可）")
    if out_dir is not None and fmt == "text":
        fail("--output 需要 --format jsonl 或 --format parquet")
    if fmt == "parquet" and out_dir is None:
        fail("--format parquet 需要 --output 目录")
    return True


def _spark_outcomes(settings, paths: list[str], mapping: dict, master, out_dir, fmt: str, partitions,
                    want_results: bool) -> Iterator:
    """The Spark job's outcomes; a Spark that cannot start or an input that cannot be read is a usage
    error (exit 2) naming what to install or which input."""
    from zhijian.batch.spark import SparkError, session
    from zhijian.batch.spark import jobs

    try:
        spark = session(master)
        it = jobs.audit(spark, paths, settings, mapping, output=out_dir, fmt=fmt, partitions=partitions,
                        want_results=want_results)
        first = next(it, None)
    except SparkError as e:
        fail(str(e))
    if first is None:
        return iter(())

    def rest():
        yield first
        yield from it

    return rest()


def _consume(outcomes: Iterable, agg, writer: Optional[JsonlWriter], counts: dict, progress) -> Iterator:
    """Every audited conversation's result (None when the engine did not send it back), after its line
    was written and it was counted; problems are printed as they come; partial aggregates are merged."""
    from zhijian.batch.core import BlockOutcome

    task = progress.add_task("正在审计……", total=None)
    n = 0
    for outcome in outcomes:
        agg.merge(outcome.aggregate)
        if isinstance(outcome, BlockOutcome):  # the local engine: lines already joined by the worker
            for piece in outcome.pieces:
                if isinstance(piece, bytes):
                    if writer is not None:
                        writer.write_line(piece)
                    continue
                error, bad_line = piece
                output.audit_problem(error)
                counts["skipped" if bad_line else "errors"] += 1
            if outcome.chats:
                n += outcome.chats
                progress.update(task, description=f"已审计 {n} 个会话……")
            yield from outcome.results or ()
            continue
        for a in outcome.chats:
            if a.error is not None:
                output.audit_problem(a.error)
                counts["skipped" if a.bad_line else "errors"] += 1
                continue
            n += 1
            if writer is not None and a.line is not None:
                writer.write_line(a.line)
            if n % 500 == 0:
                progress.update(task, description=f"已审计 {n} 个会话……")
            if a.result is not None:
                yield a.result


def _finish(agg, fmt: str, counts: dict, report: Optional[str], excel: Optional[str], out_dir: Optional[str]) -> None:
    skipped, errors = counts["skipped"], counts["errors"]
    if fmt == "text":
        output.show_audit_summary(agg, skipped, errors)
    else:
        output.audit_totals(agg.total.chats, skipped + errors)
    if out_dir is not None:
        output.results_written(out_dir, fmt)
    if report:
        from zhijian.batch.html_report import write_html

        write_html(report, agg)
        output.report_written(report)
    if excel:
        output.excel_written(excel)
    sys.stdout.flush()
    raise SystemExit(EXIT_INVALID_LINES if (skipped or errors) else EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command(help=AUDIT_HELP)(audit)
