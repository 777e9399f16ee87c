# Included by _batch_core.pyx (one compiled module): the folding of one message (``normalize.normalise``) in one pass
# over its code points, instead of three ``str.translate`` calls through dict maps filled per code point (issue 14:
# the single check() path; ``normalize.py`` keeps the Python functions, which stay the reference).

from cpython.bytes cimport PyBytes_AS_STRING, PyBytes_FromStringAndSize
from cpython.unicode cimport PyUnicode_4BYTE_KIND

cdef extern from "Python.h":
    object PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size)

cdef enum:
    _R_END = 0xE1000  # code points below this are in the folding table's ranges (normalize_build._RANGES)
    _GAP_START = 0x323B0  # [_GAP_START, _R1_START): in the table, but never dropped by ``drop_map``
    _R1_START = 0xE0000
    _FAR2_START = 0xE1000  # normalize_build._FAR_SKIP: [0x323B0, 0xE0000) and [0xE1000, 0x110000)
    _ORDINAL_MARK = 0x7B2C  # 第: an ordinal may follow (normalize._fold_ordinals)
    _FILLER = 0x2060  # normalize.ORDINAL_FILLER
    _TEN = 0x5341  # 十

# normalize._NUMERALS: 〇一二三四五六七八九
cdef uint32_t[10] _NUMERAL = [0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D]


cdef inline bint _far_skip(uint32_t c) noexcept nogil:
    return (_GAP_START <= c < _R1_START) or c >= _FAR2_START


cdef inline bint _digit(uint32_t c) noexcept nogil:
    return 0x30 <= c <= 0x39


def fold_skip_extras(const uint32_t[::1] fold_table, const uint8_t[::1] keep_table):
    """The folded characters that ``normalize._Tables.skip_chars`` holds although the keep table keeps them: the folds
    of skip characters of the table's ranges that are not skip characters themselves (none, for the shipped tables),
    as a frozenset of code points.  With it, "a skip character or a far skip character" (``_fold_ordinals``' test
    of a folded character) is: the keep table drops it, or it is one of these."""
    cdef Py_ssize_t cp
    cdef uint32_t c
    if fold_table.shape[0] < _R_END or keep_table.shape[0] < 0x110000:
        raise ValueError("the folding tables cover all of Unicode")
    out = set()
    for cp in range(_R_END):
        if _GAP_START <= cp < _R1_START:
            continue  # (not in the table's ranges: normalize._skip_cps never lists these)
        if keep_table[cp] == 0:
            c = fold_table[cp]
            if c != cp and (c >= 0x110000 or keep_table[c] != 0):
                out.add(c)
    return frozenset(out)


cdef inline bint _skip_folded(uint32_t c, const uint8_t[::1] keep_table, extras) except -1:
    """Is the folded character ``c`` in ``skip_chars`` or a far skip character (``_fold_ordinals``' test)?"""
    if c < 0x110000 and keep_table[c] == 0:
        return True
    return bool(extras) and c in extras


cdef Py_ssize_t _fold_ordinals_c(uint32_t *fb, Py_ssize_t n, const uint8_t[::1] keep_table, extras) except -1:
    """``normalize._fold_ordinals`` on the folded code points ``fb`` in place (the digits it reads are never ones it
    wrote); the number of ordinals folded."""
    cdef Py_ssize_t i = 0, j, k, done = 0
    cdef uint32_t d0, d1
    while i < n and fb[i] != _ORDINAL_MARK:
        i += 1
    while i < n:
        j = i + 1
        while j < n and _skip_folded(fb[j], keep_table, extras):
            j += 1
        k = j
        while k < n and _digit(fb[k]):
            k += 1
        if k - j == 1 and fb[j] != 0x30:
            fb[j] = _NUMERAL[fb[j] - 0x30]
            done += 1
        elif k - j == 2 and fb[j] != 0x30:
            d0 = fb[j] - 0x30
            d1 = fb[j + 1] - 0x30
            if d0 == 1:
                fb[j] = _TEN
                fb[j + 1] = _NUMERAL[d1] if d1 else _FILLER
                done += 1
            elif d1 == 0:
                fb[j] = _NUMERAL[d0]
                fb[j + 1] = _TEN
                done += 1
        i = k if k > i + 1 else i + 1
        while i < n and fb[i] != _ORDINAL_MARK:
            i += 1
    return done


