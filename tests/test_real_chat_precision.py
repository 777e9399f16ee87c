"""Issues 11/12: false alarms found by reading flagged real customer-service chats, fixed at their cause.

The chats read are research data that must not ship; every sentence here is written for this test from the seeds'
rules (000 漏回复/重复发送/强制结束, 003 售后, 004 致谢/致歉/建议/投诉/不让顾客重复), and each kind is checked both
ways: the false alarm is gone, the true finding of the same kind stays.
"""

from __future__ import annotations

import datetime as dt

import pytest

from zhijian.audit import Auditor
from zhijian.audit.conversation import Conversation, Message
from zhijian.engine.inspector import Inspector

from chat_fixtures import CST, conv_categories

_BYE = "多谢光临小店，祝您周末开心，回见"


@pytest.fixture(scope="module")
def auditor():
    return Auditor("jd")


def _cats(auditor, *turns):
    return conv_categories(auditor, [(r, x) for r, x in turns])


# --------------------------------------------------------------- thanks answered in forms the check did not know
@pytest.mark.parametrize("reply", ["客气的亲，还有别的要问吗", "没事的哦，您还有其他疑问吗", "别客气呀，有事随时找我",
                                   "谢谢亲的体谅，还有别的要问吗", "多谢您的配合哈，还有别的要问吗",
                                   "好的呢 我也真心谢谢您呀 还有别的要问吗"])
def test_thanks_answered_in_other_words_is_answered(auditor, reply):
    cats = _cats(auditor, ("customer", "这款床垫有几种厚度"), ("agent", "您好，有十厘米和十五厘米两种"),
                 ("customer", "明白了，谢谢"), ("agent", reply), ("customer", "暂时没有了"), ("agent", _BYE))
    assert "thanks_unacknowledged" not in cats


@pytest.mark.parametrize("reply", ["还有别的要问吗", "麻烦给小妹打个五星，谢谢您啦"])
def test_thanks_met_with_an_offer_or_a_rating_request_only_is_still_unanswered(auditor, reply):
    cats = _cats(auditor, ("customer", "这款床垫有几种厚度"), ("agent", "您好，有十厘米和十五厘米两种"),
                 ("customer", "明白了，谢谢"), ("agent", reply), ("customer", "暂时没有了"), ("agent", _BYE))
    assert "thanks_unacknowledged" in cats


@pytest.mark.parametrize("words, thanks", [("给你打了五星，不用谢哈", False), ("好评已经给啦，谢谢你", True)])
def test_the_customer_answering_the_agents_thanks_wants_no_thanks_back(auditor, words, thanks):
    cats = _cats(auditor, ("customer", "帮我查下这单到哪了"), ("agent", "您好，包裹已到本市分拣中心，明天送达"),
                 ("customer", "好的"), ("agent", "麻烦您稍后给个评价，谢谢您了"), ("customer", words))
    assert ("thanks_unacknowledged" in cats) is thanks


@pytest.mark.parametrize("words, thanks", [("盼到花都谢了还没来", False), ("等得花儿也谢了", False), ("好嘞，谢了", True)])
def test_flowers_wilting_while_waiting_are_no_thanks(auditor, words, thanks):
    cats = _cats(auditor, ("customer", "我的包裹到哪了"), ("agent", "您好，目前在转运中心"), ("customer", words),
                 ("agent", "预计后天可以送到"))
    assert ("thanks_unacknowledged" in cats) is thanks


@pytest.mark.parametrize("words", ["钱已经付了，请尽快安排哈！谢谢！", "付完款了 请早点发出来哟!谢谢!", "单号 88120456 谢谢"])
def test_thanks_for_a_request_or_for_details_handed_over_is_answered_by_serving_it(auditor, words):
    cats = _cats(auditor, ("customer", "哈喽"), ("agent", "您好呀，露营装备店为您服务"), ("customer", words),
                 ("agent", "收到，已经为您处理妥当"))
    assert "thanks_unacknowledged" not in cats


def test_thanks_after_an_ack_with_details_still_thank_for_the_answer(auditor):
    cats = _cats(auditor, ("customer", "退款多久到账"), ("agent", "您好，原路退回一般三个工作日"),
                 ("customer", "单号 88120456 好的谢谢"), ("agent", "还有别的要问吗"))
    assert "thanks_unacknowledged" in cats


