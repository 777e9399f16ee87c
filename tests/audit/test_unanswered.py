"""``unanswered.unanswered``: a customer question after the agent's last word (seed 000: 漏回复)."""

from zhijian.audit.checks.unanswered import unanswered

from .conftest import CLOSING


def test_question_after_the_agents_last_word_fires_on_that_turn(run):
    turns = [("customer", 0, "您好"), ("agent", 5, "您好，请问有什么可以帮您"), ("customer", 20, "这双鞋有四十二码吗")]
    assert run(unanswered, *turns) == [("unanswered", 2)]


def test_answered_question_is_silent(run):
    turns = [("customer", 0, "这双鞋有四十二码吗"), ("agent", 5, "有的，四十二码有货"), ("agent", 9, CLOSING)]
    assert run(unanswered, *turns) == []


def test_a_statement_at_the_end_needs_no_answer(run):
    turns = [("customer", 0, "这双鞋有四十二码吗"), ("agent", 5, "有的，四十二码有货"), ("customer", 20, "好的我知道了")]
    assert run(unanswered, *turns) == []


def test_a_request_counts_like_a_question(run):
    turns = [("customer", 0, "您好"), ("agent", 5, "您好"), ("customer", 20, "麻烦把发票寄到公司地址")]
    assert run(unanswered, *turns) == [("unanswered", 2)]


def test_no_agent_turn_at_all(run):
    assert run(unanswered, ("customer", 0, "快递到哪里了？")) == [("unanswered", 0)]


def test_only_the_first_unanswered_question_is_reported(run):
    turns = [("agent", 0, "您好"), ("customer", 10, "能便宜点吗"), ("customer", 20, "包邮吗")]
    assert run(unanswered, *turns) == [("unanswered", 1)]


def test_a_system_line_is_not_an_answer(run):
    turns = [("agent", 0, "您好"), ("customer", 10, "哪天能发出？"), ("system", 300, "会话超时自动关闭")]
    assert run(unanswered, *turns) == [("unanswered", 1)]


def test_question_without_timestamp_still_counts(run):
    assert run(unanswered, ("agent", "您好"), ("customer", "可以开发票吗")) == [("unanswered", 1)]


def test_empty_and_system_only_chats_are_silent(run):
    assert run(unanswered) == []
    assert run(unanswered, ("system", 0, "会话已创建"), ("system", 9, "会话已关闭")) == []
