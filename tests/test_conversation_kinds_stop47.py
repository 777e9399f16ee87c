"""Issue 12, stop 47 (c47): the kinds behind the chat misses of fresh31_chats (read from this stop), fixed by kind.

* the closing's offer of help with the chat tool named on the way (有问题随时旺旺找我 / 随时咚咚戳我): the offer of seed 003
  (如果有什么问题请随时招呼我), a proper closing (pack ``word_forms.closing``);
* a home repair asked of a service shop (家里X坏了，能上门修吗) whose price is quoted or asked next: the customer's own thing,
  a service bought, no after-sales case of goods sold (pack ``service_visit_forms`` / ``service_fee_forms``,
  ``services.service_booked``; seed 003 §售后 is for goods found faulty); the same words with the goods received named keep
  the case;
* the notice the agent said would come confirmed (收到短信了 / 通知收到了): the step done, no need left open for the goodbye to
  cut off (pack ``resolved_forms``; seed 000 强制结束 is for a question or problem still open); 没收到短信 still needs help.

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.
Each kind has a faulty chat and its clean twin."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories


def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2026-06-18T10:00:00")


# kind 1 (missing_closing): the offer of help names the chat tool; a bare fact last is still no closing
@pytest.mark.parametrize("last,flagged", [
    ("不客气[微笑] 今天下午就能发出，有啥不清楚的随时旺旺找我哈", False),
    ("不客气[微笑] 还有疑问的话随时在线上问我就行～", False),
    ("今天下午就能发出[微笑]", True)])
def test_the_offer_of_help_naming_the_chat_tool_closes(auditors, last, flagged):
    chat = [("customer", "在吗，这款保温杯有粉色的吗"),
            ("agent", "亲，您好～粉色有货的哦[微笑]"),
            ("customer", "好的那我拍了，谢谢"),
            ("agent", last)]
    assert ("missing_closing" in _cats(auditors, *chat, pack="taobao")) is flagged


_FEE = "您好，可以的，上门费25元，换一根滑轨人工加材料大概150元，师傅看过再报价，您同意了才动工。请问您在哪个小区？"
_CASE = "非常抱歉给您添麻烦了，麻烦提供一下订单号，我先帮您查一下是什么原因"


# kind 2 (aftersales_flow): a home repair priced as a service is no after-sales case; goods received named keep it
@pytest.mark.parametrize("asked,reply,flagged", [
    ("您好，家里窗帘的滑轨坏了，能上门修吗", _FEE, False),
    ("您好，家里卫生间的水龙头坏了，能上门换吗", "您好，可以的，换水龙头工时费一般60元，龙头可以自备。请问您在哪个小区？", False),
    ("您好，家里窗帘的滑轨坏了，能上门修吗", "您好，可以的，我们安排师傅上门，请问您在哪个小区？", True),
    ("您好，上周收到的窗帘滑轨坏了，能上门修吗", _FEE, True)])
def test_a_home_repair_priced_as_a_service(auditors, asked, reply, flagged):
    chat = [("customer", asked),
            ("agent", reply),
            ("customer", "阳光花园3栋，明天下午可以吗"),
            ("agent", "明天下午两点到四点给您约上了，师傅出发前会电话联系您"),
            ("customer", "好的"),
            ("agent", "感谢您的信任，祝您生活愉快，再见～")]
    assert ("aftersales_flow" in _cats(auditors, *chat, pack="generic")) is flagged


def test_a_case_answered_in_order_is_clean_beside_the_repair_kind(auditors):
    chat = [("customer", "您好，上周收到的窗帘滑轨坏了，拉不动"),
            ("agent", _CASE),
            ("customer", "订单号是5521887"),
            ("agent", "查到了，是滑轨批次问题，实在抱歉让您用得不顺心，别着急，我们免费给您换新滑轨，明天师傅上门安装"),
            ("customer", "好的"),
            ("agent", "感谢您的理解，祝您生活愉快，再见～")]
    assert "aftersales_flow" not in _cats(auditors, *chat, pack="generic")


# kind 3 (forced_end): the notice confirmed is no need; a notice missing is one
@pytest.mark.parametrize("said,flagged", [
    ("短信已经收到了", False),
    ("收到通知了", False),
    ("没收到短信啊，能再发一次吗", True)])
def test_the_notice_confirmed_leaves_nothing_open(auditors, said, flagged):
    chat = [("customer", "你好，我订的周五的按摩椅体验课想改到周日"),
            ("agent", "您好，欢迎咨询～周日上午十点还有位置，给您改到这个时间可以吗"),
            ("customer", "可以"),
            ("agent", "已经为您改好，稍后会有短信通知"),
            ("customer", said),
            ("agent", "谢谢您的耐心，周日见～")]
    assert ("forced_end" in _cats(auditors, *chat)) is flagged
