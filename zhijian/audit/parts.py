"""What a customer's yes-or-no question asks about: the thing standing before its verb-not-verb form (表里的记录会不会丢 →
记录).  ``settle.py`` reads it to tell which of two questions of one turn a clause answers (seed 000: 对客户的每一个问题都
认真回复): a clause saying yes or no of the thing a question names answers it, and a clause naming the thing another
question asks about speaks of that one."""

from __future__ import annotations

import functools
import re

from zhijian.engine.normalize import compact


@functools.lru_cache(maxsize=1 << 12)
def heads(choice: re.Pattern, text: str) -> tuple[str, ...]:
    """The two characters standing right before each verb-not-verb of ``text`` (``choice``, the pack's
    ``a_not_a_question``): the thing the yes-or-no question asks about (表里的记录会不会丢 → 记录)."""
    c = compact(text)
    return tuple(c[m.start() - 2:m.start()] for m in choice.finditer(c) if m.start() >= 2)


def things(choice: re.Pattern, text: str, stop: frozenset[str]) -> frozenset[str]:
    """The things a question's yes-or-no forms ask about (``heads``: 机身能不能折叠收纳 → 机身), two content characters each
    (none of ``stop``, the characters that carry no content: 这个 / 能不 name nothing)."""
    return frozenset(h for h in heads(choice, text) if len(h) == 2 and not set(h) & stop)


def other_thing(named_things: list[frozenset[str]], clause: str) -> list[bool]:
    """For each open item (its ``things``), whether compacted ``clause`` names none of its things but names the thing
    another open item asks about: the clause tells of that thing (这款风嘴可以折叠收纳, for 风嘴会不会烫 and not for
    机身能不能折叠收纳, whatever words of the question it says back), it does not answer this one (seed 000:
    对客户的每一个问题都认真回复 — two questions of one turn about two parts; stop 36, c36)."""
    named = [any(h in clause for h in t) for t in named_things]
    if not any(named):
        return [False] * len(named_things)
    return [bool(t) and not named[k] and any(named[x] and not named_things[x] <= t
                                             for x in range(len(named_things)) if x != k)
            for k, t in enumerate(named_things)]
