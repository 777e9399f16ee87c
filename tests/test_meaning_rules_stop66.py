"""Stop 66 (helper m66, issue 11): message kinds the fresh50 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), the clauses the model layer now sets aside and their faulty twins it still reads
(``test_declined`` / ``test_still_read``), and, by id only, the fresh50 lines each kind set right (``FIXED``: read from
the set, judged exact as benchmarks/line_verdicts.py judges them, rules only and rules + model).
On the start code (512b9e1) 127 of this file's 256 cases fail (51 of the 71 kind hits, none of the 75 kind cleans, 7 of
the 8 clean-now cases, the 4 declined clauses, the fresh50 lines 45 of 47 rules only and 19 with the model, and adlaw's
copy of the quoted reporters); none of its sentences shares six characters with a fresh50 line.
"""

from __future__ import annotations

from message_kinds import clean_now_test, declined_tests, kind_test, read_lines_exact_test

KINDS = {
    # false_advertising: the goods said to last a hundred years without a fault (a lifetime's claim, not a promise)
    "century_unfailing": ("jd", "false_advertising",
                          ["这支记号笔的字迹放上几百年也不褪色", "这块石材台面用一百年都不会开裂", "这种防腐木搭的凉亭两百年也不变形"],
                          ["一百年都不褪色吗？正常保存能放很久", "这家老字号开了一百多年，口碑不错",
                           "这种防腐木正常维护能用二三十年"]),
    # arbitrary_promise: the agent's name or staff number in the note, and a private discount or gift for it
    "name_in_note": ("jd", "arbitrary_promise",
                     ["拍的时候留言写上我工号，到时候再给你便宜八块", "下单备注小妹的名字，我多送您一包湿巾",
                      "付款前备注一下客服昵称，额外给您减二十"],
                     ["下单备注您的名字和电话就行", "备注我的名字方便我跟进您的订单", "拍的时候备注小妹工号，方便我优先给您安排发货"]),
    # disparage_platform: the rule declared the platform's and the customer sent to complain to it
    "platform_rule_complain": ("jd", "disparage_platform",
                               ["退货地址是平台统一设的，嫌麻烦你直接找平台理论去", "优惠券门槛是东哥家订的，不乐意的话你去找他们闹"],
                               ["这个限购是平台定的，我帮您反馈给平台看看", "这个配送费是平台规定的标准，金额以结算页为准"]),
    "platform_rule_complain_taobao": ("taobao", "disparage_platform", ["这个限购是淘宝定的，不服您找淘宝投诉"],
                                      ["这个限购是淘宝规定的，小妹替您申请一下特殊处理"]),
    # diversion: the shop's offline store named with where it is and the customer sent there to buy
    "store_sent_to_buy": ("jd", "diversion",
                          ["这款烤箱我们实体店也在卖，店就开在南京新街口，您直接过去买还能看样机",
                           "线下专卖店在滨江区长河路，你到店里买能便宜点"],
                          ["咱家实体店只做样品展示，下单还是在这儿拍", "实体店地址在页面底部，售后维修可以送过去"]),
    # diversion: the shop's own mini-program or account as the place to order, or its code to scan
    "own_mini_program": ("jd", "diversion", ["在咱家小程序上买会多送一个杯垫", "长按识别图中二维码进店", "去我们公众号里下单有专属价"],
                         ["京东小程序里也能查到订单", "请在本页面下单，不要扫陌生二维码"]),
    # false_advertising: no flaw at all claimed (零瑕疵 / 零缺陷)
    "zero_defect": ("taobao", "false_advertising", ["这批真丝围巾完全零瑕疵，您放心拍", "我们的电动牙刷做工零缺陷"],
                    ["零瑕疵吗？出厂逐件质检，收到若有瑕疵能换", "零食礼包今天有活动", "车间一直力求零缺陷，手工款难免有细小差别"]),
    # arbitrary_promise: a payout pledged without any condition
    "unconditional_payout": ("jd", "arbitrary_promise", ["这台血压计测不准的话，店里无条件照价赔付", "胶水粘不牢我们无条件包赔"],
                             ["本店商品签收后一周内可以无理由退", "能无条件赔偿吗？这个要看检测结果",
                              "检测确认有质量毛病的话，店里无条件给您退全款"]),
    # questioning: whether they did not listen or read "or what"
    "or_what": ("generic", "questioning", ["先生，发您的链接你是没点开还是怎么着？", "您是不认字还是咋的"],
                ["您是没收到验证码还是收到了输不进去？", "您是想退还是想换呢？", "您是没收到货还是怎么回事？小妹这就去查物流",
                 "你是不是没刷新还是怎么着，我重新推送一次"]),
    # disparage_platform: the platform called stingy
    "platform_stingy": ("jd", "disparage_platform", ["退运费才给三块？京东那边向来小气", "平台本来就小气，活动补贴给得少",
                                                     "价保只补了两块，东哥家一直抠抠搜搜"],
                        ["我们店从不抠门，赠品都是足量的", "平台的补贴已经到账了"]),
    # shirking: out of means and the customer left to manage, or told to find a way themselves in slang
    "out_of_means": ("jd", "shirking", ["尺寸不合适的话我也没辙了，您自己看着办吧", "快递改不了，你自个儿想招吧",
                                        "接口对不上我们真没招了，你看着弄吧"],
                     ["别担心，我来想办法", "我这边没招到合适的师傅，明天再帮您约"]),
    # questioning: the customer's miss called unbelievable in a question
    "even_this_missed": ("jd", "questioning", ["颜色写在标题里，这都能选错？", "按钮那么大，这也能看不见吗？"],
                         ["这都能选，颜色随您挑", "这个位置确实容易看漏，我给您圈出来",
                          "这也能拍错？没事，这个按钮确实小，我帮您改"]),
    # disparage_peer: a rival's goods said to be mixed with something cheaper
    "peer_adulterated": ("jd", "disparage_peer", ["别家的蜂蜜都是糖浆兑的", "外面卖的那种羊毛衫里头掺了腈纶",
                                                  "其他店的椰子油多半掺了别的油"],
                         ["我们的蜂蜜没掺任何东西", "别家的蜂蜜我们没了解过，我们这款是原蜜"]),
    # arbitrary_promise: a gift from the agent's own pocket, sent free again
    "own_pocket_gift": ("jd", "arbitrary_promise", ["等您用完，我个人再免费发您一套", "下回缺了跟我说，我私人免费给您寄两包"],
                        ["我个人建议您选大号", "我私下问了仓库，明天能发"]),
    # privacy_leak: another buyer pointed out by surname and title with where they are
    "buyer_pointed_out": ("jd", "privacy_leak",
                          ["上午那位买了五箱矿泉水的陈总，他是开发区那家物流公司的", "刚才那单是静安寺附近的周女士拍的，和您同一个色号"],
                          ["上午那位顾客也问了这款，您需要的话我发您参数", "那单是您本人拍的，地址我核对过了"]),
    # false_advertising: harmless even if a child or a pet eats it
    "safe_to_swallow": ("jd", "false_advertising", ["这款手指画颜料是无毒配方，小朋友吃了也没事", "猫砂是豆腐渣做的，猫咪吞下去都没问题",
                                                    "这块橡皮泥宝宝误吃了也不要紧", "狗窝的填充棉很安全，狗狗咬了也没问题"],
                        ["宝宝误吃了也没事吗？建议还是别让孩子放嘴里", "小朋友玩的时候请家长陪同",
                         "这款米粉宝宝吃了也没事，六个月以上都能吃"]),
    # disparage_platform: the platform's system called outdated or broken
    "platform_system": ("jd", "disparage_platform", ["京东的聊天系统太落后", "平台这套售后系统早就老掉牙"],
                        ["平台系统升级中，消息可能会延迟，请您稍等", "我们的系统有点卡，马上帮您查", "京东系统太落后了？不会的，是网络波动"]),
    "platform_system_taobao": ("taobao", "disparage_platform", ["淘宝那套后台系统早就老掉牙了，改个价要等半天"],
                               ["淘宝后台今天在维护，改价要晚一点"]),
    # induce_review: a review of a shape asked (pictures, length, praise) or shown by a screenshot, and a reward for it
    "reward_for_detailed": ("jd", "induce_review",
                            ["评价附上三张实拍，截个图给客服，下次下单立减五块", "评论写满一百字带四张照片，下次来买会便宜八块",
                             "追评配两个小视频再报个暗号，就送您一对鞋垫"],
                            ["差评的截图发我，我这边送到质检部门核实", "评价截图发我，我替您把售后单补上", "用得满意的话欢迎写个评价，不满意也告诉我",
                             "评价带几张图能帮其他顾客参考，写不写都随您"]),
    "reward_for_detailed_taobao": ("taobao", "induce_review", ["亲，买家秀晒出来再夸几句，下回来买送您一把小梳子"],
                                   ["亲，买家秀随您心意晒，不晒也没关系"]),
    # questioning: whether they did not look closely
    "didnt_look": ("jd", "questioning", ["标题里写着是单只装，您拍的时候没认真看吗？", "你下单前没好好瞅一眼？"],
                   ["您可能没仔细看到，这个信息放得比较靠后", "那会儿没仔细看到也正常，我再讲一遍",
                    "你拍之前没认真瞅一眼？没事，我帮你改"]),
    # privacy_leak: what the factory charges told with its figure
    "factory_cost": ("jd", "privacy_leak", ["这种香皂工厂出来一盒才两块五，利润很薄", "我们从厂家拿货就要八十五，真让不了了"],
                     ["厂里出货要三天，所以周五才能发", "工厂出来的每一件都经过质检"]),
    # disparage_peer: a rival's goods tried by us and said to be no match for ours
    "peer_tested_beneath": ("jd", "disparage_peer",
                            ["那个牌子的保温壶我们测过，两小时就凉了，根本比不上我们家的",
                             "某宝爆款的蓝牙音箱我买来试过，音质完全没法跟咱们的比"],
                            ["您寄回的保温壶我们测过，确实是内胆的问题，给您换新", "两款的保温壶我们都测过，各有优点"]),
    # abuse: the customer's head hit by a door or broken along with the goods
    "head_damaged": ("jd", "abuse", ["杯子都能捏碎，脑袋也一起撞坏了？", "锅盖都能扣反，脑子跟着摔坏了", "这么简单的按钮都找不到，脑子被门挤了吧"],
                     ["手机摔坏了的话先别充电", "门夹到手的话先冷敷一下"]),
    # impolite: hurrying said to be no use and the customer told to wait
    "no_use_hurrying": ("jd", "impolite", ["着急也没用，货车还没进城，等着吧", "催都没用，仓库排着队呢，等着呗"],
                        ["着急也没用的话，我帮您联系快递加急", "您别急，我帮您盯着，有消息第一时间告诉您",
                         "催也没用，车还在高速上，您安心等着就行，我替您盯着进度"]),
    # shirking: no authority and the customer sent to try another day
    "no_authority_later": ("generic", "shirking", ["退款审批小妹没权限，你过几天再问问", "发票改抬头我们没有这个权限，您明天再打来试试"],
                           ["这个我没有权限，已经帮您转给财务同事了", "我没权限改价，您下次来拍可以用优惠券",
                            "改地址我没权限，你明天再联系物流专员，他们那边能改"]),
    # questioning: the report called impossible and the customer said to have mixed things up
    "impossible_mixed_up": ("jd", "questioning", ["不锈钢的怎么可能生锈，你是不是看错了", "原装线怎么会充不进，您八成是插错口了吧",
                                                  "新灯泡怎么会不亮，您是不是装错了"],
                            ["怎么会这样呢，您是不是方便录段视频发过来", "怎么会生锈呢？这就给您安排换一个",
                             "滤网怎么会堵，你是不是拿错了型号？我来帮你核对"]),
    # impolite: the question said not worth asking
    "no_need_to_ask": ("jd", "impolite", ["这么简单的问题没必要专门来问客服", "这点小问题犯不着问我们"],
                       ["这种问题不用担心，我们都有售后", "这类问题您随时来问我就行"]),
    # questioning: every other matter forbidden for now
    "nothing_else_now": ("jd", "questioning", ["照片发过来再说，别的统统少扯", "先把快递单号给我，其他的一律甭问"],
                         ["别的都不用担心，我来处理", "其他的都别操心了，交给我们"]),
    # disparage_peer: some brands said to fleece their buyers; a rival hinted at, "you know"
    "peer_scam": ("jd", "disparage_peer", ["有的品牌的筋膜枪纯属割韭菜", "某些品牌的防晒衣专门割韭菜"],
                  ["放心，我们不割韭菜，价格都是透明的", "我们支持价保，不用担心被割韭菜"]),
    "peer_you_know": ("jd", "disparage_peer", ["某些店的毛巾用的是回收棉，你懂的", "外面那种便宜的蜂蜜是怎么来的，您应该懂的"],
                      ["别家的我们不评价，您看着合适就行", "您懂的话可以自己装，不懂我远程教您"]),
    # arbitrary_promise: a hair shed as the fault and a new one pledged
    "hair_shed_replaced": ("jd", "arbitrary_promise", ["这件羽绒服要是掉一根毛，我就给你换件新的"],
                           ["这件羽绒服要是掉毛严重，按售后政策给您处理"]),
}

