"""Dialogue-act tagger (zhijian.acts): cue self-test, shipped weights, batching, offsets, behaviour,
and the batch machinery (one fold, split, scoring and cue scan per batch, a result cache) against
the plain per-turn rules it replaced.

The hand-written turns at the bottom are our own sentences (not from the training corpus and
not from the dev cases); each must carry the act it is listed under.
"""

from __future__ import annotations

import json
import pathlib
import pickle
import re
import sys
import threading

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import zhijian.acts.tagger as tagger_module
from zhijian.acts import ACTS, CueError, Cues, get_tagger, split_sentences, tag_turns
from zhijian.acts.features import BatchScorer, model_scores
from zhijian.acts.folded import fold_batch
from zhijian.acts.sentences import is_question_clause, questions
from zhijian.acts.tagger import Scores, Sentence, Tagger
from zhijian.engine.normalize import compact, fold

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


def test_hao_ji_says_several_and_asks_nothing():
    # 好几 (好几个 / 好几天) is "several": no question word; 几 alone, or after a 好 of another clause, asks
    assert not is_question_clause("好几个都坏了") and not is_question_clause("等了好几天了")
    assert is_question_clause("几天能到") and is_question_clause("好几天了还不发吗")
    assert [s.text for s in split_sentences("寄来的杯子好几个都裂了，能换吗")] == ["寄来的杯子好几个都裂了", "能换吗"]
    assert [s.text for s in split_sentences("好，几天能到")] == ["好", "几天能到"]
    assert [s.text for s in split_sentences("我等了好几天了，还没发货")] == ["我等了好几天了，还没发货"]


