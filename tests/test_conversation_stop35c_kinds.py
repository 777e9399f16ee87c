"""Issue 12, stop 35 (third round, t12ag): kinds of wording behind false and missed findings of the after-sales order, the
complaint, the apology answered and the customer asked to repeat, found on the read chat sets (fresh19, pools 33-34) and
fixed in pack data (``zhijian/data/packs/common.yaml``) and ``zhijian/audit/checks/aftersales.py`` / ``complaint.py``.
Every chat is written for this test from the seeds (003 §售后, the cause, the apology, the calming, the remedy in turn; 003
§投诉, the shop's own slip owned with an apology; 004 on a customer's apology, a suggestion, not making them repeat); none
is a sentence of those sets.  Each kind is checked both ways: a clean shape and a hit shape."""

from __future__ import annotations

import pytest


from chat_fixtures import conv_categories

_BYE = "好嘞，那祝您天天舒心，下回见～"



def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2025-05-21T15:00:00")


# kind 1: the customer's own thing broken by a fall, said with 我 and the thing before the 摔, asked to be repaired: a repair
# bought, no goods of the shop found faulty, so no apology is owed (seed 003 §售后); a crack on goods received is a case
@pytest.mark.parametrize("report, quote", [
    ("哈喽，我手表表镜摔碎了，店里能换不", "这块表镜有原装件，换下来收两百六，等半小时就能拿。"),
    ("在不，我家吸尘器的地刷摔断了，能不能上门修", "能上门，换地刷加上门费总共九十，约明早九点行吗。"),
    ("我的音箱外壳摔瘪了，你们修外壳不", "能修，换壳一百二，邮过来三天能修完。"),
])
def test_own_thing_broken_by_a_fall_is_a_repair_bought(auditors, report, quote):
    clean = _cats(auditors, ("customer", report), ("agent", quote), ("customer", "成，就按这个来"), ("agent", _BYE))
    assert "aftersales_flow" not in clean
    # the same remedy offered at once for a crack found on the goods just received: no cause asked, no apology
    hit = _cats(auditors, ("customer", "哈喽，昨天到手的手表表镜就裂了"), ("agent", quote), ("customer", "成，就按这个来"),
                ("agent", _BYE))
    assert "aftersales_flow" in hit


# kind 2: the agent owning the shop's fault (怪我们… / 是库房那边疏忽 / 我们这边没核对好) is the apology of the after-sales order
# (seed 003 §投诉); a plain finding, or the fault denied, apologises for nothing
_CASE = ("customer", "我买的花瓶到手口沿缺了一块，本来打算送人")
_ASK = ("agent", "劳驾说下，开箱时就缺着吗？外包装有压痕没？")
_TOLD = ("customer", "开箱就缺，外包装也凹了一角")
_FIX = ("agent", "放心吧您，我们今天就补发新的一只，多加两层护角，今晚前出库，缺口那只留着就行。")


@pytest.mark.parametrize("owned", [
    "估计是半道上挤着了，怪我们封箱太马虎。",
    "是库房那边疏忽，护角垫得太单薄。",
    "我们这边出库时没核对好，叫您遇上这档子事。",
])
def test_the_fault_owned_is_the_apology(auditors, owned):
    assert "aftersales_flow" not in _cats(auditors, _CASE, _ASK, _TOLD, ("agent", owned), ("customer", "那要咋办"), _FIX,
                                          ("customer", "好吧"), ("agent", _BYE))


@pytest.mark.parametrize("plain", [
    "估计是半道上挤着了，外包装受力了。",
    "这回可不怪我们，半道上挤的。",
    "出库时是完好的，不算我们的错。",
])
def test_a_finding_or_a_denial_apologises_for_nothing(auditors, plain):
    assert "aftersales_flow" in _cats(auditors, _CASE, _ASK, _TOLD, ("agent", plain), ("customer", "那要咋办"), _FIX,
                                      ("customer", "好吧"), ("agent", _BYE))


# kind 3: a catch or lever too stiff to force (掰不动 / 扳不开), eased by the agent's advice on use: a question of use, no
# after-sales case (seed 003 §售后 is for goods found faulty); a button that will not press stays a defect
@pytest.mark.parametrize("stiff, advice", [
    ("哈喽，推车那个收车扣死紧，怎么都掰不动呢", "新车扣子偏紧，先按住侧面小钮再往下压扶手就松开了。"),
    ("请教下折叠凳的锁扣太紧扳不开", "先把凳面往上提一提，锁扣不吃劲了就能扳开。"),
    ("哈喽，徒步杖的快锁掰不开啊", "快锁新的时候偏紧，拇指顶住扣片尾巴往外掰，别从中间使劲。"),
])
def test_a_stiff_catch_eased_by_advice_is_no_case(auditors, stiff, advice):
    assert "aftersales_flow" not in _cats(auditors, ("customer", stiff), ("agent", advice), ("customer", "弄开了，多谢"),
                                          ("agent", _BYE))


