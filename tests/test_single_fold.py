"""The compiled folding of one message (``_batch_core.fold_one``, ``_fold_one.pxi``) against the Python functions of
``normalize.py`` (issue 14: the single check() path).  ``normalise`` must give exactly what ``fold`` / ``compact`` /
``Normalised.keep_flags`` / ``Normalised.index`` give, for every kind of character the tables treat apart:
folded ones (full-width, traditional, circled, case), skip characters (punctuation, emoji, zero-width, the ordinal
filler itself), characters beyond the table's ranges (far skip planes, the tags block), lone surrogates, and 第
(which hands the message to the Python functions)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhijian.engine._batch_core import fold_one
from zhijian.engine.normalize import Normalised, compact, fold, normalise, normalise_reference, tables

# pieces written for this test: each a kind of character the folding tables treat differently
PIECES = ["您好", "亲", "ＡＢＣ", "Ｖｘ", "後臺", "⑴", "①", "Ⓕ", "，", "。", "！", "?", "~", "😀", "👍🏻", "\u200b", "\u2060",
          "\ufe0f", "\n", "\r\n", " ", "\u3000", "\ud800", "\udfff", "\U000323af", "\U000323b0", "\U00040000",
          "\U000e0001", "\U000e0fff", "\U000e1000", "\U000f0000", "\U0010ffff", "第", "第1", "第１０", "第①",
          "第，2", "12", "abc", "Tm", "[微笑]", "#"]
text_st = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=14).map("".join)


def _same(text: str) -> None:
    got, want = normalise(text), normalise_reference(text)
    assert (got.folded, got.compact) == (fold(text), compact(text)) == (want.folded, want.compact)
    assert got.keep_flags() == want.keep_flags()
    assert got.index() == want.index()


@settings(max_examples=800, deadline=None)
@given(text_st)
def test_compiled_folding_gives_the_python_functions_results(text):
    _same(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_any_text_folds_alike(text):
    _same(text)


def _views():
    t = tables()
    return memoryview(t.fold).cast("B").cast("I"), memoryview(t.keep).cast("B")


def test_an_ordinal_mark_hands_the_message_to_the_python_functions():
    assert fold_one("第1次", *_views()) is None
    assert fold_one("第一时间", *_views()) is None  # (the mark alone: whether digits follow is the functions' call)
    assert normalise("第1次").folded == fold("第1次") == "第一次"


def test_the_compiled_pass_keeps_the_offsets_and_drops_skip_characters():
    for text, folded, compacted, flags in [
        ("亲，ＶＸ😀", "亲,vx😀", "亲vx", b"\x01\x00\x01\x01\x00"),
        ("a\u2060b", "a\u2060b", "ab", b"\x01\x00\x01"),  # the filler is a skip character wherever it stands
        ("x\U000f0000y", "x\U000f0000y", "xy", b"\x01\x00\x01"),  # a far private-use character
        ("", "", "", b""),
    ]:
        got = fold_one(text, *_views())
        assert got == (folded, compacted, flags)
        assert len(got[0]) == len(text)


def test_normalised_compares_by_its_texts_not_by_what_it_derived():
    a, b = normalise("加我微信"), normalise_reference("加我微信")
    b.index()
    assert a == b and a == Normalised("加我微信", "加我微信", "加我微信")
