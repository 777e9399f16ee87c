"""Stop 47 (helper m47, issue 11): meaning-based kinds of message rules the fresh31 read sets showed missing — now found.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), plus the hard negatives of this stop's widenings
(``test_clean_now``: policy stated with help, a size chart checked with the agent's help, hedged outlooks, a neutral
review invitation, neutral facts about rivals, platform rules stated politely, a child spoken of as 宝宝, a rival's
materials called skimped (no purse mocked), "look at it clearly first" read once, as questioning) and the model's two vetoes
of this stop (``models.declined_clauses``: a rival's other price put down to a spec difference is no disparage_peer; a
nil defect rate or "never however often it is washed" is the goods' claim, no promise).
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, kind_test, rule_categories

KINDS = {
    # shirking: the choice the agent owes left to the customer's feel or luck, or a question of fit answered with
    # "take it home and try, then you will know"
    "guess_left": ("jd", "shirking",
                   ["登山杖的长度我也吃不准，你就凭感觉选吧", "两个尺码都差不多，您靠运气拍吧",
                    "能不能装进您那个背包侧袋，拿回去比比就知道了", "这个适配器配不配您的投影仪，买回去试一下就清楚了"],
                   ["花色您按喜好挑就行，两种都是现货", "吃不准的话您把脚长发我，我对着尺码表帮您挑",
                    "这款枕头回弹特别好，您买回去试试就知道有多舒服了", "能不能装进侧袋，您量一下口径发我，我帮您核对",
                    "配不配投影仪您拿回去试一下，不合适七天无理由退换"]),
    # questioning: the blame thrown back with 难道…也算我们的错, or what is still unclear after many explanations
    "rhetorical_fault": ("jd", "questioning",
                         ["雨伞被风吹翻了，难道也算我们的责任？", "难道快递晚到也是店铺的错",
                          "操作都说明了五遍了，还有哪里没看明白？"],
                         ["难道是仓库漏发了？我马上帮您查一下", "步骤讲了两遍了，还有哪里不明白的吗？我再发个视频给您",
                          "难道您没收到取件码？我帮您再发一次"]),
    # disparage_platform: the platform said to cause the shop's problem by its sloth or caprice, or the fault called
    # theirs once it is named
    "platform_faulted": ("jd", "disparage_platform",
                         ["发票迟迟开不出来，都是平台系统磨磨蹭蹭", "满减失效是商城瞎改的，您别怪我们",
                          "商城把您的地址同步错了，这是他们的锅"],
                         ["平台审核一般一到三个工作日，我帮您盯着进度", "满减规则以商城活动页为准，我帮您算一下怎么凑单",
                          "这事不怪平台，是我们打单时贴错了面单"]),
    # disparage_peer: a rival by its rank or its fight for the same buyers, run down or warned against
    "rival_by_rank": ("jd", "disparage_peer",
                      ["排在我们前面那家的电热毯，线头都没处理好，劝您别碰",
                       "那家跟咱们抢生意的店，卖的拖把杆一掰就弯，谁买谁后悔"],
                      ["排在我们前面那家卖得确实多，我们主打的是加厚款", "那家店也卖这款拖把，规格和我们一样"]),
    # induce_review: 好评 by its chat abbreviation, paid with a price cut next time
    "review_abbreviated": ("jd", "induce_review",
                           ["电热水壶用着顺心就给个hp，下回来买我给您便宜十块", "好pin一下，下次再来算您便宜点"],
                           ["用得满意的话欢迎给个hp，您的评价对我们很重要", "HP打印机的墨盒下次来买给您便宜十块的活动已经结束了"]),
    # false_advertising: a defect rate said to be nil, a harm said never to come however often it is washed or used
    "nil_rate": ("jd", "false_advertising",
                 ["这批毛巾掉毛率为零", "这双袜子洗多少回都不会起球", "砂锅烧多少次也不会开裂"],
                 ["按国标检测，这批毛巾掉毛率在1%以内", "这双袜子洗多少回都不会起球吗？", "掉毛率为零这种话我们不敢说"]),
    # arbitrary_promise: a fee waived on the agent's own say, years of use vouched for by the agent in person
    "own_say_remedy": ("jd", "arbitrary_promise",
                       ["空调的安装费我这边替您免了", "这个行李箱用八年要是坏了，直接找我"],
                       ["保修期内安装费全免，按流程预约就行", "行李箱质保五年，期间坏了我给您走售后",
                        "安装费要看师傅上门测量，我先帮您预约"]),
    # privacy_leak (000 欺骗顾客下单): the shop's own leftover or returned goods passed off as new
    "old_sold_as_new": ("jd", "privacy_leak",
                        ["这口锅是库存旧货换了个盒子，您当新品用就好", "这条项链是顾客退回来的，重新抛了光，反正你也看不出来"],
                        ["这口锅是库存旧货，盒子有磨损，所以便宜三十，介意的话我给您换新批次",
                         "别家把退回来的锅当新的卖，我们不会这样"]),
    # seed words widened (000 推诿 我不管 / 不归我管, 现在忙; 责问 下单前没看): the matter then "we do not handle it", another
    # department's with the agent's own post named, busy and told to call back later, a bare "you didn't look before buying?"
    "seed_widened_shirking": ("jd", "shirking",
                              ["电视没信号是机顶盒的毛病，这事我们不管", "安装的事归维修部，我只负责导购"],
                              ["我们不管多远都包邮", "安装的事归维修部，我是导购，这就帮您转过去"]),
    "seed_widened_impolite": ("jd", "impolite", ["我这边在忙，您晚一点再联系"],
                              ["这会儿线路很忙，麻烦您晚一点再打，我们一定接"]),
    "seed_widened_questioning": ("jd", "questioning", ["包装上印着保质期，您下单前没看？"],
                                 ["下单前没看到优惠也不要紧，我帮您申请价保"]),
    # disparage_platform: the platform's agents or arbitration called futile
    "platform_futile": ("jd", "disparage_platform", ["找京东客服也是白问，他们啥也不懂", "商城介入那一套，投诉了也白投诉"],
                        ["京东客服那边我去沟通，您别着急", "商城介入一般三到五天出结果，我帮您把材料备好"]),
    # arbitrary_promise: a staff or inside price granted on the agent's own say
    "inside_price": ("jd", "arbitrary_promise", ["下次来买拖鞋，我给您按员工价", "老客户了，替你算熟人价"],
                     ["员工价是内部福利，没法给您算", "会员日当天可以按会员价结算"]),
    # impolite: the doubled 知道了 in dialect spelling
    "known_doubled": ("jd", "impolite", ["晓得了晓得了，快递在路上"], ["晓得了，我这就帮您催一下快递"]),
    # cold_reply: two bare one-character words split by a comma
    "bare_pair": ("jd", "cold_reply", ["嗯，退。", "对，改"], ["嗯，这就给您改地址", "好，谢谢您", "对，退呢"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # 宝宝 as the child the goods are for; a neutral price comparison that explains a spec difference
    ("jd", "forbidden_address", "宝宝的奶瓶也能用这款清洗剂，冲两遍就没有味道了"),
    ("jd", "forbidden_address", "宝宝用的话建议选无香型"),
    ("jd", "disparage_peer", "那家便宜一点可能是克重不同，我们这款是600克的，您对比时看一下克重"),
    # a policy stated with help, a polite suggestion to check the size chart with help, a hedged outlook
    ("jd", "shirking", "这个型号不在我们的退换范围，不过我帮您联系厂家售后"),
    ("jd", "shirking", "您可以先看一下尺码表，拿不准的话告诉我身高体重，我帮您选"),
    ("jd", "false_advertising", "正常洗涤的话一般不容易变形，建议冷水手洗"),
    ("jd", "arbitrary_promise", "这口锅一般用个三五年没问题，具体看使用习惯"),
    # a neutral review invitation without reward, a neutral fact about a rival, a platform rule stated politely
    ("jd", "induce_review", "收到后方便的话给我们一个评价，感谢支持"),
    ("jd", "disparage_peer", "排在我们前面那家也有这个型号，参数和我们的一样"),
    ("jd", "disparage_platform", "按平台规则，退款会在审核通过后原路返回，我帮您留意进度"),
    ("jd", "cold_reply", "行，这就帮您拍下改价"),
    # a rival's materials called skimped mock no customer's purse; "look at it clearly first, then ask" is one reading
    ("jd", "abuse", "那个杂牌的雨衣用料抠得要命，一淋就透"),
    ("jd", "impolite", "请先把快递单号看清楚再来问"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


def test_look_clearly_first_is_questioning():
    assert rule_categories("jd", "您先把型号看清楚了再来问") & {"questioning", "impolite"} == {"questioning"}


@pytest.mark.parametrize("category,text", [
    ("disparage_peer", "那家便宜一点，可能是克重不同"), ("disparage_peer", "别家卖得低些，应该是面料不一样"),
    ("arbitrary_promise", "这批浴巾掉毛率为零"), ("arbitrary_promise", "床单洗多少遍都不会缩水"),
])
def test_model_declines(category, text):
    covered, total = declined_cover(category, text)
    assert covered == total, (text, covered, total)


@pytest.mark.parametrize("category,text", [
    # a bad word about the rival, a promise in the agent's own name keep the model's reading
    ("disparage_peer", "那家便宜一点，都是以次充好"), ("arbitrary_promise", "我保证洗多少遍都不会缩水"),
])
def test_model_still_reads(category, text):
    assert declined_cover(category, text)[0] == 0, text
