"""Issue 12, stop 57 (c57): the kinds behind the chat misses of fresh41_chats (read from this stop; it judged stop 56 by its
tables), fixed by kind.

* questions (seed 000: 对客户的每一个问题都认真回复):
  - how long the work or its effect holds (弄好能管多久 / 效果能维持多长时间) asks for a term, like how long a guarantee lasts:
    an answer telling only the price leaves it open; a term in days, weeks, months or years, or cover, answers it (the pack's
    ``term_question`` and ``term_words``, ``asked_for.term_unmet``);
  - a yes-or-no question of two characters asked beside another question of its turn (收多少？可以加急吗) is passed over when the
    answer names neither the two characters, nor opens on a yes or a no, nor tells a time: the answer went to the sibling
    (``sibling.passed_over``);
* thanks (004: 客户提出表扬时，应谦虚致谢): how the agent explained praised as a judgement of the telling (介绍得真细致 /
  讲得好透彻) wants thanks back; asking for more detail (讲得细一点) is no praise (the pack's ``service_praise_forms``);
* complaints (004: 客户抱怨, 先道歉): the shop's pace called careless (发件也太磨蹭了), the wait said bare (干等了一整天), the
  money paid set against the result (花了两百来块，就换来这个效果), and an order days old still shown as waiting to ship
  (四天了仍是待出库) are complaints without 投诉 (the pack's ``complaint_forms`` and ``waited_forms``);
* after-sales (seed 003 §售后: 查明原因 → 道歉 → 安抚 → 提供解决方案, for goods and work of the shop found faulty):
  - work of the shop named by more verbs (你们调的 / 在你们店重新串的 / 你们翻新的) is a case of its service, a remedy offered
    before anything is asked is out of order (the pack's ``shop_work_forms``); the work done again (免费返工 / 重做 / 返修) is a
    remedy (the pack's ``as_solution``);
  - an apology that says the customer's anger is understood (碰上这事您恼火太正常了，可以理解) soothes (the pack's ``as_soothing``);
  - a trouble of the customer's own thing, then goods bought with 我 before the verb (好，我下两条), was why they bought
    (the pack's ``buy_now_forms``, ``reports._buys_after``).
* the read half of stop 57's blind pool (pool57_answers_n66a): how long warmth holds (能暖多长时间) asks for a term (the
  pack's ``lasting_question``); a thing told in any turn to be years old (快五年了) is the customer's own at a repair shop
  (``Chat.owned_years``, ``services.service_asked``);
* follow-up (004: 需要查询的问题要回复结果): a hold that names what it checks, a word the customer asked about (橄榄绿还剩多少我去
  问下库房，您稍等), said inside an answer with more after it, is not come back from by the reply to a newer question that speaks
  of none of it (``followup._result_with_hold`` / ``_passed_over``; read from pool49, n55a-c009).
* after-sales: the case only noted and passed to the repairer (维修技师) with a lesson for later (接下来我们会加强…) offers no remedy
  (the pack's ``remedy_noun_forms`` and ``next_time_forms``; read from the service pool, n63b-c017).
* repair shops (read from the service pool): a thing bought years ago (买了两年) is the customer's own old thing, the purchase
  word inside the years no goods bought here (``services._bought_beyond_years``); the shop's name ending on the service it
  sells (欢迎光临XX维修服务) offers no remedy, nor does a part left as it was last time (没有更换) (the pack's
  ``shop_intro_forms`` / ``past_work_forms``).
* a purchase is read where its sentence ends (好嘞 那我拍了 谢谢 回头见), not only at the end of the message
  (``reports._buys_after``; read from pool52, n60a-c015).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.  Each kind
has a faulty chat and its clean twin; the read chats each kind set right are named by id below."""

from __future__ import annotations

import pytest

from chat_fixtures import assert_read_chats_exact, conv_categories


def _cats(auditors, *turns, pack="jd", step=20):
    return conv_categories(auditors[pack], turns, start="2026-11-24T10:00:00", step=step)


_BYE = "感谢您的咨询，祝您生活愉快，再见～"


# ---------------------------------------------------------------- questions: how long the effect holds
@pytest.mark.parametrize("reply,flagged", [
    ("上门处理是120元，含一瓶除味剂；柜子多的话每多一组加20元。", True),
    ("上门处理是120元，含一瓶除味剂；正常通风的话一般能管三四个月。", False),
    ("上门处理是120元，含一瓶除味剂；处理完半年内返味免费再来一次。", False)])
