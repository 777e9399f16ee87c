"""Labelled word lists matched in one pass (one automaton for all lists of a config).

``Lexicon({"thanks": ["谢谢", ...], "closing": [...]})`` folds every word like message text;
``labels(text)`` returns the (frozen) set of list names that occur in the text.  ``forms`` adds labels by
regular expressions over the compacted text, for word families a list would spell out one by one (the pack's
``word_forms``: a part that will not move, 拉不开 / 拧不动 / 降不下来, is an after-sales word).  Used by the conversation
audit for greetings, closings, thanks, apologies, complaints and after-sales steps.
"""

from __future__ import annotations

import copy
import hashlib
import pathlib
import re
from collections.abc import Mapping

from ahocorasick_rs import AhoCorasick

from zhijian.acts.cues import latin_edged, occurs
from zhijian.audit.prefilter import required_strings
from zhijian.engine import regex_gate
from zhijian.engine._batch_core import gates_pass
from zhijian.engine.normalize import compact, compact_one
from zhijian.engine.regex_code import compile as _compile, remembered

CACHE_TEXTS = 50_000  # texts whose labels are remembered
CACHE_TEXT_MAX = 500  # characters: longer texts are not kept
_NONE: frozenset[str] = frozenset()


class Lexicon:
    def __init__(self, lists: dict[str, list[str] | tuple[str, ...]], forms: dict | None = None):
        words: dict[str, set[str]] = {}
        for label, ws in lists.items():
            for w in ws:
                c = compact(str(w))
                if c:
                    words.setdefault(c, set()).add(label)
        self._words = list(words)
        self._labels = [frozenset(words[w]) for w in self._words]
        self._ac = AhoCorasick(self._words) if self._words else None
        # the words ending in Latin letters or digits (3q / thx): found only as words of their own (``cues.occurs``)
        self._latin = frozenset(k for k, w in enumerate(self._words) if latin_edged(w))
        self._seen = _Seen(self._read)
        # ``labels(text)``: the names of the lists with a word in ``text`` (compared folded and compacted), remembered
        # per text (at most ``CACHE_TEXTS``, then forgotten all at once: agents' template turns and their sentences come
        # back in chat after chat, and the audit asks ~15 times a chat).  It is the memory's lookup: a text seen before
        # costs a C call, no Python frame; a text not seen is read (``_read``) by ``_Seen.__missing__``
        self.labels = self._seen.__getitem__
        # each expression of a label compiled on its own, not joined into one alternation: the regex engine's literal
        # prefix and first-character scans then apply to each (joined, the long lists were read ~3x slower)
        # and each expression its gate (``_gates``: the strings of which every match contains one, None for an expression
        # with no such set; None for the label when no expression has one), all searched in one automaton pass: a string
        # found opens the expressions whose gate holds it, and only those (and the ungated ones) are searched
        self._forms = [(label, tuple(map(_compile, ps)), _gates(ps)) for label, ps in (forms or {}).items() if ps]
        self._exprs: list[tuple[str, re.Pattern]] = []  # every (label, expression), in the order of ``_forms``
        opens: dict[str, set[int]] = {}  # gate string -> the expressions (indexes in ``_exprs``) it opens
        always: list[int] = []  # the expressions with no gate: searched in every text
        for label, pats, gates in self._forms:
            for e, pat in enumerate(pats):
                n = len(self._exprs)
                self._exprs.append((label, pat))
                ws = gates[e] if gates is not None else None
                if ws is None:
                    always.append(n)
                for w in ws or ():
                    opens.setdefault(w, set()).add(n)
        gate_words = sorted(opens)
        self._gate_ac = AhoCorasick(gate_words) if gate_words else None
        self._gate_opens = [frozenset(opens[w]) for w in gate_words]  # automaton id -> the expressions it opens
        self._always = frozenset(always)
        # and, for an expression the gate opens, what every match of it holds as word sets (``_needed``: every set of a
        # sequence, each branch apart, where the gate keeps one set), all tested in one compiled pass over the text
        # (``WordGates``, as the single message check tests its regexes): most texts hold some common word of an
        # expression's gate (的 / 是), few a word of each of its sets — on real chats ~0.7 of ~9 opened expressions a text
        # are still searched (stop 55)
        place: dict[tuple[str, ...], int] = {(): 0}  # word set -> its place in ``WordGates.held`` (0: none)
        self._needs = [None if (t := _needed(pat)) is None else tuple(
            tuple(place.setdefault(tuple(ws), len(place)) for ws in term) for term in t) for _, pat in self._exprs]
        self._needed_gates = regex_gate.WordGates(list(place))

    def ungated(self) -> "Lexicon":
        """This lexicon with every expression searched in every text (no gate), remembering nothing yet: the reference
        the gates must agree with (tests)."""
        other = copy.copy(self)
        other._gate_ac, other._gate_opens, other._always = None, [], frozenset(range(len(self._exprs)))
        other._needs = [None] * len(self._exprs)
        other._seen = _Seen(other._read)
        other.labels = other._seen.__getitem__
        return other

    @property
    def remembered(self) -> Mapping[str, frozenset[str]]:
        """The labels of the texts read so far (text -> labels; read-only: ``labels`` keeps it), for a caller that looks
        many texts up at once at the cost of a dict lookup each: ``remembered.get(text) or labels(text)``."""
        return self._seen

    def _read(self, text: str) -> frozenset[str]:
        """The labels of ``text`` computed (``_Seen`` remembers them)."""
        got = _NONE
        if (self._ac is not None or self._forms) and text:
            out: set[str] = set()
            c = compact_one(text)  # (``compact`` compiled: the same text, ~5x cheaper; a text is read once)
            for pid, k, _ in (self._ac.find_matches_as_indexes(c, overlapping=True) if self._ac else ()):
                if pid in self._latin and not occurs(self._words[pid], c, k):
                    continue  # (3q inside a code, 税号 …X3Q: no word of its own)
                out |= self._labels[pid]
            # (the gates: a text with none of the strings every match of an expression needs does not match it; a label
            # holds when one of its expressions is found, so the order the opened ones are searched in does not matter)
            todo = self._always
            if self._gate_ac is not None:
                found = {pid for pid, _, _ in self._gate_ac.find_matches_as_indexes(c, overlapping=True)}
                if found:
                    todo = todo.union(*(self._gate_opens[pid] for pid in found))
            exprs, needs, held = self._exprs, self._needs, None
            for n in todo:
                label, pat = exprs[n]
                if label in out:
                    continue
                terms = needs[n]
                if terms is not None:  # (its word sets: a text without a word of each set of some branch cannot match)
                    if held is None:
                        held = self._needed_gates.held(c)
                    if not gates_pass(held, terms):
                        continue
                if pat.search(c):
                    out.add(label)
            got = frozenset(out) if out else _NONE
        return got


