"""``closing.closing`` (missing_closing) and ``proper_closing`` (seeds 002, 003: 结束语由客服来结束)."""

from zhijian.audit.checks.closing import closing, proper_closing

from .conftest import CLOSING

Q = ("customer", 0, "这个台灯可以调光吗")
A = ("agent", 5, "您好，可以三档调光")


def test_agent_closing_last_is_fine(run, make_chat):
    turns = [Q, A, ("agent", 9, CLOSING)]
    assert run(closing, *turns) == []
    assert proper_closing(make_chat(*turns))


def test_customer_has_the_last_word(run, make_chat):
    # the contract (docs/spec/taxonomy.md: "the agent must have the last word, with a proper closing"; seed 003
    # 最后一句结束语必须由我们客服来结束): a goodbye of the customer's after the agent's closing still wants one back
    turns = [Q, A, ("agent", 9, CLOSING), ("customer", 15, "好的拜拜")]
    assert run(closing, *turns) == [("missing_closing", 3)]
    assert not proper_closing(make_chat(*turns))


def test_customer_asking_more_after_the_closing_is_still_missing_it(run):
    turns = [Q, A, ("agent", 9, CLOSING), ("customer", 15, "等下，再问一下有白色吗")]
    assert run(closing, *turns) == [("missing_closing", 3)]


def test_agent_last_but_without_closing_words(run):
    # (an offer to come back, 还有其他问题随时找我, is a closing: seed 003 请随时招呼我, seed 004 欢迎您随时再来咨询)
    assert run(closing, Q, A, ("agent", 9, "好的，那您先看看款式")) == [("missing_closing", 2)]


def test_a_closing_in_the_middle_does_not_count(run):
    turns = [Q, ("agent", 5, "祝您购物愉快"), ("customer", 9, "再问一下有白色吗"), ("agent", 12, "白色也有的")]
    assert run(closing, *turns) == [("missing_closing", 3)]


def test_system_lines_after_the_closing_are_ignored(run):
    turns = [Q, A, ("agent", 9, CLOSING), ("system", 20, "会话已结束")]
    assert run(closing, *turns) == []


def test_finding_is_about_the_last_turn_not_a_trailing_system_line(run):
    turns = [Q, A, ("system", 20, "会话已结束")]
    assert run(closing, *turns) == [("missing_closing", 1)]


def test_closing_without_timestamps(run):
    assert run(closing, ("customer", "可以调光吗"), ("agent", "可以的，祝您生活愉快，再见")) == []


def test_empty_and_system_only_chats_are_silent(run, make_chat):
    assert run(closing) == []
    assert run(closing, ("system", 0, "会话已创建"), ("system", 9, "会话已关闭")) == []
    assert not proper_closing(make_chat())
