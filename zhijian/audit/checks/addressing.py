"""Addressing the customer (seed 004: 不得直呼顾客姓名，应称先生/女士)."""

from __future__ import annotations

import functools
import re

from zhijian.audit.checks import check
from zhijian.audit.memo import per_text


@functools.lru_cache(maxsize=8)
def _field_grammar(fields: str, tails: str = "(?!)") -> tuple[re.Pattern, re.Pattern]:
    """The two readings built on the fields whose value is a person's name (``fields``: the pattern of the pack's
    ``name_field_words``, 收货人 / 姓名 / 联系人 …): the name given as data, not as a form of address (收货人是王芳 / 姓名：王芳;
    (c41c) also the value a field is set to: 收货人已改成王芳 / 抬头换成王芳), and the full name the customer gives as the data of a
    field (收货人刘明华 / 姓名：孙丽 / 联系人是陈建国，电话… / 发票抬头写“孙丽”个人): 2-3 Chinese characters right after the field (and its verb:
    收件人写的是吴建国 / 联系人填的孙丽), up to the clause's end or a digit, or up to the words asking to confirm it (``tails``,
    the pack's ``name_confirm_tails``: 收件人是王建军对吧 read back by the agent; stop 69)."""
    data_before = re.compile(rf"((?:{fields})|寄件人|抬头|户名|实名|是|为|叫|写|填|(改|换|写|填|设|开|登记|变更|修改|更改|更新)成)"
                             r"[：:\s]*$")
    # (quoted, 抬头写“林嘉怡”个人就行: the closing quote ends the name; stop 65)
    given = re.compile(rf"(?:{fields})(?:(?:写|填|留)的?是?|是|叫|为)?[：:\s“「‘\"]*([\u4e00-\u9fff]{{2,3}}?)"
                       rf"(?=[，,。.!！?？;；~～\s\d”」’\"]|电话|手机|(?:{tails})|$)")
    return data_before, given


def _fields(chat) -> tuple[re.Pattern, re.Pattern]:
    """``_field_grammar`` of the pack of ``chat`` (a chat or a ``ConversationConfig``)."""
    return _field_grammar(chat.words_re("name_field_words").pattern, chat.words_re("name_confirm_tails").pattern)


# (stop 65) a person's name given as the invoice title (抬头写“林嘉怡”个人就行 / 发票抬头填孙丽本人): the customer's own name
_PERSONAL_TITLE = re.compile(r"抬头(?:写|填|开)?(?:成|为|是)?[：:\s“「‘\"]*([\u4e00-\u9fff]{2,3}?)[”」’\"]?(?:个人|本人)")
# (c41c) ... or the one the goods or the papers go to (包裹转给王芳 / 发票开给王芳), unless 您 / 你 follows the name (交给王芳您看下:
# the customer addressed, ``name_after_words``)
_GIVEN_TO = re.compile(r"(交|寄|发|转|开|送)给[：:\s]*$")
_DATA_AFTER = re.compile(r"^\s*(的|吗|呢|这个|收|签收|本人|先生|女士)")
# the name among the values of fields the agent reads back (收件信息：上海市浦东新区，王芳): a field's colon
# earlier in the same sentence, with at most two clauses between
_FIELD_VALUES = re.compile(r"[：:][^：:。.!！?？;；\n]{0,16}$")
# a name inside a clause, with words of the clause on both sides (抬头改成王芳个人了 / 把包裹交给王芳签字), is a part
# of what is said (whom to issue, send or write to): data; a form of address stands at the clause's edge
# (王芳，… / 好的王芳 / 王芳您好) or right before 您/你 (麻烦王芳您确认一下)
_CLAUSE_BREAK = r"[，,。.!！?？;；~～\s]"
_INTRO = r"(?:我是|我叫|本人是|我的名字是|我名字叫)"
_INTRO_HEAD = re.compile(r"(?:您好|你好|亲)*" + _INTRO)
_NAME_END = r"([\u4e00-\u9fff]{2,3})(?=[，,。.!！?？;；~～\s]|$)"


@functools.lru_cache(maxsize=8)
def _self_intro(roles: tuple[str, ...]) -> re.Pattern:
    """The customer introducing themselves by full name (我是孙建华，… / 我叫吴丽。), also after who they are (the
    pack's ``customer_roles``: 我是5号楼的业主孙建华，…, or a clause ending in 的: 我是周三约了维修的赵明远，…): 2-3 Chinese
    characters, a clause end after."""
    ends = "|".join(map(re.escape, roles)) + "|的" if roles else "的"
    return re.compile(_INTRO + "(?:[^，,。.!！?？;；]{0,16}?(?:" + ends + "))?" + _NAME_END)


