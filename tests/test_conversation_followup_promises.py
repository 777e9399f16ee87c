"""Issue 12, follow-up after a hold (seed 004: 需要查询的问题要回复结果; 001: 请您稍等, 我会尽快给您回复), round t12ad: the check
said with 我这边 or as a promise to come back once something is known (回头给您 / 厂里来信儿了跟您讲 / 弄明白后告诉您), and a
case only called out of the ordinary (这种情形比较特殊) before the check, are holds: the customer asking something else and
getting only that answered leaves the check owed.  Every sentence is written for this test from the seeds' rules."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_BYE = "好嘞，多谢光顾，祝您万事顺意"


def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2025-09-03T10:00:00")


# ------------------------------------ the promise to come back said after what must be known first, or with 我这边
@pytest.mark.parametrize("hold", ["搪瓷内胆我请车间主任把成本算出来我回头跟您说",
                                  "内胆换材质要问车间，等厂里来消息了跟您讲"])
def test_a_promise_to_come_back_is_a_hold(auditor, hold):
    turns = [("customer", "这台烤箱内胆可以换成搪瓷的吗"), ("agent", "您好，焙香小家电为您服务。" + hold),
             ("customer", "好，另外烤盘可以丢洗碗机里刷吗"), ("agent", "烤盘带不粘层，最好手洗，洗碗机太烫会伤表面"),
             ("customer", "明白")]
    assert "followup_missed" in _cats(auditor, *turns, ("agent", _BYE))
    assert "followup_missed" not in _cats(auditor, *turns, ("agent", "车间回话了，搪瓷内胆能换，加价六十元"),
                                          ("customer", "好的"), ("agent", _BYE))


# ------------------------------- a case only called out of the ordinary before the check answers nothing (比较特殊)
@pytest.mark.parametrize("preface", ["孕期用电动按摩器的情形比较特殊", "孕中期用震动的器械比较特殊"])
def test_calling_the_case_special_before_the_check_is_no_answer(auditor, preface):
    turns = [("customer", "我怀孕五个月了，用这个按摩仪揉腰可以吗"),
             ("agent", "您好，舒络康健为您服务。" + preface + "。医学顾问那边我去打听下禁忌，弄明白后告诉您。"),
             ("customer", "好。另外满电一回可以撑几天"), ("agent", "满电每天用二十分钟，差不多能撑一周"),
             ("customer", "那挺久的")]
    assert "followup_missed" in _cats(auditor, *turns, ("agent", _BYE))
    assert "followup_missed" not in _cats(auditor, *turns, ("agent", "医学顾问说孕期避开腰骶部，用肩颈档没问题"),
                                          ("customer", "好的"), ("agent", _BYE))
