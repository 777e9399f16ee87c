"""The lookups the checks ask many times a chat (issue 14, stop 32): the pack's patterns and word regexes, the lexicon's
labels, and the plain path of parsing, each answering what computing it again gives.  No timing here: only that the
bound lookups are the remembered ones and give the same answers.  The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from zhijian.audit import lexicon as lexicon_module
from zhijian.audit.chat import Chat
from zhijian.audit.config import NEVER, ConversationConfig, _one_pattern
from zhijian.audit.conversation import MAX_FIELD_CHARS, LogError, parse_conversation
from zhijian.audit.lexicon import Lexicon

from .conftest import build_conv

RAW = {"help_offer": ["还有什么可以帮您", "还需要帮忙吗"], "said_before": "说过了?", "words": {"thanks": ["谢谢", "多谢"]}}


def test_patterns_compile_once_and_match_the_joined_list():
    cfg = ConversationConfig.from_dict(dict(RAW))
    got = cfg.patterns("help_offer")
    assert got is cfg.patterns("help_offer")  # remembered: the same object each ask
    assert got.pattern == _one_pattern(("还有什么可以帮您", "还需要帮忙吗")).pattern
    assert cfg.patterns("said_before").search("我早说过了")  # a single string is a list of one
    assert cfg.patterns("no_such_key") is None


def test_words_re_is_never_for_a_missing_key_and_the_pattern_otherwise():
    cfg = ConversationConfig.from_dict(dict(RAW))
    assert cfg.words_re("no_such_key") is NEVER and not NEVER.search("随便什么")
    assert cfg.words_re("help_offer") is cfg.patterns("help_offer")
    # the lookups are bound C calls on the instance (no Python frame per ask)
    assert type(cfg.__dict__["patterns"]).__name__ == "builtin_function_or_method"
    assert type(cfg.__dict__["words_re"]).__name__ == "builtin_function_or_method"


def test_each_config_compiles_its_own_lists():
    a = ConversationConfig.from_dict(dict(RAW))
    b = ConversationConfig.from_dict({**RAW, "help_offer": ["随时找我"]})
    assert a.words_re("help_offer").search("还需要帮忙吗") and not b.words_re("help_offer").search("还需要帮忙吗")
    assert b.words_re("help_offer").search("有事随时找我哦")


def test_a_chat_answers_with_the_configs_lookups():
    cfg = ConversationConfig.from_dict(dict(RAW))
    chat = Chat(build_conv(("customer", 0, "在吗"), ("agent", 10, "多谢等待，还需要帮忙吗")), cfg)
    assert chat.words_re("help_offer") is cfg.words_re("help_offer")
    assert chat.patterns("no_such_key") is None and chat.words_re("no_such_key") is NEVER
    assert chat.text_labels("多谢您") == {"thanks"} and chat.labels[1] == {"thanks"} and chat.labels[0] == frozenset()


@pytest.mark.parametrize("text, want", [("谢谢你啊", {"thanks"}), ("多谢", {"thanks"}), ("好的", set()), ("", set())])
def test_lexicon_labels_are_remembered(text, want):
    lex = Lexicon({"thanks": ["谢谢", "多谢"]})
    assert lex.remembered.get(text) is None
    got = lex.labels(text)
    assert got == want and lex.remembered.get(text) is got and lex.labels(text) is got
    assert type(lex.__dict__["labels"]).__name__ == "builtin_function_or_method"


def test_lexicon_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(lexicon_module, "CACHE_TEXTS", 3)
    monkeypatch.setattr(lexicon_module, "CACHE_TEXT_MAX", 6)
    lex = Lexicon({"thanks": ["谢谢"]})
    for t in ("谢谢一", "谢谢二", "谢谢三"):
        lex.labels(t)
    assert len(lex.remembered) == 3
    assert lex.labels("谢谢四") == {"thanks"} and list(lex.remembered) == ["谢谢四"]  # full: forgotten all at once
    long = "非常感谢谢谢您的耐心"
    assert lex.labels(long) == {"thanks"} and long not in lex.remembered  # longer than the bound: not kept


def _record(**fields):
    return {"id": "t-1", "messages": [{"role": "customer", "text": "在吗", "ts": "2026-05-03T10:00:00+08:00"}], **fields}


@pytest.mark.parametrize("fields", [
    {"shop": "小店", "agent": "a-1", "pack": "jd", "customer_name": "王先生"},
    {"shop": None, "agent": 7, "id": 12},
    {"shop": "店" * MAX_FIELD_CHARS, "note": "kept"},
])
def test_plain_fields_parse_as_checked_ones(fields):
    plain = parse_conversation(_record(**fields), "x", plain=True)
    checked = parse_conversation(_record(**fields), "x", plain=False)
    assert plain == checked


@pytest.mark.parametrize("fields", [
    {"shop": "店" * (MAX_FIELD_CHARS + 1)},
    {"agent": ["a"]},
    {"id": "x" * (MAX_FIELD_CHARS + 1)},
])
def test_plain_fields_refused_as_checked_ones(fields):
    with pytest.raises(LogError) as plain:
        parse_conversation(_record(**fields), "x", plain=True)
    with pytest.raises(LogError) as checked:
        parse_conversation(_record(**fields), "x", plain=False)
    assert str(plain.value) == str(checked.value)


# (stop 34) the label forms' gate: a text with none of the strings every match of a label's expressions needs skips them
FORMS = {"stuck": ["(拉|推|拧)不(开|动)", "(?<![没])卡住了"], "loose": ["[^，。]{0,4}松(了|动)"], "any": ["^.{0,3}$"]}


@pytest.mark.parametrize("text, want", [
    ("抽屉拉不开了", {"stuck"}), ("螺丝拧不动", {"stuck"}), ("门又卡住了呀", {"stuck"}), ("没卡住了吧应该没事", set()),
    ("把手有点松了怎么办", {"loose"}), ("拉链顺滑，不松不紧的样子", set()), ("嗯嗯", {"any"}), ("", set()),
])
def test_lexicon_form_gate_gives_the_ungated_labels(text, want):
    gated = Lexicon({}, FORMS)
    plain = gated.ungated()
    assert gated.labels(text) == plain.labels(text) == want
    by_label = {label: gate for label, _, gate in gated._forms}
    assert by_label["stuck"] is not None and by_label["loose"] is not None and by_label["any"] is None  # (^.{0,3}$: no strings)


def test_lexicon_form_gate_on_the_shipped_forms():
    from zhijian.audit.auditor import Auditor

    lex = Auditor("jd", acts=False).config.lexicon
    assert any(gate is not None for _, _, gate in lex._forms)
    plain = lex.ungated()
    for text in ("柜门推不动了", "收到以后打开发现坏了", "说好今天到结果还没到", "先这么着，以后再聊", "多谢耐心解答",
                 "好的", "这个多少钱", "签收了但是没收到东西", "祝您万事顺心", "麻烦加急，等着用呢"):
        assert lex._read(text) == plain._read(text)
