"""``zhijian check``: its Typer signature and help, and the Spark engine; the local run is ``check_local``."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from zhijian.cli import output
from zhijian.cli.check_local import FAIL_ON_HELP, CheckStats, check_local, severity_of
from zhijian.cli.exits import EXIT_HELP, broken_pipe, fail
from zhijian.cli.inputs import JsonlWriter, build_inspector, pack_spec, parse_maps
from zhijian.cli.options import Master, Overrides, engine_option, spark_engine
from zhijian.taxonomy import SEVERITY_RANK

CHECK_HELP = ("检查客服消息（单条文字、文件或标准输入）。\n\n"
              "INPUT 为 - 或省略时读标准输入；是已存在的文件时逐行读取该文件"
              "（每行一条纯文本，或 JSON 对象 {\"id\": …, \"text\": …}）；否则把 INPUT 本身当作一条消息。\n\n"
              "--engine spark 在 Apache Spark 上批量检查（需要 pip install 'zhijian[spark]' 与 Java）：INPUT 是文件、"
              "目录或通配符（本机、hdfs://、s3a://），格式同上，或 Parquet 消息表（text 列，可选 id 列，--map 指定列名）；"
              "jsonl 输出与本地相同（行序可能不同），text 格式只给汇总表。\n\n"
              + EXIT_HELP)


def check(
    input: Annotated[Optional[str], typer.Argument(metavar="INPUT", show_default=False,
                                                   help="文件路径、- （标准输入）或消息文字本身。")] = None,
    pack: Annotated[Optional[list[str]], typer.Option("--pack", "-p", metavar="P", show_default=False,
                                                      help="规则包，可重复或用逗号连接，如 jd,adlaw（默认 jd）。")] = None,
    overrides: Overrides = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="text|jsonl",
                                     help="输出格式：text（彩色可读）或 jsonl（机器可读，每行一个 JSON）。")] = "text",
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", metavar="LEVEL", show_default=False,
                                                   help="存在不低于该级别的发现时退出码为 1。级别："
                                                        + FAIL_ON_HELP + "（英文或中文名都可以）。")] = None,
    text: Annotated[Optional[str], typer.Option("--text", "-t", metavar="TEXT", show_default=False,
                                                help="把这段文字作为一条消息检查（不当作文件名）。")] = None,
    engine: Annotated[str, engine_option("本机")] = "local",
    master: Master = None,
    out_dir: Annotated[Optional[str], typer.Option("--output", metavar="DIR", show_default=False,
                                                   help="Spark：结果写到这个目录（JSON Lines 或 Parquet 分片文件）。")] = None,
    maps: Annotated[Optional[list[str]], typer.Option("--map", metavar="字段=列名", show_default=False,
                                                      help="Spark 读 Parquet 消息表时的列映射（id、text），可重复。")] = None,
) -> None:
    if spark_engine(engine, {"--master": master, "--output": out_dir, "--map": maps}):
        check_spark(input, pack, overrides, fmt, fail_on, text, master, out_dir, maps)
    check_local(input, pack, overrides, fmt, fail_on, text)


def check_spark(input: Optional[str], pack, overrides: Optional[str], fmt: str, fail_on: Optional[str],
                text: Optional[str], master: Optional[str], out_dir: Optional[str], maps) -> None:
    """``zhijian check --engine spark``: the same records as the local ``--format jsonl``, computed on Spark."""
    from zhijian.batch.spark import SparkError, jobs, session

    if fmt not in ("text", "jsonl", "parquet"):
        fail(f"--format 只能是 text、jsonl 或 parquet，而不是“{fmt}”")
    if text is not None or input is None or input == "-":
        fail("Spark 引擎检查文件：请给出文件、目录或通配符（本机、hdfs://、s3a:// 均可），不读标准输入或 --text")
    if out_dir is not None and fmt == "text":
        fail("--output 需要 --format jsonl 或 --format parquet")
    if fmt == "parquet" and out_dir is None:
        fail("--format parquet 需要 --output 目录")
    fail_on = severity_of(fail_on)
    packs = pack_spec(pack)
    build_inspector(packs, overrides)  # a bad pack or override file: exit 2 here, before Spark starts
    stats = CheckStats(SEVERITY_RANK[fail_on] if fail_on else None)
    writer = JsonlWriter() if fmt == "jsonl" and out_dir is None else None
    try:
        spark = session(master)
        for line, error, tally in jobs.check(spark, [input], packs, overrides, parse_maps(maps), output=out_dir, fmt=fmt):
            if tally is not None:
                stats.merge(tally)
                continue
            if error is not None:
                output.invalid_line(error)
            if writer is not None and line is not None:
                writer.write_line(line)
        if writer is not None:
            writer.flush()
    except SparkError as e:
        fail(str(e))
    except BrokenPipeError:
        broken_pipe()
    try:
        output.show_check_summary(stats, table=fmt == "text")
        if out_dir is not None:
            output.results_written(out_dir, fmt)
        sys.stdout.flush()
    except BrokenPipeError:
        broken_pipe()
    raise SystemExit(stats.exit_code())


def register(app: typer.Typer) -> None:
    app.command(help=CHECK_HELP)(check)
