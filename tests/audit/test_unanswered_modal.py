"""``unanswered``: a yes-or-no question put with a modal (能 / 会不会 / 能不能 / 有没有) asks what follows the modal.

An answer that only names the goods or the setting told before the modal (这条围巾 / 冬天 / 220伏) says no yes or no:
the question is passed over (seed 000 漏回复).  An answer naming what follows the modal, a word of the question beside
the goods, the verb of a 有没有 form, or a word on a degree asked (会不会很扎) answers it.  Sentences written for these
tests from the seeds' rules.
"""

import pytest

from zhijian.audit.checks.unanswered import unanswered

from .conftest import CLOSING

PASSED_OVER = [
    # the goods named after the demonstrative, said back in a pitch
    [("customer", 0, "请问这条羊绒围巾的流苏能自己剪短吗"),
     ("agent", 20, "这条羊绒围巾选的是内蒙古山羊绒，手感细腻，配大衣很好看。"),
     ("customer", 40, "嗯"), ("agent", 60, CLOSING)],
    # one character of the setting before the modal in common (冬天 / 夏天), nothing of what follows it
    [("customer", 0, "您好 想问冬天骑车戴这副手套会不会冻手指"),
     ("agent", 20, "这款手套掌心做了硅胶防滑点，夏天握车把也很稳当。"),
     ("customer", 40, "好"), ("agent", 60, CLOSING)],
    # a figure in the setting of the question (380伏), no figure and nothing asked in the reply
    [("customer", 0, "你好，宿舍插座限功率800瓦，这个电煮锅能不能带得动"),
     ("agent", 20, "锅身配了陶瓷釉面锅胆，下面条炒青菜都顺手，刷起来也省事。"),
     ("customer", 40, "知道了"), ("agent", 60, CLOSING)],
]


@pytest.mark.parametrize("turns", PASSED_OVER)
def test_what_follows_the_modal_left_unsaid_is_unanswered(run, turns):
    got = run(unanswered, *turns)
    assert got and got[0][0] == "unanswered"


ANSWERED = [
    # the first character after the modal said back
    [("customer", 0, "请问这条羊绒围巾的流苏能自己剪短吗"),
     ("agent", 20, "流苏剪的时候从末端斜着剪一点点，边上不容易散开。"),
     ("customer", 40, "嗯"), ("agent", 60, CLOSING)],
    # a word of the question beside the goods said back, before the modal (骑车)
    [("customer", 0, "您好 想问冬天骑车戴这个手套会不会冻手指"),
     ("agent", 20, "里层是加绒保暖棉，零下五度骑车手指也暖和。"),
     ("customer", 40, "好"), ("agent", 60, CLOSING)],
    # the verb of a 有没有 form said back
    [("customer", 0, "想问下沙发套有没有浅一点的颜色"),
     ("agent", 20, "浅色系有米白和燕麦灰两款，都能单独拆下来洗。"),
     ("customer", 40, "好"), ("agent", 60, CLOSING)],
    # a degree asked: any word on the quality answers it
    [("customer", 0, "这件毛衣贴身穿会不会很扎"),
     ("agent", 20, "选的细支羊毛纱线，皮肤敏感的话里面搭件打底更舒服。"),
     ("customer", 40, "行"), ("agent", 60, CLOSING)],
]


@pytest.mark.parametrize("turns", ANSWERED)
def test_an_answer_about_what_the_modal_asks_settles_it(run, turns):
    assert run(unanswered, *turns) == []
