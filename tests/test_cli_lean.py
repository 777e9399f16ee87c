"""The lean front door of ``zhijian check`` (zhijian/cli/lean.py) against the Typer command.

For every command line it accepts, the lean parser must hand ``check_local`` exactly the arguments
the Typer command hands it; a command line Typer refuses (usage error, help, another engine) must
be declined, so Typer answers it with its usual message.  Checked on generated command lines
(hypothesis) and on the forms people write; the real process is then run both ways.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhijian.cli import lean
from zhijian.cli.commands import app

TOKENS = ["--pack", "-p", "jd", "taobao", "jd,adlaw", "--format", "-f", "jsonl", "text", "--fail-on",
          "critical", "平台高危", "--text", "-t", "亲，加我微信", "--overrides", "-o", "shop.yaml", "--engine",
          "local", "spark", "-", "--help", "-h", "--pack=jd", "--format=jsonl", "--text=", "-pjd", "extra",
          "--", "-x", "--master", "local[1]", "", "--fail-on=major", "--engine=local"]


def typer_kwargs(args: list[str]) -> tuple[int, dict | None]:
    """What the Typer command passes to ``check_local`` for ``args`` (None if it never gets there)."""
    import zhijian.cli.check as check_cmd

    seen: dict = {}

    def record(input, pack, overrides, fmt, fail_on, text):
        seen.update(input=input, pack=pack, overrides=overrides, fmt=fmt, fail_on=fail_on, text=text)
        raise SystemExit(0)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(check_cmd, "check_local", record)
        res = CliRunner().invoke(app, args)
    return res.exit_code, (seen or None)


def same_as_typer(args: list[str]) -> None:
    mine = lean.parse(args)
    code, theirs = typer_kwargs(args)
    if mine is not None:
        assert theirs == mine, f"{args}: lean {mine} ≠ Typer {theirs} (exit {code})"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=6))
def test_lean_arguments_are_typers(tokens):
    same_as_typer(["check", *tokens])


@pytest.mark.parametrize("args", [
    ["check", "亲，加我微信"],
    ["check", "--format", "jsonl", "-"],
    ["check", "-p", "jd", "--pack", "adlaw", "-f", "jsonl", "--fail-on", "major", "in.txt"],
    ["check", "--pack=taobao", "--text=加我vx", "--engine", "local"],
    ["check", "in.txt", "--format", "text"],  # an option after INPUT
])
def test_the_usual_forms_are_lean(args):
    assert lean.parse(args) is not None
    same_as_typer(args)


@pytest.mark.parametrize("args", [
    [], ["--version"], ["audit", "x.jsonl"], ["check", "--help"], ["check", "-h", "x"],
    ["check", "a", "b"], ["check", "--engine", "spark", "x"], ["check", "--pack"], ["check", "--bogus", "x"],
    ["check", "--", "-x"], ["check", "-pjd", "x"], ["check", "--format", "jsonl", "--format", "text", "x"],
    ["check", "--text", "\udcff"],
])
def test_everything_else_goes_to_typer(args):
    assert lean.parse(args) is None


def _zhijian(args: list[str], lean_on: bool) -> subprocess.CompletedProcess:
    """The real ``main()`` in a process; with ``lean_on`` False the lean parser declines everything."""
    code = ("import sys\nfrom zhijian.cli import lean, main\n"
            + ("" if lean_on else "lean.parse = lambda args: None\n")
            + "sys.argv = ['zhijian'] + sys.argv[1:]\nmain()\n")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, timeout=300,
                          env={"COLUMNS": "200", "PYTHONIOENCODING": "utf-8", "PATH": "/usr/bin:/bin",
                               **{k: v for k, v in __import__("os").environ.items() if k.startswith(("ZHIJIAN", "HOME", "PYTHON", "XDG"))}})


@pytest.mark.parametrize("args", [
    ["check", "--format", "jsonl", "亲，加我微信吧"],
    ["check", "亲，这款有货"],
    ["check", "--fail-on", "critical", "亲，这款有货"],
    ["check", "--fail-on", "nonsense", "亲"],
    ["check", "--pack", "nosuchpack", "亲"],
    ["check", "missing-file.jsonl"],
])
def test_the_process_answers_the_same_both_ways(args):
    lean_run, typer_run = _zhijian(args, True), _zhijian(args, False)
    assert (lean_run.returncode, lean_run.stdout, lean_run.stderr) == \
           (typer_run.returncode, typer_run.stdout, typer_run.stderr)
    assert lean_run.stdout or lean_run.stderr  # it answered something


def test_zhijian_cli_app_is_the_typer_application_however_it_was_reached():
    import typer

    import zhijian.cli
    import zhijian.cli.commands  # noqa: F401 - importing the module must not shadow the application

    from zhijian.cli import app as reached

    assert isinstance(reached, typer.Typer) and reached is zhijian.cli.commands.app is zhijian.cli.app
