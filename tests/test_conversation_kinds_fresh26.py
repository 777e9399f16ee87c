"""Issue 12, stop 42 (c42): the kinds behind the conversation misses and false hits of fresh26_chats, fixed by kind.

* the agent introducing themselves by the shop's name without 我是 / 这里是 (XX小二在呢 / XX客服阿豪为您服务 / XX修理铺小周
  在线): an opening (pack ``word_forms.greeting``; seed 003 开头语 我是XX（店铺名）的客服), a clause about no question (pack
  ``greeting_clause``: a second question of the first message is not settled by it, seed 000 漏回复), and no remedy named
  (pack ``shop_intro_forms``: a remedy word in the shop's name, 维修铺, offers nothing; 003 §售后);
* a lead-in naming the goods before 想问下, then the setting (砂锅想问下，家里灶台窄 | 该挑多大口径): one need (pack ``ask_lead``);
* the come-back words of the agent's push-out repeated right after the customer objects to the forced ending: the same
  ending, reported once as ``forced_end`` (``auditor._sent_off_in_ending``; 000 / 004 强制结束对话);
* a reply sent again with its range written 两到三 / 2-3: the same figures (``checks/repetition.py``; 000 重复发送);
* a closing in other words: the occasion wished well without 祝 (开车慢点注意安全 / 面试顺顺利利) and the offer of help
  said with a modal (碰到啥情况都能联系我们) (pack ``word_forms.closing``; 003 结束语);
* a reassurance with a degree word (也别太着急) soothes (pack ``word_forms.as_reassure``; 003 §售后 安抚);
* the goods failing at their work said with 根本 / 完全 (压根不热) are a fault told (pack ``word_forms.aftersales``);
* a trouble that is no fault of the goods told beside a question before buying: a person's own disposition (老人对花粉
  过敏; pack ``disposition_forms``) or goods bought from another shop (以前在别处买的; pack ``words.bought_elsewhere``);
  003 §售后 is for the goods this shop sold, received and found faulty;
* goods not yet sent (上周下的单怎么还没发) are a dispatch late, no goods received (pack ``not_received``);
* message findings inside chats: 第一首曲子 counts a piece of music (adlaw ``ordinal_units``), initials hyphen-joined to a
  Latin word name a device (GS-Link; ``disguise_guards.hyphen_named``), and two model vetoes (the customer's misfortune
  named in sympathy; the goods' variant named by what it goes without).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.
Each kind has a faulty case and a clean one."""

from __future__ import annotations

import pytest

from zhijian.audit import Auditor

from chat_fixtures import all_categories, conv_categories
from message_kinds import declined_cover, rule_categories

_BYE = "不用谢哈，往后有啥随时喊我，祝您万事顺心，回见～"


@pytest.fixture(scope="module")
def jd():
    return Auditor("jd")


@pytest.fixture(scope="module")
def taobao():
    return Auditor("taobao")


def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2026-03-18T15:00:00")


def _all(auditor, *turns):
    return all_categories(auditor, turns, start="2026-03-18T15:00:00")


# kind 1 (missing_greeting): the first reply opens on the agent introduced by the shop's name (青禾茶舍客服小叶在呢): the
# opening of seed 003 (我是XX（店铺名）的客服); a bare 在的 before the answer names no shop and greets no one
@pytest.mark.parametrize("first,flagged", [
    ("青禾茶舍客服小叶在呢，这批碧螺春采在三月底，每罐装两百克。", False),
    ("山泉茶行的掌柜在的，这批碧螺春采在三月底，每罐装两百克。", False),
    ("松风茶铺小陈在线，这批碧螺春采在三月底，每罐装两百克。", False),
    ("在的，这批碧螺春采在三月底，每罐装两百克。", True),
    ("这边客服在的，这批碧螺春采在三月底，每罐装两百克。", True)])
def test_agent_introduced_by_the_shop_name_opens_the_chat(jd, first, flagged):
    chat = [("customer", "碧螺春啥时候采的，每罐装多少", 0),
            ("agent", first, 20),
            ("customer", "那给我来两罐", 60),
            ("agent", "收到，傍晚前安排寄出，多谢惠顾，回见～", 80)]
    assert ("missing_greeting" in _cats(jd, *chat)) is flagged


