"""Open needs, round three (seeds 000 漏回复 / 不可强制结束, 004 不让顾客重复): what closes a need and what ends a chat on it.

Kinds: the shop introducing itself by name answers no question sharing its characters; a yes or 已经… said of an
earlier matter answers no new question; a greeting with 在的 answers nothing; a bare question after 还有… carries what
the 还有 sentence says; a question asking how much is not answered without a figure; a goodbye about an earlier matter
leaves a new fault open; more announced for later (回头还得问) is an open need; a customer looking for something
themselves, or the details the agent asked for, keep nothing open; a customer correcting a slip of their own is not made
to repeat; pasting the data again is.  Sentences written for these tests from the seeds' rules.
"""

import pytest

from zhijian.audit.checks.forced_end import forced_end
from zhijian.audit.checks.repeat import asked_to_repeat
from zhijian.audit.checks.unanswered import unanswered

from .conftest import CLOSING


def _cats(run, fn, *turns):
    return {c for c, _ in run(fn, *turns)}


# ---- unanswered -------------------------------------------------------------------------------------------------

UNANSWERED = [
    # the shop's name in a 这里是… introduction shares a character with the second question
    [("customer", 0, "烤箱门关不严能修吗 送修时要不要带上原装烤盘"),
     ("agent", 20, "你好呀，这里是焙乐烤盘售后中心。门关不严一般是铰链松了，调一下或者换个铰链就能解决。"),
     ("customer", 50, "好"), ("agent", 70, CLOSING)],
    # ... in a 欢迎来… introduction the tagger leaves as other
    [("customer", 0, "台灯色温可以调节吗，底座能夹在桌边不"),
     ("agent", 20, "亲亲您好呀！欢迎来桌边灯饰小铺😊 色温分三档，暖光冷光一键切换哦"),
     ("customer", 50, "嗯"), ("agent", 70, CLOSING)],
    # 已经… said of the matter dealt with before, the new question passed over
    [("customer", 0, "昨天下单的蚕丝被 收件电话写岔了 还能改不"), ("agent", 20, "可以改的 新号码发过来就行"),
     ("customer", 50, "新号码发你私信了。对了，这床蚕丝被整床放洗衣机洗会变形吗"),
     ("agent", 70, "收件电话已替您改好啦 派件师傅会拨新号码。"), ("customer", 90, "行"), ("agent", 110, CLOSING)],
    # a greeting with 在的, then an answer to the first question only; the second put after 还有…
    [("customer", 0, "沙发的绒面和皮面哪个好打理"), ("customer", 5, "还有我住海南 能送吗"),
     ("agent", 25, "亲，您好，在的😊 皮面拿软布抹一下就净了，绒面得隔段时间吸次尘"),
     ("customer", 50, "那选皮面"), ("agent", 70, "好嘞 皮面库存充足 拍了就排单"), ("customer", 90, "拍好了"),
     ("agent", 110, CLOSING)],
    # how many, answered with no figure, about the matter settled before
    [("customer", 0, "我买的睡衣袖子长了，能换短一点的吗"), ("agent", 20, "可以换 订单页点换货提交即可"),
     ("customer", 50, "好的，对了买几件可以打折呀"),
     ("agent", 70, "换货时请把睡衣叠好装回袋子里，吊牌别剪哦。"), ("customer", 90, "哦"), ("agent", 110, CLOSING)],
    # two quantities asked, the second met by a clause sharing one character and no figure
    [("customer", 0, "请问这款书架承重多少 层高多少啊"),
     ("agent", 20, "这款每层承重30斤，板材是实木的很结实，层层都很稳。"),
     ("customer", 50, "好的"), ("agent", 70, CLOSING)],
]

