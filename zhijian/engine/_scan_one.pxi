# Included by _batch_core.pyx (one compiled module): the hit loop of ``matcher.scan`` for one message — automaton hits
# -> the rows of their patterns -> each rule's word-group spans, the exception and ``unless`` spans -> the rules that
# can still make a finding.  ``scan_reference.scan`` is the Python form it must equal (tests/test_scan_hits.py).

from cpython.list cimport PyList_GET_ITEM, PyList_GET_SIZE
from cpython.tuple cimport PyTuple_GET_ITEM
from libc.stdlib cimport realloc

# flags of a row's entries
cdef enum:
    _WORDS = 1     # a rule's kind (ScanTable.kind): its word-group spans are its candidates
    _GATED = 2     # ... its regex needs words

cdef enum:
    _GROUP = 1     # a word-group entry (``group`` its group)
    _PLAIN = 2     # ... whose hit written without separators needs no other test (ruleset.hit_row's ``plain``)
    _EXC = 4       # an exception entry (else a qualifier, ``unless``)
    _ALWAYS = 8    # an exception / qualifier entry read whatever the message hit (shop exemptions, plan rules)
    _GUARDED = 16  # a word-group entry with a derived form's guard (matcher._hit_span reads it in Python)
    _LSTART = 32   # ... a Latin word's start edge (matcher._latin_code)
    _LEND = 64     # ... its end edge
    _CONTIG = 128  # ... a form of a contiguous generator (counts only written together)


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
    cdef uint8_t *kind     # rule -> _WORDS / _GATED / 0 (see ``_rule_kinds``)
    cdef list terms        # rule -> what its regex needs (``Ruleset.rule_gate``), for the _GATED ones
    cdef uint8_t *p_bound  # the entry's rule's boundary (_B_*)
    cdef const int64_t[::1] n_groups  # rule -> its number of word groups (Ruleset.rule_groups)
    cdef uint8_t *gaps     # rule -> its ``gaps`` (skipped characters allowed inside a hit)
    cdef list literals     # pattern -> its word (Ruleset.literals)
    cdef str particles     # matcher.PARTICLES
    cdef tuple series_after, series_before  # disguise_guards._SERIES_AFTER / _SERIES_BEFORE

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
        self.p_bound = <uint8_t *>malloc(self.cap)
        if (self.off == NULL or self.n_grp == NULL or self.n_pend == NULL or self.simple == NULL or self.p_rule == NULL
                or self.p_group == NULL or self.p_k == NULL or self.p_flag == NULL or self.p_bound == NULL):
            raise MemoryError()
        from zhijian.engine.disguise_guards import _SERIES_AFTER, _SERIES_BEFORE
        from zhijian.engine.matcher import PARTICLES
        self.particles = "".join(sorted(PARTICLES))
        self.series_after, self.series_before = tuple(_SERIES_AFTER), tuple(_SERIES_BEFORE)
        cdef Py_ssize_t i
        for i in range(self.npid + 1):
            self.off[i] = -1
        self.kind = <uint8_t *>calloc(self.n_rules + 1, 1)
        if self.kind == NULL:
            raise MemoryError()
        self.terms = [None] * self.n_rules
        self.n_groups = rs.rule_groups
        self.literals = rs.literals
        self.gaps = <uint8_t *>calloc(self.n_rules + 1, 1)
        if self.gaps == NULL:
            raise MemoryError()
        for i in range(self.n_rules):
            self.gaps[i] = bool(rs.rules[i].gaps)
        self._rule_kinds()

    cdef int _rule_kinds(self) except -1:
        """Which live rules the hit loop settles itself when given the text's word gates (``held``): a rule of one
        word group with no regex and no clause filter (``_WORDS``: its spans, once its exceptions are set aside and
        it has no qualifier span, are its candidates, as ``matcher.rule_spans`` makes them), and a rule whose regex
        needs words (``_GATED``: not live where they are missing; ``rule_spans`` would find nothing)."""
        from zhijian.engine.clause_context import FILTERS
        rs = self.rs
        gates = getattr(rs, "rule_gate", {})
        cdef Py_ssize_t ri
        for ri in range(self.n_rules):
            if ri in rs.regexes:
                if gates.get(ri) is not None:
                    self.kind[ri] = _GATED
                    self.terms[ri] = gates[ri]
            elif rs.n_groups[ri] == 1 and not any(rs.params[ri].get(name) for name in FILTERS):
                self.kind[ri] = _WORDS
        return 0

    def __dealloc__(self):
        free(self.kind); free(self.gaps)
        free(self.off); free(self.n_grp); free(self.n_pend); free(self.simple)
        free(self.p_rule); free(self.p_group); free(self.p_k); free(self.p_flag); free(self.p_bound)

    cdef int _make(self, Py_ssize_t pid) except -1:
        """Add the row of pattern ``pid`` (its entries read in Python first; then added without a Python call)."""
        from zhijian.engine.pattern_table import EXCEPTION, GROUP
        rs = self.rs
        grp, pend = [], []
        bounds = {"none": _B_NONE, "start": _B_START, "end": _B_END, "both": _B_BOTH, "either": _B_EITHER}
        for k, e in enumerate(rs.entries[pid]):
            if e.role == GROUP:
                if e.rule < 0:
                    raise ValueError("a word-group entry names no rule")
                plain = not (e.guard or e.latin_start or e.latin_end) and rs.rules[e.rule].boundary == "none"
                grp.append((e.rule, e.group, k, _GROUP | (_PLAIN if plain else 0) | (_GUARDED if e.guard else 0)
                            | (_LSTART if e.latin_start else 0) | (_LEND if e.latin_end else 0)
                            | (_CONTIG if e.contiguous else 0),
                            bounds.get(rs.rules[e.rule].boundary, _B_OTHER)))
            else:
                always = e.rule < 0 or e.rule in rs.plan_rules
                pend.append((e.rule, 0, k, (_EXC if e.role == EXCEPTION else 0) | (_ALWAYS if always else 0), 0))
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
            self.p_bound = <uint8_t *>_realloc(self.p_bound, c)
            self.cap = c
        j = self.used
        for t in grp + pend:
            self.p_rule[j] = t[0]; self.p_group[j] = t[1]; self.p_k[j] = t[2]; self.p_flag[j] = t[3]
            self.p_bound[j] = t[4]
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


