"""Issue 12, stop 61 (c61): the kinds behind the chat misses of fresh45_chats (read from this stop; it judged stop 60 by its
tables), fixed by kind.

* unanswered (seed 000: 漏回复 — every customer question gets its answer; settle.py reads the agent's clauses):
  - which size to take (各穿什么码 / 该拍几码) is a matter of its own in two content characters: no closing, no word on the
    style and no yes (拍下就行) answers it, even beside the measurements told in the same turn; a clause naming a size does
    (男款52码，女款M / 建议拍大一码), whatever character of a sibling's words it shares (the pack's ``size_question`` and
    ``size_words``, settle ``asked_kinds`` and ``own``);
  - whether the shop is open or staffed on a day (今天过节你们有人吗 / 周日开门不) is answered by a clause telling its hours
    (门店营业到下午5点 / 周日照常营业; the pack's ``open_question`` and ``open_words``).
* suggestion_unacknowledged (004: 建议时致谢并记录): 可以 said as praise with its particle (你家动作可以呀，少跑好多趟) is no
  proposal to the shop (the pack's ``suggestion_shop_forms``).
* after-sales (seed 003 §售后: 查明原因 → 道歉 → 安抚 → 提供解决方案):
  - the order's number typed before a fault (订单号 JD1234567890，收到的…) makes the fault no order or delivery matter: a
    clause that only gives the number tells nothing (``needs.data_only`` reads a field name followed by a code,
    ``reports._about_service``); so a case whose agent explains the cause and comforts but offers no remedy is reported;
  - whether the shop's work on the order is done yet (想问下修好了没有 / 衣服洗好了吗) is a question of progress, no fault
    told (the pack's ``progress_question_forms``, ``asks_only.asks_progress_only``).

From the read half of this stop's blind pool (pool61_endings_n70a: after-sales order and forced endings):

* after-sales: a trouble in use said without naming it (租的躺椅用着有点问题) and the goods received as the shop sent them
  (收到你们寄的…, with what is missing told after it) are goods in hand (the pack's goods_received forms); a remedy refused by the shop's rule (不在补发范围内 / 要在签收后两天内反馈才能补发) is no remedy (the pack's
  ``negated_remedy_forms``); the remedy offered to 亲 on taobao (这边给亲换一个新的) is one (``solution_forms``);
* no after-sales case: whether a thing can be done with goods not yet bought (能直接装上吗: the pack's
  ``can_do_question_forms``), a trouble feared before buying (怕推不进去: ``feared_trouble_forms``), and a trouble the
  customer cured by switching the socket back on (插排的开关被关了，打开就能充了: ``own_cause_forms`` / ``own_fix_forms``);
* after-sales steps in other words (seed 003 §售后 道歉 → 安抚 → 方案, 004 致歉用语): an apology said as shame, with its measure
  word or as forbearance asked (我们非常惭愧 / 向您道个歉 / 还请您多包涵: the pack's ``as_apology``), calming said as 您宽心 /
  别上火 / 换位思考 (``as_reassure``) and another one sent again or a new one sent (再给您寄一个 / 给您发个新的 / 新的已经给您发出去
  了: ``solution_forms``) are the steps, as their stock words are.

From chats of our own written to probe the kinds beyond the sets (clean chats any reviewer would pass, each flagged before):

* after-sales: the agent finding that what new goods do is as they are made (新壶第一次用有点味道是正常的: the pack's
  ``normal_told_forms``, ``no_fault.told_normal``) owes no apology, and the way to deal with it told (烧开倒掉，重复两三次味道
  就没了: ``remedy_advice_forms``) is the remedy; the customer's own old thing broken and a new one to buy (我家老的电饭煲坏了，
  想换个新的: ``replace_own_forms``) is no case and no request;
* unanswered: 还是漏 after what was tried tells the fault goes on, no either-or asked (``alternative_question``); a thing
  given with the goods told as included (送不送拍套 → 每支都配拍套: ``charge_words``); one clause answering two questions of
  a turn at once (开发票吗 | 能开专票吗 → 都可以开: ``both_forms``, ``parts.halves``);
* a lid or clasp worked as advised (按住卡扣就打开了: the pack's ``resolved_forms``) says the advice worked: no case, and the
  goodbye after it ends nothing by force;
* complaint_no_apology and suggestion_unacknowledged: the customer's feeling named as sure (您心里肯定窝火: the pack's
  ``empathy`` words) is empathy; the shop committing to act on a wish (我们会督促物流: ``suggestion_reply``) takes it up.
* asked_to_repeat (004: 不让顾客重复叙述): 都问过了 right after the agent named others the customer could ask (家里人或邻居
  有没有帮忙代收) says the customer asked those, no question repeated (the pack's ``others_asked_words``,
  ``chat._asked_others``); 我都问过你了 still repeats;
* no forced end: the customer content with what was arranged (这样安排我挺满意的 / 等她电话: the pack's ``content_forms``,
  ``stands_down.content``) or coming back later to order (晚点再来找你下单: ``defer_forms``).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.  Each kind
has a faulty chat and its clean twin; the read chats each kind set right are named by id below."""

