"""What a lone question asks for that an answer must give (``settle``): one of the choices it names (A还是B), or the term of a
guarantee, or a size (``untold``); an answer giving none leaves the question open (seed 000: 漏回复)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from zhijian.audit.clauses import CLAUSE, bigrams
from zhijian.audit.parts import chars
from zhijian.audit.when import compact  # (cached: the same sentences come back)

if TYPE_CHECKING:
    from zhijian.audit.item import Item


@functools.lru_cache(maxsize=1 << 12)
def _choices(alternative: re.Pattern, wh: re.Pattern, text: str) -> tuple[frozenset[str], ...]:
    """The content characters of each choice of an alternative question (``alternative``, the pack's
    ``alternative_question``: 是铝合金还是高碳钢的 → 铝合金 / 高碳钢); none when the text asks none, or when it also asks
    with a question word (``wh``, the pack's ``wh_question_words``: 是坏了还是怎么回事 asks what happened)."""
    c = compact(text)
    m = alternative.search(c)
    if m is None:
        return ()
    at = c.find("还是", m.start())
    tail = re.match(r"[^，,。!！?？;；~～的呢吗啊呀]+", c[at + 2:])
    first, second = c[m.start() + 1:at], tail.group() if tail else ""
    if wh.search(c):
        return ()  # (怎么看他申请的是两个还是三个: the question word asks; 是坏了还是怎么回事: what happened)
    if not (chars(first) and chars(second)):
        return ()
    # (the head noun both choices end in, 糖 of 蔗糖还是代糖, tells neither apart: 低糖配方 names no choice; stop 51)
    head = frozenset(first[-1]) if len(first) > 1 and len(second) > 1 and first[-1] == second[-1] else frozenset()
    return (chars(first) - head or chars(first), chars(second) - head or chars(second))


def names_no_choice(grammar: tuple, it: Item, answering: list) -> bool:
    """Question ``it`` asks to choose (A还是B: 车架是铝合金还是高碳钢) and the ``answering`` sentences name no character of
    either choice: they answer beside the point (colours and gifts for the frame's material).  ``grammar``: the pack's
    ``alternative_question`` and ``wh_question_words``."""
    choices = _choices(grammar[0], grammar[1], it.text)
    if not choices:
        return False
    said = frozenset().union(*(chars(s.text) for s in answering))
    # (the answer speaks of the goods asked about, 这款16寸有三种颜色, and of neither choice; one sharing nothing with the
    # question, 一般要您下楼取, may answer in its own terms)
    return not any(ch & said for ch in choices) and bool((chars(it.text) - frozenset().union(*choices)) & said)


def term_unmet(term: tuple, it: Item, answering: list) -> bool:
    """Question ``it``, asked plainly, asks how long a guarantee lasts (``term[0]``, the pack's ``term_question``: 保修期多长 /
    质保是几年) and no ``answering`` sentence names cover or a term (``term[1]``, the pack's ``term_words``: 保 / 三包 / 两年 /
    六个月): what it asks for is not given (收货十五日内可退 / 下午就修得好 speak of another matter), it stays open.  Or it asks how
    long the work or its effect holds (``term[2]``, the pack's ``lasting_question``: 修完能顶多久) and no sentence names cover, a
    term, or one in weeks, days or hours (``term[3]``, the pack's ``lasting_words``: 二十来天; stop 57)."""
    if it.act != "question" or it.grievance:
        return False
    c = compact(it.text)
    if term[0].search(c):
        return not any(term[1].search(compact(s.text)) for s in answering)
    if term[2].search(c):
        return not any(term[1].search(t) or term[3].search(t) for t in (compact(s.text) for s in answering))
    return False


def when_untold(when: tuple, it: Item, answering: list) -> bool:
    """(stop 64) Question ``it``, asked plainly beside other needs, asks when or how long (``when[0]``, the pack's
    ``when_question``: 还有几天能做好 / 什么时候发) and no ``answering`` sentence tells a time or a span (``when[1]`` / ``when[2]``,
    the pack's ``time_words`` / ``span_words``, or ``when[7]``, its ``when_answer_words``: 三年 / 每天 / 已经发出 / 现货) and none asks
    back: the block answered the other needs (号码是免费印的), not this one."""
    if it.act != "question" or it.grievance or len(when) < 9 or not when[0].search(compact(it.text)) or any(
            "cause_check" in s.acts or s.text.rstrip().endswith(("？", "?")) or when[8].search(compact(s.text))
            for s in answering):
        return False  # (beside a question back or a deferral, 价格要看型号 (``when[8]``): the agent is still working on them)
    # (the text as written too: a clock time, 17:30, loses its colon when compacted; stop 69)
    return not any(when[1].search(t) or when[2].search(t) or when[7].search(t)
                   for s in answering for t in (compact(s.text), s.text))


def act_untold(when: tuple, it: Item, answering: list) -> bool:
    """(stop 65) Question ``it``, asked plainly beside other needs, asks whether the shop does a thing (``when[9]``, the pack's
    ``shop_act_question``: 换下来的旧配件你们回收吗 / 你家包安装吗) and no ``answering`` sentence names its verb or a content bigram
    of it, opens a clause on a yes or a no (``when[10]``, the pack's ``polarity_words``: 可以的 / 不回收 / 是的), asks back or defers: the block
    answered the other needs (上门检测费是50元…), not this one (seed 000 漏回复)."""
    if it.act != "question" or it.grievance or len(when) < 12 or when[11].search(compact(it.text)):
        return False  # (国庆放假你们有人吗: whether the shop is open, answered by its hours in its own kind; stop 61)
    m = when[9].search(compact(it.text))
    if m is None or any("cause_check" in s.acts or s.text.rstrip().endswith(("？", "?")) or when[8].search(compact(s.text))
                        for s in answering):
        return False
    verb, asked = m.group("verb"), bigrams(it.text)  # (你们能换吗 → 换: the pack's form leaves the modal out)
    # (…nor a content bigram of the question: 学士服你们提供吗 → 学士服可以按学院颜色租借 answers in its own words)
    return not any(verb in compact(s.text) or bigrams(s.text) & asked or any(when[10].match(compact(cl)) for cl in CLAUSE.findall(s.text))
                   for s in answering)


def sibling_untold(when: tuple, it: Item, answering: list) -> bool:
    """Question ``it``, asked beside other needs, is left untold by the block: asked when (``when_untold``) or whether the shop
    does a thing (``act_untold``)."""
    return when_untold(when, it, answering) or act_untold(when, it, answering)


def untold(kind: tuple, it: Item, answering: list) -> bool:
    """``it`` asks a question of ``kind`` (the pack's question and answer words: ``size_question`` / ``size_words``) that no
    clause of the ``answering`` sentences answers in the kind's words: which size to take (各穿什么码 / 该拍几码) is told
    by a size named (男款52码 / 建议拍大一码), never by a closing, a word on the style or a yes (拍下就行 / 可以的; stop 61, c61)."""
    asked, told = kind
    return bool(asked.search(compact(it.text))) and not any(
        told.search(compact(cl)) for s in answering for cl in (CLAUSE.findall(s.text) or [s.text]))
