"""The Typer application of the ``zhijian`` command: help and errors in Chinese, the root callback,
and every command registered in the order of ``zhijian --help`` (one module per command group).

``zhijian.cli.main`` runs it, except for a plain local ``zhijian check``, which the lean front door
(``lean.py``) runs without importing Typer.
"""

from __future__ import annotations

import sys
from typing import Annotated

import re

import typer
from typer._click.formatting import HelpFormatter
from typer.core import TyperGroup

from zhijian import __version__
from zhijian.cli import audit, check, phrasing, review, rules, service
from zhijian.cli.exits import EXIT_HELP
from zhijian.cli.output import show_version

__all__ = ["app"]

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


# Click and Typer print their own help and usage errors through ``gettext``: the ``_`` each of their
# modules imported is replaced by this table, so that help and errors are in Chinese (issue 10 item 18).
_ZH = {
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "Usage:": "用法：",
    "Options": "选项",
    "Arguments": "参数",
    "Commands": "命令",
    "default: {default}": "默认：{default}",
    "required": "必填",
    "env var: {var}": "环境变量：{var}",
    "(dynamic)": "（动态）",
    "Aborted!": "已中止。",
    "Error": "错误",
    "Try {command!r} for help.": "用 {command!r} 查看帮助。",
    "Try '{command} {option}' for help.": "用“{command} {option}”查看帮助。",
    "No such option: {name}": "没有这个选项：{name}",
    "No such command {name!r}.": "没有这个命令：{name!r}。",
    "No such command '{name}'.": "没有这个命令：“{name}”。",
    "Did you mean {possibility}?": "您是不是要用 {possibility}？",
    "(Possible options: {possibilities})": "（可能的选项：{possibilities}）",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少{param_type}",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "argument": "参数",
    "option": "选项",
    "parameter": "参数",
    "Invalid value": "无效的值",
    "Invalid value for {param_hint}": "{param_hint} 的值无效",
    "Got unexpected extra argument ({args})": "多余的参数（{args}）",
    "Got unexpected extra arguments ({args})": "多余的参数（{args}）",
    "Option {name!r} requires an argument.": "选项 {name!r} 需要一个值。",
    "Option '{name}' requires an argument.": "选项“{name}”需要一个值。",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的{number_type}。",
    "integer": "整数",
    "float": "数字",
    "{value!r} is not a valid boolean.": "{value!r} 不是有效的布尔值。",
    "{value!r} is not one of {choices}.": "{value!r} 不是 {choices} 之一。",
    "{value!r} is not {choice}.": "{value!r} 不是 {choice}。",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 内。",
    "{len_type} {name!r} does not exist.": "{len_type} {name!r} 不存在。",
}


def _zh(message: str) -> str:
    return _ZH.get(message, message)


def _ngettext_zh(singular: str, plural: str, n: int) -> str:
    return _zh(singular if n == 1 else plural)


def _translate_click() -> None:
    import importlib

    for name in ("click.core", "click.decorators", "click.exceptions", "click.formatting", "click.parser",
                 "click.types", "click.termui", "typer.core", "typer.rich_utils"):
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(mod, "_"):
            mod._ = _zh  # type: ignore[attr-defined]
        if hasattr(mod, "ngettext"):
            mod.ngettext = _ngettext_zh  # type: ignore[attr-defined]


_ERROR_PATTERNS = [  # Typer's vendored Click formats its errors with f-strings: translated here
    (r"^No such option: (.+?)(?: Did you mean (.+)\?)?$",
     lambda m: f"没有这个选项：{m.group(1)}" + (f"（您是不是要用 {m.group(2)}？）" if m.group(2) else "")),
    (r"^No such command '(.+)'\.$", lambda m: f"没有这个命令：“{m.group(1)}”"),
    (r"^Missing option '(.+)'\.?(.*)$", lambda m: f"缺少选项 {m.group(1)}{m.group(2)}"),
    (r"^Missing argument '(.+)'\.?(.*)$", lambda m: f"缺少参数 {m.group(1)}{m.group(2)}"),
    (r"^Option '(.+)' requires an argument\.$", lambda m: f"选项 {m.group(1)} 需要一个值"),
    (r"^Got unexpected extra arguments? \((.+)\)$", lambda m: f"多余的参数：{m.group(1)}"),
    (r"^Invalid value for (.+?): (.+)$", lambda m: f"{m.group(1)} 的值无效：{_value_reason(m.group(2))}"),
]


def _value_reason(reason: str) -> str:
    import re

    if "valid integer" in reason:
        return "应为整数"
    if "valid number" in reason or "valid float" in reason:
        return "应为数字"
    m = re.search(r"(-?\d+) is not in the range (.+)\.", reason)
    if m:
        return f"{m.group(1)} 不在范围 {m.group(2)} 内"
    return reason


def _zh_error(message: str) -> str:
    import re

    for pattern, repl in _ERROR_PATTERNS:
        m = re.match(pattern, message, re.S)
        if m:
            return repl(m)
    return message


def _translate_errors() -> None:
    try:
        from typer._click import exceptions as ex
        from typer._click.utils import echo
    except ImportError:  # an older Typer uses Click itself, translated through gettext above
        return

    def show_usage(self, file=None) -> None:
        from zhijian.cli.output import error

        if self.ctx is not None:
            echo(self.ctx.get_usage().replace("Usage:", "用法："), file=file or sys.stderr)
        error(_zh_error(self.format_message()))
        if self.ctx is not None and self.ctx.command.get_help_option(self.ctx) is not None:
            echo(f"用“{self.ctx.command_path} {self.ctx.help_option_names[0]}”查看帮助。", file=file or sys.stderr)

    def show_error(self, file=None) -> None:
        from zhijian.cli.output import error

        error(_zh_error(self.format_message()))

    ex.UsageError.show = show_usage
    ex.ClickException.show = show_error


_translate_click()
_translate_errors()

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
review.register(app)  # review export
