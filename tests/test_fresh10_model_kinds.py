"""Model kinds diagnosed on benchmarks/data/fresh10_messages.jsonl (issue 11, helper t11l): the semantic layer.

The message model was retrained with hand-written lines of these kinds (``training/data/messages_hand.jsonl``,
template ``hand.t11l.*``).  Every sentence here was written for this file: none is a training line, a line of a
frozen set or a dev case (no six-character stretch of one).  The packs' rules and model run together
(``Inspector(pack)``), as shipped.

``FIXED``: each line failed with the previous model (a remedy the shop controls read as an arbitrary promise, a
reward for praise in a review, an implausible efficacy claim, a private phone call instead of the platform) and
passes with this one.  ``KEPT``: neighbours of the same kinds that were right before and must stay right (care
tips and helpful guesses are not questioning, the same remedies and claims in other shapes).
"""

from functools import lru_cache

import pytest

from zhijian import Inspector

# (pack, category, text, expected: True = the category is reported, False = it is not)
FIXED = [
    ("jd", "arbitrary_promise", "卧槽，这个相框的玻璃碎了，重新寄一个给您", False),
    ("jd", "arbitrary_promise", "我去，保温饭盒的卡扣断了，换个新盒子给您", False),
    ("jd", "induce_review", "评语里写一句物流很给力，下单送的杯垫我给您多放两个", True),
    ("jd", "induce_review", "评论写得好看一点，下回买我给您加急发", True),
    ("jd", "false_advertising", "喝我们的花茶，熬夜黑眼圈第二天就没了", True),
    ("jd", "diversion", "留个电话吧，我让我们业务直接打给您谈价格，不走线上", True),
]

KEPT = [
    ("jd", "arbitrary_promise", "这副手套少了一只，补一副新的寄给您", False),
    ("jd", "arbitrary_promise", "毛巾的边线开了，另外补发一条", False),
    ("jd", "arbitrary_promise", "卧槽，这盒拼装积木少了零件包，补一包零件寄过去", False),
    ("jd", "arbitrary_promise", "靠，花盆底座裂了条缝，再寄个新花盆", False),
    ("jd", "induce_review", "评论里夸一夸客服，发您个五块的红包", True),
    ("jd", "induce_review", "评价里多写几句赞美的，我这边送您一张运费券", True),
    ("jd", "false_advertising", "这款足贴贴一晚上，体内毒素全都排出来", True),
    ("jd", "false_advertising", "这款水杯泡出来的水喝了能降血糖", True),
    ("jd", "false_advertising", "这款电饭煲最近一次降价是上周，现在券后一百五十九", False),
    ("jd", "false_advertising", "这款最后一次调价在月初，之后没再动过", False),
    ("jd", "diversion", "您留个号码，我让经理单独联系您，价格私聊", True),
    ("jd", "diversion", "给我个电话，以后有货我直接打给您，不用来店里拍", True),
    ("jd", "questioning", "帽子别丢进洗衣机里甩", False),
    ("jd", "questioning", "不要拿开水烫，用温水泡一下就行", False),
    ("jd", "questioning", "您翻翻短信，是不是已经放到快递柜了？", False),
    ("jd", "questioning", "会不会是插头没插紧？您再试一下，还是不行我给您换", False),
]


@lru_cache(maxsize=None)
def _inspector(pack: str) -> Inspector:
    return Inspector(pack)


def _ids(cases):
    return [f"{c[1]}-{'hit' if c[3] else 'clean'}-{i}" for i, c in enumerate(cases)]


@pytest.mark.parametrize("pack,category,text,expected", FIXED, ids=_ids(FIXED))
def test_fixed_model_kinds(pack, category, text, expected):
    found = {f.category for f in _inspector(pack).check(text)}
    assert (category in found) is expected, (text, sorted(found))


@pytest.mark.parametrize("pack,category,text,expected", KEPT, ids=_ids(KEPT))
def test_neighbours_stay_right(pack, category, text, expected):
    found = {f.category for f in _inspector(pack).check(text)}
    assert (category in found) is expected, (text, sorted(found))
