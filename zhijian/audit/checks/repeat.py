"""The customer had to repeat themselves (seed 004: 认真倾听，不让顾客重复叙述)."""

from __future__ import annotations

import re

from zhijian.audit.answering import turn_asks_back
from zhijian.audit.memo import per_text, per_turn
from zhijian.audit.needs import clause_asks
from zhijian.audit.parts import CARD
from zhijian.audit.checks import check
from zhijian.audit.checks.repetition import resends
from zhijian.audit.settle import CLAUSE, bigrams, compact


@check("asked_to_repeat")
def asked_to_repeat(chat):
    """A customer turn saying they already said it (``words.repeat_complaint``: 我刚才说过了 / 上面不是说了吗 …)
    after at least one agent turn; or counting how often they asked (the pack's ``asked_times``: 我都问了三次了)
    right after an agent turn that answered around a question of theirs asked before it in this chat, or in a turn
    asking again about what they asked before it (the count is then of this chat, not of contacts before it); or pointing
    back to what they wrote (``_points_back``: 开头就写了 / 上面那条里写着) right after an agent turn that answered around a
    question of theirs (``_answered_around``) — not only after the agent asked for it again (``Chat._restated``): the agent
    passed over what was written, so the customer has to say it again (stop 36, c36; 004 不让顾客重复), or sent an earlier reply
    of its again instead of reading it (``repetition.resends``: 型号开头那句就给了呀 after the same fee rules twice; stop 65) —
    or right after the
    agent's question back for a thing or a datum (``_asks_restated``: 要什么颜色呢 → 雾霾蓝啊，上面刚讲过; stop 39, c39) or its
    request to give or note one down (``_asks_written``: 下单时备注一下花色 → 我刚才不都说了吗，…; stop 64)."""
    seen_agent = False
    counted = chat.patterns("asked_times")
    last_agent = -1
    for i, m in chat.turns:
        if m.role == "agent":
            seen_agent = True
            last_agent = i
        elif seen_agent and (("repeat_complaint" in chat.labels[i] and not _meant_after_resent(chat, i, last_agent))
                             or (counted is not None and counted.search(compact(m.text))
                                 and (_passed_over(chat, last_agent) or _asked_before(chat, i, last_agent)))
                             or (_points_back(chat, m.text) and (_answered_around(chat, last_agent)
                                                                 or resends(chat, last_agent) or (
                                 (_asks_restated(chat, last_agent) or _asks_written(chat, last_agent))
                                 and _says_again(chat, i, last_agent) and not _DATUM.search(compact(m.text)))))):
            yield chat.finding("asked_to_repeat", i)
            return
    told = _told_again(chat)
    if told is None:
        told = _pasted_again(chat)
    if told is not None:
        yield chat.finding("asked_to_repeat", told)


def _pasted_again(chat) -> int | None:
    """(stop 63, pool63) The first customer turn that sends again word for word an earlier turn of theirs (ten characters
    and more) after an agent turn, and the agent's next turn owns that it passed over what was written (the pack's
    ``overlooked_forms``: 刚才没有仔细看您的需求 / 是我看漏了): the customer had to say it again (004: 不让顾客重复叙述)."""
    said: set[str] = set()
    for k, (i, m) in enumerate(chat.turns):
        if m.role != "customer":
            continue
        c = compact(m.text)
        if c in said and k + 1 < len(chat.turns) and chat.turns[k + 1][1].role == "agent" and chat.words_re(
                "overlooked_forms").search(compact(chat.turns[k + 1][1].text)):
            return i
        if len(c) >= 10 and any(n.role == "agent" for _, n in chat.turns[k + 1:]):
            said.add(c)
    return None


def _meant_after_resent(chat, i: int, j: int) -> bool:
    """Customer turn ``i`` asks again only by saying what they meant (``Chat.means_asked``: 我问的是会不会太慢, no words of
    having said it, ``words.repeat_complaint`` / the pack's ``said_before`` and ``asked_before`` forms) right after agent turn
    ``j`` sent an earlier reply of the agent's again word for word: the customer reacts to the reply sent twice, the fault
    ``repeated_reply`` reports; it is reported once, not again as asked_to_repeat (c43; seed 000 重复发送, 004 不让顾客重复 is for
    the customer made to say they said it)."""
    if j < 0 or "repeat_complaint" in chat.text_labels(chat.messages[i].text) or not chat.means_asked(i):
        return False
    text = chat.messages[i].text
    if (chat.said_before is not None and chat.said_before.search(compact(text))) or any(
            chat.words_re("asked_before").search(compact(c)) for c in CLAUSE.findall(text)):
        return False
    return resends(chat, j, bodies=False)


