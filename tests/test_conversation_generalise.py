"""Issue 12, the kinds of misses found on the independently written conversation set (fresh_chats.jsonl),
fixed structurally: how an answer is matched to the needs when it also uses what the customer told the agent,
how "I already said it" is said, how a near-repeat is compared once the greeting is left out, how a greeting
that also asks about the case is read in the after-sales order, and a suggestion put as a wish for next time.
Every sentence is written for this test from the seeds' rules (000 漏回复/重复发送, 003 售后顺序, 004 建议/
不让顾客重复); none is taken from that set, the dev cases, the hard set or the held-out generator.  Each kind is
checked both ways (the fault is found; the proper handling is not flagged)."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_CLOSE = "感谢您的支持，祝您生活愉快，再见"


def _cats(auditor, *turns):
    """Audit ``(role, seconds, text)`` turns; the conversation categories reported."""
    return conv_categories(auditor, [(r, x, s) for r, s, x in turns], start="2025-03-12T14:00:00")


# the agent asks what the customer needs it for, the customer tells, then asks two things in two messages
_TOLD = [("customer", 0, "你好，想给家里老人挑一款手机"), ("agent", 15, "您好，请问老人平时主要用来做什么呢？"),
         ("customer", 40, "主要看视频和打电话"), ("customer", 50, "这款支持分期付款吗"),
         ("customer", 55, "待机时间长不长")]


def test_an_answer_using_what_the_customer_told_does_not_settle_a_skipped_question(auditor):
    cats = _cats(auditor, *_TOLD, ("agent", 80, "看视频推荐大屏的A7，打电话音量也够大。待机正常能撑两天。"),
                 ("customer", 100, "好的我再看看"), ("agent", 110, _CLOSE))
    assert "unanswered" in cats  # 分期 was never answered: the recommendation answers what the agent asked


def test_answering_both_questions_after_using_what_the_customer_told_is_fine(auditor):
    cats = _cats(auditor, *_TOLD, ("agent", 80, "看视频推荐大屏的A7。支持分期付款，免息三期。待机正常能撑两天。"),
                 ("customer", 100, "好的我再看看"), ("agent", 110, _CLOSE))
    assert "unanswered" not in cats


@pytest.mark.parametrize("again", ["我之前不是讲给你了吗", "讲了要藏青色的呀", "麻烦再翻翻上面"])
def test_the_ways_of_saying_it_was_already_said(auditor, again):
    cats = _cats(auditor, ("customer", 0, "我想换成藏青色的，订单号5520193847"), ("agent", 15, "您好，请问您要换成什么颜色？"),
                 ("customer", 35, again), ("agent", 50, "好的，已经为您换成藏青色"), ("customer", 70, "嗯"),
                 ("agent", 80, _CLOSE))
    assert "asked_to_repeat" in cats


def test_a_customer_pointing_at_a_product_above_is_asking_not_repeating(auditor):
    cats = _cats(auditor, ("customer", 0, "你好"), ("agent", 15, "您好，请问想了解哪款商品呢？"),
                 ("customer", 35, "你看看上面那款羽绒服有没有加大码"), ("agent", 50, "有的，加大码有货"),
                 ("customer", 70, "好"), ("agent", 80, _CLOSE))
    assert "asked_to_repeat" not in cats and "unanswered" not in cats


_REPLY = "这款电热水壶是食品级不锈钢内胆，整机保修一年"


def test_the_same_reply_sent_again_without_its_greeting_is_a_repeat(auditor):
    cats = _cats(auditor, ("customer", 0, "这个壶安全吗"), ("agent", 15, "您好，欢迎光临，" + _REPLY + "。"),
                 ("customer", 40, "那烧水要多久"), ("agent", 55, _REPLY + "。"), ("customer", 80, "我问的是烧水多久"),
                 ("agent", 95, "一升水大约五分钟烧开。"), ("customer", 110, "好"), ("agent", 120, _CLOSE))
    assert "repeated_reply" in cats


def test_the_same_courtesy_in_two_replies_is_no_repeat(auditor):
    cats = _cats(auditor, ("customer", 0, "这个壶安全吗"), ("agent", 15, "您好，欢迎光临，" + _REPLY + "。"),
                 ("customer", 40, "那烧水要多久"), ("agent", 55, "一升水大约五分钟烧开，请问还有其他可以帮到您的吗？"),
                 ("customer", 80, "没有了"), ("agent", 95, "请问还有其他可以帮到您的吗？" + _CLOSE))
    assert "repeated_reply" not in cats


def test_a_greeting_that_asks_about_the_fault_finds_the_cause(auditor):
    cats = _cats(auditor, ("customer", 0, "你好，我买的电动牙刷充不进电"),
                 ("agent", 15, "您好，请问您换过别的插座吗？"), ("customer", 40, "换了，还是不行"),
                 ("agent", 60, "了解了，应该是充电座的问题，非常抱歉给您带来不便，您别着急。"),
                 ("agent", 70, "我这边给您补发一个新的充电座，明天就能寄出。"), ("customer", 90, "好的"),
                 ("agent", 100, _CLOSE))
    assert "aftersales_flow" not in cats
    cats = _cats(auditor, ("customer", 0, "你好，我买的电动牙刷充不进电"), ("agent", 15, "您好，请问有什么可以帮您？"),
                 ("agent", 20, "我这边给您补发一个新的充电座，明天就能寄出。"), ("customer", 40, "好的"),
                 ("agent", 50, _CLOSE))
    assert "aftersales_flow" in cats  # the greeting's offer of help finds no cause


@pytest.mark.parametrize("wish", ["下回打包能不能别塞这么多填充物", "以后包装能别用胶带缠那么多圈吗",
                                  "下次寄的时候可以不放那么多泡沫吗"])
def test_a_wish_for_next_time_is_a_suggestion(auditor, wish):
    turns = [("customer", 0, "你好，东西收到了"), ("agent", 15, "您好，请问有什么可以帮您？"), ("customer", 40, wish)]
    cats = _cats(auditor, *turns, ("agent", 60, "这个都是仓库统一打包的。"), ("customer", 80, "哦"), ("agent", 90, _CLOSE))
    assert "suggestion_unacknowledged" in cats
    cats = _cats(auditor, *turns, ("agent", 60, "谢谢您的建议，已经记录下来反馈给仓库了。"), ("customer", 80, "好"),
                 ("agent", 90, _CLOSE))
    assert "suggestion_unacknowledged" not in cats


@pytest.mark.parametrize("question", ["下次买还能用这个券吗", "以后能多久到货", "以后还能不能退货"])
def test_a_question_about_next_time_is_no_suggestion(auditor, question):
    cats = _cats(auditor, ("customer", 0, "你好"), ("agent", 15, "您好，请问有什么可以帮您？"), ("customer", 40, question),
                 ("agent", 60, "可以的，按平台规则来。"), ("customer", 80, "哦"), ("agent", 90, _CLOSE))
    assert "suggestion_unacknowledged" not in cats
