"""Issue 12, the causes of the misses and false hits found on the fourth fresh conversation set
(benchmarks/data/fresh4_chats.jsonl), fixed generally: every chat here is written for this test from the
seeds' rules (000 漏回复, 001 稍等后回复结果, 003 售后 查明原因→道歉→安抚→方案 与问题解决, 004 称呼/致谢/建议/
投诉致歉/不让顾客重复); none is a sentence of that set, of the dev cases or of the held-out generator.  Each
cause is tried in several shapes, and both ways where a proper handling exists."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_CLOSE = "感谢您的信任，祝您周末开心，再见！"


def _cats(auditor, *turns, name=None, step=20):
    """Audit ``(role, text)`` turns ``step`` seconds apart; the conversation categories reported."""
    return conv_categories(auditor, turns, start="2025-07-08T15:00:00", name=name, step=step)


# ---------------------------------------------------------------- direct_name: a name inside its clause is data
@pytest.mark.parametrize("said, vocative", [
    ("好的，已经把发票抬头改成郑晓燕个人了，开好发到您邮箱", "郑晓燕，您的包裹明天上午送到"),
    ("好的，快递员到了会把包裹交给郑晓燕签字，请保持电话畅通", "好的郑晓燕，快递员到了会打您电话"),
    ("已经备注由郑晓燕亲自验货，师傅明天上门安装", "麻烦郑晓燕您明天在家等师傅上门"),
])
def test_a_name_inside_the_clause_is_what_is_done_not_whom_the_agent_addresses(auditor, said, vocative):
    def run(agent):
        return _cats(auditor, ("customer", "你好，帮我处理一下"), ("agent", agent), ("customer", "好的"), ("agent", _CLOSE),
                     name="郑晓燕")

    assert "direct_name" not in run(said)
    assert "direct_name" in run(vocative)  # at the edge of its clause, or before 您: it addresses the customer


# ---------------------------------------------------------------- praise the model reads as a problem is no need
@pytest.mark.parametrize("praise", ["拿到了，你们家发货比隔壁快多了，必须点赞", "到手了，比图片上还好看，点个赞",
                                    "用了两天，比我原来那个强太多了，点赞"])
def test_praise_opens_no_need_and_wants_thanks(auditor, praise):
    cats = _cats(auditor, ("customer", "你好，我的书桌什么时候安装"), ("agent", "您好，师傅今天下午两点上门安装。"),
                 ("customer", praise), ("agent", "请问还有什么需要帮您的吗？"), ("customer", "没有了"),
                 ("agent", "祝您生活愉快，再见"))
    assert "thanks_unacknowledged" in cats
    assert not {"unanswered", "forced_end", "aftersales_flow"} & cats


# ---------------------------------------------------------------- after-sales: the fix that worked, and remedies offered
@pytest.mark.parametrize("worked", ["推到底以后，现在正常了", "重新推了一下，好了", "换了个插座，可以了"])
def test_advice_the_customer_says_worked_is_the_solution(auditor, worked):
    def run(reply):
        return _cats(auditor, ("customer", "刚收到的空气炸锅显示屏不亮"), ("agent", "您好，请问插上电以后有滴的一声吗？"),
                     ("customer", "没有声音"), ("agent", "非常抱歉给您带来不便，您别着急，可能是底部的安全开关没压到。"),
                     ("agent", "麻烦您把炸篮取出来再用力推到底，然后重新插电"), ("customer", reply),
                     ("agent", "好的，之后有问题随时找我们，" + _CLOSE))

    assert "aftersales_flow" not in run(worked)
    assert "aftersales_flow" in run("还是不行")  # advice that did not work is no solution


@pytest.mark.parametrize("remedy", [
    "查了，是这款的滤芯需要先泡水，实在抱歉没写清楚，您可以泡半小时再装，或者换我们送的备用滤芯",
    "是这个型号不支持快充，抱歉让您误会了，您可以用原装充电头，或者我们送您一个原装头",
    "核实了，是这批的开关有问题，非常抱歉，可以帮您调换一台，明天就寄出",
    "看了照片，是底座装反了，实在抱歉，马上给您寄一个新底座过去",
])
def test_a_remedy_offered_in_the_answer_is_a_solution(auditor, remedy):
    # (the agent's 您放心 is seed 003's 安抚: a bare 非常抱歉 alone soothes no one, see test_aftersales_reassurance)
    cats = _cats(auditor, ("customer", "新买的净水器一直漏水"), ("agent", "您好，请放宽心，劳驾拍个照片，看看哪儿在漏"),
                 ("customer", "[图片]"), ("agent", remedy), ("customer", "那就这样吧"), ("agent", _CLOSE))
    assert "aftersales_flow" not in cats


@pytest.mark.parametrize("defect", ["衣柜的门拉不开", "升降桌降不下来", "水龙头拧不动"])
def test_parts_that_will_not_move_are_an_after_sales_case(auditor, defect):
    cats = _cats(auditor, ("customer", defect), ("agent", "您好，这边给您补发一个"), ("customer", "好吧"),
                 ("agent", _CLOSE))
    assert "aftersales_flow" in cats


# ---------------------------------------------------------------- a remedy named before the goodbye answers
@pytest.mark.parametrize("last", ["这边登记维修了，祝您生活愉快，再见", "会给您办退货的，祝您生活愉快，再见"])
def test_a_remedy_said_before_the_goodbye_answers_the_doubt(auditor, last):
    def run(doubt, agent):
        return _cats(auditor, ("customer", "电热毯铺了一晚上就不加热了"), ("agent", "非常抱歉，请问开关上的灯是亮的吗？"),
                     ("customer", "亮的"), ("agent", "抱歉给您添麻烦了，应该是温控器坏了。"), ("customer", doubt),
                     ("agent", agent))

    assert "forced_end" not in run("会不会是我自己把线拉坏了啊", last)
    assert "forced_end" in run("那坏了你们怎么处理呢", "感谢您的理解，再见")


# ---------------------------------------------------------------- asked_to_repeat: how many times must I say it
@pytest.mark.parametrize("reproach", ["到底要我讲几遍", "一个单号要发几次你们才看", "同一个问题要我问几遍"])
def test_asking_how_many_times_to_say_it_is_having_to_repeat(auditor, reproach):
    cats = _cats(auditor, ("customer", "你好，我寄回的包裹单号YT9876543210，物流一直没更新"), ("agent", "您好，请问您寄回的单号是多少？"),
                 ("customer", reproach), ("agent", "抱歉，看到了，包裹今天已经到仓库，退款明天处理"), ("customer", "行"),
                 ("agent", _CLOSE))
    assert "asked_to_repeat" in cats


# ---------------------------------------------------------------- complaint without 投诉
@pytest.mark.parametrize("anger", ["说好今天送到，我请了半天假在家干等", "说好48小时内退款，今天第四天了",
                                   "你们这样打发顾客合适吗，问三次都是模板"])
def test_a_promise_broken_or_a_rhetorical_reproach_is_a_complaint(auditor, anger):
    cats = _cats(auditor, ("customer", anger), ("agent", "您好，安装师傅后天下午过去"), ("customer", "好吧"),
                 ("agent", _CLOSE))
    assert "complaint_no_apology" in cats
    sorry = _cats(auditor, ("customer", anger), ("agent", "非常抱歉给您带来不便，安装师傅后天下午过去"), ("customer", "好吧"),
                  ("agent", _CLOSE))
    assert "complaint_no_apology" not in sorry


# ---------------------------------------------------------------- a hold said plainly, and a sentence turning away
@pytest.mark.parametrize("hold", ["您好，我核实一下您这单能不能保价", "好的，我确认一下这单是否在保价期内", "您好，我去问一下保价的规则"])
def test_a_check_promised_and_then_a_sentence_turning_to_another_matter(auditor, hold):
    turns = [("customer", "这个电饭煲降价了，我能申请保价吗"), ("agent", hold), ("customer", "好"),
             ("agent", "另外这个电饭煲现在买还送一个蒸笼")]
    forgot = _cats(auditor, *turns, ("customer", "哦"), ("agent", _CLOSE), step=60)
    assert "followup_missed" in forgot
    back = _cats(auditor, *turns, ("agent", "核实好了，您这单在保价期内，可以申请保价"), ("customer", "好的"),
                 ("agent", _CLOSE), step=20)
    assert "followup_missed" not in back


# ---------------------------------------------------------------- a suggestion naming the shop, without 下次
@pytest.mark.parametrize("wish", ["你们家的包装袋能不能别封那么死", "你们发的说明书最好少用英文", "你家客服的自动回复能否不要发那么多条"])
def test_the_shop_asked_to_do_less_of_something_is_a_suggestion(auditor, wish):
    turns = [("customer", "你好，我的台灯发货了吗"), ("agent", "您好，已经发货了，明天到"), ("customer", "好的，" + wish)]
    ignored = _cats(auditor, *turns, ("agent", "明天快递员会联系您"), ("customer", "嗯"), ("agent", _CLOSE))
    assert "suggestion_unacknowledged" in ignored
    thanked = _cats(auditor, *turns, ("agent", "感谢您的建议，已经记下来转达给仓库"), ("customer", "嗯"), ("agent", _CLOSE))
    assert "suggestion_unacknowledged" not in thanked
