"""A pack pattern that first looks for a string every match must contain (issue 14, audit speed).

Some of the pack's ``conversation`` lists, joined into one pattern (``config._one_pattern``), give Python's regex
engine nothing to scan for: an entry opening on a look-behind (``(?<![不没])可以给您…``), an optional group or ``.{0,6}``
makes it try the whole pattern at every position of the text (5–100 µs a search for the long lists, several asked for
every chat).  Yet every entry holds literal characters a match cannot do without (``给您`` / ``建议`` …).
``required_strings`` reads them from the parsed pattern: a set of strings such that every match, of any entry,
contains at least one.  ``Prefiltered`` wraps the compiled pattern: a text (or the searched slice of it) holding none of
them cannot match, and the answer is the one the pattern gives for no match, found by one search for those strings
(a literal alternation the engine scans for quickly); any other text goes to the pattern itself.  So every answer is
the pattern's own: the filter only skips searches that cannot succeed.

A long list whose entries together need too many strings for one filter (``complaint_forms``: 45 entries, more than
``MAX_REQUIRED`` strings) and whose joined pattern gives the engine neither a literal prefix nor a set of first
characters to scan for was searched at full cost: every entry tried at every position of the text (100–300 µs a
search of a long real message).  ``EntryGated`` gives each entry its own strings (``required_strings`` of the entry) and
finds, in one Aho-Corasick pass over the text, the entries whose strings the text holds; only those (and the entries
with no such set) are searched, each alone (where the engine's prefix scans apply again).  The joined pattern
``(?:e1)|(?:e2)|…`` matches somewhere in a text exactly when one of its entries does, so when none does the answer is
the pattern's own answer for no match; otherwise the pattern itself is asked, and its answer (the same match object,
groups and all) is returned.  ``match`` and ``fullmatch`` (one position tried) go to the pattern itself.  (Issue 14,
stop 43.)
"""

from __future__ import annotations

import hashlib
import pathlib
import re
import sys

from ahocorasick_rs import AhoCorasick

from zhijian.engine.regex_code import compile as _code_compile, remembered

try:  # the standard library's regex parser (``sre_parse``); without it, no pattern is wrapped
    from re import _constants as _c, _parser as _parse
except ImportError:  # pragma: no cover - another Python
    _c = _parse = None
try:  # (and its compiler's reading of what a pattern lets the engine scan for: ``scans_for_nothing``)
    from re import _compiler as _compile
except ImportError:  # pragma: no cover - another Python
    _compile = None

MIN_PATTERN_CHARS = 100  # shorter patterns are searched about as fast as the filter would scan: left as they are
MAX_REQUIRED = 32  # strings: a larger set is itself slow to search for (and filters little)


