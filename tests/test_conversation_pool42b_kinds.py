"""Issue 12, stop 42 (c42c): more kinds the pool42 chat pairs (n49a / n49b) showed misread, each on chats written for this
test from the seeds (000 漏回复, 003 §售后 查明原因 → 道歉 → 安抚 → 方案, 004 客户抱怨 / 需要查询的问题要回复结果); none is a
sentence of a read set.

* a question slipped into the customer's goodbye (另外问一句…吧，就这样拜拜) is still asked (``turns._asks_in_passing``), and the
  agent's plain goodbye on it leaves it unanswered, no one sent away (``ending.forced_ending``);
* an agent clause asking the customer back (您挑个合适的日子) settles no need, whatever word it shares with one (pack
  ``asks_back_clause``, ``settle.settle``);
* dye running onto other clothes (把浅色毛巾染红了) is a fault of the goods (pack ``words.aftersales`` forms), and the cure told
  with how sure it is (用…泡一刻钟，一般都能洗干净) is the remedy (pack ``remedy_advice_forms``): with no apology, 003's
  order is broken;
* a sore feeling said as the state of the heart (心里挺憋屈) complains (pack ``complaint_forms``);
* a check promised beside an answer and never brought back: named by a word the answer beside it does not say
  (``held.held_by_name``), said in words of its own (``held.held_unnamed``), or taken in the system (pack hold cue: 我去后台…)
  is ``followup_missed``, not ``unanswered`` nor nothing.
"""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories


def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2025-12-02T10:00:00")


# unanswered: the customer asks about the warranty card in passing while taking leave; the agent only says goodbye
@pytest.mark.parametrize("close,flagged", [
    ("好嘞，谢谢惠顾，牙刷用着顺手常来哈，拜拜～", True),
    ("保修卡在包装盒的夹层里，凭它全国联保一年。谢谢惠顾，牙刷用着顺手常来哈，拜拜～", False)])
def test_a_question_slipped_into_the_goodbye_is_still_asked(auditor, close, flagged):
    chat = [("customer", "你好，这款声波牙刷有几档力度？", 0),
            ("agent", "您好呀，一共有三档，敏感牙齿可以用最轻那档。", 20),
            ("customer", "充满一次用多久", 60),
            ("agent", "充满大概能用四十天，早晚各刷两分钟算。", 80),
            ("customer", "行我就拍白色的了，另外问一句保修卡在盒子里吧，就这样拜拜", 130),
            ("agent", close, 150)]
    cats = _cats(auditor, *chat)
    assert ("unanswered" in cats) is flagged
    assert "forced_end" not in cats


# unanswered: whether the deposit comes back is never answered; the agent's 您挑个合适的日子 asks back (日子 shared with the
# question) and settles nothing
@pytest.mark.parametrize("reply,flagged", [
    ("上门量尺是免费的，您挑个合适的日子，我给您排师傅。", True),
    ("定金能退，量尺前不想做了都全额退。上门量尺是免费的，您挑个合适的日子，我给您排师傅。", False)])
def test_a_clause_asking_back_settles_nothing(auditor, reply, flagged):
    chat = [("customer", "你好，定制衣柜怎么收费", 0),
            ("agent", "您好呀，衣柜按投影面积算，每平米880元，含五金和安装。", 20),
            ("customer", "交了定金过些日子不想做了还能退吗", 70),
            ("customer", "还有能派人来量吗", 85),
            ("agent", reply, 110),
            ("customer", "周三下午吧", 150),
            ("agent", "好的，已经给您排好周三下午两点的师傅，动身前打电话给您，再见～", 170)]
    assert ("unanswered" in _cats(auditor, *chat)) is flagged


# aftersales_flow: dye run onto a towel, the cause looked into and a cure told, no apology nor calming (003 §售后)
@pytest.mark.parametrize("between,flagged", [
    ((), True),
    ((("agent", "害您的毛巾也跟着遭殃，真过意不去。您别担心，刚沾上的颜色还没固住，处理起来不难。", 100),), False)])
def test_dye_run_onto_other_laundry_is_an_aftersales_case(auditor, between, flagged):
    chat = [("customer", "在吗 新买的红色睡衣下水一泡 把浅色毛巾染红了", 0),
            ("agent", "您好，请问是和毛巾一起泡的吗？用的热水还是凉水？", 20),
            ("customer", "一起泡的 热水", 60),
            ("agent", "红色棉布头几次下水会掉点浮色，热水一泡更容易出色，就沾到了毛巾上。", 90),
            *between,
            ("agent", "毛巾可以用加了白醋的凉水泡一刻钟再搓洗，一般都能洗干净；睡衣以后单独用凉水洗。", 110),
            ("customer", "行 我晚上弄", 150),
            ("agent", "好嘞，洗不掉再拍照来，回见～", 170)]
    assert ("aftersales_flow" in _cats(auditor, *chat)) is flagged


