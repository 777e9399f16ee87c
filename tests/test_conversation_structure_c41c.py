"""Issue 12, stop 41 (c41c): structural readings of the conversation audit, on chats written for this test (JD / Taobao
style, seeds 000-004), each kind shown on clean chats and on faulty ones that must stay flagged.

* missing_closing: the agent must have the last word (docs/spec/taxonomy.md, seed 003): the customer's goodbye, thanks or
  emoji after the agent's closing, a question after it, or a bare 不客气 as the agent's last word leave the chat without it.
* missing_closing: closings without the stock words — looking forward to the customer's word on the goods (期待您的反馈),
  taking leave (不耽误您了 / 您先忙), help offered for whenever something comes up (收到货有问题第一时间找我们 / 有事您说话), a wish without 祝 (一路顺风) — pack ``words.closing`` and ``closing`` forms.
* unanswered: two questions in one message answered in one sentence, the time told in a later clause answering the question
  asking when the goods are sent or arrive (``when.sibling_when``, pack ``delivery_event``); a clause praising the goods, a yes said
  about the first matter, or a shipping time beside a question how long of something else (续航多久) settles no sibling.
* suggestion_unacknowledged: a suggestion taken up for what comes next (下一批会考虑 / 改版会优化 / 会认真考虑的) is recorded
  (pack ``suggestion_reply``); a wish the agent says is met already (本身就带 / 标配就有 / 默认就是) leaves nothing to record
  (``suggestion.already_so``, pack ``already_so_forms``).
* unanswered: the result of a check read back for the customer to confirm (查到了，收货人…，对吗？) answers
  (``answering._found_read_back``); a question back alone does not.
* missing_closing: closing words followed by a question (感谢您的支持，还有别的要咨询的吗？) owe the goodbye after the
  customer's 没有了.
* forced_end / aftersales_flow: a fault cured by the advice, the customer saying the goods work again after what they did
  (长按就亮了 / 加满水就有雾了 / 能充了), is a question of use (pack ``resolved_forms``); the question back may come in the
  same message before the advice (``checks/aftersales._asks_then_advises``).
* direct_name: the customer's name as the value a field is set to or the one the goods go to (收货人已改成王晓明 / 转给王晓明)
  is data (``checks/addressing._DATA_BEFORE``).
* unanswered: a figure or a one-word yes typed in one sentence with the greeting (您好，欢迎光临～2.5kg / 您好，支持的哦)
  answers (``answering._terse_after_greeting``); a greeting alone, or 在的, does not."""

from __future__ import annotations

import pytest


from chat_fixtures import conv_categories

_BYE = "不客气，后面有问题随时找我，祝您生活愉快，再见～"
_ASK = ("customer", "你好，这款落地灯能调色温吗")
_ANS = ("agent", "您好，欢迎光临～可以调，暖光和白光三档切换。")



def _cats(auditor, *turns, pack_auditor=None):
    return conv_categories(pack_auditor or auditor, turns, start="2025-11-06T15:00:00")


# ---------- the customer's last word after the agent's closing: the agent must have the last word (the contract)
@pytest.mark.parametrize("last", ["再见", "好的拜拜", "嗯嗯", "👍"])
def test_customer_winding_down_after_the_closing_still_wants_the_agent(auditor, last):
    cats = _cats(auditor, _ASK, _ANS, ("customer", "好的，我拍了"), ("agent", "感谢您的咨询，祝您生活愉快～"),
                 ("customer", last))
    assert "missing_closing" in cats


@pytest.mark.parametrize("last", ["等一下，能开发票吗？", "对了，灯泡坏了能单独买吗"])
def test_a_question_after_the_closing_still_wants_the_agent(auditor, last):
    cats = _cats(auditor, _ASK, _ANS, ("customer", "好的"), ("agent", "感谢您的咨询，祝您生活愉快～"), ("customer", last))
    assert {"missing_closing", "unanswered"} <= cats


@pytest.mark.parametrize("agent_last", ["不客气", "有的"])
def test_no_proper_closing_before_the_customer_goodbye(auditor, agent_last):
    cats = _cats(auditor, _ASK, _ANS, ("customer", "好的谢谢"), ("agent", agent_last), ("customer", "再见"))
    assert "missing_closing" in cats


# ---------- closings without the stock words (seed 003: 如果有什么问题请随时招呼我; 004: 欢迎您随时再来咨询)
@pytest.mark.parametrize("bye", ["好的，期待您的反馈～", "好的，等您收到货后的好消息哦", "那我就不耽误您时间了",
                                 "好的，那您先忙", "先这样哈～有啥再说",
                                 "好的，收到货有问题第一时间找我们", "好的呢，那就这样，有事您说话", "好的，一路顺风"])
