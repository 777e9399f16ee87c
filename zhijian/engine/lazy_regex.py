"""Python ``re`` patterns of a compiled ruleset, compiled the first time they are used.

A ruleset holds a few dozen Python patterns (the gates of its regexes and of its plan, the emoji forms, the
shipped regexes that need look-ahead).  The on-disk cache (cache.py) pickles each as its source only: a process
meets few of them (``zhijian check "…"`` none but the plan's one character search), and re-compiling all of them
when a cached ruleset was read back was most of the start-up of a single check (issue 14).  Once compiled, the
pattern's own ``search`` and ``finditer`` are bound on the object, so later calls cost what the compiled
pattern's do.
"""

from __future__ import annotations

import re

from zhijian.engine.regex_code import compile as _compile


class LazyRegex:
    """A pattern (``re`` syntax) compiled on its first ``search``, ``finditer`` or ``fullmatch``; pickled as its source."""

    def __init__(self, pattern: str, flags: int = 0, compiled: re.Pattern | None = None):
        self.pattern = pattern
        self.flags = flags
        self._rx: re.Pattern | None = None
        if compiled is not None:
            self._bind(compiled)

    def _bind(self, rx: re.Pattern | None = None) -> re.Pattern:
        if rx is None:
            rx = _compile(self.pattern, self.flags)
        self._rx = rx
        # found before the methods below from now on
        self.search, self.finditer, self.fullmatch = rx.search, rx.finditer, rx.fullmatch
        return rx

    def search(self, *args):
        return self._bind().search(*args)

    def fullmatch(self, *args):
        return self._bind().fullmatch(*args)

    def finditer(self, *args):
        return self._bind().finditer(*args)

    def __reduce__(self):
        return (LazyRegex, (self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r})"
