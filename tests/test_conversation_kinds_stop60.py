"""Issue 12, stop 60 (c60): the kinds behind the chat misses of fresh44_chats (read from this stop; it judged stop 59 by its
tables), fixed by kind.

* unanswered (seed 000: 漏回复 — every customer question gets its answer; settle.py reads the agent's clauses):
  - a yes-or-no question asked of a time it names (下午三点左右送到可以吗 / 周六上午能上门吗) is answered by a clause telling a
    time (明天两点到四点还有空), whatever character of a sibling's words it shares, even in a sentence the tagger took for a
    closing because it opens on thanks for the wait (the pack's ``timed_ask_forms`` with ``time_words``, ``settle``
    ``asked_kinds``);
  - whether it costs more (过年贵吗 / 会不会更贵) beside a question of the price is answered by a sum told beside the sibling's
    (春节80元，平时50元: the pack's ``sum_asked_forms``, ``when.sibling_price``).
* followup_missed (004: 需要查询的问题要回复结果): asking the customer to send something to look at (您把名字发我看看) promises
  no check (the ``agent.hold`` cue's unless words).
* suggestion_unacknowledged (004: 建议时致谢并记录): how many the customer takes and of which kind (要两个，一个棕色一个黑色)
  is the order chosen, no suggestion, whatever the tagger reads (the pack's ``order_spec_forms``, ``needs.suggests``).
* complaint_no_apology (004: 客户抱怨): not even a call said the other way round (电话也不打一个), an appointment kept hours
  late (约的九点，拖到快中午才来) and the lateness counted (迟到了三个小时) — the pack's ``complaint_forms``.
* after-sales (seed 003 §售后: 查明原因 → 道歉 → 安抚 → 提供解决方案): a visit or a same-day delivery already rendered hours
  late (拖到下午才上门 / 蛋糕送来晚了一个小时) is a case of the service (the pack's ``service_missed_forms``; a parcel late by
  days stays 001 §物流延迟's); a thing that gives at a touch (一推就晃 / 一拉就断) and an edge chipped (边角崩了) are faults of
  the goods (the pack's after-sales forms).

From the read half of this stop's blind pool (pool60_followups_n69a: promised follow-ups and complaints):

* a figure of the agent's thrown back by its question mark alone right before a reproach (还要20分钟？| 这就叫准时达？) and a
  reproach asked by a question word that asks nothing (我这一下午算什么: the pack's ``rhetorical_tails``) are grievances owed
  comfort, no question left open (``grievance.grieved``); the shop's claim thrown back with 叫 and no 吗 (这也叫高清印刷？) is
  a complaint (the pack's ``complaint_forms``);
* the welcome naming the shop's goods before a hold (欢迎光临…风扇旗舰店，我去核实一下…) answers nothing of the question held
  (``held.told_before_hold``); a check put to a named place between (我帮您跟城东店确认一下) is a hold (the ``agent.hold``
  cue), and its result three minutes later, after an interim "still checking", is late;
* a check handed over with the hour of a call or of what it yields (我下午4点前给您打电话回复 / 下午3点前在这里给您发效果图) is
  no question left unanswered and no chat forced to an end (the pack's ``handover_forms``, ``ending._check_left_open``).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.  Each kind
has a faulty chat and its clean twin; the read chats each kind set right are named by id below."""

from __future__ import annotations

import functools

import pytest

from chat_fixtures import BYE, assert_read_chats_exact, pack_categories


_cats = functools.partial(pack_categories, start="2026-12-01T10:00:00")  # (auditors, *turns, pack=, step=)


# ---------------------------------------------------------------- unanswered: a time named, a time told
@pytest.mark.parametrize("reply,flagged", [
    ("感谢您耐心等待～两米四的明装轨道，配件师傅都会自带，9点半到11点半还有空档。", False),
    ("感谢您耐心等待～两米四的明装轨道，配件师傅都会自带。", True)])
