"""Issue 12, stop 51 (c51): the kinds behind the chat misses of fresh35_chats (read from this stop) and of the read half of
stop 51's pool of questions asked in many shapes (pool51_questions_n59a), fixed by kind.

* questions (seed 000: 对客户的每一个问题都认真回复):
  - the words that add a question to the one before (另外 / 对了 / 顺便, the pack's ``added_question``) are no words of it:
    a clause sharing 外 of 另外 (户外放风) is not about 另外没打疫苗的兔子能送过去吗 (``settle._content``);
  - one character in common with a question skipped before (送 of 送不送标签贴 in 次日送达) does not take the time told from
    the newer question asking when (``settle.settle``, ``_asks_when``);
  - a span told beside the answer to a sibling (整个过程顺利的话大约1到2个月 after 流程是怎样的) answers the question of the same
    message asking how long (大概多久能学会); not one asking a date;
  - among several needs, a question asking to choose whose choices no answering sentence names is not answered, and the
    head noun both choices end in (糖 of 蔗糖还是代糖) names neither (``asked_for.names_no_choice``);
  - an apology for the grievance told before a question (打了好几遍都没人接 … 到底能不能单独买一个) does not answer the
    question (``beside.meets_grievance_only`` for the lone need, ``settle._spoken_of`` beside the problem told);
  - 你说怪不怪 / 您说巧不巧 shares a wonder, it asks nothing (the pack's ``rhetorical_question``);
* follow-up after a hold (seeds 000, 004: 需要查询的问题要回复结果):
  - thanks for the wait alone (感谢您的耐心等候。) and the result in the sentence after it come back with the check, however the
    tagger read that sentence (``held.back_in_turn``);
  - what the agent answered before the check in the hold's own sentence (月卡在合作门店都能用，我帮您查一下…门店名单) is no word
    of the check: a later reply sharing it does not bring the result (``followup._hold_words``); 已经看到您的订单了 acknowledges
    what the customer sent, no check done (the pack's ``found_forms``);
  - a sentence after the hold that only asks by a verb-not-verb form (这款的格式电视能不能识别) names what is checked, no
    result (``followup._names_check_only``);
* suggestions (seed 004: 建议时致谢并记录): 你们能不能… after the customer says first that they ask (另外想了解下 / 想问一下,
  the pack's ``asking_lead_forms``) asks what the shop does, it proposes nothing;
* after-sales (seed 003 §售后 is for goods sold): a kind of fault put to a repair shop (这种能修吗) and priced next is a
  service bought, no case (the pack's ``service_visit_forms``, ``reports._service_booked``); a fear of what a doing may
  break (我就怕一钻下去漏水) is no fault yet (the pack's ``words.hypothetical``); food delivered undercooked (送来的…夹生的)
  is a case (``words.aftersales`` / ``words.goods_received``);
* addressing (seed 004: 不得直呼顾客姓名): a full name the customer gives after who they are (家长李秀英，电话…, the pack's
  ``customer_roles``) is theirs; called by it bare, they are addressed by full name (``addressing._role_given``);
* complaints without 投诉 (004 客户抱怨; pack ``complaint_forms``): feeling farmed (感觉被割韭菜了), a price risen again asked
  in annoyance (怎么又涨价了), a regular refused any favour (老顾客一点优惠都没有吗).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.
Each kind has a faulty chat and its clean twin."""

from __future__ import annotations

import pytest

from chat_fixtures import assert_read_chats_exact, conv_categories


def _cats(auditors, *turns, pack="jd", step=20):
    return conv_categories(auditors[pack], turns, start="2026-10-20T10:00:00", step=step)


_BYE = "感谢您的咨询，祝您生活愉快，再见～"


@pytest.mark.parametrize("reply,flagged", [
    ("您好，欢迎咨询萌兔之家～兔舍是一兔一间，全天开着空调，温度在22到25度之间，每天两次户外放风，护理员会拍视频发到订单里。", True),
    ("您好，欢迎咨询萌兔之家～兔舍是一兔一间，全天开着空调，温度在22到25度之间。没打疫苗的也能来，会单独安排一间。", False)])
