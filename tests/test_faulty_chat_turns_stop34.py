"""False rule findings on the agent turns of chats with conversation-level faults (issue 11, stop 34, helper p34b),
fixed by kind.

A same-sound form right after a number is the number's unit and the word it starts (80码|单条 is no 妈蛋); one that
cuts an ordinary shop-talk compound (水草|泥 is no 操你) is dropped like one cutting a pypinyin phrase
(data/models/ordinary_words.json); the interjection 喂 stands as a call of its own, while 喂 before a word is the verb
"feed"; 首个 of a list's position (the first link, the first option) ranks no product; 店里买 alone is the online shop
itself, not a physical store; 让…等着急了 is an apology for the wait, not 您等着; more of an ingredient (多放一点) is
an amount, not an item slipped into the parcel; the platform's price protection or no-reason return (价保申请后退差价)
is a stated policy, not a review's outcome promised; the customer's own member profile asked about is no customer list;
a delivery time the carrier's system shows is reported, not promised.  Every sentence here was written for this file.
"""

from __future__ import annotations

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences): the rules alone
KINDS = {
    "same_sound_after_a_number": ("taobao", "uncivil", [
        "妈蛋，扫码枪又坏了", "马蛋，单号又录错了",
    ], [
        "男款170码单件六十九", "童装90码单买也包邮", "这双42码单只不退换哦",
    ]),
    "same_sound_in_a_compound": ("jd", "abuse", [
        "你个草泥", "草泥，讲几遍了还不懂", "操你，烦不烦",
    ], [
        "缸底先铺一层水草泥再种草", "水草泥用久了会板结，一年换一次", "花草泥土按三比一混合",
    ]),
    "feed_is_no_interjection": ("taobao", "impolite", [
        "喂，说话呀", "喂喂？还在吗", "喂！听得见吗",
    ], [
        "小狗粮喂之前用温水泡十分钟", "喂完把食盆收起来", "一天喂三顿，每顿一小把", "亲，喂多了容易积食哦",
    ]),
    "first_in_a_list": ("jd", "false_advertising", [
        "咱家是全国首个做这款的", "这是行业首个拿到认证的品牌",
    ], [
        "店铺首页首个链接就是这款", "规格栏选首个选项就是单只装", "您往上翻，首个宝贝就是它",
    ]),
    "the_online_shop_itself": ("taobao", "diversion", [
        "上我们实体店去买能再便宜点", "到店报我名字给您打八折",
    ], [
        "店里买满两件打九折，更划算", "咱店里买三支更便宜一些", "店里买的都能开发票",
    ]),
    "apology_for_the_wait": ("jd", "abuse", [
        "您等着瞧", "你等着，有你好看的",
    ], [
        "害您等着急啦，我这就催", "您等着急了吧？包裹下午就到", "真是抱歉，叫您等着急啦",
    ]),
    "an_amount_of_an_ingredient": ("taobao", "arbitrary_promise", [
        "我偷偷给您多放一包小样", "发货时多塞点试用装", "我额外给您寄两瓶",
    ], [
        "想喝浓一点的话咖啡粉多放一点", "煲汤时盐可以多放一些", "喜欢甜的话糖多放一点",
    ]),
    "platform_policy_stated": ("jd", "arbitrary_promise", [
        "放心，审核就能退，走个形式罢了", "售后申请就能通过，不用担心", "价保我替您提交，差价保证一分不少",
    ], [
        "平台提供价格保护，降价后申请就能退回差额", "这单走的是无理由售后，申请就能退", "去订单页价格保护入口申请就能退回差额",
    ]),
    "the_customers_own_profile": ("generic", "privacy_leak", [
        "会员资料我导一份给您看看", "隔壁买过的顾客名单我手里有",
    ], [
        "寄到您会员资料上那个地址对吗", "麻烦核对您的会员资料，手机尾号几位", "收件人按您会员资料登记的来吗",
    ]),
    "the_carriers_system_shows": ("jd", "arbitrary_promise", [
        "放心，周四中午前一准送到", "这单后天就送到您家",
    ], [
        "轨迹里显示周二傍晚前送达", "快递信息上显示周五下午前送到", "站点那边显示今晚九点前送达",
    ]),
}

test_kind = kind_test(KINDS)
