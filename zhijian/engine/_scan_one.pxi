# Included by _batch_core.pyx (one compiled module): the hit loop of ``matcher.scan`` for one message — automaton hits
# -> the rows of their patterns -> each rule's word-group spans, the exception and ``unless`` spans -> the rules that
# can still make a finding.  ``scan_reference.scan`` is the Python form it must equal (tests/test_scan_hits.py).

from cpython.list cimport PyList_GET_ITEM, PyList_GET_SIZE
from cpython.tuple cimport PyTuple_GET_ITEM
from libc.stdlib cimport realloc

# flags of a row's entries
cdef enum:
    _GROUP = 1     # a word-group entry (``group`` its group)
    _PLAIN = 2     # ... whose hit written without separators needs no other test (ruleset.hit_row's ``plain``)
    _EXC = 4       # an exception entry (else a qualifier, ``unless``)
    _ALWAYS = 8    # an exception / qualifier entry read whatever the message hit (shop exemptions, plan rules)


cdef class ScanTable:
    """Each automaton pattern's entries as flat arrays, made on first meeting the pattern (a process meets few of
    them; ``Ruleset.hit_row`` is the Python form): its word-group entries ``(rule, group, plain)`` and its exception
    and qualifier entries ``(rule, is exception, always)``.  Rows are only ever added, each in one step under the GIL,
    so the table may be shared between threads."""

    cdef object rs
    cdef Py_ssize_t npid
    cdef readonly Py_ssize_t n_rules
    cdef int32_t *off      # pid -> first entry in the pools, -1: not made yet
    cdef int32_t *n_grp    # pid -> number of word-group entries (first in its stretch)
    cdef int32_t *n_pend   # pid -> number of exception / qualifier entries (after them)
    cdef uint8_t *simple   # pid -> its only exact spelling is its literal (not in ``exact_forms``)
    cdef int32_t *p_rule
    cdef int32_t *p_group
    cdef int32_t *p_k      # the entry's place in ``rs.entries[pid]`` (for the Python filters)
    cdef uint8_t *p_flag
    cdef Py_ssize_t used, cap

    def __init__(self, rs):
        self.rs = rs
        self.npid = len(rs.entries)
        self.n_rules = len(rs.rules)
        self.off = <int32_t *>malloc((self.npid + 1) * sizeof(int32_t))
        self.n_grp = <int32_t *>calloc(self.npid + 1, sizeof(int32_t))
        self.n_pend = <int32_t *>calloc(self.npid + 1, sizeof(int32_t))
        self.simple = <uint8_t *>calloc(self.npid + 1, 1)
        self.cap = 256
        self.used = 0
        self.p_rule = <int32_t *>malloc(self.cap * sizeof(int32_t))
        self.p_group = <int32_t *>malloc(self.cap * sizeof(int32_t))
        self.p_k = <int32_t *>malloc(self.cap * sizeof(int32_t))
        self.p_flag = <uint8_t *>malloc(self.cap)
        if (self.off == NULL or self.n_grp == NULL or self.n_pend == NULL or self.simple == NULL or self.p_rule == NULL
                or self.p_group == NULL or self.p_k == NULL or self.p_flag == NULL):
            raise MemoryError()
        cdef Py_ssize_t i
        for i in range(self.npid + 1):
            self.off[i] = -1

    def __dealloc__(self):
        free(self.off); free(self.n_grp); free(self.n_pend); free(self.simple)
        free(self.p_rule); free(self.p_group); free(self.p_k); free(self.p_flag)

    cdef int _make(self, Py_ssize_t pid) except -1:
        """Add the row of pattern ``pid`` (its entries read in Python first; then added without a Python call)."""
        from zhijian.engine.pattern_table import EXCEPTION, GROUP
        rs = self.rs
        grp, pend = [], []
        for k, e in enumerate(rs.entries[pid]):
            if e.role == GROUP:
                if e.rule < 0:
                    raise ValueError("a word-group entry names no rule")
                plain = not (e.guard or e.latin_start or e.latin_end) and rs.rules[e.rule].boundary == "none"
                grp.append((e.rule, e.group, k, _GROUP | (_PLAIN if plain else 0)))
            else:
                always = e.rule < 0 or e.rule in rs.plan_rules
                pend.append((e.rule, 0, k, (_EXC if e.role == EXCEPTION else 0) | (_ALWAYS if always else 0)))
        simple = pid not in rs.exact_forms
        if self.off[pid] >= 0:  # made meanwhile (another thread)
            return 0
        cdef Py_ssize_t n = len(grp) + len(pend), j, c
        if self.used + n > self.cap:
            c = self.cap
            while self.used + n > c:
                c *= 2
            self.p_rule = <int32_t *>_realloc(self.p_rule, c * sizeof(int32_t))
            self.p_group = <int32_t *>_realloc(self.p_group, c * sizeof(int32_t))
            self.p_k = <int32_t *>_realloc(self.p_k, c * sizeof(int32_t))
            self.p_flag = <uint8_t *>_realloc(self.p_flag, c)
            self.cap = c
        j = self.used
        for t in grp + pend:
            self.p_rule[j] = t[0]; self.p_group[j] = t[1]; self.p_k[j] = t[2]; self.p_flag[j] = t[3]
            j += 1
        self.n_grp[pid] = len(grp)
        self.n_pend[pid] = len(pend)
        self.simple[pid] = simple
        self.off[pid] = <int32_t>self.used
        self.used = j
        return 0


