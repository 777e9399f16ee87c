"""The single check's tail (issue 14: p99 of one ``check()``): the compiled pieces added for it give exactly what the
Python they stand for gives.

* ``_batch_core.WordTrie``: ``held`` (which word gates a text holds) against ``str`` searches, ``find`` against the
  ahocorasick-rs automaton (overlapping, its order) and ``find_longest`` against a leftmost-longest one;
* ``regex_gate.needed_words``: every text a regex finds something in holds the words it says (look-around included);
  ``exact_literals``: a gate regex finds something exactly where one of its words is;
* ``_batch_core.hit_edges``: the Latin word edges and the boundary of a hit as ``matcher._latin_code`` /
  ``_boundary_ok`` read them;
* the scan with its word gates against the scan without them (and against ``scan_reference``), on texts made of the
  words those gates need, and a clause filter's gate.

Texts are written for this test or drawn from the packs' own words (no dev case, no benchmark set)."""

from __future__ import annotations

import copy
import functools
import re

import pytest
from ahocorasick_rs import AhoCorasick, MatchKind
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhijian import Inspector
from zhijian.engine._batch_core import WordTrie, gates_pass, hit_edges, plan_todo
from zhijian.engine.matcher import _boundary_ok, _latin_code, scan
from zhijian.engine.normalize import normalise
from zhijian.engine.regex_gate import WordGates, exact_literals, needed_words
from zhijian.engine.scan_reference import scan as scan_reference

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
WORDS = ["亲", "亲亲", "淘宝", "宝", "加我", "加我v", "v", "vx", "微信", "信", "京东", "东", "第一", "一", "ab", "b", "😀", "\n"]
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet="亲淘宝加我v微信京东第一ab😀\n，x", max_size=3)),
                max_size=12).map("".join)


@functools.cache
def _rs(pack: str = "jd"):
    return Inspector(pack).ruleset


# -- WordTrie -------------------------------------------------------------------------------------------------------
@SETTINGS
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=4).map(tuple), min_size=1, max_size=8), TEXT)
def test_held_is_the_gates_whose_words_occur(gates, text):
    wg = WordGates(gates)
    assert wg.held(text) == wg.held_reference(text) == bytes(any(w in text for w in g) for g in gates)


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=10, unique=True), TEXT)
def test_find_is_the_automatons_overlapping_hits_in_its_order(words, text):
    assert WordTrie([(w,) for w in words]).find(text) == AhoCorasick(words).find_matches_as_indexes(text, overlapping=True)


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=10), TEXT)
def test_find_longest_is_the_leftmost_longest_automaton(words, text):
    """(Repeated words included: the first of them is reported, as the automaton does.)"""
    want = AhoCorasick(words, matchkind=MatchKind.LeftmostLongest).find_matches_as_indexes(text)
    assert WordTrie([(w,) for w in words]).find_longest(text) == want


def test_the_single_find_is_the_rulesets_find():
    rs = _rs()
    rs.warm()
    for text in ("", "亲", "亲亲您好，加我微信吧", "淘 宝上更便宜", "第1次" * 40, "ab" * 300):
        c = normalise(text).compact
        assert rs.find_one(c) == rs.automaton.find_matches_as_indexes(c, overlapping=True) == (rs.direct_hits(c) if c else [])


def test_an_empty_word_is_refused():
    with pytest.raises(ValueError):
        WordGates([("a", "")])
    with pytest.raises(ValueError):
        WordTrie([("",)])


def test_gates_pass_reads_alternatives_of_gates():
    held = bytes([0, 1, 0, 1])
    assert gates_pass(held, ((1, 3),)) and gates_pass(held, ((2,), (3,))) and not gates_pass(held, ((1, 2),))
    assert not gates_pass(held, ())
    with pytest.raises(IndexError):
        gates_pass(held, ((9,),))
    assert plan_todo(held, [(0, None, 0, 0), (2, None, 0, 0), (1, ((2,),), 0, 0), (3, ((1,),), 0, 0)], 0, "", "") == [0, 3]
    assert plan_todo(held, [(0, None, 1, 5), (0, None, 1, 9), (0, None, 2, 0)], 9, "a12345", "0123456789") == [0, 2]
    assert plan_todo(held, [(0, None, 2, 0)], 9, "a123b45", "0123456789") == []


# -- needed words -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("pattern, words", [
    ("(?<=[哦呢])宝(?=[～,]|$)", {"哦宝", "呢宝"}),  # a look-behind opening it stands right before the match
    ("加我(?=微信)", {"加我微信"}),  # a look-ahead closing it right after
    ("(?=.*京东)好", {"京东"}),  # a look-ahead's content is in the text
    ("(?<![您你])问[^,]{1,8}?去吧", {"去吧"}),  # a negative one says nothing
])
def test_look_around_is_read_as_text(pattern, words):
    terms = needed_words(pattern)
    assert terms is not None and any(set(ws) == words for term in terms for ws in term), terms


