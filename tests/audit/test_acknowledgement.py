"""``acknowledgement``: thanks / apology / suggestion unacknowledged (seed 004 §服务礼仪)."""

import pytest

from zhijian.audit.checks.acknowledgement import (
    apology_unacknowledged,
    suggestion_unacknowledged,
    thanks_unacknowledged,
)

OPEN = [("customer", 0, "在吗"), ("agent", 3, "您好，在的")]


def test_thanks_answered_in_the_next_agent_block(run):
    turns = [*OPEN, ("customer", 10, "谢谢你帮我查"), ("agent", 12, "不客气，应该的")]
    assert run(thanks_unacknowledged, *turns) == []


def test_thanks_ignored_fires_on_the_customer_turn(run):
    turns = [*OPEN, ("customer", 10, "谢谢你帮我查"), ("agent", 12, "订单明天发出")]
    assert run(thanks_unacknowledged, *turns) == [("thanks_unacknowledged", 2)]


def test_the_reply_may_come_in_a_later_message_of_the_same_block(run):
    turns = [*OPEN, ("customer", 10, "谢谢你帮我查"), ("agent", 12, "订单明天发出"), ("agent", 14, "不用客气哈")]
    assert run(thanks_unacknowledged, *turns) == []


def test_a_reply_after_the_next_customer_turn_is_too_late(run):
    turns = [*OPEN, ("customer", 10, "谢谢你帮我查"), ("agent", 12, "订单明天发出"),
             ("customer", 20, "好"), ("agent", 22, "不客气")]
    assert run(thanks_unacknowledged, *turns) == [("thanks_unacknowledged", 2)]


def test_thanks_with_a_new_question_may_be_answered_once_it_is_served(run):
    """j43/j44 (issue 12): thanks said with a need of their own in the turn (…谢谢，那…呢) leave the agent two things to
    do; serving the need first and answering the thanks in the next block (不客气) has not ignored them (seed 004: 不可以
    无动于衷，没有任何回应).  Thanks said alone keep the older decision above: their answer is due at once."""
    turns = [*OPEN, ("customer", 10, "明白了谢谢，那保温杯的盖子单卖吗"), ("agent", 12, "盖子可以单独下单的"),
             ("customer", 20, "行"), ("agent", 22, "不客气，应该的")]
    assert run(thanks_unacknowledged, *turns) == []


def test_only_the_stock_thanks_of_a_later_goodbye_is_no_reply(run):
    """…but the stock thanks of the goodbye turns later (感谢您的支持，再见) answers no thanks said before it."""
    turns = [*OPEN, ("customer", 10, "明白了谢谢，那保温杯的盖子单卖吗"), ("agent", 12, "盖子可以单独下单的"),
             ("customer", 20, "行"), ("agent", 22, "感谢您的支持，祝您生活愉快，再见")]
    assert run(thanks_unacknowledged, *turns) == [("thanks_unacknowledged", 2)]


def test_thanks_as_the_last_line_with_no_agent_after_it(run):
    assert run(thanks_unacknowledged, *OPEN, ("customer", 10, "好的多谢")) == [("thanks_unacknowledged", 2)]


def test_only_the_first_unacknowledged_thanks_is_reported(run):
    turns = [*OPEN, ("customer", 10, "谢谢"), ("agent", 12, "好的"), ("customer", 20, "多谢"), ("agent", 22, "嗯")]
    assert run(thanks_unacknowledged, *turns) == [("thanks_unacknowledged", 2)]


@pytest.mark.parametrize("reply", ["感谢您对本店的支持，祝您周末愉快，再见！", "也谢谢您的信任，有问题随时找我们",
                                   "感谢您的认可，我们会继续努力的"])
def test_thanking_the_customer_back_responds_to_thanks(run, reply):
    """Seed 004: 若客户进一步表扬，“……感谢您对我们工作的支持”: thanking back is a response, like 不客气."""
    turns = [*OPEN, ("customer", 10, "没别的了，多谢你"), ("agent", 12, reply)]
    assert run(thanks_unacknowledged, *turns) == []


def test_thanks_for_waiting_is_no_response_to_thanks(run):
    turns = [*OPEN, ("customer", 10, "好的多谢你"), ("agent", 12, "感谢您的耐心等待，请问还有其他问题吗")]
    assert run(thanks_unacknowledged, *turns) == [("thanks_unacknowledged", 2)]


def test_agent_thanks_is_not_a_customer_thanks(run):
    assert run(thanks_unacknowledged, *OPEN, ("agent", 5, "谢谢您的耐心等待")) == []


def test_apology_needs_reassurance(run):
    base = [*OPEN, ("customer", 10, "不好意思，是我地址填错了")]
    assert run(apology_unacknowledged, *base, ("agent", 12, "我帮您改一下")) == [("apology_unacknowledged", 2)]
    assert run(apology_unacknowledged, *base, ("agent", 12, "没关系的，我帮您改一下")) == []


def test_a_polite_opener_is_not_an_apology(run):
    turns = [*OPEN, ("customer", 10, "不好意思请问一下能开发票吗"), ("agent", 12, "可以开的")]
    assert run(apology_unacknowledged, *turns) == []


def test_suggestion_needs_thanks_or_a_record(run):
    base = [*OPEN, ("customer", 10, "建议你们把尺码表写清楚一点")]
    assert run(suggestion_unacknowledged, *base, ("agent", 12, "好的")) == [("suggestion_unacknowledged", 2)]
    assert run(suggestion_unacknowledged, *base, ("agent", 12, "好的，这个意见我已记录")) == []


@pytest.mark.parametrize("fn", [thanks_unacknowledged, apology_unacknowledged, suggestion_unacknowledged])
def test_empty_and_system_only_chats_are_silent(run, fn):
    assert run(fn) == []
    assert run(fn, ("system", 0, "谢谢，不好意思，建议你们改进一下")) == []


@pytest.mark.parametrize("text", ["我对这次处理很不满意", "你们这个速度太不给力了"])
def test_bug_a_negated_praise_word_is_not_thanks(run, text):
    turns = [*OPEN, ("customer", 10, text), ("agent", 12, "非常抱歉，我马上帮您跟进")]
    assert run(thanks_unacknowledged, *turns) == []


@pytest.mark.parametrize("text", ["能不能把收货地址改一下", "可以加个急吗"])
def test_bug_an_ordinary_request_is_not_a_suggestion(run, text):
    turns = [*OPEN, ("customer", 10, text), ("agent", 12, "可以的，已经帮您处理好了")]
    assert run(suggestion_unacknowledged, *turns) == []
