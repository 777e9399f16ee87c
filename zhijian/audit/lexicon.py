"""Labelled word lists matched in one pass (one automaton for all lists of a config).

``Lexicon({"thanks": ["谢谢", ...], "closing": [...]})`` folds every word like message text;
``labels(text)`` returns the (frozen) set of list names that occur in the text.  ``forms`` adds labels by
regular expressions over the compacted text, for word families a list would spell out one by one (the pack's
``word_forms``: a part that will not move, 拉不开 / 拧不动 / 降不下来, is an after-sales word).  Used by the conversation
audit for greetings, closings, thanks, apologies, complaints and after-sales steps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ahocorasick_rs import AhoCorasick

from zhijian.acts.cues import latin_edged, occurs
from zhijian.audit.prefilter import required_strings
from zhijian.engine.normalize import compact

CACHE_TEXTS = 50_000  # texts whose labels are remembered
CACHE_TEXT_MAX = 500  # characters: longer texts are not kept
GATE_STRINGS = 128  # strings of a label's gate (``_gate``): a larger set is itself slow to search for
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
        self._forms = [(label, tuple(map(re.compile, ps)), _gate(ps)) for label, ps in (forms or {}).items() if ps]

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
            c = compact(text)
            for pid, k, _ in (self._ac.find_matches_as_indexes(c, overlapping=True) if self._ac else ()):
                if pid in self._latin and not occurs(self._words[pid], c, k):
                    continue  # (3q inside a code, 税号 …X3Q: no word of its own)
                out |= self._labels[pid]
            for label, pats, gate in self._forms:  # (a label holds when one of its expressions is found)
                # (the gate: a text with none of the strings every match of the label's expressions needs matches none)
                if label not in out and (gate is None or gate(c) is not None):
                    for pat in pats:
                        if pat.search(c):
                            out.add(label)
                            break
            got = frozenset(out) if out else _NONE
        return got


def _gate(patterns) -> "Callable[[str], re.Match | None] | None":
    """The search for the strings of which every match of one of ``patterns`` contains one (``prefilter.required_strings``
    of each, together: at most ``GATE_STRINGS``), or None when one of them has no such set: a text it finds nothing in
    matches none of them, so the label's expressions need not run (most texts read, for most labels)."""
    words: set[str] = set()
    for p in patterns:
        got = required_strings(str(p))
        if not got:
            return None
        words |= got
    words = {w for w in words if not any(o != w and o in w for o in words)}  # (a word holding another adds nothing)
    if len(words) > GATE_STRINGS:
        return None
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))).search


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
