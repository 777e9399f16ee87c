"""Issue 12, follow-up after a hold (seed 004: 需要查询的问题要回复结果; 001: 稍等后尽快回复): the kinds of misses where
the check was promised and never came back, fixed by their cause.  Every sentence is written for this test from the
seeds' rules; none is a sentence of a benchmark set, of the dev cases or of the held-out generator.  Each cause is checked
in several shapes, and both ways: the check forgotten is flagged, the check brought back is not."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_BYE = "好嘞，多谢惠顾，祝您顺心，回头见"


def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2025-08-14T15:00:00")


# ------------------------ a promise to come back with the result is a hold (对好了告诉您 / 清点好了回复您)
@pytest.mark.parametrize("promise", ["电压的事我请厂家技术员核对，对好了告诉您",
                                     "我请仓管清点一遍，清点好了回复您",
                                     "这个要请车间师傅过一遍，等会儿给您答复"])
def test_a_promise_to_report_back_waits_for_the_result(auditor, promise):
    turns = [("customer", "这台榨汁机出口款能用220伏吗"), ("agent", "您好呀，果乐厨电为您服务～" + promise),
             ("customer", "行，另外赠品有几个杯子"), ("agent", "赠品是两个便携杯，随机发出"), ("customer", "嗯嗯")]
    assert "followup_missed" in _cats(auditor, *turns, ("agent", _BYE))
    assert "followup_missed" not in _cats(auditor, *turns, ("agent", "厂家回话了，二百二十伏能直接插"),
                                          ("customer", "好的"), ("agent", _BYE))


# ---------- a newer question's thread (the agent asks back about it, the customer replies) is no result of the check
@pytest.mark.parametrize("hold", ["信号弱可能是基站在检修，我让网络组查一下您小区的基站",
                                  "可能是基站在检修，小区基站小的帮您查一下"])
def test_answering_a_newer_question_after_asking_back_passes_the_check_over(auditor, hold):
    turns = [("customer", "这几天家里手机信号老是一格"), ("agent", "您好呀，通信热线为您服务～" + hold),
             ("customer", "好。那我要不要换个手机"), ("agent", "您这台手机买了几年啦？"),
             ("customer", "四年多了"), ("agent", "四年多的手机天线会老化，建议换一台支持五G的新机"),
             ("customer", "我再想想")]
    assert "followup_missed" in _cats(auditor, *turns, ("agent", _BYE))
    assert "followup_missed" not in _cats(auditor, *turns, ("agent", "基站那边查过了，本周在检修，周五恢复"),
                                          ("customer", "好的"), ("agent", _BYE))


# ------------- a reply to what the customer remarks after the other answer is no result of the check held and skipped
@pytest.mark.parametrize("remark, reply", [("我挺中意浅灰", "浅灰确实耐脏，宽敞的客厅铺着很出彩"),
                                           ("我更偏向暖黄", "暖黄很温馨，铺在卧室里能做点缀")])
def test_a_reply_to_a_remark_does_not_settle_the_held_check(auditor, remark, reply):
    turns = [("customer", "您好，这款地毯能定做三米宽吗？"), ("agent", "您好呀～三米宽得看织机幅面够不够。我去跟工厂那边问一下，等会儿给您答复。"), ("customer", "行，另外问下这个颜色是浅灰还是暖黄"),
             ("agent", "两种都有，页面上可以选"), ("customer", "嗯，" + remark), ("agent", reply),
             ("customer", "我先收藏着")]
    assert "followup_missed" in _cats(auditor, *turns, ("agent", _BYE))
    assert "followup_missed" not in _cats(auditor, *turns, ("agent", "工厂回复了，三米宽可以定做，工期十天"),
                                          ("customer", "好的"), ("agent", _BYE))


# ------------------ a hold in the last clause of an answering sentence holds the need it names (…报告我去找同事要一份)
@pytest.mark.parametrize("answer", ["此款是备案过的普通面霜，质检报告我去找品管同事要一份",
                                    "此款配方是温和型的，质检报告我去问一下品管同事"])
def test_a_hold_ending_an_answer_holds_the_need_it_names(auditor, answer):
    turns = [("customer", "这个面霜有质检报告吗？"), ("agent", "您好呀～" + answer),
             ("customer", "好的，保质期多久"), ("agent", "没拆封能放两年半，拆了尽量半年用完"),
             ("customer", "明白")]
    assert "followup_missed" in _cats(auditor, *turns, ("agent", _BYE))
    assert "followup_missed" not in _cats(auditor, *turns, ("agent", "质检报告拿到了，给您发在这里了[图片]"),
                                          ("customer", "好的"), ("agent", _BYE))


# -------------------- telling the customer where to look something up is no check of the agent's done (可以在…查到)
@pytest.mark.parametrize("how", ["批号印在瓶底，您也可以在品牌官网输入批号查到",
                                 "批号印在瓶底，也能通过品牌小程序扫码查到"])
def test_a_way_to_look_it_up_is_no_result_of_the_check(auditor, how):
    turns = [("customer", "这个面霜有质检报告吗？"), ("agent", "您好呀～此款是备案过的普通面霜，质检报告我去找品管同事要一份"),
             ("customer", "好的，批号在哪看"), ("agent", how), ("customer", "嗯嗯")]
    assert "followup_missed" in _cats(auditor, *turns, ("agent", _BYE))


def test_the_check_said_done_still_brings_the_result(auditor):
    turns = [("customer", "这个面霜有质检报告吗？"), ("agent", "您好呀～此款是备案过的普通面霜，质检报告我去找品管同事要一份"),
             ("customer", "好的"), ("agent", "品管同事那边核实过了，报告稍后发您邮箱"), ("customer", "行")]
    assert "followup_missed" not in _cats(auditor, *turns, ("agent", _BYE))
