"""Issue 12, stop 50 (c50): the kinds behind the chat misses of fresh34_chats (read from this stop) and of the read half of
stop 50's pool of unhappy customers in after-sales (pool50_unhappy_n56a), fixed by kind.

* praise of the service by comparison or speed (比我之前问的那家专业多了 / 回得好快) wants thanks back (004: 客户提出表扬时，应谦虚
  致谢; pack ``service_praise_forms``), not when said in scorn (呵呵，今天倒是回得挺快: ``sarcasm_words``); thanks back for the
  suggestion that came with the thanks (谢谢您的建议) answers them (``words.thanks_back``);
* complaints without a complaint word (004 客户抱怨, owed an apology; pack ``complaint_forms``): a price risen within days or
  the customer feeling tricked (没两天又涨了 / 感觉被你们忽悠了), the price raised on a holiday (坐地起价) or no favour for a
  regular (回头客都不给优惠), the blame turned back in scorn (合着还怪我咯 — no apology, the ``customer.apology`` cue leaves it),
  the shop's checks doubted (发货前都不试一下的吗), a plan spoilt (这下又泡汤了), goods nobody can trust (做成这样叫人怎么放心),
  the wait called the customer's lot (活该我等), buying regretted (早知道就去实体店买了), work by lot (靠运气的吧); not: a
  dissatisfaction supposed to ask what may be redone (不满意能重拍几次), 投诉 in quotation marks said in play;
* after-sales cases (003 §售后): a service redone within days that did not hold (上周刚修好…又漏了), the work made worse (越洗越
  难看), a pet taken back ill (领回来就一直打喷嚏), a device that places wrongly over and over (定位老是跑偏); not: goods bought
  in another shop even when used, 能不能用在… (a question of fit); the use blamed by a guess and advice for next time before
  any check (估计是…下次记得…) is out of order; a way said to exist (我们是有办法处理的) is no remedy;
* from the read half of stop 50's pool of after-sales cases handled in many words (pool50_aftersales_n57a): the customer
  picking a remedy offered (补发新的吧) opens no new case; calming in other words (亲别烦心 / 这事交给我 / 放宽心) calms; a
  remedy word negated (恢复不回来了, ``negated_remedy_forms``) is no remedy; a crack (裂纹) or a smell the work left (一股霉味)
  opens a case; the customer's dosing guessed before any check (一般是水箱一次加太多) is out of order; goods said to be fine and
  returned all the same (东西没问题…想退了) are no case;
* from the read half of stop 50's pool of complaints met in many words (pool50_complaints_n58a): more grievances without
  投诉 (前脚…后脚就涨 / 说没就没 / 早知道那天就下单了 / 纸糊的吧 / 合着还是我用得不对 / 早这么说不就完了 / 先把人骗进来 / 不是来
  受气的 / 白等一晚上 / 早知道就不找你们了); the customer's own resolve for next time (下次我学聪明点, ``own_resolve_forms``) is no
  suggestion; sorry to bother before a request is no apology; a remedy word naming a record (维修单号, ``remedy_noun_forms``) is
  no remedy; a quotation the sentence splitter cut in two still quotes (``turns._quotes_only``);
* sorry said only to open a request for the customer's data (不好意思，麻烦您提供一下订单号) is no apology for a grievance
  (``request_opener_forms``); the customer blaming themselves (怪不得别人) makes no apology to the agent (``self_blame_words``);
* a price told in words (具体价格以活动页面为准) after a clause that answered the time asked answers a sibling question of the
  same message naming a sum (会回到80吗; ``when.sibling_price``);
* a reproach asked by its mark alone (所以我白跑了一趟？) and what the customer tells on after it ask nothing (unanswered); a
  figure alone in common (10 of 提前10分钟 after 10点吧) speaks of no detail told (``beside.speaks_of_told``).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.
Each kind has a faulty chat and its clean twin."""

from __future__ import annotations

import pytest

from chat_fixtures import assert_read_chats_exact, conv_categories


def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2026-09-15T10:00:00")


_BYE = "感谢您的支持，祝您生活愉快，下次见～"


@pytest.mark.parametrize("said,flagged", [
    ("回得好快呀，那这款暖风机多大功率", True),
    ("比我之前问的那家专业多了，那这款暖风机多大功率", True),
    ("呵呵，今天倒是回得挺快，那这款暖风机多大功率", False),
    ("那这款暖风机多大功率", False)])
