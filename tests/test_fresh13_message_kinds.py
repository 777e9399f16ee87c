"""Message-rule kinds diagnosed on benchmarks/data/fresh13_messages.jsonl and fresh13_hard_messages.jsonl (issue 11, helper t11p).

Every sentence here was written for this file: none is taken from the fresh13 sets (or any other frozen set or
dev case; no six-character stretch of a benchmark line), and each kind has several shapes.  The rules alone are
checked (``models=False``) unless a test says otherwise.  Each ``hit`` line must report its category; each
``clean`` line must not report it (the hard negatives of the same kind).
"""

import pytest

from message_kinds import case_ids, kind_cases, rule_categories

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # another platform or payment way named in a clause that refuses it, or says it cannot be seen from here, sends
    # nobody anywhere; sending the customer there, or praising the price there, stays diversion (zhijian/engine/clause_context.py)
    "platform_refused": ("jd", "diversion", [
        "改价做不到，要不您到拼多多拍",
        "淘宝那家便宜二十，咱这查不到也无妨",
        "不支持改价去淘宝买吧",
        "拼多多上更便宜我们查不到",
        "天猫那边搜店名就有，咱们查不到",
    ], [
        "抱歉，本店结算不接受支付宝，麻烦用京东支付",
        "淘宝那头的订单咱们查看不了，以本页为准",
        "天猫的优惠券我们核对不了，请在本店领券",
        "我们没有入驻拼多多，只有这一家店",
        "唯品会的单子没办法转到咱店里",
        "支付宝此刻付不了，换张储蓄卡试试",
    ]),
    "platform_refused_taobao": ("taobao", "diversion", ["亲，京东上那款便宜，咱查不了哦"],
                                ["亲，京东那头标多少钱咱们看不到哦", "亲，我们没在京东开店，只有淘宝这家"]),
    "other_app_refused": ("jd", "diversion", ["那个软件里搜一搜咱店名，同款都有"],
                          ["抱歉，订单没法改去别的平台，价格里已含安装"]),
    # platforms and brands by nickname: JD's red dog, Tmall's cat and its supermarket, PDD's 多多, Xianyu's fish,
    # Taobao's peach; a brand masked as 某 + one character
    "platform_nickname": ("jd", "diversion", [
        "您去猫超搜一下品牌名，那边有组合装",
        "多多家那边要低三块钱，可以去那拍",
        "某鱼上搜我名字，二手的也有",
        "🍑宝店里还有库存，店名一搜就到",
        "旧款都挂在小黄鱼上出，搜店名",
    ], ["养猫家庭必备的除毛滚筒", "冰鲜小黄鱼上新了，明天到货", "这款猫家具是实木的"]),
    "platform_nickname_disparaged": ("jd", "disparage_platform", [
        "红狗家的物流越来越慢吞吞的",
        "退货审核慢，东哥家老毛病",
        "东子家配送这阵子越来越敷衍",
    ], ["东哥家配送通常隔天就到"]),
    "own_platform_nickname_taobao": ("taobao", "disparage_platform", ["亲，猫家的规则真是越来越坑"], []),
    "masked_brand": ("jd", "disparage_peer", [
        "某力家的电饭锅涂层都是劣质货",
        "某兰的奶粉配方参数虚标不少",
        "某米的台灯吹得神乎其神，其实频闪",
    ], ["某天的快递一般下午到", "某位顾客说尺码偏小", "某种情况下会有色差，以实物为准"]),
    "peer_forms": ("jd", "disparage_peer", [
        "对面那家的眼镜都是乱配的",
        "他们家把续航虚标了一倍",
        "其他品牌的电动车刹车都不行",
    ], ["和对面那家相比，我们多送一年保修"]),
    # questioning: the page said not read, the report called unbelievable, the late report blamed
    "questioning_forms": ("jd", "questioning", [
        "规格图里都标着，您都不带看一下",
        "教程早推送了，到底没看还是看漏了",
        "每台都试过机，这种说法您自己信么",
        "没有拆包录像的一律不认",
        "电池用了大半年才说不耐用，当时怎么一声不响",
    ], ["麻烦您瞧一眼图里的规格，我帮您对照", "东西有毛病随时讲，没录像也能先拍照片"]),
    # impolite: take it or leave it over any verb, a sarcastic "happy now", told to stop asking, too lazy to type
    "impolite_forms": ("jd", "impolite", [
        "师傅就这个点上门，爱等不等吧",
        "好吧好吧，都怪我们，这下满意了吧",
        "别老问我了，物流我也管不了",
        "这事儿您都问五遍了",
        "懒得一条条回了，答案都在详情里",
        "我这儿几十号人呢要回，挑重点",
    ], ["您满意的话我们就按这个方案办", "不着急，您想到什么随时问我"]),
    # shirking: go search yourself, not this desk's business, ask later, make do with it
    "shirking_forms": ("jd", "shirking", [
        "教程百度一搜全是，自己琢磨下",
        "配送的事不归教务管",
        "等大促结束再来问吧，此刻催也没用",
        "这种小毛病修不好的，您就凑合着用吧",
        "进度的事您去找小二吧",
        "配送慢跟我们前台关系不大",
    ], ["教程我这就发给您，有不懂的随时问", "大促结束后我们会主动通知您开票"]),
    # arbitrary_promise: made up later, the agent's own compensation, a holiday arrival vouched for, a late arrival
    # "on me", a personal refund
    "promise_forms": ("jd", "arbitrary_promise", [
        "这回的差价我记着，下回活动直接给您补回",
        "灯装不好我就赔您一套新的",
        "零件要是配不上，我们直接赔给您",
        "现在拍，端午前准能吃上",
        "傍晚五点前准到，迟半小时算我的",
        "鞋子孩子穿着挤脚的话我个人给您退",
        "换了新主板，三年之内不会再出一点故障",
        "理赔的事就由我给您做主",
    ], ["差价可以按价保规则申请，以审核结果为准", "预计端午前能到手，时效看物流",
        "安装有问题的话按售后政策给您处理"]),
    # false_advertising: a treatment beaten, the ceiling of the class, never failing
    "claim_forms": ("jd", "false_advertising", [
        "这瓶精华抹一个月，比做激光还管用",
        "泡脚包泡一周，顶得上做一回理疗",
        "这副耳机的音质没有之一，就是天花板",
        "这口锅永远不会生锈",
    ], ["这款是日常护理用的，替代不了吃药", "这款吸顶灯贴着天花板装"]),
    # induce_review: a low rating tied to a harder service, a rating held back, the stars filled in
    "review_forms": ("jd", "induce_review", [
        "要是星给少了，后面的保修登记就不太好办了",
        "有啥不满先跟我讲，别打中差评",
        "您先别评，等我处理完",
        "用着好的话记得把星打满",
    ], ["评价就照您自己的体验写"]),
    # privacy_leak: the real stock or the operations behind the page, a supplier's quote shown
    "privacy_forms": ("jd", "privacy_leak", [
        "页面写着快抢光了，其实后台库存还有一千多",
        "那个倒计时是运营手动设的",
        "厂家报价单我拍给您看一下",
    ], ["实际库存以下单页面为准", "仓里还剩多少不便告知，以页面为准"]),
    "ridicule_forms": ("jd", "abuse", [
        "盒子里有说明书，您脑子是不是坏了",
        "拆个包装都能拆坏，您也是没谁了",
        "教了三遍还不会，七秒记忆吧",
    ], ["我这脑子，把您的门牌号抄错了"]),
    "channel_forms": ("jd", "diversion", ["加下v：tea_shop99，到货通知您", "有空加一下我绿色泡泡",
                                          "我个人手机号：139 8888 0000，直接打"],
                      ["这件绿色泡泡袖上衣有现货"]),
}

