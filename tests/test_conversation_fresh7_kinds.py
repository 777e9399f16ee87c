"""Issue 12 round 7, the kinds of misses and false hits found on benchmarks/data/fresh7_chats.jsonl (now read), fixed by
their cause: every sentence here is written for this test from the seeds' rules (000 不可以主动强制结束对话, 001/004 客户
抱怨时先接纳情绪、致歉, 003 售后 查明原因→道歉→安抚→方案 and 结束语由客服来说, 004 不得直呼顾客姓名); none is a sentence of
that set, of the dev cases or of the held-out generator.  Each cause is checked in several shapes, and both ways where a
proper handling exists."""

from __future__ import annotations

import pytest

from zhijian.audit.checks.addressing import vocative
from zhijian.audit.config import ConversationConfig
from zhijian.engine.packs import compose

from chat_fixtures import conv_categories

_CLOSE = "感谢您的支持，祝您生活愉快，再见"


def _cats(auditor, *turns, name=None):
    """Audit ``(role, text)`` turns 20 s apart; the conversation categories reported."""
    return conv_categories(auditor, turns, start="2025-06-10T15:00:00", name=name)


# ------------------------------------------------------------------ forced end: the session said to stop, in other words
# the agent ends the service or says the session will close while the customer's problem is open (000): forced_end,
# however it is worded; the same words after the problem was settled end nothing early
@pytest.mark.parametrize("ending", [
    "今天的咨询先到这儿吧，再见",
    "我们的咨询暂时到此，有需要再联系",
    "当前对话马上就要结束了，感谢您的理解",
    "这个会话将会自动结束哦",
    "服务先到这里，您稍后再来咨询吧",
])
def test_the_session_said_to_stop_while_the_problem_is_open_is_a_forced_end(auditor, ending):
    cats = _cats(auditor, ("customer", "新买的电热水壶烧水的时候底座一直冒火花"),
                 ("agent", "您好，非常抱歉，请问是插上电就冒火花吗？"), ("customer", "对，一插上就有"),
                 ("agent", "可能是底座接触不良"), ("customer", "那我现在该怎么弄，家里就这一个壶"),
                 ("agent", ending))
    assert "forced_end" in cats


@pytest.mark.parametrize("ending", ["今天的咨询先到这儿吧，再见", "当前对话马上就要结束了，感谢您的理解"])
def test_the_same_words_after_the_need_was_settled_end_nothing_early(auditor, ending):
    cats = _cats(auditor, ("customer", "这款保温杯能装开水吗"), ("agent", "您好，可以装开水的，保温时间大约十二小时"),
                 ("customer", "好的，明白了，谢谢"), ("agent", "不客气，" + ending))
    assert "forced_end" not in cats


# ------------------------------------------------------------- anger without 投诉: made a fool of, exasperation, loss
# the customer's indignation in forms no word list spells out (004 客户抱怨; 001 先接纳情绪): with no apology or empathy
# after it, complaint_no_apology; met with empathy, nothing
@pytest.mark.parametrize("anger", [
    "刚付完款第二天就便宜了五十，你们是拿顾客当猴耍吗",
    "你们是不是拿我们当冤大头了",
    "这也太折腾死人了",
    "退个货要填这么多东西，真是烦死人了",
    "那我多付的运费就这么打水漂了？",
    "照你这么说我就活该等半个月？",
])
def test_indignation_without_a_complaint_word_needs_empathy(auditor, anger):
    bad = _cats(auditor, ("customer", anger), ("agent", "您好，相关规则在商品详情页有写明"),
                ("customer", "行吧"), ("agent", _CLOSE))
    assert "complaint_no_apology" in bad
    good = _cats(auditor, ("customer", anger), ("agent", "您好，真的很抱歉让您这么生气，理解您的心情"),
                 ("agent", "相关规则在商品详情页有写明，这边也帮您登记反馈"), ("customer", "行吧"), ("agent", _CLOSE))
    assert "complaint_no_apology" not in good


@pytest.mark.parametrize("plain", ["笑死了，这个表情包太可爱了", "好的，那就这样吧", "我先把东西拿到手再看看"])
def test_plain_words_near_those_forms_are_no_anger(auditor, plain):
    cats = _cats(auditor, ("customer", plain), ("agent", "您好，好的呢，有需要随时联系"), ("agent", _CLOSE))
    assert "complaint_no_apology" not in cats


# an offer on a condition (着急的话可以…) that the model reads as empathy (0.75 today, above the pack's bar) apologises for
# nothing: anger met only with it is left without an apology; an apology in words on a condition (如果给您带来不便，还请
# 谅解) is one
_OFFER_IF = "实在着急的话可以选同城次日达的款式，我把链接给您"


def test_an_offer_on_a_condition_is_no_empathy(auditor):
    anger = "都十天了还不发货，我是买来送人的"
    bad = _cats(auditor, ("customer", anger), ("agent", "您好，这款是预售商品，付款后十五天内发货"),
                ("customer", "那也太久了"), ("agent", _OFFER_IF), ("customer", "算了，我再等几天"), ("agent", _CLOSE))
    assert "complaint_no_apology" in bad
    good = _cats(auditor, ("customer", anger), ("agent", "您好，这款是预售商品，付款后十五天内发货"),
                 ("customer", "那也太久了"), ("agent", "如果给您带来不便，还请您谅解，" + _OFFER_IF),
                 ("customer", "算了，我再等几天"), ("agent", _CLOSE))
    assert "complaint_no_apology" not in good


