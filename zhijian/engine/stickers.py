"""What counts as an emoji or a sticker: one definition for the message check and the audit.

A chat workbench sends a sticker either as an emoji character or as a sticker code, a short
Chinese name in square brackets (``[微笑]`` ``[玫瑰]``) or ``#E-s``.  The cold-reply rules of
``check`` (a lone sticker; a bare word plus a sticker) and the audit's emoji requirement
(``missing_emoji``) both read stickers through this module, so the two can never disagree.
"""

from __future__ import annotations

import re

# sticker codes of the chat workbenches: [微笑] [玫瑰] (Chinese names only: [XL] is a size), #E-s
STICKER_CODE = re.compile(r"\[[\u4e00-\u9fff]{1,5}\]|#E-[a-z]")


def is_emoji(ch: str) -> bool:
    """A pictographic emoji (not a unit or trademark sign such as ℃ or ™)."""
    cp = ord(ch)
    # (the emoji of the technical block: ⌚ ⌛ ⌨ ⏏ ⏩-⏳ ⏸-⏺ — 稍等下⏳ carries its emoji; stop 39, c39)
    return (0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF
            or cp in (0x3030, 0x303D, 0x3297, 0x3299, 0x2764, 0x263A, 0x231A, 0x231B, 0x2328, 0x23CF)
            or 0x23E9 <= cp <= 0x23F3 or 0x23F8 <= cp <= 0x23FA)


def has_emoji(text: str) -> bool:
    """The text carries an emoji or a sticker code."""
    return any(is_emoji(ch) for ch in text) or bool(STICKER_CODE.search(text))


def without_codes(text: str) -> str:
    """The text with its sticker codes taken out (emoji characters are left to the caller)."""
    if "[" not in text and "#" not in text:
        return text
    return STICKER_CODE.sub("", text)
