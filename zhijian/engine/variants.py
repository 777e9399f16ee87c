"""Disguise variants derived at load time (never per message).

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
