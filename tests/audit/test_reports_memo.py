"""``reports`` is remembered per turn, and one of its readings — a fault asked (你们这台加湿器怎么回事, ``_trouble_asked``)
— counts only in the customer's first need.  The memo keys by the turn *and* whether it opens the first need
(``chat.first_need``), so the same turn read first in one chat gives the right answer in a chat where it follows another
need, in either order (until stop 46 the first chat to read a turn fixed its answer for every later chat)."""

from __future__ import annotations

import pytest

from zhijian.audit.chat import Chat
from zhijian.audit.config import ConversationConfig
from zhijian.audit.reports import reports, reports_reference

from .conftest import build_conv, tag

ASKED = "你们这台加湿器怎么回事"


def _chats(config):
    first = build_conv(("customer", 0, "你好"), ("customer", 10, ASKED))
    later = build_conv(("customer", 0, "这款加湿器有白色的吗"), ("agent", 20, "您好，有白色的"),
                       ("customer", 40, ASKED))
    return Chat(first, config, tag(first)), Chat(later, config, tag(later))


@pytest.mark.parametrize("order", ["first chat read first", "later chat read first"])
def test_a_remembered_turn_answers_for_its_own_chat(jd, order):
    config = ConversationConfig.from_dict(jd.raw, "memo")  # (fresh memos: nothing remembered from other tests)
    first, later = _chats(config)
    assert first.first_need == 1 and later.first_need == 0
    want = {id(first): reports_reference(first, 1), id(later): reports_reference(later, 2)}
    assert want[id(first)] and not want[id(later)]  # the reading this test is about: a fault asked, first need only
    pairs = [(first, 1), (later, 2)] if order.startswith("first") else [(later, 2), (first, 1)]
    for chat, i in pairs + pairs:  # (twice: the second round reads the memo)
        assert reports(chat, i) == want[id(chat)]


def test_first_need_skips_greetings(jd):
    conv = build_conv(("customer", 0, "在吗"), ("agent", 10, "您好，在的"), ("customer", 20, "想问下发什么快递"))
    chat = Chat(conv, jd, tag(conv))
    assert chat.first_need == 2
    quiet = build_conv(("customer", 0, "你好"), ("agent", 10, "您好"))
    assert Chat(quiet, jd, tag(quiet)).first_need == 2  # none: the number of messages
