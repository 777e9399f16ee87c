"""Message-rule kinds diagnosed on benchmarks/data/fresh10_messages.jsonl (issue 11, stop 27, helper t11k).

Every sentence here was written for this file: none is taken from the fresh10 set (or any other
frozen set or dev case; no six-character stretch of a fresh10 line), and each kind has several
shapes.  The rules alone are checked (``models=False``); the model's yielding to a rule's better
reading is checked at the end with a stub layer.  Each ``hit`` line must report its category; each
``clean`` line must not report it (the hard negatives of the same kind).
"""

import pytest

from message_kinds import kind_test, rule_categories
from zhijian.engine.findings import Finding

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # threats without a swear word: a dare, the customer's data held over them, their number put online
    "veiled_threat": ("jd", "abuse", [
        "您敢再点一次退款试试",
        "你的手机号和住址我们这边可都有",
        "再胡搅蛮缠，就把你的聊天截图挂到网上",
    ], [
        "您的住址我这边都有记录，这次不用再填",
        "您敢于挑战辣度的话可以试试特辣款",
        "把您签收的截图传到对话框里就行",
    ]),
    # the customer's purse or face mocked
    "purse_and_face": ("taobao", "abuse", [
        "这点钱也想买真丝被？",
        "回家攒够钱再来吧",
        "明明是自己弄断的，还好意思要退款",
        "线都剪断了还来找我们，脸呢？",
    ], [
        "亲，这点钱的差价我们给您退回",
        "洗脸呢建议用温水，这款洁面很温和",
    ]),
    # a dismissive "wait then" is impolite, not a threat
    "wait_then": ("jd", "abuse", [], ["排单到后天了，您等着吧", "您等着收货就好"]),
    # the customer sent off: to an absent colleague, to the maker or brand, to settle with the carrier, a desk declared not this one's
    "sent_off": ("jd", "shirking", [
        "管发票的同事出差了，等她回来您再问",
        "这种故障只能问品牌方",
        "包裹丢了您那边跟快递协商吧",
        "店里只管发货，出了毛病不归我这边管",
        "换色这事系统不让，要不您就别换了",
        "本店只卖不修，请另外找人修理",
    ], [
        "我这就去找品牌方确认型号",
        "等同事回来我先替您问好，再给您回话",
        "您那边跟家里人商量一下尺寸吧，不急",
        "定制款是不是只卖不退，我去查查政策",
    ]),
    # doubting or reproaching: not leafing through, not measuring first, nobody else said so, the changing mind
    "reproach": ("jd", "questioning", [
        "安装图您是一眼没瞧吗",
        "买之前不会先查一下型号吗",
        "这款毛巾卖了好几年，从没人说过会掉毛",
        "您确定是按视频接的线？",
        "早上要退下午要换，能不能先想好再来",
        "先把收件人电话报一下，别的等会再说",
    ], [
        "下单后不会先扣款，发货后才扣",
        "您先想好要几件，我再给您算运费",
        "别的问题您也可以一起发过来",
        "您确定要两件的话我给您改一下",
    ]),
    # impatience at the customer's way of writing, "too dear, then don't buy"
    "impatience": ("jd", "impolite", [
        "您一次性把要求都讲完行不行",
        "一句话拆成五条发，看着头疼",
        "嫌贵就别买，外头便宜货多得很",
        "退就退吧，没人拦着",
    ], [
        "您慢慢说，我一条条帮您记下来",
        "觉得贵的话可以等周末的满减活动",
    ]),
    # another platform by a nickname on Taobao; a code in the parcel to add the owner on JD
    "nickname_platform": ("taobao", "diversion", ["亲，东东家那边今天有补贴，可以去瞅瞅"], ["亲，东西都齐了，今天发出哦"]),
    "owner_by_code": ("jd", "diversion", ["说明书背面的码扫一下，加一下老板", "扫码加店主，下次给您留货"],
                      ["扫码查看安装视频", "扫描机身二维码可以查真伪"]),
    # a platform or payment way named only to refuse it or to disown a same-name shop
    "refused_platform": ("jd", "diversion", [], [
        "这边下单付款不支持支付宝，换网银或京东白条都行",
        "拼多多上叫这名字的店是冒充的，请认准本店",
    ]),
    "disowned_shop_tb": ("taobao", "diversion", [], ["亲，京东上叫这个名字的店不是我家的，认准本店哦"]),
    # someone else's data: a buyer placed by where they live or work, a winners' list with numbers, a whole file
    "others_data": ("jd", "privacy_leak", [
        "前几天也买这款餐桌的顾客就住您家对面",
        "上个月订了同款的王先生就住您家后排那栋楼",
        "这份表有全部会员的电话，我转给您",
        "售后的内部考核细则我整份转您",
        "厂里那张底价单子，整张图都拍给您了",
    ], [
        "为了保护隐私，其他客户留的住址和号码我们没法提供",
        "所有客户的电话都加密保存，请放心",
        "装机步骤那页我拍了一张给您",
    ]),
    # promises: a gift tucked in, a coupon sworn, years without trouble, the difference paid by the agent
    "promise_kinds": ("jd", "arbitrary_promise", [
        "发货时我悄悄给您多塞两双鞋垫",
        "放心，差的那点运费一定补您一张券",
        "这个电饭煲用个五年六年都没毛病",
        "往后要是便宜了差价我帮您补齐",
    ], [
        "赠品按活动说明发放，下单后系统附带",
        "这款我自己用了两年都没换过",
        "降价的话可以在价保期内申请价格保护",
    ]),
    # health claims for ordinary goods; a success rate of a hundred per cent
    "health_and_rates": ("jd", "false_advertising", [
        "这把梳子天天用，白头发能慢慢变黑",
        "这副眼镜戴久了，近视还能往回降",
        "这款护腰带能治腰椎突出",
        "这床被子盖上一段日子，失眠能得到改善",
        "我们的考前冲刺班录取率高达百分之百",
    ], [
        "护膝只是保暖，治不了关节痛",
        "度数高的话镜片建议选薄一点的",
        "这款台灯亮度可以调节三档",
        "考试通过率主要看个人练习",
    ]),
    # peers run down by price, live room, stale or rejected goods, amateurs, insiders
    "peer_kinds": ("jd", "disparage_peer", [
        "那几个主播家的拖鞋全是塑料味",
        "网上卖得比我们便宜那几家，懂得都懂",
        "别处那么低的价，多半是残次品",
        "其他培训班的老师都不专业",
        "某个牌子的剃须刀，刀头用几个月就不行了",
    ], [
        "便宜的那种也有，就是容量小一点",
        "别处买的也可以寄过来保养",
        "那家店卖得怎样我真不了解，给您讲讲咱家的吧",
    ]),
    # the platform run down: gone downhill, the one above who sets the rules, a bloodsucker
    "platform_kinds": ("jd", "disparage_platform", [
        "这平台的物流也就那样了",
        "上头定的退货规矩真是离谱",
        "开店的钱都被平台抽血抽走了",
    ], [
        "平台上这款黑色的卖得很好",
        "上面定的活动价已经生效了",
    ]),
    # a review bought with a sample, money or priority shipping; the stars lit for the agent's appraisal
    "review_kinds": ("jd", "induce_review", [
        "给了好评把截屏传过来，寄您两袋试吃装",
        "打算评四星以下的话请先找我聊聊，补您十块",
        "在评价里顺带夸下打包，下次来买给您安排优先发",
        "辛苦您把五颗星点亮，我这季度考核就看这个了",
    ], [
        "评价怎么写全看您自己的体验",
        "这款灯的星星投影有三种颜色",
    ]),
    # JD: a nickname leading a message said to a grown customer, 宝们
    "jd_nickname": ("jd", "forbidden_address", ["宝子放心，今天一定发出", "宝宝稍等，我看看单号", "宝们，上新了"],
                    ["宝宝湿巾第二包半价", "宝宝睡袋分薄厚两种"]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text must not


# a refused private discount is no promise (one mechanism: the refusing words are the rule's exceptions)
@pytest.mark.parametrize("text", ["没法私下算便宜些，活动已经很划算了", "店里不设其他额外返利，价格按页面标的来",
                                  "暂无额外折扣，请您理解"])
def test_refused_discount_no_promise(text):
    assert "arbitrary_promise" not in rule_categories("jd", text)


# a reward offered for a review is read once, as induce_review, where the review finding covers the promise
@pytest.mark.parametrize("text", ["写完好评，私底下再送您一双袜子", "准备打三星以下前跟我说一声，补您二十"])
def test_review_reward_one_reading(text):
    got = rule_categories("jd", text)
    assert "induce_review" in got and "arbitrary_promise" not in got, sorted(got)


def _finding(category: str, start: int, end: int) -> Finding:
    return Finding(f"rule.{category}", category, "major", start, end, "", "", "", None)


def test_model_yields_to_better_rule_reading():
    # the model's promise over a stretch a rule read as a review reward yields (the packs' precedence);
    # a model finding of another category, or one not overlapping, stays
    from zhijian.engine.semantic import SemanticLayer

    layer = SemanticLayer.__new__(SemanticLayer)  # only the precedence is needed, no model
    layer.worse_than = {"arbitrary_promise": frozenset({"induce_review"})}
    found = [_finding("induce_review", 2, 10)]
    assert layer.yields("arbitrary_promise", 5, 14, found)
    assert not layer.yields("arbitrary_promise", 10, 14, found)
    assert not layer.yields("abuse", 5, 14, found)


def test_inspector_passes_precedence_to_model():
    from zhijian import Inspector

    ins = Inspector("jd")
    assert ins.semantic is not None
    assert "induce_review" in ins.semantic.worse_than.get("arbitrary_promise", frozenset())
