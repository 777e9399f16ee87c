"""Issue 12, the causes of the misses and false hits found on the fifth fresh conversation set
(benchmarks/data/fresh5_chats.jsonl), fixed generally: every chat here is written for this test from the
seeds' rules (001 请您稍等2分钟, 003 售后 查明原因→道歉→安抚→方案, 004 致谢/建议/投诉致歉/不让顾客重复/稍等后回复结果);
none is a sentence of that set, of the dev cases or of the held-out generator.  Each cause is tried in several
shapes, and both ways where a proper handling exists."""

from __future__ import annotations

import pytest

from zhijian.audit.stated_wait import stated_wait

from chat_fixtures import conv_categories

_CLOSE = "感谢您的耐心，祝您万事顺利，再见！"


def _cats(auditor, *turns, step=20):
    """Audit ``(role, text)`` turns ``step`` seconds apart (or ``(role, text, seconds)`` at that offset)."""
    return conv_categories(auditor, turns, start="2025-09-03T10:00:00", step=step, first=step)


# ---------------------------------------------------------------- followup: a range of minutes names its longer end
@pytest.mark.parametrize("said, secs", [("大概两三分钟", 180), ("三五分钟就好", 300), ("四五分钟", 300),
                                        ("七八分钟", 480), ("十几分钟", 19 * 60), ("一两个小时", 7200)])
def test_a_range_of_time_names_its_longer_end(said, secs):
    assert stated_wait(said) == secs


@pytest.mark.parametrize("hold", ["我去仓库核对一下库存，大约三四分钟，请您稍等", "请稍等，我查一下排期，两三分钟就好",
                                  "我帮您问一下师傅，三四分钟左右，您稍等"])
def test_an_answer_inside_the_stated_range_is_in_time(auditor, hold):
    def run(back):
        return _cats(auditor, ("customer", "这款衣柜下周能上门安装吗", 0), ("agent", "您好，" + hold, 20),
                     ("agent", "让您久等了，下周三和周五都可以安排上门", 20 + back), ("customer", "好的", 40 + back),
                     ("agent", _CLOSE, 60 + back))

    assert "followup_missed" not in run(170)
    assert "followup_missed" in run(330)  # later than the longer end of the range


# ---------------------------------------------------------------- followup: thanks for waiting, then the result
@pytest.mark.parametrize("back", ["感谢您的耐心等待，三间大床房都还有，连住三晚可以打九折",
                                  "谢谢您耐心等待，这两天的房都留好了，入住时报手机号就行",
                                  "感谢耐心等候，已经帮您确认，两间房都是高层，含双早"])
def test_a_result_opened_with_thanks_for_waiting_comes_back(auditor, back):
    def run(reply):
        return _cats(auditor, ("customer", "我要订两间大床房，周五入住，住两晚", 0),
                     ("agent", "好的，我帮您查一下周五的房态，大约三分钟", 20), ("agent", reply, 170),
                     ("customer", "好的", 200), ("agent", "好的，" + _CLOSE, 220), ("customer", "嗯", 240),
                     ("agent", "入住时前台出示身份证就可以，再见", 400))

    assert "followup_missed" not in run(back)
    assert "followup_missed" in run("感谢您的耐心等待")  # thanks alone bring nothing back


# ---------------------------------------------------------------- thanks: words in quotation marks are data
@pytest.mark.parametrize("order", ["好，蛋糕上写“谢谢老爸”", "那就这个，卡片上印「感谢有你」", "刻字内容是“辛苦了宝贝”，下单了"])
def test_thanks_inside_quotation_marks_are_what_is_written(auditor, order):
    def run(said):
        return _cats(auditor, ("customer", "你好，能定制文字吗"), ("agent", "您好，可以的，最多十个字"),
                     ("customer", said), ("agent", "好的，已经备注好了，下单后当天制作"), ("customer", "好"),
                     ("agent", _CLOSE))

    assert "thanks_unacknowledged" not in run(order)
    assert "thanks_unacknowledged" in run(order + "，谢谢你")  # thanks said outside the quotation


# ---------------------------------------------------------------- thanks for a check under way
@pytest.mark.parametrize("thanks", ["好的辛苦了", "行，麻烦你了", "好嘞，谢谢"])
def test_thanks_for_a_check_under_way_wait_for_its_result(auditor, thanks):
    def run(hold):
        return _cats(auditor, ("customer", "你好，这个沙发能送上六楼吗，没电梯"), ("agent", hold), ("customer", thanks),
                     ("agent", "查到了，六楼以内免费送上楼"), ("customer", "好"), ("agent", _CLOSE))

    assert "thanks_unacknowledged" not in run("您好，我帮您问一下物流那边，请稍等")
    assert "thanks_unacknowledged" in run("您好，可以的，送货师傅会搬上去")  # thanks for an answer want 不客气


