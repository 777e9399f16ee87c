"""Something named only to decline to disclose it discloses nothing.

A rule opts in with ``params: {declined: true}`` (the privacy rules); its hit is dropped when its clause or the
clause right after it (the subject first, then the decline after a comma) holds a declined disclosure —
a negation before a verb of telling or sending (恕不告知 / 无法整份提供: ``declined_negations`` ×
``declined_helpers``? × ``declined_verbs``) or a set phrase (不对外 / 属于商业机密: ``declined_words``) — and no
turn that discloses it after all (不过 / 偷偷 / 私下: ``declined_turns``) stands in that stretch.

The word lists live in the packs (common.yaml ``vocab``); the ruleset compiles them into two folded regexes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from zhijian.engine.refusal import CLAUSE_MARK, alternation

_ENDS = "。！!？?\n"
LISTS = ("declined_negations", "declined_helpers", "declined_verbs", "declined_words", "declined_turns")


def patterns(words_of: Callable[[str], list[str]]) -> tuple[str, str]:
    """(declined disclosure, a turn that discloses after all) as regex sources over folded text."""
    w = {name: words_of(name) for name in LISTS}
    decline = (alternation(w["declined_negations"]) + alternation(w["declined_helpers"]) + "?" + alternation(w["declined_verbs"])
               + "|" + alternation(w["declined_words"]))
    return decline, alternation(w["declined_turns"])


@lru_cache(maxsize=16)
def _compiled(srcs: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(s) for s in srcs)


def declined(folded: str, s: int, e: int, srcs: tuple[str, str]) -> bool:
    """Is the hit [s, e) named in a clause (or before the next one) that declines to disclose it?"""
    decline, turn = _compiled(tuple(srcs))
    left = max((m.end() for m in CLAUSE_MARK.finditer(folded, 0, s)), default=0)
    first = CLAUSE_MARK.search(folded, e)
    if first is None:
        right = len(folded)
    elif folded[first.start()] in _ENDS:  # a sentence ends with the hit's clause
        right = first.start()
    else:  # the clause after the hit's too
        second = CLAUSE_MARK.search(folded, first.end())
        right = second.start() if second else len(folded)
    if not any(m.end() > e or m.start() < s for m in decline.finditer(folded, left, right)):
        return False
    return turn.search(folded, left, right) is None
