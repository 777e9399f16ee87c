"""A clause that declines a category's act is set aside for that category (the pack's ``models.declined_clauses``), stop 33.

On 2,000 blind clean trap lines the model alone flagged 15: sorrow for the customer's anger said with an apology read as
abuse or questioning, the customer's words said back as theirs, the agent taking an errand on as shirking, strangers
called swindlers in a warning as abuse, a part that may not fit another brand or two of our own models compared as
disparagement, a call-back the agent sets as a promise, the shop's store named for what it ships as diversion, an honest
missing feature as false advertising, the feeling anyone would have as a complaint about the platform, a masked datum
read back as a leak.  Each form is set aside clause by clause, so a fault written beside it is still read, and each keeps
out the words that make the fault.  Every sentence here was written for this file.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from zhijian import Inspector
from zhijian.engine.model_config import ModelConfig, declined_units
from zhijian.engine.rules import PackError
from zhijian.engine.semantic import clauses


@lru_cache(maxsize=None)
def _inspector(pack: str = "jd", low: str = "") -> Inspector:
    """The pack's inspector; with ``low`` (a category), that category's model bar set near 0 (a shop's threshold), so
    that the model would flag every clause it may read for it: what is not flagged then is set aside."""
    if not low:
        return Inspector(pack)
    return Inspector(pack, overrides={"models": {"categories": {low: {"threshold": 1e-9}}}})


def _model(ins: Inspector, text: str, category: str) -> list:
    return [f for f in ins.check(text) if f.source == "model" and f.category == category]


# (category, sentence): the model flags these at the pack's own bar without the declined forms
FLAGGED_BEFORE = [
    ("abuse", "让您这么失望，心里过意不去，鞋子这就重新寄一双"),
    ("abuse", "害您这么着急上火，十分抱歉，库房那头我去催"),
    ("abuse", "让你这么生气，确实是咱们的错哈，这就处理"),
    ("abuse", "让您这么心烦，怪我们的不是，向您赔礼"),
    ("questioning", "您说“你们到底会不会发货”，是我们拖太久了，抱歉。"),
    ("induce_review", "您提到要写差评，没关系，钱款先退回去"),
    ("induce_review", "您说要给个差评，我理解，问题先帮您解决"),
    ("shirking", "无需您自己联系售后，单子我登记上了"),
    ("shirking", "不用您自己去驿站寄，快递小哥上门取。"),
    ("disparage_peer", "便宜的那款是塑料外壳，贵的那款是金属的，都符合国标哦"),
    ("arbitrary_promise", "我周五傍晚之前再给您来电"),
    ("arbitrary_promise", "我明早九点钟之前再给您打个电话"),
]


@pytest.mark.parametrize("category,text", FLAGGED_BEFORE)
def test_a_declined_clause_is_not_flagged_by_the_model(category, text):
    assert not _model(_inspector(), text, category), text


# (category, sentence): every clause is covered by a declined form; even with the bar near 0 the model reads none
COVERED = [
    ("abuse", "让您气成这样，太对不起了"),
    ("abuse", "对不起，害您白跑一趟"),
    ("abuse", "凡是打电话说要退双倍货款的一律是骗子，请别理会"),
    ("abuse", "陌生号码发短信说您包裹丢了的，千万不要回，都是骗子"),
    ("abuse", "冒充客服让您开通备用金的一律是诈骗，切勿操作"),
    ("questioning", "您刚才讲“这客服怎么一问三不知”"),
    ("uncivil", "您说“这东西太次了”"),
    ("uncivil", "您觉得“做工也太糙了”"),
    ("induce_review", "您之前说会打一星"),
    ("shirking", "有变动随时喊我哈"),
    ("shirking", "不满意的话直接联系我就好"),
    ("disparage_peer", "别的品牌的替换刷头跟咱这支牙刷不一定通用哦"),
    ("disparage_peer", "其他牌子的镜头盖装我们这台相机未必匹配"),
    ("disparage_peer", "这款是双开门，那款是单门，都有三年质保"),
    ("arbitrary_promise", "我这边晚点再跟您回电"),
    ("diversion", "库房这边会给您补发"),
    ("diversion", "仓库那边打包时给您加上"),
    ("disparage_platform", "换作任何人都会恼火"),
    ("disparage_platform", "谁摊上这事都会闹心"),
    ("disparage_platform", "支持花呗免息分期"),
    ("privacy_leak", "我把两款的尺寸参数做成对比图发给您"),
    ("privacy_leak", "这款的说明书电子版我传给您"),
    # a masked datum of the order read back to be checked (the whole-message form, models.declined)
    ("privacy_leak", "系统显示的收件号码为139****2087，需要改一下吗？"),
    ("diversion", "订单上留的收货手机为186****3344，对吗？"),
]


@pytest.mark.parametrize("category,text", COVERED)
def test_a_covered_message_is_not_read_for_the_category(category, text):
    assert not _model(_inspector(low=category), text, category), text


# (category, sentence, the clause set aside): the form ends at its clause, the agent's next clause is still read
PARTS = [
    ("questioning", "为啥派件师傅没来电，我现在去问站点", "为啥派件师傅没来电"),
    ("questioning", "为什么少了一个配件，我刚刚核实过", "为什么少了一个配件"),
    ("false_advertising", "这款不带加湿功能，屋里干燥可以看看另一款", "这款不带加湿功能"),
    ("false_advertising", "这台没有语音控制，想用语音的话推荐带智能的那款", "这台没有语音控制"),
]


@pytest.mark.parametrize("category,text,part", PARTS)
def test_only_the_declining_clause_is_set_aside(category, text, part):
    rx = _inspector().semantic.declined_clauses[category]
    spans = clauses(text)
    hit = [text[s:e] for s, e in (spans[k] for k in declined_units(spans, text, rx))]
    assert hit == [part], hit
    got = _model(_inspector(low=category), text, category)
    assert got and all(part not in f.match for f in got), got


# (category, sentence, the declined clause): a clause written beside the declined one is still read for the category
BESIDE = [
    ("abuse", "让您气成这样，太对不起了，您这记性可真够可以的", "您这记性可真够可以的"),
    ("shirking", "不需要您再申请了；这种单子咱不给办", "这种单子咱不给办"),
    ("disparage_peer", "其他牌子的镜头盖未必匹配，那些牌子本来就是垃圾", "那些牌子本来就是垃圾"),
]


@pytest.mark.parametrize("category,text,rest", BESIDE)
def test_a_clause_beside_the_declined_one_is_still_read(category, text, rest):
    got = _model(_inspector(low=category), text, category)
    assert [f.match for f in got] == [rest], got


# faults of the same shapes: the words that make the fault keep them out of the declined forms
STILL_FLAGGED = [
    ("abuse", "你就是个骗子，少在这儿装可怜"),
    ("abuse", "让您生气了真抱歉，不过您这脑子也该好好想想。"),
    ("questioning", "为什么您不先看说明书？我去查查"),
    ("questioning", "您说“没收到”，当真没收到？别是自己忘了吧"),
    ("induce_review", "您讲要打差评，改五星就返您二十元"),
    ("shirking", "有问题就找我也没用，这归厂家管。"),
    ("shirking", "不用您联系我们了，这事我们不管，找快递去。"),
    ("disparage_peer", "别的牌子的刀头都是劣质货，和我们这台不一定通用。"),
    ("arbitrary_promise", "我下午会再给您打个电话，这次一定给您免单"),
    ("diversion", "仓库里现货多，您直接来仓库自提更便宜"),
    ("false_advertising", "这款没加丁点化学成分，纯天然无毒，选那款不如选这款"),
    ("disparage_platform", "换作谁都觉得这平台坑人，规则全是坑。"),
    ("privacy_leak", "前面那个下单的是王建华，住在幸福路十八号"),
]


@pytest.mark.parametrize("category,text", STILL_FLAGGED)
def test_a_fault_of_the_same_shape_is_still_flagged(category, text):
    assert category in {f.category for f in _inspector().check(text)}, text


def test_batch_and_single_paths_agree_on_declined_clauses():
    ins = _inspector(low="abuse")
    texts = [t for _, t in COVERED] + [t for _, t, _ in BESIDE]
    single = [[(f.rule, f.start, f.end) for f in ins.check(t)] for t in texts]
    batch = [[(f.rule, f.start, f.end) for f in fs] for fs in ins.check_many(texts)]
    assert single == batch


def test_declined_clauses_are_checked_when_the_pack_loads():
    cats = {"abuse": {"message": "语义模型判断", "suggestion": "保持礼貌"}}
    with pytest.raises(PackError, match="declined_clauses"):
        ModelConfig.from_dict({"categories": cats, "declined_clauses": {"abuse": "(未闭合"}}, "测试")
    with pytest.raises(PackError, match="declined_clauses"):
        ModelConfig.from_dict({"categories": cats, "declined_clauses": {"unanswered": "抱歉"}}, "测试")
    cfg = ModelConfig.from_dict({"categories": cats, "declined_clauses": {"abuse": "抱歉"}}, "测试")
    assert cfg.declined_clauses == (("abuse", "抱歉"),)


def test_a_shop_cannot_set_declined_clauses(tmp_path):
    shop = tmp_path / "shop.yaml"
    shop.write_text("models: {declined_clauses: {abuse: 抱歉}}\n", encoding="utf-8")
    with pytest.raises(PackError, match="declined_clauses"):
        Inspector("jd", overrides=str(shop))
