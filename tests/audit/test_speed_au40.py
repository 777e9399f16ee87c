"""Issue 14 (audit speed), helper au40: three changes that leave every result as it was.

* the lexicon searches the gates of all its labelled forms in one automaton pass (``Lexicon._gate_ac``) instead of one
  alternation per label: a label's expressions run exactly when a string of its gate is in the text, as before;
* the aggregate reads the scenario of an open need once per text (``aggregate._scenario_of``);
* ``AuditRunner.run_logs`` keeps the young generation's threshold raised between its tasks (the collector ran after
  every block when it was restored in between), and restores it when the run ends.
"""

from __future__ import annotations

import gc
import json
import random
import re
from collections.abc import Callable
from types import SimpleNamespace

import pytest
from hypothesis import given, settings, strategies as st

from zhijian.audit.lexicon import Lexicon
from zhijian.audit.prefilter import required_strings
from zhijian.batch import aggregate
from zhijian.batch.core import GC_YOUNG
from zhijian.engine.normalize import compact

FORMS = {"stuck": ["(拉|推|拧)不(开|动)", "(?<![没])卡住了"], "loose": ["[^，。]{0,4}松(了|动)"], "any": ["^.{0,3}$"],
         "late": ["(还|仍)没(到|发货)", "迟迟不(到|发)"]}

# the lexicon's gate of before, one per label (kept here as the reference the one-pass gates must agree with)
GATE_STRINGS = 128  # strings of the one gate of a label: a larger set was itself slow to search for


def _gate_words(patterns) -> frozenset[str] | None:
    """The strings of which every match of one of ``patterns`` contains one (``prefilter.required_strings`` of each,
    together: at most ``GATE_STRINGS``), or None when one of them has no such set: a text holding none of them matches
    none of the patterns, so the label's expressions need not run (most texts read, for most labels)."""
    words: set[str] = set()
    for p in patterns:
        got = required_strings(str(p))
        if not got:
            return None
        words |= got
    words = {w for w in words if not any(o != w and o in w for o in words)}  # (a word holding another adds nothing)
    if len(words) > GATE_STRINGS:
        return None
    return frozenset(words)


def _gate(patterns) -> "Callable[[str], re.Match | None] | None":
    """The search for the strings of ``_gate_words`` (None when it gives None): a text it finds nothing in matches none of
    ``patterns`` (``Lexicon`` searches the strings of every label's gate in one automaton pass instead)."""
    words = _gate_words(patterns)
    if words is None:
        return None
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))).search


def test_one_automaton_holds_every_gate_string():
    lex = Lexicon({}, FORMS)
    assert lex._gate_ac is not None
    by_label = {label: gates for label, _, gates in lex._forms}
    assert by_label["any"] is None  # (no string every match needs: always searched)
    assert {n for n, (label, _) in enumerate(lex._exprs) if label == "any"} <= lex._always
    for label, gates in by_label.items():
        if gates is None:
            continue
        assert len(gates) == len(FORMS[label])
        union = frozenset().union(*(g for g in gates if g is not None))
        assert all(g is not None for g in gates) == (_gate_words(FORMS[label]) is not None)
        if _gate_words(FORMS[label]) is not None:  # (the label's one gate of before holds every string of its expressions')
            assert all(any(w in x for w in _gate_words(FORMS[label])) for x in union)


def test_ungated_reference_searches_everything():
    lex = Lexicon({}, FORMS)
    plain = lex.ungated()
    assert plain._gate_ac is None and plain._always == frozenset(range(len(lex._exprs)))
    assert lex._gate_ac is not None and lex.labels("抽屉拉不开了") == plain.labels("抽屉拉不开了") == {"stuck"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("拉推拧不开动卡住了没松还仍到发货迟的一个门把手，。嗯")), max_size=14).map("".join))
def test_gates_in_one_pass_give_the_labels_of_one_gate_per_label(text):
    lex = Lexicon({}, FORMS)
    c = compact(text)
    want = set()
    for label, pats in FORMS.items() if text else ():  # (an empty text has no labels)
        gate = _gate(pats)  # (the gate of one label, as the lexicon searched it before)
        if (gate is None or gate(c) is not None) and any(re.search(p, c) for p in pats):
            want.add(label)
    assert lex.labels(text) == frozenset(want)


def test_shipped_forms_gated_in_one_pass_as_ungated():
    from zhijian.audit.auditor import Auditor

    lex = Auditor("jd", acts=False).config.lexicon
    assert lex._gate_ac is not None
    plain = lex.ungated()
    rng = random.Random(40)
    pieces = ["柜门推不动了", "收到以后打开发现坏了", "说好今天到结果还没到", "先这么着", "多谢耐心解答", "好的", "这个多少钱",
              "签收了但是没收到东西", "祝您万事顺心", "麻烦加急", "拉链拉不上", "钱几时退回呀", "投诉你们去", "不好意思"]
    for _ in range(300):
        text = "，".join(rng.sample(pieces, rng.randint(1, 3)))
        assert lex._read(text) == plain._read(text), text


def test_scenario_of_an_open_need_read_once_per_text(monkeypatch):
    from zhijian.phrasing import scenario

    calls: list[str] = []
    real = scenario.classify

    def counting(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(scenario, "classify", counting)
    aggregate._scenario_of.cache_clear()
    texts = ["钱几时退回呀", "能便宜点吗", "钱几时退回呀", "钱几时退回呀"]
    got = [aggregate._scenario_of(t) for t in texts]
    assert got == [real(t).scenario for t in texts]
    assert calls == ["钱几时退回呀", "能便宜点吗"]


def test_scenario_memory_is_bounded(monkeypatch):
    from zhijian.phrasing import scenario

    monkeypatch.setattr(scenario, "classify", lambda text: SimpleNamespace(scenario="其他"))  # no model reading needed
    aggregate._scenario_of.cache_clear()
    for k in range(aggregate.SCENARIOS_KEPT + 50):
        aggregate._scenario_of(f"第{k}个问题怎么办")
    info = aggregate._scenario_of.cache_info()
    assert info.maxsize == aggregate.SCENARIOS_KEPT and info.currsize == aggregate.SCENARIOS_KEPT
    aggregate._scenario_of.cache_clear()


@pytest.mark.parametrize("workers", [1, 2])
def test_run_logs_keeps_the_collector_threshold_raised_between_tasks(tmp_path, workers):
    from zhijian.batch.runner import AuditRunner

    chat = {"id": "c1", "messages": [{"role": "customer", "text": "在么亲", "ts": "2026-05-04T10:00:00+08:00"},
                                     {"role": "agent", "text": "在呢，您说", "ts": "2026-05-04T10:00:20+08:00"}]}
    path = tmp_path / "chats.jsonl"
    path.write_text("".join(json.dumps(dict(chat, id=f"c{k}"), ensure_ascii=False) + "\n" for k in range(40)),
                    encoding="utf-8")
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)  # (Python's default; another test may have left it otherwise)
    try:
        seen = []
        n = 0
        for o in AuditRunner(pack="jd", workers=workers).run_logs([str(path)], block_bytes=512):
            n += o.chats
            seen.append(gc.get_threshold()[0])
        assert n == 40 and len(seen) > 3
        assert all(t == GC_YOUNG for t in seen)  # (between the tasks too, not only inside each)
        assert gc.get_threshold() == (700, 10, 10)  # restored when the run ends
    finally:
        gc.set_threshold(*saved)
