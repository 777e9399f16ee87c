"""``repetition.repeated_reply`` (seed 000: 重复发送相同内容)."""

from zhijian.audit.checks.repetition import repeated_reply, similar

C = ("customer", 0, "包裹走到哪一站了")
LINE = "您的包裹已经在派送途中了，请留意电话"


def test_the_same_reply_twice_fires_on_the_second(run):
    turns = [C, ("agent", 5, LINE), ("customer", 20, "明早之前能送到吗"), ("agent", 25, LINE)]
    assert run(repeated_reply, *turns) == [("repeated_reply", 3)]


def test_every_further_repeat_fires(run):
    turns = [("agent", 0, LINE), ("agent", 5, LINE), ("agent", 9, LINE)]
    assert run(repeated_reply, *turns) == [("repeated_reply", 1), ("repeated_reply", 2)]


def test_punctuation_and_width_do_not_hide_a_repeat(run):
    assert run(repeated_reply, ("agent", 0, LINE), ("agent", 5, LINE.replace("，", " ") + "！！")) == [
        ("repeated_reply", 1)]


def test_near_repeat_fires_and_the_ratio_is_pack_data(run, config_with):
    near = "您的包裹已经在派送途中，请留意电话"  # one character dropped
    assert run(repeated_reply, ("agent", 0, LINE), ("agent", 5, near)) == [("repeated_reply", 1)]
    strict = config_with(near_repeat_ratio=1.0)
    assert run(repeated_reply, ("agent", 0, LINE), ("agent", 5, near), config=strict) == []
    assert run(repeated_reply, ("agent", 0, LINE), ("agent", 5, LINE), config=strict) == [("repeated_reply", 1)]


def test_different_replies_are_silent(run):
    turns = [("agent", 0, LINE), ("agent", 5, "预计今天下午六点前送达"), ("agent", 9, "如有问题随时联系我们")]
    assert run(repeated_reply, *turns) == []


def test_short_replies_below_repeat_min_chars(run, config_with):
    five = "好的马上查"  # 5 characters
    six = "好的马上查询"  # 6 characters: the default minimum
    assert run(repeated_reply, ("agent", 0, five), ("agent", 5, five)) == []
    assert run(repeated_reply, ("agent", 0, six), ("agent", 5, six)) == [("repeated_reply", 1)]
    raised = config_with(repeat_min_chars=7)
    assert run(repeated_reply, ("agent", 0, six), ("agent", 5, six), config=raised) == []


def test_a_repeated_long_sentence_inside_a_longer_message(run):
    first = "这款保温杯是三百一十六不锈钢的。保温十二小时"
    second = "颜色有黑白两种。这款保温杯是三百一十六不锈钢的"
    assert run(repeated_reply, ("agent", 0, first), ("agent", 5, second)) == [("repeated_reply", 1)]
    # a repeated sentence of fewer than 8 characters is not enough
    assert run(repeated_reply, ("agent", 0, "好的收到了。保温十二小时"),
               ("agent", 5, "好的收到了。颜色有黑白两种")) == []


def test_customer_repeats_and_agent_echoing_the_customer_are_not_findings(run):
    turns = [("customer", 0, LINE), ("agent", 5, LINE), ("customer", 9, LINE)]
    assert run(repeated_reply, *turns) == []


def test_empty_and_system_only_chats_are_silent(run):
    assert run(repeated_reply) == []
    assert run(repeated_reply, ("system", 0, LINE), ("system", 9, LINE)) == []


def test_similar_bounds():
    assert similar("一二三四五六七八九十", "一二三四五六七八九十", 0.9)
    assert not similar("一二三四五六七八九十", "一二三", 0.9)  # ruled out by length alone
