"""Engine gaps of issue 11, item 4, each fixed generally (in the engine or as pack data):

1. Advertising-Law wording applies to every shop: the platform packs extend ``adlaw``; ordinals
   (第一次, 第一时间, 第1页 …) are not ranking claims; ``jd,adlaw`` is the same as ``jd``;
2. every word written with 你 also matches its 您 form, derived at load time, with the span on the
   text's own characters;
3. 第1 / 第１ / 第一 fold alike (normalisation, offsets exact);
4. sticker codes ([微笑]) count as a sticker for the cold-reply rules exactly as in the audit, through
   one shared definition (zhijian.engine.stickers);
5. a whole-message rule looks through trailing particles (好的哦 is 好的);
6. one stretch of text, one reading, where the packs rank two categories (tm的 is uncivil, not a
   platform; TM旗舰店 still is one).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from zhijian import Finding, Inspector
from zhijian.engine.normalize import ORDINAL_FILLER, compact, fold, normalise
from zhijian.engine.normalize_batch import normalise_batch
from zhijian.engine.overlap import resolve
from zhijian.engine.packs import compose, load_pack_file
from zhijian.engine.rules import PackError

PLATFORMS = ("jd", "taobao", "generic")
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_cache: dict[str, Inspector] = {}


def insp(packs: str) -> Inspector:
    """Rules only: these are rule behaviours (the model layer is tested elsewhere)."""
    if packs not in _cache:
        _cache[packs] = Inspector(packs, models=False)
    return _cache[packs]


def found(packs: str, text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.category, f.match) for f in insp(packs).check(text)]


def cats(packs: str, text: str) -> set[str]:
    return {f.category for f in insp(packs).check(text)}


# --- 1. Advertising Law by default ---------------------------------------------------------------
@pytest.mark.parametrize("pack", PLATFORMS)
@pytest.mark.parametrize("text, span", [
    ("这款是全网首发的新品", "全网首发"),
    ("至尊品质，用料讲究", "至尊"),
    ("这款茶能降血压", "降血压"),
    ("无效退款，放心用", "无效退款"),
    ("我们家的品质就是第一", "第一"),
])
def test_adlaw_applies_to_every_platform_pack(pack, text, span):
    fs = [f for f in insp(pack).check(text) if f.category == "false_advertising"]
    assert [text[f.start:f.end] for f in fs] == [span]


@pytest.mark.parametrize("pack", PLATFORMS)
def test_platform_packs_extend_adlaw(pack):
    assert "adlaw" in load_pack_file(pack).extends
    ids = {r.id for r in compose(pack).rules}
    assert {r.id for r in load_pack_file("adlaw").rules} <= ids


@pytest.mark.parametrize("pack", PLATFORMS)
@pytest.mark.parametrize("text", [
    "第一次使用前请充满电", "第1次咨询可以先看一下详情页", "我们会在第一时间为您处理", "到货后第１时间给您发出",
    "您第一个问题的答复是可以开发票", "第一步先在订单页点申请售后", "第一天下单，第二天发货", "说明书第1页有安装步骤",
    "第一款和第二款的区别在容量", "第一笔退款已经原路退回", "第1件原价，第2件半价", "这是第一批到的货",
    "第10天还没到的话您联系我", "第十二期免息",
])
def test_ordinals_are_not_ranking_claims(pack, text):
    assert "false_advertising" not in cats(pack, text)


@pytest.mark.parametrize("text", ["这款是全网首发的新品，第1次使用前请充满电", "好的哦", "tm的仓库又发错了",
                                  "您算老几", "[微笑]", "销量全国第１，第一时间发货"])
@pytest.mark.parametrize("pack", PLATFORMS)
def test_naming_adlaw_again_changes_nothing(pack, text):
    def key(fs):
        return [(f.rule, f.start, f.end, f.message, f.replacement) for f in fs]

    assert key(insp(pack).check(text)) == key(insp(f"{pack},adlaw").check(text))
    assert [r.id for r in insp(pack).rules] == [r.id for r in insp(f"{pack},adlaw").rules]


def test_a_word_in_common_and_adlaw_keeps_its_mechanical_rewrite():
    """最受欢迎 is in both packs; on one span the finding with a replacement is the one kept."""
    fs = insp("jd").check("这是我们店最受欢迎的款式")
    assert [(f.rule, f.replacement) for f in fs] == [("common.false_ad.absolute", "很受欢迎")]


# --- 2. 你 -> 您 -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, category, span", [
    ("您算老几啊", "abuse", "您算老几"),
    ("您搞错了吧，我们没发过这个型号", "questioning", "您搞错了吧"),
    ("您问我，我问谁？", "questioning", "您问我，我问谁"),
    ("這個您想辦法吧", "shirking", "這個您想辦法"),
    ("跟您說了多少次了", "impolite", "跟您說了多少次"),
    ("您 有 病", "abuse", "您 有 病"),
])
def test_polite_form_of_a_word_with_ni_matches(text, category, span):
    fs = [f for f in insp("jd").check(text) if f.category == category]
    assert fs and text[fs[0].start:fs[0].end] == span == fs[0].match


def _ni_words(packs: str) -> list[tuple[str, str]]:
    out = []
    for r in compose(packs).rules:
        for w in r.patterns + tuple(x for g in r.near for x in g) + r.whole:
            if "你" in w and not w.startswith("@"):
                out.append((r.id, w))
    return out


def test_every_word_with_ni_has_its_polite_form_compiled():
    rs = insp("jd").ruleset
    pattern_ids = {w: i for i, w in enumerate(rs.literals)}
    words = _ni_words("jd")
    assert len(words) > 50  # the shipped packs have many; a refactor that loses them shows here
    for rid, w in words:
        ri = rs.index_of[rid]
        for polite in {w.replace("你", "您"), w.replace("你", "您", 1)}:
            c = compact(polite)
            if rs.rules[ri].whole:
                assert ri in rs.whole.get(c, []), (rid, polite)
            else:
                pid = pattern_ids.get(c)
                assert pid is not None and any(e.rule == ri for e in rs.entries[pid]), (rid, polite)


def test_exceptions_written_with_ni_cover_the_polite_form():
    assert "abuse" not in cats("jd", "您给您妹妹买的话选小码")
    assert "abuse" not in cats("jd", "您等着收货就可以了")
    assert "abuse" in cats("jd", "您等着瞧")


_NEUTRAL = st.sampled_from(["，", "。", " ", "请", "亲爱哒", "好", "12", "\n", "😊", "~", "订单", "哦"])


@SETTINGS
@given(st.deferred(lambda: st.sampled_from([w for _, w in _ni_words("jd") if len(w) > 1])), st.lists(_NEUTRAL, max_size=4),
       st.lists(_NEUTRAL, max_size=4))
@example("你算老几", ["第1"], ["哈"])
def test_polite_forms_are_found_at_their_own_offsets(word, before, after):
    """Put the 您 form of a shipped word in neutral context: a finding covers exactly its characters
    (or a longer finding of the same category covers them), and every span is the text's own."""
    polite = word.replace("你", "您")
    pre, post = "".join(before), "".join(after)
    text = pre + polite + post
    fs = insp("jd").check(text)
    for f in fs:
        assert 0 <= f.start < f.end <= len(text) and f.match == text[f.start:f.end]
    s, e = len(pre), len(pre) + len(polite)
    rid = next(r for r, w in _ni_words("jd") if w == word)
    cat = insp("jd").ruleset.rules[insp("jd").ruleset.index_of[rid]].category
    rule = insp("jd").ruleset.rules[insp("jd").ruleset.index_of[rid]]
    if rule.whole:
        return  # a whole-message word is only itself in a message of its own (tested above)
    if rule.exceptions or rule.boundary != "none" or rule.unless or rule.near:
        return  # context decides for these rules; the offsets above still must hold
    assert any(f.category == cat and f.start <= s and e <= f.end for f in fs), (text, fs)


