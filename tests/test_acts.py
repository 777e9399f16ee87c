"""Dialogue-act tagger (zhijian.acts): cue self-test, shipped weights, batching, offsets, behaviour.

The hand-written turns at the bottom are our own sentences (not from the training corpus and
not from the dev cases); each must carry the act it is listed under.
"""

from __future__ import annotations

import json
import pathlib
import sys
import threading

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import zhijian.acts.tagger as tagger_module
from zhijian.acts import ACTS, CueError, Cues, get_tagger, split_sentences, tag_turns

REPO = pathlib.Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # training/ is a top-level folder of the repository, not installed
    sys.path.insert(0, str(REPO))


def acts_of(role: str, text: str) -> set[str]:
    sents = tag_turns([(role, text)])[0]
    acts = {a for s in sents for a in s.acts}
    return acts - {"other"} if len(acts) > 1 else acts


# -- cue rules ------------------------------------------------------------------------------------
def test_packaged_cues_load_and_self_test():
    cues = Cues.load_packaged()  # every example is checked while loading
    assert {c.role for c in cues.cues} == {"customer", "agent"}
    for c in cues.cues:
        assert set(c.acts) <= set(ACTS[c.role])


def _one_cue(**kw) -> str:
    cue = {"id": "t.cue", "role": "agent", "acts": ["hold"], "contains": ["稍等"], "match": ["请稍等"]}
    cue.update(kw)
    return json.dumps({"cues": [cue]}, ensure_ascii=False)  # JSON is YAML


def test_a_failing_must_match_example_refuses_to_load():
    with pytest.raises(CueError) as e:
        Cues.from_yaml(_one_cue(match=["请稍等", "我查一下"]))
    assert "t.cue" in str(e.value) and "应当命中" in str(e.value)


def test_a_failing_must_not_match_example_refuses_to_load():
    with pytest.raises(CueError) as e:
        Cues.from_yaml(_one_cue(no_match=["稍等片刻"]))
    assert "t.cue" in str(e.value) and "不应命中" in str(e.value)


@pytest.mark.parametrize("bad", [
    {"acts": ["question"]},  # a customer act on an agent cue
    {"role": "robot"},
    {"contains": [], "whole": []},
    {"match": []},
    {"contain": ["稍等"]},  # misspelt key
    {"max_len": 0},
])
def test_malformed_cues_are_refused_in_chinese(bad):
    with pytest.raises(CueError) as e:
        Cues.from_yaml(_one_cue(**bad))
    assert "t.cue" in str(e.value) or "线索" in str(e.value)


def test_whole_cues_decide_alone_and_contains_cues_add():
    s = tag_turns([("customer", "好的"), ("customer", "好的，帮我改一下地址，谢谢")])
    assert s[0][0].acts == ("other",) and s[0][0].by == "cue"
    assert {"request", "thanks"} <= set(s[1][0].acts)
    assert "customer.thanks" in s[1][0].cues and s[1][0].scores["thanks"] == 1.0


# -- shipped weights --------------------------------------------------------------------------------
def test_weights_load_and_reproduce_their_recorded_held_out_figures():
    from training.train_acts import DATA, corpus_digest, figures, load, predict_items

    model = get_tagger().model
    assert model.meta["features"] == tagger_module.FEATURES_VERSION
    assert model.meta["corpus"] == corpus_digest(DATA), "acts.jsonl changed since the model was trained"
    recorded = json.loads(model.meta["test_figures"])
    test = [it for it in load(DATA) if it["split"] == "test"]
    assert len(test) >= 500
    assert figures(test, predict_items(get_tagger(), test)) == recorded


def test_corpus_is_big_enough_and_split_by_template_group():
    from training.train_acts import DATA, load

    items = load(DATA)
    assert len(items) >= 3000
    split_of: dict[str, set[str]] = {}
    for it in items:
        split_of.setdefault(it["template"], set()).add(it["split"])
    assert all(len(s) == 1 for s in split_of.values())
    assert {it["split"] for it in items} == {"train", "valid", "test"}


