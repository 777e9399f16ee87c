"""Issue 12, stop 35 (fourth round, c35): kinds of wording behind false findings on a blind pool of clean chats (n46, the
read half), fixed in pack data (``zhijian/data/packs/common.yaml``) and ``audit/held.py``, ``settle.py``, ``suits.py``,
``turns.py``, ``needs.py``, ``ending.py``, ``checks/aftersales.py``.  Every chat is written for this test from the seeds
(000 漏回复 / 强制结束 / 不礼貌; 003 §售后, the four steps of an after-sales case; 004 查询后回复结果); none is a sentence
of a read set.  Each kind is checked both ways: a clean shape and a hit shape."""

from __future__ import annotations

import pytest

from zhijian import Inspector

from chat_fixtures import conv_categories

_BYE = "好嘞，祝您万事顺利，回头见～"



def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2025-06-10T15:00:00")


# kind 1: two questions in one turn, one asking an amount (多重 / 多宽 / 几斤), the other what the agent goes to check; the
# amount told with its unit in a clause before the hold (约3.2公斤，证书我去调一下) answers it (seed 000 漏回复; 004 查询后回复
# 结果: the check held is the other question's); held.py ``_measure_told``
@pytest.mark.parametrize("ask, told, held, back", [
    ("这台落地扇多重，有3C认证吗", "整机约3.2公斤", "3C证书我去调一下", "调到了，3C证书号码放在商品页倒数第二张图上。"),
    ("书桌多宽 桌板是什么板材", "桌面宽120厘米", "板材型号我问下库房", "问过了，桌板是E0级的多层实木板。"),
    ("这个行李箱几斤，拉杆是铝的吗", "箱体大概四斤", "拉杆材质我查一下", "查到了，拉杆是航空铝合金的。"),
])
def test_amount_told_before_the_hold_answers_it(auditors, ask, told, held, back):
    turns = [("customer", ask, 0), ("agent", f"您好，{told}，{held}，请您稍候。", 20), ("agent", back, 80),
             ("customer", "好的明白了", 110), ("agent", _BYE, 125)]
    got = _cats(auditors, *turns)
    assert not {"unanswered", "followup_missed"} & got
    # the hold with no amount told: the amount is never given
    hit = _cats(auditors, turns[0], ("agent", f"您好，{held}，请您稍候。", 20), *turns[2:])
    assert {"unanswered", "followup_missed"} & hit


# kind 2: a clause telling a span of time (约12小时 / 三天左右) that shares one character with a sibling question answers the
# question of the turn asking how long (seed 000 漏回复); settle.py, ``_asks_when`` before a one-character match
@pytest.mark.parametrize("ask, answer", [
    ("那这个保温壶保温能多久，会不会漏水", "灌满开水放12个小时还有六十多度，壶盖有密封圈，倒着放也不往外渗。"),
    ("这手环续航多久 洗澡能戴吗", "平常戴着大约能用7天，洗澡戴着也没事，防水有五十米。"),
    ("这款面膜敷多久合适，会不会过敏", "敏感肌贴上20分钟上下揭掉，成分温和，一般不会过敏。"),
])
def test_a_span_told_answers_how_long(auditors, ask, answer):
    turns = [("customer", "在吗"), ("agent", "您好，在呢，看中哪一款了？"), ("customer", ask), ("agent", answer),
             ("customer", "好的"), ("agent", _BYE)]
    assert "unanswered" not in _cats(auditors, *turns)


def test_no_span_told_leaves_how_long_open(auditors):
    # the sibling answered, no time told: the question asking how long stays open
    turns = [("customer", "在吗"), ("agent", "您好，在呢，看中哪一款了？"), ("customer", "那这个保温壶保温能多久，会不会漏水"),
             ("agent", "壶盖有密封圈，倒着放也不会往外渗水。"), ("customer", "好的"), ("agent", _BYE)]
    assert "unanswered" in _cats(auditors, *turns)


