"""A batch of chat turns folded once, in NumPy: the ground the splitter and the features stand on.

``fold_batch(texts, phrases)`` joins the texts without a separator and applies the folding table
of ``engine.normalize`` to all their code points at once.  The result (``FoldedBatch``) has

* ``folded``: the folded text, exactly as long as the original (offsets carry over one to one);
* ``compact`` and the prefix count ``kept`` of the characters ``compact`` keeps, so that the
  compact form of ANY span is a slice: ``compact(original[a:b]) == compact[kept[a]:kept[b]]``
  (``compact`` works character by character);
* ``classes``: bits per character (terminator, trailer, whitespace, ASCII letter or digit,
  comma, ``?``, ``!``, and a few letters the question rules look at) from one table lookup;
* ``hits``: every occurrence of the phrases of ``phrases`` in ``compact`` (one overlapping
  Aho-Corasick scan for the whole batch), and ``within(group)``, which answers "does the
  compact span [u, v) hold one of the group's phrases?" for many spans at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain
from typing import Sequence

import numpy as np
from ahocorasick_rs import AhoCorasick

from ..engine.normalize import tables

__all__ = ["TERMINATORS", "TRAILERS", "TERM", "TRAIL", "SPACE", "NEWLINE", "ALNUM", "COMMA", "QMARK",
           "EXCL", "Q_PARTICLE", "NOT_MA_HEAD", "END_MA", "BU_MEI", "Q_PARTICLES", "NOT_MA_HEADS", "CLASS",
           "char_class", "Phrases", "FoldedBatch", "fold_batch"]

TERMINATORS = frozenset("。!?;\n")  # folded forms: ！？； fold to !?; and every line break to \n
TRAILERS = frozenset("。!?;\n\"'”’」』)）】]>》~～…")

# -- character classes of folded code points, one table lookup per character -------------------------
# letters the question rules look at: a question particle at the end; the ...么 endings that ask
# nothing (什么 怎么 那么 这么 多么); the 吗/嘛/么 ending feature; the middle of an A-not-A form
Q_PARTICLES = frozenset("吗嘛")
NOT_MA_HEADS = frozenset("什怎那这多")
TERM, TRAIL, SPACE, NEWLINE, ALNUM, COMMA, QMARK, EXCL, Q_PARTICLE, NOT_MA_HEAD, END_MA, BU_MEI = (
    1 << k for k in range(12))
CLASS = np.zeros(0x10000, dtype=np.uint16)  # code points above the BMP are none of these
for _ch in TERMINATORS:
    CLASS[ord(_ch)] |= TERM
for _ch in TRAILERS:
    CLASS[ord(_ch)] |= TRAIL
for _cp in range(0x10000):
    if chr(_cp).isspace():  # what str.isspace and the regex \s call whitespace
        CLASS[_cp] |= SPACE
for _ch in "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
    CLASS[ord(_ch)] |= ALNUM
CLASS[ord("\n")] |= NEWLINE
CLASS[ord(",")] |= COMMA  # ，folds to ,
CLASS[ord("?")] |= QMARK
CLASS[ord("!")] |= EXCL
for _chars, _bit in ((Q_PARTICLES, Q_PARTICLE), (NOT_MA_HEADS, NOT_MA_HEAD), ("吗嘛么", END_MA), ("不没", BU_MEI)):
    for _ch in _chars:
        CLASS[ord(_ch)] |= _bit


def char_class(codes: np.ndarray) -> np.ndarray:
    """The CLASS bits of code points (anything above the BMP has none)."""
    return CLASS[np.minimum(codes, 0xFFFF)]


class Phrases:
    """Literal phrases in named groups, all found in ONE overlapping Aho-Corasick scan of a batch's
    compact text (``FoldedBatch.hits``)."""

    def __init__(self, groups: dict[str, Sequence[str]]):
        index: dict[str, int] = {}
        for words in groups.values():
            for w in words:
                index.setdefault(w, len(index))
        self.words = list(index)
        self.group: dict[str, np.ndarray] = {}
        for name, words in groups.items():
            mask = np.zeros(len(index), dtype=bool)
            mask[[index[w] for w in words]] = True
            self.group[name] = mask
        self.automaton = AhoCorasick(self.words) if self.words else None

    def scan(self, text: str) -> np.ndarray:
        """``[n, 3]`` int64: (phrase id, start, end) of every occurrence, overlapping ones too."""
        if self.automaton is None or not text:
            return np.zeros((0, 3), dtype=np.int64)
        found = self.automaton.find_matches_as_indexes(text, overlapping=True)
        return np.fromiter(chain.from_iterable(found), dtype=np.int64, count=3 * len(found)).reshape(-1, 3)


class _Within:
    """Which spans ``[u, v)`` hold a whole match (the matches given by start and end), answered for
    many spans at once: the matches sorted by start, with the smallest end of every suffix."""

    def __init__(self, start: np.ndarray, end: np.ndarray):
        o = np.argsort(start, kind="stable")
        self.start = start[o]
        self.min_end = np.minimum.accumulate(end[o][::-1])[::-1] if start.size else end[:0]

    def __call__(self, u: np.ndarray, v: np.ndarray) -> np.ndarray:
        if not self.start.size:
            return np.zeros(np.shape(u), dtype=bool)
        i = np.searchsorted(self.start, u, side="left")
        ok = i < self.start.size
        ok[ok] = self.min_end[i[ok]] <= v[ok]
        return ok


@dataclass
class FoldedBatch:
    """Texts joined without a separator (see the module docstring)."""

    original: str
    folded: str
    compact: str
    cpad: np.ndarray  # uint32 code points of ``compact``, plus one 0
    classes: np.ndarray  # uint16 CLASS bits per character
    kept: np.ndarray  # int64 [len + 1]
    offsets: np.ndarray  # int64 [n_texts + 1]: where each text starts, then the total length
    phrases: Phrases
    _hits: np.ndarray | None = None
    _within: dict[str, _Within] = field(default_factory=dict)

    @property
    def hits(self) -> np.ndarray:
        if self._hits is None:
            self._hits = self.phrases.scan(self.compact)
        return self._hits

    def within(self, group: str) -> _Within:
        """The phrases of a group of ``phrases`` in ``compact`` (or ``a_not_a``: the regex
        ``(.)[不没]\\1``, the dot being anything but a line break), as a ``_Within`` query."""
        out = self._within.get(group)
        if out is None:
            if group == "a_not_a":
                c = self.cpad[:-1]
                at = np.flatnonzero(c[:-2] == c[2:])
                at = at[((char_class(c[at + 1]) & BU_MEI) != 0) & (c[at] != 10)]
                out = _Within(at, at + 3)
            else:
                h = self.hits
                h = h[self.phrases.group[group][h[:, 0]]]
                out = _Within(h[:, 1], h[:, 2])
            self._within[group] = out
        return out


def fold_batch(texts: Sequence[str], phrases: Phrases) -> FoldedBatch:
    t = tables()
    joined = "".join(texts)
    raw = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = t.fold_arr[raw]
    keep = t.keep_arr[raw]
    kept = np.zeros(raw.size + 1, dtype=np.int64)
    np.cumsum(keep, out=kept[1:])
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)), out=offsets[1:])
    classes = char_class(codes)
    cc = codes[keep]
    return FoldedBatch(joined, codes.tobytes().decode("utf-32-le", "surrogatepass"),
                       cc.tobytes().decode("utf-32-le", "surrogatepass"), np.append(cc, np.uint32(0)),
                       classes, kept, offsets, phrases)
