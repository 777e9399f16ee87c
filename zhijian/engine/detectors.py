"""Built-in detectors for things a word list cannot describe.

Each detector scans the folded text (same length as the original, so spans carry over) and
returns ``(start, end)`` spans.  Pack rules choose which detectors run, with what category,
message and parameters (``params``):

* ``mobile``   — mainland mobile numbers (11 digits, 1[3-9]…), also written with 壹贰… or
  separators; masked numbers (139****5678) are not matched;
* ``idcard``   — 18-digit resident ID numbers whose check digit is right (GB 11643);
* ``bankcard`` — 16-19 digit card numbers that pass the Luhn check and are not ID numbers;
* ``email``    — e-mail addresses;
* ``url``      — links and bare domains, except the domains listed in ``params.allow``.

``params.unless_before``: words that, within ``params.window`` (8) characters before the span,
mean it is something else (订单号 …).
"""

from __future__ import annotations

import re
from typing import Callable

from zhijian.engine.lazy_regex import LazyRegex

_DIGIT_FOLD = str.maketrans("零〇壹贰叁肆伍陆柒捌玖幺", "001234567891")

# compiled when a detector first runs (its rule's gate held): most processes never need them (lazy_regex.py)
_MOBILE = LazyRegex(r"(?<![0-9])1[3-9][0-9](?:[ -]?[0-9]){8}(?![0-9])")
_IDCARD = LazyRegex(r"(?<![0-9])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9x](?![0-9a-z])")
_CARD = LazyRegex(r"(?<![0-9])[0-9]{16,19}(?![0-9])")
_EMAIL = LazyRegex(r"[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,10}")
_URL = LazyRegex(
    r"(?:https?://|www\.)[a-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]{1,300}"
    r"|(?<![a-z0-9@.\-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}"
    r"\.(?:com|cn|net|org|cc|top|shop|vip|xyz|me|io|hk|tw|co|info)(?![a-z0-9])(?:/[a-z0-9\-._~/?#=&%]{0,200})?"
)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10x98765432"


def idcard_valid(number: str) -> bool:
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17].lower()


def luhn_valid(number: str) -> bool:
    if not number.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _mobile(text: str, params: dict) -> list[tuple[int, int]]:
    return [m.span() for m in _MOBILE.finditer(text.translate(_DIGIT_FOLD))]


def _idcard(text: str, params: dict) -> list[tuple[int, int]]:
    return [m.span() for m in _IDCARD.finditer(text) if idcard_valid(m.group())]


def _bankcard(text: str, params: dict) -> list[tuple[int, int]]:
    out = []
    for m in _CARD.finditer(text):
        s = m.group()
        if len(s) == 18 and idcard_valid(s):
            continue
        if s[0] in "3456" and luhn_valid(s):
            out.append(m.span())
    return out


def _email(text: str, params: dict) -> list[tuple[int, int]]:
    return [m.span() for m in _EMAIL.finditer(text)]


def _url(text: str, params: dict) -> list[tuple[int, int]]:
    allow = tuple(a.lower() for a in params.get("allow", ()))
    out = []
    for m in _URL.finditer(text):
        if text[max(0, m.start() - 1) : m.start()] == "@":
            continue  # part of an e-mail address
        host = re.sub(r"^(?:https?://)?", "", m.group()).split("/")[0].split(":")[0]
        if any(host == a or host.endswith("." + a) for a in allow):
            continue
        out.append(m.span())
    return out


DETECTORS: dict[str, Callable[[str, dict], list[tuple[int, int]]]] = {
    "mobile": _mobile,
    "idcard": _idcard,
    "bankcard": _bankcard,
    "email": _email,
    "url": _url,
}

# A cheap test that must be true for a detector to find anything (skips most messages).
DIGIT_CHARS = "0123456789零〇壹贰叁肆伍陆柒捌玖幺"  # a digit as a number handed over is written (the detectors' gate)
DIGIT_RUN = re.compile(f"[{DIGIT_CHARS}]{{4}}")  # (matcher reads it as ``_batch_core.char_run(text, DIGIT_CHARS, 4)``)
ANY_DIGIT = re.compile(r"[0-9]")  # a regex rule's gate with ``needs_digit``: its match holds an ASCII digit
# A cheap gate that must hold for a detector to find anything (skips most messages):
# "digits" = a run of four digits somewhere, ("chars", …) = one of these characters occurs.
GATES: dict[str, tuple[str, tuple[str, ...]]] = {
    "mobile": ("digits", ()),
    "idcard": ("digits", ()),
    "bankcard": ("digits", ()),
    "email": ("chars", ("@",)),
    "url": ("chars", (".",)),
}
