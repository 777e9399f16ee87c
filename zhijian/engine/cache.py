"""Compiled rulesets cached on disk, so that a process starts in milliseconds, not seconds.

Compiling a composition (variant and disguise derivation with pypinyin, the automaton, the
rules' own examples run as a self-test) costs about two seconds; reading its pickle back costs
tens of milliseconds.  The cache key is a digest of

* for the shipped packs, their names (the pack files are part of the code version, so a warm
  start reads no YAML); for a shop's override, the composition itself in a canonical form (every
  pack it was composed of and the override applied to it), and
* the code version: the source of the engine package and the taxonomy, the shipped data it reads at compile time,
  and the versions of the libraries that shape a ruleset (pypinyin, OpenCC, the folding tables).

So a changed pack, override, engine or library never meets a stale entry.  The self-test runs when
an entry is built, never when it is read: an entry exists only for a ruleset that passed it.
Entries live in ``$ZHIJIAN_CACHE`` (default ``~/.cache/zhijian``) under ``rulesets/``, beside the
folding tables of normalize.py; a cache that cannot be read or written is simply bypassed
(``ZHIJIAN_CACHE=off`` turns both off).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import sys
import threading
import importlib.util
from importlib import resources
from typing import Any, Callable

FORMAT = 1
MAX_ENTRIES = 64  # rulesets kept; the least recently used go first (a shop override is one entry each)
_lock = threading.Lock()
_code_version: str | None = None


def cache_dir() -> str | None:
    base = os.environ.get("ZHIJIAN_CACHE")
    if base == "off":
        return None
    return base or os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "zhijian")


RULESET_LIBRARIES = ("pypinyin", "opencc", "ahocorasick_rs", "re2", "numpy")  # they shape a compiled ruleset


def library_state(*modules: str) -> str:
    """The installed state of libraries: each package folder's files with their sizes and modification
    times (an upgrade or reinstall rewrites them).  Read with ``find_spec`` and ``os.scandir``, without
    importing the libraries or ``importlib.metadata`` (~40 ms a start)."""
    out = []
    for module in modules:
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.origin:
            out.append(f"{module}=-")
            continue
        folder = os.path.dirname(spec.origin)
        try:
            files = sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(folder) if e.is_file())
        except OSError:
            files = [(spec.origin,)]
        out.append(f"{module}={spec.origin}:{files}")
    return ";".join(out)


def code_version() -> str:
    """A digest of the engine's source, the shipped data it compiles from, and the libraries it uses."""
    global _code_version
    if _code_version is None:
        h = hashlib.sha256(f"{FORMAT};{sys.version_info[:2]};{library_state(*RULESET_LIBRARIES)}".encode())
        root = resources.files("zhijian")
        h.update(root.joinpath("taxonomy.py").read_bytes())  # the category ids packs are checked against
        # data/models: its .json word list (word_pairs.json, disguise_guards.py) is compiled into rulesets
        for folder in (("engine",), ("data", "packs"), ("data", "vendor"), ("data", "models")):
            d = root.joinpath(*folder)
            for entry in sorted(d.iterdir(), key=lambda p: p.name):
                if entry.name.endswith((".py", ".pyx", ".yaml", ".txt", ".json", ".tsv")) and entry.is_file():
                    h.update(entry.name.encode())
                    h.update(entry.read_bytes())
        _code_version = h.hexdigest()[:20]
    return _code_version


def canonical(obj: Any) -> Any:
    """``obj`` as nested lists, strings and numbers, the same in every process (sets sorted, dataclasses
    by field), for hashing."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return [type(obj).__name__] + [[f.name, canonical(getattr(obj, f.name))] for f in dataclasses.fields(obj)]
    if isinstance(obj, dict):
        return ["dict"] + sorted(([canonical(k), canonical(v)] for k, v in obj.items()), key=repr)
    if isinstance(obj, (set, frozenset)):
        return ["set"] + sorted((canonical(x) for x in obj), key=repr)
    if isinstance(obj, (list, tuple)):
        return [canonical(x) for x in obj]
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    return repr(obj)


def key_of(*parts: Any) -> str:
    h = hashlib.sha256(code_version().encode())
    h.update(repr(canonical(parts)).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


def cached(kind: str, key: str, build: Callable[[], Any]) -> Any:
    """The object stored under ``key``, or ``build()`` (stored for next time).  Errors of ``build``
    propagate and store nothing."""
    base = cache_dir()
    path = os.path.join(base, "rulesets", f"{kind}-{key}.pkl") if base else None
    obj = load(path)
    if obj is not MISSING:
        os.utime(path)  # recently used: kept by the pruning below
        return obj
    obj = build()
    if path:
        with _lock:
            if store(path, obj):
                _prune(os.path.dirname(path))
    return obj


MISSING = object()  # (``load``: nothing read)


def load(path: str | None) -> Any:
    """The object pickled at ``path``, or ``MISSING`` when there is none or it cannot be read (a truncated or foreign file:
    the caller builds it afresh)."""
    if not path or not os.path.exists(path):
        return MISSING
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:
        return MISSING


def store(path: str, obj: Any) -> bool:
    """``obj`` pickled to ``path`` through a temporary file renamed in one step (a reader never meets half a file); False,
    nothing left behind, when it cannot be written.  (The temporary name is made before the folder: a cache folder that
    cannot be made, ZHIJIAN_CACHE under a read-only or pseudo file system, is bypassed like an unwritable one.)"""
    tmp = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        return True
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False


def _prune(folder: str) -> None:
    """Keep the ``MAX_ENTRIES`` most recently used entries."""
    entries = []
    for name in os.listdir(folder):
        if name.endswith(".pkl"):
            try:
                entries.append((os.stat(os.path.join(folder, name)).st_mtime, name))
            except OSError:
                pass
    for _, name in sorted(entries, reverse=True)[MAX_ENTRIES:]:
        try:
            os.unlink(os.path.join(folder, name))
        except OSError:
            pass