# -- behaviour: our own sentences, a handful per act ----------------------------------------------------
CASES = {
    ("customer", "question"): ["你们这个锅能用在电磁炉上吗", "周六下单的话周一能到不", "这个净水器要不要打孔安装",
                               "我想知道赠品什么时候发"],
    ("customer", "request"): ["帮我把收货地址改成单位的", "麻烦给我换一件大一号的", "请尽快给我退款"],
    ("customer", "problem"): ["收到的台灯插上电不亮", "快递显示签收了可我没收到", "用了三天扫地机就不充电了",
                              "订单付了钱还显示待付款"],
    # (以后再也不会… was read as a suggestion until the loss-of-trust cue, customer.complaint.lost_trust)
    ("customer", "complaint"): ["你们这服务也太差劲了", "等了十天还没发货，到底有没有人管", "我要投诉你们",
                                "以后再也不会在你们店买东西了", "这回买完就把你们家拉黑了", "最后一次在你们这儿下单"],
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
    ("agent", "review_invite"): ["如果您对我的服务满意，麻烦给个评价", "方便的话在评价区写写您的使用感受"],
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


# -- the batch machinery against the plain per-turn rules (hypothesis) ---------------------------------
# ``_ref_split`` and ``_ref_tag`` are the splitter and tagger as first written: one turn, one sentence
# at a time, with ``compact`` per piece, the regexes, ``model_scores`` and ``Cues.match``.  The shipped
# code folds, splits, scores and matches a whole batch at once; it must give exactly their answer.
_R_TERM = frozenset("。!?;\n")
_R_TRAIL = frozenset("。!?;\n\"'”’」』)）】]>》~～…")
_R_WH = re.compile(r"什么|怎么|怎样|咋|啥|多少|多久|多长时间|多大|多重|多高|多宽|多远|(?<!好)几[天号点个时次件年月岁码寸斤]|哪|为什么|为何|是否|能否|可否|(.)[不没]\1")
_R_NOT_Q = re.compile(r"没什么|不怎么|什么都|怎么都|哪里都|哪儿都|多少都|无论|不论|不管|如果|要是|假如|万一|只要")
_R_OPENERS = frozenset("不好意思 抱歉 打扰一下 打扰了 抱歉打扰 不好意思打扰一下 不好意思打扰了 你好 您好 亲 客服 "
                       "那个 哎 喂 麻烦 麻烦问一下 麻烦问下 问一下 问下 请问 亲爱的 老板 掌柜".split())
_R_TAGS = frozenset("对吗 是吗 好吗 行吗 可以吗 对吧 是吧 好不好 行不行 可不可以 对不对 是不是 可以不 行不 "
                    "您看可以吗 您看行吗 您看好吗 你看可以吗 你看行吗 您看这样可以吗 您看这样行吗 这样可以吗 这样行吗".split())


def _ref_is_q(clause: str) -> bool:
    c = compact(clause)
    if len(c) < 2 or _R_NOT_Q.search(c):
        return False
    if c[-1] in "吗嘛" or (c[-1] == "么" and c[-2:] not in ("什么", "怎么", "那么", "这么", "多么")):
        return True
    return bool(_R_WH.search(c))


def _ref_trim(f, a, b):
    while a < b and f[a].isspace():
        a += 1
    while b > a and f[b - 1].isspace():
        b -= 1
    return a, b


def _ref_pieces(f):
    out, n, start, i = [], len(f), 0, 0
    while i < n:
        if f[i] in _R_TERM:
            j = i + 1
            while j < n and f[j] in _R_TRAIL:
                j += 1
            out.append((start, j))
            start = i = j
            continue
        if f[i].isspace():
            j = i
            while j < n and f[j].isspace() and f[j] != "\n":
                j += 1
            if j < n and f[j] == "\n":
                i = j
                continue
            left, right = (f[i - 1] if i > 0 else ""), (f[j] if j < n else "")
            if left and right and not ((left.isascii() and left.isalnum()) or (right.isascii() and right.isalnum())):
                out.append((start, i))
                start = j
            i = j
            continue
        i += 1
    return out + [(start, n)]


def _ref_clauses(f, a, b):
    cuts = [a] + [k for k in range(a, b) if f[k] == ","] + [b]
    if len(cuts) == 2:
        return [(a, b)]
    parts = [(x if x == a else x + 1, y) for x, y in zip(cuts, cuts[1:])]
    q = [_ref_is_q(f[s:e]) for s, e in parts]
    for k in range(1, len(parts)):
        if q[k] and compact(f[parts[k][0]:parts[k][1]]) in _R_TAGS:
            q[k] = False
    k = 0
    while k < len(parts) - 1:
        if not q[k] and q[k + 1] and compact(f[parts[k][0]:parts[k][1]]) in _R_OPENERS:
            parts[k:k + 2] = [(parts[k][0], parts[k + 1][1])]
            q[k:k + 2] = [True]
        k += 1
    if not any(q):
        return [(a, b)]
    out, run = [], None
    for (s, e), qq in zip(parts, q):
        if qq:
            if run is not None:
                out.append(run)
                run = None
            out.append((s, e))
        else:
            run = (run[0], e) if run is not None else (s, e)
    return out + ([run] if run is not None else [])


def _ref_split(text):
    f = fold(text)
    spans = []
    for a, b in _ref_pieces(f):
        a, b = _ref_trim(f, a, b)
        if a < b:
            for s, e in _ref_clauses(f, a, b):
                s, e = _ref_trim(f, s, e)
                if s < e:
                    spans.append((s, e))
    k = 0
    while k < len(spans) - 1:
        (s0, e0), (s1, e1) = spans[k], spans[k + 1]
        if f[e0:s1].isspace() and compact(f[s0:e0]) in _R_OPENERS and _ref_is_q(f[s1:e1]):
            spans[k:k + 2] = [(s0, e1)]
        k += 1
    return spans


def _ref_tag(tagger, turns):
    spans = [(t, role, s, e) for t, (role, text) in enumerate(turns) if role != "system"
             for s, e in _ref_split(text or "")]
    out = [[] for _ in turns]
    texts = [turns[t][1][s:e] for t, _, s, e in spans]
    if not texts:
        return out
    scores = model_scores(tagger.model, texts).tolist()
    thr = tagger.model.thresholds.tolist()
    for (t, role, s, e), x, row in zip(spans, texts, scores):
        whole, contains = tagger.cues.match(role, compact(x))
        cols = tagger.columns[role]
        sc = {act: row[k] for act, k in cols}
        acts = ({a for cue in whole for a in cue.acts} if whole else
                {act for act, k in cols if row[k] >= thr[k]} | {a for cue in contains for a in cue.acts})
        fired = whole + contains
        for cue in fired:
            for a in cue.acts:
                sc[a] = 1.0
        if len(acts) > 1:
            acts.discard("other")
        out[t].append(Sentence(s, e, x, tuple(a for a in ACTS[role] if a in (acts or {"other"})), sc,
                               "cue" if fired else "model", tuple(cue.id for cue in fired)))
    return out


ROLE = st.sampled_from(["customer", "agent", "customer", "agent", "system"])
turn_lists = st.lists(st.tuples(ROLE, st.one_of(chat_text, chat_text, any_text)), max_size=12)


def _fresh(cache_size=0) -> Tagger:
    t = get_tagger()
    return Tagger(t.model, t.cues, cache_size=cache_size)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(turn_lists)
@example([("customer", "你好，请问有货吗，能开发票吗？谢谢"), ("agent", "亲 请问有什么可以帮您"), ("customer", "，好的，对吗")])
@example([("agent", "好的 谢谢"), ("agent", "好的 谢谢"), ("customer", "好的 谢谢"), ("system", ""), ("customer", "")])
def test_batch_equals_each_turn_alone_and_the_plain_rules(turns):
    batch = _fresh(cache_size=64).tag_turns(turns)
    alone = _fresh()
    assert batch == [alone.tag_turns([turn])[0] for turn in turns]
    assert batch == _ref_tag(alone, turns)
    for (role, text), sents in zip(turns, batch):
        for s in sents:
            assert text[s.start:s.end] == s.text and s.text.strip() == s.text
            assert set(s.scores) >= {a for a, _ in alone.columns[role]}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
@example("，好的")
@example("好的 ，，请问 吗？\n)")
@example("好，几天到，等了好几天，好几个")
def test_split_equals_the_plain_rules(text):
    assert [(s.start, s.end) for s in split_sentences(text)] == _ref_split(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(chat_text, any_text), max_size=10))
