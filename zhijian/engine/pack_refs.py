"""References to a composition's word lists, expanded when a ruleset is compiled (never per message).

A rule's words (patterns, ``near`` groups, exceptions, ``unless``, ``whole``, a detector's ``allow`` list …) and
its regex may name a list instead of spelling it out:

* ``@own_platforms`` / ``@other_platforms``: the words and nicknames of the shop's own platforms / of every other
  one (common.yaml ``platforms``), ``@own_domains``: the own platforms' domains, ``@own_names``: the shop's names;
* ``@name``: the pack's ``vocab`` list ``name``;
* ``word@name``: ``word`` followed by each word of the vocab list ``name`` (第一@ordinal_units);
* in a regex, ``@name`` stands for an alternation of the list's folded words, longest first.

An unknown list refuses the pack (``PackError``).  ``expand`` also gives each word's polite 您 forms (variants.py).
"""

from __future__ import annotations

import re

from zhijian.engine.normalize import fold
from zhijian.engine.packs import Composition
from zhijian.engine.rules import PackError
from zhijian.engine.variants import polite_forms

_SUFFIX_REF = r"(.+)@([a-z_]+)"  # (compiled by ``re`` when a ruleset is built: a cached one never needs them)
_REGEX_REF = r"@([a-z_]+)"


def platform_words(platform: dict) -> list:
    """A platform's words and nicknames (common.yaml ``platforms``)."""
    return list(platform["words"]) + list(platform.get("nicknames") or ())


def expand(comp: Composition, words: tuple[str, ...], where: str) -> list[str]:
    """The words with their references (@name) expanded, each followed by its 您 forms."""
    out = expand_refs(comp, words, where)
    return out + [p for w in out for p in polite_forms(w) if p not in out]


def expand_refs(comp: Composition, words: tuple[str, ...], where: str) -> list[str]:
    """The words with their references expanded, in order (no 您 forms)."""
    out: list[str] = []
    for w in words:
        if not w.startswith("@"):
            m = re.fullmatch(_SUFFIX_REF, w)  # 第一@ordinal_units: the word before each word of the list
            if m and m.group(2) in comp.vocab:
                out += [m.group(1) + str(x) for x in comp.vocab[m.group(2)]]
            else:
                out.append(w)
            continue
        ref = w[1:]
        if ref == "own_platforms":  # a platform's nicknames too (never disguised: see pattern_table.py)
            out += [x for k in sorted(comp.own_platforms) for x in platform_words(comp.platforms[k])]
        elif ref == "other_platforms":
            out += [x for k, p in comp.platforms.items() if k not in comp.own_platforms for x in platform_words(p)]
        elif ref == "own_domains":
            out += [x for k in sorted(comp.own_platforms) for x in comp.platforms[k].get("domains", [])]
        elif ref == "own_names":
            out += list(comp.own_names)
        elif ref in comp.vocab:
            out += list(comp.vocab[ref])
        else:
            raise PackError(f"{where}：引用 {w!r} 未定义（没有这个词表）")
    return [str(x) for x in out]


def folded_list(comp: Composition, name: str, where: str) -> list[str]:
    """The folded words (您 forms included) of the list ``@name``."""
    return [fold(w) for w in expand(comp, ("@" + name,), where)]


def expand_regex(comp: Composition, pattern: str, where: str) -> str:
    """``@name`` in a rule's regex stands for the (folded) words of that list."""

    def alt(m: re.Match) -> str:
        words = sorted(set(folded_list(comp, m.group(1), where)), key=len, reverse=True)
        return "(?:" + "|".join(map(re.escape, words)) + ")" if words else "(?!)"

    return re.sub(_REGEX_REF, alt, pattern)
