"""Issue 12, stop 46: kinds from the blind pool of unhappy customers, after-sales or not (pool46_unhappy_n52a).

* someone's words reported in quotation marks (快递员还凶巴巴地说“爱要不要”) ask the agent nothing: with the quotations
  blanked no clause asks (``turns._quotes_only``; seed 000 漏回复 is for the customer's own questions); a question of the
  customer's own beside the quotation is still one;
* a coupon named in one sentence and "it will not apply" in the next (领了满200减30的券 | 结算时显示不可用) is the price at
  checkout, no goods found faulty (pack ``unusable_forms``, ``reports._before_sale``; seed 003 §售后 is for goods); a defect
  of the goods beside a coupon still opens a case;
* a connection that keeps dropping (总是断 / 断连) is a defect of the goods: with no remedy offered, only the case noted down,
  the after-sales flow is wrong (pack ``words.aftersales``; seed 003 §售后 提供解决方案).

Every chat is written for this test from the seeds; none is a sentence of a read set or a dev case."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_HI = "您好，这里是青禾数码专营店，很高兴为您服务～"
_BYE = "感谢您的耐心，祝您生活愉快，再见～"


def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2026-09-03T10:00:00")


def test_words_reported_in_quotes_ask_nothing(auditors):
    chat = [("customer", "你好，我买的音箱昨天送到，快递放门口就走了"), ("agent", _HI + "给您添麻烦了，真的很抱歉，请问音箱拿到了吗？"),
            ("customer", "拿到了。师傅还在电话里甩了一句“爱签不签”"),
            ("agent", "听到这样的话我们也很过意不去，已经把您的情况整理后反馈给承运网点核实。"),
            ("customer", "好"), ("agent", _BYE)]
    assert "unanswered" not in _cats(auditors, *chat)


@pytest.mark.parametrize("text,only", [("师傅还甩了一句“爱签不签”", True), ("客服回我“你自己不会看吗”", True),
                                       ("他说“爱签不签”，你们管不管？", False), ("贺卡写“生日快乐”可以吗", False)])
def test_quotes_only(auditors, text, only):
    from zhijian.audit.chat import Chat
    from zhijian.audit.conversation import parse_conversation
    from zhijian.audit.turns import _quotes_only

    a = auditors["jd"]
    conv = parse_conversation({"id": "q", "messages": [{"role": "customer", "text": text, "ts": "2026-09-03T10:00:00+08:00"}]})
    chat = Chat(conv, a.config, a._tag([conv])[0])
    assert all(_quotes_only(chat, s, text) for s in chat.sentences[0]) is only


@pytest.mark.parametrize("tail,case", [("结算时显示不可用", False), ("音箱到手就坏了，开不了机", True)])
def test_a_coupon_that_will_not_apply_is_no_aftersales_case(auditors, tail, case):
    chat = [("customer", "你好，领了满200减30的券。" + tail),
            ("agent", _HI + "这边直接给您换一台新的，或者退款也可以。"),
            ("customer", "好的"), ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is case


@pytest.mark.parametrize("told", ["音箱连电视总是断，看一集要重连两三次", "这个音箱蓝牙断连特别频繁"])
def test_a_dropping_connection_is_a_defect(auditors, told):
    chat = [("customer", "你好，" + told), ("agent", _HI + "给您带来不便非常抱歉，请问您是用什么设备连接的？"),
            ("customer", "小米电视，上周买的"), ("agent", "理解您的心情，您说的情况我已经详细登记下来了，会反馈给品控同事。"),
            ("customer", "哦"), ("agent", _BYE)]
    assert "aftersales_flow" in _cats(auditors, *chat)
