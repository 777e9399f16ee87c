"""Stop 49 (helper m49, issue 11): message kinds the fresh33 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), the model's clause veto of this stop (``models.declined_clauses``), and, by id only, the fresh33
lines each kind set right (``FIXED``: read from the set, judged exact as benchmarks/line_verdicts.py judges them, rules
only and rules + model).
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, kind_test, read_lines_exact_test, rule_categories

KINDS = {
    # disparage_peer: a rival run down by wandering readings, its figures called boasts, bad by repute, pirated prints,
    # meat frozen for years, a borrowed licence, or named only by 某某 / crosses
    "peer_run_down": ("jd", "disparage_peer",
                      ["Z牌的电子秤我们不进，称出来数据飘得厉害", "隔壁那家标的续航八小时都是吹的",
                       "那个牌子的滤水壶，滤芯出了名的烂", "某某店的练习册是盗版印刷，错字一堆",
                       "××家的鸡爪是冻过三四年的僵尸肉", "Q牌那款眼霜？那家资质都是借的"],
                      ["Z牌的电子秤店里没进过货，我们说不上来", "称出来数据飘的话，放平再校准一次",
                       "咱家的画册有出版社授权，书脊上有防伪码", "收件人写成××就行，保护隐私"]),
    # privacy_leak: the factory price with 出头, the factory's price sheet sent, another buyer's address told
    "privacy_shapes": ("jd", "privacy_leak",
                       ["这款雨衣出厂价也就二十出头", "供应商的进价表我整张拍给您",
                        "上一位拍这款书架的阿姨家就在长宁区那一片"],
                       ["出厂价是商业机密，没法跟您说", "前一位买书架的顾客也说安装简单"]),
    # arbitrary_promise: arrival bound by a day, the agent's word that it comes, a refund plus a free gift, the money
    # back if the effect fails, extra goods slipped in on the quiet, any cause refunded in full, 这事我包了
    "promise_shapes": ("jd", "arbitrary_promise",
                       ["下周二之前洗碗机必到", "后天送不到您就来找我", "退了款我再白送您两个挂钩",
                        "这款祛痘膏不见效我给您退钱", "买两盒月饼我私下再多放两块", "不管啥毛病也给您全额退",
                        "发票的事我包了，放心"],
                       ["预计下周二前后送达，看物流", "迟迟收不到的话找我，我来查物流",
                        "尺码不对可以走七天无理由", "跟您小声透露，周五有满减"]),
    # questioning: the damage guessed as the customer's own hand, asked back whether they cannot make up their mind
    # before asking or let the agent finish, proof as the price of being heard, 明白吗 after a refusal, the page never
    # read, the customer made to account for themselves or asked whether they cannot even tell
    "reproach_shapes": ("jd", "questioning",
                        ["拉链该不会是你自己拽坏了？", "大号小号问了好几轮，能不能想清楚了再问", "您就不能听我说完",
                         "序列号写不全的不用找我", "过了三十天一律不换，明白吗？", "包装上都没看吗？写着不能水洗",
                         "你得交代明白哪天拆的封", "您是认不出哪个是进水口？"],
                        ["该不会是路上压坏的吧？我给您换", "您慢慢选，想好了再问也行", "我先把保修条款讲完，您再问好吗",
                         "照片糊了不要紧，我教您对着光拍", "您交代过的事情都记着呢"]),
    # shirking: the agent's not knowing in dialect or as 一头雾水, the blame on the courier in slang, the rule thrown
    # back as final, told to call again in some days, the matter outside the agent's department
    "shirking_shapes": ("jd", "shirking",
                        ["防水等级这块我真不晓得", "这个参数我也一头雾水，自己研究研究吧", "包裹丢了都是韵达的锅",
                         "这是规定哈，过期的不给退", "您等几天再来问吧", "退押金不归我这个部门"],
                        ["这回真不是顺丰的锅，是我们仓库漏发", "规矩是这么定的，不过我帮您申请特殊处理",
                         "押金不归咱们部门，不过我帮您转给财务"]),
    # induce_review: a sum sent back for the screenshot as a fee for the trouble, the freight 给您报了, a cut next time
    "review_paid_shapes": ("jd", "induce_review",
                           ["点完五星截个图，给您回两块辛苦费", "评论区帮着夸上几句，截屏过来，快递钱给你报了",
                            "追评里聊聊口感，下回来买牛肉干直接给您减六块"],
                           ["评价怎么写都随您的感受", "追评的入口在订单页右下角"]),
    # diversion: 微信 by look-alike characters
    "contact_lookalike": ("jd", "diversion", ["有问题加一下我的威心"], ["这台加湿器出雾很细"]),
    # impolite: the customer told to just wait
    "impolite_shapes": ("taobao", "impolite", ["快递在路上，你就等着就是了", "出库就有短信，老实等着就是了"],
                        ["不用催哦，已经加急了", "知道您急，我这就催仓库"]),
    # abuse: the customer's wits named to keep them off the goods
    "abuse_shapes": ("taobao", "abuse", ["这智商还玩无人机呢", "这脑子就别买单反了"],
                     ["这款无人机新手也能玩", "这水平还可以，适合入门"]),
    # false_advertising: germs or mites said wiped out to the last one
    "claims_absolute": ("jd", "false_advertising", ["除螨仪吸一遍，螨虫全灭"],
                        ["能去除大部分螨虫，做不到一只不剩", "这款蓝莓卖得一个不剩了"]),
    # forbidden_address: the plural nickname reassuring at the start (JD)
    "address_plural": ("jd", "forbidden_address", ["宝宝们放心哈，都走顺丰"], ["宝宝们放心吃的米粉要选无添加的"]),
    # cold_reply: a bare two-character reply with an emoji after it (the emoji warms nothing up)
    "bare_with_emoji": ("taobao", "cold_reply", ["晓得🙂", "行吧😶"], ["晓得了，地址这就帮您改好", "您好😊"]),
    # disparage_platform: Taobao by its group's nickname, its process called dawdling
    "platform_dawdling": ("taobao", "disparage_platform", ["阿里爸爸家审核退款太磨叽"], ["审退款通常一两天，我替您盯着"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # an either-or asking when the fault began (…还是泡水后才…的呢？): no misuse guessed
    ("jd", "questioning", "我再问清楚些，台灯是一插电就黑着，还是淋雨后才灭的呢？"),
    # an inside price offered as a lure beside a private contact: the lure's rule (diversion), no cost disclosed
    ("jd", "privacy_leak", "加我私人号，榨汁机能按内部价给您"),
    # 私聊我领 on Taobao: a reward fetched in the Wangwang window (induce_review's), no channel outside
    ("taobao", "diversion", "确认收货后私聊我拿两元券"),
    # …想想其他办法: the customer left to find a way (shirking), no scold to think
    ("taobao", "impolite", "胶水干了店里不管，只能您自己想想其他办法"),
    # a demand for proof (…写不全的别来找我) is questioning, no refusal of the matter
    ("jd", "shirking", "发票写不全的别来找我"),
    # a cut next time paid for a follow-up review is the review rule's, no promise of a price
    ("jd", "arbitrary_promise", "追评里夸夸包装，下次来买给您减四块钱"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


@pytest.mark.parametrize("category,text", [
    ("false_advertising", "体温计量出来比诊所低一点，可能是刚喝了热水"),
])
def test_model_declines(category, text):
    covered, total = declined_cover(category, text)
    assert covered >= 1, (text, covered, total)


@pytest.mark.parametrize("category,text", [
    ("false_advertising", "这款体温计测出来比别家都精准"),
])
def test_model_still_reads(category, text):
    assert declined_cover(category, text)[0] == 0, text


# fresh33 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "peer_run_down": ["f33-m070", "f33-m147", "f33-m207", "f33-m254", "f33-m300", "f33-h010", "f33-h160"],
    "privacy_shapes": ["f33-m014", "f33-m181", "f33-m232"],
    "promise_shapes": ["f33-m065", "f33-m073", "f33-m284", "f33-h011", "f33-h056"],
    "reproach_shapes": ["f33-m037", "f33-m183", "f33-m174", "f33-m289", "f33-h013", "f33-h115", "f33-h038", "f33-h139",
                        "f33-h146"],
    "shirking_shapes": ["f33-m012", "f33-m190", "f33-m096", "f33-m117", "f33-m168", "f33-h009", "f33-h080"],
    "review_paid_shapes": ["f33-m203", "f33-h030", "f33-h057"],
    "impolite_shapes": ["f33-h127"],
    "abuse_shapes": ["f33-m192"],
    "claims_absolute": ["f33-h133"],
    "address_plural": ["f33-m125"],
    "bare_with_emoji": ["f33-h084"],
    "platform_dawdling": ["f33-h042"],
    "clean_now": ["f33-h019", "f33-h033", "f33-h103", "f33-m076"],
    "model_declines": ["f33-m134"],
}


test_fresh33_line_exact = read_lines_exact_test(FIXED, ("fresh33_messages.jsonl", "fresh33_hard_messages.jsonl"))
