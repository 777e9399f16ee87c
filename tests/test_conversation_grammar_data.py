"""The grammar the conversation checks rely on is pack data (``conversation.<key>`` of common.yaml, read through
``Chat.words_re`` / ``ConversationConfig.words_re``), no longer regexes written in Python: for each key a shop override
changes what the check that reads it decides, and an override entry with regex syntax is refused with a Chinese error
naming the key.  Sentences written for this module."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest

from zhijian.audit import Auditor, clause_fit, sibling
from zhijian.audit.chat import is_question
from zhijian.audit.checks.acknowledgement import _self_correction
from zhijian.audit.checks.addressing import addresses, vocative
from zhijian.audit.config import ConversationConfig
from zhijian.audit.conversation import Conversation, Message
from zhijian.audit.needs import clause_asks
from zhijian.engine.rules import PackError
from test_conversation_words_data import _config

GRAMMAR = ("question_or_request", "wh_question_words", "alternative_question", "condition_words", "a_not_a_question",
           "goods_demonstratives", "name_lead_words", "name_after_words", "vocative_lead_words", "second_person",
           "slip_words")




PACK = _config()


def _base(key: str) -> list[str]:
    return [str(p) for p in PACK.raw[key]]


def _adding(key: str, word: str) -> ConversationConfig:
    return _config({"conversation": {key: _base(key) + [word]}})


def _dropping(key: str, entry: str) -> ConversationConfig:
    assert entry in _base(key)
    return _config({"conversation": {key: [p for p in _base(key) if p != entry]}})


def _surnames(cfg: ConversationConfig) -> str:
    return str(cfg.raw.get("surnames") or "")


def _slip(cfg: ConversationConfig, text: str) -> bool:
    """``_self_correction`` of a turn of one apology sentence with none of the pack's apology words."""
    chat = SimpleNamespace(labels={0: set()}, sentences={0: [SimpleNamespace(acts=("apology",), text=text)]},
                           words_re=cfg.words_re)
    return _self_correction(chat, 0)


# key -> (what the check decides with the pack as it is, with the shop's override)
READS = {
    "question_or_request": lambda cfg: is_question(cfg, "劳驾寄出"),
    "wh_question_words": lambda cfg: clause_asks(cfg, "线有多长"),
    "alternative_question": lambda cfg: clause_asks(cfg, "红的或者蓝的好"),
    "condition_words": lambda cfg: clause_asks(cfg, "万一坏了怎么办"),
    "a_not_a_question": lambda cfg: sibling.answered_choice(cfg.words_re("a_not_a_question"), "能否退") == {"能"},
    "goods_demonstratives": lambda cfg: "沙发" in clause_fit.goods_named(cfg.words_re("goods_demonstratives"), "这个沙发能加宽吗"),
    "name_lead_words": lambda cfg: addresses(cfg, "劳驾王芳帮忙看下", "王芳", ()),
    "name_after_words": lambda cfg: addresses(cfg, "交给王芳您看下", "王芳", ()),
    "vocative_lead_words": lambda cfg: vocative(cfg, "劳驾，陈晓东，您看下", _surnames(cfg), ()) == "陈晓东",
    "second_person": lambda cfg: vocative(cfg, "陈晓东，阁下看下", _surnames(cfg), ()) == "陈晓东",
    "slip_words": lambda cfg: _slip(cfg, "地址写岔了"),
}
# key -> (add or drop, the entry, what the check decides with the pack, with the override)
OVERRIDES = {
    "question_or_request": ("add", "劳驾", False, True),
    "wh_question_words": ("drop", "多长", True, False),
    "alternative_question": ("add", "或者", False, True),
    "condition_words": ("drop", "万一", True, False),  # (万一 back among the words that take a question word's asking away)
    "a_not_a_question": ("add", "能否", False, True),
    "goods_demonstratives": ("add", "这个", False, True),
    "name_lead_words": ("add", "劳驾", False, True),
    "name_after_words": ("drop", "您", True, False),
    "vocative_lead_words": ("add", "劳驾", False, True),
    "second_person": ("add", "阁下", False, True),
    "slip_words": ("add", "写岔", False, True),
}


def test_every_grammar_key_is_read_and_in_the_pack():
    assert set(READS) == set(OVERRIDES) == set(GRAMMAR)
    for key in GRAMMAR:
        assert PACK.raw.get(key), f"common.yaml conversation.{key} is missing"


@pytest.mark.parametrize("key", GRAMMAR)
def test_a_shop_override_changes_what_the_check_decides(key):
    how, entry, plain, changed = OVERRIDES[key]
    assert READS[key](PACK) is plain
    cfg = _adding(key, entry) if how == "add" else _dropping(key, entry)
    assert READS[key](cfg) is changed


@pytest.mark.parametrize("key", GRAMMAR)
@pytest.mark.parametrize("bad", ["(a+)+b", "劳[驾烦]", "您|你们"])
def test_an_override_entry_with_regex_syntax_is_refused_naming_the_key(key, bad):
    with pytest.raises(PackError, match=f"conversation\\.{key} 的新词.*不能含正则表达式符号"):
        _config({"conversation": {key: _base(key) + [bad]}})


@pytest.mark.parametrize("key", GRAMMAR)
def test_an_override_entry_that_is_no_word_is_refused_naming_the_key(key):
    with pytest.raises(PackError, match=f"conversation\\.{key} 第 2 项必须是词语"):
        _config({"conversation": {key: ["好", {"词": 1}]}})


def test_the_pack_entries_restated_as_they_are_load():
    for key in GRAMMAR:
        _config({"conversation": {key: _base(key)}})


def test_a_pack_without_the_grammar_still_reads():
    cfg = ConversationConfig.from_dict({k: v for k, v in PACK.raw.items() if k not in GRAMMAR})
    assert not is_question(cfg, "劳驾寄出") and not addresses(cfg, "劳驾王芳帮忙看下", "王芳", ())
    assert vocative(cfg, "陈晓东，您看下", _surnames(cfg), ()) == "" and not _slip(cfg, "地址写错了")


T0 = datetime.datetime(2026, 3, 9, 15, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))


def _audit(aud: Auditor, turns) -> set[str]:
    msgs = [Message(r, t, T0 + datetime.timedelta(seconds=20 * i)) for i, (r, t) in enumerate(turns)]
    return {f.category for f in aud.audit(Conversation(id="g", messages=msgs)).findings}


def test_the_audit_reads_the_shop_grammar():
    # a full name the agent opens with after a lead-in the shop lists (vocative_lead_words) addresses the customer
    turns = [("customer", "想问下羽绒服能机洗吗"), ("agent", "劳驾，陈晓东，您看下洗标上的说明"),
             ("customer", "好"), ("agent", "多谢支持，再见啦")]
    assert "direct_name" not in _audit(Auditor("jd"), turns)
    shop = Auditor("jd", overrides={"conversation": {"vocative_lead_words": _base("vocative_lead_words") + ["劳驾"]}})
    assert "direct_name" in _audit(shop, turns)
