"""Stop 63 (helper m63, issue 11): message kinds the fresh47 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shape the rules flagged before
(``test_clean_now``), the clean shapes the model layer now sets aside and their faulty twins it still reads
(``DECLINED`` / ``STILL_READ``), and, by id only, the fresh47 lines each kind set right (``FIXED``: read from the set,
judged exact as benchmarks/line_verdicts.py judges them, rules only and rules + model).
On the start code (6cae143) 94 of this file's 174 cases fail.
"""

from __future__ import annotations

from message_kinds import clean_now_test, declined_tests, kind_test, read_lines_exact_test

KINDS = {
    # abuse: the customer's head mocked with no curse word (swapped like a part, stuffed with something)
    "brain_mocked": ("jd", "abuse",
                     ["脑子要是像灯泡一样能换就好了", "您还是去修个脑袋吧", "你脑子里灌的都是浆糊吗？", "脑子要是和手机一样可以升级就好"],
                     ["孩子脑子里装的全是汽车吧？这套轨道车正合适", "电脑要是跟笔记本一样能拆就方便了", "这顶头盔护着脑袋，骑车更安心"]),
    # abuse: more lies in the review dared, the customer's address held over them
    "dared_review": ("jd", "abuse", ["你再在评论区乱讲试试", "敢在晒图里瞎写试试", "我们存着你家里的地址，小心点"],
                     ["我们有您的地址，师傅上门前会先打电话", "评论区写什么都是您的自由"]),
    # questioning: after 到底, asked to make up their mind once before asking again
    "mind_once": ("jd", "questioning", ["到底要蓝的还是灰的，就不能先考虑清楚再来问？", "究竟订几份，能否一次想明白再联系"],
                  ["您慢慢挑，想好了告诉我就行", "到底要蓝的还是灰的都行，您随时告诉我"]),
    # questioning: the customer told they knew and asked anyway
    "knew_and_asked": ("generic", "questioning", ["图纸都在您手上，您这是明知故问吧", "既然懂行又何必打电话来问"],
                       ["您问得细一点没错，不算明知故问", "既然您清楚尺寸，我直接帮您下单"]),
    # questioning: the days of use thrown back before the fault is doubted
    "doubted_after_use": ("taobao", "questioning",
                          ["这块手表您都戴了十天了，真的是一到手就停走吗？", "亲已经喝了半个月了，确定是开罐就结块么？", "都用了两周多了，真的一开机就卡吗？"],
                          ["您已经用了十天了，真的辛苦您反馈", "您都穿了七天了，大小还合适吗？"]),
    # questioning: the rest not to be asked yet; nothing to discuss unless it is filmed
    "gag": ("jd", "questioning", ["收货人先告诉我，其余的先不要问", "不拍开箱照片的话，换货一概免谈", "不提供购物凭证就免谈"],
            ["其余的问题您先记下来，我一会儿一起答", "开箱照片不拍也没关系，我帮您登记"]),
    # arbitrary_promise: a return or swap for life
    "swap_for_life": ("jd", "arbitrary_promise", ["这把菜刀钝了给您包换到老", "电热毯坏了咱家包退换一辈子", "这款拉杆箱免费修终身"],
                      ["拉杆箱保修一年，售后按政策来", "包换期是收货后十五天"]),
    # cold_reply: 行 / hao的 with a clipped statement
    "clipped_ok": ("jd", "cold_reply", ["行，周三发。", "hao的，没赠品。", "行，能开票"],
                   ["行，我这就帮您备注周三发", "好的呢，这款有赠品哦，随单寄给您"]),
    # disparage_platform: its process, review or delivery called a sham or a drag, waved off as its own affair
    "platform_sham": ("jd", "disparage_platform",
                      ["平台那套仲裁就是走过场", "东子的物流这两天老是掉链子", "平台的售后流程磨磨唧唧", "价保是平台弄的那套，别太指望"],
                      ["平台仲裁很公正，您放心提交", "物流这两天有点慢，我帮您催一下", "平台审核不会一拖再拖，我帮您盯着", "平台的配送一直挺靠谱，明天准到"]),
    # disparage_peer: granted cheap then called fakes, cheap because of a hazard, relabelled and sold dear, ones out there
    "peer_smeared": ("jd", "disparage_peer",
                     ["别家的拖把好看是好看，卖的都是次品", "其他店的奶粉勺价低，是因为塑料不合格", "某家的保温杯就是贴牌货",
                      "换换商标就敢卖双倍", "市面上卖的那些筷子都是漂白过的"],
                     ["别家的拖把便宜些，我们家的更耐用", "我们家的保温杯是自己厂做的，不是贴牌", "市面上卖的那些款式我们也有", "您家的冰箱就是贴牌的吗？我帮您看下型号"]),
    "peer_far_compare": ("jd", "disparage_peer", ["隔壁家的茶杯是机器做的，跟咱们手工烧的完全没法比"],
                         ["我们手工烧的茶杯，每只花纹都不太一样"]),
    # shirking: a matter no longer the shop's, the courier's business the shop cannot hurry, a bare rule
    "disowned": ("jd", "shirking",
                 ["签收满七天，跟咱们店没关系了", "丢件是快递的事，我们管不了", "制度就是这样的，我也做不了主"],
                 ["这跟您没关系，是我们仓库漏发了", "丢件是快递的事，不过我这边先帮您登记补发", "制度是这样的，我也做不了主，但我帮您申请个补偿",
                  "过了保修期和本店没关系了，但我帮您约个上门维修"]),
    # impolite: put off because others are asking; too many questions, asked over and over
    "put_off": ("jd", "impolite", ["咨询的人特别多，发票的事改天再说", "你问题这么多，页面上都写着", "这事来回说了几遍了"],
                ["排队的人多，回得慢了，您的问题我正在查", "这批杯子问题太多，我直接给您换新"]),
    # impolite: too dear, then do as you please
    "dear_please": ("jd", "impolite", ["价钱就摆在这，嫌贵您随便", "嫌沉你随意"], ["嫌沉的话您随意挑个轻便款，我发链接"]),
    # privacy_leak: another buyer named by their order, then where they live; an internal sheet sent to the customer
    "other_buyer_named": ("jd", "privacy_leak", ["前一位订了十箱橙子的叫陈丽，电话是一三九开头"],
                          ["前一位订了十箱橙子的也是老顾客"]),
    "internal_sheet": ("jd", "privacy_leak", ["内部的考核标准我直接发您了", "内部退款判定表传给你了"],
                       ["内部规定不方便发您，我讲下要点", "保修卡照片我发您了"]),
    # false_advertising: nobody cheaper than us; a field's ceiling acknowledged; new for years
    "none_cheaper": ("jd", "false_advertising", ["没有哪一家比本店这款台灯卖得低", "找不到任何一家比我们家还划算的"],
                     ["没有哪家比我们发货快，下午下单当天发", "别家也许更便宜，您可以比比"]),
    "ceiling": ("jd", "false_advertising", ["这款耳机在发烧界中算当之无愧的天花板"], ["灯要贴着天花板装，选吸顶款"]),
    "new_for_years": ("jd", "false_advertising", ["这只铁锅用三十年都像新的一样", "这套餐具摆上十年还和新买的一样"],
                      ["您家这口锅用了十年都像新的一样，保养得真好", "用十年都像新的一样吗？那不可能"]),
    # induce_review: praise written into the review shown by a screenshot for a gift
    "praise_for_gift": ("taobao", "induce_review", ["评论里夸几句面膜好用，截个图来领试用装"],
                        ["评论里写写真实感受就行，不用截图"]),
    # diversion: a platform by its pink colour or by what one does there
    "coloured_app": ("jd", "diversion", ["粉色的拼单app上有一样的", "那个红色的砍价平台卖得更便宜"],
                     ["粉色款拼单价更低，选两件就行", "红色的包装袋随单附赠"]),
}

