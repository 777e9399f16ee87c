"""Message-rule kinds diagnosed on benchmarks/data/fresh7_messages.jsonl (issue 11, stop 26, helper t11h).

Every sentence here was written for this file: none is taken from the fresh7 set (or any other
frozen set or dev case; ``test_no_six_character_stretch_of_a_frozen_set`` checks it), and each kind
has several shapes.  The rules alone are checked (``models=False``): the semantic layer is another
helper's concern.  Each ``hit`` line must report its category; each ``clean`` line must not report it
(the hard negatives of the same kind).  On the rules before this round every ``hit`` line failed
except two anchors of known forms (您这脑子…, 私下…便宜), and four clean lines failed too (false hits
then: an additional or separate discount refused, another customer's data refused, the cheapest one
picked among options).
"""

import json
import pathlib

from message_kinds import kind_cases, kind_test
from zhijian import Inspector

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # curses by their chat initials (mmp = 妈卖批, wtf) and 我勒个去
    "curse_initials": ("jd", "uncivil", [
        "MMP，快递又把件退回来了",
        "wtf，后台又登不上去",
        "我勒个去，库存怎么又清零了",
    ], [
        "MMPA接口的转接头有现货",
        "这款腕表的表盘是墨绿色的",
    ]),
    # wits and schooling mocked, the customer called a troublemaker, dares and bans
    "mockery_and_threats": ("jd", "abuse", [
        "您这脑子不太够用吧，按钮就在侧面",
        "初中没毕业吗，这几个字都看不懂",
        "一看就是故意找茬的",
        "信不信我把您的订单全取消",
        "有种您就去举报试试",
        "您再打差评试试看",
        "再这么纠缠就把你拉黑",
    ], [
        "您的地址我们都有记录，只用于配送",
        "这本找茬游戏书适合小朋友",
        "有问题可以投诉，我们会认真对待",
        "不客气，哪里不明白再问我",
    ]),
    # the matter put outside the shop's service or beyond solving; told to come back in some days
    "outside_service_and_put_off": ("jd", "shirking", [
        "系统升级不在我们的服务范围",
        "鞋码偏小这个我们也没法解决",
        "这事我定不了，过几天再来问吧",
        "您等几天再来找我们问问",
    ], [
        "过两天补货了我们会主动通知您",
        "有任何问题欢迎再来咨询",
        "如果我这边没法解决，会转给专员跟进",
    ]),
    # the customer's report doubted: memory, purchase, their own doing, whether they read it, the obvious
    "report_doubted": ("jd", "questioning", [
        "您是不是看错订单了，我们没发过蓝色",
        "您确定是在我们家买的吗",
        "外壳开裂，会不会是您踩到了",
        "你付款前没看规格吗",
        "讲清楚了再来找客服",
        "这还用问？页面上都有",
        "别人用都没问题，就您的坏了",
    ], [
        "不好意思，是我看错了，已经改好",
        "会不会是运输途中压坏的？我马上申请补寄",
        "您没看到短信的话我再发一遍",
        "您确定要换成黑色吗？马上帮您改",
    ]),
    # impatience: say it all at once, the returning customer sighed at, a small question held against them
    "impatience": ("jd", "impolite", [
        "有什么要求请一次性说完",
        "怎么又是你，这回又怎么了",
        "充电线在盒子底层，这也要问",
        "别磨叽了，要哪个颜色",
    ], [
        "您有几个问题都可以发过来，我一起帮您看",
        "一次性付款可以享受分期免息",
    ]),
    # chat shorthand for WeChat / QQ, an order taken outside the platform, the shop's own public account
    "diversion_shorthand_and_off_order": ("jd", "diversion", [
        "方便的话V我，发您实拍",
        "加个Q，我发视频给您",
        "以后找我下单，不走平台",
        "这种大件可以线下发货",
        "关注本店公众号领新人券",
        "红书上有我们的测评",
    ], [
        "抱歉，本店不支持线下付款",
        "京东卡的问题可以关注京东卡助手公众号",
        "这台TV我们有三个尺寸",
        "红薯粉今天有货",
        "海关HS编码在报关单上",
    ]),
    # someone else's data: the customer's friend or colleague, the buyer before, a neighbour; dealer
    # price sheets, "don't pass it on", the purchase price by its verb
    "others_data_and_internal": ("jd", "privacy_leak", [
        "您朋友留的地址在西城区那边",
        "您同事的订单昨天已经签收了",
        "之前退货的那位是宝山区的，也反馈过",
        "楼上王阿姨也在我们家买了，她电话我这里有",
        "这份是我们给经销商的价格表，您看看",
        "这份资料别外传",
        "这批蜂蜜老板是按四十块一斤进的",
    ], [
        "您朋友的订单需要他本人来查询",
        "收货人可以填您朋友的名字",
        "其他顾客的信息我们不能透露，请您谅解",
        "小妹会持续跟进的",
        "具体参数您可以咨询供应商",
    ]),
    # promises without the usual certainty words: vouched after the outcome, a day with 就 / 一准,
    # years without a fault, a rate of the agent's own, the agent's word, exam results, out of pocket
    "promise_forms": ("jd", "arbitrary_promise", [
        "包裹后天就送到，错不了",
        "明晚六点前一准送达",
        "这款毛巾保准不会掉色",
        "这张餐椅坐二十年也不松",
        "下回来我给您打个八五折",
        "运费的事我说了算",
        "跟着课程练，两个月就能考过",
        "我自己掏钱再送您一个杯垫",
        "少的那双袜子肯定补给您",
    ], [
        "后天大概能送达，请留意物流",
        "正常使用的话五年都不会坏",
        "能不能给您打折要看活动",
        "补偿多少不是我说了算",
        "一般不会超过三天",
    ]),
    # an additional discount refused is no promise of one
    "private_discount_refused": ("jd", "arbitrary_promise", [
        "我私下给您再便宜二十",
    ], [
        "到手价就是这个，没有额外折扣了",
        "不好意思，不能单独给您优惠",
    ]),
    # effects claimed by implication: total, at once, cannot make you fat, equal to the original brand
    "effect_claims": ("jd", "false_advertising", [
        "这款去渍笔一擦污渍全没了",
        "用这个眼霜百分百去除细纹",
        "练了这套操，体能立马提升",
        "这款薯片怎么吃都不胖",
        "这款兼容滤芯不输原装",
        "这款喷剂当天见效",
    ], [
        "优惠券用一次就没了",
        "这边立刻帮您处理",
        "原装进口，包装有中文标签",
        "每袋热量八十千卡",
        "预算紧的话挑最便宜的那款就行",
    ]),
    # peers by an unnamed brand, other schools or live rooms, judged by what they are made of or a simile
    "peer_unnamed_and_simile": ("jd", "disparage_peer", [
        "某品牌的拖把跟纸糊的差不多",
        "别的机构就是照本宣科",
        "其他直播间那些低价的都是陈货",
        "隔壁家那种猫砂全是边角料",
        "X牌的刷头用几次就分叉",
    ], [
        "我们和其他机构的课程安排不一样，您可以对比一下",
        "那个品牌的型号我们这边不清楚",
        "砖头造型的蓝牙音箱很受欢迎",
    ]),
    # the platform worse and worse, a lottery, unfair to sellers, its cut, judging at random
    "platform_judged": ("jd", "disparage_platform", [
        "京东的售后规则越来越差",
        "平台的审核全凭运气",
        "商城定的规矩就是坑卖家",
        "平台抽成这么高，我们也难",
        "平台的申诉判决就是乱判",
    ], [
        "平台审核一般要一到两天",
        "活动规则以平台页面为准",
    ]),
    # a bad review pleaded away or a good one begged with the agent's pay at stake; 晒单 rewarded
    "review_plead_and_show": ("jd", "induce_review", [
        "求您了，差评能不能先别给",
        "您这差评一留，我季度奖金就没了",
        "晒单后联系我领五元红包",
        "好评拜托您了，不然要被扣工资",
    ], [
        "收到差评我们会认真改进",
        "评价按您的感受写就行",
    ]),
    # kinds of issue 11's list met beside the diagnosed ones, written from the seeds and the issue (not the set)
    "price_hold_and_free_order": ("jd", "arbitrary_promise", [
        "这款往后绝不降价",
        "运费算我的，这单免单给您",
    ], [
        "降价了可以在价保期内申请",
        "免单抽奖请看活动页",
    ]),
    "peer_category_and_intent": ("jd", "disparage_peer", [
        "国产那些小电扇转两天就散架",
        "那家就爱故意拖退款",
    ], [
        "国产的那些型号我们也有售，参数见详情",
    ]),
    "platform_tools": ("jd", "disparage_platform", [
        "京麦又崩了，单子同步不了",
    ], [
        "京麦后台可以查看结算明细",
    ]),
    "margin_and_lists": ("jd", "privacy_leak", [
        "这款毛利有三成",
        "客户通讯录我发您邮箱",
    ], [
        "利润这块不方便透露",
    ]),
    "not_earlier_and_really_did": ("jd", "questioning", [
        "发货前怎么不早说",
        "您真的看了安装视频吗",
    ], [
        "真的不好意思，是我疏忽了",
    ]),
    "store_and_nicknames": ("jd", "diversion", [
        "到实体店买能便宜点",
        "某音搜店名有直播",
        "夕夕上同款更贵",
    ], [
        "门店自提要带上取件码",
    ]),
    "endorsement_only_one_chemicals": ("jd", "false_advertising", [
        "这套工艺仅此一家",
        "专家推荐的护眼台灯",
        "零化学残留，放心给宝宝用",
    ], [
        "化学纤维面料不易皱",
    ]),
    "insult_set_phrases": ("jd", "abuse", [
        "你算哪根葱",
        "穷酸样就别挑了",
    ], [
        "葱姜蒜调料包单独装",
    ]),
    "do_not_come_to_me": ("jd", "shirking", [
        "赠品的事别找我",
    ], [
        "有事随时找我",
    ]),
}