def _needed(pat: re.Pattern) -> tuple | None:
    """``regex_gate.needed_words`` of a compiled expression (None with a flag beside Unicode): what every match holds, as
    alternatives of word sets; read once per machine (``regex_code.remembered``, under a digest of regex_gate.py)."""
    if type(pat.pattern) is not str or pat.flags & ~re.UNICODE:
        return None
    return remembered(_needed_words, _NEEDED_READER, pat.pattern, pat.flags)


def _needed_words(pattern: str, flags: int = 0) -> tuple | None:
    """``_needed``'s reading itself (the tests' reference)."""
    return regex_gate.needed_words(pattern)


_NEEDED_READER = hashlib.sha256(pathlib.Path(regex_gate.__file__).read_bytes()).hexdigest()[:16]


def _gates(patterns) -> tuple[frozenset[str] | None, ...] | None:
    """The gate of each of ``patterns`` (``prefilter.required_strings``, a string holding another of the set dropped: it
    adds nothing), None for one with no such set; None when none of them has one."""
    out = []
    for p in patterns:
        got = required_strings(str(p))
        out.append(frozenset(w for w in got if not any(o != w and o in w for o in got)) if got else None)
    return tuple(out) if any(g is not None for g in out) else None


class _Seen(dict):
    """text -> its labels, read on the first ask (``Lexicon._read``) and kept when the text has at most
    ``CACHE_TEXT_MAX`` characters; full at ``CACHE_TEXTS`` texts, then forgotten all at once."""

    __slots__ = ("read",)

    def __init__(self, read):
        super().__init__()
        self.read = read

    def __missing__(self, text: str) -> frozenset[str]:
        got = self.read(text)
        if len(self) >= CACHE_TEXTS:
            self.clear()
        if len(text) <= CACHE_TEXT_MAX:
            self[text] = got
        return got
