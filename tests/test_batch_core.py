"""The compiled batch path against its reference definitions (hypothesis).

* ``batch_scan.scan_batch`` (one automaton call and one gate pass per batch, quiet messages skipped)
  gives exactly ``matcher.scan`` message by message, for every shipped pack;
* the compiled clause units (``_batch_core.clause_units``) are the units defined here in plain Python;
* the compiled n-gram scores (``NgramIndex.logits``) are ``LinearModel.reference_logits`` (NumPy over
  ``ngram_rows``), to float rounding, for the shipped models;
* ``check_many`` with the model layer equals ``check`` one by one.
"""

from __future__ import annotations

import bisect
import re
from array import array

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhijian import Inspector
from zhijian.engine.batch_scan import scan_batch
from zhijian.engine.matcher import scan
from zhijian.engine.ngrams import packaged
from zhijian.engine.normalize import normalise
from zhijian.engine.normalize_batch import normalise_batch
from zhijian.engine.semantic import MAX_SCORED_CHARS, MIN_CLAUSE_CHARS, MIN_HAN_CHARS, units

# pieces that make rules fire, stay silent (exceptions, qualifiers, later groups only), or confuse offsets
PIECES = ["京东", "淘宝", "淘 宝", "微信", "微信支付", "加我微信", "vx", "亲", "亲自", "亲，", "第1", "第10次", "第一时间",
          "最", "全网最低价", "保证", "肯定", "明天", "到货", "联系", "电话", "13812345678", "傻逼", "傻@#逼", "垃圾",
          "好的", "好的哦", "[微笑]", "😀", "🐶东", "您好", "，", "。", "！", "？", "\n", " ", "\u3000", "\u200b",
          "隔壁家", "不如", "便宜货", "退款", "稍等", "哈", "abc", "atm", "TM的", "1234", "⑴", "ＡＢＣ", "\ud800"]
text_st = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=14).map("".join)
PACKS = ["jd", "taobao", "generic", "jd,adlaw"]
_inspectors: dict[str, Inspector] = {}


def _inspector(pack: str) -> Inspector:
    if pack not in _inspectors:
        _inspectors[pack] = Inspector(pack)
    return _inspectors[pack]


@pytest.mark.parametrize("pack", PACKS)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(text_st, min_size=1, max_size=8))
def test_batch_scan_is_scan_message_by_message(pack, texts):
    rs = _inspector(pack).ruleset
    assert scan_batch(rs, normalise_batch(texts)) == [scan(rs, normalise(t)) for t in texts]


def test_batch_scan_on_a_corpus_with_every_kind_of_rule():
    rs = _inspector("jd,adlaw").ruleset
    texts = [a + b + c for a in PIECES for b in ("", "，", "我们") for c in PIECES[::7]]
    assert scan_batch(rs, normalise_batch(texts)) == [scan(rs, normalise(t)) for t in texts]
    assert sum(map(len, scan_batch(rs, normalise_batch(texts)))) > 100  # the corpus does fire


# -- clause units: the Python definition -------------------------------------------------------
_BREAKS = re.compile("[^,.!?;~\n。，！？；～]+")
_HAN = re.compile("[\u3400-\u9fff]")


