"""Issue 12, the kinds behind the misses of the n43 diagnostic pool in the customer-reading checks, fixed by their cause:
a question asking how long a guarantee lasts answered with anything but cover or a term (unanswered, also as the second
of two questions); a question whether the goods suit a thing the customer names answered with the goods' own figures
(unanswered); what the customer handed over, the chat record or the first message pointed back to when asked again
(asked_to_repeat); exasperation at what the shop is doing or at its staff telling different things (complaint); a goodbye
looking forward to the next visit is courtesy, it answers no new problem (forced_end).  Every sentence is written for this
test from seeds 000/003/004 (漏回复 / 不让顾客重复叙述 / 先道歉、安抚情绪 / 不得强制结束对话); none comes from a benchmark,
pool, dev or test set."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_BYE = "多谢光顾 愿您万事顺遂 拜拜"


def _cats(auditor, *turns, step: int = 20):
    return conv_categories(auditor, turns, start="2025-11-04T10:00:00", step=step)


# ---------- unanswered: how long the cover lasts, answered with another matter
def _term(auditor, reply, ask="嗨 请问这台破壁机的马达保修几年"):
    return _cats(auditor, ("customer", ask), ("agent", reply), ("customer", "那杯体是玻璃的吗"),
                 ("agent", "杯体用的是耐热高硼硅玻璃"), ("customer", "好 下单"), ("agent", _BYE))


@pytest.mark.parametrize("reply", ["嗨 本店收货后十五天内不满意可退", "您好 马达转速每分钟三万五 打豆浆特别细腻",
                                   "嗨 今天下单明早就能寄出"])
def test_a_term_of_cover_answered_with_another_matter_stays_open(auditor, reply):
    assert "unanswered" in _term(auditor, reply)


@pytest.mark.parametrize("reply", ["嗨 马达整机保修五年", "您好 马达享受三包 换新一年", "嗨 马达是终身免费维修的",
                                   "嗨 马达十年 其他配件一年半"])
def test_a_term_of_cover_given_answers(auditor, reply):
    assert "unanswered" not in _term(auditor, reply)


@pytest.mark.parametrize("reply", ["嗨 换主板要四百八 含工时 下午就能修完", "您好 主板报价四百八十块 隔天取件"])
def test_the_term_second_of_two_questions_is_not_answered_by_the_price(auditor, reply):
    cats = _cats(auditor, ("customer", "嗨 笔记本主板烧了 换块新的要几个钱？换好后能保多久"), ("agent", reply),
                 ("customer", "嗯 我再想想"), ("agent", _BYE))
    assert "unanswered" in cats


def test_both_questions_answered_is_clean(auditor):
    cats = _cats(auditor, ("customer", "嗨 笔记本主板烧了 换块新的要几个钱？换好后能保多久"),
                 ("agent", "您好 换主板要四百八 含工时 换后质保九十天"), ("customer", "嗯 我再想想"), ("agent", _BYE))
    assert "unanswered" not in cats


# ---------- unanswered: whether the goods suit a thing named, answered with the goods' own figures
def _suits(auditor, ask, reply):
    return _cats(auditor, ("customer", ask), ("agent", reply), ("customer", "那有白色吗"), ("agent", "白色黑色都有货"),
                 ("customer", "行 拍了"), ("agent", _BYE))


@pytest.mark.parametrize("ask,reply", [
    ("嗨 这款键帽我那把旧的青轴键盘能用吗", "您好 键帽是PBT材质 二次成型 一套104颗 手感偏硬朗"),
    ("嗨 这款转接头能接在我爸那台投影仪上吗", "您好 转接头带4K输出 外壳是铝合金 散热很快"),
    ("嗨 这款理发器能给三岁娃用吗", "您好 刀头是陶瓷材质 附赠4个限位梳"),
])
def test_suitability_answered_with_the_goods_own_figures_stays_open(auditor, ask, reply):
    assert "unanswered" in _suits(auditor, ask, reply)


@pytest.mark.parametrize("ask,reply", [
    ("嗨 这款键帽我那把旧的青轴键盘能用吗", "您好 标准十字轴的键盘都兼容"),
    ("嗨 这款转接头能接在我爸那台投影仪上吗", "您好 投影仪有HDMI口就行 接上即插即用"),
    ("嗨 这款理发器能给三岁娃用吗", "您好 这是成人款 小朋友用不太合适 建议选儿童款"),
    ("嗨 这款睡袋零下8度能用吗", "您好 舒适温标是-8℃ 再低要加内胆"),
])
def test_suitability_answered_in_its_terms_is_clean(auditor, ask, reply):
    assert "unanswered" not in _suits(auditor, ask, reply)


# ---------- asked_to_repeat: the customer points back to what they handed over, to the record or the first message
_OPENING = ("customer", "嗨 快递员联系不上我 新号码15822226666 麻烦转告一下")
_ASKED_AGAIN = ("agent", "您好 麻烦报一下您眼下用的号码是哪个")
_DONE = ("agent", "抱歉漏看了 已把号码转给快递员 他稍后联系您")


@pytest.mark.parametrize("back", ["上面早给过了啊", "头一条就是呀", "你往回翻下对话记录嘛", "还是开头那条 你再瞅瞅"])
def test_pointing_back_to_what_was_handed_over(auditor, back):
    cats = _cats(auditor, _OPENING, _ASKED_AGAIN, ("customer", back), _DONE, ("customer", "好"), ("agent", _BYE))
    assert "asked_to_repeat" in cats


@pytest.mark.parametrize("back", ["我给了三百块押金的那个号", "就是15822226666 谢谢"])
def test_a_sum_paid_or_a_plain_answer_is_no_repeat(auditor, back):
    cats = _cats(auditor, ("customer", "嗨 快递员联系不上我 麻烦转告一下"), _ASKED_AGAIN, ("customer", back), _DONE,
                 ("customer", "好"), ("agent", _BYE))
    assert "asked_to_repeat" not in cats


# ---------- complaint: exasperation at what the shop is doing, or at its staff telling different things
def _complaint(auditor, said, reply):
    return _cats(auditor, ("customer", said), ("agent", reply), ("customer", "好吧"), ("agent", _BYE))


@pytest.mark.parametrize("said", ["这价格标得让人看不懂 我服了", "都第八天了你家究竟在干嘛呢",
                                  "昨天那位说能退 今天你又说不行 你们口径对不上啊", "两个客服两个说法 到底该信哪个", "才收货两天就降价一百 你们这么弄有意思吗"])
def test_exasperation_without_an_apology(auditor, said):
    assert "complaint_no_apology" in _complaint(auditor, said, "嗨 这单后天会寄出 到时有短信")


@pytest.mark.parametrize("said", ["这价格标得让人看不懂 我服了", "两个客服两个说法 到底该信哪个"])
def test_exasperation_met_with_an_apology_is_clean(auditor, said):
    assert "complaint_no_apology" not in _complaint(auditor, said, "非常对不住 害您等急了 这单后天会寄出 到时有短信")


# ---------- forced_end: a goodbye looking forward to the next visit does not answer a new problem
def test_a_goodbye_looking_forward_to_the_next_visit_leaves_the_problem_open(auditor):
    cats = _cats(auditor, ("customer", "嗨 这款粽子要蒸多久"), ("agent", "您好 冷水上锅蒸二十五分钟就好"),
                 ("customer", "明白。另外这次快递盒里没见到赠送的冰袋，商品页写了会送"),
                 ("agent", "感谢您的信赖，祝您节日顺心，盼您下次光临小铺。"))
    assert "forced_end" in cats


def test_the_same_goodbye_after_the_customer_is_done_is_clean(auditor):
    cats = _cats(auditor, ("customer", "嗨 这款粽子要蒸多久"), ("agent", "您好 冷水上锅蒸二十五分钟就好"),
                 ("customer", "懂了 谢谢"), ("agent", "甭客气哈 感谢您的信赖，祝您节日顺心，盼您下次光临小铺。"))
    assert "forced_end" not in cats
