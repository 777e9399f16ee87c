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

Layout: this module holds the Typer ``app``, the root callback and ``main()``; one module per command
group (``check``, ``rules``: packs and rules test, ``phrasing``: suggest and rewrite, ``audit``,
``service``: serve and keys); shared input handling in ``inputs``; everything printed for people in
``output``; the exit statuses (re-exported here) in ``exits``.  Commands import their heavy modules
(service, audit, reports) inside the command, so ``zhijian check`` never loads them.
"""

from __future__ import annotations

import sys
import traceback
from typing import Annotated

import re

import typer
from typer._click.formatting import HelpFormatter
from typer.core import TyperGroup

from zhijian import __version__
from zhijian.cli import audit, check, phrasing, rules, service
from zhijian.cli.exits import (EXIT_BROKEN_PIPE, EXIT_FINDINGS, EXIT_HELP, EXIT_INTERNAL, EXIT_INVALID_LINES,
                               EXIT_OK, EXIT_USAGE, broken_pipe)
from zhijian.cli.output import show_version

__all__ = ["app", "main", "EXIT_OK", "EXIT_FINDINGS", "EXIT_USAGE", "EXIT_INVALID_LINES", "EXIT_INTERNAL",
           "EXIT_BROKEN_PIPE"]

HELP_OPTION_TEXT = "显示帮助并退出。"


class _ChineseHelpFormatter(HelpFormatter):
    """Click/Typer's own help words (Usage, section headings, [default: …]) in Chinese."""

    _HEADINGS = {"Options": "选项", "Arguments": "参数", "Commands": "命令"}
    _EXTRA = re.compile(r"\[([^\[\]]*)\]\s*$")

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, "用法：" if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{self._HEADINGS.get(heading, heading)}：\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        def extra(m: re.Match) -> str:
            s = m.group(1).replace("default: ", "默认：").replace("env var: ", "环境变量：")
            return "[" + s.replace("required", "必填") + "]"

        super().write_dl([(a, self._EXTRA.sub(extra, b)) for a, b in rows], col_max, col_spacing)


class _ChineseContext(typer.Context):
    formatter_class = _ChineseHelpFormatter


def _localise(cmd, ctx) -> None:
    """Chinese help text for the help option and Chinese help words, for a command and its subcommands."""
    cmd.context_class = _ChineseContext
    opt = cmd.get_help_option(ctx)  # cached on the command, so the text sticks
    if opt is not None:
        opt.help = HELP_OPTION_TEXT
    for sub in (getattr(cmd, "commands", None) or {}).values():
        _localise(sub, ctx)


class _ChineseHelpGroup(TyperGroup):
    """The root group: localises itself and every command it hands out."""

    context_class = _ChineseContext

    def get_help_option(self, ctx):
        opt = super().get_help_option(ctx)
        if opt is not None:
            opt.help = HELP_OPTION_TEXT
        return opt

    def get_command(self, ctx, cmd_name):
        cmd = super().get_command(ctx, cmd_name)
        if cmd is not None:
            _localise(cmd, ctx)
        return cmd


app = typer.Typer(
    name="zhijian",
    cls=_ChineseHelpGroup,
    help="质检：电商客服消息的质检与合规检查。\n\n" + EXIT_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version_callback(value: bool) -> None:
    if value:
        show_version(__version__)
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version_callback, is_eager=True,
                                          help="显示版本号并退出。")] = False,
) -> None:
    """质检：电商客服消息的质检与合规检查。"""


# The order of registration is the order of ``zhijian --help``: commands first, then the groups
# (rules, keys) in the order they are added.
check.register(app)
rules.register(app)  # packs; rules test
phrasing.register(app)  # suggest, rewrite
audit.register(app)
service.register(app)  # serve; keys


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
            broken_pipe()
        except typer.Exit:
            pass
        sys.exit(EXIT_BROKEN_PIPE)
    except Exception:
        traceback.print_exc()
        print("内部错误：zhijian 出现了意外异常（见上方信息），请报告此问题。", file=sys.stderr)
        sys.exit(EXIT_INTERNAL)