# --------------------------------------------------------------- an answer the unanswered check did not see
@pytest.mark.parametrize("yes", ["嗯呢", "是的哦", "对的亲"])
def test_a_bare_yes_answers_the_question_just_asked(auditor, yes):
    cats = _cats(auditor, ("customer", "这件外套能机洗吗"), ("agent", yes), ("customer", "那大概多久能发货"),
                 ("agent", "今天下午四点前发出"), ("customer", "好的"), ("agent", _BYE))
    assert "unanswered" not in cats


def test_a_bare_yes_answers_the_newest_question_not_the_oldest_one_left_open(auditor):
    turns = [("customer", "怎么这件比那件贵"), ("agent", "麻烦发一下商品链接"), ("customer", "这件是活动价吗"),
             ("agent", "是的哦"), ("customer", "活动结束后多少钱"), ("agent", "以页面上的价格为准"), ("customer", "好吧"),
             ("agent", _BYE)]
    t0 = dt.datetime(2025, 3, 12, 14, tzinfo=CST)
    res = auditor.audit(Conversation(id="t", messages=[Message(r, x, t0 + dt.timedelta(seconds=20 * k))
                                                       for k, (r, x) in enumerate(turns)]))
    # the first question, asked back about and never answered, is the one left open; 是的哦 answered the second
    assert [f.turn for f in res.findings if f.category == "unanswered"] == [0]


def test_a_bare_yes_after_a_question_asking_no_yes_or_no_answers_nothing(auditor):
    cats = _cats(auditor, ("customer", "这件外套大概几天能到"), ("agent", "嗯呢"), ("customer", "好吧"), ("agent", _BYE))
    assert "unanswered" in cats


def test_the_words_announcing_a_question_with_its_setting_are_no_question_of_their_own(auditor):
    cats = _cats(auditor, ("customer", "我想问一下，帐篷要是退掉 运费险给报销吗"), ("agent", "会报销的，寄回运费走运费险"),
                 ("customer", "好的"), ("agent", _BYE))
    assert "unanswered" not in cats


def test_two_questions_answered_once_still_leave_one_open(auditor):
    cats = _cats(auditor, ("customer", "帐篷的票怎么开 另外运费险给报销吗"), ("agent", "票据在我的订单里点开票就行"),
                 ("customer", "好的"), ("agent", _BYE))
    assert "unanswered" in cats


@pytest.mark.parametrize("reply, open_", [("好的呢 您这边还有啥需要帮到的吗?", False), ("好的 那还有别的事情需要帮您吗?", False),
                                           ("那还有别的事情需要帮您吗?", True)])
def test_an_ack_takes_a_request_on_before_the_closing_offer(auditor, reply, open_):
    cats = _cats(auditor, ("customer", "包裹三天没挪窝了"), ("agent", "您好，目前显示在中转仓"),
                 ("customer", "行，那麻烦帮我催下物流"), ("agent", reply))
    assert ("unanswered" in cats) is open_


@pytest.mark.parametrize("back, missed", [("查到啦，目前缺货，补货后就发货", False), ("帮您核实过了，缺货，采购在补", False),
                                          ("目前缺货，补货后就发货", True)])
def test_a_result_told_as_found_brings_back_the_check(auditor, back, missed):
    cats = _cats(auditor, ("customer", "我买的露营灯到哪了"), ("agent", "稍候片刻，小店帮您查查"),
                 ("customer", "那现在能发货吗"), ("agent", back), ("customer", "好的"), ("agent", _BYE))
    assert ("followup_missed" in cats) is missed


# --------------------------------------------------------------- the offer of help made again is no repeated reply
_OFFER = "那还有什么要小店帮忙的地方吗"


def test_the_offer_of_help_made_again_after_a_new_need_was_served_is_no_repeat(auditor):
    cats = _cats(auditor, ("customer", "折叠椅能开专票吗"), ("agent", "能开，结算页勾上增值税专票"), ("customer", "好的"),
                 ("agent", _OFFER), ("customer", "那抬头怎么改"), ("agent", "在发票详情里点修改抬头"),
                 ("customer", "明白"), ("agent", _OFFER))
    assert "repeated_reply" not in cats


def test_the_offer_made_again_after_the_customer_said_no_is_still_a_repeat(auditor):
    cats = _cats(auditor, ("customer", "折叠椅能开专票吗"), ("agent", "能开，结算页勾上增值税专票"), ("customer", "好的"),
                 ("agent", _OFFER), ("customer", "没了"), ("agent", _OFFER))
    assert "repeated_reply" in cats


def test_a_reply_with_content_sent_again_is_still_a_repeat(auditor):
    said = "钱款三天左右会退回您付款的银行卡，留意一下卡里"
    cats = _cats(auditor, ("customer", "退的钱几时能回来"), ("agent", said), ("customer", "那运费险呢"), ("agent", said))
    assert "repeated_reply" in cats


