"""Stop 59 (helper m59, issue 11): message kinds the fresh43 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), the clause the model layer now sets aside (``test_declined``: pack ``models.declined_clauses``),
and, by id only, the fresh43 lines each kind set right (``FIXED``: read from the set, judged exact as
benchmarks/line_verdicts.py judges them, rules only and rules + model).
On the start code (ed49f97) 88 of this file's 167 cases fail.
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, kind_test, read_lines_exact_test, rule_categories

KINDS = {
    # privacy_leak: an ID number named by the word before it, whatever its check digit; another buyer and his street
    "id_number_named": ("generic", "privacy_leak",
                        ["那单的收货人证件号：44030419851203561X，您别外传", "查到了，下单人身份证号码320102198807150034"],
                        ["身份证号只需要后四位，我帮您核对", "物流单号440304198512035618已经揽收"]),
    "other_buyer_street": ("jd", "privacy_leak",
                           ["之前那个团了五盒月饼的客户家住长江路19号，想拼单就问问他", "有位买了两台风扇的阿姨住在幸福小区，离您不远"],
                           ["您住在哪个小区？我看看附近有没有自提点", "长江路那边的顾客一般第二天就能收到"]),
    # abuse: the body made of paper or glass, palsy in scorn, the weeping teacher, school again, the family pitied, the
    # head squeezed by a door, the head kept for height
    "body_of_paper": ("jd", "abuse", ["吃两颗糖就牙疼，你这牙是纸糊的吧", "晒了半小时就红，您皮肤是豆腐做的吗", "走两步就喊腰疼，您这腰是泥捏的么"],
                      ["这款风筝是纸糊的，别碰水", "皮肤敏感的话先在耳后试一下"]),
    "sneer_more": ("jd", "abuse",
                   ["教了几遍还插错孔，怕不是脑瘫吧", "这阅读理解，英语老师知道了得气晕", "拼图都对不上，回炉重上幼儿园吧",
                    "像您这种人，一双袜子也要投诉，身边的人忍得住吗", "就你这号人，家人怎么扛得住", "旋钮拧反了还来找，脑袋瓜子被门夹了吧",
                    "盖子都扣不好，这脑子留着撑帽子的吧"],
                   ["这套玩具适合脑瘫儿童做康复", "英语老师推荐的这本单词书在打折", "我这脑壳被门夹了，刚才把价格报错了"]),
    # disparage_platform: its guarantee or rules a joke or a trap, its commission outrageous, its process too slow,
    # the shop disowned after it; its logistics as it is
    "platform_rules_mocked": ("jd", "disparage_platform",
                              ["京东的售后政策纯属忽悠人的", "平台那套保价规则就是坑消费者的", "平台的佣金黑得吓人，小店快撑不住了", "商城的规则简直是个笑话"],
                              ["平台的售后政策我发您，七天内都能申请", "价保规则挺友好的，我教您怎么点"]),
    "platform_then_disowned": ("jd", "disparage_platform",
                               ["钱还没退回是京东的审核实在太慢了", "平台的仓库发得跟蜗牛似的，和我们店可没关系",
                                "东子家的快递就那样，您再等等吧"],
                               ["平台审核通常一天内完成，我替您催催", "仓库发错了是我们的问题，和平台没关系"]),
    # shirking: another agent served before and nothing said; outside our scope, find another line yourself
    "not_me_before": ("jd", "shirking", ["上次负责您的是我同事，那笔退款我这边不清楚", "昨天接待您的是另一个客服，这事我说不好"],
                      ["上次负责您的是我同事，记录我看到了，我帮您接着办"]),
    "out_of_scope": ("generic", "shirking",
                     ["换屏不在我们的业务范围内，您自己去找维修点吧", "维修站电话网上自己能搜到", "不在本店服务范围之内，你另外找物业去吧"],
                     ["换屏不在我们的业务范围，不过我可以把维修点地址发您", "售后网点电话我这就发给您"]),
    # questioning: the customer's account waved off, the same question thrown back
    "account_waved_off": ("jd", "questioning", ["多余的不用解释，是不是质量问题我自会判断", "别的甭讲了，坏在哪我自己会看"],
                          ["别的不用说了，我先帮您登记换货", "不用多解释，我看照片就明白了，这就给您补"]),
    "asks_how_often": ("jd", "questioning", ["同样的问题你到底要问多少遍才罢休", "这个问题还要说几次啊？", "一样的问题还得说多少回才够"],
                       ["这个问题问几次都可以，我慢慢跟您讲", "同样的问题很多人问，我做了张图"]),
    # impolite: a shrug at the choice, repeats counted in scorn, told to pick the point; a sticker with an insult is
    # the insult's reading
    "careless_more": ("taobao", "impolite",
                      ["随便亲咋选呗，我也说不出区别", "前前后后都问了八百遍了，只有这一个色", "请你挑重点，我这边很忙", "随便你怎么买好了"],
                      ["随便亲怎么搭配都好看哦", "我反复问了好几次厂家，确认能用", "重点我给亲标红了"]),
    # arbitrary_promise: a gift with the rules waved aside
    "rules_waived_gift": ("jd", "arbitrary_promise", ["您今天拍，我另外给您配一个杯套，活动规则不必管", "多送你两包纸巾，规则甭在意"],
                          ["杯套是活动赠品，按活动规则送一个"]),
    # diversion: QQ by its penguin and number; Taobao by its peach
    "penguin_number": ("taobao", "diversion", ["亲，团购的话企鹅号：73950218 找我", "亲，量大走企鹅：60781234"], ["亲，企鹅抱枕 3 个起批哦"]),
    "peach_tao": ("jd", "diversion", ["这款您去桃宝看看吧，那边便宜"], ["桃宝宝的围兜有现货"]),
    # forbidden_address on JD: 亲 in toned pinyin
    "qin_toned": ("jd", "forbidden_address", ["Qín，耳机今天发出", "好嘞 qǐn~"], ["这款 Qīngchūn 系列有货"]),
    # induce_review: hp and hb, more good words for a kept coupon
    "review_spelt_short": ("jd", "induce_review", ["收到给个hp加三张图，私我领5元hb", "评价里多夸夸好话，下回给您留张券"],
                           ["hp打印机的墨盒这款能用", "评价里照实写就好，有问题先找我"]),
    # disparage_peer: hair or bugs found, a rubbery bite, near-date goods repacked, famous for breaking, a tax on wits
    "peer_food_faulted": ("jd", "disparage_peer",
                          ["别家的牛肉粒吃出过头发", "那家的豆浆喝出过苍蝇", "他们家的汤圆咬起来跟塑料似的", "隔壁那家都是临期品重新贴标的",
                           "小蓝那牌子的吹风机？出了名地动不动就坏", "那个牌子的保温杯，买它就是交智商税"],
                          ["我们家的汤圆咬起来很软糯", "临期的汤圆我们从不上架", "吹风机要是坏了随时找我"]),
    # false_advertising: germs counted first, a sprouting or survival rate of 100%
    "adlaw_more": ("taobao", "false_advertising", ["亲，擦一遍，台面上一个病菌都活不了", "亲，这批花苗成活率百分百", "亲，这种瓜子出芽率百分之百"],
                   ["亲，擦完台面，病菌会少很多", "亲，花苗成活率挺高的，按说明养就行"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # the absolute named and declined to the listener is no claim
    ("jd", "false_advertising", "不好跟您说绝对，得看您家水质"),
    # room on a rack for one more row is no gift
    ("jd", "arbitrary_promise", "三层的比两层的能多放一排调料瓶"),
    # the payment app spelt out with separators is the platform's reading, no nickname
    ("jd", "forbidden_address", "货款走支、付、宝给我也可以"),
    # an eye-roll sticker after an outright insult is read with the insult
    ("taobao", "impolite", "亲，按钮都找不着，弱智吧[白眼]"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


@pytest.mark.parametrize("category,text,covered", [
    # the agent asking whether their own steps came across, help offered after: set aside
    ("questioning", "不知道刚才讲的装滤网的方法您看懂了没有？卡在哪儿随时跟我说", True),
    # the same words thrown at the customer with nothing offered: still read
    ("questioning", "讲第四遍了，您看懂了没有？", False),
])
def test_declined(category, text, covered):
    n, _ = declined_cover(category, text)
    assert (n > 0) == covered, (category, text, n)


# fresh43 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "id_number_named": ["f43-m239"],
    "other_buyer_street": ["f43-m071"],
    "body_of_paper": ["f43-m084"],
    "sneer_more": ["f43-m250", "f43-h006", "f43-h021", "f43-h049", "f43-h089", "f43-h126"],
    "platform_rules_mocked": ["f43-m178", "f43-h033", "f43-h059"],
    "platform_then_disowned": ["f43-m050", "f43-m190"],
    "not_me_before": ["f43-m276"],
    "out_of_scope": ["f43-h040"],
    "account_waved_off": ["f43-m166"],
    "asks_how_often": ["f43-h131"],
    "careless_more": ["f43-m173", "f43-h031", "f43-h064"],
    "rules_waived_gift": ["f43-m118"],
    "penguin_number": ["f43-m144"],
    "peach_tao": ["f43-m282"],
    "qin_toned": ["f43-h087"],
    "review_spelt_short": ["f43-h101", "f43-m065"],
    "peer_food_faulted": ["f43-m101", "f43-m107", "f43-m111", "f43-h077"],
    "adlaw_more": ["f43-h060", "f43-m268"],
    "clean_now": ["f43-m006", "f43-h081", "f43-h129"],
    "declined": ["f43-m237"],
}


test_fresh43_line_exact = read_lines_exact_test(FIXED, ("fresh43_messages.jsonl", "fresh43_hard_messages.jsonl"))
