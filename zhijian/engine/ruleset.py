"""The compiled, read-only form of a pack composition: one automaton, plus indexes.

Every literal of every rule is folded and compacted exactly like message text, then put into ONE Aho-Corasick
automaton (ahocorasick-rs); each automaton pattern points at the (rule, role, group) entries that use it
(pattern_table.py).  A rule's other parts (regex, params, plan entry, whole forms: rule_compile.py) are compiled
beside it; references to the pack's word lists are expanded first (pack_refs.py).
"""

from __future__ import annotations

import hashlib
from array import array
from itertools import accumulate

from ahocorasick_rs import AhoCorasick

from zhijian.engine import disguise
from zhijian.engine.clause_context import FILTERS, ClauseFilter, filter_words
from zhijian.engine.disguise_guards import LEFT, RIGHT, edge_words
from zhijian.engine.lazy_regex import LazyRegex
from zhijian.engine.normalize import fold
from zhijian.engine.packs import Composition, disguise_emoji
from zhijian.engine.pattern_table import EXCEPTION, GROUP, UNLESS, Entry, PatternTable, word_groups
from zhijian.engine.plan_spans import RegexSpans
from zhijian.engine.regex_gate import WordGates, exact_literals, first_chars
from zhijian.engine.rule_compile import emoji_entry, params_of, plan_entry, regex_of, swaps_of, whole_forms
from zhijian.engine.rules import Rule

DIRECT_MAX_CHARS = 200  # a loaded ruleset looks a text this short up directly while its automaton is not built
DIRECT_LOOKUPS = 16  # … this many times; then it builds the automaton


def _csr(rows: list[list[tuple]], width: int) -> tuple[array, list[array]]:
    """Row pointers and one column array per tuple field."""
    return (array("q", accumulate(map(len, rows), initial=0)),
            [array("q", [t[k] for row in rows for t in row]) for k in range(width)])


