"""Compile a pack composition into an immutable ruleset: one automaton, plus indexes.

Every literal of every rule (patterns and their variants, ``near`` groups, exceptions, ``unless`` words, shop
exemptions) is folded and compacted exactly like message text, then put into ONE Aho-Corasick automaton
(ahocorasick-rs).  Each automaton pattern points at the list of (rule, role, group) entries that use it.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from dataclasses import dataclass
from itertools import accumulate

from ahocorasick_rs import AhoCorasick

from zhijian.engine.detectors import DETECTORS, GATES
from zhijian.engine import disguise, refusal
from zhijian.engine.disguise_guards import FRAMED, LEFT, RIGHT, edge_words, guarded_edges
from zhijian.engine.normalize import ORDINAL_FILLER, compact, fold
from zhijian.engine.packs import Composition, disguise_emoji
from zhijian.engine.plan_spans import DetectorSpans, RegexSpans
from zhijian.engine.regex_gate import LazyRegex, first_chars, gate_of
from zhijian.engine.rules import PackError, Rule
from zhijian.engine.safe_regex import UnsafeRegex, compile_shipped, compile_user
from zhijian.engine.variants import polite_forms

GROUP, EXCEPTION, UNLESS = 0, 1, 2
DIRECT_MAX_CHARS = 200  # a loaded ruleset looks a text this short up directly while its automaton is not built
DIRECT_LOOKUPS = 16  # … this many times; then it builds the automaton
_SUFFIX_REF = re.compile(r"(.+)@([a-z_]+)")


@dataclass(frozen=True, slots=True)
class Entry:
    rule: int  # index into Ruleset.rules; -1 = every rule (shop exemptions)
    role: int  # GROUP / EXCEPTION / UNLESS
    group: int  # word group of the rule (0 = patterns, 1.. = near)
    latin_start: bool  # whole-word check needed before the hit
    latin_end: bool  # ... and after it
    # a derived form of a ``contiguous`` generator (disguise.py) counts only written together
    contiguous: bool = False
    # match-time guards of a derived form (disguise_guards.py): 1 / 2 = its start / end must cut no
    # ordinary word, 4 = ambiguous initials, counted only in a frame
    guard: int = 0


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _csr(rows: list[list[tuple]], width: int) -> tuple[array, list[array]]:
    """Row pointers and one column array per tuple field."""
    return (array("q", accumulate(map(len, rows), initial=0)),
            [array("q", [t[k] for row in rows for t in row]) for k in range(width)])


def _words(platform: dict) -> list:
    """A platform's words and nicknames (common.yaml ``platforms``)."""
    return list(platform["words"]) + list(platform.get("nicknames") or ())


def _needles(words) -> "re.Pattern | None":
    return re.compile("|".join(map(re.escape, words))) if words else None


