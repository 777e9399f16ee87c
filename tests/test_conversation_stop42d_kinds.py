"""Issue 12, stop 42 (c42d): two structural readings of the conversation audit, on chats written for this test (JD style,
seeds 000 and 003), each kind shown on clean chats and on faulty ones that must stay flagged.

* unanswered: 还是 meaning "still" (…开了一整晚还是凉的 / …修了一次还是老样子 / …是照着图纸组装的，还是不出雾) tells a state that did
  not change, it asks no either-or question: a choice verb done already (了 / 过 / 完 after it, or a span spent on it before
  还是) or 还是 followed by a negation or "the same" joins no alternatives (pack ``alternative_question``), so the statement
  opens no question whose choices the agent must name.  A real either-or question (是寄回去修还是直接换新 / 退还是不退) still
  asks and stays open when skipped.
* aftersales_flow / complaint_no_apology: 你们这X怎么回事 / 这X咋回事 / 你们这X是怎么搞的 as the customer's first need points at the
  goods and asks what is wrong with them: a problem report put as a question (pack ``trouble_question_forms``,
  ``reports._trouble_asked``), and, asked of the shop (你们这…怎么回事), a complaint (pack ``complaint_forms``); a coupon or price
  pointed at (这张优惠券怎么回事) is no fault of the goods."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories
from zhijian.audit.settle import compact

_BYE = ("agent", "不用谢哈，之后有啥事随时喊我，祝您一切顺利，再见～")


def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2025-12-09T10:00:00")


# ---------- 还是 as "still": a state that did not change, no either-or question
def _still(goods: str, said: str):
    return (("customer", said), ("agent", "您好，实在不好意思，想先问下是刚到手就这样吗？"), ("customer", "对"),
            ("agent", f"让您闹心了，{goods}我们这就安排重发一台，您看行吗"), ("customer", "行，谢谢"), _BYE)


@pytest.mark.parametrize("goods,said", [
    ("电暖器", "电暖器开了一整晚还是凉的"),
    ("电水壶", "电水壶寄回去修了一次还是老样子"),
    ("加湿器", "加湿器是照着图纸组装的，还是不出雾"),
])
def test_still_tells_a_state_and_asks_no_choice(auditor, goods, said):
    cats = _cats(auditor, *_still(goods, said))
    assert "unanswered" not in cats


def test_a_real_either_or_question_skipped_stays_open(auditor):
    cats = _cats(auditor, ("customer", "电暖器开了一整晚还是凉的，是要寄回去修还是直接换新"),
                 ("agent", "您好，实在不好意思，电暖器到手后插电试过吗"), ("customer", "试过"),
                 ("agent", "好的，电暖器这事我登记了"), ("customer", "嗯"), _BYE)
    assert "unanswered" in cats


@pytest.mark.parametrize("said,choice", [("电暖器", "电暖器是油汀的还是暖风的"), ("退货", "这单退还是不退"), ("水壶", "壶身是玻璃还是不锈钢的")])
def test_alternative_question_still_reads_as_one(auditors, said, choice):
    pat = auditors["jd"].config.words_re("alternative_question")
    assert pat.search(compact(choice))
    for still in ("开了一整晚还是凉的", "换了新电池还是不亮", "用了你们教的办法还是一样", "我还是没收到退款"):
        assert not pat.search(compact(still))


# ---------- 你们这X怎么回事 as the first need: a problem report put as a question
@pytest.mark.parametrize("said", ["你们这台加湿器怎么回事", "这电水壶咋回事", "你们这蓝牙耳机是怎么搞的"])
def test_what_is_wrong_with_the_goods_answered_as_presales_is_a_skipped_case(auditor, said):
    cats = _cats(auditor, ("customer", said), ("agent", "您好，这款容量大，静音设计，欢迎选购～"), ("customer", "哦"),
                 ("agent", "感谢您的咨询，祝您生活愉快，再见～"))
    assert "aftersales_flow" in cats


def test_what_is_wrong_asked_of_the_shop_is_a_complaint(auditor):
    cats = _cats(auditor, ("customer", "你们这台加湿器怎么回事"), ("agent", "您好，这款容量大，静音设计，欢迎选购～"),
                 ("customer", "哦"), ("agent", "感谢您的咨询，祝您生活愉快，再见～"))
    assert "complaint_no_apology" in cats


@pytest.mark.parametrize("said", ["你们这台加湿器怎么回事", "这电水壶咋回事", "你们这蓝牙耳机是怎么搞的"])
def test_what_is_wrong_with_the_goods_handled_as_a_case_is_clean(auditor, said):
    cats = _cats(auditor, ("customer", said), ("agent", "您好，实在不好意思，麻烦说说具体是什么情况？"),
                 ("customer", "插上电指示灯都不亮"),
                 ("agent", "让您闹心了，多半是电源板坏了，我们安排重发一台，明早就寄出"), ("customer", "好的谢谢"), _BYE)
    assert not cats & {"aftersales_flow", "complaint_no_apology", "unanswered"}


def test_a_coupon_pointed_at_is_no_fault_of_the_goods(auditor):
    cats = _cats(auditor, ("customer", "你们这张优惠券怎么回事，领了用不上"),
                 ("agent", "您好，让您久等了，这张券限定部分商品，您挑的那款不参与"), ("customer", "好的谢谢"), _BYE)
    assert "aftersales_flow" not in cats
