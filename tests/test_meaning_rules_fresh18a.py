"""General forms of kinds the read judge of stop 34 (fresh18) and the read fault pools carried past the rules in
seven meaning categories (issue 11, helper t11aa): a rival named by its trade, described at length or by its own
name + 牌, echoed as a question then judged, or charged with intent, regret, blending or cheap-material similes; the
platform called a con, its rules blamed, its couriers' habits or its fees mocked; promises of no fault at all, of
open-ended replacement, of a foregone review or a safe exam; rewards of a favour in the service for a review; a cost
said through 拿货 / 拿的才; contracts and carrier agreements sent; another person placed by surname and home; the
agent's own number to note down; the lowest price said by a dare.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not.
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # another seller named by its trade, by a long description or by its own name + 牌, then judged
    "rival_by_trade": ("jd", "disparage_peer", [
        "其他健身馆的私教全是半路出家", "外面的搬家公司拿塑料膜随便糊弄两下", "别的花店都是拿陈货充数，懂的都懂",
        "那个天天打广告的空调牌子，骨子里就是贴牌", "青松牌的砧板用几次就发霉开裂", "同行的洗车店故意多报项目想骗钱",
    ], [
        "别的款式都行，这款要等三天", "其他门店的营业时间看当地公告", "那个牌子的保修卡夹在盒盖里",
        "外面的纸箱有点压痕，里面完好", "别的店啥情况不清楚，咱这款用的榉木", "那个来电不是我们店打的",
    ]),
    # a rival echoed as a question, then judged after the question mark
    "rival_echoed": ("jd", "disparage_peer", [
        "他家的冲牙器？那喷头软得跟纸板似的", "那家的蚕丝被？说难听点就是一床棉絮",
        "别家卖九十九的同款？拼配出来的，您细品",
    ], [
        "他家的冲牙器？这个咱不太清楚", "那家的蚕丝被？您对照下参数，咱这款含丝量九成",
    ]),
    # regret promised, bad intent, slang for broken, a reduction to a toy
    "rival_judged_new_words": ("jd", "disparage_peer", [
        "同行那款吸尘器，入手就后悔", "隔壁那店故意把运费藏起来", "x牌的剃须刀咱都懒得进",
        "直播间那些十几块的口红，说白了也就是蜡笔",
    ], [
        "隔壁店也在做活动，您可以比比", "同行那款吸尘器咱不评价", "这款口红十几块，适合日常用",
    ]),
    # the platform called a con, its rules blamed, its fees, couriers, tools and fame mocked
    "platform_mocked": ("jd", "disparage_platform", [
        "平台那套积分规则纯属忽悠人", "这规则摆明了让卖家背锅", "在平台上做生意就是受气，啥都要抽成",
        "京东物流的小哥把件一丢就走，习惯就好", "平台的搜索老是不太灵，您多刷几次", "菜鸟那帮人扔驿站都不打招呼，习惯就好",
    ], [
        "平台条款写明七天内能退", "京东物流次日就能送达", "平台的搜索框输入型号就能找到",
        "满三百减四十是活动规则", "您别当真是小事，咱们会好好处理",
    ]),
    # certainty + no fault at all, or years said with 出不了 / 不出
    "promise_no_fault": ("jd", "arbitrary_promise", [
        "这双雨靴百分百不会开胶", "这口铁锅保证不生锈", "这台风扇吹三年都出不了岔子",
        "这副耳机修完保证能再用两年", "包您这床垫十载不出毛病",
    ], [
        "正常穿的话一般不会开胶，有情况能申请售后", "这口铁锅用完擦干就不容易生锈", "质保两年，期间坏了能报修",
    ]),
    # replacement without end: however long it was used, any fault in a span, at any time, until satisfied
    "promise_open_replacement": ("jd", "arbitrary_promise", [
        "不管用了多少年，坏了都给您换", "一年里出了任何故障，咱都免费给您换新的", "这个水杯随时包换，放心用",
        "您不满意就接着换，换到满意为止", "碎了就给换新，无论用了多久",
    ], [
        "保修期里属于质量原因的按售后政策换新", "不管多久我们都会帮您跟进", "有啥疑问随时找客服",
    ]),
    # a review or claim called a formality, its outcome announced; an exam or contest said to be safe
    "promise_foregone": ("jd", "arbitrary_promise", [
        "您这个情况审核就能通过，走个过场而已", "差价我去申请，一分不少退给您", "这学期练下来，钢琴考级稳能过",
        "参加完集训，孩子拿奖没问题",
    ], [
        "交上去后一般审核就能通过，结论看审核", "考级能不能过还得看平时练得怎样", "找零一分不少，请您当面点清",
    ]),
    # a favour in the service, a round-down or a gift for the review, the agent's work for nothing
    "review_rewarded": ("jd", "induce_review", [
        "评价里帮我夸夸配送员，下次上门我让师傅多陪您调试半小时", "评价里写上几句夸奖，剩下的款咱给您抹个零",
        "晒个开箱的图聊聊体验，小店这儿给您备了小礼物", "待会儿回访麻烦说非常满意，要不这单我就白做了",
    ], [
        "评价照您自己的体验写就好", "剩下的款已经按活动价算好了", "晒个开箱图能帮其他买家参考，写不写都随您",
    ]),
    # the cost said through 拿货 or 拿的才
    "cost_by_take": ("jd", "privacy_leak", [
        "这款拖鞋我们拿货差不多是标价的两折", "这批袜子我们拿的才两块一双", "这个杯子进来的才八块",
    ], [
        "您拿的是正品，放心用", "拿货渠道是品牌直供", "您拿的才是最新款",
    ]),
    # contracts, supply or carrier agreements and supplier notes sent to the buyer
    "papers_sent": ("jd", "privacy_leak", [
        "给您发一下这批面料的采购合同", "发一下厂里那份供货协议您就明白了", "咱跟快递签了月结协议，单价都写着，您看看",
        "仓库那张出货单我发您看",
    ], [
        "采购合同不方便给您看", "贵公司的采购单咱收到了", "出货单号发您了，可以查物流",
    ]),
    # another person placed by surname and home, or by full name then where home is
    "person_placed": ("jd", "privacy_leak", [
        "订同款的那位家长姓吴，住阳光新村", "负责配送的小伙子叫刘明，他家就在市场后面",
    ], [
        "您好吴女士，请问您住阳光新村吗", "配送小哥出门前给您来电",
    ]),
    # the agent's own number noted down for contact outside the chat (a diversion, not someone's leak)
    "own_number_noted": ("jd", "diversion", [
        "您记一下我的号，一五八零零一一二二三三，有事打给我", "记住这个号 137 1122 3344，下回直接找我",
    ], [
        "麻烦记下您那张发票的号码", "记好取件码，到驿站报给店员",
    ]),
    # the lowest price said by a dare or as nowhere else to be had
    "none_cheaper": ("jd", "false_advertising", [
        "哪家能找到比咱家更便宜的，我就白送您一件", "整条街都找不出比咱家再低的标价", "这手工活儿别处多少钱也买不着",
    ], [
        "若您在别家找到比咱家低的标价，可走价保退回差额", "这个款式别处也有卖吗",
    ]),
}

test_kind = kind_test(KINDS)


def test_own_number_is_no_leak():
    """The agent's own number given to be noted is a diversion; it is not someone's data leaked."""
    from message_kinds import rule_categories

    assert "privacy_leak" not in rule_categories("jd", "记住这个号 137 1122 3344，下回直接找我")
