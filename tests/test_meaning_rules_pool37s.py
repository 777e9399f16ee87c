"""General forms of kinds a blind pool of keyword-free faulty messages missed without the model (issue 11, pool 37,
helper t11s2: questioning, shirking, abuse), with hard negatives of the same words.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not.
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # the fault guessed to be the customer's handling: storage, force, overload, tampering, the household, a presumption
    "misuse_guessed": ("jd", "questioning", [
        "巧克力化了，是不是搁暖气上头了", "拉链崩了会不会是您拽得太使劲", "您该不会拿它去砸核桃了吧",
        "镜片花了是不是老在窗台上晒着", "少个勺子是不是家里孩子拿去玩了", "两个包装都拆了，家里人先用了也说不定",
        "温控乱了，您自己改过接线没有", "灯不亮多半是随手乱按出来的", "蓝牙连不上，会不会是超了距离",
    ], [
        "是不是快递路上压坏了？新的我这就寄", "您不会错过今晚的满减吧，提醒您一下", "家里人代收也没问题",
        "请不要乱按遥控上的复位键", "是不是超重了？超重的话我帮您改成大件", "您是不是想换个颜色",
    ]),
    # the customer's word doubted: unbelievable, a familiar story, only you, really sure
    "word_doubted": ("jd", "questioning", [
        "说少发了三件，放谁都不信吧", "这套说辞客服天天听多了", "几百位买家里只有您一个这么说",
        "两次讲的不一样，哪一次才是真的", "承诺过包退这话还两说", "您确定真是拆开就坏的",
    ], [
        "我记性不太好，刚才的单号说错了，抱歉", "这么低的价格很难相信吧，活动仅限今天", "只有您一位抽中了免单，恭喜",
        "仓库确定真没漏发，我这边核实过了",
    ]),
    # a motive imputed to the customer
    "motive_imputed": ("jd", "questioning", [
        "又想薅一把运费险？", "您是真心想买还是来比价的", "问了一下午，就是来摸摸底的吧",
    ], [
        "活动福利随便薅，欢迎囤", "您想买还是再考虑都可以，我随时在", "想蹭活动的话，优惠券在首页领",
    ]),
    # a rhetorical dismissal of the report
    "report_dismissed": ("jd", "questioning", [
        "表面有点纹理就说是次品？", "狗不爱吃也要算到狗粮头上吗？", "这些刮痕可不像正常使用留下的",
        "参数页您从头到尾看过一遍没有", "颜色在图片最后，您没往下拉？", "您真的洗了一回就缩了？",
    ], [
        "到货就说一声，我登记", "运费不会算到您头上", "这批不像往年那么甜，口感偏酸，介意慎拍",
    ]),
    # the customer sent to a third party to sort it out
    "sent_to_third_party": ("jd", "shirking", [
        "破损的事您先跟快递员商量", "维修费您与本地服务商协商", "漏雨您直接找物业瞅瞅",
        "真伪您自己拿去检测中心验一下", "缺件您得问仓库", "腹泻的话只能去找宠物医院",
        "售后那边专门管这些", "安装您找楼下师傅看看吧",
    ], [
        "破损的事我去跟快递员谈，您等我消息", "物业那边您也能找，或者我来联系", "检测中心的报告我替您申请好了",
        "师傅明早上门，钟点我帮您约好", "我们有专门负责这块的同事，我转给她",
        # collecting or sending a parcel at the courier's outlet: the routine way, nobody sent off (stop 32)
        "包裹到了驿站，您本人去网点取件时出示取件码", "退货时您去就近网点寄出即可，往返邮费由店里出",
    ]),
    # the matter put off with no time or owner: wait until someone is back, come back another day, just wait
    "left_hanging": ("jd", "shirking", [
        "赠品等店长休假回来再说吧", "退差价的事，月底再说吧", "补偿方案到时候您再来问",
        "技术那边没消息，您明后天再来问", "已经上报了，自然会有人找您", "审核的事您等着就是",
    ], [
        "您等着就好，物流我马上催一下", "节后再说吧，单子我帮您先登记上", "到时候出了结论我立刻通知您", "后面排着好多单，您等着吧",
    ]),
    # the agent declares itself powerless or its remit narrow
    "powerless_or_narrow": ("jd", "shirking", [
        "发货时间店里也左右不了", "物流我催也没用", "到账早晚要看银行心情", "结果多久出来谁也说不准",
        "我们这儿只负责卖", "换货不在我的线上", "这属于别的部门", "之前的同事离职了，这单我们也接不上",
    ], [
        "天气这事店里也左右不了，派送我替您盯", "我们只负责销售，安装这块我帮您约师傅", "这属于别的部门，我转给同事跟进",
        "拍照看心情挑滤镜就行", "平台审核慢，店里也催不动，我再去问问", "您再怎么催也没用，规矩就这样", "小作坊的料里掺了啥谁也说不好",
    ]),
    # the customer left to fix it alone
    "fix_it_yourself": ("jd", "shirking", [
        "少的那颗螺母您就近配一个", "遥控丢了只能您自己配", "后面的事只能您自己处理", "教程网上搜一搜全是",
        "少一支笔就先将就着用",
    ], [
        "螺母您就近配一个，票据发我报销", "您自己买的配件不影响保修", "只能您自己在账号里申请，我陪您一步步操作",
    ]),
    # harm wished on the customer as a mock blessing
    "harm_wished": ("jd", "abuse", [
        "祝您切菜切到手，刀口崩了也砸脚", "祝你们家水管天天漏水", "祝您吃了上火满嘴起泡",
    ], [
        "祝您节日快乐，这口锅耐摔", "祝您饮茶舒心，这款凉茶不上火", "祝您一路平安",
    ]),
    # contempt by a named trait, a kind of customer, pity for others, an animal ranked above, means or body mocked
    "contempt_named": ("jd", "abuse", [
        "就您这眼光，挑哪件都一样丑", "就这预算还想挑真皮", "您这种买家，哪个店接都头疼", "快递员摊上您算倒霉",
        "我家猫都比您明白", "嫌贵就喝西北风去呗", "裤子紧那就少吃几顿饭", "说两句就急，玻璃心啊", "您是大聪明",
    ], [
        "就您这预算看，这款最划算", "像您这种老客户，店里有专属券", "就您这技术问题，我帮您转工程师",
        "说明书比您想的简单，我一步步讲", "淡季一到，店里上下都要喝西北风了",
    ]),
    # wits mocked by a figure, threats by exposure or by people the agent knows, curses in initials
    "wits_and_threats": ("jd", "abuse", [
        "脑子一块寄回来返厂吧", "这加减法是体育老师带出来的？", "图都看不懂，回小学重读吧", "讲了八遍，理解能力真是绝了",
        "再闹就把你的电话贴到群里", "小心点，这附近我认识的人可多了", "全家不得好s",
    ], [
        "这款耳机的降噪真是绝了", "我脑子不好使，刚报错了数字，抱歉", "群里有活动通知，欢迎进群", "认识的人多推荐给他们呀",
    ]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text does not
