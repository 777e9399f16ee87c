"""The regex gates of the single check (issue 14, tail latency): a rule triggered by its words runs its regex only
when a word the regex needs is in the message (engine/regex_gate.py), one character search clears the plan's
character gates at once, and findings are built through the slots' setters.  Each shortcut gives what the plain
path gives: the findings are the same with the gates and without."""

from __future__ import annotations

import copy
import re
from dataclasses import fields

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhijian import Inspector
from zhijian.engine.findings import Finding, new_finding
from zhijian.engine.matcher import scan
from zhijian.engine.normalize import normalise
from zhijian.engine.regex_gate import first_chars, gate_of, required_literals

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def rs():
    return Inspector("jd", models=False).ruleset


# -- the derivation, shape by shape ---------------------------------------------------------------------------------
@pytest.mark.parametrize("pattern, words", [
    ("(?:找|问)(?:平台|商城)(?:去|吧)", {"找平台去", "找平台吧", "找商城去", "找商城吧", "问平台去", "问平台吧",
                                         "问商城去", "问商城吧"}),  # a sequence of exact parts: their product
    ("(?:你|您)的?脸呢", {"你脸呢", "你的脸呢", "您脸呢", "您的脸呢"}),  # an optional part
    ("[甲乙]x{2,}", {"x"}),  # a class, then a repeat of at least one (its body stays needed; one word is fewer)
    ("不[^。]{0,6}?退款", {"退款"}),  # a gap: the longest needed part is chosen
    ("(?<![洗擦])脸呢(?=[,，]|$)", {"脸呢"}),  # look-around is zero width
    ("只会涨|不会(?:再)?降价?", {"只会涨", "不会降", "不会再降"}),  # an alternation: one set of each branch
])
def test_required_literals_of_shapes(pattern, words):
    assert set(required_literals(pattern)) == words


@pytest.mark.parametrize("pattern", [
    "(?i)abc", "(?i:ab)", ".+", "[^a]+", "a*", "x?", "[[:digit:]]+元", r"\Q京东\E", "(?:a|.)",
    "[0-9a-z]{3}",  # a wide class: no set
])
def test_no_gate_where_nothing_is_known(pattern):
    assert required_literals(pattern) is None
    assert gate_of(pattern) is None


def test_a_word_inside_a_trigger_word_is_no_gate():
    assert required_literals("京东(?:的)?问题", ()) is not None
    # triggered only by 京东问题 / 京东的问题 itself: the gate would always pass
    assert required_literals("京东(?:的)?问题", ("京东问题", "京东的问题")) is None


def _with_match(pattern: str):
    return st.tuples(st.text(max_size=6), st.from_regex(pattern, fullmatch=True), st.text(max_size=6)).map("".join)


_SHAPES = ["(?:找|问|投诉)(?:平台|商城)(?:去|吧)|是(?:平台|商城)的?(?:问题|锅)", "(?:你|您)[^,，]{0,6}?没(?:有)?看[^,]{0,4}?(?:吗|么)",
           "(?:坏|少)(?:一|1)(?:个|件)?(?:就)?赔(?:十|10)", "(?:跟|和)(?:原装|原厂)(?:的)?(?:一模一样|没区别)+"]


@pytest.mark.parametrize("pattern", _SHAPES)
@SETTINGS
@given(data=st.data())
def test_a_match_always_passes_its_gate(pattern, data):
    gate = gate_of(pattern)
    assert gate is not None
    text = data.draw(_with_match(pattern))
    assert re.search(pattern, text)
    assert gate.search(text) is not None


def _gated_rules(rs) -> list[int]:
    return sorted(rs.regex_gates)


_CHUNK = 20  # gated rules drawn for in one example


def test_every_shipped_gate_passes_on_matches_of_its_regex(rs):
    rules = _gated_rules(rs)
    assert len(rules) >= 20  # most triggered regexes of the shipped packs have a gate

    # (the rules drawn for in chunks: one example drawing a text for every gated rule outgrew hypothesis's buffer once the
    # packs held ~110 gated rules — "Unsatisfiable", too large to generate — at stop 47)
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def check(chunk, data):
        for ri in chunk:
            text = data.draw(_with_match(rs.regexes[ri].pattern))
            if any(m.end() > m.start() for m in rs.regexes[ri].finditer(text)):
                assert rs.regex_gates[ri].search(text) is not None, (rs.rules[ri].id, text)

    for k in range(0, len(rules), _CHUNK):
        check(rules[k:k + _CHUNK])


