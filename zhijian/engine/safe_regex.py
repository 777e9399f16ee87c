"""Regular expressions of rules run on RE2 (linear time in the text, whatever the pattern).

Every pattern a user writes (shop overrides: CLI files and the API) must compile on RE2
(``google-re2``); RE2 has no backtracking, so no pattern can stall a check.  Syntax RE2 does
not have (look-around, backreferences) is refused with a message saying so, and a pattern is
bounded in length and in compiled size.

Our own shipped, reviewed pack patterns also run on RE2; only where a shipped pattern needs
look-ahead do we fall back to Python ``re``, after a structural check that refuses the shapes
behind catastrophic backtracking (a repeat inside an unbounded repeat, backreferences).
"""

from __future__ import annotations

import re

import re2

try:  # Python 3.11+
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re._constants import MAXREPEAT  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import MAXREPEAT  # type: ignore[no-redef]

MAX_USER_PATTERN = 500  # characters of one user-written pattern (after @list expansion: MAX_EXPANDED)
MAX_EXPANDED = 20_000
MAX_PROGRAM_MEM = 8 << 20  # bytes RE2 may use for one compiled pattern

_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


class UnsafeRegex(ValueError):
    pass


def _options() -> "re2.Options":
    o = re2.Options()
    o.log_errors = False
    o.max_mem = MAX_PROGRAM_MEM
    return o


_OPTIONS = _options()

# RE2's error codes (re2.h, RE2::ErrorCode), said in Chinese; the fragment after ": " is kept
_RE2_REASONS = {
    "unexpected error": "未知错误",
    "invalid escape sequence": "无法识别的转义序列",
    "invalid character class": "字符类写法有误",
    "invalid character class range": "字符类范围有误",
    "missing ]": "缺少 ]",
    "missing )": "缺少 )",
    "unexpected )": "多余的 )",
    "trailing \\": "末尾有多余的 \\",
    "no argument for repetition operator": "重复符号前面没有内容",
    "invalid repetition size": "重复次数有误",
    "bad repetition operator": "重复符号用法有误",
    "invalid perl operator": "不支持的 (? 语法",
    "invalid UTF-8": "含有非 UTF-8 字符",
    "invalid named capture group": "命名分组写法有误",
}


def _chinese_reason(reason: str) -> str:
    """RE2's English error text in Chinese, keeping the offending fragment (``缺少 )：(a``)."""
    head, sep, frag = reason.partition(": ")
    zh = _RE2_REASONS.get(head if sep else reason)
    if zh is None:
        return "语法有误"
    return f"{zh}：{frag}" if sep else zh


_SURROGATE = re.compile("[\ud800-\udfff]")

try:  # the binding under ``re2.finditer``: a search of a short message from Python costs ~1 µs there, ~3 µs through
    # the wrapper's generator and match objects (issue 14: a single check runs a few per message)
    from re2 import _re2 as _binding

    _UNANCHORED = _binding.RE2.Anchor.UNANCHORED
    _bytes_to_chars, _chars_to_bytes = _binding.BytesToCharLen, _binding.CharLenToBytes
except (ImportError, AttributeError):  # pragma: no cover (another google-re2 layout: the wrapper's own path)
    _binding = None


