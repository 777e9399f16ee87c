"""General forms of kinds a second blind pool of keyword-free faulty messages missed without the model (issue 11,
pool 34, helper t11y), with hard negatives of the same words.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not.
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # a fault put back on the customer as a guess at misuse, or on the household
    "misuse_suspected": ("jd", "questioning", [
        "裙子缩了？莫非您是不是用热水一起泡着洗", "亲是不是硬掰的卡扣呀", "您家小孩是不是站上去玩过",
        "零食发软，您是封好了还是敞着搁在桌上", "少一盒？是不是被家人顺手带走了", "柜门歪了？您是坐上面了吧",
    ], [
        "您是不是想换个颜色", "这款泡着洗也不会变形", "是不是硬掰的都不要紧，给您换新",
    ]),
    # the customer's account doubted with 您确定…？
    "sure_of_report": ("jd", "questioning", [
        "您确定开关拨到开的位置了？", "您确定这块污渍是到货就有的吗", "确定没填错门牌号？",
    ], [
        "您确定要取消订单吗", "您确定不要了吗？那我这边关闭", "您确定好颜色再下单就行",
    ]),
    # the manual or page cited and the customer asked whether they read it
    "didnt_read_page": ("jd", "questioning", [
        "安装图第一步就写了，您看过没", "商品页里列得一清二楚，您读过吗", "那么醒目的提示没瞧见？",
    ], [
        "图示在手册第三页，我发您", "页面标的尺码我帮您对照过了",
    ]),
    # the fault refused as the shop's and returned to the customer
    "blame_returned": ("jd", "questioning", [
        "滤芯用超期了，这个可算不到我们头上", "这锅可不能让厂家背", "啥毛病都往电池上赖", "谁让您插着过夜的？",
        "门牌号是您填的，反而来问我们",
    ], [
        "这锅我来背，立刻替您补一件", "不能让您背这个损失，邮费店里承担",
    ]),
    # the customer's account set against a record or their own earlier words
    "story_doubted": ("jd", "questioning", [
        "您这说法跟监控录像不一致啊", "昨天讲尺寸刚好，现在又说偏小", "您一会儿说退货一会儿说换货", "那钥匙您到底插没插啊？",
    ], [
        "我帮您查下到底是哪一段出的问题", "这两款到底选哪个好呢，我给您对比下参数",
    ]),
    # the report not believed; the customer told to come clean or set apart from everyone else
    "disbelief": ("jd", "questioning", [
        "盒子都没拆就说少件，谁信", "这事你得说实话，是不是进过水", "几千单都没事就您这一单出状况", "别的顾客买回去都好好的",
    ], [
        "说实话这款真的很耐用", "别的顾客都没问题，您这台可能是个例，立刻换新",
    ]),
    # the customer told not to come and ask, to read first, or that it needs no asking
    "dont_ask_me": ("jd", "impolite", [
        "改地址这种事就别来问了", "不用每一步都来问我", "下回先把参数表看清楚再问", "这点小事还要我教吗", "别再问包不包邮了",
    ], [
        "哪儿没懂随时来问我", "发货后短信会提醒，不用每天来问", "您先看看哪款合适，有疑问再问我也行",
    ]),
    # the customer told to send it all at once or to stop sending; the queue held against them
    "stop_sending": ("jd", "impolite", [
        "请一次把要求全说完", "语音就别再刷了", "先别发了，我这看不过来", "快点定吧我这边还有三十个人",
    ], [
        "您可以一次把照片都发来，我一起看", "不好意思眼下咨询的人多，请您稍等",
    ]),
    # the answers counted at the customer, said once only, or enough
    "said_enough": ("jd", "impolite", [
        "一样的疑问我回答了四遍了", "尺寸图都发了三次了", "我只讲一遍，您听好", "已经说得够清楚了",
    ], [
        "我帮您催了两次了，今天一定有回复", "一天只能充一次电的说法不对哦",
    ]),
    # the trouble made light of, the sale left with a shrug
    "brush_off": ("jd", "impolite", [
        "晚了半天，多大点事", "别大惊小怪，重新插一下", "要退就退，随便", "买不买随您", "嫌贵就上别家看看",
    ], [
        "您这不是大惊小怪，这毛病确实得处理", "随您什么时候有空再联系我",
    ]),
    # the agent or the shop declared out of it; the customer left with it
    "hands_off": ("jd", "shirking", [
        "退税的事我这边不经手", "搬运途中磕碰，公司不出面", "维修不是我的活", "我是管售前的，您另找人吧", "就这么规定的您看着办吧",
        "我们能做的只能到这步",
    ], [
        "这款不参与满减，不过我帮您领了券", "我另找人帮您跟进", "您也可以自行联系快递员，或者我来联系",
    ]),
    # the customer sent to ask elsewhere
    "ask_them_instead": ("jd", "shirking", [
        "兼容不兼容您问问主板厂商呗", "保养的事问汽修店去吧", "这种配件您到五金城碰碰运气", "报错代码您上网搜搜",
    ], [
        "有问题您问我就行", "您也可以问问邻居有没有代收，我也一起查",
    ]),
    # the customer told to come back some day, no time given
    "vague_wait": ("jd", "shirking", [
        "还没消息，您隔阵子再来问问看", "审批哪天下来我也说不准", "调货有没有结果也说不准",
    ], [
        "物流什么时候到说不准，一般两三天", "一出结果我就回您",
    ]),
    # a score begged or pressed with what the agent loses by it
    "score_stakes": ("jd", "induce_review", [
        "您打个低分这一整月就白干了", "少颗星店铺权重就掉了", "给个满分好不好嘛", "评价那儿拜托手下留情",
        "服务评分麻烦打十分，差一点我就转不了正",
    ], [
        "评价照真实体验写就好，售后照常", "差评我们会认真改进，先给您补发", "十分钟后师傅就到",
    ]),
    # the customer threatened with what the agent will do to them
    "retaliation": ("jd", "abuse", [
        "再骂就把你拉进黑名单", "把你的订单截图挂到群里", "后果您好好掂量掂量", "再闹可没这么客气",
    ], [
        "陌生号码索要验证码，建议您拉黑", "开箱有个小惊喜哦",
    ]),
    # the customer's wits, motives, means or skill mocked
    "belittled": ("jd", "abuse", [
        "这题小学生都会", "您这脑回路真清奇", "又来退，退款专业户了吧", "这价钱还要包邮，想得挺美", "三岁小孩都知道要插电",
    ], [
        "这套积木很锻炼宝宝的动手能力", "大家都知道这款好用", "我们家的猫都会用这个饮水机",
    ]),
    # the platform run down by a figure, named by its tools, logistics or nickname
    "platform_mocked": ("jd", "disparage_platform", [
        "东哥家快递这两天跟蜗牛一样", "咚咚那工具跟老古董似的", "平台介入也就走个过场", "千人千面那套就是玄学",
    ], [
        "平台一般两天内审核", "菜鸟驿站取件的号码发短信给您了", "这个数由系统按公式得出",
    ]),
    # a rival run down by a simile, a hidden source, a trick or insiders' knowledge
    "peer_judged": ("jd", "disparage_peer", [
        "小厂做的插排，外壳薄得像鸡蛋壳", "某些网红锅都是代工厂贴牌的", "那家店售后电话就没打通过", "路边那些修手机的，套路可多",
    ], [
        "别家的情况我不清楚，这款外壳是阻燃材料", "直播间周六晚上上新", "本店售后热线随时打得通",
    ]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text must not