from __future__ import annotations

import functools

import pytest

from chat_fixtures import BYE, assert_read_chats_exact, pack_categories


_cats = functools.partial(pack_categories, start="2026-12-02T10:00:00")  # (auditors, *turns, pack=, step=)


# ---------------------------------------------------------------- unanswered: which size to take
@pytest.mark.parametrize("reply,flagged", [
    ("今天就先聊到这里，颜色选好后直接下单就行，祝您比赛顺利，再见！", True),
    ("按这个身高胸围，男款建议拿52码，女款拿M就合适，选好颜色直接下单就行，祝您比赛顺利，再见！", False)])
def test_which_size_to_take_is_owed_a_size(auditors, reply, flagged):
    chat = [("customer", "你好，合唱比赛要租两套礼服，一男一女"),
            ("agent", "您好，欢迎光临青禾礼服租赁，男款有黑色和藏蓝两款，女款长裙有五个颜色，租金都是三天200元。"),
            ("customer", "我们量过了：男的身高178胸围100，女的163胸围86，分别要什么码？"),
            ("agent", reply)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("可以的，这款鞋面是网布的，夏天穿很透气。", True),
    ("可以的，这款偏小半码，建议您拍大一码，夏天穿很透气。", False)])
def test_a_yes_answers_no_size(auditors, reply, flagged):
    chat = [("customer", "这双跑鞋我平时穿41的，该拍几码"),
            ("agent", reply),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- unanswered: open on the day
@pytest.mark.parametrize("reply,flagged", [
    ("今天门店营业到晚上8点，您下午过来取就可以，带上取件码。", False),
    ("您下午过来取就可以，带上取件码。", True)])
def test_whether_the_shop_is_open_is_answered_by_its_hours(auditors, reply, flagged):
    chat = [("customer", "你好，我周五送洗的两件羊毛大衣，取件码是A2031"),
            ("agent", "您好，欢迎光临洁衣坊，查到了，两件大衣都已经洗好熨好了。"),
            ("customer", "国庆放假你们有人吗，我下午能去拿吗"),
            ("agent", reply),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat, pack="generic")) is flagged


# ---------------------------------------------------------------- suggestion: 可以 as praise
@pytest.mark.parametrize("said,flagged", [
    ("你家动作可以呀，少跑好多趟", False),
    ("你们其实可以多放个备用的挂钩，省得我再去买", True)])
