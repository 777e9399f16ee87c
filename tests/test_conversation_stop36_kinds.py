"""Issue 12, stop 36 (c36): kinds of situation behind the misses of the stop-35 judge (fresh20, now read), fixed in how
turns and needs are read — ``checks/followup.py``, ``checks/repeat.py``, ``checks/timing.py``, ``checks/closing.py``,
``checks/complaint.py``, ``checks/aftersales.py``, ``audit/beside.py``, ``audit/settle.py`` — and in pack data
(``zhijian/data/packs/common.yaml``: ``wh_question_words``, ``closing_thanks``, ``words.apology_reply`` and
``words.aftersales`` forms).  Every chat is written for this test from the seeds (000 漏回复; 002/003 结束语; 003 §售后 and
超时致歉; 004 查询后回复结果 / 不让顾客重复 / 致歉时回应“没关系” / 客户抱怨); none is a sentence of a read set.  Each kind is
checked in several wordings, and both ways where a clean shape exists."""

from __future__ import annotations

import pytest


from chat_fixtures import conv_categories

_BYE = "好嘞，愿您诸事顺遂，回头见～"



def _cats(auditors, *turns, pack="jd", start="2025-09-03T10:00:00"):
    return conv_categories(auditors[pack], turns, start=start)


# kind 1: the agent says they will check a named thing (who is free when), answers another matter next, and the customer then
# tells a wish of their own that shares a word with the check (the day) and asks nothing; the agent answers that wish only and
# ends: the check never came back (004: 需要查询的问题要回复结果).  Telling is no asking again: followup.py ``_forgotten`` lets
# only a sentence that asks take the held need up again.
_CHECKS = [
    ("我想请个保洁阿姨做开荒，王阿姨这周四还能排上吗", "王阿姨周四的档期我去问问，您略等等。",
     "开荒打扫看面积定价，一百平以内是六百八，拖把抹布药水我们自带。", "验收也得放在周四，别的日子我不在家",
     "验收可以约在打扫完的当天，走之前会带您逐个房间看一遍。", "那王阿姨周四到底能不能来？", "能来的，她周四早上九点到。"),
    ("想约周老师的钢琴课，周老师礼拜六晚上有空吗", "周老师礼拜六的课表我去查查，您稍等。",
     "钢琴课是一对一上的，每节四十五分钟，收费两百元。", "体验课也得礼拜六，平时孩子要上学",
     "体验课可以排在周末，报名后前台会跟您约具体时段。", "周老师礼拜六晚上有没有空？", "有空的，晚上七点那节还空着。"),
    ("我家狗要洗澡，李师傅明儿下午能接吗", "李师傅明儿的预约情况我去核对下，您稍候。",
     "洗澡按体型收费，中型犬是八十元，含吹干和梳毛。", "剪指甲也一起放明儿吧，省得多跑一趟",
     "剪指甲是十五元一次，可以和洗澡一起做。", "李师傅明儿下午能接吗？", "可以接，明儿三点带过来就行。"),
]


def _check_chat(ask, hold, info, wish, reply):
    return [("customer", ask, 0), ("agent", f"您好！{hold}", 20), ("customer", "好的", 40), ("agent", info, 70),
            ("customer", wish, 100), ("agent", reply, 130), ("customer", "嗯嗯知道了", 160), ("agent", _BYE, 180)]


@pytest.mark.parametrize("ask, hold, info, wish, reply, again, result", _CHECKS)
def test_a_wish_told_after_a_named_check_is_no_asking_again(auditors, ask, hold, info, wish, reply, again, result):
    assert "followup_missed" in _cats(auditors, *_check_chat(ask, hold, info, wish, reply))


@pytest.mark.parametrize("ask, hold, info, wish, reply, again, result", _CHECKS)
def test_the_check_asked_again_and_answered(auditors, ask, hold, info, wish, reply, again, result):
    # the customer asks the held need again and the agent answers it: the result came
    assert "followup_missed" not in _cats(auditors, *_check_chat(ask, hold, info, again, result))