@pytest.mark.parametrize("pattern", ["(?:找|问)(?:平台|商城)(?:去|吧)|是(?:平台|商城)的?(?:问题|锅)",
                                     "(?<=[哦呢哈])(?:宝|宝儿)(?=[～~,，]|$)|(?:^|[，,])小?(?:宝子|宝儿)们?",
                                     "(?:别|不要)(?:加|找)[^，]{0,4}?(?:微信|vx)|微信[:：]",
                                     "(?:(?:您|你)(?:就|先)?(?:去)?(?:问问|问)[^,]{1,10}?(?:吧|呗))|(?<![您你])问[^,]{1,8}?去吧"])
@SETTINGS
@given(data=st.data())
def test_a_text_with_a_match_holds_what_the_regex_needs(pattern, data):
    terms = needed_words(pattern)
    assert terms
    text = data.draw(st.tuples(st.text(alphabet="哦呢哈您你问去吧，", max_size=4), st.from_regex(pattern, fullmatch=True),
                               st.text(alphabet="～~,，去吧", max_size=3)).map("".join))
    if re.search(pattern, text):
        assert any(all(any(w in text for w in ws) for ws in term) for term in terms), (text, terms)


def test_every_shipped_regex_holds_its_needed_words():
    """Each rule regex of the shipped packs, on its own rule's examples and on texts made to match it: where it finds
    something, the text holds the words ``needed_words`` says (the single check's gates skip it otherwise)."""
    for pack in ("jd", "taobao", "generic"):
        rs = _rs(pack)
        for ri, rx in rs.regexes.items():
            terms = needed_words(rx.pattern)
            for ex in rs.rules[ri].match_examples + rs.rules[ri].no_match_examples:
                folded = normalise(ex.text).folded
                if terms is not None and any(m.end() > m.start() for m in rx.finditer(folded)):
                    assert any(all(any(w in folded for w in ws) for ws in term) for term in terms), (rs.rules[ri].id, ex)


@pytest.mark.parametrize("pattern, words", [("qq|微信|vx", ("qq", "vx", "微信")), ("[🐎🐶]", ("🐎", "🐶")), ("@", ("@",)),
                                            (r"\?\?|!!", ("!!", "??"))])
def test_exact_literals_of_word_gates(pattern, words):
    assert exact_literals(pattern) == words


@pytest.mark.parametrize("pattern", ["^qq", "qq(?=a)", "q+", "(?i)qq", "[^x]", "a|", ".", "[[:digit:]]"])
def test_no_exact_literals_where_a_search_reads_more(pattern):
    assert exact_literals(pattern) is None


# -- the Latin word edges and boundaries, compiled ----------------------------------------------------------------
EDGE_PIECES = ["tm", "vx", "TB", "x", "[数字x]", "[金额x]", "[ab x]", "x]", "[", "]", "-200", "-123456", "-", "_", "_9",
               "&", "a", "7", "系列", "型号", "型号是", "机型", "\n", " ", "，", "了", "的", "您好", "Ａ", "１", "٣"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(EDGE_PIECES), max_size=8).map("".join), st.data())
def test_hit_edges_read_as_the_python_functions(text, data):
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    start, end = data.draw(st.booleans()), data.draw(st.booleans())
    for kind in ("none", "start", "end", "both", "either"):
        assert hit_edges(text, s, e, start, end, kind) == (
            _latin_code(text, s, e, start, end), _boundary_ok(kind, text, s, e)), (text, s, e, start, end, kind)


# -- the scan, gated and not ----------------------------------------------------------------------------------------
def _ungated(rs):
    """The ruleset with no word gate: every regex, plan gate and clause filter read as before."""
    plain = copy.copy(rs)
    plain.rule_gate = {}
    plain.filter_gate = {}
    plain.plan_gates = [(0, None, 0, 0)] * len(rs.plan)
    plain.regex_gates = {}
    plain.plan_chars = None
    plain.__dict__.pop("_scan_table", None)
    return plain


@functools.cache
def _gate_pieces(pack: str) -> list[str]:
    """Words of the word gates of the pack (what the regexes, plan gates and clause filters need) and the rules'
    trigger words, to build texts from."""
    rs = _rs(pack)
    out = {"，", "。", "?", "！", "吗", "你", "您", "的", "1", "@", ".", "\n"}
    for words in rs.word_gates.gates[1:]:
        out.update(sorted(words)[:3])
    for ri in rs.regexes:
        out.update(rs.rules[ri].patterns[:2])
    return sorted(w for w in out if not w.startswith("@"))


