"""The driver's view of the input: which files, of which kind, and the line number of every row.

Kinds: ``chats`` (JSON Lines of docs/spec/contract.md §1, one chat a line), ``csv`` (message rows, one
a line, a header per file, columns as ``--map`` / the reader's aliases), ``parquet`` (message rows),
and for ``zhijian check`` ``lines`` (one message a line, as the local check reads a file) or
``parquet`` (a table with ``text`` and optionally ``id``).

Line numbers: Spark reads a file in blocks and does not number lines.  A first, JVM-only pass counts
the rows of every (file, block start); a block's first line is one plus the rows of the blocks before
it in the same file, and an executor numbers the rows of a block in the order it reads them.  The
counting pass reads the input once more, without Python, and makes every error name its file and
line exactly as the local run does.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field

from zhijian.audit.conversation import LogError
from zhijian.batch.logs import COLUMN_ALIASES, resolve_columns
from zhijian.batch.spark import SparkError
from zhijian.batch.spark.executor import display_path

CSV_SUFFIXES = (".csv", ".tsv", ".csv.gz", ".tsv.gz")
PARQUET_SUFFIXES = (".parquet",)
HEADER_BYTES = 1 << 20


@dataclass
class Inputs:
    kind: str
    files: list[str]  # URIs as Spark lists them
    problems: list[str] = field(default_factory=list)  # files left out (a header that cannot be used), for people
    columns: dict = field(default_factory=dict)  # csv: {display path: (cols, delimiter)}; parquet: {field: column}


def list_files(spark, paths: list[str]) -> list[str]:
    """Every file the paths (files, directories, globs; local or hdfs:// s3a:// …) stand for, sorted."""
    from pyspark.errors import AnalysisException

    files: list[str] = []
    for p in paths:
        try:
            found = spark.read.format("text").load(p).inputFiles()
        except AnalysisException as e:
            raise SparkError(f"找不到输入“{p}”（{_first_line(e)}）") from None
        if not found:
            raise SparkError(f"输入“{p}”中没有文件")
        files.extend(f for f in found if f not in files)
    return sorted(files, key=display_path)


def _first_line(e: Exception) -> str:
    s = str(e).strip()
    return s.splitlines()[0] if s else type(e).__name__


def kind_of(files: list[str], check: bool = False) -> str:
    names = [display_path(f).lower() for f in files]
    parquet = [n.endswith(PARQUET_SUFFIXES) for n in names]
    if all(parquet):
        return "parquet"
    if any(parquet):
        raise SparkError("输入中既有 Parquet 又有其他文件；一次只能读一种格式（" + "、".join(
            display_path(f) for f, p in zip(files, parquet) if not p)[:200] + " 不是 Parquet）")
    if check:
        return "lines"
    tables = [n.endswith(CSV_SUFFIXES) for n in names]
    if all(tables):
        return "csv"
    if any(tables):
        raise SparkError("输入中既有 CSV 又有 JSON Lines；一次只能读一种格式")
    if any(n.endswith((".xlsx", ".xlsm")) for n in names):
        raise SparkError("Spark 引擎不读 Excel；请导出为 CSV 或 Parquet，或用本地引擎")
    return "chats"


def text_frame(spark, files: list[str]):
    """(file, block, raw) for every line: raw bytes, without the "\\n" (a "\\r" stays, as for readline)."""
    from pyspark.sql import functions as F

    return spark.read.option("lineSep", "\n").text(files).select(
        F.col("_metadata.file_path").alias("file"), F.col("_metadata.file_block_start").alias("block"),
        F.col("value").cast("binary").alias("raw"))


def parquet_frame(spark, files: list[str], columns: dict[str, str]):
    """(file, block, <field>…) with the mapped columns renamed to their fields."""
    from pyspark.sql import functions as F

    df = spark.read.parquet(*files)
    return df.select(F.col("_metadata.file_path").alias("file"), F.col("_metadata.file_block_start").alias("block"),
                     *[F.col(f"`{col}`").alias(fld) for fld, col in columns.items()])


def first_lines(df) -> dict[tuple[str, int], int]:
    """{(file, block start): line number of the block's first row} — the counting pass."""
    counts: dict[str, list[tuple[int, int]]] = {}
    for row in df.groupBy("file", "block").count().collect():
        counts.setdefault(row["file"], []).append((row["block"], row["count"]))
    out: dict[tuple[str, int], int] = {}
    for file, blocks in counts.items():
        line = 1
        for start, n in sorted(blocks):
            out[(file, start)] = line
            line += n
    return out


def read_head(spark, uri: str) -> bytes:
    """The first line of a file (through Hadoop's FileSystem, so hdfs:// and s3a:// work; .gz unpacked)."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(uri)
    stream = path.getFileSystem(conf).open(path)
    codec = jvm.org.apache.hadoop.io.compress.CompressionCodecFactory(conf).getCodec(path)
    if codec is not None:
        stream = codec.createInputStream(stream)
    try:
        data = bytes(stream.readNBytes(HEADER_BYTES))
    finally:
        stream.close()
    return data.split(b"\n", 1)[0]


def csv_columns(spark, files: list[str], mapping: dict[str, str]) -> tuple[dict, list[str]]:
    """Each CSV file's own header -> ({display path: (cols, delimiter)}, problems).  A file whose header cannot be
    used is left out and named, as the local reader skips it."""
    ok: dict = {}
    problems: list[str] = []
    for f in files:
        src = display_path(f)
        head = read_head(spark, f)
        if head.startswith(b"\xef\xbb\xbf"):
            head = head[3:]
        head = head.rstrip(b"\r")
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{src}：表头不是 UTF-8 编码；请把文件另存为 UTF-8")
            continue
        delimiter = "\t" if src.lower().endswith((".tsv", ".tsv.gz")) else ","
        try:
            header = next(csv.reader([text], delimiter=delimiter), [])
            ok[src] = (resolve_columns(header, mapping, src), delimiter)
        except (csv.Error, LogError) as e:
            problems.append(str(e) if isinstance(e, LogError) else f"{src}：CSV 表头无法读取（{e}）")
    return ok, problems


def parquet_columns(spark, files: list[str], mapping: dict[str, str], fields: tuple[str, ...] | None = None) -> dict[str, str]:
    """{field: column} of a Parquet input, by ``--map`` and the reader's aliases (all files share a schema)."""
    names = spark.read.parquet(*files).columns
    src = display_path(files[0]) if len(files) == 1 else f"Parquet 输入（{len(files)} 个文件）"
    try:
        if fields is None:
            cols = resolve_columns(names, mapping, src)
        else:  # check: only id (optional) and text
            cols = _check_columns(names, mapping, src)
    except LogError as e:
        raise SparkError(str(e)) from None
    return {fld: names[i] for fld, i in cols.items()}


def _check_columns(names: list[str], mapping: dict[str, str], src: str) -> dict[str, int]:
    lower = {n.strip().lower(): i for i, n in enumerate(names)}
    cols: dict[str, int] = {}
    for fld in ("id", "text"):
        if fld in mapping:
            if mapping[fld].strip().lower() not in lower:
                raise LogError(f"{src}：找不到列 {mapping[fld]!r}（表头：{', '.join(names)}）")
            cols[fld] = lower[mapping[fld].strip().lower()]
            continue
        for alias in COLUMN_ALIASES[fld]:
            if alias in lower:
                cols[fld] = lower[alias]
                break
    if "text" not in cols:
        raise LogError(f"{src}：缺少消息列 text；请用 --map text=列名 指定（表头：{', '.join(names)}）")
    return cols


def open_inputs(spark, paths: list[str], mapping: dict[str, str], check: bool = False) -> Inputs:
    files = list_files(spark, paths)
    kind = kind_of(files, check)
    inputs = Inputs(kind, files)
    if kind == "csv":
        inputs.columns, inputs.problems = csv_columns(spark, files, mapping)
        inputs.files = [f for f in files if display_path(f) in inputs.columns]
    elif kind == "parquet":
        inputs.columns = parquet_columns(spark, files, mapping, ("id", "text") if check else None)
    elif mapping:
        raise SparkError("--map 只用于 CSV 或 Parquet 输入（JSON Lines 的字段名是固定的）")
    return inputs