test_kind = kind_test(KINDS)


test_clean_now = clean_now_test([
    # a hundred years without a fault is the goods' claim (false_advertising), no promise of the agent's
    ("jd", "arbitrary_promise", "这块石材台面用一百年都不会开裂"),
    # a word of the absolute list only quoted back from the customer
    ("jd", "false_advertising", "您提到的“行业第一”那个牌子我们没比过，参数可以看详情页"),
    # an astronomer's term
    ("jd", "false_advertising", "北极星的绝对星等比太阳亮得多"),
    # what the customer asked said back is no sending them away
    ("generic", "shirking", "您问的是您母亲那张订单吧？我看到了，已经发货"),
    # a plea for a rating (the review rules read it) is no reproach to scroll up
    ("jd", "impolite", "方便的话动动手指给个五星，谢谢您"),
    # luck tried by doing it again is a workaround, nothing put off
    ("jd", "shirking", "页面偶尔加载慢，您多刷几遍碰碰运气"),
    # the fault put on the platform is not returned to the customer
    ("jd", "questioning", "这次延误赖不着店里头上，平台的中转仓一直爆仓"),
    # an own-brand gift line of the shop's official site at a general desk
    ("generic", "diversion", "银行卡付款在我们官网下单页就能选"),
])


# the model layer's set-asides: the clauses each declines, and faulty twins it still reads
test_declined, test_still_read = declined_tests(
    [("shirking", "你查自己那一栏就好"), ("shirking", "您找一下自己的那一条即可"),
     ("false_advertising", "这款加湿器大约能加湿二十平，具体得看房间密闭情况"),
     ("false_advertising", "用这个磨刀器一般可以磨快不少，实际效果要看刀的钢材")],
    [("shirking", "你查自己那一栏就好，别的别来问我"),
     ("false_advertising", "这款加湿器保证能加湿一百平，具体得看房间密闭情况"),
     ("false_advertising", "用这个磨刀器立马可以磨快一倍，实际效果要看刀的钢材")],
)


