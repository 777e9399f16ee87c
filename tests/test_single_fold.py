"""The compiled folding of one message (``_batch_core.fold_one``, ``_fold_one.pxi``) against the Python functions of
``normalize.py`` (issue 14: the single check() path).  ``normalise`` must give exactly what ``fold`` / ``compact`` /
``Normalised.keep_flags`` / ``Normalised.index`` give, for every kind of character the tables treat apart:
folded ones (full-width, traditional, circled, case), skip characters (punctuation, emoji, zero-width, the ordinal
filler itself), characters beyond the table's ranges (far skip planes, the tags block), lone surrogates, and
ordinals (第 and the digits after it, skip characters between)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhijian.engine._batch_core import fold_one, fold_skip_extras
from zhijian.engine.normalize import Normalised, compact, compact_one, fold, normalise, normalise_reference, tables
from zhijian.engine.normalize_build import _FAR_SKIP, _RANGES

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
    assert compact_one(text) == want.compact  # (the compiled compact a single check uses for its stretches)
    # the compiled hit loop maps compact positions by the kept positions (scan_hits given the keep flags)
    assert [i for i, f in enumerate(got.keep_flags()) if f] == got.index()


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


def test_an_ordinal_mark_asks_for_the_skip_test():
    """Without the ordinals' skip test (``fold_skip_extras``) a text holding 第 gives None; with it, the ordinal."""
    assert fold_one("第1次", *_views()) is None
    assert fold_one("第一时间", *_views()) is None  # (the mark alone: whether digits follow is decided with the test)
    extras = fold_skip_extras(*_views())
    assert fold_one("第1次", *_views(), extras) == ("第一次", "第一次", b"\x01\x01\x01")
    assert fold_one("第10天", *_views(), extras) == ("第十\u2060天", "第十天", b"\x01\x01\x00\x01")
    assert normalise("第1次").folded == fold("第1次") == "第一次"


def test_the_skip_test_is_the_functions_skip_set():
    """"A skip character of ``skip_chars`` or a far skip character" (``_fold_ordinals``) is what the compiled pass
    reads as: the keep table drops it, or it is one of ``fold_skip_extras``."""
    t = tables()
    extras = fold_skip_extras(*_views())
    keep = memoryview(t.keep).cast("B")

    def far(cp: int) -> bool:
        return any(lo <= cp < hi for lo, hi in _FAR_SKIP)

    dropped = {cp for lo, hi in _RANGES for cp in range(lo, hi) if not keep[cp]}
    assert {ord(c) for c in t.skip_chars if not far(ord(c))} == {cp for cp in dropped | extras if not far(cp)}
    assert all(keep[cp] for cp in extras)
    assert all(not keep[cp] for lo, hi in _FAR_SKIP for cp in range(lo, hi, 97))


# ordinals: 第 before digits of every width, with skip characters, other 第 and digit runs around (written for this test)
ORDINAL_PIECES = ["第", "第", "1", "2", "0", "9", "10", "12", "20", "21", "05", "123", "１", "１０", "①", "⑩", "，", " ",
                  "\u200b", "\u2060", "😀", "\U000f0000", "次", "天", "一", "名", "a", "\n", "。", "第第", "Ⅻ"]
ordinal_st = st.lists(st.sampled_from(ORDINAL_PIECES), max_size=16).map("".join)


@settings(max_examples=1500, deadline=None)
@given(ordinal_st)
def test_compiled_ordinals_give_the_python_functions_results(text):
    assert fold_one(text, *_views(), fold_skip_extras(*_views())) is not None  # (the compiled pass, not a hand-off)
    _same(text)


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
