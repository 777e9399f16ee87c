"""``encode_check`` writes, byte for byte, what ``encode_line`` writes for the same check record."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from zhijian.batch.jsonl import encode_check, encode_line
from zhijian.engine.findings import Finding

# every character class that JSON escapes or that UTF-8 refuses (lone surrogates)
TEXT = st.text(st.characters(codec=None, blacklist_categories=()), max_size=40)
IDS = st.one_of(st.integers(), st.text(max_size=8), st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
                st.none())
FINDINGS = st.builds(Finding, rule=TEXT, category=TEXT, severity=TEXT, start=st.integers(0, 10**6),
                     end=st.integers(0, 10**6), match=TEXT, message=TEXT, suggestion=st.one_of(TEXT, st.none()),
                     replacement=st.one_of(st.none(), TEXT), source=st.sampled_from(["rule", "model"]),
                     score=st.one_of(st.none(), st.floats(0, 1)))


def record(msg_id, text, findings, error=None) -> dict:
    r = {"id": msg_id, "text": text, "findings": [f.to_dict() for f in findings]}
    if error is not None:
        r["error"] = error
    return r


@settings(max_examples=400, deadline=None)
@given(IDS, st.one_of(TEXT, st.none()), st.lists(FINDINGS, max_size=3), st.one_of(st.none(), TEXT))
def test_encode_check_is_encode_line(msg_id, text, findings, error):
    assert encode_check(msg_id, text, findings, error) == encode_line(record(msg_id, text, findings, error))


def test_a_record_with_a_lone_surrogate_stays_valid_json():
    f = Finding("r", "c", "critical", 0, 1, "\ud800", "m", "s")
    line = encode_check(7, "a\ud800b", [f])
    assert line.endswith(b"\n") and line.isascii()
    assert json.loads(line)["findings"][0]["match"] == "\ud800"
