"""Issue 12 (t12o): what opens an after-sales case and which apology counts, read from the false and missed flags on
real JD chats.  Every sentence here is written for this test from seed 003 §售后 (查明原因 → 道歉 → 安抚 → 方案) and 001
§物流 (a parcel still on its way is answered, not handled as a fault); none comes from a benchmark set, the dev cases
or the JDDC sample.  Each kind is checked both ways."""

from __future__ import annotations

import pytest

from zhijian.audit import Auditor

from chat_fixtures import conv_categories


@pytest.fixture(scope="module")
def jd():
    return Auditor("jd")


def _cats(jd, *turns):
    return conv_categories(jd, turns, start="2025-06-03T10:00:00")


def _labels(jd, text):
    return jd.config.lexicon.labels(text)


# ---------------------------------------------------------------- goods received, or not
@pytest.mark.parametrize("text", ["那个旧号码早就不用了", "暂时不用了，谢谢", "下单时用了一张满减券", "结账用了优惠"])
def test_no_longer_using_or_a_coupon_used_names_no_goods_received(jd, text):
    assert "goods_received" not in _labels(jd, text)


@pytest.mark.parametrize("text", ["台灯用了两周，灯管不亮了", "这条裤子才用了一次", "用了以后皮肤发红"])
def test_goods_used_still_name_goods_received(jd, text):
    assert "goods_received" in _labels(jd, text)


@pytest.mark.parametrize("text", ["已经收到货物了", "显示商品已经收到了", "刚收到货", "昨天拿到手了", "订了四把椅子目前已到货"])
def test_a_sentence_that_only_says_the_goods_came_is_receipt_only(jd, text):
    assert "receipt_only" in _labels(jd, text)


@pytest.mark.parametrize("text", ["刚收到就发现屏幕有裂痕", "收到货了但是少了螺丝", "拿到手了可是打不开"])
def test_a_receipt_with_a_fault_is_not_receipt_only(jd, text):
    assert "receipt_only" not in _labels(jd, text)


@pytest.mark.parametrize("first", ["两台电暖器今天已经收到货了", "订的书架目前已收到货", "显示商品已经收到了"])
def test_goods_received_then_a_question_of_service_opens_no_case(jd, first):
    cats = _cats(jd, ("customer", first), ("customer", "请问上门安装一般要等几天？"),
                 ("agent", "安装归品牌方管，下单后两日内师傅会打电话来约上门。"),
                 ("customer", "好的，谢谢"), ("agent", "不用谢～愿您一切顺利"))
    assert "aftersales_flow" not in cats


def test_goods_received_with_a_fault_still_opens_a_case(jd):
    cats = _cats(jd, ("customer", "电暖器今天收到了，通电以后一点反应都没有"),
                 ("agent", "这台给您调换新机，明早寄出。"), ("customer", "好的"),
                 ("agent", "愿您一切顺利～"))
    assert "aftersales_flow" in cats


@pytest.mark.parametrize("text", ["我刚点了确认收货，可包裹还没送到，帮我看看到哪了", "货还没寄到，帮我看看物流到哪了"])
def test_a_parcel_still_on_its_way_is_no_case(jd, text):
    cats = _cats(jd, ("customer", text), ("agent", "包裹已到派送点，傍晚前能送达，留意来电就行"),
                 ("customer", "好的"), ("agent", "不用谢～愿您一切顺利"))
    assert "aftersales_flow" not in cats


# ---------------------------------------------------------------- a lost parcel is a case
@pytest.mark.parametrize("text", ["物流上写着已签收，可家里谁都没拿到", "我没有收到包裹，怎么就显示签收了",
                                  "订单显示签收好几天了，我根本没见到东西"])
def test_signed_for_but_never_got_opens_a_case(jd, text):
    assert "lost_parcel" in _labels(jd, text)
    cats = _cats(jd, ("customer", text), ("agent", "我去查配送记录，请等我一会儿"), ("customer", "好"),
                 ("agent", "查到了，快递员说放在代收点了，您去问一下吧。"), ("customer", "好吧"),
                 ("agent", "愿您一切顺利～"))
    assert "aftersales_flow" in cats


