"""Stop 50 (helper m50, issue 11): message kinds the fresh34 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), and, by id only, the fresh34 lines each kind set right (``FIXED``: read from the set, judged exact
as benchmarks/line_verdicts.py judges them, rules only and rules + model).
"""

from __future__ import annotations

import pytest

from message_kinds import kind_test, read_lines_exact_test, rule_categories

KINDS = {
    # cold_reply: a bare interjection closed by its own full stop, then one short flat statement; a bare "noted"
    "cold_bare_lead": ("jd", "cold_reply",
                       ["哦。快递还没到站。", "嗯。那件外套下午出库", "哦，记住了"],
                       ["嗯。您稍等，我看看物流", "哦，好的呢，马上帮您登记", "嗯，那件外套下午出库，到了会有短信提醒哦"]),
    # uncivil: 屮 written for 草 in the curse
    "curse_glyph": ("jd", "uncivil", ["我屮，运单号又贴反了", "卧屮，扫码枪又没反应"],
                    ["卧室的窗帘今天就发", "草莓礼盒明早发顺丰"]),
    # abuse: the customer's head full of paste, their budget or body mocked, their questions called idleness or an
    # interrogation, a nickname for a troublesome buyer, fussiness mocked as a princess's
    "abuse_scorn": ("taobao", "abuse",
                    ["脑子里装的全是浆糊，说明书第一页就印着", "就您这么点工资还敢看真皮沙发？", "先回去攒够钱再来买吧",
                     "先看看你自己那双粗腿再挑裤子", "您是闲得发慌吧，一天来问好几回", "老来打听，您这种我们内部叫钉子户",
                     "退个发卡罢了，事比谁都多", "一只靠垫而已，当自己是公主呢"],
                    ["美工浆糊一瓶能用很久", "攒够积分再来换购更划算", "裤腿偏粗的话可以选直筒款", "在家闲得慌的话，这盒拼图很适合",
                     "公主床的帐子是另配的"]),
    # shirking: another channel to find, telling the agent no use, the page says what it says, not the agent's case,
    # no answer, no advice at all, sent to have it out with someone, another number, 反正…没法给您退, the desk's own
    # knowledge disowned, 不归…部门受理
    "shirking_passed": ("jd", "shirking",
                        ["这点我们不懂，您另外找途径核实吧", "退运费的事跟我讲也没用", "保质期多久，包装上标的啥就是啥",
                         "这不是我经手的订单，您问别人", "接口规格我们实在答不上来", "搭配哪款鞋我们给不出任何建议",
                         "少发了找仓库，您自己找他们说去", "开发票不归咱们部门负责，你改天换个电话打吧",
                         "反正定制款没法给您退", "电池容量客服都不了解，别问了"],
                        ["不是我经手的订单，不过我帮您转给同事", "接口规格我答不上来，我去问技术再回您",
                         "热线占线的话您换个电话打，备用线也能接", "您跟快递员说一声放门口就好", "反正都要出门，顺路给您带过去也行"]),
    # questioning: 你不知道…吗 with the matter between, "X that is not Y, is it still X?", the customer's photo doubted,
    # asking only now reproached, a notice too plain to miss missed
    "questioning_reproach": ("jd", "questioning",
                             ["你不知道定制款做好了就不退吗？", "臭豆腐不臭还叫臭豆腐吗", "您拍的这个真是我们店的水杯吗？",
                              "下单前不问，回头倒来怪尺码小", "这么显眼的提示也能看漏？"],
                             ["您不知道尺码的话，把身高体重发我", "您是不知道选哪款吗？我给您推荐一下", "这么大的字号老人看着也清楚",
                              "您拍的照片很清楚，是我们家的水杯"]),
    # impolite: hesitation brushed off, too busy now, a cheap buy's demands scorned, the question answered again and again
    "impolite_brushed": ("jd", "impolite",
                         ["您纠结的话就随缘吧", "反正这款电扇您买不买都无所谓", "我现在忙着呢，晚点说", "现在顾不上，明天再聊",
                          "才十几块的袜子，您这要求还真高", "这个问题我都说了好几遍了"],
                         ["不好意思我这边忙着呢，回复慢了", "您买不买都可以先领张券收着", "这个价的要求都符合国标",
                          "这批货问题也太多，我马上补发"]),
    # arbitrary_promise: a whole price paid back for a single bad piece, a free swap once it wears in the agent's name,
    # paid for any lateness, a free visit
    "promise_vouched": ("jd", "arbitrary_promise",
                        ["要是有一只是坏的，我双倍给您赔", "表带断了来找我包换", "晚半天我们就赔",
                         "明早派人上门，装好不收你一分钱"],
                        ["要是有一只坏的，拍照给我按售后规则处理", "一分钱一分货，这款用料更厚", "晚一天发货会短信通知您",
                         "为保证木床不变形，安装后别马上压重物"]),
    # false_advertising: better than a vet or a doctor, the ceiling of the whole web
    "cure_or_ceiling": ("jd", "false_advertising", ["狗狗掉毛喂这款鱼油，比看兽医都管用", "这台投影仪算全网的天花板了"],
                        ["皮肤过敏还是建议先看医生", "客厅的天花板灯有三种色温"]),
    # induce_review: the review's pictures or length set, a gift or a sum next time
    "review_shown_gift": ("jd", "induce_review", ["晒三张照片，下回来买再送一包湿巾", "写满四十个字的好评，下次下单返三块"],
                          ["晒两张图的话，别的买家挑色更方便", "三十个字的评价就够了，写真实感受"]),
    # privacy_leak: another person's ID number read out or its last digits told; the buying cost with a sum; the
    # internal lookup sheet sent whole
    "privacy_shapes": ("generic", "privacy_leak",
                       ["订这单的是位赵女士，身份证号我报给你听听", "另一位客户身份证后四位是4471", "拿货成本一个才八块出头",
                        "全部型号的内部对应表整份转您"],
                       ["您预留的身份证后四位是8080，核对无误", "麻烦提供一下身份证后四位", "整份尺码对照表我发您看看",
                        "成本涨了，价格实在降不了"]),
    # diversion: a picture sent to the agent's WeChat, the app as a little green program, the red-book app masked as 某书
    "contact_shapes": ("jd", "diversion", ["拍好的视频发我微信就行", "户型图您发到绿色的小软件上，我那边看", "我们家某书号搜店名就有教程"],
                       ["微信支付和白条都能用", "这款书架的说明书我拍照发您"]),
    # disparage_peer: a rival run down by industrial salt, a net that tears, a smell of glue, scraps, acid-treated jade,
    # Putian copies, chipboard
    "peer_run_down": ("jd", "disparage_peer",
                      ["网红牌子的腊肠都是工业盐腌的", "别的厂出的网兜一扯就破", "同行的地毯有一股胶味，闻着头疼",
                       "隔壁几家的狗粮掺的都是下脚料", "别家便宜的玉坠多半是泡过酸的C货", "别家两百的板鞋多半是莆田货",
                       "别家两百的书桌全是刨花板拼的"],
                      ["别家的情况我不清楚，咱家这款是实木的", "鉴定证书写明是A货翡翠"]),
    # disparage_platform: its rules called rotten, its delivery a crawl, the platform as 站方
    "platform_run_down": ("jd", "disparage_platform",
                          ["平台那套破规矩把退款卡了四天", "商城的配送慢得跟蜗牛爬似的", "站方扣点那么狠，价格下不来"],
                          ["平台的审核一般一两天", "站方的活动周五开始"]),
    # forbidden_address (jd): baby said in its English sound
    "address_baby": ("jd", "forbidden_address", ["北鼻～券已经发到账户了"], ["这款北鼻同款发夹有三色"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # a purpose told with advice (为了保证…，建议…): nothing promised
    ("jd", "arbitrary_promise", "为保证木床不变形，安装后别马上压重物"),
    # jade graded B / C (B货、C货): the grade of treated jade, not 蠢货 by its initial
    ("jd", "abuse", "玉镯分A货、B货、C货，咱家都是A货"),
    # a batch's faults (这批货问题也太多): the goods', no scold of the customer's questions
    ("jd", "impolite", "这批货问题也太多，我马上补发"),
    # an inside price as the lure of a chat group (进群): the group's diversion, no cost disclosed
    ("jd", "privacy_leak", "粉丝群周五放水杯内部价，进群抢"),
    # a meal counted (第一顿饭): an ordinal, no ranking claim (adlaw ``ordinal_units``; seen in a read chat pool, stop 50)
    ("taobao", "false_advertising", "让亲第一顿饭就没吃好，真是我们的疏忽😞"),
    ("jd", "false_advertising", "宝宝换奶粉后的第一餐少冲一点"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


# fresh34 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "cold_bare_lead": ["f34-m097", "f34-h007"],
    "curse_glyph": ["f34-h057"],
    "abuse_scorn": ["f34-m027", "f34-m106", "f34-m157", "f34-m170", "f34-h030", "f34-h077"],
    "shirking_passed": ["f34-m110", "f34-m137", "f34-m243", "f34-m253", "f34-m287", "f34-h001", "f34-h085", "f34-h093",
                        "f34-h139"],
    "questioning_reproach": ["f34-m038", "f34-m143", "f34-m260", "f34-h026", "f34-h035"],
    "impolite_brushed": ["f34-m131", "f34-m166", "f34-h008", "f34-h023", "f34-h094"],
    "promise_vouched": ["f34-m007", "f34-m294", "f34-h069", "f34-h123"],
    "cure_or_ceiling": ["f34-m275", "f34-h117"],
    "review_shown_gift": ["f34-h017"],
    "privacy_shapes": ["f34-m064", "f34-h012", "f34-h129"],
    "contact_shapes": ["f34-m060", "f34-m125", "f34-h152"],
    "peer_run_down": ["f34-m046", "f34-m114", "f34-m215", "f34-m271", "f34-h003", "f34-h051", "f34-h115"],
    "platform_run_down": ["f34-m231", "f34-m300", "f34-h095"],
    "address_baby": ["f34-h063"],
    "clean_now": ["f34-h158", "f34-m219", "f34-m229"],
}


test_fresh34_line_exact = read_lines_exact_test(FIXED, ("fresh34_messages.jsonl", "fresh34_hard_messages.jsonl"))
