"""Required literals of a rule's regex: a cheap gate before the regex runs.

A rule whose words only trigger its regex (``platform_blame``: 京东 starts it, the regex wants 找京东去 or 是京东的
问题) runs the regex on every message with a trigger word, and most of those runs find nothing.  At pack load,
:func:`required_literals` reads the regex (Python's own parser; RE2 patterns of the packs parse the same way) and
derives a set of literal strings of which every match must contain at least one; :func:`gate_of` compiles them
into one alternation of plain words (Python ``re``: its first-character prefilter makes a search of a message
~0.3 µs, whatever the number of words, where an RE2 run from Python costs ~3-10 µs), searched in the folded text,
and the regex runs only when it finds one.  The findings are
the same with the gate and without: a match always contains one of the literals (``tests/test_regex_gate.py``
proves it with Hypothesis, on every shipped gated rule, from strings generated to match the regex).

Derivation, per regex node: either the finite set of strings it matches *exactly* (literals, small character
classes, alternations of those, ``x?``; products along a sequence, up to ``MAX_EXACT``), or candidate sets
each of which every match contains one of (a sequence keeps its parts' sets; an alternation unions one set of
each branch; a repeat of at least one keeps its body's).  Anything else (``.``, negated or large classes, case
folding flags, a pattern the parser refuses) gives no set, and then no gate: never a wrong one.  Of the
candidate sets, the one least likely to be in a message is chosen by a rough estimate (longer words are rarer,
more words pass more often; a word inside a trigger word is there whenever that word triggered the rule).
"""

from __future__ import annotations

import re
import warnings

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


def _seq(items, pick) -> Info:
    cur: frozenset[str] | None = _EMPTY
    whole_exact = True
    cands: list[frozenset[str]] = []
    for op, av in items:
        ex, sub = _node(op, av, pick)
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
    if whole_exact:
        return cur, cands
    return None, cands + _set(cur)


def _rate(words: frozenset[str], triggers: tuple[str, ...]) -> float:
    """A rough chance that some word of ``words`` is in a message that has a trigger word."""
    total = 0.0
    for w in words:
        inside = sum(w in t for t in triggers)  # there whenever one of these triggered the rule
        total += inside / len(triggers) if inside else _RATE.get(len(w), 0.003)
    return min(total, 1.0)


def _minimal(words: frozenset[str]) -> frozenset[str]:
    """Drop a word containing another word of the set (the shorter one is there whenever it is)."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def required_literals(pattern: str, triggers: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """Literal strings of which every match of ``pattern`` contains one (sorted), or None when no useful set is
    known.  ``triggers``: the folded words that start the rule (a word inside one of them is no gate)."""
    best = _required(pattern, triggers)
    if best is None or len(best) > MAX_GATE or _rate(best, triggers) > NO_GATE_ABOVE:
        return None
    return best


def _required(pattern: str, triggers: tuple[str, ...]) -> tuple[str, ...] | None:
    def pick(sets: list[frozenset[str]]) -> frozenset[str] | None:
        sets = [_minimal(s) for s in sets if s and "" not in s]
        return min(sets, key=lambda s: (_rate(s, triggers), len(s), sorted(s))) if sets else None

    if "[:" in pattern or "\\Q" in pattern:
        return None  # RE2's POSIX classes ([[:digit:]]) and quoting read otherwise in Python's parser
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "possible nested set": Python reads such a class as RE2 does
            parsed = _parser.parse(pattern)
    except (re.error, OverflowError, RecursionError):
        return None
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    ex, cands = _seq(list(parsed), pick)
    best = pick(_set(ex) + cands)
    if best is None or any("\ufffd" in w for w in best):
        return None  # RE2 reads a lone surrogate as U+FFFD (safe_regex.py): the text may not hold it
    return tuple(sorted(best))


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
