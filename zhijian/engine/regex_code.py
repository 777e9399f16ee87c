"""Python ``re`` patterns compiled once per machine, not once per process.

``re.compile`` parses a pattern and turns it into the regex engine's code in pure Python (``re._parser`` /
``re._compiler``); the packs' long word lists and character classes make that ~0.4 CPU-s of every ``zhijian audit``
process (≈ 900 patterns: the conversation lists, the lexicon's forms, the prefilters' entries, the rules' lazy
regexes), paid serially before a pool's workers fork.  ``compile`` gives the very pattern ``re.compile`` gives
(same source, flags, groups and engine code: ``tests/audit/test_speed_a48.py``), and keeps what ``_sre.compile`` was
given in a table on disk (``$ZHIJIAN_CACHE/regex/``, one file per Python build — the code format is the
interpreter's — and per installed copy of the package), so a later process makes each pattern with one
``_sre.compile`` call.  A table that cannot be read or written is bypassed; ``ZHIJIAN_CACHE=off`` keeps it in memory only.  The table is keyed by the pattern text and
flags themselves, so it cannot go stale when a pack changes; it is written at exit when new patterns were made
(at most ``MAX_PATTERNS`` entries: a full table is forgotten at once and filled again).
"""

from __future__ import annotations

import atexit
from array import array
import hashlib
import os
import pickle
import re
import sys
import threading
from re import _compiler, _parser  # (the steps of ``re.compile``, 3.11+)

import _sre

MAX_PATTERNS = 20_000
_BUILD = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXREPEAT}|{_sre.MAXGROUPS}"
_WORD = "I" if array("I").itemsize == _sre.CODESIZE else "L"
# (one table per installed copy of the package: a machine holding many copies, checkouts or versions, keeps each one's
# table small instead of one shared table filled with every copy's patterns, read whole by every start; stop 55)
_INSTALL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_lock = threading.Lock()
_state: dict = {"table": None, "dirty": False, "pid": None}
_made: dict[tuple[str, int], re.Pattern] = {}  # (pattern, flags) -> the pattern made in this process


def _path() -> str | None:
    from zhijian.engine.cache import cache_dir

    base = cache_dir()
    if not base:
        return None
    return os.path.join(base, "regex", hashlib.sha256(f"{_BUILD}|{_INSTALL}".encode()).hexdigest()[:20] + ".pkl")


def _table() -> dict:
    t = _state["table"]
    if t is None:
        t = {}
        path = _path()
        try:
            if path and os.path.exists(path):
                with open(path, "rb") as fh:
                    got = pickle.load(fh)
                if isinstance(got, dict) and got.get("build") == _BUILD:
                    t = got["patterns"]
        except Exception:  # a truncated or foreign file: start afresh
            t = {}
        _state["table"], _state["pid"] = t, os.getpid()
        atexit.register(save)
    return t


def _arguments(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern`` (its own steps, in its order)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    try:  # (kept as machine words, as the engine holds them: 4 bytes a word, where a list of ints takes 8 and more)
        code = array(_WORD, code)
    except OverflowError:  # pragma: no cover - (a word over the array's range: a plain list of ints)
        code = [int(x) for x in code]  # (the opcodes are int subclasses that do not pickle)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``: the same pattern, its engine code read from the table when it is there."""
    if type(pattern) is not str or type(flags) is not int or flags & (re.DEBUG | 1):  # (1: the old TEMPLATE flag)
        return re.compile(pattern, flags)  # (a pattern object, bytes, a flag object, debugging: as ``re`` does it)
    key = (pattern, flags)
    rx = _made.get(key)
    if rx is not None:
        return rx
    with _lock:
        table = _table()
        args = table.get(key)
        if args is not None:
            try:
                rx = _sre.compile(pattern, args[0], list(args[1]), *args[2:])
            except Exception:  # (a damaged entry: made anew below)
                rx = None
        if rx is None:
            try:
                args = _arguments(pattern, flags)
                rx = _sre.compile(pattern, args[0], list(args[1]), *args[2:])
            except Exception:  # (re.error: the error ``re`` raises, with its message and position; anything else: an
                return re.compile(pattern, flags)  # interpreter whose ``re`` steps differ — compiled as ``re`` does it)
            _store(table, key, args)
        if len(_made) >= MAX_PATTERNS:
            _made.clear()
        _made[key] = rx
    return rx


_MISSING = object()


def remembered(reading, version: str, pattern: str, flags: int = 0):
    """``reading(pattern, flags)``, a pure reading of a pattern's text (e.g. the strings every match holds), kept in the
    same table under ``version`` (the reader's own: a digest of its code, so an edited reader reads anew)."""
    key = (reading.__qualname__, version, pattern, flags)
    with _lock:
        got = _table().get(key, _MISSING)
    if got is _MISSING:
        got = reading(pattern, flags)
        with _lock:
            _store(_table(), key, got)
    return got


def _store(table: dict, key, value) -> None:
    """Keep ``value`` in the table; a full one (``MAX_PATTERNS``: readings of old reader versions pile up) is forgotten
    at once, so the table stays bounded and keeps taking what processes now make."""
    if len(table) >= MAX_PATTERNS:
        table.clear()
    table[key] = value
    _state["dirty"] = True


def save() -> None:
    """Write the table when this process added patterns (at exit; a forked worker leaves it to its parent)."""
    if not _state["dirty"] or _state["pid"] != os.getpid():
        return
    path = _path()
    if not path:
        return
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump({"build": _BUILD, "patterns": _state["table"]}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _state["dirty"] = False
    except Exception:  # a read-only or full cache: next time compiles again
        try:
            os.remove(tmp)
        except OSError:
            pass