cdef class FoldTables:
    """The folding tables as the compiled single path reads them (``normalize._Tables.fold`` / ``keep`` as uint32 /
    uint8 buffers over all of Unicode), checked once: a call given them pays no buffer check (~1 µs a call for the
    two buffers)."""

    cdef const uint32_t[::1] fold
    cdef const uint8_t[::1] keep

    def __init__(self, const uint32_t[::1] fold_table, const uint8_t[::1] keep_table):
        if fold_table.shape[0] < _R_END or keep_table.shape[0] < 0x110000:
            raise ValueError("the folding tables cover all of Unicode")
        self.fold = fold_table
        self.keep = keep_table

    def fold_one(self, str text, extras=None):
        """:func:`fold_one` with these tables."""
        return _fold_one(text, self.fold, self.keep, extras)


def fold_one(str text, const uint32_t[::1] fold_table, const uint8_t[::1] keep_table, extras=None):
    """``(fold(text), compact(text), keep flags)`` of ``normalize.py`` in one pass, ordinals included (第1 -> 第一,
    第10 -> 第十 + filler).  ``fold_table`` / ``keep_table``: the folding tables (``normalize._Tables.fold`` / ``keep``
    as uint32 / uint8 buffers over all of Unicode); ``extras``: :func:`fold_skip_extras` of those tables, needed
    only when the folded text holds 第 — without it, such a text gives None (the caller makes it and asks again).

    The steps are those of the ``str.translate`` maps: a code point below the table's end folds to its table entry
    (``fold_map``), any other stays; the compact text drops a code point of the table's ranges that the keep table
    drops (``drop_map``), then, when a character at or beyond U+323B0 is left, the far skip characters
    (``_drop_far``); the keep flags are the keep table's, 0 for the ordinal filler (``Normalised.keep_flags``).
    Where 第 stands, ``_fold_ordinals`` folds the digits after it in the folded text, and where the compact text
    holds 第 and an ASCII digit right after it, the compact text is made again from the folded one, dropping each
    character ``_fold_ordinals`` skips (``compact``'s ordinal branch)."""
    return _fold_one(text, fold_table, keep_table, extras)


cdef _fold_one(str text, const uint32_t[::1] fold_table, const uint8_t[::1] keep_table, extras):
    cdef Py_ssize_t n = len(text), i, k = 0, j
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef uint32_t cp, c, top = 0
    cdef bint ordinal = False, again = False
    if fold_table.shape[0] < _R_END or keep_table.shape[0] < 0x110000:
        raise ValueError("the folding tables cover all of Unicode")
    cdef uint32_t *fb = <uint32_t *>malloc((2 * n + 1) * sizeof(uint32_t))
    if fb == NULL:
        raise MemoryError()
    cdef uint32_t *cb = fb + n
    flags = PyBytes_FromStringAndSize(NULL, n)
    cdef char *fl = PyBytes_AS_STRING(flags)
    try:
        for i in range(n):
            cp = PyUnicode_READ(kind, data, i)
            c = fold_table[cp] if cp < _R_END else cp
            if c == _ORDINAL_MARK:
                if extras is None:
                    return None
                ordinal = True
            fb[i] = c
            fl[i] = 1 if keep_table[cp] != 0 and c != _FILLER else 0
            if cp < _R_END and (cp < _GAP_START or cp >= _R1_START) and keep_table[cp] == 0:
                continue  # drop_map: a skip character of the table's ranges
            cb[k] = c
            k += 1
            if c > top:
                top = c
        if top >= _GAP_START:  # _drop_far
            j = 0
            for i in range(k):
                if not _far_skip(cb[i]):
                    cb[j] = cb[i]
                    j += 1
            k = j
        if ordinal:
            for i in range(k - 1):  # compact's test: 第 and an ASCII digit in the compact text
                if cb[i] == _ORDINAL_MARK and _digit(cb[i + 1]):
                    again = True
                    break
            if _fold_ordinals_c(fb, n, keep_table, extras):
                for i in range(n):
                    if fb[i] == _FILLER:
                        fl[i] = 0  # Normalised.keep_flags: never the filler
            if again:
                k = 0
                for i in range(n):
                    if not _skip_folded(fb[i], keep_table, extras):
                        cb[k] = fb[i]
                        k += 1
        return (PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, fb, n),
                PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, cb, k), flags)
    finally:
        free(fb)
