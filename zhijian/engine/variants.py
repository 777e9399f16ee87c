"""Variants derived at load time (never per message): disguises and the polite 您 form.

Every word written with 你 also stands for its 您 form (你有病 / 您有病, 你自己看着办 / 您自己看着办):
agents use the polite pronoun as easily as the plain one, and a rule author should not have to
write each word twice.  ``polite_forms`` gives every spelling with one or more 你 turned into 您.

Pinyin spellings come from pypinyin's data: for a CJK word of 2-4 characters we emit the full
pinyin (``zhifubao``) and the mixed forms an agent types to get past a filter (``zhi付宝``,
``jue对``).  Only words of two or more syllables get them: a single syllable (``qin``) is too
common a Latin string to be evidence of anything.
"""

from __future__ import annotations

import itertools
from functools import lru_cache


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


@lru_cache(maxsize=4096)
def pinyin_variants(word: str) -> tuple[str, ...]:
    if len(word) < 2 or len(word) > 4 or not all(_is_cjk(c) for c in word):
        return ()
    from pypinyin import Style, pinyin

    readings = pinyin(word, style=Style.NORMAL, heteronym=False, errors="ignore")
    if len(readings) != len(word):
        return ()
    syll = [r[0] for r in readings]
    out = set()
    for mask in itertools.product((False, True), repeat=len(word)):
        if not any(mask):
            continue
        out.add("".join(s if m else c for c, s, m in zip(word, syll, mask)))
    return tuple(sorted(out))


@lru_cache(maxsize=4096)
def polite_forms(word: str) -> tuple[str, ...]:
    """The spellings of ``word`` with some or all of its 你 written 您 (the word itself not included)."""
    n = word.count("你")
    if not n:
        return ()
    if n > 4:  # no real word has more; keep the product small
        return (word.replace("你", "您"),)
    parts = word.split("你")
    out = set()
    for choice in itertools.product("你您", repeat=n):
        if "您" in choice:
            out.add(parts[0] + "".join(c + p for c, p in zip(choice, parts[1:])))
    return tuple(sorted(out))