# kind 2: the agent answers one of two questions and passes the other over, and the customer points back to where they wrote
# it (the pack's said_before forms: 最开始就写了 / 上面那条里写着 / 开头就写了): they had to say it again (004: 不让顾客重复) —
# not only after the agent asked for it again (repeat.py)
@pytest.mark.parametrize("first, answer1, pointer, answer", [
    ("这只电饭锅内胆啥材质？能预约定时吗？", "您好，内胆是陶瓷釉面，不粘锅好打理。", "预约的事我最开始就写了",
     "抱歉漏看了，可以预约，最长能定二十四小时。"),
    ("这个书包有几个夹层？肩带能调长短吗？", "您好，一共三个夹层，前面还有个小口袋。", "肩带呢，上面那条里写着",
     "抱歉，肩带可以调，调节扣在背后。"),
    ("这款猫厕所尺寸多大？带不带除臭？", "您好，长五十宽四十，高度四十五厘米。", "除臭开头就写了呀", "抱歉，底部有活性炭除臭盒。"),
])
def test_pointing_back_after_a_question_passed_over(auditors, first, answer1, pointer, answer):
    turns = [("customer", first), ("agent", answer1), ("customer", pointer), ("agent", answer), ("customer", "好"),
             ("agent", _BYE)]
    assert "asked_to_repeat" in _cats(auditors, *turns)


def test_pointing_back_with_nothing_passed_over_is_no_repeat(auditors):
    # both questions answered: the customer's 上面写着 points at data for the order, no question was passed over
    turns = [("customer", "这只电饭锅是四升的吗？内胆啥材质？我住杭州拱墅区湖墅路九号"),
             ("agent", "您好，是四升款，内胆是陶瓷釉面。"), ("customer", "行，那就拍了，地址我上面写着呢"),
             ("agent", "明白，收货地记住了，傍晚前交给快递。"), ("customer", "好"), ("agent", _BYE)]
    assert "asked_to_repeat" not in _cats(auditors, *turns)


# kind 3: 谁 before a verb with a complement of ability (谁看得清 / 谁受得了 / 谁能分得出来) says "no one could": a reproach put as a
# question, no need to answer (the pack's wh_question_words)
@pytest.mark.parametrize("reproach", [
    "说明书上的字印得这么淡，谁看得清",
    "快递放在门口淋了一夜雨，谁受得了，纸箱都泡烂了",
    "两种口味外袋长得一个样，谁能分得出来",
])
def test_who_could_is_a_reproach_not_a_question(auditors, reproach):
    turns = [("customer", "麦片袋子上怎么没写冲法"), ("agent", "您好，冲泡方法在外袋背面，热水冲三分钟即可。"),
             ("customer", reproach), ("agent", "真是对不住，我把冲泡步骤打成文字发您一份。"),
             ("customer", "行吧"), ("agent", _BYE)]
    assert "unanswered" not in _cats(auditors, *turns)


@pytest.mark.parametrize("text, asks", [
    ("旧空调谁来拆", True), ("运费谁出", True), ("这单找谁开发票", True),
    ("字这么小谁看得清", False), ("这么贵谁买得起", False), ("等一个星期谁受得了", False),
])
def test_who_asks_unless_no_one_could(auditors, text, asks):
    from zhijian.audit.needs import clause_asks

    assert clause_asks(auditors["jd"].config, text) is asks


# kind 4: a reply after a long wait that the model only half reads as kind (a warm word about who the goods suit) apologises for
# nothing (003: 超时后先致歉; 004: 谢谢耐心等候): timing.py reads empathy at the pack's act_confidence
_SLOW = [
    ("这个键盘是什么轴的", "您好～这款是茶轴的。", "手感能软一些不？我一天打字八小时",
     "支持的，这款键盘手感偏软，对长时间打字的人很友好。"),
    ("这个加湿器多大容量", "您好～水箱是四升的。", "吵不吵人？我晚上睡不着", "支持的，这台加湿器噪音很小，对失眠的人比较友好。"),
    ("这台风扇有几个档位", "您好～一共五个档位。", "夜里开着吵不吵？我睡觉轻", "带静音档的，夜里开着也安静，对睡眠浅的人比较友好。"),
]


