"""Issue 14, stop 43 (helper au43): the pack patterns answer as before, for less.

Two changes, both to how ``config.patterns`` / ``words_re`` search, none to what they answer:

* ``prefilter.EntryGated``: a long pack list whose entries together need too many strings for one filter, and whose
  joined pattern gives the regex engine nothing to scan for (``complaint_forms``, ``said_before``: 100–300 µs a search
  of a long real message), finds in one Aho-Corasick pass the entries whose own strings the text holds and searches only
  those, each alone; only when one of them matches is the joined pattern asked, and its answer returned;
* ``memo.remembered_pattern``: every pack pattern of a config remembers its answers to ``search`` / ``match`` /
  ``fullmatch`` of a whole text (the checks search the same patterns in the same template texts chat after chat),
  under one bound per config.

Each is compared with the plain compiled pattern (the reference) on texts and chats written for these tests (none from
the dev cases, the read sets or real chats), for jd and taobao; the short cuts are shown to be taken.
"""

from __future__ import annotations

import copy
import pickle
import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from zhijian.audit import _memo_core, memo
from zhijian.audit.auditor import Auditor
from zhijian.audit.config import ConversationConfig, NEVER
from zhijian.audit.prefilter import EntryGated, Prefiltered, entry_gated, prefiltered, scans_for_nothing

from .conftest import build_conv

SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _raw(p):
    """The compiled pattern behind the wrappers of a config's pattern."""
    p = getattr(p, "wrapped", p)
    return p.compiled if isinstance(p, (Prefiltered, EntryGated)) else p


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups() and a.group() == b.group()


def _texts_strategy(pattern: str):
    """Texts made of the pattern's own literal characters (so that entries match now and then), filler and marks."""
    lits = re.findall(r"[\u4e00-\u9fff]+", pattern)
    pieces = sorted(set(lits)) or ["好"]
    chars = sorted(set("".join(lits))) or ["好"]
    piece = st.one_of(st.sampled_from(pieces), st.sampled_from(chars), st.sampled_from(["，", "？", "了", "吗", "3", " "]))
    return st.lists(piece, min_size=0, max_size=12).map("".join)


# ----------------------------------------------------------------------------------------------- EntryGated

ENTRIES = ("(你们|你家)(的)?这[一-鿿]{1,6}?(怎么回事|咋回事)", "(问|催)了?([0-9]+|[一二三四五几]+)(遍|次)[^，。]{0,4}(没人|没)(理|回)",
           "连(个|一句)[^，。]{0,6}都(没|不)", "(?P<x>[一-鿿])不(?P=x)啊到底", "^(这|这叫)(什么|啥)(破|烂)?(质量|做工)$",
           "(真|实在)?够(麻烦|折腾)(的|了)", "(?<![不没])靠谱(点|些)",
           # (a word list of its own: more strings than one filter takes, so the list as a whole has none)
           "(服务太差|态度恶劣|不负责任|敷衍了事|推卸责任|爱答不理|答非所问|一问三不知|慢吞吞|磨磨蹭蹭|拖拖拉拉|糊弄人|忽悠人"
           "|骗人|坑人|欺负人|吓唬人|不讲理|没诚信|太离谱|说话不算|出尔反尔|言而无信|朝令夕改|相互推诿|踢皮球|耍无赖"
           "|霸王条款|店大欺客|态度冷淡|爱理不理|不耐烦|甩手掌柜)")


def test_a_long_list_with_nothing_to_scan_for_is_gated_entry_by_entry():
    joined = re.compile("|".join(f"(?:{e})" for e in ENTRIES))
    assert scans_for_nothing(joined)
    p = prefiltered(joined, ENTRIES)
    assert isinstance(p, EntryGated) and p.compiled is joined
    assert p.pattern == joined.pattern and p.groups == joined.groups and p.match == joined.match
    assert p.search("你们这快递到底怎么回事啊").group() == "你们这快递到底怎么回事"
    assert p.search("问了三遍都没人理") is not None and p.search("这叫什么破质量") is not None
    assert p.search("好的谢谢") is None and p.search("好不好啊到底") is not None
    assert p.sub("*", "实在够折腾的") == "*" and p.sub("*", "挺好") == "挺好"
    # (a list the engine can scan for, a numbered reference, an entry that does not compile alone: left as they are)
    words = tuple(f"词{k}号" for k in range(40))
    assert not isinstance(prefiltered(re.compile("|".join(f"(?:{w})" for w in words)), words), EntryGated)
    refs = ENTRIES + ("(好)\\1啊",)
    assert not isinstance(prefiltered(re.compile("|".join(f"(?:{e})" for e in refs)), refs), EntryGated)
    assert entry_gated(re.compile("|".join(f"(?:{e})" for e in refs)), refs) is None
    assert entry_gated(re.compile("(?:a)|(?:b)"), ("a", "c")) is None  # (not the join of these entries)