# kind 3: whether the goods suit a thing named by an amount (多重的猫能用 / 多大的锅能放 / 几岁的孩子能用): a figure with its
# unit answers it, and so does the figure the customer told in the turn said back (seed 000 漏回复); suits.py
@pytest.mark.parametrize("ask, answer", [
    ("这个猫窝多重的猫能用", "整个窝承重有十五公斤，一般成年猫都睡得下。"),
    ("这个跑步机多重的人能用", "跑带下面是加厚减震板，承重上限120公斤。"),
    ("这个狗窝多大的狗能用 我家的有18斤", "18斤的狗狗睡进去刚好，在里面翻身也宽裕。"),
])
def test_an_amount_asked_to_suit_is_answered_by_a_figure(auditors, ask, answer):
    turns = [("customer", ask), ("agent", f"您好，欢迎进店～{answer}"), ("customer", "好的"), ("agent", _BYE)]
    assert "unanswered" not in _cats(auditors, *turns)


def test_an_amount_asked_to_suit_answered_beside_it_stays_open(auditors):
    turns = [("customer", "这个猫窝多重的猫能用"), ("agent", "您好，欢迎进店～这款窝的外罩是棉麻的，颜色有灰白两种，垫子另外有卖。"),
             ("customer", "好的"), ("agent", _BYE)]
    assert "unanswered" in _cats(auditors, *turns)


# kind 4: the customer takes a question back in the same turn (不用回了 / 不必回复啦 / 当我没问): no reply is owed, however the
# agent answered it (seed 000 漏回复 is for a question that needs a reply); turns.py ``_drops_question``
@pytest.mark.parametrize("drop", ["不用回了", "不必回复啦", "当我没问"])
def test_a_question_taken_back_needs_no_reply(auditors, drop):
    ask = ("customer", f"有配插头转换器吗 我在商品页底下翻到了 {drop}")
    told = [("customer", "台灯色温可以调吗"), ("agent", "您好，能调的，有冷白暖黄和中性三档。"), ask]
    # the agent speaks only of what the customer found, or only says goodbye: nothing is owed
    assert not {"unanswered", "forced_end"} & _cats(auditors, *told, ("agent", "商品页底下那张图您看到了就好。"),
                                                    ("customer", "好的"), ("agent", _BYE))
    assert not {"unanswered", "forced_end"} & _cats(auditors, *told, ("agent", "好的呢，" + _BYE))


def test_a_question_not_taken_back_still_needs_its_reply(auditors):
    told = [("customer", "台灯色温可以调吗"), ("agent", "您好，能调的，有冷白暖黄和中性三档。"),
            ("customer", "有配插头转换器吗 我在商品页底下翻到了 回我一下")]
    assert "unanswered" in _cats(auditors, *told, ("agent", "商品页底下那张图您看到了就好。"), ("customer", "好的"),
                                 ("agent", _BYE))
    assert {"unanswered", "forced_end"} & _cats(auditors, *told, ("agent", "好的呢，" + _BYE))


# kind 5: the customer says the fix worked twice over in one breath (弄好了弄好了能上了 / 搞定了搞定了能打开了) or that the thing can
# be done again (能上网了 / 能打开了): the problem is gone (seed 003 §售后 问题解决后确认); turns.py ``_run_of``, pack resolved_forms
_CASE = [("customer", "路由器换了新的，电脑连上了但网页打不开"),
         ("agent", "您好，欢迎进店～光猫那头是已经拨过号了，还是得在路由器设置里输宽带密码？"),
         ("customer", "师傅讲光猫那头拨过号了"),
         ("agent", "明白，那路由器的联网类型改成DHCP自动分配就行，说明书这块没写清楚，让您白忙了一阵，实在抱歉。您放心，改完就通。"),
         ("agent", "在管理页面点联网设置，类型选DHCP，存一下等灯变绿再刷新。")]


@pytest.mark.parametrize("fixed", ["弄好了弄好了能上了！", "搞定了搞定了能打开了"])
def test_the_fix_said_to_work_twice_over(auditors, fixed):
    got = _cats(auditors, *_CASE, ("customer", fixed), ("agent", "太好了，帮上忙就行。"), ("customer", "谢啦"),
                ("agent", "不客气，" + _BYE))
    assert "aftersales_flow" not in got


