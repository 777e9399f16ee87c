"""The per-message fast paths of the scan give what the plain paths give (issue 14, message check speed):
overlaps resolved on candidate spans before any finding is built, the one-character gate shortcut of the
batch scan, the per-rule JSON pieces of the JSON Lines writer."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from zhijian import Inspector
from zhijian.batch.jsonl import encode_check, encode_line
from zhijian.engine.batch_scan import _gate_positions, _single_chars
from zhijian.engine.findings import Finding
from zhijian.engine.overlap import resolve, resolve_spans


@dataclass(frozen=True)
class _Rule:
    id: str
    category: str


# four rules over two categories; two rules share a category so that nesting drops across rules
RULES = [_Rule("r0", "uncivil"), _Rule("r1", "diversion"), _Rule("r2", "uncivil"), _Rule("r3", "privacy")]
INDEX_OF = {r.id: i for i, r in enumerate(RULES)}
WORSE = {"diversion": frozenset({"uncivil"})}
TEXT = "abcdefghijklmnopqrst"


def _repl(ri: int, s: int, e: int) -> str | None:
    return None if (ri + s + e) % 3 else TEXT[s:e].upper()  # some spans offer a rewrite, some do not


def _make(ri: int, s: int, e: int, repl: str | None) -> Finding:
    r = RULES[ri]
    return Finding(r.id, r.category, "major", s, e, TEXT[s:e], f"m{ri}", "s", repl)


CANDS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 12), st.integers(0, 8)).map(
    lambda t: (t[0], t[1], t[1] + t[2])), min_size=2, max_size=9)


@settings(max_examples=600, deadline=None)
@given(CANDS, st.booleans(), st.frozensets(st.sampled_from([r.id for r in RULES]), max_size=2))
def test_resolving_spans_first_gives_what_resolving_findings_gives(cands, precedence, catch_all):
    worse = WORSE if precedence else {}
    built = [_make(ri, s, e, _repl(ri, s, e)) for ri, s, e in cands]
    want = resolve(built, lambda f, s, e: _make(INDEX_OF[f.rule], s, e, _repl(INDEX_OF[f.rule], s, e)), worse, catch_all)
    assert resolve_spans(list(cands), RULES, INDEX_OF, _repl, _make, worse, catch_all) == want


def test_a_catch_all_rule_yields_one_span_to_its_category():
    # r0 and r2 are both uncivil: on one span r0 (earlier by id) is kept, unless r0 is the catch-all
    cands = [(0, 2, 6), (2, 2, 6)]
    assert [f.rule for f in resolve_spans(list(cands), RULES, INDEX_OF, lambda ri, s, e: None, _make)] == ["r0"]
    assert [f.rule for f in resolve_spans(list(cands), RULES, INDEX_OF, lambda ri, s, e: None, _make, None,
                                          frozenset({"r0"}))] == ["r2"]


def test_same_rule_runs_merge_and_nested_findings_go():
    got = resolve_spans([(0, 0, 3), (0, 2, 5), (2, 1, 2), (1, 0, 5), (3, 7, 7), (3, 7, 7)], RULES, INDEX_OF,
                        lambda ri, s, e: None, _make, WORSE)
    # r0 0-3 + 2-5 -> 0-5; r2 1-2 lies inside it (same category); r1 0-5 equals it, so it stays; one empty r3 span
    assert [(f.rule, f.start, f.end) for f in got] == [("r0", 0, 5), ("r1", 0, 5), ("r3", 7, 7)]


def test_one_character_gates_are_read_as_their_characters():
    assert _single_chars(re.compile("[🐎🐕🐴]")) == frozenset("🐎🐕🐴")
    assert _single_chars(re.compile(r"\.")) == frozenset(".")
    assert _single_chars(re.compile("@")) == frozenset("@")
    for other in (r"\?\?|!!", "qq|微信", "[a-z]", "[^a]", "ab", "(?i)a"):
        assert _single_chars(re.compile(other)) is None


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab.@🐎🐕x\n京东"), max_size=30),
       st.sampled_from(["[🐎🐕🐴]", r"\.", "@", r"\?\?|!!|\?!|!\?", "京东|x"]))
def test_gate_positions_are_the_regex_positions(text, pattern):
    rx = re.compile(pattern)
    assert _gate_positions(rx, text) == [m.start() for m in rx.finditer(text)]


def test_the_batch_finds_emoji_gated_forms_and_skips_batches_without_them():
    ins = Inspector("jd", models=False)
    texts = ["亲，你好", "有问题随时联系", "你这个🐶东西", "好的", "你是🐷吗"]
    assert ins.check_many(texts) == [ins.check(t) for t in texts]
    assert ins.check_many(texts[:2] + texts[3:4]) == [ins.check(t) for t in texts[:2] + texts[3:4]]


def test_json_pieces_of_one_rule_keep_each_findings_own_fields():
    fs = [Finding("r", "c", "major", 0, 1, "a", "m1", "s1"), Finding("r", "c", "major", 2, 4, "b\"", "m2", "s2", "x"),
          Finding("r", "c", "minor", 1, 2, "c", "m3", "s1"), Finding("r", "c", "major", 0, 1, "a", "m1", "s1",
                                                                    source="model", score=0.5)]
    for f in fs:
        assert encode_check(1, "t", [f]) == encode_line({"id": 1, "text": "t", "findings": [f.to_dict()]})
    assert json.loads(encode_check(1, "t", fs))["findings"] == [f.to_dict() for f in fs]
