"""Stop 46 (helper m46): meaning-based kinds of message rules the pool46 and fresh30 read sets showed missing — now found.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), plus the hard negatives of this stop's widenings
(``test_clean_now``: policy stated with help, a polite request, hedged outlooks, friendly words, neutral limits).
"""

from __future__ import annotations

import pytest

from message_kinds import kind_test, rule_categories

KINDS = {
    # abuse: the customer likened to one without a head or eyes, their hands "borrowed", their head an ornament, their
    # wits or taste "wasted" on the goods, their fussiness sneered at, the shop "cannot afford" them
    "simile_wits": ("jd", "abuse",
                    ["这种事还要问，跟没带脑子一样", "插头都插不对，手是租来的吧", "箭头画那么大还装反，脑袋是装饰吗",
                     "您这品味穿这件羊绒衫可惜了", "就这眼光，还是随便买一个吧", "这么金贵干嘛不去商场买", "这位客人咱可侍候不起", "问这种事，脑子估计忘家里了"],
                    ["我脑子跟没带一样，把您的型号记错了，抱歉", "这件羽绒服轻得跟没穿一样", "装饰画挂客厅很好看",
                     "这个颜色卖完了确实可惜", "这么讲究的话可以看看礼盒装", "手机忘在家里的话，报手机号也能取件"]),
    # abuse: the customer's bargaining over a cheap thing sneered at
    "stingy_mocked": ("jd", "abuse", ["二十几块的台灯还要讲价", "一个杯子问半天，抠得要命"],
                      ["二十几块的台灯也包邮哦", "杯盖边缘抠一下就能打开"]),
    # questioning: the damage laid on the customer with 吧, doubted against every other buyer, or guessed with 说实话
    "own_doing": ("jd", "questioning",
                  ["表带是您自己掰断的吧", "人家买都好好的，偏偏您买我们家的就坏", "这款发了几千单都没人说漏气",
                   "键盘失灵？是洒了水了吧，老实说"],
                  ["是路上压坏的吧，我找快递核实一下", "这款发了几千单，好评率挺高", "老实说，这个价位挺划算的"]),
    # questioning: the customer's use, timing or memory doubted, an answer demanded "truly", no proof no word, a dare
    "use_doubted": ("jd", "questioning",
                    ["真的照着教程接线了吗", "确定是泡了一回就褪色？", "到底拆没拆过，请您如实回答",
                     "订的哪个尺寸您自己都分不清吗", "没凭证您说的可不算数", "非要寄回检测，到时候可别后悔"],
                    ["照着教程接线就行，有问题随时问我", "我确定明天能到", "请如实填写发票抬头", "到时候别忘了签收"]),
    # questioning: what the customer must give put as a shut door
    "threat_condition": ("jd", "questioning", ["不发开箱视频就别想补发", "订单号不给就别来找售后"],
                         ["订单号不方便给的话，告诉我手机号也行", "视频发不了就别着急，照片也可以"]),
    # arbitrary_promise: remedies whatever happens — an accident, any later price drop, long use, an ended offer kept,
    # a secret gift, a rebate from the agent later, years without a fault, 准到
    "regardless": ("jd", "arbitrary_promise",
                   ["台面被磕坏了也照样免费修", "无论哪天降价我都给您退差价", "即使穿了三个月也给您全款退",
                    "秒杀上周就截止了，我还是按活动价给您改", "我多给您补两包纸巾，别告诉别人",
                    "过两天我再给您返15块", "骑个八年不出故障", "周六准寄到您手里", "今后降价随时来找我返差价", "即便放了一年也给您换"],
                   ["买了意外险的话，磕坏了也免费修", "降价的话在价保期内申请补差就行", "活动截止了，现在按原价",
                    "正常使用背个五年不出问题", "快递后天到，具体以物流为准", "今后降价的话，价保期内都可以申请补差"]),
    # shirking: the system or a rule as the whole answer, a case refused as too small
    "rule_as_answer": ("jd", "shirking", ["退款时限是系统这样设置的", "不能开专票，规矩如此", "少了个螺丝，这种小事没必要申请售后"],
                       ["系统是这样设置的，我帮您提交人工申请", "规矩如此，不过您可以申请延保", "这种小事不用走售后，我直接补寄给您"]),
    # shirking: the customer sent to search the web, to another line, or to call another party themselves
    "sent_elsewhere": ("jd", "shirking",
                       ["兼不兼容我不确定，这个您去网上搜一搜", "退税不归我这管，您找其他同事问", "安装是品牌方的事，您自己联系师傅", "连不上网的话您自己上网查一下"],
                       ["兼容性我去问问技术，稍后回复您", "发票不归售前管，我帮您转给售后同事", "安装是品牌方的事，我帮您联系师傅"]),
    # impolite: a hand to be moved after it was sent, how often it was said, too slow to understand, take it or leave it,
    # keep it short
    "impatient_order": ("jd", "impolite",
                        ["教程给过了，劳驾自己动动手", "型号讲了好几次了", "说了你也不明白", "不想买就算了，价格就这样",
                         "时间有限，捡重点讲", "用不来就别买"],
                        ["如果还需要，麻烦您动动手再下一单哦", "不想买也没关系，可以先加购物车", "我再讲一次，您看这样清楚吗"]),
    # false_advertising: no rival better in a whole range, a hundred per cent free of a defect
    "none_better": ("jd", "false_advertising", ["同级别里找不出比这款更静音的", "这条床单百分百不起球"],
                    ["这个尺寸是店里最大的了，没有比它更大的", "百分百棉的面料，起球概率低"]),
    # shirking: the goods said to have nothing to do with it (widened: the goods, not only us)
    "goods_unrelated": ("jd", "shirking", ["头晕是您没休息好，跟商品扯不上"], ["跟商品扯不上关系的问题，我也帮您问问"]),
    # arbitrary_promise: the agent's own pledge to pay (widened: 我个人包赔)
    "personal_pledge": ("jd", "arbitrary_promise", ["风扇坏了我个人包赔给您"], ["质保两年，坏了按售后政策处理"]),
    # questioning: why it was not said earlier (widened: 怎么早不说)
    "not_earlier": ("jd", "questioning", ["划痕？为啥早不讲，都用了一个月了"], ["有划痕的话早点说，我们好安排换货"]),
    # abuse: the customer's data held over them (widened: 我这可都有)
    "data_held": ("jd", "abuse", ["再恶意差评，你的手机号我这可都有"], ["您的地址我这都有记录，不用重新填"]),
    # shirking: the case dropped (widened: 我们这里接不了手)
    "case_dropped": ("jd", "shirking", ["退款是财务那边批的，我们这里接不了手"], ["我这边接不了手吗？我问下主管"]),
    # diversion: QQ by its mascot after 加我
    "penguin_added": ("jd", "diversion", ["图纸发不了的话加我企鹅传"], ["加个企鹅公仔只要十块"]),
    # induce_review: a review with photos counted, or paid with an upgrade or something free
    "review_paid": ("jd", "induce_review", ["晒图配两张图就好，我给您免费升级成礼盒装", "评价带两张图的话，我帮您升级成顺丰"],
                    ["配三张图片对比一下就清楚了", "追评可以补两张图，方便其他买家参考"]),
    # impolite: a "small matter" sent back for later
    "small_matter": ("jd", "impolite", ["充电宝这点小事您过会儿再来问"], ["这种小事您别操心，我来办"]),
    # disparage_peer: a rival's goods ripened by chemicals, labelled over, cooked with recycled fat, a mess, dared to eat
    "rival_judged": ("jd", "disparage_peer",
                     ["别家的芒果都是药水催熟的", "其他店的背包都是杂牌贴标货", "隔壁那家的酱牛肉用的是回收油",
                      "某为的耳机降噪差得一塌糊涂", "那些九块九的辣条您也敢吃？"],
                     ["芒果放两天自然催熟就能吃", "我们的贴标都是正规的", "这个牌子和另一个大牌是同一个工厂"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # a policy stated with help, a polite request, a hedged outlook, friendly humour, a neutral limit
    ("jd", "shirking", "超过保修期了，不过您可以申请付费维修，我帮您登记"),
    ("jd", "shirking", "麻烦您拍一下订单号发我，我去后台查"),
    ("jd", "arbitrary_promise", "这把伞一般用两三年没问题，具体看使用频率"),
    ("jd", "abuse", "哈哈，这款猫窝猫主子肯定喜欢，您家猫有福了"),
    ("jd", "abuse", "眼睛是借来的吧？开玩笑啦，图里模特的妆是后期修的"),
    ("jd", "false_advertising", "这款是店里目前容量最大的一款，没有比它更大的了"),
    ("jd", "questioning", "您确定一下收货地址，我这边好安排发货"),
    ("jd", "impolite", "如果您还需要，麻烦您动动手指重新下单哦"),
    # the agent's own telling blamed, our shop searched for, a claim declined, a coupon offered, stock pressure (not a
    # doubt), an exception owned with an apology, an ended offer only asked for, a platform policy followed by its terms
    ("jd", "impolite", "我说了几次都没说清楚，抱歉，我换个说法"),
    ("jd", "shirking", "您在网上搜一下我们的店名就能进店"),
    ("jd", "false_advertising", "百分之百不缩水这种话我们不敢说"),
    ("jd", "abuse", "几块钱的发夹还要还价的话，可以用店铺券"),
    ("jd", "questioning", "到时候别后悔没抢到，这批是限量的"),
    ("jd", "questioning", "这款发了几千单，您这单坏了真不好意思，我马上给您补发"),
    ("jd", "arbitrary_promise", "优惠截止了，我帮您申请一下试试，不一定能批下来"),
    ("jd", "shirking", "平台是这样规定的哦，签收七天内可以无理由退"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text
