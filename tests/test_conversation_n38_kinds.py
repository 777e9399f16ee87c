"""Issue 12, unanswered and forced_end recall (misses read on the blind pool n38 and fresh17, fixed by their cause): every
sentence here is written for this test from the seeds' rules (004: 问题要逐一回复, 不可强制结束; 000: 漏回复); none is a
sentence of those sets, of the dev cases or of the held-out generator.  Each cause is checked in several shapes, both
ways where it applies."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_CLOSE = "谢谢光顾，回头见"


def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2025-09-03T10:00:00")


def _asked(auditor, question, *answers):
    """One customer turn, the agent's answer in one turn, then 好的 and the closing."""
    return _cats(auditor, ("customer", question), ("agent", "".join(answers)), ("customer", "好的"), ("agent", _CLOSE))


# ---- a problem told with two questions (坏了 | 修要多少钱 | 几天修好): one answer about the problem and one question
# leaves the other question open; the problem with one question is still one need
_PROBLEM_TWO = [
    ("电热水壶插上不通电了，上门检测收费吗，配件几天能寄到", "您好，估计温控器出了毛病，配件三天内能寄到。", "上门检测不另收钱。"),
    ("洗衣机排不了水，上门修要收费吗，维修员哪天能到", "您好，这大概率是排水泵堵了，维修员后天下午能到。",
     "保修期内维修不收费。"),
]


@pytest.mark.parametrize("question, answer, second", _PROBLEM_TWO)
def test_a_problem_with_two_questions_needs_both_answered(auditor, question, answer, second):
    assert "unanswered" in _asked(auditor, question, answer)
    assert "unanswered" not in _asked(auditor, question, answer, second)


@pytest.mark.parametrize("question, answer", [
    ("我家的扫地机轮子卡住不转了，多久能修好", "您好，寄到后两天就修好寄回。"),
    ("手机屏碎成蛛网了，当天能取吗", "您好，屏幕裂了可以换原装的，当天下午就能取。"),
])
def test_a_problem_with_one_question_is_one_need(auditor, question, answer):
    assert "unanswered" not in _asked(auditor, question, answer)


# ---- a sentence telling something about the first question, then adding another (…，另外 / 对了 / 顺便问下 …): the need
# added is what follows the marker; an answer using what was told before it does not answer the added question
_ADDED = [
    ("这个衣柜能从门口搬进去吗？我量了下门宽是80公分，另外要是楼道太窄柜子可以拆开运吗", "您好，衣柜宽75公分，80公分的门能搬进去。",
     "柜子是拆开装箱发的，到家再组装。"),
    ("这台空调一晚上耗电多少？我家卧室是15平的，对了要是装在客厅的话送铜管吗", "您好，这台一晚上大约耗电3度，15平的卧室用1.5匹刚好。",
     "客厅卧室安装都送3米铜管。"),
    ("这双靴子尺码偏小吗？我日常穿41码的皮鞋，另外要是不合脚可以换吗", "您好，这双按正常尺码做的，日常41码的选41即可。",
     "收到后不合脚七天内都能换。"),
    ("这个电饭煲能预约吗？我家一般早上七点起，对了要是内胆刮花了能单买吗", "您好，可以预约，睡前设好，早上七点粥就煮好了。",
     "内胆刮花了另外下单买一个就行。"),
]


@pytest.mark.parametrize("question, answer, second", _ADDED)
def test_the_need_added_after_a_told_clause_is_what_follows_the_marker(auditor, question, answer, second):
    assert "unanswered" in _asked(auditor, question, answer)
    assert "unanswered" not in _asked(auditor, question, answer, second)


# ---- the agent pushes the customer out (咨询就到这儿) on a question asked plainly: unanswered as well as forced_end;
# not on a question asked in anger, nor while the customer asked the agent to wait, nor on a need the agent held
_PUSH = "排队的顾客太多了，咨询先到这儿吧，多谢"
_FIRST = (("customer", "这款枕头能整个放洗衣机洗吗"), ("agent", "您好，能整个放进滚筒洗，最好套个洗衣袋走轻柔模式。"))


