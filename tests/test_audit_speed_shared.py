"""The audit's fifth speed-up (issue 14, helper s14j) changes no result:

* the tagger hands a new turn the very ``Sentence`` object it made before for the same sentence at the same place (a
  template reply with another name in it), so what the audit remembers per sentence is found again; the object equals
  what a fresh tagger makes;
* the compiled memo wrappers (``zhijian/audit/_memo_core.pyx``, memo.py's only implementation) look like the function
  they remember: its name and ``uncached``, pickled by reference (tests/audit/test_memo.py tests their memos);
* the lexicon reads each expression of a ``word_forms`` label on its own: the labels are the ones of the joined
  alternation it used before (kept below as the reference);
* an Auditor whose memos were filled by other chats gives a fresh Auditor's results.

The chats are the synthetic ones of ``benchmarks/chats.py`` (no dev case, no frozen set) and a few written here.
"""

from __future__ import annotations

import pickle
import re
import sys
from pathlib import Path

import pytest

from zhijian.acts.tagger import Cues, Tagger, get_tagger
from zhijian.audit import memo
from zhijian.audit.auditor import Auditor
from zhijian.audit.config import _word_forms
from zhijian.audit.lexicon import Lexicon
from zhijian.audit.turns import agent_turn
from zhijian.engine.normalize import compact

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import chats  # noqa: E402  (benchmarks/chats.py)


@pytest.fixture(scope="module")
def generated():
    from zhijian.batch.logs import jsonl_item

    lines = [chats.dumps(c.record).encode("utf-8") for c in chats.generate(200, seed=chats.SEED + 17)]
    return [jsonl_item(line, "gen", k + 1).conversation for k, line in enumerate(lines)]


# ------------------------------------------------------------------------------------------ tagger


def _fresh_tagger() -> Tagger:
    t = get_tagger()
    return Tagger(t.model, Cues.load_packaged())


def test_a_sentence_seen_at_the_same_place_is_the_same_object():
    tagger = _fresh_tagger()
    first, = tagger.tag_turns([("agent", "您好，订单已经发货了。预计明天送达，请留意物流信息。")])
    # another turn: the same first two sentences, a third added (a new turn, tagged anew)
    second, = tagger.tag_turns([("agent", "您好，订单已经发货了。预计明天送达，请留意物流信息。有问题随时联系我们哦")])
    assert len(first) >= 2 and len(second) > len(first)
    for a, b in zip(first, second):
        assert a is b
    # the same sentence at another place is another object (its offsets differ)
    moved, = tagger.tag_turns([("agent", "好的，您好，订单已经发货了。预计明天送达，请留意物流信息。")])
    assert all(s is not first[-1] for s in moved)
    assert any(s.text == first[-1].text for s in moved)


def test_the_kept_sentences_are_what_a_fresh_tagger_makes(generated):
    warm = _fresh_tagger()
    turns = [(m.role, m.text) for c in generated for m in c.messages if m.role != "system"]
    warm.tag_turns(turns)  # (everything kept)
    for k in range(0, len(turns), 50):
        got = warm.tag_turns(turns[k:k + 50])
        fresh = _fresh_tagger().tag_turns(turns[k:k + 50])
        assert got == fresh
    shared = sum(1 for ss in warm.tag_turns(turns) for s in ss)
    assert len({id(s) for ss in warm.tag_turns(turns) for s in ss}) < shared  # (sentences are shared)


def test_the_kept_sentences_are_bounded(monkeypatch):
    import zhijian.acts.tagger as tagger_module

    monkeypatch.setattr(tagger_module, "KEPT_SENTENCES", 4)
    tagger = _fresh_tagger()
    for k in range(12):
        tagger.tag_turns([("customer", f"我的订单{k}号还没到。什么时候能发货？")])
    assert len(tagger._kept) <= 4
    tagger.clear_cache()
    assert not tagger._kept


# ------------------------------------------------------------------------------------------ memo


def test_the_compiled_wrappers_look_like_the_function():
    assert agent_turn.__name__ == "agent_turn" and agent_turn.__module__ == "zhijian.audit.turns"
    assert agent_turn.uncached.__name__ == "agent_turn" and agent_turn.__wrapped__ is agent_turn.uncached
    assert pickle.loads(pickle.dumps(agent_turn)) is agent_turn


def test_filled_memos_give_a_fresh_auditors_results(generated):
    fresh = [r.to_dict() for r in Auditor("jd").audit_many(generated[100:])]
    warm = Auditor("jd")
    warm.audit_many(generated[:100])
    warm.audit_many(generated[100:])
    assert [r.to_dict() for r in warm.audit_many(generated[100:])] == fresh
    assert any(d["findings"] for d in fresh)


def test_memo_uses_the_compiled_wrappers():
    from zhijian.audit import _memo_core

    assert memo._memo_core is _memo_core and isinstance(agent_turn, _memo_core.PerTurn)


# ------------------------------------------------------------------------------------------ lexicon


def _reference_forms(forms: dict) -> list:
    return [(label, re.compile("|".join(f"(?:{p})" for p in ps))) for label, ps in forms.items() if ps]


def test_word_forms_give_the_labels_of_the_joined_expressions(generated):
    auditor = Auditor("jd")
    forms = _word_forms(auditor.inspector.ruleset.composition.conversation.get("word_forms"), "jd")
    assert sum(len(ps) > 1 for ps in forms.values()) >= 3
    ref = _reference_forms(forms)
    lex = Lexicon({}, forms)
    texts = {m.text for c in generated for m in c.messages} | {
        "螺丝拧不动，盖子也掀不开", "签收了但是根本没收到货", "说好今天到结果还没发", "先这样吧，服务就到这里", "还在帮您核实中"}
    hits = 0
    for text in texts:
        c = compact(text)
        want = frozenset(label for label, pat in ref if pat.search(c))
        assert lex.labels(text) == want, text
        hits += bool(want)
    assert hits >= 5
