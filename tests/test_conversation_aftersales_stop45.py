"""Issue 12, stop 45: the after-sales order (seed 003 §售后 查明原因 → 道歉 → 安抚 → 提供解决方案) read by kind on the stop-45
after-sales pool and fresh29.  Every sentence here is written for this test (other goods, other wording); none is a sentence
of those sets, of the dev cases or of the held-out half.  Each kind as a faulty chat and its clean twin."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_NO_APOLOGY = [("agent", "您好 麻烦拍段视频给我看看"), ("customer", "[视频]"),
               ("agent", "视频看到了 是里面的卡扣歪了 给您补寄一个新的 今天就发"), ("customer", "好"), ("agent", "那先这样 再见")]
_IN_ORDER = [("agent", "您好 麻烦拍段视频给我看看"), ("customer", "[视频]"),
             ("agent", "视频看到了 是里面的卡扣歪了 实在抱歉让您糟心了 您放心 一定给您弄好"),
             ("agent", "给您补寄一个新的 今天就发"), ("customer", "好"), ("agent", "那先这样 再见")]


def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2025-09-03T15:00:00")


# ---------- a trouble told in words no list held: a part that jams, a set program not run, a home service left undone,
# goods received with a trouble not yet named — each opens a case
_REPORTS = ["行李箱拉杆往上拉到一半就卡住了", "烤箱设好的那档定时今早没启动", "台式风扇收到了 有点毛病"]


@pytest.mark.parametrize("report", _REPORTS)
def test_a_trouble_in_these_words_opens_a_case(auditor, report):
    assert "aftersales_flow" in _cats(auditor, ("customer", report), *_NO_APOLOGY)


@pytest.mark.parametrize("report", _REPORTS)
def test_the_same_trouble_handled_in_order_is_clean(auditor, report):
    assert "aftersales_flow" not in _cats(auditor, ("customer", report), *_IN_ORDER)


def test_a_home_service_left_undone_opens_a_case(auditors):
    report = ("customer", "家政阿姨上午做完了 阳台推拉门的轨道没清理")
    assert "aftersales_flow" in _cats(auditors["generic"], report, *_NO_APOLOGY)
    assert "aftersales_flow" not in _cats(auditors["generic"], report, *_IN_ORDER)


def test_a_fear_of_what_may_happen_is_no_case(auditor):
    cats = _cats(auditor, ("customer", "这款腊肠怕蒸烂了 蒸多久合适"),
                 ("agent", "您好 可以直接上明火 第一次用前先煮一锅米汤"), ("customer", "好的"), ("agent", "那先这样 再见"))
    assert "aftersales_flow" not in cats


# ---------- a remedy handed over for any trouble, or as a step the customer does alone, before anything is asked
_REPORT = ("customer", "吹风机到了 开了两分钟就自己停了")
_ASKED_THEN = [("customer", "[视频]"), ("agent", "看到了 是滤网被毛发堵住了 实在抱歉让您糟心了 您放心 拆下滤网冲一冲就好"),
               ("customer", "冲完好了 能用了"), ("agent", "那先这样 再见")]


@pytest.mark.parametrize("first", ["您好 有质量问题的话直接申请换货就行 运费我们出",
                                   "您好 您直接在售后页面提交退货就可以 来回运费店里承担"])
def test_a_remedy_handed_over_before_asking_is_out_of_order(auditor, first):
    cats = _cats(auditor, _REPORT, ("agent", first), ("customer", "我不想退 就想知道怎么回事"),
                 ("agent", "麻烦拍段视频给我看看"), *_ASKED_THEN)
    assert "aftersales_flow" in cats


def test_the_same_step_after_asking_and_apologising_is_clean(auditor):
    cats = _cats(auditor, _REPORT, ("agent", "您好 麻烦拍段视频给我看看"), ("customer", "[视频]"),
                 ("agent", "看到了 是机身温控片装歪了 实在抱歉让您糟心了 您放心 一定给您弄好"),
                 ("agent", "您直接在售后页面提交换货就行 运费我们出"), ("customer", "嗯"), ("agent", "那先这样 再见"))
    assert "aftersales_flow" not in cats


# ---------- the fault put on the customer's handling before anything is asked or checked
_SOUR = ("customer", "酸奶今天到的 打开一股臭味")
_CHECKED = [("agent", "我查一下物流 请稍等"),
            ("agent", "查到了 路上多走了一天 是我们冷链没跟上 实在抱歉让您糟心了 您放心 给您补发一箱 明天发出"),
            ("customer", "好"), ("agent", "那先这样 再见")]


def test_blaming_the_customer_before_checking_is_out_of_order(auditor):
    cats = _cats(auditor, _SOUR, ("agent", "您好 这种一般是收到后没及时冷藏造成的"), ("customer", "我一到就放冰箱了"), *_CHECKED)
    assert "aftersales_flow" in cats


def test_checking_first_is_clean(auditor):
    cats = _cats(auditor, _SOUR, ("agent", "您好 请问收到后放冰箱了吗"), ("customer", "一到就放冰箱了"), *_CHECKED)
    assert "aftersales_flow" not in cats


# ---------- no remedy: the case noted down in other words, the remedy put off until others judge it
_BRUSH = ("customer", "电动牙刷用了一周 开不了机")
_HEARD = [("agent", "您好 麻烦拍张充电时的照片给我"), ("customer", "[图片]"),
          ("agent", "照片看到了 是充电触点氧化了 实在抱歉让您糟心了 您放心 一定给您弄好"),
          ("agent", "这个情况我都仔细登记了"), ("customer", "然后呢 能换吗")]


def test_a_remedy_put_off_until_judged_is_no_remedy(auditor):
    cats = _cats(auditor, _BRUSH, *_HEARD, ("agent", "换不换得等检测后再定 有消息通知您"), ("customer", "行吧"),
                 ("agent", "那先这样 再见"))
    assert "aftersales_flow" in cats


def test_a_remedy_granted_after_the_record_is_clean(auditor):
    cats = _cats(auditor, _BRUSH, *_HEARD, ("agent", "可以给您换一支新的 明天就寄出"), ("customer", "行"),
                 ("agent", "那先这样 再见"))
    assert "aftersales_flow" not in cats
