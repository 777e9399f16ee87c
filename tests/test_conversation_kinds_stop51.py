"""Issue 12, stop 51 (c51): the kinds behind the chat misses of fresh35_chats (read from this stop) and of the read half of
stop 51's pool of questions asked in many shapes (pool51_questions_n59a), fixed by kind.

* questions (seed 000: 对客户的每一个问题都认真回复):
  - the words that add a question to the one before (另外 / 对了 / 顺便, the pack's ``added_question``) are no words of it:
    a clause sharing 外 of 另外 (户外草坪) is not about 另外没打疫苗的兔子能送过去吗 (``sibling.asked_content``);
  - one character in common with a question skipped before (送 of 送不送标签贴 in 次日送达) does not take the time told from
    the newer question asking when (``settle.settle``, ``_asks_when``);
  - a span told beside the answer to a sibling (整套安排走下来大约1到2个月 after 报名以后都怎么安排) answers the question of the same
    message asking how long (大概多久能学会); not one asking a date;
  - among several needs, a question asking to choose whose choices no answering sentence names is not answered, and the
    head noun both choices end in (糖 of 蔗糖还是代糖) names neither (``asked_for.names_no_choice``);
  - an apology for the grievance told before a question (打了好几遍都没人接 … 到底能不能单独买一个) does not answer the
    question (``beside.meets_grievance_only`` for the lone need, ``sibling.spoken_of`` beside the problem told);
  - 你说怪不怪 / 您说巧不巧 shares a wonder: any reply meets it (the pack's ``rhetorical_question``; the read chat n59a-c010
    by id below: a chat of our own did not tell the start code from the end, the reply settling it either way);
* follow-up after a hold (seeds 000, 004: 需要查询的问题要回复结果):
  - thanks for the wait alone (感谢您的耐心等候。) and the result in the sentence after it come back with the check, however the
    tagger read that sentence (``held.back_in_turn``);
  - what the agent answered before the check in the hold's own sentence (次卡各家合作场馆通用，杭州有哪几家我去查一下) is no word
    of the check: a later reply sharing it does not bring the result (``followup._hold_words``); 已经看到您的订单了 acknowledges
    what the customer sent, no check done (the pack's ``found_forms``);
  - a sentence after the hold that only asks by a verb-not-verb form (这款的格式电视能不能识别) names what is checked, no
    result (``followup._names_check_only``);
* suggestions (seed 004: 建议时致谢并记录): 你们能不能… after the customer says first that they ask (顺便打听一下 / 想问一下,
  the pack's ``asking_lead_forms``) asks what the shop does, it proposes nothing;
* after-sales (seed 003 §售后 is for goods sold): a kind of fault put to a repair shop (这种能修吗) and priced next is a
  service bought, no case (the pack's ``service_visit_forms``, ``services.service_booked``); a fear of what a doing may
  break (就怕一打孔就漏水) is no fault yet (the pack's ``words.hypothetical``); food delivered undercooked (送来的…夹生的)
  is a case (``words.aftersales`` / ``words.goods_received``); goods arrived and then a but (小飞机到了，可是…) are in the
  customer's hands, and a fault whatever they try (怎么按它都没反应) is told, not asked (the pack's ``concessive_forms``);
* addressing (seed 004: 不得直呼顾客姓名): a full name the customer gives after who they are (家长李秀英，手机…, the pack's
  ``customer_roles``) is theirs; called by it bare, they are addressed by full name (``addressing._role_given``);
* complaints without 投诉 (004 客户抱怨; pack ``complaint_forms``): feeling farmed (把我们当韭菜割), a price risen again asked
  in annoyance (怎么又涨了), a regular refused any favour (回头客连一点面子都不给).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case (checked:
no six-character run in common with the read chats beyond stock service phrases).  Each kind has a faulty chat and its
clean twin.  15 of the 37 cases fail on the code of the start (d582a64); for three kinds (a character of a skipped question,
thanks for the wait then the result, goods arrived then a fault) our own twins read right there as well, and the read
chats named by id below (f35-c038, f35-c019, f35-c053) are the cases that fail on it."""

from __future__ import annotations

import pytest

from chat_fixtures import assert_read_chats_exact, conv_categories


def _cats(auditors, *turns, pack="jd", step=20):
    return conv_categories(auditors[pack], turns, start="2026-10-20T10:00:00", step=step)


_BYE = "感谢您的咨询，祝您生活愉快，再见～"