test_kind = kind_test(KINDS)


test_clean_now = clean_now_test([
    # a replacement told with the day its warranty starts counting from is the warranty's terms read out, no favour
    ("jd", "arbitrary_promise", "烧水壶一年内要是漏水，直接换新，质保期按付款日算起"),
    # a sweetener offered to keep a bad review off is the review's one reading (induce_review), no separate promise
    ("jd", "arbitrary_promise", "有什么不满意别写差评，跟我说，私下给您补一些"),
])


# (category, a clean sentence whose every clause the model layer sets aside for that category)
DECLINED = [
    ("shirking", "先找找手感"),
    ("arbitrary_promise", "挂上二十年都像新的一样"),
]

# the same shapes with the words that make the fault: still read
STILL_READ = [
    ("shirking", "您自己找找手感吧，我也没办法"),
    ("arbitrary_promise", "我保证挂上二十年都像新的一样"),
]

test_declined, test_still_read = declined_tests(DECLINED, STILL_READ)


# fresh47 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "brain_mocked": ["f47-m032", "f47-h113"],
    "dared_review": ["f47-m131"],
    "mind_once": ["f47-m069"],
    "knew_and_asked": ["f47-h130"],
    "doubted_after_use": ["f47-m239"],
    "gag": ["f47-h053", "f47-h120"],
    "swap_for_life": ["f47-m102"],
    "clipped_ok": ["f47-m212", "f47-h137"],
    "platform_sham": ["f47-m089", "f47-m145", "f47-m227", "f47-h005"],
    "peer_smeared": ["f47-m146", "f47-m256", "f47-h062", "f47-h086"],
    "peer_far_compare": ["f47-h049"],
    "disowned": ["f47-m158", "f47-h008", "f47-h010"],
    "put_off": ["f47-m197", "f47-m285"],
    "dear_please": ["f47-m179"],
    "other_buyer_named": ["f47-m009"],
    "internal_sheet": ["f47-h107"],
    "none_cheaper": ["f47-h084"],
    "ceiling": ["f47-h100"],
    "praise_for_gift": ["f47-h129"],
    "coloured_app": ["f47-h148"],
    "clean_now": ["f47-m232", "f47-m246"],
    "declined": ["f47-h036", "f47-h082"],
}


test_fresh47_line_exact = read_lines_exact_test(FIXED, ("fresh47_messages.jsonl", "fresh47_hard_messages.jsonl"))
