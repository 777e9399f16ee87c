"""Stop 69 (helper m69, issue 11): message kinds the fresh53 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), what the model layer now sets aside and the faulty twins it still reads (``test_declined`` /
``test_still_read``), and, by id only, the fresh53 lines each kind set right (``FIXED``: read from the set, judged exact
as benchmarks/line_verdicts.py judges them, rules only and rules + model).
On the start code (e7b8c4b) 115 of this file's 218 cases fail (45 of the 64 kind hits, 4 of the 64 kind cleans — 这都不会
or 这还用问 beside an insult read as questioning, 干着急 after the platform blamed read as shirking, an eye-roll closing a
rival's judgment read as impolite —, the 7 clean-now cases, the 2 messages the model layer now sets aside, none of the
faulty twin, and the fresh53 lines 39 of 40 rules only and 18 of 40 with the model); none of its sentences shares six
characters with a fresh53 line.  No fresh53 line was left: every one of the 40 wrong lines (rules or model) is exact.
"""

from __future__ import annotations

from message_kinds import clean_now_test, declined_tests, kind_test, read_lines_exact_test

KINDS = {
    # arbitrary_promise: one more of the goods sent again for free on the agent's own word (我免费再寄…)
    "free_again": ("jd", "arbitrary_promise", ["笛膜吹破了跟我讲，我就免费再寄两张给您，旧的留着", "这支唇膏要是干裂了，我再免费送您一支",
                                               "陀螺转不起来的话，我直接免费再发你一个"],
                   ["拼图缺片的话我们按售后规则免费再寄缺的那几片", "样品可以免费寄给您先看看", "保修期内配件坏了都能免费再寄一个"]),
    # arbitrary_promise: a sum back on top promised on the boss's word
    "boss_pays_extra": ("taobao", "arbitrary_promise", ["亲，收到不喜欢的话我跟老板说，额外给您返15", "亲放心，我找老板讲一声再给你补10块"],
                        ["亲，我跟老板申请一下能不能便宜，有结果马上告诉您", "亲，额外给您返的积分在会员页能看到哦"]),
    # arbitrary_promise: the postage covered and one more thrown in free
    "gift_on_top": ("jd", "arbitrary_promise", ["脚垫装不上的话，运费我们包，再白送您一套", "尺寸不对运费我们包，还白送你一条"],
                    ["尺寸不对可以退换，运费按规则处理", "运费全包的活动今天结束"]),
    # arbitrary_promise: a swap pledged in the agent's own name for a fault to come
    "personal_swap": ("jd", "arbitrary_promise", ["这双护膝半年内开线，我私人给您包换", "用坏了我私人帮你换新"],
                      ["质保期内有问题可以申请换新", "我帮您申请换新，审核通过就寄出"]),
    # arbitrary_promise: 打包票 closing an outcome vouched, with no 我 before it
    "bare_guarantee": ("jd", "arbitrary_promise", ["贴上这膏药腰就不酸了，打包票", "用了这款发膜头发准顺，打包票！"],
                       ["到货时间不敢打包票，看物流走得快慢", "打包票的话我们不敢说，一般三天能到"]),
    # disparage_platform: the platform's process blamed and the shop said to fret along with the customer
    "platform_slow_we_fret": ("jd", "disparage_platform", ["东哥家的审核慢得出奇，补偿卡在那里，我们商家也是干着急",
                                                           "商城小二那边拖了三天，我们也只能干着急"],
                              ["快递在小哥手上，店里也干着急", "平台审核一般一到两天，我帮您盯着"]),
    # shirking: the same fretting with the courier blamed stays a shrug of the shop's
    "courier_we_fret": ("jd", "shirking", ["包裹压在驿站老板那儿，我这边也干着急", "物流慢是快递那头的事，小店也只能干着急"],
                        ["商城审核拖了好几天，尾款卡在那头，店里也干着急"]),
    # disparage_platform: the platform's cut called too harsh, the platform by its nickname or 这边
    "platform_cut_harsh": ("jd", "disparage_platform", ["东哥那边扣点太高，椅子价格只能这样", "东哥这边佣金这么高，利润薄得很"],
                           ["平台的扣点是公开的，价格我们已经让到最低了", "东哥家这边有价保，降价能申请"]),
    # disparage_platform: the platform said to bully or ignore small sellers, or to have no more spirit than that
    "platform_bullies_sellers": ("jd", "disparage_platform", ["这商城的政策摆明了压榨小商家，降价都是我们掏钱",
                                                              "商城对咱们这些卖手工皂的小店根本不待见，流量给不到",
                                                              "狗东也就这点本事，满减都不肯多给"],
                                 ["平台对新商家有扶持政策，我们也在学", "这个规则是平台定的，我们都会遵守", "这点优惠是平台统一发的"]),
    # abuse: the customer asked whether they slept through school
    "school_slept_through": ("generic", "abuse", ["量杯刻度都看不明白，您念书那会儿净打瞌睡了吧", "这都要问，你念书那会儿光逃课了吧"],
                             ["我上学的时候也用过这款台灯", "孩子上学的时候背这款书包正合适"]),
    # abuse: the customer's skill said unworthy of the pursuit
    "skill_unworthy": ("taobao", "abuse", ["亲，您这技术也配弹尤克里里？", "就您这手艺还绣十字绣呢，针都拿不稳"],
                       ["亲，您这水平的玩家选专业款更合适", "您这手法很专业，还想试试进阶款吗"]),
    # abuse (not also questioning): 这都不会… with an insult beside it
    "cant_even_insulted": ("jd", "questioning", [], ["连个开关都不会按，智商堪忧", "这都不会拧，建议回炉重造"]),
    "cant_even_insulted_abuse": ("jd", "abuse", ["连个开关都不会按，智商堪忧", "这都不会拧，建议回炉重造"], []),
    # impolite: 这还用问 closing a message with no question mark (as with one); beside 废话 it is not also questioning
    "needless_question": ("jd", "impolite", ["插头就一个，插上不就亮了，这还用问", "当然能折叠，这还用问。"],
                          ["这个问题问得好，我来讲讲", "还用问我要不要保修卡吗？随包裹附赠的"]),
    "needless_question_insulted": ("jd", "questioning", [], ["废话，插上不就亮了，这还用问"]),
    # questioning: sent off to get a datum right first and only then come back
    "fix_it_then_ask": ("jd", "questioning", ["先去柜子里把灯管规格记准了再来问", "先回去把门框尺寸量对了再来找我"],
                        ["您先把尺寸量好，再来问也行，我随时在", "先把型号发我，我帮您查"]),
    # questioning: "is that so hard to understand?"
    "so_hard_to_grasp": ("jd", "questioning", ["说明书第一页就画着，有那么难看懂？", "就三个步骤，有这么难理解吗？"],
                         ["这个参数是有这么难理解的地方，我换个说法", "您觉得哪一步难懂？我再讲一遍"]),
    # questioning: why they did not check before reporting or filling in
    "no_self_check": ("generic", "questioning", ["这个地址不存在，您填之前就没核对一遍吗？", "单号查不到，你发之前自己不检查一下么"],
                      ["您发之前对一遍就好，错了也能改", "麻烦您提交前确认一下地址"]),
    # questioning: not one look before ordering (…之前一眼都没瞅么)
    "not_one_look": ("jd", "questioning", ["颜色图就挂在首页，您拍之前一眼都没瞅么？"],
                     ["拍之前看一眼尺码表就行，拿不准问我"]),
    # privacy_leak: the cost of each piece told, from the works or landed in the warehouse
    "cost_each_told": ("jd", "privacy_leak", ["台历是温州一家印刷厂代做，出厂每个23", "说句实话，这种发夹每包到咱们仓库才4块多"],
                       ["这批是出厂一个月内的新货", "到仓库就2天，明天能发"]),
    # forbidden_address (jd): the doubled address in other characters of its sound
    "qin_homophone_doubled": ("jd", "forbidden_address", ["秦秦，跳绳是可调节的", "琴琴～纸巾今天就发"],
                              ["秦秦老师推荐的那本字帖有货", "琴琴牌的口琴音准不错"]),
    # cold_reply: the goods echoed as a question and a bare "just buy it"
    "echo_then_buy": ("jd", "cold_reply", ["刷头？拍下就行。", "滤芯？直接拍就行"],
                      ["刷头？有的呢，直接拍就行哦", "滤芯？您直接拍就行，我给您备注"]),
    # shirking: not getting it either and leaving the customer to puzzle it out
    "puzzle_it_out": ("taobao", "shirking", ["这个我也弄不太明白，您摸索一下图纸吧", "我也搞不懂，你琢磨一下图纸"],
                      ["亲，我也弄不太明白您指的哪一款，麻烦发个链接", "这款的玩法您可以琢磨一下，有不会的我教您"]),
    # shirking: no right to look into it, the customer sent elsewhere
    "no_authority": ("generic", "shirking", ["退押金归财务管，我们客服无权过问，您另外打电话问吧", "这边无权处理，您找物业"],
                     ["我们客服无权处理退款，我帮您转给财务同事", "顾客的隐私我们无权过问"]),
    # shirking: out of the agent's hands and the customer told to make do
    "cant_sway_make_do": ("jd", "shirking", ["工厂的版型我这边左右不了，手套偏紧您就凑合着戴吧", "这个我们真做不了主，您就将就用吧"],
                          ["工厂的版型我这边左右不了，但可以帮您换大一码", "您要是不想将就，我们给您换新"]),
    # impolite: others or a pile of orders waiting, the customer's matter put off
    "busy_put_off": ("generic", "impolite", ["等着的客人多得很，您那个退款晚点再来问", "手头一堆订单压着呢，鞋垫的事回头再说"],
                     ["眼下咨询的人比较多，回复慢了请见谅，问题我都记下了", "我晚点再来问问仓库，有结果告诉您"]),
    # induce_review: what the review must leave out dictated, for a coupon
    "review_leave_out": ("jd", "induce_review", ["评价里别写组装费劲，回头送您张优惠券", "追评千万别提难装，返您五块"],
                         ["评价写真实感受就好，组装有问题随时找我", "组装费劲的话，我发您视频教程"]),
    # disparage_peer: other sellers said to make a quick profit and vanish
    "grab_and_run": ("jd", "disparage_peer", ["那些卖家就是捞一笔就跑，售后找不到人", "外面的店家赚一笔就溜"],
                     ["咱家不是捞一笔就撤的店，售后一直在", "那些商家的活动我们不清楚"]),
    # disparage_peer: cheap goods elsewhere dyed filler, a rival's all chemical essence
    "rival_dyed_or_chemical": ("jd", "disparage_peer", ["外面几块钱的粉笔都是滑石粉染的色", "隔壁卖的线香净是工业香精"],
                               ["咱家这款并非化工香精，成分表可以查", "外面的颜色都是后期染的色，这是老布的特点"]),
    # disparage_peer: a rival's service run down and its goods judged by it
    "rival_staff_so_goods": ("jd", "disparage_peer", ["那家店连发票都开不出来，质量能好到哪儿去", "隔壁旗舰店的客服一问三不知，货能好到哪里去"],
                             ["咱家这台质量能好到哪儿去？您看评价就知道了，一直稳定", "这款东西能用多久看使用频率"]),
    # disparage_peer: a rival brand named with 牌 called an IQ tax
    "named_brand_iq_tax": ("jd", "disparage_peer", ["远航牌那个跳绳纯属交智商税，绳子一甩就断", "飞云牌的耳塞纯属智商税"],
                           ["我们这款牌子的耳塞不是智商税，有检测报告", "这牌子的跳绳适合初学者"]),
    # diversion: sent to the wholesale site by its number
    "wholesale_site": ("jd", "diversion", ["要得多的话上1688找我们厂名，拿货便宜", "1688上搜一下同款，批发价更低"],
                       ["这套茶具1688元包邮", "订单尾号是1688的那单已经发了"]),
    # false_advertising: an incense or a scent said to clean the air or kill germs
    "incense_cleans_air": ("jd", "false_advertising", ["这款檀香点上能去除甲醛，新家放心住", "艾草香包挂车里还能杀菌消毒"],
                           ["香薰不能去除甲醛，新房还是要通风", "这款线香点燃后是淡淡的木头味"]),
    # impolite (not also): an eye-roll closing a judgment of a rival is the rival's
    "rival_eye_roll": ("taobao", "impolite", ["亲，尺码表在详情页[白眼]"], ["亲，那家网店的拖把杆全是薄铁皮卷的[嫌弃]"]),
}

