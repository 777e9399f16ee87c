"""``forced_end.forced_end`` (seeds 000, 004: 不得在顾客问题未解决时强制结束对话)."""

import pytest

from zhijian.audit.checks.forced_end import forced_end

OPEN = [("customer", 0, "您好"), ("agent", 3, "您好，请问有什么可以帮您")]
LEAVING = "我要下班了，有事明天再说"


def test_agent_leaves_right_after_an_open_question(run):
    turns = [*OPEN, ("customer", 10, "钱几号能退回我卡上？"), ("agent", 15, LEAVING)]
    assert run(forced_end, *turns) == [("forced_end", 3)]


def test_agent_leaving_after_a_statement_is_not_forced(run):
    turns = [*OPEN, ("customer", 10, "好的，我明白了"), ("agent", 15, LEAVING)]
    assert run(forced_end, *turns) == []


def test_the_open_question_is_the_customers_last_line_before_the_agent(run):
    # a question earlier, then a statement: the chat may end
    turns = [("customer", 0, "能退款吗"), ("agent", 3, "可以"), ("customer", 10, "那我先申请"), ("agent", 15, LEAVING)]
    assert run(forced_end, *turns) == []


def test_agent_ending_words_with_no_customer_before(run):
    assert run(forced_end, ("agent", 0, LEAVING)) == []


def test_system_close_after_the_customers_unanswered_question(run):
    turns = [*OPEN, ("customer", 10, "那运费谁出？"), ("system", 70, "坐席已结束会话"), ("system", 71, "会话已关闭")]
    assert run(forced_end, *turns) == [("forced_end", 3)]


def test_system_close_after_a_statement_or_after_an_answer(run):
    after_statement = [*OPEN, ("customer", 10, "好的我知道了"), ("system", 70, "坐席已结束会话")]
    assert run(forced_end, *after_statement) == []
    after_answer = [("customer", 0, "运费谁出？"), ("agent", 5, "运费我们承担"), ("system", 70, "坐席已结束会话")]
    assert run(forced_end, *after_answer) == []


def test_a_neutral_system_line_is_not_a_forced_end(run):
    assert run(forced_end, *OPEN, ("customer", 10, "运费谁出？"), ("system", 70, "顾客已离开")) == []


def test_reported_once(run):
    turns = [("customer", 0, "怎么还没到？"), ("agent", 5, "下班了"), ("customer", 9, "能不能先查一下？"),
             ("agent", 12, "不聊了")]
    assert run(forced_end, *turns) == [("forced_end", 1)]


def test_empty_and_system_only_chats_are_silent(run):
    assert run(forced_end) == []
    assert run(forced_end, ("system", 0, "会话已创建"), ("system", 9, "坐席已结束会话")) == []


def test_bug_explaining_closed_warehouse_is_not_ending_the_chat(run):
    turns = [("customer", 0, "今天还能发货吗？"), ("agent", 3, "您好，仓库今天已经下班了，明天一早给您发出")]
    assert run(forced_end, *turns) == []
