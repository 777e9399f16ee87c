"""Issue 12, stop 41 (c41): kinds behind the conversation misses and false hits of fresh25_chats, fixed by kind in
``checks/followup.py`` (an answer before the check in the check's own sentence brings no result: the check is still owed),
``settle.py`` (a goodbye that only names the thing asked about settles no skipped question), ``needs.py`` + pack
``wh_question_words`` (几 after 了 / 过 tells "a few"), pack ``defer_forms`` + ``checks/unanswered.py`` (the customer puts
the asking off until later), pack ``when_question`` (a deadline asked is a when-question), pack ``complaint_forms`` (the
agent's carelessness reproached), pack ``suggestion_reply`` (the wish written down as a note), ``checks/aftersales.py``
(the apology given to the customer's first words of the trouble counts for the details told next), ``checks/repetition.py``
(a reply repeated nearly, behind or without a greeting, or reworded around the same figures), ``auditor.py`` (the customer's
own data read back is no leak) and four message-rule exceptions (SC production licence, a power supply's 金牌 grade, goods
seldom bringing on an allergy, the drain pipe).  Every chat and sentence is written for this test from the seeds (000 漏回复 /
重复发送 / 泄密, 003 §售后, 004 稍等后及时回复 / 建议 / 抱怨); none is a sentence of a read set.  Each kind has a clean case
and a faulty one."""

from __future__ import annotations

import pytest


from chat_fixtures import all_categories, conv_categories
from message_kinds import rule_categories

_BYE = "不客气，后面有问题随时找我，祝您生活愉快，再见～"



def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2025-11-04T10:00:00")


def _all(auditor, *turns):
    """Every category of the audit (message findings too)."""
    return all_categories(auditor, turns, start="2025-11-04T10:00:00")


# kind 1 (followup_missed): the agent answers part of the question and, in the same sentence, says they will check the rest
# (有黑白两色，尺码我帮您去库房核对一下): the check is owed; coming back after the pack's limit is late (004: 稍等后及时回复)
@pytest.mark.parametrize("back,flagged", [(100, False), (260, True)])
def test_answer_before_the_check_in_one_sentence_leaves_the_check_owed(auditor, back, flagged):
    chat = [("customer", "您好，这款冲锋衣有哪些颜色？XL还有吗", 0),
            ("agent", "您好，欢迎光临～这款有黑白两种颜色，XL的库存我帮您去库房核对一下。", 20),
            ("agent", "让您久等了，XL黑色还剩三件，白色已经没有了。", back),
            ("customer", "那就黑色XL", back + 30),
            ("agent", "好的，拍下后当天发出，感谢您的光临，再见～", back + 45)]
    assert ("followup_missed" in _cats(auditor, *chat)) is flagged


# kind 3 (unanswered): 几 right after 了 / 过 tells "a few" (接过几次私活), a count told in answer to the agent's question
# back, no question; a real question with 几 still asks
def test_a_few_told_after_le_is_no_question(auditor):
    chat = [("customer", "你好，想请你们帮忙做个体户的年度申报，要准备哪些资料", 0),
            ("agent", "您好，欢迎咨询，请问您只有经营所得，还是也有别的收入呢？", 20),
            ("customer", "主要是经营所得，另外去年还接过几次私活", 60),
            ("agent", "明白，需要准备营业执照、经营账目、私活的收款记录和身份证。", 80),
            ("customer", "好的，谢谢", 110),
            ("agent", _BYE, 125)]
    assert "unanswered" not in _cats(auditor, *chat)
    asked = [("customer", "你好，想请你们帮忙做个体户的年度申报", 0),
             ("agent", "您好，欢迎咨询，代办申报是200元一单。", 20),
             ("customer", "好的。另外办下来要几天", 60),
             ("agent", "感谢您的咨询，再见。", 80)]
    assert "unanswered" in _cats(auditor, *asked)