def test_closing_in_other_words(auditor, bye):
    cats = _cats(auditor, _ASK, _ANS, ("customer", "好的，我拍了"), ("agent", bye))
    assert "missing_closing" not in cats


@pytest.mark.parametrize("bye", ["好的，那您慢慢挑，看好了直接拍就行", "灯管坏了您找快递公司问问"])
def test_last_words_that_close_nothing(auditor, bye):
    cats = _cats(auditor, _ASK, _ANS, ("customer", "好的，我拍了"), ("agent", bye))
    assert "missing_closing" in cats


# ---------- two questions of one message answered in one sentence (seed 000: 对客户的每一个问题都认真回复)
@pytest.mark.parametrize("ask,reply", [
    ("那你们能帮忙装好吗？周六之前能到吗", "出厂都装好了，明早发顺丰，一般次日下午送达。"),
    ("有礼盒吗？下周三前能收到吗", "配原装礼盒，今天下午发出，一般后天到货。"),
    ("护栏能拆吗？赶得上月底吗", "四面护栏都能拆下来，今天发货，三天左右送达。"),
])
def test_the_time_told_after_the_first_answer_answers_when(auditor, ask, reply):
    cats = _cats(auditor, ("customer", "你好，这款婴儿床到手需要自己装吗"),
                 ("agent", "您好，欢迎光临～这款是实木的，需要简单组装。"), ("customer", ask), ("agent", reply),
                 ("customer", "行，那就拍这个"), ("agent", _BYE))
    assert "unanswered" not in cats


@pytest.mark.parametrize("ask,reply", [
    ("那你们能帮忙装好吗？周六之前能到吗", "出厂都装好了，这款卖得很好，很多宝妈回购。"),
    ("是整床发货吗？下周一之前能送到吗", "整床发货不用拆装，床板是新西兰松木的。"),
])
def test_no_time_told_leaves_when_open(auditor, ask, reply):
    cats = _cats(auditor, ("customer", "你好，这款婴儿床到手需要自己装吗"),
                 ("agent", "您好，欢迎光临～这款是实木的，需要简单组装。"), ("customer", ask), ("agent", reply),
                 ("customer", "行，那就拍这个"), ("agent", _BYE))
    assert "unanswered" in cats


@pytest.mark.parametrize("ask,reply", [
    ("有现货吗？电池能撑多久", "有现货，今天下午就发出。"),
    ("是新款吗？滤芯多久换一次", "是今年的新款，明天上午发顺丰。"),
])
def test_a_time_of_shipping_answers_no_other_how_long(auditor, ask, reply):
    # (the question asks how long of another matter than the goods sent or arriving: pack ``delivery_event``)
    cats = _cats(auditor, ("customer", "你好，这款净水杯多少钱"), ("agent", "您好，欢迎光临～到手价一百二十九元。"),
                 ("customer", ask), ("agent", reply), ("customer", "好的"), ("agent", _BYE))
    assert "unanswered" in cats


def test_a_time_after_the_answer_to_another_turn_goes_on_about_it(auditor):
    cats = _cats(auditor, ("customer", "这个空气净化器滤网隔多久换一次？"), ("customer", "另外发什么快递"),
                 ("agent", "您好，发的是韵达，隔日送达。"), ("customer", "嗯 去拍"), ("agent", _BYE))
    assert "unanswered" in cats


def test_a_yes_about_the_first_matter_answers_no_sibling(auditor):
    cats = _cats(auditor, ("customer", "焖烧罐里层是不是食品级钢？送不送勺子"),
                 ("agent", "哈喽您好，里层用的食品级钢材，宝宝用也没问题。"), ("customer", "嗯"),
                 ("agent", "感谢光顾小店，祝您一切顺利，再见！"))
    assert "unanswered" in cats


# ---------- a suggestion taken up for what comes next is recorded (seed 004: 建议时致谢并记录)
_SUGGEST_OPEN = (("customer", "你好，这款台灯有护眼认证吗"), ("agent", "您好，欢迎光临～有国家AA级护眼认证。"))


