"""The conversation word lists carry executable examples, and a pack whose example fails refuses to load
(zhijian/audit/word_examples.py), as a message rule's examples do."""

from __future__ import annotations

import pytest

from zhijian.audit import Auditor
from zhijian.audit.config import ConversationConfig
from zhijian.audit.word_examples import run_word_examples
from zhijian.engine.packs import compose
from zhijian.engine.rules import PackError


@pytest.mark.parametrize("pack", ["jd", "taobao", "generic"])
def test_the_shipped_lists_have_examples_and_they_hold(pack):
    conv = ConversationConfig.from_dict(compose(pack).conversation)
    total, failures = run_word_examples(conv.raw, conv.patterns, pack)
    assert not failures
    assert len(conv.raw["examples"]) >= 12 and total >= 50
    assert conv.self_test(pack) == total


def _config(**raw):
    return ConversationConfig.from_dict({"help_offer": ["有什么", "帮您的"], "yes_no_reply": ["(是|对)(的)?(哦|呢)*"], **raw})


def test_a_failing_example_refuses_the_pack_and_names_the_list():
    conf = _config(examples={"help_offer": {"match": ["请问还需要什么"], "no_match": ["有什么问题随时找我"]}})
    with pytest.raises(PackError) as e:
        conf.self_test("规则包 x: conversation")
    msg = str(e.value)
    assert "conversation.help_offer" in msg and "请问还需要什么" in msg and "有什么问题随时找我" in msg
    assert "拒绝加载" in msg


def test_modes_follow_how_the_checks_read_the_list():
    ok = _config(examples={"yes_no_reply": {"mode": "fullmatch", "match": ["是的哦", "对呢"], "no_match": ["是的，明天发"]}})
    assert ok.self_test() == 3
    searched = _config(examples={"yes_no_reply": {"match": ["是的，明天发"], "no_match": ["明天发"]}})
    assert searched.self_test() == 2
    with pytest.raises(PackError, match="不应命中"):
        _config(examples={"yes_no_reply": {"mode": "fullmatch", "no_match": ["是的"]}}).self_test()


@pytest.mark.parametrize("examples, says", [
    ({"no_such_list": {"match": ["随便"]}}, "没有词表"),
    ({"help_offer": {"mode": "contains", "match": ["有什么"]}}, "mode"),
    ({"help_offer": {"matches": ["有什么"]}}, "只能有"),
    ({"help_offer": {"match": [""]}}, "非空"),
    (["help_offer"], "映射"),
])
def test_malformed_examples_are_refused_with_a_chinese_message(examples, says):
    with pytest.raises(PackError, match=says):
        _config(examples=examples).self_test()


def test_compacted_form_counts_as_the_checks_read_it():
    # the list is written over compacted text (no punctuation); the example keeps its punctuation
    conf = _config(help_offer=["还有别的需要吗"], examples={"help_offer": {"match": ["还有别的，需要吗？"]}})
    assert conf.self_test() == 1


def test_a_shop_override_of_a_list_drops_only_that_lists_shipped_examples():
    shop = {"conversation": {"help_offer": ["需要什么尽管说"]}}
    auditor = Auditor("jd", overrides=shop)  # the shipped help_offer examples no longer describe the list: not run
    ex = auditor.config.raw["examples"]
    assert "help_offer" not in ex and "yes_no_reply" in ex and "steps_away_forms" in ex
    assert auditor.config.self_test() > 40
    assert "help_offer" in Auditor("jd").config.raw["examples"]
