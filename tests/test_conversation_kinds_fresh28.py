"""Issue 12, stop 44 (c44): the kinds behind the conversation false hits of fresh28_chats, fixed by kind.

* a hold in a turn of its own for the two questions of one turn (开盖以后能保存多长时间？天热了会不会变酸 → 我去查一下…，请您
  稍等), and the result sent minutes later in the same block opening on the check done (查过了，…): the result of every need
  held (``held.result_of_check``; seed 004 需要查询的问题要回复结果); a result without the check said done, telling only one,
  still owes the other (followup_missed);
* the hedge of a figure told (大约30分贝 / 大概三天) carries no content: its 大 does not send the clause to the sibling question
  asking how big (滤芯多大), which left the question it answers open (``settle.chars``; seed 000 漏回复);
* the chat's last agent turn ending on an invitation to come back (欢迎您常来店里看看 / 有空再来看看哦): the closing's goodbye in other
  words (pack ``closing_invite``, ``checks/closing.ends_on_invite``; seeds 003 结束语, 004 欢迎您随时再来咨询);
* a worry put as 怎么办 followed in its turn by the customer's own way out (那退了我这几天用啥怎么办，能不能直接给我寄台新的):
  the worry is the reason for the way out, the agent granting it answers both (pack ``worry_forms`` / ``own_way_forms``,
  ``checks/unanswered._worry_with_way_out``); a reply that grants nothing leaves it unanswered;
* the customer asking whether the trouble is their own use (是不是我操作不对), answered later with the cause or the right use
  (一般是…导致的，建议…): answered (pack ``own_use_question`` / ``cause_or_use_told``, ``checks/unanswered._own_use_told``;
  003 §售后 查明原因); a reply that only sends a replacement leaves it unanswered;
* (pools) a customer of an after-sales case frightened, worried or pressed for time (把我吓坏了 / 老人今晚要用的): the apology's stock
  words (给您添麻烦了 / 带来不便) calm no one, the agent must speak to the worry or reassure (pack ``worried_forms`` /
  ``worry_soothing_forms``, ``soothing.soothes``; 003 §售后 道歉——安抚); a customer who voices no worry is calmed
  by the apology as before;
* (pools) a yes-or-no question whose modal says what it asks (能不能塞进高铁的行李架), answered by a clause whose only yes is
  可以 followed by a doing of its own (箱子可以单手推着走…): what else can be done, no yes to it — the question stays unanswered
  (pack ``modal_of_another``, ``beside._modal_of_another``; 000 漏回复); 可以的, a clause naming what was asked, or a doing
  offered to the customer (可以免费给您换成…) answers;
* (pools) a need held for a check while the customer asked something newer is not brought its result by a clause sharing one
  character with it (手背还有反光条 for 登山手套有没有XL码: ``settle``); the one asked answering back (仓库那边回复了，…: pack
  ``found_forms``) says the check is done (followup_missed otherwise; 004 需要查询的问题要回复结果).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.
Each kind has faulty cases and a clean one."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_BYE = "感谢您的咨询，祝您生活愉快，再见～"


def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2026-05-14T15:00:00")


_HONEY = [("customer", "你好，这罐槐花蜜什么时候吃比较好", 0),
          ("agent", "您好，欢迎光临～早上空腹用温水冲一杯最好，水温别超过60度哦", 20),
          ("customer", "开盖以后能保存多长时间？天热了会不会变酸", 60),
          ("agent", "我去查一下瓶身上的保存说明，请您稍等片刻", 80)]


# kind 1 (followup_missed): one hold for both questions of a turn, the result in the same block after the check said done
# closes the needs it speaks of (a content bigram or two characters in common); one it says nothing of stays owed
@pytest.mark.parametrize("result,flagged", [
    ("让您久等了～查过了，开盖后放阴凉避光处，一年内吃完，天热也不会变酸，舀的时候用干燥的勺子", False),
    ("核实过了，开盖后放阴凉避光处一年内吃完就行，天热了不会变酸", False),
    ("核实过了，开盖后放阴凉避光处一年内吃完就行", True),
    ("开盖后放阴凉避光处，一年内吃完", True)])
def test_result_after_the_hold_in_the_same_block(auditors, result, flagged):
    chat = _HONEY + [("agent", result, 150),
                     ("customer", "好的，那我买一罐", 200),
                     ("agent", "好的，" + _BYE, 220)]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


# kind 2 (unanswered): a figure told with its hedge answers the noise question, not the sibling asking how big
@pytest.mark.parametrize("answer,flagged", [
    ("您好～滤芯直径是26厘米，一年换一次就行；睡眠档大约30分贝，比翻书声还轻", False),
    ("您好～滤芯直径是26厘米，一年换一次就行；夜里开睡眠档大概28分贝，基本听不见", False),
    ("您好～滤芯直径是26厘米，一年换一次就行", True)])
def test_hedge_of_a_figure_carries_no_content(auditors, answer, flagged):
    chat = [("customer", "你好，这台空气净化器滤芯多大？放卧室开一晚上会不会很吵", 0),
            ("agent", answer, 30),
            ("customer", "行，我下单了", 80),
            ("agent", _BYE, 100)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


# kind 3 (missing_closing): the last agent turn ends on an invitation to come back
@pytest.mark.parametrize("last,flagged", [
    ("灰色男款库存充足，您拍两双就好，冬天冷了欢迎您常来店里看看～", False),
    ("灰色男款有货，直接下单就行，有空再来看看哦", False),
    ("灰色男款有货，欢迎下回再来选购", False),
    ("灰色男款库存充足，您拍两双就好", True),
    ("灰色男款有货，有空再来看看别的款式吗", True)])
def test_invitation_to_come_back_closes(auditors, last, flagged):
    chat = [("customer", "你好，这款羊毛袜有没有男款", 0),
            ("agent", "您好，欢迎光临～有男款的，39到44码都有", 20),
            ("customer", "那要两双灰色的", 60),
            ("agent", last, 80)]
    assert ("missing_closing" in _cats(auditors, *chat)) is flagged


_DRYER = [("customer", "你们这个电吹风才用一周就冒焦味了，吓死我了", 0),
          ("agent", "您好，您在订单页申请退货退款就可以", 20)]


# kind 4 (unanswered): a worry put as 怎么办 and the customer's own way out after it; granting the way out answers both
@pytest.mark.parametrize("asked,answer,flagged", [
    ("那退了我这几天用啥怎么办，能不能直接给我寄台新的", "非常抱歉给您带来困扰，可以的，这边先给您补寄一台新机，明早安排出库", False),
    ("那退了我这几天用啥怎么办，要不先给我换台新的", "非常抱歉给您带来困扰，可以的，这边先给您补寄一台新机，明早安排出库", False),
    ("那退了我这几天用啥怎么办，能不能直接给我寄台新的", "非常抱歉给您带来困扰，退货审核一般一到两天", True),
    ("那退了我这几天用啥怎么办，另外运费谁出", "非常抱歉给您带来困扰，运费由我们承担，您放心", True)])
def test_worry_with_the_way_out_asked(auditors, asked, answer, flagged):
    chat = _DRYER + [("customer", asked, 60),
                     ("agent", answer, 90),
                     ("customer", "好吧", 130),
                     ("agent", _BYE, 150)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


_COFFEE = [("customer", "您好，我上周买的咖啡机有点问题", 0),
           ("agent", "您好，给您添麻烦了，您直接在订单页申请换货就行", 20),
           ("customer", "先不急着换吧？我就想知道是不是我操作不对", 60),
           ("agent", "抱歉，那您讲一下具体什么情况", 80),
           ("customer", "萃取出来的咖啡特别淡，还一直往外渗水", 120)]


# kind 5 (unanswered): whether the trouble is the customer's own use, answered with the cause or the right use
@pytest.mark.parametrize("answer,flagged", [
    ("一般是粉压得不够实导致的，建议装粉后用压粉锤压紧再扣上手柄，出水就正常了", False),
    ("建议您先把滤网拆下来冲洗干净，每次装粉后压实再萃取", False),
    ("那给您安排换货吧，新机明天发出", True)])
def test_own_use_asked_and_the_cause_told(auditors, answer, flagged):
    chat = _COFFEE + [("agent", answer, 150),
                      ("customer", "哦哦，好的", 200),
                      ("agent", "好的，试过还不行随时联系我们，" + _BYE, 220)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


def _heater(first, sooth):
    return [("customer", first, 0),
            ("agent", "您好，麻烦拍一下插头和插座的位置，再说下是刚插上就跳闸还是用一会儿才跳？", 20),
            ("customer", "[图片] 一插上就跳", 60),
            ("agent", "看到了，是插头里的保险片松脱短路了，" + sooth, 90),
            ("agent", "给您补寄一台新的，今天下午发出，旧的不用寄回。", 100),
            ("customer", "好吧", 140),
            ("agent", _BYE, 160)]


_SCARED = "电暖器一插上家里就跳闸，把我吓坏了，还以为要着火了"
_PRESSED = "电暖器一插上就跳闸，老人今晚要用的"


# kind 6 (aftersales_flow): a worried customer is calmed by words to the worry, not by the apology's stock words
@pytest.mark.parametrize("first,sooth,flagged", [
    (_SCARED, "给您添麻烦了，实在抱歉。", True),
    (_PRESSED, "给您带来不便非常抱歉。", True),
    (_SCARED, "让您受惊了，实在抱歉，您放心，新机都是出厂检测过的。", False),
    (_PRESSED, "非常抱歉，理解您着急的心情。", False),
    ("电暖器一插上家里就跳闸", "给您添麻烦了，实在抱歉。", False)])
def test_worried_customer_needs_soothing(auditors, first, sooth, flagged):
    assert ("aftersales_flow" in _cats(auditors, *_heater(first, sooth))) is flagged


def _suitcase(asked, answer):
    return [("customer", "你好，这款20寸拉杆箱是什么材质的", 0),
            ("agent", "您好，欢迎光临～箱体是PC材质的，轻便耐摔", 20),
            ("customer", "哦不错，" + asked, 60),
            ("agent", answer, 90),
            ("customer", "行，我拍了", 130),
            ("agent", _BYE, 150)]


_RACK = "想问下它能不能塞进高铁的行李架"


# kind 7 (unanswered): 可以 with a doing of its own is no yes to what the modal of the question asks
@pytest.mark.parametrize("asked,answer,flagged", [
    (_RACK, "箱子可以单手推着走，万向轮转起来很顺滑，静音效果也好", True),
    (_RACK, "可以的，20寸放高铁行李架刚刚好，不会超出来", False),
    (_RACK, "高铁行李架放20寸绰绰有余，您放心带", False),
    ("拉杆能不能换成加长的", "可以免费给您换成加长拉杆，备注一下就行", False)])
def test_modal_of_another_doing_is_no_yes(auditors, asked, answer, flagged):
    assert ("unanswered" in _cats(auditors, *_suitcase(asked, answer))) is flagged


def _gloves(later):
    return ([("customer", "你好，这副登山手套有没有XL码的黑色", 0),
             ("agent", "您好，欢迎光临～黑色XL码我去仓库帮您看一眼库存，请稍等", 20),
             ("customer", "好。另外冬天骑车戴会冻手吗", 60),
             ("agent", "不会冻手的，内里是加绒抓绒层，零下十度骑车也暖和", 90)]
            + later + [("customer", "行，我再看看", 160), ("agent", _BYE, 180)])


# kind 8 (followup_missed): one character in common brings no result of the check; the one asked answering back does
@pytest.mark.parametrize("later,flagged", [
    ([("agent", "手背还有反光条，晚上骑车更安全", 100)], True),
    ([], True),
    ([("agent", "仓库那边回复了，黑色XL码还有三副，今天下单明天发", 120)], False)])
def test_held_check_needs_its_result(auditors, later, flagged):
    assert ("followup_missed" in _cats(auditors, *_gloves(later))) is flagged
