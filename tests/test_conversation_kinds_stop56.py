"""Issue 12, stop 56 (c56): the kinds behind the chat misses of fresh40_chats (read from this stop; it judged stop 55 by its
tables), fixed by kind.

* after-sales (seed 003 §售后: 查明原因 → 道歉 → 安抚 → 提供解决方案, for goods and work of the shop found faulty):
  - a trouble the customer has only heard of (听说这种锅用久了会掉涂层 / 网上说容易发黄) supposes, it reports nothing (the pack's
    ``words.hypothetical`` forms);
  - how to ready new goods for their first use (这口铁锅第一次用前得怎么处理) is a question of use, whatever handling word it says
    (the pack's ``first_use_forms``, ``reports._sentence_reports``);
  - a trouble told in words no list holds, answered at once by a return or a refund offered outright (点申请退款就行),
    is a case the agent took up out of order: the remedy before anything was asked (the pack's ``return_offer_forms``,
    ``reports._taken_as_case``);
  - a trouble of the customer's own thing, naming nothing of the shop, followed by the customer buying (行，我拍一个) was why
    they bought, no goods of the shop found faulty (the pack's ``buy_now_forms``, ``reports._buys_after``);
  - a remedy said to be hard to bring about (复原起来不太容易 / 很难复原了) offers none (the pack's ``negated_remedy_forms``);
* questions (seed 000: 对客户的每一个问题都认真回复): the worker's call to book the visit told with a time (货到后装的师傅两天内
  联系您约上门时间) hands no question over; the questions skipped before are still owed (the pack's ``handover_forms``);
* thanks and apologies (004: 致谢时回应“不客气”, 致歉时回应“没关系”, 客户提出表扬时，应谦虚致谢): the agent's manner praised to their
  face (你也太有耐心了 / 客服小哥也太贴心了) is thanks owed a reply, a demand for patience (你好，耐心点) is not (the pack's
  ``service_praise_forms``); the customer sorry for the muddle their slip made (给你们添了乱) apologises (``customer_apology``);
* the read half of stop 56's blind pool (pool56_remedies_n65a): what a friend or a colleague told goes on in the clauses
  after it (我朋友说…死沉，还老结块: the pack's ``hearsay_forms``, ``reports._supposed``); a thing owned for years, then one
  bought anew (那我下一个), is the customer's own (``reports._buys_after``); the customer's own slip set against what they meant
  (本来想要粗齿锯条，结果点成细齿的了) is no promise broken, no complaint (``words.service_failure`` forms);
* questions: 啥 / 什么 after a condition and a verb of having (万一收到有啥事 / 要是出了什么问题) is "anything", it asks nothing;
  asking for a way or a rule (万一坏了有什么办法) still asks (``needs._INDEFINITE``);
* questions: whether now is the time (这个季节剪适合吗 / 现在修合适吗) is answered by a season told (入冬后到开春前), whatever
  sibling question its clause speaks of (the pack's ``timing_question_forms`` and ``season_words``, ``settle``);
* follow-up (004: 需要查询的问题要回复结果): the agent telling how later messages are answered (每天8点到22点在线，留言看到会按
  顺序回复您) answers the question about it; it promises no check (the pack's ``reply_rule_forms``, ``needs.agent_holds``); a
  check that names what it checks (两副老花镜我帮您问一下库房还剩不剩) is not answered by the reply to a newer
  question (那镜框是金属的吗 → 镜框是钛合金的): the result never came (``checks/followup._check_subject``; read from fresh15, f15-c033).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.  Each kind
has a faulty chat and its clean twin; the read chats each kind set right are named by id below."""

from __future__ import annotations

import pytest

from chat_fixtures import assert_read_chats_exact, conv_categories
from zhijian.audit.needs import clause_asks
from zhijian.engine.normalize import compact


def _cats(auditors, *turns, pack="jd", step=20):
    return conv_categories(auditors[pack], turns, start="2026-11-24T10:00:00", step=step)


_BYE = "感谢您的咨询，祝您生活愉快，再见～"


# ---------------------------------------------------------------- after-sales: a trouble heard of, first use
@pytest.mark.parametrize("said,flagged", [
    ("行。听说铁锅用久了会生锈", False),
    # (what a friend told goes on in the clauses after it: 还老生锈 is the friend's word too)
    ("行。我同事说铸铁的死沉，还老生锈，你家这个也会吗？", False),
    ("行。上周收到的铁锅，炒了几回就生锈了", True)])
