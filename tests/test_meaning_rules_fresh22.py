"""Fresh22 read (stop 38, issue 11, helper r38): kinds the rules missed on the read message sets, and clean kinds they
flagged; several shapes each, hit and clean.  Every sentence here was written for this file.

Hits, by kind:

* arbitrary_promise: a refund "back on the card" at once or within a time said before the money; a price drop's
  difference transferred by the agent; the bare pledge 我打包票 and a fault taken on as 我包; a missed arrival 算我的;
* false_advertising: a result a hundred per cent sure (百分百学会), not one germ left, a trim "top of the world"
  (国际顶配), one quality with no rival (…效果没对手);
* abuse: the head "out of credit", the customer sent for glasses, a child manages what they cannot, their data held
  over them in a softened ending (…都知道的哦);
* impolite: too busy, talk later; sent to scroll for it; chided for asking again or going quiet;
* questioning: no proof, no belief; how can it be blamed on us; bought here, you confirm?; why not earlier, said
  after the earlier days; don't ask why;
* shirking: can't see or fix it here, do it yourself; telling the shop is useless; "your own family's business";
* privacy_leak: someone else's street address, phone or ID tail, a flat number with a surname; the factory price
  "still not even" a share;
* diversion: WeChat as 薇 after 加; disparage_peer: sellers by the price they dare to ask;
* induce_review: a video shown for a gift, a photo review for money off or a fee covered, stars for a transfer, the
  review's words written for the customer, the agent's performance pay (绩效) at stake.

Clean, by kind: the customer's new number read back once they sent it; a model code with letters after the hyphen
(TM-T82 is no curse); an absolute denied (谈不上绝对); the customer as the one who said it before (您之前说过了…);
a vocative 女士 / 先生 before the customer's own phone tail.
TB where one shops (TB上搜 / 去TB) is the platform (diversion), not the initials of an insult (abuse).
破系统 / 破玩意 said of the platform or its tool (咚咚 / 京麦 / 平台) is the platform run down, not also a curse; said of the
shop's own tool it stays uncivil.  Bad reviews deleted at will by the platform (乱删差评) ask nothing of the customer.

Leftovers after r38 (helper r38b): kinds the rules still missed on the read message sets, and one model over-read.

Hits, by kind:

* diversion: the WeChat letter cut from its word by an emoji or a symbol (v❤信 / V🌟搜); another platform by its
  colour with a word between (黄色那个网购app);
* uncivil: 卧槽's initials set off by a space before the exclamation (wc 怎么…);
* disparage_platform: the platform loving to mess people about, sucking the sellers' blood; JD's own-run side "over
  there" run down;
* disparage_peer: a big name's price as a brand tax, a rival's repair or return rate, a smell likened to a factory;
  a masked brand's feature "only nice on the poster" or working "as if it were off";
* privacy_leak: the price at the factory gate told as a plain figure; the shop's internal rule book sent whole;
* arbitrary_promise: pests gone for years after one treatment;
* abuse: harm to come passed off as an accident in scare quotes;
* false_advertising: an ordinary food said to lift a child's memory or eyesight.

Clean, by kind: a V-neck or a TV before an emoji; the goods' own colour (橙色那个款); a toilet sign (WC 标识); the
platform's compensation after "sorry to mess you about"; our own low repair rate; what was checked at the factory;
the internal process only named; the pest count said as usual; the customer's own slip in scare quotes; eating
while watching a screen.

Model over-read: the customer sent to read the listing themselves is impolite (the rules'), not shirking.
"""
import pytest

from message_kinds import declined_cover, hit_clean_tests, rule_categories