@pytest.mark.parametrize("first, answer, second, slow_answer", _SLOW)
def test_a_slow_answer_with_a_kind_word_is_no_apology(auditors, first, answer, second, slow_answer):
    turns = [("customer", first, 0), ("agent", answer, 20), ("customer", second, 50),
             ("agent", slow_answer, 260), ("customer", "好", 290), ("agent", _BYE, 310)]
    assert "slow_no_apology" in _cats(auditors, *turns)


@pytest.mark.parametrize("first, answer, second, slow_answer", _SLOW)
def test_a_slow_answer_with_an_apology_is_fine(auditors, first, answer, second, slow_answer):
    turns = [("customer", first, 0), ("agent", answer, 20), ("customer", second, 50),
             ("agent", f"不好意思回复晚了，{slow_answer}", 260), ("customer", "好", 290), ("agent", _BYE, 310)]
    assert "slow_no_apology" not in _cats(auditors, *turns)


# kind 5: the agent asked back (which day), the customer tells it and asks a yes-or-no question of their own in the same turn;
# the agent's reply only takes up what was told (the booking confirmed) and says nothing the question asks — the service named
# since the first turn is its setting: it stays open (000 漏回复; beside.py ``speaks_of_told``).  A reply that also answers it
# settles it.
@pytest.mark.parametrize("first, ask_back, told, question, confirm, answer", [
    ("想约师傅上门换纱窗，住锦绣小区3栋", "师傅哪天来合适？", "下周二下午吧", "换纱窗的时候需要我先把窗台上的花盆搬走吗？",
     "给您排在下周二下午14:00-17:00上门换纱窗，师傅出门时打您电话。", "花盆不用搬，师傅到了顺手挪开再装。"),
    ("你好，买的双开门冰箱想改个送货时间", "请问您方便哪天收货？", "周五早上，我都在", "送冰箱那天楼道里的自行车要我先挪走吗？",
     "好的，冰箱已改成周五上午09:00-12:00配送，司机出发前会跟您联系。", "自行车不需要您挪，师傅搬运时会注意避让。"),
    ("你好，家里油烟机想约个深度清洗", "请问您想安排在哪一天？", "就这周日上午吧", "清洗油烟机时厨房的柜子用不用清空？",
     "好的，本周日上午的油烟机清洗约上了，出门前师傅打您电话。", "柜子不用清空，师傅会用防护膜盖好。"),
])
def test_a_reply_about_what_was_told_leaves_the_question_open(auditors, first, ask_back, told, question, confirm, answer):
    turns = [("customer", first), ("agent", "您好，上门服务这边收到～"), ("agent", ask_back),
             ("customer", f"{told}。{question}"), ("agent", confirm), ("customer", "好的"), ("agent", _BYE)]
    assert "unanswered" in _cats(auditors, *turns)
    fine = turns[:4] + [("agent", f"{confirm}{answer}")] + turns[5:]
    assert "unanswered" not in _cats(auditors, *fine)


# kind 6: two yes-or-no questions of one turn about two parts (隔板 / 侧板, 风嘴 / 机身); a clause that names one part says of it
# what the other question asked of the other part (这款风嘴可以折叠收纳 for 机身能不能折叠收纳): it speaks of the first part, it
# does not answer the second, however many words of it it says back (000: 对客户的每一个问题都认真回复; settle.py ``_other_thing``)
@pytest.mark.parametrize("q1, q2, answer, both", [
    ("这个书架的隔板够不够厚", "侧板能不能前后调节", "这款隔板能前后调节位置，板厚有两厘米，放满书也够厚实。",
     "隔板有两厘米厚，放满书也够厚实，侧板也能前后调节。"),
    ("这只吹风筒的风嘴会不会烫", "机身能不能折叠收纳", "这款风嘴可以折叠收纳，带了隔热层，吹久了也不会烫。",
     "风嘴有隔热层，吹久了也不会烫，机身也能折叠收纳。"),
    ("这口电饭锅的内胆厚不厚", "锅盖能不能拆开清洗", "这款内胆可以拆开清洗，壁厚有三毫米，挺厚实的。",
     "内胆壁厚有三毫米，挺厚实的，锅盖也能拆开清洗。"),
])
def test_a_clause_about_one_part_does_not_answer_the_other(auditors, q1, q2, answer, both):
    turns = [("customer", "你好"), ("agent", "您好呀，店里在的，想了解哪款呢？"), ("customer", f"{q1}？{q2}？"),
             ("agent", answer), ("customer", "好的"), ("agent", _BYE)]
    assert "unanswered" in _cats(auditors, *turns)
    assert "unanswered" not in _cats(auditors, *turns[:3], ("agent", both), *turns[4:])


