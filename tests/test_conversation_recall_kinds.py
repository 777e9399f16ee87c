"""Issue 12, recall round: kinds of misses of the meaning-based checks fixed by their cause.  Every sentence here is
written for this test from the seeds' rules (000 不可强制结束对话 / 漏回复, 004 致谢时的回应); none is a sentence of a benchmark
set, of the diagnostic pool, of the dev cases or of the held-out generator.  Each cause in several shapes, both ways."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories


def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2025-08-14T15:00:00")


_ASKED = [("customer", "你好，这台加湿器怎么清洗水箱"),
          ("agent", "您好～拧下水箱盖，用软毛刷蘸清水刷一圈，晾干再装回去就行")]


# ---------------- a matter raised after 对了 / 还有 / 另外 without a question mark is another need, not a goodbye (000)
@pytest.mark.parametrize("raised", ["明白啦。对了，我下单时门牌号少写了一个零",
                                    "好的。还有我那单开票抬头弄成个人名字了",
                                    "懂了。对了，我勾选的赠品好像没加进订单里"])
def test_a_matter_raised_after_an_answer_then_a_goodbye_is_forced_end(auditor, raised):
    got = _cats(auditor, *_ASKED, ("customer", raised),
                ("agent", "水箱照前面讲的刷洗即可，再见啦～"))
    assert "forced_end" in got


@pytest.mark.parametrize("reply", ["门牌号已帮您补上零了，再见啦～",
                                   "好嘞，已帮您改妥了，再见啦～"])
def test_a_goodbye_that_deals_with_the_matter_raised_ends_nothing(auditor, reply):
    got = _cats(auditor, *_ASKED, ("customer", "明白啦。对了，我下单时门牌号少写了一个零"), ("agent", reply))
    assert "forced_end" not in got


@pytest.mark.parametrize("last", ["明白啦，谢谢", "好的我回去试试", "行，那就先这样"])
def test_winding_down_after_an_answer_is_no_need(auditor, last):
    got = _cats(auditor, *_ASKED, ("customer", last), ("agent", "水箱照前面讲的刷洗即可，再见啦～"))
    assert "forced_end" not in got


# ---------------- a problem told plainly, then a goodbye about something else (care tips, the earlier steps): ended on it
@pytest.mark.parametrize("problem", ["可是我在优惠券页面领的满减券，付款时一分都没减掉"])
def test_a_goodbye_about_another_matter_after_a_problem_is_forced_end(auditor, problem):
    got = _cats(auditor, *_ASKED, ("customer", problem),
                ("agent", "加湿器记得每周换一次水，水箱干净出雾更细～再见啦！"))
    assert "forced_end" in got


# ---------------- telling the order placed or paid is the setting of a question, not thanks (004 致谢 needs thanks)
@pytest.mark.parametrize("told", ["您好，台灯下单了"])
def test_an_order_told_is_no_thanks(auditor, told):
    got = _cats(auditor, ("customer", f"{told}，想问下哪天能寄"), ("agent", "您好～明早就能寄出，再见啦"))
    assert "thanks_unacknowledged" not in got


def test_thanks_beside_the_order_told_still_need_a_reply(auditor):
    got = _cats(auditor, ("customer", "台灯付好款啦，多谢客服耐心解答"), ("agent", "明早就能寄出，再见啦"))
    assert "thanks_unacknowledged" in got


def test_a_goodbye_asking_what_more_there_is_ends_nothing(auditor):
    got = _cats(auditor, *_ASKED, ("customer", "可是我在优惠券页面领的满减券，付款时一分都没减掉"),
                ("agent", "加湿器记得每周换一次水～请问还有别的需要帮忙吗？"))
    assert "forced_end" not in got