cdef inline bint _has_rule(_Buf *b, int32_t k, int64_t ri) noexcept:
    """Is a record of rule ``ri`` in the chain from ``k``?"""
    while k >= 0:
        if b.v[4 * k] == ri:
            return True
        k = b.nxt[k]
    return False


cdef list _spans(_Buf *b, int32_t k):
    out = []
    while k >= 0:
        out.append((b.v[4 * k + 2], b.v[4 * k + 3]))
        k = b.nxt[k]
    return out


cdef int _exact_plain(str folded, Py_ssize_t s, Py_ssize_t e, str word) except -1:
    """``matcher._exact`` of a pattern written only as its own word: ``folded[s:e]``, ordinal fillers left out,
    is ``word``."""
    cdef Py_ssize_t i, k = 0, n = len(word)
    cdef Py_UCS4 c
    for i in range(s, e):
        c = folded[i]
        if c == 0x2060:  # normalize.ORDINAL_FILLER
            continue
        if k >= n or c != word[k]:
            return False
        k += 1
    return k == n


cdef bint _gaps_ok(const Py_ssize_t *idx, Py_ssize_t cs, Py_ssize_t ce, str folded) except -1:
    """``matcher._gaps_ok``: at most MAX_GAP skipped characters between two matched ones, none across a change of
    script, and a two-character word not joined across a sentence end."""
    cdef Py_ssize_t prev = idx[cs], cur, k, gap, p
    cdef bint two = ce - cs == 2
    cdef Py_UCS4 c
    for k in range(cs + 1, ce):
        cur = idx[k]
        gap = cur - prev - 1
        if gap:
            if gap > 4:  # matcher.MAX_GAP
                return False
            if (<Py_UCS4>folded[prev] < 128) != (<Py_UCS4>folded[cur] < 128):
                return False
            if two:
                for p in range(prev + 1, cur):
                    c = folded[p]
                    if c in u"。！？!?；;\u3002\uff61":  # matcher._SENTENCE_END
                        return False
        prev = cur
    return True


