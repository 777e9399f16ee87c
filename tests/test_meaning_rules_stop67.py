"""Stop 67 (helper m67, issue 11): message kinds the fresh51 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), what the model layer now sets aside and the faulty twins it still reads (``test_model_*``), and, by
id only, the fresh51 lines each kind set right (``FIXED``: read from the set, judged exact as
benchmarks/line_verdicts.py judges them, rules only and rules + model).
On the start code (7ac9d9a) 97 of this file's 183 cases fail (40 of the 51 kind hits, none of the 50 kind cleans, the 7
clean-now cases, 2 of the 3 bare status replies the model read as impolite, and the fresh51 lines 31 of 34 rules only and
17 of 34 with the model); none of its sentences shares six characters with a fresh51 line.
"""

from __future__ import annotations

import pytest

from message_kinds import _with_model, clean_now_test, kind_test, read_lines_exact_test

KINDS = {
    # disparage_platform: the matter declared the platform's doing and the customer sent to get it from the platform
    "platform_blamed_go_there": ("jd", "disparage_platform",
                                 ["延保服务是京东那边管的，有疑问你直接找京东客服去", "这张券是平台那边卡着的，想用的话您自己找平台要",
                                  "发票抬头是商城那边判的，改不了您就去找他们投诉"],
                                 ["这张券是平台那边卡着的，您找平台客服也行，我这边也同时帮您反馈",
                                  "运费险是平台那边理赔的，理赔进度我帮您盯着"]),
    # disparage_platform: the platform's delivery times, checks or rules called a joke or a harassment of sellers
    "platform_service_mocked": ("jd", "disparage_platform",
                                ["商城那套考核规则纯粹刁难卖家", "平台的配送时效简直是个笑话，三天都没出库",
                                 "京东的审核机制就是折腾人，退个货卡了一礼拜"],
                                ["平台的配送时效一般是两到三天，我帮您盯着", "京东物流的时效查询在订单页，我发您入口"]),
    # impolite: the customer met with "asking again?"
    "asked_again_bare": ("jd", "impolite", ["又来问？物流早就发您截图了", "怎么又来问啦？型号上午就给你了"],
                         ["又来问问题啦？没关系，随时欢迎", "您又来回跑了一趟，辛苦了"]),
    # abuse: "do it again and we come to your door to talk"
    "door_visit_threat": ("jd", "abuse", ["再乱给差评，我们就顺着地址登门找你理论", "敢再造谣一次，我就上门跟你当面聊"],
                          ["再有问题的话，我们就安排师傅上门找您看看", "要是再漏水，师傅就上门跟您一起查管路"]),
    # questioning: why they did not do one thing before another
    "why_not_first": ("jd", "questioning", ["为什么你没先量尺寸就下单了？", "为啥您不提前问一下就直接装上了？"],
                      ["为了方便售后，建议您先拍照再拆包装", "您可以先量好尺寸再下单，这样更合适"]),
    # disparage_peer: the cheaper shops said to sell old, refurbished or fake goods; cheap goods doubted and called recycled
    "cheap_rivals_stale": ("jd", "disparage_peer", ["便宜那两家寄的菜籽多半是陈种", "便宜那两家发的轮胎基本都是翻新的"],
                           ["便宜那几家我们没比过，我们这款有质检报告", "便宜那几家的发货地都在外省，时效慢一点"]),
    "cheap_goods_doubted": ("jd", "disparage_peer", ["二十块那种充电宝你也敢用？全是翻新电芯", "几十块的电钻您也信？基本是杂牌电机"],
                            ["九块九的那种也能用，就是续航短一些", "您也信得过我们的话，这款可以放心用"]),
    # disparage_peer: a rival brand masked by a letter, tried by us and said to fail soon
    "masked_brand_tested": ("jd", "disparage_peer", ["飞x那款剃须刀我们拆过，用半年就鼓包", "某牌的电水壶我们买来测过，没几天就漏水"],
                            ["您寄回的那台电水壶我们测过，确实是温控坏了，给您换新", "这款剃须刀我们拆过，里面是全金属齿轮"]),
    # shirking: after-sales as a whole refused
    "aftersales_not_taken": ("jd", "shirking", ["退换这块店里一律不受理的", "保修这一块咱们不管了"],
                             ["售后这一块店里会一直跟进到底", "保修这块咱们不会不管的，您放心"]),
    # questioning: the decision thrown back at the customer in exasperation
    "what_do_you_want_then": ("jd", "questioning", ["那你说咋整吧，刀都磨钝了还想退", "换也不行退也不行，您想让我咋办？"],
                              ["您想让我们怎么处理都可以，退换随您选", "那您看怎么办好？我这边退换都能安排"]),
    # questioning: ordered to do as told and not to ask
    "just_do_as_told": ("jd", "questioning", ["按我说的来，先把电池抠出来，别问这么多", "别问那么多了，照我说的弄就行"],
                        ["按我说的步骤做一遍，有不明白的随时问我", "照我说的做就行，卡在哪步了告诉我"]),
    # questioning: whether they are sure it is our goods they used
    "sure_its_ours": ("jd", "questioning", ["您确定买的是我们店的那款滤芯？", "您确定涂的是咱家的底漆吗"],
                      ["您确定是这个收货地址吗？需要的话马上改", "麻烦您确认一下用的是不是我们家的滤芯，瓶身有标"]),
    # induce_review: every star lit and a sum to take for it; the review's words dictated
    "full_score_coupon": ("jd", "induce_review", ["收到后评分都点满，私信客服领五元红包", "评价全点亮带张图，截图给我返你两块"],
                          ["评分全点亮是对我们最大的鼓励，不方便也没关系", "五颗星都点亮需要按开关"]),
    "full_score_coupon_taobao": ("taobao", "induce_review", ["亲，星星都点满再配个图，找小二领两元券哈"],
                                 ["亲，星星点不点满都随您，真实评价就好"]),
    "praise_dictated": ("jd", "induce_review", ["麻烦给个好评，就说做工扎实发货快", "那单帮忙评价一下，你就写音质清楚续航久"],
                        ["有空的话评价一下，就说您的真实感受就好", "评价一下，就能看到积分入账"]),
    # diversion: the customer asked to add a number the agent gives
    "add_this_number": ("jd", "diversion", ["想要内部价就加我这个号186 0000 1111，私下给您算", "加一下手机号15900002222，有新货我马上通知你"],
                        ["麻烦加一下收件人手机号，快递员好联系", "您留的号码15900002222我已经加到订单备注里了"]),
    # abuse: a parrot, a goldfish or a schoolchild said to remember or think better; the wish mocked as a dream
    "worse_than_parrot": ("jd", "abuse", ["金鱼都比您记性强", "讲三遍还搞反，小学生都比你脑子灵"],
                          ["这台复读机比上一代记性好，能存一百段", "鹦鹉比八哥学话快，您可以挑鹦鹉款"]),
    "worse_than_parrot_generic": ("generic", "abuse", ["这位先生，鹦鹉都比您记性强"], ["这只鹦鹉比上一只记性好，会说十几句"]),
    "still_dreaming": ("jd", "abuse", ["一百块想买实木床，做白日梦还没醒吧", "这个价还想包安装，做梦都没睡醒呢"],
                       ["宝宝做梦还没醒，晚点再联系也行", "做梦都没想到能卖这么快，谢谢大家支持"]),
    # questioning: chose, filled or ordered with eyes shut?
    "eyes_shut": ("generic", "questioning", ["尺码写得清清楚楚，您是闭着眼选的？", "地址都填错了，闭着眼睛填的吗？"],
                  ["这个尺码闭着眼拍都不会错", "闭着眼睛也能摸到开关，设计很贴心"]),
    # cold_reply: the spec said back and a bare yes or no after it
    "spec_then_bare": ("jd", "cold_reply", ["充电宝两万毫安的，有。", "蓝色加绒款XL码的，没货"],
                       ["充电宝两万毫安的，有的哦", "您要的蓝色加绒的，有", "黑色的，有现货今天发"]),
    # false_advertising: no colour difference, peeling or fading at all
    "zero_flaw_words": ("jd", "false_advertising", ["这批印花T恤零色差，放心拍", "车漆镀层零掉漆，十年如新", "这款发热垫零脱落，洗多少次都一样"],
                        ["零色差吗？不同显示器看着会有一点差别", "零钱包有三个颜色"]),
    # forbidden_address (jd): the nickname opening a later clause, said to a buyer
    "nickname_mid": ("jd", "forbidden_address", ["这款充电线是原装的，宝子放心拍", "单号我刚查过了，宝宝别着急"],
                     ["这款牙胶用的食品级材料，宝宝放心啃", "奶瓶可以高温消毒，宝宝放心用"]),
    "nickname_mid_taobao": ("taobao", "forbidden_address", [], ["这款充电线是原装的，宝子放心拍"]),
    # abuse: the customer's wits called a worry, said with 叫人 / 让人
    "wits_worrying": ("jd", "abuse", ["这智商实在叫人捉急", "教了三遍还插反，脑子真让人捉急"],
                      ["这台扫地机的脑子实在捉急，老撞墙的话更新下固件", "我这理解能力也是堪忧，方才把型号看岔了"]),
    # arbitrary_promise: an edge chipped or turned pledged as the agent's own loss
    "chipped_on_me": ("jd", "arbitrary_promise", ["这把菜刀切骨头要是崩了口都算我的", "刨刀用一年卷刃就算我的"],
                      ["这次漏发算我的失误，马上给您补寄", "菜刀崩口的话按售后政策给您处理"]),
}