# -- batching, roles, loading ----------------------------------------------------------------------------
TURNS = [
    ("customer", "你好，请问这个什么时候发货，还有能开发票吗？谢谢！！"),
    ("agent", "您好，欢迎光临！请您稍等，我帮您查一下"),
    ("system", "对话已转接"),
    ("customer", ""),
    ("agent", "   "),
    ("customer", "收到的杯子漏水，你们怎么搞的"),
    ("agent", "非常抱歉给您带来不便，麻烦拍张照片给我，我马上给您补发"),
    ("customer", "嗯"),
    ("agent", "感谢您的来访，祝您周末愉快，再见😊"),
    ("customer", "\ud800👍🏻 好的 谢谢"),
]


def test_batch_equals_one_by_one():
    batch = tag_turns(TURNS)
    single = [tag_turns([t])[0] for t in TURNS]
    assert batch == single
    assert batch[2] == [] and batch[3] == [] and batch[4] == []


def test_unknown_role_is_refused():
    with pytest.raises(ValueError, match="未知的角色"):
        tag_turns([("bot", "你好")])


def test_lazy_loading_is_thread_safe(monkeypatch):
    monkeypatch.setattr(tagger_module, "_tagger", None)
    got = []
    threads = [threading.Thread(target=lambda: got.append(get_tagger())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 8 and all(g is got[0] for g in got)


# -- offsets (hypothesis) -----------------------------------------------------------------------------
_PIECES = list("，。！？、；：,.!?;:~～… \n\t\r\u3000") + ["\ud800", "\udfff", "😀", "👍🏻", "🇨🇳", "\u200b", "\ufe0f", "e\u0301"]
_WORDS = ["你好", "请问", "吗", "呢", "能不能", "什么", "好的", "谢谢", "对吗", "不好意思", "iPhone", "15", "稍等"]
chat_text = st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from(_WORDS),
                               st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)), max_size=30).map("".join)
