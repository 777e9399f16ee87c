# Included by _batch_core.pyx (one compiled module): the mask words of the semantic layer (a shop's own platform
# and names replaced by neutral words before scoring) — the unit ranges moved with the replaced text.

def masked_ranges(list found, cstart, cend):
    """:func:`masked_ranges_arrays` as two int64 NumPy arrays (the batch path)."""
    import numpy as np
    return tuple(np.frombuffer(a, dtype=np.int64) for a in masked_ranges_arrays(found, cstart, cend))


cdef inline int64_t _moved(int64_t pos, bint is_end, const int64_t *rs, const int64_t *rend, const int64_t *sh,
                           Py_ssize_t m) noexcept nogil:
    """``pos`` in the compacted text moved into the text after the replacements ``[rs[k], rend[k])`` (ascending,
    not overlapping; ``sh[k]``: what the first ``k`` of them added) were made: a position after a replacement
    moves by what the replacements before it added; a unit edge inside a replaced word takes in the whole
    replacement (a start moves to its start, an end to its end)."""
    cdef Py_ssize_t lo = 0, hi = m, mid
    while lo < hi:  # replacements wholly before pos: ends <= pos
        mid = (lo + hi) >> 1
        if rend[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo < m and rs[lo] < pos:  # pos falls inside replacement lo
        return rend[lo] + sh[lo + 1] if is_end else rs[lo] + sh[lo]
    return pos + sh[lo]


def masked_ranges_arrays(list found, const int64_t[::1] cstart, const int64_t[::1] cend):
    """The unit ranges ``cstart`` / ``cend`` of a batch's compacted text moved into the text after the
    replacements ``found`` — ``(start, end, replacement length)`` in ascending order, not overlapping —
    were made.  A position after a replacement moves by what the replacements before it added; a unit
    edge inside a replaced word takes in the whole replacement (a start moves to its start, an end to
    its end).  Returns two new int64 ``array`` objects."""
    cdef Py_ssize_t m = len(found), n = cstart.shape[0], i
    cdef int64_t grown = 0
    cdef array.array rs_a = array.clone(_I64, m, zero=True), re_a = array.clone(_I64, m, zero=True)
    cdef array.array sh_a = array.clone(_I64, m + 1, zero=True)  # sh[k]: what the first k replacements added
    cdef int64_t[::1] rs = rs_a, rend = re_a, sh = sh_a
    sh[0] = 0
    for i in range(m):
        s, e, r = found[i]
        rs[i] = s
        rend[i] = e
        grown += <int64_t>r - (<int64_t>e - <int64_t>s)
        sh[i + 1] = grown
    cdef array.array out_s = array.clone(_I64, n, zero=True), out_e = array.clone(_I64, n, zero=True)
    cdef int64_t[::1] os = out_s, oe = out_e
    cdef const int64_t *prs = &rs[0] if m else NULL
    cdef const int64_t *prend = &rend[0] if m else NULL
    for i in range(n):
        os[i] = _moved(cstart[i], False, prs, prend, &sh[0], m)
        oe[i] = _moved(cend[i], True, prs, prend, &sh[0], m)
    return out_s, out_e


def mask_batch(const uint32_t[::1] codes, list hits, list with_codes, const int64_t[::1] cstart,
               const int64_t[::1] cend):
    """The batch's compacted code points ``codes`` with the mask replacements made, and the unit ranges
    ``cstart`` / ``cend`` moved with them (:func:`masked_ranges_arrays`), in one pass: ``hits`` are the
    automaton's ``(word, start, end)`` (leftmost-longest: ascending, not overlapping), ``with_codes[word]``
    the code points of its replacement (uint32 buffers).  Returns three NumPy arrays (uint32, int64, int64)."""
    import numpy as np
    cdef Py_ssize_t m = len(hits), n = cstart.shape[0], nc = codes.shape[0], i, j, a, b, w, prev = 0, at = 0
    cdef int64_t grown = 0
    cdef const uint32_t[::1] r
    cdef uint32_t[::1] out
    cdef int64_t[::1] ocs, oce
    if cend.shape[0] != n:
        raise ValueError("one end per start")
    cdef int64_t *buf = <int64_t *>malloc((3 * m + 1) * sizeof(int64_t))
    cdef int64_t *word = NULL
    if buf == NULL:
        raise MemoryError()
    cdef int64_t *rs = buf
    cdef int64_t *rend = buf + m
    cdef int64_t *sh = buf + 2 * m
    try:
        sh[0] = 0
        for j in range(m):
            w, a, b = hits[j]
            if a < prev or b < a or b > nc:
                raise ValueError("replacements must be ascending, not overlapping, inside the text")
            rs[j] = a
            rend[j] = b
            grown += <int64_t>len(with_codes[w]) - (b - a)
            sh[j + 1] = grown
            prev = b
        out_arr = np.empty(nc + grown, dtype=np.uint32)
        cs_arr = np.empty(n, dtype=np.int64)
        ce_arr = np.empty(n, dtype=np.int64)
        out = out_arr
        ocs = cs_arr
        oce = ce_arr
        prev = 0
        for j in range(m):
            w = hits[j][0]
            r = with_codes[w]
            a = rs[j]
            if a > prev:
                memcpy(&out[at], &codes[prev], (a - prev) * sizeof(uint32_t))
                at += a - prev
            if r.shape[0]:
                memcpy(&out[at], &r[0], r.shape[0] * sizeof(uint32_t))
                at += r.shape[0]
            prev = rend[j]
        if nc > prev:
            memcpy(&out[at], &codes[prev], (nc - prev) * sizeof(uint32_t))
        for i in range(n):
            ocs[i] = _moved(cstart[i], False, rs, rend, sh, m)
            oce[i] = _moved(cend[i], True, rs, rend, sh, m)
        return out_arr, cs_arr, ce_arr
    finally:
        free(buf)
