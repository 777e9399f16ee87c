"""Stop 45 (helper m45): kinds of message rules the pool45 and fresh29 read sets showed missing — now found.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind at least one
sentence that must be found and at least one close clean neighbour that must not (``KINDS``), plus the hard
negatives of this stop's widenings (``test_clean_now``).
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, kind_test, rule_categories

KINDS = {
    # arbitrary_promise: a certainty word aimed at the customer is the promise, whatever the outcome named after it
    "vowed_to_you": ("jd", "arbitrary_promise",
                     ["保证您泡出来的茶汤跟店里喝的一个味", "这套刀具，包您切番茄不流汁", "准保你铺上就平平整整",
                      "下周一之前包到您家"],
                     ["为了保证您的睡眠质量，建议先通风两天", "店铺会保证您的个人信息不外泄", "收到的红包您在卡券里看",
                      "这个不好说，没法保证您一次就调好音", "我们保证您买到的都是正品", "这款代餐每天一顿，包您半个月瘦三斤"]),
    # arbitrary_promise: a remedy whatever happens, with no certainty word (no end to it, used up, the whole lot again)
    "whatever_happens": ("jd", "arbitrary_promise",
                         ["花盆要是磕了我们再寄一个，多久都算数", "牙膏挤完了也能全额退", "只要有一个蛋是破的，整箱给您重发",
                          "这台吸尘器五年内随时换新", "登山鞋三年内不管什么原因我都给您换双新的"],
                         ["签收后七天内随时可以申请退换", "蛋要是有破的拍照发我，按售后规则补发", "七天内不管什么原因都能退",
                          "没拆封的话也能退"]),
    # arbitrary_promise: the after-sales process set aside for the agent's own remedy
    "process_skipped": ("jd", "arbitrary_promise",
                        ["您别申请售后了，不走流程，我私下给您退两百", "我直接给您换新的，不用等检测结果",
                         "团购满十份，我私下再给您多送一盒"],
                        ["不用走售后，我直接帮您登记退货", "审核通过后系统会给您退款", "检测结果出来我第一时间告诉您"]),
    # arbitrary_promise: a claim, then the agent vouching for it personally; a sum paid back vowed; a time to the minute
    "claim_vouched": ("jd", "arbitrary_promise",
                      ["这盏台灯亮度八百流明，达不到您来找我", "差价肯定给您返，您先拍", "司机明早八点到，晚一分钟都不会"],
                      ["亮度不达标的话，在订单页申请售后", "差价能不能返以价保审核为准", "司机大概明早八点到"]),
    # privacy_leak: someone's name given as the one on an order, next to an address or a phone tail
    "named_with_address": ("jd", "privacy_leak",
                           ["那个包裹的收件人是韩立伟，山东青岛崂山区香港东路", "系统里登记的是一位谢文静，手机尾号5581"],
                           ["跟您核对一下：收件人韩先生，手机尾号5581，地址崂山区，没错吧", "收件人要改的话您在订单页修改",
                            "别人的收件信息不方便透露"]),
    # abuse: the customer's wits, eyes, hands or head mocked without a swear word
    "wits_mocked": ("jd", "abuse",
                    ["就这理解能力还自己装空调", "讲了五遍，悟性实在感人", "开关都找不到，您这手长着干嘛用的",
                     "步骤图在您眼里跟废纸一样", "连猫都比您灵光", "按钮那么大还按错，这眼神真让人担心",
                     "您这手是拿来当摆设的吗", "建议您先去医院查查脑子", "您脑子里全是浆糊吧", "狗都会用的喂食器，您倒用不明白",
                     "电视遥控都不会用，智商先去续个费"],
                    ["您这个理解能力测评题可以先做一遍", "这只小猫比您之前养的活泼", "护眼台灯让孩子的眼神更专注",
                     "这个摆设是陶瓷的", "头晕的话请先去医院检查一下", "话费余额不足记得先充值", "我这眼神，刚才看错型号了"]),
    # disparage_peer: a rival named by one letter and called refurbished, fake or shoddy
    "letter_named": ("jd", "disparage_peer",
                     ["D家的扫地机全是翻新的", "T牌那边的洗碗机基本都是拆机件拼的"],
                     ["D家的扫地机也有这个功能", "T牌的洗碗机不是翻新的，您放心", "3C家电以旧换新正在做"]),
    # disparage_platform: the blame (锅) put on the platform
    "platform_blamed": ("jd", "disparage_platform", ["快递慢了这锅得平台来背", "价保没通过是商城那套算法的锅"],
                        ["平台的锅具节正在打折", "真不是平台的锅，是我们发错了"]),
    # shirking: the case dropped outright
    "case_dropped": ("jd", "shirking", ["尺码是您自己选的，这事我们就不跟了", "别的客服接的单，我们这边接手不了"],
                     ["这事我会跟到底", "这单不跟了吗？我再帮您看看"]),
    # privacy_leak: a sheet or log of the shop's sent whole, every customer's orders in it
    "whole_sheet": ("jd", "privacy_leak", ["上个月的售后台账我整份转您了", "投诉记录全部发您，里面有所有顾客的退货单"],
                    ["您的退货记录我全部发您了", "台账不方便整份发您，您这单已处理完", "商品图片全部发您了"]),
    # abuse: the customer's data to be hung online, with no 到 / 在
    "data_threat": ("jd", "abuse", ["再闹我就把你手机号挂网上"], ["活动规则我们挂网上了，大家都能看"]),
    # disparage_peer: a rival's goods watered for weight, chemically scented, snapping at once
    "rivals_goods": ("jd", "disparage_peer",
                     ["对面那家的鱿鱼干都是泡过水的", "某力家的雨伞用不住，一撑就断", "那些便宜的香薰全是化学香精"],
                     ["我们家的鱿鱼干没泡过水", "和别家一样，这款伞骨也是玻纤的"]),
    # shirking: the refusal said twice as its own reason
    "flat_no": ("jd", "shirking", ["这个颜色没有就是没有，别问了", "定制尺寸做不了就是做不了"],
                ["有就是有，没有就是没有，续航我们如实写", "这个颜色暂时没有，我帮您登记到货提醒"]),
    # diversion: PDD by the place the shop also sells, on taobao too
    "pdd_nickname": ("taobao", "diversion", ["亲，这款拖鞋在多多上我们也有卖", "多多那边我们也开了店，价格低一点"],
                     ["亲，多多少少会有点色差哈", "亲，多多关照哈"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # the purpose of a rule, a policy or a declined pledge: no promise
    ("jd", "arbitrary_promise", "以保证您的资金安全，退款只退回原支付账户"),
    ("jd", "arbitrary_promise", "轮胎鼓包您拍个照片给我看看"),
    ("jd", "arbitrary_promise", "我们打包到您家附近的快递柜"),
    ("jd", "arbitrary_promise", "用完了也能退吗？这个我帮您查一下"),
    # the customer's own head, sight or a child's wits: no mockery
    ("jd", "abuse", "我脑子里记着您上回买的是蓝色"),
    ("jd", "abuse", "小朋友都会用，您不会也没关系，我一步步教您"),
    # a letter in a model name or a unit, no rival
    ("jd", "disparage_peer", "A家族的收纳箱都是加厚款"),
    # the customer's own order read back for checking
    ("taobao", "privacy_leak", "亲，收件人是许女士，地址是杭州上城区清泰街，跟您留的一致的话就发货啦"),
    # a red packet sent privately for a review is the review's reward, no trade off the platform
    ("jd", "diversion", "追评带视频的话，我私下给您发个红包"),
    # the customer's own absolute word quoted back and declined
    ("jd", "false_advertising", "您说的“最结实的行李箱”我们不敢这么讲，每款都有承重范围"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


# the model layer: the clauses its own reading of a category yields on (``models.declined_clauses``)
@pytest.mark.parametrize("category,text", [
    # every grade of review left to the customer: no pressure, no reward
    ("induce_review", "五星三星一星都是您的权利，用着怎么样照实写就行"),
    ("induce_review", "好评、差评都是您的自由"),
    # a bad line blamed and the customer asked to say it again
    ("questioning", "网络不太稳定，您说的门牌号我没听清，麻烦您再说一遍好吗？"),
])
def test_model_declines(category, text):
    covered, _ = declined_cover(category, text)
    assert covered, text


@pytest.mark.parametrize("category,text", [
    # a reward or a doubt in the clause keeps it read
    ("induce_review", "好评给您返五元"),
    ("questioning", "您到底说的是哪个门牌号？"),
])
def test_model_still_reads_clause(category, text):
    covered, _ = declined_cover(category, text)
    assert not covered, text
