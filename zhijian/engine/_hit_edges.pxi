# Included by _batch_core.pyx before _scan_one.pxi: where a hit may stand — a Latin word's edges (``matcher._latin_code``)
# and a rule's boundary (``matcher._boundary_ok``), the same tests in the same order as the Python functions
# (tests/test_scan_hits.py holds them together through ``hit_edges``).

from cpython.unicode cimport Py_UNICODE_ISALNUM, Py_UNICODE_ISSPACE

cdef enum:  # a rule's boundary (p_bound): matcher._boundary_ok
    _B_NONE = 0
    _B_START = 1
    _B_END = 2
    _B_BOTH = 3
    _B_EITHER = 4
    _B_OTHER = 5   # (an unknown kind: read in Python)



cdef inline bint _ascii_alnum(Py_UCS4 c) noexcept:
    return (0x30 <= c <= 0x39) or (0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A)


cdef inline bint _slot_char(Py_UCS4 c) noexcept:
    """``[^\\[\\]\\s]`` of matcher._SLOT (Python's ``\\s``: str.isspace)."""
    return c != 0x5B and c != 0x5D and not Py_UNICODE_ISSPACE(c)


cdef bint _slot_from(str t, Py_ssize_t n, Py_ssize_t a, Py_ssize_t end) noexcept:
    """Does ``matcher._SLOT`` (``\\[[^\\[\\]\\s]{1,6}x\\]``) match at ``a`` (ending exactly at ``end`` unless it is -1)?"""
    cdef Py_ssize_t k
    if a < 0 or a >= n or t[a] != u"[":
        return False
    for k in range(1, 7):  # k characters of the class, then x]
        if a + k >= n or not _slot_char(t[a + k]):
            return False
        if a + k + 2 < n and t[a + k + 1] == u"x" and t[a + k + 2] == u"]" and (end < 0 or a + k + 3 == end):
            return True
    return False


cdef bint _latin_code(str t, Py_ssize_t s, Py_ssize_t e, bint start, bint end, tuple after, tuple before) except -1:
    """``matcher._latin_code`` (the same tests, the same order)."""
    cdef Py_ssize_t n = len(t), lo, stop, a
    cdef Py_UCS4 c
    if start and s > 0:
        c = t[s - 1]
        if _ascii_alnum(c) or c == u"&" or (c == u"_" and s - 2 >= 0 and _ascii_alnum(t[s - 2])):
            return True
        # _SLOT_BEFORE.search(t[max(0, s - 9):s]): a slot ending at the window's end (or before its final newline)
        lo = s - 9 if s > 9 else 0
        for stop in range(s, s - 2, -1):  # (s, then s - 1)
            if stop < s and t[s - 1] != u"\n":
                break
            for a in range(stop - 4, lo - 1, -1):
                if _slot_from(t, n, a, stop):
                    return True
    if end and e < n:
        c = t[e]
        if _ascii_alnum(c) or c == u"&" or (c == u"_" and e + 1 < n and _ascii_alnum(t[e + 1])):
            return True
        if c == u"-":  # pattern_table.model_joint: -(?:[0-9]{1,5}(?![0-9])|[a-z]{1,2}[0-9]{1,3}(?![0-9a-z_]))
            a = e + 1
            while a < n and 0x30 <= <Py_UCS4>t[a] <= 0x39:
                a += 1
            if 1 <= a - e - 1 <= 5:
                return True
            a = e + 1
            while a < n and 0x61 <= <Py_UCS4>t[a] <= 0x7a:
                a += 1
            if 1 <= a - e - 1 <= 2:
                b = a
                while b < n and 0x30 <= <Py_UCS4>t[b] <= 0x39:
                    b += 1
                if 1 <= b - a <= 3 and not (b < n and (0x61 <= <Py_UCS4>t[b] <= 0x7a or <Py_UCS4>t[b] == 0x5f)):
                    return True
        if _slot_from(t, n, e, -1):
            return True
    if t.find(u"&", s, e) >= 0:
        return True
    if end and t.startswith(after, e):
        return True
    return start and t.endswith(before, 0, s)


cdef bint _boundary_ok(int kind, str t, Py_ssize_t s, Py_ssize_t e, str particles) except -1:
    """``matcher._boundary_ok`` for the kinds it names (not _B_OTHER)."""
    cdef bint before, after
    cdef Py_ssize_t n = len(t)
    if kind == _B_NONE:
        return True
    before = s == 0 or not Py_UNICODE_ISALNUM(t[s - 1])
    after = e >= n or not Py_UNICODE_ISALNUM(t[e]) or t[e] in particles
    if kind == _B_START:
        return before
    if kind == _B_END:
        return after
    if kind == _B_BOTH:
        return before and after
    return before or after


def hit_edges(str folded, Py_ssize_t s, Py_ssize_t e, bint start, bint end, str boundary):
    """``(matcher._latin_code(folded, s, e, start, end), matcher._boundary_ok(boundary, folded, s, e))`` as the hit loop
    computes them (for the tests that hold the two to the Python functions)."""
    from zhijian.engine.disguise_guards import _SERIES_AFTER, _SERIES_BEFORE
    from zhijian.engine.matcher import PARTICLES
    kinds = {"none": _B_NONE, "start": _B_START, "end": _B_END, "both": _B_BOTH, "either": _B_EITHER}
    if not 0 <= s <= e <= len(folded):
        raise IndexError("span out of the text")
    return (_latin_code(folded, s, e, start, end, tuple(_SERIES_AFTER), tuple(_SERIES_BEFORE)),
            _boundary_ok(kinds[boundary], folded, s, e, "".join(sorted(PARTICLES))))