# complaint_no_apology: a price cut right after buying, the sore feeling said without a complaint word (004 客户抱怨)
@pytest.mark.parametrize("first,flagged", [
    ("您好，这单在保价期内，在订单详情里点价保就能申请，差价退回原账户。", True),
    ("您好，刚下单就碰上调价，换谁都会不舒服，非常理解您。这单在保价期内，在订单详情里点价保就能申请，差价退回原账户。", False)])
def test_a_sore_feeling_about_a_price_cut_complains(auditor, first, flagged):
    chat = [("customer", "上周刚买的扫地机 今天便宜了三百 心里挺憋屈的", 0),
            ("agent", first, 20),
            ("customer", "好 我去申请", 70),
            ("agent", "差价大多隔天就退回，拜拜～", 90)]
    assert ("complaint_no_apology" in _cats(auditor, *chat)) is flagged


# followup_missed: the agent answers the fit and says it will ask the installers about the old unit (named by 旧空调, while the
# answer beside it speaks of the 师傅 too), then only answers what is asked next
@pytest.mark.parametrize("back,flagged", [
    ((), True),
    ((("agent", "安装站那边说了，您那个小区师傅装空调当天能一并拆旧空调，不另外收钱。", 110),), False)])
def test_a_check_named_beside_the_answer_is_owed(auditor, back, flagged):
    chat = [("customer", "你好 这台1.5匹挂机", 0),
            ("agent", "您好呀，这台挂机您想问哪方面？", 15),
            ("customer", "卧室十五平够用吗 另外装的师傅能帮忙把旧空调拆下来吗", 40),
            ("agent", "十五平的卧室用1.5匹完全够用，安装时支架师傅带着；拆旧空调的事各片区规矩不同，我去问下安装站，问到了回您", 70),
            ("customer", "行 那噪音大不大", 100),
            *back,
            ("agent", "开睡眠档才22分贝，夜里基本听不到。", 120),
            ("customer", "好 我考虑下", 160),
            ("agent", "好的，想定了再来拍，再见啦～", 180)]
    cats = _cats(auditor, *chat)
    assert ("followup_missed" in cats) is flagged
    assert "unanswered" not in cats


# followup_missed: the second part asked (以后能换大电池吗) is taken up in words of its own (有没有预留扩容的位置我找售后的同事核实下)
@pytest.mark.parametrize("back,flagged", [
    ((), True),
    ((("agent", "售后同事回复了：车架留了扩容位，往后能直接换成大容量的电池。", 90),), False)])
def test_a_check_said_in_words_of_its_own_is_owed(auditor, back, flagged):
    chat = [("customer", "你好，这个电动车充一次能跑多远，以后能换大电池吗", 0),
            ("agent", "您好呀，这款标配版一次充满跑大约六十公里，有没有预留扩容的位置我找售后的同事核实下，核实好告诉您", 20),
            ("customer", "好。另外它能上牌吗", 50),
            ("agent", "它符合新国标，买回去就能上牌。", 70),
            *back,
            ("customer", "行，我再比比别家", 120),
            ("agent", "好的，感谢光临，比完了欢迎再来～", 140)]
    cats = _cats(auditor, *chat)
    assert ("followup_missed" in cats) is flagged
    assert "unanswered" not in cats


# followup_missed: the look taken in the system (我去后台看一下) after the yes-or-no was answered, tied to no need (the hold cue
# alone promises it); the result never comes
@pytest.mark.parametrize("back,flagged", [
    ((), True),
    ((("agent", "后台看过了，下周二的上门时段还有三个空位，要早一天约好。", 100),), False)])
def test_a_look_in_the_system_is_a_check_owed(auditor, auditors, back, flagged):
    chat = [("customer", "你好，我想约个家电清洗，下周二能上门洗油烟机吗", 0),
            ("agent", "您好呀，油烟机清洗可以上门做的，一台180元；那天还剩几个时段我去后台看一下", 20),
            ("customer", "嗯 对了师傅来之前我要准备啥", 60),
            ("agent", "把灶台上的东西收一收就好，师傅工具和清洁剂都带", 80),
            *back,
            ("customer", "好，我先记着，回头再约", 130),
            ("agent", "好嘞，想约了再来找我，拜拜～", 150)]
    assert ("followup_missed" in conv_categories(auditors["generic"], chat, start="2025-12-02T10:00:00")) is flagged
