"""Issue 12, stop 45 (c45): the kinds behind the meaning-based chat misses of pool45_chatpairs_n50a and fresh29_chats,
fixed by kind.

* the customer naming the choice with its 的 after 那 and no verb (那加厚款的吧): the choice made, no question (pack
  ``decision_forms``; seed 000 漏回复 is for questions asked); 那是加厚款的吧？ still asks;
* after a word of agreeing, the customer taking the step the agent told them (那行，我这就去申请退款): they do it, nothing waits
  for the agent, the goodbye after it ends nothing (pack ``own_doing_forms``; seeds 000 / 004 强制结束 is for a customer who
  still needs help);
* a hold answering first and naming its check in the clause before a bare wait (这款从华东仓发，到西宁的时效我去问下仓库，请您稍候):
  the answer before the check answers the question, the check is still owed (``checks/followup._answer_before_check``;
  seed 004 需要查询的问题要回复结果);
* a goodbye clause sharing one character with a question the customer added (今天就先聊到这里 / 天窗…): it is not about it,
  and a sentence of goodbye clauses only is no free answer (``settle.settle`` ``ends``; seed 000 漏回复);
* a remedy told first, its form's field named (原因选质量问题, no 原因 looked into), the turn asking nothing about the fault:
  the remedy comes before the cause (``checks/aftersales._remedy_told_only`` + pack ``reason_field_forms``; seed 003 §售后
  查明原因 → 道歉 → 安抚 → 方案); the fault told as 怎么按都不亮 (怎么 as "however", pack ``concessive_forms``) is a fault,
  no question about the goods;
* a problem that is only a reproach in the pack's ``complaint_forms`` (感觉被当冤大头了): the customer's anger, settled by any
  answer (complaint_no_apology reads the missing apology), no trouble left unanswered (seed 004 客户抱怨);
* a question opening on its verb-not-verb (要不要自己准备…) has nothing before it to name: what it asks is the verb after it,
  and a clause saying no of that verb (不用另外准备) answers it (``parts.verb_after``, ``settle._asked_of``; seed 000 漏回复);
* a yes-or-no question added as a need of its own (另外你们能送贺卡吗) is not answered by free sentences going on about the first
  question; a free sentence opening on a yes or a no (可以的哦 / 支持的) may answer it (pack ``yes_no_heads``, ``settle`` ``yes``);
* a hold that answers and names its check in one sentence, then replies only to what the customer said after it, in words of
  that and none of the check (its greeting aside): the check passed over, its result owed (``checks/followup._passed_over``;
  seed 004 需要查询的问题要回复结果);
* the apology words inside a sentence the model read otherwise, beside a slip the customer owns (截的图不对，打扰了): an earnest
  apology, no polite opener (``checks/acknowledgement._polite_opener``; seed 004 致歉时回应“没关系”);
* a full name the agent read back from the order (收货人陈志远) is the customer's: called by it bare later (陈志远，…), the customer
  is addressed by full name (``checks/addressing._given``; seed 004 不得直呼顾客姓名);
* the customer's own work or trip wasted by the fault (我前面不就白装了？ / 害我白跑一趟): a reproach without 投诉 (pack
  ``complaint_forms``; seed 004 客户抱怨); 让你白忙活 (an apology) and 省得我白跑一趟 (a waste spared) are none.

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.
Each kind has a faulty chat and its clean twin."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_BYE = "感谢您的光临，祝您生活愉快，再见～"


def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2026-06-17T15:00:00")


# kind 1 (unanswered): 那加厚款的吧 tells the choice; 那是加厚款的吧？ asks and nobody answers it
@pytest.mark.parametrize("choice,flagged", [("那加厚款的吧。", False), ("那是加厚款的吧？", True)])
def test_the_choice_named_with_its_de(auditors, choice, flagged):
    chat = [("customer", "你好，这款瑜伽垫有几种厚度"),
            ("agent", "您好，欢迎光临～有6毫米和10毫米两种，10毫米的加厚款跪着更舒服"),
            ("customer", choice + "有绑带吗"),
            ("agent", "有的，每张垫子都配一根收纳绑带"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# kind 2 (forced_end): 那行，我这就去申请退款 takes the step the agent told; 那我申请退款的话运费谁出 still asks
@pytest.mark.parametrize("last,flagged", [("那行，我这就去申请退款", False), ("那我申请退款的话运费谁出", True)])
def test_the_customer_taking_the_step_told(auditors, last, flagged):
    chat = [("customer", "你好，收到的保温杯盖子拧不紧，一倒就漏"),
            ("agent", "您好，非常抱歉给您添麻烦了，麻烦问下是杯盖里的胶圈掉了吗？"),
            ("customer", "胶圈在的，就是拧不紧"),
            ("agent", "那是杯盖螺纹的问题，您在订单页申请换新，寄回运费我们承担"),
            ("customer", last),
            ("agent", "感谢您的理解，新杯子到了有问题随时找我们，再见～")]
    assert ("forced_end" in _cats(auditors, *chat)) is flagged


# kind 3 (followup_missed): the answer before the check in one sentence, then a bare wait; the result never comes
@pytest.mark.parametrize("back,flagged", [
    (None, True),
    ("让您久等了，仓库回复到西宁一般4天左右，下周一前能到", False)])
def test_check_named_before_a_bare_wait(auditors, back, flagged):
    chat = [("customer", "你好，这套餐具今天买下周一前能寄到西宁吗"),
            ("agent", "您好，欢迎光临～这款是从华东仓发货，到西宁的时效我去问下仓库，请您稍候片刻")]
    if back:
        chat.append(("agent", back))
    chat += [("customer", "顺便问下能用洗碗机洗吗"),
             ("agent", "可以的，陶瓷釉下彩，洗碗机和微波炉都能用"),
             ("customer", "行，那我再看看别的")]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


# kind 4 (unanswered): the added question left, the goodbye sharing one character with it (今天 / 天窗) answers nothing
@pytest.mark.parametrize("reply,flagged", [
    ("镀膜做完24小时内别沾水就行。今天就先聊到这里，感谢您的光临，祝您生活愉快，再见～", True),
    ("镀膜做完24小时内别沾水就行，天窗也可以一起做，加收两百。感谢您的光临，祝您生活愉快，再见～", False)])
def test_a_goodbye_sharing_a_character_answers_no_added_question(auditors, reply, flagged):
    chat = [("customer", "你好，你们店做镀晶多少钱"),
            ("agent", "您好，欢迎光临～轿车镀晶八百八，SUV九百八"),
            ("customer", "做完多久能沾水？还有我想天窗玻璃也弄一下，能一起做吗"),
            ("agent", reply)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# kind 5 (aftersales_flow): the remedy told first, its form's field named, nothing asked about the fault
@pytest.mark.parametrize("first,flagged", [
    ("下午好，非常抱歉给您添麻烦了。您在订单页点申请售后，原因选质量问题，审核后安排快递上门取件，运费我们出", True),
    ("下午好，非常抱歉给您添麻烦了。麻烦问下指示灯是完全不亮，还是闪一下就灭呢？", False)])
def test_a_remedy_told_before_the_fault_is_asked(auditors, first, flagged):
    chat = [("customer", "你们家的加湿器有问题，刚拆开用了一次，现在怎么按都不亮"),
            ("agent", first),
            ("customer", "完全不亮"),
            ("agent", "那应该是电源板坏了，给您换一台新的，寄回运费我们承担，您看可以吗"),
            ("customer", "好吧"),
            ("agent", "好的，已经给您登记换新，新机两三天到，祝您生活愉快，再见～")]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# kind 6 (unanswered): a reproach told as a problem (感觉被当冤大头了) is anger, settled by any answer; a real question is not
@pytest.mark.parametrize("second,flagged", [("感觉被当冤大头了", False), ("那差价能退给我吗", True)])
def test_a_reproach_only_is_no_trouble_left_open(auditors, second, flagged):
    chat = [("customer", "这双跑鞋我昨天买的时候399，今天怎么就299了？"),
            ("customer", second),
            ("agent", "您好，今天是品牌日，店铺临时加了一张100元的券，券今天晚上12点就结束了"),
            ("customer", "哦"),
            ("agent", _BYE)]
    cats = _cats(auditors, *chat)
    assert ("unanswered" in cats) is flagged


# kind 7 (unanswered): a question opening on its verb-not-verb (要不要自己准备电池盒) answered by a no with its verb (不用另外准备)
@pytest.mark.parametrize("reply,flagged", [
    ("挂起来很简单，包装里附了两节电池，不用另外准备；第一次挂的话对着背面的挂孔打一颗钉子就行", False),
    ("挂起来很简单，背面有预留的挂孔；第一次挂的话对着挂孔打一颗钉子就行", True)])
def test_a_no_with_the_verb_asked_whether_to_do(auditors, reply, flagged):
    chat = [("customer", "你好"),
            ("agent", "您好，欢迎光临小店～想了解哪款呢？"),
            ("customer", "这个挂钟好挂吗？要不要自己准备电池盒？"),
            ("customer", "还有木纹色的吗"),
            ("agent", reply),
            ("agent", "木纹色有现货"),
            ("customer", "好的，拍了"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# kind 8 (unanswered): a yes-or-no question added as a need of its own (另外…能…吗) takes a free sentence only when it opens on
# a yes or a no; sentences going on about the first question leave it unanswered
@pytest.mark.parametrize("tail,flagged", [
    ("。建议搭配专用支架，挂在床头更稳；支架承重五公斤，塑料材质不会刮花床板", True),
    ("。可以的哦，备注写上想要的祝福语就行", False)])
def test_an_added_yes_no_question_takes_only_a_yes_or_no(auditors, tail, flagged):
    chat = [("customer", "你好，想问下这款夜灯"),
            ("agent", "您好，欢迎光临，请问想了解哪方面呢？"),
            ("customer", "它能定时关灯吗？另外你们能送一张贺卡吗"),
            ("agent", "夜灯支持定时关灯，15分钟、30分钟两档可选" + tail),
            ("customer", "行，我下单了"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# kind 9 (followup_missed): the answer and the check in one hold sentence, then replies only to what the customer said after
# it (in words of it, none of the check): the check passed over; the result told comes back
@pytest.mark.parametrize("result,flagged", [
    (None, True),
    ("让您久等了，仓库说双人款月底到货", False)])
def test_a_check_passed_over_for_what_was_said_after_it(auditors, result, flagged):
    chat = [("customer", "你好，这款电热毯双人款还有吗"),
            ("agent", "下午好，欢迎光临～双人款暂时卖完了，我帮您问一下仓库下一批的到货时间，请您稍等"),
            ("customer", "另外小号的能整床水洗是吧，家里老人用")]
    if result:
        chat.append(("agent", result))
    chat += [("agent", "小号可以整床水洗，洗前把控制器拔下来就行，老人用的话建议开低档"),
             ("customer", "那灰色小号是现货吧"),
             ("agent", "灰色小号有现货，下午五点前付款当天发出"),
             ("customer", "好的我考虑下"),
             ("agent", _BYE)]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


# kind 10 (apology_unacknowledged): the apology words inside a sentence owning a slip (图不对，打扰了) are an earnest apology
@pytest.mark.parametrize("reply,flagged", [
    ("白色这双是网面的，夏天穿透气，37码有货", True),
    ("没关系～白色这双是网面的，夏天穿透气，37码有货", False)])
def test_an_apology_beside_a_slip_owned(auditors, reply, flagged):
    chat = [("customer", "你好，这双运动鞋37码有吗"),
            ("agent", "您好，欢迎光临～这双黑色37码有现货"),
            ("customer", "唉眼花了，刚才截的图不对，打扰了，我要问的其实是这双白色的"),
            ("agent", reply),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("apology_unacknowledged" in _cats(auditors, *chat)) is flagged


# kind 11 (direct_name): the name the agent read back from the order (收货人陈志远) is the customer's; called by it bare later
@pytest.mark.parametrize("later,flagged", [
    ("陈志远，周日下午两点到五点还能约上", True),
    ("陈先生，周日下午两点到五点还能约上", False)])
def test_a_name_read_back_from_the_order(auditors, later, flagged):
    chat = [("customer", "你好，前天买的吸顶灯到了，想约师傅上门装"),
            ("agent", "您好，欢迎咨询～麻烦发一下订单号，我帮您登记"),
            ("customer", "订单号 5520 1873 9964"),
            ("agent", "查到了，收货人陈志远，地址是海淀区学院路二号院，请问对吗？"),
            ("customer", "对，周日能来吗"),
            ("agent", later),
            ("customer", "行，就周日"),
            ("agent", "好的，已经给您约好周日下午，师傅出发前会打电话，周末愉快，再见～")]
    assert ("direct_name" in _cats(auditors, *chat)) is flagged


# kind 12 (complaint_no_apology): the customer's own work wasted by the fault (我前面不就白装了？) is a reproach without 投诉
@pytest.mark.parametrize("reply,flagged", [
    ("装好的那块属于已使用，没拆的两块可以退；也可以把没拆的寄回来，我们换同一批次的发给您", True),
    ("非常抱歉让您白辛苦一场，装好的那块属于已使用，没拆的两块可以退；也可以把没拆的寄回来，我们换同一批次的发给您", False)])
def test_the_customer_own_work_wasted(auditors, reply, flagged):
    chat = [("customer", "你好，收到的三块地板颜色深浅不一样"),
            ("agent", "您好，这里是木语地板售后。麻烦拍一下每块包装上的批次号发给我"),
            ("customer", "[图片]"),
            ("agent", "收到，确实是两个批次，您可以在订单页申请退货"),
            ("customer", "已经装好一块了，退货的话我前面不就白装了？"),
            ("agent", reply),
            ("customer", "那就换同批次的"),
            ("agent", "已经给您登记换货，仓库收到后两天内发出。感谢您的配合，再见")]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged
