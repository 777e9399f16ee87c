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

Two implementations of one table: ``str.translate`` for single messages (cheap to call), and
NumPy arrays over a whole batch (one pass, and the compact -> original index map for free).
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from zhijian.engine.cache import cache_dir

__all__ = ["Normalised", "normalise", "fold", "compact", "BatchNormalised", "normalise_batch", "TABLE_VERSION",
           "ORDINAL_FILLER"]

TABLE_VERSION = 5
_SKIP_CATEGORIES = frozenset(
    "Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Zs Zl Zp Cc Cf Cs Co Cn Mn Me".split()
)
_NEWLINES = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Ranges we fold explicitly; everything else maps to itself and is classified lazily.
_RANGES = ((0x0000, 0x3400), (0x3400, 0xA000), (0xA000, 0x323B0), (0xE0000, 0xE1000))
# Beyond the folded ranges: unassigned planes and the private-use planes are skip characters
# too (a disguise may use them); U+30000-U+323AF (CJK extensions G/H) is classified above.
_FAR_SKIP = ((0x323B0, 0xE0000), (0xE1000, 0x110000))
_FAR_START = "\U000323b0"


class _Tables:
    """The folding tables.  Two arrays over all of Unicode are the data (stored on disk as ``.npy``); the
    ``str.translate`` maps and the skip-character sets are derived from them on first use."""

    def __init__(self, fold_arr: np.ndarray, keep_arr: np.ndarray):
        self.fold_arr = fold_arr  # uint32[0x110000]: code point -> folded code point
        self.keep_arr = keep_arr  # bool[0x110000]: True where the folded char is kept in compact

    @cached_property
    def _skip_cps(self) -> list[int]:
        """Skip characters within the folded ranges (beyond them, _is_far_skip decides)."""
        return [int(cp) for lo, hi in _RANGES for cp in (np.flatnonzero(~self.keep_arr[lo:hi]) + lo).tolist()]

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
        self._fold, self._keep, self._drop = tables.fold_arr, tables.keep_arr, drop

    def __missing__(self, cp: int) -> str | None:
        out: str | None = chr(cp)
        if cp < _RANGES[-1][1]:
            if self._drop and (cp < _RANGES[-2][1] or cp >= _RANGES[-1][0]) and not self._keep[cp]:
                out = None
            else:
                out = chr(int(self._fold[cp]))
        self[cp] = out
        return out


def _t2s_table() -> dict[str, str]:
    import opencc

    conv = opencc.OpenCC("t2s")
    chars = [chr(c) for c in range(0x3400, 0xA000)]
    chars += [chr(c) for c in range(0xF900, 0xFB00)]
    chars += [chr(c) for c in range(0x20000, 0x2FA20)]
    out = conv.convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):  # pragma: no cover - OpenCC never merges across newlines
        raise RuntimeError("OpenCC t2s changed the number of lines")
    table = {a: b for a, b in zip(chars, out) if a != b and len(b) == 1}
    # OpenCC maps some characters in chains (薴 -> 苧 -> 苎): follow them to the end so that
    # folding is idempotent.
    for a in list(table):
        seen = {a}
        b = table[a]
        while b in table and b not in seen:
            seen.add(b)
            b = table[b]
        table[a] = b
    return {a: b for a, b in table.items() if a != b}


def _fold_char(ch: str, t2s: dict[str, str]) -> str:
    if ch in _NEWLINES:
        return "\n"
    nf = unicodedata.normalize("NFKC", ch)
    if len(nf) != 1:
        core = [c for c in nf if c.isalnum()]
        nf = core[0] if len(core) == 1 else ch
    low = nf.lower()
    if len(low) == 1:
        nf = low
    return t2s.get(nf, nf)


def _build_tables() -> _Tables:
    t2s = _t2s_table()
    fold_map: dict[int, str] = {}
    skip_cps: list[int] = []
    for lo, hi in _RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            if lo == 0x3400 and ch not in t2s and unicodedata.category(ch) == "Lo":
                continue  # CJK unified ideographs: letters, only t2s can change them
            f = _fold_char(ch, t2s)
            if f != ch:
                fold_map[cp] = f
            if f != "\n" and unicodedata.category(f) in _SKIP_CATEGORIES:
                skip_cps.append(cp)
    fold_arr = np.arange(0x110000, dtype=np.uint32)
    for cp, f in fold_map.items():
        fold_arr[cp] = ord(f)
    keep_arr = np.ones(0x110000, dtype=bool)
    keep_arr[np.array(skip_cps, dtype=np.int64)] = False
    for lo, hi in _FAR_SKIP:
        keep_arr[lo:hi] = False
    return _Tables(fold_arr, keep_arr)


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