# kind 2 (unanswered): the second question of the first message, when the first reply answers only the first one after the
# agent's introduction by the shop's name (刷新生活馆客服阿林为您服务): the introduction is about no question, whatever
# character of the shop's name it shares with one (刷), so it settles none (000 漏回复)
@pytest.mark.parametrize("answer,flagged", [
    ("您好！刷新生活馆客服阿林为您服务，水杯里层用的304钢材，倒沸水进去没事。", True),
    ("您好！刷新生活馆客服阿林为您服务，水杯里层用的304钢材，倒沸水进去没事。杯刷随杯送一把。", False)])
def test_second_question_of_the_first_message_after_the_intro(jd, answer, flagged):
    chat = [("customer", "在吗，那款水杯倒沸水进去行不行？另外配不配杯刷？", 0),
            ("agent", answer, 20),
            ("customer", "那要是磕到地上会不会瘪", 70),
            ("agent", "杯身做了加厚，一般磕一下瘪不了。", 90),
            ("customer", "OK 我去拍了", 130),
            ("agent", "好嘞，付款后马上安排寄出，多谢惠顾，回见～", 150)]
    assert ("unanswered" in _cats(jd, *chat)) is flagged


# kind 3 (unanswered): a lead-in naming the goods before 想问下, then the setting (砂锅想问下，家里灶台窄), and the question
# next (该挑多大口径): one need, answered by a reply that speaks of the setting; a question left without any answer is
# still open
@pytest.mark.parametrize("answer,flagged", [
    ("您好呀～灶台窄的话拿18厘米那只就稳当，炖汤熬粥都够用。", False),
    ("您好呀～", True)])
def test_goods_named_before_the_lead_in(jd, answer, flagged):
    chat = [("customer", "哈喽，砂锅想问下，家里灶台窄，该挑多大口径", 0),
            ("agent", answer, 25)]
    assert ("unanswered" in _cats(jd, *chat)) is flagged


# kind 4 (shirking inside forced_end): the customer objects to the ending and the agent sends them off once more to come back
# another day: the same forced ending, reported once; words that refuse the matter beside it are a finding of their own
@pytest.mark.parametrize("again,shirking", [
    ("那您后天再来问吧，今儿就到这儿，祝您万事顺心。", False),
    ("这事我管不了，那您后天再来问吧。", True)])
def test_come_back_words_after_the_objection_are_the_ending(jd, again, shirking):
    chat = [("customer", "你好，扁平足穿这两款跑鞋哪双好", 0),
            ("agent", "您好呀～扁平足挑稳定支撑那双，足弓位置托得更牢。", 25),
            ("customer", "码数正不正", 70),
            ("agent", "支撑那双略小，拍时往上加半码。", 95),
            ("customer", "我翻翻旧鞋量一下脚长，稍等我会儿", 140),
            ("agent", "咱这边到点交班啦，本次咨询先结束，多谢惠顾。", 165),
            ("customer", "可我还没挑好呀", 190),
            ("agent", again, 210)]
    got = _all(jd, *chat)
    assert "forced_end" in got
    assert ("shirking" in got) is shirking


# kind 5 (repeated_reply): the same reply sent again with its range written with a hyphen for 到 (3到4天 / 3-4天): the same
# figures; a reply for another place with other figures is no repeat
@pytest.mark.parametrize("second,flagged", [
    ("绵阳这边由西安库出，通常3-4天送到，派送前快递小哥先来电话的。", True),
    ("到拉萨那边由西安库出货，通常6-8天送达，高原路段派件会慢些的。", False)])
def test_range_written_with_a_hyphen_is_the_same_reply(jd, second, flagged):
    chat = [("customer", "帐篷寄绵阳要几天", 0),
            ("agent", "您好呀～到绵阳的话由西安库出货，通常3到4天送达，派送前快递小哥会先来电。", 20),
            ("agent", second, 35),
            ("customer", "明白", 80),
            ("agent", "多谢惠顾，露营玩得尽兴，回见～", 100)]
    assert ("repeated_reply" in _cats(jd, *chat)) is flagged


# kind 6 (missing_closing): the agent's last word wishes the customer's ride, trip or interview well without 祝 (开车慢点注意
# 安全 / 面试顺顺利利), or offers help for later with a modal (碰到啥情况都能联系我们): a closing; a bare notice is none
@pytest.mark.parametrize("last,flagged", [
    ("OK，单子上已标注配送前致电，骑车上路注意安全哈！", False),
    ("新单号一出来我就发您，下礼拜面试顺顺利利～", False),
    ("您放心拍，后头碰到啥情况都能联系我们店。", False),
    ("OK，单子上已标注配送前致电。", True)])