# kind 7: the agent's last clause thanks the customer for something named (感谢光顾 / 多谢您的配合 / 谢谢您抽空咨询): the
# closing's thanks (002: 结束对话时…感谢您关注…; 003: 最后一句结束语必须由我们客服来结束); a bare 谢谢 is not one
@pytest.mark.parametrize("last", ["登记妥当了，感谢光顾", "单子改妥了，多谢您的配合", "好的，资料已发送，谢谢您抽空咨询"])
def test_a_last_clause_of_thanks_closes_the_chat(auditors, last):
    turns = [("customer", "收货电话要换一个"), ("agent", "您好，请把新的电话发我一下。"), ("customer", "138xxxx2211"),
             ("agent", last)]
    assert "missing_closing" not in _cats(auditors, *turns)


def test_a_bare_thanks_is_no_closing(auditors):
    turns = [("customer", "收货电话要换一个"), ("agent", "您好，请把新的电话发我一下。"), ("customer", "138xxxx2211"),
             ("agent", "改好了，谢谢")]
    assert "missing_closing" in _cats(auditors, *turns)


# kind 8: the customer apologises for leaving the chat a while; the agent denies the trouble without 一点 (没打扰到我们哈 / 不会
# 耽误的 / 并没有影响): 004 致歉时回应“没关系”, in other words (the pack's words.apology_reply forms)
@pytest.mark.parametrize("reply", ["没打扰到我们哈，", "不会耽误的，", "并没有影响的，"])
def test_trouble_denied_answers_an_apology(auditors, reply):
    turns = [("customer", "你好，这款沙发有没有现货", 0), ("agent", "您好，烟灰和奶白都还有货。", 20),
             ("customer", "抱歉刚才临时出去接了个孩子。米白的坐垫能拆洗吗", 900),
             ("agent", f"{reply}米白款坐垫套带拉链，拆下来能单独洗。", 920), ("customer", "好的", 950),
             ("agent", _BYE, 970)]
    assert "apology_unacknowledged" not in _cats(auditors, *turns)


def test_an_answer_alone_leaves_the_apology_unanswered(auditors):
    turns = [("customer", "你好，这款沙发有没有现货", 0), ("agent", "您好，烟灰和奶白都还有货。", 20),
             ("customer", "抱歉刚才临时出去接了个孩子。米白的坐垫能拆洗吗", 900),
             ("agent", "米白款坐垫套带拉链，拆下来能单独洗。", 920), ("customer", "好的", 950),
             ("agent", _BYE, 970)]
    assert "apology_unacknowledged" in _cats(auditors, *turns)


# kind 9: a trouble told in words no list holds, the agent asks about the cause, the customer tells the details, the agent tells
# the cause and apologises; the customer's reaction names the fault, and the agent soothes and gives the remedy: the case was in
# order from the question on (003 §售后 查明原因 → 道歉 → 安抚 → 方案; aftersales.py ``_looked_into``)
@pytest.mark.parametrize("trouble, details, cause, reaction", [
    ("上礼拜入手一台扫地机，最近老在客厅转圈圈", "三四天了吧，地上也没东西挡着，充电正常",
     "清楚了，多半是前面的防撞传感器沾了灰失灵了。真是抱歉，出厂前该提醒您定期擦拭，让您费心了。",
     "才用一周传感器就失灵了？"),
    ("前阵子入手的电水壶烧水越来越慢", "大概半个月了，水量正常，也没有报警",
     "清楚了，壶底结了一层水垢会让加热变慢，北方水硬的地方比较常见。很抱歉没在详情页提醒您，让您费心了。",
     "才半个月就结这么多水垢，加热坏了吧？"),
])
def test_a_case_looked_into_before_the_fault_was_named(auditors, trouble, details, cause, reaction):
    turns = [("customer", trouble), ("agent", "您好，我先问两句：这个情况出现多久了？平常用着有没有异常提示？"),
             ("customer", details), ("agent", cause), ("customer", reaction),
             ("agent", "遇上这种事难免着急，您放心哈，机子本身没有坏，清理干净就好用了。"),
             ("agent", "我这边的安排是：包邮送您一套清洁工具，附上图文步骤，这样安排您同意吗？"),
             ("customer", "可以"), ("agent", "工具已经登记寄出，添了这些麻烦再说声抱歉，愿您用得顺心！")]
    assert "aftersales_flow" not in _cats(auditors, *turns)


