"""The NumPy-free single-message path (``semantic_one.py``, ``Normalised.keep_flags``, the plain model and
tables) against the NumPy batch path (hypothesis).

* ``Inspector.check`` (one message, no NumPy) gives exactly the findings of the batch path for that
  message — ``SemanticLayer.add_findings`` over ``BatchNormalised.of_one`` — and of ``check_many``;
  scores equal to float rounding; for the shipped packs, a shop override with own names and platforms
  (the mask words) and one with model exceptions;
* the plain logits are the batch logits bit for bit, the plain sigmoid within ``MARGIN`` of NumPy's;
* a decision too close to call goes to the NumPy path (same findings);
* ``Inspector.check`` and a warm ``zhijian check "…"`` import no NumPy (checked in a child process).
"""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhijian import Inspector
from zhijian.engine import semantic_one
from zhijian.engine._batch_core import score_one
from zhijian.engine.matcher import scan
from zhijian.engine.ngrams import sigmoid
from zhijian.engine.normalize import normalise
from zhijian.engine.normalize_batch import BatchNormalised, normalise_batch

# pieces of customer-service talk (written for this test): rules, model categories, masks, offsets
PIECES = ["您好", "亲", "在的", "稍等", "马上为您查询", "明天一定到", "我保证", "百分之百", "绝对没问题", "爱买不买",
          "别烦我", "你自己看说明书", "你是不是傻", "随便你", "不关我的事", "去别家买吧", "别家都是假货", "平台就是坑",
          "加我微信", "vx", "淘宝", "京东", "拼多多", "示例小店", "找快递去", "退款", "好的哦", "第1", "第10次", "😀", "[微笑]",
          "，", "。", "！", "？", "\n", " ", "\u3000", "\u200b", "ＡＢＣ", "13812345678", "⑴", "\ud800"]
text_st = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=12).map("".join)
_inspectors: dict[str, Inspector] = {}
OVERRIDES = {
    "masks": {"own_names": ["示例小店"], "own_platforms": ["pdd"]},
    "exceptions": {"exceptions": [{"rule": "model.impolite", "words": ["随便"]},
                                  {"rule": "model.arbitrary_promise", "words": ["保证"]}]},
}


def _inspector(name: str) -> Inspector:
    if name not in _inspectors:
        pack, _, ov = name.partition("+")
        _inspectors[name] = Inspector(pack, overrides=OVERRIDES[ov] if ov else None)
    return _inspectors[name]


def _batch_of_one(ins: Inspector, text: str):
    n = normalise(text)
    found = scan(ins.ruleset, n)
    return ins.semantic.add_findings(BatchNormalised.of_one(n), [found])[0]


def _same(got, want):
    """Findings identical (the score rounded to 4 decimals in both)."""
    assert got == want
    for g, w in zip(got, want):
        assert g.score == w.score or abs(g.score - w.score) < 1e-6


NAMES = ["jd", "taobao", "generic", "jd+masks", "jd+exceptions"]


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=text_st)
def test_single_path_is_the_batch_path(name, text):
    ins = _inspector(name)
    _same(ins.check(text), _batch_of_one(ins, text))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(text_st, min_size=2, max_size=6))
def test_check_is_check_many(texts):
    ins = _inspector("jd")
    many = ins.check_many(texts)
    for text, want in zip(texts, many):
        _same(ins.check(text), want)
    assert ins.check_many(texts[:1]) == [ins.check(texts[0])]


def test_the_corpus_fires_the_model_and_agrees():
    ins = _inspector("jd+masks")
    texts = [a + b + c for a in PIECES[:24] for b in ("", "，", "我们") for c in PIECES[::5]]
    fired = 0
    for text in texts:
        got = ins.check(text)
        _same(got, _batch_of_one(ins, text))
        fired += sum(f.source == "model" for f in got)
    assert fired > 20  # the corpus does reach the model's thresholds


@settings(max_examples=200, deadline=None)
@given(text=text_st)
def test_plain_logits_are_the_batch_logits(text):
    layer = _inspector("jd+masks").semantic
    spans, ccps, cs, ce = semantic_one.units_one(layer, normalise(text))
    u, z = layer.logits(normalise_batch([text]))
    assert [(s, e) for s, e, _ in spans] == u.spans(0, len(u.msg))
    assert [w for _, _, w in spans] == u.whole.tolist()
    plain, hot = layer.plain.native.logits_lists(ccps, cs, ce, layer.columns, layer.logit_bars_f32)
    assert np.array_equal(np.asarray(plain, dtype=np.float32).reshape(z.shape), z)