# --------------------------------------------------------------- complaint words that complain of nothing
@pytest.mark.parametrize("words, complains", [("你们家从没让我失望过", False), ("买了这么多次都不会失望", False),
                                              ("这次真是太让人失望了", True)])
def test_disappointment_denied_is_praise(auditor, words, complains):
    cats = _cats(auditor, ("customer", "保温杯到手了"), ("agent", "您好，杯子用着还顺手吗"), ("customer", words),
                 ("agent", "收到您的反馈了"))
    assert ("complaint_no_apology" in cats) is complains


@pytest.mark.parametrize("words, complains", [("后台的差评管理里能看到那条", False), ("再不处理我就给差评", True)])
def test_the_merchants_review_page_is_no_threat(auditor, words, complains):
    cats = _cats(auditor, ("customer", "商品评价页那条评论看不到了"), ("agent", "您好，是哪个页面看不到呢"),
                 ("customer", words), ("agent", "劳烦把商品编码发我一下"))
    assert ("complaint_no_apology" in cats) is complains


# --------------------------------------------------------------- a request put like a suggestion
@pytest.mark.parametrize("words, suggests", [("希望你们帮忙跟进一下，最好明天联系我", False),
                                             ("放到门卫就好了，我白天不在家", False),
                                             ("建议你们以后包装再加厚一点", True)])
def test_a_wish_for_this_order_is_a_request_not_a_suggestion(auditor, words, suggests):
    cats = _cats(auditor, ("customer", "睡袋今天能到手吗"), ("agent", "您好，估计傍晚前能送到"), ("customer", words),
                 ("agent", "好的"))
    assert ("suggestion_unacknowledged" in cats) is suggests


def test_the_feedback_menu_name_is_no_suggestion(auditor):
    cats = _cats(auditor, ("customer", "售后服务 意见与建议"), ("agent", "您好，碰到啥麻烦了呢"))
    assert "suggestion_unacknowledged" not in cats


# --------------------------------------------------------------- an apology that only opens the need
@pytest.mark.parametrize("words, apologises", [("退货 不好意思，我要退掉这件", False), ("换货 抱歉，我想换大一码", False),
                                               ("刚才是我看漏了，不好意思", True)])
def test_an_opener_before_the_need_wants_no_reassurance(auditor, words, apologises):
    cats = _cats(auditor, ("customer", "在吗"), ("agent", "您好，在的"), ("customer", words), ("agent", "行的，小店马上安排"))
    assert ("apology_unacknowledged" in cats) is apologises


# --------------------------------------------------------------- the goodbye after the agent took the request on
@pytest.mark.parametrize("words, forced", [("抬头不用动，只要改一下税号即可", False), ("尽快安排吧", False),
                                           ("那运费由谁出呢？", True)])
def test_an_ack_before_the_goodbye_takes_the_request_on(auditor, words, forced):
    cats = _cats(auditor, ("customer", "发票税号填错了"), ("agent", "您好，开好票以后能换开一张"), ("customer", words),
                 ("agent", "好嘞，多谢光临小店，回见"))
    assert ("forced_end" in cats) is forced


def test_if_anything_comes_up_tell_me_is_a_request_the_ack_takes_on(auditor):
    cats = _cats(auditor, ("customer", "退款还没到"), ("agent", "您好，财务正在审核，预计明天到账"),
                 ("customer", "有什么情况告诉我就行"), ("agent", "好的呢，多谢光临小店，回见"))
    assert "forced_end" not in cats and "unanswered" not in cats


# --------------------------------------------------------------- 上面 / 已经发了 that point at nothing said before
@pytest.mark.parametrize("words, repeats", [("页面上面写了周五前发 所以问问", False), ("货已经发了吗", False),
                                            ("我上面写了啊，你往上看", True)])
def test_the_page_or_the_parcel_is_no_pointer_back_up_the_chat(auditor, words, repeats):
    cats = _cats(auditor, ("customer", "这台洗衣机几号能到"), ("agent", "您好，请问是哪个订单"), ("customer", words),
                 ("agent", "行的，马上帮您瞅瞅"))
    assert ("asked_to_repeat" in cats) is repeats


def test_a_tag_question_asking_to_confirm_is_no_reproach(auditor):
    cats = _cats(auditor, ("customer", "想给单位开张票"), ("agent", "好的，请把单位全称和纳税号发来？"),
                 ("customer", "好 资料我都发给你了是吧"), ("agent", "收到，马上帮您录入"))
    assert "asked_to_repeat" not in cats


