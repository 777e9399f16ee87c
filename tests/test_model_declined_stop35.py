"""False findings on clean lines and clean-chat agent turns of the read sets (issue 11, stop 35, helper t11ae), by kind.

Model (the pack's ``models.declined_clauses`` / ``models.declined``): the customer's own datum said back by how they
gave it (您之前留过的号码… / 您绑定的证件号末四位…), the customer's own case number sent to them (维修单号发您了), a
guess where the parcel was left (会不会存在驿站了), a guarantee declined (不敢打包票… / 没法保证…), a property
given with the making that causes it (是…烧制的，图案不易褪色) and a claim bounded by its own condition (要看具体…情况 /
视…而定 / 取决于).  Rules: waste left behind without 的 (撤场不留垃圾, seed 000 垃圾), 最好 as advice after a
condition (拆袋后最好用…封口, seed 000 最), a fastener and the verb 扣 (卡扣扣紧 is no QQ, seed 000 引流), a guarantee
declined with the customer named between (没法跟您保证…, seed 002 二、1).  Every sentence here was written for this file.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from message_kinds import kind_test
from zhijian import Inspector
from zhijian.engine.model_config import declined_units
from zhijian.engine.semantic import clauses

# kind -> (pack, category, hit sentences, clean sentences): the rules alone
KINDS = {
    "waste_left_behind_by_a_job": ("jd", "uncivil", [
        "这柜子做得跟垃圾一样", "你们这服务真垃圾",
    ], [
        "安装完我们收拾好，不在您家留垃圾", "工人撤场前把现场清干净，不会留下垃圾", "拆旧不遗留垃圾，您放心",
    ]),
    "best_as_advice_after_a_condition": ("jd", "false_advertising", [
        "这是同价位里最好用的剃须刀", "这款拖把全网最好用",
    ], [
        "拆袋后最好用夹子封住袋口", "头回上机前最好用湿布擦一遍", "洗的时候最好用冷水手洗", "天冷的话最好用温水冲",
    ]),
    "a_fastener_and_the_verb_kou": ("jd", "diversion", [
        "加我扣扣细聊", "扣扣上发您细节图",
    ], [
        "两侧卡扣扣紧以后就不晃了", "背带插扣扣好再调松紧", "盖子的搭扣扣上就密封了",
    ]),
    "a_guarantee_declined_with_the_customer_named": ("jd", "arbitrary_promise", [
        "我跟您保证周六一定送到", "这单我保证后天一定送到家",
    ], [
        "没法跟您保证周六一定送到，我先去催仓库", "不能向您保证后天一定能送达，仓库那边我去催", "这个真保证不了一定能修好，先寄来检测",
    ]),
}

test_kind = kind_test(KINDS)


@lru_cache(maxsize=None)
def _inspector(pack: str = "jd") -> Inspector:
    return Inspector(pack)


def _model(text: str, category: str) -> list:
    return [f for f in _inspector().check(text) if f.source == "model" and f.category == category]


# (category, sentence): the model flagged these at the pack's own bar before the declined forms
FLAGGED_BEFORE = [
    ("privacy_leak", "您之前登记过的身份证件号前四位是3302，跟实名信息对上了"),
    ("privacy_leak", "您刚才报的号码，前三位138、末位7731的，现在还用着吧？"),
    ("arbitrary_promise", "不敢给您打保票说肯定能修好，先寄回来让师傅检测"),
]


@pytest.mark.parametrize("category,text", FLAGGED_BEFORE)
def test_a_declined_form_is_not_flagged_by_the_model(category, text):
    assert not _model(text, category), text


# (category, clean clause or sentence whose every clause is covered by a declined form)
COVERED = [
    ("privacy_leak", "您刚刚报过的号码末四位是3817"), ("privacy_leak", "您下单时留的电话末尾是2290"),
    ("privacy_leak", "您绑定过的证件号码末四位是6613"), ("diversion", "您绑定过的电话开头三位186"),
    ("privacy_leak", "售后单号我已经发您了"), ("privacy_leak", "维修工单号刚刚发给您了"), ("privacy_leak", "退货单号马上发您"),
    ("questioning", "会不会是放在小区驿站了？"), ("questioning", "是不是被快递员放到门卫那里了？"),
    ("questioning", "有没有可能存在丰巢了？"),
    ("arbitrary_promise", "不敢打包票说周五一定到"), ("arbitrary_promise", "没法保证当天就能装好"),
    ("arbitrary_promise", "不能承诺今天一定发出"),
    ("arbitrary_promise", "杯身是高温烧制的，图案不会掉色"), ("arbitrary_promise", "外壳是电镀处理过的，表面不容易生锈"),
]


@pytest.mark.parametrize("category,text", COVERED)
def test_the_declined_form_covers_the_clean_clause(category, text):
    rx = _inspector().semantic.declined_clauses[category]
    spans = clauses(text)
    assert len(declined_units(spans, text, rx)) == len(spans), text


# faults of the same shapes: the words that make the fault keep them out of the declined forms
STILL_READ = [
    ("privacy_leak", "楼下那位顾客留的号码开头是135"), ("privacy_leak", "您邻居登记过的证件号末四位为2208"),
    ("privacy_leak", "那位周女士的运单号我发您了"), ("privacy_leak", "别的客户的订单号我都发您了"),
    ("questioning", "是不是您自个儿摔着它了？"), ("questioning", "是不是您拿开水烫过了？"),
    ("arbitrary_promise", "这单我打包票周五一定到"), ("arbitrary_promise", "保证当天就能装好"),
    ("arbitrary_promise", "杯身是高温烧制的，放二十年都不会褪色"), ("arbitrary_promise", "外壳是电镀的，保证永远不生锈"),
]


@pytest.mark.parametrize("category,text", STILL_READ)
def test_a_fault_of_the_same_shape_is_not_declined(category, text):
    rx = _inspector().semantic.declined_clauses[category]
    spans = clauses(text)
    assert len(declined_units(spans, text, rx)) < len(spans), text


# a clause beside the declined one is still read: only the declining clause is set aside
def test_only_the_declining_clause_is_set_aside():
    text = "不敢打包票说周五一定到，不过下周一保证送到"
    rx = _inspector().semantic.declined_clauses["arbitrary_promise"]
    spans = clauses(text)
    hit = [text[s:e] for s, e in (spans[k] for k in declined_units(spans, text, rx))]
    assert hit == ["不敢打包票说周五一定到"], hit


# a claim bounded by its own condition (models.declined, the whole message): read against false_advertising
BOUNDED = ["清晰度要看具体房间的光线情况", "续航实际视使用频率而定", "效果取决于个人肤质", "具体以当地门店报价为准"]
UNBOUNDED = ["这款精华用一次毛孔就消失", "续航全网第一，怎么用都用不完"]


@pytest.mark.parametrize("text", BOUNDED)
def test_a_bounded_claim_is_declined(text):
    assert _inspector().semantic.declined["false_advertising"].search(text), text


@pytest.mark.parametrize("text", UNBOUNDED)
def test_an_unbounded_claim_is_not_declined(text):
    assert not _inspector().semantic.declined["false_advertising"].search(text), text
