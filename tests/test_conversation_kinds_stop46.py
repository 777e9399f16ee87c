"""Issue 12, stop 46 (c46): the kinds behind the chat misses of fresh30_chats and pool46_chatpairs_n52a, fixed by kind.

* the shop's page or app scorned as hard to use (你们这报名网页也太难用了), the customer's temper said to be up (看得我一肚子火),
  or the shop blamed for what nearly went wrong (害我差点订错): anger without 投诉 (pack ``complaint_forms``; seed 004
  客户抱怨); 会不会很难用 asks, 怕太难操作 worries;
* a wish aimed at the shop that names the gain instead of 好了 (你们要是出货时多附一张说明书，买家就省事了): a suggestion (pack
  ``word_forms.customer_suggestion``; seed 004 建议时致谢并记录); 你们要是今天能发货我就放心了 wants this order served;
* the thanks waved off as the agent's 本分 (帮您办妥就是我们的本分): the praise answered (pack ``word_forms.thanks_reply``;
  seed 004 遇到客户致谢时);
* the model's thanks reading of a sentence that tells what the customer wants done (我的酒店订单想改到下周三): a need told,
  no thanks (pack ``want_told_forms``, ``checks/acknowledgement._want_only``);
* a question asking which size (拿哪个码) after the customer's own figures, answered by the size beside the figures said back
  (170/92A选L就行): answered (pack ``size_given_forms``, ``beside.speaks_of_told``; seed 000 漏回复);
* the time the agent offered picked with its 的 (14:40的吧): the choice made, no question (pack ``decision_forms``).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.
Each kind has a faulty chat and its clean twin."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_BYE = "感谢您的光临，祝您生活愉快，再见～"


def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2026-06-18T10:00:00")


# kind 1 (complaint_no_apology): the shop's web page scorned as hard to use; the same need asked plainly is no complaint
@pytest.mark.parametrize("said,flagged", [
    ("你们这个报名网页也太难用了，验证码换了五次都不对", True),
    ("这个报名网页会不会很难用，我妈年纪大了", False)])
def test_the_shops_page_scorned_as_hard_to_use(auditors, said, flagged):
    chat = [("customer", "你好，少儿游泳班还有名额吗"),
            ("agent", "您好，欢迎咨询～周六上午的班还有三个名额"),
            ("customer", said),
            ("agent", "网页报名要先选校区再选班级，您也可以把孩子的姓名和年龄发我，我帮您登记"),
            ("customer", "好的，王小满，七岁"),
            ("agent", "已经帮您登记好了，周六上午九点开课。" + _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


# kind 1b (complaint_no_apology): the temper said to be up, and the shop blamed for a near miss
@pytest.mark.parametrize("said,flagged", [
    ("你们页面上房型写得乱七八糟，等得我一肚子火", True),
    ("你们页面上房型写得挺全的，我再确认一下", False),
    ("房型图放反了吧，害我差点订成双床房", True)])
def test_a_temper_up_or_a_near_miss_blamed(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临～大床房在第一栏，双床房在第二栏，价格都是每晚三百二"),
            ("customer", "行，那我订大床房"),
            ("agent", "好的，下单后会短信确认。" + _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


# kind 2 (suggestion_unacknowledged): the wish names the gain (就省事了); the same words for this order ask to be served
@pytest.mark.parametrize("said,flagged", [
    ("你们要是出货时多附一张中文说明书，买家就省事了，很多人看不懂英文", True),
    ("你们要是今天能发货，我就放心了", False)])
def test_a_wish_naming_the_gain(auditors, said, flagged):
    chat = [("customer", "你好，这款咖啡机的除垢剂怎么用"),
            ("agent", "您好，欢迎光临～一包除垢剂兑一升水，倒进水箱后按除垢键就行"),
            ("customer", said),
            ("agent", "订单今天下午四点前会发出，发顺丰"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("suggestion_unacknowledged" in _cats(auditors, *chat, pack="taobao")) is flagged


# kind 3 (thanks_unacknowledged): praise answered by the agent's 本分 is answered; a reply on the parcel only is not
@pytest.mark.parametrize("reply,flagged", [
    ("帮您把礼物按时送到就是我们的本分呀[害羞] 祝您生活愉快～", False),
    ("包裹会在明早十点前送到，请保持电话畅通～", True)])
def test_praise_answered_as_the_agents_duty(auditors, reply, flagged):
    chat = [("customer", "你好，生日蛋糕明早十点前能送到吗"),
            ("agent", "亲，您好～明早八点开始配送，十点前能送到[微笑]"),
            ("customer", "那就交给你们了，服务真周到"),
            ("agent", reply)]
    assert ("thanks_unacknowledged" in _cats(auditors, *chat, pack="taobao")) is flagged


# kind 4 (thanks_unacknowledged): a want told (航班想改期，还想保留…) is no thanks; a real thanks left unanswered is
@pytest.mark.parametrize("first,flagged", [
    ("您好，我的航班想改期，还想保留已选的座位，能做到吗", False),
    ("您好，上回多亏你们帮忙，真是太感谢了。我的航班想改期，能做到吗", True)])
def test_a_want_told_is_no_thanks(auditors, first, flagged):
    chat = [("customer", first),
            ("agent", "您好，欢迎咨询～请问订单号是多少？"),
            ("customer", "HT20260618"),
            ("agent", "已经为您改到下周三，座位保留不变，祝您旅途顺利，再见～")]
    assert ("thanks_unacknowledged" in _cats(auditors, *chat)) is flagged


# kind 5 (unanswered): which size, after the customer's own figures; the size named beside them answers, the figures alone not
@pytest.mark.parametrize("reply,flagged", [
    ("这款版型偏大，172/92A的话选L就行，里面加件毛衣也够。", False),
    ("这款版型偏大，172/92A的话里面加件毛衣也够。", True)])
def test_which_size_answered_by_the_size_named(auditors, reply, flagged):
    chat = [("customer", "你好，这件冲锋衣防水吗"),
            ("agent", "您好，欢迎光临～面料是三层压胶，日常下雨完全没问题"),
            ("customer", "能放洗衣机洗吗？怕洗坏"),
            ("agent", "建议手洗，用中性洗涤剂晾干就行。您平时穿什么号型呢？"),
            ("customer", "我平时穿172/92A，拿哪个码"),
            ("agent", reply),
            ("customer", "好，那我下单了，谢谢"),
            ("agent", "不客气，很高兴为您服务，祝您出行顺利，再见～")]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# kind 6 (unanswered): the offered time picked with its 的 (14:40的吧) tells the choice (the pack's decision_forms, read
# whole); a time asked about with its 的 (14:40的有座吗) does not
@pytest.mark.parametrize("said,choice", [("14:40的吧", True), ("就9点半那班吧", True), ("14:40的有座吗", False),
                                         ("9点那班是直达的吧", False)])
def test_the_offered_time_picked_with_its_de(auditors, said, choice):
    from zhijian.audit.settle import compact

    assert bool(auditors["jd"].config.patterns("decision_forms").fullmatch(compact(said))) is choice


# kind 7 (direct_name): the bare full name after 查到了 addresses the customer; with 女士 it is polite
@pytest.mark.parametrize("called,flagged", [("赵美玲", True), ("赵女士", False)])
def test_the_full_name_after_the_record_found(auditors, called, flagged):
    chat = [("customer", "你好，约了周五的空调清洗，想提前到周四"),
            ("agent", "您好，欢迎咨询～麻烦发一下预约单号"),
            ("customer", "KT0618-3371"),
            ("agent", f"查到了，{called}，您周五上午的预约可以改到周四下午三点"),
            ("customer", "好的"),
            ("agent", "已经为您改好，师傅会提前联系您。" + _BYE)]
    assert ("direct_name" in _cats(auditors, *chat)) is flagged


# kind 7b (direct_name): a day or a word after 查到了 is no name
def test_a_day_after_the_record_found_is_no_name(auditors):
    chat = [("customer", "你好，我的快递到哪了"),
            ("agent", "您好，麻烦发一下订单号"),
            ("customer", "DD20260618"),
            ("agent", "查到了，周四发出，您明天就能收到"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert "direct_name" not in _cats(auditors, *chat)


# kind 8 (repeated_reply): the earlier answer sent again cut short and reworded around its one figure; a new answer is none
@pytest.mark.parametrize("again,flagged", [
    ("这款锂电池要充满至少需要4小时，充电时指示灯是红的，充满后变绿灯", True),
    ("换个快充头的话会快一些，大约两个半小时就能充满", False)])
def test_a_reply_sent_again_reworded_around_one_figure(auditors, again, flagged):
    chat = [("customer", "你好，买的电动牙刷充了一晚上还是红灯"),
            ("agent", "您好，欢迎光临～这款锂电池要充满需要至少4小时，充电的时候指示灯是红的，充满以后变成绿灯，给您添麻烦了"),
            ("customer", "不好意思我说错了，是充了一个小时"),
            ("agent", again),
            ("customer", "好吧"),
            ("agent", _BYE)]
    assert ("repeated_reply" in _cats(auditors, *chat)) is flagged


# kind 9 (unanswered): a question skipped and asked again, answered only about the chat's setting (上门, said since the first
# turn) and nothing of its own (晚上八点后); the time told answers it
@pytest.mark.parametrize("reply,flagged", [
    ("师傅上门会带好开孔工具，装完现场教您录指纹", True),
    ("晚上八点后也可以约，师傅最晚九点到，会带好开孔工具", False)])
def test_a_question_asked_again_answered_about_the_setting_only(auditors, reply, flagged):
    chat = [("customer", "你好，我想装个智能门锁，上门安装多少钱"),
            ("agent", "您好，欢迎咨询～上门安装费50元，锁另算"),
            ("customer", "指纹款有几种颜色？晚上八点后能上门吗，白天要上班"),
            ("agent", "指纹款有黑色和银色两种，支持五十组指纹"),
            ("customer", "嗯，晚上八点后上门行吗"),
            ("agent", reply),
            ("customer", "好，那约周三"),
            ("agent", "已经为您登记周三，师傅出发前会电话联系您。" + _BYE)]
    assert ("unanswered" in _cats(auditors, *chat, pack="generic")) is flagged


# kind 10 (followup_missed): a check promised, then only the need the customer added after it (顺便问下，…) answered; the
# result never comes. Coming back with it afterwards is clean
@pytest.mark.parametrize("back,flagged", [
    (None, True),
    ("让您久等了，主管回复可以给您换一口新的，旧锅不用寄回，新锅明天发出", False)])
def test_a_check_passed_over_for_a_need_added_after_it(auditors, back, flagged):
    chat = [("customer", "你好，收到的铁锅锅底有一块掉漆"),
            ("agent", "您好，给您添麻烦了，真的很抱歉，麻烦拍张锅底的照片看看"),
            ("customer", "[图片] 就是这块"),
            ("agent", "照片收到了，我去问一下售后主管这种情况怎么处理，稍后回复您"),
            ("customer", "顺便问下，第一次用要开锅吗"),
            ("agent", "要的，先用清水烧干，再抹一层猪油小火烧几分钟就行")]
    if back:
        chat.append(("agent", back))
    chat += [("customer", "好"),
             ("agent", "谢谢您的耐心，祝您生活愉快，再见～")]
    assert ("followup_missed" in _cats(auditors, *chat, pack="taobao")) is flagged


# kind 11 (aftersales_flow): a remedy offered with the consent in one clause (给您退20元可以吗) before anything is asked about
# the fault; asking first, then offering it, is the order of seed 003
@pytest.mark.parametrize("first,flagged", [
    ("您好，非常抱歉给您添麻烦了。给您退20元可以吗？或者直接退货退款也行。", True),
    ("您好，非常抱歉给您添麻烦了。方便拍张开线位置的照片给我看看吗？", False)])
def test_a_remedy_offered_for_consent_before_the_cause(auditors, first, flagged):
    chat = [("customer", "刚收到的双肩包，背带就开线了"),
            ("agent", first),
            ("customer", "[图片] 就是这里"),
            ("agent", "看了照片，是背带接缝处的线没有锁好，确实是做工问题，让您糟心了"),
            ("customer", "那怎么办"),
            ("agent", "给您补发一个新包，旧的不用寄回，明天就发出，感谢您的理解，祝您生活愉快，再见～")]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged
