"""Stop 64 (helper m64, issue 11): message kinds the fresh48 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shape the rules flagged before
(``test_clean_now``), the clean shapes the model layer now sets aside and their faulty twins it still reads
(``DECLINED`` / ``STILL_READ``), and, by id only, the fresh48 lines each kind set right (``FIXED``: read from the set,
judged exact as benchmarks/line_verdicts.py judges them, rules only and rules + model).
On the start code (82982d4) 92 of this file's 175 cases fail.
"""

from __future__ import annotations

from message_kinds import clean_now_test, declined_tests, kind_test, read_lines_exact_test

KINDS = {
    # disparage_peer: a rival's goods said to be dyed, off a generic mould, botched, hand-made fakes, stuffed with scraps
    # (common.disparage.peer_wide's judgments)
    "peer_run_down": ("jd", "disparage_peer",
                      ["别家的仿真绿萝都是染过的塑料叶", "同行的电动牙刷都是公模的，换个壳就卖", "那家店的藤椅都是拿胶带凑合出来的",
                       "其他店的琥珀都是树脂压出来的假货", "别的店羽绒枕便宜，是因为用的是碎绒", "外面那些九块九的靠垫，塞的都是黑心棉"],
                      ["别家的绿萝也有真的，您可以比比", "同行的电动牙刷也不错，我们这款主打续航", "别的店便宜可能是规格小一号",
                       "其他店的情况我不清楚，我们这款是整朵绒"]),
    # disparage_peer: a big brand or a rival called a tax on the gullible; a bricks-and-mortar shop's goods said to fall short
    "peer_tax": ("jd", "disparage_peer",
                 ["那个请明星代言的大牌筋膜枪，简直是智商税", "隔壁的护眼灯完全是智商税", "超市里卖的防蓝光眼镜压根不达标"],
                 ["有人说筋膜枪是智商税，其实用对了挺放松", "我们门店卖的护眼灯也是这个型号", "那个大牌筋膜枪功率大一些，就是贵点"]),
    # abuse: the customer's wits said to have run out, their head left at home, their body mocked before the goods
    "wits_spent": ("jd", "abuse",
                   ["插头都插反了，您智商是不是又掉线了", "这都看不明白，脑子是丢家里了吧", "就你这肚子，还穿啥紧身裤"],
                   ["网络掉线的话重启一下路由器", "伞要是落家里了，可以顺手加购一把", "就您这个身高，穿L码刚好"]),
    # abuse: the customer's hands mocked as cursed
    "hands_cursed": ("jd", "abuse", ["种啥啥死，您还是别买花了", "您是摸什么什么坏吧", "这手开过光的吧？"],
                     ["这款多肉好养活，种啥啥活", "摸什么都不会留指纹，这款是磨砂面", "这尊摆件开过光吗？没有开过"]),
    # questioning: the damage pinned on the customer in a question; their not knowing thrown back at them
    "fault_pinned": ("jd", "questioning",
                     ["是不是你把奶锅放微波炉里才变形的？", "是不是您用洗碗机洗才掉色的？", "你连型号都说不出来，让我怎么查？"],
                     ["是不是您家的插座没通电？我帮您一起排查", "您连型号都记不住也没事，拍个铭牌我来查"]),
    # impolite: the goods' low price thrown at a customer who expects them to last
    "cheap_expect": ("jd", "impolite", ["八块钱的雨伞，还指望它抗台风吗？", "几十块的电煮锅，你还期待它用一辈子？"],
                     ["八块钱的雨伞挡小雨够用，想抗风可以看看加固款", "几十块的电煮锅也有一年质保"]),
    # shirking: a matter disowned with 咱家 and the customer sent back; a matter declared closed and sent elsewhere
    "disowned": ("jd", "shirking",
                 ["安装位置是装修队定的，跟咱家没关系，您去问装修队", "超过保修期了，这件事就到此为止，您另找别家修吧"],
                 ["跟咱家没关系的事，我也帮您问问装修队", "这件事就到此为止，补偿已经给您发过去了，再次抱歉"]),
    # disparage_platform: the platform's rules called a way to fleece sellers, a check it insists on called a torment
    "platform_fleece": ("taobao", "disparage_platform",
                        ["淘宝的退款规则纯属变着法坑商家", "平台偏要搞个视频验货，纯粹刁难卖家"],
                        ["淘宝的退款规则是保护买家的，您放心申请", "平台要求视频验货，是为了保障双方权益"]),
    "platform_nickname": ("jd", "disparage_platform", ["红色大狗的售后慢得要命"], ["大狗玩具的售后我们一直在跟"]),
    # arbitrary_promise: a result pledged with 包 and the shortfall made good; a promise on the agent's own say
    "outcome_pledged": ("taobao", "arbitrary_promise",
                        ["这包花种包开花，少一朵我就补您一包", "这个颈托坚持戴，脖子包好，没好您尽管找我"],
                        ["花种包好了，今天就能发", "给您包好了，少的那颗纽扣我给您补上", "这包花种出芽率高，少浇水就行"]),
    "own_say": ("jd", "arbitrary_promise",
                ["这次我个人掏钱给您补运费", "付款前先私聊我，给您再优惠20", "您正常下单，我比详情页还便宜8块"],
                ["我个人觉得这款更适合您", "我个人帮您问问仓库能不能今天发", "付款前看清规格就行，活动价页面已经显示了"]),
    # arbitrary_promise: years or winters of use without a break vouched for
    "winters_unbroken": ("jd", "arbitrary_promise", ["这副雪板固定器用十个雪季都断不了"], ["这副固定器用十个雪季都断不了吗？"]),
    # false_advertising: an effect or safety claimed for a hundred percent; an ailment said to go away by ordinary goods
    "percent_sure": ("jd", "false_advertising", ["这款洗衣凝珠能百分之百杀菌", "宝宝牙胶100%无害，放心啃"],
                     ["不敢说百分百杀菌，实验室数据是99%", "每批都做过100%除菌测试", "这款牙胶100%食品级硅胶吗？是的"]),
    "ailment_gone": ("jd", "false_advertising",
                     ["护腰带戴三个月，腰间盘突出就能根治", "这款足贴贴一周，失眠直接就没了", "按摩梳梳上一个月，白头发都能逆转"],
                     ["腰间盘突出的话建议先看医生", "失眠的话睡前少看手机会好些", "这款护腰带能辅助支撑，腰间盘突出要听医生的"]),
    # induce_review: a low score held off with a gift; a surprise for a follow-up review; a lottery for a review
    "gift_for_rating": ("jd", "induce_review",
                        ["觉得不好先别打一星，联系我，这边送您个小赠品", "追评发完找客服有小惊喜", "评价写满五十字，写完就能参与抽奖"],
                        ["觉得不好先别急，联系我，我帮您处理", "追评发完找客服，我帮您登记积分", "评价写多写少都行，按真实感受来"]),
    # privacy_leak: another named person's order and their phone digits; the factory price or the margin told
    "other_party_read": ("generic", "privacy_leak",
                         ["这张单是周海燕女士的，她电话尾号是7720", "这台咖啡机出厂给到我们才三百", "每单利润也就十块"],
                         ["这张单是您本人的，电话尾号7720对吧", "出厂前每台都要试机", "利润空间不方便透露"]),
    # cold_reply: a bare 亲 before a clipped stock line; the customer's words acknowledged as read and nothing told
    "bare_line": ("taobao", "cold_reply", ["亲，加绒款现货", "亲，黑色缺货👌"],
                  ["亲，加绒款有现货哦～", "亲，您要的黑色还有货"]),
    "ack_only": ("generic", "cold_reply", ["您发的那些，我这边都收到了。"],
                 ["您发的那些我都收到了，问题出在电源适配器，我给您补寄一个"]),
}

