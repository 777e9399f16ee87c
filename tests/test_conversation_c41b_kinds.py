"""Issue 12, stop 41 (c41b): the kinds of c41 (test_conversation_fresh25_kinds.py) whose cases there passed before c41's
change, each shown again on a chat of its own that the code before d242fa6 read wrong, and the follow-ups of fresh25's
f25-c004 and of generic agent behaviour: a check promised after a partial answer in one sentence is still owed
(``checks/followup.py``); a deadline asked (周六之前能到吗 / 赶得上周六吗) is answered by the time told (``beside.py``, pack
``when_question`` / ``time_words``); a goodbye that only names the thing asked settles no skipped question (``settle.py``);
a turn that puts the asking off (到时候再来问你, pack ``defer_forms``) leaves no question unanswered and a plain goodbye after
it cuts nothing off (``stands_down.puts_off``, ``ending.py``, ``checks/unanswered.py``); a come-back-later put-off in the turn that
ends the chat is that forced ending, not shirking besides (``auditor.py``, pack ``come_back_forms``); a fault cured by
advice on use, the agent having found no fault of the goods, is a question of use (``checks/aftersales.py``; pack
``resolved_forms``: 有画面了); the drain pipe (下水管) is no misuse suspected.  Every chat and sentence is written for this
test from the seeds (000 漏回复 / 强制结束, 003 §售后, 004 稍等后及时回复 / 推诿); none is a sentence of a read set."""

from __future__ import annotations

import pytest


from chat_fixtures import all_categories, conv_categories
from message_kinds import rule_categories

_BYE = "不客气，后面有问题随时找我，祝您生活愉快，再见～"



def _cats(auditor, *turns):
    return conv_categories(auditor, turns, start="2025-11-04T10:00:00")


def _all(auditor, *turns):
    """Every category of the audit (message findings too)."""
    return all_categories(auditor, turns, start="2025-11-04T10:00:00")


# followup_missed: the one question (支不支持自动对焦) is settled by the partial answer (标准版和Pro版都支持) and the check of the
# rest is promised in the same sentence (我帮您查一下Pro版的对焦速度和库存): coming back after the pack's limit is late (004)
@pytest.mark.parametrize("back,flagged", [(90, False), (250, True)])
def test_check_after_a_settling_answer_in_one_sentence_is_owed(auditor, back, flagged):
    chat = [("customer", "你好，请问这款投影仪多大尺寸的幕布合适？", 0),
            ("agent", "您好，欢迎光临～客厅三米左右的距离，配100寸幕布正合适。", 20),
            ("customer", "好的，明白了。那它支不支持自动对焦？", 60),
            ("agent", "自动对焦标准版和Pro版都支持，我帮您查一下Pro版的对焦速度和现在的库存。", 80),
            ("agent", "让您久等了，Pro版是激光对焦，一秒就能对清，现货还有八台，下单当天就能发。", 80 + back),
            ("customer", "那我拍Pro版", 110 + back),
            ("agent", "好的，感谢您的光临，祝您观影愉快，再见～", 125 + back)]
    assert ("followup_missed" in _cats(auditor, *chat)) is flagged


# unanswered: a deadline asked for a yes or no (周六之前能到吗 / 赶得上周六吗 / 月底以前能寄到吗) is answered by the time told,
# which shares no word with it; an answer telling no time is still beside the point (000 漏回复)
@pytest.mark.parametrize("ask,reply,flagged", [
    ("要粉色的，周六之前能到吗", "明早发顺丰，一般次日下午送达。", False),
    ("粉色的，赶得上周六吗", "今天下午就发，后天送达。", False),
    ("粉色，月底以前能寄到吗", "今天下午四点前付款当天发出，江浙沪一般两天到。", False),
    ("粉色的，赶得上周六吗", "这款车架是高碳钢的，结实耐用，孩子骑着很稳。", True)])
def test_a_deadline_is_answered_by_the_time_told(auditor, ask, reply, flagged):
    chat = [("customer", "你好，这款儿童自行车16寸的还有现货吗", 0),
            ("agent", "您好，欢迎光临～16寸的蓝色和粉色都有现货。", 20),
            ("customer", ask, 60),
            ("agent", reply, 80),
            ("customer", "好的，那我拍了", 110),
            ("agent", _BYE, 125)]
    assert ("unanswered" in _cats(auditor, *chat)) is flagged


