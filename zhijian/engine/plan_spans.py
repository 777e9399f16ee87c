"""The span functions of a ruleset's plan: the rules that need no automaton hit (a regex without patterns, a
detector) map the folded text to their spans.  Classes, not closures, so a compiled ruleset pickles (engine/cache.py)."""

from __future__ import annotations

from zhijian.engine.detectors import DETECTORS
from zhijian.engine.normalize import fold
from zhijian.engine.safe_regex import spans_of


class RegexSpans:
    """folded text -> the non-empty matches of a rule's regex (a class, so a ruleset pickles)."""

    __slots__ = ("rx",)

    def __init__(self, rx):
        self.rx = rx

    def __call__(self, folded: str) -> list[tuple[int, int]]:
        return [sp for sp in spans_of(self.rx, folded) if sp[1] > sp[0]]

    def __getstate__(self):
        return self.rx

    def __setstate__(self, rx):
        self.rx = rx


class DetectorSpans:
    """folded text -> what a detector finds, minus the hits right after an ``unless_before`` word."""

    __slots__ = ("name", "params", "before", "win")

    def __init__(self, name: str, params: dict):
        self.name = name
        self.params = params
        self.before = tuple(fold(b) for b in params.get("unless_before") or ())
        self.win = int(params.get("window", 8))

    def __call__(self, folded: str) -> list[tuple[int, int]]:
        found = DETECTORS[self.name](folded, self.params)
        if self.before:
            b4, win = self.before, self.win
            found = [(s, e) for s, e in found if not any(b in folded[max(0, s - win) : s] for b in b4)]
        return found

    def __getstate__(self):
        return (self.name, self.params, self.before, self.win)

    def __setstate__(self, state):
        self.name, self.params, self.before, self.win = state