test_kind = kind_test(KINDS)


test_clean_now = clean_now_test([
    # 只长 (grows only …) is an everyday phrase, no same-sound 智障
    ("jd", "abuse", "这种文竹一年只长十来公分，放书桌正好"),
    ("jd", "abuse", "新芽一个月只长一点点，您耐心等"),
])


# (category, a clean sentence whose every clause the model layer sets aside for that category)
DECLINED = [
    ("arbitrary_promise", "不会再多了"),
    ("arbitrary_promise", "也不会再少了"),
]

# the same shapes with the words that make the fault: still read
STILL_READ = [
    ("arbitrary_promise", "我保证价格不会再多了"),
    ("arbitrary_promise", "以后一定不会再少了"),
]

test_declined, test_still_read = declined_tests(DECLINED, STILL_READ)


# fresh48 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "peer_run_down": ["f48-m028", "f48-m118", "f48-m175", "f48-m191", "f48-m201", "f48-h094"],
    "peer_tax": ["f48-h016", "f48-h158"],
    "wits_spent": ["f48-m050", "f48-h002", "f48-h023"],
    "hands_cursed": ["f48-m139"],
    "fault_pinned": ["f48-m245", "f48-h125"],
    "cheap_expect": ["f48-h053"],
    "disowned": ["f48-h054", "f48-h067"],
    "platform_fleece": ["f48-m081", "f48-h005"],
    "platform_nickname": ["f48-h093"],
    "outcome_pledged": ["f48-m066", "f48-h098"],
    "own_say": ["f48-m083", "f48-m163", "f48-h090"],
    "winters_unbroken": ["f48-m210"],
    "percent_sure": ["f48-m146", "f48-m259"],
    "ailment_gone": ["f48-h034", "f48-h064", "f48-h101"],
    "gift_for_rating": ["f48-m057", "f48-m190", "f48-h145"],
    "other_party_read": ["f48-m212", "f48-h133"],
    "bare_line": ["f48-m247"],
    "ack_only": ["f48-h084"],
    "clean_now": ["f48-m109"],
    "declined": ["f48-h047"],
}


test_fresh48_line_exact = read_lines_exact_test(FIXED, ("fresh48_messages.jsonl", "fresh48_hard_messages.jsonl"))
