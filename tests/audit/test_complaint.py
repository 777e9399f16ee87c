"""``complaint.complaint_no_apology`` (seeds 001, 003, 004: 先道歉、安抚情绪)."""

from zhijian.audit.checks.complaint import complaint_no_apology

ANGRY = "等了一个星期还没发货，我要投诉"


def test_complaint_never_met_with_empathy_fires_on_the_complaint(run):
    turns = [("customer", 0, "在吗"), ("agent", 3, "您好"), ("customer", 10, ANGRY), ("agent", 12, "已经催仓库了")]
    assert run(complaint_no_apology, *turns) == [("complaint_no_apology", 2)]


def test_empathy_right_after_is_fine(run):
    assert run(complaint_no_apology, ("customer", 0, ANGRY), ("agent", 5, "抱歉耽误您这么久")) == []


def test_empathy_any_time_later_is_fine(run):
    turns = [("customer", 0, ANGRY), ("agent", 5, "我查一下单号"), ("customer", 20, "快点"),
             ("agent", 30, "理解你的感受，已经加急处理")]
    assert run(complaint_no_apology, *turns) == []


def test_empathy_before_the_complaint_does_not_count(run):
    turns = [("agent", 0, "不好意思让您久等了"), ("customer", 5, ANGRY), ("agent", 9, "我查一下")]
    assert run(complaint_no_apology, *turns) == [("complaint_no_apology", 1)]


def test_the_customers_own_apology_is_not_empathy(run):
    turns = [("customer", 0, ANGRY), ("customer", 5, "不好意思我语气急了点"), ("agent", 9, "我查一下")]
    assert run(complaint_no_apology, *turns) == [("complaint_no_apology", 0)]


def test_complaint_as_the_last_line(run):
    assert run(complaint_no_apology, ("agent", 0, "您好"), ("customer", 5, "什么态度啊")) == [
        ("complaint_no_apology", 1)]


def test_no_complaint_no_finding(run):
    assert run(complaint_no_apology, ("customer", 0, "哪天能发出"), ("agent", 5, "今天下午发")) == []


def test_empty_and_system_only_chats_are_silent(run):
    assert run(complaint_no_apology) == []
    assert run(complaint_no_apology, ("system", 0, "顾客发起投诉")) == []
