"""Issue 14, stop 44 (helper au44): the audit compacts texts by the compiled fold, and reads a reply's clauses once.

Two changes, the output byte-identical:

* the audit's ``compact`` (``settle.compact`` and ``when.compact``, both cached; ``parts``, ``repetition`` and the lexicon's
  first reading of a text, uncached) is ``normalize.compact_one``, the compiled single-message fold (``_batch_core``), no
  longer ``normalize.compact`` (``str.translate`` through dict maps, ~180 ns a character on real chats);
  ``normalize.compact`` stays the reference, and these tests hold the two together on texts of every kind of character the
  tables treat apart;
* ``repeated_reply`` reads the clauses of a reply once for its body, its body without the words addressing the customer and
  its figures (``repetition._bodies``): before, ``_body``, ``_bare_body`` and ``_figures`` each asked ``_content`` of every
  clause.  The reference functions are copied here as they were.

The sentences are written for these tests (other goods and wording than any data set).
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from zhijian.audit import lexicon as lexicon_module, parts, settle, when
from zhijian.audit.auditor import Auditor
from zhijian.audit.checks import repetition
from zhijian.audit.checks.repetition import _CLAUSES, _FIGURES, _bodies, _content, repeated_reply
from zhijian.audit.chat import Chat
from zhijian.audit.config import ConversationConfig
from zhijian.engine.normalize import compact, compact_one

from .conftest import build_conv

# kinds of characters the folding treats apart: full-width, traditional, case, punctuation and spaces (dropped), emoji and
# joiners (dropped), ordinals (第2 -> 第二, 第10 -> 第十), digits and Latin letters kept
PIECES = ["保温杯", "這款杯子", "ＡＢＣ", "Wifi", "，", "。", "？", "！", "~", " ", "\u3000", "😊", "👍🏻", "\u200b", "\ufe0f",
          "第2", "第１０", "第③", "第，5", "12", "3.5", "两天", "[图片]", "\n", "亲", "您好", "呢", "哦"]
text_st = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=12).map("".join)


@settings(max_examples=600, deadline=None)
@given(text_st)
def test_the_audit_compacts_as_the_reference(text):
    want = compact(text)
    assert compact_one(text) == want
    assert settle.compact(text) == want and settle.compact(text) == want  # (the second time from the cache)
    assert when.compact(text) == want
    assert parts.compact(text) == want
    assert repetition.compact(text) == want


def _reading_by_reference(lexicon):
    """``lexicon``'s first reading of a text with ``normalize.compact``, as before this round (nothing remembered)."""
    def read(text):
        saved = lexicon_module.compact_one
        lexicon_module.compact_one = compact
        try:
            return lexicon._read(text)
        finally:
            lexicon_module.compact_one = saved
    return read


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES + ["谢谢", "不好意思", "感谢您的耐心等待", "退货", "再见", "Thx", "3q"]),
                max_size=8).map("".join))
def test_lexicon_reads_as_with_the_reference_compact(jd, text):
    lex = jd.lexicon
    assert lex._read(text) == _reading_by_reference(lex)(text)


# reference copies of the three readings as they were before ``_bodies``
def _body_ref(chat, text):
    return "".join(compact(c) for c in _CLAUSES.findall(text) if _content(chat, c))


def _bare_body_ref(chat, text):
    address = chat.patterns("address_clause")
    return "".join(compact(c) for c in _CLAUSES.findall(text) if _content(chat, c)
                   and not (address is not None and address.fullmatch(compact(c))))


def _figures_ref(chat, text):
    return [f for c in _CLAUSES.findall(text) if _content(chat, c) for f in _FIGURES.findall(c)]


def _bodies_ref(chat, text):
    return _body_ref(chat, text), _bare_body_ref(chat, text), _figures_ref(chat, text)


AGENT = ["亲亲，您好呀", "宝子您好，欢迎光临本店", "这款保温杯能保温12小时，杯身是316不锈钢", "亲，这款保温杯保温十二个小时左右哦",
         "发货后一般2到3天送到", "发货后一般2-3天就能送到啦", "还有其他可以帮您的吗", "感谢您的耐心等待，祝您生活愉快",
         "抱歉让您久等了，我帮您查一下物流", "杯盖可以单独购买，价格15元", "亲，杯盖能单买的，15块一个哈", "好的呢",
         "第2个颜色是雾霾蓝，第3个是奶白", "這款杯子容量500ml，适合通勤带"]
CUSTOMER = ["在吗", "保温多久呀", "杯盖能单买吗", "几天能到", "谢谢啦", "好的", "颜色有哪些", "那我再看看"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(AGENT + CUSTOMER), st.booleans())
def test_bodies_equal_the_three_reference_readings(jd, taobao, text, on_taobao):
    config = taobao if on_taobao else jd
    chat = Chat(build_conv(("agent", 0, text)), config, {})
    assert _bodies(chat, text) == _bodies_ref(chat, text)
    assert _bodies(chat, text) == _bodies_ref(chat, text)  # (the second time from the memo)
    assert (repetition._body(chat, text), repetition._bare_body(chat, text), repetition._figures(chat, text)) \
        == _bodies_ref(chat, text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(("agent", "agent", "customer")), st.sampled_from(AGENT + CUSTOMER)),
                min_size=2, max_size=8))
def test_repeated_reply_gives_the_reference_findings(jd, taobao, turns):
    conv = build_conv(*[(role, 20 * k, text) for k, (role, text) in enumerate(turns)])
    for config in (jd, taobao):
        got = [(f.category, f.turn) for f in repeated_reply(Chat(conv, config, {}))]
        ref = ConversationConfig.from_dict(config.raw, "reference")  # (nothing remembered)
        with pytest.MonkeyPatch.context() as m:
            m.setattr(repetition, "_bodies", _bodies_ref)
            want = [(f.category, f.turn) for f in repeated_reply(Chat(conv, ref, {}))]
        assert got == want


def _reference_compact(m: pytest.MonkeyPatch) -> None:
    """Every name the audit compacts by set back to ``normalize.compact`` (uncached), the clause readings of
    ``repeated_reply`` to the reference copies."""
    mine = {settle.compact, when.compact, compact_one}
    for name, mod in list(sys.modules.items()):
        if not name.startswith("zhijian.audit") or mod is None:
            continue
        for attr in ("compact", "_compact_uncached", "compact_one"):
            if any(getattr(mod, attr, None) is f for f in mine):
                m.setattr(mod, attr, compact)
    m.setattr(repetition, "_bodies", _bodies_ref)


@pytest.fixture(scope="module")
def auditors():
    return {pack: Auditor(pack) for pack in ("jd", "taobao")}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["jd", "taobao"]),
       st.lists(st.one_of(st.tuples(st.just("customer"), st.sampled_from(CUSTOMER + ["這個杯子第2層能拆嗎？", "ＯＫ，謝謝"])),
                          st.tuples(st.just("agent"), st.sampled_from(AGENT))), min_size=2, max_size=8))
def test_audits_equal_those_of_the_reference(auditors, pack, turns):
    a = auditors[pack]
    conv = build_conv(*[(role, 30 * k, text) for k, (role, text) in enumerate(turns)])
    got = a.audit(conv).to_dict()
    mine = a.config
    a.config = ConversationConfig.from_dict(mine.raw, "reference")  # (a fresh lexicon and memos: nothing remembered)
    try:
        with pytest.MonkeyPatch.context() as m:
            _reference_compact(m)
            want = a.audit(conv).to_dict()
    finally:
        a.config = mine
    assert got == want