@pytest.mark.parametrize("reply,flagged", [
    ("您好，欢迎咨询萌宠之家～笼舍都是单间，全天开着空调，温度在22到25度之间，早晚各在户外草坪溜一圈，饲养员把照片传到订单页。", True),
    ("您好，欢迎咨询萌宠之家～笼舍都是单间，全天开着空调，温度在22到25度之间。没打疫苗的也能来，会单独安排一间。", False)])
def test_the_words_that_add_a_question_are_no_words_of_it(auditors, reply, flagged):
    chat = [("customer", "你好，问一下兔子寄养，笼舍里有空调吗？另外没打疫苗的兔子能送过去吗"),
            ("agent", reply),
            ("customer", "那一周多少钱"),
            ("agent", "一周寄养是360元，含草料和垫料，也可以自带口粮。"),
            ("customer", "行，我再考虑一下"),
            ("agent", "好的，考虑好了随时找我，" + _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("answer,flagged", [
    ("单间的话大号三个、中号五个差不多够了，冬装多可以再添一个大号", True),
    ("单间的话大号三个、中号五个差不多够了，标签贴每单都送一张", False)])
def test_one_character_of_a_skipped_question_does_not_take_the_time_told(auditors, answer, flagged):
    chat = [("customer", "你好，收纳箱大号是多大的"),
            ("agent", "您好，欢迎光临整理家～大号外径60×40×35cm，装换季被褥正合适"),
            ("customer", "我租的单间得要几个？送不送标签贴？"),
            ("agent", answer),
            ("customer", "行，就照这个数下单，大概几天到，我在上海浦东"),
            ("agent", "上海市区下单后次日送达，郊区会晚一天，以物流显示为准"),
            ("customer", "ok"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("answer,flagged", [
    ("报名当天交费领手环，之后每周上三次课，先练憋气漂浮，再练蹬腿划手；整套安排走下来大约1到2个月，具体安排以前台通知为准。", False),
    ("报名当天交费领手环，之后每周上三次课，先练憋气漂浮，再练蹬腿划手；整套安排都有教练在池边盯着。", True)])
def test_a_span_told_beside_a_siblings_answer_answers_how_long(auditors, answer, flagged):
    chat = [("customer", "你好，我想报个成人游泳班，晚上有课吗"),
            ("agent", "您好，欢迎咨询碧波游泳馆～晚上7点到9点有成人班，每周三次课。"),
            ("customer", "好的，那报名以后都怎么安排？大概多久能学会"),
            ("agent", answer),
            ("customer", "行，我明天过去"),
            ("agent", "请带上泳衣泳帽和身份证，" + _BYE)]
    assert ("unanswered" in _cats(auditors, *chat, pack="generic")) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("感谢您关注老茶坊～我们家奶茶粉每批都是新鲜灌装，付款后两天内发出，开封后记得密封防潮", True),
    ("感谢您关注老茶坊～这款甜味来自代糖，不含蔗糖，血糖偏高的话少喝点，最好先问问医生", False)])
def test_a_choice_named_by_its_shared_head_noun_alone_is_not_answered(auditors, reply, flagged):
    chat = [("customer", "在吗"),
            ("agent", "您好，欢迎光临老茶坊，请问有什么可以帮您？"),
            ("customer", "这款奶茶粉甜味是蔗糖还是代糖？家里老人血糖偏高，能不能喝"),
            ("agent", reply),
            ("customer", "嗯。一袋大概冲多少杯"),
            ("agent", "一袋500g，冲25杯上下"),
            ("customer", "行吧，先来一袋"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("实在抱歉，上周售后电话一直没人接，让您白打了好几遍，这事我记下了，会转给电话组改进。", True),
    ("实在抱歉，上周售后电话一直没人接，让您白打了好几遍。探头可以单卖，有一米线和三米线两种，您要哪种？", False)])
def test_an_apology_for_the_grievance_does_not_answer_the_question_asked_with_it(auditors, reply, flagged):
    chat = [("customer", "你好"),
            ("agent", "早上好，这里是安测仪器服务台，您请讲。"),
            ("customer", "上周打你们售后电话，打了好几遍都没人接，弄得我只好到网上来问。我想给温湿度计再配一个探头，到底能不能单独买一个"),
            ("agent", reply),
            ("customer", "那电话一般几点有人接"),
            ("agent", "电话工作日上午8点半到下午5点半有人接。"),
            ("customer", "行吧"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat, pack="generic")) is flagged


@pytest.mark.parametrize("back,flagged", [
    ("感谢您的耐心等候。河西网点离您最近，今天的排班已经满了，明早9点到12点有空位，您看行不行？", False),
    ("感谢您的耐心等候。网点那边还在核实排班，请您再稍等一下。", True)])
def test_thanks_for_the_wait_then_the_result_comes_back(auditors, back, flagged):
    chat = [("customer", "你好，家里热水器不出热水了，能派师傅来看看吗？"),
            ("agent", "您好，暖家售后为您服务。麻烦说一下热水器型号和您住哪个小区。"),
            ("customer", "型号JSQ25，小区是河西的翠湖苑"),
            ("agent", "我去看看翠湖苑附近哪个网点近、今天还有没有师傅，请您稍等片刻。"),
            ("agent", back),
            ("customer", "行，明早吧"),
            ("agent", "好的，明早9点到12点给您排上了，师傅动身前会先打电话。"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("followup_missed" in _cats(auditors, *chat, pack="generic", step=45)) is flagged


@pytest.mark.parametrize("later,flagged", [
    ("已经看到您的订单了，次卡付款后2小时内生效，生效后去场馆前台报手机号就行。", True),
    ("已经看到您的订单了，杭州的合作场馆有西湖馆和滨江馆两家，生效后去前台报手机号就行。", False)])
def test_the_answer_before_the_check_is_no_word_of_its_result(auditors, later, flagged):
    chat = [("customer", "你好，刚拍了你们的游泳次卡，杭州这边的场馆可以用吗"),
            ("agent", "您好，欢迎光临力行健身～次卡各家合作场馆通用，杭州有哪几家我去查一下，您稍等。"),
            ("customer", "好的，还有次卡含不含毛巾"),
            ("agent", "次卡每次入场送一条一次性毛巾，浴巾要另外租，五元一条。"),
            ("customer", "嗯 拍好了"),
            ("agent", later),
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("result,flagged", [
    ((), True),
    ((("agent", "技术同事回复了，电视支持USB播放的一般都能识别，建议先格式化成exFAT再拷电影。"),), False)])
def test_a_verb_not_verb_question_after_the_hold_names_the_check(auditors, result, flagged):
    chat = [("customer", "你好，上周在你家拍的移动硬盘，插手机上能直接读吗"),
            ("agent", "您好，欢迎光临数码港。这款是Type-C接口，安卓手机支持OTG的都能直接读。"),
            ("customer", "那能给它接电视看电影吗？我电视是三年前买的"),
            ("agent", "我去问问技术同事，这款的格式电视能不能识别"),
            ("customer", "另外它带保护套吗"),
            ("agent", "有的，包装里附一个防震保护套"),
            *result,
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("call,flagged", [
    ("李秀英，3月8日开课那期给您留好位置了，三天内交费就行，过期位置会放出去", True),
    ("李女士，3月8日开课那期给您留好位置了，三天内交费就行，过期位置会放出去", False)])
def test_a_name_given_after_who_the_customer_is_is_theirs(auditors, call, flagged):
    chat = [("customer", "你好，孩子周末想学毛笔字"),
            ("agent", "下午好，墨香书法学堂为您服务，孩子多大了？"),
            ("customer", "9岁，学过一年硬笔"),
            ("agent", "9岁有硬笔基础可以报软笔入门班，每期16节课，周六上午上课，费用1280元"),
            ("customer", "三月份那期还能报吗？能报就给我留个位，家长李秀英，手机13900001234"),
            ("agent", call),
            ("customer", "上课得准备啥"),
            ("agent", "带上毛笔和墨汁就行，毛毡和宣纸我们提供。"),
            ("customer", "好的知道了"),
            ("agent", _BYE)]
    assert ("direct_name" in _cats(auditors, *chat, pack="generic")) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("顺便打听一下你们能不能上门帮忙装", False),
    ("想问一下你们可不可以上门安装", False),
    ("你们能不能以后附一张安装图", True)])
def test_asking_first_what_the_shop_does_is_no_suggestion(auditors, said, flagged):
    chat = [("customer", "你好，我买的晾衣架，麻烦说一下保修怎么申请"),
            ("agent", "您好，欢迎咨询居安家居客服中心。在订单页点申请售后，选保修并上传照片即可，我们会安排处理。"),
            ("customer", said),
            ("agent", "上门装这项我们还没开，盒子里有图解，照着装十来分钟就好。"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("suggestion_unacknowledged" in _cats(auditors, *chat, pack="generic")) is flagged


@pytest.mark.parametrize("first,flagged", [
    ("洗衣机一甩干就咣咣响，洗的时候倒没事，这种能修吗", False),
    ("上个月在你们店买的洗衣机，一甩干就咣咣响，洗的时候倒没事，怎么处理", True)])
def test_a_kind_of_fault_put_to_a_repair_shop_and_priced_is_no_case(auditors, first, flagged):
    chat = [("customer", first),
            ("agent", "您好，快修家电为您服务～多半是减震器或轴承松了，得师傅到家看过才知道。"),
            ("customer", "师傅来一趟收多少？明天有空吗"),
            ("agent", "上门看一次50元，要换零件另外收，明天上午能排上。"),
            ("customer", "行，明天上午"),
            ("agent", "给您约好明天上午9点到12点，师傅出门前先打您电话。"),
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("查了一下，今早蒸笼有一层火候没控好，这批包子没蒸够时候。马上给您补送30个，半小时内到。", True),
    ("查了一下，今早蒸笼有一层火候没控好，这批包子没蒸够时候，实在对不起，耽误大家吃早饭了，您先别着急。"
     "马上给您补送30个，半小时内到。", False)])
def test_food_delivered_undercooked_is_a_case(auditors, reply, flagged):
    chat = [("customer", "你们送来的包子里面是夹生的，30个全这样，大家都没法吃"),
            ("agent", "您好，是今早尾号5512那一单吧？每个都没熟，还是个别几个？"),
            ("customer", "是那单 个个都这样"),
            ("agent", reply),
            ("customer", "行吧"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("您好，让您扫兴了，真抱歉，您先别急哈。情况我这边记下了，今天就先聊到这里，祝您生活愉快，再见", True),
    ("您好，让您扫兴了，真抱歉，您先别急哈。麻烦把遥控器背面的对频键按住三秒，灯闪了再松手，还不行的话给您换一个新的遥控器。", False)])
def test_goods_arrived_then_a_fault_however_it_is_worked_is_a_case(auditors, reply, flagged):
    chat = [("customer", "小飞机到了，可是开关怎么按它都没反应"),
            ("agent", "您好，请问机身电池充满了吗？遥控器上的电源灯亮不亮呀？"),
            ("customer", "都充满了，灯也亮着"),
            ("agent", reply),
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("那瓷砖后面的水管呢，就怕一打孔就漏水", False),
    ("上周用你们的钻头打完孔，墙里的水管就漏水了", True)])
def test_a_fear_of_what_a_doing_may_break_is_no_case(auditors, said, flagged):
    chat = [("customer", "你好，问下这个冲击钻"),
            ("agent", "晚上好，匠心五金为您服务，您想看哪方面？"),
            ("customer", said),
            ("agent", "这个顾虑很正常，打孔前先拿探测仪把墙面扫一遍，水管电线的位置标好了再钻。"),
            ("customer", "行吧"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


_PLAIN = "您好，这个月起换了新配方，每盒多装两块，价格随之改成38元。"
_SORRY = "让您觉得不划算，真是抱歉。这个月起换了新配方，每盒多装两块，价格随之改成38元。"


@pytest.mark.parametrize("said,reply,flagged", [
    ("月初才32，这就38了，你们这是把顾客当韭菜割吧", _PLAIN, True),
    ("月初才32，这就38了，你们这是把顾客当韭菜割吧", _SORRY, False),
    ("你们家绿豆糕怎么又涨了？月初才32", _PLAIN, True),
    ("买了好几回了，回头客连一点面子都不给吗", _PLAIN, True),
    ("老顾客有专属优惠吗", _PLAIN, False),
    ("绿豆糕现在多少钱一盒", _PLAIN, False)])
def test_feeling_farmed_or_a_price_risen_again_is_owed_an_apology(auditors, said, reply, flagged):
    chat = [("customer", said),
            ("agent", reply),
            ("customer", "那先来一盒吧"),
            ("agent", "好的，拍下后明天寄出，一般两三天能到。"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


_FIXED = {"fresh35_chats": ("f35-c002", "f35-c006", "f35-c026", "f35-c053", "f35-c019", "f35-c024", "f35-c036", "f35-c038", "f35-c045", "f35-c054"),
          "pool51_questions_n59a": ("n59a-c010", "n59a-c013", "n59a-c016", "n59a-c019")}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_each_kind_set_right(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