@SLOW
@given(st.data())
def test_entry_gated_answers_as_the_pattern(data):
    joined = re.compile("|".join(f"(?:{e})" for e in ENTRIES))
    p = entry_gated(joined, ENTRIES)
    t = data.draw(_texts_strategy(joined.pattern + "你们这快递怎么回事问了三遍没人理连一句都没够麻烦的靠谱点好不好啊到底"))
    k = data.draw(st.integers(0, 4))
    assert _same(p.search(t), joined.search(t)) and _same(p.search(t, k), joined.search(t, k))
    assert _same(p.search(t, 0, k + 3), joined.search(t, 0, k + 3))
    assert _same(p.match(t), joined.match(t)) and _same(p.fullmatch(t), joined.fullmatch(t))
    assert p.findall(t) == joined.findall(t) and p.findall(t, k) == joined.findall(t, k)
    assert [m.span() for m in p.finditer(t)] == [m.span() for m in joined.finditer(t)]
    assert p.sub("#", t) == joined.sub("#", t) and p.subn("#", t, 1) == joined.subn("#", t, 1)
    assert p.split(t) == joined.split(t)


@pytest.mark.parametrize("pack", ["jd", "taobao"])
def test_the_shipped_long_lists_are_gated_and_answer_as_before(pack, request):
    cfg: ConversationConfig = request.getfixturevalue(pack)
    gated = {k for k in cfg.raw if isinstance(getattr(_try(cfg, k), "wrapped", None), EntryGated)}
    assert {"complaint_forms", "said_before"} <= gated
    for key in sorted(gated):
        p, raw = cfg.patterns(key).wrapped, _raw(cfg.patterns(key))

        @settings(max_examples=40, deadline=None)
        @given(_texts_strategy(raw.pattern))
        def same(t):
            assert _same(p.search(t), raw.search(t)), (key, t)
            assert _same(p.search(t, 1), raw.search(t, 1)), (key, t)
            assert p.findall(t) == raw.findall(t) and p.sub("", t) == raw.sub("", t), (key, t)
            assert _same(p.fullmatch(t), raw.fullmatch(t)), (key, t)

        same()


def _try(cfg, key):
    try:
        return cfg.patterns(key)
    except (re.error, TypeError):
        return None


class _Counting:
    """A compiled pattern that counts the calls it gets."""

    def __init__(self, compiled):
        self.compiled, self.calls = compiled, 0

    def search(self, *a):
        self.calls += 1
        return self.compiled.search(*a)


def test_a_text_holding_no_entry_string_never_reaches_the_joined_pattern():
    joined = re.compile("|".join(f"(?:{e})" for e in ENTRIES))
    p = entry_gated(joined, ENTRIES)
    counting = p.compiled = _Counting(joined)
    for t in ("好的，明天下午到", "这款有灰色和米白两种", "收到了谢谢"):
        assert p.search(t) is None
    assert counting.calls == 0  # (no entry's strings, or an entry opened that did not match alone: no joined search)
    assert p.search("你们这快递怎么回事") is not None and counting.calls == 1


# ----------------------------------------------------------------------------------------------- RememberedPattern

@SLOW
@given(st.data())
def test_a_remembered_pattern_answers_as_the_pattern_and_reads_a_text_once(data):
    joined = re.compile("|".join(f"(?:{e})" for e in ENTRIES))
    p = memo.remembered_pattern(entry_gated(joined, ENTRIES), memo.pattern_answers())
    t = data.draw(_texts_strategy(joined.pattern + "你们这快递怎么回事够麻烦的"))
    for _ in range(2):
        assert _same(p.search(t), joined.search(t)) and _same(p.match(t), joined.match(t))
        assert _same(p.fullmatch(t), joined.fullmatch(t))
        assert _same(p.search(t, 1), joined.search(t, 1)) and _same(p.search(string=t), joined.search(t))
    first = p.search(t)
    assert p.search(t) is first  # (the answer remembered, not searched again)
    assert p.findall(t) == joined.findall(t) and p.sub("#", t) == joined.sub("#", t)