HITS = [
    # arbitrary_promise
    ("jd", "arbitrary_promise", "您确认收货后，差价立刻就回到你账户里"),
    ("jd", "arbitrary_promise", "申请我批了，四十分钟以内钱就回您账户"),
    ("jd", "arbitrary_promise", "月中价格一降，差价我都转您"),
    ("jd", "arbitrary_promise", "东西结实着呢，我打包票"),
    ("jd", "arbitrary_promise", "这锅用十年不掉涂层，有问题我包换"),
    ("jd", "arbitrary_promise", "周五送不到算我的"),
    # false_advertising
    ("jd", "false_advertising", "这门钢琴课零基础百分百学得会"),
    ("jd", "false_advertising", "除螨仪扫一遍，床上一只螨虫也不留"),
    ("jd", "false_advertising", "这款音响配置属于世界顶配"),
    ("jd", "false_advertising", "这款面霜保湿效果完全没对手"),
    # abuse
    ("jd", "abuse", "脑袋又掉线了吧，看清楚再问"),
    ("jd", "abuse", "建议你先配副眼镜再来看参数"),
    ("jd", "abuse", "小孩都会拼的乐高，你却拼不好"),
    ("jd", "abuse", "差评尽管写，您那住址我们都知道的哦"),
    # impolite
    ("jd", "impolite", "我正忙，回头再说"),
    ("jd", "impolite", "参数都在页面上，自己去翻"),
    ("jd", "impolite", "同一个问题又来问了"),
    ("jd", "impolite", "发完链接人就又不吭声了"),
    # questioning
    ("jd", "questioning", "没有视频我们不能信的"),
    ("jd", "questioning", "线是您自己扯断的，怎么能怪到店里头上"),
    ("jd", "questioning", "你确认是在本店这边买的吗"),
    ("jd", "questioning", "都洗过三次了，刚收到时候为啥没讲"),
    ("jd", "questioning", "先照着装，别管为什么"),
    # shirking
    ("jd", "shirking", "审核到哪步店里看不了，你就自己盯着页面"),
    ("jd", "shirking", "保修的事跟我们讲也没用"),
    ("jd", "shirking", "门锁装歪算是你家的事"),
    # privacy_leak
    ("jd", "privacy_leak", "那位大哥填的是光明街21号，您顺路可以看看"),
    ("jd", "privacy_leak", "上周退货的是个黄先生，手机后四位7723"),
    ("jd", "privacy_leak", "他们家在您对门1502，姓方"),
    ("jd", "privacy_leak", "实话说这台出厂价都不到标价两成"),
    # induce_review: a video shown for a gift, a photo review for money off, stars for a transfer, the words written
    # for the customer, the agent's performance pay at stake
    ("jd", "induce_review", "晒段使用视频，找店长领小赠品"),
    ("jd", "induce_review", "带图的评价写完，邮费回头给您报"),
    ("jd", "induce_review", "评五颗星以后我给你转两块"),
    ("jd", "induce_review", "追评的文字我这边替您编好了，贴上去就行"),
    ("jd", "induce_review", "麻烦打个高分，我本季度绩效全靠它"),
    # diversion, disparage_peer
    ("jd", "diversion", "好评以后加下薇💕领红包"),
    ("jd", "disparage_peer", "敢卖这种价的，多半偷工减料"),
    # leftovers (r38b)
    ("jd", "diversion", "v🌸信里搜小铺名字"),
    ("jd", "diversion", "老客福利在那边，V⭐搜‘木木小铺’就有"),
    ("jd", "diversion", "红色那个电商软件里有咱家分店"),
    ("jd", "uncivil", "wc 又卡了，等我下哈"),
    ("jd", "disparage_platform", "这个平台总爱折腾人呐"),
    ("jd", "disparage_platform", "说到底是平台在吸卖家的血"),
    ("jd", "disparage_peer", "那些大牌的剃须刀贵出来的全是品牌税"),
    ("jd", "disparage_peer", "别家那款热水壶故障率很高，售后都被问烦了"),
    ("jd", "disparage_peer", "隔壁的凉席拆开臭得跟化工厂似的"),
    ("jd", "disparage_peer", "某为那个风扇也就广告上好看"),
    ("jd", "disparage_peer", "X美的电饭煲保温跟没插一样"),
    ("jd", "privacy_leak", "说句心里话出厂那阵子一套才五十来块"),
    ("jd", "privacy_leak", "店里的售后操作流程拍你一份对照着看"),
    ("jd", "arbitrary_promise", "这次喷完，四年以内也不会再见到白蚁"),
    ("jd", "abuse", "再这么折腾，下次安装师傅“不小心”碰坏点什么我可管不着"),
    ("jd", "false_advertising", "娃天天喝这个奶，成绩跟智力很快就提高了"),
]

