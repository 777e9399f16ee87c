"""Issue 12 round 8, the kinds of misses found on benchmarks/data/fresh9_chats.jsonl (now read), fixed by their
cause: every sentence here is written for this test from the seeds' rules (000 漏回复/强制结束, 003 售后顺序,
004 致谢回应/不让顾客重复/查询要回复结果); none is a sentence of that set, of the dev cases or of the held-out
generator.  Each cause is checked in several shapes, and both ways where a proper handling exists."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_CLOSE = "感谢您的支持，祝您生活愉快，再见"


def _cats(auditor, *turns, start="2025-05-20T15:00:00"):
    """Audit ``(role, text)`` turns 20 s apart (or ``(role, text, seconds)``); the conversation categories reported."""
    return conv_categories(auditor, turns, start=start)


# ------------------------------------------------------ sent away to ask another time (000: 不可以主动强制结束对话)
# the agent puts the customer off with a word beside the point and tells them to bring the rest another time, or leaves
# for other customers, while the customer's question is still open: the chat is ended on them, whatever courtesy follows
@pytest.mark.parametrize("brushoff", [
    "具体参数以详情页为准。剩下的问题您改天再来问吧，谢谢理解，再见",
    "温度这块说明书上都有写。现在排队的人太多了，我要去招呼后面的顾客了，再见",
])
def test_being_sent_away_with_a_question_open_is_a_forced_end(auditor, brushoff):
    turns = [("customer", "你好，这款电热毯是双人的吗"), ("agent", "您好，是双人双控的"),
             ("customer", "那两边温度能分开调吗？最高能到多少度")]
    assert "forced_end" in _cats(auditor, *turns, ("agent", brushoff))
    answered = _cats(auditor, *turns, ("agent", "可以分开调，最高五十度左右"), ("customer", "好的谢谢"),
                     ("agent", "不客气，有问题随时咨询，" + _CLOSE))
    assert "forced_end" not in answered


def test_an_offer_to_ask_any_time_sends_no_one_away(auditor):
    cats = _cats(auditor, ("customer", "这个保温杯能装碳酸饮料吗"), ("agent", "您好，不建议装碳酸饮料，会有压力"),
                 ("customer", "明白了，谢谢"), ("agent", "不客气，有别的问题随时咨询，" + _CLOSE))
    assert "forced_end" not in cats


# ------------------------------------------------------ praise of how the agent explained (004: 表扬时应谦虚致谢)
@pytest.mark.parametrize("praise", ["小姐姐讲得太明白了", "您分析得很透彻。", "老板解答得挺清晰的"])
def test_praise_of_the_explanation_wants_thanks_back(auditor, praise):
    turns = [("customer", "这个血糖仪要配什么试纸"), ("agent", "您好，要配同品牌的试纸，一盒五十片"),
             ("customer", f"{praise}，那采血针要另外买吗")]
    assert "thanks_unacknowledged" in _cats(auditor, *turns, ("agent", "采血针盒子里送了二十个"),
                                            ("customer", "好的"), ("agent", _CLOSE))
    thanked = _cats(auditor, *turns, ("agent", "谢谢您的认可！采血针盒子里送了二十个"), ("customer", "好的"),
                    ("agent", _CLOSE))
    assert "thanks_unacknowledged" not in thanked


def test_asking_to_be_told_clearly_is_no_praise(auditor):
    cats = _cats(auditor, ("customer", "这个血糖仪要配什么试纸"), ("agent", "您好，要配同品牌的试纸"),
                 ("customer", "你说清楚点，哪一种"), ("agent", "就是详情页第二个链接那种"), ("customer", "好的"),
                 ("agent", _CLOSE))
    assert "thanks_unacknowledged" not in cats


# ------------------------------------------------------ told already, after the agent asked for it (004: 不让顾客重复)
# the agent's request for data the tagger reads as a greeting or a hold (您好，麻烦说一下… / 请告诉我…哦，方便挑选)
# asks all the same
@pytest.mark.parametrize("first, ask, said", [
    ("你好，帮我推荐一下跑鞋", "您好，麻烦说一下您平时穿的鞋码，方便给您挑", "我一开始就说了啊，42码"),
    ("你好，我房间二十平，推荐一下空调", "您好，请告诉我房间有多大，好给您算匹数", "开头就讲了，二十平"),
    ("你好，我家宝宝两岁，推荐个安全座椅", "您好，请告诉我宝宝的年龄和体重哦，方便挑选", "最开始就发了，两岁"),
])
def test_saying_it_was_said_after_a_request_for_data_is_asked_to_repeat(auditor, first, ask, said):
    cats = _cats(auditor, ("customer", first), ("agent", ask), ("customer", said),
                 ("agent", "抱歉，按这个给您推荐第一款"), ("customer", "好的"), ("agent", _CLOSE))
    assert "asked_to_repeat" in cats


def test_the_shop_having_sent_something_is_no_saying_it_before(auditor):
    cats = _cats(auditor, ("customer", "我的订单能取消吗"), ("agent", "您好，需要取消吗"),
                 ("customer", "嗯，刚才快递给我发了短信说明天才到，所以不想要了"), ("agent", "好的，已经为您取消了"),
                 ("customer", "谢谢"), ("agent", "不客气，" + _CLOSE))
    assert "asked_to_repeat" not in cats


# ------------------------------------------------------ the check promised as the agent's last word (004: 查询要回复结果)
# the customer's need told as a statement the tracker opened no item for (要两个原木色的…): the hold that ends the chat
@pytest.mark.parametrize("need, hold", [
    ("要两个原木色的，周六之前送到", "我去库房核实一下原木色还有没有两个，您稍等片刻"),
    ("原木色的来两个，送到浦东", "好的，我帮您跟库房确认下浦东周六能不能送，请稍等"),
])
def test_a_check_promised_as_the_last_word_is_a_followup_missed(auditor, need, hold):
    turns = [("customer", "你好，这款书柜的一米二宽的有吗"), ("agent", "您好，有的，一米二的有白色和原木色"),
             ("customer", need), ("agent", hold)]
    assert "followup_missed" in _cats(auditor, *turns, ("customer", "行，我等着"))
    back = _cats(auditor, *turns, ("customer", "行，我等着"), ("agent", "让您久等了，可以的，下单后周六前送到"),
                 ("customer", "好的"), ("agent", _CLOSE))
    assert "followup_missed" not in back


def test_asking_for_the_order_number_last_is_no_check_forgotten(auditor):
    cats = _cats(auditor, ("customer", "我的退款到哪一步了"), ("agent", "您好，麻烦您把订单号发我一下，这边帮您核实"))
    assert "followup_missed" not in cats


# the greeting's offer of help beside a hold that names the check (尺码我帮您去库房查一下) asks the customer nothing: the
# check starts at once, and a result long after it, only when chased, is late
def test_the_greetings_offer_beside_a_hold_keeps_the_check_running(auditor):
    turns = [("customer", "你好，这款羽绒服还有藏青色的XL吗", 0),
             ("agent", "您好，欢迎来到小店，请问有什么可以帮您？藏青的XL我帮您跟库房确认一下库存，麻烦稍等", 20),
             ("customer", "好，另外能开发票吗", 50), ("agent", "发票可以开，下单时填抬头就行", 70)]
    late = _cats(auditor, *turns, ("customer", "藏青的到底有没有", 200), ("agent", "抱歉久等了，藏青XL有货", 230),
                 ("customer", "好的", 250), ("agent", _CLOSE, 260))
    assert "followup_missed" in late
    soon = _cats(auditor, *turns, ("agent", "让您久等了，藏青XL有货", 100), ("customer", "好的", 120),
                 ("agent", _CLOSE, 130))
    assert "followup_missed" not in soon


def test_the_greetings_offer_is_a_help_offer(auditor):
    offer = auditor.config.words_re("help_offer")  # (the pack's conversation.help_offer)
    assert offer.search("在的亲，需要帮点啥")
    assert not offer.search("请问是哪个颜色")


# ------------------------------------------------------ after-sales: a blemish on the goods received (003 §售后)
@pytest.mark.parametrize("report", ["核桃收到了，有几颗里面长了黑斑，是坏了吗", "面包收到以后打开一看，边上起了一层绿毛，还能吃吗"])
def test_a_blemish_on_the_goods_received_opens_an_aftersales_case(auditor, report):
    refund_first = _cats(auditor, ("customer", report), ("agent", "您好，这一袋的钱退给您，订单页点申请退款即可"),
                         ("customer", "好吧"), ("agent", "抱歉了，" + _CLOSE))
    assert "aftersales_flow" in refund_first
    in_order = _cats(auditor, ("customer", report), ("agent", "您好，抱歉哈让您受累，劳驾发张图片我瞧瞧"),
                     ("customer", "[图片]"), ("agent", "从图片看是受潮了，真抱歉，马上给您补发一袋新的"),
                     ("customer", "好的"), ("agent", _CLOSE))
    assert "aftersales_flow" not in in_order


def test_asking_whether_it_will_grow_mould_reports_nothing(auditor):
    cats = _cats(auditor, ("customer", "这个红枣放久了会长白点吗"), ("agent", "您好，密封放阴凉处一般不会的"),
                 ("customer", "好的"), ("agent", _CLOSE))
    assert "aftersales_flow" not in cats


# what a late delivery costs the customer, told with how it will be handled, is no fault of goods received (001 keeps
# 物流延迟 apart from 003's after-sales order): the complaint still wants its apology
@pytest.mark.parametrize("cost", ["发货时间到底怎么算的？搬家的车都订好了，大后天就要用，叫我怎么办",
                                  "那页面写的发货时间算什么？师傅明天就上门装了，怎么处理"])
def test_the_cost_of_a_late_delivery_is_no_aftersales_case(auditor, cost):
    cats = _cats(auditor, ("customer", "你们写的下单后两天发货，现在五天了还没发"),
                 ("agent", "您好，这批是现做的，要多等几天"), ("customer", cost),
                 ("agent", "做好了就会发，到时候订单里能看到单号"), ("customer", "好吧"), ("agent", _CLOSE))
    assert "aftersales_flow" not in cats and "complaint_no_apology" in cats


# ------------------------------------------------------ a short question with its mark asks on its own (000: 漏回复)
# (…一米六，挂得下吗？ 我这两天就要用: the content is in the clause before it; it is no lead-in to what follows)
@pytest.mark.parametrize("turn", ["我家窗户高一米六，挂得下吗？ 我这两天就要用", "阳台是落地窗，能挂吗？ 周末就要装"])
def test_a_short_question_with_its_mark_is_a_need_of_its_own(auditor, turn):
    turns = [("customer", "你好，这款落地窗帘有现货吗"), ("agent", "您好，有现货的"), ("customer", turn)]
    assert "forced_end" in _cats(auditor, *turns, ("agent", _CLOSE))
    answered = _cats(auditor, *turns, ("agent", "没问题，完全可以的"), ("customer", "好的"), ("agent", _CLOSE))
    assert not {"forced_end", "unanswered"} & answered


# ------------------------------------------------------ a remedy offered for the customer's consent (003 提供解决方案)
@pytest.mark.parametrize("offer", ["原来是库房发错了，抱歉，这边给您换一双新的今天发出，您看可以吗",
                                   "确认是做工问题，很抱歉，这边给您退一半的货款，您看可以吗",
                                   "看清楚了，是颜色发错了，很抱歉，我这边帮您调换一件蓝色的，您觉得呢"])
def test_a_remedy_offered_for_consent_answers_the_problem(auditor, offer):
    turns = [("customer", "收到的东西不对"), ("agent", "您好，抱歉哈让您受累，劳驾发张图片"), ("customer", "[图片]"),
             ("agent", offer), ("customer", "可以，那旧的要寄回吗？运费谁出")]
    cats = _cats(auditor, *turns, ("agent", "谢谢您的理解，祝您一切顺利"))
    # the question asked after the remedy is cut off, not the problem the remedy solved
    assert "forced_end" in cats and "aftersales_flow" not in cats
    done = _cats(auditor, *turns, ("agent", "不用寄回，也没有运费，您直接留着就行"), ("customer", "好的"),
                 ("agent", _CLOSE))
    assert not {"forced_end", "unanswered", "aftersales_flow"} & done


def test_a_question_back_ending_in_consent_is_no_remedy(auditor):
    # (请问是哪个位置裂了，拍个照片可以吗: it asks for the details; no remedy was offered, 003's order is not met)
    cats = _cats(auditor, ("customer", "收到的杯子有裂纹"), ("agent", "您好，请问是哪个位置裂了，拍个照片可以吗"),
                 ("customer", "好的我拍一下"), ("agent", _CLOSE))
    assert "aftersales_flow" in cats


# ------------------------------------------------------ the need held, asked again (000: 漏回复 counts needs)
# a question pressing for what the agent is checking (那…究竟有没有 / 所以…到底…), with nothing of its own, is the need held
# asked again: the result answers both; a question that adds something of its own (多少钱) is a need of its own
def _held_then(auditor, again, result):
    return _cats(auditor, ("customer", "你好，这款台灯有没有暖白光的"),
                 ("agent", "您好，暖白光我帮您跟库房确认一下，请稍等"), ("customer", "好的，另外能开发票吗"),
                 ("agent", "发票可以开，下单时填抬头就行"), ("customer", again), ("agent", result),
                 ("customer", "好的"), ("agent", _CLOSE))


@pytest.mark.parametrize("again", ["那暖白光究竟有没有啊", "所以暖白光到底有没有"])
def test_the_need_held_asked_again_is_one_need(auditor, again):
    assert "unanswered" not in _held_then(auditor, again, "让您久等了，暖白光有货")


def test_a_question_adding_to_the_need_held_is_a_need_of_its_own(auditor):
    assert "unanswered" in _held_then(auditor, "暖白光的多少钱一个", "让您久等了，暖白光有货")
