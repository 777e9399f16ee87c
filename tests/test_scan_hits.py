"""The compiled hit loop of ``matcher.scan`` (``_batch_core.scan_hits``, ``_scan_one.pxi``) against its Python form
(``scan_reference.scan``), issue 14: for each of the three packs, texts made of the pack's own automaton words (rule
words, their derived forms, exception and qualifier words), written together or spread by separators (a disguise),
glued to Latin letters and digits, with punctuation, ordinals, long and empty texts, must give exactly the same
findings, alone (``check``) and in a batch (``scan_batch``, which passes the hits already mapped)."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhijian import Inspector
from zhijian.engine.batch_scan import scan_batch
from zhijian.engine.matcher import scan
from zhijian.engine.normalize import normalise
from zhijian.engine.normalize_batch import normalise_batch
from zhijian.engine.pattern_table import EXCEPTION, GROUP
from zhijian.engine.scan_reference import scan as scan_reference

PACKS = ("jd", "taobao", "generic")
# written for this test: what stands between and around the words of a message
GLUE = ["", "，", "。", "！", "？", " ", "\n", "~", "…", "*", "@", "#", "、", "😀", "[微笑]", "\u200b", "第2", "12",
        "A", "x", "_", "-", "&", "我们", "这边", "可以", "吗", "的", "哈",
        # what a Latin word's edges and a boundary read (matcher._latin_code / _boundary_ok): anonymised values, model
        # numbers, product lines, letters and digits, a particle, a full-width letter, a newline before a slot
        "[数字x]", "[金额x]", "[数 x]", "[订单号码编号x]", "x]", "[", "-200", "-123456", "系列", "型号", "机型为", "型号是",
        "ab", "Z", "9", "Ａ", "了", "\n[数字x]", "_7", "a&"]
SEPARATORS = ["，", " ", "*", "@", "…", "-", ".", "\u200b"]


@functools.cache
def _ruleset(pack: str):
    return Inspector(pack).ruleset


@functools.cache
def _words(pack: str) -> list[str]:
    return sorted(set(_ruleset(pack).literals))


@functools.cache
def _families(pack: str) -> list[list[str]]:
    """Per rule, its own automaton words of every role (word groups, exceptions, qualifiers) and the exceptions of
    every rule (shop names, exempt words): drawn together, so that exceptions and qualifiers meet the hits they
    change."""
    rs = _ruleset(pack)
    by_rule: dict[int, set[str]] = {}
    for pid, ents in enumerate(rs.entries):
        for e in ents:
            by_rule.setdefault(e.rule, set()).add(rs.literals[pid])
    common = sorted(by_rule.pop(-1, set()))[:50]
    return [sorted(words)[:60] + common for _, words in sorted(by_rule.items()) if len(words) > 1]


def _spread(word: str, sep: str) -> str:
    """The word with a separator between its characters (支，付，宝)."""
    return sep.join(word)


def _text(pack: str):
    word = st.one_of(st.sampled_from(_words(pack)),
                     st.sampled_from(_families(pack)).flatmap(lambda ws: st.sampled_from(ws)))
    piece = st.one_of(word, word, st.tuples(word, st.sampled_from(SEPARATORS)).map(lambda t: _spread(*t)),
                      st.sampled_from(GLUE), st.text(max_size=3))
    family = st.sampled_from(_families(pack)).flatmap(lambda ws: st.lists(
        st.one_of(st.sampled_from(ws), st.sampled_from(GLUE),
                  st.tuples(st.sampled_from(ws), st.sampled_from(SEPARATORS)).map(lambda t: _spread(*t))),
        min_size=1, max_size=10)).map("".join)
    return st.one_of(st.lists(piece, max_size=16).map("".join), family, family,
                     st.lists(st.one_of(piece, family), min_size=20, max_size=60).map("".join))


def _same(pack: str, text: str) -> None:
    rs = _ruleset(pack)
    n = normalise(text)
    assert scan(rs, n) == scan_reference(rs, n), text


@pytest.mark.parametrize("pack", PACKS)
def test_empty_and_blank_texts(pack):
    for text in ("", " ", "\n", "😀", "[微笑]", "，，，"):
        _same(pack, text)


@pytest.mark.parametrize("pack", PACKS)
@settings(max_examples=250, deadline=None)
@given(data=st.data())
def test_compiled_hit_loop_gives_the_reference_findings(pack, data):
    _same(pack, data.draw(_text(pack)))


@pytest.mark.parametrize("pack", PACKS)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_batch_hits_give_the_reference_findings(pack, data):
    texts = data.draw(st.lists(_text(pack), min_size=1, max_size=6))
    rs = _ruleset(pack)
    assert scan_batch(rs, normalise_batch(texts)) == [scan_reference(rs, normalise(t)) for t in texts]


@pytest.mark.parametrize("pack", PACKS)
def test_every_exception_word_over_its_rule_words(pack):
    """Each exception word of the pack (shop names, exempt compounds such as a 垃圾 inside a bin's name) written alone,
    inside a sentence and beside a word of a group of the same rule: random texts rarely put one over a rule word, and
    a compiled loop that dropped the exceptions must fail here, not only in the corpus hash."""
    rs = _ruleset(pack)
    group_words: dict[int, list[str]] = {}
    exceptions: list[tuple[int, str]] = []
    for pid, ents in enumerate(rs.entries):
        for e in ents:
            if e.role == EXCEPTION:
                exceptions.append((e.rule, rs.literals[pid]))
            elif e.role == GROUP and e.group == 0:
                group_words.setdefault(e.rule, []).append(rs.literals[pid])
    assert exceptions, pack
    for rule, word in exceptions:
        beside = group_words.get(rule, ["好的"])[0]
        for text in (word, f"我们这款{word}，您看下", f"{word}{beside}", f"{beside}，{word}"):
            n = normalise(text)
            assert scan(rs, n) == scan_reference(rs, n), (pack, word, text)


@pytest.mark.parametrize("pack", ("jd", "taobao"))  # (the generic pack has no rule these words exempt from)
def test_shop_exemptions_over_rule_words(pack):
    """A shop's exempt words and own names (overrides ``exempt`` / ``own_names``: exceptions of every rule) over the
    words they exempt, alone, in a sentence and beside another hit: the compiled loop must set them aside exactly as
    the reference does (a loop that dropped them fails here)."""
    rs = Inspector(pack, overrides={"exempt": ["淘宝体验店", "微信支付立减", "最好看系列"],
                                    "own_names": ["京东小铺", "拼多多果园店"]}).ruleset
    words = ("淘宝体验店", "微信支付立减", "最好看系列", "京东小铺", "拼多多果园店")
    differs = 0
    for word in words:
        for text in (word, f"我们{word}的活动", f"{word}，加微信也行", f"绝对{word}"):
            n = normalise(text)
            got = scan(rs, n)
            assert got == scan_reference(rs, n), (pack, text)
            differs += got != scan(Inspector(pack).ruleset, n)
    assert differs, "the exemptions changed nothing: the shapes no longer test them"
