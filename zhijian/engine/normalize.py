"""Text normalisation with an offset map back to the original text.

Every character of a message is folded on its own (so the folded text has exactly the
length of the original and offsets carry over one to one):

* NFKC compatibility folding: full-width -> half-width, circled / parenthesised digits and
  letters (① ⑴ Ⓕ) -> their core character, compatibility ideographs;
* case folding;
* traditional -> simplified, from the official OpenCC ``t2s`` data, turned into a
  character table once at load time;
* line breaks of every kind -> ``\\n``;
* ordinals: a short run of digits after 第 becomes the Chinese numeral (第1 / 第１ / 第① -> 第一,
  第12 -> 第十二, 第20 -> 第二十), so 第1次 and 第一次 are one word for every rule.  Only this
  context changes (1件, 12号, 第123 stay as they are).  第10 has one character more than 第十:
  its 0 becomes ``ORDINAL_FILLER``, a skip character, so lengths and offsets still carry over.

Characters whose folded form is punctuation, a symbol (emoji included), a space, a control or
format character (zero-width joiners, variation selectors) are *skip characters*: the
``compact`` view drops them so that ``支，付，宝`` and ``傻@#逼`` are found, and matching code
limits how many of them may stand inside one hit.  ``\\n`` is never skipped: it is a hard
boundary, no hit ever spans it.

Two implementations of one table: ``str.translate`` for single messages (cheap to call, and free of
NumPy: a single message never imports it), and NumPy arrays over a whole batch (one pass, and the
compact -> original index map for free).
"""

from __future__ import annotations

import itertools
import mmap
import os
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from zhijian.engine._batch_core import FoldTables, fold_skip_extras
from zhijian.engine.cache import cache_dir
from zhijian.engine import normalize_build
from zhijian.engine.normalize_build import _FAR_SKIP, _RANGES  # the ranges the tables cover (built there)

if TYPE_CHECKING:
    import numpy as np

__all__ = ["Normalised", "normalise", "fold", "compact", "compact_one", "TABLE_VERSION", "ORDINAL_FILLER"]

TABLE_VERSION = 5
_FAR_START = "\U000323b0"


class _Tables:
    """The folding tables.  Two arrays over all of Unicode are the data (stored on disk as ``.npy``); the
    ``str.translate`` maps and the skip-character sets are derived from them on first use.

    ``fold`` / ``keep`` are read by the single-message path one code point at a time: NumPy arrays, or,
    read back from the disk cache, ``memoryview`` objects over the mapped files (no NumPy import);
    ``fold_arr`` / ``keep_arr`` are the NumPy arrays of the batch path (views of the same memory)."""

    def __init__(self, fold, keep):
        self.fold = fold  # uint32[0x110000]: code point -> folded code point
        self.keep = keep  # bool[0x110000]: True where the folded char is kept in compact

    @cached_property
    def fold_arr(self) -> "np.ndarray":
        import numpy as np

        return self.fold if isinstance(self.fold, np.ndarray) else np.frombuffer(self.fold, dtype=np.uint32)

    @cached_property
    def keep_arr(self) -> "np.ndarray":
        import numpy as np

        return self.keep if isinstance(self.keep, np.ndarray) else np.frombuffer(self.keep, dtype=np.bool_)

    @cached_property
    def _skip_cps(self) -> list[int]:
        """Skip characters within the folded ranges (beyond them, _is_far_skip decides)."""
        keep = memoryview(self.keep).cast("B")
        return [m.start() + lo for lo, hi in _RANGES for m in re.finditer(b"\x00", keep[lo:hi])]

    @cached_property
    def keep_map(self) -> dict[int, str]:
        """code point -> ``"\x01"`` (kept in compact) or ``"\x00"`` (a skip character), for str.translate."""
        return _KeepFlags(self.keep)

    @cached_property
    def fold_map(self) -> dict[int, str]:
        """code point -> folded char, for str.translate (filled per code point on first sight)."""
        return _Translation(self, drop=False)

    @cached_property
    def drop_map(self) -> dict[int, str | None]:
        """fold + delete skip characters, for str.translate (filled per code point on first sight)."""
        return _Translation(self, drop=True)

    @cached_property
    def skip_orig(self) -> frozenset[str]:
        """original characters that are dropped from compact"""
        return frozenset(map(chr, self._skip_cps))

    @cached_property
    def skip_chars(self) -> frozenset[str]:
        """folded characters that are skip characters"""
        fa = self.fold_arr
        return self.skip_orig | frozenset(chr(int(fa[cp])) for cp in self._skip_cps if int(fa[cp]) != cp)


class _Translation(dict):
    """A ``str.translate`` map read from the arrays one code point at a time, when a text first has it:
    building the whole map (every folded and every skip code point) cost each process ~40 ms, while a
    process sees a few thousand distinct characters.  Characters outside the folded ranges stay as
    they are (``_drop_far`` decides about the far skip characters)."""

    def __init__(self, tables: "_Tables", drop: bool):
        super().__init__()
        self._fold, self._keep, self._drop = tables.fold, tables.keep, drop

    def __missing__(self, cp: int) -> str | None:
        out: str | None = chr(cp)
        if cp < _RANGES[-1][1]:
            if self._drop and (cp < _RANGES[-2][1] or cp >= _RANGES[-1][0]) and not self._keep[cp]:
                out = None
            else:
                out = chr(int(self._fold[cp]))
        self[cp] = out
        return out


class _KeepFlags(dict):
    """The keep table as a ``str.translate`` map to one flag character per code point (filled on first sight)."""

    def __init__(self, keep):
        super().__init__()
        self._keep = keep

    def __missing__(self, cp: int) -> str:
        out = self[cp] = "\x01" if self._keep[cp] else "\x00"
        return out


def _build_tables() -> _Tables:
    """The tables computed from Unicode and OpenCC (normalize_build.py): seconds, once per machine."""

    return _Tables(*normalize_build.build_arrays())


def _cache_path() -> str | None:
    """The stem of the cached tables: ``<stem>-fold.npy`` and ``<stem>-keep.npy`` (mapped, not read, on load)."""
    if (base := cache_dir()) is None:
        return None
    try:
        import opencc

        ov = getattr(opencc, "__version__", "x")
    except Exception:  # pragma: no cover
        ov = "x"
    return os.path.join(base, f"tables-v{TABLE_VERSION}-u{unicodedata.unidata_version}-o{ov}")


_lock = threading.Lock()
_tables: _Tables | None = None


def _npy_view(path: str, descr: str, fmt: str) -> memoryview | None:
    """The data of a one-dimensional ``.npy`` file of 0x110000 items of type ``descr``, memory-mapped, as a
    ``memoryview`` of format ``fmt`` (read without NumPy), or None when the file is not exactly that."""
    with open(path, "rb") as fh:
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    head = mm[:16]
    if head[:6] != b"\x93NUMPY" or head[6] not in (1, 2, 3):
        return None
    size = 2 if head[6] == 1 else 4
    hlen = int.from_bytes(head[8:8 + size], "little")
    offset = 8 + size + hlen
    header = mm[8 + size:offset].decode("latin-1").replace(" ", "")
    if (f"'descr':'{descr}'" not in header or "'fortran_order':False" not in header
            or "'shape':(1114112,)" not in header):
        return None
    view = memoryview(mm)[offset:].cast(fmt)
    return view if len(view) == 0x110000 else None


def _load_tables(stem: str) -> _Tables | None:
    """The cached tables, memory-mapped (a start touches only the pages of the characters it folds), or None."""
    if sys.byteorder != "little":  # pragma: no cover - the views read native order
        return None
    try:
        fold = _npy_view(f"{stem}-fold.npy", "<u4", "I")
        keep = _npy_view(f"{stem}-keep.npy", "|b1", "B")
    except (OSError, ValueError):
        return None
    return _Tables(fold, keep) if fold is not None and keep is not None else None


def _save_tables(stem: str, t: _Tables) -> None:
    try:
        os.makedirs(os.path.dirname(stem), exist_ok=True)
        for part, arr in (("fold", t.fold_arr), ("keep", t.keep_arr)):
            tmp = f"{stem}-{part}.{os.getpid()}.tmp.npy"
            import numpy as np

            np.save(tmp, arr, allow_pickle=False)
            os.replace(tmp, f"{stem}-{part}.npy")
        folder, mine = os.path.split(stem)
        for name in os.listdir(folder):  # tables of other versions (and the old .npz format): nothing reads them
            if name.startswith("tables-") and not name.startswith(f"{mine}-") and ".tmp." not in name:
                os.unlink(os.path.join(folder, name))
    except OSError:
        pass  # a read-only home is fine: we just rebuild next time


def tables() -> _Tables:
    """The folding tables, built once per process (and cached on disk between processes)."""
    global _tables
    if _tables is not None:
        return _tables
    with _lock:
        if _tables is not None:
            return _tables
        stem = _cache_path()
        t = _load_tables(stem) if stem else None
        if t is None:
            t = _build_tables()
            if stem:
                _save_tables(stem, t)
        _tables = t
        return t


ORDINAL_FILLER = "\u2060"  # WORD JOINER (a skip character): stands where 第10's 0 was (第十 + filler)
_NUMERALS = "〇一二三四五六七八九"
_ORDINAL_DIGIT = re.compile("第[0-9]")


def _numerals(run: str) -> str | None:
    """The Chinese numeral for the digits of an ordinal, with the run's length, or None (0, 21, 123…)."""
    if len(run) == 1:
        return _NUMERALS[int(run)] if run != "0" else None
    if len(run) == 2 and run[0] != "0":
        tens, unit = int(run[0]), int(run[1])
        if tens == 1:
            return "十" + (_NUMERALS[unit] if unit else ORDINAL_FILLER)
        if unit == 0:
            return _NUMERALS[tens] + "十"
    return None


