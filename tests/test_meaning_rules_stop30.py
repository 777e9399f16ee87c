"""Rules for meaning that fresh14 missed without the model (issue 11, stop 30, helper t11t), one kind each.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not (hard negatives of the same kind: hedged
promises, stated policy, the customer's own data confirmed, neutral invitations to review).
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # compensation promised outside the flow: reimbursed, advanced and paid back, paid if late or disliked
    "compensation_promised": ("jd", "arbitrary_promise", [
        "打车去网点的钱店里帮您报销",
        "配件费您先垫付，等修好了回头我们转您",
        "安装费事后我私下转给你",
        "师傅迟了我们给您退邮费",
        "穿着不舒服的话我私下给你补20",
    ], [
        "寄回的运费有运费险，审核过了会给您报销",
        "维修费凭发票可以申请报销，以审核结果为准",
        "退款会按原路转给您，一般三天内到",
        "要是超时送达，这边按平台规则替您申请补偿",
    ]),
    # an outcome vouched for in slang or for any fault
    "outcome_vouched": ("jd", "arbitrary_promise", [
        "延保申请我递上去了，妥妥给您批",
        "审核那头一准给您放行",
        "洗衣机今晚十点以内准送到楼下",
        "补贴的钱您就等着拿钱吧",
        "两年内出啥问题我们都给您换台新的",
    ], [
        "审核一般两三天有结果，我不敢保证一准通过",
        "预计今晚十点以内送达，以配送进度为准",
        "保修期内的质量问题按保修政策给您处理",
        "师傅会尽量按约定的时间上门",
    ]),
    # a top score pressed for with the agent's pay or a penalty behind it
    "top_score_pressure": ("generic", "induce_review", [
        "等会儿回访电话请打10分，要不然我们会被扣奖金",
        "一会儿问卷给十分吧，否则我们组要挨罚",
    ], [
        "等会儿回访电话会请您打分，按实际感受来就好",
        "问卷是十分制的，您照实打分就行",
    ]),
    # a bad review answered by withholding service
    "bad_review_threat": ("jd", "induce_review", [
        "要是留下差评，往后退款可就没法处理了",
        "您打一星的话，以后保修就别想了",
    ], [
        "给不给差评都不影响售后，有问题照常找我",
        "收到差评我们会认真看，后续一定改进",
    ]),
    # a reward for stars counted by their number
    "star_reward": ("jd", "induce_review", [
        "亮满5颗星，下回下单给您减十块",
        "点亮五颗星的截图发我，送您一年延保",
    ], [
        "五颗星还是三颗星都随您，评价按真实体验写",
        "这款星空灯能投出五颗星的图案",
    ]),
    # a threat without a swear word: the customer's data held over them, or "we'll see who loses"
    "veiled_menace": ("jd", "abuse", [
        "我这边有您家的住址，您最好掂量一下",
        "再乱写评价，我们手上有你的电话，小心点",
        "真闹大了，看看到时候谁吃亏",
    ], [
        "我们这边有您的地址，师傅会按这个上门",
        "您的电话我们记着，一有结果就联系您，请等着好消息",
        "快递路上淋了雨真倒霉，这就重新寄一件",
    ]),
    # a bare stock or refusal answer as the whole message, on every pack
    "bare_stock_answer": ("taobao", "cold_reply", ["缺货", "卖光了！", "没有了", "做不到"], [
        "缺货了，到了货立刻告诉您",
        "米色眼下没有了，白色还有",
        "不能的话我帮您换个型号",
    ]),
    "bare_stock_answer_jd": ("jd", "cold_reply", ["没现货", "不可以。"], ["没现货，预售七天内发", "不可以哦，不过可以帮您改地址"]),
    "bare_stock_answer_generic": ("generic", "cold_reply", ["断货了", "办不到"], ["断货了，月底补上后短信告诉您"]),
    # shirking without 不知道: out of remit, nothing to suggest, giving up, only a go-between, lookup refused
    "remit_refused": ("jd", "shirking", [
        "保险理赔这块超出客服的职责",
        "安装那头不归我们客服管",
        "要买几号，这个我给不出意见",
        "流程卡住了我也没辙，自己另寻他法吧",
        "场地问题店里只负责牵线，别的不管",
        "物流我这里查不了",
        "学费的事找学校去",
    ], [
        "这已经超出客服权限，我帮您转主管",
        "系统里我这里查不了，我去找仓库同事核实一下",
        "跟客服有关的事情都能找我",
        "别的买家的订单受隐私保护，我这里查不了",
    ]),
    # the customer asked whether their own demand makes sense, or told not to ask
    "reasonable_and_gag": ("jd", "questioning", [
        "拆了封用过一阵还要全退，您自己说说合理吗",
        "您这个逻辑讲得通吗",
        "先报型号，其余的一律免谈",
        "问这么多干嘛，照说明书来",
    ], [
        "这个安排您看合理吗，不合适我再调",
        "其他的问题您随时问我",
        "其余的一律照页面标价结算",
    ]),
    # cheap goods or rival trades run down by a figure
    "peer_by_figure": ("jd", "disparage_peer", [
        "几块钱的那种移动电源，跟炸弹一个样",
        "外面那些小店的电热毯炸过好几回",
        "别的家政来的都是临时工",
        "某德的吸尘器就是玩具",
    ], [
        "别家的情况我不清楚，给您讲讲这款的参数",
        "这款玩具车适合三岁以上",
        "我们的师傅都有上岗证，不是临时工",
    ]),
    # absolutes without 最: a field's ceiling, zero error, ahead of all, unnamed experts, a result pledged
    "absolute_by_figure": ("jd", "false_advertising", [
        "这双跑鞋算是缓震界的天花板",
        "电子秤测量零误差",
        "喝了这款奶粉孩子长个快人一步",
        "医生们都推荐这种牙刷",
        "用这台踏步机一个月包您瘦五斤",
    ], [
        "这款秤误差在正负二十克以内，做不到零误差",
        "吸顶灯贴着天花板装，很省层高",
        "瘦多少因人而异，包您瘦多少不好说",
    ]),
    # the pet name 宝 as a vocative after an answer word, on jd
    "pet_vocative": ("jd", "forbidden_address", ["好嘞宝～马上改", "收到啦宝子，这就备注", "晚安宝！"], [
        "收到的元宝挂件有金银两色",
        "好的，宝宝辅食碗明天发",
        "来宝贝详情页看看尺码",
    ]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text must not
