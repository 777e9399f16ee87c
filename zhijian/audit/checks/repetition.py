"""Repeated replies (seed 000: 重复发送相同内容)."""

from __future__ import annotations

import difflib
import re

from zhijian.audit.checks import check
from zhijian.engine.normalize import compact

_SENTENCE_SPLIT = re.compile(r"[。！？!?；;\n]+")


def similar(a: str, b: str, ratio: float) -> bool:
    """Near-identical texts (cheap upper bounds first: most pairs are ruled out by length)."""
    if min(len(a), len(b)) * 2 < ratio * (len(a) + len(b)):
        return False
    sm = difflib.SequenceMatcher(None, a, b)
    return sm.real_quick_ratio() >= ratio and sm.quick_ratio() >= ratio and sm.ratio() >= ratio


@check("repeated_reply")
def repeated_reply(chat):
    """An agent message equal or nearly equal (``near_repeat_ratio``) to an earlier one of at least
    ``repeat_min_chars`` characters, or repeating a sentence of 8+ characters already sent."""
    cfg = chat.config
    seen: list[str] = []
    seen_sentences: set[str] = set()
    for i in chat.agent_turns:
        text = chat.messages[i].text
        key = compact(text)
        sentences = {s for s in (compact(x) for x in _SENTENCE_SPLIT.split(text)) if len(s) >= 8}
        repeated = len(key) >= cfg.repeat_min_chars and (
            key in seen or any(len(p) >= 10 and similar(p, key, cfg.near_repeat_ratio) for p in seen)
        )
        if repeated or (sentences & seen_sentences):
            yield chat.finding("repeated_reply", i)
        seen.append(key)
        seen_sentences |= sentences