@pytest.mark.parametrize("last", ["那枕芯能单独买吗", "再问下，枕套有没有别的颜色？", "我还想问下这个枕头能不能给小孩用"])
def test_a_plain_question_pushed_off_is_unanswered_too(auditor, last):
    cats = _cats(auditor, *_FIRST, ("customer", last), ("agent", _PUSH))
    assert {"forced_end", "unanswered"} <= cats


@pytest.mark.parametrize("last", ["你们到底还管不管了？", "你先等等，我问问家里人挑哪个颜色"])
def test_an_angry_question_or_a_customer_wait_pushed_off_is_forced_end_only(auditor, last):
    cats = _cats(auditor, *_FIRST, ("customer", last), ("agent", _PUSH))
    assert "forced_end" in cats and "unanswered" not in cats


def test_a_held_question_pushed_off_is_no_unanswered(auditor):
    cats = _cats(auditor, *_FIRST, ("customer", "枕芯能单独买吗"), ("agent", "我去跟库房确认下，您稍候"),
                 ("customer", "好"), ("agent", _PUSH))
    assert "unanswered" not in cats


# ---- a question asking who (运费谁出 / 谁来装): a need of its own, also without a question mark; 谁都 / 谁知道 ask nothing
_WHO = [
    ("那退货的邮费谁来付", "退货邮费我们出，寄回时约快递上门收件即可。"),
    ("发票抬头写谁的名字", "发票抬头写下单人的名字或者公司名称都可以。"),
    ("坏了找谁修", "坏了直接联系我们售后，寄回来免费修。"),
]


@pytest.mark.parametrize("who, answer", _WHO)
def test_a_question_asking_who_opens_a_need(auditor, who, answer):
    first = ("customer", "这盏台灯的色温可调吗")
    skipped = _cats(auditor, first, ("customer", who), ("agent", answer), ("customer", "嗯"), ("agent", _CLOSE))
    both = _cats(auditor, first, ("customer", who), ("agent", "您好，可以调三档色温。" + answer), ("customer", "嗯"),
                 ("agent", _CLOSE))
    assert "unanswered" in skipped
    assert "unanswered" not in both


@pytest.mark.parametrize("said", ["这个颜色谁都能驾驭吧，我就要这个了", "谁知道这么快就到了，挺好"])
def test_who_saying_anyone_or_who_would_think_opens_nothing(auditor, said):
    cats = _cats(auditor, ("customer", "这盏台灯的色温可调吗"), ("agent", "您好，可以调三档色温，暖光白光都有。"),
                 ("customer", said), ("agent", _CLOSE))
    assert "unanswered" not in cats


# ---- the customer gives their full name as the data of a field with its verb (收件人填的 / 收货人写的是): the agent then
# calling them by it bare addresses them (004: 不得直呼顾客姓名); read back as data it is fine
_GIVEN = [
    ("你好，收件人填的赵立新，地址想换一下", "赵立新，麻烦把订单编号发过来。"),
    ("收货人写的是孙海燕，手机号要改", "您好，孙海燕，请把新的手机号发我一下。"),
    ("订单联系人留的钱志远，发票抬头要改", "钱志远，好的，抬头改成什么呢？"),
]


@pytest.mark.parametrize("given, reply", _GIVEN)
def test_a_name_given_with_the_fields_verb_is_not_to_be_used_bare(auditor, given, reply):
    name = reply.split("，")[0].replace("您好", "") or reply.split("，")[1]
    cats = _cats(auditor, ("customer", given), ("agent", reply), ("customer", "好的"), ("agent", _CLOSE))
    assert "direct_name" in cats
    data = _cats(auditor, ("customer", given), ("agent", f"收件人{name}名下的订单查到了，要改哪一项呢？"),
                 ("customer", "好的"), ("agent", _CLOSE))
    assert "direct_name" not in data