class Ruleset:
    """The compiled, read-only form of a composition; safe to share between threads."""

    def __init__(self, comp: Composition):
        self.composition = comp
        self.rules: list[Rule] = list(comp.rules)
        self.limits = dict(comp.limits)
        self.regexes: dict[int, object] = {}
        self.regex_gates: dict[int, LazyRegex] = {}  # rule -> the words one of which its regex needs (regex_gate.py)
        self._regex_words: dict[int, tuple] = {}  # rule -> what its regex needs, as word sets (made into word_gates)
        self.whole: dict[str, list[int]] = {}
        self.symbols_only: list[int] = []
        # rules that need no automaton hit (detectors, regexes without patterns, length):
        # (rule index, gate, gate argument, folded text -> spans)
        self.plan: list[tuple] = []
        self.params: dict[int, dict] = {}
        self.swaps: dict[int, dict[str, str]] = {}  # rule -> {compact word: replacement}
        self.n_groups: list[int] = []
        self.index_of: dict[str, int] = {r.id: i for i, r in enumerate(self.rules)}
        self._emoji_table: dict[str, tuple[str, ...]] | None = None
        table = PatternTable(comp, self.rules)
        for ri, rule in enumerate(self.rules):
            self._compile_rule(ri, rule, table)
        table.add_all(tuple(comp.exempt) + tuple(comp.own_names), Entry(-1, EXCEPTION, 0, False, False), "exempt")
        self.disguised: dict[str, int] = table.disguised  # generator -> automaton words / emoji forms it added
        # a shop's rule-scoped exceptions (override ``exceptions:``), folded: looked up as they are in
        # the folded text, after matching, so they work for every rule kind (see matcher.scan)
        self.shop_exceptions: dict[str, tuple[str, ...]] = {
            rid: tuple(fold(w) for w in words) for rid, words in comp.rule_exceptions.items()}
        # one stretch, one reading (overlap.py): category -> the categories that are the better reading
        worse_than: dict[str, set[str]] = {}
        for better, worse in comp.precedence:
            worse_than.setdefault(worse, set()).add(better)
        self.worse_than: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in worse_than.items()}
        # rules that yield on one span to every other rule of their category (params ``catch_all``, overlap.resolve)
        self.catch_all: frozenset[str] = frozenset(r.id for r in self.rules if r.params.get("catch_all"))
        # rules reported only when nothing else is found in the message (params ``alone``, semantic.with_alone): by index
        # for the rule stage, by id for the stage after the model
        self.alone: frozenset[int] = frozenset(i for i, r in enumerate(self.rules) if r.params.get("alone"))
        self.alone_ids: frozenset[str] = frozenset(self.rules[i].id for i in self.alone)
        # same-sound forms never cut an ordinary word at their guarded edges (matcher._hit_span)
        # (kept as one string, made a set on first use: most processes never meet a guarded form, and
        # unpickling a set of ~56,000 words would cost every start ~20 ms)
        self._edge_text = ("\n".join(sorted(edge_words())) if any(
            e.guard & (LEFT | RIGHT) for ents in table.entries for e in ents) else "")
        self.literals: list[str] = list(table.pattern_ids)
        # each pattern's entries as one of ~200 shared tuples: a pickled ruleset refers to them instead of
        # carrying ~20,000 one-entry lists (a warm start reads it back ~10 ms sooner)
        shared: dict[tuple[Entry, ...], tuple[Entry, ...]] = {}
        self.entries: list[tuple[Entry, ...]] = [shared.setdefault(t, t) for t in map(tuple, table.entries)]
        self._lengths = sorted(set(map(len, self.literals)), reverse=True)  # of the direct lookups (find)
        self.automaton: AhoCorasick | None = None
        self.warm()  # built at once: the self-test runs next
        self._direct_left = DIRECT_LOOKUPS
        # the folded spellings behind each pattern (exceptions and unless words count only where the text has exactly
        # one of them), kept only where a pattern has other spellings than its own literal (a smaller pickle:
        # ~20,000 one-word sets cost a warm start ~25 ms)
        self.exact_forms: dict[int, frozenset[str]] = {
            pid: frozenset(forms) for pid, forms in table.exact_forms.items() if forms != {self.literals[pid]}}
        # per pattern, as CSR arrays (plain: a cached ruleset reads back without NumPy), for the batch scan: the (rule,
        # word group) pairs its hits count for (a combination rule's finding needs all its groups), and the rules (-1:
        # all) it is an exception of where an occurrence without separators is surely exact (第一 inside 第一时间)
        self.group_ptr, (self.group_rule, self.group_index) = _csr(
            [[(e.rule, e.group) for e in ents if e.role == GROUP] for ents in self.entries], 2)
        self.rule_groups = array("q", self.n_groups)
        self.exc_ptr, (self.exc_rule,) = _csr([[(e.rule,) for e in ents if e.role == EXCEPTION]
                                               if pid not in self.exact_forms else [] for pid, ents in enumerate(self.entries)], 1)
        # the single check's plan: the rules it holds, and one search that clears all its character gates at once
        self.plan_rules = frozenset(e[0] for e in self.plan)
        self.plan_chars = first_chars([e[2].pattern for e in self.plan if e[1] in ("chars", "chars_digit")])
        self._word_gates()
        self.version = self._version()

    def _word_gates(self) -> None:
        """The single check's gates as one ``WordGates`` (one compiled pass over the folded text tests them all).
        ``rule_gate``: rule -> what its regex needs (``regex_gate.needed_words``) as alternatives of gates, each
        gate one word set, as ``_batch_core.gates_pass`` reads them; ``plan_gates``, per plan entry: the gate of its
        gate's words (a ``chars`` / ``chars_digit`` / ``short`` gate that is exactly an alternation of words,
        ``regex_gate.exact_literals``; 0 for none: its regex is searched as before), what its regex needs (its
        ``rule_gate``, or None), and the tests ``_batch_core.plan_todo`` makes of a length limit (1, the limit) and
        of a digits gate (2).  A gate is its place in ``word_gates.held(text)``."""
        place: dict[tuple[str, ...], int] = {(): 0}  # (place 0: no gate)

        def gate(words) -> int:
            return place.setdefault(tuple(words), len(place)) if words else 0

        self.rule_gate: dict[int, tuple[tuple[int, ...], ...]] = {
            ri: tuple(tuple(gate(ws) for ws in term) for term in terms) for ri, terms in sorted(self._regex_words.items())}
        self.plan_gates: list[tuple[int, tuple | None, int, int]] = []
        for ri, kind, arg, spans_of in self.plan:
            rx = arg[1] if kind == "short" else arg
            words = exact_literals(rx.pattern, rx.flags) if isinstance(rx, LazyRegex) else None
            self.plan_gates.append((gate(words) if kind in ("chars", "chars_digit", "short") else 0,
                                    self.rule_gate.get(ri) if isinstance(spans_of, RegexSpans)
                                    and spans_of.rx is self.regexes.get(ri) else None,
                                    1 if kind == "length" else 2 if kind == "digits" else 0,
                                    arg if kind == "length" else 0))
        # a clause filter (clause_context.py) drops nothing where none of its context phrases, warnings or answers
        # can be in the text: what those patterns need, as one condition (None: no known words, always read)
        self.filter_gate: dict[tuple[int, str], tuple[tuple[int, ...], ...] | None] = {}
        for ri, params in sorted(self.params.items()):
            for name in FILTERS:
                flt = params.get(name)
                if isinstance(flt, ClauseFilter):
                    terms = filter_words(flt)
                    self.filter_gate[ri, name] = None if terms is None else tuple(
                        tuple(gate(ws) for ws in term) for term in terms)
        self.word_gates = WordGates(list(place))
        del self._regex_words

    @property
    def edge_words(self) -> frozenset[str]:
        words = self.__dict__.get("_edge_set")
        if words is None:
            words = self.__dict__["_edge_set"] = frozenset(self._edge_text.split("\n")) - {""}
        return words

    # -- finding the patterns ----------------------------------------------------------------------
    def find(self, text: str) -> list[tuple[int, int, int]]:
        """Every occurrence of every pattern in the compact ``text``, overlapping, as ``(pattern, start, end)``
        ordered by end, the longest first (the automaton's order).  A loaded ruleset builds its automaton
        (~50 ms for the shipped packs) only when a text is long or many were looked up: until then a short
        text is looked up directly, every substring of a pattern's length, which gives the same hits in
        the same order (``zhijian check "…"`` never pays for the automaton)."""
        ac = self.automaton
        if ac is None:
            if not self.literals or not text:
                return []
            if len(text) <= DIRECT_MAX_CHARS and self._direct_left > 0:
                self._direct_left -= 1
                return self.direct_hits(text)
            ac = self.automaton = AhoCorasick(self.literals)
        return ac.find_matches_as_indexes(text, overlapping=True)

    def find_one(self, text: str) -> list[tuple[int, int, int]]:
        """:meth:`find` for one message (``matcher.scan``): the same hits in the same order, from a compiled trie of
        the words (``_batch_core.WordTrie.find``, made on first use; an ahocorasick-rs call costs ~2 µs of
        conversions on a short message, the trie's walk ~1 µs); the first texts are looked up directly (:meth:`find`),
        so that ``zhijian check "…"`` builds neither."""
        trie = self.__dict__.get("_one_trie")
        if trie is None:
            if not self.literals or not text:
                return []
            if len(text) <= DIRECT_MAX_CHARS and self._direct_left > 0:
                self._direct_left -= 1
                return self.direct_hits(text)
            from zhijian.engine._batch_core import WordTrie

            trie = self.__dict__.setdefault("_one_trie", WordTrie([(w,) for w in self.literals]))
        return trie.find(text)

    @property
    def hit_rows(self) -> dict[int, tuple]:
        """Pattern -> its entries for ``matcher.scan`` as made by :meth:`hit_row` on first use (a process meets few of
        the patterns)."""
        rows = self.__dict__.get("_hit_rows")
        if rows is None:
            rows = self.__dict__["_hit_rows"] = {}
        return rows

    @property
    def scan_table(self):
        """The patterns' entries as the compiled hit loop reads them (``_batch_core.ScanTable``: rows made on first
        meeting a pattern, like :attr:`hit_rows`); not pickled."""
        table = self.__dict__.get("_scan_table")
        if table is None:
            from zhijian.engine._batch_core import ScanTable
            table = self.__dict__.setdefault("_scan_table", ScanTable(self))
        return table

    def hit_row(self, pid: int) -> tuple:
        """``hit_rows[pid]``, made now: ``(groups, always, by_rule)``.  ``groups``: its word-group entries as
        ``(entry, rule, role, group, plain)``, ``plain`` when a hit written without separators needs no other test (no
        guard, no Latin word edge, no boundary); its exception and qualifier entries as ``(rule, is exception)``:
        ``always`` those of every rule (shop exemptions) and of the rules needing no hit (``plan_rules``), which
        ``scan`` always reads, ``by_rule`` the others by rule, which it reads only for a rule with a hit in group 0
        (``吗`` qualifies dozens of rules: a message reads the few it hit)."""
        groups, always, by_rule = [], [], {}
        for e in self.entries[pid]:
            if e.role == GROUP:
                groups.append((e, e.rule, e.role, e.group, not (e.guard or e.latin_start or e.latin_end)
                               and (e.rule < 0 or self.rules[e.rule].boundary == "none")))
            elif e.rule < 0 or e.rule in self.plan_rules:
                always.append((e.rule, e.role == EXCEPTION))
            else:
                by_rule.setdefault(e.rule, []).append(e.role == EXCEPTION)
        row = self.hit_rows[pid] = (tuple(groups), tuple(always), {ri: tuple(v) for ri, v in by_rule.items()})
        return row

    def direct_hits(self, text: str) -> list[tuple[int, int, int]]:
        """:meth:`find` by looking every substring up (the reference the automaton is tested against)."""
        ids = self.__dict__.get("_ids")
        if ids is None:
            ids = self.__dict__["_ids"] = {w: i for i, w in enumerate(self.literals)}
        get, lengths = ids.get, self._lengths
        out = []
        for e in range(1, len(text) + 1):
            for n in lengths:
                if n <= e and (pid := get(text[e - n:e])) is not None:
                    out.append((pid, e - n, e))
        return out

    def warm(self) -> AhoCorasick | None:
        """Build the automaton now (a server does, before its first request), and the single check's trie
        (:meth:`find_one`); the automaton."""
        if self.automaton is None and self.literals:
            self.automaton = AhoCorasick(self.literals)
        if "_one_trie" not in self.__dict__ and self.literals:
            from zhijian.engine._batch_core import WordTrie

            self.__dict__.setdefault("_one_trie", WordTrie([(w,) for w in self.literals]))
        return self.automaton

    # -- the on-disk cache (cache.py) pickles a ruleset; the automaton is built on demand (find) ---------
    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["automaton"] = None
        for derived in ("_edge_set", "_ids", "_direct_left", "_hit_rows", "_scan_table", "_one_trie"):
            state.pop(derived, None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._direct_left = DIRECT_LOOKUPS

    # -- building (pattern_table.py: the words; rule_compile.py: the rest) ------------------------------
    def _compile_rule(self, ri: int, rule: Rule, table: PatternTable) -> None:
        comp, where = self.composition, f"{rule.origin}: 规则 {rule.id!r}"
        self.n_groups.append(len(word_groups(rule)))
        gens = disguise.resolve(rule.disguise)
        if rule.pinyin and "mixed_pinyin" not in gens:  # the older spelling, always on
            gens = ("mixed_pinyin",) + gens
        table.add_groups(ri, rule, gens, where)
        if "emoji" in gens and len(word_groups(rule)) == 1 and not rule.regex and rule.boundary == "none":
            if self._emoji_table is None:
                self._emoji_table = disguise_emoji(comp.names)
            entry, forms = emoji_entry(comp, ri, rule, self._emoji_table, where)
            if entry is not None:
                table.disguised["emoji"] = table.disguised.get("emoji", 0) + forms
                self.plan.append(entry)
        table.add_all(rule.exceptions, Entry(ri, EXCEPTION, 0, False, False), where)
        table.add_all(rule.unless, Entry(ri, UNLESS, 0, False, False), where)
        if rule.regex:
            self.regexes[ri], gate, words = regex_of(comp, rule, where)
            if gate is not None:
                self.regex_gates[ri] = gate
            if words:
                self._regex_words[ri] = words
        if isinstance(rule.replace, dict):
            self.swaps[ri] = swaps_of(rule)
        params = self.params[ri] = params_of(comp, rule, self.limits, where)
        for c in whole_forms(comp, rule, where) if rule.whole else ():
            self.whole.setdefault(c, []).append(ri)
        if rule.symbols_only:
            self.symbols_only.append(ri)
        entry = plan_entry(ri, rule, params, self.regexes.get(ri))
        if entry is not None:
            self.plan.append(entry)

    def _version(self) -> str:
        h = hashlib.sha1()
        for i, r in enumerate(self.rules):
            h.update(repr((r, sorted(self.params[i].items(), key=repr))).encode())
        h.update(repr((sorted(self.composition.exempt), sorted(self.composition.own_names))).encode())
        if self.composition.precedence:
            h.update(repr(self.composition.precedence).encode())
        if self.composition.rule_exceptions or self.composition.model_exceptions:  # shipped versions unchanged
            h.update(repr((sorted(self.composition.rule_exceptions.items()),
                           sorted(self.composition.model_exceptions.items()))).encode())
        return h.hexdigest()[:12]

    # -- introspection ----------------------------------------------------------------------
    def rule_index(self, rule_id: str) -> int:
        for i, r in enumerate(self.rules):
            if r.id == rule_id:
                return i
        raise KeyError(rule_id)