any_text = st.one_of(st.text(st.characters(codec=None, exclude_categories=())), chat_text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
@example("")
@example("\ud800")
@example("你好，请问有货吗，能开发票吗？谢谢")
@example("  好的 谢谢  ")
def test_offsets_always_index_the_original_text(text):
    spans = split_sentences(text)
    prev_end = 0
    for sp in spans:
        assert 0 <= prev_end <= sp.start < sp.end <= len(text)
        assert text[sp.start:sp.end] == sp.text
        assert not sp.text[0].isspace() and not sp.text[-1].isspace()
        prev_end = sp.end
    for role in ("customer", "agent"):
        sents = tag_turns([(role, text)])[0]
        assert [(s.start, s.end, s.text) for s in sents] == [(sp.start, sp.end, sp.text) for sp in spans]
        for s in sents:
            assert s.acts and set(s.acts) <= set(ACTS[role]) and s.by in ("cue", "model")


def test_sentences_cut_a_second_question_out_of_one_message():
    text = "我买的衣服小了，能不能换大一码的，还有发票怎么开"
    assert [s.text for s in split_sentences(text)] == ["我买的衣服小了", "能不能换大一码的", "还有发票怎么开"]
    assert [s.text for s in split_sentences("收货人是王芳，电话尾号1234，对吗")] == ["收货人是王芳，电话尾号1234，对吗"]
    assert [s.text for s in split_sentences("不好意思，请问保修多久")] == ["不好意思，请问保修多久"]
    assert [s.text for s in split_sentences("好的 谢谢")] == ["好的", "谢谢"]


# -- behaviour: our own sentences, a handful per act ----------------------------------------------------
CASES = {
    ("customer", "question"): ["你们这个锅能用在电磁炉上吗", "周六下单的话周一能到不", "这个净水器要不要打孔安装",
                               "我想知道赠品什么时候发"],
    ("customer", "request"): ["帮我把收货地址改成单位的", "麻烦给我换一件大一号的", "请尽快给我退款"],
    ("customer", "problem"): ["收到的台灯插上电不亮", "快递显示签收了可我没收到", "用了三天扫地机就不充电了",
                              "订单付了钱还显示待付款"],
    ("customer", "complaint"): ["你们这服务也太差劲了", "等了十天还没发货，到底有没有人管", "我要投诉你们",
                                pytest.param("以后再也不会在你们店买东西了", marks=pytest.mark.xfail(
                                    reason="known miss: 以后 pulls towards suggestion, and the only "
                                           "loss-of-trust template group (c.c.trust) is in the held-out test split",
                                    strict=False))],
    ("customer", "thanks"): ["谢谢你啊", "你们客服真耐心", "辛苦了"],
    ("customer", "apology"): ["不好意思，刚才是我看错订单了", "抱歉，刚才说话太冲了", "是我自己没看清楚"],
    ("customer", "suggestion"): ["建议你们把尺码表写得详细一点", "希望以后能用顺丰发货", "要是包装结实一点就好了"],
    ("customer", "more"): ["我还有一个问题", "对了，还有件事想问", "另外想问一下"],
    ("customer", "goodbye"): ["好的再见", "没有别的问题了", "拜拜"],
    ("customer", "other"): ["嗯嗯好", "好的呀", "收货人是李娜"],
    ("agent", "answer"): ["这款冰箱的容量是四百五十升", "这个是支持七天无理由退货的", "一般下单后两天内发货"],
    ("agent", "hold"): ["请您稍等，我帮您查询一下", "我去问一下仓库的同事", "正在为您核实，请稍候"],
    ("agent", "cause_check"): ["麻烦您提供一下订单号", "方便拍一张坏掉部位的照片吗", "请问是从什么时候开始不制冷的"],
    ("agent", "empathy"): ["非常抱歉给您添麻烦了", "我非常理解您现在着急的心情", "实在不好意思让您久等了"],
    ("agent", "reassure"): ["您先别着急", "请您放心，这个问题一定帮您处理好", "没关系，请您不必介意"],
    ("agent", "solution"): ["我这边马上给您补发一个新的", "已经为您申请了退款，一到三个工作日到账", "我帮您登记换货"],
    ("agent", "greeting"): ["您好，欢迎光临小店，请问需要点什么", "早上好！很高兴为您服务", "国庆节快乐！请问有什么可以帮您"],
    ("agent", "closing"): ["谢谢您的耐心，祝您周末愉快，再见", "请问还有别的需要我帮忙的吗", "不用客气，都是我们应该做的"],
    ("agent", "push_out"): ["没别的事我先下了", "这个您自己去问快递吧", "我处理不了，您找别人吧"],
    ("agent", "review_invite"): ["如果您对我的服务满意，麻烦给个评价", "欢迎在评价区分享您的使用体验"],
    ("agent", "other"): ["好的好的", "嗯嗯收到", "收到啦"],
}


def _cases():
    for (r, a), ts in CASES.items():
        for t in ts:
            if isinstance(t, str):
                yield pytest.param(r, a, t)
            else:  # a pytest.param carrying marks
                yield pytest.param(r, a, *t.values, marks=t.marks)


@pytest.mark.parametrize("role,act,text", list(_cases()))
def test_hand_written_turns(role, act, text):
    assert act in acts_of(role, text), tag_turns([(role, text)])[0]


def test_hard_negatives():
    # a name given as data is not a question or complaint; a bare acknowledgement is nothing else
    assert acts_of("customer", "收货人是王芳") == {"other"}
    assert acts_of("customer", "嗯") == {"other"}
    assert acts_of("agent", "好的") == {"other"}
    # a polite opener is not an apology
    assert "apology" not in acts_of("customer", "不好意思，请问发什么快递")
    # a question about recommendations is not a suggestion
    assert "suggestion" not in acts_of("customer", "你们建议我买哪一款")
