"""Issue 12 round 6, the kinds of misses found on benchmarks/data/fresh8_chats.jsonl (now read), fixed by their
cause: every sentence here is written for this test from the seeds' rules (000 漏回复/强制结束, 001 主动致歉,
003 售后顺序, 004 节日开头语/不得直呼姓名/致谢回应/建议致谢/查询要回复结果); none is a sentence of that set, of the dev
cases or of the held-out generator.  Each cause is checked in several shapes, and both ways where a proper handling
exists."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_CLOSE = "感谢您的支持，祝您生活愉快，再见"


def _cats(auditor, *turns, start="2025-05-20T15:00:00", name=None):
    """Audit ``(role, text)`` turns 20 s apart (or ``(role, text, seconds)``); the conversation categories reported."""
    return conv_categories(auditor, turns, start=start, name=name)


# ------------------------------------------------------ after-sales: a question of use answered, anger at the goods
# advice on how the goods are used that the customer says worked, with no defect named: no after-sales case (003 is for
# goods found faulty), whether the customer says it is fixed outright or after telling what they did
@pytest.mark.parametrize("report, advice, worked", [
    ("扫码枪连上电脑以后扫出来是乱码，怎么办", "您好，这是输入法的问题，您先把输入法切到英文再扫一下试试", "切完就正常了"),
    ("刚装上的蓝牙音箱和电视配对老是配不上", "您好，您先长按音箱背面的按键五秒让它进入配对状态，再用电视搜索", "按了五秒好了，谢谢"),
    ("缝纫机用了两天，缝出来的线总是松松的", "您好，一般是面线张力不够，您把张力旋钮往大调一到两格看看", "调大以后好多了"),
])
def test_advice_on_use_that_worked_is_no_aftersales_case(auditor, report, advice, worked):
    cats = _cats(auditor, ("customer", report), ("agent", advice), ("customer", worked),
                 ("agent", "好的，能用就好，" + _CLOSE))
    assert "aftersales_flow" not in cats


def test_a_defect_fixed_by_advice_still_wants_the_apology(auditor):
    cats = _cats(auditor, ("customer", "刚收到的净水器接口漏水"),
                 ("agent", "您好，您把接口的螺母再拧紧半圈试试"), ("customer", "拧完好了"),
                 ("agent", "好的，" + _CLOSE))
    assert "aftersales_flow" in cats  # a fault of the goods (漏水): 003's order, apology included


# anger at goods received, the defect in words neither the tagger nor the pack's lists name: an after-sales case
@pytest.mark.parametrize("anger", ["新买的鼠标 点一下跳两下 真是无语", "买回来的电风扇 摇头的时候咔哒咔哒 我真是服了"])
def test_anger_at_goods_received_opens_an_aftersales_case(auditor, anger):
    bad = _cats(auditor, ("customer", anger), ("agent", "您好，请问您是怎么使用的呢？"), ("customer", "就正常用啊"),
                ("agent", "正常使用一般不会这样的"), ("customer", "好吧"), ("agent", _CLOSE))
    assert "aftersales_flow" in bad
    good = _cats(auditor, ("customer", anger), ("agent", "您好，非常抱歉给您带来不便，请问是从收到就这样吗？"),
                 ("customer", "对，一拿到就这样"),
                 ("agent", "理解您的心情，这是质量问题，可以帮您换一个新的，明天就寄出"), ("customer", "好"),
                 ("agent", _CLOSE))
    assert "aftersales_flow" not in good


# goods used for a while (verb + 了 + how long or how often) are goods received: the fault then is an after-sales case
@pytest.mark.parametrize("report", ["沙发坐了一个月，坐垫软塌塌的回不了弹", "这把椅子坐了两周椅背就往后仰"])
def test_goods_used_for_a_while_are_goods_received(auditor, report):
    cats = _cats(auditor, ("customer", report), ("agent", "您好，请问是哪个位置呢？"), ("customer", "坐的地方"),
                 ("agent", "好的，您注意平时别久坐一个位置"), ("customer", "哦"), ("agent", _CLOSE))
    assert "aftersales_flow" in cats
    asks = _cats(auditor, ("customer", "这款沙发坐久了中间会不会陷下去"), ("agent", "您好，这款用的是高密度海绵，不容易塌陷"),
                 ("customer", "好的"), ("agent", _CLOSE))
    assert "aftersales_flow" not in asks


# ------------------------------------------------------ what answers before the goodbye, and what is no question
# advice on what to do, given in the same sentence as the goodbye, answers the customer's last question
@pytest.mark.parametrize("question, advice", [
    ("窗户上的胶印怎么去掉", "您可以用风油精抹一抹再拿布擦"),
    ("那这个水垢怎么去", "您先倒点白醋泡半小时再冲洗"),
])
def test_advice_in_the_goodbye_answers(auditor, question, advice):
    cats = _cats(auditor, ("customer", "你好"), ("agent", "您好，很高兴为您服务"), ("customer", question),
                 ("agent", f"{advice}，{_CLOSE}"))
    assert not {"forced_end", "unanswered"} & cats


def test_being_told_to_wait_in_the_goodbye_answers_nothing(auditor):
    cats = _cats(auditor, ("customer", "你好，洗衣机到了三天了还没人来安装"), ("agent", "您好，请提供一下订单号"),
                 ("customer", "6620193388"), ("agent", "查到了，安装工单已经派了"),
                 ("customer", "可是我明天就要出差，今天装不上就没人在家了"), ("agent", f"您再等一等，{_CLOSE}"))
    assert "forced_end" in cats


# the customer telling the choice made asks nothing: the goodbye after it cuts nothing off
@pytest.mark.parametrize("choice", ["那就拿灰色的吧", "那就要藏青的吧"])
def test_telling_the_choice_made_is_no_open_question(auditor, choice):
    cats = _cats(auditor, ("customer", "这款有哪几个颜色"), ("agent", "您好，有灰色、白色和藏青三个颜色"),
                 ("customer", choice), ("agent", "好的，下单后48小时内发出，" + _CLOSE))
    assert not {"forced_end", "unanswered"} & cats


def test_a_question_after_the_choice_still_waits(auditor):
    cats = _cats(auditor, ("customer", "这款有哪几个颜色"), ("agent", "您好，有灰色、白色和藏青三个颜色"),
                 ("customer", "灰色的今天能发出吗"), ("agent", "好的，" + _CLOSE))
    assert "forced_end" in cats


# the customer asking the agent to stay while deciding: a goodbye then ends the chat on them
@pytest.mark.parametrize("stay", ["我对比一下 您别急着下线", "等等 我比一比", "你先别下线 我再挑挑"])
def test_a_goodbye_to_a_customer_asking_to_stay_is_a_forced_end(auditor, stay):
    turns = [("customer", "这两款电饭煲哪个容量大"), ("agent", "您好，左边那款是五升的，右边是三升的"), ("customer", stay)]
    assert "forced_end" in _cats(auditor, *turns, ("agent", "亲，我这边要忙了，您选好直接下单，" + _CLOSE))
    waited = _cats(auditor, *turns, ("agent", "好的，不着急，您慢慢看"), ("customer", "就要五升的了"),
                   ("agent", "好的，" + _CLOSE))
    assert "forced_end" not in waited


# ------------------------------------------------------ questions that stay open
# a question added to a problem in the same turn (另外… / 还有…) is a need of its own, not settled with the problem
@pytest.mark.parametrize("turn, answer, other", [
    ("快递三天都没动了，另外能开专票吗", "包裹已经到了本地站点，今天会派送", "专票可以开的，在订单页申请就行"),
    ("订单五天了还没发出来，对了发票能寄纸质的吗", "仓库这两天爆单，明天一定发出", "纸质发票可以寄，跟货一起"),
])
def test_a_question_added_to_a_problem_is_a_need_of_its_own(auditor, turn, answer, other):
    head = [("customer", "你好"), ("agent", "您好，很高兴为您服务"), ("customer", turn)]
    assert "unanswered" in _cats(auditor, *head, ("agent", answer), ("customer", "嗯"), ("agent", _CLOSE))
    assert "unanswered" not in _cats(auditor, *head, ("agent", answer), ("agent", other), ("customer", "嗯"),
                                     ("agent", _CLOSE))


# a question about a case put as a condition (要是… / 万一… + 吗) still asks
@pytest.mark.parametrize("second", ["要是穿着不合脚可以换吗", "万一收到有磕碰能补发吗"])
def test_a_question_put_as_a_condition_asks(auditor, second):
    head = [("customer", "你好，这款运动鞋码数准吗"), ("agent", "您好，这款是标准码"),
            ("customer", f"那鞋底防滑吗？{second}")]
    skipped = _cats(auditor, *head, ("agent", "鞋底是橡胶大底，防滑效果很好"), ("customer", "行，知道了"),
                    ("agent", "好的，" + _CLOSE))
    assert "unanswered" in skipped
    answered = _cats(auditor, *head, ("agent", "鞋底是橡胶大底，防滑效果很好"),
                     ("agent", "收货七天内都可以申请退换，有磕碰也会给您补发"), ("customer", "行，知道了"),
                     ("agent", "好的，" + _CLOSE))
    assert "unanswered" not in answered


# a hold that names one of two questions (…我帮您问一下…) holds that one, whatever answers the other
@pytest.mark.parametrize("first, answer, second, hold, back", [
    ("一共几层", "一共是五层，每层高三十厘米", "还有能送上六楼吗", "送上楼我帮您问一下配送站，请稍等", "配送站说可以送上楼，不另外收费"),
    ("柜门是什么颜色", "柜门是原木色的", "另外能多加一层隔板吗", "加隔板的事我问问师傅，您稍等", "师傅说可以加，另付二十元"),
])
def test_a_hold_that_names_a_question_holds_it(auditor, first, answer, second, hold, back):
    def run(gap):
        return _cats(auditor, ("customer", "你好，这个书柜是实木的吗", 0), ("agent", "您好，是橡木的", 15),
                     ("customer", f"{first} {second}", 40), ("agent", f"{answer}。{hold}", 55),
                     ("agent", back, 55 + gap), ("customer", "好的", 70 + gap), ("agent", _CLOSE, 80 + gap))

    assert "followup_missed" in run(260)
    assert "followup_missed" not in run(60)


# ------------------------------------------------------ courtesy owed
# praise and thanks said while giving the data the agent asked for ask for nothing: they want 不客气
@pytest.mark.parametrize("turn", ["订单号HX20250611007，回复好快，谢谢", "订单号HX20250611007，你们真负责，谢谢"])
def test_praise_given_with_the_data_wants_an_answer(auditor, turn):
    head = [("customer", "你好，我买的台灯少了个灯泡"), ("agent", "您好，非常抱歉，这边给您补寄一个灯泡，请提供订单号"),
            ("customer", turn)]
    assert "thanks_unacknowledged" in _cats(auditor, *head, ("agent", "补寄已登记，两天内发出"), ("customer", "好"),
                                            ("agent", _CLOSE))
    assert "thanks_unacknowledged" not in _cats(auditor, *head, ("agent", "不客气，补寄已登记，两天内发出"),
                                                ("customer", "好"), ("agent", _CLOSE))


# the shop told what it could do (你们可以…加/附/标…) is a suggestion: it wants thanks or a record
@pytest.mark.parametrize("idea", ["你们可以在说明书里附一页常见问题，省得到处搜", "你们可以给每个配件袋标上编号，装的时候好认",
                                  "商家其实能在说明书里配几张实物图"])
def test_the_shop_told_what_it_could_do_is_a_suggestion(auditor, idea):
    head = [("customer", "你好，这个置物架承重多少"), ("agent", "您好，每层承重二十公斤"), ("customer", idea)]
    assert "suggestion_unacknowledged" in _cats(auditor, *head, ("agent", "说明书第三页就有安装步骤"),
                                                ("customer", "好吧"), ("agent", _CLOSE))
    assert "suggestion_unacknowledged" not in _cats(auditor, *head, ("agent", "感谢您的建议，已记录下来反馈给产品部门"),
                                                    ("customer", "好"), ("agent", _CLOSE))


# a complaint answered only with a remedy: the model's unsure reading of empathy in it (below the pack's
# act_confidence.empathy) is no apology; at the bar, or with the pack's words, it is one
@pytest.mark.parametrize("score, owed", [(0.55, True), (0.5, True), (0.75, False)])
def test_an_unsure_empathy_reading_is_no_apology(auditor, score, owed):
    import dataclasses

    from zhijian.audit.chat import Chat
    from zhijian.audit.checks.complaint import complaint_no_apology
    from zhijian.audit.conversation import Conversation, Message

    texts = [("customer", "说好的前天发货，到现在还没发，太拖了"), ("agent", "您好，请提供一下订单号"),
             ("customer", "6620193388"), ("agent", "这边给您重新安排发货，明天上午出库"), ("customer", "行"),
             ("agent", _CLOSE)]
    conv = Conversation(id="t", messages=[Message(r, t, None) for r, t in texts])
    sents = auditor._tag([conv])[0]
    remedy = sents[3][0]
    sents[3] = [dataclasses.replace(remedy, acts=tuple(dict.fromkeys((*remedy.acts, "empathy"))),
                                    scores={**remedy.scores, "empathy": score}, by="model", cues=())]
    got = [f.category for f in complaint_no_apology(Chat(conv, auditor.config, sents))]
    assert got == (["complaint_no_apology"] if owed else [])


# ------------------------------------------------------ names and holidays
# a full name the customer gives as a field's data (收货人…), then used bare to address them
@pytest.mark.parametrize("given", ["5521 收货人：刘明华", "订单3312，收件人孙丽"])
def test_a_name_given_as_data_then_used_to_address_is_direct_name(auditor, given):
    name = given[-3:] if given.endswith("明华") else given[-2:]
    head = [("customer", "你好，地址填错了要换一个"), ("agent", "您好，麻烦发一下订单号和收件人名字"), ("customer", given)]
    assert "direct_name" in _cats(auditor, *head, ("agent", f"{name}，地址还能改，订单未出库"), ("customer", "好"),
                                  ("agent", _CLOSE))
    assert "direct_name" not in _cats(auditor, *head, ("agent", f"收货人是{name}，地址还能改，订单未出库"),
                                      ("customer", "好"), ("agent", _CLOSE))


# every statutory day of a festival wants its greeting (004: 国家法定假日); the rest of the break takes it too
@pytest.mark.parametrize("start, hello, wrong", [
    ("2026-02-18T10:00:00", "您好", True),  # 春节's second statutory day
    ("2026-10-02T15:00:00", "您好", True),  # 国庆's second statutory day
    ("2026-10-04T15:00:00", "国庆节快乐", False),  # a Sunday inside the National Day break
    ("2026-10-06T15:00:00", "国庆快乐", False),  # a substituted day off of the break
    ("2026-10-06T15:00:00", "您好", False),  # not a statutory day: the plain greeting is fine
])
def test_holiday_greetings_on_the_statutory_days_and_the_break(auditor, start, hello, wrong):
    cats = _cats(auditor, ("customer", "在吗，这个帐篷有货吗"), ("agent", f"{hello}！有货的，当天就能发"),
                 ("customer", "好的"), ("agent", _CLOSE), start=start)
    assert ("greeting_mismatch" in cats) == wrong
