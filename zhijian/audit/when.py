"""A time told answers the question asking when (``settle``): which open question a clause telling a time goes to."""

from __future__ import annotations

import functools

from zhijian.engine.normalize import compact_one as _compact_uncached  # (normalize.compact compiled: the same text)

compact = functools.lru_cache(maxsize=1 << 12)(_compact_uncached)


def asks_when(when: tuple, open_: list, got: list[bool], unmet: list[bool], waits, clause: str,
               span: bool = False) -> int:
    """The first open question nothing went to yet that asks when or how long (``when[0]``, the pack's ``when_question``:
    啥时候能到 / 称一回要多久 / 几天能发货), not waiting (``waits``) nor unmet, when ``clause`` tells a time (``when[1]``, the
    pack's ``time_words``: 明天下午 / 次日 / 10秒), or with ``span`` a span of time (``when[2]``, the pack's ``span_words``:
    10秒 / 一两天 / 3个工作日); -1 when none (seed 000: 对客户的每一个问题都认真回复 — the time asked is what answers)."""
    return asks_for(when[0], when[2] if span else when[1], open_, got, unmet, waits, clause)


def asks_for(question, told, open_: list, got: list[bool], unmet: list[bool], waits, clause: str) -> int:
    """The first open question nothing went to yet, not waiting (``waits``) nor unmet, that asks what ``clause`` tells:
    the question matches ``question`` (the pack's ``when_question`` / ``price_question``) and the clause ``told`` (a time /
    a sum of money: 三星12800元 for 价格区间多少, stop 49); -1 when none."""
    if not told.search(compact(clause)):
        return -1
    return next((k for k, it in enumerate(open_) if not got[k] and not unmet[k] and not waits(it) and it.act == "question"
                 and question.search(compact(it.text))), -1)


def sibling_when(when: tuple, open_: list, got: list[bool], unmet: list[bool], waits, last: int, clause: str) -> int:
    """The question asking when the goods are sent or arrive that ``clause`` answers, after the clause before it in the sentence
    went to ``open_[last]``: the clause shares no word with any need (the caller's reading) and tells a time of the goods sent
    or arriving (``when[4]``, the pack's ``delivery_event``), and the question, of the same customer turn, asks when of that
    too, nothing went to it yet (``asks_when``).  Each clause of one sentence may answer another of the message's questions
    (装好了吗 | 周六之前能到吗 → 出厂都装好了，明早发顺丰，一般次日下午送达; seed 000: 对客户的每一个问题都认真回复); a time told
    after the answer to a question of another turn goes on about that one (寄啥快递 → 走的是中通，隔日送达), a time of shipping
    answers no 续航多久 beside it, and a yes said so (宝宝用也没问题) answers no sibling.  -1 when none."""
    if len(when) < 5 or not when[4].search(compact(clause)):
        return -1
    k = asks_when(when, open_, got, unmet, waits, clause)
    if k < 0 or k == last or open_[k].turn != open_[last].turn or not when[4].search(compact(open_[k].text)):
        return -1
    return k


def sibling_span(when: tuple, how_much, open_: list, got: list[bool], unmet: list[bool], waits, last: int, clause: str) -> int:
    """The question asking how long (``when[0]`` and ``how_much``, the pack's ``when_question`` and ``quantity_question``: 大概多久
    能拿到 / 要等几天) that ``clause`` answers after the clause before it in the sentence went to ``open_[last]``: the clause shares
    no word with any need (the caller's reading) and tells a span of time (``when[2]``, the pack's ``span_words``: 5个工作日),
    and the question, of the same customer turn, nothing gone to it yet, asks how long; a time of the goods sent or arriving
    (``when[4]``) answers only a question asking that too (a time of shipping answers no 续航多久).  Each clause of one sentence
    may answer another of the message's questions (中秋你们还接单吗 | 要等几天 → 中秋照常接单，…预计节后4个工作日
    寄出; seed 000: 对客户的每一个问题都认真回复; stop 54).  -1 when none."""
    c = compact(clause)
    if len(when) < 5 or not when[2].search(c):
        return -1
    k = asks_for(when[0], when[2], open_, got, unmet, waits, clause)
    if k < 0 or k == last or open_[k].turn != open_[last].turn:
        return -1
    asked = compact(open_[k].text)
    if not how_much.search(asked) or (when[4].search(c) and not when[4].search(asked)):
        return -1
    return k


def sibling_price(price: tuple, open_: list, got: list[bool], unmet: list[bool], waits, last: int, clause: str) -> int:
    """The question asking about a price that ``clause`` answers, after the clause before it in the sentence went to
    ``open_[last]``: the clause tells a sum or the price in words (``price[1]`` / ``price[2]``, the pack's ``money_words`` /
    ``price_answer_forms``: 具体价格要以活动页面为准), and a question of the same customer turn, nothing gone to it yet, asks
    the price (``price[0]``, the pack's ``price_question``) or names a sum (``price[3]``, the pack's ``sum_asked_forms``: 会回到
    80吗).  Each clause of one sentence may answer
    another of the message's questions (那3月大概什么时候 | 会回到80吗 → 活动时间中旬公布，具体价格以活动页面为准; seed 000:
    对客户的每一个问题都认真回复; stop 50).  -1 when none."""
    c = compact(clause)
    if len(price) < 4 or not (price[1].search(c) or price[2].search(c)):
        return -1
    return next((k for k, it in enumerate(open_) if k != last and not got[k] and not unmet[k] and not waits(it)
                 and it.act == "question" and it.turn == open_[last].turn
                 and (price[0].search(compact(it.text)) or price[3].search(compact(it.text)))), -1)
