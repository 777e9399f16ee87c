"""``unanswered``: a lone yes-or-no question the agent's reply passes over (``audit.beside``; seed 000 漏回复).

The agent answers beside the point (a pitch of the goods, thanks for the order, another matter) and never comes back:
the question is still unanswered.  A curt yes or no in the agent's own words, data, a question back, a check, or a
reply to a suggestion or a grievance is an answer.  Sentences written for these tests from the seeds' rules.
"""

import pytest

from zhijian.audit.checks.unanswered import unanswered

from .conftest import CLOSING

PASSED_OVER = [
    # a pitch of the goods for a question about fitting it somewhere
    [("customer", 0, "这张书桌放得进一米二宽的阳台角落吗"),
     ("agent", 20, "这款采用实木面板，表面做了防刮处理，抽屉滑轨很顺。"),
     ("customer", 60, "嗯那我再想想"), ("agent", 80, CLOSING)],
    # thanks for the custom for a question about a receipt
    [("customer", 0, "我刚付完款"), ("agent", 20, "您好，单子这边看到了"),
     ("customer", 50, "公司报账用，能给开电子普票吗"),
     ("agent", 70, "万分感激您选了小店，每样东西出库前都会逐一过目。"),
     ("customer", 90, "嗯"), ("agent", 110, CLOSING)],
    # another matter, without a question mark and with a space in the turn
    [("customer", 0, "你好 想知道这罐羊奶粉娃娃乳糖不耐能喝吗"),
     ("agent", 20, "您好～外包装采用铝箔封口，拆封后置于阴凉处存放为佳。"),
     ("customer", 40, "行"), ("agent", 60, CLOSING)],
]


@pytest.mark.parametrize("turns", PASSED_OVER)
def test_a_reply_beside_the_point_leaves_the_question_unanswered(run, turns):
    got = run(unanswered, *turns)
    assert got and got[0][0] == "unanswered"


ANSWERED = [
    # a no in the agent's own words
    [("customer", 0, "这张书桌放得进一米二宽的阳台角落吗"),
     ("agent", 20, "这张桌子长度超过了，那个位置暂时放不下，推荐换小一号的款式。"),
     ("customer", 60, "好的"), ("agent", 80, CLOSING)],
    # data
    [("customer", 0, "这罐羊奶粉娃娃乳糖不耐能喝吗"),
     ("agent", 20, "这罐属于低乳糖配方，满8月龄以后可以添加，量请遵医嘱。"),
     ("customer", 40, "行"), ("agent", 60, CLOSING)],
    # a question back inside the reply
    [("customer", 0, "公司报账用，能给开电子普票吗"),
     ("agent", 20, "普票明细写办公用品，劳驾把单位名称连同纳税识别号发我一下"),
     ("customer", 40, "稍后发你"), ("agent", 60, CLOSING)],
    # a curt reply
    [("customer", 0, "公司报账用，能给开电子普票吗"), ("agent", 20, "没问题的呢"),
     ("customer", 40, "好"), ("agent", 60, CLOSING)],
    # a question asked for effect in an angry turn: the complaint check reads it
    [("customer", 0, "承诺周二送达结果周四都没见着，这不是耍人吗"),
     ("agent", 20, "物流这两天件量大，站点那边正在加派人手配送。"),
     ("customer", 40, "行吧"), ("agent", 60, CLOSING)],
    # a suggestion put as a question
    [("customer", 0, "你们以后外箱能不能少缠点胶带"),
     ("agent", 20, "多谢提点，小店记录在案，转交打包组同事处理。"),
     ("customer", 40, "嗯"), ("agent", 60, CLOSING)],
    # a greeting joined to the answer by an emoji
    [("customer", 0, "这件卫衣有加绒款吗"), ("agent", 20, "亲 您好🙂 加绒款挂在另一条链接里"),
     ("customer", 40, "好"), ("agent", 60, CLOSING)],
]


@pytest.mark.parametrize("turns", ANSWERED)
def test_an_answer_in_the_agents_own_terms_settles_the_question(run, turns):
    assert run(unanswered, *turns) == []
