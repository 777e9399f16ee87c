"""Stop 43 (helper r43): the fresh27 kinds of message rules — misses now found and clean readings no longer flagged.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind at least two
sentences that must be found and at least one close clean neighbour that must not (``KINDS``), plus the clean
readings the rules used to flag (``CLEAN_NOW``).
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from message_kinds import kind_test, rule_categories
from zhijian import Inspector

KINDS = {
    # uncivil: 卧槽 by its initials after a bare address, or a few words before the surprise
    "wc_after_address": ("taobao", "uncivil",
                         ["亲，wc 这批抱枕居然又到货了，我给您留两个", "WC 库存表又对不上了，您稍等", "您好，wc 订单怎么又卡住了"],
                         ["亲，WC 指示牌有中英双语两款", "WC 标识建议贴在门的正中"]),
    # questioning: ordered to read the manual through, the reading made the condition of coming back
    "read_then_come": ("jd", "questioning",
                       ["先把说明书完整读一遍，读完了还不会再来", "麻烦把教程从头看一遍，看懂了再问"],
                       ["我把教程从头看一遍，看完再来回复您", "您可以把说明书翻一下，哪里不懂随时问我"]),
    # arbitrary_promise: 准能 as the certainty word, a bound in minutes or hours with 就
    "arrival_vowed": ("jd", "arbitrary_promise",
                      ["您今天拍，后天上午准能送到", "钱一个钟头之内就到账，放心", "配件下单后两天内就送到您手上"],
                      ["一般付款后两天内就送到，具体看物流", "预计后天上午能送到"]),
    # shirking: the setting hidden behind, the agent named between; the rule that is the rule
    "setting_hidden": ("jd", "shirking",
                       ["后台就是这样设定的，我们这边也改不了", "规矩就是规矩，超时的单子一律不退"],
                       ["后台是这样设定的，不过我可以帮您申请人工修改"]),
    # arbitrary_promise: the agent paying themself with the sum named; any fault, then 都算我的
    "paid_by_agent": ("jd", "arbitrary_promise",
                      ["以后灯泡不亮了我个人全额赔您", "这道防水做完再渗一滴都算我的", "地板铺完要是起拱就算我的"],
                      ["这次少发算我的失误，马上补寄", "质量问题按售后政策全额赔付"]),
    # arbitrary_promise: the full sum vowed (一分都不会少); the difference made up by the agent
    "full_sum_vowed": ("jd", "arbitrary_promise",
                       ["退款我盯着，一分钱都不会少", "您先下单，差价回头我来补给您", "以后降了价，差价我全部退您"],
                       ["差价我已经给您退到账户了", "差价可以按价保规则申请，我发您入口"]),
    # disparage_peer: a brand masked by X after its first character, the goods failing within a short time
    "masked_after_first": ("jd", "disparage_peer",
                           ["海X那款冰箱用不到一年就不制冷", "苏X家的电饭煲用不到半年就糊底"],
                           ["这款X的滤网用不到半年就该换了", "型号带X的那款用不到一年就要除垢"]),
    # induce_review: hp given, good words or praise of the shop asked, a warranty lengthened or a rate off as the favour
    "review_favours": ("jd", "induce_review",
                       ["麻烦给个hp，下次按老客户价给您算", "评价里说几句好话，保修给您延长半年", "写几句夸我们家的话，下单打九折"],
                       ["谢谢您夸我们，保修从签收那天算起一年", "这台HP打印机可以加购延保服务"]),
    # disparage_platform: the customer sent to argue with the platform; luck on it; its rules said to harass
    "platform_run_down": ("jd", "disparage_platform",
                          ["保证金的事您找平台评理去", "在这上面买东西全凭运气", "商城的新规就是变着法子为难卖家"],
                          ["这件事我去跟平台沟通，有结果告诉您", "平台的规则每季度更新，我帮您对照"]),
    # diversion: the agent's phone noted down; a private channel proposed with 要不; the store named for pickup
    "off_platform": ("jd", "diversion",
                     ["记下我电话，下班后打给我", "要不您加一下店长微信，售后找他快", "我们城南的门店还有现货，您有空过去提货"],
                     ["记下这个单号，有问题直接在这找我", "要不您先加入购物车，活动开始再付款", "我们门店也能自提，下单时选门店自提就行"]),
    # shirking: not placed through this agent; the customer told to ring it themself or to take it up with the
    # property manager; sent back to the colleague who served them
    "sent_off": ("generic", "shirking",
                 ["那笔单子不是在我手上开的", "说明书背面有服务电话，您拨过去问吧", "下水道堵了找物业，您跟物业说去吧",
                  "退款您还是问之前接待您的那位客服"],
                 ["我帮您联系之前接待您的那位同事", "服务电话我来打，有结果回您", "这单不是在我手上下的也没关系，我来跟进"]),
    # cold_reply: 怎么了 in chat spelling as the whole reply
    "bare_what": ("jd", "cold_reply", ["咋啦", "怎么啦？"], ["怎么啦？订单有什么问题我帮您看"]),
    # questioning: the damage guessed to be the customer's own; their photo said to look downloaded; the request
    # challenged; a small fault belittled
    "customer_doubted": ("jd", "questioning",
                         ["您自己拆的时候弄坏的吧？", "这截图瞧着像从网上找来的", "换您是店家，您肯这么退吗", "这么点线头也值得投诉？"],
                         ["怕自己装坏的话可以预约师傅吧", "您这个要求合理，我这就去申请", "这点线头我们也照样给您换"]),
    # false_advertising: a harm said to be nil, germs said never to grow, king-tier ranking, an end to medicine,
    # a healing effect of ordinary food
    "absolute_claims": ("jd", "false_advertising",
                        ["这款墙纸零甲醛零异味", "这块砧板用多久都不会滋生细菌", "这款风扇在同价位里就是王者",
                         "泡脚包用一个月就不用再吃降压药了", "这款红糖姜茶能暖宫"],
                        ["甲醛释放量检测是E0级", "用完晾干就不会滋生细菌", "客厅天花板要留出灯的位置", "暖宫贴能持续发热八小时"]),
    # impolite: the budget held against the customer, the same question sighed at, questions asked one by one,
    # repeated messages scolded
    "impatient": ("jd", "impolite",
                  ["手头紧的话就别看这款了", "又是这个问题……前面说过了", "可不可以一次性把问题说清楚", "您别刷屏了，都看到了"],
                  ["预算有限的话可以看看入门款", "我一条一条地发给您，您照着做"]),
    # abuse: bargaining sneered at, the account threatened, a veiled threat with the record, ability mocked
    "customer_mocked": ("jd", "abuse",
                        ["砍价砍了一下午，您怎么不去开店", "再这样就把你账号列入黑名单", "您每次的差评我们都记着呢，最好安分点",
                         "就您这球技，买了怕不是要把球拍打断"],
                        ["您的账号被风控了，我帮您申诉", "您说的情况我都记着呢，明天给您回复", "就您这身高，选L码正合适"]),
    # disparage_peer: a rival's staff called inept, the customer dared to buy there, their goods called pirated
    "rival_run_down": ("jd", "disparage_peer",
                       ["那家店的客服连尺码都分不清", "您还敢去他们家订？", "其他店的光碟多半是盗录的"],
                       ["那家店的地址我不清楚", "我们这批是原版进口，不是翻录"]),
    # privacy_leak: another buyer identified; a fake free order; stock claimed that is not there; the cost as a
    # discount
    "leak_or_deceit": ("taobao", "privacy_leak",
                       ["昨天拍了三十本的是实验小学的李老师", "您已经获得免单资格，请先付款", "其实没货，您先拍了我再跟您解释",
                        "咱家进这批拖鞋也就三折"],
                       ["下单的是李女士本人吗？我核对一下", "这款要调货半个月，您确认了再拍"]),
    # arbitrary_promise: a later service taken on outright
    "service_taken_on": ("jd", "arbitrary_promise",
                         ["往后的滤网清洗我们都包了", "以后的上门调试我这边全包了"],
                         ["以后的保养可以照说明书来做"]),
}

test_kind = kind_test(KINDS)


# clean readings the rules flagged before this stop: the category named must not be reported
@pytest.mark.parametrize("pack,category,text", [
    # 倒贴 as the shop's own loss, complained of, gives the customer nothing
    ("jd", "arbitrary_promise", "偏远地区的运费全是店里倒贴的"),
    ("jd", "arbitrary_promise", "这个价再往下降我们就要倒贴了"),
    # a motto of prevention ranks no product
    ("jd", "false_advertising", "取暖器别靠着窗帘，防火第一"),
    ("jd", "false_advertising", "门锁记得反锁，防盗第一"),
    # 垃圾 as debris trapped in the goods
    ("jd", "uncivil", "刷毛分叉设计，缝里不容易积垃圾"),
    ("jd", "uncivil", "地垫的纹路不会卡垃圾屑，抖一抖就干净"),
    # a brush-off the customer reports, quoted back to own it
    ("jd", "shirking", "您反馈之前有客服让您“自己想办法”，这是我们的错，这件事我来跟"),
    # the online price explained by the rent the shop saves
    ("taobao", "diversion", "亲，实体店和网店货一样，网上便宜点是因为省了房租"),
    # a vague cut names no sum
    ("jd", "arbitrary_promise", "零头的话可以给您让一些"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


@pytest.mark.parametrize("pack,text", [
    # a review reward claimed in this chat (私聊我补…): the inducement, no channel outside it
    ("jd", "评价里多夸几句再配两张图，私聊我补您一包纸巾"),
    ("jd", "晒图好评后私聊我返您五元"),
])
def test_review_reward_claimed_here(pack, text):
    got = rule_categories(pack, text)
    assert "induce_review" in got and "diversion" not in got, (text, got)


@lru_cache(maxsize=None)
def _rules(pack: str) -> Inspector:
    return Inspector(pack, models=False)


@pytest.mark.parametrize("text", ["零头的话可以给您让一点", "实在喜欢的话再给您便宜一些"])
def test_a_vague_cut_is_no_sum(text):
    assert not [f for f in _rules("jd").check(text) if f.rule == "common.promise.price_cut_granted"], text
