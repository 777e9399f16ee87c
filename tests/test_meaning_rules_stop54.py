"""Stop 54 (helper m54, issue 11): message kinds the fresh38 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), one clause shape the model layer now sets aside (``test_declined_now``), and, by id only, the
fresh38 lines each kind set right (``FIXED``: read from the set, judged exact as benchmarks/line_verdicts.py judges them,
rules only and rules + model).
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, kind_test, read_lines_exact_test, rule_categories

KINDS = {
    # disparage_peer: a rival's goods said to be bleached, dosed with alum or borax, junk, patched together, failing at
    # the first damp, passed off as something else or poisoning, fit only for another use; its staff said to know nothing
    # and the customer warned off it
    "peer_judged_more": ("jd", "disparage_peer",
                         ["别的店的银耳多半漂白过，白得发亮能放心吗", "对面直播间那些花椒多半拿野椒冒充，吃了会中毒",
                          "外面那些十来块的腐竹都是加了硼砂的垃圾货", "某些店的香囊里塞的是染色锯末，一沾水就掉色",
                          "市面上好多竹编是机器压出来冒充手工的", "隔壁几家那种蜡笔，写字还不如拿来垫桌脚",
                          "对面那家导购啥也不懂，鞋码乱卖一通，劝您别去那买"],
                         ["我们的银耳没有漂白，颜色微黄是正常的", "市面上好多竹编本来就是手工编的",
                          "隔壁仓库这两天盘点，发货会慢一天", "腐竹泡发前先过一遍凉水就好"]),
    "peer_judged_more_taobao": ("taobao", "disparage_peer", ["亲，街口那几家便宜台灯全拿杂牌零件拼凑的，买回去准后悔"],
                                ["亲，这款台灯的灯罩是拼接款，两种颜色可选"]),
    # disparage_platform: its pace resigned to (就这效率，没辙), its ranking said to mess about, its payout called alms,
    # its rules made up by 东家
    "platform_blamed": ("jd", "disparage_platform",
                        ["平台那边的审核就这效率，咱们也没辙", "搜索排不上去全是平台算法在乱搞",
                         "东哥家那个价保，退的差价就是打发要饭的", "保价规则全是东家拍脑袋瞎定的"],
                        ["京东配送一般就这个时效，次日送达", "平台算法会按销量排序，我们也在优化详情页",
                         "平台审核就这样，大多两天左右有结论，我帮您跟着"]),
    # arbitrary_promise: a discount on the agent's name, the whole box for one bad piece, a job vowed done by the day's
    # end, any cause remedied free, a full payout by a date, years without falling apart
    "promise_kinds": ("jd", "arbitrary_promise",
                      ["以后买核桃报我的名字，一律给您打八折", "这盒干花要是有一朵碎的，整盒给您补发",
                       "明天下班前保证把您的换货办妥", "滤芯用坏了，无论什么原因统统免费换",
                       "损坏的茶几三天内全额赔偿给您", "这张藤椅坐上八年也不会散架"],
                      ["报我名字能打折吗？这个没有的，按页面价", "审核通过以后五天内全额赔付",
                       "无论哪种原因，七天内都能申请退货", "藤椅平时注意防晒，一般五六年不会散架"]),
    # shirking: a case not taken (接不了), asking said futile, the maker left to the customer to call, no explanation to
    # give, chasing useless and only waiting left
    "shirking_kinds": ("jd", "shirking",
                       ["夜班同事经手的那笔退款，我这里接不了", "老型号的配件图纸找不到了，您找了也白找",
                        "换电池这事店里处理不了，厂家热线在卡片背面，得您自己联系", "褪色的原因我给不出解释，得等质检",
                        "仓库排期就那样，催也没用，只能等"],
                       ["您多问一句不会白问的，我马上查", "这单我来接手，您放心",
                        "店里要是处理不了配件，我替您约厂家上门", "催也没用的话，我再去仓库当面问"]),
    # questioning: common sense said missing, a bare why at the head, not seen or not wanted, a guess alleged, no proof
    # no talk
    "questioning_kinds": ("jd", "questioning",
                          ["插头得先拔了再清洗，基本常识都不懂？", "为什么不按图纸安装？", "为啥不先看看尺码表？",
                           "价签就在吊牌上，您是没注意还是根本不愿看", "尺寸是卷尺量的呢还是凭感觉猜的？",
                           "发票交不出来就别提退差价了"],
                          ["为什么不建议用钢丝球擦？因为会划伤涂层", "您是没刷到物流更新还是没收到短信？我帮您查",
                           "这点常识很多人都不知道，下面跟您细说", "拿不出视频也没关系，照片也可以申请"]),
    # abuse: 说人话 as speech a normal person follows, the head kept for show, a veiled threat at the door, the wits
    # weighed fit for a toy
    "abuse_kinds": ("jd", "abuse",
                    ["您能不能说些正常人听得懂的话", "讲了三回都学不会，脑子留着当摆设的吧", "差评敢发出来，小心哪天有人去你家",
                     "您这脑子啊，搭积木刚刚好"],
                    ["客服说话要让人能听懂，我们尽量不用术语", "小心有人上门推销净水器", "这款积木六岁以上的孩子拼正合适"]),
    # impolite: no answer, so the agent will hang up
    "hang_up": ("generic", "impolite", ["半天不说话，那我就挂了啊"],
                ["十分钟不回复的会话，系统自动关闭", "您不方便说话的话，我就挂了稍后再打给您"]),
    # diversion: a payment app by its blue wallet, Xianyu by 挂在咸鱼上, QQ by 走企鹅
    "diversion_kinds": ("jd", "diversion", ["付款用蓝色钱包转我也可以", "旧款卷发棒都挂在咸鱼上，便宜些", "图纸的事咱们走企鹅传"],
                        ["蓝色钱包款的卡位有六个", "企鹅玩偶的眼睛是刺绣的", "腊肉和咸鱼挂在阳台风干就行"]),
    # diversion at a general desk: the purchase moved to another app with a perk there
    "channel_with_perk": ("generic", "diversion", ["去小红书搜我们小店，那边拍下还送试用装"],
                          ["您去快手搜咱们的小店也能看到这款", "在抖音看到的那款我们这边也有，下单就行"]),
    # privacy_leak: a neighbour placed by building and named, a flat of the same unit with what it bought, what the shop
    # paid told by the verb of buying in, another buyer's address to the door number
    "privacy_kinds": ("jd", "privacy_leak",
                      ["幸福苑5栋的李阿姨前天也订了这款电饭煲", "同单元的902那家昨天也拍了同款",
                       "这种竹编篮从村里收来才五块钱", "刚才有位顾客也订了同款，寄往成都锦江区春熙路12号"],
                      ["快递放在小区3栋的驿站了", "有位顾客反馈寄到乡镇会慢一天", "这批货进来就卖完了",
                       "您填的是锦江区春熙路12号，没错吧"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # water brought to the boil (煮滚 / 烧滚): cooking, no one driven away
    ("jd", "abuse", "挂面等水煮滚了再下，别太早"),
    # no sound made (不出声): silence, no 畜生 by its sound
    ("jd", "abuse", "这台加湿器夜里几乎不出声"),
    # the company's rule named as the reason, with an apology and an alternative (根据公司规定…但这边能替您…)
    ("generic", "shirking", "实在抱歉，样品根据公司规定不外借，但这边能替您申请试用装"),
    # the customer's chasing called futile: impatience (impolite), no refusal of the matter
    ("jd", "shirking", "仓库排着单呢，催也是白催"),
    # the agent's name as the pass at the shop's store: the diversion's reading, not a promise as well
    ("jd", "arbitrary_promise", "茶叶上我们门店里拿，报我的名字打九折，店在河西路"),
    # the platform's service called futile: the platform's reading, not shirking as well
    ("jd", "shirking", "平台那套自助服务纯属摆设，找了也是白找"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


@pytest.mark.parametrize("text,declined", [
    # the goods the customer is looking at named back: our listing, no rival
    ("页面上写的长度是六十厘米，就是那只全铜的花洒", True),
    # a rival named in the clause keeps it read
    ("就是那家便宜货，您别买", False),
])
def test_declined_now(text, declined):
    covered, _ = declined_cover("disparage_peer", text)
    assert (covered > 0) == declined, text


# fresh38 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "peer_judged_more": ["f38-m019", "f38-m057", "f38-m143", "f38-m193", "f38-m289", "f38-h004", "f38-h064", "f38-h065"],
    "platform_blamed": ["f38-m163", "f38-m181", "f38-h056", "f38-h122"],
    "promise_kinds": ["f38-m070", "f38-m104", "f38-m179", "f38-h073", "f38-h079", "f38-h123"],
    "shirking_kinds": ["f38-m117", "f38-m224", "f38-m257", "f38-h068", "f38-h136"],
    "questioning_kinds": ["f38-m169", "f38-m180", "f38-h010", "f38-h033", "f38-h139"],
    "abuse_kinds": ["f38-m242", "f38-m261", "f38-h099", "f38-h125"],
    "hang_up": ["f38-h071"],
    "diversion_kinds": ["f38-m115", "f38-m225", "f38-m236", "f38-h090"],
    "privacy_kinds": ["f38-m296", "f38-h046", "f38-h080", "f38-h082"],
    # clean lines: water boiled (abuse.gun), the company's rule given with an alternative (shirking.refuse), the goods
    # viewed named back (the model's disparage_peer set aside)
    "clean_now": ["f38-m028", "f38-m279", "f38-h053"],
}


test_fresh38_line_exact = read_lines_exact_test(FIXED, ("fresh38_messages.jsonl", "fresh38_hard_messages.jsonl"))
