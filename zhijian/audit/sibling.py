"""How a clause of an answer stands to the needs asked together in one customer turn: a sibling named only by the goods'
name, a thing of its own never named, a yes-or-no asked of the word a clause shares, and what a need asks beyond the
words that add it (``settle`` reads these while it hands each clause to a need; seed 000: 对客户的每一个问题都认真回复)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from zhijian.audit.clauses import CLAUSE, bigrams, compact
from zhijian.audit.config import NEVER
from zhijian.audit.parts import STOP_CHARS, chars, heads as _heads, verb_after as _verb_after

if TYPE_CHECKING:
    from zhijian.audit.item import Item


@functools.lru_cache(maxsize=1 << 12)
def answered_choice(choice: re.Pattern, text: str) -> frozenset[str]:
    """The verbs of the yes-or-no questions of ``text`` put as verb-not-verb (``choice``, the pack's ``a_not_a_question``:
    有没有 / 是不是 / 能不能): saying the verb answers it; the verb is the first character of the form."""
    return frozenset(m.group()[0] for m in choice.finditer(compact(text)) if m.group())


# a question added after another in the same turn (还有… / 另外… / 对了…)
def named_beside(k: int, open_: list[Item], feats: list, got: list[bool], said: str, added, amount=None,
                  spoken: tuple = ()) -> bool:
    """Item ``k``, asked plainly, names a thing of its own in two characters standing together (那滤网呢 / 尺码呢) that the
    answer (``said``, compacted) never names, and another question of its turn got an answer: the answer went to that
    one, not to this (那滤网呢？… 另外几天发货 answered only about the dispatch: the first of two questions skipped).
    ``added``: the pack's ``added_question`` (另外 / 对了 / 顺便 at the head of the other question), or None.  ``amount``:
    the pack's ``quantity_question``: item ``k`` asking how much of the thing it names (承重多少 | 坐高多少) is skipped
    however the other question was put, when a clause went to that one (``spoken``), not only a free sentence."""
    ic, text = feats[k][1], compact(open_[k].text)
    # (the answer giving data or a figure, [数字x] / 32厘米, may be the amount: only an answer with none skips it)
    counts = amount is not None and bool(amount.search(text))
    if (added is None and not counts) or open_[k].grievance or len(ic) != 2 or not any(
            a + b in text and a + b not in said for a in ic for b in ic if a != b):
        return False
    # (the amount's sibling answered in words about it, 每层放30斤; a free sentence, [数字x]的呢, or a clause sharing one
    # character with the sibling, 电芯款是99元 for 什么电池, may be the amount)
    return any(got[x] and open_[x].turn == open_[k].turn and open_[x].act == "question" and (
        (counts and spoken[x]) or (added is not None and open_[x].sentence > open_[k].sentence
                                   and added.match(compact(open_[x].text)))) for x in range(len(open_)))


def passed_over(k: int, open_: list[Item], feats: list, got: list[bool], said: str, answering: list, yes=None,
                told_when=None, wh: re.Pattern = NEVER, negation: re.Pattern = NEVER, summons: re.Pattern = NEVER) -> bool:
    """Item ``k``, a yes-or-no question asked plainly whose content is two characters standing together (能加急吗 / 包邮吗 /
    防水吗), asked beside another question of its turn that the block answered (``got``), is passed over when the answer
    (``said``, compacted) never names those two characters, no ``answering`` sentence opens on a yes or a no (``yes``) and
    none tells a time (``told_when``, the pack's ``time_words``: a rush may be answered by the day it is ready): the answer
    went to the sibling (磨两把收多少？可以加急吗 → 合计45元，锯齿刀口价格一样; seed 000: 对客户的每一个问题都认真回复;
    stop 57) — asked in its turn, or added in a later one (另外…: stop 69).  ``got``: the items a clause of the block went to (not a free sentence: that may be the answer to this one).
    ``wh``: the pack's ``wh_question_words`` (a question word asks more than yes or no); ``negation``: its
    ``negation_words`` (a question put with one, 这不扯淡嘛 / 不是说好了吗, is a reproach); ``summons``: its ``summons_forms``
    (a call to see whether anyone is there, 掌柜的在吗: no question the answer owes words to)."""
    it = open_[k]
    ic, text = feats[k][1], compact(it.text)
    if yes is None or told_when is None or it.act != "question" or it.grievance or len(ic) != 2:
        return False
    if not text.endswith(("吗", "么")) or summons.search(text) or negation.search(text) or wh.search(text) or not any(
            a + b in text and a + b not in said for a in ic for b in ic if a != b):
        return False
    # (or a question the customer added in a later turn, 可以加急吗 → 另外雕完会配证书吗, both waiting for the block: stop 69, c69)
    if not any(got[x] and x != k and (o.turn == it.turn or (o.turn > it.turn and o.added)) and o.act == "question"
               for x, o in enumerate(open_)):
        return False
    return not any(yes(s.text) or told_when.search(compact(s.text)) for s in answering)


def thin(it: Item, last: Item, ic: frozenset[str], ch: frozenset[str], ib: frozenset[str], bg: frozenset[str],
          polar: tuple = (NEVER, NEVER), clause: str = "") -> bool:
    """A clause going on after a clause about question ``last`` that shares with its sibling question ``it`` (asked in the
    same turn, in a sentence of its own) only the goods' name (``name_only``: 在手表App里添加 for 能用手表接电话吗) tells more
    about ``last``, it does not answer ``it``."""
    if it.act != "question" or last.act != "question" or it.turn != last.turn or it.sentence == last.sentence:
        return False
    return name_only(ic, ch, bg, ib) and not asked_of(polar, it.text, ic & ch, clause)


def asked_of(polar: tuple, text: str, shared: frozenset[str], clause: str) -> bool:
    """The word a ``clause`` shares with question ``text`` (``shared``) is what its yes-or-no question asks about and the
    clause says yes or no of it, a negation (``polar[1]``, the pack's ``negation_words``) or the question's verb (记录会不会丢
    → 运动记录不受影响): the clause answers it (seed 000: 对客户的每一个问题都认真回复 — a question of two or three in one
    turn answered by a clause naming its thing); not the goods' name beside what is asked (手表能接电话吗 → 在手表App里
    添加), nor the thing named with no yes or no (汤锅可不可以机洗 → 汤锅是复合底).  ``polar[0]``: the pack's
    ``a_not_a_question``."""
    c = compact(clause)
    if not (polar[1].search(c) or answered_choice(polar[0], text) & set(c)):
        return False
    return any(len(h) == 2 and set(h) <= shared for h in _heads(polar[0], text) + _verb_after(polar[0], text))


def name_only(ic: frozenset[str], ch: frozenset[str], bg: frozenset[str], ib: frozenset[str]) -> bool:
    """A clause (content characters ``ch``, bigrams ``bg``) shares with a need (``ic``, ``ib``) one word of two characters
    or more and nothing else, under a third of the need's content: it names the goods or the part the need asks about
    (沙发 / 手表), it does not tell what was asked (搬下楼 / 接电话).  One character in common is left to the caller (授权专卖
    for 东西包真吗 answers by implication)."""
    shared = ic & ch
    return len(shared) >= 2 and len(ib & bg) == len(shared) - 1 and 3 * len(shared) < len(ic)


def own_content(text: str, others: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The content characters and bigrams of ``text`` that none of the ``others`` (the sentences or needs beside it) has."""
    return (chars(text) - frozenset().union(*(chars(t) for t in others)),
            bigrams(text) - frozenset().union(*(bigrams(t) for t in others)))


def names_own(own: tuple[frozenset[str], frozenset[str]], answering: list) -> bool:
    """A clause of the ``answering`` sentences shares a content bigram, or two content characters, with ``own``
    (``own_content``)."""
    letters, words = own
    return any(bigrams(cl) & words or len(chars(cl) & letters) >= 2
               for s in answering for cl in (CLAUSE.findall(s.text) or [s.text]))


def spoken_of(it: Item, open_: list[Item], answering: list) -> bool:
    """A clause of the ``answering`` sentences speaks of what question ``it`` says beyond the other needs of its turn
    (``names_own``)."""
    return names_own(own_content(it.text, [o.text for o in open_ if o is not it and o.turn == it.turn]), answering)


def asked_content(it: Item, added) -> str:
    """What a need asks, without the words that add it to the one before (另外 / 对了 / 顺便 of 另外没打疫苗的兔子能送过去吗,
    the pack's ``added_question``, when the item was read as added): 外 of 另外 is no word of the question, and a clause
    sharing it (户外放风) is not about it (stop 51, c51)."""
    text = compact(it.text)
    m = added.match(text) if it.added and added is not None else None
    return text[m.end():] if m else text


# the verbs a yes-or-no question asks with (能 / 可以 / 需要 …): said back in a clause, they are its yes
_MODALS = ("可以", "能", "会", "需要", "要", "是", "有", "得", "让", "行", "够")


def in_passing(text: str, clause: str, negation: re.Pattern) -> bool:
    """Yes-or-no question ``text`` (…吗, compacted, without the words that add it) asks something of a thing that ``clause``
    only names: every content character they share stands before what the question asks of the thing (上课要用的器材 |
    得自备吗), and the clause says none of that part nor a no (第一节课先讲泥料和拉坯器材的用法): it names the thing in
    passing and does not answer (seed 000: 对客户的每一个问题都认真回复; stop 52)."""
    q, c = text.rstrip("？?!！。~～"), compact(clause)
    if not q.endswith(("吗", "么", "嘛")) or negation.search(c) or any(m in q and m in c for m in _MODALS):
        return False  # (年卡可以转让 for 可以转让给朋友吗: the question's own 可以 said back is its yes)
    shared = [n for n, x in enumerate(q) if x in c and x not in STOP_CHARS]
    if not shared:
        return False
    rest = set(q[shared[-1] + 1:]) - STOP_CHARS
    return bool(rest) and not rest & set(c)


def describes_only(text: str, shared: frozenset[str]) -> bool:
    """Every character of ``shared`` stands in the words before the first 的 of question ``text`` (compacted), words that
    only tell which thing is asked about (上课要用的 of 上课要用的器材得自备吗), with the thing and what is asked of it after
    the 的: a clause sharing only those (8次课) speaks of another matter (stop 52)."""
    at = text.find("的")
    return at > 0 and len(set(text[at + 1:]) - STOP_CHARS) >= 2 and bool(shared) and shared <= set(text[:at])


# the head of a yes-or-no question that names no thing of its own and asks whether it comes with the goods: its verb first,
# then who else gets it (要自己配吗 / 能单独买吗 / 还得另外装吗); 能开发票吗 names a thing of its own
_VERB_FIRST = re.compile("^(那|那么|还|也)?(要|需要|得|用|能|可以|是不是|要不要|需不需要|能不能|用不用|得不得)(我)?(自己|另外|单独|额外|另|再)")


def follows_on(text: str) -> bool:
    """Yes-or-no question ``text`` (compacted) opens on its verb and who else is to get the thing (要自己配吗 / 需要另外买吗) and
    ends on 吗 / 么, with at most four content characters: it names no thing of its own and asks whether the thing the
    question before it named comes with the goods (电池啥型号 | 要自己配吗; stop 52)."""
    q = text.rstrip("？?!！。~～")
    return q.endswith(("吗", "么")) and bool(_VERB_FIRST.match(q)) and len(set(q) - STOP_CHARS) <= 4
