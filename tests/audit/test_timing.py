"""``timing.response_times``: slow_first_response / slow_response (seed 003: 60 秒内回复)."""

from zhijian.audit.checks.timing import response_times

from .conftest import CLOSING

Q = "你好，这款保温杯还有蓝色的吗"
A = "您好，蓝色还有现货的"


def test_exactly_at_the_limit_is_fine_one_second_over_is_not(run):
    assert run(response_times, ("customer", 0, Q), ("agent", 60, A)) == []
    assert run(response_times, ("customer", 0, Q), ("agent", 61, A)) == [("slow_first_response", 1)]


def test_message_names_the_wait_and_the_limit(findings):
    (f,) = findings(response_times, ("customer", 0, Q), ("agent", 95, A))
    assert f.rule == "conv.slow_first_response" and f.severity == "major"
    assert "95" in f.message and "60" in f.message


def test_later_wait_is_slow_response_on_the_answering_turn(run):
    turns = [("customer", 0, Q), ("agent", 10, A), ("customer", 20, "那大概几天能到呢"),
             ("agent", 81, "一般两到三天送达"), ("agent", 90, CLOSING)]
    assert run(response_times, *turns) == [("slow_response", 3)]


def test_wait_counts_from_the_earliest_unanswered_customer_message(run):
    # 70 s after the first customer line, only 40 s after the second
    turns = [("customer", 0, "在吗"), ("customer", 30, Q), ("agent", 70, A)]
    assert run(response_times, *turns) == [("slow_first_response", 2)]


def test_system_lines_are_not_replies(run):
    turns = [("customer", 0, Q), ("system", 5, "顾客已进入排队"), ("agent", 90, A)]
    assert run(response_times, *turns) == [("slow_first_response", 2)]


def test_pack_limit_changed_through_the_config_dict(run, config_with):
    cfg = config_with(response_limit=30)
    assert run(response_times, ("customer", 0, Q), ("agent", 30, A), config=cfg) == []
    assert run(response_times, ("customer", 0, Q), ("agent", 31, A), config=cfg) == [("slow_first_response", 1)]
    loose = config_with(response_limit=120)
    assert run(response_times, ("customer", 0, Q), ("agent", 119, A), config=loose) == []


def test_jd_first_response_outside_business_hours_does_not_count(run, jd, generic):
    turns = [("customer", 0, Q), ("agent", 100, A)]
    assert run(response_times, *turns, start="23:30:00", config=jd) == []
    assert run(response_times, *turns, start="08:59:00", config=jd) == []
    assert run(response_times, *turns, start="09:00:00", config=jd) == [("slow_first_response", 1)]
    assert run(response_times, *turns, start="23:00:00", config=jd) == []  # 23:00 itself is closed
    assert run(response_times, *turns, start="23:30:00", config=generic) == [("slow_first_response", 1)]


def test_later_waits_count_even_outside_business_hours(run, jd):
    turns = [("customer", 0, Q), ("agent", 100, A), ("customer", 110, "那能开发票吗"), ("agent", 200, "可以开的")]
    assert run(response_times, *turns, start="23:30:00", config=jd) == [("slow_response", 3)]


def test_business_hours_set_through_the_config_dict(run, config_with):
    cfg = config_with(business_hours=["08:00", "18:00"])
    turns = [("customer", 0, Q), ("agent", 100, A)]
    assert run(response_times, *turns, start="17:59:00", config=cfg) == [("slow_first_response", 1)]
    assert run(response_times, *turns, start="18:00:00", config=cfg) == []


def test_missing_timestamps_measure_nothing(run):
    assert run(response_times, ("customer", Q), ("agent", 500, A)) == []
    assert run(response_times, ("customer", 0, Q), ("agent", A)) == []
    assert run(response_times, ("customer", Q), ("agent", A)) == []


def test_empty_and_system_only_chats_are_silent(run):
    assert run(response_times) == []
    assert run(response_times, ("system", 0, "会话已创建"), ("system", 500, "会话已关闭")) == []
    assert run(response_times, ("customer", 0, Q)) == []  # never answered: unanswered's job, not timing's
