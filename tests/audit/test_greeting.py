"""``greeting.greeting``: missing_greeting / greeting_mismatch (seeds 002, 003, 004)."""

import pytest

from zhijian.audit.checks.greeting import greeting

C = ("customer", 0, "在吗")


def test_first_reply_without_greeting_fires_on_that_turn(run):
    turns = [("system", 0, "顾客进入会话"), C, ("agent", 5, "这款目前有货"), ("agent", 9, "您好，欢迎光临")]
    assert run(greeting, *turns) == [("missing_greeting", 2)]  # the later greeting does not repair it


def test_plain_greeting_is_fine(run):
    assert run(greeting, C, ("agent", 5, "您好，欢迎光临本店")) == []


@pytest.mark.parametrize("start, fires", [
    ("11:59:54", False),  # the greeting is sent at 11:59:59
    ("11:59:55", True),   # at 12:00:00: no longer morning
    ("23:59:58", False),  # at 00:00:03 the next day: morning again
    ("19:30:00", True),
])
def test_good_morning_only_before_noon(run, start, fires):
    got = run(greeting, C, ("agent", 5, "早上好，很高兴为您服务"), start=start)
    assert got == ([("greeting_mismatch", 1)] if fires else [])


def test_good_morning_without_timestamp_is_not_judged(run):
    assert run(greeting, ("customer", "在吗"), ("agent", "早上好，很高兴为您服务"), start="20:00:00") == []


def test_festival_day_wants_the_holiday_greeting(findings, run):
    # 2025-10-01 is 国庆节 itself
    (f,) = findings(greeting, C, ("agent", 5, "您好，请问有什么可以帮您"), day="2025-10-01")
    assert (f.category, f.turn) == ("greeting_mismatch", 1) and "国庆节" in f.message
    assert run(greeting, C, ("agent", 5, "国庆快乐！请问有什么可以帮您"), day="2025-10-01") == []


def test_other_days_of_the_holiday_period_accept_a_plain_greeting(run):
    # 2025-10-03 is inside the National Day days off but not the festival day
    assert run(greeting, C, ("agent", 5, "您好，请问有什么可以帮您"), day="2025-10-03") == []
    assert run(greeting, C, ("agent", 5, "国庆节快乐，请问有什么可以帮您"), day="2025-10-03") == []


def test_holiday_greeting_rule_switched_off(run, taobao, config_with):
    turns = [C, ("agent", 5, "您好，请问有什么可以帮您")]
    assert run(greeting, *turns, day="2025-10-01", config=taobao) == []
    assert run(greeting, *turns, day="2025-10-01", config=config_with(holiday_greeting=False)) == []


def test_holiday_greeting_on_an_ordinary_day_is_wrong_but_still_a_greeting(findings):
    (f,) = findings(greeting, C, ("agent", 5, "中秋节快乐！请问想看哪款月饼"), day="2025-03-04")
    assert (f.category, f.turn) == ("greeting_mismatch", 1) and "中秋节" in f.message


def test_no_agent_turn_empty_and_system_only_are_silent(run):
    assert run(greeting) == []
    assert run(greeting, ("customer", 0, "在吗"), ("customer", 9, "有人吗")) == []
    assert run(greeting, ("system", 0, "会话已创建"), ("system", 9, "会话已关闭")) == []
