"""Kinds of miss on blind chats for follow-ups, suggestions and apologies (seed 004: 需要查询的问题要回复结果; 客户提出建议时
应感谢并记录; 致歉时回应“没关系”).  Sentences written for these tests from the seeds' rules."""

import pytest

from zhijian.audit.checks.acknowledgement import apology_unacknowledged, suggestion_unacknowledged
from zhijian.audit.checks.followup import followup_missed

ASK = ("customer", 0, "这张书桌还有现货吗")
OTHER_Q = ("customer", 40, "好。另外桌面能承重多少")
OTHER_A = ("agent", 60, "桌面承重大概八十公斤，放显示器没问题")
BYE = ("customer", 90, "明白")
END = ("agent", 100, "回头有事再来喊我哈")


# ---------------------------------------------------------------- holds said as 我看下 / 我得跟…确认 / 我这就联系…
HOLDS = ["您好呀，我看下这张书桌目前的库存", "库存这块我得跟采购同事确认", "我这就联系仓库问问还剩几张",
         "好嘞，这就帮您查库存"]


@pytest.mark.parametrize("hold", HOLDS)
def test_a_hold_in_other_words_never_come_back_to_is_missed(findings, hold):
    (f,) = findings(followup_missed, ASK, ("agent", 10, hold), OTHER_Q, OTHER_A, BYE, END)
    assert f.category == "followup_missed" and f.turn == 1


@pytest.mark.parametrize("hold", HOLDS)
def test_a_hold_in_other_words_that_comes_back_is_fine(run, hold):
    back = ("agent", 80, "久等啦，库存查到了，现货还有三张")
    assert run(followup_missed, ASK, ("agent", 10, hold), OTHER_Q, OTHER_A, back, BYE, END) == []


@pytest.mark.parametrize("said", ["我看过库存了，现货还有三张", "我联系过仓库了，现货还有三张"])
def test_the_look_already_done_is_no_hold(run, said):
    assert run(followup_missed, ASK, ("agent", 10, said), BYE, END) == []


# ---------------------------------------------------------------- a held need settled only by the reply to newer talk
TOLD = [("customer", 40, "行，我顺便想配两把椅子"), ("agent", 60, "椅子是橡木的，一把两百元，可以单买")]


@pytest.mark.parametrize("hold", ["书桌现货这边去核对下，稍候哈", "书桌现货我问问库管，请稍候"])
def test_a_check_forgotten_for_the_newer_talk_is_missed(findings, hold):
    (f,) = findings(followup_missed, ASK, ("agent", 10, hold), *TOLD, BYE, END)
    assert f.category == "followup_missed" and f.turn == 1


@pytest.mark.parametrize("back", ["查到了，还有三张，椅子是橡木的，一把两百元", "书桌现货充足，椅子是橡木的，一把两百元"])
def test_a_reply_that_brings_the_result_too_is_fine(run, back):
    turns = [ASK, ("agent", 10, "书桌现货这边去核对下，稍候哈"), TOLD[0], ("agent", 60, back), BYE, END]
    assert run(followup_missed, *turns) == []


def test_a_reply_after_the_customer_chased_the_check_is_its_result(run):
    turns = [ASK, ("agent", 10, "书桌现货这边去核对下，稍候哈"), ("customer", 40, "我顺便想配两把椅子"),
             ("customer", 45, "查到了吗"),
             ("agent", 60, "椅子是橡木的，一把两百元，可以单买"), BYE, END]
    assert run(followup_missed, *turns) == []


def test_the_need_asked_again_later_is_no_forgotten_check(run):
    turns = [ASK, ("agent", 10, "书桌现货这边去核对下，稍候哈"), *TOLD, ("customer", 80, "那书桌到底有没有现货"),
             ("agent", 90, "有的"), BYE, END]
    assert run(followup_missed, *turns) == []


# ---------------------------------------------------------------- suggestions the forms missed
GOODS = ("customer", 0, "床垫到了，睡着挺舒服")
PLAIN = ("agent", 20, "睡前可以先通风半天，味道散得更快")


@pytest.mark.parametrize("idea", ["客服夜里没人真够麻烦的，建议排个夜班",
                                  "你们床垫可以换家快些的物流，这回等了整整五天",
                                  "你们商品页可以加个软硬度对比图"])
def test_a_suggestion_in_these_forms_needs_thanks(findings, idea):
    (f,) = findings(suggestion_unacknowledged, GOODS, ("agent", 10, "收到就好"), ("customer", 15, idea), PLAIN)
    assert f.category == "suggestion_unacknowledged"


@pytest.mark.parametrize("idea", ["客服夜里没人真够麻烦的，建议排个夜班", "你们商品页可以加个软硬度对比图"])
def test_a_suggestion_thanked_is_fine(run, idea):
    thanks = ("agent", 20, "多谢提议，记下了")
    assert run(suggestion_unacknowledged, GOODS, ("agent", 10, "收到就好"), ("customer", 15, idea), thanks) == []


@pytest.mark.parametrize("ask", ["想听听您的建议，软的好还是硬的好", "你们这边能换个新的给我吗", "你们台灯能不能加个夜灯模式？"])
def test_advice_asked_or_a_request_is_no_suggestion(run, ask):
    assert run(suggestion_unacknowledged, GOODS, ("agent", 10, "收到就好"), ("customer", 15, ask), PLAIN) == []


# ---------------------------------------------------------------- an apology waved off in other words
SORRY = ("customer", 60, "抱歉哈，刚才去楼下取快递，让你干等半天")


@pytest.mark.parametrize("reply", ["一点也不会哈，您慢慢挑", "您忙您的就好", "不打紧的，您接着看"])
def test_an_apology_waved_off_in_other_words_is_answered(run, reply):
    turns = [("customer", 0, "这款茶具有几种颜色"), ("agent", 10, "青白两色都有"), SORRY, ("agent", 70, reply)]
    assert run(apology_unacknowledged, *turns) == []


def test_an_apology_passed_over_is_still_missed(findings):
    turns = [("customer", 0, "这款茶具有几种颜色"), ("agent", 10, "青白两色都有"), SORRY, ("agent", 70, "青色的卖得更好")]
    (f,) = findings(apology_unacknowledged, *turns)
    assert f.category == "apology_unacknowledged"