@example([t for _, t in TURNS])
@example(["好的呢", "是吧", "能便宜点么", "有没有货吗？", "什么时候发货?!", "真的吗？”", "嗯嗯！！", "😀", "", "，",
          "请问这款冰箱的容量是多少升能不能放进一米六的厨房里面", "为啥还没到", "哦", "亲 在吗"])
@example(["第15", "第１次", "排第2的那款", "第 3 件"])  # ordinals: the act features read them character by character
def test_batch_scores_are_model_scores_bit_for_bit(texts):
    tagger = get_tagger()
    fb = fold_batch(texts, tagger.phrases)
    fs, fe = fb.offsets[:-1], fb.offsets[1:]
    got = BatchScorer(tagger.model).scores(fb, fs, fe, questions(fb, fb.kept[fs], fb.kept[fe]))
    assert np.array_equal(got, model_scores(tagger.model, texts))


def test_cached_sentences_are_shared_read_only_and_pickle():
    tagger = _fresh(cache_size=2)
    first = tagger.tag_turns([("customer", "好的，谢谢！！你们发什么快递？")])[0]
    again = tagger.tag_turns([("customer", "好的，谢谢！！你们发什么快递？")])[0]
    assert again == first and again is not first and again[0] is first[0]
    with pytest.raises(TypeError):
        first[0].scores["thanks"] = 0.0
    assert isinstance(first[0].scores, dict) and dict(first[0].scores) == first[0].scores
    assert pickle.loads(pickle.dumps(first)) == first
    for k in range(5):  # bounded: old turns make room
        tagger.tag_turns([("agent", f"第{k}号")])
    assert len(tagger._cache) == 2
    assert isinstance(Scores({"a": 1.0}).copy(), dict)


def test_threads_share_one_tagger():
    tagger = _fresh(cache_size=16)
    turns = [(r, t) for r, t in TURNS] * 3
    want = _fresh().tag_turns(turns)
    got: list = []
    threads = [threading.Thread(target=lambda: got.append(tagger.tag_turns(turns))) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 6 and all(g == want for g in got)


def test_cue_examples_and_training_lines_tag_as_the_plain_rules():
    import yaml
    from importlib import resources

    data = yaml.safe_load(resources.files("zhijian").joinpath("data", "acts", "cues.yaml").read_text(encoding="utf-8"))
    turns = [(c["role"], str(x)) for c in data["cues"] for x in (c.get("match") or []) + (c.get("no_match") or [])]
    turns += [(role, x + tail) for role, x in list(turns) for tail in ("啊", "哈！", "呀～", "，请问能退吗", " 好的")]
    from training.train_acts import DATA, load

    turns += [(it["role"], it["text"]) for it in load(DATA)[::7]]
    tagger = _fresh(cache_size=0)
    assert tagger.tag_turns(turns) == _ref_tag(tagger, turns)


def test_hand_written_act_test_set_is_valid_and_never_trained_on():
    """benchmarks/data/acts_human.jsonl (reported by benchmarks/acts_report.py) holds known roles and acts,
    and none of its turns is in the training corpus."""
    import pathlib

    from training.train_acts import DATA, load

    path = pathlib.Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "acts_human.jsonl"
    rows = load(path)
    assert len(rows) >= 500 and len({r["group"] for r in rows}) >= 30
    corpus = {(it["role"], it["text"]) for it in load(DATA)}
    assert not [r["text"] for r in rows if (r["role"], r["text"]) in corpus]
