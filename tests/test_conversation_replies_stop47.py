"""Issue 12, stop 47: kinds from the read half of the blind pool of unanswered questions and repeated replies
(pool47_replies_n53a; seed 000 漏回复 / 重复发送相同内容, seed 004 客户抱怨).

* a reply re-sent with its clauses in another order (the same three figures, the same characters): a repeat
  (``repetition._reordered``); the same clauses with other figures are another answer;
* a photo, video or product card sent with a line pointing at it ([图片] 这是实拍，您看下) answers the question just asked
  (pack ``media_forms`` / ``media_pointer_forms``, ``answering.shows_media``);
* the goods marvelled at in the shape of a reproach (怎么这么好看呀) is praise, no complaint (pack ``word_forms.goods_praised``);
  怎么这么慢 still complains;
* the customer's own body long unwell (腰一直不太好) is why they shop, no failure of the service (pack
  ``word_forms.service_failure``, was the word 一直不); 一直不发货 still is one.

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case."""

from __future__ import annotations

import pytest

from chat_fixtures import conv_categories

_BYE = "感谢您的支持，有问题随时找我，祝您生活愉快，再见～"


def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2026-10-13T10:00:00")


_FIRST = "您好，欢迎光临～这款书架每层承重约20kg，五层加起来大约100kg，板材是1.8cm厚的颗粒板"


@pytest.mark.parametrize("again,flagged", [
    ("五层加起来大约100kg，每层承重约20kg，用的是1.8cm厚的颗粒板哦", True),
    ("五层加起来大约120kg，每层承重约24kg，用的是2.5cm厚的实木板哦", False),
    ("放得下的，8斤的花盆在单层承重范围内，建议放在靠墙一侧", False)])
def test_a_reply_resent_with_its_clauses_shuffled(auditors, again, flagged):
    chat = [("customer", "你好，这个五层书架每层能放多重"), ("agent", _FIRST),
            ("customer", "我有个8斤的花盆想放最上层"), ("agent", again),
            ("customer", "好的"), ("agent", _BYE)]
    assert ("repeated_reply" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("shown,flagged", [
    ("[图片] 这是拆开后的实拍，您看下里面的样子", False),
    ("[视频] 给您拍了一段开盒视频，您参考一下", False),
    ("[图片]", True),
    ("我们家的坚果都是当季新货", True)])
def test_a_photo_with_a_pointer_answers(auditors, shown, flagged):
    chat = [("customer", "你好，这个礼盒装的坚果是混装还是分装"),
            ("agent", "您好，欢迎光临～"),
            ("agent", shown),
            ("customer", "好的我拍了"),
            ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [
    ("哇这个奶油白怎么这么好看呀", False),
    ("这颜色也太显白了吧", False),
    ("你们回消息怎么这么慢", True)])
def test_the_goods_marvelled_at_are_no_complaint(auditors, said, flagged):
    chat = [("customer", "在吗，这款围巾还有货吗"),
            ("agent", "您好，欢迎光临～奶油白和燕麦色都有现货"),
            ("customer", said + "，多长的"),
            ("agent", "长度是180cm，宽35cm，可以绕两圈"),
            ("customer", "好的"),
            ("agent", _BYE)]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,failure", [
    ("我颈椎一直不太好", False), ("腰一直不舒服", False), ("睡眠一直不好", False),
    ("你们一直不发货", True), ("客服一直不回消息", True)])
def test_the_customers_own_body_is_no_service_failure(auditors, said, failure):
    assert ("service_failure" in auditors["jd"].config.lexicon.labels(said)) is failure


# (unanswered, read sets' misses) a question of a kind answered only by an answer of that kind: an added existence question
# (另外有没有…), a gift asked (送不送…), whether the goods can be worn by the customer's condition (…能戴吗)
@pytest.mark.parametrize("asked,reply,flagged", [
    ("这款墨水一瓶能写多久？另外有没有大瓶装的", "标准瓶装是50ml，每天写两页的话大约能写三个月", True),
    ("这款墨水一瓶能写多久？另外有没有大瓶装的", "标准瓶装是50ml，每天写两页的话大约能写三个月；大瓶装暂时没有哦", False),
    ("买钢笔送不送墨囊？还有笔尖能换吗", "笔尖可以单独换，墨囊也能单独买", True),
    ("买钢笔送不送墨囊？还有笔尖能换吗", "笔尖可以单独换，另外买笔就赠送6支墨囊", False),
    ("这款美瞳直径多少？散光150度能戴吗", "这款直径14.0mm，着色直径13.4mm，戴上自然放大", True),
    ("这款美瞳直径多少？散光150度能戴吗", "这款直径14.0mm，散光150度的话建议选散光款", False)])
def test_a_question_of_a_kind_wants_an_answer_of_that_kind(auditors, asked, reply, flagged):
    chat = [("customer", "你好，" + asked), ("agent", "您好，欢迎光临～" + reply),
            ("customer", "好的"), ("agent", _BYE)]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged
