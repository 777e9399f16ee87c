"""Whether the goods suit a named thing, answered beside the point (seed 000: 漏回复).

A customer asks whether the goods work with or for something they name (the old model at home, another maker's camera,
a newborn, the old bike's charger: the pack's ``suits_question``).  What the question asks for is a yes or no about that
thing; an answer telling figures and features of the goods (its own charger, its battery, its material) gives neither:
the question stays open (``state.track`` reads it as a lone need answered beside the point).
"""

from __future__ import annotations

import re

from zhijian.audit.memo import per_text
from zhijian.audit.settle import CLAUSE, bigrams, chars, compact

_MODAL = re.compile(r"能不能|可不可以|能否|可以|能")  # (the pack's suits_question names one; the last is what asks)
_FIGURE = re.compile(r"\d+(?:\.\d+)?")  # a figure (5 / 0.01)
# a count in Chinese numerals before a measure word (两个人 / 三口之家 / 五只猫: 一 aside, it counts nothing in 一下 / 一起);
# the answer saying the count back (三组成员档案 / 两边各盛一份) says how the goods serve that many (seed 000: 漏回复 asks
# whether the question was answered, as a figure said back does)
_COUNT = re.compile(r"[两二三四五六七八九十百千万]+(?=[个位口台只件张把套块双对人组层])")
# the thing named as what the goods should suit: after 在 / 到 / 于 / 给 up to the verb, or the stretch before the modal
_TARGET_AFTER = re.compile(r"(?:在|到|于|给|为)(?P<t>[^，,。？?！!]{2,10}?)(?:上|里|中)?(?:用|使用|充电|充|装|供电|安装)?(?:吗|么|嘛|不|呢)?$")


def suits_unmet(chat, it, answering: list) -> bool:
    """Question ``it`` asks whether the goods suit a thing it names (the pack's ``suits_question``: …能用吗 / 能用在…上吗 /
    能给…充吗), plainly (no grievance), and no ``answering`` sentence names that thing (a content bigram of it), says the
    yes or no of it (the pack's ``suits_words``: 能用 / 兼容 / 不支持 / 可以, until it was answered around), asks back or says
    the agent checks: the answer tells of the goods beside what was asked."""
    if it.act != "question" or it.grievance:
        return False
    read = _named_thing(chat, it.text)
    if read is None:
        return False
    target, named, figures, counts = read
    # (once answered around, 能用十二个月 / 可以 in a later block says yes to the newer question: only the thing named returns
    # to this one)
    yes_no = chat.words_re("suits_words") if not it.skipped else None
    back = chat.words_re("asks_back_words")
    # (stop 35, c35) the thing named by an amount (多重的狗能睡 / 多大的锅能放 / 几岁的孩子能用: the pack's ``quantity_question``)
    # is answered by a figure with its unit (the pack's ``measure_words``: 床架承重一百公斤); the figures the customer told in the
    # other sentences of the turn (我家那条九公斤) said back answer too — seed 000 漏回复 asks whether it was answered
    measure = chat.words_re("measure_words") if chat.words_re("quantity_question").search(compact(it.text)) else None
    told = [m.group() for m in chat.words_re("measure_words").finditer(compact(chat.messages[it.turn].text))]
    for s in answering:
        if "hold" in s.acts or s.scores.get("hold", 0.0) >= 0.3 or "cause_check" in s.acts:
            return False  # (a check promised or a question back: no answer yet, no answer beside the point)
        for cl in (compact(x) for x in CLAUSE.findall(s.text) or [s.text]):
            # (狗狗二十斤内都够睡 for 我家狗九斤能用吗: two characters of the thing named answer as well)
            # (下限-10℃ for 零下10度的天能用吗: the figure of the thing said back answers too)
            if bigrams(cl) & target or len(chars(cl) & named) >= 2 or figures & set(_FIGURE.findall(cl)) or any(
                    n in cl for n in counts) or (yes_no is not None and yes_no.search(cl)) or back.search(cl) or (
                    measure is not None and measure.search(cl)) or any(t in cl for t in told):
                return False
    return sum(len(compact(s.text)) for s in answering) >= int(chat.config.raw.get("beside_min_said") or 0)


@per_text
def _named_thing(chat, text: str) -> tuple | None:
    """What ``suits_unmet`` reads of a question's text alone, once per text: the content bigrams of the thing it asks the
    goods to suit (digit pairs aside), that thing's content characters (digits aside), its figures and its counts in
    Chinese numerals (``_COUNT``); None when it is no
    ``suits_question`` or names nothing."""
    asks = chat.patterns("suits_question")
    c = compact(text).rstrip("?？")
    if asks is None or asks.search(c) is None:
        return None
    modal = [x.start() for x in _MODAL.finditer(c)]
    stretch = _target(c, modal[-1]) if modal else ""
    target = frozenset(b for b in bigrams(stretch) if not b.isdigit())  # (a pair of digits names nothing: 00 / 0.01)
    if not target:
        return None
    return target, chars(stretch) - set("0123456789"), frozenset(_FIGURE.findall(stretch)), frozenset(_COUNT.findall(stretch))


def _target(c: str, at: int) -> str:
    """The thing compacted question ``c`` names as what the goods should suit: the stretch after
    在 / 到 / 给 when the question goes on past its modal (能用在尼康机身上吗 → 尼康机身), else the four characters before
    the modal at ``at`` (我家老款能用吗 → 家老款)."""
    after = _TARGET_AFTER.search(c, at)
    return after.group("t") if after is not None else c[max(0, at - 4):at]


def words_unmet(kind: tuple, it: Item, answering: list) -> bool:
    """Question ``it``, asked plainly, asks for an answer of one kind (``kind[0]``) and no ``answering`` sentence says one
    (``kind[1]``): what it asks for is not given, it stays open (seed 000: 漏回复).  The kinds (``state.track``): whether a
    service costs extra (the pack's ``charge_question`` / ``charge_words``: 安装要另外收钱吗 → 免费 / 人工费含在售价里 / 50元;
    pool42), and whether a version or item exists (``exists_question`` / ``exists_words``: 另外有没有大容量的款 → 有的 / 暂时没有 /
    只有这一种; stop 47)."""
    if it.act not in ("question", "request") or it.grievance or not kind[0].search(compact(it.text)):
        return False
    return not any(kind[1].search(compact(s.text)) for s in answering)