def test_a_lost_parcel_traced_and_found_is_handled(jd):
    cats = _cats(jd, ("customer", "物流上写着已签收，可家里谁都没拿到"),
                 ("agent", "运单号给我发来，我去查配送记录"), ("customer", "YT80021"),
                 ("agent", "查明白了：派件员把它搁进楼下丰巢柜了——对不起没先告诉您；别急哈，提货码我重发到您手机了。"),
                 ("customer", "拿到了"), ("agent", "那就好，愿您一切顺利"))
    assert "aftersales_flow" not in cats


# ---------------------------------------------------------------- the case's apology, given once
def _after_the_remedy(first_reply):
    return (("customer", "烧水壶插上电，指示灯亮了但就是不加热"), ("agent", "请问是头一回通电即如此，或者用过几次才出现？"),
            ("customer", "对，昨天刚拆开"), ("agent", first_reply), ("customer", "好的"),
            ("customer", "我找邻居的电工看了，他也说发热盘坏了，外包装扔了还能换吗？"),
            ("agent", "没有外包装也可以换的，寄回时用别的纸箱包好就行。"), ("customer", "行"),
            ("agent", "愿您一切顺利～"))


def test_the_same_fault_told_again_after_an_apologised_remedy_needs_no_second_apology(jd):
    cats = _cats(jd, *_after_the_remedy("真对不起让您遇到这情况，我们给您调换新壶，订单页里点换货即可。"))
    assert "aftersales_flow" not in cats


def test_a_case_never_apologised_for_is_still_reported(jd):
    cats = _cats(jd, *_after_the_remedy("我们给您调换新壶，订单页里点换货即可。"))
    assert "aftersales_flow" in cats


@pytest.mark.parametrize("text", ["你们又寄错了", "这是第三次发错了", "仓库给我发错了款式"])
def test_the_wrong_goods_sent_is_an_after_sales_word(jd, text):
    assert "aftersales" in _labels(jd, text)


@pytest.mark.parametrize("text", ["不好意思我发错了，是下面这个", "我又发错了链接"])
def test_the_customer_sending_the_wrong_message_is_no_defect(jd, text):
    assert "aftersales" not in _labels(jd, text)


@pytest.mark.parametrize("text", ["体重秤站上去三回显示三个数", "电子秤读数差了两公斤", "做工太差了", "这锅质量很差"])
def test_inconsistent_readings_and_poor_make_are_after_sales_words(jd, text):
    assert "aftersales" in _labels(jd, text)


@pytest.mark.parametrize("text", ["便宜了两块钱", "显示三个包裹", "温度差不多"])
def test_numbers_that_name_no_fault_are_no_after_sales_word(jd, text):
    assert "aftersales" not in _labels(jd, text)


# ---------------------------------------------------------------- complaints: which apology counts
def _grievance(reply):
    return (("customer", "这个充电宝太劣质了，外壳都翘起来了"), ("agent", "订单号给我发来吧"),
            ("customer", "88213"), ("agent", reply), ("customer", "发过去了"),
            ("customer", "买来不到二十天就鼓包，这种东西我真是受不了"),
            ("agent", "退货单已替您提交，明早有人上门收件。"), ("customer", "好"),
            ("agent", "愿您一切顺利～"))


def test_an_apology_given_since_the_grievance_began_counts(jd):
    cats = _cats(jd, *_grievance("让您碰上这种货真是对不起，拍张图发我瞧瞧？"))
    assert "complaint_no_apology" not in cats


def test_no_apology_since_the_grievance_began_is_reported(jd):
    cats = _cats(jd, *_grievance("拍张图发我瞧瞧？"))
    assert "complaint_no_apology" in cats


@pytest.mark.parametrize("text", ["电饭煲用了一周，昨晚煮粥，结果米还没熟就跳到保温了",
                                  "我按说明书装好，结果开机就报错"])
def test_then_in_a_story_of_a_fault_breaks_no_promise(jd, text):
    assert "service_failure" not in _labels(jd, text)


@pytest.mark.parametrize("text", ["本来说周三送到，结果今天还没动静", "结果到现在还没有人联系我", "我以为能改地址，结果不行"])
def test_then_against_what_was_said_breaks_a_promise(jd, text):
    assert "service_failure" in _labels(jd, text)
