"""The pieces an answer and a need are compared in: clauses (split at punctuation and emoji), the compacted text, and
content bigrams (function words and particles carry none).  ``settle`` and the checks that read what a turn says share
them (seed 000: 对客户的每一个问题都认真回复 — what an answer is about is read clause by clause)."""

from __future__ import annotations

import functools
import re

from zhijian.engine.normalize import compact_one as _compact_uncached  # (normalize.compact compiled: the same text)

# (a point between digits is a decimal point, no clause boundary: 度数到-4.00都可以做 / 3.5米)
# (an emoji ends a clause as a stop does: 欢迎光顾XX坊👓验光要带上旧眼镜 — the house style of seed 003, 每句聊天都要有表情,
# puts one where the stop would be; the shop's greeting before it does not swallow the answer after it)
# (with the variation selector and the joiner an emoji is drawn with: ☀️ / 👨‍🍳)
CLAUSE = re.compile(r"(?:[^，,。.!！?？;；~～\n\u2600-\u27bf\ufe0f\u200d\U0001f300-\U0001faff]|(?<=\d)\.(?=\d))+")
# bigrams that carry no content (function words of questions and answers)
_STOP = frozenset("""请问 问一 一下 这个 那个 可以 能不 不能 是不 不是 有没 没有 怎么 什么 多少 您好 你好 的话 我们 你们 亲亲
这边 那边 一个 就是 还是 还有 已经 现在 时候 的吗 了吗 好的 谢谢 麻烦 帮我 给我 我想 想问 知道 您的 你的 我的""".split())
# the same sentences come back in chat after chat (template replies, 好的): their compact form and
# content sets are kept (bounded, thread-safe) instead of recomputed for every item and clause
compact = functools.lru_cache(maxsize=1 << 16)(_compact_uncached)


# particles that join no word (赠的蒸格 / 独立的蒸制按钮 share 的蒸, no content): a bigram holding one carries none (000 漏回复)
_PARTICLES = frozenset("的了吗呢吧啊呀哦嘛")
# a text typed in pinyin alone, two syllables and more (you mei you tuo pan): ``needs.pinyin_asks``, ``clause_fit.syllables``
PINYIN_TEXT = re.compile(r"[a-zA-Z]+(?:\s+[a-zA-Z]+)+\s*[?？]*")


@functools.lru_cache(maxsize=1 << 16)
def bigrams(text: str) -> frozenset[str]:
    c = compact(text)
    return frozenset(c[k:k + 2] for k in range(len(c) - 1) if c[k] not in _PARTICLES and c[k + 1] not in _PARTICLES) - _STOP