test_kind = kind_test(KINDS)


test_clean_now = clean_now_test([
    # 特别处理 holds no 别处 (elsewhere)
    ("jd", "disparage_peer", "旧电池装袋扔进有害垃圾桶，不用特别处理"),
    ("jd", "disparage_peer", "过期的面膜丢进垃圾袋就好，没必要特别处置"),
    # who could tell what the customer wants after a string of marks
    ("jd", "shirking", "发一串符号，我哪知道您想要哪种灯泡"),
    # the eye-roll closing a judgment of a rival shop
    ("taobao", "impolite", "亲，别家那种拖鞋都是回收料压的[白眼]"),
    # 这都不会 beside an insult: the insult's reading only
    ("jd", "questioning", "这都不会插，真是弱智"),
    # 这还用问 beside 废话: the insult's reading, impolite, not also questioning
    ("jd", "questioning", "废话，能机洗的，这还用问"),
    # the platform blamed, the shop fretting too: not also shirking
    ("jd", "shirking", "商城审核拖了好几天，尾款卡在那头，店里也干着急"),
])


# the model layer: a message naming another shop by what it sells (那几家卖的…), no platform word, is no disparagement of
# the platform (the rules read the rival); with the platform named it is still read
test_declined, test_still_read = declined_tests(
    [("disparage_platform", "那几家卖的晾衣架一拉就弯，纯属坑人"), ("disparage_platform", "别家做的蒸笼一蒸就裂，就是糊弄人")],
    [("disparage_platform", "那几家卖的晾衣架一拉就弯，平台也不管，纯属坑人")],
)


