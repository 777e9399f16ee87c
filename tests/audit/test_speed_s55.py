"""Issue 14, stop 55 (helper s55): the batch scan tests the plan by the word gates.

The plan holds the rules needing no automaton hit (regex rules, length and digit rules).  ``batch_scan._gated`` tested
each entry by one set of strings every match needs (a single character for many: 这 / 是), over the joined batch, and
passed the entries whose set was found to ``matcher.scan`` as already tested; since the message rules of stops 41–52
most messages held such a character, and ``scan`` ran the entries' regexes in Python for ~80 % of them.
``batch_scan._planned`` tests every entry as a single check does (``Ruleset.word_gates`` in one compiled pass, then
``plan_todo``: every needed word set of an entry's regex, the length limit, the digits), and ``scan`` is given no plan,
so it tests the plan the same way.  Both gates are necessary conditions only: the findings are the same.

Checked here against the single check (``Inspector.check``, the reference of every batch path) and against the batch
scan as it was before (``_old_scan_batch`` below: ``_gated`` and the pre-tested plan), on texts drawn by hypothesis from
the plan's gate words and the corpus's pieces, on generated messages, and on every rule's examples, for the jd, taobao
and generic packs.
"""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import given, settings, strategies as st

from zhijian import Inspector
from zhijian.engine import batch_scan
from zhijian.engine.batch_scan import _gated, _hits_by_message, _may_be_whole, _planned, scan_batch
from zhijian.engine.matcher import _whole_rules, scan
from zhijian.engine.normalize_batch import normalise_batch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "benchmarks"))
import corpus  # noqa: E402

PACKS = ("jd", "taobao", "generic")


@pytest.fixture(scope="module")
def inspectors() -> dict[str, Inspector]:
    return {p: Inspector(p) for p in PACKS}


def _old_scan_batch(rs, batch):
    """``scan_batch`` as it was before stop 55: the plan tested by ``_gated`` over the joined batch, passed as tested."""
    gated = _gated(rs, batch)
    whole = _may_be_whole(rs, batch)
    hits = _hits_by_message(rs, batch, gated, whole)
    originals, compacts = batch.originals, batch.compact
    out = [[] for _ in range(len(originals))]
    todo = {*hits, *gated}
    todo.update(i for i in whole if i not in todo and _whole_rules(rs, originals[i], compacts[i]))
    for i in sorted(todo):
        out[i] = scan(rs, batch.item(i), hits.get(i, []), gated.get(i, []), i in whole)
    return out


# pieces of messages: the common characters the plan's one-set gates held (这 / 是 / 可以 …), words of the regex rules
# written for the tests, digits, lengths, punctuation and the separators the folding skips
PIECES = ["这", "是", "可以", "收到", "有的", "稍等", "马上", "详情", "说明书", "页面", "不管什么", "该不会", "您", "亲", "吗", "？", "?",
          "。", "，", "！", "…", "..", "。。", "1234", "５６７８", "加我", "微信", "vx", "V信", "淘宝", "支付宝", "全网最低", "最便宜",
          "好评", "返现", "五星", "⭐", "👍", "🌟", "你自己看", "爱买不买", "知道了", "没货", "有货", "等一下", "快点", "不是", "价格",
          "多少钱", "这个", "问", "京东", "售后", "联系", "客服", "一定", "保证", "肯定", "绝对", "第一", "顶级", " ", "\u200b", "·", "a", "B"]
TEXTS = st.lists(st.sampled_from(PIECES), min_size=0, max_size=14).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=12), st.sampled_from(PACKS))
def test_batch_scan_gives_the_single_check_and_the_old_batch_scan(inspectors, texts, pack):
    ins = inspectors[pack]
    rs = ins.ruleset
    batch = normalise_batch(texts)
    got = scan_batch(rs, batch)
    assert got == _old_scan_batch(rs, normalise_batch(texts))
    assert ins.check_many(texts) == [ins.check(t) for t in texts]


@pytest.mark.parametrize("pack", PACKS)
def test_generated_messages_and_rule_examples(inspectors, pack):
    ins = inspectors[pack]
    rs = ins.ruleset
    texts = corpus.generate(3000, seed=55).messages
    for r in rs.rules:
        texts += [str(t) for t in (r.match_examples or ())] + [str(t) for t in (r.no_match_examples or ())]
    batch = normalise_batch(texts)
    got = scan_batch(rs, batch)
    assert got == _old_scan_batch(rs, normalise_batch(texts))
    assert ins.check_many(texts) == [ins.check(t) for t in texts]
    assert any(got)  # (the examples hold findings: the comparison is not of empty lists only)