CLEAN = [
    ("jd", "好的，您发来的那个新号158 0000 1234已经换上了"),
    ("jd", "这款TM-A20适合收银台，不适合打文档"),
    ("jd", "待机声音很小，但谈不上绝对无声"),
    ("jd", "您之前说过了要带烘干的，这台正好有"),
    ("jd", "陈女士，留底的电话尾数6650还用吗"),
    ("jd", "我们门店在和平路66号，周末也营业"),
    ("jd", "小孩子也能用的款式，您家宝宝也放心"),
    ("jd", "抱歉这会儿很忙，等会儿再找您说明"),
    ("jd", "不敢说百分之百学会，主要看练得勤不勤"),
    ("jd", "带图的评价别人最爱看，质量问题另给您补寄"),
    ("jd", "换货单我替您填完了，您看下对不对"),
    # leftovers (r38b)
    ("jd", "这件V领🌟很显瘦"),
    ("jd", "橙色那个款购物车里还能加"),
    ("jd", "WC 标识贴在门上就行"),
    ("jd", "折腾您来回跑过意不去啊，平台补偿我已申请"),
    ("jd", "我们家这款返修率很低，您放心"),
    ("jd", "出厂的时候每台都做过跌落测试"),
    ("jd", "内部流程走完就给您退款"),
    ("jd", "投药后一般半个月内不会再看到蟑螂，还有的话联系我们"),
    ("jd", "您下次再“不小心”拍错颜色也没关系，找我改就行"),
    ("jd", "吃饭时总看手机对视力不好"),
    ("jd", "这批货两年内不会有新款替换"),
    ("jd", "隔壁仓库那批货下午发走"),
]


test_hit, test_clean = hit_clean_tests(HITS, CLEAN)


@pytest.mark.parametrize("text", ["在TB上输入店铺名字也能找到", "TB下单的话价格一样", "去TB里搜同款就有"])
def test_tb_where_one_shops_is_the_platform_not_an_insult(text):
    got = rule_categories("jd", text)
    assert "diversion" in got and "abuse" not in got, (text, got)


@pytest.mark.parametrize("text,at,joined", [
    ("tm-t82", 2, True), ("kd-x500", 2, True), ("tm-200", 2, True),
    ("vx-ab12345", 2, False),  # a run too long for a model: an account handed over
    ("wx-abc12", 2, False), ("tm-t", 2, False), ("tm-t82x", 2, False),
])
def test_model_joint_letters_after_the_hyphen(text, at, joined):
    from zhijian.engine.pattern_table import model_joint

    assert model_joint(text, at) is joined


def test_model_code_same_in_single_and_batch_paths():
    from zhijian import Inspector

    insp = Inspector("jd", models=False)
    texts = ["这台TM-T82只能打小票", "加我vx-ab12345聊"]
    single = [sorted(f.category for f in insp.check(t)) for t in texts]
    batch = [sorted(f.category for f in fs) for fs in insp.check_many(texts)]
    assert single == batch
    assert single[0] == [] and "diversion" in single[1]


@pytest.mark.parametrize("text,cats", [
    ("京麦这破玩意儿又抽风，订单卡住了", {"disparage_platform"}),   # the platform's tool run down: one reading
    ("打单机这破系统又不出纸", {"uncivil"}),                      # the shop's own tool: coarse talk
])
def test_shabby_tool_by_whose_tool(text, cats):
    got = rule_categories("jd", text)
    assert cats <= got and (got - cats) <= {"impolite"} and not ({"uncivil", "disparage_platform"} - cats) & got, (text, got)


def test_reviews_deleted_by_the_platform_ask_nothing_of_the_customer():
    text = "某东的评分后台老是乱删差评，分数看看就好"
    got = rule_categories("jd", text)
    assert "induce_review" not in got and "disparage_platform" in got, (text, got)
    assert "induce_review" in rule_categories("jd", "麻烦把那条差评删掉")


@pytest.mark.parametrize("text", ["商品页都有写，自己看看吧", "说明书上印着呢，自己翻翻呗"])
def test_sent_to_read_the_listing_is_not_shirking_for_the_model(text):
    covered, _ = declined_cover("shirking", text)
    assert covered, text


@pytest.mark.parametrize("text", ["售后件请您自己去找厂家吧", "物流的事您自己查吧"])
def test_shirking_to_someone_else_stays_read(text):
    covered, _ = declined_cover("shirking", text)
    assert not covered, text
