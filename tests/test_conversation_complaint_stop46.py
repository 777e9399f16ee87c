"""Issue 12, stop 46: complaint_no_apology by kind, from the blind complaint pool pool46_complaints_n52a (seed 004 客户抱怨,
先道歉、安抚情绪; 001 主动致歉).

Anger without 投诉 the check missed (pack ``complaint_forms``):
* the service scorned at the end of a sentence (…，这叫什么效率啊), or the agent gone as if vanished (问完就没人影了);
* trust in the shop let down (本以为你们家挺专业的), the outcome scorned (结果就这样), a heart gone cold (心都凉了);
* stood up (又放了我一次鸽子) or the shop's way of working put as a rhetorical question (你们就是这么处理问题的).

Venting at nothing of the shop's, which the check read as a complaint (``checks/complaint._aimed_elsewhere``): a laugh at it
(哈哈气死我了), the customer's own slip (我真是服了自己), a grumble at their own day (堵车 / 天气预报) or a marvel at the price
(这价格也太香了), or a bodily worry in a question before buying (站久了腿受不了) — none naming the shop nor a fault.  The same
words aimed at the shop (哈哈你们客服…) stay a complaint.

Every chat is written for this test from the seeds; none is a sentence of a read set or a dev case.  Each kind has a
faulty chat and its clean twin."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_HI = "您好，这里是悦居家居旗舰店，很高兴为您服务～"
_BYE = "感谢您的咨询，祝您生活愉快，再见～"


def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2026-08-12T14:00:00")


_ANGRY = [
    "上周就约了周二来测量，等了一下午也没人来，这叫什么效率啊",
    "问完尺码那边就没人影了，我只好重新排队",
    "我本以为你们家挺专业的，窗帘寄来尺寸对不上",
    "排了三天才轮到我，结果竟然这样",
    "看到订单又被取消，我心都凉了",
    "安装师傅又放了我一次鸽子",
    "换了两次货都不对，你们就是这么处理问题的吗",
]


@pytest.mark.parametrize("said", _ANGRY)
@pytest.mark.parametrize("sorry", [False, True])
def test_anger_without_the_word_is_a_complaint(auditors, said, sorry):
    reply = ("非常抱歉给您添麻烦了，" if sorry else "") + "这边已经为您重新登记，明天上午会有专人联系您确认时间。"
    chat = [("customer", "你好，" + said), ("agent", _HI), ("agent", reply), ("customer", "好"), ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is not sorry


_ELSEWHERE = [
    "哈哈气死我了，上周刚在商场原价买了一个",
    "我真是服了自己，型号看错了两遍",
    "烦死了，早上堵车堵了一个多小时，现在才有空问",
    "这价格也太香了吧，才89块",
]


@pytest.mark.parametrize("said", _ELSEWHERE)
def test_venting_at_nothing_of_the_shop_is_no_complaint(auditors, said):
    chat = [("customer", said), ("agent", _HI),
            ("customer", "这款台灯有暖光档吗"), ("agent", "有的，三档色温，暖光是3000K"),
            ("customer", "好的谢谢"), ("agent", "不客气，" + _BYE)]
    assert "complaint_no_apology" not in _cats(auditors, *chat)


@pytest.mark.parametrize("said", ["哈哈你们客服也太慢了吧，气死我了", "烦死了，你们快递又堵在路上了"])
def test_the_same_words_aimed_at_the_shop_stay_a_complaint(auditors, said):
    chat = [("customer", said), ("agent", _HI + "您的包裹预计明天送达。"), ("customer", "好"), ("agent", _BYE)]
    assert "complaint_no_apology" in _cats(auditors, *chat)


def test_a_bodily_worry_before_buying_is_no_complaint(auditors):
    chat = [("customer", "你好，这双鞋软不软？我站一天腿酸受不了"), ("agent", "您好，欢迎光临～鞋底是加厚缓震的，久站会轻松一些"),
            ("customer", "好的"), ("agent", _BYE)]
    assert "complaint_no_apology" not in _cats(auditors, *chat)


@pytest.mark.parametrize("stock", ["店里说好月初到货，我等到现在链接里还是缺货，太让人失望了",
                                   "上次说下周补上，今天点开还是无货，很失望"])
def test_a_restock_that_did_not_come_is_no_aftersales_case(auditors, stock):
    """The shop's stock that did not come back (pack ``not_received``: 无货 / 缺货 / 到货通知) is no goods the customer received:
    a pre-sales matter met with an apology and the facts, no after-sales case (seed 003 §售后); the complaint is answered."""
    chat = [("customer", "你好，白色那款书桌" + stock), ("agent", _HI),
            ("agent", "非常抱歉让您久等了，白色款工厂排产推迟到下月中旬，您可以先点到货通知，或者看看同款浅灰色，今天能发。"),
            ("customer", "那我再等等吧"), ("agent", _BYE)]
    cats = _cats(auditors, *chat)
    assert "aftersales_flow" not in cats and "complaint_no_apology" not in cats