def test_how_long_the_work_holds_asks_for_a_term(auditors, reply, flagged):
    chat = [("customer", "你好，新打的衣柜一开门就呛鼻子，你们除味是怎么做的"),
            ("agent", "您好，欢迎光临岚川室内除味。师傅会先测一下浓度，再按柜体大小配药剂。"),
            ("customer", "上门一次多少钱？处理完效果能维持多长时间？"),
            ("agent", reply),
            ("customer", "那这周六早上能过来吗"),
            ("agent", "周六上午能安排，师傅九点后到，出门前会先跟您电话确认。"),
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- questions: a short yes-or-no passed over
@pytest.mark.parametrize("reply,flagged", [
    ("两把一起磨是45元，剪刀单磨20元；带锯齿的刀口要换专门的砂轮，价格一样。", True),
    ("两把一起磨是45元，剪刀单磨20元。可以加急，当天下午就能磨好寄出。", False),
    ("两把一起磨是45元，剪刀单磨20元，收到后第二天就能寄回。", False)])
def test_a_short_yes_or_no_beside_a_priced_question_is_passed_over(auditors, reply, flagged):
    chat = [("customer", "你好，菜刀和剪刀都钝了，你们能磨吗"),
            ("agent", "您好，欢迎光临岚川磨刀铺～菜刀剪刀都能磨，您是寄过来还是送到店里？"),
            ("customer", "寄过去。两把磨下来收多少？可以加急吗，下周要用"),
            ("agent", reply),
            ("customer", "那我怎么包比较好"),
            ("agent", "刀口用硬纸板包两层再缠胶带，外面装个小盒子就行。"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- thanks: the explanation praised
@pytest.mark.parametrize("said,back,flagged", [
    ("明白了，这位客服介绍得真细致。那一盒能泡几次", "一盒20包，一包泡一壶，一般能续水两三次。", True),
    ("明白了，这位客服介绍得真细致。那一盒能泡几次", "不客气，能帮上忙就好～一盒20包，一包泡一壶，一般能续水两三次。", False),
    ("能再讲得细一点吗？那一盒能泡几次", "一盒20包，一包泡一壶，一般能续水两三次。", False)])
def test_the_explanation_praised_wants_thanks_back(auditors, said, back, flagged):
    chat = [("customer", "你好，这个陈皮普洱和普通普洱有什么不一样"),
            ("agent", "您好，欢迎光临岚川茶铺～陈皮普洱是把熟普塞进新会柑皮里一起晒的，多了一股柑香，口感更顺。"),
            ("customer", said),
            ("agent", back),
            ("customer", "好，我拍一盒"),
            ("agent", _BYE)]
    assert ("thanks_unacknowledged" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- complaints without 投诉
@pytest.mark.parametrize("said", ["你们家发件也太磨蹭了，前天拍的拖到现在", "下单都四天了，页面上仍是待出库，到底几号发",
                                  "唉，干等了一整天，早知道去别家了"])
@pytest.mark.parametrize("reply,flagged", [("查到了，今天下午跟第二批一起走，物流号生成后订单里能看到。", True),
                                           ("非常抱歉让您久等了，查到今天下午跟第二批一起走，物流号生成后订单里能看到。", False)])
def test_a_wait_said_in_anger_is_a_complaint(auditors, said, reply, flagged):
    chat = [("customer", said),
            ("agent", "您好，欢迎光临岚川园艺资材，我帮您看一下订单。"),
            ("agent", reply),
            ("customer", "行吧"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("花了两百来块，就换来这个效果？", True), ("花了两百来块，效果挺好的。", False),
                                          ("不用白等了，我明天自己来取。", False)])
def test_the_money_set_against_the_result_is_a_complaint(auditors, said, flagged):
    chat = [("customer", "你们保养过的皮沙发今天送回来了"),
            ("agent", "您好，欢迎光临岚川皮具护理，东西到了就好，有事您留言。"),
            ("customer", said),
            ("agent", "保养后的皮面一周内别暴晒，平时用干布擦就行。"),
            ("customer", "知道了"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- after-sales: the shop's own work, more verbs
@pytest.mark.parametrize("first", ["你们调的二胡寄回来了，拉高音还是沙沙响", "上周在你们店重新串的手串，今天绳子就散了",
                                   "你们翻新的皮椅今天收到了，扶手颜色明显深一块"])
@pytest.mark.parametrize("replies,flagged", [
    (["您好，东西寄过来吧，返工不收钱，邮费店里包。"], True),
    (["您好，方便拍两张细节图吗？我先看看毛病出在哪。", "看到了，问题出在我们这边，实在对不住，给您添麻烦了。",
      "您先别急，东西寄过来我们免费返工，邮费店里包。"], False)])
def test_work_of_the_shop_named_by_more_verbs_is_a_case(auditors, first, replies, flagged):
    chat = [("customer", first), ("agent", replies[0])]
    if len(replies) > 1:
        chat += [("customer", "[图片]"), ("agent", replies[1]), ("agent", replies[2])]
    chat += [("customer", "好"), ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("sorry,flagged", [("封边这步是我们疏忽了，实在对不住，碰上这事您恼火太正常了，可以理解。", False),
                                           ("封边这步是我们疏忽了，实在对不住。", True)])
def test_anger_said_to_be_understood_soothes(auditors, sorry, flagged):
    chat = [("customer", "你们上周翻新的皮椅，扶手又起皮了，才坐了几天"),
            ("agent", "您好，起皮的地方拍张近照给我吧，我先弄清楚是怎么回事。"),
            ("customer", "[图片]"),
            ("agent", "看到了，扶手这里封边的油涂得太薄，一蹭就起皮了。" + sorry),
            ("agent", "封边我们免费重做，邮费全由店里出，您看行吗？"),
            ("customer", "行"),
            ("agent", "返修单已建好，东西寄出后告诉我物流号就行，" + _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("first,flagged", [("在吗，球拍线断了两根，打球老打偏", False),
                                           ("在吗，上个月在你们店买的球拍线，断了两根，打球老打偏", True)])
def test_goods_bought_after_a_trouble_of_ones_own(auditors, first, flagged):
    chat = [("customer", first),
            ("agent", "您好，球拍线属于消耗品，打得勤的话两三个月就要换，可以试试我们家这款耐打的。"),
            ("customer", "多少钱一条"),
            ("agent", "一条35元，两条60元。"),
            ("customer", "好，我下两条"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


# ---------------------------------------------------------------- the read half of stop 57's pool
@pytest.mark.parametrize("reply,flagged", [
    ("您好，欢迎光临暖宝宝暖手宝旗舰店！这款充电款活动价49元，比注水款贵8元，不用烧水灌水更省事。", True),
    ("您好，欢迎光临暖宝宝暖手宝旗舰店！充满一次正常能暖四到六个小时，冬天放被窝里能暖大半夜。", False)])
def test_how_long_warmth_holds_asks_for_a_term(auditors, reply, flagged):
    chat = [("customer", "你好，这个充电暖手宝充一次能暖多长时间？"),
            ("agent", reply),
            ("customer", "外面的布套能拆洗吗"),
            ("agent", "可以拆的，布套侧面是拉链，取下来冷水手洗就行。"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("told,flagged", [("快五年了，老款的", False), ("上个月在你们店买的", True)])
def test_a_thing_told_to_be_years_old_is_the_customers_own(auditors, told, flagged):
    # (the trouble told in anger to a repair shop, the thing then told to be years old: why the repair is bought, no case
    # of the shop's goods; ``Chat.owned_years`` read on any customer turn)
    chat = [("customer", "这破热水壶又不跳闸了！水开了还一直烧"),
            ("agent", "您好，欢迎光临岚川小家电维修，我是客服小林。温控器失灵确实危险，先别再用了。这个壶大概用了多久了？"),
            ("customer", told),
            ("agent", "听您说的比较像温控片老化，换一个温控器就好，检测免费，换件35元，寄回运费我们承担。"),
            ("customer", "那行，我明天寄"),
            ("agent", "好的，壶擦干后装盒寄来，盒里留个联系电话就行，" + _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("back,flagged", [
    ("机身侧面有个按钮，按一下就开始计时，到点自动停火。", True),
    ("库房回话了，橄榄绿还有十来个，拍下后第二天出库。机身侧面有个按钮，按一下就开始计时，到点自动停火。", False)])
def test_a_named_check_passed_over_for_a_newer_question(auditors, back, flagged):
    # (the hold names what it checks, 橄榄绿, inside an answer about the goods with more said after it; the reply to the
    # newer question that speaks of no stock is no result of the check: ``followup._passed_over``)
    chat = [("customer", "你好，想给家里添个小电煮锅，两个人用"),
            ("agent", "您好，欢迎光临岚川小家电。两个人用的话推荐1.5升的款，煮面煮粥都够，您喜欢什么颜色呢？"),
            ("customer", "想要橄榄绿的"),
            ("agent", "1.5升这款有奶白和橄榄绿两种。橄榄绿还剩多少我去问下库房，您稍等。这款锅身带防干烧，空烧会自动断电。"),
            ("customer", "能定时吗"),
            ("agent", back),
            ("customer", "好，我再看看"),
            ("agent", _BYE)]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("last,flagged", [
    ("您反映的问题我都仔细登记好了，也转给维修技师了，接下来我们会加强装轮后的拉拽测试。", True),
    ("您把箱子寄回来，我们免费给您换新轮子，往返邮费都由店里出。", False)])
def test_a_case_noted_and_passed_to_the_repairer_offers_no_remedy(auditors, last, flagged):
    # (维修 in the repairer's title, 维修技师, and a lesson for later, 接下来我们会加强…, offer nothing for this case: the pack's
    # ``remedy_noun_forms`` and ``next_time_forms``; read from the service pool, n63b-c017)
    chat = [("customer", "你好，前阵子送你们店修的拉杆箱轮子，今天又掉了一个"),
            ("agent", "您好，欢迎光临岚川箱包修理铺，方便拍下掉轮的位置吗？"),
            ("customer", "[图片]"),
            ("agent", "收到图了，是轮轴的卡扣没压紧，走了几趟就松脱了，这是我们的疏忽，实在对不起，耽误您出门了。您别急，箱体本身完好。"),
            ("agent", last),
            ("customer", "行吧"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("told,flagged", [("孩子没事，就是烤箱惨了，台式的，买了三年多", False), ("孩子没事，就是烤箱惨了，上个月在你们店买的", True)])
def test_bought_years_ago_is_no_purchase_here(auditors, told, flagged):
    # (买了三年多 tells how old the thing is; the purchase word inside the years is no goods bought here:
    # ``services._bought_beyond_years``)
    chat = [("customer", "烤箱让我家小孩碰翻了，门上玻璃裂了道缝，现在烤东西一边生一边糊"),
            ("agent", "您好，欢迎光临岚川小家电维修，我是客服小林。孩子没伤着吧？玻璃裂了先别再通电。这台烤箱入手多久了？"),
            ("customer", told),
            ("agent", "这种一般换门玻璃再校一下温控，检测后报价，大概在80到120元之间，寄回运费我们承担。"),
            ("customer", "行，那我寄过来"),
            ("agent", "好的，烤箱用泡沫包好再装箱，盒里放张写着电话的纸条就行，" + _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("first,flagged", [
    ("晚上好，欢迎光临岚川水泵维修服务，我是客服小周。单号方便给一下吗？响声是一直有，还是刚通电时才有？", False),
    ("晚上好，我们马上给您免费返修。单号方便给一下吗？响声是一直有，还是刚通电时才有？", True)])
def test_a_shop_name_ending_on_its_service_offers_no_remedy(auditors, first, flagged):
    # (维修服务 at the end of the shop's name, after 欢迎光临 and before the agent's introduction, is no remedy offered before
    # the cause; a part left as it was last time, 轴套没有更换, tells the cause: the pack's ``shop_intro_forms`` /
    # ``past_work_forms``)
    chat = [("customer", "你们上周修好的水泵，这两天又嗡嗡响了，吵得睡不着"),
            ("agent", first),
            ("customer", "单号5512，一直响"),
            ("agent", "翻了下单子，那次只换了扇叶，轴套没有更换，响声多半出在轴套上，是那回检测漏了这一步。"),
            ("agent", "实在对不起，修好没几天又出问题，耽误您养鱼了。您别担心，这次一定处理好。"),
            ("agent", "这次免费给您返修，快递员上门来取，邮费店里付，换轴套不另收钱。"),
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("last", ["好嘞 那我拍了", "好嘞 那我拍了 谢谢 回头见～"])
def test_a_purchase_read_where_its_sentence_ends(auditors, last):
    # (the purchase, 那我拍了, ends its sentence, not the message: 谢谢 and a goodbye may follow; ``reports._buys_after``)
    chat = [("customer", "在吗，这个硅胶锅铲是不是有股怪味儿"),
            ("agent", "您好，新铲子头一回用会有点硅胶的气味，开水烫一遍、晾一晚就淡了。"),
            ("customer", "能进洗碗机吗"),
            ("agent", "可以的，放上层洗就行，别用钢丝球擦。"),
            ("customer", last),
            ("agent", "感谢您的支持，用着有问题随时来找我，再见～")]
    assert "aftersales_flow" not in _cats(auditors, *chat)


_FIXED = {"pool57_answers_n66a": ("n66a-c007",), "pool54_services2_n63b": ("n63b-c004", "n63b-c008", "n63b-c013", "n63b-c017"), "pool49_followup_n55a": ("n55a-c009",), "pool52_endings_n60a": ("n60a-c015",),
          "fresh41_chats": ("f41-c005", "f41-c015", "f41-c030", "f41-c032", "f41-c040", "f41-c045", "f41-c048", "f41-c049",
                            "f41-c052")}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_each_kind_set_right(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
