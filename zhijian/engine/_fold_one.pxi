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
    _ORDINAL_MARK = 0x7B2C  # 第: an ordinal may follow; the Python functions fold it (rare)


cdef inline bint _far_skip(uint32_t c) noexcept nogil:
    return (_GAP_START <= c < _R1_START) or c >= _FAR2_START


def fold_one(str text, const uint32_t[::1] fold_table, const uint8_t[::1] keep_table):
    """``(fold(text), compact(text), keep flags)`` of ``normalize.py`` in one pass, or None when the folded text
    holds 第 (an ordinal may follow it: the Python functions decide).  ``fold_table`` / ``keep_table``: the folding
    tables (``normalize._Tables.fold`` / ``keep`` as uint32 / uint8 buffers over all of Unicode).

    The steps are those of the ``str.translate`` maps: a code point below the table's end folds to its table entry
    (``fold_map``), any other stays; the compact text drops a code point of the table's ranges that the keep table
    drops (``drop_map``), then, when a character at or beyond U+323B0 is left, the far skip characters
    (``_drop_far``); the keep flags are the keep table's, 0 for the ordinal filler (``Normalised.keep_flags``)."""
    cdef Py_ssize_t n = len(text), i, k = 0, j
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef uint32_t cp, c, top = 0
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
                return None
            fb[i] = c
            fl[i] = 1 if keep_table[cp] != 0 and c != 0x2060 else 0
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
        return (PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, fb, n),
                PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, cb, k), flags)
    finally:
        free(fb)
