"""Issue 12, stop 59 (c59): the kinds behind the chat misses of fresh43_chats (read from this stop; it judged stop 58 by its
tables), fixed by kind.

* unanswered (seed 000: 漏回复 — every customer question gets its answer; settle.py reads the agent's clauses):
  - a question of a kind answered in words of its own, in a clause sharing one character at most with a sibling question:
    the charge feared (会不会又让我掏钱 → …是免费的), whether an offer or a card exists (有没有套餐 → 店里有十次卡), and whether
    the work will harm something (会不会把地板刮花 → 师傅会先铺保护垫) — the pack's ``charge_question`` / ``charge_told_forms``,
    ``offer_question`` / ``offer_words``, ``harm_question`` / ``care_words`` (``settle`` ``asked_kinds``);
  - a question whether the customer can keep up with or fit something (学得会吗 / 装得下吗) has two content characters, yet a
    matter of its own: not settled by any answer as a bare 有吗 is (the pack's ``potential_question_forms``, ``settle`` ``own``);
  - one character of a word of position (后 of 七点以后) shared with a clause about another matter (报价后再施工) tells nothing
    of the question (``clause_fit.position_only``);
  - a question taken back by name (能开发票吗 → 开票就算了) is owed nothing (``stands_down.takes_back``); how long goods last is not
    answered by a vouch for quality (保障 is no term of cover: the pack's ``term_words``, ``lasting_question``);
  - a question asking a quantity of goods the shop's name calls by name (立峰笔记本支架 → 支架能承重多少) is not answered by a
    reply describing the goods (这款支架可以调节高度: 可以 there tells what they can do, no yes), nor, once skipped, by a later
    clause only naming them (``Chat.shop_words``, ``beside.no_quantity``, ``settle`` ``shop``);
* suggestion_unacknowledged (004: 客户提出建议时应感谢并记录): the agent passing on the customer's damage (把破损情况反馈给
  仓库了) records nothing of the idea put forward (the pack's ``trouble_passed_on_forms``,
  ``suggestion.passes_on_trouble``).
* after-sales (seed 003 §售后: 查明原因 → 道歉 → 安抚 → 提供解决方案): the shop's work told with the trouble back (昨天师傅来
  疏通过，今天又堵了: the pack's ``trouble_back_forms`` after ``shop_work_forms``) is a case; the remedy's choice asked (您看
  是退货还是换新) before the agent asks what went wrong is a remedy first (the pack's ``consent_forms``,
  ``aftersales._consent_only``); goods the customer then finds bought elsewhere owe no case (``no_fault.found_elsewhere``).
* follow-up and endings: a sentence opening on the check done (查到了，…) is the result, no hold (``needs.agent_holds``), and
  the customer saying the money or goods came (是到了 / 哦找到了) states no need for the goodbye to cut off (the pack's
  ``resolved_forms``).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.  Each kind
has a faulty chat and its clean twin; the read chats each kind set right are named by id below."""

from __future__ import annotations

import functools

import pytest

from chat_fixtures import BYE, assert_read_chats_exact, pack_categories


_cats = functools.partial(pack_categories, start="2026-11-30T10:00:00")  # (auditors, *turns, pack=, step=)


# ---------------------------------------------------------------- unanswered: the charge feared
@pytest.mark.parametrize("reply,flagged", [
    ("门店周一到周日都营业，直接过去就行；保修期内因安装问题返工的，一律免费。", False),
    ("门店周一到周日都营业，直接过去就行，师傅会先帮您排查一遍。", True)])