def test_a_yes_or_no_asked_of_a_time_is_answered_by_a_time_told(auditors, reply, flagged):
    chat = [("customer", "你好，客厅的窗帘轨道想重新装一下"),
            ("agent", "您好，欢迎咨询澜屿上门安装，轨道是明装还是暗装的呢？"),
            ("customer", "明装的，两米四，周六上午能上门吗"),
            ("agent", "我帮您查一下周六的排班，请您稍候。"),
            ("agent", reply),
            ("customer", "好的"),
            ("agent", BYE)]
    cats = _cats(auditors, *chat)
    assert ("unanswered" in cats or "followup_missed" in cats) is flagged


# ---------------------------------------------------------------- unanswered: whether it costs more
@pytest.mark.parametrize("reply,flagged", [
    ("工作日上门清洗是150元，周末是180元，按统一的收费标准来。", False),
    ("上门清洗是150元，师傅自带工具和清洁剂，大约一个半小时。", True)])
def test_whether_it_costs_more_is_answered_by_the_sums_told(auditors, reply, flagged):
    chat = [("customer", "你好，油烟机想约个上门清洗"),
            ("agent", "您好，欢迎咨询澜屿家电清洗，可以预约的。"),
            ("customer", "清洗费多少？周末贵吗"),
            ("agent", reply),
            ("customer", "行，我再想想"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- followup: send it to me to look at
@pytest.mark.parametrize("middle,flagged", [
    ("您好，欢迎光临～可以刻的，您把想刻的字发我看看。", False),
    ("您好，欢迎光临～可以刻的，字体能不能用隶书我去问一下师傅。", True)])
def test_asking_to_be_sent_something_to_look_at_promises_no_check(auditors, middle, flagged):
    chat = [("customer", "你好，木质书签能刻字吗"),
            ("agent", middle),
            ("customer", "刻“书山有路”四个字，隶书"),
            ("agent", "这四个字刻在书签正面刚好，一枚是25元。"),
            ("customer", "好，我拍了"),
            ("agent", "收到，刻好后会先拍照给您确认，祝您生活愉快～")]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- suggestion: the order chosen
@pytest.mark.parametrize("said,flagged", [
    ("那就来三个，一个红的两个蓝的", False),
    ("你们以后能不能多出几个颜色，现在选择太少了", True)])
def test_the_order_chosen_is_no_suggestion(auditors, said, flagged):
    chat = [("customer", "你好，这款陶瓷杯垫有几个颜色"),
            ("agent", "您好，有红、蓝、米白三种颜色。"),
            ("customer", said),
            ("agent", "好的，拍下后今天下午发出。"),
            ("customer", "好"),
            ("agent", BYE)]
    assert ("suggestion_unacknowledged" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- complaints: no call, hours late
@pytest.mark.parametrize("said", ["约好上午十点，拖到下午一点多才来，电话也不打一个",
                                  "你们的师傅今天迟到了两个多小时"])
@pytest.mark.parametrize("reply,flagged", [
    ("师傅上午那单比预计的久，所以到得晚一些。", True),
    ("实在对不起，让您白白等了这么久，这是我们安排上的问题。", False)])
def test_hours_late_and_no_call_is_a_complaint(auditors, said, reply, flagged):
    chat = [("customer", said),
            ("agent", reply),
            ("customer", "好吧"),
            ("agent", BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- after-sales: a service rendered hours late
@pytest.mark.parametrize("said,flagged", [
    ("你好，订的鲜花送来晚了一个多小时，人都已经走了", True),
    ("你好，快递拖到第三天才到，不过东西没问题", False)])
def test_a_service_rendered_hours_late_is_a_case(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，这边直接给您退20元运费，您看可以吗？"),
            ("customer", "行吧"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- after-sales: gives at a touch, an edge chipped
@pytest.mark.parametrize("said,flagged", [
    ("你好，收到的晾衣架一拉就断了一根杆", True),
    ("你好，前天收到的花盆边沿崩了一块", True),
    ("你好，收到的台灯一按就亮，想问下能调色温吗", False)])
def test_a_thing_that_gives_at_a_touch_is_a_fault(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，给您补发一个新的，今天就寄出。"),
            ("customer", "好"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- pool60: disbelief before a reproach, a rhetorical tail
@pytest.mark.parametrize("said,flagged", [
    ("还要20分钟？这就叫准时达？", False),
    ("我这一下午算什么", False),
    ("还要20分钟？那能先把蜡烛送过来吗", True)])
def test_disbelief_and_rhetorical_tails_ask_nothing(auditors, said, flagged):
    chat = [("customer", "说好四点送到，现在都快五点了，蛋糕还没影"),
            ("agent", "您好，骑手已经取到蛋糕了，预计20分钟左右送到。"),
            ("customer", said),
            ("agent", "今天傍晚订单比较集中，骑手正按顺序配送，您可以在订单页看骑手的位置。"),
            ("customer", "行吧"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("印出来一片模糊，这也叫高清印刷？", True),
    ("印出来有点模糊，这种也叫高清印刷吗", False)])
def test_the_claim_thrown_back_is_a_complaint(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，麻烦发一下原图，这边看看分辨率。"),
            ("customer", "[图片]"),
            ("agent", "原图是640像素宽，放大印到杯身会发虚，建议换1500像素以上的图重新印。"),
            ("customer", "行"),
            ("agent", BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- pool60: the welcome answers nothing held; a named check
@pytest.mark.parametrize("second,flagged", [
    ("刚问了，这款用65W的快充头也能充，会自动降到5V。", False),
    ("粉色这两天刚补货，页面刷新一下就能选了。", True)])
def test_the_welcome_before_a_hold_answers_nothing(auditors, second, flagged):
    chat = [("customer", "你好，这个台扇能用快充头充电吗"),
            ("agent", "您好，欢迎光临凉风台扇旗舰店，我去核实一下这款的充电参数。"),
            ("customer", "对了，粉色有货吗"),
            ("agent", second),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


# (stop 66: 门店同事还在清点 says the check goes on, no result — ``held.no_result_yet``, as stop 51's 还在核实排班 — so the wait runs
# from the hold to the result; the quicker pace is 30 s a turn, the result 90 s after the hold)
@pytest.mark.parametrize("wait,flagged", [(30, False), (100, True)])
def test_a_check_put_to_a_named_place_is_a_hold(auditors, wait, flagged):
    chat = [("customer", "你好，周日想在城东店租一辆婴儿推车，能预留吗"),
            ("agent", "您好，欢迎咨询小步婴儿车租赁，我帮您跟城东店确认一下周日的库存。"),
            ("customer", "有结果了吗"),
            ("agent", "门店同事还在清点，请您再等一会儿。"),
            ("agent", "确认好了，城东店周日有两辆可以预留，需要的话现在就给您登记。"),
            ("customer", "登记一辆"),
            ("agent", "已经登记好了，周日到店报手机号就能取，祝您生活愉快，再见～")]
    assert ("followup_missed" in _cats(auditors, *chat, step=wait)) is flagged


# ---------------------------------------------------------------- pool60: handed over with the hour
@pytest.mark.parametrize("reply,flagged", [
    ("消毒记录需要和仓库核对，我下午4点前给您打电话回复，您看方便吗？", False),
    ("消毒记录需要和仓库核对，您看方便吗？", True)])
def test_a_check_handed_over_with_the_hour_of_a_call(auditors, reply, flagged):
    chat = [("customer", "你好，我租的这张婴儿床是哪天消毒的？能查到记录吗"),
            ("agent", reply),
            ("customer", "可以"),
            ("agent", "好的，感谢您的咨询，祝宝宝健康，再见！")]
    cats = _cats(auditors, *chat)
    assert ("unanswered" in cats or "followup_missed" in cats or "forced_end" in cats) is flagged


_FIXED = {"fresh44_chats": ("f44-c009", "f44-c018", "f44-c019", "f44-c034", "f44-c037", "f44-c046", "f44-c052"),
          "pool60_followups_n69a": ("n69a-c004", "n69a-c005", "n69a-c010", "n69a-c012", "n69a-c019", "n69a-c022",
                                    "n69a-c024")}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_each_kind_set_right(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
