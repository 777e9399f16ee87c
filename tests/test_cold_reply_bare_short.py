"""A whole reply of three to seven characters with no courtesy at all — no 您, no please, thanks, apology or wish, no
softening particle, no greeting, no 好的 — is the bare short reply seeds 000 and 003 forbid
(``common.cold_reply.bare_short``): a bare fact, a bare no, a bare order or counter-question.  Punctuation, emoji and
sticker codes are set aside.  The rule is ``alone``: reported only when nothing else — no other rule, no model — is found
in the message, so a short reply that insults, shirks or promises is read as that (stop 45; every sentence here is
written for this test)."""

from __future__ import annotations

import pytest

from zhijian import Inspector
from zhijian.engine.findings import Finding
from zhijian.engine.semantic import with_alone

RULE = "common.cold_reply.bare_short"


def _rules(pack: str, text: str, models: bool = False) -> list[str]:
    return [f.rule for f in Inspector(pack, models=models).check(text)]


@pytest.mark.parametrize("pack", ["jd", "taobao", "generic"])
@pytest.mark.parametrize("text", ["台灯没现货。", "拖把不退", "茶叶下周一。", "电池在里面", "[OK]水壶已发", "枕头周二到🙂",
                                  "哪个型号？", "尺码表看图", "对，能机洗。", "表带是钢的"])
def test_a_bare_short_reply_without_courtesy_is_cold(pack, text):
    assert _rules(pack, text) == [RULE]


@pytest.mark.parametrize("text", ["台灯没现货哦", "拖把不退呢～", "茶叶下周一发，请留意", "抱歉，台灯没现货", "好的，周二到",
                                  "您看下尺码表", "谢谢，已发出", "晚上好，在的", "这款台灯是三档调光的，亮度够用",
                                  "放心，已发出"])
def test_courtesy_or_a_fuller_answer_is_not(text):
    assert RULE not in _rules("jd", text)


@pytest.mark.parametrize("text", ["收拾好再说", "台灯七点前到"])
def test_the_model_path_and_the_batch_path_agree_in_check_and_check_many(text):
    insp = Inspector("jd")
    assert insp.check(text) == insp.check_many([text, "您好，请问有什么可以帮您？"])[0]


def test_a_short_reply_read_as_another_fault_is_only_that():
    # a bare stock answer keeps its own rule and message; a bare insult is abuse only
    assert _rules("jd", "没货了。") == ["common.cold_reply.bare_stock"]
    got = {f.category for f in Inspector("jd", models=False).check("滚，烦死了")}
    assert "cold_reply" not in got and got


def _f(rule: str, category: str) -> Finding:
    return Finding(rule, category, "minor", 0, 3, "abc", "m", "s", None)


def test_the_model_reads_a_message_as_if_an_alone_rule_had_not_fired():
    alone = frozenset({RULE})
    seen = []

    def model(found):  # a stand-in for the model's reading: finds impolite in the second message only
        seen.append(found)
        return [fs + ([_f("model.impolite", "impolite")] if k == 1 else []) for k, fs in enumerate(found)]

    cold, other = [_f(RULE, "cold_reply")], [_f("r.x", "uncivil")]
    out = with_alone(alone, [cold, cold, other], model)
    assert seen == [[[], [], other]]  # no model bar is raised by the alone finding
    assert [[f.rule for f in fs] for fs in out] == [[RULE], ["model.impolite"], ["r.x"]]
    assert with_alone(frozenset(), [cold], model) == [cold]


def test_a_shops_lowered_model_bar_still_reads_a_short_message():
    # a bare short reply fires the alone rule; the shop's lowered uncivil bar must still let the model read it
    shop = Inspector("jd", overrides={"models": {"categories": {"uncivil": {"threshold": 0.3}}}})
    assert {f.category for f in shop.check("这个垃圾袋")} == {"uncivil"}
