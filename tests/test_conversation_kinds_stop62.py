"""Issue 12, stop 62 (c62): the kinds behind the chat misses of fresh46_chats (read from this stop; it judged stop 61 by its
tables) and of the read half of this stop's blind pool (pool62_unheard_n71a: questions left unanswered, complaints met
without regret), fixed by kind.

* after-sales (seed 003 §售后: 查明原因 → 道歉 → 安抚 → 提供解决方案):
  - the shop named after 这里是 with the service it sells (这里是老马皮具修理) and a repair point or station named
    (维修点 / 售后站) offer no remedy (the pack's ``shop_intro_forms`` and ``remedy_noun_forms``);
  - a thing broken put to a repair shop with 能修吗 at the end of the turn, the work priced next (只换锁扣是20元), is the
    customer's own thing brought for a paid repair (``service_visit_forms``, ``service_fee_forms``); goods received
    broken stay a case;
  - a code the customer forgot (密码锁的密码忘了) is their own doing (``own_damage``), no fault of the goods;
  - goods made unlike what was confirmed (颜色跟确认稿差太多) are a fault of the make (the pack's after-sales forms);
  - care asked for the making (麻烦多帮我看看细节 / 帮忙把把关) is no trouble to handle (``care_asked_forms``,
    ``reports._goods_named``);
  - for a visit running late, the worker told to be on the way with the time of arrival is the remedy (``solution_forms``);
  - the customer saying afterwards that it is no fault of the goods but their own (不是质量问题，是我自己摔坏的) takes the
    case back (the pack's ``owned_after_forms``, ``reports._owned_after``; found reading the JDDC chats the audit flags).
* apology_unacknowledged (004: 致歉时回应“没关系”): the trouble denied as any trouble (这不算麻烦) answers the apology.
* complaint_no_apology: praise of the shop the model reads as anger (你们真实在) is no complaint
  (``complaint._praises``; the pack's ``customer_thanks`` words).
* thanks_unacknowledged (004: 客户提出表扬时，应谦虚致谢): praise of the service said after a need in the same turn
  (麻烦备注一下。你们回得真快) is praise for itself, no courtesy of the need (``acknowledgement._praise_said``).
* suggestion_unacknowledged: a part of the customer's own piece in the making asked otherwise (封面字体能不能活泼一点) is a
  change to this order (``this_order_forms``), served by making it.
* unanswered (seed 000: 漏回复):
  - the days of the customer's own trip told (去成都玩几天) ask nothing (``needs._TRIP``);
  - when the work will be done (什么时候能修好) is answered by a span told in the clause about its sibling (需要5个工作日;
    the pack's ``done_when_forms``, settle's span for a sibling);
  - the stock invitation to buy (请您放心选购) is courtesy, no answer to how long the goods keep (``courtesy_clause``);
  - whether the shop can come at a time the customer names (这周六能不能派人上门) is answered by a time or the slot said
    free or taken, not by advice on the work (the pack's ``slot_question`` / ``slot_words``).
* followup_missed (004: 需要查询的问题要回复结果): whether the goods are sent, held for a check, is answered by the status
  told (已经发出了; the pack's ``sent_question_forms`` / ``sent_told_forms``, ``followup._sent_told``).

From the read halves of this stop's other four pools (pool62_asked_n73a: several questions at once; pool62_owed_n72a:
troubles owed an apology or not; pool62_displeased_n74a: displeasure and suggestions; pool62_passing_n75a: questions in
passing and checks promised):

* unanswered: a question added with 另外 sharing the goods word is a need of its own (``state._one_need``); a question taken
  back by name (沙袋那个不问了, ``words.withdraw``) or answered by the customer from the picture (哦图里有俩挂钩:
  ``found_self_forms``, ``stands_down.takes_back``); an answer told before a hold is read without its Latin letters (带USB
  接口); a fit asked by the customer's measure is owed the fit (``suits_question``); the make told for a weight asked is
  beside it (``make_words``); a grumble at the season and a worry voiced in jest open no need (``season_grumble_forms``,
  ``jest_forms``); a question put as not knowing (拿不准中号够不够) asks (``indirect_question_forms``); the stock caveat
  (具体以物流更新为准) settles nothing (``asks_back_clause``); a request slipped into the goodbye is owed
  (``turns._asks_in_passing``); a feeling put to share (你说急不急) asks nothing (``shared_feeling_forms``);
* after-sales: how to work goods received (怎么配对) is no case (``use_question_forms``); defects denied (没有焦味) name none
  beside the normal told; damage by the household is the customer's own; goods not come yet (还没到) are no goods in hand
  (``not_received``);
* complaint_no_apology: 要我自己搬上楼吗 asked with 吗 is no reproach; a hope let down (本来挺期待的，结果…) is one;
* apology_unacknowledged: a typing slip apologised for is earnest (``lapse_words``), and a slip said to be common
  (漏写门牌号很常见) eases it (``apology_reply``);
* forced_end: the customer leaving first (先下线，回头再说, ``words.withdraw``) is ended by nobody.

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.  Each kind
has a faulty chat and its clean twin; the read chats each kind set right are named by id below."""

