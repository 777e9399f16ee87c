"""Issue 12, the kinds of clean-chat false hits found on the n40 clean pool (thanks, apologies and suggestions answered in
other words, a result given beside the thanks for waiting, a fault the customer fixed themselves) and the misses of the n38
pool and fresh17 (complaints without 投诉, suggestions of a new kind of goods), fixed by their cause.  Every sentence here is
written for this test from seed 004 §服务礼仪 (致谢时回应“不客气”, 致歉时回应“没关系”, 建议时致谢并记录, 客户抱怨先道歉) and seed 003
§售后; none is a sentence of those sets, of the dev cases or of the held-out generator.  Each cause in several shapes, both ways."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories


def _cats(auditor, *turns, step: int = 20):
    return conv_categories(auditor, turns, start="2025-09-03T10:00:00", step=step)


_ASKED = [("customer", "这款电水壶烧一壶水要多久"), ("agent", "您好，一点五升大约六分钟就能烧开")]
_BYE = [("customer", "嗯"), ("agent", "回头见 祝一切顺遂")]


# ---------- thanks answered as the agent's duty, modest help, praise taken up or returned: acknowledged
@pytest.mark.parametrize("reply", ["守着这摊本就分内事 用着顺就成", "都是应当做的 水壶出毛病再喊我",
                                   "能帮上点忙就行 您再挑挑", "被您一夸小妹都飘了，再见啦",
                                   "和您交流得挺开心 下回见", "您讲得明白 小妹我也跟着舒心"])
def test_thanks_answered_in_other_words_is_acknowledged(auditor, reply):
    cats = _cats(auditor, *_ASKED, ("customer", "明白了 多谢多谢"), ("agent", reply), *_BYE)
    assert "thanks_unacknowledged" not in cats


@pytest.mark.parametrize("reply", ["水壶底座记得擦干", "这款还有白色可选", "壶身是双层的不烫手"])
def test_thanks_answered_with_other_matters_only_is_not(auditor, reply):
    cats = _cats(auditor, *_ASKED, ("customer", "明白了 多谢多谢"), ("agent", reply), *_BYE)
    assert "thanks_unacknowledged" in cats


# ---------- an apology eased by denying what the customer blames themselves for, or by giving them time
@pytest.mark.parametrize("reply", ["这问题问得一点也不笨，壶嘴是防烫的", "您家里事情要紧，啥时候回来都可以，壶嘴是防烫的",
                                   "不用着急哈，壶嘴是防烫的", "一点儿都不耽误，壶嘴是防烫的"])
def test_an_apology_eased_in_other_words_is_acknowledged(auditor, reply):
    cats = _cats(auditor, *_ASKED, ("customer", "抱歉 方才去晾衣服了 壶嘴烫不烫手"), ("agent", reply), *_BYE)
    assert "apology_unacknowledged" not in cats


def test_an_apology_answered_with_the_fact_only_is_not(auditor):
    cats = _cats(auditor, *_ASKED, ("customer", "抱歉 方才去晾衣服了 壶嘴烫不烫手"), ("agent", "壶嘴是防烫的"), *_BYE)
    assert "apology_unacknowledged" in cats


# ---------- a suggestion passed on to a team named by its work, praised as on the mark, taken in, or thanked for
_SUGGEST = ("customer", "建议你们把水位刻度印得大一点 老人看不清")


@pytest.mark.parametrize("reply", ["已经转给管包装的同事了", "这一条讲到点子上啦", "您这个意见提得很在理",
                                   "此提议小妹代产品组收下了", "会汇总进下批改版清单", "多谢您替店里操心这么多",
                                   "多谢您给指出 表里登记上了", "已同步给运营那边"])
def test_a_suggestion_taken_up_in_other_words_is_acknowledged(auditor, reply):
    cats = _cats(auditor, *_ASKED, _SUGGEST, ("agent", reply), *_BYE)
    assert "suggestion_unacknowledged" not in cats


@pytest.mark.parametrize("wish", ["这壶挺好，就是颜色少，要是多出几种颜色就好了", "壶是好壶，如果多出几款小容量的就更好了"])
def test_a_new_kind_of_goods_wished_for_is_a_suggestion(auditor, wish):
    cats = _cats(auditor, *_ASKED, ("customer", wish), ("agent", "目前只有黑色"), *_BYE)
    assert "suggestion_unacknowledged" in cats


def test_a_new_kind_wished_for_and_taken_in_is_clean(auditor):
    cats = _cats(auditor, *_ASKED, ("customer", "你们这壶只有黑色，要是再出个奶白色的就好了"),
                 ("agent", "这点子小妹记下了 会交给产品组"), *_BYE)
    assert "suggestion_unacknowledged" not in cats


# ---------- a complaint without 投诉: disappointment with a degree word, being fooled, the manner, the trouble, pestering
_ANGRY = ["上个月那双拖鞋没几天开了胶 老实讲有些失望", "刚付款就便宜七十五 合着早买的是冤大头", "送货的小哥冲我嚷嚷，说楼层太高",
          "买个东西还要看客服脸色", "退个款要填五张表 可真够折腾的", "一天打三个推销电话，烦不烦", "你们到底退不退款"]


@pytest.mark.parametrize("said", _ANGRY)
def test_a_complaint_without_the_word_needs_an_apology(auditor, said):
    cats = _cats(auditor, ("customer", said), ("agent", "您好，这边记录一下情况"), *_BYE)
    assert "complaint_no_apology" in cats


@pytest.mark.parametrize("said", _ANGRY)
def test_the_same_complaint_met_with_an_apology_is_clean(auditor, said):
    cats = _cats(auditor, ("customer", said), ("agent", "您好 太对不住了 这边记录一下情况"), *_BYE)
    assert "complaint_no_apology" not in cats


@pytest.mark.parametrize("said", ["这款保温杯不会让人失望吧", "这个到底能装多少毫升"])
def test_no_complaint_in_a_plain_question(auditor, said):
    cats = _cats(auditor, ("customer", said), ("agent", "您好，能装五百毫升，保温六小时"), *_BYE)
    assert "complaint_no_apology" not in cats


# ---------- the result of a check given beside the thanks for waiting (久等 …): the agent came back
_HOLD = [("customer", "我那单台灯还没发货吧 想换个颜色"), ("agent", "您好 小妹去瞅瞅这单眼下啥状态 请稍等")]


@pytest.mark.parametrize("back", ["劳您久等了，包裹还在打包，颜色能换。", "抱歉让您候着了，这单没出库，能改白色。"])
def test_a_result_beside_the_thanks_for_waiting_comes_back(auditor, back):
    cats = _cats(auditor, *_HOLD, ("agent", back), ("customer", "那换白色"),
                 ("agent", "已改成白色 周三寄出"), ("customer", "好了"), ("agent", "回头见 祝一切顺遂"), step=70)
    assert "followup_missed" not in cats


def test_thanks_for_waiting_with_the_check_still_going_is_no_result(auditor):
    cats = _cats(auditor, *_HOLD, ("agent", "劳您久等 正在加急核实"), ("customer", "那换白色"),
                 ("agent", "已改成白色 周三寄出"), ("customer", "好了"), ("agent", "回头见 祝一切顺遂"), step=70)
    assert "followup_missed" in cats


# ---------- a fault the customer fixed, found their own wrong fitting, or the connection back: no after-sales case
_TRY = [("customer", "新买的台灯拨开关不亮 是不是坏了"), ("agent", "您好 底座插头插牢了没？")]


@pytest.mark.parametrize("fixed", ["哦哦 插头插错孔了 现在可以了 抱歉哈", "啊 滤网装反了 换过来以后正常了"])
def test_the_customers_own_wrong_fitting_fixed_is_no_case(auditor, fixed):
    cats = _cats(auditor, ("customer", "新买的净化器开机不转 莫非坏了"), ("agent", "您好 麻烦瞧瞧插头和滤网的位置"),
                 ("customer", fixed), ("agent", "没关系的，能用就好"), *_BYE)
    assert "aftersales_flow" not in cats


@pytest.mark.parametrize("back", ["灯亮了", "终于连上了"])
def test_the_part_working_again_closes_the_case(auditor, back):
    cats = _cats(auditor, *_TRY, ("customer", "插紧了 还是不亮"), ("agent", "小妹查查批号 请稍等"),
                 ("agent", "查到了 这批拨钮出厂偏紧 害您折腾 太对不住 您放心 使劲推到头就通了"),
                 ("customer", back), ("agent", "那太好了 回头见"))
    assert "aftersales_flow" not in cats
