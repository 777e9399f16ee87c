"""Issue 12, stop 42 (c42b): the kinds the pool42 chat pairs (n49a / n49b) showed misread, each on chats written for this
test from the seeds (000 漏回复 / 强制结束, 003 §售后 道歉——安抚, 004 致谢 / 致歉 / 建议 的回应); none is a sentence of a
read set.

* a question whether a service costs extra (师傅上门安装收钱吗) answered by a clause about something else that shares a
  character with it stays open (``suits.words_unmet``, pack ``charge_question`` / ``charge_words``);
* the customer stepping away to measure, ask someone at home or read the reviews before deciding, and the agent's plain
  goodbye on it: forced_end (``ending.steps_away``, pack ``steps_away_forms`` / ``stays_words``); the question put to the
  other person is no question for the agent (``checks/unanswered.py``);
* calming with a degree word (别太担心) is the 安抚 step (pack ``as_reassure``);
* thanks taken in other words (我们也就踏实了), an apology eased by putting the customer's business first (上课要紧), and a
  suggestion passed on by word of mouth (我跟美工说一声) are acknowledgements (pack ``thanks_reply`` / ``apology_reply`` /
  ``suggestion_reply``).
"""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories


def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2025-11-18T15:00:00")


# unanswered: 师傅上门安装收钱吗 asked beside the size; the reply tells the size and that it fits (装得上: one character, 装,
# in common): the charge was never told (000 漏回复)
@pytest.mark.parametrize("reply,flagged", [
    ("水槽开口是长780毫米、宽430毫米，您比一下橱柜台面的口子，差3毫米以内都装得上。", True),
    ("水槽开口是长780毫米、宽430毫米，差3毫米以内都装得上。师傅上门安装不收费，下水管另配的话按件算。", False),
    # (the yes or no of the charge is its answer too: 一般是不需要的)
    ("水槽开口是长780毫米、宽430毫米，差3毫米以内都装得上，师傅上门一般是不需要的。", False)])
def test_a_charge_asked_is_answered_only_by_a_charge(auditor, reply, flagged):
    chat = [("customer", "你好，这款不锈钢水槽是单槽还是双槽", 0),
            ("agent", "您好，欢迎光临～这款是大单槽，带一个沥水篮。", 20),
            ("customer", "水槽开口多大？还有师傅上门安装收钱吗？", 60),
            ("agent", reply, 90),
            ("customer", "好的，我去下单", 130),
            ("agent", "好的，感谢您的光临，祝您生活愉快，再见～", 150)]
    assert ("unanswered" in _cats(auditor, *chat)) is flagged


# forced_end: the customer goes off to measure / ask at home / read the buyers' photos, still deciding; the agent's goodbye
# ends the chat on them; a closing that keeps the door open (我在这等您) or the customer putting it off to later (过两天
# 再来问) ends nothing
@pytest.mark.parametrize("away,close,flagged", [
    ("阳台那边我去拿尺子比一下", "好的，感谢您的咨询，喜欢的话欢迎下单，再见～", True),
    ("我先去翻翻买家秀哈", "好的呢～那就不打扰您了，祝您购物愉快，拜拜", True),
    ("阳台那边我去拿尺子比一下", "好的，您去比一下，我在这等您，有数了发我就行～", False),
    ("我先跟家里商量下，过两天再来问", "好的，感谢您的咨询，喜欢的话欢迎下单，再见～", False)])
def test_goodbye_while_the_customer_steps_away_to_decide(auditor, away, close, flagged):
    chat = [("customer", "你好，这款落地晾衣架展开有多长", 0),
            ("agent", "您好，欢迎光临～展开长一米六，收起来只有二十厘米宽。", 20),
            ("customer", "承重怎么样", 60),
            ("agent", "横杆是加厚不锈钢的，挂满一家人的湿衣服也不会弯。", 85),
            ("customer", away, 130),
            ("agent", close, 150)]
    cats = _cats(auditor, *chat)
    assert ("forced_end" in cats) is flagged
    assert "unanswered" not in cats