@pytest.mark.parametrize("pack", PACKS)
def test_every_message_with_a_finding_of_the_plan_is_planned(inspectors, pack):
    rs = inspectors[pack].ruleset
    plan_rules = {rs.rules[e[0]].id for e in rs.plan if not rs.rules[e[0]].patterns}  # (rules of the plan alone: no word)
    texts = corpus.generate(3000, seed=56).messages
    for r in rs.rules:
        if r.id in plan_rules:
            texts += [str(t) for t in (r.match_examples or ())]
    batch = normalise_batch(texts)
    planned = _planned(rs, batch)
    found = [i for i, fs in enumerate(scan_batch(rs, batch)) if any(f.rule in plan_rules for f in fs)]
    assert found and all(i in planned for i in found)
    # the word gates let fewer messages through than the one-set gates of ``_gated`` did (the point of the change)
    assert len(planned) < len(_gated(rs, batch))


def test_the_batch_scan_no_longer_searches_the_one_set_gates(inspectors, monkeypatch):
    calls = []
    monkeypatch.setattr(batch_scan, "_gated", lambda *a: calls.append(a) or {})
    ins = inspectors["jd"]
    texts = corpus.generate(200, seed=57).messages
    assert ins.check_many(texts) == [ins.check(t) for t in texts]
    assert not calls


# ---------------------------------------------------------------------------------------------------------------------
# The lexicon's label forms: an expression the gate opens (one set of needed strings) is searched only when the text
# holds a word of each needed word set of one of its branches (``regex_gate.needed_words``, tested in one compiled pass).

import dataclasses  # noqa: E402

from zhijian.audit.auditor import Auditor  # noqa: E402
from zhijian.audit.lexicon import _needed, _needed_words  # noqa: E402


@pytest.fixture(scope="module")
def lexicons() -> dict:
    return {p: Auditor(p, acts=False).config.lexicon for p in ("jd", "taobao")}


def _pieces(lex) -> list[str]:
    """Words the label forms need (the first words of their needed sets), and characters around them."""
    out = {"，", "。", "？", "了", "的", "是", "我", "你", "不", "吗", "呢", "1", "3", "个", "天", "月", "买", "坏"}
    for t in lex._needs:
        for term in t or ():
            for g in term:
                out.update(lex._needed_gates.gates[g][:2])
    return sorted(out)


@pytest.mark.parametrize("pack", ["jd", "taobao"])
def test_every_label_form_has_its_needed_words_remembered_as_read(lexicons, pack):
    lex = lexicons[pack]
    assert any(t is not None for t in lex._needs)
    for (_, pat), terms in zip(lex._exprs, lex._needs):
        got = _needed(pat)
        assert got == _needed_words(pat.pattern, pat.flags)
        assert (got is None) == (terms is None)


@settings(max_examples=400, deadline=None)
@given(st.data(), st.sampled_from(["jd", "taobao"]))
def test_the_needed_words_gate_gives_the_ungated_labels(lexicons, data, pack):
    lex = lexicons[pack]
    pieces = _pieces(lex)
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=10)))
    assert lex._read(text) == lex.ungated()._read(text)


def test_a_needed_word_missing_skips_the_search_and_the_labels_stay():
    from zhijian.audit.lexicon import Lexicon

    lex = Lexicon({}, {"late": ["(昨天|前天)(才|刚)?到(的|了)"], "any": ["^.{0,2}$"]})
    plain = lex.ungated()
    for text in ("昨天才到的", "前天到了", "昨天买的", "到了", "好", "今天才到的"):
        assert lex._read(text) == plain._read(text)
    assert lex._needs[0] is not None and lex._needs[1] is None  # (^.{0,2}$ needs no word)


@pytest.mark.parametrize("pack", ["jd", "taobao"])
def test_whole_audits_with_the_gate_equal_those_without(pack):
    import chats  # noqa: E402  (benchmarks/chats.py)
    from zhijian.audit.conversation import parse_conversation

    convs = [parse_conversation(c.record) for c in chats.generate(300, seed=55)]
    gated = Auditor(pack)
    plain = Auditor(pack)
    cfg = plain.config
    plain.config = dataclasses.replace(cfg, lexicon=cfg.lexicon.ungated())
    got = [r.to_dict() for r in gated.audit_many(convs)]
    assert got == [r.to_dict() for r in plain.audit_many(convs)]