def test_praise_of_the_service_wants_thanks_back(auditors, said, flagged):
    chat = [("customer", "你好，暖风机有现货吗"),
            ("agent", "您好，欢迎光临暖居电器～白色和灰色都有现货，今天下单明天发。"),
            ("customer", said),
            ("agent", "额定功率是2000瓦，有两档可调，适合十五平左右的房间。"),
            ("customer", "好的，我拍白色"),
            ("agent", _BYE)]
    assert ("thanks_unacknowledged" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("谢谢您的建议，已经记下转给设计同事了。", False),
    ("已经记下转给设计同事了。", True)])
def test_thanks_back_for_the_suggestion_answers_the_thanks(auditors, reply, flagged):
    chat = [("customer", "你好，台灯亮度怎么调"),
            ("agent", "您好，欢迎光临明亮灯饰～长按开关三秒就能进入调光模式，再轻点调节亮度。"),
            ("customer", "调好了，谢谢啊，说明书这段建议印大点"),
            ("agent", reply),
            ("customer", "嗯"),
            ("agent", _BYE)]
    assert ("thanks_unacknowledged" in _cats(auditors, *chat)) is flagged


_PLAIN = "您好，这款电热毯是双人双控的，1.8米床用正好，您看需要哪个尺寸？"
_SORRY = "理解您的心情，让您不舒服了实在抱歉。这款电热毯是双人双控的，1.8米床用正好，您看需要哪个尺寸？"


@pytest.mark.parametrize("said,reply,flagged", [
    ("上周还是129，没两天又涨了，电热毯有1.8米的吗", _PLAIN, True),
    ("上周还是129，没两天又涨了，电热毯有1.8米的吗", _SORRY, False),
    ("感觉被你们忽悠了，活动一结束就涨价。电热毯有1.8米的吗", _PLAIN, True),
    ("一到过节就坐地起价，电热毯有1.8米的吗", _PLAIN, True),
    ("买了三回了，回头客都不给优惠。电热毯有1.8米的吗", _PLAIN, True),
    ("电热毯有1.8米的吗，会不会被人忽悠买贵了", _PLAIN, False),
    ("电热毯有1.8米的吗", _PLAIN, False)])
def test_a_price_risen_or_a_customer_tricked_is_owed_an_apology(auditors, said, reply, flagged):
    chat = [("customer", said),
            ("agent", reply),
            ("customer", "1.8米的吧"),
            ("agent", "好的，1.8米的今天下单明天发出，预计两到三天送达，以物流为准。"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("你们发货前都不试一下的吗，那怎么弄", True),
    ("周末露营这下又泡汤了，那怎么弄", True),
    ("做成这样叫人怎么放心，那怎么弄", True),
    ("你们打包是靠运气的吧，那怎么弄", True),
    ("那怎么弄", False)])
def test_scorn_of_the_shop_is_owed_an_apology(auditors, said, flagged):
    chat = [("customer", "你好，收到的帐篷少了两根地钉"),
            ("agent", "您好，欢迎光临山野户外～麻烦拍一下包装内的配件照片发我看看。"),
            ("customer", "[图片]" + said),
            ("agent", "核对了，确实是仓库漏装了两根地钉，给您补寄一套新的地钉，明天发出。"),
            ("customer", "好吧"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("所以就是活该我等呗", True),
    ("早知道就去实体店买了", True),
    ("好的，那我再等等", False)])
def test_a_wait_called_the_customers_lot_or_the_buying_regretted_is_a_complaint(auditors, said, flagged):
    chat = [("customer", "你好，我拍的保温杯怎么还没发货"),
            ("agent", "您好，欢迎光临暖心杯具～麻烦发一下订单号，我帮您看看。"),
            ("customer", "5521 7730 1184"),
            ("agent", "查到了，这款最近单量大，仓库按付款顺序发货，您的订单排在明天上午。"),
            ("customer", said),
            ("agent", "明天上午揽收后物流单号会同步到订单里。" + _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("合着还怪我咯？", True), ("好吧，那我再试试", False)])
