"""Stop 68 (helper m68, issue 11): message kinds the fresh52 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), what the model layer now sets aside and the faulty twins it still reads (``test_declined`` /
``test_still_read``), and, by id only, the fresh52 lines each kind set right (``FIXED``: read from the set, judged exact
as benchmarks/line_verdicts.py judges them, rules only and rules + model).
On the start code (a79d58f) 122 of this file's 228 cases fail (40 of the 64 kind hits, 9 of the 65 kind cleans — dead
skin removed or a crash after 过去 read as a curse, years unworn beside a rank claim read as a promise —, the 9
clean-now cases, the 4 clauses the model layer now sets aside, none of the 2 faulty twins, and the fresh52 lines 40 of
42 rules only and 20 of 42 with the model); none of its sentences shares six characters with a fresh52 line.  Left
unfixed: f52-m272 (an exclaimed "this too is blamed on us" labelled uncivil + impolite, while
common.questioning.blame_returned reads questioning as the read sets label three lines of the same wording).
"""

from __future__ import annotations

from message_kinds import clean_now_test, declined_tests, kind_test, read_lines_exact_test

KINDS = {
    # abuse: 去死 wished on the customer; dead skin, calluses or corners removed (去死皮 / 去死茧 / 去死角) wish nobody dead
    # (separators between the two characters skipped as the words' gaps were: 去 死 / 去*死)
    "go_die": ("jd", "abuse", ["怎么还不去死", "烦不烦，去死吧", "再啰嗦就去死好了", "你怎么不去 死", "你去*死"],
               ["这把去死皮剪刀是不锈钢的", "脚后跟去死茧用磨砂头就行", "这款刷头能去死角的灰", "磨脚石去死皮很快，别太用力",
                "过去，死机的问题已经修好了"]),
    "go_die_taobao": ("taobao", "abuse", ["亲，催命呢，去死吧"], ["亲，去死皮的指缘油滴两滴就够啦"]),
    # impolite: told not to ask again, ending on 啦 as on 了
    "dont_ask_again_la": ("jd", "impolite", ["码数表截图发过三回了，别再问啦", "就是不能机洗，别再问这个啦"],
                          ["有不清楚的随时问，别客气啦", "别担心问题多，尽管问啦"]),
    # diversion: a chat app named with an account handle after it, or the app by its mascot added
    "app_handle_given": ("jd", "diversion", ["截图传到店长微信 shop-88，返现马上到", "有急事找我微信号：tea_2024",
                                             "定制图案加下我企鹅，那边传图方便"],
                         ["微信里的聊天记录我们看不到哦", "支持微信支付和银行卡", "企鹅玩偶加购物车就行"]),
    "app_handle_given_taobao": ("taobao", "diversion", ["亲，下单后加一下我企鹅，尺寸图那边发"], ["亲，企鹅抱枕加购就能领券哦"]),
    # false_advertising: the figure 100% with 不会 and a fault (the read sets label the numeral's claim advertising)
    "hundred_percent_never": ("taobao", "false_advertising", ["亲，这种硅胶牙套咬一年100％不会变形", "亲，钢化膜贴好后100％不会鼓包哦"],
                              ["亲，不敢保证100％不会开裂，冬天注意别骤冷骤热", "亲，面料是100％亚麻的"]),
    # arbitrary_promise: an outcome pledged with the agent's own money on it
    "personal_refund_if_fails": ("jd", "arbitrary_promise", ["护腰带戴半个月腰就直了，不直我私人退款给您",
                                                             "这瓶生发液抹一个月就长出来，不长我自己赔你"],
                                 ["不满意的话，按平台规则申请退款就行", "效果不明显可以申请售后，我帮您走流程"]),
    # questioning: "can't you look it up yourself?" opening its own clause
    "cant_you_look_yourself": ("jd", "questioning", ["尺码就在吊牌里，自己不会翻？", "单号短信里有，您自己不会查一下吗？"],
                               ["担心自己不会装？我们有视频教程", "自己不会量的话，我发您量法图"]),
    # abuse: the customer's skill mocked (菜就多练 / no gear saves you)
    "skill_mocked": ("jd", "abuse", ["菜就多练，别赖键盘", "手潮就多练，换啥鱼竿都救不了你"],
                     ["新手多练练就好，这款入门很友好", "这盆花根烂了，换什么土都救不了了"]),
    # questioning: the customer said to have changed their story, or asked which of their words is true
    "which_is_true": ("generic", "questioning", ["昨天说箱子破了，这会儿又改口说里面碎了", "一会儿说没收到一会儿说收错了，哪句才是实话？"],
                      ["您不用改口，我都记下了", "两个单号哪个是真的？这边替您核实"]),
    # impolite: the question called too basic to be answered
    "beneath_explaining": ("jd", "impolite", ["这种小白问题就不解释了，说明书第一页有", "基础操作不细说了，视频自己看"],
                           ["基础问题也欢迎问，我一步步讲给您", "入门的那些问题我整理成了清单，马上发您"]),
    # diversion: come to the stall or the market first, then get it there for less than online
    "stall_cheaper": ("jd", "diversion", ["要得多就来花卉市场东区的摊位上拿，比网上便宜一截", "过两天到我们仓库直接提货，比线上省三十"],
                      ["来仓库取的话，价格和线上一样", "市场里的摊位我们不清楚，线上下单有质保"]),
    # disparage_platform: selling on the platform called working for it, or its cut called outrageous
    "platform_cut_mocked": ("jd", "disparage_platform", ["在天猫卖货就是给人家打白工，毛巾才卖这个价", "在这商城开店，抽佣高得没边"],
                            ["平台会收一点技术服务费，价格已经是最低活动价了", "在京东开店也要遵守平台规则，我们都按规矩来"]),
    # shirking: the desk, group or department said not to own the matter, the customer left to ask elsewhere
    "not_this_desk": ("generic", "shirking", ["退运费的事不归我这里，您周一再问售后", "换锁芯不归咱们这组管，您另找人",
                                              "水管漏水的事咱们科室可碰不了，您另外打电话问问"],
                      ["换货不归咱们这组，我帮您转给售后组", "这事我们科室碰不了，我帮您转给维修组"]),
    # disparage_peer: a rival brand masked by a letter or as 某牌子 called a toy, junk or a show piece
    "letter_brand_toy": ("jd", "disparage_peer", ["那个K牌卷尺就是个玩具罢了，工地上没人用", "某牌子的筋膜枪纯属智商税"],
                         ["K牌的说明书我们也有，电子版发您", "某品牌的联名款我们也有货"]),
    # disparage_peer: a rival brand tested by us and found stuffed with junk inside
    "masked_brand_junk_inside": ("jd", "disparage_peer", ["某牌子的抱枕我们拆开过，里头填的全是碎布头"],
                                 ["这款抱枕我们拆开过，里头填的是整块记忆棉"]),
    # questioning: told to check their own use first and only then come and talk of a fault
    "check_before_claim": ("jd", "questioning", ["灯不亮先看看开关拨到哪档了，确认好了再来讲质量问题", "先把说明书看一遍，弄清楚了再来谈退货"],
                           ["您确认好收货地址再下单就行", "麻烦检查一下插头，我在这边等您，有问题我们一起看"]),
    # abuse: the customer's wits called an eye-opener
    "wits_eye_opener": ("generic", "abuse", ["讲了两遍还装反，这脑回路真令人大开眼界", "您这智商实在叫人开眼"],
                        ["这台投影的画质真让人开眼", "我这脑子也是，刚才把型号看岔了"]),
    # questioning: how many they bought pressed with 到底
    "how_many_really": ("generic", "questioning", ["先讲明白是哪一单，您到底拍了几双拖鞋？", "您到底收了几箱？"],
                        ["您需要几箱？我帮您备货", "到了几箱您数一下，少了我补"]),
    # arbitrary_promise: the goods vowed never to burst, explode or catch fire
    "never_blows": ("jd", "arbitrary_promise", ["这款暖手宝绝对不会爆，放心揣兜里", "这个电热水袋一定不会漏电，随便用"],
                    ["不敢说绝对不会炸，玻璃壶别干烧", "按说明使用的话一般不会短路"]),
    # disparage_peer: a rival's goods said to fail all the time, or to break a limit
    "rival_fails_often": ("jd", "disparage_peer", ["对面那家卖的电热毯三天两头跳闸，您敢用？", "别家那些奶瓶的双酚A都超标"],
                          ["我们这款三天两头用也不会坏，有质保", "外面的快递柜隔三差五满，您可以选送货上门"]),
    # arbitrary_promise: a repair vouched with 指定, a fee waived as a favour
    "surely_fixed_fee_waived": ("generic", "arbitrary_promise", ["表送过来，这周五指定修好给您寄回", "换屏的配件费也给您免了，您放心"],
                                ["请寄到指定的维修点", "保修期内的维修费是免的，以检测结果为准"]),
    # abuse: told to go back to primary school (回炉重读个小学)
    "back_to_school": ("jd", "abuse", ["三角形都量不准，回炉重念个小学吧", "拼音都打错，回炉重上个幼儿园吧"],
                       ["这批钢材回炉重炼后做成刀片", "孩子重上一遍学前班的话，这套书正合适"]),
    # disparage_platform: the platform's rules called rubbish, or the customer told to go at the platform
    "platform_rules_scorned": ("jd", "disparage_platform", ["退货收运费是平台那套破条条框框吧，跟我说没用", "退款慢您冲京东去，我们管不着"],
                               ["包邮门槛是平台定的，这边帮您算算怎么凑单最划算", "这个系统有点破旧，我们下月升级"]),
    # questioning: why they still used it that way after being told not to
    "why_still_used_so": ("jd", "questioning", ["说明书写了不能进烘干机，您怎么还这么烘？", "都提醒过别暴晒了，怎么还那样晒啊？"],
                          ["怎么还这么慢？这边替您催催快递", "怎么用都可以，按您的习惯来"]),
    # questioning: without a video or a photo the report refused in advance
    "no_proof_no_claim": ("jd", "questioning", ["没开箱录像，您讲的划痕店里一概不认", "没照片的话，这事店里一律不受理"],
                          ["没有视频也没关系，拍几张照片我先帮您登记", "有开箱视频更好，没有的话照片也可以"]),
    # privacy_leak: the recipient of an order the caller asks after read out by ID digits or where they live
    "recipient_read_out": ("generic", "privacy_leak", ["您问的那单收件人我查过了，身份证后四位6608", "那个包裹的收件人我看到了，住滨江路9号3单元"],
                           ["请提供收件人手机尾号，这边替您核对订单", "和您确认下：收件人就是您自己，手机后四位5521，对吗？",
                            "核对一下：收件人赵先生，电话后四位7730，地址是新华路，没问题就发货了"]),
    # questioning: the damage put down to the customer with 那边 … 拧 … 的吧
    "twisted_over_there": ("taobao", "questioning", ["亲，螺丝是您那边拧滑丝的吧？我们出厂都试过", "是你自己拧断的吧？"],
                           ["亲，螺丝拧不紧的话垫个垫片试试", "是我们这边没拧紧，给您补寄配件"]),
    # abuse: a threat to send the recording or the chat to the customer's employer or family
    "exposure_to_employer": ("generic", "abuse", ["还这么骂人，我就把聊天记录发你公司领导看看", "要是再闹，我们就把通话录音寄给您单位"],
                             ["通话录音我们会保存，有需要可以调取", "如果需要证明，我把聊天记录发给您"]),
    # privacy_leak: the works' or the company's original file handed over
    "factory_file_sent": ("jd", "privacy_leak", ["香精配比我把工厂原始文件直接发您，供货商都写着", "公司的配比表整份传给你了"],
                          ["检测报告是公开的，我发您看看", "工厂的地址在详情页能查到"]),
    # arbitrary_promise: years unworn said as a promise; beside a rank or grade claim they are the claim's figure
    "decades_beside_rank": ("jd", "arbitrary_promise", ["这把锄头用十年都不会断", "这口铁锅烧二十年都不会变形"],
                            ["殿堂级的檀木梳，用三十年都不会断齿也不会裂", "这种竹砧板切二十年都不会裂，国内独一份的碳化工艺",
                             "这块砧板放五年都不会开裂，同行里独一份的做法"]),
}