def test_a_remedy_before_any_question_is_still_out_of_order(auditors):
    # the agent named the remedy before asking anything: no question back to read the case from
    turns = [("customer", "上礼拜入手一台扫地机，最近老在客厅转圈圈"), ("agent", "您好，直接换一台新的给您吧。"),
             ("customer", "三四天了吧，地上也没东西挡着，充电正常"),
             ("agent", "清楚了，多半是防撞传感器沾了灰。真是抱歉，让您费心了。"), ("customer", "才用一周传感器就失灵了？"),
             ("agent", "您放心，换新的寄出前会先检测。"), ("customer", "好"), ("agent", _BYE)]
    assert "aftersales_flow" in _cats(auditors, *turns)


# kind 10: a liquid leaking or seeping out of the goods, whatever the liquid (渗油 / 漏奶 / 渗汁), is a fault of the goods (003
# §售后, the pack's words.aftersales forms): a return offered at once skips the cause
@pytest.mark.parametrize("fault", ["我买的油壶底下一直渗油", "刚买的奶瓶喂的时候老漏奶", "我买的密封罐装酱菜会渗汁"])
def test_a_leak_is_a_fault_of_the_goods(auditors, fault):
    turns = [("customer", fault), ("agent", "亲去订单里点一下退货退款哈"),
             ("customer", "行吧，退款要多久"), ("agent", "东西寄回仓库两天内就退给您哈"), ("customer", "好"),
             ("agent", "多谢亲的信任，愿您天天开心")]
    assert "aftersales_flow" in _cats(auditors, *turns, pack="taobao")


# ... and a fault told by a customer who says they like the goods (the pack's goods_praised words, not denied) is a case to
# handle, not anger at the shop, however sure the model is of a complaint (004 客户抱怨; complaint.py ``_fond``)
_FOND = [("我很喜欢这个油壶的造型，就是油会从壶嘴下面渗出来", "这油壶拿着一点都不舒服，油还会从壶嘴下面渗出来"),
         ("我真挺喜欢这个便当盒的，就是粥会从扣子那里漏出来", "这饭盒拿着一点都不舒服，粥还会从扣子那里漏出来"),
         ("可是我很喜欢这个罐子的样子，就是汁会从盖子缝里渗出来", "这罐子用着不满意，汁老从盖子缝里渗出来")]


def _fault_chat(told):
    return [("customer", "东西到了，有点毛病"), ("agent", "亲，哪里不对劲呢"), ("customer", told),
            ("agent", "亲点一下换货就行，寄一个全新的过去"), ("customer", "那换一个得几天"),
            ("agent", "东西寄回仓库两天内就发新的哈"), ("customer", "好"), ("agent", "多谢亲的信任，愿您天天开心")]


@pytest.mark.parametrize("fond, cross", _FOND)
def test_fondness_with_a_fault_is_no_anger(auditors, fond, cross):
    assert "complaint_no_apology" not in _cats(auditors, *_fault_chat(fond), pack="taobao")


@pytest.mark.parametrize("fond, cross", _FOND)
def test_praise_denied_with_a_fault_is_still_heard(auditors, fond, cross):
    # (一点都不舒服 / 不满意: the praise word denied is no fondness; the model's complaint stands)
    assert "complaint_no_apology" in _cats(auditors, *_fault_chat(cross), pack="taobao")


def test_a_leak_denied_reports_nothing(auditors):
    turns = [("customer", "这只保温桶装汤会不会漏汤"), ("agent", "您好，盖子内圈带硅胶垫，装汤不会漏，放心用。"),
             ("customer", "行，那就拍一个"), ("agent", _BYE)]
    assert "aftersales_flow" not in _cats(auditors, *turns)