class Re2Pattern:
    """An RE2 pattern used like ``re.Pattern`` on message text.  RE2 works on UTF-8, which cannot carry a
    lone surrogate: those are read as U+FFFD (one character for one, so offsets do not move).  Pickled as its
    source, and compiled again on first use when read back (a cached ruleset holds ~60: compiling them all at
    every start was a large part of reading it back, issue 14); the source was checked when it was first compiled."""

    engine = "re2"
    __slots__ = ("rx", "pattern")

    def __init__(self, rx, pattern: str):
        self.rx = rx  # None: not compiled yet (read back from a pickle)
        self.pattern = pattern

    def __reduce__(self):
        return (Re2Pattern, (None, self.pattern))

    def _compiled(self):
        rx = self.rx = re2.compile(self.pattern, options=_OPTIONS)
        return rx

    def finditer(self, text: str, *span: int):
        """Matches in ``text`` (or between ``pos`` and ``endpos``, as ``re`` reads them; ``$`` holds only at the
        text's end)."""
        if not text.isascii() and _SURROGATE.search(text):
            text = _SURROGATE.sub("\ufffd", text)
        rx = self.rx
        return (self._compiled() if rx is None else rx).finditer(text, *span)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``[m.span() for m in self.finditer(text)]``: the same matches, found the way ``re2``'s ``finditer`` finds
        them (after an empty match the search moves on one character), without its generator and match objects."""
        if _binding is None:
            return [m.span() for m in self.finditer(text)]
        ascii_ = text.isascii()
        if not ascii_ and _SURROGATE.search(text):
            text = _SURROGATE.sub("\ufffd", text)
        rx = self.rx
        match = (self._compiled() if rx is None else rx)._regexp.Match
        data = text.encode("utf-8")
        pos, end = 0, len(data)
        out = []
        byte, char = 0, 0  # a byte offset already met and its character offset (offsets only grow)
        while True:
            s, e = match(_UNANCHORED, data, pos, end)[0]
            if s < 0:
                break
            if ascii_:
                out.append((s, e))
            else:
                cs = char + _bytes_to_chars(data, byte, s)
                ce = cs + _bytes_to_chars(data, s, e)
                out.append((cs, ce))
                byte, char = e, ce
            if pos == end:
                break
            pos = pos + _chars_to_bytes(data, pos, 1) if pos == e else e
        return out

    def search_span(self, text: str) -> tuple[int, int] | None:
        """``self.search(text).span()``, or None where nothing matches (as :meth:`spans`)."""
        if _binding is None:
            m = self.search(text)
            return None if m is None else m.span()
        ascii_ = text.isascii()
        if not ascii_ and _SURROGATE.search(text):
            text = _SURROGATE.sub("\ufffd", text)
        rx = self.rx
        data = text.encode("utf-8")
        s, e = (self._compiled() if rx is None else rx)._regexp.Match(_UNANCHORED, data, 0, len(data))[0]
        if s < 0:
            return None
        if ascii_:
            return s, e
        cs = _bytes_to_chars(data, 0, s)
        return cs, cs + _bytes_to_chars(data, s, e)

    def search(self, text: str, *span: int):
        if not text.isascii() and _SURROGATE.search(text):
            text = _SURROGATE.sub("\ufffd", text)
        rx = self.rx
        return (self._compiled() if rx is None else rx).search(text, *span)


def spans_of(rx, text: str) -> list[tuple[int, int]]:
    """The spans of the matches of a compiled pattern in ``text``: :meth:`Re2Pattern.spans`, or ``finditer``'s for
    Python ``re`` (a shipped pattern with look-ahead)."""
    spans = getattr(rx, "spans", None)
    return spans(text) if spans is not None else [m.span() for m in rx.finditer(text)]


def compile_re2(pattern: str) -> Re2Pattern:
    """Compile on RE2 or raise ``UnsafeRegex`` with a Chinese reason."""
    if len(pattern) > MAX_EXPANDED:
        raise UnsafeRegex(f"正则表达式展开后长 {len(pattern)} 个字符，超过上限 {MAX_EXPANDED}")
    try:
        return Re2Pattern(re2.compile(pattern, options=_OPTIONS), pattern)
    except re2.error as e:
        reason = e.args[0] if e.args else e
        reason = reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
        if "too big" in reason or "too large" in reason or "repetition size" in reason:
            raise UnsafeRegex("正则表达式编译后过大（重复次数嵌套过多），请简化") from None
        if "invalid perl operator" in reason or "invalid escape" in reason or "missing argument" in reason:
            raise UnsafeRegex(f"不支持的正则语法（不支持先行/后行断言、反向引用等）：{_chinese_reason(reason)}") from None
        raise UnsafeRegex(f"无效的正则表达式：{_chinese_reason(reason)}") from None


def compile_user(pattern: str, expanded: str | None = None):
    """A pattern a user wrote: RE2 only, bounded in length."""
    if not isinstance(pattern, str) or not pattern:
        raise UnsafeRegex("正则表达式必须是非空字符串")
    if len(pattern) > MAX_USER_PATTERN:
        raise UnsafeRegex(f"正则表达式长 {len(pattern)} 个字符，超过上限 {MAX_USER_PATTERN}")
    return compile_re2(expanded if expanded is not None else pattern)


def compile_shipped(pattern: str):
    """A pattern of a shipped pack: RE2 where it compiles, else checked Python ``re``."""
    try:
        return compile_re2(pattern)
    except UnsafeRegex:
        return compile_checked(pattern)


def _walk(items, inside_unbounded: bool) -> None:
    for op, av in items:
        name = str(op)
        if name in ("GROUPREF", "GROUPREF_EXISTS"):
            raise UnsafeRegex("不允许反向引用和条件分组")
        if name in _REPEATS:
            lo, hi, sub = av
            unbounded = hi == MAXREPEAT or hi > 64
            if unbounded and _has_repeat(sub, unbounded_only=True):
                raise UnsafeRegex("无界重复内嵌套无界重复，可能回溯失控")
            _walk(sub, inside_unbounded or unbounded)
        elif name == "SUBPATTERN":
            _walk(av[-1], inside_unbounded)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _walk(av[1], inside_unbounded)
        elif name == "BRANCH":
            for b in av[1]:
                _walk(b, inside_unbounded)


def _has_repeat(items, unbounded_only: bool = False) -> bool:
    for op, av in items:
        name = str(op)
        if name in _REPEATS:
            if not unbounded_only or av[1] == MAXREPEAT or av[1] > 64:
                return True
            if _has_repeat(av[2], unbounded_only):
                return True
        if name == "SUBPATTERN" and _has_repeat(av[-1], unbounded_only):
            return True
        if name == "BRANCH" and any(_has_repeat(b, unbounded_only) for b in av[1]):
            return True
    return False


def compile_checked(pattern: str) -> re.Pattern:
    """Python ``re`` after the structural check (shipped patterns only)."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error as e:
        at = f"（第 {e.pos + 1} 个字符附近）" if e.pos is not None else ""
        raise UnsafeRegex(f"无效的正则表达式{at}") from None
    _walk(list(parsed), False)
    return re.compile(pattern)
