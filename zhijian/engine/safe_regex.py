"""Regular expressions from pack files are only accepted when they cannot backtrack badly.

We walk the parsed expression and refuse backreferences, conditional groups and a repeat
inside an unbounded repeat (the ``(a+)+`` shape behind catastrophic backtracking).  Rules also
see bounded input (messages), so linear behaviour per message is what we need.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re._constants import MAXREPEAT  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import MAXREPEAT  # type: ignore[no-redef]

_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


class UnsafeRegex(ValueError):
    pass


def _walk(items, inside_unbounded: bool) -> None:
    for op, av in items:
        name = str(op)
        if name in ("GROUPREF", "GROUPREF_EXISTS"):
            raise UnsafeRegex("backreferences and conditional groups are not allowed")
        if name in _REPEATS:
            lo, hi, sub = av
            unbounded = hi == MAXREPEAT or hi > 64
            if unbounded and _has_repeat(sub, unbounded_only=True):
                raise UnsafeRegex("a repeat inside an unbounded repeat may backtrack badly")
            _walk(sub, inside_unbounded or unbounded)
        elif name == "SUBPATTERN":
            _walk(av[-1], inside_unbounded)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _walk(av[1], inside_unbounded)
        elif name == "BRANCH":
            for b in av[1]:
                _walk(b, inside_unbounded)


def _has_repeat(items, unbounded_only: bool = False) -> bool:
    for op, av in items:
        name = str(op)
        if name in _REPEATS:
            if not unbounded_only or av[1] == MAXREPEAT or av[1] > 64:
                return True
            if _has_repeat(av[2], unbounded_only):
                return True
        if name == "SUBPATTERN" and _has_repeat(av[-1], unbounded_only):
            return True
        if name == "BRANCH" and any(_has_repeat(b, unbounded_only) for b in av[1]):
            return True
    return False


def compile_safe(pattern: str) -> re.Pattern:
    try:
        parsed = sre_parse.parse(pattern)
    except re.error as e:
        raise UnsafeRegex(f"invalid regular expression: {e}") from None
    _walk(list(parsed), False)
    return re.compile(pattern)