def test_only_whole_texts_are_remembered_and_the_bound_is_shared():
    shared = _memo_core.PatternAnswers(3, 5)
    a = memo.remembered_pattern(re.compile("好"), shared)
    b = memo.remembered_pattern(re.compile("不"), shared)
    assert a.search("好的") is not None and b.search("不好") is not None and a.fullmatch("好") is not None
    assert shared.count == 3
    assert a.search("很好很好很好") is not None and shared.count == 3  # (longer than text_max: not remembered)
    assert a.search("好的", 1) is None and shared.count == 3  # (pos / endpos: the pattern itself)
    assert b.match("不行") is not None and shared.count == 1  # (the bound reached: all forgotten, then this one kept)
    with pytest.raises(TypeError):
        a.search(b"bytes")  # (not a text: the pattern itself raises)
    assert a.pattern == "好" and a.flags == re.compile("好").flags and a.sub("x", "好好") == "xx"
    c = copy.copy(a)
    d = pickle.loads(pickle.dumps(a))
    assert c.search("好") is not None and d.search("坏") is None and c is not a


def test_each_config_remembers_for_itself(jd):
    other = ConversationConfig.from_dict(jd.raw, "test conversation")
    p, q = jd.patterns("courtesy_words"), other.patterns("courtesy_words")
    assert isinstance(p, _memo_core.RememberedPattern) and p is not q and _raw(p).pattern == _raw(q).pattern
    assert jd.words_re("no_such_list_au43") is NEVER and jd.patterns("no_such_list_au43") is None


# ----------------------------------------------------------------------------------------------- whole audits

CUSTOMER = ("你们这快递到底怎么回事，三天了还没到", "我都说了两遍了，地址在上面", "问了两次都没人回", "这叫什么破做工",
            "重启了一下，好了", "能不能认真看一下我的留言", "这款电饭煲能预约吗", "满多少包邮", "好的谢谢",
            "实在够折腾的，换个货这么麻烦", "上面不是写了吗", "订单号前面发过了", "这款是不锈钢内胆吗", "搞定了",
            "你们家怎么打包的，盒子都压扁了", "我要退货", "发票能开公司抬头吗")
AGENT = ("您好，很高兴为您服务", "非常抱歉给您带来不便，我马上帮您查一下", "麻烦您提供一下订单号", "是的，支持预约",
         "满九十九元包邮哦", "感谢您的耐心，祝您生活愉快，再见", "已经给您补发了，明天下午到", "没关系的",
         "这款内胆是不锈钢的", "可以开公司抬头的", "稍等，我核实一下", "好的呢")


@pytest.fixture(scope="module")
def auditors():
    out = {}
    for pack in ("jd", "taobao"):
        a = Auditor(pack)
        out[pack] = (a, _plain_config(a.config))
    return out


class _Plain(dict):
    """The reference: a config's lists joined and compiled as they are, nothing remembered, nothing gated."""

    def __init__(self, raw):
        super().__init__()
        self.raw = raw

    def __missing__(self, key):
        ps = self.raw.get(key) or ()
        ps = [ps] if isinstance(ps, str) else [str(p) for p in ps]
        got = self[key] = re.compile("|".join(f"(?:{p})" for p in ps)) if ps else None
        return got


def _plain_config(cfg: ConversationConfig) -> ConversationConfig:
    ref = ConversationConfig.from_dict(cfg.raw, "reference")
    plain = _Plain(ref.raw)
    ref.patterns = plain.__getitem__
    ref.words_re = lambda key: plain[key] or NEVER
    return ref


@SLOW
@given(st.sampled_from(["jd", "taobao"]),
       st.lists(st.one_of(st.tuples(st.just("customer"), st.sampled_from(CUSTOMER)),
                          st.tuples(st.just("agent"), st.sampled_from(AGENT))), min_size=2, max_size=8))
def test_audits_equal_those_with_plain_patterns(auditors, pack, turns):
    a, plain = auditors[pack]
    conv = build_conv(*[(role, 30 * k, text) for k, (role, text) in enumerate(turns)])
    mine = a.config
    got = a.audit(conv).to_dict()
    again = a.audit(conv).to_dict()  # (the answers now remembered)
    a.config = plain
    try:
        want = a.audit(conv).to_dict()
    finally:
        a.config = mine
    assert got == want and again == want
