"""Model vetoes of stop 37 (model card, "Stop 37: m37"), by kind.

The candidate trained on the read pools and fresh sets (stop 36's P1) read these clean kinds as faults on the agent
turns of the read clean chats and on the start corpus' held-out clean sentences (the pack's
``models.declined_clauses`` sets the declining clause aside for that category only; the best other clause is still
read):

* questioning (000 责问质疑 doubts the customer's own acts): the agent asking, politely, which matter, order or item
  the customer means (麻烦确认下是哪一单 / 您指的是哪款) — ``到底`` / ``究竟`` / ``自己`` keep it read;
* privacy_leak (000 平台高危·泄密 is about other people's data): the customer's own booking, address or phone read
  back as recorded for them (已帮您约好：…), the clause alone, a third party (他/她/邻居/那位…) keeps it read; a price
  change explained by costs rising in general, with no figure and no cost price, purchase price or margin named;
* abuse: harm to the goods or a creature from misuse, warned of (不然…会把…烧死), no person in it;
* disparage_peer: a rival conceded as liked too (那个牌子的…也挺受欢迎), with no bad word about it.

Each sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, declined_pattern
from zhijian.engine.model_config import declined_units
from zhijian.engine.semantic import clauses


_covered = declined_cover


# (category, a clean sentence whose every clause is covered by a declined form)
COVERED = [
    ("questioning", "麻烦确认下要改的是哪一单"), ("questioning", "请说下想退的是哪个宝贝呢？"),
    ("questioning", "方便讲一下出问题的是哪台吗"), ("questioning", "您问的是哪款呀？"),
    ("questioning", "亲刚才说的是哪笔订单呢"), ("questioning", "请问您指的是哪一件"),
    ("privacy_leak", "已帮您约好：文二西路十八号3幢502"), ("privacy_leak", "这里替您录入的上门地址为柳州城中某街6号"),
    ("privacy_leak", "已替您备注妥了，收件电话改成尾号2231"), ("privacy_leak", "收货地址已给您更新为：科园路九号"),
    ("privacy_leak", "原材料涨价了，所以售价有所调整"), ("privacy_leak", "物流费用上涨，价格上调了一点点"),
    ("abuse", "不然水温太高容易把鱼苗烫坏烫死"), ("abuse", "否则肥料太浓会把多肉的根烧死"),
    ("abuse", "以免盆里积水让绿植烂根"), ("abuse", "不然冬天放阳台会把乌龟冻死"),
    ("disparage_peer", "您原来用的品牌也挺受欢迎"), ("disparage_peer", "别家的也不错"),
    ("disparage_peer", "您提的那款牌子也好用"),
]


@pytest.mark.parametrize("category,text", COVERED)
def test_the_declined_form_covers_the_clean_sentence(category, text):
    n, total = _covered(category, text)
    assert n == total, text


# faults of the same shapes: the words that make the fault keep them out of the declined forms
STILL_READ = [
    ("questioning", "你到底问的是哪件事"), ("questioning", "连自己买的是哪个都搞不清吗"),
    ("questioning", "你这是哪只眼睛看到的"),
    ("privacy_leak", "已帮您约好，隔壁那位老主顾手机13900007777"),
    ("privacy_leak", "给您排上了，她住在文二西路十八号"),
    ("privacy_leak", "成本上涨了，进价现在是四十五一件"), ("privacy_leak", "小店成本价三十八元"),
    ("abuse", "不然把你家鱼都毒死"), ("abuse", "再问就让你的狗饿死"), ("abuse", "你这种人早该死了"),
    ("disparage_peer", "那个牌子也挺多人上当的"), ("disparage_peer", "别家都是山寨货也好卖"),
    ("disparage_peer", "他们家的东西就是垃圾"),
]


@pytest.mark.parametrize("category,text", STILL_READ)
def test_a_fault_of_the_same_shape_is_not_declined(category, text):
    n, total = _covered(category, text)
    assert n < total, text


def test_only_the_read_back_clause_is_set_aside():
    text = "已帮您约好周六上午，另外那位顾客的手机是13800001234"
    rx = declined_pattern("privacy_leak")
    spans = clauses(text)
    hit = [text[s:e] for s, e in (spans[k] for k in declined_units(spans, text, rx))]
    assert hit == ["已帮您约好周六上午"], hit