def addresses(chat, text: str, name: str, honorifics: tuple[str, ...]) -> bool:
    """``name`` is used to address someone in ``text``: not followed by an honorific, and not given as
    data (after 收货人/姓名/是 …, among the values of a field read back: 收件信息：上海市…，王芳, or followed by 的/吗).
    ``chat``: the chat or the pack's ``ConversationConfig`` (its ``name_lead_words`` / ``name_after_words``)."""
    if name not in text:  # (most agent texts: no pattern built, nothing searched)
        return False
    for m in re.finditer(re.escape(name), text):
        before, after = text[: m.start()], text[m.end():]
        if any(after.startswith(h) for h in honorifics):
            continue
        if _fields(chat)[0].search(before[-6:]) or _DATA_AFTER.match(after) or _FIELD_VALUES.search(before):
            continue
        if _GIVEN_TO.search(before[-6:]) and not chat.words_re("name_after_words").match(after):
            continue
        if _inside_clause(chat, before, after) or _INTRO_HEAD.match(re.split(_CLAUSE_BREAK, before)[-1]):
            continue  # (我是负责您预约的刘佳怡: the agent introducing themselves, nobody addressed)
        return True
    return False


def _inside_clause(chat, before: str, after: str) -> bool:
    """The name stands inside its clause: words of the clause before it (not only greetings or lead-ins, the pack's
    ``name_lead_words``: 您好 / 好的 / 请问) and after it (not one of ``name_after_words``, 您/你 or a particle: 王芳您好)."""
    head = re.split(_CLAUSE_BREAK, before)[-1]
    tail = re.split(_CLAUSE_BREAK, after)[0]
    return bool(head) and not _repeated(chat.words_re("name_lead_words")).fullmatch(head) and bool(tail) \
        and not chat.words_re("name_after_words").match(tail)


@functools.lru_cache(maxsize=16)
def _repeated(words: re.Pattern) -> re.Pattern:
    """One or more of the pack's ``words`` in a row (a clause head of lead-ins only: 您好好的)."""
    return re.compile(f"(?:{words.pattern})+")


def _names_said(chat, pattern: re.Pattern, role: str = "customer") -> list[str]:
    """The full names ``pattern`` (one group: the name) finds in the turns of ``role`` (the customer's), in order: only those
    that start with a surname of the pack's ``surnames`` and hold no honorific (我是买家 / 我是张先生 give no full name)."""
    out: list[str] = []
    for i, m in chat.turns:
        if m.role == role:
            out += [n for n in pattern.findall(m.text) if n not in out and _full_name(chat, n)]
    return out


def _full_name(chat, n: str) -> bool:
    """``n`` starts with a surname of the pack's ``surnames``, ends in no word of goods (the pack's ``not_name_ends``: 我是昨天
    买的高压锅，… gives goods, not a name) and holds no honorific."""
    return (n[0] in str(chat.config.raw.get("surnames") or "") and n[-1] not in str(chat.config.raw.get("not_name_ends") or "")
            and not any(h in n for h in chat.config.honorifics))


@functools.lru_cache(maxsize=8)
def _role_given(roles: tuple[str, ...]) -> re.Pattern:
    """The full name the customer gives after who they are, at a clause's head, as the data of a sign-up or an order
    (…帮我报上，家长李秀英，电话… / 业主孙建华 13800…; the pack's ``customer_roles``): 2-3 Chinese characters, up to the
    clause's end, a digit or the next field (stop 51, c51)."""
    if not roles:
        return re.compile(r"(?!)")
    return re.compile(r"(?:^|[，,。.!！?？;；~～\s])(?:" + "|".join(map(re.escape, roles)) + r")(?:是|叫)?[：:\s]*"
                      r"([\u4e00-\u9fff]{2,3}?)(?=[，,。.!！?？;；~～\s\d]|电话|手机|$)")


def _introduced(chat) -> str:
    """The full name the customer gave for themselves in the chat when the log has no ``customer_name``
    (我是孙建华，想问下…): the first self-introduction with a full name."""
    names = _names_said(chat, _self_intro(tuple(chat.config.raw.get("customer_roles") or ())))
    return names[0] if names else ""


def _given(chat) -> list[str]:
    """The full names the customer gives as a field's data (收货人刘明华), or as the first of the data the agent asked for by
    its field (``_asked_name``), or after who they are (家长李秀英, ``_role_given``): whoever the agent then calls by it bare (刘明华，您的订单…) is addressed by full name; read
    back as data (收货人是刘明华) it is fine (``addresses``)."""
    out = _names_said(chat, _fields(chat)[1])
    out += [n for n in _names_said(chat, _PERSONAL_TITLE) if n not in out]  # (抬头写“孙丽”个人: stop 65)
    out += [n for n in _asked_name(chat) if n not in out]
    roles = tuple(chat.config.raw.get("customer_roles") or ())
    out += [n for n in _names_said(chat, _role_given(roles)) if n not in out]  # (家长李秀英，电话…)
    # (c45) or the agent reads the order's data back (查到了，收货人刘建平，地址…): the name is the customer's as well; called
    # by it bare later (刘建平，周六上午有空), the customer is addressed by full name (004: 不得直呼顾客姓名)
    return out + [n for n in _names_said(chat, _fields(chat)[1], "agent") if n not in out]


# (c43) the name a customer reply opens on, as its first datum (刘建平，滨江区… / 王芳 13800…): 2-3 Chinese characters, then a
# break, a digit or the next field
_HEAD_NAME = re.compile(r"^\s*(?:(?:您好|你好|好的|嗯|哦|好)[，,\s]*)*([\u4e00-\u9fff]{2,3}?)(?=[，,、;；\s]|电话|手机|地址|\d)")