cdef int _settle(ScanTable t, Py_ssize_t q, bint together, str folded, Py_ssize_t s, Py_ssize_t e,
                 Py_ssize_t pid=-1, Py_ssize_t cs=0, Py_ssize_t ce=0, const Py_ssize_t *cmap=NULL) except -2:
    """Entry ``q``'s hit at [s, e) (``together``: written without separators): 1 its span is [s, e), 0 it is dropped,
    -1 ``matcher._hit_span`` decides (in Python).  Settled here: a plain entry's hit written together, and, given the
    folded text, an unguarded entry's hit, by its separators (given pattern ``pid``, its compact span and the compact
    -> original map: a contiguous form's, or the gaps of a pattern written only as its word), its Latin word edges
    and its rule's boundary."""
    cdef uint8_t fl = t.p_flag[q]
    if together and fl & _PLAIN:
        return 1
    if folded is None or fl & _GUARDED or t.p_bound[q] == _B_OTHER:
        return -1
    if not together:
        if fl & _CONTIG:
            return 0
        if cmap == NULL or pid < 0 or not t.simple[pid]:
            return -1
        if not _exact_plain(folded, s, e, <str?>t.literals[pid]) and (
                not t.gaps[t.p_rule[q]] or not _gaps_ok(cmap, cs, ce, folded)):
            return 0
    if fl & (_LSTART | _LEND) and _latin_code(folded, s, e, fl & _LSTART, fl & _LEND, t.series_after,
                                               t.series_before):
        return 0
    return 1 if _boundary_ok(t.p_bound[q], folded, s, e, t.particles) else 0