def test_closing_in_other_words(jd, last, flagged):
    chat = [("customer", "头盔那单能标一下配送前致电吗", 0),
            ("agent", "您好呀～能标，我给您在单子上写上。", 20),
            ("customer", "劳驾", 60),
            ("agent", last, 80)]
    assert ("missing_closing" in _cats(jd, *chat)) is flagged


_CASE = [("customer", "寄来的绿萝叶子全耷拉了，还黄了好几片，看着真闹心", 0),
         ("agent", "您好呀～劳驾把整盆和根那块拍给我瞧瞧行吗？", 20),
         ("customer", "[图片]", 60),
         ("agent", "瞧见了，是路上捂太久伤了根，打包没弄好是我们的疏忽，真对不住。", 90)]


# kind 7 (aftersales_flow): a reassurance with a degree word inside (也别太着急 / 不用那么担心) soothes the customer after the
# apology (003 §售后 查明原因 → 道歉 → 安抚 → 方案); without it the soothing is skipped
@pytest.mark.parametrize("soothe,flagged", [
    ("您也别太着急，根还活着，挪到通风阴凉处缓几天能缓过来。", False),
    ("挪到通风阴凉处缓几天能缓过来。", True)])
def test_reassurance_with_a_degree_word_soothes(jd, soothe, flagged):
    chat = _CASE + [("customer", "真能缓过来吗", 120),
                    ("agent", soothe, 145),
                    ("customer", "可我下周要拿去送人", 180),
                    ("agent", "今天再补寄一盆一样的，外面加透气纸箱，这样行不？", 205),
                    ("customer", "行", 240),
                    ("agent", _BYE, 260)]
    assert ("aftersales_flow" in _cats(jd, *chat)) is flagged


# kind 8 (aftersales_flow): the goods failing at their work said with 根本 / 压根 (压根不热 / 完全没反应) are a fault told:
# the case owes its apology (003 §售后); a garment worn cool (穿着一点都不热) tells no fault
@pytest.mark.parametrize("apology,flagged", [
    ("", True),
    ("让您冻了一宿，真对不住，给您添堵了。", False)])
def test_goods_failing_at_their_work_is_a_fault(jd, apology, flagged):
    chat = [("customer", "买的电热毯通电一整夜被窝还冰冰凉，已经第二回了！", 0),
            ("agent", "您好呀，暖冬家居售后在线，开的哪一档？插头那个小灯亮不亮？", 20),
            ("customer", "开到头了，小灯也亮，可毯子压根不热", 60),
            ("agent", apology + "这是温控器出故障了，您去订单里点换货，师傅上门收旧的。", 90),
            ("customer", "好吧", 130),
            ("agent", _BYE, 150)]
    assert ("aftersales_flow" in _cats(jd, *chat)) is flagged


# ... and the shop named at the head of that reply with a remedy word in its name (XX维修铺小周在线) names no remedy: the case
# is in order; a remedy offered before the cause is looked into is still out of order
@pytest.mark.parametrize("first,flagged", [
    ("你好，顺意家电维修铺小周在线。小灯亮不亮？开到几档了？", False),
    ("你好，顺意家电维修铺小周在线。这就给您补寄一台新机，小灯亮不亮？", True)])
def test_shop_named_at_the_head_names_no_remedy(jd, first, flagged):
    chat = [("customer", "油汀插上电一点都不热，又是这样！", 0),
            ("agent", first, 20),
            ("customer", "小灯亮，开到头了", 60),
            ("agent", "那是加热片烧了，让您白折腾半天，真对不住，您也别太着急。", 90),
            ("agent", "给您换一台新机，今儿就寄，旧机等快递上门拿走。", 100),
            ("customer", "好吧", 140),
            ("agent", _BYE, 160)]
    assert ("aftersales_flow" in _cats(jd, *chat)) is flagged


def test_garment_worn_cool_reports_nothing(jd):
    chat = [("customer", "那件麻料衬衣大夏天穿着一点都不热，想再拿件米白的", 0),
            ("agent", "您好呀～米白有货，码数照上回拍就行。", 20),
            ("customer", "嗯", 60),
            ("agent", _BYE, 80)]
    assert "aftersales_flow" not in _cats(jd, *chat)


