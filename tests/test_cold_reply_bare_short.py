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
from zhijian.engine.overlap import drop_alone

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


def test_drop_alone_keeps_an_alone_finding_only_when_it_is_all():
    alone = frozenset({RULE})
    one = [_f(RULE, "cold_reply")]
    assert drop_alone(one, alone) == one
    both = [_f(RULE, "cold_reply"), _f("model.impolite", "impolite")]
    assert [f.rule for f in drop_alone(both, alone)] == ["model.impolite"]
    assert drop_alone(both, frozenset()) == both
