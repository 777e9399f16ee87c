"""Variants derived at load time (never per message): disguises and the polite 您 form.

Every word written with 你 also stands for its 您 form (你有病 / 您有病, 你自己看着办 / 您自己看着办):
agents use the polite pronoun as easily as the plain one, and a rule author should not have to
write each word twice.  ``polite_forms`` gives every spelling with one or more 你 turned into 您.

Disguised spellings (pinyin, initials, homophones, emoji) are derived in disguise.py, by named
generators a rule opts in to; ``pinyin_variants`` stays here as the name older code imports.
"""

from __future__ import annotations

import itertools
from functools import lru_cache


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def pinyin_variants(word: str) -> tuple[str, ...]:
    """Full pinyin and pinyin/character mixes of a CJK word (the ``mixed_pinyin`` generator of
    disguise.py, where every derived disguise now lives)."""
    from zhijian.engine.disguise import mixed_pinyin

    return mixed_pinyin(word)


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