@pytest.mark.parametrize("name", ["jd", "jd+masks", "taobao"])
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=text_st, repeat=st.sampled_from([1, 1, 1, 150]))
def test_one_compiled_call_is_units_and_logits(name, text, repeat):
    """``scored_one`` (units, mask ranges and logits in one compiled call) gives what ``units_one`` and
    ``logits_lists`` give, step by step: the same spans, pre-filter pairs and float32 logits (long messages:
    the whole message is cut at MAX_SCORED_CHARS)."""
    layer = _inspector(name).semantic
    n = normalise(text * repeat)
    spans, ccps, cs, ce = semantic_one.units_one(layer, n)
    want_z, want_hot = layer.plain.native.logits_lists(ccps, cs, ce, layer.columns, layer.logit_bars_f32)
    got_spans, got_z, got_hot = semantic_one.scored_one(layer, n)
    assert got_spans == spans
    assert got_hot == want_hot
    assert got_z == (want_z if want_hot else None)


def test_one_compiled_call_fires_and_refuses_bad_input():
    layer = _inspector("jd+masks").semantic
    n = normalise("你自己看说明书吧，京东明天一定到哦，爱买不买")
    spans, z, hot = semantic_one.scored_one(layer, n)
    assert hot and z is not None and len(z) == len(spans) == 4  # three clauses and the whole message
    with pytest.raises(ValueError):  # keep flags that do not match the compact text
        score_one(layer.plain.native, n.original, n.folded, semantic_one._keep_table(), "", "", [], 2000, 2, 2,
                  layer.columns, layer.logit_bars_f32)
    with pytest.raises(ValueError):  # a folded text that is not the original's
        score_one(layer.plain.native, n.original + "x", n.folded, semantic_one._keep_table(), n.compact, n.compact,
                  [], 2000, 2, 2, layer.columns, layer.logit_bars_f32)


def test_plain_sigmoid_is_within_the_margin():
    z = np.concatenate([np.linspace(-45, 45, 20001), np.random.default_rng(1).normal(0, 5, 20000)]).astype(np.float32)
    ref = sigmoid(z).astype(np.float64)
    got = np.array([semantic_one.sigmoid32(v) for v in z.tolist()])
    assert np.abs(got - ref).max() < semantic_one.MARGIN / 2
    # the compiled sigmoid is the Python steps, bit for bit (also past the clip and at its edges)
    zs = z.tolist() + [-40.0, 40.0, -40.000001, 40.000001, 0.0, -0.0, 88.5, -88.5, 1e-30]
    assert [semantic_one.sigmoid32(v) for v in zs] == [semantic_one.sigmoid_reference(v) for v in zs]


def test_a_close_call_goes_to_the_numpy_path(monkeypatch):
    ins = _inspector("jd")
    texts = [a + "，" + b for a in PIECES[:20] for b in PIECES[5:20]]
    want = [_batch_of_one(ins, t) for t in texts]
    monkeypatch.setattr(semantic_one, "MARGIN", 2.0)  # every decision is a close call
    calls = []
    real = ins.semantic._add_findings  # (the NumPy reading, below the alone-rule wrapper ``semantic.with_alone``)
    monkeypatch.setattr(ins.semantic, "_add_findings", lambda *a: calls.append(1) or real(*a))
    for t, w in zip(texts, want):
        _same(ins.check(t), w)
    assert calls  # the fallback did run


def test_one_message_imports_no_numpy(tmp_path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [os.getcwd(), os.environ.get("PYTHONPATH")]))}
    code = ("import sys\nfrom zhijian import Inspector\nins = Inspector('jd')\n"
            "ins.check('亲，你自己看说明书吧，爱买不买，加我微信')\nins.check_many(['明天一定到哦'])\n"
            "from zhijian.cli import main\nsys.argv = ['zhijian', 'check', '--format', 'jsonl', '您好，随便你']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "assert 'numpy' not in sys.modules, 'numpy was imported'\n")
    # builds the cache first (building it runs the packs' self-test, which may use NumPy: another checkout sharing
    # the cache directory may have replaced this code's entry), then asserts on a warm start
    subprocess.run([sys.executable, "-c", code.replace("assert 'numpy'", "pass  # 'numpy'")], env=env, check=True,
                   capture_output=True)
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


@settings(max_examples=500, deadline=None)
@given(text=text_st)
def test_compact_is_the_kept_folded_characters(text):
    """``semantic_one.units_one`` reads ``compact`` as the folded characters ``keep_flags`` keeps (as the
    batch path's ``compact_codes`` are)."""
    from itertools import compress

    n = normalise(text)
    assert "".join(compress(n.folded, n.keep_flags())) == n.compact
    assert n.keep().tolist() == list(map(bool, n.keep_flags()))