CASES = kind_cases(KINDS)
test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text must not


def test_taobao_keeps_the_off_order_rule():
    """Taobao turns off common.diversion.add_friend (adding friends is its house rule), not trade off the order."""
    tb = Inspector("taobao", models=False)
    assert "diversion" in {f.category for f in tb.check("亲，以后找我下单，不用拍链接")}
    assert "diversion" in {f.category for f in tb.check("亲，红书上搜我们店名有笔记")}
    assert "diversion" not in {f.category for f in tb.check("亲，淘宝订单页就能申请售后哦")}


def test_every_pack_reads_the_kinds_alike():
    """The kinds live in the common and adlaw packs: generic reads them as jd does."""
    gen = Inspector("generic", models=False)
    assert "arbitrary_promise" in {f.category for f in gen.check("报这个班包过")}
    assert "questioning" in {f.category for f in gen.check("您是不是记错时间了")}
    assert "false_advertising" in {f.category for f in gen.check("这款面霜百分百去除色斑")}


def test_no_six_character_stretch_of_a_frozen_set():
    """No sentence of this file shares a six-character stretch with a message of a frozen set it could have been
    copied from: the sets written later (fresh9, fresh10, fresh12, fresh13, fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, fresh29, fresh30, fresh31, fresh32, fresh33, fresh34, fresh35, fresh36, fresh37, fresh38, fresh39, fresh40, fresh41, fresh42, fresh43, fresh44, fresh45, fresh46, fresh47, fresh48, fresh49, fresh50, fresh51, fresh52, fresh53, fresh54, fresh55: blind, after this file) share stock phrases by chance."""
    data = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "data"
    grams = set()
    for path in sorted(data.glob("*_messages.jsonl")):
        if path.name.startswith(("fresh9_", "fresh10_", "fresh12_", "fresh13_", "fresh14_", "fresh15_", "fresh16_", "fresh17_", "fresh18_", "fresh19_", "fresh20_", "fresh21_", "fresh22_", "fresh23_", "fresh24_", "fresh25_", "fresh26_", "fresh27_", "fresh28_", "fresh29_", "fresh30_", "fresh31_", "fresh32_", "fresh33_", "fresh34_", "fresh35_", "fresh36_", "fresh37_", "fresh38_", "fresh39_", "fresh40_", "fresh41_", "fresh42_", "fresh43_", "fresh44_", "fresh45_", "fresh46_", "fresh47_", "fresh48_", "fresh49_", "fresh50_", "fresh51_", "fresh52_", "fresh53_", "fresh54_", "fresh55_")):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                grams.update(text[i:i + 6] for i in range(len(text) - 5))
    shared = [(c[3], c[3][i:i + 6]) for c in CASES for i in range(len(c[3]) - 5) if c[3][i:i + 6] in grams]
    assert not shared, shared
