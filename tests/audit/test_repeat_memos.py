"""The readings ``asked_to_repeat`` remembers (issue 14, stop 37, audit speed): a customer text's pointing back
(``repeat._points_back``: the ``said_before`` search, the check's dearest step) and what it tells (``repeat._told_text``)
read once per text, an agent turn's question back for what was told (``repeat._asks_restated``) once per turn.  Whatever
the memos hold, the readings are the ones computed anew (property tests against the reference expressions), and the check
finds in a warm config what it finds in a cold one.
The sentences are written for these tests (none from the dev cases or the benchmark sets).
"""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from zhijian.audit.chat import Chat
from zhijian.audit.checks import repeat
from zhijian.audit.checks.repeat import _SLOT, _asks_restated, _points_back, _said, _told_text, asked_to_repeat
from zhijian.audit.answering import turn_asks_back
from zhijian.audit.settle import compact

from .conftest import build_config, build_conv, tag

# pieces of customer turns: pointing back, asking, telling, cards and placeholders, tag questions
PIECES = ("我前头讲过一遍了", "上面那句写着呢", "一开始就提了", "不是说过了么", "订单号早发你了", "是吧", "对吧",
          "杯盖能单买吗", "几天能发到杭州", "颜色要深灰", "[图片]", "[订单编号:20260512,金额:88.00]", "SF1234567890",
          "我问的是尺码", "好的", "嗯", "谢谢啦", "麻烦快点", "地址是公司那个")
SEPS = ("", "，", "。", "？", "！", " ", "~")

texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPS)), min_size=1, max_size=4).map(
    lambda parts: "".join(p + s for p, s in parts))


def _points_back_ref(chat, text: str) -> bool:
    """The check's reading before stop 37, computed in place (with stop 64's telling asked back in reproach, the pack's
    ``told_reproach_forms``: 不是说过了么 asks nothing, whatever its particle)."""
    from zhijian.audit.needs import clause_asks
    from zhijian.audit.settle import CLAUSE

    pats, confirms, told = chat.said_before, chat.words_re("confirm_tags"), chat.words_re("told_reproach_forms")
    return pats is not None and any(pats.search(compact(c)) and not confirms.search(compact(c))
                                    and (told.search(compact(c)) or not clause_asks(chat, c)) for c in CLAUSE.findall(text))


def _told_text_ref(chat, text: str):
    return None if chat.data_only(text) else compact(_SLOT.sub("", text))


@settings(max_examples=150, deadline=None)
@given(t=texts)
def test_text_readings_are_the_ones_read_anew(jd, taobao, t):
    conv = build_conv(("customer", 0, "焖烧罐可以盛粥不"))
    for config in (jd, taobao, jd):  # (each config its own memo; the second jd pass reads remembered answers)
        chat = Chat(conv, config, tag(conv))
        assert _points_back(chat, t) == _points_back_ref(chat, t) == _points_back.uncached(chat, t)
        assert _told_text(chat, t) == _told_text_ref(chat, t) == _told_text.uncached(chat, t)


AGENT_TURNS = ("请问您是在哪个平台下的单？", "劳驾报下单号，这边给您核对", "嗨，亲这边能为您做点啥？", "寄到哪个城市呢",
               "好的，这边已经登记了", "穿多少码的呢？别的疑问也随时讲")


def test_an_agent_turns_question_back_is_the_one_read_anew(jd, taobao):
    for config in (jd, taobao, jd):
        for text in AGENT_TURNS:
            conv = build_conv(("customer", 0, "鞋子偏小想换大一码"), ("agent", 20, text), ("customer", 40, "四十二码的"))
            chat = Chat(conv, config, tag(conv))
            offer, ask = chat.words_re("help_offer"), chat.words_re("restated_ask_words")
            want = any(ask.search(x) and not offer.search(x) for x in _said(chat, 1)) and turn_asks_back(chat, 1)
            assert _asks_restated(chat, 1) == want, text


CHATS = (
    (("customer", 0, "台灯底座有点晃，型号是L30"), ("agent", 20, "台灯具体型号方便说下吗？"), ("customer", 40, "型号L30底座晃")),
    (("customer", 0, "蓝色的靠垫还有货吗"), ("agent", 20, "白色的靠垫现在有活动"), ("customer", 40, "上面那句写着呢，蓝色的")),
    (("customer", 0, "蓝色的靠垫还有货吗"), ("agent", 20, "有货，当日拍隔日寄"), ("customer", 40, "好的谢谢")),
    (("customer", 0, "[订单编号:20260512,金额:88.00]"), ("agent", 20, "查询哪一笔呢？"),
     ("customer", 40, "[订单编号:20260512,金额:88.00]")),
)


def test_the_check_finds_in_a_warm_config_what_a_cold_one_finds(jd):
    for turns in CHATS:
        conv = build_conv(*turns)
        sentences = tag(conv)
        warm = [(f.category, f.turn) for f in asked_to_repeat(Chat(conv, jd, sentences))]
        again = [(f.category, f.turn) for f in asked_to_repeat(Chat(conv, jd, sentences))]
        cold = [(f.category, f.turn) for f in asked_to_repeat(Chat(conv, build_config(jd), sentences))]
        assert warm == again == cold, turns


def test_a_customer_text_is_searched_once_for_pointing_back(jd, monkeypatch):
    calls: list = []
    real = repeat.clause_asks

    def counted(chat, clause):
        calls.append(clause)
        return real(chat, clause)

    monkeypatch.setattr(repeat, "clause_asks", counted)
    config = build_config(jd)  # (a config built anew: its memos are empty)
    turns = (("customer", 0, "茶几玻璃裂了一道缝"), ("agent", 20, "玻璃的厚度是八毫米"), ("customer", 40, "一开始就提了，裂了"))
    for _ in range(3):  # the same customer turns in three chats: read in the first only
        conv = build_conv(*turns)
        list(asked_to_repeat(Chat(conv, config, tag(conv))))
    assert calls and len(calls) == len(set(calls))