# --- 3. 第1 / 第１ / 第一 ----------------------------------------------------------------------------
@pytest.mark.parametrize("a, b", [
    ("第1次", "第一次"), ("第１次", "第一次"), ("第①页", "第一页"), ("第 1 天", "第一天"), ("第12期", "第十二期"),
    ("第20名", "第二十名"), ("第10天", "第十天"), ("第１０天", "第十天"), ("第19位", "第十九位"),
])
def test_ordinals_fold_alike(a, b):
    assert compact(a) == compact(b)


@pytest.mark.parametrize("text", ["1件", "12号", "第123位", "第21天", "第0天", "第01期", "买1送1", "1.5米", "第 123"])
def test_other_numbers_stay_digits(text):
    assert [ch for ch in compact(text) if ch.isdigit()] == [ch for ch in text if ch.isdigit()]


@pytest.mark.parametrize("pack", PLATFORMS)
@pytest.mark.parametrize("text, span", [("销量全国第１，放心买", "全国第１"), ("这款是行业第1", "行业第1"),
                                        ("质量排名第1的牌子", "排名第1")])
def test_ranking_claims_with_digits_are_found(pack, text, span):
    fs = [f for f in insp(pack).check(text) if f.category == "false_advertising"]
    assert [f.match for f in fs] == [span] and text[fs[0].start:fs[0].end] == span