def test_the_charge_feared_is_answered_by_a_free_clause(auditors, reply, flagged):
    chat = [("customer", "你好，上周你们装的热水器，今天阀门那儿渗水"),
            ("agent", "您好，欢迎咨询岚川家电安装。请问是进水阀还是出水阀那边，渗得快吗？"),
            ("customer", "进水阀，一会儿就一小滩"),
            ("agent", "非常抱歉给您添麻烦了，多半是接头的生料带缠得不够，您先把进水阀关上。"),
            ("customer", "那我得自己送去店里吗，会不会还要我再花钱"),
            ("agent", reply),
            ("customer", "行"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- unanswered: an offer asked after
@pytest.mark.parametrize("reply,flagged", [
    ("单次擦洗是180元，店里另有五次卡，算下来每次150元，首页就能拍。", False),
    ("单次擦洗是180元，师傅会自带梯子和清洁剂，上门前一天电话确认时间。", True)])
def test_an_offer_asked_is_answered_by_the_card_named(auditors, reply, flagged):
    chat = [("customer", "你好，客厅那盏水晶吊灯好久没擦了，单次多少钱？有没有套餐"),
            ("agent", reply),
            ("customer", "好，我考虑一下"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- unanswered: harm feared
@pytest.mark.parametrize("reply,flagged", [
    ("整套打磨加抛光是260元；开工前师傅会给周围罩上防尘布。", False),
    ("整套打磨加抛光是260元，大概需要两个小时，当天就能做完。", True)])
def test_harm_feared_is_answered_by_the_care_told(auditors, reply, flagged):
    chat = [("customer", "你好，车库里那台车的轮毂蹭花了，上门修复怎么收费？旁边停着家里另一台车，会不会把那台的漆面也刮花"),
            ("agent", reply),
            ("customer", "那约周六上午"),
            ("agent", "已为您登记周六上午，师傅出发前会电话联系您，" + BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- unanswered: keeping up is a matter of its own
@pytest.mark.parametrize("reply,flagged", [
    ("您好，是线上小班课，每周两次；零基础也学得会，老师会从拿尺子画线教起。", False),
    ("您好，是线上小班课，每周两次，课后可以看回放。", True)])
def test_a_question_of_keeping_up_is_not_settled_by_any_answer(auditors, reply, flagged):
    chat = [("customer", "你好，你们的海报设计课是线上的吗？我是零基础，学得会吗？"),
            ("agent", reply),
            ("customer", "好的，我再想想"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- unanswered: a character of a word of position
@pytest.mark.parametrize("reply,flagged", [
    ("上门清洗是150元，缸体超过一米的确认尺寸后再报价；周六下午五点以后也有师傅能过去。", False),
    ("上门清洗是150元，缸体超过一米的确认尺寸后再报价。", True)])
def test_a_character_of_a_word_of_position_answers_nothing(auditors, reply, flagged):
    chat = [("customer", "你好，想约人上门洗鱼缸"),
            ("agent", "您好，欢迎咨询岚川水族服务～请问鱼缸大概多长呢？"),
            ("customer", "八十公分左右。上门费怎么算？另外周六傍晚以后能来吗"),
            ("agent", reply),
            ("customer", "行，那我先下单"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- suggestion: the damage passed on is no record of it
@pytest.mark.parametrize("reply,flagged", [
    ("真的很抱歉，我已经把破损情况反馈给仓库了，以后打包会多垫一层气泡膜。", True),
    ("真的很抱歉，谢谢您的建议，我已经转给负责页面的同事，会在页面标明材质。", False)])
def test_the_damage_passed_on_records_no_suggestion(auditors, reply, flagged):
    chat = [("customer", "你好，收到的玻璃调料瓶瓶口磕掉了一块"),
            ("agent", "您好，欢迎光临岚川厨具～麻烦拍张照片给我看看，是拆开就这样的吗？"),
            ("customer", "[图片] 拆开就这样。建议你们页面写清楚是玻璃的，我还以为是塑料的"),
            ("agent", reply),
            ("customer", "那这个怎么处理"),
            ("agent", "给您补寄一个新的，今天就发出，旧的不用寄回。"),
            ("customer", "好"),
            ("agent", BYE)]
    assert ("suggestion_unacknowledged" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- unanswered: a question taken back by name
@pytest.mark.parametrize("later,flagged", [("开票就算了，家里自己用", False), ("先说说容量吧", True)])
def test_a_question_taken_back_by_name_is_owed_nothing(auditors, later, flagged):
    chat = [("customer", "你好，这款真空封口机一次能封多宽的袋子？能开发票吗？"),
            ("customer", later),
            ("agent", "您好，欢迎光临岚川厨房小电～这款封口宽度是30厘米，普通保鲜袋和纹路袋都能封。"),
            ("customer", "好的，拍了"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- unanswered: how long it lasts, answered by a vouch
@pytest.mark.parametrize("reply,flagged", [
    ("您好，这款是正品，品质有保障，花色也是原创的。", True),
    ("您好，正常贴好一般能维持七到十天，避免泡热水会更久。", False)])
def test_how_long_it_lasts_is_not_answered_by_a_vouch_for_quality(auditors, reply, flagged):
    chat = [("customer", "你好，这款指甲贴贴上以后一般能维持几天？"),
            ("agent", reply),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- after-sales: the remedy's choice asked before the cause
@pytest.mark.parametrize("first,flagged", [
    ("您好，欢迎光临岚川家居。非常抱歉给您添麻烦了，可以直接给您退货或者换新，您看是退货还是换新？", True),
    ("您好，欢迎光临岚川家居。非常抱歉给您添麻烦了，请问是拆开就松，还是用了几天才松的？", False)])
def test_the_remedys_choice_asked_before_the_cause_is_out_of_order(auditors, first, flagged):
    chat = [("customer", "你好，昨天收到的显示器增高架有问题"),
            ("agent", first),
            ("customer", "换新吧，右边那条腿一放东西就晃"),
            ("agent", "请问是拆开就晃，还是用了一阵才晃的？方便拍张腿部连接处的照片吗？"),
            ("customer", "[图片] 拆开就晃"),
            ("agent", "看到了，是连接螺丝出厂没有拧紧，您先别着急，换新申请已经提交，快递上门取件时把旧的交给他就行。"),
            ("customer", "好"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- after-sales: the goods found bought elsewhere
@pytest.mark.parametrize("later,flagged", [
    ("我看了下订单，那个原来是在别的店买的，打扰了", False),
    ("订单号是2211，麻烦快点", True)])
def test_goods_found_bought_elsewhere_owe_no_case(auditors, later, flagged):
    chat = [("customer", "你好，我买的钥匙收纳器少了一个挂扣，怎么处理"),
            ("agent", "您好，欢迎光临岚川收纳旗舰店。麻烦提供一下订单号，我帮您查一下这笔订单。"),
            ("customer", later),
            ("agent", "好的，您别着急。查到您在本店买的是两个挂衣钩，已经签收了，使用中有问题也欢迎随时找我们。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- follow-up: the check done, read as a hold
@pytest.mark.parametrize("result,flagged", [
    ("查到了，这笔退货我们上周三收到，当天已经原路退回39元，您可以在支付账户里看一下。", False),
    ("我们这边帮您查一下退款记录。", True)])
def test_the_check_done_is_no_hold(auditors, result, flagged):
    chat = [("customer", "你好，上个月退的那个领撑，退款到账了吗？"),
            ("agent", "您好，欢迎光临岚川服饰配件。麻烦提供一下下单手机号后四位，我帮您查一下退款记录。"),
            ("customer", "尾号3321"),
            ("agent", result),
            ("customer", "哦好的"),
            ("agent", BYE)]
    assert (_cats(auditors, *chat, step=30) & {"forced_end", "followup_missed", "unanswered"} != set()) is flagged


# ---------------------------------------------------------------- after-sales: the shop's work and the trouble back
@pytest.mark.parametrize("first,flagged", [
    ("您好，欢迎咨询岚川家政维修。给您添麻烦了，我马上安排师傅明天上午再上门一趟，上门费全免，您看可以吗？", True),
    ("您好，欢迎咨询岚川家政维修。请问是龙头底座渗水，还是出水口关不严一直滴呢？", False)])
def test_the_shops_work_with_the_trouble_back_is_a_case(auditors, first, flagged):
    chat = [("customer", "你好，前天师傅来修过水龙头，今天又漏了"),
            ("agent", first),
            ("customer", "底座那儿一直渗"),
            ("agent", "多半是底座的密封垫没压实，真的很抱歉给您添麻烦了，您先别着急，先把角阀关上就不会再渗了。"),
            ("agent", "明天上午安排师傅再上门重新装一次，上门费全免。"),
            ("customer", "行"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- unanswered: a quantity met with the goods praised
@pytest.mark.parametrize("later,flagged", [
    ("这款增高架是实木拼板的，做工很扎实，很多客户都在用，您放心选。", True),
    ("这款增高架能承重25公斤，放两台显示器都没问题。", False)])
def test_a_quantity_met_with_the_goods_praised_stays_open(auditors, later, flagged):
    # (增高架 is the shop's word for its goods: naming them tells nothing of the load asked; seed 000: 漏回复)
    chat = [("customer", "您好，这款双层显示器增高架能承重多少？我有两台显示器"),
            ("agent", "您好，欢迎咨询岚川显示器增高架客服中心。这款增高架可以放键盘和杂物，桌面会整洁很多。"),
            ("customer", "宽度是多少"),
            ("agent", "宽度是100厘米，双屏摆得下。"),
            ("customer", "那承重呢，两台加起来快十公斤了"),
            ("agent", later),
            ("customer", "行，我再看看"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


_FIXED = {"fresh43_chats": ("f43-c006", "f43-c010", "f43-c017", "f43-c025", "f43-c027", "f43-c032", "f43-c046"),
          "pool59_questions_n68a": ("n68a-c003", "n68a-c010", "n68a-c014", "n68a-c018", "n68a-c019", "n68a-c021")}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_each_kind_set_right(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
