"""Needs added after a greeting-only first turn, needs handed over beyond the chat, and holds with a named time.

Written for this module (no evaluation-set sentence): a question the customer adds (还有… / 另外… / 对了…) after
the agent's greeting is a second need, not the first one asked again; a need handed over with a time or a person
(seed 004: 我们会在XX小时内有专人和您联系) is settled in the chat; a hold that names its time (请稍等，大约五分钟) is
late only after that time.
"""

from __future__ import annotations

import datetime

import pytest

from zhijian.audit import Auditor
from zhijian.audit.stated_wait import stated_wait
from zhijian.audit.conversation import Conversation, Message

CLOSE = "谢谢您的耐心咨询，祝您购物顺利，再见！"
GREET = "您好，很高兴为您服务"
T0 = datetime.datetime(2026, 11, 18, 15, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))


@pytest.fixture(scope="module")
def aud():
    return Auditor("jd")


def cats(aud, *turns) -> set[str]:
    """Turns as (role, text) or (role, text, seconds after the previous message; 15 when not given)."""
    t, msgs = T0, []
    for turn in turns:
        role, text, gap = turn if len(turn) == 3 else (*turn, 15)
        t += datetime.timedelta(seconds=gap)
        msgs.append(Message(role, text, t))
    return {f.category for f in aud.audit(Conversation(id="n", messages=msgs)).findings}


# ------------------------------------------------------------------------------ a need added after the greeting
@pytest.mark.parametrize("added", ["还有它需要自己安装吗", "另外包装里有说明书吗", "对了，能开电子发票吗", "顺便问下保修几年"])
def test_a_question_added_after_the_greeting_is_a_second_need(aud, added):
    got = cats(aud, ("customer", "你好，这个台灯的灯珠是什么色温的"), ("agent", GREET), ("customer", added),
               ("agent", "这个您放心，都是可以的"), ("customer", "好的"), ("agent", CLOSE))
    assert "unanswered" in got


def test_a_question_asked_again_in_other_words_is_still_one_need(aud):
    got = cats(aud, ("customer", "这款台灯还有现货吗"), ("agent", GREET), ("customer", "还有货吗"),
               ("agent", "有现货的，今天下单明天发"), ("customer", "好的"), ("agent", CLOSE))
    assert "unanswered" not in got


def test_both_needs_answered_leave_nothing_open(aud):
    got = cats(aud, ("customer", "你好，这个台灯的灯珠是什么色温的"), ("agent", GREET), ("customer", "另外包装里有说明书吗"),
               ("agent", "灯珠是四千K的中性光，包装里附有纸质说明书"), ("customer", "好的"), ("agent", CLOSE))
    assert not got & {"unanswered", "forced_end"}


# ------------------------------------------------------------------------------ handed over beyond the chat
@pytest.mark.parametrize("handover", ["这个问题需要进一步核实，我们会在24小时内回复您",
                                      "抱歉让您久等，这边需要仓库核实，稍后安排专人和您联系",
                                      "已经帮您登记了，两个工作日内给您回电答复"])
def test_a_need_handed_over_with_a_time_or_a_person_is_settled(aud, handover):
    got = cats(aud, ("customer", "我上周寄回的鞋子怎么还没退款"), ("agent", handover), ("customer", "好吧"), ("agent", CLOSE))
    assert not got & {"unanswered", "followup_missed", "forced_end"}


def test_a_hold_then_a_handover_is_no_forgotten_check(aud):
    got = cats(aud, ("customer", "我上周寄回的鞋子怎么还没退款"), ("agent", "请稍等，我帮您查一下"),
               ("agent", "这边需要财务核实，我们会在24小时内回复您", 60), ("agent", CLOSE))
    assert not got & {"unanswered", "followup_missed", "forced_end"}


def test_a_hold_never_come_back_to_is_still_missed(aud):
    got = cats(aud, ("customer", "我上周寄回的鞋子怎么还没退款"), ("agent", "请稍等，我帮您查一下"), ("agent", CLOSE, 20))
    assert "followup_missed" in got


# ------------------------------------------------------------------------------ a hold that names its time
def _hold(aud, hold: str, back_after: int) -> set[str]:
    return cats(aud, ("customer", "我订的蛋糕能改到周日送吗"), ("agent", hold),
                ("agent", "感谢您耐心等待，已经帮您改到周日上午配送", back_after), ("agent", CLOSE))


