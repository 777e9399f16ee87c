"""Issue 12, stop 58 (c58): the kinds behind the chat misses of fresh42_chats (read from this stop; it judged stop 57 by its
tables), fixed by kind.

* after-sales (seed 003 §售后: 查明原因 → 道歉 → 安抚 → 提供解决方案, for goods and work of the shop found faulty):
  - a thing told in any turn to be the customer's for years, whose repair the agent then prices (上门费50元), is an old
    thing's repair sold, even by a desk that calls itself after-sales (XX售后服务中心): the wear of years asks no apology
    (``services.service_booked``, ``_priced_next``); goods bought here last month stay a case;
  - the agent asking what make the customer's thing is (请问是什么牌子的) tells that the shop did not sell it: the trouble is
    why a part or a repair is bought (the pack's ``make_asked_forms``, ``Chat.make_asked``, ``services.service_asked``);
  - the trouble found in the house's own power (插座那边跳闸了) or in the customer's misreading (刚才看错了) owns the cause:
    no apology is owed for it (the pack's ``own_cause_forms``), while goods that trip the switch themselves stay a case;
* complaints (004: 客户抱怨, 先道歉): the money paid called wasted (修理费算是白花了) and the shop's pace or price likened to
  something in scorn (你们这排号跟抢演唱会门票似的) are complaints without 投诉 (the pack's ``complaint_forms``); the same
  likeness asked as a question (跟图上似的吗) is none.

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.  Each kind
has a faulty chat and its clean twin; the read chats each kind set right are named by id below."""

from __future__ import annotations

import pytest

from chat_fixtures import assert_read_chats_exact, conv_categories


def _cats(auditors, *turns, pack="jd", step=20):
    return conv_categories(auditors[pack], turns, start="2026-11-24T10:00:00", step=step)


_BYE = "感谢您的咨询，祝您生活愉快，再见～"


# ---------------------------------------------------------------- after-sales: an old thing's repair priced
@pytest.mark.parametrize("told,flagged", [("壁挂的那台，装了快七年了", False), ("壁挂的那台，上个月在你们店买的", True)])
def test_an_old_things_repair_priced_is_no_case(auditors, told, flagged):
    # (the desk calls itself 售后, so it is no service shop by name; the thing told to be years old and the work priced
    # make the repair a service sold: ``services.service_booked``)
    chat = [("customer", "你好，空调外机一开就咣咣响，震得窗户都跟着抖"),
            ("customer", told),
            ("agent", "您好，这里是岚川空调售后服务中心。响声是一开机就有，还是转一会儿才出来？"),
            ("customer", "转个几分钟就开始响"),
            ("agent", "多半是外机支架的螺丝松了，或者减震垫老化了。师傅上门加固支架、换减震垫，材料费40元，上门费60元。"),
            ("customer", "行，约后天上午吧"),
            ("agent", "已为您登记后天上午9:00-12:00，师傅出发前会电话联系您，" + _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- after-sales: the make asked
@pytest.mark.parametrize("second,flagged", [
    ("您好，欢迎光临岚川户外用品～请问您的帐篷是什么牌子的？", False),
    ("您好，欢迎光临岚川户外用品～请问订单号方便发一下吗？", True)])
def test_the_make_asked_tells_the_thing_is_the_customers_own(auditors, second, flagged):
    # (a shop knows the make of what it sold: asked, the broken pole is the customer's own, and the new pole sold is what
    # the trouble was for; the pack's ``make_asked_forms``)
    chat = [("customer", "在吗，帐篷的一根支撑杆折断了"),
            ("agent", second),
            ("customer", "牧高笛的，两人款"),
            ("agent", "这款用的是8.5毫米的铝合金杆，店里有同规格的单节杆卖，拍下时备注帐篷型号就行。"),
            ("customer", "好，那我拍两节"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- after-sales: the cause the customer's own
@pytest.mark.parametrize("own,flagged", [
    ("哎呀不好意思，原来是墙上插排那边跳闸了，跟烤箱没关系", False),
    ("哎呀不好意思，刚刚我看岔了，灯其实一直是灭的", False),
    ("插排好好的，是烤箱一插上就跳闸", True)])
def test_a_cause_the_customer_owns_asks_no_apology(auditors, own, flagged):
    chat = [("customer", "你好，前天收到的烤箱，面板一点反应都没有"),
            ("agent", "您好，欢迎光临岚川厨电～麻烦看一下烤箱背面的电源指示灯亮不亮？"),
            ("customer", "亮的，就是按键没反应"),
            ("agent", "那可能是面板排线松了，麻烦把烤箱断电五分钟再插上试试。"),
            ("customer", own),
            ("agent", "插排复位后再开机看看；要是一插上就跳闸，说明机器里面可能漏电，请先别用，我们给您安排检测。"),
            ("customer", "复位好了，现在能开机了"),
            ("agent", "那就好，能正常加热就可以放心用了，再有问题随时找我们，" + _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- complaints: money wasted, a likeness in scorn
@pytest.mark.parametrize("said,flagged", [
    ("这才修完半个月又不转了，修理费算是白花了", True),
    ("你们这排号跟抢演唱会门票似的，换个表带而已", True),
    ("这才修完半个月又不转了，你们帮忙看看", False),
    ("换完的表带跟图上似的吗", False)])
def test_money_wasted_and_a_likeness_in_scorn_are_complaints(auditors, said, flagged):
    chat = [("customer", "你好，手表的事想问一下"),
            ("agent", "您好，欢迎光临岚川钟表，请讲。"),
            ("customer", said),
            ("agent", "您把表寄回来，我们检测后再跟您说，邮费到付。"),
            ("customer", "行吧"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


_FIXED = {"fresh42_chats": ("f42-c001", "f42-c003", "f42-c006", "f42-c009", "f42-c018", "f42-c023")}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_each_kind_set_right(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