def required_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` contains at least one (runs of literal characters: 给您 / 建议), or
    None when no such set is known (a branch that needs no literal character, case-insensitive matching, a parse the
    reader does not know).  Read once per machine: kept with the patterns' engine code (``regex_code.remembered``,
    under a digest of this module, ``_READER``)."""
    if type(pattern) is not str or type(flags) is not int:
        return _required_strings(pattern, flags)
    return remembered(_required_strings, _READER, pattern, flags)


_READER = hashlib.sha256(pathlib.Path(__file__).read_bytes()).hexdigest()[:16]


def _required_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """``required_strings`` read from the pattern's parse (the reference the tests compare with)."""
    if _parse is None or flags & re.IGNORECASE:
        return None
    try:
        parsed = _parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - (the pattern compiled; a reader that cannot follow it filters nothing)
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    try:
        got = _sequence(list(parsed))
    except _Unknown:
        return None
    return got if got and len(got) <= MAX_REQUIRED else None


class _Unknown(Exception):
    """An opcode the reader does not know (or a case-insensitive group): no filter."""


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The sharper of two sets that both hold for a match: the longer shortest string, then the fewer strings."""
    if a is None or b is None:
        return b if a is None else a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _sequence(items: list) -> frozenset[str] | None:
    """Items matched one after the other: a run of literal characters is one string the match contains, and each
    item's set holds for the whole; the sharpest is kept."""
    best = None
    run: list[str] = []
    for op, av in items + [(None, None)]:
        if op is _c.LITERAL:  # (opcodes compared by identity: the parser's constants)
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(("".join(run),)))
            run = []
        if op is not None:
            best = _better(best, _item(op, av))
    return best


def _item(op, av) -> frozenset[str] | None:
    if op is _c.IN:
        if all(o is _c.LITERAL for o, _ in av):  # [您你]: one of them (no range, category or negation)
            return frozenset(chr(v) for _, v in av)
        return None
    if op is _c.SUBPATTERN:
        _, add_flags, _, p = av
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _sequence(list(p))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _c.BRANCH:  # every alternative needs one of its own: one of them all
        out: set[str] = set()
        for alt in av[1]:
            got = _sequence(list(alt))
            if got is None:
                return None
            out |= got
        return frozenset(out)
    if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        lo, _, p = av
        return _sequence(list(p)) if lo >= 1 else None
    if any(op is x for x in (_c.ANY, _c.NOT_LITERAL, _c.AT, _c.ASSERT, _c.ASSERT_NOT, _c.CATEGORY, _c.GROUPREF,
                             _c.GROUPREF_EXISTS)):
        return None  # (consumes no required literal, or none known; a look-around consumes nothing)
    raise _Unknown


class _Gated:
    """What the two wrappers share: a text the gate ``_none`` turns away gets the pattern's own answer for no match,
    without the pattern; any other is the pattern's (``compiled``); the other attributes are the pattern's."""

    __slots__ = ()

    def __getattr__(self, name: str):
        if name in type(self).__slots__:  # (not set yet: a copy being made)
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def search(self, string, pos: int = 0, endpos: int = sys.maxsize):
        if self._none(string, pos, endpos) is None:
            return None
        return self.compiled.search(string, pos, endpos)

    def findall(self, string, pos: int = 0, endpos: int = sys.maxsize):
        if self._none(string, pos, endpos) is None:
            return []
        return self.compiled.findall(string, pos, endpos)

    def finditer(self, string, pos: int = 0, endpos: int = sys.maxsize):
        if self._none(string, pos, endpos) is None:
            return iter(())
        return self.compiled.finditer(string, pos, endpos)

    def sub(self, repl, string, count: int = 0):
        if self._none(string) is None:
            return string[:]  # (the pattern's answer for no match: the text unchanged)
        return self.compiled.sub(repl, string, count)

    def subn(self, repl, string, count: int = 0):
        if self._none(string) is None:
            return string[:], 0
        return self.compiled.subn(repl, string, count)

    def split(self, string, maxsplit: int = 0):
        if self._none(string) is None:
            return [string[:]]
        return self.compiled.split(string, maxsplit)


class Prefiltered(_Gated):
    """A compiled pattern that answers "no match" without searching when the text holds none of ``strings`` (see the
    module).  It has the pattern's methods, and its attributes (``pattern``, ``flags`` …) through it."""

    __slots__ = ("compiled", "_none")

    def __init__(self, compiled: re.Pattern, strings: frozenset[str]):
        self.compiled = compiled
        # (the strings sorted and escaped: the same filter whatever the set's order)
        self._none = _code_compile("|".join(map(re.escape, sorted(strings)))).search

    def __repr__(self) -> str:
        return f"Prefiltered({self.compiled!r})"

    def match(self, string, pos: int = 0, endpos: int = sys.maxsize):
        if self._none(string, pos, endpos) is None:
            return None
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string, pos: int = 0, endpos: int = sys.maxsize):
        if self._none(string, pos, endpos) is None:
            return None
        return self.compiled.fullmatch(string, pos, endpos)


# a numbered back-reference or condition (\\1 / \\g<1> / (?(1)…)): an entry's group 1 alone is another group in the joined
# pattern, so the entry alone would not read as it does there (named ones, (?P=x), name the same group either way)
_NUMBERED_REF = re.compile(r"\\[1-9]|\\g<\s*[0-9]|\(\?\(\s*[0-9]")


class EntryGated(_Gated):
    """A joined list pattern (``(?:e1)|(?:e2)|…``) whose searches first find the entries that can match (see the
    module): when none of them matches alone, the pattern's own answer for no match, without trying the pattern; else
    the pattern's own answer.  It has the pattern's methods, and its attributes (``pattern``, ``flags`` …) through it."""

    __slots__ = ("compiled", "match", "fullmatch", "_entries", "_ac", "_opens", "_always")

    def __init__(self, compiled: re.Pattern, entries: list[re.Pattern], gates: list[frozenset[str] | None]):
        self.compiled = compiled
        self.match = compiled.match  # (one position tried: the pattern itself, at no cost of ours)
        self.fullmatch = compiled.fullmatch
        self._entries = tuple(entries)  # each entry compiled alone, in the pattern's order
        opens: dict[str, set[int]] = {}  # gate string -> the entries (indexes) whose gate holds it
        for n, gate in enumerate(gates):
            for w in gate or ():
                opens.setdefault(w, set()).add(n)
        words = sorted(opens)
        self._ac = AhoCorasick(words) if words else None
        self._opens = [frozenset(opens[w]) for w in words]  # automaton id -> the entries it opens
        self._always = frozenset(n for n, gate in enumerate(gates) if gate is None)  # entries searched in every text

    def __repr__(self) -> str:
        return f"EntryGated({self.compiled!r})"

    def _none(self, string, pos: int = 0, endpos: int = sys.maxsize):
        """None when no entry matches anywhere in ``string[pos:endpos]`` (so neither does the pattern), else True.  The
        gate strings are looked for in the whole text (a string outside the slice only opens an entry to no avail)."""
        if not isinstance(string, str):
            return True  # (not a text: the pattern itself answers, or raises, as it does)
        todo = self._always
        if self._ac is not None:
            found = {pid for pid, _, _ in self._ac.find_matches_as_indexes(string, overlapping=True)}
            if found:
                opens = self._opens
                todo = todo.union(*[opens[pid] for pid in found])
        entries = self._entries
        for n in todo:
            if entries[n].search(string, pos, endpos) is not None:
                return True
        return None


def scans_for_nothing(compiled: re.Pattern) -> bool:
    """The regex engine has nothing to scan for in ``compiled``: no literal prefix, no set of first characters (its
    compiler's own reading, ``_get_literal_prefix`` / ``_get_charset_prefix``), so a search tries the whole pattern at
    every position.  False when that cannot be read (another Python)."""
    if _parse is None or _compile is None:
        return False
    try:
        parsed = _parse.parse(compiled.pattern, compiled.flags)
        flags = parsed.state.flags
        prefix = _compile._get_literal_prefix(parsed, flags)[0]
        return not prefix and _compile._get_charset_prefix(parsed, flags) is None
    except Exception:  # noqa: BLE001 - (another version of the private reader: nothing wrapped)
        return False


def entry_gated(compiled: re.Pattern, entries) -> EntryGated | None:
    """``compiled``, the entries ``entries`` joined as ``(?:e1)|(?:e2)|…``, with a gate for each entry (``EntryGated``);
    None when that cannot be done exactly or would filter nothing: an entry that does not compile alone or refers to a
    group by number, or no entry with strings of its own."""
    entries = [str(e) for e in entries]
    if compiled.pattern != "|".join(f"(?:{e})" for e in entries) or any(_NUMBERED_REF.search(e) for e in entries):
        return None
    try:
        alone = [_code_compile(e, compiled.flags) for e in entries]
    except (re.error, TypeError, ValueError):
        return None
    gates = []
    for e in entries:
        got = required_strings(e, compiled.flags)
        # (a string holding another of the set adds nothing: the shorter is found wherever the longer is)
        gates.append(frozenset(w for w in got if not any(o != w and o in w for o in got)) if got else None)
    if all(g is None for g in gates):
        return None
    return EntryGated(compiled, alone, gates)


def prefiltered(compiled: re.Pattern, entries=None) -> "re.Pattern | Prefiltered | EntryGated":
    """``compiled`` wrapped in a ``Prefiltered`` when it is long and every match needs one of a few characters; else,
    when it is the joined list ``entries``, long, and gives the engine nothing to scan for (``scans_for_nothing``), in an
    ``EntryGated``; else ``compiled`` itself."""
    if len(compiled.pattern) < MIN_PATTERN_CHARS or not isinstance(compiled.pattern, str):
        return compiled
    strings = required_strings(compiled.pattern, compiled.flags)
    if strings:
        return Prefiltered(compiled, strings)
    if entries is not None and scans_for_nothing(compiled):
        gated = entry_gated(compiled, entries)
        if gated is not None:
            return gated
    return compiled