test_kind = kind_test(KINDS)


test_clean_now = clean_now_test([
    # the customer's fuss itself belittled with 这么 is impolite (common.impolite.belittle), no question of the sum
    ("jd", "questioning", "一副鞋带的事，至于这么计较嘛"),
    # the customer reassured to wait at ease
    ("jd", "impolite", "快递明早就派送，您就安心等着吧"),
    ("jd", "impolite", "师傅已经出发了，您放心等着吧"),
    # who knows which workshop a rival's goods came from: the rival run down (disparage_peer), nothing refused
    ("jd", "shirking", "散装的谁知道出自哪家小作坊，我们这款有批号"),
    # price protection over there is the platform's service, no peer's
    ("jd", "disparage_peer", "那个蓝色软件那边的价保纯属摆设"),
    # cash paid back in initials (返xj) is a review reward, no insult by its initials
    ("jd", "abuse", "晒图返xj，截图发客服"),
    # a number the customer is asked to add is the agent's channel (diversion), no one else's data
    ("jd", "privacy_leak", "要优惠的话，加这个号186 0000 1111"),
])


def _model_categories(pack: str, text: str) -> set[str]:
    return {f.category for f in _with_model(pack).check(text)}


@pytest.mark.parametrize("pack,text", [("jd", "台灯，发了。"), ("jd", "电热毯？发了"), ("taobao", "护膝，已发👌")])
def test_model_leaves_the_bare_status_cold(pack, text):
    """A bare status word after the goods named is the cold reply's own words: the model's impolite sets it aside, so the
    rules' cold reply (reported only alone) stays."""
    got = _model_categories(pack, text)
    assert got == {"cold_reply"}, (text, got)