class Ruleset:
    """The compiled, read-only form of a composition; safe to share between threads."""

    def __init__(self, comp: Composition):
        self.composition = comp
        self.rules: list[Rule] = list(comp.rules)
        self.limits = dict(comp.limits)
        self._pattern_ids: dict[str, int] = {}
        self.entries: list[list[Entry]] = []  # tuples once built (below)
        # ~20,000 patterns share ~150 distinct entries: one object each, so a pickled ruleset carries
        # each once (pickle keeps identity) and reading it back builds no entry per pattern
        self._interned: dict[Entry, Entry] = {}
        # the folded spellings behind each automaton pattern: exceptions / unless words count
        # only where the text has exactly one of them; a pattern written with its own
        # separators (100%有效) matches them without the gap rules:
        self.exact_forms: dict[int, set[str]] = {}  # pid -> spellings; only where not just the literal
        self.regexes: dict[int, object] = {}
        self.regex_gates: dict[int, LazyRegex] = {}  # rule -> the words one of which its regex needs (regex_gate.py)
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
        self.disguised: dict[str, int] = {}  # generator -> automaton words / emoji forms it added
        # words some rule lists itself keep their own reading: a derived form never shadows one
        # (tm is the vulgar TM / Tmall of seed 000, not also the initials of 他妈)
        self._listed: set[str] = set()
        self._nicknames = {compact(str(w)) for p in comp.platforms.values() for w in p.get("nicknames") or ()}
        for rule in self.rules:
            for group in ([rule.patterns, *rule.near] if rule.patterns else []):
                self._listed.update(compact(w) for w in self._expand(group, f"{rule.origin}: 规则 {rule.id!r}"))
        for ri, rule in enumerate(self.rules):
            self._compile_rule(ri, rule)
        for w in self._expand(tuple(comp.exempt) + tuple(comp.own_names), "exempt"):
            self._add(w, Entry(-1, EXCEPTION, 0, False, False), "exempt")
        # a shop's rule-scoped exceptions (override ``exceptions:``), folded: looked up as they are in
        # the folded text, after matching, so they work for every rule kind (see matcher.scan)
        self.shop_exceptions: dict[str, tuple[str, ...]] = {
            rid: tuple(fold(w) for w in words) for rid, words in comp.rule_exceptions.items()}
        # one stretch, one reading (overlap.py): category -> the categories that are the better reading
        worse_than: dict[str, set[str]] = {}
        for better, worse in comp.precedence:
            worse_than.setdefault(worse, set()).add(better)
        self.worse_than: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in worse_than.items()}
        # same-sound forms never cut an ordinary word at their guarded edges (matcher._hit_span)
        # (kept as one string, made a set on first use: most processes never meet a guarded form, and
        # unpickling a set of ~56,000 words would cost every start ~20 ms)
        self._edge_text = ("\n".join(sorted(edge_words())) if any(
            e.guard & (LEFT | RIGHT) for ents in self.entries for e in ents) else "")
        self.literals: list[str] = list(self._pattern_ids)
        # each pattern's entries as one of ~200 shared tuples: a pickled ruleset refers to them instead of
        # carrying ~20,000 one-entry lists (a warm start reads it back ~10 ms sooner)
        shared: dict[tuple[Entry, ...], tuple[Entry, ...]] = {}
        self.entries = [shared.setdefault(t, t) for t in map(tuple, self.entries)]
        self._lengths = sorted(set(map(len, self.literals)), reverse=True)  # of the direct lookups (find)
        self.automaton: AhoCorasick | None = None
        self.warm()  # built at once: the self-test runs next
        self._direct_left = DIRECT_LOOKUPS
        # most patterns are spelled only as their own literal: kept only where a pattern has other spellings
        # (a smaller pickle: ~20,000 one-word sets cost a warm start ~25 ms)
        self.exact_forms = {pid: frozenset(forms) for pid, forms in self.exact_forms.items()
                            if forms != {self.literals[pid]}}
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
        self.version = self._version()
        del self._interned, self._pattern_ids  # building only (``_add``)

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
            ac = self.warm()
        return ac.find_matches_as_indexes(text, overlapping=True)

    @property
    def hit_rows(self) -> dict[int, tuple]:
        """Pattern -> its entries as ``(entry, rule, role, group, plain)`` for ``matcher.scan``, each made on first use
        by :meth:`hit_row` (a process meets few of the patterns)."""
        rows = self.__dict__.get("_hit_rows")
        if rows is None:
            rows = self.__dict__["_hit_rows"] = {}
        return rows

    def hit_row(self, pid: int) -> tuple:
        """``hit_rows[pid]``, made now; ``plain``: a hit written without separators needs no other test (no guard,
        no Latin word edge, no boundary)."""
        row = self.hit_rows[pid] = tuple(
            (e, e.rule, e.role, e.group, not (e.guard or e.latin_start or e.latin_end)
             and (e.rule < 0 or self.rules[e.rule].boundary == "none")) for e in self.entries[pid])
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
        """Build the automaton now (a server does, before its first request); the automaton."""
        if self.automaton is None and self.literals:
            self.automaton = AhoCorasick(self.literals)
        return self.automaton

    # -- the on-disk cache (cache.py) pickles a ruleset; the automaton is built on demand (find) ---------
    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["automaton"] = None
        for derived in ("_edge_set", "_ids", "_direct_left", "_hit_rows"):
            state.pop(derived, None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._direct_left = DIRECT_LOOKUPS

    # -- building -------------------------------------------------------------------------
    def _expand(self, words: tuple[str, ...], where: str) -> list[str]:
        """The words with their references (@name) expanded, each followed by its 您 forms."""
        out = self._expand_refs(words, where)
        return out + [p for w in out for p in polite_forms(w) if p not in out]

    def _expand_refs(self, words: tuple[str, ...], where: str) -> list[str]:
        comp = self.composition
        out: list[str] = []
        for w in words:
            if not w.startswith("@"):
                m = _SUFFIX_REF.fullmatch(w)  # 第一@ordinal_units: the word before each word of the list
                if m and m.group(2) in comp.vocab:
                    out += [m.group(1) + str(x) for x in comp.vocab[m.group(2)]]
                else:
                    out.append(w)
                continue
            ref = w[1:]
            if ref == "own_platforms":  # a platform's nicknames too (never disguised: see _compile_rule)
                out += [x for k in sorted(comp.own_platforms) for x in _words(comp.platforms[k])]
            elif ref == "other_platforms":
                out += [x for k, p in comp.platforms.items() if k not in comp.own_platforms for x in _words(p)]
            elif ref == "own_domains":
                out += [x for k in sorted(comp.own_platforms) for x in comp.platforms[k].get("domains", [])]
            elif ref == "own_names":
                out += list(comp.own_names)
            elif ref in comp.vocab:
                out += list(comp.vocab[ref])
            else:
                raise PackError(f"{where}：引用 {w!r} 未定义（没有这个词表）")
        return [str(x) for x in out]

    def _expand_regex(self, pattern: str, where: str) -> str:
        """``@name`` in a rule's regex stands for the (folded) words of that list."""

        def alt(m: re.Match) -> str:
            words = sorted({fold(w) for w in self._expand(("@" + m.group(1),), where)}, key=len, reverse=True)
            return "(?:" + "|".join(map(re.escape, words)) + ")" if words else "(?!)"

        return re.sub(r"@([a-z_]+)", alt, pattern)

    def _add(self, word: str, entry: Entry, where: str) -> None:
        c = compact(word)
        if not c:
            raise PackError(f"{where}：词语 {word!r} 只有标点或符号，永远不会命中")
        if "\n" in c:
            raise PackError(f"{where}：词语 {word!r} 含有换行")
        entry = Entry(entry.rule, entry.role, entry.group, _ascii_alnum(c[0]), _ascii_alnum(c[-1]), entry.contiguous,
                      entry.guard)
        entry = self._interned.setdefault(entry, entry)
        pid = self._pattern_ids.get(c)
        if pid is None:
            pid = self._pattern_ids[c] = len(self.entries)
            self.entries.append([])
        if entry not in self.entries[pid]:
            self.entries[pid].append(entry)
        self.exact_forms.setdefault(pid, set()).add(fold(word).replace(ORDINAL_FILLER, ""))

    def _compile_rule(self, ri: int, rule: Rule) -> None:
        where = f"{rule.origin}: 规则 {rule.id!r}"
        groups = [rule.patterns, *rule.near] if rule.patterns else []
        self.n_groups.append(len(groups))
        gens = disguise.resolve(rule.disguise)
        if rule.pinyin and "mixed_pinyin" not in gens:  # the older spelling, always on
            gens = ("mixed_pinyin",) + gens
        text_gens = [g for g in gens if g in disguise.TEXT_GENERATORS]
        for g, group in enumerate(groups):
            for w in self._expand(group, where):
                self._add(w, Entry(ri, GROUP, g, False, False), where)
                cw = compact(w)
                for name in (text_gens if cw not in self._nicknames else ()):  # a nickname is a disguise already
                    for v in disguise.GENERATORS[name].func(cw):
                        if v in self._listed and name != "mixed_pinyin":  # pinyin: true behaves as before
                            continue
                        together = disguise.GENERATORS[name].contiguous
                        guard = guarded_edges(cw, v) if together else 0
                        if together and disguise.needs_frame(cw, v):
                            guard |= FRAMED  # 他马, 都笔: a grammatical character asks for a frame
                        if name == "initials" and disguise.ambiguous_initials(v):
                            guard = FRAMED  # sn, db, fh: only where a disguised word would stand
                        self._add(v, Entry(ri, GROUP, g, False, False, together, guard), where)
                        self.disguised[name] = self.disguised.get(name, 0) + 1
                        if name == "initials":  # 2 TB, RZ-2000: a unit or a model code is not a disguise
                            for unit in disguise.initials_guards(v):
                                self._add(unit, Entry(ri, EXCEPTION, 0, False, False), where)
        if "emoji" in gens and len(groups) == 1 and not rule.regex and rule.boundary == "none":
            self._compile_emoji(ri, rule, where)
        for w in self._expand(rule.exceptions, where):
            self._add(w, Entry(ri, EXCEPTION, 0, False, False), where)
        for w in self._expand(rule.unless, where):
            self._add(w, Entry(ri, UNLESS, 0, False, False), where)
        if rule.regex:
            try:
                expanded = self._expand_regex(rule.regex, where)
                self.regexes[ri] = (compile_shipped(expanded) if rule.shipped
                                    else compile_user(rule.regex, expanded))
            except UnsafeRegex as e:
                raise PackError(f"{where}：{e}") from None
            if rule.patterns:  # triggered by its words: the regex runs only when a word it needs is there
                gate = gate_of(expanded, tuple(fold(w) for w in self._expand(rule.patterns, where)))
                if gate is not None:
                    self.regex_gates[ri] = gate
        if isinstance(rule.replace, dict):
            swap = {("*" if k == "*" else compact(k)): v for k, v in rule.replace.items()}
            for k, v in list(swap.items()):
                for p in polite_forms(k):
                    swap.setdefault(p, v)
            self.swaps[ri] = swap
        params = dict(rule.params)
        if rule.detector:
            if rule.detector not in DETECTORS:
                raise PackError(f"{where}：检测器 detector {rule.detector!r} 不存在（可用：{'、'.join(sorted(DETECTORS))}）")
            for key in ("allow", "unless_before"):
                if key in params:
                    params[key] = self._expand(tuple(params[key]), where)
        if rule.max_length is not None:
            params["max_length"] = self.limits.get("max_length", rule.max_length)
        if params.get("refusal"):  # a platform named to refuse it (refusal.py): the pack's word lists, compiled
            params["refusal"] = refusal.patterns(lambda name: [fold(w) for w in self._expand(("@" + name,), where)])
        self.params[ri] = params
        if rule.whole:
            for w in self._expand(rule.whole, where):
                c = compact(w)
                if not c:
                    raise PackError(f"{where}：whole 中的 {w!r} 去掉标点和符号后为空")
                self.whole.setdefault(c, []).append(ri)
        if rule.symbols_only:
            self.symbols_only.append(ri)
        if rule.max_length is not None:
            self.plan.append((ri, "length", params["max_length"], None))
        elif rule.detector:
            gate, arg = GATES[rule.detector]
            self.plan.append((ri, gate, _needles(arg), DetectorSpans(rule.detector, params)))
        elif rule.regex and not rule.patterns:
            needs = tuple(fold(str(x)) for x in params.get("needs") or ())
            gate = ("chars_digit" if params.get("needs_digit") else "chars") if needs else "always"
            self.plan.append((ri, gate, _needles(needs), RegexSpans(self.regexes[ri])))

    def _compile_emoji(self, ri: int, rule: Rule, where: str) -> None:
        """Emoji forms (🐶东) are matched on the folded text: emoji are skip characters in the compact
        text the automaton sees.  One regex per rule, gated on its emoji being in the message."""
        if self._emoji_table is None:
            self._emoji_table = disguise_emoji(self.composition.names)
        table = self._emoji_table
        if not table:
            return
        forms: set[str] = set()
        for w in self._expand(rule.patterns, where):
            forms.update(disguise.emoji_forms(compact(w), table))
        if not forms:
            return
        self.disguised["emoji"] = self.disguised.get("emoji", 0) + len(forms)
        emo = sorted({ch for f in forms for ch in f if ch not in table and not ch.isalnum()})
        mod = "[\ufe0f\U0001f3fb-\U0001f3ff]?"  # variation selector / skin tone after an emoji

        def piece(ch: str) -> str:
            return re.escape(ch) + (mod if ch in emo else "")

        rx = re.compile("|".join("".join(piece(ch) for ch in f) for f in sorted(forms, key=len, reverse=True)))
        gate = re.compile("[" + "".join(map(re.escape, emo)) + "]")
        self.plan.append((ri, "chars", gate, RegexSpans(rx)))

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
