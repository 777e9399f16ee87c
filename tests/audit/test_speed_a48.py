"""Issue 14, stop 48 (helper a48): the packs' patterns made from engine code kept on disk (``engine/regex_code.py``).

``regex_code.compile`` must give the very pattern ``re.compile`` gives (the reference): the same source, flags, groups
and engine code (``re.Pattern.__eq__`` compares flags and code), the same answers, and the same error for a pattern
that does not compile — whether the pattern is made afresh in this process or from the table a process wrote before
(``_sre.compile`` on the stored arguments).  Checked on patterns drawn by hypothesis from the constructs the packs use
and on every pattern the shipped packs' conversation configs hold.
"""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given, settings, strategies as st

from zhijian.audit.auditor import Auditor
from zhijian.audit.config import _one_pattern
from zhijian.audit.prefilter import EntryGated, Prefiltered
from zhijian.engine import regex_code

PIECES = ["您好", "亲", "稍等", "[0-9]+", r"\d{2,4}", "(?:吗|么)", "(?P<n>好的)", "(?<!不)可以", "(?=发货)", "a|b", ".{0,6}",
          "[\u4e00-\u9fff]", "[^，。！？]*", r"\s", "(?:还有|另外)", "?", "退(?:款|货)", r"\b", "[A-Za-z]+", "(x)", r"\1"]
TEXTS = st.text(alphabet="您好亲稍等可以不发货吗么退款货12345abxyAB 还有另外，。？", max_size=30)


@pytest.fixture(autouse=True)
def _own_table(monkeypatch):
    """Each test with a table of its own, in memory only (the user's cache is neither read nor written)."""
    monkeypatch.setenv("ZHIJIAN_CACHE", "off")
    monkeypatch.setattr(regex_code, "_state", {"table": None, "dirty": False, "pid": None})
    monkeypatch.setattr(regex_code, "_made", {})


def _fresh(pattern: str, flags: int = 0) -> re.Pattern:
    """The pattern made by ``regex_code.compile`` with nothing remembered in the process or on disk."""
    regex_code._made.clear()
    regex_code._table().pop((pattern, flags), None)
    return regex_code.compile(pattern, flags)


def _from_table(pattern: str, flags: int = 0) -> re.Pattern:
    """The pattern made from the arguments the table holds (as a later process reads them back from its file)."""
    regex_code.compile(pattern, flags)
    table = regex_code._table()
    stored = pickle.loads(pickle.dumps(table[(pattern, flags)]))
    table[(pattern, flags)] = stored
    regex_code._made.clear()
    return regex_code.compile(pattern, flags)


def _same(a: re.Pattern, b: re.Pattern, texts) -> None:
    assert a == b and a.pattern == b.pattern and a.flags == b.flags
    assert a.groups == b.groups and a.groupindex == b.groupindex
    for t in texts:
        assert a.findall(t) == b.findall(t)
        ma, mb = a.search(t), b.search(t)
        assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups()))
        assert a.sub("_", t) == b.sub("_", t) and a.split(t) == b.split(t)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6), st.sampled_from([0, int(re.UNICODE), int(re.IGNORECASE), int(re.S)]),
       st.lists(TEXTS, max_size=5))
def test_compile_equals_re_compile(pieces, flags, texts):
    pattern = "".join(pieces)
    try:
        ref = re.compile(pattern, flags)
    except re.error as e:
        with pytest.raises(re.error) as got:
            _fresh(pattern, flags)
        assert str(got.value) == str(e)
        return
    _same(_fresh(pattern, flags), ref, texts)
    _same(_from_table(pattern, flags), ref, texts)


def test_other_arguments_go_to_re():
    assert regex_code.compile(b"ab+") == re.compile(b"ab+")  # bytes
    assert regex_code.compile("ab", re.I) == re.compile("ab", re.I)  # a flag object
    rx = re.compile("ab")
    assert regex_code.compile(rx) is rx  # a compiled pattern


def _pack_patterns(pack: str) -> list[re.Pattern]:
    cfg = Auditor(pack).config
    out = []
    for key, value in cfg.raw.items():
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            try:
                p = cfg.patterns(key)
            except Exception:  # noqa: BLE001 - (a list that is not patterns)
                continue
            p = getattr(p, "wrapped", p)
            if isinstance(p, EntryGated):
                out.extend(p._entries)  # (each entry compiled alone)
            if isinstance(p, (Prefiltered, EntryGated)):
                p = p.compiled
            if p is not None:
                out.append(p)
    return out


