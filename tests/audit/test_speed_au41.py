"""Issue 14, stop 41 (helper au41): the tracker's readings tested in a cheaper order give what they gave before.

``beside.beside_point`` reads what the answer says first (it names the question in most chats) and the customer's turn,
checks, empathy and remedies after it, the earlier matters (``_asked_before``) only when a clause needs them;
``beside.no_quantity`` reads the question's text once per text (``_asks_quantity``); ``held.resent`` loops plainly;
``state._yes_no_answered`` tests the newest need before the reply's words; ``state._only_greets`` reads each sentence once
(``_sentence_only_greets``).  Each is compared with the expression it replaced (copied here as the reference) on chats
made of pieces written for these tests (none from the dev cases or the benchmark sets), for jd and taobao, and the
short cuts are shown to be taken.
"""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from zhijian.audit import beside, held, state
from zhijian.audit.answering import DATA
from zhijian.audit.chat import Chat
from zhijian.audit.settle import bigrams, compact

from .conftest import build_conv, tag

CUSTOMER = ("这款电热毯能机洗吗", "加热垫能不能剪短一点", "保修期多长", "满多少包邮", "坐垫有几种颜色", "能开发票吗",
            "是寄到家还是自提", "这个是实木的吗", "尺码偏小吗", "好的谢谢", "我都问了两遍了", "快递到哪了",
            "收件人改成我妈了对吧", "买两件能便宜吗", "我人在拉萨能寄吗", "太慢了吧，还没发货", "电池能用几年")
AGENT = ("您好，很高兴为您服务", "这款支持机洗，水温别超过四十度", "是的", "不能的哦", "满九十九元包邮",
         "这款是大容量的，带高温档", "收件人已经改好了", "我帮您查一下，请稍等", "稍等，我核实一下",
         "保修一年，终身维护", "感谢您的支持，祝您生活愉快，再见", "抱歉让您久等了", "另外现在下单还送收纳袋",
         "嗯嗯", "亲亲，在的", "请问有什么可以帮您", "这款有灰色和米白两种", "已经安排发货了，明天下午到",
         "这款是实木框架的哦", "坐垫可以单独拆洗")


def _chat_strategy():
    turn = st.one_of(st.tuples(st.just("customer"), st.sampled_from(CUSTOMER)),
                     st.tuples(st.just("agent"), st.sampled_from(AGENT)))
    return st.lists(turn, min_size=2, max_size=7)


def _chat(turns, config):
    conv = build_conv(*[(role, 20 * k, text) for k, (role, text) in enumerate(turns)])
    return Chat(conv, config, tag(conv))


# ------------------------------------------------------------------------------------------- references (before)

def _beside_point_ref(chat, it, answering) -> bool:
    if it.act != "question" or it.grievance:
        return False
    read = beside._yes_no_reading(chat, it.text)
    if read is None:
        return False
    asked_for, asked = read
    if asked_for is not None and any("solution" in s.acts or "as_solution" in chat.text_labels(s.text) for s in answering):
        return False
    if beside._not_only_asking(chat, it) or beside._checks(answering) or any(
            "empathy" in chat.text_labels(s.text) for s in answering):
        return False
    said = [cl for s in answering for cl in beside._said(chat, s)]
    if not beside._at_length(chat, said):
        return False
    if "是" in compact(it.text) and any("是" in cl for cl in said):
        return False
    polar, done, before = chat.words_re("polarity_words"), chat.patterns("done_forms"), beside._asked_before(chat, it.turn)
    return not any(beside._names(cl, asked, asked_for) or (polar.search(cl) and not (
        done is not None and done.search(cl) and bigrams(cl) & before)) for cl in said)


def _asks_quantity_ref(chat, it) -> bool:
    return not DATA.search(it.text) and bool(chat.words_re("quantity_question").search(compact(it.text)))


def _resent_ref(chat, j, s, open_) -> bool:
    c = compact(s.text)
    if len(c) < 6 or not open_:
        return False
    newest = max(it.turn for it in open_)
    return any(compact(o.text) == c for x in chat.agent_turns if newest < x < j for o in chat.sentences.get(x, ()))


def _yes_no_answered_ref(chat, sents, open_, turns, start):
    if not sents or not open_ or start < 1 or turns[start - 1][1].role != "customer":
        return None
    if not chat.words_re("yes_no_reply").fullmatch(compact(sents[0].text)):
        return None
    last = max(open_, key=lambda it: (it.turn, it.sentence))
    asked = turns[start - 1][0]
    if last.turn != asked:
        # (j43: or the one need the customer's turn sent again while it waited, that turn opening no need of its own)
        again = [it for it in open_ if it.again == asked]
        if len(again) != 1 or any(it.turn == asked for it in open_):
            return None
        last = again[0]
    elif last.skipped:
        return None
    if last.act != "question" or last.held_by is not None:
        return None
    q = compact(last.text).rstrip("?？")
    return last if chat.words_re("yes_no_question").search(q) else None


