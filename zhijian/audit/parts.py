"""What a customer's yes-or-no question asks about: the thing standing before its verb-not-verb form (表里的记录会不会丢 →
记录).  ``settle.py`` reads it to tell which of two questions of one turn a clause answers (seed 000: 对客户的每一个问题都
认真回复): a clause saying yes or no of the thing a question names answers it, and a clause naming the thing another
question asks about speaks of that one.  ``halves`` settles the pieces of one need typed in one turn together (a guess
and the question it guesses at, the two halves of an either-or question, a request with nothing of its own beside its
question)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from zhijian.acts.sentences import ASK_TAILS
from zhijian.engine.normalize import compact_one as compact  # (normalize.compact compiled: the same text)

# characters that carry no content on their own; nor does the hedge of a figure told (大约30分贝 shares nothing with 滤芯多大;
# not before 几: 大约几点来 asks an hour, it tells no figure)
# (and 家 after a person, 我家 / 你家 / 他家: "my" / "your shop's", no thing of its own to share; stop 63)
_HEDGES = re.compile("(?:大约|大概|大致)(?=[0-9０-９一二两三四五六七八九十半百千])|(?<=[我你您咱他她])家(?![具电居纺])")
# a placeholder or a card the chat tool sends in brackets ([订单x] / [图片] / [商品快照]): no words of anyone's own
CARD = re.compile(r"\[[^\]]*\]")
# quoted words (“…” / "…" / 「…」 / 『…』 / ‘…’): what is to be written on the goods, or someone's words reported — not said to
# the agent (quoted.quoted_only, turns._quotes_only)
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」|『[^』]*』|‘[^’]*’")
STOP_CHARS = frozenset("的了吗呢吧啊呀哦哈嘛么是在我你您他她它们这那个一下不没有能可以会要就还也都和与及请问吗么什怎样多少几哪"
                        "很太非常好对把给让被从到为着过得地之其亲哈嗯噢喔")

if TYPE_CHECKING:
    from zhijian.audit.item import Item


@functools.lru_cache(maxsize=1 << 12)
def heads(choice: re.Pattern, text: str) -> tuple[str, ...]:
    """The two characters standing right before each verb-not-verb of ``text`` (``choice``, the pack's
    ``a_not_a_question``): the thing the yes-or-no question asks about (表里的记录会不会丢 → 记录)."""
    c = compact(text)
    return tuple(c[m.start() - 2:m.start()] for m in choice.finditer(c) if m.start() >= 2)


_ADVERBS = re.compile("^(自己|亲自|另外|额外|单独|再|还|先|也)+")


def verb_after(choice: re.Pattern, text: str) -> tuple[str, ...]:
    """The two characters after a verb-not-verb that opens question ``text`` (``choice``, the pack's ``a_not_a_question``),
    past an adverb (自己 / 另外): what it asks whether to do (要不要自己准备螺丝刀 → 准备), nothing standing before it to
    name (stop 45, c45: 不用额外准备工具 says no of it)."""
    c = compact(text)
    m = choice.search(c)
    return (_ADVERBS.sub("", c[m.end():])[:2],) if m is not None and m.start() < 2 else ()


def polar(a_not_a: re.Pattern, wh: re.Pattern, text: str) -> bool:
    """``text`` asks yes or no (…吗 / 能不能…: ``a_not_a``), with no question word (``wh``: 几天 / 多少)."""
    c = compact(text).rstrip("?？")
    return (c.endswith(("吗", "么")) or bool(a_not_a.search(c))) and not wh.search(c)


def things(choice: re.Pattern, text: str, stop: frozenset[str]) -> frozenset[str]:
    """The things a question's yes-or-no forms ask about (``heads``: 机身能不能折叠收纳 → 机身), two content characters each
    (none of ``stop``, the characters that carry no content: 这个 / 能不 name nothing)."""
    return frozenset(h for h in heads(choice, text) if len(h) == 2 and not set(h) & stop)


def other_thing(named_things: list[frozenset[str]], clause: str) -> list[bool]:
    """For each open item (its ``things``), whether compacted ``clause`` names none of its things but names the thing
    another open item asks about: the clause tells of that thing (这款风嘴可以折叠收纳, for 风嘴会不会烫 and not for
    机身能不能折叠收纳, whatever words of the question it says back), it does not answer this one (seed 000:
    对客户的每一个问题都认真回复 — two questions of one turn about two parts; stop 36, c36)."""
    named = [any(h in clause for h in t) for t in named_things]
    if not any(named):
        return [False] * len(named_things)
    return [bool(t) and not named[k] and any(named[x] and not named_things[x] <= t
                                             for x in range(len(named_things)) if x != k)
            for k, t in enumerate(named_things)]


def halves(open_: list, got: list[bool], unmet: list[bool], strength: list[int], wh, bare, either,
           guess=None, both: bool = False) -> list[bool]:
    """``got`` (which of the open items ``open_`` this block settles, ``settle.settle``) with the pieces of one need typed in
    one turn settled together (seed 000 漏回复 is a question left without reply, not a piece of one answered): a question
    asking which or what (``wh``, the pack's ``wh_question_words``) and the customer's guess at it right after it (是哪个店的 |
    红叶? → 红叶家居旗舰店: the guess named back, ``_guessed_at``; 哪个仓发货 | 是武汉仓吗 → 这边无法确定: the question
    answered, ``_guess_of``; a guess for a yes is one of the pack's ``guess_forms``, ``guess``); the two halves of an
    either-or question typed as two sentences (``either``, the pack's ``or_openers``: 是现在改吗? | 或是收货后再改?,
    ``_other_half``); a need with nothing of its own but the asking (``bare``, the pack's ``bare_need_words``: 能退差价吗 |
    麻烦帮我看一下 / 能帮我问问物流吗 | 具体什么情况, ``_bare_beside``).
    ``unmet``: the items no clause of this block may settle.  ``strength``: the best score of a clause that went to each.
    ``both``: the block answers several at once (the pack's ``both_forms``: 都可以开 for 开发票吗 | 能开专票吗): a question of the
    turn of a settled question is settled with it (stop 61)."""
    for k, it in enumerate(open_):
        if not got[k] and not unmet[k] and (
                _guessed_at(wh, guess, it, open_, got, strength) or _guess_of(wh, guess, it, open_, got)):
            got[k] = True
    for k, it in enumerate(open_):
        if got[k] or unmet[k]:
            continue
        if (either is not None and _other_half(either, it, open_, got)) or (
                bare is not None and _bare_beside(bare, it, [o for x, o in enumerate(open_) if got[x]])) or (
                both and it.act == "question" and any(got[x] and o.turn == it.turn and o.act == "question"
                                                      for x, o in enumerate(open_))):
            got[k] = True
    return got


@functools.lru_cache(maxsize=1 << 16)
def chars(text: str) -> frozenset[str]:
    """The content characters of ``text`` (``settle`` reads the content two texts share by them)."""
    return frozenset(_HEDGES.sub("", compact(text))) - STOP_CHARS


def _bare_beside(bare: re.Pattern, it: Item, settled: list) -> bool:
    """Need ``it`` says nothing but the asking: with the pack's ``bare_need_words`` (麻烦 / 帮我 / 查一下 / 具体 / 什么情况) taken
    out, no content character is left (``STOP_CHARS`` aside); it is not held (a check promised owes its result); and a need of
    the same turn is among ``settled``: the turn asks one thing, put twice (这单能退差价吗 | 麻烦帮我看一下，谢谢)."""
    if it.held_by is not None or not any(o.turn == it.turn for o in settled):
        return False  # (能帮忙看看吗 held by 我帮您问问: the check owes its result, ``followup_missed``)
    return not chars(bare.sub("", compact(it.text)))


def _guessed_at(wh, guess, it: Item, open_: list, got: list, strength: list) -> bool:
    """Question ``it`` asks with a question word (``wh``, the pack's ``wh_question_words``: 哪个 / 什么) and the next sentence of its
    turn is an open need put as a guess (``_guess_form``), with no question word of its own and little content (five content
    characters at most: 红叶? / 是韵达吗) that a clause of this block went to in words about it (a content bigram shared,
    ``strength`` 3 and more): the customer's guess at the answer, named back by the agent, answers the question it guesses
    at."""
    if wh is None or it.act != "question" or not wh.search(compact(it.text)):
        return False
    return any(got[x] and strength[x] >= 3 and o.turn == it.turn and o.sentence == it.sentence + 1 and o.act == "question"
               and not wh.search(compact(o.text)) and len(chars(o.text)) <= 5 and _guess_form(guess, o.text)
               for x, o in enumerate(open_))


def _guess_of(wh, guess, it: Item, open_: list, got: list) -> bool:
    """Need ``it`` is the customer's guess (``_guess_form``, no question word of its own, five content characters at most) right
    after a question of its turn asking which or what (``wh``) that this block answered (``got``)."""
    if wh is None or it.act != "question" or wh.search(compact(it.text)) or len(chars(it.text)) > 5 \
            or not _guess_form(guess, it.text):
        return False
    return any(got[x] and o.turn == it.turn and o.sentence == it.sentence - 1 and o.act == "question"
               and wh.search(compact(o.text)) for x, o in enumerate(open_))


def _guess_form(guess, text: str) -> bool:
    """``text`` is put as a guess: a bare name with a question mark and no question particle (红叶?), or a guess for a yes
    (``guess``, the pack's ``guess_forms``, as ``answering.guessed`` reads it: 是韵达吗 / 就是这家对吧); 现在买有小样送吗 / 带不带
    除臭？ (a negation: an A-not-A form) ask a question of their own."""
    c = compact(text).rstrip("?？")
    if "不" in c or "没" in c:
        return False  # (带不带除臭？ asks yes or no in an A-not-A form: a question of its own)
    return (guess is not None and guess.match(c) is not None) or (("?" in text or "？" in text) and not c.endswith(ASK_TAILS + ("吧",)))


def _other_half(either: re.Pattern, it: Item, open_: list, got: list) -> bool:
    """Question ``it`` and a question of the same turn right before or after it make one either-or question, the later one opening
    on the pack's ``or_openers`` (是现在改吗? | 或是收货后再改?), and that other half is answered in this block (``got``)."""
    if it.act != "question":
        return False
    for x, o in enumerate(open_):
        if not got[x] or o.turn != it.turn or o.act != "question" or abs(o.sentence - it.sentence) != 1:
            continue
        later = o if o.sentence > it.sentence else it
        if either.match(compact(later.text)):
            return True
    return False
