"""General forms of kinds a third blind pool of keyword-free faulty messages missed without the model, for the
service-manner categories (issue 11, pool 36, helper t11z), with hard negatives of the same words.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not.
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # crude chat words beside the listed curses: 屁 / 毛 slang, 破事, 啥玩意儿, 老子
    "coarse_slang": ("jd", "uncivil", [
        "针眼大的线头也算事？屁大点", "包装讲究个屁，结实就行", "这狗屁插件又闪退", "尺码偏小跟鞋厂有毛关系",
        "为这种破事儿跑三趟", "发过来的照片什么玩意儿呀", "老子刚下班又被叫回来",
    ], [
        "小狗放个屁都能吓一跳", "这款屁屁霜宝宝用很温和", "老子曰上善若水，书里有注释", "兔毛用温水轻揉",
        "工具箱什么玩意儿都放得下",
    ]),
    # the same interjections in other chat spellings
    "chat_interjection": ("taobao", "uncivil", [
        "嘁，退个运费还要问三遍", "KAO，打印机卡纸了", "cao，单号又对不上", "哇我去，单子全乱了",
    ], [
        "我去库房替您翻一下", "那行，我去找组长", "这间房自带独立WC和阳台",
    ]),
    # the customer called stingy in slang
    "stingy_sneer": ("jd", "uncivil", [
        "五毛钱的差价都要争，真够抠的", "抠抠搜搜地挑了一下午", "运费都嫌多，太抠门了吧",
    ], [
        "用指甲把贴膜边缘抠起来", "主图要抠图换背景", "平台审核太抠门，商家这头也为难",
    ]),
    # the complaint answered in coarse slang
    "coarse_retort": ("jd", "uncivil", [
        "大半夜嚷嚷什么，明早处理", "签收都三天了还嚷嚷啥", "挑来挑去，闹哪样嘛", "还要倒贴钱给您搬柜子，想什么美事",
    ], [
        "这事您别操心了，我来跟", "这首歌唱的是家乡的美事",
    ]),
    # told to read before asking, that it needed no call, to scroll back, to study before ordering
    "read_it_first": ("jd", "impolite", [
        "下回先翻翻保修卡再来问", "以后先看清楚标签再咨询", "这点事用不着专门跑来咨询", "尺寸就写在下面，往下拉拉",
        "下单前麻烦做做功课", "下次下单前多留意库存提示",
    ], [
        "哪里不明白随时再来问", "我往上翻翻刚才的对话，稍等", "不用专门寄回，我们上门取",
    ]),
    # the question called basic knowledge
    "common_sense": ("jd", "impolite", [
        "充电前拔掉保护盖，这都算生活常识了", "这种常识都知道的吧", "这么基础的东西还要人教", "随便想一下就懂了",
    ], [
        "给您科普个收纳小常识", "这个真不算常识，问得很好", "入门课会讲一些基础知识",
    ]),
    # told to let the agent finish, not to cut in, to calm down, to have patience
    "cut_short": ("taobao", "impolite", [
        "先听我把话说完", "您不要打断，让我讲", "亲，别激动嘛", "耐心点等吧", "客服也是人嘛，总得喘口气",
    ], [
        "谢谢亲这么有耐心", "我在听，您慢慢讲", "这种绣法很考验耐心",
    ]),
    # the times counted, the question said answered, the customer told to remember
    "repeat_sighed": ("jd", "impolite", [
        "这都第四次说了", "今天第三次来电了吧", "这回可得记牢了", "您这个问题前面回复过了",
    ], [
        "第二次下单可以用老客券", "这个问题前面回复过，我再为您讲一遍", "您第二次来电了，辛苦您多跑一趟，实在对不住",
    ]),
    # others waiting held against the customer, the matter put aside
    "queue_named": ("jd", "impolite", [
        "我手头同时排着三十个人", "后面有顾客在等，挑快点", "换货的事先放一放",
    ], [
        "现在排着好几位，抱歉多等一会儿", "切好的菜先放一放再下锅",
    ]),
    # the fault guessed to be the customer's misuse
    "misuse_guessed": ("jd", "questioning", [
        "屏幕裂了，是不是揣兜里压着摔了？", "衣服变形是不是拿去烘干了", "亲是拿热水泡的吧",
        "鞋面开胶是不是下雨天穿着蹚水了？",
    ], [
        "是不是快递搬运时磕的？立刻补寄新的", "您看是不是换个浅色的", "网速慢是不是路由器离得远？",
    ]),
    # the report doubted: how little happened, really did, where it says so, could it be otherwise, the motive
    "claim_doubted": ("jd", "questioning", [
        "刚起一点毛球就说质量差", "才用一天就不转了？", "您真量过腰围？", "页面上哪条写了能退？", "螺丝没拧紧会不松？",
        "热水袋发烫不是很正常？", "讲来讲去其实就是想退吧", "难道您没试过别的插座", "那麻烦说说您是怎么放的",
    ], [
        "才用一天就不转了？真抱歉，马上补寄", "页面上哪条写了？我查一下核实", "这个温度很正常，不用担心",
        "您连续两次没签收的话我来处理",
    ]),
    # the customer sent off to a brand, a bank, a shop, an office or a friend
    "sent_to_third_party": ("jd", "shirking", [
        "耳机保修您直接去品牌那边的专柜验一下就好", "扣款异常您得问开户银行", "配件坏了去附近修理店修", "您找个懂电脑的朋友弄一下就好",
        "磕坏的话直接找他们要赔偿吧",
    ], [
        "品牌方那边我帮您联系", "您也可以找厂家，或者我来对接", "修理店我替您约好了",
    ]),
    # the matter put off with no time, left to luck, or the follow-up dropped
    "left_hanging": ("jd", "shirking", [
        "赔偿的事过阵子再说", "补偿那件事回头再议", "物流卡着，您就再等等吧", "能不能补就看厂家安排吧", "这个工单就不跟进了",
    ], [
        "再等等吧，我也盯着", "过阵子再说也行，有消息我会通知您", "补发看厂家安排吧，我每天帮您催",
    ]),
    # advice refused, responsibility dropped, a verdict said beyond the agent
    "no_advice_no_follow": ("jd", "shirking", [
        "尺码这块我们不方便给意见", "签收以后店里就不管了", "属不属于品控瑕疵，我们也下不了结论", "这块客服也不太专业",
        "清洗办法百度一查一大堆",
    ], [
        "尺码我给您推荐一下，您脚长多少", "下不了结论的话我去送检", "这个我不太专业，我去请技术同事",
    ]),
    # the matter said to belong to another desk or person and the customer sent there
    "someone_else_owns_it": ("jd", "shirking", [
        "报销归财务管，您下个月再问", "这单您只能找她", "等主管上线了再来问吧",
    ], [
        "报销是财务部门管，我替您去催", "这单我去找她问清楚", "等主管上线我第一个报给他",
    ]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text must not