def reference_units(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, compacted text, whole?) of every unit the model scores, in plain Python."""
    n = normalise(text)
    idx = n.index()
    end = min(len(text), MAX_SCORED_CHARS)

    def comp(s: int, e: int) -> str:
        return n.compact[bisect.bisect_left(idx, s):bisect.bisect_left(idx, e)]

    out = []
    for m in _BREAKS.finditer(n.folded[:end]):
        s, e = m.span()
        while s < e and n.folded[s].isspace():
            s += 1
        while e > s and n.folded[e - 1].isspace():
            e -= 1
        c = comp(s, e)
        if len(c) >= MIN_CLAUSE_CHARS and len(_HAN.findall(c)) >= MIN_HAN_CHARS:
            out.append((s, e, c, False))
    if len(out) != 1:
        c = comp(0, end)
        if len(_HAN.findall(c)) >= MIN_HAN_CHARS:
            out.append((0, end, c, True))
    return out


def _compiled_units(texts: list[str]) -> list[list[tuple[int, int, str, bool]]]:
    b = normalise_batch(texts)
    u = units(b)
    out: list[list] = [[] for _ in texts]
    for m, s, e, cs, ce, w in zip(u.msg.tolist(), u.start.tolist(), u.end.tolist(), u.cstart.tolist(),
                                  u.cend.tolist(), u.whole.tolist()):
        out[m].append((s, e, b.compact_joined[cs:ce], bool(w)))
    return out


@settings(max_examples=400, deadline=None)
@given(texts=st.lists(text_st, min_size=1, max_size=6))
def test_clause_units_are_the_reference_units(texts):
    assert _compiled_units(texts) == [reference_units(t) for t in texts]


def test_clause_units_of_long_and_multiline_messages():
    texts = ["您好，明天肯定到！\n放心吧  ，好的", "第10次，" * 900, "", "😀😀", "京东\n\n淘宝，好的呢"]
    assert _compiled_units(texts) == [reference_units(t) for t in texts]


# -- n-gram scores ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["messages.npz", "acts.npz", "offensive.npz"])
@settings(max_examples=100, deadline=None)
@given(texts=st.lists(text_st, max_size=10))
def test_compiled_logits_are_the_reference_logits(name, texts):
    model = packaged(name)
    got = model.logits(texts)
    ref = model.reference_logits(texts)
    assert got.shape == ref.shape == (len(texts), len(model.classes))
    assert np.allclose(got, ref, atol=1e-4)


def test_check_many_with_models_is_check_one_by_one():
    ins = _inspector("jd")
    assert ins.semantic is not None
    texts = [a + "，" + b for a in PIECES[::2] for b in ("隔壁家的都是便宜货", "明天肯定到货", "加我微信吧", "好的")]
    assert ins.check_many(texts) == [ins.check(t) for t in texts]
    assert any(f.source == "model" for fs in ins.check_many(texts) for f in fs)


# -- masks: the shop's own platform and names read as 平台 / 本店 -----------------------------------
def _moved(found: list[tuple[int, int, int]], p: int, end: bool) -> int:
    """Position ``p`` of a text after the replacements ``found`` (start, end, replacement length): moved by
    what the replacements before it added; inside a replacement, at its start (``end``: at its end)."""
    add = 0
    for s, e, r in found:
        if e <= p:
            add += r - (e - s)
        elif s < p:
            return (e if end else s) + add + ((r - (e - s)) if end else 0)
    return p + add


@settings(max_examples=400, deadline=None)
@given(layout=st.lists(st.tuples(st.integers(0, 4), st.integers(1, 4), st.integers(0, 5)), max_size=6),
       points=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8))
def test_masked_ranges_moves_unit_edges_as_the_reference(layout, points):
    """The compiled ``masked_ranges`` is the plain-Python definition, for any layout of replacements
    (gaps, word lengths, replacement lengths) and any unit edges, inside words or not."""
    from zhijian.engine._batch_core import masked_ranges

    found, pos = [], 0
    for gap, length, r in layout:
        found.append((pos + gap, pos + gap + length, r))
        pos += gap + length
    cstart = np.array([min(a, b) for a, b in points], dtype=np.int64)
    cend = np.array([max(a, b) for a, b in points], dtype=np.int64)
    got_s, got_e = masked_ranges(found, cstart, cend)
    assert got_s.tolist() == [_moved(found, p, False) for p in cstart.tolist()]
    assert got_e.tolist() == [_moved(found, p, True) for p in cend.tolist()]


@settings(max_examples=400, deadline=None)
@given(layout=st.lists(st.tuples(st.integers(0, 4), st.integers(1, 4), st.integers(0, 2)), max_size=6),
       tail=st.integers(0, 5), points=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8))
def test_mask_batch_is_the_replaced_text_and_the_moved_ranges(layout, tail, points):
    """``mask_batch`` (one compiled pass) gives the code points of the text with the replacements made, as
    the joined pieces did, and the ranges of ``masked_ranges``, for any layout (gaps, word lengths, the word
    replaced: 平台 / 本店 / an empty replacement)."""
    from zhijian.engine._batch_core import mask_batch, masked_ranges

    with_ = ["平台", "本店", ""]
    hits, pos = [], 0
    for gap, length, w in layout:
        hits.append((w, pos + gap, pos + gap + length))
        pos += gap + length
    text = "".join(chr(0x4E00 + i) for i in range(pos + tail))
    pieces, prev = [], 0
    for w, a, b in hits:
        pieces += (text[prev:a], with_[w])
        prev = b
    pieces.append(text[prev:])
    want_cps = np.frombuffer("".join(pieces).encode("utf-32-le"), dtype=np.uint32)
    cstart = np.array([min(a, b, len(text)) for a, b in points], dtype=np.int64)
    cend = np.array([min(max(a, b), len(text)) for a, b in points], dtype=np.int64)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    with_codes = [array("I", r.encode("utf-32-le")) for r in with_]
    cps, got_s, got_e = mask_batch(codes, hits, with_codes, cstart, cend)
    want_s, want_e = masked_ranges([(a, b, len(with_[w])) for w, a, b in hits], cstart, cend)
    assert cps.tolist() == want_cps.tolist()
    assert got_s.tolist() == want_s.tolist() and got_e.tolist() == want_e.tolist()
    if hits:  # replacements out of order are refused, not read past the text
        with pytest.raises(ValueError):
            mask_batch(codes, hits[::-1] if len(hits) > 1 else [(0, 0, len(text) + 1)], with_codes, cstart, cend)


def _masked_reference(layer, text: str) -> list[str]:
    """Each unit's text read from the masked message: the mask words replaced in the message's compacted
    text (longest first, left to right), a unit edge inside a replaced word taking in the whole word."""
    n = normalise(text)
    idx = n.index()
    src = n.compact
    # the reference masking: one regex alternation of the words, longest first
    table = dict(layer.masks)
    mask_re = re.compile("|".join(re.escape(w) for w, _ in layer.masks))
    found = [(m.start(), m.end(), table[m.group(0)]) for m in mask_re.finditer(src)]

    def moved(p: int, end: bool) -> int:
        return _moved([(s, e, len(r)) for s, e, r in found], p, end)

    masked = mask_re.sub(lambda m: table[m.group(0)], src)
    out = []
    for s, e, _, _ in reference_units(text):
        cs, ce = bisect.bisect_left(idx, s), bisect.bisect_left(idx, e)
        out.append(masked[moved(cs, False):moved(ce, True)])
    return out


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(text_st, min_size=1, max_size=5))
def test_masked_units_score_as_the_masked_reference_texts(texts):
    layer = _inspector("jd").semantic
    assert "京东" in dict(layer.masks)
    u, sc = layer.scores(texts)
    want = [t for text in texts for t in _masked_reference(layer, text)]
    assert len(want) == len(u.msg)
    ref = layer.model.scores(want, compacted=True)[:, layer.columns] if want else sc
    assert np.allclose(sc, ref, atol=1e-5)


# -- the rule-set cache ------------------------------------------------------------------------
def test_a_cache_folder_that_cannot_be_made_is_bypassed(tmp_path, monkeypatch):
    """ZHIJIAN_CACHE where no folder can be made (under a plain file): the object is built and given, nothing is stored,
    no error — as the real command line shows on the example messages."""
    import os
    import pathlib
    import subprocess
    import sys

    from zhijian.engine import cache

    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    monkeypatch.setenv("ZHIJIAN_CACHE", str(blocker / "cache"))
    assert cache.cached("probe", "k1", lambda: {"v": 1}) == {"v": 1}
    assert not (blocker.parent / "cache").exists()
    root = pathlib.Path(__file__).resolve().parent.parent
    env = {**os.environ, "ZHIJIAN_CACHE": str(blocker / "cache")}
    run = subprocess.run([str(pathlib.Path(sys.executable).parent / "zhijian"), "check", "--pack", "jd", "--format", "jsonl",
                          str(root / "examples" / "messages.jsonl")], env=env, capture_output=True, text=True)
    assert run.returncode == 0 and "内部错误" not in run.stderr, run.stderr[-800:]
    assert len([ln for ln in run.stdout.splitlines() if ln.startswith("{")]) == len(
        [ln for ln in (root / "examples" / "messages.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()])


def test_ruleset_cache_is_keyed_by_content_and_bounded(tmp_path, monkeypatch):
    from zhijian.engine import cache

    monkeypatch.setenv("ZHIJIAN_CACHE", str(tmp_path))
    monkeypatch.setattr(cache, "MAX_ENTRIES", 3)
    built = []

    def build(x):
        def f():
            built.append(x)
            return {"value": x}
        return f

    for i in range(5):
        assert cache.cached("ruleset", cache.key_of("pack", i), build(i)) == {"value": i}
    assert built == [0, 1, 2, 3, 4]
    assert len(list((tmp_path / "rulesets").iterdir())) == 3  # bounded
    assert cache.cached("ruleset", cache.key_of("pack", 4), build(-1)) == {"value": 4}  # read, not built
    assert built == [0, 1, 2, 3, 4]
    # a set in the key hashes the same whatever its order; a different content is a different key
    assert cache.key_of({"b", "a"}, {"x": 1}) == cache.key_of({"a", "b"}, {"x": 1})
    assert cache.key_of({"a"}) != cache.key_of({"b"})
    # a broken entry is rebuilt
    for p in (tmp_path / "rulesets").iterdir():
        p.write_bytes(b"not a pickle")
    assert cache.cached("ruleset", cache.key_of("pack", 4), build(9)) == {"value": 9}


def test_inspector_reads_an_equal_ruleset_from_the_cache(tmp_path, monkeypatch):
    from zhijian.engine import inspector

    monkeypatch.setenv("ZHIJIAN_CACHE", str(tmp_path))
    monkeypatch.setattr(inspector, "_shipped", {})
    fresh = Inspector("taobao", models=False)  # compiled and stored
    monkeypatch.setattr(inspector, "_shipped", {})
    again = Inspector("taobao", models=False)  # read back
    assert again.ruleset is not fresh.ruleset and again.version == fresh.version
    assert len(list((tmp_path / "rulesets").glob("ruleset-*"))) == 1  # (beside it, the regexes' analyses: gate_memo.py)
    texts = [a + b for a in PIECES for b in PIECES[::5]]
    assert again.check_many(texts) == fresh.check_many(texts)


def test_a_warm_start_reads_no_yaml_and_shares_its_entries(tmp_path, monkeypatch):
    from zhijian.engine import inspector, packs

    monkeypatch.setenv("ZHIJIAN_CACHE", str(tmp_path))
    monkeypatch.setattr(inspector, "_shipped", {})
    fresh = Inspector("jd", models=False)
    monkeypatch.setattr(inspector, "_shipped", {})

    def no_yaml(*a, **k):
        raise AssertionError("a warm start read a pack file")

    monkeypatch.setattr(packs, "load_pack_file", no_yaml)
    again = Inspector("jd", models=False)
    assert again.version == fresh.version
    # ~20,000 automaton patterns share a few hundred distinct entries, one object each
    ids = {id(e) for ents in again.ruleset.entries for e in ents}
    assert len(again.ruleset.entries) > 10_000 and len(ids) < 1_000


def test_the_code_version_covers_the_shipped_packs_and_the_taxonomy(tmp_path, monkeypatch):
    import shutil
    from importlib import resources

    from zhijian.engine import cache

    root = tmp_path / "zhijian"
    src = resources.files("zhijian")
    for folder in ("engine", "data/packs", "data/vendor", "data/models"):
        shutil.copytree(str(src.joinpath(folder)), root / folder, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copy(str(src.joinpath("taxonomy.py")), root / "taxonomy.py")
    monkeypatch.setattr(cache.resources, "files", lambda pkg: root)

    def version() -> str:
        monkeypatch.setattr(cache, "_code_version", None)
        return cache.code_version()

    before = version()
    assert version() == before
    with open(root / "data/packs/jd.yaml", "a", encoding="utf-8") as fh:
        fh.write("\n# a changed pack\n")
    after_pack = version()
    assert after_pack != before
    with open(root / "taxonomy.py", "a", encoding="utf-8") as fh:
        fh.write("\n# a changed taxonomy\n")
    assert version() != after_pack


def test_batch_scan_reads_only_messages_where_a_rule_is_complete(monkeypatch):
    """A first-group word alone (京东 of a regex-triggered rule, one ? of the ??? rule) sends no message
    to ``matcher.scan``; the findings stay those of the message-by-message scan."""
    from zhijian.engine import batch_scan

    ins = Inspector("jd", models=False)
    texts = ["京东物流今天就能送到", "好的，请问还有什么问题吗？", "这是京东的问题，您找京东去", "什么？？？"]
    seen = []
    real = batch_scan.scan
    monkeypatch.setattr(batch_scan, "scan", lambda rs, n, *a: seen.append(n.original) or real(rs, n, *a))
    got = ins.check_many(texts)
    assert seen == texts[2:]
    assert got == [ins.check(t) for t in texts] and got[2] and got[3] and not got[0] and not got[1]


@pytest.mark.parametrize("pack", ["jd", "taobao", "generic"])
def test_no_shipped_rule_is_run_on_every_message(pack):
    """A regex rule without patterns needs ``params.needs`` (a word its match always holds) or a regex whose required
    literals can be derived (``regex_gate.required_literals``, stop 41): without either the plan runs the regex on every
    message of a batch (gate "always"), which a rule of stop 32 did until this test."""
    rs = Inspector(pack, models=False).ruleset
    always = [rs.rules[ri].id for ri, gate, _, _ in rs.plan if gate == "always"]
    assert not always, f"规则没有触发词（params.needs），会在每条消息上运行：{always}"
