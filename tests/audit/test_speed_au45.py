"""Issue 14, stop 45 (helper au45): ``reports`` reads a customer sentence through its rulings out only when it may report.

``reports.reports`` (is customer turn ``i`` a problem with the goods received? read by ``aftersales_flow`` for every
customer turn) ran each sentence through seven rulings out (an order card, praise, a suggestion, an earlier purchase, the
customer's own damage, goods not used yet, a coupon) before looking at what could make it a report.  Every way a sentence
reports needs one of three things (``reports._may_report``): a problem or anger the tagger read in a turn naming goods
received or handling, a clause with the pack's after-sales words, or a fault asked (``_trouble_asked``).  A sentence with
none of them now skips the rulings out; the output is the same.  ``reports.reports_reference`` (every sentence read through
the rulings out, nothing remembered) stays as the reference these tests hold the gated reading to.

The sentences are written for these tests (other goods and wording than any data set).
"""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from zhijian.audit import reports as reports_module
from zhijian.audit.auditor import Auditor
from zhijian.audit.chat import Chat
from zhijian.audit.checks import aftersales
from zhijian.audit.config import ConversationConfig
from zhijian.audit.conversation import parse_conversation
from zhijian.audit.reports import _may_report, _sentence_reports, reports, reports_reference

from .conftest import build_conv, tag

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "benchmarks"))
import chats as generated  # noqa: E402  (benchmarks/chats.py, the generator of bench_audit)

# customer sentences of every kind the rulings out and the gate read: after-sales words, goods received, handling asked,
# a fault asked, praise, a suggestion, an earlier purchase, own damage, goods unused, a coupon, a hypothetical, a card
CUSTOMER = [
    "台灯昨天收到了，开关按下去没反应", "这个台灯怎么回事啊", "灯罩裂了一道缝，怎么处理", "刚拿到的电热毯，一边不热",
    "用了三天插头就松了", "要是插头坏了能换吗", "台灯好用，比旧的亮多了，点赞", "建议灯罩再做厚一点，有点晃眼",
    "之前在别家买的台灯接触不良，你们这款怎么样", "孩子不小心把灯罩摔裂了，能单买一个吗", "买了还没拆封，怎么装灯泡",
    "满减券下单时用不了", "[订单编号:558812093，订单金额:89.00]", "发票什么时候开", "你好", "在吗", "好的谢谢",
    "灯泡能换暖光的吗", "收到了，挺好的", "电热毯有异味正常吗", "物流显示签收了，可我没收到", "气死了，才用两天就不亮了",
    "快递把箱子压扁了，台灯倒是没事", "颜色和图片不一样",
]
AGENT = ["您好，请问有什么可以帮您", "非常抱歉给您带来不便", "麻烦您拍张照片看一下", "我帮您查一下订单", "可以给您换新的",
         "这款灯罩是亚克力的，不易碎", "满减券需要满199才能用哦", "感谢您的建议，我们会反馈", "好的呢"]

turns_st = st.lists(st.one_of(st.tuples(st.just("customer"), st.sampled_from(CUSTOMER)),
                              st.tuples(st.just("agent"), st.sampled_from(AGENT))), min_size=1, max_size=7)


def _fresh(config: ConversationConfig) -> ConversationConfig:
    return ConversationConfig.from_dict(config.raw, "reference")  # (a fresh lexicon and memos: nothing remembered)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(turns_st, st.booleans())
def test_reports_equals_the_reference(jd, taobao, turns, on_taobao):
    conv = build_conv(*[(role, 30 * k, text) for k, (role, text) in enumerate(turns)])
    sentences = tag(conv)
    chat = Chat(conv, taobao if on_taobao else jd, sentences)
    for i, m in chat.turns:
        if m.role == "customer":
            # (remembered: the memo keys by the turn and whether it opens the customer's first need, ``chat.first_need``,
            # so a turn remembered from another example gives this chat's answer; tests/audit/test_reports_memo.py)
            assert reports(chat, i) == reports_reference(chat, i)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(turns_st)
def test_the_gate_is_necessary(jd, turns):
    """A sentence ``_may_report`` passes over never reports (``_sentence_reports``), whatever the turn."""
    conv = build_conv(*[(role, 30 * k, text) for k, (role, text) in enumerate(turns)])
    chat = Chat(conv, jd, tag(conv))
    for i, m in chat.turns:
        if m.role != "customer":
            continue
        ss = chat.sentences.get(i, ())
        for goods in (False, True):
            for s in ss:
                if not _may_report(chat, i, s, goods):
                    assert not _sentence_reports(chat, i, ss, s, goods)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=0, max_value=10 ** 6))
def test_generated_chats_read_as_the_reference(jd, k):
    conv = parse_conversation(generated.make_chat(k).record)
    sentences = tag(conv)
    chat = Chat(conv, jd, sentences)
    for i, m in chat.turns:
        if m.role == "customer":
            assert reports(chat, i) == reports_reference(chat, i)


@pytest.fixture(scope="module")
def auditors():
    return {pack: Auditor(pack) for pack in ("jd", "taobao")}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["jd", "taobao"]), turns_st)
def test_audits_equal_those_of_the_reference(auditors, pack, turns):
    a = auditors[pack]
    conv = build_conv(*[(role, 30 * k, text) for k, (role, text) in enumerate(turns)])
    mine = a.config
    try:  # (both sides with a fresh config: nothing remembered from another example)
        a.config = _fresh(mine)
        got = a.audit(conv).to_dict()
        a.config = _fresh(mine)
        with pytest.MonkeyPatch.context() as m:
            m.setattr(aftersales, "_reports", reports_reference)
            want = a.audit(conv).to_dict()
    finally:
        a.config = mine
    assert got == want


def test_the_gate_passes_over_most_customer_sentences(jd):
    """What the round is for: a greeting or a question before buying is not read through the rulings out (a coupon that
    will not apply is: 用不了 is an after-sales word, ruled out by ``_before_sale``)."""
    conv = build_conv(("customer", 0, "你好"), ("customer", 10, "这款台灯有白色的吗"), ("customer", 20, "满减券下单时用不了"),
                      ("customer", 30, "灯罩裂了一道缝，怎么处理"))
    chat = Chat(conv, jd, tag(conv))
    gated = [any(_may_report(chat, i, s, False) for s in chat.sentences.get(i, ())) for i in range(4)]
    assert gated == [False, False, True, True]
    assert reports_module.reports(chat, 3) and not reports_module.reports(chat, 2)