ANSWERED = [
    [("customer", 0, "烤箱门关不严能修吗 送修时要不要带上原装烤盘"),
     ("agent", 20, "你好呀，这里是焙乐烤盘售后中心。门关不严一般是铰链松了，换个铰链就能解决，烤盘不用带过来。"),
     ("customer", 50, "好"), ("agent", 70, CLOSING)],
    [("customer", 0, "昨天下单的蚕丝被 收件电话写岔了 还能改不"), ("agent", 20, "可以改的 新号码发过来就行"),
     ("customer", 50, "新号码发你私信了。对了，这床蚕丝被整床放洗衣机洗会变形吗"),
     ("agent", 70, "收件电话已替您改好啦 蚕丝被整床机洗不会变形，选轻柔档就行。"), ("customer", 90, "行"),
     ("agent", 110, CLOSING)],
    [("customer", 0, "沙发的绒面和皮面哪个好打理"), ("customer", 5, "还有我住海南 能送吗"),
     ("agent", 25, "亲，您好，在的😊 皮面拿软布抹一下就净了，绒面得隔段时间吸次尘。海南也能送的哈，大件走专线上门。"),
     ("customer", 50, "那选皮面"), ("agent", 70, "好嘞 皮面库存充足 拍了就排单"), ("customer", 90, "拍好了"),
     ("agent", 110, CLOSING)],
    [("customer", 0, "我买的睡衣袖子长了，能换短一点的吗"), ("agent", 20, "可以换 订单页点换货提交即可"),
     ("customer", 50, "好的，对了买几件可以打折呀"),
     ("agent", 70, "两件起打九折，三件八五折，换货时吊牌别剪哦。"), ("customer", 90, "哦"), ("agent", 110, CLOSING)],
    # the figure in a clause about the other question (one character in common with it) may be the amount
    [("customer", 0, "价钱多少，电机是哪家厂子做的"),
     ("agent", 20, "自研电控那款卖2599元，普通款1999元，整机包修六年"), ("customer", 50, "好"), ("agent", 70, CLOSING)],
    # saying it cannot be told, of the matter before
    [("customer", 0, "我买的台灯发货没"), ("agent", 20, "昨晚就寄走了哈"), ("customer", 50, "大概几点能送到"),
     ("agent", 70, "台灯派件时间这个真说不准，看站点排线"), ("customer", 90, "好吧"), ("agent", 110, CLOSING)],
    # a vague reply of its own to how long
    [("customer", 0, "想问下大概几点能送到"), ("agent", 20, "快件正往您那边走呢 师傅会抓紧派送的"),
     ("customer", 50, "好"), ("agent", 70, CLOSING)],
    [("customer", 0, "请问这款书架承重多少 层高多少啊"),
     ("agent", 20, "这款每层承重30斤，层高是32厘米，放大开本的书也没问题。"),
     ("customer", 50, "好的"), ("agent", 70, CLOSING)],
]


@pytest.mark.parametrize("turns", UNANSWERED)
def test_a_need_no_answer_speaks_to_stays_unanswered(run, turns):
    assert "unanswered" in _cats(run, unanswered, *turns)


@pytest.mark.parametrize("turns", ANSWERED)
def test_a_need_answered_in_its_own_terms_is_settled(run, turns):
    assert "unanswered" not in _cats(run, unanswered, *turns)


# ---- forced_end -------------------------------------------------------------------------------------------------

FORCED = [
    # a new fault told last, the goodbye only about the matter settled before
    [("customer", 0, "你好，热水壶盖子合不上了，能换个盖子吗"), ("agent", 20, "您好～壶盖能单独补寄，明早就发货。"),
     ("customer", 50, "好。另外底座这几天插上电指示灯都不亮"),
     ("agent", 70, "壶盖照之前讲好的补寄哈，多谢惠顾，祝您万事顺遂。")],
    [("customer", 0, "你好，热水壶盖子合不上了，能换个盖子吗"), ("agent", 20, "您好～壶盖能单独补寄，明早就发货。"),
     ("customer", 50, "好。还有，底座插上电指示灯不亮，能帮看看吗"),
     ("agent", 70, "壶盖照之前讲好的补寄哈，多谢惠顾，祝您万事顺遂。")],
    # more announced for later, the agent says goodbye
    [("customer", 0, "这款鞋柜有白色吗"), ("agent", 20, "有白色的，现货当天发"),
     ("customer", 50, "好的 我先付款 后面还要问个快递"), ("agent", 70, CLOSING)],
    # the customer asked the agent to wait while fetching the receipt asked for
    [("customer", 0, "洗衣机想报修"), ("agent", 20, "您好～报修要用到发票上的编号，劳驾发我一下"),
     ("customer", 50, "稍等，我翻一下抽屉找找"), ("agent", 70, CLOSING)],
]