def test_the_fix_said_not_to_work_is_no_fix(auditors):
    got = _cats(auditors, *_CASE[:3], ("agent", "明白，那路由器的联网类型改成DHCP自动分配就行。"), ("customer", "还是不行，打不开"),
                ("agent", _BYE))
    assert {"aftersales_flow", "forced_end", "unanswered"} & got


# kind 6: the customer says they will do it themselves (我回头自己改一下 / 我晚点自己装 / 那我自己来设置吧): nothing is asked
# of the agent, the goodbye after it cuts nothing off (seed 000 / 004 强制结束 is for a customer who still needs help)
_CAM = [("customer", "新买的摄像头怎么改夜视模式"), ("agent", "您好，在App里点设备设置，夜视那一栏选自动就可以。"),
        ("customer", "弄好了，谢谢"), ("agent", "不客气，想调夜视的灵敏度也在同一页里。")]
_END = ("agent", "祝您每天顺心，还有疑问再来找我，拜拜。")


@pytest.mark.parametrize("own", ["好嘞 我回头自己改一下", "行嘞 我晚点自己改一下"])
def test_doing_it_themselves_asks_nothing(auditors, own):
    assert "forced_end" not in _cats(auditors, *_CAM, ("customer", own), _END)


def test_asking_the_shop_to_do_it_is_still_a_need(auditors):
    assert {"forced_end", "unanswered"} & _cats(auditors, *_CAM, ("customer", "你们能远程调下灵敏度吗，我弄不明白"), _END)


# kind 7: advice on use with the end of the problem it brings (改用凉开水，白点会明显变少 / 用小苏打泡一刻钟就能去掉 / 底下垫
# 层胶垫嗡嗡声就小不少) is the solution of the after-sales order, before the customer has tried it (seed 003 §售后, its last step);
# checks/aftersales.py ``_advice_cures``, pack remedy_advice_forms
@pytest.mark.parametrize("cure", [
    "您放心，改用纯净水以后，柜面上的白印会明显变少。",
    "您放心，用小苏打兑温水泡十分钟，茶垢就能去掉。",
    "您放心，机器底下垫层软胶垫，嗡嗡声就小不少了。",
])
def test_advice_with_its_cure_is_the_solution(auditors, cure):
    turns = [("customer", "买的香薰机用了三天，柜面上一圈白印子"),
             ("agent", "您好，欢迎进店～平常灌的是自来水吗，喷雾口边上有白色结晶没有？"),
             ("customer", "自来水，喷雾口边上是白的"),
             ("agent", "查明白了，自来水带的钙镁随着雾气落在柜面上，下单时没跟您讲清用水，实在抱歉。"),
             ("agent", cure), ("customer", "行吧 谢谢"), ("agent", "不客气，" + _BYE)]
    assert "aftersales_flow" not in _cats(auditors, *turns)


def test_advice_with_no_cure_is_no_solution(auditors):
    turns = [("customer", "买的香薰机用了三天，柜面上一圈白印子"),
             ("agent", "您好，欢迎进店～平常灌的是自来水吗，喷雾口边上有白色结晶没有？"),
             ("customer", "自来水，喷雾口边上是白的"),
             ("agent", "查明白了，自来水带的钙镁随着雾气落在柜面上，下单时没跟您讲清用水，实在抱歉。"),
             ("customer", "行吧 谢谢"), ("agent", "不客气，" + _BYE)]
    assert "aftersales_flow" in _cats(auditors, *turns)


# kind 8 (message level, the model's clause vetoes): the invitation to come back with questions any time (挑定了随时再来问)
# is the closing's offer of help (003 结束语), not impatience (000 不礼貌)
@pytest.fixture(scope="module")
def inspector():
    return Inspector("jd")


@pytest.mark.parametrize("text", ["不急哈，想好了就随时来问。", "您慢慢比，想好了随时再来问。"])
def test_come_back_any_time_is_not_impolite(inspector, text):
    assert "impolite" not in {f.category for f in inspector.check(text)}


@pytest.mark.parametrize("text", ["你琢磨明白了再来问，别老催", "随时来问，烦不烦啊"])
def test_the_veto_keeps_the_fault_read(inspector, text):
    assert "impolite" in {f.category for f in inspector.check(text)}