def test_a_trouble_heard_of_supposes_and_reports_nothing(auditors, said, flagged):
    chat = [("customer", "你好，这口铁锅有多重"),
            ("agent", "您好，欢迎光临岚川厨具。这款净重1.8公斤。"),
            ("customer", said),
            ("agent", "先烧锅开水涮一遍，抹点食用油小火烘干，这样就不容易生锈了。"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("first,said,flagged", [
    ("你好，这口铁锅有多重", "行。新锅第一次用前得怎么处理？", False),
    ("你好，前天收到铁锅了", "新锅第一次用前得怎么处理？", False),
    ("你好，这口铁锅有多重", "行。新锅第一次用前得怎么处理？听说容易生锈", False),
    ("你好，这口铁锅有多重", "行。新锅第一次用就生锈了，要怎么处理？", True)])
def test_how_to_ready_new_goods_for_first_use_is_a_question_of_use(auditors, first, said, flagged):
    chat = [("customer", first),
            ("agent", "您好，欢迎光临岚川厨具。这款净重1.8公斤。"),
            ("customer", said),
            ("agent", "先烧锅开水涮一遍，抹点食用油小火烘干，平常用完擦干水就行。"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- after-sales: a remedy offered at once, a purchase after
@pytest.mark.parametrize("reply,flagged", [
    ("您好，介意的话您在订单里点申请退款就行，来回运费我们出。", True),
    ("您好，方便拍张出水口的图片吗？具体是哪里别扭呢？", False)])
def test_a_trouble_answered_at_once_by_a_return_offered_is_a_case_out_of_order(auditors, reply, flagged):
    chat = [("customer", "你好，昨天到的茶盘，出水口用着有点别扭，感觉不太对"),
            ("agent", reply),
            ("customer", "[图片]"),
            ("agent", "看到了，是出水嘴装得有点歪，实在抱歉给您添麻烦了，您别着急，这就给您补寄一个新的出水嘴。"),
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("last,flagged", [("行，那我拍一个", False), ("行，那我下一个带夹子的", False), ("好的，我再想想", True)])
def test_a_trouble_of_ones_own_thing_followed_by_a_purchase_is_why_one_buys(auditors, last, flagged):
    chat = [("customer", "老家那台收音机的旋钮松了，调不了台，是换旋钮还是得换整机"),
            ("agent", "您好，欢迎光临岚川收音机配件。旋钮松一般是卡扣磨平了，我们有同款旋钮，15元一个，套上去就能用。"),
            ("customer", last),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("remedy,flagged", [("串色的地方很难恢复了，以后用凉水单独洗。", True),
                                            ("这就给您补寄一对新的，旧的不用寄回。", False)])
def test_a_remedy_said_to_be_hard_offers_none(auditors, remedy, flagged):
    chat = [("customer", "你好，上周收到的床单，洗了一回蓝条纹就串到白底上了"),
            ("agent", "您好，请问是机洗还是手洗的？水温大概多少？"),
            ("customer", "机洗，热水"),
            ("agent", "多半是热水把浮色泡出来了，给您添堵了，实在抱歉，您先别急。"),
            ("customer", "那现在怎么办"),
            ("agent", remedy),
            ("customer", "好吧"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("我用了好几年的台灯底座裂了，灯头老往下耷拉", False),
                                          ("上个月在你们家买的台灯底座裂了，灯头老往下耷拉", True)])
def test_a_thing_owned_for_years_then_bought_anew_is_the_customers_own(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临岚川灯饰。这款加厚底座的台灯，灯臂有阻尼，能停在任意角度。"),
            ("customer", "那我下一个白色的"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- complaints: the customer's own slip
@pytest.mark.parametrize("said,flagged", [("我刚才手滑了，本来想要粗齿锯条，结果点成细齿的了，不好意思，能换吗", False),
                                          ("本来说好昨天发货，结果到现在还没动静，能换个快递吗", True)])
def test_the_customers_own_slip_set_against_what_they_meant_is_no_complaint(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临岚川五金，这边帮您处理，订单改好了。"),
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


def _basket_chat(reply: str) -> list[tuple[str, str]]:
    """A chat asking whether the shop can still be reached after delivery (万一收到有啥事…), the agent's ``reply`` to it."""
    return [("customer", "你好，这款竹编果篮有现货吗"),
            ("agent", "您好，欢迎光临岚川竹编，有现货的，今天下单明天发出。"),
            ("customer", "万一收到有啥事，第二天还找得到客服吗"),
            ("agent", reply),
            ("customer", "好，先拍一个"),
            ("agent", _BYE)]


# ---------------------------------------------------------------- follow-up: how later messages are answered
@pytest.mark.parametrize("reply,flagged", [("客服8:30到21:00都有人值班，有事给我们留言，看到后会挨个回复您。", False),
                                           ("我查一下明天的值班安排，稍后回复您。", True)])
def test_how_later_messages_are_answered_promises_no_check(auditors, reply, flagged):
    chat = _basket_chat(reply)
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- questions: the worker's call to book is no handover
@pytest.mark.parametrize("reply,flagged", [("付款后三天内发货，货到后装的师傅两天内联系您约上门时间。", True),
                                           ("这个需要跟厂家核实，我们会在24小时内回复您。", False)])
def test_the_workers_call_to_book_the_visit_hands_no_question_over(auditors, reply, flagged):
    chat = [("customer", "你好，这款折叠晾衣架阳台装的话要打孔吗"),
            ("agent", "您好，欢迎光临岚川家居，这款需要在顶上打四个孔固定。"),
            ("customer", "要不要另外买膨胀螺丝？另外杆子是不锈钢的吗，承重多少"),
            ("agent", "膨胀螺丝包装里就配了，不用另外买。"),
            ("customer", "大概几天能装好"),
            ("agent", reply),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- thanks and apologies owed a reply
@pytest.mark.parametrize("reply,flagged", [("浅灰色现货，今天下单明天发出。", True),
                                           ("谢谢您的认可～浅灰色现货，今天下单明天发出。", False)])
def test_the_agents_manner_praised_to_their_face_is_owed_thanks(auditors, reply, flagged):
    chat = [("customer", "你好，这款羊毛围巾有几个颜色"),
            ("agent", "您好，欢迎光临岚川围巾，有浅灰、驼色和藏青三种。"),
            ("customer", "那就要浅灰色。你也太有耐心了，前面问的两家都嫌我问题多。浅灰色要等几天？"),
            ("agent", reply),
            ("customer", "好的"),
            ("agent", "祝您一切顺利，再见～")]
    assert ("thanks_unacknowledged" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("text,thanks", [("你也太有耐心了", True), ("客服小哥也太贴心了吧", True), ("你好，耐心点行不行", False),
                                         ("你好，耐心等等就到了", False)])
def test_praise_of_the_agents_manner_is_thanks_and_a_demand_for_patience_is_not(auditors, text, thanks):
    assert bool(auditors["jd"].config.words_re("service_praise_forms").search(compact(text))) is thanks


@pytest.mark.parametrize("reply,flagged", [("已改为6号，明天上午送到。", True), ("没关系，已改为6号，明天上午送到。", False)])
def test_the_customer_sorry_for_the_muddle_of_a_slip_is_owed_a_reply(auditors, reply, flagged):
    chat = [("customer", "你好，麻烦改一下收货地址，是桂园路8号"),
            ("agent", "您好，已为您改成桂园路8号。"),
            ("customer", "哎呀，门牌号我打错了，是6号，给你们添了乱"),
            ("agent", reply),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("apology_unacknowledged" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [("镜框是钛合金的，分量轻，鼻托是软硅胶。", True),
                                           ("库房说两副都有现货；镜框是钛合金的，分量轻，鼻托是软硅胶。", False)])
def test_a_check_that_names_its_subject_is_not_answered_by_the_reply_to_a_newer_question(auditors, reply, flagged):
    chat = [("customer", "你好，我要两副老花镜，一副150度一副200度，有现货吗"),
            ("agent", "您好，欢迎光临岚川眼镜！老花镜按度数备货，请问您要的两副分别是多少度呢？"),
            ("customer", "150和200"),
            ("agent", "两副老花镜我帮您问一下库房还剩不剩，问清楚再告诉您。"),
            ("customer", "那镜框是金属的吗"),
            ("agent", reply),
            ("customer", "好"),
            ("agent", "谢谢光临，祝您周末愉快，再见！")]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [("我们客服每天8点到22点都在线，您留言后我们看到会按顺序回复您。", False),
                                           ("这款果篮是手工编的，晒不变形。", True)])
def test_anything_after_a_condition_asks_nothing(auditors, reply, flagged):
    # (万一收到有啥事: "if anything comes up", the condition of the question after it; the question is about being found)
    chat = _basket_chat(reply)
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("text,asks", [("万一收到有啥事", False), ("要是出了什么问题", False), ("万一有啥问题找谁", True),
                                       ("万一坏了有什么办法", True), ("要是出了什么问题怎么办", True)])
def test_what_after_a_condition_and_a_verb_of_having_is_anything(auditors, text, asks):
    assert clause_asks(auditors["jd"].config, text) is asks


@pytest.mark.parametrize("reply,flagged", [("石榴是夏天开花结果，入冬后到开春前修剪对来年结果影响很小。", False),
                                           ("石榴结果主要看来年的新枝，修剪得当对结果影响很小，师傅会带齐工具。", True)])
def test_a_season_told_answers_whether_now_is_the_time(auditors, reply, flagged):
    # (这个季节剪适合吗 | 会不会影响结果: the season told in the clause about the fruit answers the first question too)
    chat = [("customer", "你好，院里的石榴树枝条太乱，想请人修一下"),
            ("agent", "您好，欢迎光临岚川园艺，石榴树修剪可以上门，单棵150元。"),
            ("customer", "这个季节剪适合吗，会不会影响结果"),
            ("agent", reply),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


_FIXED = {"fresh40_chats": ("f40-c002", "f40-c004", "f40-c009", "f40-c014", "f40-c019", "f40-c029", "f40-c042", "f40-c046",
                            "f40-c047", "f40-c048"),
          "pool56_remedies_n65a": ("n65a-c005", "n65a-c007", "n65a-c023"), "fresh15_chats": ("f15-c033",)}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_each_kind_set_right(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