# --------------------------------------------------------------- message rules on real product and place names
@pytest.fixture(scope="module")
def rules():
    return Inspector("jd", models=False)


@pytest.mark.parametrize("text, rule, hit", [
    ("包裹交给了城南第一车队派送", "adlaw.absolute", False), ("我们家的口碑全网第一", "adlaw.absolute", True),
    ("提现余额一般当天就能到卡上", "jd.diversion.platform", False), ("闲鱼上也有我们的店", "jd.diversion.platform", True)])
def test_names_of_places_and_withdrawals_are_no_rule_hits(rules, text, rule, hit):
    category = {"adlaw.absolute": "false_advertising", "jd.diversion.platform": "diversion"}[rule]
    assert (category in {f.category for f in rules.check(text)}) is hit


# ============================================================ j43: thanks_unacknowledged, by kind
# A later read of flagged real chats (j43) found these shapes false; each is written here from the seeds' rules (004
# §遇到客户致谢时 / 客户道谢或提出表扬时; 000 漏回复) and ordinary service talk: two variants at least of the false-alarm
# shape are not flagged (each was flagged before j43), and a true fault next to it still is.
THANKS = "thanks_unacknowledged"
UNANSWERED = "unanswered"


# ---- thanks met later: the agent first serves what came with the thanks or finishes the step in hand, then answers them
@pytest.mark.parametrize("turns", [
    [("customer", "这个行李箱能托运吗"), ("agent", "可以托运的，箱体是PC材质很耐摔"),
     ("customer", "好的谢谢，那万向轮坏了能单独换吗"), ("agent", "能的，轮子可以单独寄给您更换"),
     ("customer", "行"), ("agent", "您太客气啦，这都是我们应该做的，还有别的需要吗")],
    [("customer", "这个沙发能拆洗吗"), ("agent", "可以拆洗，外套是拉链的"), ("customer", "好的谢谢，那坐垫会不会塌"),
     ("agent", "坐垫是高密度海绵，不容易塌"), ("customer", "嗯嗯"), ("agent", "不客气哦，有事随时找我")],
    [("customer", "羽绒服可以机洗吗"), ("agent", "建议手洗或者送干洗店"), ("customer", "明白了 谢谢，那能晒太阳吗"),
     ("agent", "可以晾在阴凉处，别暴晒"), ("customer", "多谢"), ("agent", "客气了亲，祝您生活愉快")],
])
def test_thanks_answered_after_the_step_in_hand_is_no_fault(auditor, turns):
    assert THANKS not in _cats(auditor, *turns)


@pytest.mark.parametrize("closing", [
    "感谢您对本店的支持，祝您生活愉快，再见",  # the stock thanks of the goodbye answers no thanks said turns before
    "祝您和家人用得开心，有问题随时找我们",  # a wish, 开心 in it, answers no thanks
    "麻烦给个评价哦，您的认可是我们最大的动力",  # 认可 said for the rating
])
def test_thanks_never_answered_by_the_end_stays_a_fault(auditor, closing):
    assert THANKS in _cats(auditor, ("customer", "这个行李箱能托运吗"), ("agent", "可以托运的，箱体是PC材质很耐摔"),
                           ("customer", "好的谢谢，那万向轮坏了能单独换吗"), ("agent", "能的，轮子可以单独寄给您更换"),
                           ("customer", "行"), ("agent", closing))


# ---- the customer returns the agent's courtesy as they take leave: the exchange of thanks is complete
@pytest.mark.parametrize("turns", [
    [("customer", "退款几天到账"), ("agent", "原路退回，一般1到3个工作日"), ("customer", "好的谢谢"),
     ("agent", "不客气呢，请问还有其他问题吗"), ("customer", "没有了，谢谢"), ("agent", "麻烦有空给个评价哦")],
    [("customer", "发票怎么下载"), ("agent", "订单详情页点发票就能下载"), ("customer", "找到了"),
     ("agent", "好的，感谢您的支持，再见"), ("customer", "嗯嗯 辛苦了")],
])
def test_thanks_returned_after_the_agent_answered_thanks_is_no_fault(auditor, turns):
    assert THANKS not in _cats(auditor, *turns)


def test_further_praise_after_the_agent_answered_thanks_wants_its_answer(auditor):
    # 004: 若客户进一步表扬…请不必客气 — praise said after the thanks were answered is answered again
    assert THANKS in _cats(auditor, ("customer", "退款几天到账"), ("agent", "原路退回，一般1到3个工作日"),
                           ("customer", "好的谢谢"), ("agent", "不客气呢，请问还有其他问题吗"),
                           ("customer", "没有了，你们服务真好，比别家耐心多了"), ("agent", "麻烦有空给个评价哦"))


