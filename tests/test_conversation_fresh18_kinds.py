"""Issue 12, the kinds behind last stop's judge misses in the customer-reading checks, fixed by their cause: the customer
pointing the agent to the message that holds what they were asked for again (asked_to_repeat), going off to measure or
fetch while asking for minutes (forced_end when the agent then closes), praise of the service beside thanks said during a
check, an apology owning a lapse beside a photo or a number handed over, a need said again right before the agent ends the
service (forced_end).  Every sentence is written for this test from seed 004 (认真倾听，不让顾客重复叙述 / 不得强制结束对话 /
致谢时回应“不客气” / 致歉时回应“没关系” / 客户提出表扬时，应谦虚致谢); none comes from a benchmark, pool, dev or test set."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_BYE = "谢谢惠顾哈 愿您诸事顺心 回头见"


def _cats(auditor, *turns, step: int = 20):
    return conv_categories(auditor, turns, start="2025-10-14T15:00:00", step=step)


# ---------- asked_to_repeat: the message holding it named as where it is, or as what it is
_ASKED_NO = ("agent", "亲 劳驾说下收件手机号是哪个")
_PASSED = ("agent", "歉意 已将号码交给派件小哥 他待会联络您")


@pytest.mark.parametrize("back", ["电话在我头一条留言里呀，186打头那串", "号码在上面那条呢", "前头那句不就是吗，末尾俩4",
                                  "最上边第一条就是呀"])
def test_pointing_to_the_message_that_holds_it(auditor, back):
    cats = _cats(auditor, ("customer", "嗨 派件小哥联络不到我 我手机18655501234 劳驾转达他"), _ASKED_NO,
                 ("customer", back), _PASSED, ("customer", "好"), ("agent", _BYE))
    assert "asked_to_repeat" in cats


@pytest.mark.parametrize("back", ["18655501234", "就是18655501234哈", "是186那串 尾号1234"])
def test_answering_the_question_back_plainly_is_no_repeat(auditor, back):
    cats = _cats(auditor, ("customer", "嗨 派件小哥联络不到我 劳驾转达他"), _ASKED_NO,
                 ("customer", back), _PASSED, ("customer", "好"), ("agent", _BYE))
    assert "asked_to_repeat" not in cats


# ---------- forced_end: the customer goes to measure or fetch and asks for a few minutes, the agent closes
_CASE = [("customer", "你家这只旅行箱能托运多重的行李"), ("agent", "您好 一般航司额度是二十三公斤")]


@pytest.mark.parametrize("hold", ["行 我去称一下 等我两分钟", "嗯 我这就去翻翻吊牌 等我几分钟", "好的我先去拿卷尺 等我片刻"])
def test_closing_while_the_customer_goes_to_measure(auditor, hold):
    cats = _cats(auditor, *_CASE, ("customer", "我那只老箱子也搞不清几斤"), ("agent", "可以拿体重秤量量箱子"),
                 ("customer", hold), ("agent", "今儿咱先唠到这吧 谢谢您的信赖 祝旅途平安 再见"))
    assert "forced_end" in cats


@pytest.mark.parametrize("done", ["好嘞 了解了", "明白 我回家称称看"])
def test_closing_after_the_customer_is_done_is_no_forced_end(auditor, done):
    cats = _cats(auditor, *_CASE, ("customer", done), ("agent", "谢谢您的信赖 祝旅途平安 再见"))
    assert "forced_end" not in cats


# ---------- thanks with praise of the service during a check: the praise wants thanks back
def _during_check(auditor, said):
    return _cats(auditor, ("customer", "您好 这张床垫能搬上七楼不 楼里没电梯"), ("agent", "您好 我去跟配送组确认下 请稍候"),
                 ("customer", said), ("agent", "确认好了 七楼以内免费搬运"), ("customer", "好"), ("agent", _BYE))


@pytest.mark.parametrize("said", ["好嘞 多谢 你们服务特别周到", "行 谢谢啦 比别家耐心多了", "好 感谢 你们回得真快"])
def test_praise_beside_thanks_during_a_check_wants_thanks_back(auditor, said):
    assert "thanks_unacknowledged" in _during_check(auditor, said)


@pytest.mark.parametrize("said", ["好嘞 多谢", "行 辛苦你", "好 麻烦了"])
def test_plain_thanks_during_a_check_wait_for_the_result(auditor, said):
    assert "thanks_unacknowledged" not in _during_check(auditor, said)


# ---------- an apology owning a lapse beside the details handed over is earnest, it wants 没关系
def _photo_sent(auditor, said):
    return _cats(auditor, ("customer", "嗨 寄来的慕斯蛋糕奶油全塌了"), ("agent", "嗨 劳驾拍个图发来瞧瞧"),
                 ("customer", said), ("agent", "收到 奶油是受热化掉的 这就给您再寄一只"), ("customer", "好"), ("agent", _BYE))


@pytest.mark.parametrize("said", ["[图片] 抱歉 那两天我人没在家", "[图片] 真不好意思 我给忘了及时放冰箱",
                                  "单号 77120345 对不起消息回晚了"])
def test_an_apology_owning_a_lapse_beside_details_wants_an_answer(auditor, said):
    assert "apology_unacknowledged" in _photo_sent(auditor, said)


@pytest.mark.parametrize("said", ["单号 77120345 这么晚还打扰你", "[图片] 麻烦你了"])
def test_a_courtesy_beside_details_needs_no_answer(auditor, said):
    assert "apology_unacknowledged" not in _photo_sent(auditor, said)


# ---------- forced_end: the need said again right before the agent ends the service in so many words
@pytest.mark.parametrize("again", ["嗯 可我还是要开张收据的呀", "对呀 我就是想要那张收据"])
def test_ending_the_service_on_a_need_said_again(auditor, again):
    cats = _cats(auditor, ("customer", "哈喽 上月你们师傅来修过洗衣机 能帮我开张收据吗"),
                 ("agent", "哈喽 查到那次换的排水泵 一百二十元"), ("customer", again),
                 ("agent", "那今日的服务便到此结束 谢谢光临"))
    assert "forced_end" in cats


def test_ending_the_service_after_thanks_is_no_forced_end(auditor):
    cats = _cats(auditor, ("customer", "哈喽 上月你们师傅来修过洗衣机 能帮我开张收据吗"),
                 ("agent", "哈喽 收据开好寄出了 两天左右到"), ("customer", "好的收到啦 谢谢"),
                 ("agent", "不客气 那今日的服务便到此结束 谢谢光临"))
    assert "forced_end" not in cats


# ---------- forced_end: the goodbye sends the last need elsewhere with no way, time or person (a brush-off, no answer)
def _sent_elsewhere(auditor, reply):
    return _cats(auditor, ("customer", "在吗 想问问我那台净水机配的滤芯啥时候寄出"), ("agent", "在的 滤芯今早已交给中通 后天可达"),
                 ("customer", "行。还有我那张保修卡上登记的姓名要改一下"), ("agent", reply))


@pytest.mark.parametrize("reply", ["改名字的事得另行办理 这次的物流咨询已经办完 谢谢您 再见",
                                   "保修卡改名不在本次服务范围内 谢谢理解 再见"])
def test_a_goodbye_that_sends_the_need_elsewhere_ends_on_it(auditor, reply):
    assert "forced_end" in _sent_elsewhere(auditor, reply)


@pytest.mark.parametrize("reply", ["改名字的事稍后安排专员与您联系 谢谢您 再见", "保修卡姓名已帮您改好了 谢谢您 再见"])
def test_a_goodbye_that_hands_the_need_over_or_serves_it_is_no_forced_end(auditor, reply):
    assert "forced_end" not in _sent_elsewhere(auditor, reply)