def _passed_over(chat, j: int) -> bool:
    """Agent turn ``j`` (and the agent turns right before it) came after a customer question still open after it:
    the agent answered around it or beside the point."""
    return any(it.act == "question" and it.turn < j and (it.closed_by is None or it.closed_by > j)
               and not it.superseded for it in chat.items)


@per_text
def _points_back(chat, text: str) -> bool:
    """A clause of customer turn ``text`` in one of the pack's ``said_before`` forms (上面那条里写着 / 开头就写了) that asks nothing
    (``needs.clause_asks``: 货已经发了吗 asks about the parcel; a telling asked back in reproach, the pack's
    ``told_reproach_forms`` 我刚才不都说了吗, asks nothing, stop 64) and is no tag question (the pack's ``confirm_tags``).  Read once
    per text (the customers' turns come back in chat after chat; the ``said_before`` search is the check's dearest step)."""
    pats, confirms, told = chat.said_before, chat.words_re("confirm_tags"), chat.words_re("told_reproach_forms")
    return pats is not None and any(pats.search(compact(c)) and not confirms.search(compact(c))
                                    and (told.search(compact(c)) or not clause_asks(chat, c)) for c in CLAUSE.findall(text))


def _answered_around(chat, j: int) -> bool:
    """A question of the customer's asked before agent turn ``j`` stays open after it (``_passed_over``), and the turn neither
    asks the customer anything back (``answering.turn_asks_back``, or a word of the pack's ``asks_back_words`` in it: 请问是
    哪个订单, however the tagger read it) nor says the agent will check (act ``hold``): it spoke of something else and passed
    the question over."""
    if turn_asks_back(chat, j) or chat.words_re("asks_back_words").search(chat.messages[j].text) or any(
            "hold" in s.acts for s in chat.sentences.get(j, ())):
        return False
    return _passed_over(chat, j)


def _says_again(chat, i: int, j: int) -> bool:
    """Customer turn ``i`` says again, in a stretch of two characters and more (``_covered``), something the customer told in
    their turns before it and agent turn ``j`` did not name: 雾霾蓝啊，上面刚讲过 after 我要雾霾蓝 (not 页面上面写了…, the page)."""
    told = "|".join(compact(_SLOT.sub("", m.text)) for k, m in chat.turns if k < i and m.role == "customer")
    text = _told_text(chat, chat.messages[i].text) or ""
    return bool(told) and _covered(text, told, compact(chat.messages[j].text)) >= 2


def _asked_before(chat, i: int, j: int) -> bool:
    """Customer turn ``i`` shares a content bigram with a question of theirs asked before agent turn ``j``: it asks that
    again (我都问了三遍了，保修几年 after 保修期多久)."""
    said = bigrams(chat.messages[i].text)
    return any(it.act == "question" and it.turn < j and bigrams(it.text) & said for it in chat.items)


def _told_again(chat) -> int | None:
    """The first customer turn right after an agent's open question back (``answering.turn_asks_back`` with a word of the pack's
    ``restated_ask_words``: 哪 / 多少 / 谁, in a sentence that is not an offer of help) that mostly restates what the
    customer told in their turns before that question (the pack's ``restated_min_chars`` / ``restated_min_share``: the
    reply's characters found again there in stretches of two and more; a reply no longer than ``restated_max_chars``, an
    answer to the question, not a new account): the agent asked for what it had been told."""
    raw = chat.config.raw
    least, most = int(raw.get("restated_min_chars") or 0), int(raw.get("restated_max_chars") or 0)
    share = float(raw.get("restated_min_share") or 0)
    if least <= 0:
        return None
    before = ""  # the customer's text so far, compacted, placeholders and order cards left out
    for k, (i, m) in enumerate(chat.turns):
        if m.role != "customer":
            continue
        text = _told_text(chat, m.text)
        prev = chat.turns[k - 1] if k else None
        if text is None:
            # (唉 6620 1845 7739 after 麻烦发一下您的订单号: the datum the customer gave before, sent again; stop 39, c39)
            if before and prev is not None and prev[1].role == "agent" and _resent(m.text, before) \
                    and _asks_datum(chat, prev[0]):
                return i
            continue
        if before and prev is not None and prev[1].role == "agent" and len(text) <= most and _asks_restated(chat, prev[0]) \
                and not _corrected(m.text, before):
            got = _covered(text, before, compact(prev[1].text))
            if got >= least and got >= share * len(text):
                return i
        before += "|" + text
    return None


