# Included by _batch_core.pyx (one compiled module): the single-message path of the semantic layer in one call
# (units, mask ranges and logits of one message, read straight from its Python strings).

cdef inline Py_ssize_t _han_count_p(const uint32_t *ccps, Py_ssize_t a, Py_ssize_t b) noexcept nogil:
    cdef Py_ssize_t n = 0, i
    for i in range(a, b):
        if _han(ccps[i]):
            n += 1
    return n


cdef uint32_t *_codes(str t, Py_ssize_t n) except NULL:
    """The first ``n`` code points of ``t`` in a new C buffer (surrogates as themselves, as utf-32 surrogatepass)."""
    cdef uint32_t *out = <uint32_t *>malloc((n + 1) * sizeof(uint32_t))
    cdef int kind = PyUnicode_KIND(t)
    cdef void *data = PyUnicode_DATA(t)
    cdef Py_ssize_t i
    if out == NULL:
        raise MemoryError()
    for i in range(n):
        out[i] = PyUnicode_READ(kind, data, i)
    return out


def score_one(NgramIndex index, str original, str folded, keep_table, str compact, str scored,
              list found, Py_ssize_t max_chars, Py_ssize_t min_chars, Py_ssize_t min_han, list columns, list bars):
    """One message in one call, for the single path: its units exactly as :func:`clause_units_arrays` makes
    them for a batch of this one message (``folded``: the folded text; its keep flags read here, as
    ``Normalised.keep_flags`` makes them, from ``keep_table`` — the folding tables' keep flag of each code
    point of ``original``, a uint8 buffer or the ``FoldTables`` — and the ordinal filler; ``compact``: the kept
    characters), their compacted ranges moved as :func:`masked_ranges_arrays` moves them for the mask replacements
    ``found`` (``(start, end,
    replacement length)`` in ``compact``, ascending), and the logits of every unit read from ``scored``
    (``compact`` with the replacements made), as :meth:`NgramIndex.logits_lists` gives them.

    Returns ``(spans, z, hot)``: ``spans`` the units as ``(start, end, whole)``; ``hot`` the ``(unit, k)``
    pairs, unit by unit, where the logit of ``columns[k]`` reaches ``bars[k]``; ``z`` the logits of the
    ``columns`` per unit (lists of Python floats) — ``None`` when ``hot`` is empty (nothing can fire, so
    nothing reads them)."""
    cdef Py_ssize_t n = len(folded), nc = len(compact), ns = len(scored), C = index.n_classes
    cdef Py_ssize_t end = n if n < max_chars else max_chars, m = len(found), ncol = len(columns)
    cdef Py_ssize_t i, s, e, cs, ce, cpos = 0, n_cl = 0, k = 0, u, j
    cdef int64_t grown = 0
    cdef double v
    if len(original) != n:
        raise ValueError("the folded text has the original's length")
    if len(bars) != ncol:
        raise ValueError("one bar per column")
    for j in range(ncol):
        if not 0 <= columns[j] < C:
            raise IndexError("class column out of range")
    cdef uint32_t *fb = NULL
    cdef uint8_t *keep = NULL
    cdef uint32_t cp
    cdef int ko = PyUnicode_KIND(original)
    cdef void *do = PyUnicode_DATA(original)
    cdef const uint8_t[::1] kt
    if isinstance(keep_table, FoldTables):
        kt = (<FoldTables>keep_table).keep
    else:
        kt = keep_table
    cdef Py_ssize_t ntab = kt.shape[0]
    cdef uint32_t *cb = NULL
    cdef uint32_t *sb = NULL
    cdef int64_t *buf = NULL
    cdef float *rows = NULL
    cdef double *acc = NULL
    cdef int64_t *us
    cdef int64_t *ue
    cdef int64_t *ucs
    cdef int64_t *uce
    cdef int64_t *uw
    cdef int64_t *rs
    cdef int64_t *rend
    cdef int64_t *sh
    cdef Py_ssize_t cap = end + 2
    try:
        fb = _codes(folded, end)
        keep = <uint8_t *>malloc(end + 1)
        if keep == NULL:
            raise MemoryError()
        for i in range(end):  # Normalised.keep_flags: the table's flag, and never the ordinal filler (U+2060)
            cp = PyUnicode_READ(ko, do, i)
            keep[i] = kt[cp] != 0 and fb[i] != 0x2060 if cp < ntab else 0
        cb = _codes(compact, nc)
        buf = <int64_t *>malloc((5 * cap + 3 * m + 1) * sizeof(int64_t))
        if buf == NULL:
            raise MemoryError()
        us = buf; ue = buf + cap; ucs = buf + 2 * cap; uce = buf + 3 * cap; uw = buf + 4 * cap
        rs = buf + 5 * cap; rend = rs + m; sh = rend + m
        # the units (clause_units_arrays, one message starting at 0)
        i = 0
        while i < end:
            while i < end and _clause_break(fb[i]):
                if keep[i]:
                    cpos += 1
                i += 1
            if i >= end:
                break
            s = i
            cs = cpos
            while i < end and not _clause_break(fb[i]):
                if keep[i]:
                    cpos += 1
                i += 1
            e = i
            ce = cpos
            while s < e and _space(fb[s]):
                if keep[s]:
                    cs += 1
                s += 1
            while e > s and _space(fb[e - 1]):
                if keep[e - 1]:
                    ce -= 1
                e -= 1
            if ce > nc:
                raise ValueError("the keep flags do not match the compact text")
            if ce - cs >= min_chars and _han_count_p(cb, cs, ce) >= min_han:
                us[k] = s; ue[k] = e; ucs[k] = cs; uce[k] = ce; uw[k] = 0
                k += 1
                n_cl += 1
        if cpos > nc:
            raise ValueError("the keep flags do not match the compact text")
        if n_cl != 1 and cpos >= 1 and _han_count_p(cb, 0, cpos) >= min_han:
            us[k] = 0; ue[k] = end; ucs[k] = 0; uce[k] = cpos; uw[k] = 1
            k += 1
        if k == 0:
            return [], None, []
        # the ranges in the masked text (masked_ranges_arrays)
        if m:
            sh[0] = 0
            for j in range(m):
                a, b, r = found[j]
                rs[j] = a
                rend[j] = b
                grown += <int64_t>r - (<int64_t>b - <int64_t>a)
                sh[j + 1] = grown
            for u in range(k):
                ucs[u] = _moved(ucs[u], False, rs, rend, sh, m)
                uce[u] = _moved(uce[u], True, rs, rend, sh, m)
        # the logits (logits_lists)
        sb = _codes(scored, ns)
        acc = <double *>malloc(index.stride * sizeof(double))
        rows = <float *>malloc(k * C * sizeof(float) + sizeof(float))
        if acc == NULL or rows == NULL:
            raise MemoryError()
        hot = []
        for u in range(k):
            if ucs[u] < 0 or uce[u] > ns or ucs[u] > uce[u]:
                raise IndexError("unit out of range")
            index._unit(sb, ucs[u], uce[u], acc, rows + u * C)
            for j in range(ncol):
                v = rows[u * C + <Py_ssize_t>columns[j]]
                if v >= <double>bars[j]:
                    hot.append((u, j))
        spans = [(us[u], ue[u], uw[u] != 0) for u in range(k)]
        if not hot:
            return spans, None, hot
        z = [[rows[u * C + <Py_ssize_t>columns[j]] for j in range(ncol)] for u in range(k)]
        return spans, z, hot
    finally:
        free(fb)
        free(keep)
        free(cb)
        free(sb)
        free(buf)
        free(rows)
        free(acc)


cpdef double sigmoid32(double z) noexcept:
    """``semantic_one.sigmoid_reference`` compiled: ``min(max(z, -40), 40)``, ``exp(-z)`` of the C library (what
    ``math.exp`` calls) rounded to float32, ``1 +`` it rounded to float32, ``1 /`` it in double — the same
    steps, so the same bits."""
    if z < -40.0:
        z = -40.0
    if z > 40.0:
        z = 40.0
    cdef float e = <float>exp(-z)
    cdef float d = <float>(1.0 + <double>e)
    return 1.0 / <double>d