def scan_hits(ScanTable t, list hits, idx, whole, n_groups, hit_span, exact, bytes held=None, str folded=None):
    """The hit loop of ``scan_reference.scan`` for one message.  ``hits``: the automaton's ``(pattern, compact
    start, compact end)`` with ``idx`` (compact -> original position: ``Normalised.index`` as a list, or the keep
    flags ``Normalised.keep_flags``, whose kept positions it lists), or already mapped ``(pattern, cs, ce, start,
    end)`` with ``idx`` None (the batch scan); ``whole``: the whole-message rules the message is; ``n_groups``: each
    rule's number of word groups (None: the ruleset's, read once by the table); ``hit_span(pid, k, cs, ce, start,
    end)``: the span of entry ``k`` of the pattern or None (``matcher._hit_span``), called only where ``_settle``
    does not decide (given the ``folded`` text it tests Latin word edges, boundaries and, given the keep flags, the
    separators of a pattern written only as its word, as ``_hit_span`` does; a guarded entry and a separated hit of a
    pattern with other spellings go to Python); ``exact(pid, start, end)``: ``matcher._exact``, likewise.

    Returns ``(live, exc, unless, global_exc, cands)``: ``live`` the rules with a span in every word group once their
    exceptions are set aside, as ``(rule, [spans of group 0, group 1, …])`` in the order their first span was noted;
    ``exc`` / ``unless`` each rule's exception / qualifier spans (a dict of lists, rules with none left out);
    ``global_exc`` the exceptions of every rule.  With ``held`` (the word gates of the folded text,
    ``Ruleset.word_gates``), the rules ``ScanTable`` reads as settled here are left out of ``live``: a rule whose
    regex needs words ``held`` lacks (no candidate), and a one-group word rule without a qualifier span, whose spans
    are its candidates ``(rule, start, end)``, listed in ``cands``; without it, ``cands`` is empty."""
    cdef Py_ssize_t nh = PyList_GET_SIZE(hits), nr = t.n_rules, i, j, a, b, g
    cdef Py_ssize_t pid, cs, ce, os_, oe, ri, nlive = 0, nmap = 0
    cdef bint mapped = idx is None, together, any_todo, by_flags = isinstance(idx, bytes)
    cdef uint8_t fl
    cdef int64_t s, e
    cdef tuple h
    cdef const unsigned char *hb = NULL
    cdef Py_ssize_t nhb = 0
    cdef const char *kf
    cdef Py_ssize_t *cmap = NULL
    if held is not None:
        hb = <const unsigned char *>PyBytes_AS_STRING(held)
        nhb = len(held)
    if nh == 0:
        return [], {}, {}, [], []
    if not mapped and not by_flags and not isinstance(idx, list):
        raise TypeError("idx: a list, the keep flags (bytes) or None")
    cdef const int64_t[::1] ng
    if n_groups is None:
        ng = t.n_groups
    else:
        ng = n_groups
    if ng.shape[0] < nr:
        raise ValueError("one number of groups per rule")
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
        if by_flags:  # compact position -> original position: the kept positions, in order (Normalised.index)
            kf = PyBytes_AS_STRING(idx)
            cmap = <Py_ssize_t *>malloc((len(idx) + 1) * sizeof(Py_ssize_t))
            if cmap == NULL:
                raise MemoryError()
            for i in range(len(idx)):
                if kf[i]:
                    cmap[nmap] = i
                    nmap += 1
        # the hits, mapped to original offsets; every pattern's row made
        for i in range(nh):
            h = <tuple><object>PyList_GET_ITEM(hits, i)
            pid = <object>PyTuple_GET_ITEM(h, 0)
            cs = <object>PyTuple_GET_ITEM(h, 1)
            ce = <object>PyTuple_GET_ITEM(h, 2)
            if mapped:
                os_ = <object>PyTuple_GET_ITEM(h, 3)
                oe = <object>PyTuple_GET_ITEM(h, 4)
            elif by_flags:
                if not 0 <= cs < ce <= nmap:
                    raise IndexError("hit out of the compact text")
                os_ = cmap[cs]
                oe = cmap[ce - 1] + 1
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
                g = _settle(t, a + j, together, folded, os_, oe, pid, cs, ce, cmap)
                if g == 1:
                    s = os_; e = oe
                elif g == 0:
                    continue
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
                together = oe - os_ == ce - cs
                a = t.off[pid]
                for j in range(t.n_grp[pid]):
                    g = t.p_group[a + j]
                    ri = t.p_rule[a + j]
                    if g == 0 or not is_live[ri]:
                        continue
                    b = _settle(t, a + j, together, folded, os_, oe, pid, cs, ce, cmap)
                    if b == 1:
                        _note(&sp, ri, g, os_, oe, &heads[4 * ri], &heads[4 * ri + 1])
                    elif b == -1:
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
            if not (oe - os_ == ce - cs and t.simple[pid]):
                if t.simple[pid] and folded is not None:
                    if not _exact_plain(folded, os_, oe, <str?>t.literals[pid]):
                        continue  # exceptions are real words: they never match disguised
                elif not exact(pid, os_, oe):
                    continue
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
        cands = []
        for i in range(nlive):
            ri = order[i]
            if hb != NULL and t.kind[ri] == _GATED and not _gates_pass(hb, nhb, <tuple?>t.terms[ri]):
                continue  # the words its regex needs are not in the text: no span
            if hb != NULL and t.kind[ri] == _WORDS and not _has_rule(&un, ul[0], ri):
                j = heads[4 * ri]  # its one group's spans are its candidates (matcher.rule_spans)
                while j >= 0:
                    s = sp.v[4 * j + 2]; e = sp.v[4 * j + 3]
                    if not (_hit_by(&ex, heads[4 * ri + 2], s, e) or _hit_by(&ex, gx[0], s, e)):
                        cands.append((ri, s, e))
                    j = sp.nxt[j]
                continue
            groups = [[] for _ in range(ng[ri])]
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
        return live, exc, unless, _spans(&ex, gx[0]), cands
    finally:
        free(hv); free(heads); free(order); free(is_live); free(cmap)
        free(sp.v); free(sp.nxt); free(ex.v); free(ex.nxt); free(un.v); free(un.nxt)
