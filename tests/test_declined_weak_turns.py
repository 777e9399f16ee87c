"""A decline to disclose is undone by a weak turn (不过 / 但是) only when the disclosure follows it in its clause
(stop 33, blind clean pool n42: a price declined, then 不过 and a coupon, was read as a leak)."""

import pytest

from zhijian import Inspector


@pytest.fixture(scope="module")
def jd():
    return Inspector("jd", models=False)


@pytest.mark.parametrize("text", [
    "进价这边没法跟您透露，不过本周有店铺券能叠加",
    "拿货价真不方便告知，但是今天拍两件能打个折",
    "供货价属于保密内容，还望理解，有别的需要再找我",
    "进价属于保密的哈，能用的券倒可以帮您找找",
])
def test_declined_then_turning_elsewhere_is_clean(jd, text):
    assert [f for f in jd.check(text) if f.category == "privacy_leak"] == []


@pytest.mark.parametrize("text", [
    "进价真没法讲哈，不过大概就售价的一半",
    "拿货价不能说，但是跟您说个数，三十出头",
    "进价不方便讲，不过是四十来块",
])
def test_declined_then_disclosed_is_a_leak(jd, text):
    assert "privacy_leak" in {f.category for f in jd.check(text)}