def _asked_name(chat) -> list[str]:
    """The full names a customer turn opens on (``_HEAD_NAME``: 刘建平，滨江区春晓路…，电话…) right after an agent turn that asks for
    the customer's name by its field (the pack's ``name_field_words`` / ``name_ask_words``: 麻烦提供一下姓名、地址和联系电话): the customer gave their name as the data
    asked for; only names that start with a surname of the pack's ``surnames`` and end in no word of goods (``_names_said``'s
    filters).  Seed 004: 不得直呼顾客姓名 — a name the agent was given is no less the customer's for coming without 我是 (c43)."""
    fields, asks = chat.words_re("name_field_words"), chat.words_re("name_ask_words")
    place_ends = str(chat.config.raw.get("place_name_ends") or "")
    out: list[str] = []
    prev = None
    for i, m in chat.turns:
        if (m.role == "customer" and prev is not None and prev.role == "agent"
                and (fields.search(prev.text) or asks.search(prev.text))):
            got = _HEAD_NAME.match(m.text)
            n = got.group(1) if got else ""
            if n and n[-1] not in place_ends and n not in out and _full_name(chat, n):
                out.append(n)
        prev = m
    return out


def vocative(chat, text: str, surnames: str, honorifics: tuple[str, ...], not_names: tuple[str, ...] = (),
             not_ends: str = "") -> str:
    """A full name the agent opens a sentence of ``text`` with to address the customer, whoever gave it (the order's data:
    李建华，您的订单已发出): after at most a greeting or lead-in (您好 / 好的), a surname of the pack's ``surnames`` (one
    character, or a compound one: 欧阳) and one or two characters standing as a clause of their own, the next clause speaking
    to 您/你; '' when none.  A name with a title (王先生 / 刘经理) is polite; the pack's ``not_names`` (马上 / 周末: words that
    open a sentence and start with a surname's character) are no names, nor a word they begin (周六见, stop 64), nor a word
    ending in one of ``not_ends`` (the pack's ``not_name_ends``: 高压锅, goods), nor one holding a word speaking to the
    customer (谢谢您: 您 is in no name).
    ``chat``: the chat or the pack's ``ConversationConfig`` (the greetings and lead-ins are its ``vocative_lead_words``,
    the words speaking to the customer its ``second_person``)."""
    you = chat.words_re("second_person")
    head = _vocative_head(chat.words_re("vocative_lead_words"), you)
    for sent in re.split(r"[。！!？?\n]", text):
        m = head.match(sent.strip())
        if not m:
            continue
        name = m.group("name")
        if you.search(name):
            continue  # (谢谢您，也祝您…: a word holding 您/你 speaks to the customer, it is no name; 谢 is a surname too)
        given = name[2:] if name[:2] in _COMPOUND else name[1:] if name[0] in surnames else ""
        if not 1 <= len(given) <= 2 or name.startswith(not_names) or name[-1] in not_ends or any(h in name for h in honorifics):
            continue
        return name
    return ""


_COMPOUND = ("欧阳", "司马", "上官", "诸葛")


@functools.lru_cache(maxsize=16)
def _vocative_head(lead: re.Pattern, you: re.Pattern) -> re.Pattern:
    """The head of a sentence: greetings and lead-ins (``lead``), then the name as a clause of its own, then a word
    speaking to the customer (``you``: 您/你) within a few characters."""
    return re.compile(rf"(?:(?:{lead.pattern})[，,\s]*)*(?P<name>[\u4e00-\u9fff]{{2,4}})[，,、]\s*[^，,。！!？?]{{0,4}}?(?:{you.pattern})")


@check("direct_name")
def direct_name(chat):
    """The customer's full name (``customer_name``, or the name they introduced themselves with or gave as a field's
    data: 收货人…) used by an agent turn to address them, without an honorific (``honorifics``); the name confirmed as
    data (收货人是…) is fine.  A full name the agent opens a sentence with to speak to the customer (``vocative``) is
    addressing them whoever gave it (seed 004: 对客户直呼姓名)."""
    name = (chat.conv.customer_name or "").strip() or _introduced(chat)
    names = [name] if len(name) >= 2 else _given(chat)
    honorifics = chat.config.honorifics
    for i in chat.agent_turns:
        text = chat.messages[i].text
        hit = next((n for n in names if addresses(chat, text, n, honorifics)), "") or _vocative_in(chat, text)
        if hit:
            yield chat.finding("direct_name", i, name=hit)


@per_text
def _vocative_in(chat, text: str) -> str:
    """``vocative`` of an agent text with the pack's ``surnames``, ``honorifics`` and ``not_names`` (remembered per
    text: template replies come back in chat after chat)."""
    raw = chat.config.raw
    return vocative(chat, text, str(raw.get("surnames") or ""), chat.config.honorifics, tuple(raw.get("not_names") or ()),
                    str(raw.get("not_name_ends") or ""))
