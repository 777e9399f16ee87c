"""The readings the state tracker remembers (issue 14, stop 34): a question's text read once per text
(``beside._yes_no_reading``, ``suits._named_thing``), a customer turn once per turn (``beside._turn_not_only_asking``),
the pack lookups of ``settle`` once a chat.  Whatever the memos hold, the tracker reads a chat as a cold config does:
a chat read twice, a chat with a turn appended, another chat with the same turn but other labels.
The sentences are written for these tests (none from the dev cases or the benchmark sets).
"""

from __future__ import annotations

from zhijian.audit.beside import _turn_not_only_asking, _yes_no_reading
from zhijian.audit.chat import Chat
from zhijian.audit.state import track
from zhijian.audit.suits import _named_thing

from .conftest import build_config, build_conv, tag

QUESTIONS = ("这只水壶能盛汽水吗", "我家旧款的剃须刀能用这个充电器充吗", "这床枕套能扔洗衣机不", "台灯的灯罩是玻璃的吗",
             "鞋码是偏大一点还是偏小一点", "100块的券能叠加用吗？", "能不能放进烤箱里加热")
ASKED = ("customer", 0, "这只水壶能盛汽水吗")
BESIDE = ("agent", 30, "这款杯子是双层真空设计，保温长达十二个小时，外观也很时尚大方")
LATER = ("agent", 60, "碳酸饮料不建议装哦，气压会把杯盖顶开")


def _fields(items) -> list[tuple]:
    return [(it.turn, it.sentence, it.act, it.text, it.closed_by, it.held_by, it.skipped, it.superseded, it.grievance)
            for it in items]


def test_text_readings_are_the_ones_read_anew(jd, taobao):
    conv = build_conv(("customer", 0, QUESTIONS[0]))
    for config in (jd, taobao, jd):  # (each config its own memo; the second jd pass reads remembered answers)
        chat = Chat(conv, config, tag(conv))
        for q in QUESTIONS:
            assert _yes_no_reading(chat, q) == _yes_no_reading.uncached(chat, q)
            assert _named_thing(chat, q) == _named_thing.uncached(chat, q)


def test_a_pack_without_a_minimum_reads_no_question(jd):
    chat = Chat(build_conv(ASKED), build_config(jd, beside_min_chars=0))
    assert all(_yes_no_reading(chat, q) is None for q in QUESTIONS)


def test_a_turn_reading_follows_the_turns_labels(jd):
    conv = build_conv(ASKED, BESIDE)
    sentences = tag(conv)
    plain = Chat(conv, jd, sentences)
    assert _turn_not_only_asking(plain, 0) is False
    angry = Chat(conv, jd, sentences)
    angry.labels[0] = angry.labels[0] | {"complaint"}  # (another chat, the same turn, other labels: read again)
    assert _turn_not_only_asking(angry, 0) is True
    assert _turn_not_only_asking(Chat(conv, jd, sentences), 0) is False


def test_a_chat_read_again_or_with_a_turn_appended_reads_as_a_cold_config(jd):
    short, longer = build_conv(ASKED, BESIDE), build_conv(ASKED, BESIDE, LATER)
    chat = Chat(short, jd, tag(short))
    first = _fields(track(chat))
    assert _fields(track(chat)) == first  # the same chat object read again
    warm = _fields(track(Chat(longer, jd, tag(longer))))
    cold = _fields(track(Chat(longer, build_config(jd), tag(longer))))  # (a config built anew: every memo empty)
    assert warm == cold
    assert first == _fields(track(Chat(short, build_config(jd), tag(short))))
    assert first[0][4] is None  # the pitch went beside the question: it stays open
    assert warm[0][4] == 2  # the answer appended settles the question the pitch went beside