def test_ordinal_exception_with_a_filler_still_counts():
    """第10 folds to 第十 + a filler; exceptions are contiguous words, the filler is not a separator."""
    n = normalise("第10天")
    assert n.folded == "第十" + ORDINAL_FILLER + "天" and n.compact == "第十天" and n.index() == [0, 1, 3]


_ORD_PIECES = st.sampled_from(["第", "1", "2", "0", "１", "０", "①", "十", "一", "次", " ", "，", "\u200b", "\n", "天",
                               ORDINAL_FILLER, "😀", "9", "a", "第1", "第10"])
ord_text = st.lists(_ORD_PIECES, max_size=24).map("".join)


def _check_offsets(x: str) -> None:
    n = normalise(x)
    assert n.folded == fold(x) and len(n.folded) == len(x)
    assert n.compact == compact(x)
    idx = n.index()
    assert len(idx) == len(n.compact) and all(a < b for a, b in zip(idx, idx[1:]))
    for k, i in enumerate(idx):
        assert n.folded[i] == n.compact[k]


@SETTINGS
@given(ord_text)
@example("第1 0")
@example("第 10")
@example("第\u200b1\u200b0")
def test_ordinal_folding_keeps_offsets_exact_and_is_idempotent(x):
    _check_offsets(x)
    assert fold(fold(x)) == fold(x)
    assert compact(compact(x)) == compact(x)
    assert compact(fold(x)) == compact(x)


@SETTINGS
@given(st.lists(ord_text, max_size=8))
def test_ordinal_folding_in_a_batch_equals_one_by_one(xs):
    b = normalise_batch(xs)
    for i, x in enumerate(xs):
        one, got = normalise(x), b.item(i)
        assert (got.folded, got.compact, got.index()) == (one.folded, one.compact, one.index())


@SETTINGS
@given(ord_text)
def test_findings_on_ordinal_text_are_real_spans(x):
    text = "销量" + x + "的款"
    one = insp("jd").check(text)
    for f in one:
        assert f.match == text[f.start:f.end]
    assert insp("jd").check_many([text, x])[0] == one


# --- 4. stickers ---------------------------------------------------------------------------------
def test_one_sticker_definition_for_check_and_audit():
    from zhijian.audit import chat
    from zhijian.engine import matcher, stickers

    assert chat.has_emoji is stickers.has_emoji
    assert matcher.has_emoji is stickers.has_emoji


@pytest.mark.parametrize("pack", PLATFORMS)
@pytest.mark.parametrize("text", ["[微笑]", "[玫瑰][玫瑰]", " [握手] ", "👍[握手]", "#E-s", "😊"])
def test_a_lone_sticker_code_is_a_cold_reply(pack, text):
    from zhijian.engine.stickers import has_emoji

    assert has_emoji(text)  # the audit counts it as an emoji/sticker (missing_emoji) ...
    assert [r for r, c, _ in found(pack, text) if c == "cold_reply"] == ["common.cold_reply.sticker"]  # ... so does check


@pytest.mark.parametrize("text", ["[XL]", "[数字x]", "℃", "[微笑]好的，这边马上为您处理", "好的，[微笑]这边马上为您处理"])
def test_not_a_lone_sticker(text):
    from zhijian.engine.stickers import has_emoji

    assert "cold_reply" not in cats("jd", text)
    if text in ("[XL]", "[数字x]", "℃"):
        assert not has_emoji(text)


def test_audit_and_check_agree_on_sticker_replies():
    from zhijian.audit import Auditor
    from zhijian.audit.conversation import parse_conversation

    conv = parse_conversation({"id": "c1", "messages": [
        {"role": "customer", "text": "这款有货吗", "ts": "2026-05-06T14:00:00+08:00"},
        {"role": "agent", "text": "[微笑]", "ts": "2026-05-06T14:00:10+08:00"}]})
    res = Auditor("taobao").audit(conv)
    assert "missing_emoji" not in {f.category for f in res.findings}  # the audit reads [微笑] as a sticker
    assert [f.rule for f in res.findings if f.category == "cold_reply"] == ["common.cold_reply.sticker"]