test_kind = kind_test(KINDS)


test_clean_now = clean_now_test([
    # dead skin or calluses removed: no curse
    ("jd", "abuse", "去死皮的磨砂膏每周用一次就够"),
    ("taobao", "abuse", "亲，去死茧的锉刀有粗细两面哦"),
    # who could tell what the customer wants: their unclear message blamed, no question of theirs refused
    ("jd", "shirking", "打一堆问号，谁知道你想要哪一款"),
    # an eye-roll closing a rant at the platform is the platform's, no scorn of the customer
    ("taobao", "impolite", "亲，这规则摆明了偏向买家坑商家[白眼]"),
    # a third person called a troublemaker mocks no customer; the next district is a place, no rival
    ("jd", "abuse", "隔壁那位买家天天刷差评，他就是故意找茬的，您别往心里去"),
    ("jd", "disparage_peer", "快递员就住隔壁小区，说实话他是故意绕路的"),
    ("jd", "disparage_peer", "她家在隔壁镇，其实早就是故意找麻烦了"),
    # years unworn beside a rank claim: the claim's, no promise
    ("jd", "arbitrary_promise", "国宝级的红木砧板，切三十年都不会裂"),
    ("jd", "arbitrary_promise", "这种锅盖烧十年都不会变形，行业里独一份"),
])


