"""The single check tests a clause filter's word gate on the stretch the filter reads around each hit
(``ClauseFilter.reach``), not only on the whole message (issue 14, the p99 of one ``check()``): a hit whose stretch
holds none of the words the filter's context phrases, references, warnings and answers need is never dropped, so the
filter is not run for it.  Texts are made of the filters' own patterns, the rules' words and clause marks (no dev case,
no benchmark set); the scan with the gates is held to the scan without them and to the reference scan."""

from __future__ import annotations

import copy
import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhijian import Inspector
from zhijian.engine._batch_core import gates_pass
from zhijian.engine.clause_context import NOTHING
from zhijian.engine.matcher import scan
from zhijian.engine.normalize import normalise
from zhijian.engine.scan_reference import scan as scan_reference

MARKS = ["，", "。", "？", "?", "！", "；", "\n", "～", "我", "我们", "不过", "去", "下单"]


@functools.cache
def _rs(pack: str):
    return Inspector(pack).ruleset


def _filtered(pack: str) -> list[tuple[int, str]]:
    rs = _rs(pack)
    return sorted((ri, name) for (ri, name), terms in rs.filter_gate.items() if terms is not None)


def _sources(flt) -> list[str]:
    return [rx.pattern for rx in (flt.before, flt.after, flt.warning, flt.answer)
            if rx is not None and NOTHING not in rx.pattern]


def _pieces(flt, rule) -> st.SearchStrategy[str]:
    """A clause mark, one of the rule's words or a match of one of the filter's patterns, written out."""
    pieces = []
    for src in _sources(flt):
        try:
            pieces.append(st.from_regex(src.removesuffix("$"), fullmatch=True).filter(lambda t: len(t) < 24))
        except Exception:  # (a pattern hypothesis cannot generate from)
            continue
    return st.one_of(st.sampled_from(_words(rule)), st.sampled_from(MARKS), *pieces)


def _words(rule) -> list[str]:
    return list(rule.patterns[:8]) or ["微信"]


def _text(flt, rule) -> st.SearchStrategy[str]:
    return st.lists(_pieces(flt, rule), max_size=10).map("".join)


def _hit_in_text(flt, rule) -> st.SearchStrategy[tuple[str, int, int]]:
    """``(text, start, end)``: one of the rule's words with pieces before and after it (often a mark, then a phrase)."""
    side = st.lists(_pieces(flt, rule), max_size=5).map("".join)
    mark = st.sampled_from(["", "，", "？", "。", "?"])
    return st.tuples(side, st.sampled_from(_words(rule)), mark, side).map(
        lambda t: (t[0] + t[1] + t[2] + t[3], len(t[0]), len(t[0]) + len(t[1])))


def test_every_gated_filter_has_a_reach():
    for pack in ("jd", "taobao", "generic"):
        assert _filtered(pack), pack  # (the refusal and declined filters of the shipped packs are gated)


@pytest.mark.parametrize("pack", ["jd", "taobao"])
def test_a_hit_is_dropped_only_where_its_reach_holds_the_filters_words(pack):
    rs = _rs(pack)
    cases = _filtered(pack)

    @settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(cases).flatmap(lambda c: st.tuples(st.just(c), _hit_in_text(rs.params[c[0]][c[1]],
                                                                                       rs.rules[c[0]]))))
    def check(case):
        (ri, name), (text, s, e) = case
        flt, terms = rs.params[ri][name], rs.filter_gate[ri, name]
        folded = normalise(text).folded
        lo, hi = flt.reach(folded, s, e)
        assert lo <= s and e <= hi
        if flt.drops(folded, s, e):
            dropped.append(text)
            assert gates_pass(rs.word_gates.held(folded[lo:hi]), terms), (text, s, e)

    dropped: list[str] = []
    check()
    assert dropped  # (the texts do reach the filters)


def _ungated(rs):
    plain = copy.copy(rs)
    plain.filter_gate = {}
    plain.__dict__.pop("_scan_table", None)
    return plain


@pytest.mark.parametrize("pack", ["jd", "taobao"])
def test_the_scan_with_reach_gates_is_the_scan_without(pack):
    rs = _rs(pack)
    plain = _ungated(rs)
    cases = _filtered(pack)

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(cases).flatmap(lambda c: _text(rs.params[c[0]][c[1]], rs.rules[c[0]])))
    def check(text):
        n = normalise(text)
        assert scan(rs, n) == scan(plain, n) == scan_reference(rs, n), text

    check()


def test_a_warning_in_the_next_clause_and_an_answer_are_in_reach():
    rs = _rs("jd")
    for ri, name in _filtered("jd"):
        flt = rs.params[ri][name]
        folded = "甲乙丙，丁戊己。庚辛？壬癸子丑寅卯"
        lo, hi = flt.reach(folded, 0, 2)
        assert lo == 0
        wide = flt.warning is not None or flt.shape.reach_next
        assert hi == (7 if wide else 3)
        lo, hi = flt.reach(folded, 8, 10)
        assert (lo, hi) == (8, min(len(folded), 11 + 24) if flt.answer is not None else 10)


# -- the model layer reads only the units over a category's pre-filter ----------------------------------------------
def _example_texts(pack: str) -> list[str]:
    """The pack's own rule examples, alone and two by two (rules and model categories both fire on them)."""
    xs = [x.text for r in _rs(pack).rules for x in (*r.match_examples, *r.no_match_examples)][:1500]
    return xs + [a + "，" + b for a, b in zip(xs[::2], xs[1::2])]


@pytest.mark.parametrize("pack", ["jd", "taobao", "generic"])
def test_a_unit_under_the_prefilter_is_far_below_the_bar(pack):
    from zhijian.engine._batch_core import sigmoid32
    from zhijian.engine.semantic_one import MARGIN, _far_below, scored_one

    layer = Inspector(pack).semantic
    assert all(_far_below(layer))  # (the shipped bars all leave room)
    bars = layer.thresholds_f32
    seen = 0
    for text in _example_texts(pack):
        spans, z, hot = scored_one(layer, normalise(text))
        if z is None:
            continue
        for u, row in enumerate(z):
            for j, v in enumerate(row):
                if (u, j) not in hot:
                    seen += 1
                    assert sigmoid32(v) < bars[j] - MARGIN, (text, u, j)
    assert seen


@pytest.mark.parametrize("pack", ["jd", "taobao"])
def test_reading_only_the_hot_units_decides_as_reading_all(pack, monkeypatch):
    from zhijian.engine import semantic_one

    ins = Inspector(pack)
    texts = _example_texts(pack)
    fast = [ins.check(t) for t in texts]
    monkeypatch.setattr(semantic_one, "_far_below", lambda layer: [False] * len(layer.thresholds_f32))
    assert [ins.check(t) for t in texts] == fast
