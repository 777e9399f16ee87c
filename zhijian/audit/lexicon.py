"""Labelled word lists matched in one pass (one automaton for all lists of a config).

``Lexicon({"thanks": ["谢谢", ...], "closing": [...]})`` folds every word like message text;
``labels(text)`` returns the set of list names that occur in the text.  Used by the conversation
audit for greetings, closings, thanks, apologies, complaints and after-sales steps.
"""

from __future__ import annotations

from ahocorasick_rs import AhoCorasick

from zhijian.engine.normalize import compact


class Lexicon:
    def __init__(self, lists: dict[str, list[str] | tuple[str, ...]]):
        words: dict[str, set[str]] = {}
        for label, ws in lists.items():
            for w in ws:
                c = compact(str(w))
                if c:
                    words.setdefault(c, set()).add(label)
        self._words = list(words)
        self._labels = [frozenset(words[w]) for w in self._words]
        self._ac = AhoCorasick(self._words) if self._words else None

    def labels(self, text: str) -> set[str]:
        """The names of the lists with a word in ``text`` (compared folded and compacted)."""
        if self._ac is None or not text:
            return set()
        out: set[str] = set()
        for pid, _, _ in self._ac.find_matches_as_indexes(compact(text), overlapping=True):
            out |= self._labels[pid]
        return out
