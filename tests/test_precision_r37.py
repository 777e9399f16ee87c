"""Clean kinds the rules or the model's vetoes misread on the read message sets (stop 37, issue 11, precision first).

Rules (``Inspector(pack, models=False)``), by kind:

* uncivil: 妈 closing a word for a relative or a role (妈妈的 / 爸妈的 / 孕妈的) holds 妈的 and curses nobody;
* arbitrary_promise: an arrival forecast read off the parcel's current pace (照目前的进度… / 按往常的时效…) estimates;
* false_advertising (adlaw): the usual time an effect takes, said as usual (通常 / 一般 / 大概), guarantees nothing;
* privacy_leak: a list of winners or members shown with their data masked (打了码 / 脱敏) discloses nobody;
* shirking: the customer's question said back with a tag (您问的是…对吧？ / 是吧？) sends them nowhere;
* diversion: a chat group disowned as not the shop's own (非官方 / 并非本店官方) in a fraud warning;
* disparage_peer: the customer's fear of a fake answered (不用担心买到高仿) names what they fear of us, not a peer.

Model (the pack's ``models.declined_clauses`` / ``models.declined``): the shop's own papers sent (检测报告 / 收费标准 /
授权书…; a supplier's or another customer's keeps it read), the customer's own datum said back datum first (地址就是您刚刚
讲的…), an unnamed buyer who bought the same as a reference (no datum of theirs), a list shown masked, two of our own
models compared, an exclamation at the item's state, the fault owned as our own staff's, the customer's own record read
back to be checked ending in …对的话.

Each sentence here was written for this file.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from zhijian import Inspector
from zhijian.engine.model_config import declined_units
from zhijian.engine.semantic import clauses


@lru_cache(maxsize=None)
def _rules(pack: str = "jd") -> Inspector:
    return Inspector(pack, models=False)


@lru_cache(maxsize=None)
def _low(category: str) -> Inspector:
    """The jd inspector with the category's model bar near 0: what it does not flag is set aside."""
    return Inspector("jd", overrides={"models": {"categories": {category: {"threshold": 1e-9}}}})


def _cats(ins: Inspector, text: str) -> set[str]:
    return {f.category for f in ins.check(text) if f.category}


RULES_CLEAN = [
    ("uncivil", "这款奶瓶的握把是照着妈妈的手型做的"),
    ("uncivil", "给爸妈的礼物选这套茶具就很合适"),
    ("uncivil", "孕妈的肤质偏敏感，建议挑无香型"),
    ("arbitrary_promise", "按目前的进度，包裹明天就送到您家"),
    ("arbitrary_promise", "按往常的时效，退款后天就到账，晚了您告诉我"),
    ("false_advertising", "这款除螨喷雾通常五天见效，螨虫多的要多喷几次"),
    ("false_advertising", "驱蚊液一般当天见效，大概能管六小时"),
    ("privacy_leak", "获奖会员的表格转您看看，名字都打了码"),
    ("shirking", "您问的是保修年限对吧？整机两年"),
    ("diversion", "您提的加微信领红包那个是非官方的，千万别扫码"),
    ("disparage_peer", "我们只在官方旗舰店上架，其他店没这款，您别怕买到高仿"),
    ("disparage_peer", "其他门店都没进这批货，您不用怕收到翻新机"),
]


@pytest.mark.parametrize("category,text", RULES_CLEAN)
def test_the_rules_leave_the_clean_kind_alone(category, text):
    assert category not in _cats(_rules(), text), text


RULES_STILL = [
    ("uncivil", "他妈的，库房又把单号弄错了"),
    ("arbitrary_promise", "放心，礼盒后天就送到您公司"),
    ("false_advertising", "这款祛痘凝胶三天见效"),
    ("privacy_leak", "发您瞧瞧上月中奖的名单，手机号码全在上头"),
    ("shirking", "这个您问问厂家吧"),
    ("diversion", "加我微信群，进群领券"),
    ("disparage_peer", "别家店里卖的全是假冒货"),
]


@pytest.mark.parametrize("category,text", RULES_STILL)
def test_the_fault_of_the_same_shape_is_still_found(category, text):
    assert category in _cats(_rules(), text), text


# (category, a clean sentence): with the bar near 0 the model reads none of it for the category
COVERED = [
    ("privacy_leak", "换锁芯收费标准我发您"),
    ("privacy_leak", "这是品牌方的授权书，我拍清楚些传给您"),
    ("privacy_leak", "地址就是您刚刚讲的滨江区长河路那个小区"),
    ("privacy_leak", "昨天有位宝妈也拍了这款推车"),
    ("privacy_leak", "获奖名单截屏给您，网名全部打码处理"),
    ("privacy_leak", "请您核实下：收货人周*，尾号4620，信息对的话我就点提交"),
    ("false_advertising", "和咱们店里的老款相比噪音小了三分贝"),
    ("questioning", "是我们配送师傅大意了，箱子侧面都压瘪了"),
]


