"""Issue 12, stop 54 (c54): the kinds behind the chat misses of fresh38_chats (read from this stop; it judged stop 53 by its
tables), fixed by kind.

* after-sales (seed 003 §售后 查明原因 → 道歉 → 安抚 → 提供解决方案 is for goods and work of the shop found faulty):
  - a trouble of the customer's own thing told to a shop that introduces itself as selling a service (欢迎光临XX家电清洗 / XX
    影像修复), naming no goods or work of the shop before, is why the service is bought, no case (``Chat.service_shop``, the
    pack's ``service_shop_forms``, ``services.service_asked``) when the turn asks for the service (a question, a request, the
    pack's ``wish_words``: 想给沙发做个深度清洁) or answers the agent's question back; a thing owned for years (空调用了七八年了) is the
    customer's own;
  - the shop's own work told as recent or come back (上礼拜你家师傅来换的阀门…又漏了 / 前几天你们上门擦的玻璃) opens a case as goods received
    do (the pack's ``shop_work_forms`` and ``recent_work_words``, ``services.shop_work``);
  - the worker at fault retrained (让那位员工重新培训) and the time the earlier work was done (更换时没压紧) offer no remedy (the
    pack's ``internal_measure_forms`` / ``past_work_forms`` among ``aftersales.NOT_A_REMEDY``, now blanked together; the
    second is guarded by a read chat below);
* the read half of stop 54's blind pool on service shops (pool54_services_n62a): the thing named as not the shop's goods
  anywhere in the chat (不是从你家拍的 / 亲戚送的 / 二手的, the pack's ``own_thing_forms``, ``Chat.own_thing``) makes its trouble
  a service asked for, anger at the thing and all; a thing hung or fitted for years is the customer's own (``owned_years_forms``);
  the shop's work for the customer with the trouble back after it (你们上门给空调加的氟，没两天又不凉了) opens a case; the work read
  back from the record (10月2日王工来家里换了滤芯 / 那次都换过什么) is no remedy (``past_work_forms``); the trouble owned as
  vexing with a degree between (停电挺让人头疼) is fellow feeling (the pack's empathy words);
* complaints (004 客户抱怨): the shop's work scorned by degree (这手艺做得也太马虎了) and the fault put on the customer's use thrown
  back in scorn (闹了半天是我用错了呗) are complaints (``complaint_forms``), and a finding
  read off a comparison (比对完了，…) is no apology (the pack's ``record_finding_forms``);
* questions (seed 000: 对客户的每一个问题都认真回复):
  - the doer named after a modal (能自己装吗) is no content an answer must name (the pack's ``modal_lead_words``);
  - on a tie, a clause telling no sum goes to the sibling, not to the question asking the price (``settle``);
  - a span told after the answer to a sibling answers the question of the same turn asking how long (``when.sibling_span``);
* asked again (004: 不让顾客重复): the customer telling where a thing stands written (单子上写着), asked by the agent whether it is
  written there, answers the question (the pack's ``written_words``, ``Chat._tells_written``).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.  Each kind
has a faulty chat and its clean twin; the read chats each kind set right are named by id below."""

from __future__ import annotations

import pytest

from chat_fixtures import assert_read_chats_exact, conv_categories


def _cats(auditors, *turns, pack="jd", step=20):
    return conv_categories(auditors[pack], turns, start="2026-10-20T10:00:00", step=step)


_BYE = "感谢您的咨询，祝您生活愉快，再见～"


# ---------------------------------------------------------------- after-sales: a service shop, the shop's own work
@pytest.mark.parametrize("said,flagged", [
    ("你好，家里油烟机用了六年了，抽力越来越小，是不是该洗了", False),
    ("你好，上礼拜你家的师傅来清洗的油烟机，这两天抽力又变小了", True),
    # (a trouble only told, nothing asked of the service and no question back answered: it may be of work done, the case stays)
    ("你好，油烟机漏油了，滴了一灶台", True)])
def test_a_trouble_told_to_a_service_shop_is_why_the_service_is_bought(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临岚川家电清洗。给您安排师傅上门深度清洗，费用按标准收取。"),
            ("customer", "嗯"),
            ("agent", "请问油烟机是侧吸还是顶吸的？平时多久做一次饭？"),
            ("customer", "侧吸，天天做"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("你好，你们大前天上门洗的地毯，今天还有一股潮味", True),
    ("你好，在你们这洗过地毯，想再约一次", False)])