def _fold_ordinals(folded: str) -> str:
    """第 + digits -> 第 + Chinese numeral, in folded text (same length).  Skip characters may stand
    between 第 and the digits (they do not count in compact text), the digits themselves are one run."""
    skip = tables().skip_chars
    n = len(folded)
    out = None
    i = folded.find("第")
    while i >= 0:
        j = i + 1
        while j < n and (folded[j] in skip or _is_far_skip(folded[j])):
            j += 1
        k = j
        while k < n and "0" <= folded[k] <= "9":
            k += 1
        num = _numerals(folded[j:k]) if k > j else None
        if num:
            if out is None:
                out = list(folded)
            out[j:k] = num
        i = folded.find("第", max(k, i + 1))
    return "".join(out) if out is not None else folded


def fold(text: str) -> str:
    """Fold every character; the result has the same length as ``text``."""
    out = text.translate(tables().fold_map)
    return _fold_ordinals(out) if "第" in out else out


def _is_far_skip(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp < hi for lo, hi in _FAR_SKIP)


def _drop_far(text: str) -> str:
    return "".join(ch for ch in text if not _is_far_skip(ch))


def compact(text: str, *, ordinals: bool = True) -> str:
    """Fold and drop skip characters: the form patterns are compiled in.  ``ordinals=False`` leaves
    第 + digits as they are (character by character, as the dialogue-act batch folds: acts/folded.py)."""
    out = text.translate(tables().drop_map)
    if out and max(out) >= _FAR_START:
        out = _drop_far(out)
    if ordinals and "第" in out and _ORDINAL_DIGIT.search(out):  # an ordinal: decided on the folded text
        skip = tables().skip_chars
        out = "".join(ch for ch in fold(text) if ch not in skip and not _is_far_skip(ch))
    return out


@dataclass
class Normalised:
    """One message: the original, its folded form (same length) and the compact form."""

    original: str
    folded: str
    compact: str
    _index: list[int] | None = field(default=None, repr=False, compare=False)  # (derived: made on first use)
    _batch: tuple | None = field(default=None, repr=False)  # (cmap, compact start, original start)
    _keep: bytes | None = field(default=None, repr=False, compare=False)  # (derived, or made with the folding)

    def index(self) -> list[int]:
        """compact position -> original position (built on first use)."""
        if self._index is None:
            if len(self.compact) == len(self.original):
                self._index = list(range(len(self.original)))
            elif self._batch is not None:
                cmap, c0, s0 = self._batch
                self._index = (cmap[c0 : c0 + len(self.compact)] - s0).tolist()
            else:
                self._index = list(itertools.compress(range(len(self.original)), self.keep_flags()))
        return self._index

    def keep_flags(self) -> bytes:
        """One byte per character, 1 where it is kept in the compact form (not a skip character, not an
        ordinal's filler), else 0.  Computed once, in C-speed string calls (no per-character Python loop)."""
        if self._keep is None:
            flags = self.original.translate(tables().keep_map)
            if ORDINAL_FILLER in self.folded:
                flags = "".join("\x00" if f == ORDINAL_FILLER else k for f, k in zip(self.folded, flags))
            self._keep = flags.encode("latin-1")
        return self._keep

    def keep(self) -> "np.ndarray":
        """:meth:`keep_flags` as a read-only NumPy bool array (the batch of one)."""
        import numpy as np

        return np.frombuffer(self.keep_flags(), dtype=np.bool_)


def normalise(text: str) -> Normalised:
    """The message folded (:func:`fold`), compacted (:func:`compact`) and its keep flags
    (:meth:`Normalised.keep_flags`): in one compiled pass over its code points (``_batch_core.fold_one``,
    issue 14: three ``str.translate`` calls were a fifth of a single check), ordinals (第1 -> 第一) included; the
    functions above are the reference (``tests/test_single_fold.py`` holds the two together)."""
    got = _fold_one(text)
    return Normalised(text, got[0], got[1], _keep=got[2])


def compact_one(text: str) -> str:
    """:func:`compact` by the compiled pass of :func:`normalise` (a single check compacts a few stretches of its
    message: ``str.translate`` through the dict maps costs ~50 ns a character)."""
    return _fold_one(text)[1]


def _fold_one(text: str) -> tuple[str, str, bytes]:
    """``(fold(text), compact(text), keep flags)`` by ``_batch_core.FoldTables.fold_one``."""
    t = tables()
    ft = t.__dict__.get("_fold_tables") or fold_tables()
    got = ft.fold_one(text, t.__dict__.get("_extras"))
    if got is None:  # 第 in the folded text, and the ordinals' skip test not made yet (once a process)
        extras = t.__dict__["_extras"] = fold_skip_extras(memoryview(t.fold).cast("B").cast("I"),
                                                          memoryview(t.keep).cast("B"))
        got = ft.fold_one(text, extras)
    return got


def fold_tables() -> FoldTables:
    """The folding tables as the compiled single path reads them (``_batch_core.FoldTables``, made once)."""
    t = tables()
    ft = t.__dict__.get("_fold_tables")
    if ft is None:
        ft = t.__dict__["_fold_tables"] = FoldTables(memoryview(t.fold).cast("B").cast("I"),
                                                     memoryview(t.keep).cast("B"))
    return ft


def normalise_reference(text: str) -> Normalised:
    """:func:`normalise` by the Python functions alone."""
    return Normalised(text, fold(text), compact(text))

