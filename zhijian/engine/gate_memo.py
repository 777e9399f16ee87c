"""The word analyses of the packs' regexes (``regex_gate``: what every match must hold) kept on disk between processes.

Reading what a regex needs means parsing it and walking its tree: about half of compiling a pack (two to three seconds of
the jd pack's five).  The packs share most of their rules (common.yaml), and each command line compiles its pack on its
own when the compiled-ruleset cache (cache.py) is cold: ``eval.py messages`` builds three.  The answers depend on the
pattern and the words that start its rule alone, so they are kept in one file per code version beside the compiled
rulesets (``gates-<code version>.pkl``), read once a process and written back when a ruleset is stored
(``save``).  Only a ruleset's build reads it (``building``): a process that reads its rulesets from the cache and compiles
a pattern now and then (the model layer's, on first use) works those out as before and never loads the file.  A file
that cannot be read or written is bypassed, as the ruleset cache is.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
from typing import Any, Callable

_lock = threading.Lock()
_memo: dict | None = None
_memo_path: str | None = None  # (the file ``_memo`` was read from)
_building = 0  # rulesets being built in this process (``building``)
_added = 0  # worked out since the last save
worked_out = 0  # worked out in this process (the rest were read back)


def _path() -> str | None:
    from zhijian.engine.cache import cache_dir, code_version  # (cache imports nothing of ours at its top: no cycle)

    base = cache_dir()
    return os.path.join(base, "rulesets", f"gates-{code_version()}.pkl") if base else None


def _load() -> dict:
    """The analyses of the file of the cache folder in force (read again when ``ZHIJIAN_CACHE`` points elsewhere)."""
    global _memo, _memo_path
    path = _path()
    if _memo is None or path != _memo_path:
        _memo, _memo_path = _read(path), path
    return _memo


def _read(path: str | None) -> dict:
    """The analyses kept at ``path`` (``cache.load``), or none: a missing, truncated or foreign file starts afresh."""
    from zhijian.engine.cache import load

    got = load(path)
    return got if isinstance(got, dict) else {}


def remembered(kind: str, pattern: str, triggers: tuple, compute: Callable[[str, tuple], Any]) -> Any:
    """``compute(pattern, triggers)``, remembered on disk under (``kind``, ``pattern``, ``triggers``)."""
    global _added, worked_out
    if not _building:
        return compute(pattern, triggers)
    key = (kind, pattern, triggers)
    memo = _load()
    if key in memo:
        return memo[key]
    out = compute(pattern, triggers)
    with _lock:
        memo[key] = out
        _added += 1
        worked_out += 1
    return out


@contextlib.contextmanager
def building():
    """While a ruleset is built: the analyses are read from and kept for the file, saved when the build is done."""
    global _building
    with _lock:
        _building += 1
    try:
        yield
    finally:
        with _lock:
            _building -= 1
    save()


def on_disk(kind: str):
    """Decorate ``f(pattern, triggers=())`` so that its answers are ``remembered`` under ``kind``."""
    def wrap(f: Callable[[str, tuple], Any]) -> Callable[..., Any]:
        @functools.wraps(f)
        def remembering(pattern: str, triggers: tuple = ()) -> Any:
            return remembered(kind, pattern, triggers, f)
        return remembering
    return wrap


def save() -> None:
    """Write what this process worked out back to the file (merged with what other processes wrote meanwhile)."""
    from zhijian.engine.cache import store

    global _added
    path = _path()
    if not path or not _added:
        return
    with _lock:
        if store(path, {**_read(path), **(_memo or {})}):  # (merged with what other processes wrote meanwhile)
            _added = 0
