"""A platform or channel named only to refuse it, or to say it cannot be seen from here, sends nobody anywhere.

A rule opts in with ``params: {refusal: true}``; its hit is dropped when the clause it stands in (between two
sentence or clause marks) holds a refusal and no pointer towards the platform:

* a refusal is a negated verb of support, acceptance, verification, transfer or presence, written before its
  object (不支持 … 转账 / 不能替您转到 … / 没有入驻 …: word lists ``refusal_negations`` × ``refusal_helpers``? ×
  ``refusal_verbs``), or after it (… 查不到 / … 核实不了: ``refusal_verbs`` × ``refusal_results``), or one of the
  set phrases of ``refusal_words`` (用不了, 不互通);
* the customer's own source written right before the platform (您截图的 / 您在…看到的: ``refusal_references``)
  counts as a refusal that governs no pointer after the platform (您在…下单更便宜 stays diversion); a refusal begun
  before the hit may run into it (不会|私下加: the negation governs the hit's own verb);
* a pointer (``refusal_pointers``: 去, 搜, 下单, 加, 便宜 …) sends the customer there or praises it there; it
  counts unless it is part of the refusal, or follows the platform while a refusal written before its object
  stands before the platform (不能替您转到别家下单: the order there is what is refused), or stands before such a
  refusal (下单付款不支持某付: the order is placed here).  A pointer between the refusal and the platform
  (不支持改价去别家买), or before a refusal written after its object (去那边搜…查不到), counts.

The word lists live in the packs (common.yaml ``vocab``); the ruleset compiles them into four folded regexes
(``patterns``), kept in the rule's params.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

CLAUSE_MARKS = "，,。！!？?；;：\n～~"
CLAUSE_MARK = re.compile("[" + re.escape(CLAUSE_MARKS) + "]")
LISTS = ("refusal_negations", "refusal_helpers", "refusal_verbs", "refusal_results", "refusal_words",
         "refusal_pointers", "refusal_references")


def alternation(words) -> str:
    """One regex source matching any of ``words`` (escaped, longest first); a source matching nothing for none."""
    words = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(map(re.escape, words)) + ")" if words else "(?!)"


def patterns(words_of: Callable[[str], list[str]]) -> tuple[str, str, str, str]:
    """(refusal before its object, refusal after it or set phrase, pointer, the customer's reference right before
    the hit) as regex sources over folded text; ``words_of(name)`` gives the folded words of a vocab list."""
    w = {name: words_of(name) for name in LISTS}
    before = alternation(w["refusal_negations"]) + alternation(w["refusal_helpers"]) + "?" + alternation(w["refusal_verbs"])
    after = alternation(w["refusal_verbs"]) + alternation(w["refusal_results"]) + "|" + alternation(w["refusal_words"])
    return before, after, alternation(w["refusal_pointers"]), alternation(w["refusal_references"]) + "$"


@lru_cache(maxsize=64)
def _compiled(srcs: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(s) for s in srcs)


def clause(folded: str, s: int, e: int) -> tuple[int, int]:
    """The clause around the stretch [s, e): from the mark before it to the mark after it."""
    left = max((m.end() for m in CLAUSE_MARK.finditer(folded, 0, s)), default=0)
    right = CLAUSE_MARK.search(folded, e)
    return left, right.start() if right else len(folded)


def refused(folded: str, s: int, e: int, srcs: tuple[str, ...]) -> bool:
    """Does the clause of the hit [s, e) refuse the platform rather than send the customer to it?"""
    before, after, pointer, *rest = _compiled(tuple(srcs))  # (the reference pattern is optional)
    cs, ce = clause(folded, s, e)
    outside = lambda m: m.end() <= s or m.start() >= e  # noqa: E731  (the hit's own letters are no context)
    # a refusal begun before the hit may run into it (不会|私下加|您: the negation governs the hit's own verb)
    pre = [m for m in before.finditer(folded, cs, ce) if m.start() < s or m.start() >= e]
    post = [m for m in after.finditer(folded, cs, ce) if outside(m)]
    ref = rest[0].search(folded, cs, s) if rest else None  # 您截图的|淘宝价: the customer's own source, right before it
    if not pre and not post and ref is None:
        return False
    inside = [m.span() for m in pre + post] + ([ref.span()] if ref else [])
    ahead = [m for m in pre if m.start() < s]  # refusals written before their object, before the platform
    governs_after = bool(ahead)  # 不能替您转到|别家|下单: what follows the platform is refused too
    first = min((m.start() for m in ahead), default=-1)  # 这边下单|不支持|支付宝: an earlier verb is not towards it

    def governed(p: re.Match) -> bool:
        return (any(a <= p.start() < b for a, b in inside) or (governs_after and p.start() >= e)
                or p.end() <= first or not outside(p))

    return all(governed(p) for p in pointer.finditer(folded, cs, ce))
