"""Building the folding tables of normalize.py from Unicode data and OpenCC's ``t2s`` (cold start only: the
result is cached on disk, see ``normalize.tables``)."""

from __future__ import annotations

import unicodedata

_SKIP_CATEGORIES = frozenset(
    "Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Zs Zl Zp Cc Cf Cs Co Cn Mn Me".split()
)
_NEWLINES = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Ranges we fold explicitly; everything else maps to itself and is classified lazily.
_RANGES = ((0x0000, 0x3400), (0x3400, 0xA000), (0xA000, 0x323B0), (0xE0000, 0xE1000))
# Beyond the folded ranges: unassigned planes and the private-use planes are skip characters
# too (a disguise may use them); U+30000-U+323AF (CJK extensions G/H) is classified above.
_FAR_SKIP = ((0x323B0, 0xE0000), (0xE1000, 0x110000))


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


def build_arrays():
    """The folding and keep arrays over all of Unicode (``_Tables``' data)."""
    import numpy as np

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
    return fold_arr, keep_arr