def test_sign_off_thanks_after_a_turn_that_answered_no_thanks_stays_a_fault(auditor):
    assert THANKS in _cats(auditor, ("customer", "退款几天到账"), ("agent", "原路退回，一般1到3个工作日，还有其他问题吗"),
                           ("customer", "没有了，谢谢"), ("agent", "麻烦有空给个评价哦"))


# ---- thanks answered in words the lists did not know: a homophone typed for 包涵, the customer praised back, a bare 客气
ASKED = [("customer", "这款移动电源可以带上高铁吗"), ("agent", "可以的，容量是10000毫安，符合乘车规定"), ("customer", "好的，谢谢")]


@pytest.mark.parametrize("reply", [
    "照顾不周的地方请您多多包含，还需要别的吗",  # 包含 typed for 包涵 by the input method
    "招待不周还望多多包含哦",
    "碰到像您这样体谅人的顾客真开心，您还需要点什么",  # the customer's kindness praised back
    "碰上您这么好说话的买家是我们的福气",
    "客气 请问还有别的问题吗",  # 客气 alone as a clause of its own
    "您太客气 还有别的问题吗",
])
def test_thanks_answered_in_other_courtesy_words_is_no_fault(auditor, reply):
    assert THANKS not in _cats(auditor, *ASKED, ("agent", reply))


@pytest.mark.parametrize("reply", [
    "评价的时候请包含商品名称哦",  # 包含 asks for something to be included
    "遇到您这样的问题我们也会先帮您登记",  # 遇到…的问题 names no customer
    "我们对每位客户都很客气，还有别的需要吗",  # 客气 said of something else
])
def test_close_words_that_answer_no_thanks_leave_the_fault(auditor, reply):
    assert THANKS in _cats(auditor, *ASKED, ("agent", reply))


# ============================================================ j43: unanswered, by kind
# ---- the chat ends on the agent asking the customer back: the question back answers for now, the silence is the customer's
@pytest.mark.parametrize("turns", [
    [("customer", "为什么我这单要收12块运费"), ("agent", "您好，请问您收货地址是在新疆还是西藏呢？")],
    [("customer", "我买的加湿器不出雾了怎么办"), ("agent", "请问是开机后完全没有雾，还是雾很小呢")],
])
def test_a_chat_ending_on_the_agents_question_back_leaves_nothing_unanswered(auditor, turns):
    assert UNANSWERED not in _cats(auditor, *turns)


@pytest.mark.parametrize("last", ["请问您还有别的需要吗？", "感谢您的咨询，祝您生活愉快"])
def test_a_chat_ending_on_an_offer_of_help_or_a_goodbye_still_leaves_the_question_open(auditor, last):
    assert UNANSWERED in _cats(auditor, ("customer", "为什么我这单要收12块运费"), ("agent", last))


# ---- the agent's first block only asks back to clarify, the customer answers, the agent goes on: answered for now
@pytest.mark.parametrize("turns", [
    [("customer", "视频会员能退吗，要我在App里操作什么吗?钱多久退回来呢"),
     ("agent", "您是只想停掉连续包月，还是要我把这期的费用退给您呢"), ("customer", "办理退款"),
     ("agent", "好的，这边已经给您提交了退款")],
    [("customer", "这个保温杯怎么换货，要我自己寄回去吗?运费谁出呢"),
     ("agent", "您是想换一只同款的杯子，还是我这边直接给您办退货呀"), ("customer", "换新的"),
     ("agent", "好的，我这边给您登记换货，快递会上门取件")],
])
def test_a_need_clarified_by_a_question_back_and_then_served_is_answered(auditor, turns):
    assert UNANSWERED not in _cats(auditor, *turns)


def test_a_question_skipped_beside_an_answer_that_asks_back_stays_open(auditor):
    # the agent answers the first question and asks for details: the second question of the turn is skipped
    assert UNANSWERED in _cats(auditor, ("customer", "能开发票吗？另外送不送清洁刷"),
                               ("agent", "发票可以开的，请问抬头写什么？"), ("customer", "个人"),
                               ("agent", "好的，已经备注个人抬头了"))


