"""Property tests for zhijian.engine.normalize (hypothesis).

Contract under test (see the module docstring of zhijian/normalize.py):

* ``fold`` maps every character on its own: same length, idempotent;
* ``compact`` = fold + drop skip characters (punctuation, symbols, spaces, format chars), keeps '\\n';
* ``normalise(x).index()`` maps each compact position to the original position it came from;
* ``normalise_batch(xs).item(i)`` is, field by field, ``normalise(xs[i])``.

Nothing may raise on any input, lone surrogates included.
"""

from __future__ import annotations

import os
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from zhijian.engine.normalize import compact, fold, normalise, tables
from zhijian.engine.normalize_batch import normalise_batch

SKIP_CATEGORIES = frozenset("Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Zs Zl Zp Cc Cf Cs Co Cn Mn Me".split())

# --- alphabets -------------------------------------------------------------------------------
_CJK_COMMON = "您好亲親京东淘宝支付宝微信白痴傻逼卧槽最低价全网不知道订单号退款发货快递售后商品這款有貨謝謝請問麼們為說話薴苧苎乾干後发發髮台臺"
_PUNCT = "，。！？、；：“”‘’（）《》【】…—·～,.!?;:'\"()[]-_@#￥$%&*~/\\|<>+=^`{}"
_EMOJI = ["😀", "🙏", "👍", "❤️", "❤", "\ufe0f", "🇨🇳", "👨\u200d👩\u200d👧", "👍🏻", "🈶", "㊙", "✅"]
_FULLWIDTH = "".join(chr(c) for c in range(0xFF01, 0xFF5F)) + "\u3000"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
_SPACES_NL = " \t\n\r\x0b\x0c\x1c\x85\u2028\u2029\u00a0"
_ODD = [
    "①", "⑴", "Ⓕ", "㈱", "ﬁ", "İ", "ß", "ẞ", "K", "Å", "ſ", "Ǆ", "ǅ", "ϴ", "\u0301", "\u20dd", "e\u0301",
    "\ud800", "\udc00", "\udfff", "\ud83d", "\ude00", "\ud83d\ude00", "\x00", "\x7f", "\U000e0041",
    "\U000f0000", "\U0010fffd", "\U00030000", "䷀", "\uf900", "\ufa6d", "\U0002f800", "가", "ｶ", "ﾞ",
]
_TRAD_CJK = sorted(  # the CJK code points that fold to another character (traditional -> simplified)
    chr(cp) for lo, hi in ((0x3400, 0xA000), (0xF900, 0xFB00))
    for cp in range(lo, hi) if int(tables().fold_arr[cp]) != cp
)

cjk_char = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.sampled_from(_TRAD_CJK),
    st.sampled_from(list(_CJK_COMMON)),
)
curated_piece = st.one_of(
    cjk_char,
    st.sampled_from(list(_PUNCT)),
    st.sampled_from(_EMOJI),
    st.sampled_from(list(_FULLWIDTH)),
    st.sampled_from(list(_ZERO_WIDTH)),
    st.sampled_from(list(_SPACES_NL)),
    st.sampled_from(_ODD),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
)
curated_text = st.lists(curated_piece, max_size=40).map("".join)
# Every code point, lone surrogates included (st.text() alone leaves out category Cs).
any_char = st.characters(codec=None, exclude_categories=())
any_text = st.one_of(st.text(), st.text(any_char), curated_text)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- fold ------------------------------------------------------------------------------------
@SETTINGS
@given(any_text)
def test_fold_keeps_length(x):
    assert len(fold(x)) == len(x)


# Regression: OpenCC t2s maps 薴 -> 苧 and 苧 -> 苎; the table once applied only one step, so
# fold("薴") == "苧" but fold("苧") == "苎".  The t2s chain is now followed to its end.
@SETTINGS
@given(any_text)
@example("薴")
def test_fold_is_idempotent(x):
    f = fold(x)
    assert fold(f) == f


def test_fold_is_idempotent_on_every_code_point():
    """Exhaustive companion of the property above (one str.translate over all of Unicode)."""
    everything = "".join(chr(cp) for cp in range(0x110000))
    f = fold(everything)
    ff = fold(f)
    bad = [(f"U+{cp:04X}", everything[cp], f[cp], ff[cp]) for cp in range(0x110000) if ff[cp] != f[cp]]
    assert not bad, f"fold not idempotent on {len(bad)} code point(s): {bad[:10]}"


# --- compact ---------------------------------------------------------------------------------
@SETTINGS
@given(any_text)
@example("薴")  # fails: compact("薴") == "苧" but compact("苧") == "苎" (same t2s chain as above)
def test_compact_is_idempotent(x):
    c = compact(x)
    assert compact(c) == c


@SETTINGS
@given(any_text)
@example("薴")  # fails for the same reason as test_fold_is_idempotent (t2s chain 薴->苧->苎)
def test_compact_of_fold_is_compact(x):
    assert compact(fold(x)) == compact(x)


@SETTINGS
@given(any_text)
def test_compact_is_fold_minus_skip_characters(x):
    """compact is a subsequence of fold and keeps every '\\n' (the hard boundary)."""
    f = fold(x)
    c = compact(x)
    it = iter(f)
    assert all(ch in it for ch in c)
    assert c.count("\n") == f.count("\n")


