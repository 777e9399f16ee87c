"""The automaton's patterns of a ruleset being compiled: every literal of every rule, with what it counts for.

Every literal of every rule (patterns and their variants, ``near`` groups, exceptions, ``unless`` words, shop
exemptions) is folded and compacted exactly like message text and becomes one automaton pattern; each pattern
points at the list of :class:`Entry` (rule, role, word group, match-time tests) that use it.  A rule's words also
bring the disguised spellings its ``disguise`` generators derive (disguise.py), with the guards they are matched
under (disguise_guards.py).  :class:`PatternTable` collects them while a ruleset is built; ruleset.py keeps what
it made (``literals``, ``entries``, ``exact_forms``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zhijian.engine import disguise
from zhijian.engine.disguise_guards import FRAMED, NAMED, guarded_edges
from zhijian.engine.normalize import ORDINAL_FILLER, compact, fold
from zhijian.engine.packs import Composition
from zhijian.engine.pack_refs import expand
from zhijian.engine.rules import PackError, Rule

GROUP, EXCEPTION, UNLESS = 0, 1, 2


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


def id_joint(folded: str, i: int, step: int) -> bool:
    """Is ``folded[i]`` an underscore joining Latin letters or digits into one ID token (ab_1234 / cs_88), on the
    side ``step`` (-1: before it, 1: after it)?"""
    j = i + step
    return folded[i] == "_" and 0 <= j < len(folded) and _ascii_alnum(folded[j])


# a hyphen then a short digit run (TM-200 / WX-60 / A-3): a model code's joint; a longer run reads as an account or
# a number handed over (vx-13912345678), never joined into a model.  One or two letters may open the tail when at most
# three digits follow (TM-T82 / KD-X500): too short for an account (a WeChat id has six characters at least)
_MODEL_TAIL = re.compile(r"-(?:[0-9]{1,5}(?![0-9])|[a-z]{1,2}[0-9]{1,3}(?![0-9a-z_]))")


def model_joint(folded: str, i: int) -> bool:
    """Does ``folded[i:]`` join the Latin letters before it to a model number by a hyphen (TM-200)?"""
    return folded.startswith("-", i) and _MODEL_TAIL.match(folded, i) is not None


def word_groups(rule: Rule) -> list[tuple[str, ...]]:
    """A rule's word groups: its patterns, then each ``near`` group (none for a rule without patterns)."""
    return [rule.patterns, *rule.near] if rule.patterns else []