# unanswered: the second question (零件是师傅带还是我自己买) is skipped; the goodbye names 师傅 and tells nothing of it (000)
@pytest.mark.parametrize("bye", ["师傅上门前会先给您打电话，感谢您的咨询，再见。", "师傅会准时上门，祝您生活愉快，再见。"])
def test_goodbye_naming_the_thing_settles_no_skipped_question(auditor, bye):
    chat = [("customer", "你好，家里热水器不出热水了，能上门看看吗", 0),
            ("agent", "您好，欢迎咨询，可以上门，麻烦提供一下地址和方便的时间。", 20),
            ("customer", "幸福里5号楼801，明天上午在家", 60),
            ("agent", "好的，已经给您约了明天上午九点到十一点。", 80),
            ("customer", "行。上门要收费吗？如果要换零件，零件是师傅带过来还是我自己先买好？", 120),
            ("agent", "上门检测费是50元，修好的话检测费就不收了。", 140),
            ("customer", "好，那我等着", 170),
            ("agent", bye, 185)]
    assert "unanswered" in _cats(auditor, *chat)


# unanswered / forced_end: the customer puts the asking off (到时候再来问你 / 回头再来咨询 / 再问你吧); what they will look into
# (还缺什么工具) is no question yet, and the agent's plain goodbye cuts nothing off; closing the session on them is still forced
@pytest.mark.parametrize("last", ["好，我先回去看看家里还缺什么工具，到时候再来问你", "行，我先量一下阳台有多宽，回头再来咨询",
                                  "那我先跟家里人商量下要哪种，再问你吧"])
def test_asking_put_off_is_no_question(auditor, last):
    chat = [("customer", "你好，想买个晾衣架，落地的和吊顶的哪种好装", 0),
            ("agent", "您好，欢迎光临～落地款不用打孔，拆开按说明拧上就能用；吊顶款要在顶上打孔固定。", 20),
            ("customer", last, 60),
            ("agent", "好的，不客气，有需要随时找我，祝您生活愉快，再见～", 80)]
    assert not {"unanswered", "forced_end"} & _cats(auditor, *chat)


def test_session_closed_on_a_deferred_asking_is_still_forced(auditor):
    chat = [("customer", "你好，想找你们代办公司的年度报税，要准备哪些东西", 0),
            ("agent", "您好，欢迎咨询，需要营业执照、全年的账本和银行流水。", 20),
            ("customer", "行，我先去翻翻账本，看看还缺什么再问你", 60),
            ("agent", "那您先去整理吧，我这边就先把这次的咨询关掉了，齐了再来找我们，再见", 80)]
    assert "forced_end" in _cats(auditor, *chat)


# forced_end vs shirking: the agent going off duty ends the chat with a time to come back (明天白天再来咨询): the forced ending,
# reported once (000 / 004 强制结束); an evasion beside it (这个问题我处理不了) stays shirking
@pytest.mark.parametrize("end,shirking", [("我这边马上下班了，其他问题您明天白天再来咨询吧，再见。", False),
                                          ("这个问题我处理不了，您明天再来问吧，再见。", True)])
def test_come_back_later_in_the_ending_is_the_forced_end(auditor, end, shirking):
    chat = [("customer", "你好，扫地机器人回不了充电座，一直在原地转圈", 0),
            ("agent", "您好，欢迎光临～麻烦擦一下机器底部和充电座上的金属触片试试。", 20),
            ("customer", "擦了还是不行，怎么办", 60),
            ("agent", end, 80)]
    got = _all(auditor, *chat)
    assert "forced_end" in got and ("shirking" in got) is shirking


# aftersales_flow: 黑屏 told, the agent asks how it is set up, finds the customer's own setting (信号源没切到所插的口) and the
# customer says the picture is back: a question of use, no apology owed (003 §售后 查明原因; 004 道歉 for what the shop must
# be forgiven); a fault of the goods found (光机坏了) still needs the order
@pytest.mark.parametrize("fix,fixed,flagged", [
    ("原因找到了，您的线插在HDMI2口上，信号源要切到HDMI2才有画面。", "切过去了，有画面了，谢谢", False),
    ("您把遥控器上的信号源键按一下，切到HDMI2就有画面了。", "切了，有画面了", False),
    ("那是光机坏了，给您换一台新的。", "好吧", True)])
def test_fault_cured_by_advice_on_use_is_no_aftersales_case(auditor, fix, fixed, flagged):
    chat = [("customer", "你好，昨天收到的投影仪开机黑屏，只有风扇在响", 0),
            ("agent", "您好，欢迎光临～请问电脑的线插在投影仪背面哪个口上，信号源选的是哪个？", 20),
            ("customer", "插的HDMI2，信号源是HDMI1", 60),
            ("agent", fix, 80),
            ("customer", fixed, 120),
            ("agent", _BYE, 140)]
    assert ("aftersales_flow" in _cats(auditor, *chat)) is flagged


# message rule: 下水 of the drain (下水管 / 下水道) asked about is no misuse suspected; taking the goods into water still is
@pytest.mark.parametrize("text,flagged", [("请问是龙头在滴水，还是下水管在漏？", False), ("您看是不是下水管的接口松了", False),
                                          ("您是不是拿它下水游泳了", True)])
def test_drain_pipe_is_no_misuse(text, flagged):
    assert ("questioning" in rule_categories("jd", text)) is flagged
