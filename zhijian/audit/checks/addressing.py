"""Addressing the customer (seed 004: 不得直呼顾客姓名，应称先生/女士)."""

from __future__ import annotations

import re

from zhijian.audit.checks import check


@check("direct_name")
def direct_name(chat):
    """The customer's full name (``customer_name``) in an agent turn, not followed by an honorific
    (``honorifics``)."""
    name = (chat.conv.customer_name or "").strip()
    if len(name) < 2:
        return
    pat = re.compile(re.escape(name) + r"(?!" + "|".join(map(re.escape, chat.config.honorifics)) + ")")
    for i in chat.agent_turns:
        if pat.search(chat.messages[i].text):
            yield chat.finding("direct_name", i, name=name)