cdef void *_realloc(void *p, size_t size) except NULL:
    cdef void *q = realloc(p, size)
    if q == NULL:
        raise MemoryError()
    return q


cdef struct _Buf:  # spans noted: (rule, group, start, end), each rule's a chain (``nxt``) in the order noted
    int64_t *v
    int32_t *nxt
    Py_ssize_t n, cap


cdef int _note(_Buf *b, int64_t ri, int64_t g, int64_t s, int64_t e, int32_t *head, int32_t *tail) except -1:
    if b.n == b.cap:
        b.cap = b.cap * 2 if b.cap else 32
        b.v = <int64_t *>_realloc(b.v, b.cap * 4 * sizeof(int64_t))
        b.nxt = <int32_t *>_realloc(b.nxt, b.cap * sizeof(int32_t))
    cdef Py_ssize_t k = b.n
    b.v[4 * k] = ri; b.v[4 * k + 1] = g; b.v[4 * k + 2] = s; b.v[4 * k + 3] = e
    b.nxt[k] = -1
    if head[0] < 0:
        head[0] = <int32_t>k
    else:
        b.nxt[tail[0]] = <int32_t>k
    tail[0] = <int32_t>k
    b.n += 1
    return 0


cdef inline bint _hit_by(_Buf *b, int32_t k, int64_t s, int64_t e) noexcept:
    """Does a span of the chain from ``k`` overlap [s, e)?"""
    while k >= 0:
        if b.v[4 * k + 2] < e and s < b.v[4 * k + 3]:
            return True
        k = b.nxt[k]
    return False


cdef list _spans(_Buf *b, int32_t k):
    out = []
    while k >= 0:
        out.append((b.v[4 * k + 2], b.v[4 * k + 3]))
        k = b.nxt[k]
    return out