@pytest.mark.parametrize("idea,reply", [
    ("希望以后能出个粉色的", "下一批会考虑加粉色，到时候上新通知您～"),
    ("你们的说明书字太小了，以后印大一点吧", "以后改版会优化这一点，说明书电子版我也发您一份。"),
    ("建议灯罩做成可以拆洗的", "我们会认真考虑的，目前灯罩可以用干布擦。"),
])
def test_suggestion_taken_up_for_later(auditor, idea, reply):
    cats = _cats(auditor, *_SUGGEST_OPEN, ("customer", idea), ("agent", reply), ("customer", "好的"), ("agent", _BYE))
    assert "suggestion_unacknowledged" not in cats


@pytest.mark.parametrize("idea,reply", [
    ("希望以后能出个粉色的", "目前只有白色和黑色两种。"),
    ("建议灯罩做成可以拆洗的", "灯罩可以用干布擦，注意别沾水。"),
])
def test_suggestion_passed_over(auditor, idea, reply):
    cats = _cats(auditor, *_SUGGEST_OPEN, ("customer", idea), ("agent", reply), ("customer", "好的"), ("agent", _BYE))
    assert "suggestion_unacknowledged" in cats


# ---------- the result of a check read back for confirmation answers (seed 004: 需要查询的问题要回复结果)
@pytest.mark.parametrize("found", [
    "查到了，收货人张伟，手机尾号3321，地址是杭州市西湖区文三路，对吗？",
    "核实过了，收件人填的是李娜，电话尾号0917，收货地址苏州工业园区星湖街，是这个吗？",
])
def test_result_read_back_for_confirmation(auditor, found):
    cats = _cats(auditor, ("customer", "你好，帮我看下订单的收货人对不对"), ("agent", "您好，请提供一下订单号。"),
                 ("customer", "2025031288"), ("agent", found), ("customer", "对"), ("agent", _BYE))
    assert "unanswered" not in cats


def test_question_back_alone_after_the_details_answers_nothing(auditor):
    cats = _cats(auditor, ("customer", "你好，帮我看下订单的收货人对不对"), ("agent", "您好，请提供一下订单号。"),
                 ("customer", "2025031288"), ("agent", "您是要修改收货人吗？"), ("customer", "不是，就想看看对不对"),
                 ("agent", _BYE))
    assert "unanswered" in cats


# ---------- a fault cured by the advice on use (seed 003 §售后: 查明原因 — no fault of the goods found)
@pytest.mark.parametrize("problem,advice,works", [
    ("收到的台灯不亮", "您好，麻烦确认一下插座有电吗？开关是长按开机的。", "长按就亮了"),
    ("买的加湿器没有雾出来", "您好，麻烦看下水箱盖子有没有拧紧，水位要超过最低刻度线。", "水加少了，加满就有雾了"),
    ("新买的暖风机不出热风", "您好，麻烦看一下档位是不是拨在了自然风，往右拨到暖风档试试。", "拨过去就出热风了"),
])
def test_fault_cured_by_advice(auditor, problem, advice, works):
    cats = _cats(auditor, ("customer", problem), ("agent", advice), ("customer", works),
                 ("agent", "好的，那就好，有问题随时找我，祝您用得开心～"))
    assert not cats & {"forced_end", "aftersales_flow"}


def test_fault_not_cured_is_still_after_sales(auditor):
    cats = _cats(auditor, ("customer", "收到的台灯不亮"), ("agent", "您好，麻烦确认一下插座有电吗？开关是长按开机的。"),
                 ("customer", "长按也不亮，换了插座也一样"), ("agent", "好的，那就好，有问题随时找我，祝您用得开心～"))
    assert cats & {"forced_end", "aftersales_flow"}


# ---------- a wish met as things stand: nothing to record (seed 004: 建议时致谢并记录 is for a change the shop could make)
_WISH_OPEN = (("customer", "你好，这款风扇有现货吗"), ("agent", "您好，欢迎光临～有现货的。"))


@pytest.mark.parametrize("wish,reply", [
    ("要是能送个收纳袋就好了", "这款本身就带一个收纳袋。"),
    ("你们要是能配个遥控器就好了", "标配就有遥控器的，在包装盒侧面的小盒里。"),
    ("建议出个静音模式", "默认就是静音模式，夜里开着也听不到。"),
])
def test_wish_already_met(auditor, wish, reply):
    cats = _cats(auditor, *_WISH_OPEN, ("customer", wish), ("agent", reply), ("customer", "好的"), ("agent", _BYE))
    assert "suggestion_unacknowledged" not in cats


