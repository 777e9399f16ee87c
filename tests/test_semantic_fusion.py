"""Issue 11 item 3: model findings fuse with rule findings (rule wins in its clause), carry source and
score, follow the pack's and the shop's thresholds, and never crash on any input."""

from __future__ import annotations

import json

import numpy as np
from hypothesis import given, settings, strategies as st

from zhijian import Inspector
from zhijian.engine.ngrams import LinearModel, ngram_rows
from zhijian.engine.semantic import ModelCategory, ModelConfig, SemanticLayer, clauses


def _toy_model() -> LinearModel:
    """A model that scores 'arbitrary_promise' on the bigram 肯定 and 'disparage_peer' on 隔壁."""
    _, ids, _ = ngram_rows(["肯定", "隔壁"])
    vocab = np.unique(ids)
    w = np.zeros((vocab.size, 2), dtype=np.float32)
    for k, word in enumerate(["肯定", "隔壁"]):
        _, wid, _ = ngram_rows([word], orders=(2,))
        w[np.searchsorted(vocab, wid[0]), k] = 40.0
    return LinearModel(vocab, w, np.array([-4.0, -4.0]), ["arbitrary_promise", "disparage_peer"], [0.5, 0.5])


def _layer(threshold=-1.0) -> SemanticLayer:
    cfg = ModelConfig("toy.npz", (ModelCategory("arbitrary_promise", threshold, "major", "承诺 {score}", "别承诺"),
                                  ModelCategory("disparage_peer", -1.0, "major", "诋毁 {score}", "别诋毁")))
    return SemanticLayer(cfg, model=_toy_model(), masks={"隔壁老王": "本店"})


def test_model_finding_gets_the_clause_span_source_and_score():
    [fs] = _layer().add_findings(["您好，明天肯定到，放心"], [[]])
    assert len(fs) == 1
    f = fs[0]
    assert (f.rule, f.category, f.source) == ("model.arbitrary_promise", "arbitrary_promise", "model")
    assert "您好，明天肯定到，放心"[f.start:f.end] == "明天肯定到" == f.match
    assert f.score is not None and f.score > 0.5 and f.message == f"承诺 {f.score:.2f}"
    d = f.to_dict()
    assert d["source"] == "model" and d["score"] == f.score


def test_rule_in_same_category_and_clause_wins():
    from zhijian.engine.findings import Finding
    text = "明天肯定到"
    rule = Finding("r.x", "arbitrary_promise", "critical", 2, 4, "肯定", "m", "s")
    [fs] = _layer().add_findings([text], [[rule]])
    assert fs == [rule]
    other = Finding("r.y", "impolite", "minor", 0, 2, "明天", "m", "s")
    [fs] = _layer().add_findings([text], [[other]])
    assert [f.rule for f in fs] == ["r.y", "model.arbitrary_promise"]


def test_threshold_from_config_and_masks():
    assert _layer(threshold=0.9999).add_findings(["明天肯定到"], [[]]) == [[]]
    # the shop's own name is masked before scoring: 隔壁老王 (a shop name) is not a peer
    assert _layer().add_findings(["欢迎来隔壁老王旗舰店"], [[]]) == [[]]
    assert _layer().add_findings(["别去隔壁买"], [[]])[0][0].category == "disparage_peer"


def test_batch_equals_single():
    texts = ["明天肯定到", "", "隔壁的不行，我们家肯定好", "😀" * 5, "好的"]
    layer = _layer()
    batch = layer.add_findings(texts, [[] for _ in texts])
    assert batch == [layer.add_findings([t], [[]])[0] for t in texts]


def test_the_model_only_reads_chinese():
    # a file path, an order number or a bare ID has too little Chinese for the model: rules only
    from zhijian.engine.semantic import MIN_HAN_CHARS
    assert MIN_HAN_CHARS >= 2
    units, sc = _layer().scores(["/tmp/x/in.txt", "JD0012345 / 8899"])
    assert units.msg.size == 0 and sc.shape[0] == 0
    # the Chinese clause is still read, the ID beside it is not
    units, _ = _layer().scores(["JD0012345，明天肯定到"])
    assert units.spans(0, len(units.msg)) == [(10, 15)] and units.msg.tolist() == [0]
    assert clauses("/tmp/pytest-of-root/test_op0/in.txt，123456") == []
    [fs] = Inspector().check_many(["/tmp/pytest-of-root/pytest-118/test_text_argument_and_text_op0/in.txt"])
    assert all(f.source == "rule" for f in fs)


def test_clauses_offsets():
    t = "  您好， 明天肯定到！！放心吧\n好"
    for s, e in clauses(t):
        assert t[s:e] == t[s:e].strip() and t[s:e]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_safe(text):
    [fs] = _layer().add_findings([text], [[]])
    for f in fs:
        assert 0 <= f.start < f.end <= len(text) and text[f.start:f.end] == f.match


def test_pack_and_override_control_the_model(tmp_path):
    base = Inspector("jd")
    assert base.semantic is not None
    cats = {c.category for c in base.semantic.config.categories}
    assert "arbitrary_promise" in cats and "forbidden_address" not in cats
    off = tmp_path / "off.yaml"
    off.write_text("models: {categories: {arbitrary_promise: false}}\ndisable: [model.disparage_peer]\n", encoding="utf-8")
    ins = Inspector("jd", overrides=str(off))
    cats = {c.category for c in ins.semantic.config.categories}
    assert "arbitrary_promise" not in cats and "disparage_peer" not in cats
    th = tmp_path / "th.yaml"
    th.write_text("models: {categories: {questioning: {threshold: 0.99}}}\n", encoding="utf-8")
    ins = Inspector("jd", overrides=str(th))
    k = [c.category for c in ins.semantic.config.categories].index("questioning")
    assert ins.semantic.thresholds[k] == 0.99
    none = tmp_path / "none.yaml"
    none.write_text("models: {enabled: false}\n", encoding="utf-8")
    assert Inspector("jd", overrides=str(none)).semantic is None


def test_jsonl_marks_the_source_of_every_finding():
    ins = Inspector("jd")
    for fs in ins.check_many(["亲，加我微信", "您放心，明天之前一定给您补上货"]):
        for f in fs:
            assert json.loads(json.dumps(f.to_dict()))["source"] in ("rule", "model")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(-60, 60, width=32), min_size=1, max_size=60),
       st.lists(st.sampled_from([1e-6, 0.01, 0.3, 0.5, 0.7311, 0.9, 0.99, 0.9999, 0.999999, 1.0]), min_size=3, max_size=3))
def test_candidates_by_logit_bars_are_exactly_the_scores_over_the_bars(values, bars):
    """The semantic layer computes the sigmoid only for candidates over the bars' logits: the pairs it keeps
    must be exactly those whose score reaches the bar (a bar of 1 is reached by a saturated score)."""
    from zhijian.engine.ngrams import sigmoid
    from zhijian.engine.semantic import logit_bars, over_bars

    z = np.resize(np.asarray(values, dtype=np.float32), (max(1, len(values) // 3), 3)).astype(np.float32)
    z[0, 0] = 17.0  # saturated: sigmoid == 1.0 in float32
    b = np.asarray(bars, dtype=np.float32)
    exact = np.log(np.minimum(b, 1 - 1e-7)) - np.log1p(-np.minimum(b, 1 - 1e-7))
    z = np.vstack([z, exact - 0.005, exact + 0.005, exact]).astype(np.float32)  # just under, over and at each bar
    want = np.nonzero(sigmoid(z) >= b)
    got = over_bars(z, b, logit_bars(b))
    assert [a.tolist() for a in got] == [a.tolist() for a in want]