CASES = kind_cases(KINDS)


@pytest.mark.parametrize("kind,pack,category,text,hit", CASES, ids=case_ids(CASES))
def test_fresh13_message_kind(kind, pack, category, text, hit):
    found = rule_categories(pack, text)
    if hit:
        assert category in found, f"{kind}: {text!r} -> {sorted(found)}"
    else:
        assert category not in found, f"{kind}: {text!r} -> {sorted(found)}"


def test_refusal_clause():
    from zhijian.engine.clause_context import compile_filter, scope

    lists = {"refusal_negations": ["不能", "无法", "没法"], "refusal_helpers": ["帮您"], "refusal_verbs": ["转到", "查"],
             "refusal_results": ["不到"], "refusal_words": ["用不了"], "refusal_pointers": ["去", "下单", "便宜"],
             "refusal_references": [], "refusal_openers": [], "refusal_causatives": [], "refusal_warnings": [],
             "refusal_answers": []}
    flt = compile_filter("refusal", lambda name: lists[name])
    text = "没法帮您转到别家下单，去那里瞧"
    s = text.index("别家")
    assert scope(text, s, s + 2) == (0, text.index("，"))
    assert flt.drops(text, s, s + 2)  # the order there is what is refused
    text = "别家便宜，这边查不到"
    assert not flt.drops(text, 0, 2)  # praised in its own clause
    text = "别家便宜我们查不到"
    assert not flt.drops(text, 0, 2)  # a pointer before the refusal counts
    lists.update(refusal_verbs=["改价"], refusal_results=[], refusal_words=[], refusal_pointers=["去", "下单"])
    text = "不能改价去别家下单"
    s = text.index("别家")
    assert not compile_filter("refusal", lambda name: lists[name]).drops(text, s, s + 2)  # 去 between refusal and platform


def _model_inspector():
    from zhijian import Inspector

    return Inspector("jd", models=True)


@pytest.mark.parametrize("text", ["您讲的那位邻居在我们这下过单，他的地址我不能告诉您",
                                  "您问的那个同事，他的电话号码不便透露"])
def test_model_yields_to_declined_disclosure(text):
    # a refusal to disclose is no leak: the model's privacy_leak yields in such a message (pack models.declined)
    got = {f.category for f in _model_inspector().check(text) if f.source == "model"}
    assert "privacy_leak" not in got, sorted(got)


def test_declined_config_validated():
    from zhijian.engine.model_config import ModelConfig
    from zhijian.engine.rules import PackError

    base = {"categories": {"privacy_leak": {"message": "语义", "suggestion": "建议"}}}
    cfg = ModelConfig.from_dict({**base, "declined": {"privacy_leak": "不能透露"}}, "x")
    assert dict(cfg.declined) == {"privacy_leak": "不能透露"}
    with pytest.raises(PackError):
        ModelConfig.from_dict({**base, "declined": {"no_such_category": "x"}}, "x")
    with pytest.raises(PackError):
        ModelConfig.from_dict({**base, "declined": {"privacy_leak": "(unclosed"}}, "x")