@pytest.mark.parametrize("stuck", ["哈喽，买的床头灯开关怎么都按不动呢", "哈喽，买的拉杆箱伸缩钮死活按不动呢"])
def test_a_stuck_button_is_still_a_defect(auditors, stuck):
    assert "aftersales_flow" in _cats(auditors, ("customer", stuck), ("agent", "指甲抠一下按钮边缘再按按看。"),
                                      ("customer", "弄开了，多谢"), ("agent", _BYE))


# kind 4: a wish aimed at the shop (你们…要是…就好了) the model reads as a complaint is a suggestion: thanks are owed, not an
# apology (seed 004, a customer's suggestion); a complaint word beside it still wants the apology
_NOTED = ("agent", "这点子不错，我记到意见本上，回头转给做页面的同事。")


@pytest.mark.parametrize("wish", [
    "你们店铺首页要是能分个类就好找多了，现在翻得人好累",
    "说个闲话，你们店里如果能配个收纳袋就更好了，现在散着不好放",
    "你们宝贝页要是把几个型号差在哪列个表就好了，我琢磨好久才分清",
])
def test_a_wish_read_as_a_complaint_is_a_suggestion(auditors, wish):
    opening = [("customer", "这个储物柜有奶白的吗"), ("agent", "奶白跟原木两个色仓里都有。")]
    assert "complaint_no_apology" not in _cats(auditors, *opening, ("customer", wish), _NOTED, ("customer", "嗯"),
                                               ("agent", _BYE))
    assert "complaint_no_apology" in _cats(auditors, *opening, ("customer", wish + "，你们这服务太差劲了"), _NOTED,
                                           ("customer", "嗯"), ("agent", _BYE))


# kind 5: the customer apologising for asking much, told to ask on (您尽管问 / 只管提): the apology answered (seed 004, on a
# customer's apology); an answer alone leaves it unanswered
@pytest.mark.parametrize("ease", ["您尽管问。", "有疑问您只管提哈。", "想到什么尽管说。"])
def test_told_to_ask_on_answers_the_apology(auditors, ease):
    turns = [("customer", "这条暖身毯能进洗衣机吗"), ("agent", "温控盒拔掉后能进，选轻柔那一档。"),
             ("customer", "抱歉哈一个劲地问，再打听下带不带定时")]
    answer = "带定时的，一到八个钟头随您调。"
    assert "apology_unacknowledged" not in _cats(auditors, *turns, ("agent", ease + answer), ("customer", "嗯"),
                                                 ("agent", _BYE))
    assert "apology_unacknowledged" in _cats(auditors, *turns, ("agent", answer), ("customer", "嗯"), ("agent", _BYE))


# kind 6: asked again for what the customer wrote, the message up the chat named as holding it (上头那条里写着 / 前面那句提过):
# the customer had to repeat (seed 004); a question about what was not told, answered plainly, is none
@pytest.mark.parametrize("pointer", ["上头那条里写着啊，三楼", "前面那句提过的，三楼", "上一条写了嘛，三楼"])
def test_the_message_named_as_holding_it(auditors, pointer):
    turns = [("customer", "想订一组书架，送南湖苑5幢，三楼，带电梯"), ("agent", "这组书架能送到家。"),
             ("customer", "送过去收多少钱"), ("agent", "市内不收钱。顺带问下，您家几楼？带电梯不？")]
    assert "asked_to_repeat" in _cats(auditors, *turns, ("customer", pointer), ("agent", "嗯嗯，给您记上了。"),
                                      ("customer", "嗯"), ("agent", _BYE))
    # (the floor not told before: the agent's question asks something new, answered plainly)
    fresh = [("customer", "想订一组书架，送南湖苑5幢")] + turns[1:]
    assert "asked_to_repeat" not in _cats(auditors, *fresh, ("customer", "三楼，带电梯"), ("agent", "嗯嗯，给您记上了。"),
                                          ("customer", "嗯"), ("agent", _BYE))


# kind 7: received, with what was found inside the parcel named as the box it came in (收到纸箱里头…): goods received, the
# spoilt contents a case, which wants the apology before the remedy (seed 003 §售后)
@pytest.mark.parametrize("report", [
    "你家的牛排咋回事，收到纸箱里头冰块早化没了，肉都软塌塌的",
    "收到泡沫箱打开，冰块全成水了，鱼摸着一点不凉",
    "收到盒子里面的冰淇淋全化成汤了，这还咋吃",
])
def test_spoilt_contents_of_the_box_received_are_a_case(auditors, report):
    ask = ("agent", "麻烦把单号跟开箱图发过来。")
    sent = ("customer", "图传了，单号在下边")
    hit = _cats(auditors, ("customer", report), ask, sent, ("agent", "看到了，能退款也能补发一份，您挑一个。"),
                ("customer", "退款吧"), ("agent", _BYE))
    assert "aftersales_flow" in hit
    clean = _cats(auditors, ("customer", report), ask, sent,
                  ("agent", "看到了，真对不住，大热天害您扑了个空，确实闹心。您别急，退款马上给您走。"),
                  ("customer", "好"), ("agent", _BYE))
    assert "aftersales_flow" not in clean