def test_the_blame_turned_back_in_scorn_is_a_complaint_no_apology(auditors, said, flagged):
    chat = [("customer", "你好，买的电子秤称东西老是不准"),
            ("agent", "您好，欢迎光临精准衡器～请问秤是放在平整的桌面上用的吗？"),
            ("customer", "放桌上的"),
            ("agent", "查了一下出库记录，这台出厂校准合格，桌面不平也会让读数偏差。"),
            ("customer", said),
            ("agent", "您可以开机前长按归零键重新校准一次，再称一下看看。"),
            ("customer", "行"),
            ("agent", _BYE)]
    got = _cats(auditors, *chat)
    assert ("complaint_no_apology" in got) is flagged
    assert "apology_unacknowledged" not in got  # (the scorn is no apology owed 没关系)


@pytest.mark.parametrize("said,flagged", [
    ("那写真不满意能重拍几次", False),
    ("拍出来的写真我很不满意，能重拍吗", True)])
def test_a_dissatisfaction_supposed_asks_what_may_be_redone(auditors, said, flagged):
    chat = [("customer", "你好，想约一次全家福写真"),
            ("agent", "您好，欢迎咨询光影摄影～周末上午还有档期，三人套餐是599元。"),
            ("customer", said),
            ("agent", "套餐含一次免费重拍，需要在取片后七天内预约。"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("你好，我要“投诉”一下你们的蓝牙音箱，音质好到邻居天天来蹭歌", False),
    ("你好，我要投诉一下你们的蓝牙音箱，连上十分钟就断", True)])
def test_tousu_in_quotation_marks_is_play(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临声悦数码～这款音箱续航大约十二小时。"),
            ("customer", "充满要多久"),
            ("agent", "用原装充电线大约两个半小时充满。"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


def _case(auditors, said, remedy, pack="jd"):
    chat = [("customer", said),
            ("agent", "您好，这里是安家服务客服。麻烦说一下订单号，我查一下当时的服务记录。"),
            ("customer", "JS0915-2261"),
            ("agent", "查到了，当时是王师傅做的，可能是配件本身有问题。给您添麻烦了，实在抱歉，您先别着急。"),
            ("customer", "那现在怎么办"),
            ("agent", remedy),
            ("customer", "好吧"),
            ("agent", _BYE)]
    return "aftersales_flow" in _cats(auditors, *chat, pack=pack)


_VISIT = "明天上午安排师傅免费上门重新处理，配件由我们承担。"
_NONE = "这个情况我们已经记录下来了。"


@pytest.mark.parametrize("said", [
    "上周师傅刚修好的马桶水箱，今天又漏了",
    "你们上个月装的净水器，出水还是一股怪味，没用了",
    "送去清洗的羽绒服，拿回来越洗越难看",
    "猫咪寄养三天，领回来就一直打喷嚏",
    "给孩子买的手表，定位老是跑偏到隔壁小区"])
def test_a_service_that_did_not_hold_or_goods_that_misbehave_open_a_case(auditors, said):
    assert _case(auditors, said, _NONE)
    assert not _case(auditors, said, _VISIT)


@pytest.mark.parametrize("said,flagged", [
    ("之前在别家买的加湿器，用了不到半个月就漏水，你们家的水箱是什么材质", False),
    ("你们家的加湿器，用了不到半个月就漏水，怎么回事", True)])
def test_goods_bought_elsewhere_are_no_case_even_when_used(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临润物电器～我们的水箱是食品级PP材质，整机一年保修。"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("你好，这款吸尘器能不能用在木地板上", False),
    ("你好，这款吸尘器不能用了，按开关没反应", True)])
def test_a_question_of_fit_is_no_fault(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临洁净家电～木地板可以用，记得换上软毛刷头。"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("first,flagged", [
    ("估计是插座接触不好，下次记得插紧再用就行。", True),
    ("请问报警的时候屏幕上显示的是什么代码？", False)])
