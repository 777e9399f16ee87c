"""General forms of kinds a blind pool of faulty messages missed without the model (issue 11, pool 33, helper t11x),
and plain senses the blind clean lines showed must stay clean.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not (hard negatives with the same words).
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # a bare answer word in chat spelling is still a bare reply
    "bare_reply": ("jd", "cold_reply", ["昂", "是滴～", "En", "1", "都行！", "能😀", "有货。", "OK的"], [
        "能的，傍晚五点以前拍下当日出库", "两个都行的话给您挑深色", "有货，我马上替您安排加急", "1号仓出库，明早到",
    ]),
    # live-room pet names alone in their clause (JD forbids the Taobao family of addresses)
    "pet_name": ("jd", "forbidden_address", ["小仙女，腰围量好发我", "baby，尺码表在第三张图", "好嘞，小可爱～",
                                             "宝呗，快递今晚出库"], [
        "小仙女系列的口红有四个色", "这款baby油适合新生儿", "小可爱吊带有均码",
    ]),
    # the platform, its tools or its staff run down by what they do
    "platform_run_down": ("jd", "disparage_platform", [
        "平台审核向来磨磨蹭蹭，您多等等", "小二断案全凭看心情", "平台定的规矩朝令夕改，店家也懵",
        "运费险那套就是收钱不办事", "平台算法净乱推，差评都被顶上来",
    ], [
        "平台审核通常两天内出结果", "运费险理赔会自动到账", "平台规则有调整的话会站内信通知",
    ]),
    # a rival's goods run down by a simile, a first-use failure, dye or a reshelled copy
    "peer_simile": ("jd", "disparage_peer", [
        "别家那种晾衣杆软得跟面团似的", "外头那些低价T恤一洗就起球变形", "隔壁家的果脯都是色素染出来的",
        "那些低价行李箱一压就裂", "某家的路由器说白了换了个壳",
    ], [
        "我们家的T恤一洗就干，夏天很方便", "别家的情况我不清楚，这款用的长绒棉", "和别家比，我们的优势是包邮",
    ]),
    "masked_brand_toy": ("jd", "disparage_peer", ["某菱那款净水器就是个玩具", "X达的锅拿来骗骗新手"], [
        "某天下午会有师傅上门", "X号码的规格写在商品页",
    ]),
    # a review asked for with a set content, a reward in the same sentence
    "review_content_reward": ("jd", "induce_review", [
        "评价带上四张实拍，下次给您寄一袋小零食", "晒张开箱的图，送您一对杯垫", "追评加个视频，下周给您补发一包湿巾",
        "打个满分，这单运费我退您", "⭐⭐⭐⭐⭐配上图，找客服领个红包",
    ], [
        "评价里提到的毛病已经改了，漏发的螺丝给您补发", "不管您怎么评价，赠品照送", "满分五分的话这款我打四分",
    ]),
    # the fault called a third party's business and pushed away; the shop declared unrelated
    "someone_elses_matter": ("jd", "shirking", [
        "连不上网那是您家光猫的事，找运营商吧", "门锁装歪是物业的事，您跟物业说", "漏水跟我们店的水管扯不上关系",
    ], [
        "那是快递的事，不过我来帮您催", "这款跟上次聊的那款不沾边，材质不同", "这是咱们的事，您不用管",
    ]),
    "not_under_me": ("jd", "shirking", [
        "退押金这块不归小妹管", "改价这事本部门无权处理", "地址改不了，这单小妹这里动不了", "运输途中我们管不到",
    ], [
        "改价小妹这里动不了，我帮您转给主管", "运输途中我们管不到，不过我去帮您催", "这台不归我们修，但我帮您约厂家",
    ]),
    "go_to_them_yourself": ("jd", "shirking", [
        "发票是财务开的，那您自己打给财务吧", "延保那块您另外拨品牌热线吧", "那单是老王接的，那您回头找他吧",
        "少了一件您跟快递那边掰扯",
    ], [
        "您回头有问题再找我吧", "您也可以自己打给网点，或者我来约", "您改天方便的话再来门店试穿吧",
    ]),
    # the shop's buying price told by who sells to it or by the shop's own buying, with a sum
    "cost_by_supplier": ("jd", "privacy_leak", [
        "这批毛巾工厂给咱们八块一条", "咱拿货才一百多", "这款面膜咱们进来才二十多",
    ], [
        "工厂给咱们五天时间排产", "咱们进货都走正规授权", "进来店铺主页就能领券",
    ]),
    "other_buyers_record": ("jd", "privacy_leak", [
        "截图里有上一位买家留的电话", "前面那个买的人和您同小区，住5栋", "这张单上列着其他车主车牌",
    ], [
        "其他车主的信息我们不便透露", "上一位买家写的评价挂在商品页",
    ]),
    # a fault supposed and a refund, a new unit or more promised by the agent
    "if_fails_replaced": ("jd", "arbitrary_promise", [
        "这锅五年内要是涂层坏了，店里直接给您免费换新", "不管怎么摔坏的，一律给您包换", "考试过不了，费用全退",
    ], [
        "保修期内若是坏了，按三包政策处理", "万一坏了您先拍视频，店里按售后政策处理",
    ]),
    # the customer's account doubted
    "report_doubted": ("jd", "questioning", [
        "您确定是店里弄脏的？", "没拆箱录像，谁能证明是到手就坏的", "杯子自己摔了这也能赖到杯盖上？",
        "是真缺了还是没翻到，您再找找", "下单前都不量尺寸的吗", "规格写在标题里，您压根没看吧", "这点您心里没个数吗",
    ], [
        "您确定要取消订单吗？我帮您操作", "下单前没看到满减券吗？我帮您补", "开箱录像可以证明商品完好", "您看是退钱还是换新",
    ]),
    # mockery without a swear word: brains, schooling, ears, face
    "wits_mocked": ("jd", "abuse", [
        "插座都认不出，义务教育白读了", "说三遍了，您耳朵是装饰吗", "拧个螺丝都拧歪，手残吧",
        "您这脑回路真是清奇", "有病赶紧治，少来烦人",
    ], [
        "这套是义务教育阶段的同步练习", "我手残把型号打错了，抱歉", "狗狗有病要去宠物医院治",
    ]),
    # impatience at repeats, a question called too basic, told to take care, hurried, shrugged at
    "snubbed": ("jd", "impolite", [
        "链接我都发过四回了", "运费的事您问一上午了", "这种问法也太基础了", "下次下单上点心",
        "您先别插话", "人呢，怎么半天不吭声", "随您，爱要哪个要哪个", "这点小钱也要计较",
    ], [
        "想表达上点心意可以选礼盒", "不着急，您慢慢说", "这款按键很简单，按一下就亮",
    ]),
    # slang claims of beating everything on the market
    "beats_all": ("jd", "false_advertising", [
        "这款吹风机吊打同价位", "论续航，整个行业没有能比得上它的", "这把椅子在办公圈找不到对手", "这款是全网销冠",
    ], [
        "我们不敢说吊打谁，参数您可以对比", "续航十二小时，测试数据在详情页",
    ]),
    # plain senses the blind clean lines used
    "unique_plain": ("jd", "false_advertising", [], [
        "每个运单号是唯一，复制过来我查", "每台机器的序列码都是唯一，不会重复", "唯一要注意的是别用热水洗", "两款唯一的区别是颜色",
    ]),
    "no_time_allowed": ("jd", "impolite", [], ["有空聊聊用着如何，没空就先忙"]),
    "errand_spared": ("jd", "shirking", [], ["取件单系统会自动生成，无需您自己约快递员"]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text must not
