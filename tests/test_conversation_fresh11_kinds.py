"""Issue 12 round 10, the kinds of misses found on benchmarks/data/fresh11_chats.jsonl (now read), fixed by their
cause: every sentence here is written for this test from the seeds' rules (000 漏回复/强制结束, 002/003 结束语, 003 售后顺序,
004 建议要感谢记录/客户抱怨/不让顾客重复); none is a sentence of that set, of the dev cases or of the held-out generator.
Each cause is checked in several shapes, and both ways where a proper handling exists."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_CLOSE = "感谢您的支持，祝您生活愉快，再见"


def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2025-06-18T15:00:00")


# ------------------------------------------------ seeing the customer on the day agreed (002/003: 结束语)
@pytest.mark.parametrize("bye", ["不客气，那我们周五见！", "好的，到时候见～", "收到，明天见哈"])
def test_seeing_the_customer_on_the_day_is_a_closing(auditor, bye):
    turns = [("customer", "周末能上门量尺寸吗"), ("agent", "您好，欢迎光临！周六上午有师傅可以安排。"),
             ("customer", "那就周六，谢谢")]
    assert "missing_closing" not in _cats(auditor, *turns, ("agent", bye))
    assert "missing_closing" in _cats(auditor, *turns, ("agent", "好的，已帮您约好师傅。"))


@pytest.mark.parametrize("text, closing", [("那我们下周二见", True), ("回头见啦", True), ("您见过这种款式吗", False),
                                           ("当天就能见效", False)])
def test_a_day_and_see_you_is_the_closing_word(auditor, text, closing):
    assert ("closing" in auditor.config.lexicon.labels(text)) is closing


# ------------------------------------------ a wish with the shop named first (004: 建议要感谢并记录)
@pytest.mark.parametrize("text, wish", [("你们详情页要是有个尺码对照就好了", True), ("店家如果能多配个替换头就更好了", True),
                                        ("商家要是早点写清楚就好了", True), ("你们要是今天发货明天能到吗", False),
                                        ("你们这个要是坏了怎么办", False)])
def test_a_wish_after_naming_the_shop_is_a_suggestion(auditor, text, wish):
    assert ("customer_suggestion" in auditor.config.lexicon.labels(text)) is wish


# ----------------------------------------- thanks for the idea, or it noted (004: 建议要感谢并记录)
@pytest.mark.parametrize("reply", ["这个点子真不错，谢谢你的建议，已经转给产品同事了", "好主意呀，我这边记下来了",
                                   "感谢亲的宝贵意见，我们会考虑的"])
def test_thanks_for_the_idea_acknowledges_the_suggestion(auditor, reply):
    turns = [("customer", "这款收纳箱有盖子吗"), ("agent", "您好，欢迎光临！有的，盖子是卡扣式的。"),
             ("customer", "建议你们把承重写在标题里")]
    assert "suggestion_unacknowledged" not in _cats(auditor, *turns, ("agent", reply), ("customer", "嗯"), ("agent", _CLOSE))
    assert "suggestion_unacknowledged" in _cats(auditor, *turns, ("agent", "承重是十五公斤左右。"), ("customer", "嗯"),
                                                ("agent", _CLOSE))


# ------------------------------------------- the service judged wanting (004: 客户抱怨, 先道歉)
@pytest.mark.parametrize("reproach", ["快递员把箱子扔在楼道就走，太不负责任了", "你们客服真不专业", "这样做事实在不像话"])
def test_calling_the_service_irresponsible_is_a_complaint(auditor, reproach):
    turns = [("customer", "我的包裹怎么被放在门卫那了"), ("agent", "您好，欢迎光临，派送方式是快递员安排的。"),
             ("customer", reproach)]
    assert "complaint_no_apology" in _cats(auditor, *turns, ("agent", "您下次可以备注送货上门。"), ("customer", "哦"),
                                           ("agent", _CLOSE))
    assert "complaint_no_apology" not in _cats(auditor, *turns, ("agent", "非常抱歉给您带来不便，我会反馈给快递站。"),
                                               ("customer", "哦"), ("agent", _CLOSE))


# ---------------------------------------------- the talk stopped by the agent (000: 不可以主动强制结束对话)
@pytest.mark.parametrize("stop", ["今天咱们就先聊到这儿吧，祝您愉快，再见", "那先说到这里，再见",
                                  "我这边先结束本次咨询了，感谢光临，再见", "其他问题您收货以后再来问吧，再见",
                                  "别的问题您明天上午再来咨询吧，再见"])
def test_stopping_the_talk_on_an_open_question_is_a_forced_end(auditor, stop):
    turns = [("customer", "这款电饭煲几升的"), ("agent", "您好，欢迎光临！是四升的，适合三到五口人。"),
             ("customer", "内胆是什么涂层")]
    assert "forced_end" in _cats(auditor, *turns, ("agent", stop))
    assert "forced_end" not in _cats(auditor, *turns, ("agent", "是陶瓷涂层的，不粘锅。"), ("customer", "好"),
                                     ("agent", "有其他问题欢迎随时咨询，再见"))


@pytest.mark.parametrize("after", ["有事您留个言，客服次日处理", "您可以先看看详情页哦"])
def test_a_forced_end_goodbye_is_no_missing_closing(auditor, after):
    turns = [("customer", "这款电饭煲几升的"), ("agent", "您好，欢迎光临！是四升的。"), ("customer", "能预约定时吗"),
             ("agent", "咱们今天就聊到这儿，祝您顺心，再见"), ("customer", "我还没问完呢"), ("agent", after)]
    got = _cats(auditor, *turns)
    assert "forced_end" in got and "missing_closing" not in got
    # (no goodbye at all, and the last word no closing: the closing is missing)
    plain = _cats(auditor, ("customer", "这款电饭煲几升的"), ("agent", "您好，欢迎光临！是四升的。"), ("customer", "好"),
                  ("agent", after))
    assert "missing_closing" in plain


# ------------------------------------ a goodbye over the open question, or past the added one (000: 漏回复)
@pytest.mark.parametrize("bye", ["感谢您的支持，祝您使用愉快，再见！", "谢谢亲的光临，再见～"])
def test_a_goodbye_saying_nothing_to_the_question_leaves_it_unanswered(auditor, bye):
    got = _cats(auditor, ("customer", "这款台灯有几档亮度"), ("agent", "您好，欢迎光临！有五档亮度可以调。"),
                ("customer", "充一次电能用几个小时"), ("agent", bye))
    assert {"forced_end", "unanswered"} <= got


@pytest.mark.parametrize("ask, answer", [
    ("明天上午能送到吗，另外包装里有没有说明书", "明天上午十点前可以送到"),
    ("周日能上门吗，还有安装要不要另外收费", "周日全天都可以上门"),
])
def test_a_goodbye_answering_one_question_skips_the_added_one(auditor, ask, answer):
    got = _cats(auditor, ("customer", "你好，这个书架要自己装吗"), ("agent", "您好，欢迎光临！需要安装，我们可以安排师傅。"),
                ("customer", ask), ("agent", answer + "，感谢您的支持，再见！"))
    assert "unanswered" in got and "forced_end" not in got
    # (both answered: nothing left)
    done = _cats(auditor, ("customer", "你好，这个书架要自己装吗"), ("agent", "您好，欢迎光临！需要安装，我们可以安排师傅。"),
                 ("customer", ask), ("agent", answer + "，另外那个也没问题，都包含在内，感谢您的支持，再见！"))
    assert "forced_end" not in done


# --------------------------------------- a remedy applied for, asked for consent (003: 提供解决方案)
@pytest.mark.parametrize("offer", ["能给您申请个十元优惠券，您看可以吗？", "这边能帮您办理免费换新，您看行吗？"])
def test_applying_for_a_remedy_answers_and_solves(auditor, offer):
    got = _cats(auditor, ("customer", "收到的碗裂了一道缝，很生气"),
                ("agent", "您好，非常抱歉给您添麻烦了，麻烦拍张照片给我看看"), ("customer", "[图片]"),
                ("agent", "看到了，确实是运输中磕裂的，再次向您道歉。"), ("customer", "那能给我补偿吗"),
                ("agent", offer), ("customer", "可以"), ("agent", _CLOSE))
    assert not got & {"unanswered", "aftersales_flow"}


# --------------------------------------------- 我问的是… names a new matter (004: 不让顾客重复)
@pytest.mark.parametrize("meant", ["我问的是到底几号能到", "我问的是你们什么时候给我处理"])
def test_saying_what_they_meant_about_a_new_matter_is_no_repeat(auditor, meant):
    got = _cats(auditor, ("customer", "我的书桌一周了还没送到"), ("agent", "您好，欢迎光临，书桌已经在派送途中了。"),
                ("customer", meant), ("agent", "抱歉让您久等，预计周四送达。"), ("customer", "好"), ("agent", _CLOSE))
    assert "asked_to_repeat" not in got


@pytest.mark.parametrize("first, meant", [("这个书桌桌面能升降吗", "我问的是桌面能不能升降"),
                                          ("椅子的扶手可以调高度吗", "我问的是扶手高度能调吗")])
def test_saying_what_they_meant_about_the_question_asked_is_a_repeat(auditor, first, meant):
    got = _cats(auditor, ("customer", first), ("agent", "您好，欢迎光临，这款是实木材质的。"),
                ("customer", meant), ("agent", "抱歉，可以的。"), ("customer", "好"), ("agent", _CLOSE))
    assert "asked_to_repeat" in got


# ------------------------------- a fault that is why the customer buys, not a case (003 §售后 is for this order's goods)
@pytest.mark.parametrize("ask", ["路上会不会压坏啊，之前买的压坏了", "你们包装结实吗，上回在别家买的都摔碎了",
                                 "家里的热水器不出热水了，换哪个型号合适", "旧手机充不进电了，你们推荐哪款"])
def test_a_fault_of_something_else_beside_a_question_is_no_case(auditor, ask):
    got = _cats(auditor, ("customer", "你好在吗"), ("agent", "您好，欢迎来到小店，请问需要什么帮助？"), ("customer", ask),
                ("agent", "您放心，这款很适合您，我们都是加厚泡沫包装的。"), ("customer", "好的"), ("agent", _CLOSE))
    assert "aftersales_flow" not in got


@pytest.mark.parametrize("told", ["收到的热水器不出热水了，换哪个配件", "刚收到的杯子碎了，会不会是快递压的"])
def test_a_fault_of_the_goods_received_is_still_a_case(auditor, told):
    got = _cats(auditor, ("customer", "你好在吗"), ("agent", "您好，欢迎来到小店，请问需要什么帮助？"), ("customer", told),
                ("agent", "您放心，这款很适合您，我们都是加厚泡沫包装的。"), ("customer", "好的"), ("agent", _CLOSE))
    assert "aftersales_flow" in got