# ------------------------------------------------------------------------- after-sales: the greeting that asks, fixed
# a greeting sentence that goes on to ask about the case (您好，请问是…还是…呢) finds the cause (003 查明原因): the
# order 查明原因 → 道歉 → 安抚 → 方案 then holds; the greeting's offer of help asks nothing about the case
@pytest.mark.parametrize("ask", [
    "您好，请问是一点水都不出，还是出水很小呢",
    "您好，请问是一滴水都没有，还是只出一点点呢",
])
def test_a_greeting_that_asks_about_the_case_finds_the_cause(auditor, ask):
    cats = _cats(auditor, ("customer", "净水器装好三天就不出水了"), ("agent", ask), ("customer", "完全不出"),
                 ("agent", "那可能是滤芯堵了，真的很抱歉给您添麻烦了"),
                 ("agent", "您别着急，这边直接给您换一个新滤芯，今天寄出"), ("customer", "好的"), ("agent", _CLOSE))
    assert "aftersales_flow" not in cats


def test_the_greetings_offer_of_help_finds_no_cause(auditor):
    cats = _cats(auditor, ("customer", "净水器装好三天就不出水了"), ("agent", "您好，请问有什么可以帮您的呢"),
                 ("customer", "就是不出水"), ("agent", "这边直接给您换一个新滤芯，今天寄出，非常抱歉"),
                 ("customer", "好的"), ("agent", _CLOSE))
    assert "aftersales_flow" in cats  # the remedy came before any cause was looked for


# the customer says the part works again (能升了 / 可以开机了 / 能正常充电了): the advice solved it, the apology came before
# it, the case was handled in order; a part that still does not work is no fix
@pytest.mark.parametrize("works", ["按了一下，能开机了", "重新插好了，现在可以正常充电了", "调过了，能转起来了"])
def test_the_part_working_again_is_the_fix(auditor, works):
    cats = _cats(auditor, ("customer", "刚到的平板开不了机"), ("agent", "您好，请问是按电源键完全没反应吗？"),
                 ("customer", "是的"),
                 ("agent", "非常抱歉给您添麻烦了，可能是运输中进入了保护模式，麻烦您长按电源键十五秒看看"),
                 ("customer", works), ("agent", "太好了，问题解决就好，" + _CLOSE))
    assert "aftersales_flow" not in cats


def test_the_part_still_not_working_is_no_fix(auditor):
    cats = _cats(auditor, ("customer", "刚到的平板开不了机"), ("agent", "您好，请问是按电源键完全没反应吗？"),
                 ("customer", "是的"),
                 ("agent", "非常抱歉给您添麻烦了，可能是运输中进入了保护模式，麻烦您长按电源键十五秒看看"),
                 ("customer", "按了，还是开不了机"), ("agent", _CLOSE))
    assert "aftersales_flow" in cats


# ----------------------------------------------------------------------------- closings: a wish to the customer's own
# the agent's goodbye wishing the customer's child, family or pet well (祝宝宝… / 祝家人… / 祝狗狗…) is a closing (003:
# 结束语由客服来说); a wish buried in an answer mid-chat leaves the chat to be closed
@pytest.mark.parametrize("wish", ["好的，祝小朋友开开心心，天天快乐", "嗯嗯，祝家人身体健康", "好的亲，祝毛孩子早日康复"])
def test_a_wish_to_the_customers_own_is_a_closing(auditor, wish):
    cats = _cats(auditor, ("customer", "儿童绘本是几岁适用的"), ("agent", "您好，这套适合三到六岁"),
                 ("customer", "好的，不用了，谢谢"), ("agent", wish))
    assert "missing_closing" not in cats


def test_an_answer_without_a_wish_still_wants_a_closing(auditor):
    cats = _cats(auditor, ("customer", "儿童绘本是几岁适用的"), ("agent", "您好，这套适合三到六岁"),
                 ("customer", "好的，不用了，谢谢"), ("agent", "好的"))
    assert "missing_closing" in cats


# ------------------------------------------------------------------- addressing: a full name the customer never gave
# the agent opening a sentence with the customer's full name as a clause of its own, then speaking to 您 (004 不得直呼
# 顾客姓名), whether or not the chat shows where the name came from; with a title, or the name as data, it is fine
@pytest.mark.parametrize("reply", [
    "孙丽华，您的包裹已经到站点了，今天下午派送",
    "您好，郭建平，您申请的退款已经原路退回",
    "好的，欧阳晓，这边帮您改好地址了",
])
def test_a_full_name_opening_the_sentence_addresses_the_customer(auditor, reply):
    cats = _cats(auditor, ("customer", "帮我看看订单到哪了"), ("agent", "您好，麻烦提供一下订单号"),
                 ("customer", "5531****0098"), ("agent", reply), ("customer", "好的"), ("agent", _CLOSE))
    assert "direct_name" in cats


@pytest.mark.parametrize("reply", [
    "孙女士，您的包裹已经到站点了，今天下午派送",
    "马上，您稍等我看一下",
    "周末，您的包裹也照常派送",
    "收货人是孙丽华，您的包裹已经到站点了",
])
def test_a_title_a_word_or_the_name_as_data_addresses_no_one_bare(auditor, reply):
    cats = _cats(auditor, ("customer", "帮我看看订单到哪了"), ("agent", "您好，麻烦提供一下订单号"),
                 ("customer", "5531****0098"), ("agent", reply), ("customer", "好的"), ("agent", _CLOSE))
    assert "direct_name" not in cats


def test_vocative_reads_the_head_of_each_sentence():
    surnames, cfg = "王李张刘陈孙郭欧阳", ConversationConfig.from_dict(compose("jd").conversation)
    assert vocative(cfg, "帮您记下了。陈晓东，您看地址对吗", surnames, ("先生",)) == "陈晓东"
    assert vocative(cfg, "帮您记下了，陈晓东的快件周五到", surnames, ("先生",)) == ""  # inside the clause: data
    assert vocative(cfg, "陈先生，您好", surnames, ("先生",)) == ""