def _only_greets_ref(chat, block) -> bool:
    ss = [s for j in block for s in chat.sentences.get(j, ())]
    offer = chat.words_re("help_offer")
    return bool(ss) and all(set(s.acts) <= {"greeting", "cause_check", "other"} and len(compact(s.text)) <= 30
                            and ("cause_check" not in s.acts or offer.search(s.text))
                            and ("other" not in s.acts or len(compact(s.text)) <= 4) for s in ss)


# ------------------------------------------------------------------------------------------------------ equality

@settings(max_examples=120, deadline=None)
@given(turns=_chat_strategy())
def test_the_reordered_readings_equal_the_ones_before(jd, taobao, turns):
    for config in (jd, taobao, jd):  # (the second jd pass reads remembered answers)
        chat = _chat(turns, config)
        items = chat.items
        agents = chat.agent_turns
        for it in items:
            for j in agents:
                answering = list(chat.sentences.get(j, ()))
                for ans in (answering, answering[:1], answering[1:]):
                    assert beside.beside_point(chat, it, ans) == _beside_point_ref(chat, it, ans)
                    assert beside._asks_quantity(chat, it.text) == _asks_quantity_ref(chat, it)
                    if not _asks_quantity_ref(chat, it):
                        assert not beside.no_quantity(chat, it, ans)
                for s in answering:
                    for open_ in (items, items[:1], items[1:], []):
                        assert held.resent(chat, j, s, open_) == _resent_ref(chat, j, s, open_)
        for k in range(len(chat.turns) + 1):
            for j in agents:
                sents = chat.sentences.get(j, ())
                for open_ in (items, items[-1:], []):
                    assert state._yes_no_answered(chat, sents, open_, chat.turns, k) is _yes_no_answered_ref(
                        chat, sents, open_, chat.turns, k)
        for n in range(len(agents)):
            for block in (agents[n:n + 1], agents[n:n + 2], agents[:n + 1]):
                assert state._only_greets(chat, block) == _only_greets_ref(chat, block)


def test_the_readings_of_a_whole_chat_equal_the_ones_before(jd):
    turns = [("customer", "这款电热毯能机洗吗"), ("agent", "您好，很高兴为您服务"), ("agent", "这款是大容量的，带高温档"),
             ("customer", "满多少包邮"), ("agent", "收件人已经改好了"), ("customer", "能开发票吗"), ("agent", "是的")]
    chat = _chat(turns, jd)
    for it in chat.items:
        for j in chat.agent_turns:
            ss = list(chat.sentences.get(j, ()))
            assert beside.beside_point(chat, it, ss) == _beside_point_ref(chat, it, ss)


# ------------------------------------------------------------------------------------------ the short cuts taken

def test_a_clause_naming_the_question_decides_before_the_turn_and_the_earlier_matters(jd, monkeypatch):
    chat = _chat([("customer", "加热垫能不能剪短一点"), ("agent", "加热垫不能剪短，剪了就不保修了")], jd)
    it = next(it for it in chat.items if it.act == "question")
    answering = list(chat.sentences.get(1, ()))
    assert beside._yes_no_reading(chat, it.text) is not None
    calls = []
    monkeypatch.setattr(beside, "_not_only_asking", lambda *a: calls.append("turn") or False)
    monkeypatch.setattr(beside, "_asked_before", lambda *a: calls.append("before") or frozenset())
    assert beside.beside_point(chat, it, answering) is False
    assert calls == []  # (the reply names 剪短: nothing else is read)


def test_a_quantity_question_is_read_once_per_text(jd):
    chat = _chat([("customer", "满多少包邮"), ("agent", "感谢您的支持")], jd)
    assert beside._asks_quantity(chat, "满多少包邮") is True
    assert beside._asks_quantity(chat, "能开发票吗") is False
    assert beside._asks_quantity(chat, "订单123满多少包邮") is False  # (data in it)
    assert ("_asks_quantity", "满多少包邮") in jd.__dict__["_text_memo"]


def test_a_greeting_sentence_is_read_once(jd):
    chat = _chat([("customer", "在吗"), ("agent", "您好，很高兴为您服务")], jd)
    assert state._only_greets(chat, [1]) == _only_greets_ref(chat, [1])
    s = chat.sentences[1][0]
    entry = jd.__dict__["_sentence_memo"][id(s)]
    assert entry[0] is s and "_sentence_only_greets" in entry[1]
