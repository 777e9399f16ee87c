# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""The compiled part of the batch path (built by ``pip install`` from this file; needs a C compiler).

Two loops that were the cost of the semantic layer in NumPy (sorting and gathering every n-gram of
every clause) run here in C, over the flat arrays the batch normaliser already made:

* :func:`clause_units` — the units the models score (clauses and whole messages), as offsets into
  the messages and ranges of the batch's compacted code points;
* :class:`NgramIndex` — a linear model's vocabulary in an open-addressing hash table, and
  :meth:`NgramIndex.logits` — the sum of the weights of every character 1-3-gram occurrence of
  each unit, divided by the square root of the number of n-grams (``engine/ngrams.py`` defines the
  features; the NumPy reference there gives the same numbers, a test holds the two together).

* :func:`mask_batch` (``_batch_mask.pxi``) — the batch's compacted code points with the mask words
  replaced and the unit ranges moved with them, in one pass;
* :func:`score_one` (``_batch_one.pxi``) — the single-message path in one call: the units, their
  masked ranges and their logits, read straight from the message's strings (no code-point arrays);
* :func:`fold_one` (``_fold_one.pxi``) — one message folded, compacted and its keep flags, in one pass, ordinals
  included (:class:`FoldTables` holds the tables, checked once);
* :func:`scan_hits` (``_scan_one.pxi``) — ``matcher.scan``'s hit loop: hits -> rule spans, exceptions, qualifiers,
  the hits' separators, Latin word edges and boundaries, and, given the message's word gates, the candidates of the
  plain word rules;
* :class:`WordTrie` (``_word_trie.pxi``) — the single check's word gates (``regex_gate.WordGates``), all tested in
  one pass over a message, and its automaton words found (``Ruleset.find_one``, the mask words of the model layer);
  :func:`gates_pass`, :func:`plan_todo` and :func:`char_run` read them.