# kind 5 (unanswered): a deadline asked (月底之前能到吗) is a when-question; the delivery time told answers it, so a goodbye
# that only names the day is not needed to settle it (000 漏回复)
def test_a_deadline_asked_is_answered_by_the_time_told(auditor):
    chat = [("customer", "鱼缸的灯坏了，才用了一周就不亮了", 0),
            ("agent", "您好，非常抱歉给您添麻烦了，麻烦拍一下灯条接口的照片给我看看？", 20),
            ("customer", "[图片]", 60),
            ("agent", "看到了，是灯条本身的质量问题，给您免费寄一条新的，不用退回旧的。", 80),
            ("customer", "好吧，月底之前能到吗", 120),
            ("agent", "今天下午就发出，按往常两三天能到，具体以物流为准。", 140),
            ("customer", "好", 170),
            ("agent", "再次抱歉给您带来不便，祝您月底搬家顺利，再见～", 185)]
    assert "unanswered" not in _cats(auditor, *chat)


# kind 6 (complaint_no_apology): the customer reproaches the agent's carelessness (你们能不能认真看一下我发的消息) after
# being asked again what they said; no apology follows (004: 客户抱怨时先道歉); with an apology it is clean
@pytest.mark.parametrize("reply,flagged", [("灰色42码有现货，平时穿42的正常拍就行。", True),
                                           ("不好意思，是我没看仔细，灰色42码有现货。", False)])
def test_carelessness_reproached_is_a_complaint(auditor, reply, flagged):
    chat = [("customer", "灰色的运动鞋42码还有吗", 0),
            ("agent", "您好，欢迎光临～请问您要什么颜色和尺码呢？", 20),
            ("customer", "我一开始就写了，灰色42，你们能不能认真看一下我发的消息", 50),
            ("agent", reply, 70),
            ("customer", "行，那我拍了", 100),
            ("agent", "好的，拍下后48小时内发出，感谢您的光临，再见～", 120)]
    assert ("complaint_no_apology" in _cats(auditor, *chat)) is flagged


# kind 7 (suggestion_unacknowledged): the customer's wish for their order read as a suggestion is answered by the agent
# writing it down as a note (给您备注上了): 004 建议时致谢并记录 — recorded
def test_wish_written_down_as_a_note_is_recorded(auditor):
    chat = [("customer", "这款羽毛球拍有穿好线的吗", 0),
            ("agent", "您好，欢迎光临，默认穿线24磅，需要别的磅数可以备注。", 20),
            ("customer", "26磅吧，我想打得更有控制感一点", 50),
            ("agent", "好的，给您备注26磅穿线，下单后两天内发出，祝您打球愉快，再见～", 70)]
    assert "suggestion_unacknowledged" not in _cats(auditor, *chat)


# kind 8 (aftersales_flow): the agent apologised to the customer's first words of the trouble (漏水了，电话也没人接 → 实在抱歉),
# asked where it leaks, and offered the repair after the details: the case had its apology (003 §售后); without any apology
# it is still out of order
@pytest.mark.parametrize("first,flagged", [("您好，让您着急了，实在抱歉！您先把进水阀关上。", False),
                                           ("您好，您先把进水阀关上。", True)])
def test_apology_to_the_first_words_of_the_trouble_counts(auditor, first, flagged):
    chat = [("customer", "卫生间的马桶水箱一直在漏水！！打了两次电话都没人接", 0),
            ("agent", first, 20),
            ("customer", "关好了", 60),
            ("agent", "请问是水箱底部在渗，还是进水管接口在漏？", 80),
            ("customer", "水箱底下那个螺丝那里，一直往下滴", 120),
            ("agent", "应该是底部密封垫老化了，给您安排师傅今天下午上门更换，您看可以吗？", 140),
            ("customer", "可以", 170),
            ("agent", "好的，已经登记好了，师傅上门前会联系您，祝您生活愉快，再见", 190)]
    assert ("aftersales_flow" in _cats(auditor, *chat)) is flagged


# kind 9 (repeated_reply): the agent sends its first answer again, the greeting left out and a word dropped (这款…→ …), or
# reworded around the same figures (大约能用20天，按一天两次 → 大约可以用20天左右，按每天两次): the same reply twice (000);
# two different answers about similar things are no repeat
def test_near_repeat_without_the_greeting(auditor):
    chat = [("customer", "这个保温杯能保温多久", 0),
            ("agent", "您好，欢迎光临！这款保温杯装满开水六个小时后还有六十度左右，放在车里也不影响保温效果", 20),
            ("customer", "杯盖能拆下来洗吗", 60),
            ("agent", "保温杯装满开水六个小时后还有六十度左右，放在车里也不影响保温效果", 80),
            ("customer", "我问的是杯盖", 100),
            ("agent", "抱歉，杯盖可以整个拧下来清洗，密封圈也能取下来单独洗。", 120),
            ("customer", "好的", 140),
            ("agent", _BYE, 160)]
    assert "repeated_reply" in _cats(auditor, *chat)


@pytest.mark.parametrize("second,flagged", [("这款充满电大约可以用20天左右，按每天用两次、每次十分钟算的。", True),
                                            ("备用电池充满大约要3小时，支持快充，半小时能充到一半。", False)])
def test_reworded_repeat_with_the_same_figures(auditor, second, flagged):
    chat = [("customer", "这个冲牙器满电的话撑得了几天", 0),
            ("agent", "您好，欢迎光临～充满电大约能用20天，按一天用两次、每次十分钟来算。", 20),
            ("customer", "有备用电池吗，充电要多久", 60),
            ("agent", second, 80),
            ("customer", "好的", 110),
            ("agent", _BYE, 130)]
    assert ("repeated_reply" in _cats(auditor, *chat)) is flagged


# kind 10 (privacy_leak): the agent reads the customer's own booking back (联系人…，地址…8栋1502，信息对吗): their own data,
# told by them in the chat, is no other customer's (000 泄密); another customer's address is still a leak
def test_own_data_read_back_is_no_leak(auditor):
    chat = [("customer", "你好，想约个空调清洗，这周日上午可以吗", 0),
            ("agent", "您好，欢迎咨询，周日上午9点到11点有空档，麻烦提供联系人、电话和地址。", 20),
            ("customer", "可以，钱一鸣，13700001111，枫林湾8栋1502", 60),
            ("agent", "跟您核对一下：联系人钱一鸣，手机尾号1111，地址枫林湾8栋1502，周日上午9点到11点挂机清洗一台，信息对吗？", 80),
            ("customer", "对的", 110),
            ("agent", _BYE, 130)]
    assert "privacy_leak" not in _all(auditor, *chat)
    other = [("customer", "你好，想约个空调清洗", 0),
             ("agent", "您好，上周枫林湾3栋1201也约了，师傅周日上午过去", 20),
             ("customer", "好的", 60),
             ("agent", _BYE, 80)]
    assert "privacy_leak" in _all(auditor, *other)


# kind 11 (message rules): words of a licence, a rating, the goods' own safety and the plumbing read as claims or insults
@pytest.mark.parametrize("text,category", [("本店糕点都有SC生产许可编号，请放心食用", "abuse"),
                                           ("您这套配置用650W金牌电源完全够了", "false_advertising"),
                                           ("这对耳钉是钛钢的，一般不容易过敏", "false_advertising"),
                                           ("请问是洗手池的下水管在渗水，还是龙头在滴？", "questioning")])
def test_plain_words_are_no_findings(text, category):
    assert category not in rule_categories("jd", text)


@pytest.mark.parametrize("text,category", [("您是不是戴着它去游泳下水了", "questioning"),
                                           ("我们是全网第一的金牌店铺", "false_advertising")])
def test_claims_still_found(text, category):
    assert category in rule_categories("jd", text)