class PatternTable:
    """Patterns (compact words) -> their entries, built rule by rule in a fixed order (the pattern ids)."""

    def __init__(self, comp: Composition, rules: list[Rule]):
        self.composition = comp
        self.pattern_ids: dict[str, int] = {}
        self.entries: list[list[Entry]] = []
        # ~20,000 patterns share ~150 distinct entries: one object each, so a pickled ruleset carries
        # each once (pickle keeps identity) and reading it back builds no entry per pattern
        self._interned: dict[Entry, Entry] = {}
        # the folded spellings behind each automaton pattern: exceptions / unless words count
        # only where the text has exactly one of them; a pattern written with its own
        # separators (100%有效) matches them without the gap rules:
        self.exact_forms: dict[int, set[str]] = {}
        self.disguised: dict[str, int] = {}  # generator -> automaton words / emoji forms it added
        # words some rule lists itself keep their own reading: a derived form never shadows one
        # (tm is the vulgar TM / Tmall of seed 000, not also the initials of 他妈)
        self._listed: set[str] = set()
        self._nicknames = {compact(str(w)) for p in comp.platforms.values() for w in p.get("nicknames") or ()}
        for rule in rules:
            for group in word_groups(rule):
                self._listed.update(compact(w) for w in expand(comp, group, f"{rule.origin}: 规则 {rule.id!r}"))

    def add(self, word: str, entry: Entry, where: str) -> None:
        c = compact(word)
        if not c:
            raise PackError(f"{where}：词语 {word!r} 只有标点或符号，永远不会命中")
        if "\n" in c:
            raise PackError(f"{where}：词语 {word!r} 含有换行")
        entry = Entry(entry.rule, entry.role, entry.group, _ascii_alnum(c[0]), _ascii_alnum(c[-1]), entry.contiguous,
                      entry.guard)
        entry = self._interned.setdefault(entry, entry)
        pid = self.pattern_ids.get(c)
        if pid is None:
            pid = self.pattern_ids[c] = len(self.entries)
            self.entries.append([])
        if entry not in self.entries[pid]:
            self.entries[pid].append(entry)
        self.exact_forms.setdefault(pid, set()).add(fold(word).replace(ORDINAL_FILLER, ""))

    def add_all(self, words: tuple[str, ...], entry: Entry, where: str) -> None:
        """Each of ``words`` (references expanded, with their 您 forms) with ``entry``."""
        for w in expand(self.composition, words, where):
            self.add(w, entry, where)

    def add_groups(self, ri: int, rule: Rule, gens: tuple[str, ...], where: str) -> None:
        """The words of each of the rule's groups, and the forms its text generators derive from them."""
        text_gens = [g for g in gens if g in disguise.TEXT_GENERATORS]
        for g, group in enumerate(word_groups(rule)):
            words = [compact(w) for w in expand(self.composition, group, where)]
            sounds = self._same_sound_sources(words, text_gens)
            for w in expand(self.composition, group, where):
                cw = compact(w)
                src = sounds.get(cw)
                # a listed same-sound form of another listed word, every character replaced (沙比 beside 傻逼), is a
                # derived disguise written out, any syllables of running text: it is matched under the same edge
                # guards (泥沙|比较 around 沙比 cuts ordinary words)
                guard = guarded_edges(src, cw) if src else 0
                self.add(w, Entry(ri, GROUP, g, False, False, False, guard), where)
                for name in (text_gens if cw not in self._nicknames else ()):  # a nickname is a disguise already
                    self._add_derived(ri, g, cw, name, where, rule.category)

    @staticmethod
    def _same_sound_sources(words: list[str], text_gens: list[str]) -> dict[str, str]:
        """Listed words that a same-sound generator of the rule derives from another listed word -> that word."""
        gens = [n for n in text_gens if disguise.GENERATORS[n].contiguous]
        if not gens:
            return {}
        listed = set(words)
        out: dict[str, str] = {}
        for w in words:
            for name in gens:
                for v in disguise.GENERATORS[name].func(w):
                    if v in listed and all(a != b for a, b in zip(v, w)):
                        out.setdefault(v, w)
        return out

    def _add_derived(self, ri: int, g: int, cw: str, name: str, where: str, category: str = "") -> None:
        for v in disguise.GENERATORS[name].func(cw):
            if v in self._listed and name != "mixed_pinyin":  # pinyin: true behaves as before
                continue
            together = disguise.GENERATORS[name].contiguous
            guard = guarded_edges(cw, v) if together else 0
            if together and disguise.needs_frame(cw, v):
                guard |= FRAMED  # 他马, 都笔: a grammatical character asks for a frame
            if name == "initials" and disguise.ambiguous_initials(v):
                guard = FRAMED  # sn, db, fh: only where a disguised word would stand
            if name == "initials" and category != "diversion":
                # SG-Remote: initials hyphen-joined to a Latin word name a device (disguise_guards); a platform's initials
                # in such a token (tb-shop) still name the platform
                guard |= NAMED
            self.add(v, Entry(ri, GROUP, g, False, False, together, guard), where)
            self.disguised[name] = self.disguised.get(name, 0) + 1
            if name == "initials":  # 2 TB, RZ-2000: a unit or a model code is not a disguise
                for unit in disguise.initials_guards(v):
                    self.add(unit, Entry(ri, EXCEPTION, 0, False, False), where)
