"""Required literals of a rule's regex: a cheap gate before the regex runs.

A rule whose words only trigger its regex (``platform_blame``: 京东 starts it, the regex wants 找京东去 or 是京东的
问题) runs the regex on every message with a trigger word, and most of those runs find nothing.  At pack load,
:func:`required_literals` reads the regex (Python's own parser; RE2 patterns of the packs parse the same way) and
derives a set of literal strings of which every match must contain at least one; :func:`gate_of` compiles them
into one alternation of plain words (Python ``re``: its first-character prefilter makes a search of a message
~0.3 µs, whatever the number of words, where an RE2 run from Python costs ~3-10 µs), searched in the folded text,
and the regex runs only when it finds one.  The findings are the same with the gate and without: a match always
contains one of the literals (``tests/test_regex_gate.py`` proves it with Hypothesis, on every shipped gated rule).

Derivation, per regex node: either the finite set of strings it matches *exactly* (literals, small character
classes, alternations of those, ``x?``; products along a sequence, up to ``MAX_EXACT``), or candidate sets
each of which the text of every match holds one of (a sequence keeps its parts' sets; an alternation unions one set
of each branch; a repeat of at least one keeps its body's; a positive look-around's content is in the text, and a
look-behind opening a sequence — a look-ahead closing it — stands right next to what it matches).  Anything else
(``.``, negated or large classes, case folding flags, a pattern the parser refuses) gives no set, and then no gate:
never a wrong one.  Of the candidate sets, the one least likely to be in a message is chosen by a rough estimate
(longer words are rarer, more words pass more often; a word inside a trigger word is there whenever that word
triggered the rule).

The single check (issue 14, its p99) tests far more at once: :func:`needed_words` keeps every set of a sequence
(all of them needed) and splits an alternation into its branches (one of them needed), and :class:`WordGates` tests
all the sets of a ruleset — its rule regexes, its plan's gates (:func:`exact_literals`), its clause filters — and of
the model layer's patterns in one compiled pass over a message, so that a set costs nothing of its own: a regex runs
only where one of its alternatives has a word of each of its sets in the text (``tests/test_single_tail.py``).
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

from zhijian.engine.gate_memo import on_disk
from zhijian.engine.lazy_regex import LazyRegex

try:  # Python 3.11+
    import re._constants as _c  # type: ignore[import-not-found]
    import re._parser as _parser  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

MAX_EXACT = 64  # strings of one exact set (a product over a sequence is cut here)
MAX_CLASS = 16  # characters of a class still read as an exact set
MAX_GATE = 128  # words of a gate
NO_GATE_ABOVE = 0.9  # an estimated pass rate above this makes the gate not worth its search
_RATE = {1: 0.2, 2: 0.05, 3: 0.01}  # rough chance that a word of this length is in a message
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_EMPTY = frozenset({""})

Info = tuple  # (exact strings or None, [candidate sets])


def _class(items) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.update(chr(v) for v in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, a wide range
            return None
    return frozenset(chars) if len(chars) <= MAX_CLASS else None


def _set(exact: frozenset[str] | None) -> list[frozenset[str]]:
    """An exact set as a candidate: only when every match is a non-empty string."""
    return [exact] if exact and "" not in exact else []


def _node(op, av, pick) -> Info:
    if op is _c.LITERAL:
        return frozenset({chr(av)}), []
    if op is _c.IN:
        return _class(av), []
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _EMPTY, []  # zero width: adds nothing to the match
    if op is _c.SUBPATTERN:
        if av[1] & (re.IGNORECASE | re.LOCALE):
            return None, []
        return _seq(av[-1], pick)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(av, pick)
    if op is _c.BRANCH:
        infos = [_seq(b, pick) for b in av[1]]
        if all(ex is not None for ex, _ in infos):
            union = frozenset().union(*(ex for ex, _ in infos))
            if len(union) <= MAX_EXACT:
                return union, []
        chosen = [pick(_set(ex) + cands) for ex, cands in infos]
        return None, ([frozenset().union(*chosen)] if all(s is not None for s in chosen) else [])
    if op in _REPEATS:
        lo, hi, sub = av
        ex, cands = _seq(sub, pick)
        if lo == 0 and hi == 1 and ex is not None:
            return ex | _EMPTY, []
        if lo == hi == 1:
            return ex, cands
        return None, (_set(ex) + cands if lo >= 1 else [])
    return None, []  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, …


def _product(a: frozenset[str], b: frozenset[str]) -> list[frozenset[str]]:
    """``a`` × ``b`` as a candidate (none when it would be larger than ``MAX_EXACT``)."""
    return _set(frozenset(x + y for x in a for y in b)) if len(a) * len(b) <= MAX_EXACT else []


def _zero_width(op) -> bool:
    return op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def _seq(items, pick) -> Info:
    """A sequence's exact set (the strings it matches, or None) and its candidate sets.  A candidate set holds for
    the text a match is found in: a positive look-around's content is in the text too, and a look-behind that
    opens the sequence (a look-ahead that closes it) stands right before (after) what the sequence matches."""
    cur: frozenset[str] | None = _EMPTY
    whole_exact = True
    cands: list[frozenset[str]] = []
    lead: frozenset[str] | None = None  # the exact set of a look-behind opening the sequence
    items = list(items)
    for i, (op, av) in enumerate(items):
        if op is _c.ASSERT:
            inner, inner_cands = _seq(av[1], pick)
            cands += inner_cands + _set(inner)
            if inner is not None and av[0] < 0 and whole_exact and cur == _EMPTY:
                lead = inner
            elif inner is not None and av[0] > 0 and all(_zero_width(o) for o, _ in items[i + 1:]):
                cands += _product(cur, inner)
                both = _product(lead, cur) if lead is not None else []
                cands += _product(both[0], inner) if both else []
            continue
        ex, sub = _node(op, av, pick)
        if ex is None and lead is not None:
            cands += _product(lead, cur)
            lead = None
        cands += sub + _set(ex)
        if ex is None:
            whole_exact = False
            cands += _set(cur)
            cur = _EMPTY
            continue
        prod = frozenset(a + b for a in cur for b in ex)
        if len(prod) > MAX_EXACT:
            whole_exact = False
            cands += _set(cur)
            prod = ex
        cur = prod
    if lead is not None:
        cands += _product(lead, cur)
    if whole_exact:
        return cur, cands
    return None, cands + _set(cur)


@lru_cache(maxsize=4096)
def _rate(words: frozenset[str], triggers: tuple[str, ...]) -> float:
    """A rough chance that some word of ``words`` is in a message that has a trigger word."""
    total = 0.0
    for w in words:
        inside = sum(w in t for t in triggers)  # there whenever one of these triggered the rule
        total += inside / len(triggers) if inside else _RATE.get(len(w), 0.003)
    return min(total, 1.0)


@lru_cache(maxsize=4096)
def _minimal(words: frozenset[str]) -> frozenset[str]:
    """Drop a word containing another word of the set (the shorter one is there whenever it is)."""
    return frozenset(w for w in words if not _holds_one(w, words, proper=True))


def _holds_one(w: str, words: frozenset[str], proper: bool = False) -> bool:
    """Does ``w`` contain one of ``words`` (``proper``: other than ``w`` itself)?  (By its substrings: words are
    short and sets large.)"""
    n = len(w)
    if len(words) <= n * (n + 1) // 2:
        return any(x in w for x in words if not (proper and x == w))
    return any(w[i:j] in words for i in range(n) for j in range(i + 1, n + 1) if not (proper and j - i == n))


def required_literals(pattern: str, triggers: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """Literal strings of which every match of ``pattern`` contains one (sorted), or None when no useful set is
    known.  ``triggers``: the folded words that start the rule (a word inside one of them is no gate)."""
    best = _required(pattern, triggers)
    if best is None or len(best) > MAX_GATE or _rate(best, triggers) > NO_GATE_ABOVE:
        return None
    return best


_POSIX = re.compile(r"\[:\^?[A-Za-z]+:\]")


def _unread(pattern: str) -> bool:
    """RE2's POSIX classes (``[[:digit:]]``) and quoting (``\\Q…\\E``) read otherwise in Python's parser: such a
    pattern gets no gate.  (A class that merely starts with a colon, ``[:：]``, reads alike in both.)"""
    return _POSIX.search(pattern) is not None or "\\Q" in pattern


def _parsed(pattern: str):
    """``pattern`` parsed by Python's regex parser, or None where the gates cannot read it (RE2-only syntax, a parse
    error, case-insensitive or locale flags)."""
    if _unread(pattern):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "possible nested set": Python reads such a class as RE2 does
            parsed = _parser.parse(pattern)
    except (re.error, OverflowError, RecursionError):
        return None
    return None if parsed.state.flags & (re.IGNORECASE | re.LOCALE) else parsed


def _picker(triggers: tuple[str, ...]):
    """Of several word sets that each match needs, the least likely one (by ``_rate`` on ``triggers``)."""
    def pick(sets: list[frozenset[str]]) -> frozenset[str] | None:
        sets = [_minimal(s) for s in sets if s and "" not in s]
        return min(sets, key=lambda s: (_rate(s, triggers), len(s), sorted(s))) if sets else None

    return pick


@on_disk("required")  # (the analyses kept between processes: gate_memo.py)
def _required(pattern: str, triggers: tuple[str, ...]) -> tuple[str, ...] | None:
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    pick = _picker(triggers)
    ex, cands = _seq(list(parsed), pick)
    best = pick(_set(ex) + cands)
    if best is None or any("\ufffd" in w for w in best):
        return None  # RE2 reads a lone surrogate as U+FFFD (safe_regex.py): the text may not hold it
    return tuple(sorted(best))


MAX_TERMS = 64  # alternatives of a word condition (``needed_words``)
MAX_AND = 4  # word sets of one alternative


def _terms(items, pick, budget: int) -> list[list[frozenset[str]]]:
    """The word condition of a sequence of nodes as at most ``budget`` alternatives: every match of the sequence
    holds, for one of the alternatives, one word of each of its sets.  The sequence's own sets (``_seq``) hold for
    every match; an alternation (or a group, or a repeat of at least one, around one) splits the alternatives by its
    branches when the budget allows, each branch's own condition sharing what is left of it."""
    ex, cands = _seq(items, pick)
    terms = [[s for s in map(_minimal, _set(ex) + cands) if s and "" not in s]]
    for op, av in items:
        room = budget // len(terms)
        if op is _c.BRANCH:
            if len(av[1]) > room:
                continue  # (the alternation's union is among the sequence's own sets)
            sub = [t for b in av[1] for t in _terms(b, pick, room // len(av[1]))]
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:
            sub = _terms(av[-1], pick, room)
        elif op in _REPEATS and av[0] >= 1:
            sub = _terms(av[2], pick, room)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            sub = _terms(av, pick, room)
        else:
            continue
        if len(terms) * len(sub) <= budget:
            terms = [t + u for t in terms for u in sub]
    return terms


@lru_cache(maxsize=65536)
def _implied(a: frozenset[str], b: frozenset[str]) -> bool:
    """Does each word of ``b`` hold one of ``a`` (a text holding one of ``b`` holds one of ``a``)?"""
    return all(_holds_one(y, a) for y in b)


def _strongest(sets: frozenset[frozenset[str]], triggers: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """At most ``MAX_AND`` of the word sets of one alternative, the least likely first, leaving out a set implied by
    one already taken (each word of the taken set holds one of its words: 平 by 平台)."""
    taken: list[frozenset[str]] = []
    for a in sorted((s for s in sets if not any("\ufffd" in w for w in s)),
                    key=lambda s: (_rate(s, triggers), len(s), sorted(s))):
        if not any(_implied(a, b) for b in taken):
            taken.append(a)
            if len(taken) == MAX_AND:
                break
    return tuple(sorted(tuple(sorted(s)) for s in taken))


@lru_cache(maxsize=1024)
@on_disk("needed")
def needed_words(pattern: str, triggers: tuple[str, ...] = ()) -> tuple[tuple[tuple[str, ...], ...], ...] | None:
    """What every match of ``pattern`` holds, as alternatives of word sets: each match holds, for one alternative,
    one word of each of its sets (at most ``MAX_AND`` sets an alternative, the least likely ones); None when some
    alternative has no set.  Tested in one compiled pass over a message for every regex of a ruleset
    (``WordGates``), where a set costs nothing of its own, whatever its number of words and estimated pass rate."""
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    pick = _picker(triggers)
    out = set()
    done: dict[frozenset, tuple] = {}
    for term in _terms(list(parsed), pick, MAX_TERMS):
        key = frozenset(term)
        if key not in done:
            done[key] = _strongest(key, triggers)
        if not done[key]:
            return None  # an alternative that needs no known word
        out.add(done[key])
    return tuple(sorted(out)) or None


def exact_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """The strings ``pattern`` matches, when it matches exactly a known finite set of non-empty strings (an
    alternation of plain words, a class of a few characters): then a search finds something exactly where one of
    them occurs.  None for anything else (a flag, a repeat, a wide class, look-around)."""
    if flags & ~re.UNICODE or _unread(pattern):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = _parser.parse(pattern)
    except (re.error, OverflowError, RecursionError):
        return None
    if parsed.state.flags & ~re.UNICODE:
        return None
    if any(op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT) for op, _ in _walk(list(parsed))):
        return None  # zero width, but it narrows where the words count
    ex, _ = _seq(list(parsed), lambda sets: None)
    if not ex or "" in ex or any("\ufffd" in w for w in ex):
        return None
    return tuple(sorted(ex))


def _walk(items):
    """Every node of a parsed pattern, nested ones included."""
    for op, av in items:
        yield op, av
        if op is _c.SUBPATTERN:
            yield from _walk(av[-1])
        elif op is _c.BRANCH:
            for b in av[1]:
                yield from _walk(b)
        elif op in _REPEATS:
            yield from _walk(av[2])
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            yield from _walk(av[1])
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            yield from _walk(av)


class WordGates:
    """Many gates tested at once: gate ``k`` holds for a text where one of its words occurs.  One compiled pass
    (``_batch_core.WordTrie``, made on first use) gives every gate a text holds (:meth:`held`), where one ``re``
    search per gate cost ~0.5 µs each and an ahocorasick-rs call ~3-5 µs of conversions (issue 14: the plan's gates
    and the regex gates of a single check).  Pickled as its words."""

    __slots__ = ("gates", "_trie")

    def __init__(self, gates: "list[tuple[str, ...]]"):
        if not all(all(words) for words in gates):
            raise ValueError("a word gate holds an empty word")  # (a gate without words never holds)
        self.gates = [tuple(words) for words in gates]
        self._trie = None

    def __getstate__(self):
        return self.gates

    def __setstate__(self, state):
        self.gates = state
        self._trie = None

    def held(self, text: str) -> bytes:
        """One byte per gate, 1 where ``text`` holds one of its words."""
        trie = self._trie
        if trie is None:
            from zhijian.engine._batch_core import WordTrie

            trie = self._trie = WordTrie(self.gates)
        return trie.held(text)

    def held_reference(self, text: str) -> bytes:
        """:meth:`held` by ``str`` searches (the reference of the compiled pass)."""
        return bytes(any(w in text for w in words) for words in self.gates)


def gate_of(pattern: str, triggers: tuple[str, ...] = ()) -> LazyRegex | None:
    """The gate of a regex: one alternation of its required words (longest first), or None."""
    words = required_literals(pattern, triggers)
    if words is None:
        return None
    return LazyRegex("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))


def first_chars(patterns: list[str]) -> LazyRegex | None:
    """One character class that each of ``patterns`` needs one character of (the first characters of its required
    words), or None when one has no known words.  The single check's plan (``matcher.scan``) searches it once: where
    it finds nothing, none of the gates can match, and their ~10 searches are saved."""
    chars: set[str] = set()
    for p in patterns:
        words = _required(p, ())
        if words is None:
            return None
        chars.update(w[0] for w in words)
    return LazyRegex("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else None
