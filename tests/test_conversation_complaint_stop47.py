"""Issue 12, stop 47: complaint_no_apology by kind, from the read half of the blind complaint pool pool47_complaints_n53a
(seed 004 客户抱怨, 先道歉、安抚情绪; 001 主动致歉).

Anger without 投诉 the check missed (pack ``complaint_forms``):
* the shop's treatment of its regulars scorned (你们就这样对待老会员的吗) or an offer scorned as alms (打发叫花子呢);
* nobody answering said in other words (都没人吭声), the matter dropped in sarcasm (就这样算了是吧), not a word given
  (一句解释都没有 / 连个说法也没有);
* a better past recalled (以前从来不是这么慢的);
* regret at buying or at trusting the shop (真后悔信了你们 / 早知道就不急着下单了).

The look-alikes stay clean: a usage question about the past (以前不是这样用的吗), no regret (一点都不后悔), a worry before
buying (怕买了后悔), the customer dropping a matter of their own (那就这样算了吧，不换了).

Every chat is written for this test from the seeds; none is a sentence of a read set or a dev case.  Each kind has a
faulty chat and its apologising twin."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_HI = "您好，这里是青禾文具旗舰店，很高兴为您服务～"
_BYE = "感谢您的耐心，祝您学习顺利，再见～"


def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2026-09-08T15:00:00")


_ANGRY = [
    "我在你们店买了好多年钢笔了，你们就这样对待老会员的吗",
    "补偿三块钱，打发叫花子呢",
    "前天晚上留言问墨囊型号，到现在都没人吭声",
    "上回漏发的笔芯就这样算了是吧",
    "订单被取消了，一句解释都没有",
    "以前从来不是这么慢的",
    "真后悔信了你们说的第二天到",
    "早知道就不急着下单了，别家今天都到了",
]


@pytest.mark.parametrize("said", _ANGRY)
@pytest.mark.parametrize("sorry", [False, True])
def test_anger_without_the_word_is_a_complaint(auditors, said, sorry):
    reply = ("实在抱歉让您不愉快了，" if sorry else "") + "这边已经帮您登记，笔芯今天下午补发，单号稍后短信发给您。"
    chat = [("customer", "你好，" + said), ("agent", _HI), ("agent", reply), ("customer", "好"), ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is not sorry


_CALM = [
    "以前不是这样用的吗，我记得要先拧开笔帽",
    "上次买的那支我一点都不后悔，这次想再买一支蓝色的",
    "我怕买了后悔，想先问问这款笔尖粗细",
    "那个颜色没货的话就这样算了吧，我换黑色",
]


@pytest.mark.parametrize("said", _CALM)
def test_the_look_alikes_are_no_complaint(auditors, said):
    chat = [("customer", "你好，" + said), ("agent", _HI),
            ("agent", "这款是0.5毫米的明尖，黑色和蓝色都有现货，今天下单明天发出"),
            ("customer", "好的"), ("agent", _BYE)]
    assert "complaint_no_apology" not in _cats(auditors, *chat)
