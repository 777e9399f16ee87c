"""Promises and contempt said by meaning, without the taxonomy's words (issue 11, stop 47, helper p47): kinds that
the read half of pool 47 showed missed by the rules.  Promises: an outcome fixed through insiders, a remedy whatever a
check finds, a mishap taken on personally, one broken piece answered with the whole set, a casual certainty, the
price vowed never lower, an upgrade or a fee waived on the agent's own say, an effect the goods cannot promise, years
of use vouched for with the part named between.  Contempt: taste, looks, means, mock praise, the customer compared to
an animal or drawn as a pig, age, turned away in polite words, harm shrugged off.

Every sentence here was written for this file (other goods, other wording): none is taken from a frozen set, a dev
case or a pool line.  The rules alone are checked (``models=False``).  Each ``hit`` line must report its category;
each ``clean`` line (the shop's written policy, a remedy after checking, a hedged outlook, the agent's own follow-up,
warm teasing, praise of the choice, frank limits of the goods) must not.
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # the outcome fixed through insiders, the check a formality, the result set by the customer's wish
    "insider_arranged": ("jd", "arbitrary_promise", [
        "鉴定部的主管我很熟，您这块手表放心送检", "复核组我去递个话，这单就能通过", "退款那一关走一下过场就到账了",
        "仲裁那边的负责人跟我关系好，您别担心", "申诉材料交上来就行，结果随您满意的定",
    ], [
        "鉴定部的同事我熟悉流程，帮您备注加急", "复核组我去问一下进度，有结果告诉您", "退款进度我盯着，有变化第一时间告诉您",
        "仲裁结果以平台判定为准，我会协助您补充材料", "刻字内容照您的要求排",
    ]),
    # a remedy vowed whatever the check finds
    "whatever_found_paid": ("jd", "arbitrary_promise", [
        "不论仓库核查出来是啥原因，我直接补您八十", "无论最终怎么判，我这边都先给您退", "无论鉴定出来怎样，我这边都先给您退全款",
    ], [
        "不论核查出来是啥原因，我都会把结果同步给您", "无论最终怎么判，我都会把结果同步给您", "鉴定结果出来后按售后规则给您处理",
    ]),
    # a mishap that may yet happen taken on by the agent
    "mishap_taken_on": ("taobao", "arbitrary_promise", [
        "鱼缸路上碰坏了算在我头上", "登山杖寄到要是磕了，全算我身上", "吊灯要是摔了尽管找我", "有啥问题我给您兜着",
    ], [
        "上次发错颜色算我的疏忽，新的今天寄出", "我们有平台保障兜底，您放心", "鱼缸到货发现裂纹，拍照片按售后规则补发",
        "吊灯摔了的话直接找我，我帮您申请售后",
    ]),
    # one piece broken answered in advance with the whole set
    "one_broken_all_resent": ("jd", "arbitrary_promise", [
        "茶杯碎一只我们就整套给您重发", "鸡蛋压碎一个，整箱给你补发",
    ], [
        "茶杯碎了一只的话拍照给我，核实后补那一只", "整箱鸡蛋出库前都灯检过",
    ]),
    # a date or an outcome vouched for in casual words
    "casual_certainty": ("taobao", "arbitrary_promise", [
        "这款耳机现在下单稳稳的", "这批灯泡装上去，接口出不了差错", "改价单给您提交了，这下妥了，晚上就发",
        "保险那笔钱会全额到账，您心里有数就成",
    ], [
        "相机装在三脚架上拍稳稳的", "退款一般一到两天到账，具体以银行为准", "底座放平以后就稳了",
        "两款的区别您心里有数就好，按喜好挑",
    ]),
    # the agent answering personally for whatever goes wrong, an inside rate or the odd sum waived, a delay priced
    "own_word_pledges": ("jd", "arbitrary_promise", [
        "装修中出了啥闪失，我全权负责", "理赔结果您放心，我都打好招呼了", "保价费这次不收你的，我给你免了", "这单稳赢没悬念", "出了事我扛着", "我用人格向您保证", "给您申请成亲友价",
        "零头我这边直接不要了", "晚两天我返您三十", "跟仲裁那边沟通好了，这单能批下来",
    ], [
        "出了啥问题我负责对接售后，您放心", "理赔结果出来后我会告诉您", "保价费按订单金额的千分之五收取", "亲友价活动仅限会员日", "结算时系统自动去掉零头",
        "晚两天发货的话按平台规则给您补偿", "跟仲裁那边沟通好了，材料明天补交", "您先看看评价再决定",
    ]),
    # the price vowed never to fall below today's
    "price_floor_vowed": ("taobao", "arbitrary_promise", [
        "这双跑鞋等到618价格也低不过今天", "再等大促也便宜不过这个价", "这套音箱往后不会更便宜",
    ], [
        "618的价格还没出，到时候以活动页为准", "这款手表过了今天会恢复原价", "大促前后价格有变化的话可以申请价保",
    ]),
    # a better model or a fee given on the agent's own say
    "own_say_grant": ("jd", "arbitrary_promise", [
        "给您升级为四核的配置，差价免了", "清洗费您别管，我个人给您免掉", "拍下先别付，待会儿给您抹掉二十块", "给您升级成加厚款，不另收费",
    ], [
        "升级为四核配置需要补差价200元", "升级成加厚款需要另收20元", "保修期内清洗费全免，按保修政策执行", "清洗费我帮您问问能不能申请减免",
    ]),
    # an effect the goods cannot promise, as a sure result of use
    "effect_vowed": ("taobao", "arbitrary_promise", [
        "这款定妆喷雾不用补妆也不脱妆", "美白精华敷满两盒，斑点自然就淡了", "每天抹一周，痘痘保准平了",
    ], [
        "出汗多的话还是会脱妆，建议随身带粉饼", "每天抹一周，痘痘会有所改善，效果因人而异", "美白精华敷满两盒后效果因人而异",
    ]),
    # years of use vouched for, the part named between
    "years_unfailing": ("jd", "arbitrary_promise", [
        "这台洗衣机用个十来年，滚筒都不带出问题", "折叠椅坐五年也坏不了",
    ], [
        "洗衣机电机质保十年，期间坏了免费换", "折叠椅坐五年也坏不了吗？我问下厂家",
    ]),
    # the customer's taste, looks or means mocked
    "taste_looks_means": ("jd", "abuse", [
        "您的审美卡在九十年代了吧", "这种图案您也敢穿", "您这身材穿什么裙子都白搭", "再好的面膜也救不了您这皮肤",
        "买个插座讲半天价，真是抠到家了", "去淘二手吧，那更符合您的经济实力", "这种辣眼睛的配色也就您觉得好", "您这块头还是别试这件了",
    ], [
        "这款图案是复古风，很多顾客喜欢", "您这身材穿A字裙会很显高", "这款更符合您的预算，功能也够用",
        "铁公鸡造型的摆件是限量款", "这种配色很显年轻，您眼光不错", "您这块头穿XL正合适",
    ]),
    # mock praise, an animal comparison, a pig drawn after the customer's slip
    "mockery_figures": ("jd", "abuse", [
        "开关都能按错顺序，倒也算个本事", "建议您赶紧申请个专利", "跟您讲参数好比对牛讲课",
        "狗狗都比您精", "您这个组装水平堪比我家二哈", "您跟乌龟一样", "我们不欢迎你", "教您用遥控器，跟在给鹦鹉上课差不多", "盖子都没拧紧就摇🐷", "真行，能把滤芯装反", "您这反应还不如我家猫咪",
    ], [
        "这套拼图孩子都能拼好，也算个本事", "我们这款插头已经申请专利", "家里猫咪也比较喜欢这款猫窝",
        "猪猪存钱罐明天就到🐷", "您跟我家猫一样爱干净", "我们不欢迎任何虚假交易", "真行，这么快就装好了", "您的反应真快",
    ]),
    # age held against the customer, turned away in polite words, harm shrugged off
    "age_sent_away_harm": ("generic", "abuse", [
        "岁数大了耳朵背，这句我都重复三遍了", "以后别再发消息了，大家都省点事",
        "您省点口水，我也省点心", "辣条过期了还吃，拉肚子的又不是我", "一把年纪了还玩什么游戏机", "老眼昏花就别上网买东西了", "还是让您孙子帮您装吧",
    ], [
        "老年人反应慢的话，可以选带语音提醒的款", "有结果我们给您回电，您不用再打过来了",
        "出问题的不是手机，是数据线", "用优惠券能省点钱", "一把年纪了还这么爱学习，真佩服您", "您跟我家狗狗一样爱吃鸡肉干", "别在这儿等着，我们去仓库看看马上回复",
    ]),
}

test_kind = kind_test(KINDS)
