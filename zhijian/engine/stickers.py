"""What counts as an emoji or a sticker: one definition for the message check and the audit.

A chat workbench sends a sticker either as an emoji character or as a sticker code, a short
Chinese name in square brackets (``[微笑]`` ``[玫瑰]``) or ``#E-s``.  The cold-reply rules of
``check`` (a lone sticker; a bare word plus a sticker) and the audit's emoji requirement
(``missing_emoji``) both read stickers through this module, so the two can never disagree.
"""

from __future__ import annotations

import re

# sticker codes of the chat workbenches: [微笑] [玫瑰] (Chinese names: [XL] is a size), #E-s, and the few codes named in
# Latin letters or digits that the workbenches' sticker panels share with WeChat's ([OK] [NO] [666]; stop 44: a blind
# pool's agents closed their taobao replies on [OK])
STICKER_CODE = re.compile(r"\[[\u4e00-\u9fff]{1,5}\]|\[(?:OK|Ok|ok|NO|No|666)\]|#E-[a-z]")


def is_emoji(ch: str) -> bool:
    """A pictographic emoji (not a unit or trademark sign such as ℃ or ™)."""
    cp = ord(ch)
    # (the emoji of the technical block: ⌚ ⌛ ⌨ ⏏ ⏩-⏳ ⏸-⏺ — 稍等下⏳ carries its emoji; stop 39, c39)
    return (0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF
            or cp in (0x3030, 0x303D, 0x3297, 0x3299, 0x2764, 0x263A, 0x231A, 0x231B, 0x2328, 0x23CF)
            or 0x23E9 <= cp <= 0x23F3 or 0x23F8 <= cp <= 0x23FA)


# kaomoji and text emoticons (颜文字), which chat agents type as their 表情: ^_^ ＾▽＾ (*^▽^*) (｡･ω･｡) T_T ≧▽≦ >_< :)
# — a face needs its eyes on both sides of the mouth (or a caret pair), and no Latin letter or digit next to it, so
# x^2, AT_TB, 处理;(提交 and 尺码:D are not faces.
_EYES = "•°◕￣・･⊙╥ಥTＴ=;^＾*\\-ˇ"
_MOUTH = "_▽ω∀∇ᴗ‿◡ㅂ﹏εз口皿益ヮー"
KAOMOJI = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    r"[\^＾][^\s\^＾]{0,2}[\^＾]"
    rf"|([{_EYES}])[{_MOUTH}]{{1,2}}\1"
    r"|≧\S?≦|>[_﹏▽ω]<|＞[_﹏▽ω]＜|´\S{1,2}[`｀]"
    r"|[:;=][-']?(?:\)|\((?!\S))"
    r"|QAQ|orz|OTZ|OTL"
    r")(?![A-Za-z0-9])")
# U+FE0F asks for the emoji presentation of the character before it (☺️ ▶️ ™️), U+20E3 makes a keycap (1️⃣ #️⃣)
_PRESENTATION = ("\ufe0f", "\u20e3")


def has_emoji(text: str) -> bool:
    """The text carries an emoji, an emoji presentation or keycap, a sticker code or a kaomoji."""
    return (any(is_emoji(ch) for ch in text) or bool(STICKER_CODE.search(text))
            or any(p in text for p in _PRESENTATION) or bool(KAOMOJI.search(text)))


_KEYCAP = re.compile("[0-9#*]\ufe0f?\u20e3")


def without_stickers(text: str) -> str:
    """The text with its sticker codes, kaomoji and keycaps taken out: what is left of a short message once its
    表情 are set aside (the whole-message reading of the cold-reply rules)."""
    text = without_codes(text)
    if "\u20e3" in text:
        text = _KEYCAP.sub("", text)
    return KAOMOJI.sub("", text)


def without_codes(text: str) -> str:
    """The text with its sticker codes taken out (emoji characters are left to the caller)."""
    if "[" not in text and "#" not in text:
        return text
    return STICKER_CODE.sub("", text)
