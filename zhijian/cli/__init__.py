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

Layout: this module holds ``main()``; ``commands`` the Typer application and its root callback; ``lean``
the Typer-free front door of a plain local ``zhijian check`` (``check_local`` runs it either way); one module per command
group (``check``, ``rules``: packs and rules test, ``phrasing``: suggest and rewrite, ``audit``,
``service``: serve and keys); shared input handling in ``inputs``; everything printed for people in
``output``; the exit statuses (re-exported here) in ``exits``.  Commands import their heavy modules
(service, audit, reports) inside the command, so ``zhijian check`` never loads them.
"""

from __future__ import annotations

import os
import sys
import traceback

from zhijian.cli.exits import (EXIT_BROKEN_PIPE, EXIT_FINDINGS, EXIT_INTERNAL, EXIT_INVALID_LINES, EXIT_OK,
                               EXIT_USAGE, broken_pipe)

__all__ = ["app", "main", "EXIT_OK", "EXIT_FINDINGS", "EXIT_USAGE", "EXIT_INVALID_LINES", "EXIT_INTERNAL",
           "EXIT_BROKEN_PIPE"]


def __getattr__(name: str):
    # the Typer application is built on first use: the lean ``zhijian check`` never imports Typer
    if name == "app":
        from zhijian.cli.commands import app

        return app
    raise AttributeError(name)


def main() -> None:
    """Console-script entry point; maps unexpected exceptions to exit status 4.

    A plain local ``zhijian check`` goes through the lean front door (``lean.py``: same arguments,
    same ``check_local``, no Typer, Rich only where text is shown); everything else through Typer."""
    # the models' matrices are small: one BLAS thread, not a pool started (and spinning) per process
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    try:
        from zhijian.cli import lean

        if not lean.run(sys.argv[1:]):
            from zhijian.cli.commands import app

            app(prog_name="zhijian")
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        try:
            broken_pipe()
        except SystemExit:
            pass
        sys.exit(EXIT_BROKEN_PIPE)
    except Exception:
        traceback.print_exc()
        print("内部错误：zhijian 出现了意外异常（见上方信息），请报告此问题。", file=sys.stderr)
        sys.exit(EXIT_INTERNAL)