# ---- a remark the customer closes on taking the answer (哦哦 谢谢): no need left
@pytest.mark.parametrize("turns", [
    [("customer", "快递今天能到吗"), ("agent", "今天下午能送到"), ("customer", "师傅们最近也辛苦，到得晚也没办法 哦哦 谢谢"),
     ("agent", "请问还有其他问题吗")],
    [("customer", "屏幕碎了保修吗"), ("agent", "人为损坏不在保修范围，可以付费维修"),
     ("customer", "都怪我自己没拿稳，摔坏了也没办法 哦 好的 谢谢"), ("agent", "请问还有其他问题吗")],
])
def test_a_remark_signed_off_with_thanks_asks_nothing(auditor, turns):
    assert not _cats(auditor, *turns) & {UNANSWERED, "forced_end"}


def test_a_question_after_the_signed_off_remark_stays_open(auditor):
    assert UNANSWERED in _cats(auditor, ("customer", "快递今天能到吗"), ("agent", "今天下午能送到"),
                               ("customer", "师傅们最近也辛苦，到得晚也没办法 哦哦 谢谢 那明天能改送公司吗"),
                               ("agent", "请问还有其他问题吗"))


# ---- a bare yes answering the question the customer just asked again
@pytest.mark.parametrize("again", ["对 那是卖家送的吗", "嗯嗯 卖家送的么"])
def test_a_bare_yes_answers_the_question_asked_again(auditor, again):
    assert UNANSWERED not in _cats(auditor, ("customer", "帮我看下这单运费险 是卖家送的是吗"), ("agent", "运费险 0元"),
                                   ("customer", again), ("agent", "是的哦"))


def test_a_form_of_address_answers_the_question_asked_again_no_better(auditor):
    assert UNANSWERED in _cats(auditor, ("customer", "帮我看下这单运费险 是卖家送的是吗"), ("agent", "运费险 0元"),
                               ("customer", "对 那是卖家送的吗"), ("agent", "亲亲"))


# ---- a need with nothing of its own but the asking goes with its sibling need of the same turn
@pytest.mark.parametrize("turn", ["这件外套M码还有货吗 麻烦帮我查一下，谢谢", "这件外套M码还有货吗 帮我看看具体什么情况"])
def test_a_bare_request_beside_its_question_is_settled_with_it(auditor, turn):
    assert not _cats(auditor, ("customer", turn), ("agent", "M码还有货的"), ("agent", "感谢您的支持，再见")) & {
        UNANSWERED, "forced_end"}


def test_a_request_with_content_of_its_own_beside_the_question_stays_open(auditor):
    got = _cats(auditor, ("customer", "这件外套M码还有货吗 顺便帮我把收货电话改成尾号8866的"), ("agent", "M码还有货的"),
                ("agent", "感谢您的支持，再见"))
    assert got & {UNANSWERED, "forced_end"}  # (the request left open, whichever of the two reports it)


# ---- the same words sent again right after the agent answered them
@pytest.mark.parametrize("q,reply", [("退款到账了吗", "不客气哦，还有其他问题吗"),
                                     ("我那个退款到账了吗？", "客气啦亲，请问您这边还有什么可以帮您的呢")])
def test_the_same_question_resent_after_its_answer_opens_nothing(auditor, q, reply):
    # (only unanswered: when the agent's last turn reads as a goodbye, ending.forced_ending still takes the resent words for
    # a need the goodbye cut off — left as it was, see the j43 report)
    got = _cats(auditor, ("customer", q), ("agent", "您的退款已经原路退回了"), ("customer", q + " 麻烦了"), ("agent", reply))
    assert UNANSWERED not in got


def test_a_new_question_after_the_answer_still_needs_its_own(auditor):
    got = _cats(auditor, ("customer", "退款到账了吗"), ("agent", "您的退款已经原路退回了"),
                ("customer", "退到哪张银行卡了 麻烦了"), ("agent", "不客气哦，还有其他问题吗"))
    assert got & {UNANSWERED, "forced_end"}  # (the new question left open, ended on)


# ---- what the customer adds to the yes they give the agent's question back (几 there is "a few", no question)
@pytest.mark.parametrize("turns", [
    [("customer", "移动硬盘插上电脑没反应怎么办"), ("agent", "请问是新买的硬盘吗"), ("customer", "对，到手才几天的 你家买的"),
     ("agent", "新硬盘要先在磁盘管理里初始化才能用")],
    [("customer", "蓝牙耳机连不上手机怎么办"), ("agent", "请问是新买的耳机吗"), ("customer", "嗯嗯，收到才几天的"),
     ("agent", "新耳机第一次要长按五秒进入配对模式")],
])
def test_details_after_a_yes_to_the_question_back_ask_nothing(auditor, turns):
    assert UNANSWERED not in _cats(auditor, *turns)


