"""Single ``check()`` and start-up work cut without changing a finding (issue 14, stop 34).

* ``Re2Pattern.spans`` / ``search_span``: the spans ``finditer`` / ``search`` give, read from the RE2 binding
  without the wrapper's generator and match objects (the rule regexes and the clause-context filters use them);
* the single path's model layer tests a unit for "read for no category" (address only, own names only) only where
  the answer matters, as the batch path does: the findings stay the batch path's;
* the model section's patterns are compiled on first use, and the checked config is read back from the disk cache.

No timing is asserted.  Texts are pieces of customer-service talk written for this test.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhijian import Inspector
from zhijian.engine import semantic_one
from zhijian.engine.inspector import _model_config
from zhijian.engine.lazy_regex import LazyRegex
from zhijian.engine.matcher import scan
from zhijian.engine.model_config import ModelConfig
from zhijian.engine.normalize import normalise
from zhijian.engine.normalize_batch import BatchNormalised
from zhijian.engine.safe_regex import Re2Pattern, compile_re2

PIECES = ["您好", "亲", "王女士您好", "刘先生", "京东", "淘宝", "拼多多", "示例小店", "爱买不买", "你自己翻手册",
          "不能加微信", "加我微信", "别家更便宜", "我保证明天到", "绝对没问题", "随便你", "，", "。", "？", "！", " ",
          "a", "ab1", "😀", "\ud800", "第10次", "～"]
text_st = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=10).map("".join)
SHAPES = ["", "a*", "x?", "\\b", "$", "^", "(?:)|您", "[^，]*", "(a)|(b)", "您?", "加.{0,3}微信", "[a-z]+\\d?"]


@pytest.fixture(scope="module")
def jd():
    return Inspector("jd")


def _pack_patterns(ins: Inspector) -> list[Re2Pattern]:
    rs = ins.ruleset
    out = [rx for rx in rs.regexes.values() if isinstance(rx, Re2Pattern)]
    for params in rs.params.values():
        for flt in params.values():
            if hasattr(flt, "before"):
                out += [p for p in (flt.before, flt.after, flt.counter, flt.reference, flt.warning, flt.answer) if p]
    return out


def _same_spans(rx: Re2Pattern, text: str) -> None:
    assert rx.spans(text) == [m.span() for m in rx.finditer(text)]
    m = rx.search(text)
    assert rx.search_span(text) == (None if m is None else m.span())


@settings(max_examples=300, deadline=None)
@given(text=text_st, shape=st.sampled_from(SHAPES))
def test_spans_are_finditer_spans_for_every_shape(text, shape):
    _same_spans(compile_re2(shape), text)  # empty matches, anchors, groups, ASCII and not, lone surrogates


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=text_st)
def test_spans_are_finditer_spans_for_the_pack_patterns(jd, text):
    pats = _pack_patterns(jd)
    assert len(pats) > 50
    folded = normalise(text).folded
    for rx in pats:
        _same_spans(rx, folded)


def test_a_pattern_read_back_compiles_on_its_first_spans():
    import pickle

    rx = pickle.loads(pickle.dumps(compile_re2("加.{0,2}微信")))
    assert rx.rx is None
    assert rx.spans("嗯，加我微信；加个微信") == [(2, 6), (7, 11)] and rx.search_span("不加") is None


@pytest.mark.parametrize("name", ["jd", "taobao", "generic"])
def test_model_patterns_compile_on_first_use(name):
    layer = Inspector(name).semantic
    lazy = [*layer.declined.values(), *layer.declined_clauses.values()] + ([layer.address] if layer.address else [])
    assert lazy and all(isinstance(p, LazyRegex) and p._rx is None for p in lazy)
    assert layer.address is None or layer.address.fullmatch("王女士")  # compiled now, answers as ``re`` does


@pytest.mark.parametrize("name", ["jd", "taobao", "generic"])
def test_the_cached_model_config_is_the_checked_one(name):
    models = Inspector(name).ruleset.composition.models
    assert _model_config(models, name) == ModelConfig.from_dict(models, name)


def test_a_bad_model_pattern_is_refused_every_time():
    from zhijian.engine.rules import PackError

    bad = {"categories": {"impolite": {"message": "语气不当", "suggestion": "请改用礼貌用语"}},
           "declined_clauses": {"impolite": "(unclosed"}}
    for _ in range(2):  # never stored: the second start refuses it too
        with pytest.raises(PackError):
            _model_config(bad, "测试")


def _batch_of_one(ins: Inspector, text: str):
    n = normalise(text)
    return ins.semantic.add_findings(BatchNormalised.of_one(n), [scan(ins.ruleset, n)])[0]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=text_st)
def test_unscored_units_tested_lazily_keep_the_batch_findings(jd, text):
    assert jd.check(text) == _batch_of_one(jd, text)


def test_the_unscored_units_are_met(jd):
    """The texts above do reach the model with a unit read for no category (so the lazy test is exercised)."""
    texts = [a + "，" + b + "，" + c for a in ("王女士您好", "刘先生", "京东") for b in PIECES[7:16] for c in PIECES[:8]]
    met = 0
    for t in texts:
        assert jd.check(t) == _batch_of_one(jd, t)
        n = normalise(t)
        spans, _, hot = semantic_one.scored_one(jd.semantic, n)
        met += bool(hot) and bool(jd.semantic.unscored_units([(s, e) for s, e, _ in spans], t))
    assert met > 5