# ---------------------------------------------------------------- asked_to_repeat: saying they ASKED already
@pytest.mark.parametrize("again", ["表带能换吗，前面就问过你了", "表带能不能换，刚才不是问了吗", "表带到底能不能换，上面都问过了",
                                   "我问的是表带能不能换"])
def test_saying_the_question_was_asked_already(auditor, again):
    def run(said):
        return _cats(auditor, ("customer", "这款手表防水吗，表带能换吗"), ("agent", "您好，这款是50米防水的"),
                     ("customer", said), ("agent", "抱歉，表带可以换，店里有配套的"), ("customer", "好"), ("agent", _CLOSE))

    assert "asked_to_repeat" in run(again)
    assert "asked_to_repeat" not in run("表带能换吗")


@pytest.mark.parametrize("again", ["第一条消息里就写了，要白色", "一开始的话里就讲了，白色", "最开始的话里就说了，白色"])
def test_pointing_back_to_the_first_message(auditor, again):
    cats = _cats(auditor, ("customer", "你好，我要换货，黑色换白色"), ("agent", "您好，请问要换成什么颜色呢？"),
                 ("customer", again), ("agent", "抱歉，白色有货，您申请换货就可以"), ("customer", "好"), ("agent", _CLOSE))
    assert "asked_to_repeat" in cats


# ---------------------------------------------------------------- complaints without a complaint word
@pytest.mark.parametrize("anger", ["没人签收又不是我的问题，你们自己说会打电话的", "本来就不是我的错，凭什么让我出运费",
                                   "你们自己答应的周末前到，现在一句话就完了？", "你们这个操作好坑啊",
                                   "不管怎样总得道个歉吧"])
def test_blame_put_back_or_an_owed_apology_is_a_complaint(auditor, anger):
    def run(agent):
        return _cats(auditor, ("customer", "你好，订单怎么被退回了"), ("agent", "您好，快递显示无人签收已退回"),
                     ("customer", anger), ("agent", agent), ("customer", "行"), ("agent", _CLOSE))

    assert "complaint_no_apology" in run("这边给您重新安排发货，明天出库")
    assert "complaint_no_apology" not in run("非常抱歉给您添麻烦了，这边给您重新安排发货，明天出库")


# ---------------------------------------------------------------- after-sales: fresh food gone bad, told in anger too
@pytest.mark.parametrize("bad", ["今天拿到的桃子好几个都腐烂了", "昨天到的牛排已经变质了", "寄来的香蕉全发黑了",
                                 "收到的排骨都臭了"])
def test_fresh_food_gone_bad_is_an_after_sales_case(auditor, bad):
    def run(*agent):
        return _cats(auditor, ("customer", bad), *[("agent", a) for a in agent], ("customer", "好"), ("agent", _CLOSE))

    assert "aftersales_flow" in run("您好，给您退款20元吧")
    assert "aftersales_flow" not in run("您好，麻烦拍一下照片，我核实一下原因", "看到了，是运输途中温度过高，非常抱歉，您别着急",
                                        "这边给您全额退款，已经提交了")


# ---------------------------------------------------------------- after-sales: wear told for a pre-sales answer
@pytest.mark.parametrize("asked, back, told", [
    ("你们回收旧手机吗", "您好，可以回收，请问用了几年，成色怎么样？", "用了三年，屏幕有划痕"),
    ("旧沙发能抵扣吗", "您好，能抵扣的，沙发用了几年了，外观有破损吗？", "用了五年，皮有点开裂"),
    ("我的旧冰箱你们收吗", "您好，收的，请问是什么品牌，用了多久呢？", "海尔的，用了八年，门封条坏了")])
def test_wear_told_for_a_valuation_is_no_after_sales_case(auditor, asked, back, told):
    cats = _cats(auditor, ("customer", asked), ("agent", back), ("customer", told),
                 ("agent", "这种情况大约能抵两百元，具体以上门检测为准"), ("customer", "我再想想"), ("agent", _CLOSE))
    assert "aftersales_flow" not in cats


# ---------------------------------------------------------------- a past fault as the ground of a suggestion
@pytest.mark.parametrize("wish", ["上回的盒子压扁了我没说，下次包结实点", "之前那单的标签贴歪了，以后贴正一些",
                                  "上次送来的时候箱子湿了，下回注意防水一点吧"])
def test_a_past_fault_with_a_wish_for_next_time_is_a_suggestion(auditor, wish):
    def run(reply):
        return _cats(auditor, ("customer", "你好，我再买两箱，能一起发吗"), ("agent", "您好，可以一起发"), ("customer", wish),
                     ("agent", reply))

    cats = run("好的，祝您万事顺意，再见！")
    assert "suggestion_unacknowledged" in cats
    assert not {"aftersales_flow", "forced_end", "unanswered"} & cats
    assert not {"suggestion_unacknowledged", "aftersales_flow"} & run("感谢您的建议，已经记录下来了，" + _CLOSE)