def test_the_use_blamed_by_a_guess_before_any_check_is_out_of_order(auditors, first, flagged):
    chat = [("customer", "你们的扫地机扫到一半自己停了，一直报警"),
            ("agent", "您好，欢迎光临净扫电器，真抱歉给您添麻烦了，您先别着急。"),
            ("agent", first),
            ("customer", "显示E5"),
            ("agent", "E5是驱动轮卡住了，属于机器本身的问题。给您换新：上门取件，新机同步寄出。"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("remedy,flagged", [
    ("您放心，这种划痕我们是有办法处理的哦", True),
    ("您放心，给您安排免费重新补漆，周六上门", False)])
def test_a_way_said_to_exist_is_no_remedy(auditors, remedy, flagged):
    chat = [("customer", "你们翻新的那张餐桌送回来了，桌角的漆补得一块深一块浅，真是越修越难看"),
            ("agent", "您好，这里是木匠坊客服。方便拍一下桌角的照片吗？"),
            ("customer", "[图片]"),
            ("agent", "看到了，是调色时偏深了，是我们的问题，真的很抱歉，您先别生气。"),
            ("customer", "那现在怎么弄"),
            ("agent", remedy),
            ("customer", "好吧"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("opener,flagged", [
    ("您好，欢迎光临净水家。不好意思，麻烦您提供一下订单号。", True),
    ("您好，欢迎光临净水家。给您添麻烦了，实在抱歉，麻烦您提供一下订单号。", False)])
def test_sorry_opening_a_request_for_data_is_no_apology_for_a_grievance(auditors, opener, flagged):
    chat = [("customer", "你们寄来的滤芯型号不对，根本装不上，发货能不能上点心"),
            ("agent", opener),
            ("customer", "订单8813 2204 5567"),
            ("agent", "核对过了，仓库发成了旧款，已为您补发新款滤芯，明天发出，旧的不用寄回。"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("好，我先晾着。是我自己没看天气，怪不得别人，谢谢啊", False),
    ("好，我先晾着。刚才语气冲了，对不起啊，谢谢", True)])
def test_self_blame_is_no_apology_to_the_agent(auditors, said, flagged):
    chat = [("customer", "你好，麂皮鞋淋了雨，现在一块深一块浅"),
            ("agent", "您好，这里是洁履护理。先用干毛巾按压吸水，塞纸团放阴凉处晾干，别用吹风机。"),
            ("customer", said),
            ("agent", "不客气，晾干后还有水印的话可以送来做清洁复色，中号鞋是80元。" + _BYE)]
    assert ("apology_unacknowledged" in _cats(auditors, *chat, pack="generic")) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("所以我白跑了一趟？家里老人还等着用", False),
    ("所以我白跑了一趟？另外上门费还收吗", True)])
def test_a_reproach_asked_by_its_mark_alone_asks_nothing(auditors, said, flagged):
    chat = [("customer", "你好，约好今天上午修热水器，我请假在家等了一上午"),
            ("agent", "您好，这里是快修家客服。麻烦您提供一下订单号。"),
            ("customer", "KX0915-0032"),
            ("agent", "查到了，师傅上午的单子排错了，已经改到今天下午三点上门。"),
            ("customer", said),
            ("agent", "下午三点师傅会先电话联系您。"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("answer,flagged", [
    ("上课前老师会发链接，手机浏览器打开就能进，建议提前10分钟调试好耳机。", False),
    ("好的，周六上午10点给您约上了。", True)])
def test_a_figure_alone_in_common_speaks_of_no_detail_told(auditors, answer, flagged):
    chat = [("customer", "您好，孩子想学书法，有体验课吗"),
            ("agent", "您好，欢迎咨询墨香书法～有一节40分钟的线上体验课，9.9元。"),
            ("customer", "周六上午能约吗"),
            ("agent", "周六上午10点和11点都有位置，您看哪个合适？"),
            ("customer", "10点吧，需要准备什么软件吗"),
            ("agent", answer),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("answer,flagged", [
    ("5月的活动预计月初公布时间，具体价格以活动页面为准，到时候可以关注店铺首页。", False),
    ("5月的活动预计月初公布时间，到时候可以关注店铺首页。", True)])
def test_a_price_told_in_words_answers_a_sibling_question_naming_a_sum(auditors, answer, flagged):
    """(kind: 那5月大概什么时候，会降回99吗 → the time told, then the price in words: each clause may answer another of the
    message's questions, seed 000 对客户的每一个问题都认真回复; ``when.sibling_price``)"""
    chat = [("customer", "你好，这款筋膜枪上个月活动价99，现在怎么是129了"),
            ("agent", "您好，欢迎光临舒活运动～上个月是店庆限时价，活动结束后恢复日常价129元。"),
            ("customer", "那5月大概什么时候，会降回99吗"),
            ("agent", answer),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


def _handled(auditors, report, cause, apology, remedy, pick="好的，那就这样", pack="jd"):
    chat = [("customer", report),
            ("agent", "您好，欢迎光临安心家居。麻烦拍张照片给我看看具体情况。"),
            ("customer", "[图片]"),
            ("agent", cause),
            ("agent", apology),
            ("customer", "那怎么处理"),
            ("agent", remedy),
            ("customer", pick),
            ("agent", "好的。" + _BYE)]
    return "aftersales_flow" in _cats(auditors, *chat, pack=pack)


_CAUSE = "看到了，是出厂时这一批的胶没涂匀，不是您使用的问题。"
_APOLOGY = "给您添麻烦了实在抱歉，这事交给我，您放宽心。"


def test_the_customer_picking_an_offered_remedy_opens_no_new_case(auditors):
    """(kind: 您更倾向哪种？ → 补发新的吧，这个裂的我不想用了 — the customer picks a remedy, the case goes on; stop 50)"""
    remedy = "给您两个选择：补发一个新的，或者退款，您更倾向哪种？"
    assert not _handled(auditors, "收到的收纳箱盖子上有道裂纹", _CAUSE, _APOLOGY, remedy,
                        pick="补发新的吧，这个裂的我不想用了")


@pytest.mark.parametrize("apology,flagged", [
    ("真是我们的疏忽，亲别烦心，这个交给我～", False),
    ("真是我们的疏忽，实在抱歉。", True)])
def test_soothing_in_other_words_calms(auditors, apology, flagged):
    assert _handled(auditors, "收到的收纳箱盖子上有道裂纹", _CAUSE, apology,
                    "给您补发一个新的盖子，明天发出。") is flagged


@pytest.mark.parametrize("remedy,flagged", [
    ("这批的胶一般是补不好了，您先凑合用着。", True),
    ("给您补发一个新的盖子，明天发出。", False)])
def test_a_remedy_word_negated_is_no_remedy(auditors, remedy, flagged):
    assert _handled(auditors, "收到的收纳箱盖子上有道裂纹", _CAUSE, _APOLOGY, remedy) is flagged


@pytest.mark.parametrize("report", ["收到的收纳箱盖子上有道裂纹", "你们上门清洗的地毯，这两天一股霉味"])
def test_a_crack_or_a_smell_left_opens_a_case(auditors, report):
    assert _handled(auditors, report, _CAUSE, _APOLOGY, "这个情况我们已经详细记录下来了。")


@pytest.mark.parametrize("first,flagged", [
    ("这种一般是水箱一次加太多，倒掉一点就好了。", True),
    ("请问是开机就响，还是加水后才响？", False)])
def test_the_customers_dosing_guessed_first_is_out_of_order(auditors, first, flagged):
    chat = [("customer", "你好，加湿器用着用着底座就漏水"),
            ("agent", "您好，欢迎光临润物电器～" + first),
            ("customer", "我每次只加一半，开机就响"),
            ("agent", "那是水泵的密封圈漏了，属于产品故障，给您添麻烦了，实在抱歉，您别着急。"),
            ("customer", "那怎么办"),
            ("agent", "给您换一台新的，上门取件，运费我们出。"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("你好，前天收到的电水壶，东西没问题，就是单位发了一个，这个想退了", False),
    ("你好，前天收到的电水壶，烧水的时候底座漏水，想退了", True)])
def test_goods_said_fine_and_returned_are_no_case(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临暖壶小铺～还在7天无理由退货期内，在订单页申请退货就可以。"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("前脚刚加购后脚就涨了，电热毯有1.8米的吗", True),
    ("一百块说没就没，早知道那天就下单了。电热毯有1.8米的吗", True),
    ("你们这包装是纸糊的吧，电热毯有1.8米的吗", True),
    ("合着还是我用得不对？电热毯有1.8米的吗", True),
    ("早这么说不就完了，电热毯有1.8米的吗", True),
    ("这不是先把人骗进来再加价吗，电热毯有1.8米的吗", True),
    ("我是来买东西的，不是来受气的。电热毯有1.8米的吗", True),
    ("害我白等一晚上，电热毯有1.8米的吗", True),
    ("早知道就不找你们了，电热毯有1.8米的吗", True),
    ("早知道你们有1.8米的，电热毯有1.8米的吗", False)])
def test_more_grievances_without_tousu_are_owed_an_apology(auditors, said, flagged):
    chat = [("customer", said),
            ("agent", _PLAIN),
            ("customer", "1.8米的吧"),
            ("agent", "好的，1.8米的今天下单明天发出，预计两到三天送达，以物流为准。"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("行吧，下次我学聪明点", False), ("行吧，建议你们降价前提前通知老顾客", True)])
def test_the_customers_own_resolve_is_no_suggestion(auditors, said, flagged):
    chat = [("customer", "你好，我买的台灯上周降价了，能补差价吗"),
            ("agent", "您好，欢迎光临明亮灯饰～查了一下，您的订单已经超过价保时间了，这次没法补，真的很抱歉，让您失望了。"),
            ("customer", said),
            ("agent", "理解您的心情，" + _BYE)]
    assert ("suggestion_unacknowledged" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("opener,flagged", [
    ("您好。不好意思，打扰一下，麻烦再确认一下收货手机尾号。", True),
    ("您好。让您受惊了，实在抱歉，麻烦再确认一下收货手机尾号。", False)])
def test_sorry_to_bother_before_a_request_is_no_apology(auditors, opener, flagged):
    chat = [("customer", "你们的猫包是纸糊的吗？拉链刚用就崩开了"),
            ("agent", opener),
            ("customer", "3362"),
            ("agent", "核对了，这批拉链头确实有问题，给您换一个新的猫包，明天发出。"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


def test_a_remedy_word_naming_a_record_is_no_remedy(auditors):
    """(kind: 麻烦您把维修单号发我一下 before the cause is found — 维修 names the record, no remedy before the cause;
    ``remedy_noun_forms``)"""
    chat = [("customer", "上周送修的打印机拿回来，今天又卡纸了"),
            ("agent", "您好，欢迎光临快修打印。麻烦您把维修单号发我一下，我调一下记录。"),
            ("customer", "WX0915-0211"),
            ("agent", "查到了，上次是师傅没把搓纸轮装到位，是我们的疏忽，实在抱歉，您别着急。"),
            ("customer", "那怎么办"),
            ("agent", "明天上午安排师傅免费上门重新处理。"),
            ("customer", "行"),
            ("agent", _BYE)]
    assert "aftersales_flow" not in _cats(auditors, *chat)


def test_a_quotation_cut_in_two_by_the_sentences_asks_nothing(auditors):
    """(kind: 前台说“那个早过期了，您自己不看的吗” — the clerk's words reported, split by the sentence splitter; stop 50)"""
    chat = [("customer", "你好，我想说一下你们门店的事"),
            ("agent", "您好，这里是花漾美甲客服中心，请问有什么可以帮您？"),
            ("customer", "我就问能不能用会员卡，前台翻个白眼说“那个早过期了，您自己不看的吗”，当着好多人"),
            ("agent", "当着那么多人被这样对待，换谁都难堪，很抱歉我们服务不周。会员卡赠送的项目是11月底到期的，本该提前提醒您。"),
            ("customer", "希望她以后说话客气点"),
            ("agent", "您的意见我会转给店长，谢谢您告诉我们。" + _BYE)]
    assert "unanswered" not in _cats(auditors, *chat, pack="generic")


_FIXED = {"fresh34_chats": ("f34-c013", "f34-c014", "f34-c025", "f34-c026", "f34-c036", "f34-c038", "f34-c042",
                           "f34-c051"),
          "pool50_unhappy_n56a": ("n56a-c001", "n56a-c002", "n56a-c003", "n56a-c004", "n56a-c009", "n56a-c010",
                                  "n56a-c011", "n56a-c013", "n56a-c015", "n56a-c021", "n56a-c024"),
          "pool50_aftersales_n57a": ("n57a-c004", "n57a-c010", "n57a-c015", "n57a-c018", "n57a-c020", "n57a-c022",
                                     "n57a-c023"),
          "pool50_complaints_n58a": ("n58a-c002", "n58a-c003", "n58a-c007", "n58a-c009", "n58a-c011", "n58a-c015",
                                     "n58a-c022", "n58a-c024")}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_each_kind_set_right(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