def scan_hits(ScanTable t, list hits, list idx, whole, const int64_t[::1] n_groups, hit_span, exact):
    """The hit loop of ``scan_reference.scan`` for one message.  ``hits``: the automaton's ``(pattern, compact
    start, compact end)`` with ``idx`` (compact -> original position, ``Normalised.index``), or already mapped
    ``(pattern, cs, ce, start, end)`` with ``idx`` None (the batch scan); ``whole``: the whole-message rules the
    message is; ``n_groups``: each rule's number of word groups; ``hit_span(pid, k, cs, ce, start, end)``: the span of
    entry ``k`` of the pattern or None (``matcher._hit_span``), called only where a plain hit written together does
    not settle it; ``exact(pid, start, end)``: ``matcher._exact``, likewise.

    Returns ``(live, exc, unless, global_exc)``: ``live`` the rules with a span in every word group once their
    exceptions are set aside, as ``(rule, [spans of group 0, group 1, …])`` in the order their first span was noted;
    ``exc`` / ``unless`` each rule's exception / qualifier spans (a dict of lists, rules with none left out);
    ``global_exc`` the exceptions of every rule."""
    cdef Py_ssize_t nh = PyList_GET_SIZE(hits), nr = t.n_rules, i, j, a, b, g
    cdef Py_ssize_t pid, cs, ce, os_, oe, ri, nlive = 0
    cdef bint mapped = idx is None, together, any_todo
    cdef uint8_t fl
    cdef int64_t s, e
    cdef tuple h
    if nh == 0:
        return [], {}, {}, []
    cdef int64_t *hv = <int64_t *>malloc(nh * 5 * sizeof(int64_t))
    cdef int32_t *heads = <int32_t *>malloc(4 * (nr + 1) * sizeof(int32_t))  # group spans, exceptions: head, tail
    cdef int32_t *order = <int32_t *>malloc((nr + 1) * sizeof(int32_t))
    cdef uint8_t *is_live = <uint8_t *>calloc(nr + 1, 1)
    cdef int32_t gx[2]  # the exceptions of every rule: head, tail
    cdef int32_t ul[2]  # qualifier spans (one chain; rule in the record)
    cdef _Buf sp, ex, un
    sp.v = NULL; sp.nxt = NULL; sp.n = 0; sp.cap = 0
    ex.v = NULL; ex.nxt = NULL; ex.n = 0; ex.cap = 0
    un.v = NULL; un.nxt = NULL; un.n = 0; un.cap = 0
    gx[0] = -1; gx[1] = -1; ul[0] = -1; ul[1] = -1
    try:
        if hv == NULL or heads == NULL or order == NULL or is_live == NULL:
            raise MemoryError()
        for i in range(4 * (nr + 1)):
            heads[i] = -1
        # the hits, mapped to original offsets; every pattern's row made
        for i in range(nh):
            h = <tuple><object>PyList_GET_ITEM(hits, i)
            pid = <object>PyTuple_GET_ITEM(h, 0)
            cs = <object>PyTuple_GET_ITEM(h, 1)
            ce = <object>PyTuple_GET_ITEM(h, 2)
            if mapped:
                os_ = <object>PyTuple_GET_ITEM(h, 3)
                oe = <object>PyTuple_GET_ITEM(h, 4)
            else:
                os_ = <object>PyList_GET_ITEM(idx, cs)
                oe = <Py_ssize_t>(<object>PyList_GET_ITEM(idx, ce - 1)) + 1
            if not 0 <= pid < t.npid:
                raise IndexError("pattern out of range")
            hv[5 * i] = pid; hv[5 * i + 1] = cs; hv[5 * i + 2] = ce; hv[5 * i + 3] = os_; hv[5 * i + 4] = oe
            if t.off[pid] < 0:
                t._make(pid)
        # group 0: every rule with a span there is live (pool entries read through ``t`` after each Python call:
        # another thread may have grown the pools meanwhile)
        for i in range(nh):
            pid = hv[5 * i]; cs = hv[5 * i + 1]; ce = hv[5 * i + 2]; os_ = hv[5 * i + 3]; oe = hv[5 * i + 4]
            together = oe - os_ == ce - cs
            a = t.off[pid]
            for j in range(t.n_grp[pid]):
                if t.p_group[a + j] != 0:
                    continue
                ri = t.p_rule[a + j]
                if together and t.p_flag[a + j] & _PLAIN:
                    s = os_; e = oe
                else:
                    got = hit_span(pid, t.p_k[a + j], cs, ce, os_, oe)
                    if got is None:
                        continue
                    s = got[0]; e = got[1]
                if not is_live[ri]:
                    is_live[ri] = 1
                    order[nlive] = <int32_t>ri
                    nlive += 1
                _note(&sp, ri, 0, s, e, &heads[4 * ri], &heads[4 * ri + 1])
        # the other groups, of live rules only
        if nlive:
            for i in range(nh):
                pid = hv[5 * i]; cs = hv[5 * i + 1]; ce = hv[5 * i + 2]; os_ = hv[5 * i + 3]; oe = hv[5 * i + 4]
                a = t.off[pid]
                for j in range(t.n_grp[pid]):
                    g = t.p_group[a + j]
                    ri = t.p_rule[a + j]
                    if g == 0 or not is_live[ri]:
                        continue
                    got = hit_span(pid, t.p_k[a + j], cs, ce, os_, oe)
                    if got is not None:
                        _note(&sp, ri, g, got[0], got[1], &heads[4 * ri], &heads[4 * ri + 1])
        # exceptions and qualifiers: only for the live rules, the whole-message rules the message is, and ``always``
        for ri in whole:
            if not 0 <= ri < nr:
                raise IndexError("rule out of range")
            if not is_live[ri]:
                is_live[ri] = 2
        for i in range(nh):
            pid = hv[5 * i]
            if t.n_pend[pid] == 0:
                continue
            cs = hv[5 * i + 1]; ce = hv[5 * i + 2]; os_ = hv[5 * i + 3]; oe = hv[5 * i + 4]
            a = t.off[pid] + t.n_grp[pid]
            any_todo = False
            for j in range(t.n_pend[pid]):
                ri = t.p_rule[a + j]
                if t.p_flag[a + j] & _ALWAYS or is_live[ri]:
                    any_todo = True
                    break
            if not any_todo:
                continue
            if not (oe - os_ == ce - cs and t.simple[pid]) and not exact(pid, os_, oe):
                continue  # exceptions are real words: they never match disguised
            a = t.off[pid] + t.n_grp[pid]
            for j in range(t.n_pend[pid]):
                ri = t.p_rule[a + j]
                fl = t.p_flag[a + j]
                if not (fl & _ALWAYS or is_live[ri]):
                    continue
                if fl & _EXC:
                    if ri < 0:
                        _note(&ex, -1, 0, os_, oe, &gx[0], &gx[1])
                    else:
                        _note(&ex, ri, 0, os_, oe, &heads[4 * ri + 2], &heads[4 * ri + 3])
                else:
                    _note(&un, ri, 0, os_, oe, &ul[0], &ul[1])
        # the live rules with a span in every group once their exceptions are set aside
        live = []
        for i in range(nlive):
            ri = order[i]
            groups = [[] for _ in range(n_groups[ri])]
            j = heads[4 * ri]
            while j >= 0:
                s = sp.v[4 * j + 2]; e = sp.v[4 * j + 3]
                if not (_hit_by(&ex, heads[4 * ri + 2], s, e) or _hit_by(&ex, gx[0], s, e)):
                    (<list>groups[sp.v[4 * j + 1]]).append((s, e))
                j = sp.nxt[j]
            if all(groups):
                live.append((ri, groups))
        exc = {}
        for i in range(ex.n):
            ri = ex.v[4 * i]
            if ri >= 0 and ri not in exc:
                exc[ri] = _spans(&ex, heads[4 * ri + 2])
        unless = {}
        j = ul[0]
        while j >= 0:
            ri = un.v[4 * j]
            unless.setdefault(ri, []).append((un.v[4 * j + 2], un.v[4 * j + 3]))
            j = un.nxt[j]
        return live, exc, unless, _spans(&ex, gx[0])
    finally:
        free(hv); free(heads); free(order); free(is_live)
        free(sp.v); free(sp.nxt); free(ex.v); free(ex.nxt); free(un.v); free(un.nxt)