from __future__ import annotations

import functools

import pytest

from chat_fixtures import BYE, assert_read_chats_exact, pack_categories


_cats = functools.partial(pack_categories, start="2026-12-03T10:00:00")  # (auditors, *turns, pack=, step=)


# ---------------------------------------------------------------- after-sales: the shop's name and its repair point
@pytest.mark.parametrize("opening,flagged", [
    ("您好，这里是老马皮具维修～修过的包带又开线，换谁都会着急，麻烦把取件单号发我，我先看看上次的维修记录。", False),
    ("您好，修过的包带又开线，换谁都会着急，这次给您免费返修，麻烦把取件单号发我，我先看看上次的记录。", True)])
def test_the_shops_name_after_zheli_shi_offers_no_remedy(auditors, opening, flagged):
    chat = [("customer", "上个月送修的皮包今天取回来了，包带还是从接口那里开线，气人"),
            ("agent", opening),
            ("customer", "XL20261105"),
            ("agent", "查到了，上次师傅换的是铆钉，接口缝线记录是正常的。方便拍张开线位置的照片给我吗？"),
            ("customer", "[图片] 就是这里"),
            ("agent", "看到了，是接口的缝线没有回针，上次漏检了，非常抱歉让您又白跑一趟。"),
            ("agent", "这次给您免费返修，上门取件，来回运费我们出，接口直接重新缝制，您看可以吗？"),
            ("customer", "行"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- after-sales: a repair asked and priced
@pytest.mark.parametrize("first,flagged", [
    ("书包的锁扣坏了，扣不上，能修吗", False),
    ("收到的书包锁扣就是坏的，扣不上，能修吗", True)])
def test_a_repair_asked_and_priced_is_a_service_bought(auditors, first, flagged):
    chat = [("customer", first),
            ("agent", "您好，欢迎光临小巷修包铺，锁扣可以换的，方便拍张照片看看是哪种锁扣吗？"),
            ("customer", "[图片]"),
            ("agent", "看到了，是常见的磁吸扣，只换锁扣是20元，寄过来两天修好寄回。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat, pack="generic")) is flagged


# ---------------------------------------------------------------- after-sales: a code the customer forgot
@pytest.mark.parametrize("first,flagged", [
    ("行李箱的密码锁，我把自己设的密码忘了，打不开了", False),
    ("行李箱的密码锁，输对了密码也打不开了", True)])
def test_a_forgotten_code_is_the_customers_own_doing(auditors, first, flagged):
    chat = [("customer", first),
            ("agent", "您好，这种锁可以重置，您带上购买凭证到门店，师傅现场帮您处理，重置是免费的。"),
            ("customer", "好的，明天过去"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat, pack="generic")) is flagged


# ---------------------------------------------------------------- after-sales: unlike what was confirmed
@pytest.mark.parametrize("second,flagged", [
    ("图案跟确认稿差太多了，确认的是浅灰，做出来是深灰", True),
    ("图案挺好看的，跟确认稿一样，就是想问下怎么保养", False)])
def test_goods_unlike_the_confirmed_design_are_a_case(auditors, second, flagged):
    chat = [("customer", "你好，我定做的抱枕到了"),
            ("agent", "您好，欢迎光临织梦定制，请问抱枕有什么需要帮忙的吗？"),
            ("customer", second),
            ("agent", "麻烦您发一下订单号，我核对一下生产记录。"),
            ("customer", "DZ20261201"),
            ("agent", "核对了，是印染时选的色号偏深了，可以给您重新制作一个，五天内寄出。"),
            ("customer", "行"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- after-sales: care asked for the making
@pytest.mark.parametrize("said,flagged", [
    ("头一回定做这种，麻烦多帮我看看细节", False),
    ("头一回定做这种，收到发现边角开线了，麻烦帮我看看", True)])
def test_care_asked_for_the_making_is_no_trouble(auditors, said, flagged):
    chat = [("customer", "你好，想给公司定做一批刺绣桌旗，20条"),
            ("agent", "您好，欢迎光临锦线定制，20条刺绣桌旗单价45元，合计900元，设计稿确认后7天发货。"),
            ("customer", said),
            ("agent", "不用担心，打样时我会把针脚和配色标出来，您确认后再批量做。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- after-sales: the worker on the way is the remedy
@pytest.mark.parametrize("remedy,flagged", [
    ("师傅已经在路上了，预计11点40分左右到", False), ("安装工已经出发了，大约半小时到", False), ("师傅那边今天单子比较多", True)])
def test_the_worker_on_the_way_with_a_time_is_the_remedy(auditors, remedy, flagged):
    chat = [("customer", "约的今天上午来装空调，师傅到现在都没来"),
            ("agent", "您好，请问您预约留的手机号是多少？"),
            ("customer", "18622334455"),
            ("agent", f"实在抱歉让您久等了，是师傅上一单耽误了，您别着急，{remedy}。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat, pack="generic")) is flagged


# ---------------------------------------------------------------- after-sales: the damage owned afterwards
@pytest.mark.parametrize("said,flagged", [
    ("不是质量问题，是我自己摔坏的，直接换屏", False),
    ("不是我摔坏的，拆开就这样", True)])
def test_the_damage_owned_afterwards_takes_the_case_back(auditors, said, flagged):
    chat = [("customer", "我的手机屏幕碎了，怎么处理"),
            ("agent", "您好，需要先寄回检测，检测后会告诉您处理方式。"),
            ("customer", said),
            ("agent", "好的，寄回后检测完会联系您。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- apology: no trouble at all
@pytest.mark.parametrize("reply,flagged", [
    ("别这么想，这不算麻烦。没带发票的话带上身份证也能办。", False),
    ("没带发票的话带上身份证也能办。", True)])
def test_the_trouble_denied_answers_the_apology(auditors, reply, flagged):
    chat = [("customer", "你好，我的雨伞骨折了一根，能换吗"),
            ("agent", "您好，伞骨可以单独更换，请带上雨伞到门店，师傅当场换好。"),
            ("customer", "发票找不到了，给你们添麻烦了"),
            ("agent", reply),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("apology_unacknowledged" in _cats(auditors, *chat, pack="generic")) is flagged


# ---------------------------------------------------------------- complaint / thanks: praise of the shop
@pytest.mark.parametrize("reply,cats", [
    ("能帮您省点钱是应该的，收到后两天内修好寄回。", set()),
    ("收到后两天内修好寄回。", {"thanks_unacknowledged"})])
def test_praise_of_the_shop_is_no_complaint(auditors, reply, cats):
    chat = [("customer", "你好，我的台灯开关按下去不回弹了，能修吗"),
            ("agent", "您好，欢迎光临老街灯具修理，方便拍张照片吗？"),
            ("customer", "[图片]"),
            ("agent", "看到了，只是开关里的弹片松了，换个弹片是15元，不用整个开关换。"),
            ("customer", "太好了，省了一大笔，你们真实在"),
            ("agent", reply),
            ("customer", "好"),
            ("agent", BYE)]
    got = _cats(auditors, *chat, pack="generic")
    assert got & {"complaint_no_apology", "thanks_unacknowledged"} == cats


@pytest.mark.parametrize("reply,flagged", [
    ("已经备注好了，谢谢您的夸奖，洗好后拍照给您确认再寄回。", False),
    ("已经备注好了，洗好后拍照给您确认再寄回。", True)])
def test_praise_after_a_need_wants_thanks_back(auditors, reply, flagged):
    chat = [("customer", "你好，我寄去清洗的羽绒服到了吗？单号 SF5566778899"),
            ("agent", "您好，查到了，羽绒服今天上午已经签收，正在做清洗前的检查。"),
            ("customer", "领口有块油渍，麻烦备注一下。你们回得真快，太省心了"),
            ("agent", reply),
            ("customer", "好"),
            ("agent", BYE)]
    assert ("thanks_unacknowledged" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- suggestion: a change to the piece in the making
@pytest.mark.parametrize("said,flagged", [
    ("封面字体能不能活泼一点", False),
    ("你们以后能不能多出几种封面字体", True)])
def test_a_change_to_the_piece_in_the_making_is_no_suggestion(auditors, said, flagged):
    chat = [("customer", "你好，我定做的毕业纪念册，样稿出来了吗"),
            ("agent", "您好，样稿已经上传到订单详情了，麻烦您看一下照片顺序。"),
            ("customer", said),
            ("agent", "可以的，有圆体和卡通体两种，我把效果图都发您选一下。"),
            ("customer", "圆体吧"),
            ("agent", "好的，就用圆体，确认后5个工作日内印好发出。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("suggestion_unacknowledged" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- unanswered: the days of a trip
@pytest.mark.parametrize("first,flagged", [
    ("五一带爸妈去成都玩几天，想租个轮椅，能送到民宿吗", False),
    ("五一带爸妈去成都，轮椅最多能租几天，能送到民宿吗", True)])
def test_the_days_of_a_trip_ask_nothing(auditors, first, flagged):
    chat = [("customer", first),
            ("agent", "您好，欢迎光临安行租赁，成都市区的民宿都可以送到门口，押金500元，还车后原路退回。"),
            ("customer", "好的，那我这就去下单"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- unanswered: when the work will be done
@pytest.mark.parametrize("reply,flagged", [
    ("您这双靴子清洗加补色大约需要5个工作日，补色另收60元，需要的话这边给您备注。", False),
    ("您这双靴子补色另收60元，需要的话这边给您备注。", True)])
def test_a_span_told_answers_when_the_work_is_done(auditors, reply, flagged):
    chat = [("customer", "你好，我寄来洗的靴子收到了吧"),
            ("agent", "您好，查到了，靴子昨天已经签收，正在做清洗前检查。"),
            ("customer", "那什么时候能洗好，鞋头磨白了能一起补吗"),
            ("agent", reply),
            ("customer", "要的"),
            ("agent", "好的，已备注补色。"),
            ("customer", "好"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- unanswered: the stock invitation to buy
@pytest.mark.parametrize("reply,flagged", [
    ("我们的猫粮都是正规工厂生产，品质有保障，请您放心选购。", True),
    ("开封后密封好常温能放一个半月，请您放心选购。", False)])
def test_the_stock_invitation_to_buy_answers_nothing(auditors, reply, flagged):
    chat = [("customer", "你好"),
            ("agent", "您好，欢迎光临喵星人猫粮专营店，请问有什么可以帮您？"),
            ("customer", "这款冻干猫粮开封以后能放多久？"),
            ("agent", reply),
            ("customer", "行，我拍一袋"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- unanswered: a slot at a named time
@pytest.mark.parametrize("reply,flagged", [
    ("订单查到了，书柜已经签收，安装前建议先别拆包装的护角，地面要平整。", True),
    ("订单查到了，这周六上午可以安排师傅上门，安装前建议先别拆包装的护角。", False)])
def test_a_slot_at_a_named_time_is_owed_its_answer(auditors, reply, flagged):
    chat = [("customer", "你好，我买的两米书柜昨天到了，想知道这周六能不能派人上门安装"),
            ("agent", reply),
            ("customer", "好的，护角我先不拆"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat, pack="generic")) is flagged


# ---------------------------------------------------------------- followup: whether it is sent, told
@pytest.mark.parametrize("reply", [
    "已经发出了，单号 ZT7788990011，物流显示今天中午到了济南转运中心，明后天派送。",
    "还没发货，仓库今天下午统一出库，晚上能看到物流信息。"])
def test_whether_it_is_sent_is_the_result_of_the_check(auditors, reply):
    chat = [("customer", "你好，我大前天拍的羊毛袜发了没"),
            ("agent", "您好，欢迎光临暖足羊毛袜小店，麻烦发一下订单号，我帮您看看。"),
            ("customer", "尾号2468"),
            ("agent", reply),
            ("customer", "好的"),
            ("agent", BYE)]
    assert "followup_missed" not in _cats(auditors, *chat)


# ---------------------------------------------------------------- pool62 (second and third pools): several questions, owed or not
@pytest.mark.parametrize("last,flagged", [
    ("加厚的防滑垫不会压出印子，门框也不用打孔，放心装。", False),
    ("82厘米在适配范围内，可以放心挂。", True)])
def test_a_question_added_with_lingwai_is_a_need_of_its_own(auditors, last, flagged):
    chat = [("customer", "请问这个晾衣杆，阳台多宽能装？另外挂满衣服会不会把墙面压出印子？"),
            ("agent", "您好，欢迎光临晾晾好晾衣杆旗舰店！这款适配阳台宽度70到120厘米，下单前量一下就可以。"),
            ("customer", "我家是82，行"),
            ("agent", last),
            ("customer", "那我先加购物车"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("second,flagged", [
    ("算了，收纳袋那个不问了，我就放车里", False),
    ("对了，我就放车里", True)])
def test_a_question_taken_back_by_name(auditors, second, flagged):
    chat = [("customer", "你好，这款折叠凳带收纳袋吗？还有能开发票吗"),
            ("customer", second),
            ("agent", "您好，欢迎光临小马扎户外店！发票可以开，下单时填好抬头和税号就行。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


def test_also_usable_is_no_goods_in_hand(auditors):
    chat = [("customer", "这个保温杯能装热汤吗"),
            ("agent", "您好，欢迎光临暖暖杯具店！可以装热汤，内胆是食品级不锈钢，保温六小时左右。"),
            ("customer", "这也太好了吧！那带饭的时候也能用了"),
            ("agent", "是的，不少顾客就是买来装汤带饭的，杯口宽，清洗也方便。"),
            ("customer", "行，拍一个"),
            ("agent", BYE)]
    assert "aftersales_flow" not in _cats(auditors, *chat)


@pytest.mark.parametrize("head,flagged", [("带USB接口的哦", False), ("颜色有三种哦", True)])
def test_an_answer_with_latin_inside_before_a_hold(auditors, head, flagged):
    chat = [("customer", "亲 这个台灯带接口吗？有没有暖光款？"),
            ("agent", f"亲，您好，欢迎光临亮亮台灯小铺[微笑] {head}，暖光款我帮您查一下库存，请您稍候片刻[抱拳]"),
            ("agent", "让亲久等啦，暖光款仓库还有8个现货，今天下单今天发[愉快]"),
            ("customer", "好的，那我拍暖光的"),
            ("agent", "好嘞，感谢亲的支持，祝您生活愉快，再见[玫瑰]")]
    cats = _cats(auditors, *chat, pack="taobao")
    assert bool(cats & {"followup_missed", "unanswered"}) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("亲，这款用的是加厚铝合金管，实测承重200公斤，挂上去很稳哦[强]", True),
    ("亲，这款适配宽度65到90厘米，68的可以装哦[强]", False)])
def test_a_fit_asked_by_a_measure_is_owed_the_fit(auditors, reply, flagged):
    chat = [("customer", "亲 这个伸缩杆我家窗框68厘米的能装吗"),
            ("agent", reply),
            ("customer", "那我要白色的吧"),
            ("agent", "好嘞，感谢亲的支持，祝您生活愉快，再见[玫瑰]")]
    assert ("unanswered" in _cats(auditors, *chat, pack="taobao")) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("这款外壳是ABS工程塑料，手柄是硅胶，表面做了防滑涂层。", True),
    ("这款只有160克左右，外壳是ABS工程塑料，拿久了也不累。", False)])
def test_the_make_told_for_a_weight_asked_is_beside_it(auditors, reply, flagged):
    chat = [("customer", "你好，请问你们那款手持挂烫机有多重？"),
            ("agent", f"您好，欢迎您咨询熨熨好挂烫机客服中心！{reply}"),
            ("customer", "那我再考虑一下"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat, pack="generic")) is flagged


@pytest.mark.parametrize("first,then,last,flagged", [
    ("你好，昨天收到的体脂秤，手机上怎么配对？说明书看了半天也没看懂", "好了，谢谢", "不客气，用得开心。", False),
    ("你好，昨天收到的体脂秤，显示屏不亮，说明书看了半天也没看懂", "还是不亮", "那麻烦您寄回来，我们检测后给您换一台。", True)])
def test_how_to_work_goods_received_is_no_case(auditors, first, then, last, flagged):
    chat = [("customer", first),
            ("agent", "您好，欢迎光临轻盈体脂秤旗舰店，先麻烦您看一下：秤底下的电池装好了吗？"),
            ("customer", "装好了"),
            ("agent", "那请在手机App里点“添加设备”，光脚站上秤，等蓝牙连上就可以了。"),
            ("customer", then),
            ("agent", last),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("last,flagged", [
    ("运转时的风声来自风扇，只要没有焦味、也没有冒烟，机器就是在正常工作。", False),
    ("运转时的风声来自风扇，有焦味的话就是电机坏了。", True)])
def test_defects_denied_beside_the_normal_told(auditors, last, flagged):
    chat = [("customer", "买的除螨仪才用两回，吸口有一圈白印，开机还嗡嗡响，是不是有毛病"),
            ("agent", "您好，欢迎光临净眠除螨仪专营店，想先跟您确认一下，白印是在吸口外圈吗？"),
            ("customer", "对"),
            ("agent", "明白了，白印是吸口和床单摩擦留下的，属于正常现象，用湿布擦一下就掉。"),
            ("customer", "那响声呢"),
            ("agent", last),
            ("customer", "行"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("first,flagged", [
    ("你好，家里的加湿器被孩子碰到地上了，水箱裂了，能修吗？", False),
    ("你好，收到的加湿器水箱就裂了，能修吗？", True)])
def test_damage_by_the_household_is_their_own(auditors, first, flagged):
    chat = [("customer", first),
            ("agent", "您好，请问裂的是水箱外壳还是底座呢？"),
            ("customer", "水箱外壳"),
            ("agent", "了解了，水箱可以单独更换，寄回来两天换好寄回。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("这么重的柜子，要我自己搬上楼吗", False),
                                          ("这么重的柜子，叫我一个人自己搬上楼？", True)])
def test_asked_plainly_whether_it_is_carried_up_is_no_complaint(auditors, said, flagged):
    chat = [("customer", "你好，我买的衣柜到哪了"),
            ("agent", "您好，查到了，衣柜昨天已经发出，预计明后天送达，派送前会电话联系您。"),
            ("customer", said),
            ("agent", "大件一般会送货上门，没有电梯的话可以跟师傅沟通搬上楼的费用。"),
            ("customer", "行，那我等着"),
            ("agent", BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("没关系，订单还没出库，地址可以改，请把正确的门牌号发给我。", False),
    ("订单还没出库，地址可以改，请把正确的门牌号发给我。", True)])
def test_a_typing_slip_apologised_for_wants_an_answer(auditors, reply, flagged):
    chat = [("customer", "你好，我刚付款的订单，门牌号多打了一个6，写错了，不好意思啊"),
            ("agent", reply),
            ("customer", "是806"),
            ("agent", "已经改成806了，您刷新一下订单就能看到。"),
            ("customer", "好的"),
            ("agent", BYE)]
    assert ("apology_unacknowledged" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- pool62 (fourth and fifth pools): displeasure and passing questions
def test_a_grumble_at_the_season_and_a_jest_want_nothing(auditors):
    chat = [("customer", "你好，这款挂钟还有木色的吗？这几天梅雨季，墙上都潮乎乎的，我都怀疑钉子会不会自己松掉哈哈"),
            ("agent", "您好，欢迎光临时光挂钟旗舰店！木色款目前有现货，墙面潮的话建议用膨胀螺丝固定，会更牢靠。"),
            ("customer", "行，那我拍了，谢谢"),
            ("agent", "不客气，能帮到您就好，祝您一切顺利，再见！")]
    assert not _cats(auditors, *chat) & {"complaint_no_apology", "unanswered"}


@pytest.mark.parametrize("said,flagged", [
    ("本来挺期待这款新色的，结果一上架就抢光了，就这？", True),
    ("这款新色一上架就抢光了啊，那我等下一批", False)])
def test_a_hope_let_down_is_a_complaint(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临暖居挂钟小铺，新色首批100个已售完，第二批预计下周三上架。"),
            ("customer", "行吧，我设个提醒"),
            ("agent", BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("您好，漏写门牌号很常见，请把订单号和完整地址发我，我帮您改。", False),
    ("您好，请把订单号和完整地址发我，我帮您改。", True)])
def test_a_slip_said_to_be_common_eases_the_apology(auditors, reply, flagged):
    chat = [("customer", "你好，唉，怪我自己粗心，收货地址忘了写门牌号，不好意思，那单还能改吗"),
            ("agent", reply),
            ("customer", "8812 3345 6677，正确的是滨江路12号2栋301"),
            ("agent", "订单还没出库，已经帮您把地址改好了，刷新订单页就能看到。"),
            ("customer", "好的，谢谢"),
            ("agent", BYE)]
    assert ("apology_unacknowledged" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("上海今天16点前下单当天发，一般次日送达，具体以物流更新为准。", True),
    ("中号50×40厘米，十二斤的狗躺得下；上海今天16点前下单当天发，一般次日送达，具体以物流更新为准。", False)])
def test_a_question_put_as_not_knowing_is_owed_its_answer(auditors, reply, flagged):
    chat = [("customer", "你好，冰丝凉席是水洗的吗"),
            ("agent", "您好，欢迎光临凉凉宠物垫旗舰店！这款可以直接水洗，晾干就能用。"),
            ("customer", "那还行。我家狗十二斤，天热老趴地上，也拿不准中号够不够它躺。今天下单什么时候能到，上海"),
            ("agent", reply),
            ("customer", "行，那我下午下单"),
            ("agent", BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("first,flagged", [
    ("你好，我上周买的台灯还没到，单号看着三天没动了", False),
    ("你好，我上周买的台灯到了，灯罩裂了一道缝", True)])
def test_goods_not_come_yet_are_no_case(auditors, first, flagged):
    chat = [("customer", first),
            ("agent", "您好，非常抱歉让您着急了，麻烦您提供一下订单号，我帮您查一下。"),
            ("customer", "3082716645"),
            ("agent", "查到了，包裹前两天在转运中心滞留，今天上午已经发出，预计明后天送到。"),
            ("customer", "那行吧"),
            ("agent", BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("我这边要开会了，先下线，回头再说", False), ("你们怎么还没回我", True)])
def test_the_customer_leaving_first_is_no_forced_end(auditors, said, flagged):
    chat = [("customer", "你好，这款保温杯能开发票吗，我们公司用"),
            ("agent", "您好，可以开电子普通发票，下单时填公司抬头和税号就可以。"),
            ("customer", "要是一次买五十个，有没有批量的价格"),
            ("agent", "批量采购的价格我帮您问一下主管，请您稍候。"),
            ("customer", said),
            ("agent", BYE)]
    assert ("forced_end" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("last,flagged", [
    ("行，就这样吧，对了麻烦帮我把发票开成公司抬头，杭州青禾网络科技有限公司，谢谢，再见", True),
    ("行，就这样吧，谢谢，再见", False)])
def test_a_request_slipped_into_the_goodbye_is_owed(auditors, last, flagged):
    chat = [("customer", "您好，我在你们官网订了个台灯，订单号DK20261001234，想确认一下发货没有"),
            ("agent", "您好，您的订单已经在今天上午发出，走的是顺丰，预计明天送达。"),
            ("customer", last),
            ("agent", "不客气，很高兴为您服务，祝您一切顺心，再见～")]
    assert ("unanswered" in _cats(auditors, *chat, pack="generic")) is flagged


def test_a_feeling_put_to_share_asks_nothing(auditors):
    chat = [("customer", "你好，我上周买的暖风机，怎么物流还显示在揽收"),
            ("agent", "您好，非常抱歉让您久等了，麻烦发一下订单号，我这就帮您查询。"),
            ("customer", "5520198437，这么冷的天一家人都等着呢，你说急不急"),
            ("agent", "特别理解您着急的心情。查到了，包裹昨天已经揽收，现在已到杭州转运中心，预计后天送到。"),
            ("customer", "行吧"),
            ("agent", "给您带来不便非常抱歉，我们会持续跟进，祝您一切顺利，再见！")]
    assert "unanswered" not in _cats(auditors, *chat)


@pytest.mark.parametrize("second,flagged", [("哦图里有俩挂钩，看到了。那换灯泡要不要断电", False),
                                            ("那换灯泡要不要断电", True)])
def test_an_answer_found_by_the_customer_takes_the_question_back(auditors, second, flagged):
    chat = [("customer", "你好，这个台灯的线有多长"),
            ("agent", "您好，电源线长1.5米，放在书桌上一般都够用。"),
            ("customer", "够了。那它带不带挂钩"),
            ("customer", second),
            ("agent", "换灯泡前要先断电，等灯泡凉几分钟再拧下来，避免烫手。"),
            ("customer", "谢谢，挺细心的"),
            ("agent", "不客气，很高兴为您服务，使用中有任何问题随时联系我们，再见！")]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


_FIXED = {"fresh46_chats": ("f46-c005", "f46-c006", "f46-c008", "f46-c024", "f46-c027", "f46-c037", "f46-c038",
                            "f46-c042", "f46-c050"),
          "pool62_unheard_n71a": ("n71a-c006", "n71a-c012", "n71a-c024"),
          "pool62_asked_n73a": ("n73a-c002", "n73a-c006", "n73a-c007", "n73a-c009", "n73a-c018", "n73a-c023"),
          "pool62_owed_n72a": ("n72a-c001", "n72a-c003", "n72a-c004", "n72a-c005", "n72a-c014"),
          "pool62_displeased_n74a": ("n74a-c005", "n74a-c010", "n74a-c017"),
          "pool62_passing_n75a": ("n75a-c002", "n75a-c006", "n75a-c011", "n75a-c015", "n75a-c017",
                                  "n75a-c024")}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_each_kind_set_right(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
