"""Addressing the customer (seed 004: 不得直呼顾客姓名，应称先生/女士)."""

from __future__ import annotations

import re

from zhijian.audit.checks import check

# the name given as data, not as a form of address: 收货人是王芳 / 姓名：王芳 / 王芳的订单
_DATA_BEFORE = re.compile(r"(收货人|收件人|联系人|寄件人|姓名|名字|署名|抬头|户名|实名|是|为|叫|写|填)[：:\s]*$")
_DATA_AFTER = re.compile(r"^\s*(的|吗|呢|这个|收|签收|本人|先生|女士)")


def addresses(text: str, name: str, honorifics: tuple[str, ...]) -> bool:
    """``name`` is used to address someone in ``text``: not followed by an honorific, and not given as
    data (after 收货人/姓名/是 …, or followed by 的/吗)."""
    for m in re.finditer(re.escape(name), text):
        before, after = text[: m.start()], text[m.end():]
        if any(after.startswith(h) for h in honorifics):
            continue
        if _DATA_BEFORE.search(before[-6:]) or _DATA_AFTER.match(after):
            continue
        return True
    return False


@check("direct_name")
def direct_name(chat):
    """The customer's full name (``customer_name``) used by an agent turn to address them, without an
    honorific (``honorifics``); the name confirmed as data (收货人是…) is fine."""
    name = (chat.conv.customer_name or "").strip()
    if len(name) < 2:
        return
    for i in chat.agent_turns:
        if addresses(chat.messages[i].text, name, chat.config.honorifics):
            yield chat.finding("direct_name", i, name=name)
