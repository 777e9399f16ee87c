"""Stop 58 (helper m58, issue 11): message kinds the fresh42 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), and, by id only, the fresh42 lines each kind set right (``FIXED``: read from the set, judged exact
as benchmarks/line_verdicts.py judges them, rules only and rules + model).  No model set-aside was needed this stop:
every line the model alone had found is now found by the rules as well, and no line the model flagged wrongly.
On the start code (24d43db) 109 of this file's 193 cases fail.
"""

from __future__ import annotations

import pytest

from message_kinds import kind_test, read_lines_exact_test, rule_categories

KINDS = {
    # shirking: the sale refused to this customer, the order left to be placed again, sent away to learn first, the
    # maker left to the customer, no authority and nothing after, videos online to search for
    "sale_refused": ("jd", "shirking", ["这盒饼干不卖给您了", "算了，不卖你了，别拍了"],
                     ["这盒饼干不卖散装，只有整箱", "卖给您的那盒是新批次"]),
    "redo_yourself": ("jd", "shirking", ["颜色选错了，您自己重新拍吧", "改不了地址，你自个儿取消了再拍一单呗"],
                      ["颜色选岔了我来改，不用重拍", "您要是想换大号，我帮您取消后重新拍"]),
    "learn_first": ("jd", "shirking", ["挂钩装反了，回去弄懂了再来找我", "接线图在盒子里，自己弄懂了再来问"],
                    ["说明书哪页看不懂都可以来问", "我先去仓库弄清楚再回复您"]),
    "maker_yourself": ("jd", "shirking", ["裂了得厂家判断，你自个联系生产厂家去", "电机坏了您自己找厂商吧"],
                       ["厂家我去对接，您等我消息", "您也可以自个儿问厂家，我把电话发您"]),
    "no_authority": ("jd", "shirking", ["改价得找主管，我这里没有权限", "这种单子客服没权限处理的哦"],
                     ["客服没权限改，已经提交给组长了", "没有权限的操作我都会转给组长"]),
    "search_yourself": ("jd", "shirking", ["怎么换滤芯，网上教程多的是，自己搜搜就会了"],
                        ["换滤芯的教程我发您，网上的不一定准"]),
    # abuse: a court threat, eyesight or poverty mocked, the hands as decoration
    "court_threat": ("jd", "abuse", ["您再闹，咱们法庭上见", "就等着接法院传票吧", "聊天截图已经转给我们的律师了"],
                     ["有争议的话可以走平台仲裁，不必上法庭", "律师咨询我们这边提供不了"]),
    "eyes_poor_hands": ("jd", "abuse",
                        ["您怕不是眼神不行？开关那么大", "眼神不好使呀？标签在正面贴着", "按钮都按不准，手是摆设？",
                         "三块钱的东西磨半天，穷到这个地步还逛网店"],
                        ["老人眼神不好的话，选大字版的遥控器", "手是湿的时候别碰插头", "穷游的话这款背包很合适"]),
    # questioning: a misuse presumed, who else to blame, the page unread, the eyes asked where
    "misuse_presumed": ("jd", "questioning", ["面包没密封好吧？要不然哪会变硬", "是不是没预热？要不怎么会烤不熟"],
                        ["面包没密封的话会变硬，建议用保鲜袋", "是不是没预热呢？您可以先预热五分钟再试"]),
    "who_to_blame": ("jd", "questioning", ["型号是您自己挑的，挑错了又能怪谁", "快递上门您不在，这还能怪谁呢？", "过了保质期才吃，全赖我们吗"],
                     ["这件事不怪您，我来处理", "谁也没法怪谁，我先给您补一个"]),
    "page_unread": ("jd", "questioning", ["标题写着单只装，付款前没读一下标题吗", "尺寸在页面上，您付款前眼睛瞄哪去了"],
                    ["下单之前没看到赠品说明也没关系，我补给您", "眼睛看久了容易累，这款台灯是护眼的"]),
    # impolite: the price held against the complaint, told to queue, elders addressed by age, scroll yourself, no loss
    "cheap_no_fuss": ("jd", "impolite", ["几块钱的东西还嫌这嫌那", "这价钱还计较这么多", "用不顺手就别买了呗"],
                      ["这价钱能买到的款我都给您列出来", "用不顺手的话，我教您换个握法"]),
    "told_to_queue": ("jd", "impolite", ["催再多也没用，老实排队吧"], ["催也没用的话，我打站点电话问问"]),
    "elder_address": ("jd", "impolite", ["大妈，这锅没有盖子", "我说大爷，这个不能退"], ["家里大爷用的话选大字款", "给老太太买的话选大字款"]),
    "scroll_yourself": ("jd", "impolite", ["主图上全都有，往下滑"], ["主图上全都有，往下滑到第五张就是尺码表哦"]),
    "no_loss": ("jd", "impolite", ["想要就拍，不要拉倒", "不拍拉倒，反正不缺您一单"], ["不要的话也没关系，您再看看别的"]),
    # induce_review: dictated words with a gift, a heartfelt review traded for one
    "gift_for_words": ("jd", "induce_review",
                       ["评价里打一句“茶叶很香”，回头给您返两包", "留篇走心的好评，私我领个杯垫"],
                       ["评价写什么都由您，我们不干涉", "留言遇到麻烦就私我，我来弄"]),
    # privacy_leak: an acquaintance named with where the goods went, a named buyer's address
    "acquaintance_named": ("jd", "privacy_leak",
                           ["您室友吴晓峰的快递昨天也送到南湖路3号", "您同学郑伟的单子收货地址是新华街12号",
                            "退了两台的是周文斌女士，她的电话是一三八开头"],
                           ["您室友要是也想买，可以自己下单", "收货人电话您报一下，我核对"]),
    # arbitrary_promise: one bad piece paid with a pound, a cut now instead of the sale, the wall's repair on us, the day
    # of dispatch vouched
    "multiple_paid": ("jd", "arbitrary_promise", ["樱桃到了坏一个赔您一整箱"], ["樱桃到了有坏的拍照给我，按售后补发"]),
    "cut_now": ("jd", "arbitrary_promise", ["不必等618了，我让您三十五"], ["不必等618，现在就是活动价"]),
    "damage_on_us": ("jd", "arbitrary_promise", ["架子倒了压坏东西，赔偿统统归我们负责", "磕坏您家门框的话，装修费都由我出"],
                     ["架子若有质量毛病，走售后流程", "装修费用要看您家的具体情况"]),
    "dispatch_vouched": ("jd", "arbitrary_promise", ["我保证今天发货，明天您就能用上", "肯定明天寄出"],
                         ["我们尽量今天发货，几号到看物流"]),
    # forbidden_address on JD: the nickname asking a review
    "nickname_review": ("jd", "forbidden_address", ["宝子到货了帮忙晒个图哦"], ["宝宝用完的奶瓶要及时消毒"]),
    # disparage_peer: rebadged, filler, upset stomachs, burrs, pests, cheap junk
    "peer_more": ("jd", "disparage_peer",
                  ["那家牛肉干都是代工贴牌", "隔壁的肉松是面粉搓出来的", "别家的鸡肉肠一点鸡肉都没有", "他们家的凉茶喝完拉肚子的多了去",
                   "别家的梳子一圈毛刺", "外面那些竹筷子，谁买谁后悔", "别家的大米放两个月就长虫", "那种九块九衣架，便宜没好货"],
                  ["我们的牛肉干是自己厂里做的", "面粉搓出来的面团要醒半小时", "米放久了容易长虫，建议密封",
                   "我们家梳子边缘都打磨过，没有毛刺"]),
    # disparage_platform: its logistics dismissed, the delay all its doing
    "platform_dismissed": ("jd", "disparage_platform", ["狗东的快递也就那样，我也没办法", "钱退得慢，全怪平台的审核拖的"],
                           ["平台配送通常隔天到", "退款正由平台审核，我去催催"]),
    # false_advertising: disease prevented, germs none survive, a flaw sure never after use
    "adlaw_more": ("taobao", "false_advertising",
                   ["亲，这个颈枕常用可以预防肩周炎", "这个砧板用上，霉菌一只都活不了", "铺上以后绝对不会起鼓"],
                   ["亲，鞋垫透气，脚不容易出汗", "砧板用完晾干，不容易发霉", "铺上以后一般不会起鼓，有的话联系我们"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # 谁知道 doubting the customer's report is the questioning's reading, no refusal of an answer
    ("jd", "shirking", "只发一句话说漏了，谁知道是真是假"),
    # to make up one's mind first is common.impolite.decide_first's, not a customer sent off to learn
    ("generic", "shirking", "换色还是退钱，您先想明白再来"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


# fresh42 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "sale_refused": ["f42-m020"],
    "redo_yourself": ["f42-m029"],
    "learn_first": ["f42-h078"],
    "maker_yourself": ["f42-h057"],
    "no_authority": ["f42-m163"],
    "search_yourself": ["f42-m190"],
    "court_threat": ["f42-m021"],
    "eyes_poor_hands": ["f42-m189", "f42-m225", "f42-h040"],
    "misuse_presumed": ["f42-m076"],
    "who_to_blame": ["f42-m283", "f42-h143"],
    "page_unread": ["f42-h090", "f42-h111"],
    "cheap_no_fuss": ["f42-m288"],
    "told_to_queue": ["f42-h027"],
    "elder_address": ["f42-h120"],
    "scroll_yourself": ["f42-h141"],
    "no_loss": ["f42-m115"],
    "gift_for_words": ["f42-m102", "f42-h008"],
    "acquaintance_named": ["f42-m104", "f42-m203", "f42-m254"],
    "multiple_paid": ["f42-m047"],
    "cut_now": ["f42-m197"],
    "damage_on_us": ["f42-h112"],
    "dispatch_vouched": ["f42-m242"],
    "nickname_review": ["f42-m273"],
    "peer_more": ["f42-m059", "f42-m072", "f42-m097", "f42-h044", "f42-h055", "f42-h114"],
    "platform_dismissed": ["f42-m070", "f42-h129"],
    "adlaw_more": ["f42-h077", "f42-h113", "f42-m192"],
    # the rules' reading kept: 谁知道 doubting the report is no refusal
    "clean_now": ["f42-m119"],
}


test_fresh42_line_exact = read_lines_exact_test(FIXED, ("fresh42_messages.jsonl", "fresh42_hard_messages.jsonl"))
