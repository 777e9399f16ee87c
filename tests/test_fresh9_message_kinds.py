"""Message-rule kinds diagnosed on benchmarks/data/fresh9_messages.jsonl (issue 11, stop 26, helper t11j).

Every sentence here was written for this file: none is taken from the fresh9 set (or any other
frozen set or dev case; no six-character stretch of a fresh9 line), and each kind has several
shapes.  The rules alone are checked (``models=False``): the semantic layer is another helper's
concern.  Each ``hit`` line must report its category; each ``clean`` line must not report it (the
hard negatives of the same kind).  On the rules before this round every ``hit`` line failed, and
the clean lines of refused_channel, refused_discount, waste_and_counts, count_not_ranking and
idiom_not_dont_know failed too (false hits).
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # a channel or a discount refused in other words than 不加 / 不提供 sends nobody anywhere, promises nothing
    "refused_channel": ("jd", "diversion", [], [
        "抱歉，店铺规定不允许加微信，售后都在这个窗口办",
        "师傅的私人号不方便给您，我来帮您约时间",
        "本店不支持QQ联系，图片直接发这里就行",
    ]),
    "refused_discount": ("jd", "arbitrary_promise", [], [
        "这款已经是活动价了，暂无额外优惠，请您谅解",
        "不能私下便宜的哈，价格以页面为准",
    ]),
    # waste to haul away, a count with 第一百: neither a curse nor a ranking
    "waste_and_counts": ("generic", "uncivil", [], [
        "搬家后的建筑垃圾我们也可以帮您清运",
        "大件垃圾清运需要另外预约",
    ]),
    "count_not_ranking": ("taobao", "false_advertising", [], [
        "亲，您是本店今年第一千位买家，谢谢支持～",
    ]),
    # a bare "seen", a bare shrug
    "bare_seen": ("jd", "cold_reply", ["看见了", "看过了。", "随便"], [
        "看到了，您发的照片里包装确实破了，我马上登记",
        "随便哪个颜色都有现货，您看喜欢哪个",
    ]),
    # curses in a set phrase of chat
    "set_phrase_curse": ("taobao", "uncivil", ["亲，今天真是日了狗，快递又丢件了", "我日，系统又把订单锁了"], [
        "亲，日历款的台灯明天到货哦",
    ]),
    # threats without swear words: exposure online, the shop's power held over the customer
    "exposure_threat": ("generic", "abuse", [
        "要再投诉，就把您的照片贴在网上让网友评评",
        "我们有的是办法对付您",
        "再这样我就网上曝光你",
    ], [
        "活动海报已经发到网上了，大家都能看到",
        "我们有的是办法帮您把污渍去掉",
    ]),
    # the customer's purse or wits mocked by a figure
    "figure_mockery": ("jd", "abuse", [
        "您脑子不怎么好使吧，插头都能插反",
        "钱包比脸还干净，还挑什么挑",
    ], [
        "我这脑子不大好使，刚才把型号记错了，抱歉",
        "屏幕擦得比镜子还干净",
    ]),
    # the customer sent to settle it with a third party on their own; "none of our team's business"; a blanket refusal
    "settle_it_yourself": ("jd", "shirking", [
        "您自己去跟物业沟通吧，我们管不到",
        "这个跟厂家自己谈吧",
        "退货运费跟我们仓库没关系",
        "拆封后出的问题一概不管",
        "这个我们不给处理，您爱找谁就找谁",
    ], [
        "这边帮您跟物流沟通一下，有结果告诉您",
        "如果您想自己跟快递联系也可以，我这边同步跟进",
        "颜色选错了没关系，七天内可以换",
    ]),
    # doubting the customer's report; a failure to look first held against them
    "doubt_report": ("jd", "questioning", [
        "您真的没摔过吗？这种外壳很结实的",
        "该不会是您自己调错档位了吧",
        "下单前就没看一眼尺码表？",
        "型号都不说，要不然我怎么帮您找",
        "先把尺寸量好了再来问吧",
    ], [
        "您真的没收到的话，这边立刻给您补发",
        "您说的情况我记下了，马上帮您核实",
        "这单已经出库，就不能先退款了，等您收到拒收就行",
        "您准备好订单号的话，我帮您查得更快",
    ]),
    # impatience at questions and the queue
    "impatience": ("jd", "impolite", [
        "您问题怎么这么多，详情页都写着",
        "后头一堆人排队，您快点选",
        "随您怎么想吧，规定就是这样",
    ], [
        "您的问题我都记下了，一个一个给您解答",
        "这会儿咨询量大，回复慢了请您见谅",
        "现在好多人排队咨询，请您稍等一下",
        "我研究半天终于找到原因了，是滤芯装反了",
    ]),
    # the shop's own physical store or another app offered as the cheaper place to buy; more groups; a nickname
    "store_app_group": ("jd", "diversion", [
        "我们实体店就在火车站旁边，来店里买能再便宜点",
        "那个App上搜我们品牌，价格更划算",
        "加一下咱们的会员群，群里天天有秒杀",
        "小红薯上搜店名，那边有教程",
    ], [
        "附近的授权门店可以帮您免费清洗保养",
        "我们没有实体店，都是线上发货",
        "在京东App首页搜店铺名就能找到我们",
    ]),
    "taobao_red_app": ("taobao", "diversion", ["亲，红色那个App里也有我们家的店"], [
        "亲，这款红色的很显白哦",
    ]),
    # someone else's data: a buyer placed by what they bought or their home; a member table sent out; factory prices
    "others_data": ("jd", "privacy_leak", [
        "楼上也有人买了同款，住您那栋三楼，门牌号可以发您",
        "有位叫小刘的买家也问过，他电话我这里有",
        "会员资料我整理好了发给您，您挨个打电话问",
        "这台机器的供货价才一千二",
    ], [
        "买了同款的顾客反馈都不错，您可以看看评价区",
        "您家的门牌号我核对过了，和订单上一致",
        "这位先生，麻烦核对一下您的收货地址",
        "快递员他电话是多少我帮您查一下",
        "供货紧张，预计下周补货",
    ]),
    # promises without certainty words: an extra gift privately, a price's future, an exchange with no limit,
    # the agent's honour, many-fold compensation, a day of receipt without a hedge
    "promise_kinds": ("jd", "arbitrary_promise", [
        "下单后我额外寄您一包替换芯，别声张",
        "这价格后面只会涨，现在买最划算",
        "出了毛病随时拿来换，多久都行",
        "我拿人格保证，用三年没毛病",
        "要是少一个赔您三个",
        "现在拍，明早您就能收到",
        "后面便宜了差价都补给您",
    ], [
        "赠品以活动页为准，下单自动附赠",
        "降价的话可以在价保期内申请价格保护",
        "预计明天就能收到，以物流显示为准",
        "少发的话拍照给我们，按售后政策补发",
    ]),
    # a review changed or scored on request; a reward named farther off than the reward rule reaches
    "review_kinds": ("jd", "induce_review", [
        "麻烦把评价改掉，我补您运费",
        "差评改为满意行不行",
        "评价里写够五十字配上三张照片，截图私聊我领取一个杯垫",
        "收到记得给五颗星呀",
    ], [
        "评价按实际体验写就好，我们不会因为评价送任何东西",
        "您对这次服务还满意吗？欢迎评价",
    ]),
    # health claims for ordinary goods, forever claims, the only shop that passes
    "health_forever_only": ("jd", "false_advertising", [
        "这款茶喝上两个月，血压就能降下来",
        "皮肤病泡几次澡就好了",
        "这款杀虫灯能把蚊子全部消灭",
        "买过的人没有一个投诉过",
        "这款锅用多久都不会粘",
        "只有我们店是检测合格的，别处都不保证",
    ], [
        "血压高的话建议先咨询医生",
        "这款锅的涂层正常使用三到五年",
        "只有我们店有这个颜色吗？我帮您问问",
        "年底积分就清零了，记得及时用",
        "这个除菌率是99%，不能杀灭所有细菌",
        "只有我们是品牌授权的正品店",
    ]),
    # peers by what they sell or by a defect by implication
    "peer_by_implication": ("jd", "disparage_peer", [
        "有些卖十几块的店，那种水杯用两次就漏",
        "别的店那种几块钱的都是回收料做的",
        "几个白牌充电器，用不了多久就坏了",
        "街上那些修表的，修完没一个月就又停",
    ], [
        "别家的情况我不太清楚，说说我们这款吧",
        "有些卖家发货会慢一点，我们是当天发",
    ]),
    # the platform's rules and staff run down by what they do
    "platform_by_conduct": ("jd", "disparage_platform", [
        "平台三天两头乱改规则，卖家也很无奈",
        "平台那些客服只会复制粘贴话术",
        "这平台审核死板得很，卡着不给过",
        "平台上那帮审核员就知道瞎判",
    ], [
        "平台一般一天内审核完，请您耐心等待",
        "平台的规则更新后，退货时效改成了十五天",
    ]),
    # the idiom "whoever uses it knows" is no "I don't know"
    "idiom_not_dont_know": ("jd", "shirking", [], ["这款静音效果谁用谁知道，好评很多"]),
    # a bare 小宝贝 addresses the customer on JD
    "jd_little_baby": ("jd", "forbidden_address", ["小宝贝，这款有三种颜色哦"], ["家里有小宝贝的话选圆角款"]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text must not