def _data(text: str) -> list[str]:
    """The data of six and more digits in ``text`` (placeholders and spaces left out): an order number, a phone number."""
    return re.findall(r"\d{6,}", compact(_SLOT.sub("", text)).replace(" ", ""))


def _corrected(text: str, before: str) -> bool:
    """A datum of ``text`` is not found in what the customer told before (``before``): the number given again corrected (是
    3021 8845 7721 after …7712 and the agent's 麻烦您再核对下), a new datum, not one the agent was told and asked for again
    (stop 67)."""
    return any(d not in before for d in _data(text))


def _resent(text: str, before: str) -> bool:
    """A datum of ``text`` is found in what the customer told before (``before``)."""
    return any(d in before for d in _data(text))


@per_text
def _told_text(chat, text: str) -> str | None:
    """What a customer turn tells, for ``_told_again``: its compact text without placeholders and cards (``_SLOT``), or None
    for a turn that is only a card or a placeholder (``Chat.data_only``); read once per text."""
    if chat.data_only(text):
        return None
    return compact(_SLOT.sub("", text))


@per_turn
def _asks_restated(chat, j: int) -> bool:
    """Agent turn ``j`` asks the customer back (``answering.turn_asks_back``) with a word of the pack's ``restated_ask_words``
    (哪 / 多少 / 谁) in a sentence that is not an offer of help (``help_offer``): ``_told_again``'s question back, read once per
    turn."""
    offer, ask = chat.words_re("help_offer"), chat.words_re("restated_ask_words")
    asking = [t for t in _said(chat, j) if ask.search(t) and not offer.search(t)]
    # (补发的这只要什么颜色呢: a question in so many words, however the tagger read the turn; stop 39, c39)
    return bool(asking) and (turn_asks_back(chat, j) or any(clause_asks(chat, t) for t in asking))


def _asks_written(chat, j: int) -> bool:
    """(stop 64) Agent turn ``j`` asks the customer to give or note down a datum (``_requests``, with the pack's
    ``note_down_words``: 下单时备注一下颜色 / 麻烦写一下尺寸): 我刚才不都说了吗，… right after it says again what was told."""
    return _requests(chat, j, "asks_data", "note_down_words")


def _asks_datum(chat, j: int) -> bool:
    """Agent turn ``j`` asks for a datum in the pack's ``asks_data`` words (麻烦发一下您的订单号 / 请提供一下订单号), not in an offer
    of help, and asks the customer back (``answering.turn_asks_back``): what a datum sent again answers (stop 39, c39)."""
    return _requests(chat, j, "asks_data") and turn_asks_back(chat, j)


def _requests(chat, j: int, *lists: str) -> bool:
    """A sentence of agent turn ``j`` holds a word of one of the pack's ``lists`` and is no offer of help (``help_offer``)."""
    offer, asks = chat.words_re("help_offer"), [chat.words_re(k) for k in lists]
    return any(any(a.search(t) for a in asks) and not offer.search(t) for t in _said(chat, j))


def _said(chat, j: int) -> list[str]:
    """The sentences of turn ``j`` (the tagger's), or its whole text."""
    return [x.text for x in chat.sentences.get(j, ())] or [chat.messages[j].text]




# (stop 64) a datum of six digits and more handed in the turn (订单号 3187 6642 901，地址我在备注里写了): the turn complies with
# the agent's request, its pointer to the note tells where the rest is, no reproach
_DATUM = re.compile(r"\d{6,}")
_SLOT = CARD  # a placeholder or a card in brackets ([订单x] / [图片]): no words of the customer's own (parts.CARD)


def _covered(text: str, told: str, asked: str) -> int:
    """How many characters of ``text`` lie in stretches of two and more found in ``told`` and not in ``asked`` (the agent's
    question, when the stretch is a datum or three characters and more: a confirmation that names it, 是X3对吗, asks
    for nothing the agent had not heard)."""
    got, p = 0, 0
    while p < len(text):
        n = 0
        while p + n < len(text) and text[p:p + n + 1] in told:
            n += 1
        part = text[p:p + n]
        if n >= 2 and not (part in asked and (n >= 3 or any(ch.isascii() for ch in part))):
            got += n
        p += max(n, 1)
    return got
