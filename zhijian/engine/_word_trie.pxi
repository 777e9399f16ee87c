# Included by _batch_core.pyx (one compiled module): many word gates tested in one pass over a message
# (``regex_gate.WordGates``, issue 14: the single check's plan gates and regex gates).  A trie of the gates' words in an
# open-addressing table, walked from every position of the text: a position costs one probe unless a word starts
# there.  (An ahocorasick-rs call costs ~3-5 µs of conversions on a short message; this walk a fraction of one.)


cdef struct _Edge:  # a slot of the trie's table: the edge (parent node, code point) + 1 (0: empty), the node it leads
    uint64_t key     # to, and where that node's gates start in ``gate_ids`` when a word ends there (-1: none) — one
    int32_t child    # 16-byte piece, so that a step reads one cache line
    int32_t word


cdef class WordTrie:
    """The words of ``gates`` (gate ``k`` holds where one of ``gates[k]`` occurs) as a trie; :meth:`held` marks the
    gates a text holds, :meth:`find` / :meth:`find_longest` find the words."""

    cdef _Edge *edges
    cdef uint64_t mask
    cdef int32_t *gate_ids  # per word: its number of gates, then the gates
    cdef readonly Py_ssize_t n_gates, n_nodes

    def __init__(self, list gates):
        cdef Py_ssize_t n_chars = 0, k, i, node, total = 0
        cdef uint64_t cap = 16, key, slot, last = 0
        cdef str w
        words: dict = {}
        for k in range(len(gates)):
            for w in gates[k]:
                if not w:
                    raise ValueError("a word gate holds an empty word")
                words.setdefault(w, []).append(k)
                n_chars += len(w)
        self.n_gates = len(gates)
        while cap < <uint64_t>(2 * n_chars + 2):
            cap <<= 1
        self.mask = cap - 1
        self.edges = <_Edge *>calloc(cap, sizeof(_Edge))
        for ks in words.values():
            total += len(ks) + 1
        self.gate_ids = <int32_t *>malloc((total + 1) * sizeof(int32_t))
        if self.edges == NULL or self.gate_ids == NULL:
            raise MemoryError()
        self.n_nodes = 1
        total = 0
        for w, ks in words.items():
            node = 0
            for i in range(len(w)):
                key = (<uint64_t>node << 21 | <uint64_t>(<Py_UCS4>w[i])) + 1
                slot = _mix(key) & self.mask
                while self.edges[slot].key != 0 and self.edges[slot].key != key:
                    slot = (slot + 1) & self.mask
                if self.edges[slot].key == 0:
                    self.edges[slot].key = key
                    self.edges[slot].child = <int32_t>self.n_nodes
                    self.edges[slot].word = -1
                    self.n_nodes += 1
                node = self.edges[slot].child
                last = slot
            self.edges[last].word = <int32_t>total  # (each node but the root has one edge into it)
            self.gate_ids[total] = <int32_t>len(ks)
            total += 1
            for k in ks:
                self.gate_ids[total] = <int32_t>k
                total += 1

    def __dealloc__(self):
        free(self.edges); free(self.gate_ids)

    cdef inline Py_ssize_t _step(self, Py_ssize_t node, uint32_t cp) noexcept nogil:
        """The slot of the edge from ``node`` by ``cp``, or -1."""
        cdef uint64_t key = (<uint64_t>node << 21 | cp) + 1
        cdef uint64_t slot = _mix(key) & self.mask
        cdef uint64_t k
        while True:
            k = self.edges[slot].key
            if k == key:
                return <Py_ssize_t>slot
            if k == 0:
                return -1
            slot = (slot + 1) & self.mask

    def held(self, str text):
        """One byte per gate, 1 where ``text`` holds one of its words (bytes of length ``n_gates``)."""
        cdef Py_ssize_t n = len(text), i, j, node, e, g, w
        cdef int kind = PyUnicode_KIND(text)
        cdef void *data = PyUnicode_DATA(text)
        out = PyBytes_FromStringAndSize(NULL, self.n_gates)
        cdef char *o = PyBytes_AS_STRING(out)
        for g in range(self.n_gates):
            o[g] = 0
        for i in range(n):
            node = 0
            j = i
            while j < n:
                e = self._step(node, PyUnicode_READ(kind, data, j))
                if e < 0:
                    break
                node = self.edges[e].child
                w = self.edges[e].word
                if w >= 0:
                    for g in range(w + 1, w + 1 + self.gate_ids[w]):
                        o[self.gate_ids[g]] = 1
                j += 1
        return out

    def find(self, str text):
        """Every occurrence of every word in ``text``, overlapping, as ``(its first gate, start, end)``, ordered by
        end, the longest first: what an Aho-Corasick automaton of the words reports (ahocorasick-rs,
        ``find_matches_as_indexes(text, overlapping=True)``; ``Ruleset.direct_hits`` is the reference)."""
        cdef Py_ssize_t n = len(text), i, j, node, k = 0, cap = 64, a, b, e, w
        cdef int kind = PyUnicode_KIND(text)
        cdef void *data = PyUnicode_DATA(text)
        cdef int64_t *buf = <int64_t *>malloc(cap * 3 * sizeof(int64_t))
        cdef int64_t t0, t1, t2
        if buf == NULL:
            raise MemoryError()
        try:
            for i in range(n):
                node = 0
                j = i
                while j < n:
                    e = self._step(node, PyUnicode_READ(kind, data, j))
                    if e < 0:
                        break
                    node = self.edges[e].child
                    w = self.edges[e].word
                    j += 1
                    if w >= 0:
                        if k == cap:
                            cap *= 2
                            buf = <int64_t *>_realloc(buf, cap * 3 * sizeof(int64_t))
                        buf[3 * k] = self.gate_ids[w + 1]
                        buf[3 * k + 1] = i
                        buf[3 * k + 2] = j
                        k += 1
            # by end, then by start (the longer first): an insertion sort, the hits come nearly in order
            for a in range(1, k):
                t0 = buf[3 * a]; t1 = buf[3 * a + 1]; t2 = buf[3 * a + 2]
                b = a - 1
                while b >= 0 and (buf[3 * b + 2] > t2 or (buf[3 * b + 2] == t2 and buf[3 * b + 1] > t1)):
                    buf[3 * b + 3] = buf[3 * b]; buf[3 * b + 4] = buf[3 * b + 1]; buf[3 * b + 5] = buf[3 * b + 2]
                    b -= 1
                buf[3 * b + 3] = t0; buf[3 * b + 4] = t1; buf[3 * b + 5] = t2
            return [(buf[3 * a], buf[3 * a + 1], buf[3 * a + 2]) for a in range(k)]
        finally:
            free(buf)

    def find_longest(self, str text):
        """The leftmost-longest occurrences, not overlapping, as ``(its first gate, start, end)``: what an
        Aho-Corasick automaton of the words built with ``MatchKind.LeftmostLongest`` reports."""
        cdef Py_ssize_t n = len(text), i = 0, j, node, best, best_end, e
        cdef int kind = PyUnicode_KIND(text)
        cdef void *data = PyUnicode_DATA(text)
        out = []
        while i < n:
            node = 0
            j = i
            best = -1
            best_end = i
            while j < n:
                e = self._step(node, PyUnicode_READ(kind, data, j))
                if e < 0:
                    break
                node = self.edges[e].child
                j += 1
                if self.edges[e].word >= 0:
                    best = self.edges[e].word
                    best_end = j
            if best >= 0:
                out.append((self.gate_ids[best + 1], i, best_end))
                i = best_end
            else:
                i += 1
        return out


