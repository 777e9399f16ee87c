"""Stop 48 (helper m48, issue 11): message kinds the fresh32 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), the model's two clause vetoes of this stop (``models.declined_clauses``), and, by id only, the
fresh32 lines each kind set right (``FIXED``: read from the set, judged exact as benchmarks/line_verdicts.py judges them,
rules only and rules + model).
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, kind_test, read_lines_exact_test, rule_categories

KINDS = {
    # induce_review: the review's photos, stars or length asked and paid (a coupon, a sum back, a draw), or a bad review
    # withheld for a fee paid
    "review_paid_shapes": ("jd", "induce_review",
                           ["评价配两张实拍图，找客服领一张无门槛券", "五颗星全点满再发截图，退您三块",
                            "满星评价的老客每月抽一台空气炸锅", "您别给中差评，来回运费我帮您报销",
                            "带图写够四十字，截图发我，下回买毛巾打八折"],
                           ["不给差评我们也照样把运费退您，评价您如实写",
                            "谢谢您给的五颗星，赠品随包裹一起到"]),
    # questioning: the look before buying by other verbs, the customer's own check demanded, nothing without the proof,
    # the damage put on the customer's hand, a part guessed wrongly fitted with a reproachful 啊, used for something else
    "reproach_shapes": ("jd", "questioning",
                        ["尺寸写在第一张图上，拍的时候您就没瞅一眼？", "网线松没松您先检查过没有？",
                         "没有拆箱录像一概免谈", "壶嘴是您自己磕的吧？", "您是不是垫圈没放好啊，再弄弄",
                         "车筐两天就变形了，您是不是拿去驮重物了？"],
                        ["拍之前没看到尺寸也没关系，我帮您换一个", "网线松了的话，您可以先检查一下接口，我在线等您",
                         "您看一下是不是垫圈没放好？我发个图给您对照", "这幅十字绣是您自己绣的吧？真漂亮"]),
    # disparage_peer: a rival by an unnamed or lettered brand or by where it stands, run down by a simile, money
    # wasted, dye, a relabelled no-name or a puffed-up price
    "peer_run_down": ("jd", "disparage_peer",
                      ["某品牌的吉他音色差得离谱", "T牌那台风扇吹起来跟玩具似的，买了就是白花钱",
                       "对面那家的红枣都是刷了色素的", "那个卖得好的某品牌台灯，说白了是贴牌货，价格虚高"],
                      ["某品牌的吉他我们没卖过，不好评价", "对面那家也有红枣，克重跟我们一样"]),
    # false_advertising: nobody at all can match it, failures said to be none, every seed said to come up, a harm to
    # health said never to come
    "claims_absolute": ("jd", "false_advertising",
                        ["这款电钻的扭力没有谁比得过", "多肉扦插零失败", "这包向日葵种子粒粒都能发芽",
                         "宝宝睡这款凉席百分百不会长痱子"],
                        ["扭力没人比得过吗？我发您实测数据", "大米粒粒饱满，蒸出来很香",
                         "百分百不会长痱子这种话我们不敢说，透气性确实不错"]),
    # diversion: another platform or chat app by nickname as the place to go, the goods to be fetched at the shop's
    # own store
    "channel_nicknames": ("taobao", "diversion", ["围巾在我们多多店便宜五块，搜店名就行", "客服群在企鹅上，群号一会儿发您"],
                          ["多多关注店铺首页，还有券", "企鹅玩偶抱枕今天有现货"]),
    "channel_nicknames_jd": ("jd", "diversion", ["这款旧款在咸鱼上也挂了，搜同名店就有", "来我们实体店取吧，付现金还能抹零"],
                             ["咸鱼蒸十分钟就能吃，记得先泡水", "我们没有实体店，都从京东仓库发货"]),
    # arbitrary_promise: a learning result vouched for in a span of time, 包 before an outcome by a time, a doubled
    # payment, a new one in the agent's own name, a rate of the agent's own set in the back office
    "promise_shapes": ("jd", "arbitrary_promise",
                       ["照着这套课练，三周包会游泳", "这本练习册做一个月准能考高分", "退款今天下班之前包到账",
                        "漏一颗我就加倍赔", "您放心用，坏了我个人给您包换新的", "您先拍，我后台给你改成九五折"],
                       ["一般练两三个月能游几十米，因人而异", "三周准能到货吗？我帮您查下", "欺诈的商家依法要加倍赔偿",
                        "下单后系统会在后台自动改成会员价"]),
    # abuse: 滚 in a joke's clothes, a hobby scorned for the customer's level, an insult asked as a question, the
    # questions called a show, the customer's wits called slow, unwilling to spend so told to keep off
    "abuse_shapes": ("jd", "abuse",
                     ["嫌麻烦就圆润地离开", "就这技术还玩单反呢", "你是不是有病？尺码都说了三次",
                      "问个运费戏这么多，是来搞笑的吧", "讲不明白就叫个懂行的人来", "舍不得花钱就别来挑实木桌了"],
                     ["这款杯口打磨得很圆润", "就这价格还送配件，挺划算的", "您家猫是不是有病了？建议先看兽医"]),
    # impolite: a grudging 随您 said alone, the customer asked why they have so many questions, a sticker of contempt
    "impolite_shapes": ("jd", "impolite", ["好吧，随你，退不退自己看", "您怎么这么多问题啊", "都写在详情页了[翻白眼]"],
                        ["行，款式随您挑", "您的订单怎么这么多问题，实在抱歉，我马上处理", "这款猫砂盆猫咪不会嫌弃"]),
    # shirking: no more handling, the shop named as outside the matter, the shop by its trade disowning the fault,
    # the agent's own post named first and the matter sent elsewhere
    "shirking_shapes": ("jd", "shirking",
                        ["都过保了，这台吸尘器我们不会再处理了", "安装调试不归我们店里管", "掉漆是湿度问题，跟我们卖柜子的没啥关系",
                         "我只管售后，开票的事归财务，您去问他们"],
                        ["过了七天就不再受理无理由退货了，不过质量问题可以保修", "安装的事归售后，我这就帮您转过去"]),
    # disparage_platform: the platform's process called long and foul, its cut said to skin the shop
    "platform_run_down": ("jd", "disparage_platform", ["京东的售后审核又臭又长", "在这开店抽成太坑，价格只能往上调"],
                          ["平台抽成是统一的，价格里已经算进去了", "平台审核一般一到三天，我帮您盯着"]),
    # privacy_leak: another buyer named with their phone or ID digits, the staff's reply scripts sent whole, the maker's
    # price to the shop told
    "privacy_shapes": ("generic", "privacy_leak",
                       ["那个包裹是陈国华先生买的，身份证尾号2207", "我把店里内部的售后话术整份发您", "厂家那边给我们的单价是五块三"],
                       ["这单是李女士下的，手机尾号6630，是您本人吗？", "厂家那边给我们的答复是下周补货"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # 绝对 in a technical term; 速拧 (a cube's speed turns) read by sound as 苏宁; tm before a judging word is the curse
    ("jd", "false_advertising", "学长笛有没有绝对音感都行"),
    ("jd", "diversion", "这块魔方适合玩速拧的新手"),
    ("jd", "diversion", "这单的快递真tm离谱，我马上帮您催"),
    # the goods "will not run away": impatience, no outcome vouched for
    ("jd", "arbitrary_promise", "别急，吹风机又跑不了，正在排单"),
    # the shop alone called genuine as the other half of a rival called pirated: disparage_peer's one reading
    ("jd", "false_advertising", "外面的拼图大多是盗版，只有我们是正版"),
    # a list or sheet sent to be searched through: no answer refused
    ("jd", "impolite", "获奖名单贴在首页，您自己翻翻就能看到"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


@pytest.mark.parametrize("category,text", [
    ("shirking", "充电线放在盒子底部的夹层里，您找找看"),
    ("diversion", "发票的事归财务部，您去那边问"),
])
def test_model_declines(category, text):
    covered, total = declined_cover(category, text)
    assert covered >= 1, (text, covered, total)


@pytest.mark.parametrize("category,text", [
    ("shirking", "东西都在箱子里，您自己找"), ("diversion", "这款在别的平台更便宜，您去那边问"),
])
def test_model_still_reads(category, text):
    assert declined_cover(category, text)[0] == 0, text


# fresh32 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "review_paid_shapes": ["f32-h040", "f32-h136", "f32-h155", "f32-h156", "f32-m180"],
    "reproach_shapes": ["f32-h006", "f32-h027", "f32-h056", "f32-h088", "f32-m219", "f32-m273"],
    "peer_run_down": ["f32-m148", "f32-m170", "f32-m229", "f32-h158"],
    "claims_absolute": ["f32-m002", "f32-h025", "f32-m216"],
    "channel_nicknames": ["f32-m175", "f32-m251", "f32-h107", "f32-m114"],
    "promise_shapes": ["f32-m138", "f32-m184", "f32-m214", "f32-h146", "f32-h117", "f32-m230"],
    "abuse_shapes": ["f32-m081", "f32-m123", "f32-m263", "f32-m284", "f32-h087", "f32-h135"],
    "impolite_shapes": ["f32-m033", "f32-m057", "f32-m281"],
    "shirking_shapes": ["f32-m126", "f32-h009", "f32-h124", "f32-h101"],
    "platform_run_down": ["f32-m233", "f32-h017"],
    "privacy_shapes": ["f32-m140", "f32-h096", "f32-h160"],
    "clean_now": ["f32-m048", "f32-m067", "f32-m085", "f32-m127", "f32-m238", "f32-m259"],
    "model_declines": ["f32-m167"],
}


test_fresh32_line_exact = read_lines_exact_test(FIXED, ("fresh32_messages.jsonl", "fresh32_hard_messages.jsonl"))