# Every character whose folded form is punctuation, a symbol, a space, a control/format/
# private-use/unassigned character is dropped by compact.  Regression examples: the Yijing
# hexagram symbols inside the CJK block (䷀) and the private-use planes were once kept, which
# let "白䷀痴" through while "白😀痴" was caught.
@SETTINGS
@given(any_text)
@example("䷀")
@example("\U000f0000")
def test_compact_drops_every_skip_character(x):
    f = fold(x)
    expected = "".join(ch for ch in f if ch == "\n" or unicodedata.category(ch) not in SKIP_CATEGORIES)
    assert compact(x) == expected


# --- offsets ---------------------------------------------------------------------------------
def _check_index(x: str) -> None:
    n = normalise(x)
    assert n.original == x
    assert n.folded == fold(x)
    assert n.compact == compact(x)
    idx = n.index()
    assert len(idx) == len(n.compact)
    assert all(a < b for a, b in zip(idx, idx[1:]))
    assert all(0 <= i < len(x) for i in idx)
    for k, i in enumerate(idx):
        assert n.folded[i] == n.compact[k]


@SETTINGS
@given(any_text)
def test_index_maps_compact_to_original(x):
    _check_index(x)


@SETTINGS
@given(curated_text)
def test_index_maps_compact_to_original_curated(x):
    _check_index(x)


# --- batch -----------------------------------------------------------------------------------
message = st.one_of(any_text, curated_text, st.just(""), st.just("\n"), st.just("亲\n淘宝"), st.just("a\r\nb"))


def _same(b, i, x):
    one = normalise(x)
    got = b.item(i)
    assert got.original == one.original
    assert got.folded == one.folded
    assert got.compact == one.compact
    assert got.index() == one.index()
    assert all(isinstance(v, int) for v in got.index())


@SETTINGS
@given(st.lists(message, max_size=12))
def test_batch_item_equals_single(xs):
    b = normalise_batch(xs)
    for i, x in enumerate(xs):
        _same(b, i, x)


@SETTINGS
@given(st.lists(st.one_of(curated_text, st.just("")), max_size=12))
def test_batch_item_equals_single_without_inner_newlines(xs):
    """The fast path of normalise_batch (no '\\n' inside any message: split the joined compact)."""
    xs = [x.replace("\n", "").replace("\r", "") for x in xs]
    b = normalise_batch(xs)
    for i, x in enumerate(xs):
        _same(b, i, x)


@pytest.mark.parametrize(
    "xs",
    [
        [],
        [""],
        ["", ""],
        ["\n"],
        ["\n", ""],
        ["亲\n", "\n淘宝"],
        ["\r\n", "\u2028"],
        ["\ud800", "\ud83d\ude00", "😀"],
        ["支，付，宝", "", "淘 宝", "親，這款有貨"],
    ],
)
def test_batch_edge_cases(xs):
    b = normalise_batch(xs)
    for i, x in enumerate(xs):
        _same(b, i, x)


def _eager_maps():
    """The translate maps built whole from the arrays: the definition the per-code-point maps follow."""
    import numpy as np

    from zhijian.engine.normalize import _RANGES

    t = tables()
    lim = _RANGES[-1][1]
    cps = np.flatnonzero(t.fold_arr[:lim] != np.arange(lim, dtype=np.uint32))
    fold_map = dict(zip(cps.tolist(), map(chr, t.fold_arr[cps].tolist())))
    drop_map = dict(fold_map)
    drop_map.update(dict.fromkeys(t._skip_cps))
    return fold_map, drop_map


_EAGER: list = []


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(codec=None, blacklist_categories=()), max_size=60))
def test_translate_maps_filled_on_first_sight_are_the_whole_maps(x):
    if not _EAGER:
        _EAGER.extend(_eager_maps())
    fold_map, drop_map = _EAGER
    assert x.translate(tables().fold_map) == x.translate(fold_map)
    assert x.translate(tables().drop_map) == x.translate(drop_map)


def test_translate_maps_agree_on_every_code_point_of_the_folded_ranges():
    from zhijian.engine.normalize import _RANGES

    fold_map, drop_map = _eager_maps()
    for lo, hi in _RANGES:
        text = "".join(chr(c) for c in range(lo, hi) if not 0xD800 <= c < 0xE000)
        assert text.translate(tables().fold_map) == text.translate(fold_map)
        assert text.translate(tables().drop_map) == text.translate(drop_map)


def test_writing_the_tables_removes_those_of_other_versions(tmp_path, monkeypatch):
    """The cached folding tables of other versions (and the old ``.npz`` format) are removed when the
    current ones are written; other cache files stay."""
    from zhijian.engine import normalize

    monkeypatch.setenv("ZHIJIAN_CACHE", str(tmp_path))
    stale = ["tables-v4-u14.0.0-o1.1.6.npz", "tables-v3-u13.0.0-o1.1.6-fold.npy", "tables-v4-u14.0.0-o1.1.6-keep.npy"]
    for name in stale:
        (tmp_path / name).write_bytes(b"old")
    (tmp_path / "rulesets").mkdir()
    (tmp_path / "rulesets" / "ruleset-x.pkl").write_bytes(b"kept")
    stem = normalize._cache_path()
    normalize._save_tables(stem, tables())
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted(["rulesets", f"{os.path.basename(stem)}-fold.npy", f"{os.path.basename(stem)}-keep.npy"])
    assert normalize._load_tables(stem) is not None