cdef bint _gates_pass(const unsigned char *h, Py_ssize_t nh, tuple terms) except -1:
    cdef Py_ssize_t g
    cdef tuple term
    for term in terms:  # (each a tuple: checked by the assignment)
        for x in term:
            g = x
            if not 0 <= g < nh:
                raise IndexError("gate out of range")
            if not h[g]:
                break
        else:
            return True
    return False


def gates_pass(bytes held, tuple terms):
    """Does one of the alternatives ``terms`` (tuples of gates) have every gate in ``held`` (:meth:`WordTrie.held`)?"""
    return _gates_pass(<const unsigned char *>PyBytes_AS_STRING(held), len(held), terms)


def plan_todo(bytes held, list gates, Py_ssize_t length, str folded, str digits):
    """The plan entries the text may satisfy, by their ``Ruleset.plan_gates``: per entry, the gate of its gate's words
    (0: none), what its regex needs (or None), and a kind — 1: a length limit, kept only where the message is longer
    (``length``: its length) than the limit (the entry's fourth item); 2: four ``digits`` characters in a row
    (``detectors.DIGIT_RUN``) in ``folded``; 0: no other test here."""
    cdef const unsigned char *h = <const unsigned char *>PyBytes_AS_STRING(held)
    cdef Py_ssize_t nh = len(held), k, g
    cdef int has_run = -1
    cdef tuple entry
    out = []
    for k in range(len(gates)):
        entry = gates[k]  # (a tuple, checked: the module reads items unchecked)
        if len(entry) != 4:
            raise ValueError("a plan entry's gates are (gate, needs, kind, limit)")
        g = entry[0]
        if not 0 <= g < nh:
            raise IndexError("gate out of range")
        if g and not h[g]:
            continue
        if entry[1] is not None and not _gates_pass(h, nh, <tuple?>entry[1]):
            continue
        if entry[2] == 1 and length <= <Py_ssize_t>entry[3]:
            continue
        if entry[2] == 2:
            if has_run < 0:
                has_run = char_run(folded, digits, 4)
            if not has_run:
                continue
        out.append(k)
    return out


def char_run(str text, str chars, Py_ssize_t k):
    """Does ``text`` hold ``k`` characters of ``chars`` in a row (the regex ``[chars]{k}`` searched)?"""
    cdef Py_ssize_t n = len(text), m = len(chars), i, j, run = 0
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_UCS4 ch
    cdef uint32_t c
    cdef uint64_t lo = 0, hi = 0, bloom = 0  # ASCII members as bits; a filter of the others by their low 6 bits
    cdef bint member
    if k <= 0:
        return True
    for j in range(m):
        ch = chars[j]
        c = ch
        if c < 64:
            lo |= (<uint64_t>1) << c
        elif c < 128:
            hi |= (<uint64_t>1) << (c - 64)
        else:
            bloom |= (<uint64_t>1) << (c & 63)
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if c < 64:
            member = (lo >> c) & 1
        elif c < 128:
            member = (hi >> (c - 64)) & 1
        elif (bloom >> (c & 63)) & 1:
            member = False
            for j in range(m):
                ch = chars[j]
                if <uint32_t>ch == c:
                    member = True
                    break
        else:
            member = False
        if member:
            run += 1
            if run >= k:
                return True
        else:
            run = 0
    return False
