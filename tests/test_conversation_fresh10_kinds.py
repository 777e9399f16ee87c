"""Issue 12 round 9, the kinds of misses found on benchmarks/data/fresh10_chats.jsonl (now read), fixed by their
cause: every sentence here is written for this test from the seeds' rules (000 漏回复/强制结束, 001/004 先道歉,
004 致谢回应/建议要感谢记录/不让顾客重复/查询要回复结果); none is a sentence of that set, of the dev cases or of the
held-out generator.  Each cause is checked in several shapes, and both ways where a proper handling exists."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_CLOSE = "感谢您的支持，祝您生活愉快，再见"


def _cats(auditor, *turns, start="2025-06-18T15:00:00"):
    """Audit ``(role, text)`` turns 20 s apart (or ``(role, text, seconds)``); the conversation categories reported."""
    return conv_categories(auditor, turns, start=start)


# ------------------------------------------------- one question answered in the hold's own sentence (004: 逐一回复)
# the agent answers the first question in a clause and says they will check the second in the same sentence: the first is
# answered there, the second is held and settled by the result brought back in time
@pytest.mark.parametrize("ask, hold, back", [
    ("底座是什么材质，能承重多少", "底座是实木的，承重多少我帮您问一下厂家，请您稍等。", "让您久等了，承重是一百二十公斤左右，日常坐完全没问题。"),
    ("桌面什么材质，抽屉能加锁吗", "桌面是岩板的，抽屉能不能加锁我帮您问一下厂家，请您稍等。", "感谢您耐心等待，抽屉可以加锁，需要另外选配锁芯。"),
    ("支架什么材质的，最大功率多少", "支架是铝合金的，最大功率我这边帮您核实一下，请稍候。", "感谢您的耐心等待，最大功率是一千二百瓦。"),
])
def test_a_question_answered_before_the_hold_in_one_sentence_is_answered(auditor, ask, hold, back):
    turns = [("customer", "你好，问下这款"), ("agent", "您好，欢迎来到小店，请问需要什么帮助？"),
             ("customer", ask, 40), ("agent", hold, 55), ("agent", back, 140),
             ("customer", "好的，了解了", 170), ("agent", _CLOSE, 185)]
    got = _cats(auditor, *turns)
    assert not got & {"unanswered", "followup_missed"}
    # (the agent never came back with the result: the check is still missed, the question it held still open)
    forgot = _cats(auditor, *turns[:4], ("customer", "好的，了解了", 170), ("agent", _CLOSE, 185))
    assert "followup_missed" in forgot


# ----------------------------------------------------- praise of expertise (004: 客户提出表扬时，应谦虚致谢)
@pytest.mark.parametrize("praise", ["你也太专业了吧，那就要这款", "好专业啊，听你的拿大号"])
def test_praise_of_expertise_wants_thanks_back(auditor, praise):
    turns = [("customer", "这两款登山杖有什么区别"), ("agent", "您好，欢迎光临！碳素款更轻，铝合金款更耐摔，新手建议铝合金。"),
             ("customer", praise)]
    assert "thanks_unacknowledged" in _cats(auditor, *turns, ("agent", "好的，已为您备注。"), ("customer", "嗯"),
                                            ("agent", _CLOSE))
    assert "thanks_unacknowledged" not in _cats(auditor, *turns, ("agent", "过奖啦，能帮到您就好，已为您备注。"),
                                                ("customer", "嗯"), ("agent", _CLOSE))


# ------------------------------------------ a suggestion put as a wish aimed at the shop (004: 建议要感谢并记录)
@pytest.mark.parametrize("wish", ["要是你们能多配一个替换刷头就好了", "如果店里顺带送个收纳袋就更好了"])
def test_a_wish_aimed_at_the_shop_is_a_suggestion(auditor, wish):
    turns = [("customer", "这款电动牙刷续航多久"), ("agent", "您好，欢迎光临！充满电可以用四十天左右。"), ("customer", wish)]
    assert "suggestion_unacknowledged" in _cats(auditor, *turns, ("agent", "替换件在店铺首页有单独售卖。"),
                                                ("customer", "行"), ("agent", _CLOSE))
    assert "suggestion_unacknowledged" not in _cats(auditor, *turns, ("agent", "谢谢您的建议，我们会转告产品同事考虑。"),
                                                    ("customer", "行"), ("agent", _CLOSE))


@pytest.mark.parametrize("text, wish", [("要是你们每个都配个挂钩就好了", True), ("如果商家写清楚尺寸就更好了", True),
                                        ("要是昨天就到就好了", False), ("要是你们早说我就不买了", False)])
def test_a_wish_is_a_suggestion_only_when_aimed_at_the_shop(auditor, text, wish):
    assert ("customer_suggestion" in auditor.config.lexicon.labels(text)) is wish


# ------------------------------------------------- the question put off until later (000: 不可以主动强制结束对话)
@pytest.mark.parametrize("brushoff", ["现在人太多了，这个问题您过两天再来问吧，再见",
                                      "这个您晚些时候再来咨询哦，感谢光临，再见"])
def test_putting_the_open_question_off_is_a_forced_end(auditor, brushoff):
    turns = [("customer", "这款投影仪多大尺寸"), ("agent", "您好，欢迎光临！机身是二十厘米见方。"),
             ("customer", "白天不拉窗帘能看清吗")]
    assert "forced_end" in _cats(auditor, *turns, ("agent", brushoff))
    offered = _cats(auditor, *turns, ("agent", "白天建议拉上窗帘，画面会清楚很多。"), ("customer", "好"),
                    ("agent", "有问题随时再来问，" + _CLOSE))
    assert "forced_end" not in offered


# ------------------------------------------- the customer points back up the chat (004: 不让顾客重复叙述)
@pytest.mark.parametrize("said", ["三十二码，前面刚说的呀", "南方，上面才写的嘛"])
def test_just_said_above_after_a_question_back_is_asked_to_repeat(auditor, said):
    turns = [("customer", "我穿三十二码，冬天在南方穿，这件羽绒服选哪个厚度"),
             ("agent", "您好，欢迎光临！请问您平时穿多大码，在哪边穿呢？"), ("customer", said),
             ("agent", "好的，那选常规厚度就够了。"), ("customer", "好"), ("agent", _CLOSE)]
    assert "asked_to_repeat" in _cats(auditor, *turns)


def test_pointing_at_the_size_chart_above_is_no_complaint(auditor):
    got = _cats(auditor, ("customer", "这件外套有几个码"), ("agent", "您好，欢迎光临！有S到XL四个码，尺码表在详情页。"),
                ("customer", "好的我去看看"), ("agent", _CLOSE))
    assert "asked_to_repeat" not in got


# --------------------------------------- counting the times asked after the agent answered around it (004)
@pytest.mark.parametrize("count", ["我都问了三遍了，保修几年？", "问了两次了，到底保修多久"])
def test_counting_the_times_asked_after_a_skipped_question_is_asked_to_repeat(auditor, count):
    turns = [("customer", "这台洗碗机保修几年"), ("agent", "您好，欢迎光临！这款是十二套大容量的。"),
             ("customer", "保修呢"), ("agent", "这款是十二套大容量的，适合四口之家。"), ("customer", count),
             ("agent", "抱歉让您久等，整机保修两年，电机保修十年。"), ("customer", "好的"), ("agent", _CLOSE)]
    got = _cats(auditor, *turns)
    assert "asked_to_repeat" in got
    # (the need the customer pointed back to is settled by the answer to what they restated)
    assert "unanswered" not in got


def test_counting_contacts_before_this_chat_is_no_repeat(auditor):
    got = _cats(auditor, ("customer", "我的退款到哪一步了"), ("agent", "您好，欢迎光临！退款已经原路退回，一到三天到账。"),
                ("customer", "之前打电话问了两次了，总算有个准信"), ("agent", "让您费心了，" + _CLOSE))
    assert "asked_to_repeat" not in got


# ------------------------------------ the first of two questions skipped, the added one answered (000: 漏回复)
@pytest.mark.parametrize("ask, answer", [
    ("那噪音呢？还有保修多久", "整机保修三年，三年内非人为损坏免费修。"),
    ("那滤网呢？另外多久发货", "下单后四十八小时内发货。"),
])
def test_the_first_of_two_questions_skipped_is_unanswered(auditor, ask, answer):
    turns = [("customer", "这台吸尘器吸力多大"), ("agent", "您好，欢迎光临！吸力是二十千帕。"), ("customer", ask),
             ("agent", answer)]
    assert "unanswered" in _cats(auditor, *turns, ("customer", "好的"), ("agent", _CLOSE))
    both = answer + ("噪音在六十分贝左右。" if "噪音" in ask else "滤网是可水洗的，不用换。")
    assert "unanswered" not in _cats(auditor, *turns[:3], ("agent", both), ("customer", "好的"), ("agent", _CLOSE))


# -------------------------------------------- a reproach left unfinished (001/004: 先道歉、安抚情绪)
@pytest.mark.parametrize("words", ["哦，你们家也真是的", "好吧，商家真是的……"])
def test_an_unfinished_reproach_of_the_shop_wants_an_apology(auditor, words):
    turns = [("customer", "能开发票吗"), ("agent", "您好，欢迎光临！可以开电子发票。"), ("customer", "纸质的能开吗"),
             ("agent", "纸质发票暂时开不了。"), ("customer", words)]
    assert "complaint_no_apology" in _cats(auditor, *turns, ("agent", _CLOSE))
    assert "complaint_no_apology" not in _cats(auditor, *turns, ("agent", "非常抱歉给您带来不便，" + _CLOSE))


def test_the_shop_praised_with_the_same_opening_is_no_reproach(auditor):
    got = _cats(auditor, ("customer", "收到了，包装好仔细"), ("agent", "您好，收到就好。"), ("customer", "你们真是太用心了"),
                ("agent", "谢谢您的认可，" + _CLOSE))
    assert "complaint_no_apology" not in got


# ------------------ the matter only said to be passed on, after a check promised (004: 需要查询的问题要回复结果)
@pytest.mark.parametrize("vague", ["已经帮您反馈上去了，您留意一下短信，再见", "这边已经为您登记了，请耐心等待，再见"])
def test_passed_on_without_a_result_after_a_hold_is_a_followup_missed(auditor, vague):
    turns = [("customer", "我的快递三天没更新了，能帮忙看看吗"), ("agent", "您好，抱歉让您着急了，我帮您问问快递那边，请稍等。"),
             ("customer", "好"), ("agent", "感谢您的耐心，还有其他问题欢迎随时咨询。"), ("customer", "那查到没有")]
    assert "followup_missed" in _cats(auditor, *turns, ("agent", vague))
    found = _cats(auditor, *turns, ("agent", "查到了，包裹卡在分拣中心，已经催过了，明天上午派送。"), ("customer", "好的"),
                  ("agent", _CLOSE))
    assert "followup_missed" not in found


# ------------------------ words dictated for the goods are data, not thanks to the agent (004: 致谢时回应)
# after the agent spoke of the text to engrave or print, thanks words the customer places on the goods (上面… 下面…)
# are what is to be written; thanks said to the agent beside them still want an answer
@pytest.mark.parametrize("dictated", ["好的，正面刻生日快乐，背面刻谢谢爸爸", "那第一行毕业快乐，第二行感谢恩师"])
def test_thanks_words_dictated_for_the_goods_want_no_answer(auditor, dictated):
    turns = [("customer", "这个木质相框能刻字吗"), ("agent", "您好，欢迎光临！可以免费刻字，正反两面都能刻，每行八个字以内。"),
             ("customer", dictated), ("agent", "收到，已经为您备注好了，刻好拍照给您确认。")]
    assert "thanks_unacknowledged" not in _cats(auditor, *turns, ("customer", "好"), ("agent", _CLOSE))
    # (thanks said to the agent first, then the dictated words: the agent owes the answer)
    said = [*turns[:2], ("customer", "太谢谢你了，" + dictated), turns[3], ("customer", "好"), ("agent", _CLOSE)]
    assert "thanks_unacknowledged" in _cats(auditor, *said)