# kind 9 (aftersales_flow): a trouble that is no fault of these goods told beside a question before buying: a person's own
# disposition (老人对花粉过敏) or goods bought from another shop (以前在别处买的…一股胶味); the same trouble with the goods
# received is a case
@pytest.mark.parametrize("ask,flagged", [
    (("香薰蜡烛有不带花香的吗", "家里老人对花粉过敏"), False),
    (("你们这款木头积木有没有味儿？", "以前在别处买的一开盒一股胶味"), False),
    (("收到的香薰一点上家里人就打喷嚏", "老人对花粉过敏"), True)])
def test_trouble_beside_a_question_before_buying(taobao, ask, flagged):
    chat = [("customer", "，".join(ask), 0),
            ("agent", "亲亲在的呀～这款是淡味配方，里头不加花香精哦😊", 20),
            ("customer", "嗯嗯", 60),
            ("agent", "多谢亲光顾，有啥再喊我哈，回见～🌷", 80)]
    assert ("aftersales_flow" in _cats(taobao, *chat)) is flagged


# kind 10 (aftersales_flow): goods not yet sent (上周下的单怎么还没发) are a dispatch late, no goods received found faulty;
# goods received and broken are a case
@pytest.mark.parametrize("said,flagged", [("我上周拍的那双鞋子怎么还没发？？", False),
                                          ("前天拍的台灯怎么还没发出来，你们也太磨蹭了", False),
                                          ("我上周拍的那双鞋子今天到了，鞋底开胶了", True)])
def test_goods_not_sent_yet_are_no_aftersales_case(taobao, said, flagged):
    chat = [("customer", said, 0),
            ("agent", "亲亲在的～这就帮您瞅瞅🔍 订单号劳驾发我下", 20),
            ("customer", "4417002856130", 60),
            ("agent", "瞅到啦📦 单子在库房等着打包，今儿傍晚交给快递", 90),
            ("customer", "好吧", 130),
            ("agent", "谢谢亲耐心等着，有啥再喊我，回见～🌷", 150)]
    assert ("aftersales_flow" in _cats(taobao, *chat)) is flagged


# message findings inside chats (the rules): 第一首 counts a piece of music learnt (第一首选 still ranks); Latin initials
# hyphen-joined to a Latin word name a device (GS-Link / SG-Home), the initials alone are still the insult
@pytest.mark.parametrize("text,category,hit", [
    ("等您练会第一首曲子，记得发段录音给我们听听", "false_advertising", False),
    ("宝宝学会的第一首歌是哪首呀", "false_advertising", False),
    ("这副耳机算得上烧友心里的第一首选", "false_advertising", True),
    ("手机蓝牙里搜GS-Link那一项，点一下就能配上", "abuse", False),
    ("打开蓝牙搜SG-Home就能连", "abuse", False),
    ("你真是个SG，说几遍都不懂", "abuse", True)])
def test_message_words_in_their_plain_sense(text, category, hit):
    assert (category in rule_categories("jd", text)) is hit


# the model's vetoes: the customer's misfortune named in sympathy (结果闹了这样一出 / 偏巧碰上这种事) and the goods' variant
# named by what it goes without (这瓶是无醇配方 / 也有无糖款的), each a clause of its own; the customer named as the one
# acting (您又闹这么一出), or a merit said in the same clause (无香版本零刺激), keeps the clause read
@pytest.mark.parametrize("category,text,covered", [
    ("abuse", "结果闹了这样一出", True),
    ("abuse", "偏巧碰上这种事", True),
    ("abuse", "您又闹这么一出", False),
    ("false_advertising", "这瓶是无醇配方", True),
    ("false_advertising", "也有无糖款的", True),
    ("false_advertising", "无香版本零刺激", False)])
def test_model_vetoes(category, text, covered):
    n, total = declined_cover(category, text)
    assert (n == total) is covered, text


def test_clean_chat_without_message_findings(jd):
    chat = [("customer", "腊肉收到了，打开一看真空袋漏气，有几条都长白毛了", 0),
            ("agent", "您好呀，老味道腊味铺在线～劳驾把漏气那袋拍给我瞧瞧行吗？", 20),
            ("customer", "[图片]", 60),
            ("agent", "瞧见了，封口没压实，真对不住，本想着过年吃的，结果闹了这样一出，搁谁都闹心。", 90),
            ("agent", "您也别太着急，给您补寄一袋新的，今儿就走顺丰。", 100),
            ("customer", "那行", 140),
            ("agent", "再说声对不住，后头碰到啥情况都能联系我们，祝您年过得红红火火～", 160)]
    assert _all(jd, *chat) == set()