NumPy is imported only by the functions that return NumPy arrays (the batch path): the single-message
path (``*_arrays``, :meth:`NgramIndex.logits_lists` and :func:`score_one`, fed with strings, ``array`` /
``memoryview`` buffers) runs without it, so that ``zhijian check "…"`` does not pay for importing NumPy.
The ``.pxi`` files are parts of this one module (``include``), kept apart only for their length.
"""

from cpython cimport array
from cpython.unicode cimport PyUnicode_DATA, PyUnicode_KIND, PyUnicode_READ
import array as _array

from libc.math cimport exp, sqrt
from libc.stdint cimport int32_t, int64_t, uint8_t, uint32_t, uint64_t
from libc.stdlib cimport calloc, free, malloc
from libc.string cimport memcpy

cdef array.array _I64 = _array.array("q")
cdef array.array _U8 = _array.array("B")


cdef inline array.array _grown(array.array a, Py_ssize_t cap, Py_ssize_t used, Py_ssize_t item):
    """A copy of ``a`` with room for ``cap`` items (its first ``used`` items kept)."""
    cdef array.array b = array.clone(a, cap, zero=True)
    memcpy(b.data.as_voidptr, a.data.as_voidptr, used * item)
    return b


cdef inline uint64_t _mix(uint64_t k) noexcept nogil:
    k ^= k >> 33
    k *= <uint64_t>0xff51afd7ed558ccdULL
    k ^= k >> 33
    return k


cdef struct _Gram:  # a slot of the vocabulary's table: the n-gram id (0: empty) and its row, in one 16-byte piece
    uint64_t key
    int32_t row
    int32_t pad


cdef class NgramIndex:
    """n-gram id -> row of the weight matrix (the vocabulary of a shipped ``LinearModel``).  Each slot of the
    open-addressing table holds the id and the row together: a look-up reads one cache line, not two (a message's
    n-grams are random reads into a table of a few MB, the cost of scoring it)."""

    cdef _Gram *slots
    cdef uint64_t mask
    cdef const float[:, ::1] weights
    cdef float *padded  # the weights again, each row padded to ``stride`` floats (a multiple of 16: one or more
    cdef const float *w  # whole 64-byte cache lines, so a row is read in as few lines as it can be); aligned
    cdef readonly Py_ssize_t stride
    cdef const float[::1] bias
    cdef readonly int n_classes

    def __init__(self, vocab, weights, bias):
        """``vocab`` uint64 ids, ``weights`` float32 ``[len(vocab), n_classes]``, ``bias`` float32: NumPy arrays
        or any C-contiguous buffers of those types (``memoryview.cast``: the single-message path)."""
        if hasattr(vocab, "dtype") or hasattr(weights, "dtype") or hasattr(bias, "dtype"):
            import numpy as np
            vocab = np.ascontiguousarray(vocab, dtype=np.uint64)
            weights = np.ascontiguousarray(weights, dtype=np.float32)
            bias = np.ascontiguousarray(bias, dtype=np.float32)
        cdef const uint64_t[::1] v = vocab
        cdef Py_ssize_t n = v.shape[0], i
        cdef uint64_t cap = 16, slot, key
        while cap < <uint64_t>(2 * n + 2):
            cap <<= 1
        self.slots = <_Gram *>calloc(cap, sizeof(_Gram))
        if self.slots == NULL:
            raise MemoryError()
        for i in range(<Py_ssize_t>cap):
            self.slots[i].row = -1
        self.mask = cap - 1
        for i in range(n):
            key = v[i]
            if key == 0:
                raise ValueError("n-gram id 0 cannot occur")
            slot = _mix(key) & self.mask
            while self.slots[slot].key != 0 and self.slots[slot].key != key:
                slot = (slot + 1) & self.mask
            self.slots[slot].key = key
            self.slots[slot].row = <int32_t>i
        self.weights = weights
        self.bias = bias
        self.n_classes = self.weights.shape[1]
        if self.weights.shape[0] != n or self.bias.shape[0] != self.n_classes:
            raise ValueError("weights do not match the vocabulary / classes")
        cdef Py_ssize_t C = self.n_classes, S = (C + 15) // 16 * 16
        self.stride = S
        self.padded = <float *>calloc(n * S + 16, sizeof(float))
        if self.padded == NULL:
            raise MemoryError()
        self.w = <const float *>((<size_t>self.padded + 63) & ~(<size_t>63))
        for i in range(n):
            memcpy(<float *>self.w + i * S, &self.weights[i, 0], C * sizeof(float))

    def __dealloc__(self):
        free(self.padded)
        free(self.slots)

    cdef inline int32_t _row(self, uint64_t key) noexcept nogil:
        cdef uint64_t slot = _mix(key) & self.mask
        cdef uint64_t k
        while True:
            k = self.slots[slot].key
            if k == key:
                return self.slots[slot].row
            if k == 0:
                return -1
            slot = (slot + 1) & self.mask

    cdef inline int _add(self, double *acc, Py_ssize_t C, uint64_t key) noexcept nogil:
        """Add the weights of n-gram ``key`` (when in the vocabulary) to ``acc`` (``C``: the stride; the padding
        adds zeros to the scratch past the classes); 1 (one more n-gram)."""
        cdef int32_t r = self._row(key)
        cdef Py_ssize_t k
        cdef const float *row
        if r >= 0:
            row = self.w + <Py_ssize_t>r * C
            if C == 16:  # the common width (up to 16 classes): a fixed loop the compiler unrolls
                for k in range(16):
                    acc[k] += row[k]
            else:
                for k in range(C):
                    acc[k] += row[k]
        return 1

    cdef void _unit(self, const uint32_t *cps, Py_ssize_t s, Py_ssize_t e, double *acc, float *out) noexcept nogil:
        """The logits of the unit ``cps[s:e]`` into ``out`` (``acc``: scratch of ``stride`` doubles)."""
        cdef Py_ssize_t C = self.stride, p, k
        cdef uint64_t c0, c1, c2
        cdef int64_t total = 0
        cdef double scale
        for k in range(C):
            acc[k] = 0.0
        for p in range(s, e):
            c0 = cps[p]
            if c0 == 0:
                continue
            total += self._add(acc, C, c0)
            if p + 1 < e and cps[p + 1] != 0:
                c1 = cps[p + 1]
                total += self._add(acc, C, c0 | (c1 << 21))
                if p + 2 < e and cps[p + 2] != 0:
                    c2 = cps[p + 2]
                    total += self._add(acc, C, c0 | (c1 << 21) | (c2 << 42))
        scale = 1.0 / sqrt(<double>total) if total > 0 else 0.0
        for k in range(self.n_classes):
            out[k] = <float>(self.bias[k] + acc[k] * scale)

    def logits(self, const uint32_t[::1] cps, const int64_t[::1] starts, const int64_t[::1] ends):
        """``[n_units, n_classes]`` float32: unit ``u`` is ``cps[starts[u]:ends[u]]`` (compacted code
        points; 0 separates, no n-gram spans it)."""
        import numpy as np
        cdef Py_ssize_t n = starts.shape[0], C = self.n_classes, u
        out_arr = np.empty((n, C), dtype=np.float32)
        cdef float[:, ::1] out = out_arr
        cdef Py_ssize_t ncp = cps.shape[0]
        cdef double *acc = <double *>malloc(self.stride * sizeof(double))
        if acc == NULL:
            raise MemoryError()
        try:
            with nogil:
                for u in range(n):
                    if starts[u] < 0 or ends[u] > ncp or starts[u] > ends[u]:
                        with gil:
                            raise IndexError("unit out of range")
                    self._unit(&cps[0] if ncp else NULL, starts[u], ends[u], acc, &out[u, 0])
        finally:
            free(acc)
        return out_arr

    def logits_lists(self, const uint32_t[::1] cps, list starts, list ends, list columns, list bars):
        """:meth:`logits` without NumPy, for a few units: one list per unit of the float32 logits (as Python
        floats) of the classes ``columns``, and the ``(unit, k)`` pairs, unit by unit, where the logit of
        ``columns[k]`` reaches ``bars[k]``."""
        cdef Py_ssize_t n = len(starts), C = self.n_classes, u, k, m = len(columns)
        cdef double v
        if len(bars) != m:
            raise ValueError("one bar per column")
        hot = []
        cdef double *acc = <double *>malloc(self.stride * sizeof(double))
        cdef float *row = <float *>malloc(C * sizeof(float))
        cdef Py_ssize_t s, e
        if acc == NULL or row == NULL:
            free(acc)
            free(row)
            raise MemoryError()
        for k in range(m):
            if not 0 <= columns[k] < C:
                free(acc)
                free(row)
                raise IndexError("class column out of range")
        out = []
        try:
            for u in range(n):
                s = starts[u]
                e = ends[u]
                if s < 0 or e > cps.shape[0] or s > e:
                    raise IndexError("unit out of range")
                self._unit(&cps[0] if cps.shape[0] else NULL, s, e, acc, row)
                vals = [row[<Py_ssize_t>columns[k]] for k in range(m)]
                for k in range(m):
                    v = vals[k]
                    if v >= <double>bars[k]:
                        hot.append((u, k))
                out.append(vals)
        finally:
            free(acc)
            free(row)
        return out, hot


cdef inline bint _clause_break(uint32_t c) noexcept nogil:
    # the clause punctuation of semantic.py, folded (，！？；～ fold to ,!?;~) and as written
    return (c == 0x2C or c == 0x2E or c == 0x21 or c == 0x3F or c == 0x3B or c == 0x7E or c == 0x0A
            or c == 0x3002 or c == 0xFF0C or c == 0xFF01 or c == 0xFF1F or c == 0xFF1B or c == 0xFF5E)


cdef inline bint _space(uint32_t c) noexcept nogil:
    # str.isspace()
    return ((0x09 <= c <= 0x0D) or (0x1C <= c <= 0x20) or c == 0x85 or c == 0xA0 or c == 0x1680
            or (0x2000 <= c <= 0x200A) or c == 0x2028 or c == 0x2029 or c == 0x202F or c == 0x205F
            or c == 0x3000)


cdef inline bint _han(uint32_t c) noexcept nogil:
    return 0x3400 <= c <= 0x9FFF


cdef inline Py_ssize_t _han_count(const uint32_t[::1] ccps, Py_ssize_t a, Py_ssize_t b) noexcept nogil:
    cdef Py_ssize_t n = 0, i
    for i in range(a, b):
        if _han(ccps[i]):
            n += 1
    return n


def clause_units_arrays(const uint32_t[::1] folded, const uint8_t[::1] keep, const uint32_t[::1] ccps,
                 const int64_t[::1] starts, const int64_t[::1] lens, Py_ssize_t max_chars,
                 Py_ssize_t min_chars, Py_ssize_t min_han):
    """The units of every message of a batch: its clauses (split at clause punctuation, blanks
    trimmed, at least ``min_chars`` compacted characters of which ``min_han`` Chinese), then the whole
    message (its first ``max_chars`` characters) unless exactly one clause qualified.

    ``folded`` / ``keep`` are the joined folded code points and the keep mask of the batch,
    ``ccps`` the joined compacted code points (the kept ones, in order).  Returns five int64 arrays —
    the message of each unit, its start and end in the message, its range in ``ccps`` — and a uint8
    array marking the whole-message units, as ``array`` objects with room to spare, and the number of units
    ``k`` (their first ``k`` items are the units)."""
    cdef Py_ssize_t m, n_msg = starts.shape[0], base, end, i, s, e, cpos, cs, ce, n_cl, k = 0
    cdef Py_ssize_t cap = n_msg * 2 + 16, seg_c0, seg_start
    cdef array.array msg_a = array.clone(_I64, cap, zero=True), s_a = array.clone(_I64, cap, zero=True)
    cdef array.array e_a = array.clone(_I64, cap, zero=True), cs_a = array.clone(_I64, cap, zero=True)
    cdef array.array ce_a = array.clone(_I64, cap, zero=True), w_a = array.clone(_U8, cap, zero=True)
    cdef int64_t[::1] om = msg_a, os = s_a, oe = e_a, ocs = cs_a, oce = ce_a
    cdef uint8_t[::1] ow = w_a
    cpos = 0
    cdef Py_ssize_t prev = 0
    for m in range(n_msg):
        base = starts[m]
        # kept characters between the end of the previous message and this one (the joining '\n')
        for i in range(prev, base):
            if keep[i]:
                cpos += 1
        end = base + (lens[m] if lens[m] < max_chars else max_chars)
        seg_c0 = cpos
        n_cl = 0
        i = base
        while i < end:
            # one clause: [i, j) of non-break characters
            while i < end and _clause_break(folded[i]):
                if keep[i]:
                    cpos += 1
                i += 1
            if i >= end:
                break
            s = i
            cs = cpos
            while i < end and not _clause_break(folded[i]):
                if keep[i]:
                    cpos += 1
                i += 1
            e = i
            ce = cpos
            while s < e and _space(folded[s]):
                if keep[s]:
                    cs += 1
                s += 1
            while e > s and _space(folded[e - 1]):
                if keep[e - 1]:
                    ce -= 1
                e -= 1
            if ce - cs >= min_chars and _han_count(ccps, cs, ce) >= min_han:
                if k + 2 > cap:
                    cap *= 2
                    msg_a = _grown(msg_a, cap, k, 8); s_a = _grown(s_a, cap, k, 8); e_a = _grown(e_a, cap, k, 8)
                    cs_a = _grown(cs_a, cap, k, 8); ce_a = _grown(ce_a, cap, k, 8); w_a = _grown(w_a, cap, k, 1)
                    om = msg_a; os = s_a; oe = e_a; ocs = cs_a; oce = ce_a; ow = w_a
                om[k] = m; os[k] = s - base; oe[k] = e - base; ocs[k] = cs; oce[k] = ce; ow[k] = 0
                k += 1
                n_cl += 1
        # the rest of the message beyond max_chars still moves the compact position
        prev = end
        if n_cl != 1 and cpos - seg_c0 >= 1 and _han_count(ccps, seg_c0, cpos) >= min_han:
            if k + 1 > cap:
                cap *= 2
                msg_a = _grown(msg_a, cap, k, 8); s_a = _grown(s_a, cap, k, 8); e_a = _grown(e_a, cap, k, 8)
                cs_a = _grown(cs_a, cap, k, 8); ce_a = _grown(ce_a, cap, k, 8); w_a = _grown(w_a, cap, k, 1)
                om = msg_a; os = s_a; oe = e_a; ocs = cs_a; oce = ce_a; ow = w_a
            om[k] = m; os[k] = 0; oe[k] = end - base; ocs[k] = seg_c0; oce[k] = cpos; ow[k] = 1
            k += 1
    return k, msg_a, s_a, e_a, cs_a, ce_a, w_a


def clause_units(folded, keep, ccps, starts, lens, Py_ssize_t max_chars, Py_ssize_t min_chars, Py_ssize_t min_han):
    """:func:`clause_units_arrays` as five int64 NumPy arrays and a bool array (the batch path)."""
    import numpy as np
    k, *out = clause_units_arrays(folded, keep, ccps, starts, lens, max_chars, min_chars, min_han)
    *ints, w = [np.frombuffer(a, dtype=np.int64 if a.typecode == "q" else np.uint8, count=k) for a in out]
    return (*ints, w.view(np.bool_))


include "_batch_mask.pxi"
include "_batch_one.pxi"
include "_fold_one.pxi"
include "_hit_edges.pxi"
include "_scan_one.pxi"
include "_word_trie.pxi"