def test_plan_characters_cover_every_character_gate(rs):
    gates = [e[2].pattern for e in rs.plan if e[1] in ("chars", "chars_digit")]
    assert gates and rs.plan_chars is not None
    assert first_chars(gates + ["[^x]"]) is None  # a gate with no known words: no shortcut

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def check(data):
        for g in gates:
            text = data.draw(_with_match(g))
            assert rs.plan_chars.search(text) is not None, (g, text)

    check()


# -- the scan, gated and not ----------------------------------------------------------------------------------------
def _ungated(rs):
    plain = copy.copy(rs)
    plain.regex_gates = {}
    plain.plan_chars = None
    # (and the single check's word gates: every regex, plan gate and clause filter searched as it is written)
    plain.rule_gate, plain.filter_gate, plain.plan_gates = {}, {}, [(0, None, 0, 0)] * len(rs.plan)
    plain.__dict__.pop("_scan_table", None)
    return plain


def _pieces(rs) -> list[str]:
    """Trigger words of the gated rules, their gate words and some punctuation, to build messages from."""
    out = ["，", "。", "?", "!", "吗", "你", "您", "的", "了", "1", "qq", "@", ".", "🐶"]
    for ri, gate in rs.regex_gates.items():
        out += list(rs.rules[ri].patterns[:3]) + gate.pattern.replace("\\", "").split("|")[:4]
    return sorted({p for p in out if not p.startswith("@")})


def test_gated_scan_equals_ungated_scan(rs):
    plain = _ungated(rs)
    pieces = _pieces(rs)
    regexes = [rs.regexes[ri].pattern for ri in _gated_rules(rs)]

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.one_of(st.sampled_from(pieces), st.text(max_size=3)), max_size=12).map("".join),
           st.data())
    def check(text, data):
        if data.draw(st.booleans()):
            text += data.draw(_with_match(data.draw(st.sampled_from(regexes))))
        n = normalise(text)
        assert scan(rs, n) == scan(plain, n)

    check()


def test_gates_silence_nothing_on_shipped_examples(rs):
    plain = _ungated(rs)
    texts = [x.text for r in rs.rules for x in (*r.match_examples, *r.no_match_examples)]
    assert len(texts) > 200
    for t in texts:
        n = normalise(t)
        assert scan(rs, n) == scan(plain, n), t


# -- findings built through the slots ------------------------------------------------------------------------------
def test_new_finding_takes_every_field_in_order():
    assert [f.name for f in fields(Finding)] == ["rule", "category", "severity", "start", "end", "match", "message",
                                                 "suggestion", "replacement", "source", "score"]


@given(st.text(max_size=5), st.integers(0, 99), st.integers(0, 99), st.none() | st.text(max_size=3),
       st.sampled_from(["rule", "model"]), st.none() | st.floats(0, 1))
def test_new_finding_equals_the_dataclass(word, s, e, repl, source, score):
    args = (f"r.{word}", "uncivil", "major", s, e, word, f"m{word}", "s", repl, source, score)
    a, b = new_finding(*args), Finding(*args)
    assert a == b and hash(a) == hash(b) and repr(a) == repr(b) and a.to_dict() == b.to_dict()
    assert new_finding(*args[:8]) == Finding(*args[:8])
    with pytest.raises(AttributeError):
        a.rule = "x"  # still frozen



def test_gates_survive_the_cache_and_compile_on_first_use():
    """The on-disk cache pickles each gate as its source (``LazyRegex``); it compiles the first time it searches."""
    import pickle

    from zhijian import Inspector
    from zhijian.engine.regex_gate import LazyRegex

    rs = Inspector("jd").ruleset
    back = pickle.loads(pickle.dumps(rs))
    assert back.regex_gates and all(isinstance(g, LazyRegex) for g in back.regex_gates.values())
    assert all(g._rx is None for g in back.regex_gates.values())
    for ri, g in rs.regex_gates.items():
        assert back.regex_gates[ri].pattern == g.pattern
    ri, g = next(iter(back.regex_gates.items()))
    word = re.sub(r"\\(.)", r"\1", g.pattern.split("|")[0])
    assert g.search("前" + word + "后") is not None and g._rx is not None
