"""Property tests for the engine: Inspector.check / check_many (hypothesis).

* ``check`` never raises, and every finding is a real span of the ORIGINAL text;
* ``check_many(xs) == [check(x) for x in xs]`` (batch normalisation must not change anything);
* separators put between the characters of a banned word (淘 宝, 淘，宝, 淘\\u200b宝, 淘😀宝)
  do not hide it, and the finding still points at the original characters;
* a 1 MB message is checked without error, and a line of it is judged as it is on its own.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhijian import Finding, Inspector

try:
    from zhijian.engine.matcher import MAX_GAP
except ImportError:  # pragma: no cover - the matcher may be reorganised
    MAX_GAP = 4


_inspector: Inspector | None = None


def _jd() -> Inspector:
    """Built on first use, so that a pack that does not load fails the tests, not collection."""
    global _inspector
    if _inspector is None:
        _inspector = Inspector("jd")
    return _inspector


@pytest.fixture(scope="module")
def jd() -> Inspector:
    return _jd()


_VIOLATIONS = ["亲", "親", "亲亲", "淘宝", "淘 宝", "支，付，宝", "加我微信", "vx", "全网最低价", "卧槽", "白痴",
               "傻@#逼", "不知道", "bai痴", "白chi", "亲自", "亲爱哒"]
_CLEAN = ["您好", "这款商品是京东自营的", "已经为您申请退款", "请问还有别的需要帮忙的吗？", "祝您生活愉快",
          "麻烦您提供一下订单号", "预计明天送达", "支持七天无理由退货", "京东快递", "微信支付", "第一时间"]
_SEPS = [" ", "，", ".", "\u200b", "😀", "🙏", "❤️", "\u3000", "、", "~", "*", "\n", "\r\n"]
_ODD = ["\ud800", "\udfff", "\ud83d\ude00", "\x00", "\U000f0000", "䷀", "薴", "①", "ｖｘ", "ＶＸ", "İ", "ﬁ", "\u0301"]

piece = st.one_of(
    st.deferred(lambda: st.sampled_from(list(_jd().ruleset.literals) or ["亲"])),
    st.sampled_from(_VIOLATIONS),
    st.sampled_from(_CLEAN),
    st.sampled_from(_SEPS),
    st.sampled_from(_ODD),
    st.text(max_size=6),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=4),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
)
message = st.one_of(st.lists(piece, max_size=16).map("".join), st.text(), st.just(""))

SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _assert_well_formed(text: str, findings: list[Finding]) -> None:
    assert isinstance(findings, list)
    for f in findings:
        assert isinstance(f, Finding)
        assert isinstance(f.start, int) and isinstance(f.end, int)
        assert 0 <= f.start < f.end <= len(text), (f, len(text))
        assert text[f.start : f.end] == f.match, f


@SETTINGS
@given(message)
def test_check_never_raises_and_spans_are_real(x):
    _assert_well_formed(x, _jd().check(x))


@SETTINGS
@given(st.lists(message, max_size=8))
def test_check_many_equals_check(xs):
    assert _jd().check_many(xs) == [_jd().check(x) for x in xs]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(message, st.just("\n"), st.just("亲\n亲"), st.just("淘\n宝")), min_size=1, max_size=30))
def test_check_many_equals_check_with_line_breaks(xs):
    assert _jd().check_many(xs) == [_jd().check(x) for x in xs]


def _exception_words() -> list[str]:
    """Patterns that are some rule's exception (第一时间, 亲自, 微信支付 …): the batch scan drops the word hits
    they cover before it picks the messages to scan, so the words inside them (第一, 亲, 微信) must agree."""
    rs = _jd().ruleset
    return sorted(w for w, ents in zip(rs.literals, rs.entries) if any(e.role == 1 for e in ents))


covered = st.deferred(lambda: st.sampled_from(_exception_words())).flatmap(
    lambda w: st.sampled_from([w, w[:len(w) // 2 + 1], w[len(w) // 2:], w[0] + " " + w[1:], w[:-1] + "，" + w[-1]]))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.one_of(covered, piece, st.sampled_from(["我微信", "我手机", "12345", "2769xxxx"])),
                         max_size=8).map("".join), min_size=2, max_size=10))
def test_check_many_equals_check_around_exceptions(xs):
    assert _jd().check_many(xs) == [_jd().check(x) for x in xs]


def test_check_many_whole_message_with_long_particle_tail():
    """A whole-message word (不知道) followed by more trailing particles than any whole word is long: the batch's
    cheap length test must still hand it to the whole-message rules, as check() does."""
    rs = _jd().ruleset
    word = min(rs.whole, key=len)
    most = max(map(len, rs.whole))
    xs = [word + "哦" * (most + 2), "好的" + "啦" * (most + 1), word + "呢" * most + "。", "这个" + "哈" * (most + 3)]
    found = _jd().check_many(xs)
    assert found == [_jd().check(x) for x in xs]
    assert found[0], found


def test_check_many_empty_and_generators():
    assert _jd().check_many([]) == []
    assert _jd().check_many(iter(["親，這款有貨", ""])) == [_jd().check("親，這款有貨"), _jd().check("")]


# --- disguised words -------------------------------------------------------------------------
# Separators an agent types to get past a word filter.  Each is at most 2 code points (❤️ is
# U+2764 U+FE0F); the engine allows at most MAX_GAP skipped characters inside one hit.
SEPARATORS = [" ", "，", ".", "\u200b", "😀", "🙏", "❤️", "\u3000", "、", "*", "-", "\u200d", "\ufeff"]
sep_run = st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=3).map("".join).filter(
    lambda s: len(s) <= MAX_GAP
)

# (before, after): clean JD agent sentences the word is dropped into.
FRAMES = [
    ("您也可以去", "看看，不过我们京东自营的更有保障哦"),
    ("这款商品在", "上的价格要低一点"),   # (a price there we cannot verify refuses it: zhijian/engine/clause_context.py)
    ("您好，这个问题可以找", "客服问问"),  # (请不要相信X客服发来的链接 warns against fraud: no diversion since stop 30)
    ("", "那边也挂着同款"),
    ("您说的是", "吗？"),
    ("我们这边是京东自营店铺，", ""),
]


def _find_disguised(inspector, word, category, before, seps, after):
    a, b = word
    text = before + a + seps + b + after
    start = len(before)
    end = start + 1 + len(seps) + 1
    findings = inspector.check(text)
    hits = [f for f in findings if f.category == category]
    assert any(f.start == start and f.end == end for f in hits), (text, findings)
    f = next(f for f in hits if f.start == start and f.end == end)
    assert f.match == text[start:end]
    assert f.match[0] == a and f.match[-1] == b


def test_pack_has_diversion_taobao(jd):
    assert any(f.category == "diversion" for f in jd.check("去淘宝买")), "jd pack has no diversion rule for 淘宝"


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(FRAMES), sep_run)
def test_separated_taobao_is_diversion(frame, seps):
    assert any(f.category == "diversion" for f in _jd().check("去淘宝买")), "jd pack has no diversion rule for 淘宝"
    before, after = frame
    _find_disguised(_jd(), "淘宝", "diversion", before, seps, after)


# The same property for a word the pack already has (白痴, common.abuse.idiot), so the gap
# logic is exercised today even while the diversion rules are still being written.
@settings(max_examples=150, deadline=None)
@given(st.sampled_from([("您是说我", "吗？"), ("", "这个词不能说"), ("这位顾客真是", "")]), sep_run)
def test_separated_baichi_is_abuse(frame, seps):
    assert any(f.category == "abuse" for f in _jd().check("白痴")), "jd pack has no abuse rule for 白痴"
    before, after = frame
    _find_disguised(_jd(), "白痴", "abuse", before, seps, after)


def test_line_break_is_a_hard_boundary(jd):
    for word, cat in (("淘宝", "diversion"), ("白痴", "abuse")):
        assert not any(f.category == cat for f in jd.check(word[0] + "\n" + word[1])), word


# --- big input -------------------------------------------------------------------------------
_CLEAN_LINES = [
    "您好，这款商品是京东自营的，支持七天无理由退货。",
    "您的订单已经出库了，预计明天送达，请保持电话畅通😊",
    "签收时建议您亲自验货，有问题随时联系我们。",
    "退款会在1-7个工作日内原路返回，请您耐心等待～",
    "支持微信支付和京东支付，我们会第一时间为您处理。",
]
_BAD_LINES = [
    "親，這款有貨，今天下單明天就能送到。",
    "这个问题我真的不知道，你是白痴吗",
    "去淘 宝看看吧，加我微信聊，全网最低价",
]


def _megabyte(bad_every: int) -> list[str]:
    lines, size, i = [], 0, 0
    while size < 1_000_000:
        if i % bad_every == bad_every - 1:
            u = _BAD_LINES[(i // bad_every) % len(_BAD_LINES)]
        else:
            u = _CLEAN_LINES[i % len(_CLEAN_LINES)]
        lines.append(u)
        size += len(u) + 1
        i += 1
    return lines


def test_one_megabyte_message(jd):
    # Mostly clean lines, one bad line in 100 (~400 violations in 1 MB).  Denser violations
    # are slow today, see test_one_megabyte_dense_violations below.
    lines = _megabyte(bad_every=100)
    big = "\n".join(lines)
    assert len(big) >= 1_000_000
    findings = jd.check(big)
    _assert_well_formed(big, findings)
    # Locality: a word rule judges each line of the big message as it judges the line alone
    # ('\n' is a hard boundary), so every such finding of a line shows up, shifted.
    word_rules = {r.id for r in jd.rules if r.kind == "words" and not r.near}
    got = {(f.rule, f.start, f.end) for f in findings}
    offset = 0
    missing = []
    expected = 0
    for line in lines:
        for f in jd.check(line):
            if f.rule in word_rules:
                expected += 1
                if (f.rule, f.start + offset, f.end + offset) not in got:
                    missing.append((line, f))
        offset += len(line) + 1
    assert not missing, missing[:5]
    assert expected > 0
    assert jd.check_many([big, "亲"]) == [findings, jd.check("亲")]


# ENGINE PERFORMANCE BUG (not a correctness one, so not run by default): overlap.resolve()
# compares every finding with every finding kept so far (step 2, ``any(... for k in kept)``),
# and matcher._combine() pairs every hit of one word group with every hit of the next, both
# O(n^2) in the hits/findings of ONE message.  Measured with Inspector("jd"):
# "您好亲，" * 1000 / 2000 / 4000 -> 0.04 / 0.14 / 0.55 s; the 1 MB message below (one bad line
# in two) took 132 s, 70 % of it in resolve() and 27 % in _combine().  A service calling
# check() on untrusted input without a length cap can be stalled for minutes.
# Always run (issue 10 item 15: nothing is skipped); measured 87 s for this file's two slow tests
# together on the 2-core CI machine after the hardening.
def test_one_megabyte_dense_violations(jd):
    for big in ("\n".join(_megabyte(bad_every=2)), "您好亲，" * 250_000):
        findings = jd.check(big)
        _assert_well_formed(big, findings)
