"""``aftersales.aftersales_flow`` (seed 003 §售后: 查明原因 → 道歉 → 安抚 → 提供解决方案)."""

import pytest

from zhijian.audit.checks.aftersales import aftersales_flow

BROKEN = ("customer", 0, "台灯底座摔裂了")
CAUSE = "请您拍一下照片给我看看"
SORRY = "实在抱歉给您添麻烦了"
FIX = "我马上给您安排补发"


def test_cause_apology_solution_in_order_is_fine(run):
    turns = [BROKEN, ("agent", 5, CAUSE), ("customer", 20, "[图片]"), ("agent", 25, SORRY), ("agent", 30, FIX)]
    assert run(aftersales_flow, *turns) == []


def test_all_steps_in_one_message_is_fine(run):
    assert run(aftersales_flow, BROKEN, ("agent", 5, "抱歉哈让您受累，劳驾拍照片发来，核实后为您补寄新的")) == []


def test_no_solution_fires_on_the_report(findings):
    (f,) = findings(aftersales_flow, BROKEN, ("agent", 5, CAUSE), ("agent", 9, SORRY))
    assert (f.category, f.turn) == ("aftersales_flow", 0) and "没有提供任何解决方案" in f.message


def test_solution_before_the_cause_fires_on_the_solution(findings):
    (f,) = findings(aftersales_flow, BROKEN, ("agent", 5, FIX), ("agent", 9, CAUSE), ("agent", 12, SORRY))
    assert (f.category, f.turn) == ("aftersales_flow", 1) and "未查明原因" in f.message


def test_no_apology_fires_on_the_report(findings):
    (f,) = findings(aftersales_flow, ("system", 0, "售后会话"), ("customer", 1, "台灯底座摔裂了"),
                    ("agent", 5, CAUSE), ("agent", 9, FIX))
    assert (f.category, f.turn) == ("aftersales_flow", 1) and "道歉" in f.message


def test_apology_after_the_solution_fires_on_the_apology(findings):
    (f,) = findings(aftersales_flow, BROKEN, ("agent", 5, CAUSE), ("agent", 9, FIX), ("agent", 12, SORRY))
    assert (f.category, f.turn) == ("aftersales_flow", 3) and "先给方案后道歉" in f.message


def test_a_hypothetical_question_is_not_a_report(run):
    assert run(aftersales_flow, ("customer", 0, "这件衣服洗了会掉色吗"), ("agent", 5, "不会的")) == []


def test_only_the_first_report_is_judged(run):
    turns = [BROKEN, ("agent", 5, CAUSE), ("agent", 9, SORRY), ("agent", 12, FIX), ("customer", 30, "盖子也裂了")]
    assert run(aftersales_flow, *turns) == []


def test_the_customers_own_words_are_not_steps(run):
    turns = [("customer", 0, "台灯底座裂了，给我退款"), ("customer", 5, "不好意思催一下")]
    assert run(aftersales_flow, *turns) == [("aftersales_flow", 0)]


def test_empty_system_only_and_no_problem_are_silent(run):
    assert run(aftersales_flow) == []
    assert run(aftersales_flow, ("system", 0, "商品破损已登记")) == []
    assert run(aftersales_flow, ("customer", 0, "哪天能发出"), ("agent", 5, "今天发")) == []


def test_bug_a_real_report_with_a_conditional_question_is_still_a_report(run):
    turns = [("customer", 0, "收到就坏了，如果修不好的话能退吗"), ("agent", 3, "您好，可以退的")]
    assert run(aftersales_flow, *turns) == [("aftersales_flow", 0)]
