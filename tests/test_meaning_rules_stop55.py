"""Stop 55 (helper m55, issue 11): message kinds the fresh39 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), the clause shapes the model layer now sets aside (``test_declined_now``), and, by id only, the
fresh39 lines each kind set right (``FIXED``: read from the set, judged exact as benchmarks/line_verdicts.py judges them,
rules only and rules + model).
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, kind_test, read_lines_exact_test, rule_categories

KINDS = {
    # disparage_peer: a rival's goods said to fail at the first knock, to be gritty, adulterated, old grain passed off or
    # remelted scrap, its readings not to be trusted, or only ours called reliable after a rival is named
    "peer_fails_more": ("jd", "disparage_peer",
                        ["别家那种砧板一剁就裂", "隔壁那家的铜挂锁一拧就变形", "那几家的芝麻酱掺的全是花生碎",
                         "对面那家的小米其实是陈粮染的色", "别的店那批锄头都是回炉钢", "别家的干贝沙子多得吓人",
                         "那种牌子的血压计读数您敢信吗", "外面那些卷尺刻度乱标，本店的才准"],
                        ["别家的情况不清楚，咱家的菜板是整木的", "这款芝麻酱掺的是少量核桃仁，外袋背后印着",
                         "隔壁仓库的门锁一拧就开，钥匙在前台", "那几家快递一般一天就到"]),
    # disparage_platform: greedy ways, a bully of a big store, the shop cheated badly by it, its algorithm as "that one"
    "platform_more": ("jd", "disparage_platform",
                      ["这商城的抽佣吃相难看", "商城那套店大欺客的作风，小卖家只能忍着", "平台审核一拖再拖，小店被它坑惨咯"],
                      ["运费怎么算，帮助中心里有平台说明", "那套算法会按销量给商品排序，我们也在优化主图"]),
    "platform_more_taobao": ("taobao", "disparage_platform", ["亲，理赔额度归淘宝定，它背后那套算法三天两头坑人"],
                             ["亲，搜索排序靠那套算法，我们在优化标题"]),
    # arbitrary_promise: a payout for a crack within years, the difference refunded however much it falls or on any
    # drop, food eaten refunded anyway, the rules waved away, a guarantee with refund and compensation on top
    "promise_more": ("jd", "arbitrary_promise",
                     ["这个砂锅要是三年内烧出裂纹，我们照价赔您", "不管便宜多少都给您补", "等月底便宜了我马上给您退差价",
                      "酱菜您吃着不合口，照样全额退", "拆了封也照样换，甭管什么退换规定",
                      "这根钓竿打包票拉不断，断了包换还赔钱"],
                     ["价格下调后能走价保，差额按审核退", "三年内出现裂纹按保修政策处理",
                      "吃着不合口的话，未开封的七天内可以退", "这根钓竿我不敢打包票，质量问题按三包处理",
                      "退换条款的链接我发您看一下"]),
    # questioning: whose fault it is asked back, the customer's choice thrown back, a use mocked as taught by someone,
    # an order not to send things piecemeal
    "questioning_more": ("jd", "questioning",
                         ["没接地线就通电，烧了该怪谁呢？", "说明书写着别泡水，这还能赖谁？",
                          "订的是蓝色，到手又嫌不够亮，当初怎么挑的？", "滤网反着装，谁教你这么装的",
                          "截图一起发过来，别一张一张地发"],
                         ["这事不能怪您，是我们贴错了标签", "当时下单选了什么型号？告诉我帮您核对",
                          "不用一张一张发，打包成一个文件也行", "说明书教的是这么装的，第二步有图"]),
    # abuse: a genius in sneer, a brain never grown, wits that leave the agent "convinced"
    "abuse_more": ("jd", "abuse",
                   ["网线往电源口里插，你可真是大聪明", "开关位置讲了三遍还问，真没长脑子吗", "讲五遍都不明白，悟性我也服气了"],
                   ["这款收纳盒的设计可真是天才", "我这记性没长进，刚刚讲错了", "您的耐心我是服气的，谢谢体谅"]),
    # impolite: what the customer cannot afford said outright with 别 / 甭
    "budget_more": ("jd", "impolite", ["这台咖啡机用不起就甭犹豫了"], ["觉得贵的话别急，月底有满减"]),
    # shirking: the matter beyond the shop or unknown to the agent, and the customer sent to ask or find someone else
    "shirking_more": ("generic", "shirking",
                      ["刻章的活儿店里碰不了，麻烦您去找街口刻章店", "燃气接口啥规格，我这儿完全一头雾水，劳您去问物业",
                       "座钟修理不在店里受理范围内，只能您另找老钟表匠"],
                      ["这块我不太懂，等我请教下技术同事再回复", "保修期已过也能付费修，我来登记"]),
    # privacy_leak: another buyer's address by 另一个, someone else's ID number named, a sheet with names and phones
    "privacy_more": ("jd", "privacy_leak",
                     ["另一个客户前天拍了这款香炉，寄去的地址是宁波鄞州区天童路16号", "收件人身份证号码为110101199003071234",
                      "会员登记表已经传您，姓名跟手机号全在上面"],
                     ["这是您自己的身份证号码：110101199003071234，麻烦核对", "另一个客户说寄到郊区会晚一天",
                      "登记表传您了，姓名那栏麻烦自己填"]),
    # false_advertising: blood pressure said lowered by food or drink
    "adlaw_more": ("jd", "false_advertising", ["这款山楂茶长期喝有降压作用"], ["血压计可以测量血压，读数当参考"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # newton-metres named as the unit (单位是N·m): no insult by its initials
    ("jd", "abuse", "电钻的扭矩单位是N·m，参数表有写"),
    # a shop masked with crosses (XX旗舰店): a peer, no PDD by the initials of 夕夕
    ("jd", "diversion", "XX店里的联名款我们没代理"),
    # a place out of a child's reach: where to keep the goods, no limit of power
    ("jd", "shirking", "插座装在小孩手够不着的高处更安全"),
    # the shop itself fleeced by the platform: no customer mocked
    ("jd", "abuse", "我们小店也是被平台薅羊毛薅惨了"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


@pytest.mark.parametrize("category,text,declined", [
    # the agent searching themselves while the customer waits: the errand taken on
    ("shirking", "发票底单不见了，您等我翻翻", True),
    # the customer sent to search is still read
    ("shirking", "底单不见了，请自己再翻翻吧", False),
    # other shops run down with no platform named: a peer, not the platform
    ("disparage_platform", "那几家小作坊的剪刀都没开刃，糊弄人呢", True),
    # the platform named keeps it read
    ("disparage_platform", "平台上那几家小作坊的剪刀没开刃，平台也不过问", False),
])
def test_declined_now(category, text, declined):
    covered, _ = declined_cover(category, text)
    assert (covered > 0) == declined, text


# fresh39 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "peer_fails_more": ["f39-m011", "f39-m057", "f39-m073", "f39-m096", "f39-h040", "f39-h136"],
    "platform_more": ["f39-m176", "f39-h087", "f39-h130"],
    "platform_more_taobao": ["f39-m172"],
    "promise_more": ["f39-m025", "f39-m123", "f39-m150", "f39-m291"],
    "questioning_more": ["f39-m066", "f39-h006", "f39-h009", "f39-h029", "f39-h062"],
    "abuse_more": ["f39-m071", "f39-h080"],
    "budget_more": ["f39-m189"],
    "shirking_more": ["f39-m268", "f39-h027", "f39-h074", "f39-h143"],
    "privacy_more": ["f39-m087", "f39-m191", "f39-h008"],
    "adlaw_more": ["f39-m109"],
    # clean lines and lines the model over-read: a unit in Latin letters (abuse.insult), a place out of reach
    # (shirking.no_advice_no_follow), the agent's own search (the model's shirking set aside), other shops with no
    # platform named (the model's disparage_platform set aside)
    "clean_now": ["f39-m251", "f39-h137", "f39-m160", "f39-m290"],
}


test_fresh39_line_exact = read_lines_exact_test(FIXED, ("fresh39_messages.jsonl", "fresh39_hard_messages.jsonl"))
