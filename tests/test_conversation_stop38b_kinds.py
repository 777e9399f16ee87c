"""Issue 12, stop 38 second pass (c38b): kinds behind conversation-check misses of fresh22, fixed in pack data
(``zhijian/data/packs/common.yaml``: ``complaint_forms``, ``ongoing_forms``), in ``acts/cues.py`` and ``audit/lexicon.py``
(a Latin thanks word inside a code), ``checks/acknowledgement.py``, ``audit/turns.py`` and ``checks/aftersales.py``.  Every
chat is written for this test from the seeds (003 §售后 查明原因 → 道歉 → 安抚 → 方案; 004 客户抱怨 / 致谢时回应; 000 漏回复);
none is a sentence of a read set."""

from __future__ import annotations

import pytest


from chat_fixtures import conv_categories



def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2025-11-06T09:00:00")


# kind 1: a thanks word in Latin letters (3q / thx) found inside a code the customer hands over (a tax number, a serial) is
# no thanks: the code is data, nothing to thank for (004 致谢时回应 needs thanks said)
@pytest.mark.parametrize("code", ["税号 92440300MB0Q7R3Q1K", "机身编号 SN83QX3QTHX9"])
def test_a_thanks_word_inside_a_code_is_no_thanks(auditors, code):
    chat = [("customer", "您好，上月下单的空气炸锅想补张专票"),
            ("agent", "您好，这边是厨易家电，抬头和税号发我一下？"),
            ("customer", f"抬头是广州青禾餐饮管理有限公司，{code}"),
            ("agent", "好的记下了，专票三天内寄出，物流号订单页能看到。"),
            ("customer", "行"), ("agent", "祝您做饭顺手～")]
    assert "thanks_unacknowledged" not in _cats(auditors, *chat)


@pytest.mark.parametrize("said, thanks", [("好的3q", True), ("收到 thx!", True), ("编号abc3q9", False), ("型号X3Q7", False),
                                         ("sorry sorry", True)])
def test_latin_thanks_words_only_as_words_of_their_own(said, thanks):
    from zhijian.acts.cues import occurs
    from zhijian.engine.normalize import compact
    c = compact(said)
    assert any(occurs(p, c) for p in ("3q", "thx", "sorry")) is thanks


def test_thanks_in_latin_letters_still_want_an_answer(auditors):
    chat = [("customer", "这款锅电磁炉上能用不"), ("agent", "您好～可以的，电磁炉燃气灶通用。"),
            ("customer", "好的3q"), ("agent", "还有啥要问的随时喊我。")]
    assert "thanks_unacknowledged" in _cats(auditors, *chat)


# kind 2: a state going on told with 着…呢 (家里等着用呢 / 一桌客人等着下锅呢) tells the customer's situation; it asks nothing and
# needs no answer of its own (000 漏回复 is for a question)
@pytest.mark.parametrize("turn", ["这下叫人怎么用？家里等着用呢", "这叫人咋吃？一桌客人等着下锅呢"])
def test_a_state_going_on_is_no_question(auditors, turn):
    chat = [("customer", "你们这东西怎么搞的！刚拆开就坏了"), ("agent", "您好，这里是暖冬家居。把订单号跟照片发我看看。"),
            ("customer", "订单 7781 2203 5519 [图片]"), ("customer", turn),
            ("agent", "照片看过了。可以补寄一份给您，或者直接退货，您挑一个？"),
            ("customer", "补寄吧"), ("agent", "补寄登记好了，明早出库，物流号订单页可查。"), ("customer", "行"),
            ("agent", "祝您顺心，回见～")]
    assert "unanswered" not in _cats(auditors, *chat)


@pytest.mark.parametrize("asked", ["现在还等着发货吗", "你们那边还压着什么呢", "这个衣服怎么还压着呢"])
def test_a_question_with_zhe_is_still_a_question(auditors, asked):
    from zhijian.audit.settle import compact
    assert not auditors["jd"].config.words_re("ongoing_forms").search(compact(asked))