# fresh50 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "century_unfailing": ["f50-m004"],
    "peer_adulterated": ["f50-m013", "f50-h143"],
    "out_of_means": ["f50-m032", "f50-h119"],
    "own_pocket_gift": ["f50-m041"],
    "name_in_note": ["f50-m052"],
    "platform_rule_complain": ["f50-m064"],
    "buyer_pointed_out": ["f50-m074", "f50-m238"],
    "clean_now": ["f50-m100", "f50-m216", "f50-m286", "f50-h011", "f50-h113", "f50-h137"],
    "safe_to_swallow": ["f50-m103"],
    "platform_system": ["f50-m113"],
    "reward_for_detailed": ["f50-m122", "f50-m143", "f50-h018", "f50-h068", "f50-h091"],
    "peer_scam": ["f50-m165"],
    "factory_cost": ["f50-m189", "f50-h006", "f50-h076"],
    "own_mini_program": ["f50-m198"],
    "hair_shed_replaced": ["f50-m222"],
    "peer_you_know": ["f50-m230"],
    "declined": ["f50-m261", "f50-m269"],
    "store_sent_to_buy": ["f50-m284"],
    "zero_defect": ["f50-m289"],
    "didnt_look": ["f50-h004"],
    "unconditional_payout": ["f50-h045"],
    "or_what": ["f50-h053"],
    "peer_tested_beneath": ["f50-h059"],
    "head_damaged": ["f50-h075", "f50-h134"],
    "platform_stingy": ["f50-h081"],
    "no_use_hurrying": ["f50-h092"],
    "no_authority_later": ["f50-h093"],
    "impossible_mixed_up": ["f50-h109"],
    "no_need_to_ask": ["f50-h122"],
    "nothing_else_now": ["f50-h148"],
    "even_this_missed": ["f50-h153"],
}


test_fresh50_line_exact = read_lines_exact_test(FIXED, ("fresh50_messages.jsonl", "fresh50_hard_messages.jsonl"))


def test_adlaw_quoted_reporters_are_commons():
    """adlaw.absolute reads quoted words (params quoted: true) with its own copy of the reporters, since adlaw loads
    alone; composed after common, its copy must say the same."""
    from zhijian.engine.packs import load_pack_file

    assert load_pack_file("adlaw").vocab["quoted_reporters"] == load_pack_file("common").vocab["quoted_reporters"]
