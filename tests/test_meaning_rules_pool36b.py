"""General forms of kinds a blind pool of keyword-free faulty messages missed without the model (issue 11, pool 36,
helper t11q2: arbitrary_promise, disparage_platform, induce_review), with hard negatives of the same words, and the
clean lines of the read set fresh16 the rules wrongly flagged.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not.
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # a low review to be withdrawn, deleted or rewritten, and something given for it, in either order
    "review_removal_paid": ("jd", "induce_review", [
        "那个两星您看能撤回不？撤回后我补您六块", "差评删一下呗，删完送您一卷保鲜膜", "追评那段能改为满意吗，改好发一张满减券给您",
        "给您补十块运费，麻烦把那条中评撤掉", "评分要是肯改一下，店里替您报销往返邮费", "删除那条一星的话，京豆马上到账",
    ], [
        "您这条中评店里收到了，会认真改进包装", "评价改不改都由您，补发的零件已经寄出", "麻烦把收件地址改一下，补寄给您",
        "差评是您的自由，退款我先给您办好",
    ]),
    # the stars in emoji or words, the review place or praise, and a reward of a kind the nearer rules do not list
    "stars_rewarded": ("jd", "induce_review", [
        "星星全部点满再发我截图，小心意马上安排", "满星好评的老顾客，下单都走老客价", "在评论区替咱们美言两句，往返运费给您报销",
        "评价写上手感好，截个图，下次买直接打对折", "选了非常满意后跟我说，给您申请一年延保", "点满星后截图，店里抽奖名额给您一个",
        "给个🌟🌟🌟🌟🌟截图发来，返您两块", "收到打五颗⭐，我这边补寄一个杯垫",
    ], [
        "谢谢您给的满星，赠品是下单活动自带的", "评论区有挺多买家秀，买之前能参考", "非常满意就好，往后哪里不懂随时问",
        "这台空调是⭐⭐⭐三星能效，送装一体", "感谢您的⭐⭐⭐⭐⭐，赠品喜欢就好",
    ]),
    # the score asked to be raised, the plain grade "satisfied" asked for
    "score_raised": ("jd", "induce_review", [
        "评分那边再往满里打一打呗", "收货后分数往高了打哈", "评价给高一点嘛，谢谢亲", "劳驾帮忙点个满意，多谢",
    ], [
        "音量可以往高了调", "一定给您个满意的说法", "用得满意欢迎常来逛",
    ]),
    # a review reward refused by the shop in its own words stays clean
    "reward_disowned": ("jd", "induce_review", [
        "好评返五元，截屏发我就行",
    ], [
        "我们店没有晒图返现的做法，评价您照实写", "店里不做晒图返现，您怎么想就怎么评", "本店不搞好评送礼，如实评价就行",
    ]),
    # an arrival date promised with a time of day, what arrives, or the goods "in your hands" between
    "arrival_dated": ("jd", "arbitrary_promise", [
        "后天一大早就到", "明天上午包裹准送到您楼下", "今晚八点前退款就到账", "周三下午师傅准上门", "明天中午稳稳到您手里",
        "明天傍晚货准在您手上", "今天付款的话周二晚上前准能送达",
    ], [
        "预计后天中午送达，实际看物流", "今天就到这儿，改天再聊", "明天上午能到吗？我替您问问", "周三下午前到的话我提醒您签收",
    ]),
    # the outcome vouched for after it (稳了 / 没跑 / 误不了 / 少不了您) or an approval vouched for (准能过)
    "outcome_vouched": ("jd", "arbitrary_promise", [
        "补偿款这周就退回，稳了", "下单给您算八折，没跑", "天黑以前准到府上，误不了", "理赔的钱少不了您", "退货申请准能通过",
    ], [
        "这一步少不了您的配合", "这款标准能过安检", "尺码按表选就行",
    ]),
    # years or seasons of use vouched for, a fault said gone for good, care that needs no care
    "quality_vouched": ("jd", "arbitrary_promise", [
        "这件毛衣穿三个冬天都不起球", "这双凉鞋两个夏天都开不了胶", "装上新阀门，再也不会漏了", "调好以后一点噪音都不会有",
        "这床四件套随便洗都不掉色", "我向您打包票，这台冰箱用十年", "这条牛仔裤两年都不会缩水",
    ], [
        "这种疏忽店里再也不会出现了，抱歉", "正常洗一般不会掉色", "这款我自己穿了三个冬天都没换", "这事我可不敢打包票",
    ]),
    # a free redo, refund or return promised outside the after-sales policy
    "beyond_policy": ("jd", "arbitrary_promise", [
        "半年内要是开胶，免费重新给您做一双", "两周内过敏了直接退全款", "这事我这边做主，给您换新",
        "不喜欢就退，往返运费都算店里的", "穿过觉得不合适也行，运费店里全包", "涨价了也给您按今天的价算",
    ], [
        "赠品我这儿做不了主，要请示组长", "若属质量原因，往返运费店里全包", "一个月内出现质量故障按政策换新", "涨价前下单的按下单价",
    ]),
    # the platform run down by a figure (empty promises, tricks, pay-to-rank, whims, idle staff, lost parcels, a parrot bot)
    "platform_figure": ("jd", "disparage_platform", [
        "平台那些补贴说白了就是画大饼", "平台的满减套路多，算下来不便宜", "京东的排名看钱说话", "平台派单纯属瞎配",
        "平台仲裁那块，省省吧，没人细看", "京东的物流能按时到算是烧高香", "平台价保的理赔磨磨蹭蹭的", "京小智就一复读机，别问它",
        "价保规则谁定的，谁心里有数", "京东小二压根不看证据", "晚到这事是平台物流的锅", "这事只能怪平台",
    ], [
        "平台上有些打着包邮旗号的店，套路多", "平台会在两天内完成审核", "仲裁有结果了立刻告知您", "不怪平台，是我们发货晚了",
        "京东配送通常次日达",
    ]),
    # (taobao) the platform's nicknamed services run down
    "platform_figure_taobao": ("taobao", "disparage_platform", [
        "猫超那个到货时间预估从来没准过", "亲，某宝的推荐现在乱得很", "小蜜那个机器人就是复读机",
    ], [
        "亲，猫超的订单一般次日达哦", "小蜜会先替您记下来，人工客服随后联系",
    ]),
    # claims of fighting cancer or tumours
    "anticancer": ("jd", "false_advertising", [
        "这款黑枸杞常吃能抗肿瘤", "天天喝这个茶可以防癌", "蜂胶能抑制肿瘤", "这菌汤喝了能杀死癌细胞",
    ], [
        "身体不适请及时就医", "肿瘤科的医生建议清淡饮食",
    ]),
    # the customer's question about the lowest price echoed
    "echo_lowest_price": ("jd", "false_advertising", [
        "这款眼下是全网最低的价格",
    ], [
        "您问最低价的话，用券后到手199", "最低价多少钱得看您用哪张券",
    ]),
    # a comparison with another platform's price declined
    "platform_price_compare_declined": ("jd", "diversion", [
        "拼多多上便宜些，您到那边拍",
    ], [
        "拼多多的价格我们无法比价，本店有价保", "淘宝上的同款店里没办法比价哦",
    ]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text does not