@pytest.mark.parametrize("category,text", COVERED)
def test_the_declined_form_covers_the_clean_sentence(category, text):
    assert category not in _cats(_low(category), text), text


# faults of the same shapes: the words that make the fault keep them read
STILL_READ = [
    ("privacy_leak", "其他顾客那份检测报告我拍下来传您"),
    ("privacy_leak", "这款沙发工厂的价目表我截给您"),
    ("privacy_leak", "有个顾客也入手了这款，家住东湖路18号"),
    ("false_advertising", "和我们家老款比，这款是全网第一好用"),
]


@pytest.mark.parametrize("category,text", STILL_READ)
def test_a_fault_of_the_same_shape_is_not_declined(category, text):
    rx = _low(category).semantic.declined_clauses[category]
    spans = clauses(text)
    assert len(declined_units(spans, text, rx)) < len(spans), text


@pytest.mark.parametrize("text,part", [
    ("哎呀，杯子把手断成两截了？", "哎呀"),
    ("天哪，你这人是听不懂吗", "天哪"),
])
def test_only_the_exclamation_is_set_aside(text, part):
    rx = _low("abuse").semantic.declined_clauses["abuse"]
    spans = clauses(text)
    hit = [text[s:e] for s, e in (spans[k] for k in declined_units(spans, text, rx))]
    assert hit == [part], hit


def test_our_staffs_fault_owned_does_not_cover_doubting_the_customer():
    text = "是我们师傅粗心大意，您自己不也没验收吗"
    rx = _low("questioning").semantic.declined_clauses["questioning"]
    spans = clauses(text)
    assert len(declined_units(spans, text, rx)) < len(spans)


# Recall (stop 37): a guess at the cause closed on 吧 with the customer's handling as the cause and no subject named
# (别是…没插稳吧 / 该不会是…搁了一夜吧 / 不会是…弄的吧) doubts the customer's own acts (000 责问质疑), in five read sets;
# a guess at our own side or the carrier (漏发 / 快递), or one ruled out (应该不会是…吧), doubts nobody.
GUESS_FAULT = [
    "该不会是拆封后一直敞着口搁在灶台边吧？",
    "别是充电器插在了不通电的插座上吧",
    "不会是放进洗碗机高温档洗出来的吧？",
    "别又是换成杂牌墨盒了吧",
]
GUESS_CLEAN = [
    "应该不会是做工的毛病吧，麻烦拍张近照",
    "该不会是仓库少放了滤芯吧？我这就调出库记录",
    "不会是快递员投错了柜子吧，我联系站点问问",
]


@pytest.mark.parametrize("text", GUESS_FAULT)
def test_a_guess_at_the_customers_handling_is_questioning(text):
    assert "questioning" in _cats(_rules(), text), text


@pytest.mark.parametrize("text", GUESS_CLEAN)
def test_a_guess_at_our_side_or_ruled_out_is_not(text):
    assert "questioning" not in _cats(_rules(), text), text


# Recall (stop 37, common.promise.remedy_waived): a fault that may yet happen answered in advance with a remedy and the
# after-sales process waived, in ten read sets; a remedy for a fault already owned is the after-sales answer itself.
REMEDY_WAIVED = [
    "保温杯哪天不保温了，给您换只新杯，老杯子甭寄回",
    "吸尘器万一吸力变小，甭管啥缘由，马上换台新机给您",
    "拖鞋穿着不舒服就退，穿过几回也照退",
]
REMEDY_OWNED = [
    "杯盖裂开确实是包装没做好，新杯已经给您发出，旧杯不用寄回",
    "尺码发错是我们这边出了错，已安排换货，原来那双不用退回",
    "如果款式不喜欢，七日内点退货就行，寄回前把吊牌留着",
    "要是小区附近有维修点，也可以约师傅上门换电机，旧电机不需要寄回",
]


@pytest.mark.parametrize("text", REMEDY_WAIVED)
def test_a_remedy_promised_in_advance_with_the_process_waived(text):
    assert "arbitrary_promise" in _cats(_rules(), text), text


@pytest.mark.parametrize("text", REMEDY_OWNED)
def test_a_remedy_for_a_fault_already_owned_is_not(text):
    assert "arbitrary_promise" not in _cats(_rules(), text), text
