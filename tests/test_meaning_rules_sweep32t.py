"""General forms of kinds that blind pools of keyword-free faulty messages (pool 36 / 37, fresh16) still missed
without the model after four rounds (issue 11, sweep of stop 32, helper t11t2): the platform run down by its review
desk, fees, hotline or rules; other sellers run down by origin, price band or a simile of feel; diversion by a count-
word group, an own mini-program, a personal collection code, a phone number to call or spelled out.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not.
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # the platform's desk, fee, hotline or rules run down by whim, randomness, famous slowness, bite or absurdity
    "platform_run_down": ("jd", "disparage_platform", [
        "审核那帮人今天一个标准明天一个标准，规定一天一个样", "这边审核的尺度真随便，今天过明天不过",
        "拨那个官方热线，电话被转来转去没人管", "后台那个数据您别太信，经常对不上",
        "平台定的这条规矩我们自己都觉得离谱", "评价系统又出毛病，这平台就爱搞名堂",
        "小二判责挺随便的，别指望太多", "审核那边出了名的慢，等一周都正常",
        "小二回复基本是瞎答，等于白问",
    ], [
        "审核通常两天内出结果，通过就给您退", "平台扣点的比例在商家后台能查到",
        "官方热线二十四小时有人接听，您也可以打", "后台看到包裹到了站点", "平台规定签收后几天内能退，我们照办",
        "评价系统会自动隐藏带手机号的内容",
    ]),
    # another seller, named by origin, price band or a vague pointer, run down by a simile of feel or a trick
    "peer_run_down": ("jd", "disparage_peer", [
        "某国产跑步机纯属智商税，就卖个名气", "九块九那些手机壳摸着跟锡纸一个手感", "便宜货那种体重秤跟摇骰子差不多",
        "街对面修车的装完就跑，出问题没人管", "别的卖家想坑你一把，售后压根不理", "外面那些烤箱纯属摆设，温度根本不准",
        "德国牌子的炒锅其实贵得没道理",
    ], [
        "这款是国产大牌代工，质量有保障", "九块九的款式在首页活动区", "街对面就是我们的线下体验店",
        "别的卖家怎么做我不了解，我们这款随时可退", "摆设用的小花瓶在第三个链接",
        "德国牌子的配件我们这边也能配",
    ]),
    # diversion: a group by a count word, the shop's own mini-program mall, a personal code, a number to call
    "diversion_indirect": ("jd", "diversion", [
        "您扫吊牌旁边的码进个群，福利都在那边发", "我们有自家小程序，那边买还送小样", "嫌麻烦就用我的收款码付",
        "以后要补货打我这个号就行", "想订的话直接打电话下单更快", "记个号码：一三八零零一二三四五六，上新我通知您",
    ], [
        "我们不建议私下进群，优惠都在店铺首页", "下单页面的小程序入口是官方的，放心用", "不要扫陌生人发的个人收款码",
        "请不要相信打电话订货的陌生人", "单号有十二位数字", "有疑问可以拨打官方热线",
    ]),
}

test_kind = kind_test(KINDS)
