"""Issue 12 round 5, the kinds of misses found on benchmarks/data/fresh6_chats.jsonl (now read), fixed by their
cause: every sentence here is written for this test from the seeds' rules (000 漏回复/强制结束, 001 主动致歉,
003 售后顺序, 004 建议致谢/不让顾客重复/查询要回复结果); none is a sentence of that set, of the dev cases or of the
held-out generator.  Each cause is checked in several shapes, and both ways where a proper handling exists."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_CLOSE = "感谢您的支持，祝您生活愉快，再见"


def _cats(auditor, *turns):
    """Audit ``(role, text)`` turns 20 s apart; the conversation categories reported."""
    return conv_categories(auditor, turns, start="2025-05-20T15:00:00")


# advice on what to do (the tagger's cause check that asks nothing) answers the customer's question
@pytest.mark.parametrize("question, advice", [
    ("扫地机吸力越来越小是怎么回事？", "您可以先把尘盒和滤网拆下来清理一下再用。"),
    ("电动牙刷震动变弱了怎么办？", "您可以先把电充满再用几次观察一下。"),
    ("音箱连着连着就断开，怎么弄？", "您先把手机蓝牙关掉重新打开，再连一下看看。"),
])
def test_advice_answers_the_question(auditor, question, advice):
    cats = _cats(auditor, ("customer", "你好"), ("agent", "您好，很高兴为您服务"), ("customer", question),
                 ("agent", advice), ("customer", "行吧"), ("agent", _CLOSE))
    assert "unanswered" not in cats


def test_a_question_back_still_answers_nothing(auditor):
    cats = _cats(auditor, ("customer", "你好"), ("agent", "您好，很高兴为您服务"),
                 ("customer", "这个加湿器出雾很小是怎么回事？"), ("agent", "请问您是什么时候买的呢？"),
                 ("customer", "好吧"), ("agent", _CLOSE))
    assert "unanswered" in cats


# the customer deliberating aloud (我考虑一下要不要…) puts no question to the agent: the goodbye cuts nothing off
@pytest.mark.parametrize("musing", [
    "我再想想要不要多买一盒",
    "嗯，我考虑一下要不要换成大号的",
    "那我再看看是选灰色还是米色",
])
def test_deliberating_aloud_is_no_open_question(auditor, musing):
    cats = _cats(auditor, ("customer", "你好，这款保温杯能装开水吗"), ("agent", "您好，可以装开水的，内胆是不锈钢的"),
                 ("customer", musing), ("agent", "好的，有需要随时找我，" + _CLOSE))
    assert not cats & {"forced_end", "unanswered"}


# "I have another question" answered by a goodbye: the need announced is cut off
@pytest.mark.parametrize("more, goodbye", [
    ("明白了，还有一个事想问", "今天的服务就先到这里了，" + _CLOSE),
    ("好的，我还有个问题", "亲，其他的您可以在订单里找售后哦，本次服务就到这里啦，祝您愉快"),
])
def test_a_goodbye_to_another_question_ends_the_chat_on_it(auditor, more, goodbye):
    cats = _cats(auditor, ("customer", "你好，这个台灯的保修期是多久"), ("agent", "您好，台灯保修一年的"),
                 ("customer", more), ("agent", goodbye))
    assert "forced_end" in cats


def test_another_question_heard_and_answered_is_no_forced_end(auditor):
    cats = _cats(auditor, ("customer", "你好，这个台灯的保修期是多久"), ("agent", "您好，台灯保修一年的"),
                 ("customer", "好的，我还有个问题"), ("agent", "您请说"), ("customer", "灯泡能单独买吗"),
                 ("agent", "可以的，店里有单独的灯泡卖"), ("customer", "好"), ("agent", _CLOSE))
    assert "forced_end" not in cats


# a hold said in the greeting that the model half reads as an answer is still a promise to come back
@pytest.mark.parametrize("hold, other_q, other_a", [
    ("您好，我帮您查一下这笔退款现在到哪一步了。", "另外这个洗衣液是什么香型", "是薰衣草香型的，味道比较淡"),
    ("您好，欢迎光临，我查一下这件商品的库存和补货日期。", "还有，能开电子发票吗", "可以开电子发票，下单时填写抬头就行"),
])
def test_a_hold_in_the_greeting_owes_its_result(auditor, hold, other_q, other_a):
    cats = _cats(auditor, ("customer", "你好，我的订单怎么还没动静"), ("agent", hold), ("customer", other_q),
                 ("agent", other_a), ("customer", "好的"), ("agent", _CLOSE))
    assert "followup_missed" in cats


# "still checking" after a hold is no result: the check is still owed
@pytest.mark.parametrize("progress", [
    "还没查到具体原因，还在确认中",
    "正在加急帮您查询，今天人比较多",
    "抱歉哈，暂时还没查出来",
])
def test_still_checking_is_no_result(auditor, progress):
    cats = _cats(auditor, ("customer", "你好，我的退款什么时候能到账？"), ("agent", "您好，稍等，我帮您查一下"),
                 ("customer", "查到了吗"), ("agent", progress), ("customer", "那我等会再问吧"),
                 ("agent", "好的，" + _CLOSE))
    assert "followup_missed" in cats


# 先这样 with a particle ends the talk on the customer's open problem
@pytest.mark.parametrize("ending", ["那先这样啦，感谢光临", "好啦，今天先这样喽，感谢光临"])
def test_so_much_for_now_ends_the_chat(auditor, ending):
    cats = _cats(auditor, ("customer", "你好，收到的台灯开关按不动"), ("agent", "您好，您试试用力按一下"),
                 ("customer", "用力按了，还是没反应，灯也不亮"), ("agent", ending))
    assert "forced_end" in cats


def test_an_instruction_with_so_is_no_ending(auditor):
    cats = _cats(auditor, ("customer", "你好，新买的拖把头怎么装上去"),
                 ("agent", "您好，对准卡槽往下压，听到咔哒一声就装好了，您先这样试试"), ("customer", "好了，谢谢"),
                 ("agent", "不客气，" + _CLOSE))
    assert "forced_end" not in cats


# the customer's own effort that came to nothing (翻了半天都没翻到) is no wait on the shop, no complaint
@pytest.mark.parametrize("effort", [
    "你们商品页应该把尺码表放在前面，我翻了半天都没翻到",
    "你家说明书应该多配几张安装图，我看了好几遍也没看懂",
])
def test_a_suggestion_with_the_effort_it_cost(auditor, effort):
    cats = _cats(auditor, ("customer", "你好，这条裤子腰围多少"), ("agent", "您好，M码腰围七十二厘米"),
                 ("customer", effort), ("agent", "M码现在有两个颜色"), ("customer", "好"), ("agent", _CLOSE))
    assert "complaint_no_apology" not in cats
    assert "suggestion_unacknowledged" in cats


def test_a_suggestion_thanked_is_fine(auditor):
    cats = _cats(auditor, ("customer", "你好，这条裤子腰围多少"), ("agent", "您好，M码腰围七十二厘米"),
                 ("customer", "你们详情页应该把洗涤方式写清楚"),
                 ("agent", "感谢您的建议，已经记录下来反馈给运营同事了"), ("customer", "好"), ("agent", _CLOSE))
    assert "suggestion_unacknowledged" not in cats


# a question about first use of the goods received is no after-sales case
@pytest.mark.parametrize("question, answer", [
    ("刚收到电饭煲，第一次用要先空烧一下吗", "不需要空烧，内胆洗一遍就能直接用"),
    ("平底锅收到了，第一次用需要先开锅吗", "不用开锅，洗干净擦干就可以用了"),
])
def test_a_first_use_question_is_no_aftersales_case(auditor, question, answer):
    cats = _cats(auditor, ("customer", "你好"), ("agent", "您好，很高兴为您服务"), ("customer", question),
                 ("agent", answer), ("customer", "好的"), ("agent", _CLOSE))
    assert "aftersales_flow" not in cats


# the customer points at what they already told: the one told before the verb, or the place it is written
@pytest.mark.parametrize("pointing", [
    "之前就和您说了呀，要加长款",
    "刚才就跟你说了，加长款",
    "订单备注里写着呢，加长款",
    "截图上标了的，加长款",
])
def test_pointing_at_what_was_told(auditor, pointing):
    cats = _cats(auditor, ("customer", "你好，我要加长款的窗帘，下单了"), ("agent", "您好，请问您要哪个长度的呢？"),
                 ("customer", pointing), ("agent", "不好意思，加长款已经给您备注好了"), ("customer", "好"),
                 ("agent", _CLOSE))
    assert "asked_to_repeat" in cats


# a point between digits is a decimal point, not a clause boundary: the number's tail does not answer the other question
@pytest.mark.parametrize("first, second, answer", [
    ("这款鱼竿能伸缩吗？", "多长时间能发货", "您好，这款鱼竿可以伸缩到3.6米长"),
    ("晾衣杆是不锈钢的吗？", "时间长了会变形吗", "您好，这款不锈钢晾衣杆能拉到2.4米长"),
])
def test_a_decimal_number_is_one_clause(auditor, first, second, answer):
    cats = _cats(auditor, ("customer", "你好，" + first + second), ("agent", answer), ("customer", "好"),
                 ("agent", _CLOSE))
    assert "unanswered" in cats


# a device that fails at what it measures or senses is an after-sales case: the remedy is owed
@pytest.mark.parametrize("fault", ["收到的体重秤称不准，每次差两斤", "买的血压计老是测不出来", "感应垃圾桶感应不到手了"])
def test_a_device_that_does_not_measure_is_a_fault(auditor, fault):
    cats = _cats(auditor, ("customer", fault), ("agent", "您好，很抱歉给您带来不便"),
                 ("agent", "这个可能是使用方法的问题，您再试几次"), ("customer", "好吧"), ("agent", _CLOSE))
    assert "aftersales_flow" in cats
    cats = _cats(auditor, ("customer", fault), ("agent", "您好，很抱歉给您带来不便，请问是刚收到就这样吗"),
                 ("customer", "对，一直这样"), ("agent", "这边马上给您换一台新的，今天就寄出"), ("customer", "好的"),
                 ("agent", _CLOSE))
    assert "aftersales_flow" not in cats
