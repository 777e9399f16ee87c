"""Issue 12, recall round two (misses read on the blind pool n32 and fresh15, fixed by their cause): after-sales cases told
with a defect the word lists lacked (a cut, parts of a pair not matching, a noise by its sound, a machine stopping with an
error code) or with the goods' arrival said as 到了…发现 / 收到几天; a difficulty of use (连不上 / 拧不紧 / 插不进去) cured by
advice or told before buying is no case; a customer made to tell again what they told before the agent asked
(004: 认真倾听，不让顾客重复叙述); a wish about the customer's own account is no suggestion.  Every sentence is written for
this test from the seeds' rules; none is a sentence of those sets, of the dev cases or of the held-out generator."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_BYE = "多谢惠顾，回见"


def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2025-09-03T10:00:00")


# ------------------------------------------- after-sales: the defect forms and the arrival forms make the report a case
_CASES = [
    "背包寄到了，拆袋发现侧兜裂开一道豁口",
    "毛巾架收到两周，左右两根横杆高度不一致",
    "小风扇到货两天，转起来嘎吱嘎吱地响",
    "豆浆机磨到一半突然停了，面板跳出E7",
]
_ASK = "麻烦拍下实物图发我瞧瞧？"
_FOUND = "收到图片，是出厂质检漏掉的毛病。"
_SORRY = "真对不住，耽误您用了，别上火。"
_FIX = "马上补寄全新的一件，旧件留着不必退。"


@pytest.mark.parametrize("report", _CASES)
def test_a_defect_in_new_words_is_a_case_that_owes_an_apology(auditor, report):
    flat = _cats(auditor, ("customer", report), ("agent", _ASK), ("customer", "照片发你了"),
                 ("agent", _FOUND + _FIX), ("customer", "好的"), ("agent", _BYE))
    assert "aftersales_flow" in flat
    kind = _cats(auditor, ("customer", report), ("agent", _ASK), ("customer", "照片发你了"),
                 ("agent", _FOUND + _SORRY), ("agent", _FIX), ("customer", "好的"), ("agent", _BYE))
    assert "aftersales_flow" not in kind


# ------------------------------- a difficulty of use that the agent's advice cures, or told before buying, is no case
_USE = [
    ("耳机收到了，跟手机一直连不上", "您好，您先长按耳机按键五秒重置，再到手机蓝牙里重新配对试试？", "重置完好了"),
    ("保温杯到了，杯盖老是拧不紧", "您好，杯盖里那圈密封圈要先压平再拧，您试一下？", "压平后可以了"),
    ("刚拿到的充电器，插头插不进去", "您好，插头两侧有个保护卡片，先把它掰下来再插试试？", "掰掉以后好了"),
]


@pytest.mark.parametrize("report, advice, fixed", _USE)
def test_a_difficulty_of_use_cured_by_advice_is_no_case(auditor, report, advice, fixed):
    cats = _cats(auditor, ("customer", report), ("agent", advice), ("customer", fixed), ("agent", _BYE))
    assert "aftersales_flow" not in cats


@pytest.mark.parametrize("before, trouble, advice", [
    ("这两款转换插头有什么不同", "我家墙上的插座老是插不进去", "那您选扁脚那款，和国标插座是配套的。"),
    ("拖把头有几种规格呀", "我家那个旧杆子总是卡不住", "那推荐您选卡扣加宽的款，旧杆子也能卡牢。"),
])
def test_a_difficulty_told_before_buying_is_no_case(auditor, before, trouble, advice):
    cats = _cats(auditor, ("customer", before), ("agent", "您好，一款是扁脚一款是圆脚，尺寸也不同。"),
                 ("customer", trouble), ("agent", advice), ("customer", "行，没别的了"), ("agent", _BYE))
    assert "aftersales_flow" not in cats


def test_a_defect_cured_by_advice_is_still_judged_and_a_difficulty_with_goods_kept_is_a_case(auditor):
    # (the after-sales words beside the difficulty still name a defect; unfixed, a difficulty with the goods received is a case)
    kept = _cats(auditor, ("customer", "台灯收到了，开关按不动还漏电"), ("agent", _FIX), ("customer", "好的"), ("agent", _BYE))
    assert "aftersales_flow" in kept


# ---------------------------------------- asked_to_repeat: the agent asks for what the customer had already told
_TOLD = [
    ("想订一双登山鞋，平常穿四十二码，脚背比较高", "平常穿多大码？脚型怎样？", "四十二码，脚背高"),
    ("家里打印机型号是佳印M2800，想配个兼容硒鼓", "您那台属于哪一款型号？", "佳印M2800"),
    ("给闺女挑书桌，她今年读三年级，个子一米三", "闺女几年级，个子多高呀？", "读三年级，一米三"),
]


@pytest.mark.parametrize("first, ask, again", _TOLD)
def test_telling_again_what_was_told_before_the_question(auditor, first, ask, again):
    cats = _cats(auditor, ("customer", first), ("agent", ask), ("customer", again),
                 ("agent", "好嘞，挑这款正好，仓里有货。"), ("customer", "好"), ("agent", _BYE))
    assert "asked_to_repeat" in cats


@pytest.mark.parametrize("first, ask, reply", [
    ("想订一双登山鞋，平常穿四十二码", "想要哪种颜色呢？", "要灰色的"),
    ("家里打印机型号是佳印M2800，想配个兼容硒鼓", "您确认下是佳印M2800吗？", "对，佳印M2800"),
    ("给闺女挑书桌，她今年读三年级", "个子大概多高呀？", "一米三左右"),
])
def test_answering_a_new_question_or_a_confirmation_is_no_repeat(auditor, first, ask, reply):
    cats = _cats(auditor, ("customer", first), ("agent", ask), ("customer", reply),
                 ("agent", "好嘞，挑这款正好，仓里有货。"), ("customer", "好"), ("agent", _BYE))
    assert "asked_to_repeat" not in cats


# ----------------------------- a wish about the customer's own account or service is a request, not a suggestion
@pytest.mark.parametrize("wish, answer", [
    ("以后能不能给我设为禁止自动续费", "行，您账号的自动续费已停，到期不扣钱了。"),
    ("以后能不能替我将短信提醒停掉", "行，短信提醒已停掉，明早起不再发。"),
])
def test_a_wish_about_the_own_account_is_no_suggestion(auditor, wish, answer):
    cats = _cats(auditor, ("customer", wish), ("agent", answer), ("customer", "好"), ("agent", _BYE))
    assert "suggestion_unacknowledged" not in cats


def test_a_wish_about_how_the_shop_works_is_still_a_suggestion(auditor):
    cats = _cats(auditor, ("customer", "以后能不能把说明书上的字印大一点"), ("agent", "说明书是统一印刷的。"),
                 ("customer", "好"), ("agent", _BYE))
    assert "suggestion_unacknowledged" in cats