@pytest.mark.parametrize("text", ["好的[微笑]", "收到[玫瑰]", "稍等#E-s"])
def test_a_bare_word_with_a_sticker_code_is_cold(text):
    fs = [f for f in insp("jd").check(text) if f.category == "cold_reply"]
    assert [f.rule for f in fs] == ["common.cold_reply.bare"] and fs[0].match == text


# kaomoji (颜文字), emoji presentation (U+FE0F) and keycaps count as 表情 for both (stop 43)
KAOMOJI_REPLIES = ["好的呢，已经给您备注了^_^", "收到啦(｡･ω･｡)马上给您发", "亲(＾▽＾)，可以用优惠券的", "谢谢您耐心等待~(*^__^*)",
                   "非常抱歉让您久等了T_T", "已经为您加急了 >_<", "已经改好地址了:)", "明天就能发货哦(≧▽≦)",
                   "1️⃣先拍下 2️⃣再备注尺码", "好的☺️这边帮您看下", "辛苦您啦 ^ω^", "这个颜色很百搭 ￣▽￣"]
NOT_FACES = ["x^2的公式您参考下", "型号AT_TB-200有货", "核实后为您处理;(提交订单需注意:商品编号", "尺码:D杯也有",
             "备注:(1)颜色 (2)尺码", "价格(不含税)是两百", "规格3*4*5厘米", "2^3^4", "您好，请问有什么可以帮您？"]


@pytest.mark.parametrize("text", KAOMOJI_REPLIES)
def test_kaomoji_presentation_and_keycaps_are_emoji(text):
    from zhijian.engine.stickers import has_emoji

    assert has_emoji(text)


@pytest.mark.parametrize("text", NOT_FACES)
def test_carets_brackets_and_colons_that_are_no_face(text):
    from zhijian.engine.stickers import has_emoji

    assert not has_emoji(text)


@pytest.mark.parametrize("text", ["^_^", "(｡･ω･｡)", "(*^▽^*)", "T_T", "1️⃣", ":)", " ^^ "])
def test_a_lone_kaomoji_or_keycap_is_a_cold_reply(text):
    assert [r for r, c, _ in found("jd", text) if c == "cold_reply"] == ["common.cold_reply.sticker"]


@pytest.mark.parametrize("text", ["好的^_^", "收到(｡･ω･｡)", "嗯嗯T_T"])
def test_a_bare_word_with_a_kaomoji_is_cold(text):
    assert [f.rule for f in insp("jd").check(text) if f.category == "cold_reply"] == ["common.cold_reply.bare"]


def test_the_audit_reads_kaomoji_replies_as_carrying_their_emoji():
    from zhijian.audit import Auditor
    from zhijian.audit.conversation import parse_conversation

    msgs = [{"role": "customer", "text": "这款四件套有现货吗", "ts": "2026-05-06T14:00:00+08:00"}]
    for k, text in enumerate(KAOMOJI_REPLIES[:6]):
        msgs.append({"role": "agent", "text": "亲，" + text, "ts": f"2026-05-06T14:00:{10 + 5 * k:02d}+08:00"})
    res = Auditor("taobao").audit(parse_conversation({"id": "k1", "messages": msgs}))
    assert "missing_emoji" not in {f.category for f in res.findings}
    msgs.append({"role": "agent", "text": "亲，型号AT_TB-200有货，价格(不含税)两百", "ts": "2026-05-06T14:01:00+08:00"})
    res = Auditor("taobao").audit(parse_conversation({"id": "k2", "messages": msgs}))
    assert [f.turn for f in res.findings if f.category == "missing_emoji"] == [len(msgs) - 1]


# --- 5. trailing particles -----------------------------------------------------------------------
@pytest.mark.parametrize("pack", PLATFORMS)
@pytest.mark.parametrize("text", ["好的哦", "嗯呢", "知道了啦", "稍等哈～", "收到啦！", "可以呀", "好的哦哦", "没问题嘛", "有的呢。"])
def test_whole_message_word_with_trailing_particles_is_cold(pack, text):
    fs = [f for f in insp(pack).check(text) if f.rule == "common.cold_reply.bare"]
    assert len(fs) == 1 and fs[0].match == text.strip()


@pytest.mark.parametrize("text", ["好的呢", "好的呢～", "呢", "呢嘛", "好的哦，这边马上为您处理", "哈喽呀"])
def test_not_cold_with_particles(text):
    assert "cold_reply" not in cats("jd", text)


