"""The audit's speed-ups (issue 14, helper s14e) change no result:

* a JSON line with no ``\\u`` escape is parsed on the plain path (``parse_conversation(..., plain=True)``): the same
  conversation, or the same error, as every field checked;
* the static part of ``answering.content_in_courtesy`` remembered per sentence gives what the function gave before
  (kept below as the reference) for any set of asked characters;
* an Auditor that remembers the message findings of agent texts across batches (and forgets them when full)
  gives the results of a fresh Auditor per batch;
* the festival calendar remembered per day is the one computed again.

The chats are the synthetic ones of ``benchmarks/chats.py`` (no dev case, no frozen set).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from zhijian.audit import auditor as auditor_module
from zhijian.audit.answering import asks_back, content_in_courtesy
from zhijian.audit.auditor import Auditor
from zhijian.audit.calendar import festival_on
from zhijian.audit.chat import Chat
from zhijian.audit.conversation import LogError, parse_conversation
from zhijian.audit.needs import clause_asks
from zhijian.audit.settle import CLAUSE, chars, compact
from zhijian.batch.logs import jsonl_item

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import chats  # noqa: E402  (benchmarks/chats.py)

# ------------------------------------------------------------------------------------------- parsing

_TS_CHARS = "0123456789-:T+Z/ .\u3000年"
_ts = st.one_of(
    st.none(), st.just(""), st.integers(-10**12, 10**12), st.floats(allow_nan=False), st.booleans(),
    st.text(_TS_CHARS, max_size=32),
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)).map(dt.datetime.isoformat),
    st.builds(lambda d, h, sep, tail: f"{d.isoformat()}{sep}{h:02d}:30:00{tail}",
              st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2110, 12, 31)), st.integers(0, 23),
              st.sampled_from(["T", " "]), st.sampled_from(["", "Z", "+08:00", "-12:00", "+14:00", " ", ".5"])),
)
_message = st.fixed_dictionaries(
    {"role": st.sampled_from(["customer", "agent", "system", "robot"])},
    optional={"text": st.one_of(st.text(max_size=12), st.none(), st.integers()), "ts": _ts})


def _outcome(obj, plain: bool):
    try:
        c = parse_conversation(obj, "第1行", plain=plain)
    except LogError as e:
        return ("error", str(e))
    return ("ok", c, _exactly(c))


def _exactly(c) -> list:
    """The messages with their times as written (aware datetimes compare by instant: the offset must match too)."""
    return [(m.role, m.text, None if m.ts is None else (m.ts.isoformat(), repr(m.ts.tzinfo))) for m in c.messages]


@settings(max_examples=400, deadline=None)
@given(st.lists(_message, max_size=6))
@example([{"role": "agent", "text": "好的", "ts": "2026-05-02T09:55:10Z"}])
@example([{"role": "agent", "text": "好的", "ts": " 2026-05-02T09:55:10+08:00"}])
@example([{"role": "agent", "text": "好的", "ts": "2026/05/02 09:55:10"}])
@example([{"role": "agent", "text": "好的", "ts": "1969-12-31T23:00:00-02:00"}])
@example([{"role": "agent", "text": "x" * 20_001}])
def test_the_plain_path_reads_what_every_check_reads(messages):
    line = json.dumps({"id": "c1", "messages": messages}, ensure_ascii=False).encode("utf-8")
    if b"\\u" in line:  # (an escaped control character or surrogate: the plain path is not taken, nothing to compare)
        return
    obj = json.loads(line)
    assert _outcome(obj, True) == _outcome(obj, False)
    item = jsonl_item(line, "f.jsonl", 1)
    expected = _outcome(obj, False)
    if expected[0] == "ok":
        assert item.conversation == expected[1] and _exactly(item.conversation) == expected[2]
    else:
        assert item.conversation is None and expected[1] in item.error


def test_an_escaped_nul_or_surrogate_is_still_refused():
    for text in ("a\x00b", "a\ud800b"):
        line = json.dumps({"id": "c1", "messages": [{"role": "agent", "text": text}]}).encode("ascii")
        item = jsonl_item(line, "f.jsonl", 1)
        assert item.conversation is None and "无效字符" in item.error


# ------------------------------------------------------------------------------ content in courtesy


def _reference_content_in_courtesy(chat, s, asked_chars) -> bool:
    """``content_in_courtesy`` as it was before its sentence-level part was remembered."""
    if not set(s.acts) & {"closing", "greeting"} or "push_out" in s.acts or asks_back(s, chat):
        return False
    if "forced_end" in chat.text_labels(s.text):
        return False
    content = [c for c in CLAUSE.findall(s.text)
               if len(compact(c)) >= 4 and not chat.text_labels(c) & {"greeting", "closing"} and not clause_asks(chat, c)]
    advice = chat.patterns("advice_forms")
    return len(content) >= 2 or any(chars(c) & asked_chars or "as_solution" in chat.text_labels(c)
                                    or (advice is not None and advice.search(compact(c))) for c in content)


@pytest.fixture(scope="module")
def auditor():
    return Auditor("jd")


@pytest.fixture(scope="module")
def generated():
    from zhijian.batch.logs import jsonl_item as item_of

    lines = [chats.dumps(c.record).encode("utf-8") for c in chats.generate(240, seed=chats.SEED + 11)]
    return [item_of(line, "gen", k + 1).conversation for k, line in enumerate(lines)]


def test_content_in_courtesy_is_what_it_was(auditor, generated):
    sentences = auditor._tag(generated)
    seen = 0
    for conv, ss in zip(generated, sentences):
        chat = Chat(conv, auditor.config, ss)
        asked_sets = [set(), set("快递到哪"), chars("退款什么时候到账"), set("的了吗")]
        for i in chat.agent_turns:
            for s in ss.get(i, ()):
                for asked in asked_sets:
                    assert content_in_courtesy(chat, s, asked) == _reference_content_in_courtesy(chat, s, asked)
                    assert content_in_courtesy(chat, s, asked) == _reference_content_in_courtesy(chat, s, asked)
                seen += 1
    assert seen > 500


# ------------------------------------------------------------------------- message findings memo


def test_remembered_message_findings_change_no_result(generated, monkeypatch):
    fresh = [r.to_dict() for k in range(0, len(generated), 40)
             for r in Auditor("jd").audit_many(generated[k:k + 40])]
    monkeypatch.setattr(auditor_module, "CHECKED_TEXTS", 50)  # forgotten all at once, again and again
    warm = Auditor("jd")
    for _ in range(2):  # the second pass reads every agent text from the memo (or again, once forgotten)
        got = [r.to_dict() for k in range(0, len(generated), 40) for r in warm.audit_many(generated[k:k + 40])]
        assert got == fresh
        assert len(warm._checked) <= 50
    assert any(d["findings"] for d in fresh)


# ---------------------------------------------------------------------------------------- calendar


def test_the_remembered_festival_is_the_computed_one():
    day = dt.date(2026, 1, 1)
    while day < dt.date(2027, 3, 1):
        assert festival_on(day) == festival_on.__wrapped__(day)
        day += dt.timedelta(days=1)
    assert festival_on(dt.date(2026, 5, 1)).key == festival_on.__wrapped__(dt.date(2026, 5, 1)).key
