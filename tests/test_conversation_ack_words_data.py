"""A short acknowledgement at the head of a text (好的 / 嗯 / 收到 / 明白 …) is pack data, no longer three word lists in
Python: the agent's (``conversation.agent_ack_words``: answering.acknowledges, turns' acked; seed 000) and the
customer's (``conversation.customer_ack_words``), read two ways, the per-read difference data too — before thanks the
entries that need a break after them are left out (``ack_break_words``; seed 004 致谢), and taking a wait leaves out the
entries that only note what was said (``ack_noting_words``; seed 004, a check's result is owed).  A shop override of
each list changes what the reads decide.  Sentences written for this module."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from zhijian.audit.answering import acknowledges, opens_on_ack
from zhijian.audit.checks.acknowledgement import _ack_head
from zhijian.audit.checks.followup import _takes_wait
from zhijian.audit.config import NEVER, ConversationConfig
from zhijian.engine.normalize import compact
from zhijian.engine.rules import PackError
from test_conversation_words_data import _config

PACK = _config()
KEYS = ("agent_ack_words", "customer_ack_words", "ack_break_words", "ack_noting_words")


def _with(key: str, entries: list[str]) -> ConversationConfig:
    return _config({"conversation": {key: entries}})


def _base(key: str) -> list[str]:
    return [str(p) for p in PACK.raw[key]]


def _agent_acks(cfg: ConversationConfig, text: str) -> bool:
    s, chat = SimpleNamespace(cues=(), text=text), SimpleNamespace(words_re=cfg.words_re)
    assert opens_on_ack(s, chat) is acknowledges(s, chat)  # (no ack cue: the words decide alone)
    return acknowledges(s, chat)


def _thanks_head(cfg: ConversationConfig, text: str) -> bool:
    return _ack_head(SimpleNamespace(config=cfg)).match(compact(text)) is not None


def _waits(cfg: ConversationConfig, text: str) -> bool:
    return _takes_wait(SimpleNamespace(config=cfg), text)


def test_the_lists_are_in_the_pack_and_the_differences_are_entries_of_the_customer_list():
    for key in KEYS:
        assert PACK.raw.get(key), f"common.yaml conversation.{key} is missing"
    own = set(_base("customer_ack_words"))
    assert set(_base("ack_break_words")) <= own and set(_base("ack_noting_words")) <= own


# ------------------------------------------------------------- the agent's acknowledgement at a sentence head (seed 000)
@pytest.mark.parametrize("text", ["好嘞，这就给您改", "收到，马上安排", "没问题，今天发", "嗯嗯 我看一下", "可以的亲，拍吧"])
def test_an_agent_sentence_opening_on_an_ack_acknowledges(text):
    assert _agent_acks(PACK, text)


@pytest.mark.parametrize("text", ["好评有礼哦", "嗯，稍等", "可以退", "明天发出"])
def test_an_agent_sentence_without_one_does_not(text):
    # (a bare 好 / 嗯 / 可以 is no acknowledgement of the agent's: 好评 praises, 可以退 answers)
    assert not _agent_acks(PACK, text)


def test_a_shop_override_of_the_agent_list_changes_the_read():
    assert not _agent_acks(PACK, "妥了，明早发出")
    assert _agent_acks(_with("agent_ack_words", _base("agent_ack_words") + ["妥了"]), "妥了，明早发出")
    assert not _agent_acks(_with("agent_ack_words", [w for w in _base("agent_ack_words") if w != "没问题"]),
                           "没问题，今天发")


# -------------------------------------------------------- the customer's acknowledgement before thanks (seed 004 致谢)
@pytest.mark.parametrize("text", ["好的谢谢", "嗯嗯，谢谢啦", "知道了多谢", "ok谢谢", "哦哦 辛苦", "收到，感谢"])
def test_a_customer_sentence_opening_on_an_ack_thanks_the_answer_before(text):
    assert _thanks_head(PACK, text)


@pytest.mark.parametrize("text", ["可以开票吗谢谢", "可以，谢谢", "麻烦尽快谢谢", "单号给您了谢谢"])
def test_no_ack_or_one_needing_a_break_is_no_head_before_thanks(text):
    # (可以 acknowledges only with a break after it, which the compacted head does not show: ack_break_words)
    assert not _thanks_head(PACK, text)


def test_a_shop_override_of_the_customer_list_changes_the_head_before_thanks():
    assert not _thanks_head(PACK, "得嘞谢谢")
    assert _thanks_head(_with("customer_ack_words", _base("customer_ack_words") + ["得嘞"]), "得嘞谢谢")
    assert not _thanks_head(_with("customer_ack_words", [w for w in _base("customer_ack_words") if w != "知道"]),
                            "知道了多谢")
    # (a shop that lists no entry needing a break reads 可以 at the head too)
    assert _thanks_head(_with("ack_break_words", []), "可以，谢谢")


# -------------------------------------------------------- the customer taking the agent's wait (seed 004: 查询要回复结果)
@pytest.mark.parametrize("text", ["好，另外问下颜色", "行 那运费呢", "嗯嗯。还有个事", "可以，顺便问下", " 好的！码数呢", "ok"])
def test_an_agreeing_ack_with_a_break_takes_the_wait(text):
    assert _waits(PACK, text)


@pytest.mark.parametrize("text", ["哦，另外问下颜色", "知道，那运费呢", "好看吗", "可以打个折么", "行李箱有吗"])
def test_a_noting_ack_or_no_break_takes_no_wait(text):
    # (哦 / 知道 note what was said, ack_noting_words; 好看 / 可以打折 / 行李 go on without a break)
    assert not _waits(PACK, text)


def test_a_shop_override_changes_the_wait_read():
    assert not _waits(_with("customer_ack_words", [w for w in _base("customer_ack_words") if w != "行"]), "行 那运费呢")
    assert _waits(_with("ack_noting_words", []), "哦，另外问下颜色")
    assert _waits(_with("customer_ack_words", _base("customer_ack_words") + ["得嘞"]), "得嘞，另外问下颜色")


def test_the_reads_leave_out_each_its_own_entries():
    # (the shared list, each read less the pack's difference for it; nothing left reads nothing)
    assert _thanks_head(PACK, "哦哦 辛苦") and not _waits(PACK, "哦，另外问下颜色")
    assert _waits(PACK, "可以，顺便问下") and not _thanks_head(PACK, "可以，谢谢")
    bare = _with("customer_ack_words", ["可以"])
    assert bare.words_less("customer_ack_words", "ack_break_words") is NEVER
    assert not _thanks_head(bare, "可以，谢谢") and _waits(bare, "可以，顺便问下")


def test_a_new_entry_with_regex_syntax_is_refused():
    with pytest.raises(PackError, match="conversation.customer_ack_words"):
        _with("customer_ack_words", _base("customer_ack_words") + ["好+的"])
    _with("customer_ack_words", _base("customer_ack_words"))  # (the pack's own entries, '嗯+' too, restated as they are)
