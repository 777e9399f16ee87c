"""Issue 12, stop 53 (c53): the kinds behind the chat misses of fresh37_chats (read from this stop; it judged stop 52 by its
tables), fixed by kind.

* questions (seed 000: 对客户的每一个问题都认真回复):
  - whether a person of the shop is there (是人工吗 / 是在线客服吗, also after 你好) is a call the greeting answers, as 在吗 is
    (the ``customer.hello`` cue), no question left open;
  - a clause that only names instances of what the question before it asks about (配件要另外买吗，螺丝刀之类的) is part of that
    question (the pack's ``instance_clause_forms``, ``turns._asking_parts``): an answer about the instance answers it;
* follow-up (seed 004: 需要查询的问题要回复结果; 001: 请您稍等2分钟): when the customer corrects what they said while the agent
  checks, the agent's reply to the correction sent before the check's result is no answer to the need held
  (``held.answers_aside``): the wait for the result runs to the turn that brings it;
* suggestions (seed 004: 建议时致谢并记录): a suggestion worded outside quotation marks around its content (详情页可以加个
  “尺码对照”的表格) is the customer's (``quoted.quoted_only`` with ``needs.tells_shop_to``), and 正面照 / 背面图 name a photo,
  no place for words to be put on the goods (the pack's ``layout_forms``);
* complaints without 投诉 (004 客户抱怨): vexation with its degree said after it (窝火得很 / 糟心透了) (the pack's
  ``complaint_forms``);
* repeats (seed 000: 重复发送相同内容): a sentence sent again with a particle at its end (…按件计费哦) is the same sentence
  (``repetition._bare``).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.  Each kind
has a faulty chat and its clean twin; the read chats each kind set right are named by id below."""

from __future__ import annotations

import pytest

from chat_fixtures import assert_read_chats_exact, conv_categories
from zhijian.acts import tag_turns


def _cats(auditors, *turns, pack="jd", step=20):
    return conv_categories(auditors[pack], turns, start="2026-10-20T10:00:00", step=step)


_BYE = "感谢您的咨询，祝您生活愉快，再见～"


@pytest.mark.parametrize("said,call", [("您好，是人工客服吗？", True), ("是真人吗？", True), ("你好，是在线客服吗？", True),
                                       ("人工客服能开专票吗", False), ("您好，是顺丰发货吗？", False)])
def test_asking_whether_a_person_is_there_is_a_call_no_need(said, call):
    (s, *_), = tag_turns([("customer", said)])
    assert (s.acts == ("other",) and "customer.hello" in s.cues) is call


@pytest.mark.parametrize("asked,flagged", [
    ("配件要另外买吗，螺丝刀之类的。老人用方便吗", False),
    ("配件要另外买吗，老人用方便吗", True)])
def test_a_clause_naming_instances_belongs_to_the_question_before_it(auditors, asked, flagged):
    chat = [("customer", "你好，这个壁挂鞋柜还有货吗"),
            ("agent", "您好，欢迎光临木语家居，白色和原木色都有现货。"),
            ("customer", asked),
            ("agent", "盒子里带了一把十字螺丝刀，拧几颗钉子就装好，老人家自己也能弄。"),
            ("customer", "好"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("step,flagged", [(45, True), (20, False)])
def test_the_reply_to_a_correction_sent_before_the_result_does_not_bring_it(auditors, step, flagged):
    chat = [("customer", "你好，下周二上午能约到保洁阿姨吗？三室两厅"),
            ("agent", "您好，我帮您问一下调度周二上午还有没有阿姨，请稍等。"),
            ("customer", "不好意思，地址我前面写错了，是滨江花园8栋不是6栋"),
            ("agent", "没关系，地址已改为滨江花园8栋。"),
            ("agent", "周二上午9点到12点有一位阿姨可以上门，给您排上吗？"),
            ("customer", "排上吧"),
            ("agent", "已为您预约好，阿姨出门前会先联系您。" + _BYE)]
    assert ("followup_missed" in _cats(auditors, *chat, step=step)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("这款的码数是按欧码做的，平时穿39的选39就行。", True),
    ("谢谢您的建议，我这就记下来转给运营同事。码数是按欧码做的，平时穿39的选39就行。", False)])
def test_a_suggestion_worded_around_quoted_content_is_owed_thanks(auditors, reply, flagged):
    chat = [("customer", "你好，这双帆布鞋偏大还是偏小"),
            ("agent", "您好，欢迎光临步履鞋铺，这款是正常码。"),
            ("customer", "你们详情页可以加个“脚长对照”的表格，省得大家来回问"),
            ("agent", reply),
            ("customer", "行"),
            ("agent", _BYE)]
    assert ("suggestion_unacknowledged" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("侧面有一道浅浅的木纹，挂起来看不太出来。", True),
    ("谢谢您提的建议，已经记下了，会尽快补一张侧面的实拍。侧面有一道浅浅的木纹，挂起来看不太出来。", False)])
def test_a_front_photo_is_no_place_for_words(auditors, reply, flagged):
    chat = [("customer", "你好，这块木牌上的字是怎么做的"),
            ("agent", "您好，欢迎光临拾木小铺，字是用激光刻的，不会掉。"),
            ("customer", "页面里只有正面照，要是能放一张侧面图就好了，看不出有多厚"),
            ("agent", reply),
            ("customer", "好吧"),
            ("agent", _BYE)]
    assert ("suggestion_unacknowledged" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("新的滤芯明天发出，后天能到。", True),
    ("实在抱歉，让您这几天都不方便。新的滤芯明天发出，后天能到。", False)])
def test_vexation_with_its_degree_after_it_is_a_complaint(auditors, reply, flagged):
    chat = [("customer", "你好"),
            ("agent", "您好，欢迎光临清源净水，请问有什么可以帮您？"),
            ("customer", "上周换的滤芯又堵了，这几天喝水都得烧，窝火得很"),
            ("agent", "麻烦问下，换上以后出水一直都小，还是过了几天才变小的？"),
            ("customer", "头两天还行，后来越来越小"),
            ("agent", reply),
            ("customer", "行吧"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("third,flagged", [
    ("搬家按车次计费，一车次280元，超出五公里另算哦。", True),
    ("十二公里的话，超出的七公里每公里加8元，一共336元。", False)])
def test_a_sentence_sent_again_with_a_particle_at_its_end_is_a_repeat(auditors, third, flagged):
    chat = [("customer", "你好，小件搬家怎么收费"),
            ("agent", "您好，欢迎光临顺心搬家～我们有小面包车和厢式货车两种车型，都能上门。搬家按车次计费，一车次280元，超出五公里另算。"),
            ("customer", "楼层有要求吗"),
            ("agent", "有电梯不加钱，没电梯每层加10元。"),
            ("customer", "我这边大概十二公里，怎么算"),
            ("agent", third),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("repeated_reply" in _cats(auditors, *chat)) is flagged


_FIXED = {"fresh37_chats": ("f37-c005", "f37-c009", "f37-c010", "f37-c012", "f37-c014", "f37-c048", "f37-c051")}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_each_kind_set_right(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
