"""Options that ``check`` and ``audit`` share: their Typer declarations, written once, and the usage check of
``--engine`` and of the options only the Spark engine reads."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from zhijian.cli.exits import fail

Overrides = Annotated[Optional[str], typer.Option("--overrides", "-o", metavar="FILE", show_default=False,
                                                  help="店铺覆盖文件（YAML）。")]
Master = Annotated[Optional[str], typer.Option("--master", metavar="URL", show_default=False,
                                               help="Spark master（默认 local[*]；由 spark-submit 启动时用它给的）。")]


def engine_option(local_help: str):
    """``--engine local|spark``; ``local_help`` says what the local engine does for this command."""
    return typer.Option("--engine", metavar="local|spark", help=f"local：{local_help}；spark：Apache Spark。")


def spark_engine(engine: str, spark_only: dict[str, object]) -> bool:
    """True for ``--engine spark``.  A usage error for another engine name, and for an option of
    ``spark_only`` (option name -> its value, None or empty when not given) given to the local engine."""
    if engine not in ("local", "spark"):
        fail(f"--engine 只能是 local 或 spark，而不是“{engine}”")
    if engine == "local":
        used = [name for name, v in spark_only.items() if v is not None and v != []]
        if used:
            fail(f"{'、'.join(used)} 只用于 --engine spark")
    return engine == "spark"