@pytest.mark.parametrize("pack", ["jd", "taobao"])
def test_shipped_patterns_equal_re_compile(pack):
    texts = ["您好，请问有什么可以帮您", "亲，稍等我查一下订单", "还有别的问题吗？", "这款支持7天无理由退货哦", "abc 123"]
    patterns = _pack_patterns(pack)
    assert len(patterns) > 50
    for p in patterns:
        ref = re.compile(p.pattern, p.flags)
        _same(p, ref, texts)
        _same(_from_table(p.pattern, p.flags), ref, texts)
    _one_pattern.cache_clear()


def test_table_written_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHIJIAN_CACHE", str(tmp_path))
    monkeypatch.setattr(regex_code, "_state", {"table": None, "dirty": False, "pid": None})
    monkeypatch.setattr(regex_code, "_made", {})
    rx = regex_code.compile("(?:您好|你好)[，,]?(?P<rest>.*)")
    regex_code.save()
    files = list((tmp_path / "regex").iterdir())
    assert len(files) == 1
    # a later process: nothing in memory, the table read from the file
    monkeypatch.setattr(regex_code, "_state", {"table": None, "dirty": False, "pid": None})
    monkeypatch.setattr(regex_code, "_made", {})
    assert ("(?:您好|你好)[，,]?(?P<rest>.*)", 0) in regex_code._table()
    again = regex_code.compile("(?:您好|你好)[，,]?(?P<rest>.*)")
    assert again == rx == re.compile("(?:您好|你好)[，,]?(?P<rest>.*)")
    assert again.search("您好，在的").group("rest") == "在的"
    # a damaged file is bypassed
    files[0].write_bytes(b"not a pickle")
    monkeypatch.setattr(regex_code, "_state", {"table": None, "dirty": False, "pid": None})
    monkeypatch.setattr(regex_code, "_made", {})
    assert regex_code.compile("ab+") == re.compile("ab+")


def test_one_table_per_installed_copy(tmp_path, monkeypatch):
    """(stop 55) Two copies of the package on one machine keep two tables: neither reads the other's patterns."""
    monkeypatch.setenv("ZHIJIAN_CACHE", str(tmp_path))
    for install, pattern in (("/opt/a/zhijian", "甲+"), ("/opt/b/zhijian", "乙+")):
        monkeypatch.setattr(regex_code, "_INSTALL", install)
        monkeypatch.setattr(regex_code, "_state", {"table": None, "dirty": False, "pid": None})
        monkeypatch.setattr(regex_code, "_made", {})
        assert regex_code.compile(pattern) == re.compile(pattern)
        regex_code.save()
    assert len(list((tmp_path / "regex").iterdir())) == 2
    monkeypatch.setattr(regex_code, "_state", {"table": None, "dirty": False, "pid": None})
    assert ("乙+", 0) in regex_code._table() and ("甲+", 0) not in regex_code._table()


def test_cache_off(monkeypatch):
    monkeypatch.setenv("ZHIJIAN_CACHE", "off")
    monkeypatch.setattr(regex_code, "_state", {"table": None, "dirty": False, "pid": None})
    monkeypatch.setattr(regex_code, "_made", {})
    assert regex_code.compile("稍等|请稍候") == re.compile("稍等|请稍候")
    regex_code.save()  # nowhere to write: nothing happens


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES[:-1]), min_size=1, max_size=6), st.sampled_from([0, int(re.IGNORECASE)]))
def test_required_strings_remembered_equal_the_reading(pieces, flags):
    """``prefilter.required_strings`` (kept in the table) is its reading of the parse, first time and read back."""
    from zhijian.audit import prefilter

    pattern = "".join(pieces)
    try:
        re.compile(pattern, flags)
    except re.error:
        return
    ref = prefilter._required_strings(pattern, flags)
    assert prefilter.required_strings(pattern, flags) == ref
    key = ("_required_strings", prefilter._READER, pattern, flags)
    table = regex_code._table()
    assert key in table
    table[key] = pickle.loads(pickle.dumps(table[key]))  # (as a later process reads it back)
    assert prefilter.required_strings(pattern, flags) == ref


def test_required_strings_of_the_shipped_forms():
    """Every pattern the packs' gates read, remembered and read anew, gives the same strings."""
    from zhijian.audit import prefilter

    for pack in ("jd", "taobao"):
        cfg = Auditor(pack).config
        forms = cfg.raw.get("word_forms") or {}
        for ps in forms.values():
            for p in [ps] if isinstance(ps, str) else ps:
                assert prefilter.required_strings(str(p)) == prefilter._required_strings(str(p))


def test_full_table_forgotten_at_once(monkeypatch):
    monkeypatch.setattr(regex_code, "MAX_PATTERNS", 3)
    for p in ("a1", "a2", "a3"):
        regex_code.compile(p)
    assert len(regex_code._table()) == 3
    regex_code.compile("a4")  # (the full table forgotten, the new pattern kept)
    assert list(regex_code._table()) == [("a4", 0)]
    assert regex_code.compile("a1") == re.compile("a1")
