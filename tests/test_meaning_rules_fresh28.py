"""Stop 44 (helper r44): the fresh28 kinds of message rules — misses now found and a clean reading no longer flagged.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind at least one
sentence that must be found and at least one close clean neighbour that must not (``KINDS``), plus the clean
reading the rules used to flag (``test_clean_now``) and two kinds the model layer now sets aside
(``test_model_declines``, with what it must still read beside them).
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from message_kinds import declined_cover, kind_test, rule_categories
from zhijian import Inspector

KINDS = {
    # cold_reply: a bare "and then?" as the whole reply
    "bare_and_then": ("jd", "cold_reply", ["然后呢？", "所以呢"], ["然后您在订单页点申请售后就行"]),
    # shirking: 真 / 实在 between the agent and the not-knowing
    "dont_know_really": ("jd", "shirking", ["这事我是真不知道，您问物流吧", "发票的事我实在不清楚"],
                         ["我真不知道您等了这么久，马上帮您催"]),
    # shirking: 我们不管的; other shops suggested as the way out; another way to be found
    "refused_plural": ("jd", "shirking", ["窗帘安装这块我们是不管的", "修表这活儿我们做不了，您再问问别家", "这超出我的权限了，您另寻途径吧"],
                       ["您也可以去问问别家比比价，我们这个价很实在", "我们不管您买几件都包邮"]),
    # shirking: the process said to be just so, the agent a clerk of another title
    "rule_hidden_plain": ("generic", "shirking", ["系统就是这样，我们这边也改不了", "我就一个话务员，哪改得了"],
                          ["系统就是这样显示的，我帮您换个方式查"]),
    # shirking: the courier's rider, 得问快递, a phone to ring and ask
    "courier_sent": ("jd", "shirking", ["送货的事您直接找骑手沟通就行", "包裹丢了？那得问快递", "发票抬头的事您自己打税务局电话问去"],
                     ["送货的事我帮您联系骑手", "具体几点到得问快递员，我帮您问一下"]),
    # shirking: 管不了 and the customer left to do it alone
    "refused_left_alone": ("taobao", "shirking", ["尺码偏小这事我们管不了，实在不行您就自己申请退吧"],
                           ["这个我们处理不了的话，我帮您转给售后专员"]),
    # arbitrary_promise: a fault that came off taken on personally; the agent's own money
    "personal_pledge": ("jd", "arbitrary_promise", ["这双鞋开胶了我负责", "路上碎了我自己掏钱给您重买", "保温壶三年内出啥毛病都算我的"],
                        ["这次发错算我的失误，马上补寄", "开胶的话按售后政策给您换"]),
    # arbitrary_promise: 铁定 as the certainty word for a date
    "arrival_certain": ("jd", "arbitrary_promise", ["今天下单，周日之前铁定送到"], ["预计周日之前送到，具体看物流"]),
    # arbitrary_promise: a course's or an application's result vowed; goods vowed to last until a far day
    "outcome_vowed": ("generic", "arbitrary_promise",
                      ["报我们的驾校，科目二一次过没跑", "这套工具用到孙子长大都坏不了", "营业执照交给我们，稳稳当当办下来"],
                      ["能不能办下来以审核为准", "用到第三年记得换一次刀头"]),
    # arbitrary_promise: a sweetener offered privately or on a private channel; postage both ways for a change of mind
    "private_sweetener": ("jd", "arbitrary_promise", ["这事您别声张，回头私底下给您补一点", "颜色不满意的话寄回来，来回运费店里全出"],
                          ["零头私下给您让点", "质量问题的话，来回运费我们承担"]),
    # arbitrary_promise: more of the fittings or a second gift portion promised
    "extra_fittings": ("jd", "arbitrary_promise", ["您今天拍，我给您多配一套螺丝"], ["给您多加一层包装，路上更稳"]),
    # induce_review: a favour done first, then praise asked; a tap for a sample; a later price for a video review
    "review_favours": ("jd", "induce_review",
                       ["我悄悄给您加了一双袜子，评价里帮忙夸两句", "确认收货点满星，然后戳我领一份试用装", "晒单带视频的话，下回回购给您改价"],
                       ["我特意给您换了新批次，收到后有问题随时找我"]),
    # questioning: customer suspected of buying elsewhere, of spying for a rival, told to check first, misremembering
    "customer_doubted": ("jd", "questioning",
                         ["这个遥控器的按键跟我们的不一样，会不会是在别处买的？", "您是不是帮同行来探价的？",
                          "您先排查清楚了再来找我们", "您是不是把预约时间看错了？后台里根本没有", "没有开箱视频的话，这事我们不认",
                          "边框这道印子看着像是装的时候自己磕的", "先把参数页从头到尾看一遍再来问"],
                         ["在别处买的配件也能装", "我去仓库确认好再来找您", "没有视频也没关系，拍张照片就行",
                          "看着像是运输途中磕的，我给您补发"]),
    # abuse: pinyin gun, a coarse shut-up, wits, literacy, a dare to complain, a data threat, shaming
    "customer_mocked": ("jd", "abuse",
                        ["gun，烦不烦", "别逼逼了，爱买不买", "插头都插反，脑子呢", "您这是有啥大病吧", "看不懂就叫个识字的家人帮您读",
                         "您尽管去投诉，看谁耗得过谁", "再这么闹，您的住址我们这儿可都记着", "两块钱的事磨半天，也不嫌丢人"],
                        ["这把热熔胶gun可以换胶棒", "这款益智玩具能锻炼孩子的脑子", "您尽管投诉，我们会认真改进",
                         "您的收货地址在我们这儿有登记，下次不用再填"]),
    # impolite: changes counted back; the explanation announced as the last
    "impatient": ("jd", "impolite", ["又改？这都第几次了", "行吧，给您解释最后一遍"],
                  ["又改了一次地址也没关系，我这就改", "我再给您讲一遍，您看哪里不清楚"]),
    # forbidden_address: plural nicknames opening a notice, 宝们 in a clause, 宝呗 anywhere, qin before words to the customer
    "pet_names": ("jd", "forbidden_address",
                  ["宝子们注意啦，晚上九点上新", "拖把今晚返场，宝们别错过", "赠品单独包好了，宝呗放心下单", "qin先看一下尺码表"],
                  ["宝宝们都爱啃这款磨牙棒", "宝宝辅食碗有两种颜色", "这款qinghua瓷盘很耐看"]),
    # false_advertising: only-us claim, food making children clever, nothing-beats, safe-for-all, cures by goods
    "absolute_claims": ("jd", "false_advertising",
                        ["这个型号只有咱家才是原装", "孩子喝了这款米粉，脑子比同龄人转得快", "这款电钻翻遍全网也找不出更便宜的",
                         "这款防晒孕妇宝宝都能放心抹", "过敏性鼻炎的人用了这款加湿器都少跑医院了",
                         "家里放一台就跟请了个家庭医生一样"],
                        ["只有我们家有这个颜色", "全网找到更低价的话，可以申请价保", "孕妇能不能用请先咨询医生",
                         "有过敏症状请及时去医院"]),
    # disparage_peer: the cheap or outside ones run down as a group; no-name goods, additives, copies elsewhere
    "rivals_run_down": ("jd", "disparage_peer",
                        ["外面那些编织袋基本都是三无", "别买杂牌的，上面标的承重您敢信吗", "不像有些商家靠色素调出来的",
                         "隔壁的同款拖鞋仿得很粗糙", "那家店回消息跟挤牙膏似的"],
                        ["外面那些收纳盒都是塑料的，咱家这款是竹制的", "不像有些款式需要组装，这款到手就能用"]),
    # disparage_platform: the platform in slang, its fees likened to robbery, its system blamed
    "platform_run_down": ("jd", "disparage_platform",
                          ["平台的售后现在真是越来越拉了", "商城扣点跟明抢一样", "平台这系统老吞消息，不是我们没回"],
                          ["平台的物流越来越快了", "平台会在一天内审核您的申请"]),
    # privacy_leak: the margin told as a share; an order's owner named to another customer
    "data_told": ("jd", "privacy_leak", ["这款台灯我们毛利起码五成", "这单不是您的，是锦园小区的刘思远先生下的"],
                  ["利润的事我不方便说，现在是活动价", "这个单号不是您的，麻烦您再核对一下"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # a review left to the customer's own will, with no reward or pressure
    ("taobao", "induce_review", "亲，评价写不写都随您心意，真实感受就好"),
    ("jd", "induce_review", "评不评都可以，您用得顺手最重要"),
    # hard negatives of this stop's widenings
    ("jd", "shirking", "我真的不知道该怎么感谢您"),
    ("jd", "arbitrary_promise", "建议多配一套床单换洗"),
    ("jd", "questioning", "请问是不是在别的店买的呢？如果是，要找原店铺保修"),
    ("jd", "questioning", "您确认好尺码再来找我下单就行"),
    ("jd", "abuse", "不要BB霜打底也能上妆"),
    ("jd", "abuse", "家里老人有大病史的话先问医生"),
    ("jd", "abuse", "包装这么体面，送人也不怕丢人"),
    ("jd", "disparage_platform", "这款在平台上真是烂大街了，我们家的是定制款"),
    ("generic", "shirking", "系统就是这样，我这边改不了，不过可以帮您申请人工处理"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


@pytest.mark.parametrize("pack,text", [
    # a rival called fake and the shop the genuine one: common.disparage.peer's one reading, no second false claim
    ("jd", "其他店的都是假的，只有我们家才是正品"),
])
def test_exclusive_claim_after_rival_run_down(pack, text):
    got = rule_categories(pack, text)
    assert "disparage_peer" in got and "false_advertising" not in got, (text, got)


@lru_cache(maxsize=None)
def _with_model(pack: str) -> Inspector:
    return Inspector(pack)


# the model layer: the clauses its own reading of a category yields on (``models.declined_clauses``)
@pytest.mark.parametrize("category,text", [
    # a bare 又改？ met with impatience: cold, not a vulgar interjection
    ("uncivil", "又退？这都第几次了"),
    ("uncivil", "又换？"),
    # the customer's own booking read back to them as what they gave
    ("privacy_leak", "王女士，明天上午十点、一台洗衣机上门维修、翠湖苑5号楼——这些是您刚才留的信息，我没写错吧？"),
    ("privacy_leak", "张先生，周日上午九点、一台冰箱清洗、南湖小区3栋——以上是您刚刚提供的预约信息，对吗？"),
])
def test_model_declines(category, text):
    covered, _ = declined_cover(category, text)
    assert covered, text


@pytest.mark.parametrize("category,text", [
    # a vulgar word beside it, or another customer's data, stays read
    ("uncivil", "又改？TM的烦死了"),
    ("privacy_leak", "这单是南湖小区3栋张建国先生下的，已签收"),
])
def test_model_still_reads(category, text):
    assert category in {f.category for f in _with_model("generic" if category == "privacy_leak" else "jd").check(text)}, text
