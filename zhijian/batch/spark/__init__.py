"""``zhijian audit --engine spark`` and ``zhijian check --engine spark``: the same audit and check on Apache
Spark, for logs that already live in HDFS / S3 / object storage.

* ``inputs``: what the driver reads — the input files, their kind (JSON Lines chats, CSV message rows,
  Parquet message rows, check lines), the line number of every row (a JVM-only counting pass per file
  block, so that bad lines are reported with file and line exactly like the local run);
* ``executor``: what runs in the Python workers — lines to conversations, message rows to conversations
  (sorted by conversation id, carried over from one Arrow batch to the next), the batch core
  (``zhijian.batch.core.audit_batch``) and the message check, each chunk out as Arrow rows;
* ``jobs``: the driver side — the plan (``mapInArrow``; ``repartition`` + ``sortWithinPartitions`` for
  message rows), the outputs (JSON Lines or Parquet in a directory, or lines streamed back) and the
  merged partial aggregates.

PySpark (``pip install 'zhijian[spark]'``) and Java are needed only here: nothing else in zhijian
imports this package, and this package imports ``pyspark`` only inside functions.
"""

from __future__ import annotations

import os
import shutil
import sys


class SparkError(Exception):
    """Spark cannot run the job (PySpark or Java missing, an input that cannot be read): the message is
    for people, in Chinese, and names what to install or which input."""


def require_spark() -> None:
    """Fail with what to install when PySpark, PyArrow or Java is missing."""
    missing = []
    for module, package in (("pyspark", "pyspark"), ("pyarrow", "pyarrow"), ("pandas", "pandas")):
        try:
            __import__(module)
        except ImportError:
            missing.append(package)
    if missing:
        raise SparkError(f"Spark 引擎需要 Python 包 {', '.join(missing)}：pip install 'zhijian[spark]'"
                         "（在项目目录中：.venv/bin/pip install -e '.[spark]'）")
    java_home = os.environ.get("JAVA_HOME")
    if not (java_home and os.path.exists(os.path.join(java_home, "bin", "java"))) and shutil.which("java") is None:
        raise SparkError("Spark 引擎需要 Java（17 或更新）：apt-get install openjdk-17-jre-headless（或设置 JAVA_HOME）")


def session(master: str | None = None, app_name: str = "zhijian"):
    """The active SparkSession, or a new one.  ``master`` None: the one ``spark-submit`` gave, else
    ``local[*]``.  In local mode the Python workers run this interpreter (so they see zhijian and its
    dependencies); on a cluster they run whatever ``spark.pyspark.python`` names (a shipped venv)."""
    require_spark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # started by spark-submit, which set the master
    if master is None and not submitted:
        master = "local[*]"
    builder = SparkSession.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config("spark.ui.showConsoleProgress", "true" if sys.stderr.isatty() else "false")
    try:
        spark = builder.getOrCreate()
    except Exception as e:  # py4j / JVM start-up errors come in many classes
        raise SparkError(f"无法启动 Spark（master={master or '由 spark-submit 指定'}）：{str(e).splitlines()[0] if str(e) else e!r}") from e
    spark.sparkContext.setLogLevel("ERROR")
    return spark