# unanswered: 我问问她奶奶要粉的还是黄的 is put to the grandmother, not to the agent; the agent pushing the customer out on it
# is forced_end only
def test_a_question_put_to_someone_else_is_not_unanswered(auditor):
    chat = [("customer", "你好，这款儿童雨衣一米二的孩子穿多大码", 0),
            ("agent", "您好，欢迎光临～一米二选120码，袖口有松紧，长一点也不碍事。", 20),
            ("customer", "我问问她奶奶要粉的还是黄的", 70),
            ("agent", "没有别的问题的话，我这边先结束本次会话了，感谢您的咨询，再见～", 90)]
    cats = _cats(auditor, *chat)
    assert "forced_end" in cats
    assert "unanswered" not in cats


# aftersales_flow: 别太担心 after the apology is the 安抚 step (003 §售后 查明原因 → 道歉 → 安抚 → 方案)
@pytest.mark.parametrize("calm,flagged", [("您别太担心，这在保修里，能处理好的。", False),
                                          ("这种情况在保修范围内。", True)])
def test_calming_with_a_degree_word_soothes(auditor, calm, flagged):
    chat = [("customer", "你好，上个月买的电水壶，今天底座那圈漏水了", 0),
            ("agent", "您好，麻烦拍一下漏水位置的照片，另外平时是装满水烧吗？", 20),
            ("customer", "[图片] 差不多都装满", 60),
            ("agent", "看照片是壶底密封圈老化开口了，和装多少水关系不大。用了才一个月就这样，实在抱歉。", 90),
            ("agent", calm, 100),
            ("agent", "这边给您寄一个新的壶身，您在订单里点换货提交就行。", 110),
            ("customer", "好 我去提交", 150),
            ("agent", "提交后我这边优先审核，祝您生活愉快，再见～", 170)]
    assert ("aftersales_flow" in _cats(auditor, *chat)) is flagged


# thanks_unacknowledged: the thanks taken in the agent's own words (听您这么讲我们也就踏实了) is answered (004 遇到客户致谢时)
@pytest.mark.parametrize("taken,flagged", [("听您这么讲我们也就踏实了～周日下午两点和四点还能约", False),
                                           ("周日下午两点和四点还能约", True)])
def test_thanks_taken_in_other_words(auditor, taken, flagged):
    chat = [("customer", "你好，想给家里空调做个清洗", 0),
            ("agent", "您好，欢迎咨询～挂机清洗一台80元，麻烦说一下有几台", 20),
            ("customer", "两台挂机", 60),
            ("agent", "两台一共160元，师傅上门带工具，一台大概四十分钟", 80),
            ("customer", "收费很透明，谢谢你说得这么明白。周日下午能来吗", 120),
            ("agent", taken + "，您看哪个点方便", 140),
            ("customer", "四点吧", 170),
            ("agent", "已为您约好周日下午四点，师傅出发前会打电话，再见～", 190)]
    assert ("thanks_unacknowledged" in _cats(auditor, *chat)) is flagged


# apology_unacknowledged: the customer's apology for going away eased by putting their business first (上课要紧) (004 致歉时回应)
@pytest.mark.parametrize("eased,flagged", [("上课要紧哈～", False), ("", True)])
def test_apology_eased_by_the_customer_business_first(auditor, eased, flagged):
    chat = [("customer", "在吗 这款手账本内页是多少克的纸", 0),
            ("agent", "您好，欢迎光临～内页是100克道林纸，钢笔写也不透。", 20),
            ("customer", "不好意思 刚才去上课了才回 送笔吗", 400),
            ("agent", eased + "不送笔的，同店有配套的中性笔可以一起拍。", 420),
            ("customer", "行 那我一起拍", 460),
            ("agent", "谢谢亲～收到有问题随时来问，再见～", 480)]
    assert ("apology_unacknowledged" in _cats(auditor, *chat)) is flagged


# suggestion_unacknowledged: a suggestion passed on by word of mouth to the one who changes it (我这就跟美工说一声) (004 记录)
@pytest.mark.parametrize("taken,flagged", [("这个确实该标，我这就跟美工说一声。", False), ("", True)])
def test_suggestion_passed_on_by_word_of_mouth(auditor, taken, flagged):
    chat = [("customer", "你好 这款保温杯容量多大", 0),
            ("agent", "您好，欢迎光临～容量是500毫升，保温12小时。", 20),
            ("customer", "好 建议你们详情页把杯子重量也写上 我找了半天没找到", 60),
            ("agent", taken + "杯子自重280克，放包里不算沉。", 80),
            ("customer", "那我拍一个白色", 120),
            ("agent", "好的，感谢您的光临，再见～", 140)]
    assert ("suggestion_unacknowledged" in _cats(auditor, *chat)) is flagged
