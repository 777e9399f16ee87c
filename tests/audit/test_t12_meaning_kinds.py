"""Kinds of miss on blind chats for after-sales and complaints (seed 003 §售后 查明原因——道歉——安抚——提供解决方案;
004 客户抱怨).  Sentences written for these tests from the seeds' rules."""

import pytest

from zhijian.audit.checks.aftersales import aftersales_flow
from zhijian.audit.checks.complaint import complaint_no_apology

LAMP = ("customer", 0, "台灯底座摔裂了")
PHOTO = ("agent", 5, "劳驾拍张照片发来瞧瞧")
PIC = ("customer", 20, "[图片]")
REMEDY = ("agent", 40, "这就为您补寄新底座一只")


# ---------------------------------------------------------------- after-sales: the soothing step (安抚)
@pytest.mark.parametrize("bare", ["确认是做工的毛病，很抱歉。", "核对后是装箱时磕坏的，对不起哈", "路上被压坏的，抱歉"])
def test_a_bare_apology_with_no_soothing_misses_the_step(findings, bare):
    (f,) = findings(aftersales_flow, LAMP, PHOTO, PIC, ("agent", 30, bare), REMEDY)
    assert f.category == "aftersales_flow" and "安抚" in f.message


@pytest.mark.parametrize("soothed", ["确认是做工的毛病，抱歉哈扫了您的兴。", "核对后是装箱时磕坏的，对不起哈，请放宽心，这事负责到底",
                                     "路上被压坏的，抱歉，耽误您用台灯了"])
def test_an_apology_that_soothes_or_a_word_of_comfort_is_fine(run, soothed):
    assert run(aftersales_flow, LAMP, PHOTO, PIC, ("agent", 30, soothed), REMEDY) == []


# ---------------------------------------------------------------- after-sales: faults the word lists missed
@pytest.mark.parametrize("report", ["新装的热水器接口一直往外渗，地上湿了一片", "拆开盒子一数，五件套少装了一件",
                                    "衬衫第一次过水就褪色了，领子那块颜色都花了"])
def test_a_fault_told_in_other_words_opens_a_case(findings, report):
    # the remedy with no apology at all: the case is read, so the missing apology is found
    (f,) = findings(aftersales_flow, ("customer", 0, report), PHOTO, PIC, ("agent", 30, "看到了，问题出在出厂检验"), REMEDY)
    assert f.category == "aftersales_flow"


@pytest.mark.parametrize("ask", ["请问这款热水器装好以后多久能洗澡", "拆开盒子以后说明书在哪一层"])
def test_a_question_about_the_goods_opens_no_case(run, ask):
    assert run(aftersales_flow, ("customer", 0, ask), ("agent", 5, "装好通电半小时就可以用了")) == []


# ---------------------------------------------------------------- after-sales: a remedy asked for consent finds no cause
@pytest.mark.parametrize("offer", ["抱歉哈让您受累，咱们这就补寄一个新灯座，这样可以吗", "真抱歉叫您受累了，咱们为您办退货和退款，您看行吗"])
def test_a_remedy_put_for_consent_is_no_cause_check(findings, offer):
    (f,) = findings(aftersales_flow, LAMP, ("agent", 5, offer), ("customer", 20, "行吧"), ("agent", 30, "已经办好了"))
    assert f.category == "aftersales_flow" and "未查明原因" in f.message


def test_a_question_about_what_went_wrong_still_finds_the_cause(run):
    turns = [LAMP, ("agent", 5, "请问是到手就裂了，还是用过几天才裂的呢"), ("customer", 20, "收到就这样"),
             ("agent", 30, "抱歉哈让您受累，咱们这就补寄一个新灯座，这样可以吗")]
    assert run(aftersales_flow, *turns) == []


# ---------------------------------------------------------------- complaints said as a sneer or a rhetorical question
SNEERS = ["客服电话打了五遍才有人接，你们这热线就是个摆设", "这么点事拖了半个月，是故意的吧",
          "三次都说明天发，逗我玩呢", "为等师傅我推了个会，我的工夫这样不值钱？"]


@pytest.mark.parametrize("sneer", SNEERS)
def test_a_sneer_at_the_shop_is_a_complaint(run, sneer):
    turns = [("customer", 0, sneer), ("agent", 5, "包裹周四中午能到"), ("customer", 20, "哦"), ("agent", 30, "再会，周末愉快")]
    assert run(complaint_no_apology, *turns) == [("complaint_no_apology", 0)]


@pytest.mark.parametrize("sorry", ["先给您赔不是了，包裹周四中午能到", "换谁碰上都生气，换我也上火，包裹周四中午能到",
                                   "真对不住，包裹周四中午能到"])
def test_an_apology_in_other_words_answers_the_sneer(run, sorry):
    # (a complaint in so many words, read before this change too: only the apology's wording is new)
    turns = [("customer", 0, "订单拖了十天都不发，非投诉不可"), ("agent", 5, sorry), ("customer", 20, "哦"),
             ("agent", 30, "再会，周末愉快")]
    assert run(complaint_no_apology, *turns) == []


@pytest.mark.parametrize("ask", ["这个音箱晚上开大声，隔壁会不会投诉啊", "万一半夜用着吵到楼下，会不会被投诉"])
def test_a_complaint_word_in_a_supposition_is_no_complaint(run, ask):
    assert run(complaint_no_apology, ("customer", 0, ask), ("agent", 5, "一般不会的")) == []
