"""Message-rule kinds diagnosed on benchmarks/data/fresh8_messages.jsonl (issue 11, stop 25, helper t11g).

Every sentence here was written for this file: none is taken from the fresh8 set (or any other
frozen set or dev case), and each kind has several shapes.  The rules alone are checked
(``models=False``): the semantic layer is another helper's concern.  Each ``hit`` line must report
its category; each ``clean`` line must not report it (the hard negatives of the same kind).
On the rules before this round every ``hit`` line failed except four anchors of known forms (加我微信私聊,
私下联系我, 打个满分, 内部价是…), and the clean lines of contact_refused, group_or_private_settlement
and inside_price_offered failed too (false hits then).
"""

from message_kinds import kind_test
from zhijian import Inspector

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # a private channel named only to refuse it is not diversion
    "contact_refused": ("jd", "diversion", [
        "加我微信私聊，价格好商量",
        "有事私下联系我，比咚咚快",
    ], [
        "抱歉哈，客服这边不加个人微信，有问题在这里说就行",
        "店铺没有个人号，也没有QQ群，售后都走官方渠道",
        "我们不会通过QQ联系您退款，请谨防诈骗",
    ]),
    # a group, a code in the profile, a private settlement: diversion without an app's name
    "group_or_private_settlement": ("jd", "diversion", [
        "扫我头像进粉丝群，群里每周有福利",
        "拉您进我们的会员福利群，上新先通知",
        "退款别走平台了，私下找我处理更快",
        "在绿色那个app上搜这个号就能找到我",
    ], [
        "为了您的资金安全，请不要私下转账",
        "活动信息会在店铺首页公告里更新",
    ]),
    # the platform by a nickname, its storefront, or its rules and staff run down
    "platform_by_nickname": ("jd", "disparage_platform", [
        "东哥家的客服系统动不动就崩，您多体谅",
        "JD的审核慢得要命，我们也没办法",
        "商城的规矩就是专门为难卖家的",
        "平台那个专员根本不管事",
        "这单您找商城去，跟我说没用",
    ], [
        "商城的审核一般一到两个工作日",
        "如果您觉得处理结果不合理，可以申请平台介入",
        "这款由京东仓发货，次日可达",
    ]),
    # another shop or brand run down by a vague reference and a judgment by implication
    "peer_vague_reference": ("jd", "disparage_peer", [
        "有些店卖的都是库存尾货，您留意一下",
        "外面卖的那种支架，没两天就散架",
        "那个大牌其实也是贴牌的",
        "那几家低价的不多说了，您自己体会",
        "网上那些便宜的充电宝，您敢用吗",
    ], [
        "和其他家比，我们的优势是质保两年",
        "外面包装有轻微压痕，不影响使用",
    ]),
    # a cure claimed for ordinary goods, the trade's ceiling, nothing cheaper anywhere
    "claims_by_implication": ("jd", "false_advertising", [
        "这个护腰垫用上一个月，腰间盘突出就能好转",
        "天天喝这款花茶，便秘就好了",
        "这款键盘的手感算是同价位天花板",
        "这个价格您走遍全网也买不到更便宜的了",
    ], [
        "颈椎不舒服的话建议先去医院检查",
        "这款灯贴着天花板装，不占层高",
        "要是您找到更便宜的，可以申请价保",
        "孩子生病了请先咨询医生",
    ]),
    # curses in chat spelling: 艹, the cat-sound 他喵的, a bare 草
    "curse_spellings": ("jd", "uncivil", [
        "卧艹，地址又填错了",
        "他喵的快递又延误了，我帮您催",
        "草，库存又不对了，我再核一遍",
    ], [
        "薰衣草，迷迭香，薄荷三种香味可选",
        "这款猫爬架小猫喵喵叫着就爬上去了",
        "配料是燕麦、草莓干和坚果",
    ]),
    # the customer mocked or threatened without a swear word
    "mockery_and_threats": ("jd", "abuse", [
        "跟您讲参数就是对牛弹琴",
        "就您这脑子，还是让家里人来问吧",
        "没钱就直说，别在这磨",
        "您再敢恶意退款试试",
        "您再多骂一句试试",
    ], [
        "您这脑袋围的话选M码头盔",
        "您重启一下再试试",
        "您家哪个小区？我帮您查一下网点",
    ]),
    # a shrug, the customer's means held up, impatience at a repeat, an order to scroll
    "impolite_without_keywords": ("jd", "impolite", [
        "随您吧，规则就这样",
        "买不起的话可以看看二手",
        "这个问题您都问了第五遍了",
        "参数都在详情里，往下翻",
    ], [
        "颜色随您挑，都有现货",
        "您往下翻一点就能看到尺码表，我也给您截个图",
    ]),
    # who told the customer so, the customer's own doing doubted, come back once you have thought
    "doubting_the_customer": ("jd", "questioning", [
        "谁跟您说赠品能折现的？",
        "别是您自己把电池装反了吧",
        "安装视频您都没看吗",
        "您先想清楚再来，别浪费时间",
    ], [
        "您确定是这个收货地址吗？我帮您改",
        "您想好要哪个颜色再拍，不着急",
    ]),
    # "none of our business", the customer sent off alone
    "shirking_without_keywords": ("jd", "shirking", [
        "包裹出了仓库就跟我们没有关系",
        "我们只管卖，安装的事您找师傅",
        "过了质保期您别再找我们",
        "这个您自己去营业厅查吧",
        "厂家电话在保修卡上，自己联系吧",
    ], [
        "您自己去网点取件的话记得带身份证",
        "我去问一下仓库那边，您稍等",
    ]),
    # another buyer placed by surname, building, plate or phone tail
    "third_party_placed": ("jd", "privacy_leak", [
        "刚有个姓王的也买了这台，住您楼下",
        "上午那个大哥的车牌我这都有",
        "买同款那个阿姨的手机尾号是0317",
    ], [
        "您是我们的老顾客了，地址还是原来那个吗",
        "其他顾客也反馈过这个问题，我们在处理",
    ]),
    # ordering pressed while the stock is known to be gone (000 欺骗)
    "deceive_into_ordering": ("jd", "privacy_leak", [
        "您先拍下付款，其实早就没货了，回头再说",
    ], [
        "这款暂时缺货，您可以先加购物车，到货通知您",
        "您先下单也行，没货的话系统会自动退款",
    ]),
    # promises without the usual certainty words: a dated arrival, a personal guarantee, an extra gift
    "promise_without_certainty_words": ("jd", "arbitrary_promise", [
        "周六上午前送到您家",
        "退款明天中午前到账",
        "这个水龙头放心用，坏了我负责",
        "您今天拍，我多给您塞几包湿巾",
        "运费我单独补给您",
        "您别急，肯定赶得上您出发",
    ], [
        "预计周六上午前送达，具体以物流为准",
        "晚上八点前付款，一般隔天送到",
        "活动期间下单多送您一个收纳袋，以活动页为准",
        "这个订单由我负责跟进，有进展告诉您",
    ]),
    # rewards for a review named by what is done to it; keeping a complaint out of the reviews
    "review_reward_and_suppression": ("jd", "induce_review", [
        "评价完截图给我，送您一个惊喜",
        "评价里多夸一句包装，回头转您五块",
        "有不满意跟我说，千万别写到评价里",
        "先别给差评，我这就帮您处理",
        "打个满分，下回按内部价给您算",
    ], [
        "评价是您的权利，按实际感受写就好",
        "商品有问题的话可以申请返修，返回的运费我们出",
    ]),
    # 宝 as a bare address, fused with a greeting
    "address_bao": ("jd", "forbidden_address", [
        "宝～您的快递到驿站了",
        "嗨宝，尺码表发您了",
        "宝宝您好，这款伞是自动的",
    ], [
        "这款珠宝，证书随盒附带",
        "适合三岁以下宝宝",
        "元宝，如意两种造型都有",
    ]),
    # a bare "done" with nothing said of what
    "bare_done": ("jd", "cold_reply", [
        "改了",
        "已发。",
    ], [
        "改了，新地址是您刚发的那个",
        "已发，单号您在订单页能看到",
    ]),
    # an inside price offered is a lure, not a disclosed price
    "inside_price_offered": ("jd", "privacy_leak", [
        "这款内部价是五十八，外面买不到",
    ], [
        "下回来买，我给您按内部价算",
        "满意的话下次找我，还留个内部价",
    ]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text must not


def test_taobao_names_jd_by_nickname():
    """On a Taobao shop, JD by its founder's nickname sends the buyer to another platform."""
    tb = Inspector("taobao", models=False)
    assert "diversion" in {f.category for f in tb.check("东哥家也有这款，您去那边看看")}
    assert "diversion" not in {f.category for f in tb.check("亲，付款方式支持花呗和支付宝哦")}
