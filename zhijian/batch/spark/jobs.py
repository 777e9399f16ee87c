"""The driver side of the Spark jobs: the plan, the outputs, and the stream of outcomes back to the command.

``audit`` yields ``BatchOutcome``s like the local runner does (result lines, errors, partial
aggregates), so ``zhijian audit`` consumes both engines with the same code.  With ``output`` the result
lines go to a directory (JSON Lines part files, or Parquet) written by the executors, and only errors
and partial aggregates (and the results, for an Excel export) come back to the driver; without it,
everything streams back (``toLocalIterator``), for standard output.
"""

from __future__ import annotations

import pickle
from dataclasses import replace
from typing import Any, Iterator

from zhijian.batch.aggregate import Aggregate
from zhijian.batch.core import AuditSettings, Audited, BatchOutcome
from zhijian.batch.messages import CheckTally
from zhijian.batch.spark import SparkError
from zhijian.batch.spark import executor as ex
from zhijian.batch.spark.inputs import Inputs, first_lines, open_inputs, parquet_frame, text_frame

OUTCOME_CHATS = 500  # result rows per outcome handed to the command
AUDIT_COLUMNS = ("id", "pack", "shop", "agent", "score", "fatal", "findings", "line")  # Parquet output; line -> json
CHECK_COLUMNS = ("findings", "error", "line")


def check_output(spark, output: str) -> None:
    """Refuse an output directory that exists already (Spark would fail after the whole audit)."""
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(output)
    if path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).exists(path):
        raise SparkError(f"输出目录“{output}”已存在；请换一个目录或先删除它")


def _write(df, output: str, fmt: str, columns: tuple[str, ...]) -> None:
    from pyspark.sql import functions as F

    lines = df.where(F.col("line").isNotNull())
    if fmt == "parquet":
        lines.select(*columns).withColumnRenamed("line", "json").write.parquet(output)
    else:
        lines.select("line").write.text(output)


def _rows(df, output: str | None, fmt: str, want_results: bool, columns: tuple[str, ...] = AUDIT_COLUMNS) -> Iterator[Any]:
    """The rows the driver needs: everything, or (written to ``output`` first) errors, partials and, for
    ``want_results``, the results.  The frame is cached so that the audit runs once."""
    from pyspark.sql import functions as F

    if output is None:
        yield from df.toLocalIterator(prefetchPartitions=True)
        return
    df = df.persist()
    try:
        _write(df, output, fmt, columns)
        back = df if want_results else df.where(F.col("kind") != ex.KIND_RESULT)
        yield from back.toLocalIterator(prefetchPartitions=True)
    finally:
        df.unpersist()


def _settings_for_executors(spark, settings: AuditSettings) -> AuditSettings:
    """The overrides travel as the file's validated content (executors have no access to the driver's
    files); the key stays the same, so Auditors are cached per content."""
    if isinstance(settings.overrides, str):
        from zhijian.engine.overrides import load_overrides

        settings = replace(settings, overrides=load_overrides(settings.overrides))
    return settings


def _partitions(spark, partitions: int | None) -> int:
    return partitions or max(2, spark.sparkContext.defaultParallelism * 3)


def audit_frame(spark, inputs: Inputs, settings: AuditSettings, want_results: bool, partitions: int | None):
    """The plan: results, errors and partial aggregates as one DataFrame (schema ``executor.RESULT_DDL``)."""
    from pyspark.sql import functions as F

    bsettings = spark.sparkContext.broadcast(_settings_for_executors(spark, settings))
    if inputs.kind == "chats":
        df = text_frame(spark, inputs.files)
        job = ex.AuditJob(bsettings, spark.sparkContext.broadcast(first_lines(df)), want_results)
        return df.mapInArrow(ex.audit_chats(job), ex.RESULT_DDL)
    table = inputs.kind == "parquet"
    df = parquet_frame(spark, inputs.files, inputs.columns) if table else text_frame(spark, inputs.files)
    job = ex.AuditJob(bsettings, spark.sparkContext.broadcast(first_lines(df)), want_results,
                      spark.sparkContext.broadcast(inputs.columns))
    rows = df.mapInArrow(ex.message_rows(job, table), ex.ROW_DDL)
    # every message of a chat in one partition, in order: the chat is assembled where it lands
    rows = rows.repartition(_partitions(spark, partitions), "cid").sortWithinPartitions(
        F.asc_nulls_first("cid"), F.asc_nulls_last("seq"), F.asc_nulls_last("tkey"), "file", "line")
    return rows.mapInArrow(ex.audit_rows(job), ex.RESULT_DDL)


def audit(spark, paths: list[str], settings: AuditSettings, mapping: dict[str, str], *, output: str | None = None,
          fmt: str = "jsonl", partitions: int | None = None, want_results: bool = False) -> Iterator[BatchOutcome]:
    """Audit the inputs on the cluster; yields outcomes (lines only without ``output``; results only with
    ``want_results``; partial aggregates as outcomes without chats).  Files left out come first, as errors."""
    if output is not None:
        check_output(spark, output)
    inputs = open_inputs(spark, paths, mapping)
    if inputs.problems:
        yield BatchOutcome([Audited(None, None, p, bad_line=True) for p in inputs.problems], Aggregate(worst_kept=0))
    if not inputs.files:
        return
    df = audit_frame(spark, inputs, settings, want_results, partitions)
    chats: list[Audited] = []
    for row in _rows(df, output, fmt, want_results):
        if row["kind"] == ex.KIND_PARTIAL:
            yield BatchOutcome([], pickle.loads(row["blob"]))
            continue
        if row["kind"] == ex.KIND_ERROR:
            chats.append(Audited(None, None, row["error"], bad_line=bool(row["bad"])))
        else:
            result = pickle.loads(row["blob"]) if row["blob"] is not None else None
            line = row["line"]
            chats.append(Audited(result, line.encode("utf-8") + b"\n" if line is not None else None))
        if len(chats) >= OUTCOME_CHATS:
            yield BatchOutcome(chats, Aggregate(worst_kept=0))
            chats = []
    if chats:
        yield BatchOutcome(chats, Aggregate(worst_kept=0))


def check(spark, paths: list[str], packs: list[str], overrides: str | None, mapping: dict[str, str], *,
          output: str | None = None, fmt: str = "jsonl") -> Iterator[tuple[bytes | None, str | None, CheckTally | None]]:
    """Check the messages on the cluster; yields (JSON line, error, None) per message (line None when written
    to ``output``; error set for an invalid line) and (None, None, tally) per partition."""
    from zhijian.batch.core import overrides_key
    from zhijian.engine.overrides import load_overrides

    if output is not None:
        check_output(spark, output)
    inputs = open_inputs(spark, paths, mapping, check=True)
    table = inputs.kind == "parquet"
    df = parquet_frame(spark, inputs.files, inputs.columns) if table else text_frame(spark, inputs.files)
    sc = spark.sparkContext
    content = load_overrides(overrides) if overrides else None
    job = ex.CheckJob(tuple(packs), sc.broadcast(content) if content is not None else None,
                      overrides_key(content), sc.broadcast(first_lines(df)))
    out = df.mapInArrow(ex.check_messages(job, table), ex.RESULT_DDL)
    for row in _rows(out, output, fmt, False, CHECK_COLUMNS):
        if row["kind"] == ex.KIND_PARTIAL:
            yield None, None, pickle.loads(row["blob"])
        else:
            line = row["line"]
            yield (line.encode("utf-8") + b"\n" if output is None else None), row["error"], None
