"""The lean front door of ``zhijian check``: a plain local check starts without Typer.

Importing Typer (with Click and pydantic, which it uses to convert arguments) costs about a quarter
of a second, more than the rest of a warm ``zhijian check "…"``.  A command line made only of the
check's own local options, each written ``--name value``, ``--name=value`` or ``-x value``, and at
most one INPUT, is read here and handed to ``check_local`` with exactly the arguments the Typer
command would pass (``tests/test_cli_lean.py`` proves that on generated command lines).  Anything
else — help, another command, ``--engine spark``, an unknown or incomplete option, a second INPUT,
``--`` — is declined and goes through Typer, which also gives every usage error its usual message.
"""

from __future__ import annotations

from typing import Optional

# option spelling -> the check_local parameter it sets (every one takes a value)
_OPTIONS = {"--pack": "pack", "-p": "pack", "--overrides": "overrides", "-o": "overrides",
            "--format": "fmt", "-f": "fmt", "--fail-on": "fail_on", "--text": "text", "-t": "text",
            "--engine": "engine"}
_REPEATABLE = {"pack"}


def parse(args: list[str]) -> Optional[dict]:
    """``zhijian`` arguments -> ``check_local``'s keyword arguments, or None (Typer's job)."""
    if not args or args[0] != "check":
        return None
    given: dict = {}
    inputs: list[str] = []
    rest = list(args[1:])
    while rest:
        token = rest.pop(0)
        if not _plain(token):
            return None
        if token == "-" or not token.startswith("-"):
            inputs.append(token)
            continue
        name, eq, value = token.partition("=")
        if name not in _OPTIONS or (eq and not name.startswith("--")):
            return None
        if not eq:
            if not rest or (rest[0].startswith("-") and rest[0] != "-") or not _plain(rest[0]):
                return None
            value = rest.pop(0)
        param = _OPTIONS[name]
        if param in _REPEATABLE:
            given.setdefault(param, []).append(value)
        elif param in given:
            return None  # repeated: left to Typer
        else:
            given[param] = value
    if len(inputs) > 1 or given.pop("engine", "local") != "local":
        return None
    return {"input": inputs[0] if inputs else None, "pack": given.get("pack"),
            "overrides": given.get("overrides"), "fmt": given.get("fmt", "text"),
            "fail_on": given.get("fail_on"), "text": given.get("text")}


def _plain(token: str) -> bool:
    """Valid Unicode (an undecodable command-line byte arrives as a lone surrogate): else Typer decides."""
    try:
        token.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def run(args: list[str]) -> bool:
    """Run a lean ``zhijian check`` (ends with ``SystemExit``); False when the arguments are Typer's."""
    kwargs = parse(args)
    if kwargs is None:
        return False
    from zhijian.cli.check_local import check_local

    check_local(**kwargs)
    return True
