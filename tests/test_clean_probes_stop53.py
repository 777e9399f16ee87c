"""Stop 53 (issue 11): clean agent replies written for this test from the seeds' hard negatives (the customer's own order
read back to them; the shop's own worker offered for a visit) that the rules or the model flagged as a privacy leak, and
their neighbours that still leak someone else's data.  Probed on our own sentences, not on a read set."""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, rule_categories


@pytest.mark.parametrize("text,leaks", [
    # the order's recipient read back, the customer asked to go on if it is right: their own data (000: 核对信息)
    ("收件人写的是吴先生，电话尾号是3107，没问题的话这边就提交了", False),
    ("收的是周先生，手机尾号8852，不对的话您跟我说一声", False),
    # someone else's data handed over: still a leak
    ("隔壁那单收件人写的是吴先生，住在东湖路", True),
    ("楼上那位阿姨留的是和平路12号", True),
])
def test_a_read_back_asking_to_go_on_if_right_is_no_leak(text, leaks):
    assert ("privacy_leak" in rule_categories("jd", text)) is leaks, text


@pytest.mark.parametrize("text,declined", [
    # one of the shop's own workers offered for the visit: nobody's data (the model's reading set aside)
    ("周四下午两点到五点有一位阿姨可以上门，帮您约上吗？", True),
    ("明早还有位师傅能过来，您看几点方便", True),
    # someone named with where they live: still read
    ("有位阿姨家住在滨河小区三栋，电话我发您", False),
])
def test_the_shops_worker_offered_for_a_visit_is_no_leak(text, declined):
    covered, _ = declined_cover("privacy_leak", text)
    assert (covered > 0) == declined, text
