"""False findings on the agent turns of clean chats (issue 11, stop 34, helper p34), fixed by kind.

Rules: a same-sound disguise written out in a rule (沙比 beside 傻逼) is matched under the guards of a derived one (it
must not cut an ordinary word: 泥沙|比较), a two-character same-sound form after a modal or 没 is a verb (能出声), Latin
initials before 系列 / after 型号 name a product line; 没空 in an offer the agent makes for the customer's lack of time, a
business purchase price quoted to the buyer, a neighbour asked to vouch for the customer's own address, the customer's
own e-mail read back, a case marked urgent for the customer, a medical claim refused are no fault.  Model: the pack's
``models.declined_clauses`` set aside joy or embarrassment at praise, an apology, good wishes, a description in 又…又…,
a remedy the shop grants, a diagnostic question, a file sent in this chat, the shop's own stock, a schedule of use, a
trade-in estimate and the customer's own address said back.  Every sentence here was written for this file.
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
    "listed_same_sound_in_a_compound": ("jd", "abuse", [
        "你是沙比吧，字都认不全", "真是个沙比，说多少遍了", "别装了沙比",
    ], [
        "河里的泥沙比往年少多了", "细沙比较适合铺鱼缸底", "黄沙比石子便宜一些",
    ]),
    "same_sound_after_a_modal": ("jd", "abuse", [
        "你这个出声，听不懂人话", "出声一样的东西",
    ], [
        "音箱插上线就能出声了", "开机时会出声提示一下", "静音键按下后就没出声了",
    ]),
    "initials_as_a_product_line": ("jd", "diversion", [
        "去GM买更便宜", "这款在gm上卖得更便宜",
    ], [
        "这是GM系列的通用款，两种规格都有", "铭牌印着型号GM，与您那台相同", "GM系列的滤芯可以互换",
    ]),
    "no_time_allowed_for_the_customer": ("generic", "impolite", [
        "没空，晚点再说", "我没空，自个儿琢磨去",
    ], [
        "您若没空过来，师傅上门取", "要是没空来的话，寄来修也行", "没空到店也不要紧，快递来取",
    ]),
    "business_purchase_price": ("jd", "privacy_leak", [
        "这款咱的采购价每台九百", "偷偷讲，进价才三十",
    ], [
        "满一百套能按企业采购价结算", "公司采购价每套二百一，比零售省", "单位采购能开专票",
    ]),
    "neighbour_vouching_the_customer": ("generic", "privacy_leak", [
        "您邻居上周也来办过，她住您楼下402", "那位邻居的电话是一三八开头的",
    ], [
        "办理时请带上身份证，也可以请邻居帮忙证明您住这里", "请物业帮忙确认一下您住这户就能开锁",
    ]),
    "own_email_read_back": ("jd", "privacy_leak", [
        "我们主管的邮箱是 boss.li@example.com，您直接发他", "发到 service.wang@example.com 就行",
    ], [
        "已登记 qian99@example.com，票开好就寄出", "您留的邮箱 hu.yan@example.com 没问题",
    ]),
    "case_marked_urgent_for_the_customer": ("generic", "abuse", [
        "再闹就把你标成恶意用户", "把你标记成黑名单客户，以后别来了",
    ], [
        "这张单子给您标成加急了，今天有人处理", "这单我把它标记成优先，仓库先发",
    ]),
    "medical_claim_refused": ("taobao", "false_advertising", [
        "这款苦荞茶常喝就降血糖", "坚持吃能降血压",
    ], [
        "燕麦片属于食品，可不能代替药降血糖哦", "果蔬粉只是膳食补充，并不能替代药品降血压",
    ]),
}

test_kind = kind_test(KINDS)


@lru_cache(maxsize=None)
def _inspector(pack: str = "jd") -> Inspector:
    return Inspector(pack)


# (category, clean sentence of one clause or more, each clause covered by a declined form)
DECLINED = [
    ("abuse", "听您这样说我真是太高兴了"), ("abuse", "被您这样一夸我还挺不好意思"),
    ("questioning", "您这一点提得很好"), ("questioning", "您别这么客气～这是咱们应当做的"),
    ("abuse", "给您添了好多乱，太对不起了"), ("abuse", "让您来回折腾三趟，我心里过意不去"),
    ("impolite", "让您干等半天，我给您赔不是"),
    ("uncivil", "祝您新家温馨又舒适"), ("false_advertising", "祝宝宝每天睡得香、长得壮"),
    ("uncivil", "这款拖把又轻又好拧"), ("uncivil", "南方梅雨季又湿又热"),
    ("arbitrary_promise", "这单直接给您退全款"), ("arbitrary_promise", "缺的那只给您补发"),
    ("arbitrary_promise", "运费由我们来出"), ("arbitrary_promise", "多收的部分全额退给您"),
    ("questioning", "是刚通电就有异响吗"), ("disparage_peer", "味道偏像橡胶，还是像放久了的那种？"),
    ("diversion", "我这就发您"), ("diversion", "配套的支架咱家也有现货"),
    ("false_advertising", "早上用防晒、晚上用修护霜"),
    ("privacy_leak", "回收价大约是购买价的五成"), ("privacy_leak", "开发票的话按企业采购价开"),
    ("privacy_leak", "东城区某某胡同七号院2单元，填地址按这个写就行"),
    ("impolite", "您若没空来的话，"),
]


@pytest.mark.parametrize("category,text", DECLINED)
def test_the_declined_form_covers_the_clean_clause(category, text):
    rx = _inspector().semantic.declined_clauses[category]
    spans = clauses(text)
    assert len(declined_units(spans, text, rx)) == len(spans), text


# faults of the same shapes: the words that make the fault keep them out of the declined forms
STILL_READ = [
    ("abuse", "看您这么着急我乐坏了"), ("abuse", "惹您不痛快了，您这号人活该"),
    ("uncivil", "你这人又蠢又懒"), ("uncivil", "祝你们早日倒闭"),
    ("arbitrary_promise", "保证给您退全款"), ("arbitrary_promise", "给您补发，明天一定到"),
    ("arbitrary_promise", "再给您补偿两百元"), ("arbitrary_promise", "额外再送您一个小礼物"),
    ("questioning", "是刚用就被您摔了吗"), ("disparage_peer", "像别家那种山寨货，还是像垃圾那种？"),
    ("diversion", "您先加我微信号，照片我发您"), ("diversion", "我们实体店里有同款，过来拿"),
    ("privacy_leak", "回收价是售价的两成，进价也就这么多"),
]


@pytest.mark.parametrize("category,text", STILL_READ)
def test_a_fault_of_the_same_shape_is_not_declined(category, text):
    rx = _inspector().semantic.declined_clauses[category]
    spans = clauses(text)
    assert len(declined_units(spans, text, rx)) < len(spans), text


# a remedy promised for whatever may happen later (不满意的话随时换新 / 用着不顺心就全退) is still read
# …and one granted outside the rules (特批 / 破例 / past the window): the shop may not grant it at will (seed 002 二、1)
STILL_READ_REMEDY = ["以后用坏了也能再给您换新", "两年里随时都给您换新", "用着有任何不满全额退给您", "全额退款外加赔您一百",
                     "超过退换期了，我破例给您换新", "我特批一下给您退全款"]


@pytest.mark.parametrize("text", STILL_READ_REMEDY)
def test_a_remedy_for_later_is_not_declined(text):
    rx = _inspector().semantic.declined_clauses["arbitrary_promise"]
    spans = clauses(text)
    assert len(declined_units(spans, text, rx)) < len(spans), text
