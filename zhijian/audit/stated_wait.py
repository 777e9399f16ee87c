"""The wait an agent names with a hold (请稍等，大约三分钟 / 5分钟内给您答复 / 半小时内回复您), in seconds: the agreed time the
follow-up check allows when it is longer than the pack's limit (seed 004: 会在XX小时内回复您)."""

from __future__ import annotations

import re

# a time the agent names with the hold (请稍等，大约三分钟 / 5分钟内给您答复 / 半小时内回复您): the agreed time
# (seed 004: 会在XX小时内回复您; the pack's suggestion: 在约定时间内回复结果), when longer than the pack's limit
# (a range names its longer end: 两三分钟 / 三五分钟 / 3-5分钟 / 三到五分钟 / 十几分钟)
_STATED = re.compile(r"((?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:[-~～到至]|或)?(?:[0-9]{1,3}|[一二两三四五六七八九十几]{0,3}))"
                     r"(个)?(半)?(分钟|小时|钟头|秒钟|秒)|半个?(小时|钟头)")
_RANGE = re.compile(r"(.+?)(?:[-~～到至]|或)(.+)")
_UNIT = {"分钟": 60, "小时": 3600, "钟头": 3600, "秒钟": 1, "秒": 1}
_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _number(s: str) -> int | None:
    """1-999 in digits, or 1-99 in Chinese numerals (三 / 十五 / 二十 / 两); a range, its upper end (两三 -> 3,
    3-5 -> 5, 三到五 -> 5, 十几 -> 19)."""
    r = _RANGE.fullmatch(s)
    if r:
        return _number(r.group(2))
    if len(s) == 2 and s[0] in _DIGIT and s[1] in _DIGIT and _DIGIT[s[1]] > _DIGIT[s[0]]:
        return _DIGIT[s[1]]  # 两三 / 三四 / 三五: two numerals side by side name a range
    s = s.replace("几", "九")  # 十几 / 二十几: at most nine more
    if s.isdigit():
        return int(s)
    if "十" not in s:
        return _DIGIT.get(s) if len(s) == 1 else None
    tens, _, units = s.partition("十")
    if len(tens) > 1 or len(units) > 1 or (tens and tens not in _DIGIT) or (units and units not in _DIGIT):
        return None
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[units] if units else 0)


def stated_wait(text: str) -> float | None:
    """The longest wait named in ``text`` in seconds (大约三分钟 -> 180, 一个半小时 -> 5400), or None."""
    out = None
    for m in _STATED.finditer(text):
        if m.group(5):
            secs = 1800.0
        else:
            n = _number(m.group(1))
            if n is None:
                continue
            secs = (n + (0.5 if m.group(3) else 0)) * _UNIT[m.group(4)]
        out = secs if out is None else max(out, secs)
    return out
