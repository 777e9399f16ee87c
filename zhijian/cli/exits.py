"""Exit statuses of the ``zhijian`` command and the two ways a command ends early.

Kept apart from ``zhijian.cli`` itself so that every command module can import them without an
import cycle; ``zhijian.cli`` re-exports the ``EXIT_*`` names.  A command ends with ``SystemExit``
(Click lets it through, and its test runner records the status), so nothing here needs Typer.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

from zhijian.cli.output import error

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INVALID_LINES, EXIT_INTERNAL = 0, 1, 2, 3, 4
EXIT_BROKEN_PIPE = 141

EXIT_HELP = """\b
退出码：
  0  完成（可能有发现）
  1  存在不低于 --fail-on 级别的发现
  2  用法错误、未知规则包、规则包或覆盖文件无效、输入文件无法读取
  3  完成，但部分输入行无效（已逐行报告行号）
  4  内部错误（程序缺陷）
多种情况同时出现时：2 优先于 1，1 优先于 3。"""


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print ``错误：message`` on stderr and end the command with ``code``."""
    error(message)
    raise SystemExit(code)


def broken_pipe() -> NoReturn:
    """The reader of standard output went away (``| head``): end quietly with status 141."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    raise SystemExit(EXIT_BROKEN_PIPE)
