"""Issue 12, stop 35 (second round): how an answering sentence's clauses go to the questions of one turn, kinds found on
the read chat sets (fresh19, pool 33) and fixed generally in ``zhijian/audit/settle.py``.  Every chat here is written for
this test from the seeds' rule 000 (漏回复: 对客户的每一个问题都认真回复); none is a sentence of those sets.  Each kind is
checked both ways: the clean shape (every question answered) and the hit shape (one question left without an answer)."""

from __future__ import annotations

import pytest


from chat_fixtures import conv_categories

_CLOSE = "多谢您来问，祝一切顺心，回头见！"



def _cats(auditors, *turns, pack="jd"):
    """Audit ``(role, text)`` turns 20 s apart on ``pack``; the conversation categories reported."""
    return conv_categories(auditors[pack], turns, start="2025-05-20T15:00:00")


def _two(auditors, question, answer, pack="jd"):
    return _cats(auditors, ("customer", question), ("agent", answer), ("customer", "明白了，我去下单"),
                 ("agent", _CLOSE), pack=pack)


# kind 1: a clause sharing one character with each of two questions of a turn, opening on the thing the second asks
# about, goes to that one, not on about the first (seed 000)
@pytest.mark.parametrize("question, answered, left", [
    ("这款烤箱的玻璃门会不会很烫？油溅到里面咋弄",
     "您好，门是三层隔热玻璃，表层温度不高，油点多的话等门凉了拿湿抹布一抹就干净。",
     "您好，门是三层隔热玻璃，摸着只是温温的，不会烫手。"),
    ("这种拖把头会不会掉毛？脏水甩不干净咋处理",
     "您好，拖把头是超细纤维一体织的，不掉毛，水没甩干的话多踩两下拖把桶踏板就行。",
     "您好，拖把头是超细纤维一体织的，不掉毛，用久了也不起球。"),
])
def test_a_clause_opening_on_the_next_question_goes_to_it(auditors, question, answered, left):
    assert "unanswered" not in _two(auditors, question, answered)
    assert "unanswered" in _two(auditors, question, left)


# kind 2: on a tie, a clause sharing with one question only the goods' name said after 这款 goes to the other (seed 000)
@pytest.mark.parametrize("question, answered, left", [
    ("您好，这款推车的遮阳篷可拆下清洗吗？再问下能不能登机",
     "您好，推车可以登机，收起来能放进行李架。遮阳篷是魔术贴固定的，撕下来就能手洗。",
     "您好，遮阳篷是魔术贴固定的，撕下来就能手洗。"),
    ("这款台灯的灯罩能换颜色吗？还有，亮度能不能调",
     "您好，台灯可以调光，有三档亮度。灯罩另有奶白和雾灰两种颜色可单买。",
     "您好，灯罩另有奶白和雾灰两种颜色可单买。"),
])
def test_a_clause_sharing_only_the_goods_name_goes_to_the_other_question(auditors, question, answered, left):
    assert "unanswered" not in _two(auditors, question, answered)
    assert "unanswered" in _two(auditors, question, left)


# kind 3: a clause naming the thing a yes-or-no question of the turn asks about (记录会不会丢 → 运动记录都不受影响) answers
# it, though it shares nothing else with it (seed 000)
@pytest.mark.parametrize("question, answered, left, pack", [
    ("手表屏幕摔裂了换原厂屏多少钱？换的时候表里的记录会不会丢",
     "您好，原厂屏更换是480元，当天能取；换屏只拆表盘外壳，运动记录跟健康数据一点不受影响。",
     "您好，原厂屏更换是480元，当天能取；换屏只拆表盘外壳，建议先同步到手机。", "generic"),
    ("手提电脑键盘泼了咖啡维修多少钱？修的时候硬盘里的文件会不会删",
     "您好，清洗键盘是90元，半天能好；维修只拆键盘这一块，文件和系统都不受影响。",
     "您好，清洗键盘是90元，半天能好；维修只拆键盘这一块，建议先拷一份出来。", "generic"),
])
def test_a_clause_naming_what_a_yes_no_question_asks_about_answers_it(auditors, question, answered, left, pack):
    assert "unanswered" not in _two(auditors, question, answered, pack)
    assert "unanswered" in _two(auditors, question, left, pack)


# kind 4: 到哪了 | 什么时候到 answered in one sentence: the status told before the time answers where it is (seed 000)
@pytest.mark.parametrize("question, answered, left", [
    ("我订的电烤盘到哪了 哪天能送来",
     "您好，包裹已经从广州发出，目前在长沙转运站，估计后天一早派件。",
     "您好，估计后天一早派件。"),
    ("我订的书桌现在到哪了 啥时候能到",
     "您好，货已经从工厂装车，正在郑州中转，预计周五下午送达。",
     "您好，预计周五下午送达。"),
])
def test_a_status_told_before_the_time_answers_where_it_is(auditors, question, answered, left):
    assert "unanswered" not in _two(auditors, question, answered)
    assert "unanswered" in _two(auditors, question, left)


# kind 5: a question with no content of its own (我该咋办呢) asks about what its turn told before it: advice about that,
# ending the agent's turn with a goodbye, is no goodbye on an earlier matter (seed 000)
_VENT = [
    ("我家仓鼠最近只挑瓜子吃，粮食全扒拉出来，这可怎么办",
     "您好，仓鼠挑食挺常见的，瓜子油脂高吃多了容易胖，可以每天少放几颗，把主粮和烘干虫混着喂，过一阵就改掉挑食了。祝您和小家伙天天开心～"),
    ("孩子写作业老是坐不住，十分钟就要起来转一圈，咋整",
     "您好，孩子坐不住很常见，可以把作业拆成二十分钟一段，中间让他起来喝口水，再配合我们这款计时器用，祝您万事顺遂～"),
]


@pytest.mark.parametrize("vent, advice", _VENT)
def test_advice_on_what_the_turn_told_answers_a_question_of_no_content(auditors, vent, advice):
    got = _cats(auditors, ("customer", vent), ("agent", advice), ("customer", "好，我试试"), ("agent", _CLOSE),
                pack="generic")
    assert not got


@pytest.mark.parametrize("problem", ["用了两天底座发烫，这可怎么办", "这两天出雾口老是嗡嗡响，咋整"])
def test_a_goodbye_on_an_earlier_matter_still_leaves_a_question_of_no_content_open(auditors, problem):
    got = _cats(auditors, ("customer", "你好，这台加湿器怎么清洗水箱"),
                ("agent", "您好，拧下水箱盖，用软毛刷蘸清水刷一圈，阴干以后再装上即可。"),
                ("customer", problem), ("agent", "水箱照之前说的刷洗就好，再见啦～"), pack="generic")
    assert {"unanswered", "forced_end"} & got
