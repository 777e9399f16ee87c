"""Issue 13: rule-scoped exceptions in shop overrides (``exceptions:``), proposed from a rejected finding.

A reviewer's rejection becomes an exception of ONE rule (or model category): the finding it overlaps is
dropped, the rule still fires elsewhere, and the exception's examples run when the override loads."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from zhijian import Inspector
from zhijian.engine.ngrams import LinearModel, ngram_rows
from zhijian.engine.semantic import ModelCategory, ModelConfig, SemanticLayer
from zhijian.engine.exceptions import MAX_EXAMPLE_CHARS, merge_exception, propose_exception
from zhijian.engine.overrides import MAX_OVERRIDE_EXCEPTIONS, MAX_OVERRIDE_WORDS, load_overrides, validate_overrides
from zhijian.engine.rules import PackError

INSULT = "common.abuse.insult"  # words rule (傻瓜 …)
ADD_FRIEND = "common.diversion.add_friend"  # words rule (私聊 …)
GO_ELSEWHERE = "common.shirking.go_elsewhere"  # patterns as trigger + regex span
PUNCT = "common.impolite.punctuation"  # pure regex: [?!]{3,}
MOBILE = "common.privacy.mobile"  # detector
BARE = "common.cold_reply.bare"  # whole message
STICKER = "common.cold_reply.sticker"  # symbols only
LONG = "common.long_message"  # max_length


def rules_of(ins: Inspector, text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.match) for f in ins.check(text)]


def fires(ins: Inspector, text: str, rule: str) -> bool:
    return any(f.rule == rule for f in ins.check(text))


def with_exceptions(*entries: dict, packs: str = "jd", models: bool = True) -> Inspector:
    return Inspector(packs, overrides={"exceptions": list(entries)}, models=models)


@pytest.fixture(scope="module")
def plain() -> Inspector:
    return Inspector("jd")


# -- validation ------------------------------------------------------------------------------------

@pytest.mark.parametrize("exceptions, field, wording", [
    ("傻瓜", "exceptions", "必须是例外（映射）的列表"),
    (["傻瓜"], "exceptions", "必须是例外（映射）的列表"),
    ([{"words": ["傻瓜相机"]}], "exceptions[0].rule", "必须是规则 id"),
    ([{"rule": 3, "words": ["傻瓜相机"]}], "exceptions[0].rule", "必须是规则 id"),
    ([{"rule": INSULT}], "exceptions[0].words", "不能为空"),
    ([{"rule": INSULT, "words": []}], "exceptions[0].words", "不能为空"),
    ([{"rule": INSULT, "words": {"a": 1}}], "exceptions[0].words", "必须是词语列表"),
    ([{"rule": INSULT, "words": ["傻瓜相机", "  "]}], "exceptions[0].words", "第 2 项是空词语"),
    ([{"rule": INSULT, "words": [["傻瓜"]]}], "exceptions[0].words", "第 1 项必须是词语（文字），不能是列表"),
    ([{"rule": INSULT, "words": ["傻瓜相机"], "note": 5}], "exceptions[0].note", "必须是文字"),
    ([{"rule": INSULT, "words": ["傻瓜相机"], "examples": ["傻瓜相机"]}], "exceptions[0].examples", "必须是映射"),
    ([{"rule": INSULT, "words": ["傻瓜相机"], "examples": {"nomatch": ["x"]}}],
     "exceptions[0].examples.nomatch", "未知字段"),
    ([{"rule": INSULT, "words": ["傻瓜相机"], "examples": {"no_match": "傻瓜相机"}}],
     "exceptions[0].examples.no_match", "必须是文字列表"),
    ([{"rule": INSULT, "words": ["傻瓜相机"], "examples": {"match": ["你是傻瓜吗", 3]}}],
     "exceptions[0].examples.match", "第 2 项必须是非空文字"),
    ([{"rule": INSULT, "words": ["傻瓜相机"]}, {"rule": INSULT, "words": ["x"], "because": "复核"}],
     "exceptions[1].because", "未知字段"),
])
def test_validation_names_the_field_in_chinese(exceptions, field, wording):
    with pytest.raises(PackError) as e:
        validate_overrides({"exceptions": exceptions}, "店铺覆盖")
    msg = str(e.value)
    assert msg.startswith("店铺覆盖: ") and field in msg and wording in msg, msg


def test_validation_limits():
    many = [{"rule": INSULT, "words": ["傻瓜相机"]}] * (MAX_OVERRIDE_EXCEPTIONS + 1)
    with pytest.raises(PackError, match=f"例外 {MAX_OVERRIDE_EXCEPTIONS + 1} 条，超过上限"):
        validate_overrides({"exceptions": many}, "API")
    # words of exceptions count with all other words of the override
    with pytest.raises(PackError, match="词语总数超过上限"):
        validate_overrides({"exempt": ["词"] * (MAX_OVERRIDE_WORDS - 1),
                            "exceptions": [{"rule": INSULT, "words": ["傻瓜相机", "傻瓜模式"]}]}, "API")
    validate_overrides({"exempt": ["词"] * (MAX_OVERRIDE_WORDS - 2),
                        "exceptions": [{"rule": INSULT, "words": ["傻瓜相机", "傻瓜模式"]}]}, "API")


def test_valid_entry_passes_and_loads_from_a_file(tmp_path):
    f = tmp_path / "shop.yaml"
    f.write_text("exceptions:\n"
                 "  - rule: common.abuse.insult\n"
                 "    words: [傻瓜相机]\n"
                 "    note: 复核驳回（会话 c-17 第 3 轮）\n"
                 "    examples:\n"
                 "      no_match: [这台傻瓜相机很好用]\n"
                 "      match: [你是傻瓜吗]\n", encoding="utf-8")
    data = load_overrides(str(f))
    ins = Inspector("jd", overrides=str(f))
    assert not fires(ins, "这台傻瓜相机很好用", INSULT)
    assert data["exceptions"][0]["note"].startswith("复核驳回")


def test_unknown_rule_and_model_category_are_refused():
    with pytest.raises(PackError, match=r"exceptions\[0\]\.rule 中的规则 'common\.abuse\.nope' 不存在"):
        with_exceptions({"rule": "common.abuse.nope", "words": ["x"]})
    with pytest.raises(PackError, match=r"exceptions\[1\]\.rule：'model\.greeting' 不是本组合的模型类别"):
        with_exceptions({"rule": INSULT, "words": ["傻瓜相机"]}, {"rule": "model.greeting", "words": ["x"]})
    # a rule the same override disables is gone: its exception names it
    with pytest.raises(PackError, match="不存在（或已被 disable 停用）"):
        Inspector("jd", overrides={"disable": [INSULT], "exceptions": [{"rule": INSULT, "words": ["傻瓜相机"]}]})
    with pytest.raises(PackError, match="去掉标点和符号后不能为空"):
        with_exceptions({"rule": "model.uncivil", "words": ["！！"]})


def test_api_bodies_are_checked_even_without_validate_overrides():
    with pytest.raises(PackError, match=r"exceptions\[0\]\.words 不能为空"):
        with_exceptions({"rule": INSULT, "words": []})


# -- silencing, per rule kind --------------------------------------------------------------------

def test_words_rule_silenced_where_the_words_stand_and_still_firing_elsewhere(plain):
    # (傻瓜相机 itself is a pack exception since stop 42: a guide "for dummies" is the shop's own case here)
    assert (INSULT, "傻瓜") in rules_of(plain, "这份傻瓜教程很好用")
    ins = with_exceptions({"rule": INSULT, "words": ["傻瓜教程"]})
    assert not fires(ins, "这份傻瓜教程很好用", INSULT)
    assert not fires(ins, "這份傻瓜教程很好用", INSULT)  # folded like the text: traditional script too
    assert (INSULT, "傻瓜") in rules_of(ins, "你是傻瓜吗")
    # the same message with a real insult elsewhere: only the excepted hit goes
    assert [m for r, m in rules_of(ins, "傻瓜教程都不会用，你是傻瓜吗") if r == INSULT] == ["傻瓜"]
    assert [f.start for f in ins.check("傻瓜教程都不会用，你是傻瓜吗") if f.rule == INSULT] == [11]


def test_exception_is_scoped_to_its_rule(plain):
    # 私聊 is both in add_friend; an exception of another rule with the same word changes nothing
    ins = with_exceptions({"rule": INSULT, "words": ["客服私聊"]})
    assert fires(ins, "客服私聊功能在右上角", ADD_FRIEND)
    ins = with_exceptions({"rule": ADD_FRIEND, "words": ["客服私聊"]})
    assert not fires(ins, "客服私聊功能在右上角", ADD_FRIEND)
    assert fires(ins, "加我私聊吧", ADD_FRIEND)
    assert fires(plain, "客服私聊功能在右上角", ADD_FRIEND)  # the shipped inspector is untouched


def test_disguised_text_is_not_an_occurrence_of_the_exception_word():
    # like a pack's exceptions: the words are real words, never matched disguised
    ins = with_exceptions({"rule": ADD_FRIEND, "words": ["客服私聊"]})
    assert fires(ins, "客服，私聊功能在右上角", ADD_FRIEND)


def test_regex_rule_with_trigger_words(plain):
    text = "运费问题您找快递去问就知道"
    assert (GO_ELSEWHERE, "找快递去") in rules_of(plain, text)
    ins = with_exceptions({"rule": GO_ELSEWHERE, "words": ["找快递去问"]})
    assert not fires(ins, text, GO_ELSEWHERE)
    assert fires(ins, "这个问题您找快递去就行", GO_ELSEWHERE)


def test_pure_regex_rule_of_punctuation_only(plain):
    assert (PUNCT, "？？？") in rules_of(plain, "还有别的问题吗？？？")
    ins = with_exceptions({"rule": PUNCT, "words": ["问题吗？？？"]})
    assert not fires(ins, "还有别的问题吗？？？", PUNCT)
    assert fires(ins, "我查一下？？？", PUNCT)
    # a punctuation-only word works too (it cannot be compiled into the automaton, it is looked up as is)
    ins = with_exceptions({"rule": PUNCT, "words": ["??？"]})
    assert not fires(ins, "我查一下？？？", PUNCT)  # folded: full-width ？ is ?
    assert fires(ins, "我查一下!!!", PUNCT)


def test_detector_rule(plain):
    text = "我们的客服电话是13800138000"
    assert (MOBILE, "13800138000") in rules_of(plain, text)
    ins = with_exceptions({"rule": MOBILE, "words": ["13800138000"]})
    assert not fires(ins, text, MOBILE)
    assert fires(ins, "我们的客服电话是13900139000", MOBILE)


def test_whole_symbols_only_and_length_rules(plain):
    assert fires(plain, "好的～", BARE) and fires(plain, "👌", STICKER)
    ins = with_exceptions({"rule": BARE, "words": ["好的"]}, {"rule": STICKER, "words": ["👌"]})
    assert not fires(ins, "好的～", BARE) and fires(ins, "嗯", BARE)
    assert not fires(ins, "👌", STICKER) and fires(ins, "🙏🙏", STICKER)
    long_text = "这款产品的详细参数如下：" + "屏幕尺寸六点一英寸，重量一百七十克，" * 10
    other = "这款产品的安装步骤如下：" + "先拆开包装，再连接电源，" * 15
    assert fires(plain, long_text, LONG) and fires(plain, other, LONG)
    ins = with_exceptions({"rule": LONG, "words": ["详细参数"]})
    assert not fires(ins, long_text, LONG) and fires(ins, other, LONG)


def test_model_category_exception(plain):
    # a model finding (disparagement by a simile, no rule word) that a shop sets aside by its words
    text = "隔壁那家的做工实在不敢恭维"  # (rules of stop 28 and 31 read 跟地摊货差不多 and a simile 像抹布 themselves)
    assert ("model.disparage_peer", text) in rules_of(plain, text)
    ins = with_exceptions({"rule": "model.disparage_peer", "words": ["隔壁那家"]})
    assert not fires(ins, text, "model.disparage_peer")
    assert not fires(ins, "隔壁，那家的做工实在不敢恭维", "model.disparage_peer")  # compacted: punctuation inside still counts
    assert fires(ins, "对面那家的做工像小孩子的玩具", "model.disparage_peer")  # only where the words are
    # (a price promised to hold: no rule word, the model finds it; stop 68 made 指定到 a rule's, common.promise.
    # surely_fixed_fee_waived, as stop 40 had made 必到 one of common.promise.dated_arrival)
    other = "这个价格下个月也不会变的"
    assert fires(ins, other, "model.arbitrary_promise")  # other categories untouched
    assert ins.version != plain.version


def _toy_layer(exceptions=None) -> SemanticLayer:
    """A model that scores 'disparage_peer' on the bigram 隔壁 (as in test_semantic_fusion)."""
    _, ids, _ = ngram_rows(["隔壁"])
    vocab = np.unique(ids)
    w = np.zeros((vocab.size, 1), dtype=np.float32)
    _, wid, _ = ngram_rows(["隔壁"], orders=(2,))
    w[np.searchsorted(vocab, wid[0]), 0] = 40.0
    model = LinearModel(vocab, w, np.array([-4.0]), ["disparage_peer"], [0.5])
    cfg = ModelConfig("toy.npz", (ModelCategory("disparage_peer", -1.0, "major", "诋毁", "别诋毁"),))
    return SemanticLayer(cfg, model=model, exceptions=exceptions)


def test_model_exception_sets_aside_the_clauses_it_overlaps():
    text = "隔壁老李家的菜好吃，隔壁那家店很差"
    [before] = _toy_layer().add_findings([text], [[]])
    assert [f.match for f in before] == [text]  # the whole message scores best
    [after] = _toy_layer({"disparage_peer": ["隔壁老李"]}).add_findings([text], [[]])
    assert [f.match for f in after] == ["隔壁那家店很差"]  # whole and first clause set aside: the other fires
    [gone] = _toy_layer({"disparage_peer": ["隔壁"]}).add_findings([text], [[]])
    assert gone == []
    # an occurrence across a clause edge (compacted: 好吃隔壁) overlaps both clauses
    [both] = _toy_layer({"disparage_peer": ["好吃隔壁"]}).add_findings([text], [[]])
    assert both == []
    # another category's words or no occurrence: unchanged
    assert _toy_layer({"uncivil": ["隔壁"]}).add_findings([text], [[]]) == [before]
    assert _toy_layer({"disparage_peer": ["楼上"]}).add_findings([text], [[]]) == [before]


def test_model_exception_examples_skipped_when_models_are_off():
    entry = {"rule": "model.uncivil", "words": ["垃圾袋"],
             "examples": {"match": ["这个垃圾袋"]}}  # would fail: the exception silences it
    with pytest.raises(PackError, match=r"exceptions\[0\]"):
        with_exceptions(entry)
    with_exceptions(entry, models=False)  # nothing to run the example against: loads


# -- self-test ------------------------------------------------------------------------------------

def test_self_test_refuses_words_that_do_not_overlap_the_hit():
    with pytest.raises(PackError) as e:
        with_exceptions({"rule": INSULT, "words": ["教程很好"], "examples": {"no_match": ["这份傻瓜教程很好用"]}})
    msg = str(e.value)
    assert "覆盖设置: exceptions[0]: 规则 'common.abuse.insult'：示例不应命中：'这份傻瓜教程很好用' — 却命中了 '傻瓜'" in msg
    assert "拒绝加载" in msg


def test_self_test_refuses_a_match_example_that_no_longer_fires(tmp_path):
    f = tmp_path / "shop.yaml"
    f.write_text("exceptions:\n"
                 "  - {rule: common.diversion.add_friend, words: [客服私聊], examples: {match: [加我私聊吧]}}\n"
                 "  - {rule: common.abuse.insult, words: [傻瓜], examples: {match: [你是傻瓜吗]}}\n",
                 encoding="utf-8")
    with pytest.raises(PackError) as e:
        Inspector("jd", overrides=str(f))
    msg = str(e.value)
    assert f"{f}: exceptions[1]: 规则 'common.abuse.insult'：示例应命中：'你是傻瓜吗' — 没有命中" in msg
    assert "exceptions[0]" not in msg and "1 条规则示例未通过" in msg


def test_self_test_runs_model_examples_too():
    # (the shop also lowers the uncivil threshold, so the model reads 这个垃圾袋 as uncivil: 0.59 today)
    with pytest.raises(PackError, match=r"exceptions\[0\]: 规则 'model\.uncivil'：示例不应命中"):
        Inspector("jd", overrides={
            "models": {"categories": {"uncivil": {"threshold": 0.3}}},
            "exceptions": [{"rule": "model.uncivil", "words": ["加厚"], "examples": {"no_match": ["这个垃圾袋"]}}]})


# -- proposing an exception -----------------------------------------------------------------------

def test_propose_widens_within_the_clause():
    e = propose_exception(ADD_FRIEND, "您好，客服私聊功能在右上角", 5, 7, note="复核驳回")
    assert e == {"rule": ADD_FRIEND, "words": ["客服私聊功能"], "note": "复核驳回",
                 "examples": {"no_match": ["您好，客服私聊功能在右上角"]}}
    assert propose_exception(INSULT, "傻瓜相机很好用", 0, 2)["words"] == ["傻瓜相机"]  # span at the start
    assert propose_exception(INSULT, "这个模式很傻瓜", 5, 7)["words"] == ["式很傻瓜"]  # at the end
    assert propose_exception(INSULT, "你，傻瓜！好", 2, 4)["words"] == ["傻瓜"]  # punctuation on both sides
    assert propose_exception(INSULT, "哈 傻瓜 哈", 2, 4)["words"] == ["傻瓜"]  # spaces
    assert propose_exception(INSULT, "a😊傻瓜😊b", 2, 4)["words"] == ["傻瓜"]  # emoji
    assert propose_exception(INSULT, "x\ud83d\ude0a傻瓜\ud83dy", 3, 5)["words"] == ["傻瓜"]  # lone surrogates
    assert propose_exception(INSULT, "第一行傻\n瓜", 3, 4)["words"] == ["一行傻"]  # a line break ends the clause
    assert "note" not in propose_exception(INSULT, "傻瓜", 0, 2)


def test_propose_keeps_the_whole_span_even_when_it_has_punctuation():
    assert propose_exception(PUNCT, "还有别的问题吗？？？", 7, 10)["words"] == ["题吗？？？"]
    assert propose_exception(STICKER, "👌", 0, 1)["words"] == ["👌"]
    assert propose_exception(BARE, "好的～", 0, 3)["words"] == ["好的～"]


@pytest.mark.parametrize("text, start, end", [
    ("傻瓜", 1, 1), ("傻瓜", 2, 1), ("傻瓜", -1, 1), ("傻瓜", 0, 3), ("", 0, 0), ("傻 瓜", 1, 2),
    ("傻瓜", True, 2), ("傻瓜", 0, 1.5), ("傻瓜", "0", 2),
])
def test_propose_refuses_invalid_offsets(text, start, end):
    with pytest.raises(ValueError) as e:
        propose_exception(INSULT, text, start, end)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(e.value))


def test_propose_refuses_an_empty_rule_id():
    with pytest.raises(ValueError, match="规则 id 不能为空"):
        propose_exception(" ", "傻瓜", 0, 2)


def test_propose_cuts_long_messages_around_the_span():
    text = "甲" * 400 + "傻瓜相机" + "乙" * 400
    e = propose_exception(INSULT, text, 400, 402)
    [ex] = e["examples"]["no_match"]
    assert len(ex) == MAX_EXAMPLE_CHARS and "甲傻瓜相机" not in e["words"] and e["words"][0] in ex
    assert e["words"] == ["甲甲傻瓜相机"]
    assert propose_exception(INSULT, text, 0, 2)["examples"]["no_match"][0] == text[:MAX_EXAMPLE_CHARS]


def test_proposed_exception_for_a_real_finding_loads_and_silences_it(plain):
    text = "您好，客服私聊功能在右上角，点一下就可以"
    [f] = [f for f in plain.check(text) if f.rule == ADD_FRIEND]
    entry = propose_exception(f.rule, text, f.start, f.end, note="复核驳回（会话 c-17 第 3 轮）")
    ins = Inspector("jd", overrides=merge_exception({"shop": "示例店"}, entry))
    assert not fires(ins, text, ADD_FRIEND) and fires(ins, "加我私聊吧", ADD_FRIEND)


TRIGGERS = [(INSULT, "傻瓜"), (ADD_FRIEND, "私聊"), ("common.diversion.contact_app", "加我微信"),
            ("common.false_ad.absolute", "全网独家"), (GO_ELSEWHERE, "找快递去")]
_SIDE = st.text(alphabet=st.sampled_from(list("的了您好这款相机颜色发货今天吧吗，。！ 😊a1\n") + ["\ud83d"]), max_size=8)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trigger=st.sampled_from(TRIGGERS), before=_SIDE, after=_SIDE)
def test_property_proposed_words_contain_the_match_and_silence_the_rule(plain, trigger, before, after):
    rule, word = trigger
    text = before + word + after
    mine = [f for f in plain.check(text) if f.rule == rule]
    assume(len(mine) == 1)  # another hit of the rule elsewhere in the message is not this rejection
    f = mine[0]
    entry = propose_exception(rule, text, f.start, f.end)
    [w] = entry["words"]
    assert f.match in w and w in text and entry["examples"]["no_match"] == [text]
    ins = Inspector("jd", overrides=merge_exception({}, entry))  # the self-test passes
    assert not fires(ins, text, rule)


# -- merging ---------------------------------------------------------------------------------------

def test_merge_adds_a_new_entry_without_touching_the_input():
    base = {"shop": "示例店", "exempt": ["亲民价"]}
    e = propose_exception(INSULT, "傻瓜相机很好用", 0, 2, note="复核驳回 1")
    out = merge_exception(base, e)
    assert base == {"shop": "示例店", "exempt": ["亲民价"]}
    assert out["exceptions"] == [e] and out["shop"] == "示例店"
    out["exceptions"][0]["words"].append("x")
    assert e["words"] == ["傻瓜相机"]  # the entry is copied too
    assert merge_exception(None, e) == {"exceptions": [e]}


def test_merge_unites_entries_of_the_same_rule():
    ov = merge_exception({}, propose_exception(INSULT, "傻瓜相机很好用", 0, 2, note="复核驳回 1"))
    ov = merge_exception(ov, {"rule": ADD_FRIEND, "words": ["客服私聊"]})
    again = propose_exception(INSULT, "这款傻瓜相机很好", 2, 4, note="复核驳回 2")
    ov2 = merge_exception(ov, again)
    ov3 = merge_exception(ov2, propose_exception(INSULT, "傻瓜相机很好用", 0, 2, note="复核驳回 1"))
    assert ov3 == ov2  # the same rejection twice changes nothing
    assert [e["rule"] for e in ov2["exceptions"]] == [INSULT, ADD_FRIEND]
    ins_entry = ov2["exceptions"][0]
    assert ins_entry["words"] == ["傻瓜相机", "这款傻瓜相机"]
    assert ins_entry["examples"]["no_match"] == ["傻瓜相机很好用", "这款傻瓜相机很好"]
    assert ins_entry["note"] == "复核驳回 1；复核驳回 2"
    assert len(ov["exceptions"][0]["words"]) == 1  # the earlier override is unchanged
    ins = Inspector("jd", overrides=ov2)
    assert not fires(ins, "这款傻瓜相机很好", INSULT) and fires(ins, "你是傻瓜吗", INSULT)
    validate_overrides(ov2, "API")


def test_merge_refuses_a_broken_entry_or_override():
    with pytest.raises(ValueError, match="例外应为含 rule 字段的映射"):
        merge_exception({}, {"words": ["x"]})
    with pytest.raises(ValueError, match="exceptions 应为列表"):
        merge_exception({"exceptions": "x"}, {"rule": INSULT, "words": ["x"]})