def test_a_question_after_the_yes_still_needs_its_answer(auditor):
    assert UNANSWERED in _cats(auditor, ("customer", "蓝牙耳机连不上手机怎么办"), ("agent", "请问是新买的耳机吗"),
                               ("customer", "对。那这个保修多久呢"), ("agent", "新耳机第一次要长按五秒进入配对模式"),
                               ("customer", "好的"), ("agent", "感谢您的支持，再见"))


# ---- the trouble told as the ground of a request granted with 好的
@pytest.mark.parametrize("turn", ["短信不小心删了，联系不上快递员。麻烦让他再给我打个电话",
                                  "快递柜的取件码找不到了。麻烦帮我让快递员再发一次"])
def test_the_trouble_behind_a_request_granted_goes_with_it(auditor, turn):
    assert UNANSWERED not in _cats(auditor, ("customer", turn), ("agent", "好的呢，请问还有其他问题吗"))


def test_a_question_beside_the_request_granted_stays_open(auditor):
    assert UNANSWERED in _cats(auditor, ("customer", "短信不小心删了，联系不上快递员。麻烦让他再给我打个电话。另外运费险怎么用"),
                               ("agent", "好的呢，请问还有其他问题吗"))


# ---- 查收 tells the customer to look out for what arrives: no check of the agent's
@pytest.mark.parametrize("q,reply", [("退款到账了没", "亲，退款已经成功了~您留意查收一下"),
                                     ("发票寄出了吗", "寄出了呢~您到时查收一下"),
                                     ("优惠券发了没", "亲亲发好了~您查收一下哦")])
def test_telling_the_customer_to_look_out_for_it_answers(auditor, q, reply):
    got = _cats(auditor, ("customer", q), ("agent", reply), ("customer", "好的"), ("agent", "感谢您的支持，再见"))
    assert not got & {UNANSWERED, "followup_missed"}


def test_the_agent_saying_they_will_check_still_owes_the_result(auditor):
    got = _cats(auditor, ("customer", "退款到账了没"), ("agent", "我帮您查一下"), ("customer", "好的"),
                ("agent", "感谢您的支持，再见"))
    assert got & {UNANSWERED, "followup_missed"}


# ---- the result promised by message or call after a check (004: 无法当场答复 … 回复客户)
@pytest.mark.parametrize("reply", ["我们查清后电话告知您", "我跟售后同事确认下，处理后短信告知您",
                                   "小妹去问下仓库，查询后短信告知您结果"])
def test_a_check_handed_over_to_a_message_answers_for_now(auditor, reply):
    got = _cats(auditor, ("customer", "这个商品还需要我寄回去吗"), ("agent", reply), ("customer", "好的"))
    assert not got & {UNANSWERED, "followup_missed"}


def test_a_check_promised_with_no_word_of_coming_back_stays_owed(auditor):
    got = _cats(auditor, ("customer", "这个商品还需要我寄回去吗"), ("agent", "我跟售后同事确认下"), ("customer", "好的"))
    assert got & {UNANSWERED, "followup_missed"}


# ---- the customer's guess right after a question asking which or what, named back by the agent
@pytest.mark.parametrize("turn,reply", [("这个是哪家快递送的 韵达?", "韵达的哦"), ("你们在哪个城市发货 杭州?", "杭州仓发的呢")])
def test_a_guess_named_back_answers_the_question_it_guesses_at(auditor, turn, reply):
    assert not _cats(auditor, ("customer", turn), ("agent", reply), ("agent", "感谢您的支持，再见")) & {UNANSWERED, "forced_end"}


def test_a_second_question_is_no_guess(auditor):
    assert UNANSWERED in _cats(auditor, ("customer", "开封后能放多久？现在买有小样送吗"), ("agent", "现在下单送两支小样"),
                               ("agent", "感谢您的支持，再见"))


# ---- ... and the guess goes with the question it guesses at once the agent answers which or what
@pytest.mark.parametrize("turn,reply", [("这个从哪个仓发货 是上海仓吗", "北京仓发货的哦"), ("在哪个站点 是西湖站吗", "滨江配送站")])
def test_the_guess_is_answered_with_the_question_it_guesses_at(auditor, turn, reply):
    assert not _cats(auditor, ("customer", turn), ("agent", reply), ("agent", "感谢您的支持，再见")) & {UNANSWERED, "forced_end"}


# ---- a request put as a question (能不能帮忙… / 可以帮我…吗) is granted by 好的, as a request is
@pytest.mark.parametrize("ask", ["能不能帮我加急处理一下呢", "可以帮我改一下收货地址吗"])
def test_a_request_put_as_a_question_is_granted_by_an_ok(auditor, ask):
    assert UNANSWERED not in _cats(auditor, ("customer", ask), ("agent", "好的呢"), ("customer", "谢谢"), ("agent", "不客气"))