def test_the_words_that_add_a_question_are_no_words_of_it(auditors, reply, flagged):
    chat = [("customer", "你好，问一下兔子寄养，笼舍里有空调吗？另外没打疫苗的兔子能送过去吗"),
            ("agent", reply),
            ("customer", "那一周多少钱"),
            ("agent", "一周寄养是360元，含草料和垫料，也可以自带口粮。"),
            ("customer", "行，我再考虑一下"),
            ("agent", "好的，考虑好了随时找我，" + _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("answer,flagged", [
    ("一室一厅一般建议大号4个、中号6个左右，衣服多的话再加两个大号", True),
    ("一室一厅一般建议大号4个、中号6个左右，标签贴每单都送一张", False)])
def test_one_character_of_a_skipped_question_does_not_take_the_time_told(auditors, answer, flagged):
    chat = [("customer", "你好，收纳箱大号是多大的"),
            ("agent", "您好，欢迎光临整理家～大号外尺寸是60×40×35cm，适合装换季的被子和衣服"),
            ("customer", "我一室一厅大概要几个？送不送标签贴？"),
            ("agent", answer),
            ("customer", "那我就按这个数拍吧，大概几天到，我在上海浦东"),
            ("agent", "上海市内下单后预计次日送达，偏远区域会多1天，具体以物流为准"),
            ("customer", "ok"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("answer,flagged", [
    ("报名当天交费、领手环，第二周开始正式上课，先练憋气和漂浮，再学蹬腿和划手；整个过程顺利的话大约1到2个月，具体看个人练习情况。",
     False),
    ("报名当天交费、领手环，第二周开始正式上课，先练憋气和漂浮，再学蹬腿和划手；整个过程教练都会在旁边指导。", True)])
def test_a_span_told_beside_a_siblings_answer_answers_how_long(auditors, answer, flagged):
    chat = [("customer", "你好，我想报个成人游泳班，晚上有课吗"),
            ("agent", "您好，欢迎咨询碧波游泳馆～晚上7点到9点有成人班，每周三次课。"),
            ("customer", "好的，那报名之后整个流程是怎样的？大概多久能学会"),
            ("agent", answer),
            ("customer", "行，我明天过去"),
            ("agent", "请带上泳衣泳帽和身份证，" + _BYE)]
    assert ("unanswered" in _cats(auditors, *chat, pack="generic")) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("黑芝麻的吧。我爸别的零食都不爱，就念叨小时候吃的麻糖，你说怪不怪，哈哈", False),
    ("黑芝麻的吧。我爸别的零食都不爱，就念叨小时候吃的麻糖，这款老人能吃吗", True)])
def test_you_say_strange_or_not_asks_nothing(auditors, said, flagged):
    chat = [("customer", "你好，想给我爸买点麻糖"),
            ("agent", "您好，欢迎光临老街糖坊～请问想要黑芝麻的还是白芝麻的呢？"),
            ("customer", said),
            ("agent", "哈哈，小时候的味道谁都惦记，特别能理解叔叔的心情～我们家是传统熬糖、手工切片的，就是那种老味道"),
            ("customer", "那就来两盒吧"),
            ("agent", "好的，两盒今天下午发出，" + _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("感谢您对老茶坊的关注～本店奶茶粉都是当季新料现做现发，下单后48小时内发货，收到后放在阴凉干燥处保存就好", True),
    ("感谢您对老茶坊的关注～这款奶茶粉加的是代糖，不含蔗糖，血糖偏高的话建议少量饮用，先问问医生更稳妥", False)])
def test_a_choice_named_by_its_shared_head_noun_alone_is_not_answered(auditors, reply, flagged):
    chat = [("customer", "在吗"),
            ("agent", "您好，欢迎光临老茶坊，请问有什么可以帮您？"),
            ("customer", "这个奶茶粉加的是蔗糖还是代糖啊？我爸血糖有点高，能不能喝"),
            ("agent", reply),
            ("customer", "哦。那一袋能冲几杯"),
            ("agent", "一袋500g，大约能冲25杯"),
            ("customer", "行吧，先来一袋"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("非常抱歉，上周售后电话没能及时接听，让您多跑了一趟，这个情况我已经记录下来，会反馈给热线组改进。", True),
    ("非常抱歉，上周售后电话没能及时接听，让您多跑了一趟。探头可以单独买，店里有一米线和三米线两种，您看需要哪种？", False)])
def test_an_apology_for_the_grievance_does_not_answer_the_question_asked_with_it(auditors, reply, flagged):
    chat = [("customer", "你好"),
            ("agent", "早上好，欢迎联系安测仪器客服中心，请问有什么可以帮您？"),
            ("customer", "上周打你们售后电话，打了好几遍都没人接，弄得我只好到网上来问。我想给温湿度计再配一个探头，到底能不能单独买一个"),
            ("agent", reply),
            ("customer", "那你们电话现在几点到几点有人"),
            ("agent", "客服电话工作日8:30到17:30有人接听。"),
            ("customer", "行吧"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat, pack="generic")) is flagged


@pytest.mark.parametrize("back,flagged", [
    ("感谢您的耐心等候。离您最近的是河西网点，今天的师傅已约满，明天上午9点到12点还有空档，您看可以吗？", False),
    ("感谢您的耐心等候。网点那边还在核实排班，请您再稍等一下。", True)])
def test_thanks_for_the_wait_then_the_result_comes_back(auditors, back, flagged):
    chat = [("customer", "你好，家里热水器不出热水了，能派师傅来看看吗？"),
            ("agent", "您好，这里是暖家售后服务中心。麻烦告诉我热水器的型号和您住的小区。"),
            ("customer", "型号JSQ25，小区是河西的翠湖苑"),
            ("agent", "我帮您查一下离翠湖苑最近的维修网点和今天的排班，请您稍等片刻。"),
            ("agent", back),
            ("customer", "行，就明天上午吧"),
            ("agent", "已为您登记明天上午9点到12点上门，师傅出发前会电话联系您。"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("followup_missed" in _cats(auditors, *chat, pack="generic", step=45)) is flagged


@pytest.mark.parametrize("later,flagged", [
    ("已经看到您的订单了，月卡付款后2小时内激活，激活后到店出示订单码就能用。", True),
    ("已经看到您的订单了，杭州的合作门店有西湖店和滨江店两家，激活后到店出示订单码就能用。", False)])
def test_the_answer_before_the_check_is_no_word_of_its_result(auditors, later, flagged):
    chat = [("customer", "你好，买了你们的健身月卡，想问下杭州的门店能用吗"),
            ("agent", "您好，欢迎光临力行健身～月卡在合作门店都能用，我帮您查一下杭州那边的门店名单，您稍等一下。"),
            ("customer", "好的，还有月卡包含团课吗"),
            ("agent", "月卡包含不限次团课，私教课另外收费，持卡可以打九折。"),
            ("customer", "嗯 已经下单了"),
            ("agent", later),
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("result,flagged", [
    ((), True),
    ((("agent", "技术同事回复了，电视支持USB播放的一般都能识别，建议先格式化成exFAT再拷电影。"),), False)])
def test_a_verb_not_verb_question_after_the_hold_names_the_check(auditors, result, flagged):
    chat = [("customer", "你好，我上周买的移动硬盘，想问下能不能直接插手机用"),
            ("agent", "您好，欢迎光临数码港。这款是Type-C接口，安卓手机支持OTG的都能直接读。"),
            ("customer", "那能给它接电视看电影吗？我电视是三年前买的"),
            ("agent", "我帮您问一下技术同事，这款的格式电视能不能识别"),
            ("customer", "另外它带保护套吗"),
            ("agent", "有的，包装里附一个防震保护套"),
            *result,
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("call,flagged", [
    ("李秀英，3月8日开班的那期已经给您登记上了，请在三天内完成缴费，逾期名额会自动释放", True),
    ("李女士，3月8日开班的那期已经给您登记上了，请在三天内完成缴费，逾期名额会自动释放", False)])
def test_a_name_given_after_who_the_customer_is_is_theirs(auditors, call, flagged):
    chat = [("customer", "你好，我想给孩子报周末书法班"),
            ("agent", "下午好，欢迎致电墨香书法学堂，请问孩子今年几岁了？"),
            ("customer", "9岁，学过一年硬笔"),
            ("agent", "9岁有硬笔基础可以报软笔入门班，每期16节课，周六上午上课，费用1280元"),
            ("customer", "3月那期还有名额吗？有的话帮我报上，家长李秀英，电话13900001234"),
            ("agent", call),
            ("customer", "要带什么东西"),
            ("agent", "带上毛笔和墨汁就行，毛毡和宣纸我们提供。"),
            ("customer", "好的知道了"),
            ("agent", _BYE)]
    assert ("direct_name" in _cats(auditors, *chat, pack="generic")) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("另外想了解下你们能不能派人上门安装", False),
    ("想问一下你们可不可以上门安装", False),
    ("你们能不能以后附一张安装图", True)])
def test_asking_first_what_the_shop_does_is_no_suggestion(auditors, said, flagged):
    chat = [("customer", "你好，我买的晾衣架，麻烦说一下保修怎么申请"),
            ("agent", "您好，欢迎咨询居安家居客服中心。在订单页点申请售后，选保修并上传照片即可，我们会安排处理。"),
            ("customer", said),
            ("agent", "目前暂时没有上门安装服务，包装里有详细的安装说明，按步骤十分钟左右就能装好。"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("suggestion_unacknowledged" in _cats(auditors, *chat, pack="generic")) is flagged


@pytest.mark.parametrize("first,flagged", [
    ("洗衣机脱水的时候咣咣响，洗涤正常，这种能修吗", False),
    ("上个月在你们店买的洗衣机，脱水的时候咣咣响，洗涤正常，怎么处理", True)])
def test_a_kind_of_fault_put_to_a_repair_shop_and_priced_is_no_case(auditors, first, flagged):
    chat = [("customer", first),
            ("agent", "您好，欢迎光临快修家电服务～脱水响一般是减震器或者轴承的问题，师傅上门检测后就能确定。"),
            ("customer", "上门大概多少钱？明天能来吗"),
            ("agent", "上门检测费50元，维修的话配件另算，明天上午可以安排师傅上门。"),
            ("customer", "那就明天上午"),
            ("agent", "已经为您预约明天上午9点到12点，师傅出门前会电话联系您。"),
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("查了一下，今天早上蒸笼有一层火候没控好，这一批包子蒸的时间不够。可以给您重新送30个过来，大约半小时后到。", True),
    ("查了一下，今天早上蒸笼有一层火候没控好，这一批包子蒸的时间不够，实在对不起，耽误大家吃早饭了，您先别着急。"
     "可以给您重新送30个过来，大约半小时后到。", False)])
def test_food_delivered_undercooked_is_a_case(auditors, reply, flagged):
    chat = [("customer", "你们送来的包子里面是夹生的，30个全这样，大家都没法吃"),
            ("agent", "您好，请问是今天早上订单尾号5512的那一单吗？是全部都没熟，还是只有一部分？"),
            ("customer", "对 就是那单 全部都是"),
            ("agent", reply),
            ("customer", "行吧"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("那瓷砖后面的水管呢，我就怕一钻下去漏水", False),
    ("上周用你们的钻头打完孔，墙里的水管就漏水了", True)])
def test_a_fear_of_what_a_doing_may_break_is_no_case(auditors, said, flagged):
    chat = [("customer", "你好，问下这个冲击钻"),
            ("agent", "晚上好，欢迎光临匠心五金，请问想了解哪方面呢？"),
            ("customer", said),
            ("agent", "特别理解您的担心，打孔前先用探测仪把墙面扫一遍，标好水管和电线的走向再下钻。"),
            ("customer", "行吧"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


_PLAIN = "您好，从这个月起换了新配方，每盒多了两块，所以价格调整到了38元。"
_SORRY = "让您觉得不划算，真是抱歉。从这个月起换了新配方，每盒多了两块，所以价格调整到了38元。"


@pytest.mark.parametrize("said,reply,flagged", [
    ("上个月还是32，现在38了，感觉被割韭菜了", _PLAIN, True),
    ("上个月还是32，现在38了，感觉被割韭菜了", _SORRY, False),
    ("你们家的绿豆糕怎么又涨价了？上个月还是32", _PLAIN, True),
    ("买了好几回了，我们老顾客一点优惠都没有吗", _PLAIN, True),
    ("老顾客有专属优惠吗", _PLAIN, False),
    ("绿豆糕现在多少钱一盒", _PLAIN, False)])
def test_feeling_farmed_or_a_price_risen_again_is_owed_an_apology(auditors, said, reply, flagged):
    chat = [("customer", said),
            ("agent", reply),
            ("customer", "那先来一盒吧"),
            ("agent", "好的，今天下单明天发出，预计两到三天送达，以物流为准。"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


_FIXED = {"fresh35_chats": ("f35-c002", "f35-c006", "f35-c026", "f35-c019", "f35-c024", "f35-c036", "f35-c038", "f35-c045", "f35-c054"),
          "pool51_questions_n59a": ("n59a-c010", "n59a-c013", "n59a-c016", "n59a-c019")}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_each_kind_set_right(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