# the model layer: a small rounding off the price, the customer's affair not held up (clauses it sets aside), and
# their faulty twins (a promise or a brush-off in another clause, still read)
test_declined, test_still_read = declined_tests(
    [("arbitrary_promise", "两箱一起拍的话帮您抹个零头"), ("arbitrary_promise", "您拿三件我给您抹掉零头吧"),
     ("shirking", "耽误不了您开业的"), ("shirking", "保准耽误不了您的工期")],
    [("arbitrary_promise", "两箱一起拍的话帮您抹个零头，保证明天一早送到"),
     ("shirking", "误不了您的工期，有问题您自己找快递去")],
)


# fresh52 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "go_die": ["f52-m018", "f52-m028", "f52-m075", "f52-m120", "f52-m139"],
    "dont_ask_again_la": ["f52-m043"],
    "model_set_aside": ["f52-m007", "f52-h028"],
    "app_handle_given": ["f52-m014", "f52-h084"],
    "platform_cut_mocked": ["f52-m023"],
    "clean_now": ["f52-m003", "f52-m025", "f52-m171"],
    "not_this_desk": ["f52-m041", "f52-m237", "f52-h007"],
    "letter_brand_toy": ["f52-m042"],
    "check_before_claim": ["f52-m095"],
    "wits_eye_opener": ["f52-m099"],
    "hundred_percent_never": ["f52-m140"],
    "personal_refund_if_fails": ["f52-m148"],
    "how_many_really": ["f52-m165"],
    "cant_you_look_yourself": ["f52-m190"],
    "never_blows": ["f52-m211"],
    "rival_fails_often": ["f52-m253", "f52-h001"],
    "skill_mocked": ["f52-m262"],
    "surely_fixed_fee_waived": ["f52-m269"],
    "factory_file_sent": ["f52-h020"],
    "stall_cheaper": ["f52-h031"],
    "back_to_school": ["f52-h054"],
    "decades_beside_rank": ["f52-h064"],
    "platform_rules_scorned": ["f52-h094"],
    "which_is_true": ["f52-h108"],
    "why_still_used_so": ["f52-h109"],
    "masked_brand_junk_inside": ["f52-h110"],
    "no_proof_no_claim": ["f52-h123"],
    "recipient_read_out": ["f52-h128"],
    "beneath_explaining": ["f52-h139"],
    "twisted_over_there": ["f52-h143"],
    "exposure_to_employer": ["f52-h149"],
}


test_fresh52_line_exact = read_lines_exact_test(FIXED, ("fresh52_messages.jsonl", "fresh52_hard_messages.jsonl"))
