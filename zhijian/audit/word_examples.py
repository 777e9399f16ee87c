"""Executable examples of the ``conversation:`` word lists: a pack refuses to load when one fails.

A rule of the message check carries ``examples: {match, no_match}``; the word lists the conversation checks read
(``help_offer``, ``steps_away_forms``, ``yes_no_reply`` …) carry theirs in one place, the section's ``examples:``
mapping, list name -> ``{match: [...], no_match: [...], mode: search|match|fullmatch}``.  A ``match`` example must be
found by the list's pattern (the same one pattern the checks read, ``ConversationConfig.patterns``) in the text as
written or in its compacted form (the checks read either, most the compacted one); a ``no_match`` example in
neither.  ``mode`` is how the checks apply the list (``search`` by default; ``fullmatch`` for a list that must be
the whole compacted text, ``match`` for one read at its head).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zhijian.engine.normalize import compact
from zhijian.engine.rules import PackError
from zhijian.engine.selftest import ExampleFailure

MODES = ("search", "match", "fullmatch")


def _found(pattern: re.Pattern, mode: str, text: str) -> bool:
    how = getattr(pattern, mode)
    return bool(how(text) or how(compact(text)))


def run_word_examples(section: dict, patterns: Callable[[str], "re.Pattern | None"],
                      where: str) -> tuple[int, list[ExampleFailure]]:
    """Run every example of ``section['examples']`` against ``patterns(list name)``; (examples run, failures)."""
    examples = section.get("examples") or {}
    if not isinstance(examples, dict):
        raise PackError(f"{where}: 字段 examples 必须是“词表名: {{match: […], no_match: […]}}”的映射")
    total = 0
    failures: list[ExampleFailure] = []
    for name, ex in examples.items():
        place = f"{where}.examples.{name}"
        if not isinstance(ex, dict) or set(ex) - {"match", "no_match", "mode"}:
            raise PackError(f"{place}: 只能有 match、no_match、mode 三个字段")
        mode = ex.get("mode", "search")
        if mode not in MODES:
            raise PackError(f"{place}: mode 只能是 {'、'.join(MODES)}，而不是 {mode!r}")
        if name not in section or name == "examples":
            raise PackError(f"{place}: 会话配置里没有词表 {name!r}，示例无从检验")
        pattern = patterns(name)
        for kind in ("match", "no_match"):
            for text in ex.get(kind) or ():
                if not isinstance(text, str) or not text.strip():
                    raise PackError(f"{place}.{kind}: 示例必须是非空文字，而不是 {text!r}")
                total += 1
                found = pattern is not None and _found(pattern, mode, text)
                if found != (kind == "match"):
                    failures.append(ExampleFailure(f"conversation.{name}", where, kind, text,
                                                   "没有命中" if kind == "match" else "却命中了"))
    return total, failures
