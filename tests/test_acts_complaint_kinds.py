"""Customer complaints said without 投诉 (issue 12, helper a50): the corpus kinds and what the tagger reads.

``training/acts_kinds_complaint.py`` writes compositional grammars of grievances without 投诉 or the pack's stock
complaint words (scorn, regret at buying, the blame turned back, distrust, money or time wasted, a plan spoilt,
comparison with other shops, a fault repeated, the agent's replies reproached, a grievance on someone else's behalf
or put as a question) and as many look-alikes labelled with their true act.  They are opt-in
(``python -m training.acts_corpus --kinds``, then ``train_acts`` refits the complaint head only): that model read 11
of the 20 grievances below at the pack's bar (the shipped model 0, the clean half 0 either way) but moved 6 read chat
lines from right to wrong and 1 from wrong to right, so it was not shipped (MODEL_CARD, acts section, "Issue 12,
a50").  The grievances below stay a held-out check of the grammars (none is generated verbatim) for a later round;
the clean half guards precision of the shipped tagger.  Every sentence here is our own wording.
"""

from __future__ import annotations

import json
import pathlib
import random

from training import acts_corpus, acts_kinds_complaint
from zhijian.acts.tagger import tag_turns

ROOT = pathlib.Path(__file__).resolve().parents[1]
BAR = 0.9  # the pack's act_confidence.complaint (common.yaml)

HITS = [
    "所以东西坏了我就只能自己认了是吧",
    "你们挑货全凭运气的吧",
    "催我付尾款倒是挺积极，退钱就没人影了",
    "早知道就去商场专柜买了",
    "当初就不该信了那个直播间",
    "照你这么说，还是我自己不会用咯",
    "你们这样做事让人以后怎么放心下单",
    "这一千多块算是打水漂了",
    "为了等安装师傅我专门请了一天假，人影都没见着",
    "原本打算周末带去露营的，现在全泡汤了",
    "人家别的店坏了直接补发，你们怎么就要拖这么久",
    "这都是第三回少发东西了",
    "你回的全是复制粘贴的话吧",
    "我问的是退款的事，你扯一堆不相干的",
    "我妈打了好几次售后电话都没人接",
    "替我爸来问问，这算哪门子售后",
    "怎么每次都要我来催你们才发货",
    "你们发货前都不看一眼的吗",
    "作为老会员，我对这次的购物体验深感遗憾",
    "同样的耳机别家才卖两百，你们还好意思卖这个价",
]
CLEAN = [
    "万一穿着不合适可以换吗",
    "会不会买到翻新机啊",
    "笑死，这个吹风机也太好用了吧",
    "早知道这么好用就早点下单了",
    "怪我自己没量好尺寸，麻烦帮我换大一号",
    "之前在别家买的台灯没多久就坏了，你们这款质量靠谱吗",
    "亲，收到的杯子有个小缺口，麻烦帮我补寄一个，谢谢",
    "请问我的快递大概几号能到呀，不着急，就问问",
    "这条丝巾是真丝的吗",
    "白色的电饭煲还有货吗",
    "本来想买黑色的，现在想换成白色可以吗",
    "上次买的那款洗发水还有吗",
    "我爸想买个按摩椅，有推荐吗",
    "说是这款有赠品，是真的吗",
    "物流两天没更新了，是节假日的原因吗",
    "同样是空气炸锅，这两款有什么区别",
    "我第一次用这种相机，不太会操作",
    "这天气热得让人不想出门",
    "别的都挺好的，就是想问下保修多久",
]


def _sure(text: str) -> bool:
    return any("complaint" in s.acts and s.scores.get("complaint", 0.0) >= BAR for s in tag_turns([("customer", text)])[0])


def test_clean_customer_sentences_are_no_complaint_at_the_bar():
    assert [t for t in CLEAN if _sure(t)] == []


def test_the_kinds_are_compositional_and_opt_in():
    groups = acts_kinds_complaint.GROUPS
    assert len(groups) >= 30 and len(pathlib.Path(acts_kinds_complaint.__file__).read_text().splitlines()) <= 400
    for gid, role, acts, n, templates in groups:
        assert isinstance(templates, tuple) and templates, gid
        assert all(t.count("(") == t.count(")") for t in templates), gid
        assert set(acts.split()) <= set(acts_corpus.ACTS[role]), gid
    hits = [g for g in groups if "complaint" in g[2].split()]
    clean = [g for g in groups if "complaint" not in g[2].split()]
    assert len(hits) >= 15 and len(clean) >= 15
    rng = random.Random(0)
    for g in acts_corpus.KIND_GROUPS:
        for t in acts_corpus._sample(g, rng, 20):
            assert "投诉" not in t or "“投诉”" in t, t  # the word only in play, in quotes, on the clean side
            assert "{" not in t and "(" not in t, t
    # opt-in: the default corpus is the shipped model's, the kinds are train-only items naming their heads
    shipped = (ROOT / "training" / "data" / "acts.jsonl").read_text(encoding="utf-8").splitlines()
    assert not any('"heads"' in line for line in shipped)
    items = acts_corpus.build(kinds=True)
    extra = items[len(shipped):]
    assert [json.dumps(it, ensure_ascii=False) for it in items[:len(shipped)]] == shipped
    assert extra and all(it["split"] == "train" and it["heads"] == ["complaint"] for it in extra)


def test_our_sentences_are_not_in_the_kinds_output():
    """The test sentences stay a held-out check of the grammars: none is generated verbatim."""
    texts = {it["text"] for it in acts_corpus.build(kinds=True) if "heads" in it}
    assert not (set(HITS) | set(CLEAN)) & texts
