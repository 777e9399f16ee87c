"""The model yields where a message declines its category's act (the pack's ``models.declined``), stop 32.

Thanks for a review the customer already gave ask for nothing (000 Ⅷ 正视邀评的意义: a review is the customer's own);
the model read the review words as a request (three of the 300 blind clean trap lines of stop 32).  A reward or a
request written beside the thanks is still read by the rules.  Every sentence here was written for this file.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from zhijian import Inspector


@lru_cache(maxsize=None)
def _inspector(pack: str) -> Inspector:
    return Inspector(pack)


THANKS = [
    "多谢您给的满星好评，这把伞用着顺手就好～",
    "谢过您的五星好评！扫地机用着哪儿不顺手再喊我",
    "感谢您的晒单，跑鞋穿着合脚我们就放心了",
]
STILL_READ = [
    "多谢好评哈，再补张晒图就返您五元",
]
# a reward or a change of the review named beside the thanks: not declined, the model still reads it
NOT_DECLINED = [
    "感谢您的评价，要是调成满星这边送您一袋猫砂",
]


@pytest.mark.parametrize("text", THANKS)
def test_thanks_for_a_given_review_is_not_a_request(text):
    got = [(f.category, f.rule) for f in _inspector("jd").check(text)]
    assert not any(c == "induce_review" for c, _ in got), got


@pytest.mark.parametrize("text", STILL_READ)
def test_a_reward_beside_the_thanks_is_still_read(text):
    got = {(f.category, f.source) for f in _inspector("jd").check(text)}
    assert ("induce_review", "rule") in got, got


@pytest.mark.parametrize("text", NOT_DECLINED)
def test_a_reward_beside_the_thanks_is_not_declined(text):
    got = {f.category for f in _inspector("jd").check(text)}
    assert "induce_review" in got, got
