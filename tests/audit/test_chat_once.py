"""Readings a chat makes once (issue 14, audit speed): ``memo.per_chat`` properties, and ``Chat._restated`` reading
the agent's turns only when a customer turn says it said it already; the labels are the ones of a full reading.

The chats are written for these tests (none from the dev cases or the benchmark sets).
"""

from __future__ import annotations

from zhijian.audit import chat as chat_module
from zhijian.audit.chat import Chat
from zhijian.audit.memo import per_chat

from .conftest import build_conv, tag


class _Counted:
    def __init__(self, calls: list, value):
        self.calls, self.value = calls, value

    @per_chat
    def reading(self):
        """A reading of the whole chat."""
        self.calls.append(1)
        return self.value


def test_a_per_chat_property_is_read_once_also_when_it_is_empty():
    for value in (None, [], 0, ("x",)):
        calls: list = []
        c = _Counted(calls, value)
        assert c.reading == value and c.reading == value and len(calls) == 1
        other = _Counted(calls, value)  # another chat reads it again
        assert other.reading == value and len(calls) == 2
    assert _Counted.reading.__doc__ == "A reading of the whole chat."


def test_the_chat_readings_are_computed_once(jd, monkeypatch):
    import zhijian.audit.state as state

    calls: list = []
    real = state.track

    def counted(chat):
        calls.append(chat)
        return real(chat)

    monkeypatch.setattr(state, "track", counted)
    conv = build_conv(("customer", 0, "这款电饭煲有几种颜色可以选？"), ("agent", 30, "目前有白色和灰色两种"))
    ch = Chat(conv, jd, tag(conv))
    assert ch.items is ch.items and ch.forced_ending == ch.forced_ending and ch.waits is ch.waits
    assert len(calls) == 1


def _labels(jd, *turns) -> dict:
    """Customer turn -> it says the customer already said or asked it (``Chat._restated`` / ``Chat._asked_again``)."""
    conv = build_conv(*turns)
    ch = Chat(conv, jd, tag(conv))
    said = set(ch._restated() + ch._asked_again())
    return {i: i in said for i, m in enumerate(conv.messages) if m.role == "customer"}


def _asks_back_counted(monkeypatch) -> list:
    calls: list = []
    real = chat_module.turn_asks_back

    def counted(chat, i):
        calls.append(i)
        return real(chat, i)

    monkeypatch.setattr(chat_module, "turn_asks_back", counted)
    return calls


def test_no_agent_turn_is_read_when_no_customer_turn_says_it_said_it(jd, monkeypatch):
    calls = _asks_back_counted(monkeypatch)
    got = _labels(jd, ("customer", 0, "台灯的灯罩能单独买吗"), ("agent", 20, "请问您要哪个尺寸的灯罩呢？"),
                  ("customer", 40, "直径二十厘米的那种"), ("agent", 60, "可以单独拍，链接发您"))
    assert not any(got.values()) and calls == []


def test_restated_after_a_question_back_still_reproaches(jd, monkeypatch):
    calls = _asks_back_counted(monkeypatch)
    for said in ("型号刚才都跟你讲过了", "我说了是蓝色那款啊", "前面已经发给你了"):
        got = _labels(jd, ("customer", 0, "书桌的抽屉卡住拉不开，型号是A12"), ("agent", 20, "请问您的书桌是什么型号呢？"),
                      ("customer", 40, said))
        assert got == {0: False, 2: True}, said
    assert calls  # (the agent's question back was read)


def test_said_it_without_a_question_back_or_as_a_tag_question_is_no_reproach(jd):
    # no question back before it
    assert not any(_labels(jd, ("customer", 0, "拖鞋尺码偏小吗"), ("agent", 20, "偏小一码，建议选大一码"),
                          ("customer", 40, "我之前跟你说过了要换货")).values())
    # a tag question asking the agent to confirm (…是吧)
    assert not any(_labels(jd, ("customer", 0, "枕头能换一个硬一点的吗"), ("agent", 20, "请问订单号是多少呢？"),
                          ("customer", 40, "订单号我前面发给你了是吧")).values())


def test_what_the_customer_meant_to_ask_names_an_earlier_question(jd):
    asked = ("customer", 0, "这个保温杯保温能保几个小时？")
    answered = ("agent", 20, "杯子是三百毫升的")
    assert _labels(jd, asked, answered, ("customer", 40, "我问的是保温几个小时"))[2]  # names the earlier question
    assert not _labels(jd, asked, answered, ("customer", 40, "我问的是杯盖能不能拆"))[2]  # a new matter