@pytest.mark.parametrize("wish,reply", [
    ("要是能送个收纳袋就好了", "这款不送收纳袋哦。"),
    ("建议出个静音模式", "这款本身就很省电，一晚上不到一度电。"),
    ("你们要是能配个遥控器就好了", "目前只有按键款。"),
])
def test_wish_neither_met_nor_recorded(auditor, wish, reply):
    cats = _cats(auditor, *_WISH_OPEN, ("customer", wish), ("agent", reply), ("customer", "好的"), ("agent", _BYE))
    assert "suggestion_unacknowledged" in cats


# ---------- the agent's turn ends asking what more there is: the customer's 没有了 answers it, the goodbye is still owed
@pytest.mark.parametrize("agent_last", ["感谢您的支持，还有别的要咨询的吗？", "感谢您对小店的支持，您看还有没有其他需要的呢"])
def test_closing_words_then_a_question_still_owe_the_goodbye(auditor, agent_last):
    cats = _cats(auditor, _ASK, _ANS, ("customer", "好的谢谢"), ("agent", agent_last), ("customer", "没有了"))
    assert "missing_closing" in cats


def test_advice_on_the_charger_that_worked_is_use(auditor):
    # (apology and a question first, then the advice; 能充了: the charge is back — pack ``resolved_forms``)
    cats = _cats(auditor, ("customer", "你好，这个电动牙刷充不进电"), ("agent", "您好，给您添麻烦了。请问充电座的指示灯亮吗？"),
                 ("customer", "不亮"), ("agent", "那可能是充电座的问题，请您换个插座试一下。"),
                 ("customer", "换了插座亮了，能充了"), ("agent", "好的，那就好，有问题随时找我，祝您用得开心～"))
    assert not cats & {"forced_end", "aftersales_flow"}


def test_advice_on_the_charger_that_did_not_work_is_after_sales(auditor):
    cats = _cats(auditor, ("customer", "你好，这个电动牙刷充不进电"), ("agent", "您好，给您添麻烦了。请问充电座的指示灯亮吗？"),
                 ("customer", "不亮"), ("agent", "那可能是充电座的问题，请您换个插座试一下。"),
                 ("customer", "换了插座还是充不进"), ("agent", "好的，那就好，有问题随时找我，祝您用得开心～"))
    assert cats & {"forced_end", "aftersales_flow"}


# ---------- the customer's name as the value a field is set to is data, not a form of address (seed 004: 不得直呼姓名)
_NAME_OPEN = (("customer", "你好，我叫王晓明，想改一下订单的收货信息"), ("agent", "您好，请提供一下订单号。"), ("customer", "20250311"))


@pytest.mark.parametrize("line", ["好的，收货人已改成王晓明，电话不变。", "好的，发票抬头换成王晓明，明天开出。",
                                  "已经帮您把包裹转给王晓明，快递员会先打电话。"])
def test_name_as_the_value_set(auditor, line):
    cats = _cats(auditor, *_NAME_OPEN, ("agent", line), ("customer", "对的"), ("agent", _BYE))
    assert "direct_name" not in cats


@pytest.mark.parametrize("line", ["王晓明，您的收货人已经改好了。", "王晓明你好，收货人已经改好了。"])
def test_name_said_to_the_customer(auditor, line):
    cats = _cats(auditor, *_NAME_OPEN, ("agent", line), ("customer", "对的"), ("agent", _BYE))
    assert "direct_name" in cats


# ---------- a terse answer typed in one sentence with the greeting (seed 000: 对客户的每一个问题都认真回复)
@pytest.mark.parametrize("ask,reply", [
    ("你好，这款多重？", "您好，欢迎光临～2.5kg。"),
    ("你好，这款能用花呗吗", "您好，欢迎光临～支持的。"),
    ("你好，这款能用花呗吗", "您好，支持的哦"),
    ("你好，这款充电器有快充吗", "您好呀，有的呢"),
    ("你好，这个锅能用电磁炉吗", "您好，欢迎光临，可以哦"),
])
def test_terse_answer_after_the_greeting(auditor, ask, reply):
    cats = _cats(auditor, ("customer", ask), ("agent", reply), ("customer", "好的"), ("agent", _BYE))
    assert "unanswered" not in cats


@pytest.mark.parametrize("reply", ["您好，欢迎光临～", "您好，在的", "您好，欢迎光临～很高兴为您服务"])
def test_greeting_alone_answers_nothing(auditor, reply):
    cats = _cats(auditor, ("customer", "你好，这款多重？"), ("agent", reply), ("customer", "好的"), ("agent", _BYE))
    assert "unanswered" in cats