def test_back_within_the_time_named_is_not_late(aud):
    assert "followup_missed" not in _hold(aud, "请稍等，我帮您问一下配送站，大约五分钟", 290)


def test_back_after_the_time_named_is_late(aud):
    assert "followup_missed" in _hold(aud, "请稍等，我帮您问一下配送站，大约两分钟", 400)


def test_without_a_time_named_the_pack_limit_counts(aud):
    assert "followup_missed" in _hold(aud, "请稍等，我帮您问一下配送站", 200)
    assert "followup_missed" not in _hold(aud, "请稍等，我帮您问一下配送站", 100)


@pytest.mark.parametrize("text,seconds", [("大约三分钟", 180), ("5分钟内给您答复", 300), ("半小时内回复", 1800),
                                          ("一个半小时", 5400), ("二十分钟左右", 1200), ("三十五分钟", 2100),
                                          ("十五秒", 15), ("十分感谢您的耐心", None), ("我查一下", None)])
def test_stated_wait(text, seconds):
    assert stated_wait(text) == seconds


# ------------------------------------------------------------------------------ several needs open at once
def test_the_middle_of_three_questions_skipped_stays_open(aud):
    got = cats(aud, ("customer", "你好，这款滑板车适合几岁"), ("customer", "刹车是手刹还是脚刹"), ("customer", "灯光有几档"),
               ("agent", "您好，这款适合五到十二岁"), ("agent", "灯光有三档可以调"), ("customer", "那我要绿色的"),
               ("agent", "好的，您直接拍绿色就可以"), ("customer", "嗯"), ("agent", CLOSE))
    assert "unanswered" in got


def test_three_questions_answered_in_two_turns_leave_nothing_open(aud):
    got = cats(aud, ("customer", "你好，这款滑板车适合几岁"), ("customer", "刹车是手刹还是脚刹"), ("customer", "灯光有几档"),
               ("agent", "您好，这款适合五到十二岁，刹车是后轮脚刹"), ("agent", "灯光有三档可以调"), ("customer", "那我要绿色的"),
               ("agent", "好的，您直接拍绿色就可以"), ("customer", "嗯"), ("agent", CLOSE))
    assert not got & {"unanswered", "forced_end"}


def test_the_ok_of_a_closing_does_not_settle_a_request_answered_around(aud):
    got = cats(aud, ("customer", "这款普洱是生茶吗，麻烦帮我备注一下下周一再发"), ("agent", "您好，这款是熟茶，口感比较醇和"),
               ("customer", "好"), ("agent", "好的，感谢您的咨询，祝您生活愉快"))
    assert "unanswered" in got


def test_the_ok_right_after_a_request_settles_it(aud):
    got = cats(aud, ("customer", "麻烦帮我备注一下下周一再发"), ("agent", "好的，感谢您的咨询，祝您生活愉快"))
    assert not got & {"unanswered", "forced_end"}


@pytest.mark.parametrize("clause,asks", [("刹车是手刹还是脚刹", True), ("你们发顺丰还是京东", True), ("我要退款还是换货好", True),
                                         ("我还是要红色的", False), ("等了三天还是没到", False),
                                         ("但是我觉得尺码可能还是偏小", False)])
def test_an_alternative_question_asks(clause, asks):
    from zhijian.audit.config import ConversationConfig
    from zhijian.audit.needs import clause_asks
    from zhijian.engine.packs import compose

    assert clause_asks(ConversationConfig.from_dict(compose("jd").conversation), clause) is asks


# ------------------------------------------------------------------------------ an apology needs its own answer
def test_reassurance_about_the_goods_does_not_answer_an_apology(aud):
    got = cats(aud, ("customer", "这款卫衣有XL码吗"), ("agent", "您好，有的"), ("customer", "不好意思，刚才是我把尺码表看反了"),
               ("agent", "嗯，XL码是合适的，您放心下单"), ("customer", "好的"), ("agent", CLOSE))
    assert "apology_unacknowledged" in got


@pytest.mark.parametrize("answer", ["没关系的，XL码是合适的，您放心下单", "别在意，XL码是合适的"])
def test_an_apology_answered_is_acknowledged(aud, answer):
    got = cats(aud, ("customer", "这款卫衣有XL码吗"), ("agent", "您好，有的"), ("customer", "不好意思，刚才是我把尺码表看反了"),
               ("agent", answer), ("customer", "好的"), ("agent", CLOSE))
    assert "apology_unacknowledged" not in got