# kind 3: complaints without a complaint word (004 客户抱怨): the goods asked back as useless now (这下让我怎么穿), the shop
# mocked as earning its money too easily (这钱赚得也太轻松了)
@pytest.mark.parametrize("said", ["鞋底都裂开了，这下让我怎么穿", "除甲醛才做完味道还这么大，你们这钱赚得也太轻松了吧"])
def test_complaints_without_a_complaint_word(auditors, said):
    chat = [("customer", said), ("agent", "您好，订单号发我看看可以吗？"), ("customer", "3321 5567 8890"),
            ("agent", "查到了，师傅明早过去帮您重新弄。"), ("customer", "行吧"), ("agent", "祝您顺心，回见～")]
    assert "complaint_no_apology" in _cats(auditors, *chat)


@pytest.mark.parametrize("said", ["这个怎么用", "这款怎么穿比较好看", "费用怎么收的"])
def test_plain_questions_are_no_complaint_forms(auditors, said):
    from zhijian.audit.settle import compact
    assert not auditors["jd"].config.patterns("complaint_forms").search(compact(said))


# kind 4: a defect asked about with 怎么 (怎么好多都发霉了) is the trouble told as a question; when the agent asks back when the
# goods came (or the customer asked in anger) and the customer answers with the details, it is an after-sales case, not a
# pre-sales question answered, and it wants a remedy (003 §售后 提供解决方案)
@pytest.mark.parametrize("first", ["你们家碧根果怎么好多都发霉了", "你们这开心果怎么一大半都是坏的"])
def test_a_defect_asked_about_opens_an_after_sales_case(auditors, first):
    chat = [("customer", first),
            ("agent", "您好～这边是坚果小铺🥜 几号收到货的？这样的大约占多少？"),
            ("customer", "昨天拿到，拆开一包，二十多颗里七八颗发霉[图片]"),
            ("agent", "图收到了，这批确实存放太久返潮了，真是对不住，让您碰上这种货😣"),
            ("customer", "唉 还是送人的"),
            ("agent", "特别能体会您现在的感受，送礼的货出这岔子确实闹心，您别往心里去🙏 这事我们会报给品控部门。"),
            ("customer", "嗯"), ("agent", "谢谢您告诉我们，祝您一切顺利～")]
    assert "aftersales_flow" in _cats(auditors, *chat)


# kind 5: a finding read from the records (查看记录… / 系统显示…) reports what was found; its calm wording, which the model may
# take for empathy, apologises for nothing, so a complaint answered only by it still wants an apology (001: 主动致歉)
@pytest.mark.parametrize("finding", ["核实了一下，您的留言在上周五晚上，那阵子排队的人比较多。",
                                     "核对了一下，您是周六晚上八点留的言，那时候排队的人比较多。",
                                     "查了一下记录，您是周六19:30留的言，那时排队的人较多。"])
def test_a_finding_from_the_records_is_no_apology(auditors, finding):
    chat = [("customer", "发了好几条消息没人回，你们店是没人上班了吗"),
            ("agent", "您好，这边是康源药房旗舰店，人工客服每天九点到晚上十点在线。"),
            ("customer", "我是晚上九点多发的"), ("agent", f"{finding}您想了解哪款商品？"),
            ("customer", "这个血压计袖带能单买吗"), ("agent", "能单买，店里有配件链接，直接下单就行。"),
            ("customer", "好"), ("agent", "祝您和家人安康～")]
    assert "complaint_no_apology" in _cats(auditors, *chat)


@pytest.mark.parametrize("said", ["查看记录，确实是我们漏发了，给您带来不便了", "收到您的订单了"])
def test_an_apology_with_a_finding_is_still_one(auditors, said):
    from zhijian.audit.settle import compact
    cfg = auditors["jd"].config
    assert not (cfg.words_re("record_finding_forms").search(compact(said)) and "empathy" not in cfg.lexicon.labels(said))
