"""Turning a rejected finding into a shop-override exception (issue 13, human review).

When a QA reviewer says "this finding is wrong", :func:`propose_exception` makes one entry of the
override's ``exceptions:`` (see overrides.py) from the finding's rule and span, and
:func:`merge_exception` adds it to a shop's override.  The rejected message becomes a ``no_match``
example, so the override's self-test keeps the exception honest when it loads.  Pure functions:
no database, no inspector.
"""

from __future__ import annotations

import copy

from zhijian.engine.normalize import compact

CONTEXT_CHARS = 2  # word characters taken on each side of the hit, so the exception is narrower than the bare word
MAX_EXAMPLE_CHARS = 500  # a longer message is cut to this many characters around the exception word
NOTE_SEP = "；"  # the notes of merged rejections, one after the other


def _wordish(ch: str) -> bool:
    """A character that belongs to a word: not punctuation, a space, an emoji/symbol or a line break."""
    c = compact(ch)
    return bool(c) and c != "\n"


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` extended by up to ``CONTEXT_CHARS`` word characters on each side, within the clause."""
    a = start
    while start - a < CONTEXT_CHARS and a > 0 and _wordish(text[a - 1]):
        a -= 1
    b = end
    while b - end < CONTEXT_CHARS and b < len(text) and _wordish(text[b]):
        b += 1
    return a, b


def _window(text: str, start: int, end: int) -> str:
    """The message, or ``MAX_EXAMPLE_CHARS`` characters of it centred on ``[start, end)`` (the span
    itself when it is longer than that)."""
    if len(text) <= MAX_EXAMPLE_CHARS:
        return text
    if end - start >= MAX_EXAMPLE_CHARS:
        return text[start:end]
    a = max(0, min(start - (MAX_EXAMPLE_CHARS - (end - start)) // 2, len(text) - MAX_EXAMPLE_CHARS))
    return text[a : a + MAX_EXAMPLE_CHARS]


def propose_exception(rule_id: str, text: str, start: int, end: int, note: str = "") -> dict:
    """One ``exceptions:`` entry for the finding ``text[start:end]`` of ``rule_id`` that a reviewer
    rejected: the hit with up to two word characters of context on each side as the word, the
    message (cut around the span when long) as the ``no_match`` example.

    Raises ``ValueError`` (in Chinese) for an empty or out-of-range span.  A span holding a line break
    (a whole-message or length finding of a multi-line message) is proposed as it is: the exception
    words are looked up verbatim, line breaks included.
    """
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise ValueError("规则 id 不能为空")
    if not isinstance(text, str):
        raise ValueError(f"消息文字应为 str，实际是 {type(text).__name__}")
    for name, v in (("start", start), ("end", end)):
        if isinstance(v, bool) or not isinstance(v, int):
            raise ValueError(f"偏移 {name} 应为整数，实际是 {v!r}")
    if not 0 <= start < end <= len(text):
        raise ValueError(f"偏移 start={start}、end={end} 无效：须满足 0 ≤ start < end ≤ {len(text)}（消息长度）")
    if not text[start:end].strip():
        raise ValueError(f"偏移 start={start}、end={end} 处只有空白，不能作为例外词")
    a, b = _widen(text, start, end)
    entry: dict = {"rule": rule_id.strip(), "words": [text[a:b]]}
    if note:
        entry["note"] = str(note)
    entry["examples"] = {"no_match": [_window(text, a, b)]}
    return entry


def _union(*lists) -> list:
    return list(dict.fromkeys(x for lst in lists for x in (lst or ())))


def merge_exception(overrides: dict | None, entry: dict) -> dict:
    """A NEW override with ``entry`` added to its ``exceptions``; an entry for the same rule gets the new
    words and examples (and note) united into it instead of a second entry.  Inputs are not changed."""
    if not isinstance(entry, dict) or not isinstance(entry.get("rule"), str):
        raise ValueError("例外应为含 rule 字段的映射")
    out = copy.deepcopy(overrides) if overrides else {}
    new = copy.deepcopy(entry)
    entries = out.get("exceptions")
    if entries is None:
        entries = out["exceptions"] = []
    elif not isinstance(entries, list):
        raise ValueError("覆盖设置的字段 exceptions 应为列表")
    rid = new["rule"].strip()
    old = next((e for e in entries if isinstance(e, dict) and str(e.get("rule", "")).strip() == rid), None)
    if old is None:
        entries.append(new)
        return out
    old["words"] = _union(_as_words(old.get("words")), _as_words(new.get("words")))
    notes = _union(str(old.get("note") or "").split(NOTE_SEP), [str(new.get("note") or "")])
    notes = [n for n in notes if n]
    if notes:
        old["note"] = NOTE_SEP.join(notes)
    ex_old, ex_new = old.get("examples") or {}, new.get("examples") or {}
    examples = {k: _union(ex_old.get(k), ex_new.get(k)) for k in ("match", "no_match")}
    examples = {k: v for k, v in examples.items() if v}
    if examples:
        old["examples"] = examples
    return out


def _as_words(v) -> list:
    if v is None:
        return []
    return [v] if isinstance(v, str) else list(v)
