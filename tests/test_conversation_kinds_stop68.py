"""Issue 12, stop 68 (c68): the kinds behind the chat misses of fresh52_chats (read from this stop; it judged stop 67 by its
tables) and of the read halves of this stop's blind pools, fixed by kind.

* unanswered (000 漏回复):
  - a question asking how to do a thing (不知道怎么打包 / 如何固定: the pack's ``method_question_forms``), asked beside what the
    agent had asked for, is answered by a clause telling the way (用气泡膜把壶嘴包好 / 先…再…: ``method_told_forms``), whatever
    words of those details the reply also shares (``beside.speaks_of_told``);
  - a question asking why a thing is dearer or slower (怎么比别家贵一些: ``cause_question``) is answered by a clause telling
    the cause (所以价格会高一点 / 因为是手工做的: ``cause_words``), whatever word it shares with a sibling question
    (``settle`` ``asked_kinds``);
* complaint_no_apology (004 客户抱怨): the remedy thrown back as worthless (退个壳钱有什么用) and the goods judged flimsy with
  太 (也太不经用了) are complaints without a complaint word (the pack's ``complaint_forms``);
* aftersales_flow (003 §售后 提供解决方案): the way to set it right at home told with its result (用热毛巾裹住…再边转边拔就能取出来:
  ``solution_forms``) is the remedy;
* followup_missed (004: 需要查询的问题要回复结果): an offer to act once a condition comes and the customer comes back first
  (如果周五还没收到，您可以再联系我们，这边帮您催一下: the pack's ``contingent_forms``) promises no check in this chat
  (``needs.contingent``).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.  Each kind
has a faulty chat and its clean twin; the read chats each kind set right are named by id below.
"""

from __future__ import annotations

import functools

import pytest

from chat_fixtures import BYE, assert_read_chats_exact, pack_categories


_cats = functools.partial(pack_categories, start="2026-12-09T10:00:00")  # (auditors, *turns, pack=, step=)


# ---------------------------------------------------------------- unanswered: how to do it, answered by the way told
@pytest.mark.parametrize("reply,flagged", [
    ("头一回寄也没关系，用气泡膜把壶嘴和壶把包好，再放进硬纸箱里塞满报纸就行。", False),
    ("头一回寄也没关系，我们收到后会尽快安排。", True)])
def test_how_to_do_it_answered_by_the_way_told(auditors, reply, flagged):
    chat = [("customer", "你好，我想把紫砂壶寄过来修壶盖"),
            ("agent", "您好，欢迎光临陶然修壶坊～请问是壶盖裂了还是壶盖和壶口不严呢？"),
            ("customer", "壶盖裂了，头一回寄修，不知道怎么打包"),
            ("agent", reply),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- unanswered: why dearer, answered by the cause
@pytest.mark.parametrize("rest,flagged", [
    ("所以价格会比机器编的高一点。", False),
    ("篮底还加了一圈藤条。", True)])
def test_why_dearer_answered_by_the_cause(auditors, rest, flagged):
    chat = [("customer", "这个竹编篮是手工编的吗？怎么比别家贵一些"),
            ("agent", f"您好，欢迎光临竹韵编织～这款是老师傅手工劈篾编的，要经过刮青、起底好几道工序，{rest}"),
            ("customer", "明白了"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- complaint_no_apology: the remedy scorned, goods flimsy
@pytest.mark.parametrize("said", ["我要的是完好的手办，退个壳钱有什么用", "这个马扎也太不经用了，才坐第三回腿就松了"])
@pytest.mark.parametrize("reply,flagged", [
    ("您可以在订单页申请售后，审核通过后原路退款。", True),
    ("实在抱歉让您碰到这种情况，您可以在订单页申请售后，审核通过后原路退款。", False)])
def test_a_remedy_scorned_and_goods_called_flimsy(auditors, said, reply, flagged):
    chat = [("customer", "你好，我上周买的东西收到有问题"),
            ("agent", "您好，请问是哪里有问题呢？"),
            ("customer", said),
            ("agent", reply),
            ("customer", "行吧"),
            ("agent", BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said", ["换个滤芯有什么用处", "这款不太耐用吗"])
def test_a_plain_question_of_use_is_no_complaint(auditors, said):
    chat = [("customer", f"你好，{said}"),
            ("agent", "您好，滤芯能滤掉水里的余氯和杂质，正常使用可以用三个月左右。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert "complaint_no_apology" not in _cats(auditors, *chat)


# ---------------------------------------------------------------- aftersales_flow: the way to set it right at home
@pytest.mark.parametrize("fix,flagged", [
    ("您别着急，镜片没有坏：用吹风机把卡扣吹软一点，再往外轻轻一推就能取出来。", False),
    ("您别着急，镜片没有坏，是卡扣太紧了。", True)])
def test_the_way_to_set_it_right_at_home(auditors, fix, flagged):
    chat = [("customer", "你好，上个月买的眼镜框，镜片卡在里面取不下来了"),
            ("agent", "您好，请问是想换镜片，还是镜片装反了想重新装？"),
            ("customer", "想换一副新镜片，可是旧的怎么都抠不出来"),
            ("agent", f"了解了，给您添麻烦了，非常抱歉。{fix}"),
            ("customer", "好的我试试"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- followup_missed: an offer for a time to come
@pytest.mark.parametrize("reply,flagged", [
    ("如果周五还没收到，您可以再联系我们，这边帮您跟快递催一下。", False),
    ("这边帮您跟快递催一下，您稍等。", True)])
def test_an_offer_for_a_time_to_come_is_no_check(auditors, reply, flagged):
    chat = [("customer", "你好，订单尾号3326，绣线下单四天了还没到"),
            ("agent", "您好，这边查到您的订单已经出库，目前在杭州转运中心，预计1-2天内派送，以物流更新为准。"),
            ("customer", "那要是周五还没到呢"),
            ("agent", reply),
            ("customer", "行吧"),
            ("agent", BYE)]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


_FIXED = {
    "fresh52_chats": ("f52-c001", "f52-c023", "f52-c036", "f52-c045", "f52-c053", "f52-c054"),
}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_each_kind_set_right(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
