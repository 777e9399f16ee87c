"""A loaded ruleset finds short texts by direct lookup until it builds its automaton (ruleset.find).

The lookup must give exactly the automaton's hits in the automaton's order, and a check through it
exactly the findings of a check through the automaton."""

from __future__ import annotations

import pickle
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from zhijian import Inspector
from zhijian.engine import ruleset as ruleset_mod

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parents[1] / "benchmarks"))
import corpus  # noqa: E402  (benchmarks/corpus.py: real-style agent messages)

_cache: dict = {}


def _rs(pack: str):
    if pack not in _cache:
        rs = Inspector(pack).ruleset
        rs.warm()
        _cache[pack] = rs
    return _cache[pack]


def _pieces(pack: str):
    lits = _rs(pack).literals
    return st.lists(st.one_of(st.sampled_from(lits), st.sampled_from(lits).map(lambda w: w[1:] + w[:1]),
                              st.text(alphabet="的了您亲好吗，。 ab1第一", max_size=4)), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_direct_lookup_gives_the_automatons_hits_in_its_order(data):
    for pack in ("jd", "taobao"):
        rs = _rs(pack)
        text = data.draw(_pieces(pack))
        assert rs.direct_hits(text) == rs.automaton.find_matches_as_indexes(text, overlapping=True)


def test_a_loaded_ruleset_checks_short_texts_without_its_automaton_and_finds_the_same(monkeypatch):
    monkeypatch.setattr(ruleset_mod, "DIRECT_LOOKUPS", 10 ** 9)
    texts = corpus.generate(3000).messages + ["亲，这款全网最低价，加我vx", "淘宝上便宜", "", "第1次下单"]
    for pack in ("jd", "taobao", "generic"):
        built = Inspector(pack)
        loaded = Inspector(pack)
        loaded.ruleset = pickle.loads(pickle.dumps(loaded.ruleset))  # as read back from the on-disk cache
        assert loaded.ruleset.automaton is None
        for t in texts:
            assert loaded.check(t) == built.check(t), (pack, t)
        assert loaded.ruleset.automaton is None  # every text was short: the automaton was never built
        assert loaded.check_many(texts) == built.check_many(texts)  # a batch is long: it builds it
        assert loaded.ruleset.automaton is not None


def test_after_so_many_lookups_the_automaton_is_built():
    rs = pickle.loads(pickle.dumps(_rs("jd")))
    for _ in range(ruleset_mod.DIRECT_LOOKUPS):
        rs.find("加我vx")
    assert rs.automaton is None
    assert rs.find("加我vx") == rs.direct_hits("加我vx")
    assert rs.automaton is not None
