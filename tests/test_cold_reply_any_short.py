"""Any whole reply of one or two Chinese characters is the bare short reply seeds 000 and 003 forbid
(``common.cold_reply.bare_two``), whatever the word; a greeting, thanks, apology or goodbye standing alone, seed 000's
guided 好的呢 and its like, and a bare insult or form of address (their own category) are not; the rule is a catch-all:
the seed's words and a shop's own whole-message words keep their own rule on the same span (stop 44)."""

from __future__ import annotations

import pytest

from zhijian import Inspector


def _cold(pack: str, text: str, **kw) -> list[str]:
    return [f.rule for f in Inspector(pack, models=False, **kw).check(text) if f.category == "cold_reply"]


@pytest.mark.parametrize("pack", ["jd", "taobao", "generic"])
@pytest.mark.parametrize("text", ["是的", "在的。", "对的～", "好哒", "会的！", "没有", "懂了", "好了哈"])
def test_any_bare_short_reply_is_cold(pack, text):
    assert _cold(pack, text) == ["common.cold_reply.bare_two"]


@pytest.mark.parametrize("text", ["您好", "谢谢！", "抱歉～", "再见", "晚安", "好的呢", "是的呢～", "哈喽呀", "呢",
                                  "是的，这款台灯有现货", "几号？", "在的，请问有什么可以帮您"])
def test_courtesy_and_full_replies_are_not(text):
    assert _cold("jd", text) == []


@pytest.mark.parametrize("text, category", [("滚", "abuse"), ("亲亲", "forbidden_address")])
def test_a_bare_insult_or_address_is_read_as_that_only(text, category):
    cats = {f.category for f in Inspector("jd", models=False).check(text)}
    assert cats == {category}


def test_the_seeds_words_and_a_shops_words_keep_their_rule():
    assert _cold("jd", "好的") == ["common.cold_reply.bare"]
    assert _cold("jd", "没了") == ["common.cold_reply.bare_stock"]
    shop = {"rules": [{"id": "shop.cold", "category": "cold_reply", "severity": "minor", "message": "生硬",
                       "suggestion": "请说完整", "whole": ["晓得"]}]}
    assert _cold("generic", "晓得", overrides=shop) == ["shop.cold"]
    assert _cold("generic", "晓得") == ["common.cold_reply.bare_two"]