@pytest.mark.parametrize("pack", ["jd", "taobao"])
def test_gated_scan_equals_ungated_and_reference_scan(pack):
    rs = _rs(pack)
    plain = _ungated(rs)
    pieces = _gate_pieces(pack)
    regexes = [rx.pattern for rx in rs.regexes.values() if not rx.pattern.startswith("(?<")][:60]

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.one_of(st.sampled_from(pieces), st.text(max_size=2)), max_size=14).map("".join), st.data())
    def check(text, data):
        if data.draw(st.booleans()):
            try:
                text += data.draw(st.from_regex(data.draw(st.sampled_from(regexes)), fullmatch=True))
            except Exception:  # (a pattern hypothesis cannot generate from)
                pass
        n = normalise(text)
        assert scan(rs, n) == scan(plain, n) == scan_reference(rs, n), text

    check()


def test_gates_silence_nothing_on_shipped_examples():
    for pack in ("jd", "taobao", "generic"):
        rs = _rs(pack)
        plain = _ungated(rs)
        for r in rs.rules:
            for x in (*r.match_examples, *r.no_match_examples):
                n = normalise(x.text)
                assert scan(rs, n) == scan(plain, n) == scan_reference(rs, n), (pack, x.text)


def test_a_clause_filter_reads_nothing_where_its_words_are_missing():
    rs = _rs()
    gated = [(ri, name) for (ri, name), terms in rs.filter_gate.items() if terms is not None]
    assert gated, "no clause filter has a word gate"
    ri, name = gated[0]
    flt = rs.params[ri][name]
    held = rs.word_gates.held("这款商品今天下单明天发货")
    assert not gates_pass(held, rs.filter_gate[ri, name])
    assert not flt.drops("这款商品今天下单明天发货", 0, 2)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789零〇一壹贰叁肆伍陆柒捌玖幺２a，", max_size=14))
def test_a_digit_run_is_the_detectors_regex(text):
    from zhijian.engine._batch_core import char_run
    from zhijian.engine.detectors import DIGIT_CHARS, DIGIT_RUN

    assert char_run(text, DIGIT_CHARS, 4) == (DIGIT_RUN.search(text) is not None)


def test_the_fold_tables_object_folds_as_the_buffers_do():
    from zhijian.engine._batch_core import fold_one
    from zhijian.engine.normalize import fold_tables, tables

    t = tables()
    views = memoryview(t.fold).cast("B").cast("I"), memoryview(t.keep).cast("B")
    for text in ("亲，ＶＸ😀", "第10天", "", "\U000f0000x"):
        assert fold_tables().fold_one(text, frozenset()) == fold_one(text, *views, frozenset())


# -- the model layer near its bars ----------------------------------------------------------------------------------
# messages (written for this test) where a rule and the model read the same or other categories
NEAR = ["亲，加我微信吧，这边便宜", "你自己看说明书吧，爱买不买", "去别家买吧，别家都是假货", "明天一定到，我保证百分之百",
        "平台就是坑，你找平台去", "随便你，不关我的事", "你是不是傻，说了多少遍了", "加我vx，淘宝上更便宜哦",
        "这款绝对没问题，全网最低价", "您好，稍等，马上为您查询，别烦我"]


def test_near_the_bars_the_single_path_is_the_batch_path():
    """Each message's likeliest category with its bar (and the second reading's bar) set within a few MARGINs of the
    message's best score: the single path decides as the batch path does on both sides of the bars (its shortcuts
    and its hand-off to NumPy included)."""
    from dataclasses import replace

    import numpy as np

    from zhijian.engine.inspector import _masks
    from zhijian.engine.normalize_batch import BatchNormalised
    from zhijian.engine.semantic import SemanticLayer
    from zhijian.engine.semantic_one import MARGIN

    ins = Inspector("jd")
    cfg = ins.semantic.config
    masks = _masks(ins.ruleset.composition)
    compared = 0
    for text in NEAR:
        n = normalise(text)
        _, sig = ins.semantic.scores(BatchNormalised.of_one(n))
        if not sig.size:
            continue
        k = int(np.argmax(sig.max(axis=0)))
        top = float(sig[:, k].max())
        for d in (-3 * MARGIN, -MARGIN, -MARGIN / 3, 0.0, MARGIN / 3, MARGIN, 3 * MARGIN):
            cats = list(cfg.categories)
            cats[k] = replace(cats[k], threshold=top + d)
            for second in (0.0, top + d):
                layer = SemanticLayer(replace(cfg, categories=tuple(cats), second_score=second), masks=masks,
                                      exceptions=ins.ruleset.composition.model_exceptions,
                                      worse_than=ins.ruleset.worse_than)
                probe = copy.copy(ins)
                probe.semantic = layer
                found = scan(ins.ruleset, n)
                assert probe.check(text) == layer.add_findings(BatchNormalised.of_one(n), [found])[0], (text, d, second)
                compared += 1
    assert compared >= 100
