"""``emoji.missing_emoji`` (seed 003 house rule: 每句聊天都要有表情; packs set ``emoji_required``)."""

import pytest

from zhijian.audit.checks.emoji import missing_emoji

TURNS = [("customer", 0, "这款有赠品吗"), ("agent", 5, "有的，送一个收纳袋"), ("agent", 9, "还有别的需要吗😊")]


def test_packs_without_the_rule_are_silent(run, jd, generic):
    assert run(missing_emoji, *TURNS, config=jd) == []
    assert run(missing_emoji, *TURNS, config=generic) == []


def test_taobao_wants_an_emoji_in_every_reply(run, taobao):
    assert run(missing_emoji, *TURNS, config=taobao) == [("missing_emoji", 1)]


def test_sticker_codes_count_as_emoji(run, taobao):
    for reply in ("有的，送一个收纳袋[微笑]", "有的，送一个收纳袋#E-s", "有的🎁"):
        assert run(missing_emoji, ("agent", 0, reply), config=taobao) == [], reply


def test_customer_lines_never_need_emoji(run, taobao):
    assert run(missing_emoji, ("customer", 0, "有赠品吗"), ("agent", 5, "有的呢🙂"), config=taobao) == []


def test_every_reply_without_emoji_fires(run, taobao):
    turns = [("agent", 0, "您好"), ("customer", 3, "在吗"), ("agent", 5, "在的"), ("agent", 9, "好的🌹")]
    assert run(missing_emoji, *turns, config=taobao) == [("missing_emoji", 0), ("missing_emoji", 2)]


def test_rule_switched_through_the_config_dict(run, taobao, config_with):
    assert run(missing_emoji, *TURNS, config=config_with(emoji_required=True)) == [("missing_emoji", 1)]
    assert run(missing_emoji, *TURNS, config=config_with(taobao, emoji_required=False)) == []


def test_empty_and_system_only_chats_are_silent(run, taobao):
    assert run(missing_emoji, config=taobao) == []
    assert run(missing_emoji, ("system", 0, "会话已创建"), config=taobao) == []


@pytest.mark.parametrize("reply", ["水温能保持在六十℃", "建议您选[XL]码"])
def test_bug_units_and_bracketed_sizes_are_not_emoji(run, taobao, reply):
    assert run(missing_emoji, ("agent", 0, reply), config=taobao) == [("missing_emoji", 0)]