NOT_FORCED = [
    [("customer", 0, "你好，热水壶盖子合不上了，能换个盖子吗"), ("agent", 20, "您好～壶盖能单独补寄，明早就发货。"),
     ("customer", 50, "好。另外底座这几天插上电指示灯都不亮"),
     ("agent", 70, "指示灯不亮多半是底座触点松动，底座连同壶盖一并换新，多谢惠顾，再见。")],
    [("customer", 0, "这款鞋柜有白色吗"), ("agent", 20, "有白色的，现货当天发"),
     ("customer", 50, "好的我先拍，没别的了"), ("agent", 70, CLOSING)],
    # the customer goes off to look for what the agent told them of
    [("customer", 0, "新买的烤箱烤盘放哪了"), ("agent", 20, "烤盘和说明书一起装在箱子侧面的泡沫格里。"),
     ("customer", 50, "那我找找看吧"), ("agent", 70, "泡沫格在左手边，祝您烘焙顺利～")],
    # the details the agent asked for after the remedy, read in the goodbye
    [("customer", 0, "净水器坏了"), ("agent", 20, "抱歉让您糟心了，小店直接换台新机给您"), ("customer", 50, "好"),
     ("agent", 70, "对了，想问下是完全不出水还是水流变小了？"), ("customer", 90, "完全不出水了"),
     ("agent", 110, "明白了，多半是进水阀卡死，新机明天到，祝一切顺利")],
    [("customer", 0, "净水器坏了"), ("agent", 20, "抱歉让您糟心了，小店直接换台新机给您"), ("customer", 90, "好"),
     ("agent", 100, "顺便问下是按键没反应还是通电了也不出水？"), ("customer", 120, "按键没反应"),
     ("agent", 140, "好的～估计电路板受潮了，新机到货先搁干燥处，祝一切顺利")],
]


@pytest.mark.parametrize("turns", FORCED)
def test_a_goodbye_over_an_open_need_is_a_forced_end(run, turns):
    assert "forced_end" in _cats(run, forced_end, *turns)


@pytest.mark.parametrize("turns", NOT_FORCED)
def test_a_goodbye_with_nothing_left_open_is_no_forced_end(run, turns):
    assert "forced_end" not in _cats(run, forced_end, *turns)


# ---- asked_to_repeat --------------------------------------------------------------------------------------------

_ASK_NO = ("agent", 20, "请提供订单编号，我这就查")


def test_pasting_the_data_again_when_asked_twice_is_asked_to_repeat(run):
    turns = [("customer", 0, "我的快递好几天没动了"), _ASK_NO, ("customer", 40, "DD77120345"),
             ("agent", 60, "请提供下订单编号哈"), ("customer", 80, "不是刚粘给你了吗")]
    assert "asked_to_repeat" in _cats(run, asked_to_repeat, *turns, ("agent", 100, "不好意思 看到了 明日派送"))


def test_a_customer_correcting_a_slip_of_their_own_is_not_made_to_repeat(run):
    first = [("customer", 0, "请问这件灰色毛衣起球吗"), ("agent", 20, "羊毛混纺 有一点点起球算正常")]
    slip = ("customer", 40, "图片弄错了！抱歉哈！我要问的是灰色开衫那件")
    assert "asked_to_repeat" not in _cats(run, asked_to_repeat, *first, slip, ("agent", 60, "开衫是纯棉的，不容易起球"))
    reproach = ("customer", 40, "我问的是灰色毛衣起不起球，不是问面料")
    assert "asked_to_repeat" in _cats(run, asked_to_repeat, *first, reproach, ("agent", 60, "不容易起球的"))
