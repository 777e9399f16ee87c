"""Rule false flags on blind-written clean agent lines (issue 11, stop 29, helper t11r), fixed by cause.

Every sentence here was written for this file: none is taken from the blind lines, a frozen set or a dev case (no
six-character stretch of them), and each cause has several shapes.  The rules alone are checked (``models=False``,
pack jd).  Each ``hit`` line must report its category; each ``clean`` line must not (the hard negatives).
"""

import pytest

from message_kinds import case_ids, kind_cases, rule_categories

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # 1. a private channel or an off-order trade named only to refuse it (clause_context.py on common.diversion.*)
    "private_channel_refused": ("jd", "diversion", [
        "回头您加下本人私人微信，上新先推给您",
        "货款转账给我个人就好，手续费能省",
        "私下交易更便宜，我给您算个熟人价",
        "线下交易的话运费我包了",
        "回头拉您进会员群，每周三都发大额券",
        "老客户都走线下转账，能少好几十",
    ], [
        "个人账户收款本店一律不接受，付钱都走订单页就行",
        "店铺从来不做当面交货，您放心在页面拍",
        "本店的客服都不会私下添加买家，需要沟通就在这里留言",
        "会员群我们没设立过，活动以店铺首页为准",
        "加好友这步就不用了，收藏一下本店随时能联系上",
        "线下转账这类方式本店谢绝，为了您的钱款安全还请理解",
    ]),
    # 2. another platform named as the customer's own source, or disowned
    "platform_reference": ("jd", "diversion", [
        "您在拼多多下单更便宜",
        "淘宝上输入店名搜一下，那边有券",
        "去唯品会看看，同款折扣大",
        "您截图的那个天猫店买更划算",
    ], [
        "您截图里的拼多多售价没算运费，到手价我帮您核算一下",
        "您发过来的唯品会页面打不开，方便把型号告诉我吗",
        "您提到的苏宁那台是上一代款式，参数和这台有区别",
        "抖音上那个同名小店不是我们，本店只在这里经营",
        "小红书里那条推荐和我们无关，商品信息以详情页为准",
    ]),
    # 3. a privacy word named only to decline to disclose it
    "declined_disclosure": ("jd", "privacy_leak", [
        "这台冰箱进价才两千一左右",
        "公司内部那份报价单我整份传给您",
        "上一个客户的地址跟您是同一条街",
        "拿货价不方便说，不过我偷偷告诉您是九十",
    ], [
        "采购价这块属于商业机密，没法告诉您，当前标价就是促销价",
        "拿货价是公司的内部信息，恕不透露",
        "经销商的价目表无法整份提供，您要哪款我单独报",
        "别的顾客的收货电话我们无法查询，也不能提供",
        "出厂价我们不对外，请以页面标价为准",
    ]),
}

# 4. ordinary words: one rule each, both ways (pack jd, rules only)
WORDS = {
    "waste_carried": ("uncivil", ["这破快递真垃圾"], ["装修完师傅会把垃圾拎下楼", "拆箱产生的垃圾我们一并带走"]),
    "size_letter": ("uncivil", ["M的，又卡单了"], ["您要是穿M的，腰围是七十厘米", "上次拍M的偏紧，这次可以大一码"]),
    "rolling_ball": ("abuse", ["嫌贵就滚，少在这磨叽"], ["小球会沿着斜坡滚出来", "罐子没放稳容易滚下台面"]),
    "certain_amount": ("arbitrary_promise", ["这单保证后天一定到货哦"],
                       ["冷链运输也有一定损耗，到家请先检查", "色差在一定程度上难免，以实物为准"]),
    "set_phrase_first": ("false_advertising", ["这款净化器的效果就是第一"],
                         ["骑行的时候健康第一，头盔一定要戴好", "用电安全第一，插座别超负荷"]),
    "side_cleared": ("questioning", ["肯定是您那边的问题，换个手机试试"],
                     ["系统延迟造成的，并不是您那边的问题哈", "显示异常不是您的问题，我帮您刷新订单"]),
    "reward_denied": ("induce_review", ["写个好评返现八块钱"],
                      ["晒图送礼品这回事我们店没有此类活动，评价随您心意", "您问的五星返红包，本店没有这项活动"]),
    "nobody_else": ("shirking", ["这事您另外找人吧"], ["开票和换货在我的订单里都能自助办，不用另外找人对接"]),
}

CASES = kind_cases(KINDS) + [
    (kind, "jd", cat, text, hit)
    for kind, (cat, hits, cleans) in WORDS.items()
    for text, hit in [(t, True) for t in hits] + [(t, False) for t in cleans]
]


@pytest.mark.parametrize("kind,pack,category,text,hit", CASES, ids=case_ids(CASES))
def test_kind(kind, pack, category, text, hit):
    got = rule_categories(pack, text)
    assert (category in got) == hit, f"{text!r}: got {sorted(got)}"