@pytest.mark.parametrize("pack,text", [("jd", "台灯，发了。催什么催")])
def test_model_still_reads_the_scold(pack, text):
    assert "impolite" in _model_categories(pack, text), text


@pytest.mark.parametrize("text", ["这台豆浆机一次能打四杯，实际口感和豆子品种有关，供您参考",
                                  "这款烤箱一次能烤两盘饼干，烤好的时间和饼干厚薄有关"])
def test_model_reads_a_bounded_figure_as_none(text):
    """A figure offered for the customer's reference (供您参考) or said to depend on something (实际…和…有关) is bounded,
    as 仅供参考: no absolute claim, rules or model."""
    assert "false_advertising" not in _model_categories("jd", text), text


def test_model_still_reads_an_absolute_word_beside_it():
    assert "false_advertising" in _model_categories("jd", "这台豆浆机全网最好用，实际口感和豆子品种有关，供您参考")


# fresh51 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "wits_worrying": ["f51-m007"],
    "platform_blamed_go_there": ["f51-m036", "f51-h041"],
    "asked_again_bare": ["f51-m066"],
    "door_visit_threat": ["f51-m080"],
    "why_not_first": ["f51-m082"],
    "cheap_rivals_stale": ["f51-m102"],
    "masked_brand_tested": ["f51-m161"],
    "clean_now": ["f51-m174", "f51-m183", "f51-m255", "f51-h057", "f51-h118"],
    "platform_service_mocked": ["f51-m210", "f51-h088"],
    "aftersales_not_taken": ["f51-m233"],
    "what_do_you_want_then": ["f51-m252", "f51-h033"],
    "just_do_as_told": ["f51-m256"],
    "model_set_aside": ["f51-m269", "f51-h131", "f51-h145"],
    "nickname_mid": ["f51-h024"],
    "spec_then_bare": ["f51-h066"],
    "sure_its_ours": ["f51-h079"],
    "chipped_on_me": ["f51-h083"],
    "cheap_goods_doubted": ["f51-h087"],
    "full_score_coupon": ["f51-h113"],
    "add_this_number": ["f51-h116"],
    "praise_dictated": ["f51-h137"],
    "still_dreaming": ["f51-h139"],
    "eyes_shut": ["f51-h146"],
    "zero_flaw_words": ["f51-h148"],
    "worse_than_parrot": ["f51-h153"],
}


test_fresh51_line_exact = read_lines_exact_test(FIXED, ("fresh51_messages.jsonl", "fresh51_hard_messages.jsonl"))