def test_the_shops_recent_work_opens_a_case(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临岚川地毯护理。给您再安排一次上门，您看明天行吗？"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("last,flagged", [
    ("我们会把情况记下来，让那位员工重新培训。", True),
    ("明天安排另一位师傅免费上门重新处理。", False)])
def test_the_worker_retrained_is_no_remedy(auditors, last, flagged):
    chat = [("customer", "你好，昨天你家师傅来疏通的下水道，今天又堵了"),
            ("agent", "您好，请问是厨房还是卫生间的下水？堵的时候水是完全下不去吗？"),
            ("customer", "卫生间，完全下不去"),
            ("agent", "应该是上次只通了弯头，主管里的头发团没清出来，非常抱歉给您添麻烦了，您别着急。" + last),
            ("customer", "好吧"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- the read half of pool54 (service shops)
# (stop 67: 能修不 reads as a question now, as 能修吗 does — a repair asked of a service shop and priced is no case either
# way; the pair asks for the repair instead)
@pytest.mark.parametrize("said,flagged", [
    ("这破锅气死我了！！一开火就漏气，不是从你家拍的，你们给看看", False),
    ("这破锅气死我了！！一开火就漏气，你们给看看", True)])
def test_the_thing_named_as_not_the_shops_goods_is_the_customers_own(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎来到岚川厨具快修工作室。给您换个新阀门就好，费用40元。"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("两米宽的，挂了得有八年了", False), ("两米宽的，上个月刚收到的", True)])
def test_a_thing_hung_or_fitted_for_years_is_the_customers_own(auditors, said, flagged):
    chat = [("customer", "你好，卷帘拉绳断了一根，帘子歪成斜的了，能修吗"),
            ("agent", "您好，欢迎光临岚川窗帘修配店。请问帘子多宽？用了多久了？"),
            ("customer", said),
            ("agent", "两米宽的换一根拉绳，上门连工带料80元，您看明天上午行吗？"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("你好，上个月你们上门给空调加的氟，没两天又不凉了", True),
                                          ("你好，上个月在别处给空调加的氟，没两天又不凉了", False)])
def test_the_shops_work_for_the_customer_with_the_trouble_back_opens_a_case(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临岚川空调维修服务店。明天下午派人来家里补充冷媒，您看行吗？"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("record,flagged", [
    ("查到了，10月2日王工来家里换了滤芯，应该是装滤芯时垫圈没摆正。", False),
    ("查到了，应该是滤芯的垫圈没摆正，马上给您免费更换。", True)])
def test_the_work_read_back_from_the_record_is_no_remedy(auditors, record, flagged):
    chat = [("customer", "你好，前几天你家师傅来换的净水器滤芯，今天接头又渗水了"),
            ("agent", "您好，这里是岚川净水上门服务中心。单号给我一下，我看看那次都换过什么。"),
            ("customer", "JS1002"),
            ("agent", record),
            ("agent", "非常抱歉给您添麻烦了，您别担心，这个处理起来很快。"),
            ("agent", "明天上午安排师傅免费上门重新安装密封圈，您看方便吗？"),
            ("customer", "方便"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [("您先别急，漏气这事挺让人头疼，麻烦拍张阀门的照片发来。", False),
                                           ("麻烦拍张阀门的照片发来。", True)])
def test_the_trouble_owned_as_vexing_is_fellow_feeling(auditors, reply, flagged):
    chat = [("customer", "这破锅气死我了！！一开火就漏气，朋友送的，能修不"),
            ("agent", "您好，欢迎来到岚川厨具快修工作室。" + reply),
            ("customer", "[图片]"),
            ("agent", "是阀门老化了，换个新的40元，寄过来三天修好。"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- complaints
@pytest.mark.parametrize("said,flagged", [("鞋底是补上了，这活做得也太潦草了，胶都溢出来了", True),
                                          ("鞋底是补上了，胶溢出来一点，能处理吗", False)])
def test_the_shops_work_scorned_by_degree_is_a_complaint(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临石桥修鞋铺。比对完了，是补胶时多挤了一些。"),
            ("agent", "您寄回来，我们免费把溢胶清理干净，来回运费店里出。"),
            ("customer", "行吧"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("闹了半天是我用错了呗", True), ("哦，是我用错了，那我改一下", False)])
def test_the_fault_put_on_the_customers_use_thrown_back_is_a_complaint(auditors, said, flagged):
    chat = [("customer", "你好，刚收到的保温杯，倒了热水半天就凉了"),
            ("agent", "您好，欢迎光临岚川杯具。请问倒水前有没有先用热水预热一下？杯盖拧紧了吗？"),
            ("customer", "没预热，盖子拧紧了"),
            ("agent", "保温杯倒热水前要先用开水烫一分钟，不然杯壁会吸走热量。"),
            ("customer", said),
            ("agent", "您按这个方法试一下，还不保温的话给您换一个新的。"),
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- questions
@pytest.mark.parametrize("answer,flagged", [("这款免打孔，自己动手十分钟就装完了，附带视频教程。", False),
                                            ("这款是加厚铝合金的，颜色有白色和灰色。", True)])
def test_the_doer_after_a_modal_is_no_content_an_answer_must_name(auditors, answer, flagged):
    chat = [("customer", "你好，这款淋浴角架能自己装吗"),
            ("agent", "您好，欢迎光临岚川家居。" + answer),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("answer,flagged", [("樱桃木这款用的是整块北美樱桃木，单价380元。", False),
                                            ("樱桃木这款用的是整块北美樱桃木，纹理很漂亮。", True)])
def test_a_clause_telling_no_sum_goes_to_the_sibling_on_a_tie(auditors, answer, flagged):
    chat = [("customer", "樱桃木的多少钱，木头是整块的吗"),
            ("agent", "您好，欢迎光临岚川木作。" + answer),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("answer,flagged", [("国庆假期照常收件，师傅节后陆续回来，预计节后3个工作日左右就能弄好。", False),
                                            ("国庆假期照常收件，师傅节后陆续回来，到时候再联系您。", True)])
def test_a_span_told_after_a_siblings_answer_answers_how_long(auditors, answer, flagged):
    chat = [("customer", "国庆你们还收件吗？大概多久能修好"),
            ("agent", "您好，欢迎光临岚川钟表维修。" + answer),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- asked again
@pytest.mark.parametrize("question,flagged", [("发票单子上有写购买日期吗？", False), ("请问是什么时候买的？", True)])
def test_telling_where_it_stands_written_when_asked_so_is_no_reproach(auditors, question, flagged):
    chat = [("customer", "你好，去年买的电热水壶不加热了"),
            ("agent", "您好，欢迎光临岚川小家电，非常抱歉给您添麻烦了。" + question),
            ("customer", "单子上写着"),
            ("agent", "好的，还在保修期内，给您免费换一台新的，您别着急。"),
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("asked_to_repeat" in _cats(auditors, *chat)) is flagged


_FIXED = {"fresh38_chats": ("f38-c001", "f38-c003", "f38-c004", "f38-c022", "f38-c027", "f38-c028", "f38-c030", "f38-c040",
                            "f38-c042"),
          # (read chats the new readings first set wrong and their narrowing kept right: a repair shop's earlier work named
          # with the time it was done, 更换时…, the ``past_work_forms``; a brand's after-sales centre is no service shop; the shop's
          # work told without a time, 在你家做过保养, opens no case; work just done by the shop, 你们前两天上门擦的, and a booked worker
          # come late, 订好的保洁阿姨, keep their case)
          "fresh17_chats": ("f17-c001",), "pool33_chats_n38a": ("n38a-c032",), "pool34_chats_n43b": ("n43b-c018",),
          "pool49_aftersales_n54a": ("n54a-c007",), "pool50_unhappy_n56a": ("n56a-c006",),
          "pool54_services_n62a": ("n62a-c002", "n62a-c003", "n62a-c005", "n62a-c006", "n62a-c008", "n62a-c009", "n62a-c010",
                                   "n62a-c011", "n62a-c012", "n62a-c013", "n62a-c017", "n62a-c018", "n62a-c020", "n62a-c021")}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_each_kind_set_right(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
