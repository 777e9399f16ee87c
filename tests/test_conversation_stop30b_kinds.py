"""Stop 30 (helper t12t), the kinds of conversation misses still left on the fresh14 chats, fixed by their cause: every
sentence here is written for this test from the seeds' rules (004 需要查询的问题要回复结果 / 问题要逐一回复 / 建议时致谢并记录;
003 §售后 查明原因 → 道歉 → 方案); none is a sentence of a benchmark set, of the dev cases or of the held-out generator.
Each cause in several shapes, both ways."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_HI = "您好，青禾小铺欢迎您"
_BYE = "多谢光顾青禾小铺，回头见"


def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2025-08-14T10:00:00")


# ------------------- an answer re-sent word for word brings no result for the check held before it was first sent
@pytest.mark.parametrize("held_q, other_q, other_a", [
    ("坐垫套能单买吗", "那坐垫能丢洗衣机里吗", "坐垫芯别进洗衣机，软毛刷沾水刷刷，放背阴处晾干"),
    ("台灯的灯罩有没有替换装", "顺带问问这灯色温能调么", "色温分三档，按住开关两秒切换冷暖"),
    ("这只水杯的盖子能另外配吗", "还想问能装热牛奶么", "牛奶搁久了会坏，杯里最好只放白水或茶"),
])
def test_a_reply_sent_again_does_not_bring_the_check_back(auditor, held_q, other_q, other_a):
    turns = [("customer", held_q), ("agent", _HI + "，我去核对下配件有无单卖，您稍等片刻"),
             ("customer", other_q), ("agent", other_a), ("customer", "好吧，那先这样"),
             ("agent", other_a), ("agent", _BYE)]
    assert "followup_missed" in _cats(auditor, *turns)


@pytest.mark.parametrize("held_q, other_q, other_a, result", [
    ("坐垫套能单买吗", "那坐垫能丢洗衣机里吗", "坐垫芯别进洗衣机，软毛刷沾水刷刷，放背阴处晾干",
     "核对好了，坐垫套能单卖，二十九元一只"),
    ("台灯的灯罩有没有替换装", "顺带问问这灯色温能调么", "色温分三档，按住开关两秒切换冷暖",
     "核对好了，灯罩替换装有现货，在配件栏目里"),
])
def test_the_check_brought_back_after_a_resent_reply_is_no_miss(auditor, held_q, other_q, other_a, result):
    turns = [("customer", held_q), ("agent", _HI + "，我去核对下配件有无单卖，您稍等片刻"),
             ("customer", other_q), ("agent", other_a), ("customer", "好吧"),
             ("agent", other_a), ("agent", result), ("customer", "行"), ("agent", _BYE)]
    assert "followup_missed" not in _cats(auditor, *turns)


# ------------------- a check chased by the customer and held again, then the chat closed: it never came back
@pytest.mark.parametrize("chase", ["还得等多久啊", "有结果了吗", "查好了没"])
def test_a_chased_check_never_brought_back_is_missed(auditor, chase):
    turns = [("customer", "投影仪一开机画面就偏暗"), ("agent", _HI + "，让您受累了，抱歉"),
             ("agent", "小妹去问问工程师哪里出了毛病，您稍候"), ("customer", "灯泡用了一年多"),
             ("agent", "收到，这条也转工程师了"), ("customer", chase),
             ("agent", "工程师还在排查，您另外还有要问的吗？"), ("customer", "没了"), ("agent", _BYE)]
    assert "followup_missed" in _cats(auditor, *turns)


@pytest.mark.parametrize("chase", ["还得等多久啊", "有结果了吗"])
def test_a_chased_check_brought_back_is_no_miss(auditor, chase):
    turns = [("customer", "投影仪一开机画面就偏暗"), ("agent", _HI + "，让您受累了，抱歉"),
             ("agent", "小妹去问问工程师哪里出了毛病，您稍候"), ("customer", chase),
             ("agent", "工程师看完了，灯泡老化变暗，免费寄您一只新灯泡换上即可"),
             ("customer", "行"), ("agent", _BYE)]
    assert "followup_missed" not in _cats(auditor, *turns)


# ------------------- a thing proposed for the shop to add is a suggestion, also beside anger
@pytest.mark.parametrize("turn", [
    "气死了，昨天还有券今天就没了。麻烦你们最好在详情页上加个活动截止提示",
    "太坑了吧，白跑一趟。可不可以在首页挂个库存提醒啊",
])
def test_a_proposal_in_an_angry_turn_needs_thanks(auditor, turn):
    turns = [("customer", "你好，洗衣液的满减还有吗"), ("agent", _HI + "，满减昨天就停了"),
             ("customer", turn), ("agent", "现在店里下单满六十九包邮"), ("customer", "行吧"), ("agent", _BYE)]
    assert "suggestion_unacknowledged" in _cats(auditor, *turns)


@pytest.mark.parametrize("turn", [
    "另外你们店铺的规格写得很乱，出个按容量分的对照表会直观很多",
    "对了，商品图太少了，加张实物尺寸图就方便多了",
])
def test_a_thing_to_make_and_its_good_is_a_suggestion(auditor, turn):
    turns = [("customer", "你好，洗衣液有没有大桶装"), ("agent", _HI + "，有的，三公斤装和五公斤装都有"),
             ("customer", turn), ("agent", "五公斤装现在买二送一"), ("customer", "好"), ("agent", _BYE)]
    assert "suggestion_unacknowledged" in _cats(auditor, *turns)


@pytest.mark.parametrize("turn", [
    "你们能不能认真点，又发错了",
    "你们做事能不能上点心",
    "你们能不能给我发个顺丰",
])
def test_a_reproach_or_a_request_is_no_proposal(auditor, turn):
    turns = [("customer", "你好，洗衣液我收到了"), ("agent", _HI + "，您说"),
             ("customer", turn), ("agent", "对不住，小妹立刻处理"), ("customer", "好"), ("agent", _BYE)]
    assert "suggestion_unacknowledged" not in _cats(auditor, *turns)


@pytest.mark.parametrize("turn, reply", [
    ("你们最好在详情页上加个尺码表", "多谢亲的好点子，这就转给运营"),
    ("出个按容量分的对照表会直观很多", "好主意，小妹已记下，回头交美工"),
])
def test_a_proposal_thanked_is_acknowledged(auditor, turn, reply):
    turns = [("customer", "你好，洗衣液有没有大桶装"), ("agent", _HI + "，有的，三公斤和五公斤都有"),
             ("customer", turn), ("agent", reply), ("customer", "好"), ("agent", _BYE)]
    assert "suggestion_unacknowledged" not in _cats(auditor, *turns)


# ------------------- a part come off the goods is an after-sales case: noting it for quality control is no remedy
@pytest.mark.parametrize("fault", ["书包才背了一周，拉链头就掉了，订单号是83416652，图发你", "椅子刚装好没几天，扶手就松脱了一边，订单号是77120934",
                                   "鞋子穿了两次鞋跟就掉了，订单号65530021"])
def test_a_part_come_off_wants_a_remedy(auditor, fault):
    turns = [("customer", fault), ("agent", _HI + "，劳驾拍张图片过来"), ("customer", "[图片]"),
             ("agent", "看过照片了，真抱歉让您糟心了"), ("customer", "那怎么处理"),
             ("agent", "您讲的毛病小妹记好了，回头交给质检同事看看"), ("customer", "……"), ("agent", _BYE)]
    assert "aftersales_flow" in _cats(auditor, *turns)


@pytest.mark.parametrize("fault", ["书包才背了一周，拉链头就掉了，订单号是83416652", "椅子刚装好没几天，扶手就松脱了一边，订单号是77120934"])
def test_a_part_come_off_with_a_remedy_is_in_order(auditor, fault):
    turns = [("customer", fault), ("agent", _HI + "，劳驾拍张图片过来"), ("customer", "[图片]"),
             ("agent", "看过照片了，真抱歉让您糟心了，小妹立刻补寄新的过去"), ("customer", "好的"), ("agent", _BYE)]
    assert "aftersales_flow" not in _cats(auditor, *turns)


@pytest.mark.parametrize("turn", ["这个价格掉了好多啊", "这款会不会掉色"])
def test_no_part_come_off_is_no_case(auditor, turn):
    turns = [("customer", turn), ("agent", _HI + "，这是促销价，这款不掉色"), ("customer", "好"), ("agent", _BYE)]
    assert "aftersales_flow" not in _cats(auditor, *turns)