# fresh53 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "free_again": ["f53-m041"],
    "boss_pays_extra": ["f53-m292"],
    "gift_on_top": ["f53-m222"],
    "personal_swap": ["f53-h143"],
    "bare_guarantee": ["f53-h059"],
    "platform_slow_we_fret": ["f53-m055"],
    "platform_cut_harsh": ["f53-m062"],
    "platform_bullies_sellers": ["f53-m035", "f53-m282", "f53-h097"],
    "school_slept_through": ["f53-m267"],
    "skill_unworthy": ["f53-m115", "f53-m280"],
    "cant_even_insulted": ["f53-m001"],
    "needless_question": ["f53-m033"],
    "fix_it_then_ask": ["f53-m281"],
    "so_hard_to_grasp": ["f53-h015"],
    "no_self_check": ["f53-m019"],
    "not_one_look": ["f53-h120"],
    "cost_each_told": ["f53-h009", "f53-h110"],
    "qin_homophone_doubled": ["f53-h012"],
    "echo_then_buy": ["f53-h049"],
    "puzzle_it_out": ["f53-h100"],
    "no_authority": ["f53-h037"],
    "cant_sway_make_do": ["f53-h081"],
    "busy_put_off": ["f53-m223", "f53-h062"],
    "review_leave_out": ["f53-m175"],
    "grab_and_run": ["f53-m008"],
    "rival_dyed_or_chemical": ["f53-h045", "f53-h147"],
    "rival_staff_so_goods": ["f53-h054"],
    "named_brand_iq_tax": ["f53-h126"],
    "wholesale_site": ["f53-h127"],
    "incense_cleans_air": ["f53-h137"],
    "rival_eye_roll": ["f53-m194"],
    "clean_now": ["f53-m208", "f53-h016"],
    "model_set_aside": ["f53-m219"],
}


test_fresh53_line_exact = read_lines_exact_test(FIXED, ("fresh53_messages.jsonl", "fresh53_hard_messages.jsonl"))
