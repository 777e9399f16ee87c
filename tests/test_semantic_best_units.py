"""The batch model layer tests a unit for "read for no category" (only a form of address, only the shop's own
platform or names) only when that unit would carry the finding (issue 14, speed): best first, until one is scored.
The findings are those of the eager reading (every unit tested), which the single path still does."""

from __future__ import annotations

import pytest

from zhijian.engine import semantic


def _spans(text: str) -> list[tuple[int, int]]:
    return semantic.clauses(text) + [(0, len(text))]


SHAPES = [
    "刘女士，您好，现在拍下后天到",  # a form of address alone, then plain clauses
    "周老师好，京东，我这就帮您记下",  # address, the own platform named alone
    "早安，京东，京东那边售后真坑",  # the platform named alone, then named in a complaint
    "孙师傅，jd，京东",  # every clause set aside
    "您好呀，欢迎来到本店",  # none set aside
]


@pytest.mark.parametrize("text", SHAPES)
def test_one_unit_agrees_with_all_units(jd, text):
    layer = jd.semantic
    spans = _spans(text)
    assert [k for k, (s, e) in enumerate(spans) if layer.unscored_unit(text, s, e)] == layer.unscored_units(spans, text)


def test_another_platform_is_not_set_aside(taobao):
    # on a Taobao shop 京东 is another platform: not masked, so a clause naming it alone is read
    text = "早上好，京东，欢迎咨询"
    assert not any(taobao.semantic.unscored_unit(text, s, e) for s, e in _spans(text))
    assert taobao.semantic.unscored_units(_spans(text), text) == []


# messages where a unit over its bar is preceded and followed by many plain clauses
HOT = [
    "您好呀，欢迎来到本店，请问想看点什么，这平台审核动不动卡人，咱们也很无奈，祝您生活愉快，再见",
    "早上好，京东，京东那套条条框框纯属坑商家，先这样，有事留言，晚安",
    "亲爱的顾客，多谢捧场，包邮到家，这平台规矩多得离谱，我们也头疼，稍后回复，谢谢",
]


def test_the_batch_tests_only_the_units_that_would_be_best(jd, monkeypatch):
    layer = jd.semantic
    u, z = layer.logits(HOT + ["好的"])
    units_hot, _ = semantic.over_bars(z, layer._bars, layer._logit_bars)
    assert sorted(set(u.msg[units_hot].tolist())) == list(range(len(HOT)))  # each has a unit over a bar
    found = jd.check_many(HOT + ["好的"])
    calls = []
    real = semantic.compact
    monkeypatch.setattr(semantic, "compact", lambda t, **kw: calls.append(t) or real(t, **kw))
    assert jd.check_many(HOT + ["好的"]) == found
    n_units = sum(len(_spans(t)) for t in HOT)
    # one unit tested per hot message (and the own-name check of its finding), not every unit of it
    assert len(calls) <= 3 * len(HOT) < n_units


# the best unit is set aside: the finding comes from the next one, or from none; batch == single
SET_ASIDE_FIRST = [
    "京东，这平台审核动不动卡人",
    "王先生，京东那套条条框框纯属坑商家",
    "京东，京东，欢迎下次光临",
    "赵女士您好，jd，京东",
]


def test_the_batch_agrees_with_the_single_path(jd):
    assert jd.check_many(SET_ASIDE_FIRST + HOT) == [jd.check(t) for t in SET_ASIDE_FIRST + HOT]