def _load_tables(stem: str) -> _Tables | None:
    """The cached tables, memory-mapped (a start touches only the pages of the characters it folds), or None."""
    try:
        fold_arr = np.load(f"{stem}-fold.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray)
        keep_arr = np.load(f"{stem}-keep.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray)
    except (OSError, ValueError):
        return None
    ok = fold_arr.shape == keep_arr.shape == (0x110000,) and fold_arr.dtype == np.uint32 and keep_arr.dtype == bool
    return _Tables(fold_arr, keep_arr) if ok else None


def _save_tables(stem: str, t: _Tables) -> None:
    try:
        os.makedirs(os.path.dirname(stem), exist_ok=True)
        for part, arr in (("fold", t.fold_arr), ("keep", t.keep_arr)):
            tmp = f"{stem}-{part}.{os.getpid()}.tmp.npy"
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
    _index: list[int] | None = field(default=None, repr=False)
    _batch: tuple | None = field(default=None, repr=False)  # (cmap, compact start, original start)
    _keep: np.ndarray | None = field(default=None, repr=False)

    def index(self) -> list[int]:
        """compact position -> original position (built on first use)."""
        if self._index is None:
            if len(self.compact) == len(self.original):
                self._index = list(range(len(self.original)))
            elif self._batch is not None:
                cmap, c0, s0 = self._batch
                self._index = (cmap[c0 : c0 + len(self.compact)] - s0).tolist()
            else:
                self._index = np.flatnonzero(self.keep()).tolist()
        return self._index

    def keep(self) -> np.ndarray:
        """bool per character: is it kept in the compact form (not a skip character, not an ordinal's filler)?
        Computed once (read-only: the offset map and the model's batch of one share it)."""
        if self._keep is None:
            keep = tables().keep_arr[np.frombuffer(self.original.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)]
            if ORDINAL_FILLER in self.folded:
                keep &= np.frombuffer(self.folded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32) != ord(ORDINAL_FILLER)
            keep.setflags(write=False)
            self._keep = keep
        return self._keep


def normalise(text: str) -> Normalised:
    return Normalised(text, fold(text), compact(text))


@dataclass
class BatchNormalised:
    """Many messages folded in one NumPy pass."""

    originals: list[str]
    folded: list[str]
    compact: list[str]
    starts: np.ndarray  # start of each message in the joined original text
    cstarts: list[int]  # start of each message in the joined compact text
    cmap: np.ndarray  # joined-compact position -> joined-original position
    folded_codes: np.ndarray  # uint32: the joined folded text
    keep: np.ndarray  # uint8: 1 where the joined folded character is kept in compact
    compact_codes: np.ndarray  # uint32: the joined compact text
    compact_joined: str  # the joined compact text (messages joined by '\n')
    folded_joined: str  # the joined folded text

    @classmethod
    def of_one(cls, n: Normalised) -> "BatchNormalised":
        """A batch of the one message ``n`` (already normalised): what the batch-only stages read."""
        keep = n.keep()
        folded_codes = np.frombuffer(n.folded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return cls([n.original], [n.folded], [n.compact], np.zeros(1, dtype=np.int64), [0], np.flatnonzero(keep),
                   folded_codes, keep.view(np.uint8), folded_codes[keep], n.compact, n.folded)

    def item(self, i: int) -> Normalised:
        return Normalised(self.originals[i], self.folded[i], self.compact[i],
                          _batch=(self.cmap, self.cstarts[i], int(self.starts[i])))


def normalise_batch(texts: list[str]) -> BatchNormalised:
    """Fold a batch of messages at once; equal, message by message, to :func:`normalise`."""
    t = tables()
    joined = "\n".join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    folded_codes = t.fold_arr[codes]
    keep = t.keep_arr[codes]
    folded_joined = folded_codes.tobytes().decode("utf-32-le", "surrogatepass")
    if "第" in folded_joined:  # ordinals (messages are joined by '\n', which no ordinal crosses)
        with_ordinals = _fold_ordinals(folded_joined)
        if with_ordinals is not folded_joined:
            folded_joined = with_ordinals
            folded_codes = np.frombuffer(with_ordinals.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            keep &= folded_codes != ord(ORDINAL_FILLER)
    cmap = np.flatnonzero(keep)
    compact_joined = folded_codes[keep].tobytes().decode("utf-32-le", "surrogatepass")
    lens = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    starts = np.zeros(len(texts), dtype=np.int64)
    if len(texts) > 1:
        np.cumsum(lens[:-1] + 1, out=starts[1:])
    folded = [folded_joined[s : s + n] for s, n in zip(starts.tolist(), lens.tolist())]
    # '\n' is kept in compact, so splitting on it works unless a message has its own breaks.
    if folded_joined.count("\n") == len(texts) - 1:
        compact_list = compact_joined.split("\n") if texts else []
    else:
        compact_list = [compact(x) for x in texts]
    cstarts = [0] * len(compact_list)
    if len(compact_list) > 1:
        cstarts[1:] = np.cumsum(np.fromiter(map(len, compact_list[:-1]), dtype=np.int64, count=len(compact_list) - 1)
                                + 1).tolist()
    return BatchNormalised(texts, folded, compact_list, starts, cstarts, cmap, folded_codes,
                           keep.view(np.uint8), folded_codes[keep], compact_joined, folded_joined)