def test_an_ok_answers_no_question_asking_for_information(auditor):
    assert UNANSWERED in _cats(auditor, ("customer", "这个什么时候发货"), ("agent", "好的"), ("customer", "谢谢"),
                               ("agent", "不客气"))


# ---- the need handed by transfer to the colleague who handles it (004: 必要时可请相关人员代答)
@pytest.mark.parametrize("turn,reply", [("东西坏了 麻烦给我换个新的", "给您转到人工客服那边，行吗"),
                                        ("退款申请交了 麻烦快点处理", "现在为您转到人工客服跟进，您看行吗?")])
def test_a_need_transferred_to_a_named_colleague_is_handed_over(auditor, turn, reply):
    assert UNANSWERED not in _cats(auditor, ("customer", turn), ("agent", reply), ("customer", "好"))


def test_a_wait_with_no_transfer_still_owes_the_answer(auditor):
    got = _cats(auditor, ("customer", "我的售后单怎么还没处理"), ("agent", "您稍等"), ("customer", "好"))
    assert got & {UNANSWERED, "followup_missed"}


# ---- a request for the details the answer needs is no clarifying question: the need waits for its answer
def test_a_request_for_details_beside_an_answer_leaves_the_skipped_question_open(auditor):
    assert UNANSWERED in _cats(auditor, ("customer", "能开发票吗？另外送不送清洁刷"),
                               ("agent", "发票可以开的，麻烦提供一下抬头"), ("customer", "个人"),
                               ("agent", "好的，已经备注个人抬头了"))


# ---- what the customer will see for themselves after doing something first (我先… | 看有没有…)
@pytest.mark.parametrize("turns", [
    [("customer", "耳机灯一直亮有事吗"), ("agent", "没事的"), ("customer", "那好吧 我先用一个月 看有没有问题"),
     ("agent", "好的")],
    [("customer", "新买的充电宝充不进电"), ("agent", "您换根线试试"), ("customer", "行 我先换根线 看看是不是线的问题"),
     ("agent", "好的")],
])
def test_the_customers_own_check_asks_nothing(auditor, turns):
    assert UNANSWERED not in _cats(auditor, *turns)


def test_looking_for_a_discount_is_still_asked_of_the_agent(auditor):
    assert UNANSWERED in _cats(auditor, ("customer", "我想买两件 看看有没有优惠"), ("agent", "好的"))


# ---- the two halves of an either-or question typed as two sentences (…吗? | 或是…?): one question
@pytest.mark.parametrize("turn,reply", [("发票抬头能现在改吗? 或是等收货以后再改?", "建议您收货以后再申请修改"),
                                        ("尺码偏大要换小一号吗? 或者换别的款式?", "这款建议换小一号")])
def test_either_half_answered_answers_the_either_or_question(auditor, turn, reply):
    assert not _cats(auditor, ("customer", turn), ("agent", reply), ("agent", "感谢您的支持，再见")) & {UNANSWERED, "forced_end"}


def test_a_second_question_added_is_no_other_half(auditor):
    got = _cats(auditor, ("customer", "尺码偏大要换小一号吗? 另外有赠品吗?"), ("agent", "这款建议换小一号"),
                ("agent", "感谢您的支持，再见"))
    assert got & {UNANSWERED, "forced_end"}


# ---- a check handed over with the hour of the call-back (004: 无法当场答复 … 在XX小时内有专人和您联系)
@pytest.mark.parametrize("turn,reply", [("赠品没收到 能补发吗", "我帮您核实一下，今天五点前回复您"),
                                        ("这款沙发有现货吗", "稍等我问下仓库，明早九点前给您回电")])
def test_a_check_handed_over_with_the_hour_of_the_call_back_owes_nothing_in_the_chat(auditor, turn, reply):
    got = _cats(auditor, ("customer", turn), ("agent", reply), ("customer", "好的"), ("agent", "请问还有其他问题吗"),
                ("customer", "没了"))
    assert not got & {UNANSWERED, "followup_missed"}


def test_a_check_with_no_hour_still_owes_its_result(auditor):
    got = _cats(auditor, ("customer", "这款沙发有现货吗"), ("agent", "稍等我问下仓库"), ("customer", "行"),
                ("agent", "请问还有其他问题吗"), ("customer", "没了"))
    assert got & {UNANSWERED, "followup_missed"}
