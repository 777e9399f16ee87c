"""Stop 52 (helper m52, issue 11): message kinds the fresh36 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), and, by id only, the fresh36 lines each kind set right (``FIXED``: read from the set, judged exact
as benchmarks/line_verdicts.py judges them, rules only and rules + model).
"""

from __future__ import annotations

import pytest

from message_kinds import kind_test, read_lines_exact_test, rule_categories

KINDS = {
    # disparage_peer: a rival's goods judged farther than 16 characters after the reference — a taste pushed to harm and
    # a warning not to be fooled, sulphur, cheap stuff inside, a fake material, mixed with who knows what, careless or
    # crooked work, going bald, a tractor or a brick by simile, copies; "those on the market", a maker masked as 某某
    "peer_judged_far": ("jd", "disparage_peer",
                        ["对面那家的酱菜我们尝过，甜得齁人，您可别上当", "市面上的桂圆干好些都是熏过硫的",
                         "别家的芝麻酱啊，石磨里磨的都是便宜陈芝麻，香味差一截", "网上那些一百来块的绿松石手串，多半是树脂压出来的",
                         "某某厨具的砧板薄得跟纸糊似的，剁两下就开裂", "您说的那家火锅底料，我们同事买来煮过，锅底里怕是混着乱七八糟的料",
                         "隔壁那家的竹筷子我看过货，漆刷得马马虎虎，头都是歪的", "路边摊卖的那种羊毛刷子，刷不了几双鞋就秃",
                         "同行那些便宜的破壁机，一打豆浆嗡嗡直响，动静像开拖拉机", "您提到的那家卖砂锅的铺子我去过，货架上摆的全是仿制的"],
                        ["市面上的桂圆干有带壳和去壳两种，我们这款带壳", "有人冒充客服加好友，您别上当，认准我们店名",
                         "隔壁仓库这两天在盘点，发货会晚半天", "我们这款木梳是手工打磨的，齿距均匀"]),
    # abuse: the customer's wits asked after without a swear word, their understanding sneered at, the fault put on their
    # eyes, a cheap buy said not worth the fuss
    "wits_doubted": ("jd", "abuse",
                     ["你脑子没啥问题吧？按钮就在底座侧面", "按了三遍还不亮？你脑子有点转不过弯吧", "别一出问题就赖产品，自己脑子也该动一动",
                      "就你这阅读能力，还是买成品吧", "刻度印得那么大，是您眼睛的锅", "几块钱的钥匙扣也值得吵成这样"],
                     ["我脑子有点乱，刚才把颜色报错了，抱歉", "这款魔方能锻炼孩子的脑子", "您的理解完全没错，就是这样用"]),
    # questioning: proof demanded that the customer did not do it, common sense said to be lacking, "surely you saw it?",
    # the check before the order asked back, a change of mind thrown back
    "proof_and_sense": ("jd", "questioning",
                        ["镜片刚到手就花了？那你得证明不是你自己蹭的", "铸铁锅洗完得擦干，这点常识你也不懂？",
                         "尺码对照表就在第二张图，难道没看到？", "拍之前没比对过型号吗？",
                         "一会儿要大号一会儿要小号，来回改主意叫我怎么处理"],
                        ["这个常识很多人都不知道，我给您讲一下", "拍之前没比对过型号也没关系，收到后可以换一次",
                         "难道没有更便宜的款吗？我帮您找找", "不用证明什么，照片发我就行，我来处理"]),
    # impolite: told to be quick about it, dared to complain, sent to read the page with 亲 before it (taobao)
    "hurried_or_dared": ("taobao", "impolite",
                         ["挑个颜色挑了半个钟头，就不能干脆点吗", "想投诉请便，我这边无所谓", "亲你自己瞅下介绍页呗，参数都列着"],
                         ["仓库会麻利点打包，今天就出库", "投诉渠道在订单页，我也把情况记下来跟进", "亲，规格参数在商品页下方的表格里，我也截给您"]),
    # shirking: no way said in slang, the job refused and the customer sent to find someone to do it
    "no_trick_left": ("jd", "shirking",
                      ["密码箱忘了密码，这个我们也没招", "皮带打孔我们这边干不了，您就近找个修鞋摊弄一下吧"],
                      ["这周店里没招到新客服，回复慢了抱歉", "这个我们修不了，我帮您联系厂家的售后网点"]),
    # false_advertising: harmless whatever the amount, an effect of 100 per cent, wear that never shows however many times
    "harmless_or_total": ("jd", "false_advertising",
                          ["这款芝麻糊老人小孩天天喝都没事", "这款宝宝面霜放心抹，用不出半点毛病", "这款驱蟑饵剂灭蟑效果100%",
                           "这条数据线弯折五万次都不会断"],
                          ["实验室测的除菌率是95%，报告在详情页", "这条数据线弯折五万次都不会断吗？我问下厂家"]),
    # privacy_leak: the factory's or the supplier's price sheet sent whole, the factory prices said to be on it
    "price_sheet_sent": ("jd", "privacy_leak",
                         ["厂家的台灯报价单我直接截图给您", "清单已经传给您，每个型号的出厂价全列在表上"],
                         ["厂家的报价单属于内部资料，不方便发您", "您这单的实付金额都在上面这张截图里"]),
    # cold_reply: two clipped stock words make the whole message
    "two_stock_words": ("jd", "cold_reply", ["好的，等一下。", "嗯，有货"],
                        ["好的，请您稍等两分钟，我马上帮您查", "嗯，有货的，现在拍下午五点前就能发出"]),
    # induce_review: five stars for a cut on the next order or one more sent as thanks, a satisfied review for a coupon,
    # a red packet after the good review
    "review_rewards": ("jd", "induce_review",
                       ["五颗星点满，下回来买毛巾我给您打九折", "给了五星的话，谢礼是一小罐茶叶，下周随单再寄",
                        "用着顺手就写个满意的评语，送您一张无门槛券", "好评后截图发我，再领5元红包"],
                       ["评价写不写都随您，有问题随时找我", "五颗星的图案是绣上去的"]),
    # arbitrary_promise: a sum paid back privately
    "private_sum": ("jd", "arbitrary_promise", ["这件大衣按原价拍，私底下我再给你补八十", "我私下给您转15块，不走活动"],
                    ["私下交易不受保护，请在平台下单", "活动价下单自动减25"]),
    # disparage_platform: its ranking called rotten, its cut harsh, its rules changed daily, sellers left no way to live
    "platform_slighted": ("jd", "disparage_platform",
                          ["商城这破算法总把我们的新品压到后面", "商城这边的佣金抽得狠，所以同款卖得比超市贵", "商城的规矩一天一变，我们上新都得重新报一遍"],
                          ["平台上价格一天一变，建议您先领券锁定", "平台的佣金规则在商家后台能查到"]),
    # diversion: the shop's stall named as where to take the goods, cheaper there
    "stall_cheaper": ("jd", "diversion", ["整箱的话来我们市场里的档口拿，更划算"], ["退货请寄到我们仓库，地址在退货单上"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # 出声 of a sound made, after a verb (吹出声 / 笑出声): no 畜生 by its sound
    ("jd", "abuse", "竹笛的膜贴太紧就吹不出声，松一点就好"),
    # SC调 (soprano C) is a musical key: no 傻叉 by its initials
    ("jd", "abuse", "陶笛分AC调和SC调两种，新手选AC调"),
    # 第一课 of a course counted: no rank (adlaw ``ordinal_units``)
    ("taobao", "false_advertising", "第一次学尤克里里的话，教程第一课先讲握琴姿势哦"),
    # the wait put down to a slow party named before it: the delay explained, nothing put off
    ("jd", "shirking", "快递公司那边分拣就是慢，您的包裹再等等吧"),
    # whose relative a named person is, asked with no act after it: no misuse guessed
    ("jd", "questioning", "签收人是位刘女士，有没有可能是你家里人呀？"),
    # a cut with the cost told in the same message: the leak's reading, not a promise as well
    ("jd", "arbitrary_promise", "这款台灯我们拿货就三十出头，给您让三块已经到底了"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


# fresh36 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "peer_judged_far": ["f36-m002", "f36-m128", "f36-m143", "f36-m152", "f36-m189", "f36-m213", "f36-m245", "f36-h073",
                        "f36-h087", "f36-h155"],
    "wits_doubted": ["f36-m037", "f36-m089", "f36-m101", "f36-m187", "f36-m198", "f36-h027"],
    "proof_and_sense": ["f36-m271", "f36-h023", "f36-h033", "f36-h058"],
    "hurried_or_dared": ["f36-m052", "f36-m155", "f36-h063"],
    "no_trick_left": ["f36-m281", "f36-h046", "f36-h099"],
    "harmless_or_total": ["f36-m068", "f36-m224", "f36-h094"],
    "price_sheet_sent": ["f36-h055"],
    "two_stock_words": ["f36-m207", "f36-m220"],
    "review_rewards": ["f36-m230", "f36-m242", "f36-m246", "f36-h117"],
    "private_sum": ["f36-m241", "f36-h070"],
    "stall_cheaper": ["f36-h034"],
    "platform_slighted": ["f36-m116", "f36-h028", "f36-h128"],
    # clean lines and extra categories: 出声 and SC调 (abuse.insult), 第一课 (adlaw), the wait explained (left_hanging),
    # whose relative asked (misuse_guessed), a cut with the cost told (price_cut_granted)
    "clean_now": ["f36-h110", "f36-h156", "f36-h124", "f36-m113", "f36-h093", "f36-h141"],
}


test_fresh36_line_exact = read_lines_exact_test(FIXED, ("fresh36_messages.jsonl", "fresh36_hard_messages.jsonl"))