def test_praise_with_its_particle_is_no_proposal(auditors, said, flagged):
    chat = [("customer", "麻烦帮我把收货地址改成公司的：滨江区江南大道1000号"),
            ("agent", "您好，已经帮您把地址改成滨江区江南大道1000号了，今天下午发出。"),
            ("customer", said),
            ("agent", "不客气，能帮到您就好，祝您一切顺心，再见！")]
    assert ("suggestion_unacknowledged" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- after-sales: the order's number before the fault
@pytest.mark.parametrize("last,flagged", [
    ("真的很抱歉让您失望了，您别着急，以后上传高清原图，印出来就会清楚很多。", True),
    ("真的很抱歉让您失望了，您别着急，这单我们免费给您重印一个，今天就寄出。", False)])
def test_the_order_number_before_a_fault_is_no_order_matter(auditors, last, flagged):
    chat = [("customer", "订单号 JD2718281828，收到的抱枕上的照片印得很模糊，脸都看不清"),
            ("agent", "您好，麻烦您拍一张抱枕的实物照片给我看看。"),
            ("customer", "[图片]"),
            ("agent", "看过了，您上传的照片分辨率比较低，放大印到抱枕上就会发虚。"),
            ("customer", "那你们也没提醒我"),
            ("agent", last),
            ("customer", "行吧"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- after-sales: a question of progress
@pytest.mark.parametrize("said,flagged", [
    ("你好，我叫王思远，上周在你们这定做的窗帘，想问下做好了没有", False),
    ("你好，我姓周，昨天在你们这洗的那双球鞋，想问下洗好了没有", False),
    ("你好，我叫王思远，上周在你们这定做的窗帘，拿回来发现做坏了，一长一短", True)])
def test_whether_the_work_is_done_yet_is_no_fault(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，请问您的取件单号是多少呢？"),
            ("customer", "单号是 GK1102-045"),
            ("agent", "查到了，已经按您要的尺寸处理好了，您随时可以来取。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- pool61: a trouble in use, goods sent, a part missing
@pytest.mark.parametrize("first,flagged", [
    ("你好，上周租的那把躺椅用着有点问题", True),
    ("你好，想租一把躺椅，能用多久", False)])
def test_a_trouble_in_use_said_without_naming_it_is_a_case(auditors, first, flagged):
    chat = [("customer", first),
            ("agent", "您好，欢迎光临悠然家具租赁，这边直接给您换一把新的，明天上午送到。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("查到了，请您在订单页申请售后，类型选少件，审核通过后补寄。", True),
    ("查到了，实在抱歉是仓库漏放了，给您添麻烦了，您别着急，这边今天就给您补寄一份，明天能到。", False)])
def test_goods_received_as_the_shop_sent_them_are_in_hand(auditors, reply, flagged):
    chat = [("customer", "你好，前天收到你们寄的咖啡机，盒子里没有说明书和量勺"),
            ("agent", "您好，请问订单号是多少呢？我帮您查一下装箱记录。"),
            ("customer", "订单号 JD5550001234"),
            ("agent", reply),
            ("customer", "行"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("很抱歉让您不愉快了，按规定要在签收后两天内拍照反馈才能补发，这次已经超过了补发的期限。", True),
    ("很抱歉让您不愉快了，您别着急，这边给您补发一束新的，今天傍晚前送到。", False)])
def test_a_remedy_refused_by_the_rule_is_no_remedy(auditors, reply, flagged):
    chat = [("customer", "你好，这周送来的那束玫瑰打开就有好几支蔫了"),
            ("agent", "您好，请问是哪天签收的？收到后有没有及时醒花呢？"),
            ("customer", "周二签收的，我今天才拆"),
            ("agent", reply),
            ("customer", "好吧"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat, pack="generic")) is flagged


@pytest.mark.parametrize("last,flagged", [
    ("给亲添麻烦了，实在不好意思[抱抱]亲别着急，多半是温控坏了，这边给亲换一个新的[玫瑰]", False),
    ("给亲添麻烦了，实在不好意思[抱抱]亲别着急，多半是温控坏了[玫瑰]", True)])
def test_the_remedy_offered_to_qin_is_a_remedy(auditors, last, flagged):
    chat = [("customer", "亲，我买的暖脚宝插上电一点都不热"),
            ("agent", "亲，您好，欢迎光临暖冬小铺[微笑]请问指示灯亮吗？插的是墙上插座吗？"),
            ("customer", "指示灯亮的，插的墙上插座，半小时了还是凉的"),
            ("agent", last),
            ("customer", "好的"),
            ("agent", "感谢亲的理解，祝亲生活愉快，再见[微笑]")]
    assert ("aftersales_flow" in _cats(auditors, *chat, pack="taobao")) is flagged


# ---------------------------------------------------------------- pool61: no case before buying, none cured at home
@pytest.mark.parametrize("said,flagged", [
    ("我家是60V的车，原来是铅酸的，想换你们的锂电，能直接装上吗？", False),
    ("家里门框比较窄，怕推不进去", False),
    ("家里门框比较窄，昨天送来的推不进去", True)])
def test_no_case_is_told_before_buying(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临安行出行专营店，请问具体尺寸大概是多少？"),
            ("customer", "宽大概60厘米"),
            ("agent", "这个宽度选窄款就可以，整体宽度55厘米。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("哎，是阳台插排的开关被孩子关了，打开就能充了，不用处理了", False),
    ("插排换了一个也还是充不进", True)])
def test_the_socket_switched_back_on_is_no_fault(auditors, said, flagged):
    chat = [("customer", "你好，上周在你们店换的电池，今天充不进电了"),
            ("agent", "您好，请问充电器插上以后指示灯是什么颜色？"),
            ("customer", "指示灯不亮，我去看看"),
            ("agent", "不着急，您慢慢看，我在这边等您。"),
            ("customer", said),
            ("agent", "了解了，充电时亮红灯表示正在充，变绿就是充满了。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- pool61: no forced end
@pytest.mark.parametrize("said,flagged", [
    ("能准时到就行，这样安排我挺满意的", False),
    ("能准时到就行，另外那个花瓶能一起送吗", True)])
def test_content_with_what_was_arranged_is_no_need(auditors, said, flagged):
    chat = [("customer", "你好，订的花今天中午前该到，现在下午三点了还没到"),
            ("agent", "您好，麻烦提供一下收花人手机后四位，我帮您查一下。"),
            ("customer", "后四位是5521"),
            ("agent", "查到了，配送车路上出了故障，耽误您了，真的很抱歉。"),
            ("customer", "那怎么办，晚上要用的"),
            ("agent", "您先别着急，这边已经安排闪送重新配一束，一个小时内送到，这一期的费用也给您退回。"),
            ("customer", said),
            ("agent", "感谢您的体谅，祝您生活愉快，再见。")]
    assert ("forced_end" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("行，我先问问我爸喜欢哪种，晚点再来找你下单", False),
    ("行，我先问问我爸喜欢哪种，你等我一下", True)])
def test_coming_back_later_to_order_is_no_forced_end(auditors, said, flagged):
    chat = [("customer", "亲在吗，想给我爸订个绿植包月"),
            ("agent", "亲，您好，欢迎光临青叶绿植小铺[微笑]店里有多肉、观叶和开花三个系列哦~"),
            ("customer", said),
            ("agent", "好呀亲，祝您和家人生活愉快，再见[玫瑰]")]
    assert ("forced_end" in _cats(auditors, *chat, pack="taobao")) is flagged


# ---------------------------------------------------------------- the after-sales steps in other words
def _lamp_case(auditors, reply: str) -> set[str]:
    return _cats(auditors, ("customer", "你好，收到的台灯灯罩裂了一道缝"),
                 ("agent", "您好，请问是拆开包装就这样了吗？"),
                 ("customer", "对，拆开就裂了"),
                 ("agent", reply),
                 ("customer", "好的"),
                 ("agent", BYE))


@pytest.mark.parametrize("apology,flagged", [
    ("出现这种问题我们非常惭愧", False), ("我代表店铺向您道个歉", False), ("发货前没检查到位，还请您多包涵", False),
    ("灯罩是易碎件", True)])
def test_an_apology_in_other_words(auditors, apology, flagged):
    reply = f"{apology}，您放心，这边给您补发一个新的灯罩，明天就到。"
    assert ("aftersales_flow" in _lamp_case(auditors, reply)) is flagged


@pytest.mark.parametrize("remedy,flagged", [
    ("旧的您留着用，再给您寄一个", False), ("下午给您发个新的，顺丰次日达", False), ("新的已经给您发出去了，单号稍后发您", False),
    ("您可以看看说明书上的保养方法", True)])
def test_a_remedy_in_other_words(auditors, remedy, flagged):
    reply = f"实在抱歉，给您添麻烦了，您别着急，{remedy}。"
    assert ("aftersales_flow" in _lamp_case(auditors, reply)) is flagged


@pytest.mark.parametrize("calm,flagged", [
    ("您宽心，我们会处理到您满意为止", False), ("您别上火，我这就跟进", False), ("换位思考，换成我也会生气", False),
    ("这款灯罩是玻璃的", True)])
def test_calming_in_other_words(auditors, calm, flagged):
    reply = f"非常抱歉，{calm}，这边给您补发一个新的灯罩，明天就到。"
    assert ("aftersales_flow" in _lamp_case(auditors, reply)) is flagged


# ---------------------------------------------------------------- probes: no fault found, no case, answers at once
@pytest.mark.parametrize("reply,flagged", [
    ("新壶第一次用会有点味道，是正常的，建议先装满水烧开倒掉，重复两三次味道就没了。", False),
    ("新壶第一次用会有点味道，建议先装满水烧开倒掉看看。", True)])
def test_what_new_goods_do_as_made_owes_no_apology(auditors, reply, flagged):
    chat = [("customer", "你好，刚收到的电热水壶，烧水的时候有股塑料味"),
            ("agent", "您好，请问是第一次使用吗？"),
            ("customer", "对，第一次用"),
            ("agent", reply),
            ("customer", "哦哦，原来这样，那我试试"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("first,flagged", [
    ("我家老的电饭煲坏了，想换个新的，你们这款煮饭香吗", False),
    ("我家老的电饭煲坏了，你们这款煮饭香吗？保修几年？", True)])
def test_the_customers_own_old_thing_is_no_need(auditors, first, flagged):
    chat = [("customer", first),
            ("agent", "您好，这款是IH电磁加热，受热均匀，煮出来的米饭比较软糯。"),
            ("customer", "行，那就这款吧"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


def test_still_leaking_after_a_try_is_no_either_or(auditors):
    chat = [("customer", "你好，昨天收到的保温杯，盖子拧不紧，一倒就漏"),
            ("agent", "您好，麻烦您看一下盖子里面的硅胶圈是不是没放平？"),
            ("customer", "看了，圈是平的，还是漏"),
            ("agent", "那应该是盖子本身的螺纹有问题，给您添麻烦了，真不好意思。您别着急，这边马上给您换个新盖子寄过去，明天就能到。"),
            ("customer", "好的，谢谢"),
            ("agent", "不客气，祝您生活愉快，再见～")]
    assert _cats(auditors, *chat) == set()


@pytest.mark.parametrize("turns,flagged", [
    (("你好，羽毛球拍是碳素的吗？送不送拍套？", "您好，是全碳素的，每支都配拍套和手胶。"), False),
    (("你好，请问开发票吗？能开专票吗？", "您好，都可以开，下单时备注税号就行。"), False),
    (("你好，请问开发票吗？能开专票吗？", "您好，可以开普票，下单时备注税号就行。"), True)])
def test_answers_given_at_once(auditors, turns, flagged):
    chat = [("customer", turns[0]), ("agent", turns[1]), ("customer", "好的"), ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,cat,flagged", [
    ("连着三次都不顺，您心里肯定窝火，这次直接给您退款，不用再寄回了。", "complaint_no_apology", False),
    ("这次直接给您退款，不用再寄回了。", "complaint_no_apology", True)])
def test_the_feeling_named_as_sure_is_empathy(auditors, reply, cat, flagged):
    chat = [("customer", "这都第三次换了还是坏的，你们到底行不行"), ("agent", f"您好，{reply}"), ("customer", "那行"),
            ("agent", BYE)]
    assert (cat in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("好的，我们会督促物流，感谢您的理解，再见～", False), ("好的，感谢您的理解，再见～", True)])
def test_committing_to_act_on_a_wish_takes_it_up(auditors, reply, flagged):
    chat = [("customer", "等了一个礼拜才到，黄花菜都凉了"),
            ("agent", "您好，让您久等这么多天，真的很抱歉，这次是物流中转压件了。"),
            ("customer", "下次快点吧"),
            ("agent", reply)]
    assert ("suggestion_unacknowledged" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("试了，按住卡扣就打开了", False), ("试了，按住卡扣还是打不开", True)])
def test_a_clasp_worked_as_advised_is_the_advice_working(auditors, said, flagged):
    chat = [("customer", "你好，收到的收纳箱盖子有点紧，不太好打开"),
            ("agent", "您好，新箱子的卡扣会比较紧，您先按住两边的卡扣再往上提，用几次就顺了。"),
            ("customer", said),
            ("agent", "好的，有问题随时联系我们，再见～")]
    cats = _cats(auditors, *chat)
    assert ("aftersales_flow" in cats or "forced_end" in cats) is flagged


# ---------------------------------------------------------------- pool61: asked those the agent named
@pytest.mark.parametrize("said,flagged", [
    ("都问过了，驿站没有，门卫那也没有", False),
    ("我都问过你了，驿站没有，门卫那也没有", True)])
def test_asked_those_the_agent_named_is_no_repeat(auditors, said, flagged):
    chat = [("customer", "你好，物流显示昨天签收了，可我没拿到快递"),
            ("agent", "您好，请问小区有驿站吗？门卫或者邻居有没有帮忙代收呢？"),
            ("customer", said),
            ("agent", "给您添麻烦了，我马上联系快递员核实签收情况，10分钟内给您回复。"),
            ("agent", "核实到了，是快递员放错了楼栋，已经让他送回来了，今天下午送到，实在抱歉。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("asked_to_repeat" in _cats(auditors, *chat)) is flagged


_FIXED = {"fresh45_chats": ("f45-c009", "f45-c011", "f45-c036", "f45-c047"),
          "pool61_endings_n70a": ("n70a-c004", "n70a-c009", "n70a-c013", "n70a-c015", "n70a-c017", "n70a-c018",
                                  "n70a-c019", "n70a-c020", "n70a-c021", "n70a-c022")}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_each_kind_set_right(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
