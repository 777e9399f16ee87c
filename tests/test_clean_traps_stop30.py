"""Rule false flags on clean agent lines that name a channel, a Latin abbreviation or an ordinary word (issue 11,
stop 30, helper t11s), fixed by cause; and the one clause-context filter behind refusal and declined disclosure.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each cause has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not (the hard negatives).
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # 1. a channel named under a negated causative chain (不会…让您…加X), a warning about others, or 不通过X办理
    "chain_refused": ("jd", "diversion", [
        "加我微信，回头发您优惠码",
        "您加一下我QQ，图片那边传得快",
        "有问题直接找我微信就行",
        "转到我支付宝更便宜",
        "不会操作的话我加您微信远程教您",
        "您要是嫌麻烦，让您家人加我微信也行",
    ], [
        "本店从来不会因为退款要求您添加私人微信",
        "我们绝不会借口核实身份让您转到支付宝付款",
        "客服不会要求你加QQ好友来处理售后",
        "退换货本店不通过个人QQ受理，订单页里点申请就好",
        "凡是冒充店员让您加微信办理退款的，一律是骗子",
        "如有人自称本店员工私信您加QQ领奖，谨防上当",
        "陌生号码要加你微信退运费的都是假冒",
    ]),
    "chain_refused_generic": ("generic", "diversion", [
        "资料多的话您添加下我微信",
    ], [
        "营业厅不通过个人QQ办理任何业务",
        "有人以工作人员名义要加您微信的都是诈骗，请勿相信",
    ]),
    # 3a. tm read once: the curse where an adverb or a predicate stands around it, Tmall where one shops
    "tm_curse_not_platform": ("jd", "diversion", [
        "去TM搜一下同款有券",
        "TM旗舰店今天满减力度大",
        "在TM上下单也能开票",
    ], [
        "这快递真tm慢死了",
        "TM后台又抽风了，您稍等",
        "物流tm太离谱了",
        "这tm什么破打印机",
    ]),
    "tm_curse_kept": ("jd", "uncivil", [
        "这快递真tm慢死了",
        "TM后台又抽风了，您稍等",
        "物流tm太离谱了",
    ], [
        "去TM搜一下同款有券",
        "TM旗舰店今天满减力度大",
    ]),
    # 3b. Latin initials inside an ID token (letters joined by _ to letters or digits) are the ID, not an initial
    "initials_in_id": ("jd", "abuse", [
        "你是不是cs啊，这都不懂",
        "sb吧你",
    ], [
        "您的会员账号是cs_2047，已经绑定好了",
        "工单号sb_77031已经提交",
        "登录名zx_cs改过之后就能用",
    ]),
    # 4a. 垃圾 as the waste a container holds, or emptied from it
    "waste_in_container": ("jd", "uncivil", [
        "这吸尘器真垃圾",
        "你们仓库发货太垃圾了",
    ], [
        "尘杯里的垃圾快满了就倒",
        "用完记得把集尘袋里的垃圾清空",
        "垃圾倒掉以后把滤网冲洗晾干",
        "机器会把吸进去的垃圾压进尘杯",
    ]),
    # 4b. a robot sold as a product, shipped by the platform's delivery, is no blame on the platform
    "robot_product": ("jd", "disparage_platform", [
        "京东那帮客服全是机器人，一点用没有",
        "平台那边就是个摆设",
    ], [
        "擦窗机器人统一走京东配送",
        "您买的这台机器人由京东快递送",
        "割草机器人我们走京东快递，包装加固过",
    ]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text must not


def test_one_filter_two_configs():
    # refusal and declined disclosure are configs of one filter, compiled on RE2 from the pack's word lists
    from zhijian.engine.clause_context import SHAPES, ClauseFilter, compile_filter
    from zhijian.engine.safe_regex import Re2Pattern

    lists = {"declined_negations": ["不能"], "declined_helpers": [], "declined_verbs": ["透露"],
             "declined_words": ["不对外"], "declined_turns": ["偷偷"], "declined_weak_turns": ["不过"],
             "declined_disclosures": ["大概", "是九"]}
    flt = compile_filter("declined", lambda name: lists[name])
    assert isinstance(flt, ClauseFilter) and {"refusal", "declined"} <= set(SHAPES)
    assert all(isinstance(p, Re2Pattern) for p in (flt.before, flt.after, flt.counter))
    text = "进价，不能透露"
    assert flt.drops(text, 0, 2)  # the decline in the next clause
    assert not flt.drops("进价不能透露，不过是九十", 0, 2)  # a turn to disclosing after all
    assert not flt.drops("进价不能透露，不过大概一半", 0, 2)  # (the weak turn leads to the disclosure)
    assert not flt.drops("进价不能透露，偷偷说一半", 0, 2)  # (a strong turn alone)
    assert flt.drops("进价不能透露，不过下单有券", 0, 2)  # a weak turn to something else: still declined
    assert not flt.drops("进价。不能透露", 0, 2)  # a sentence ends with the hit's clause


def test_chain_needs_its_causative():
    # a firm negation alone, far from the channel, is no refused chain; the agent's own 我 stops the chain
    from zhijian.engine.clause_context import compile_filter

    lists = {"refusal_negations": [], "refusal_helpers": [], "refusal_verbs": [], "refusal_results": [],
             "refusal_words": [], "refusal_pointers": ["加"], "refusal_references": [],
             "refusal_openers": ["不会"], "refusal_causatives": ["让您"], "refusal_warnings": [], "refusal_answers": []}
    flt = compile_filter("refusal", lambda name: lists[name])
    text = "不会让您添加微信"
    assert flt.drops(text, text.index("微信"), len(text))
    text = "不会的话我让您添加微信"
    assert not flt.drops(text, text.index("微信"), len(text))
    text = "不会太久添加微信"
    assert not flt.drops(text, text.index("微信"), len(text))