def test_particles_work_for_a_shop_rule_too():
    ins = Inspector("generic", models=False, overrides={"rules": [{
        "id": "shop.cold", "category": "cold_reply", "severity": "minor", "message": "生硬", "suggestion": "请说完整",
        "whole": ["了解"]}]})
    assert [f.rule for f in ins.check("了解啦")] == ["shop.cold"]
    assert ins.check("了解啦，马上为您处理") == []


# --- 6. one reading per stretch ------------------------------------------------------------------
@pytest.mark.parametrize("text, span", [("tm的仓库又发错了", "tm的"), ("快递ＴＭ的又延误了", "ＴＭ的"), ("TMD，单号又填错了", "TMD")])
def test_vulgar_tm_is_not_also_a_platform(text, span):
    fs = insp("jd").check(text)
    assert [(f.category, f.match) for f in fs] == [("uncivil", span)]


@pytest.mark.parametrize("text, span", [("TM旗舰店今天满299减30", "TM"), ("天猫上也有这款", "天猫"), ("tm店里有货", "tm")])
def test_platform_tm_is_still_diversion(text, span):
    assert [(f.category, f.match) for f in insp("jd").check(text)] == [("diversion", span)]


def test_equal_spans_keep_both_readings():
    assert cats("jd", "TM谁把价格改错了") >= {"uncivil", "diversion"}


def _f(rule, cat, s, e):
    return Finding(rule, cat, "major", s, e, "x" * (e - s), "m", "s")


def test_resolve_prefers_the_declared_longer_reading_only():
    worse_than = {"diversion": frozenset({"uncivil"})}
    fs = [_f("u", "uncivil", 0, 3), _f("d", "diversion", 0, 2), _f("d2", "diversion", 5, 7), _f("u2", "uncivil", 5, 7),
          _f("q", "questioning", 0, 2)]
    got = {(f.rule, f.start) for f in resolve(fs, worse_than=worse_than)}
    assert got == {("u", 0), ("d2", 5), ("u2", 5), ("q", 0)}
    # no declaration: every category keeps its reading (as before)
    assert len(resolve(fs)) == 5
    # a longer finding of the worse category is never dropped by a shorter better one
    assert {f.rule for f in resolve([_f("u", "uncivil", 1, 2), _f("d", "diversion", 0, 3)], worse_than=worse_than)} == {"u", "d"}


def test_precedence_is_pack_data_and_validated():
    assert ("uncivil", "diversion") in compose("jd").precedence
    from zhijian.engine.packs import _precedence

    with pytest.raises(PackError, match=r"precedence\[0\].*over"):
        _precedence([{"prefer": "uncivil", "over": "no_such"}], "packs/x.yaml")
    with pytest.raises(PackError, match="同一类别"):
        _precedence([{"prefer": "uncivil", "over": "uncivil"}], "packs/x.yaml")
    with pytest.raises(PackError, match="packs/x.yaml"):
        _precedence({"prefer": "uncivil"}, "packs/x.yaml")


# sticker codes named in Latin letters or digits that the sticker panels share with WeChat ([OK] [NO] [666]) are 表情 for
# both (stop 44: a blind pool's taobao agents closed every reply on [OK]); other bracketed Latin stays text ([XL] [OKX])
@pytest.mark.parametrize("text", ["床笠高度30厘米，包得住的[OK]", "已经帮您备注好了[ok]", "这个价格真的很划算[666]", "[NO]不是这款哦，您看下链接"])
def test_latin_sticker_codes_are_emoji(text):
    from zhijian.engine.stickers import has_emoji

    assert has_emoji(text)


@pytest.mark.parametrize("text", ["尺码选[XL]就行", "型号[OKX]已停产", "编号[A12]的那款", "[OK"])
def test_other_bracketed_latin_is_no_sticker(text):
    from zhijian.engine.stickers import has_emoji

    assert not has_emoji(text)


def test_a_lone_latin_sticker_code_is_a_cold_reply_and_the_audit_reads_it():
    from zhijian.audit import Auditor
    from zhijian.audit.conversation import parse_conversation

    assert [r for r, c, _ in found("jd", "[OK]") if c == "cold_reply"] == ["common.cold_reply.sticker"]
    msgs = [{"role": "customer", "text": "台灯能开发票吗", "ts": "2026-05-06T14:00:00+08:00"},
            {"role": "agent", "text": "您好亲，可以开的，下单时备注抬头就行[OK]", "ts": "2026-05-06T14:00:10+08:00"}]
    res = Auditor("taobao").audit(parse_conversation({"id": "ok1", "messages": msgs}))
    assert "missing_emoji" not in {f.category for f in res.findings}
