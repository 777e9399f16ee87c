"""Model vetoes of stop 41 (m41b; model card, "Current model (stop 41, m41 B)"), by kind.

The model trained with the pool41 minimal pairs (m41's variant B) scores two clean clause kinds just over the pack's
bars (the pack's ``models.declined_clauses`` sets the declining clause aside for that category only; the best other
clause of the message, and the whole message, are still read where no declined clause overlaps them):

* impolite: the goods' own ease praised (又轻便又省心 / 用起来省心省力 / 老人家用着也省事) — ``你`` / ``自己`` /
  ``还是`` / ``不如`` / ``干脆`` / ``等着`` / ``懒`` / ``嫌`` / ``吧`` … in the clause, or ``不省心``, keep it read;
* abuse: an offer to add to the order (您还想再加点什么吗 / 还需要配点别的吗), a clause of its own (added at the merge);
* false_advertising: a stated shipping policy (全国包邮 / 满两件包邮 / 运费由店里出 / 新疆西藏另计运费) — an absolute
  word in the same clause (最 / 全网 / 第一 / 绝对 / 正品 / 保证 …) keeps it read.

Each sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, declined_pattern
from zhijian import Inspector
from zhijian.engine.model_config import declined_units
from zhijian.engine.semantic import clauses


def _covered_clauses(category: str, text: str) -> list[str]:
    spans = clauses(text)
    return [text[s:e] for s, e in (spans[k] for k in declined_units(spans, text, declined_pattern(category)))]


# (category, a clean sentence whose every clause is covered by a declined form)
COVERED = [
    ("impolite", "又轻便又省心～"), ("impolite", "用起来省心省力"), ("impolite", "老人家用着也省事"),
    ("impolite", "推车推起来更省力哦"), ("impolite", "又小巧又省事"), ("impolite", "省心多了"),
    ("false_advertising", "这款被子全国包邮"), ("false_advertising", "满两件包邮哦"),
    ("false_advertising", "来回运费由店里出"), ("false_advertising", "全国包邮，新疆西藏另计运费"),
    ("false_advertising", "单拍一件不包邮的"), ("false_advertising", "港澳台及海外暂不发货"),
    ("abuse", "您还想再加点什么吗"), ("abuse", "还需要配点别的吗？"), ("abuse", "亲还要再挑个啥不"),
]


@pytest.mark.parametrize("category,text", COVERED)
def test_the_declined_form_covers_the_clean_sentence(category, text):
    n, total = declined_cover(category, text)
    assert n == total, text


# faults of the same shapes: the words that make the fault keep them out of the declined forms
STILL_READ = [
    ("impolite", "那你还是去买便宜货省心"), ("impolite", "想省事就别问这么多"), ("impolite", "你去问厂家最省事"),
    ("impolite", "嫌麻烦干脆别用最省心"), ("impolite", "又懒又省事"), ("impolite", "您就乖乖等着省心吧"),
    ("impolite", "这孩子真不省心"),
    ("false_advertising", "全网价格最低还包邮"), ("false_advertising", "绝对正品包邮到家"),
    ("false_advertising", "人气排名第一还包邮"), ("false_advertising", "保证最便宜，运费全免"),
    ("abuse", "又想白拿点什么？"), ("abuse", "这回还想薅点什么"),
]


@pytest.mark.parametrize("category,text", STILL_READ)
def test_a_fault_of_the_same_shape_is_not_declined(category, text):
    n, total = declined_cover(category, text)
    assert n < total, text


def test_only_the_policy_clause_is_set_aside():
    text = "全国包邮，咱家拖把是全网最耐用的"
    assert _covered_clauses("false_advertising", text) == ["全国包邮"]


def test_only_the_ease_clause_is_set_aside():
    text = "又轻便又省心，别老来问我"
    assert _covered_clauses("impolite", text) == ["又轻便又省心"]


@pytest.fixture(scope="module")
def jd():
    return Inspector("jd")


# clean messages the m41 model (variant B) reads as the category without the veto (the clause, or the whole message)
MODEL_CLEAN = [
    ("impolite", "拖把头能整块卸下来丢洗衣机，又轻便又省心～"),
    ("impolite", "纸尿裤吸得快，又干爽又省心哦"),
    ("false_advertising", "这款台灯全国包邮，拍下当天发"),
    ("false_advertising", "这款被子全国包邮"),
    ("false_advertising", "全国包邮，新疆西藏另计运费"),
    # (merge of stop 41: an offer to add to the order, read as abuse by variant B; r41b's clean lines found it)
    ("abuse", "您还想再加点什么吗，我一起备注"), ("abuse", "还需要配点别的吗？我帮您一起打包"),
]


@pytest.mark.parametrize("category,text", MODEL_CLEAN)
def test_the_model_does_not_read_the_declined_kind(jd, category, text):
    got = {f.category for f in jd.check(text)}
    assert category not in got, (text, sorted(got))


# a fault beside (or in) a declined clause is still found
MODEL_FAULTS = [
    ("impolite", "又轻便又省心，别老来问我"),
    ("false_advertising", "全国包邮，咱家拖把是全网最耐用的"),
    ("false_advertising", "全网价格最低还包邮"),
]


@pytest.mark.parametrize("category,text", MODEL_FAULTS)
def test_a_fault_beside_the_declined_clause_is_still_found(jd, category, text):
    got = {f.category for f in jd.check(text)}
    assert category in got, (text, sorted(got))
