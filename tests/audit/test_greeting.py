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


@pytest.mark.parametrize("day", ["2025-10-02", "2025-10-03", "2026-02-18", "2025-05-02"])
def test_every_statutory_day_wants_the_holiday_greeting(run, day):
    # 004: 如国家法定假日…则需要有相应节日问候语: 国庆 1-3 October, 春节's three days, 劳动节's two, not only the first
    assert run(greeting, C, ("agent", 5, "您好，请问有什么可以帮您"), day=day) == [("greeting_mismatch", 1)]


@pytest.mark.parametrize("day, hello", [
    ("2025-10-04", "国庆节快乐"),  # a weekend inside the National Day break
    ("2026-10-04", "国庆节快乐"),  # a Sunday between the statutory days and the substituted days off
    ("2026-10-06", "国庆快乐"),  # a substituted day off of the break
    ("2025-10-08", "国庆节快乐"),  # 国庆 and 中秋 in one break: either greeting
    ("2025-01-28", "新年好"),  # 除夕, a day off of the Spring Festival break
])
def test_other_days_of_the_break_accept_either_greeting(run, day, hello):
    assert run(greeting, C, ("agent", 5, "您好，请问有什么可以帮您"), day=day) == []
    assert run(greeting, C, ("agent", 5, f"{hello}！请问有什么可以帮您"), day=day) == []


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
