"""Stop 42 (helper r42): the fresh26 kinds of message rules — misses now found and clean readings no longer flagged.

Our own sentences, written from what each kind does (never the read sets' wording):

* misses: a favour for a good review without the usual reward words (a fee waived or refunded, a coupon kept, a member's
  price) and hp, the chat spelling of 好评, before cash back; a good review begged without its words (写个好的 / stars drawn
  as emoji / 打十分) beside the agent's pay or appraisal; a condition said to come right by ordinary goods (近视…能恢复 /
  贫血…调回来); the effect itself a hundred per cent, germs named and then none left; ageing reversed or cells renewed;
  not one slip ever (从没…错过一…); no lower price anywhere (翻遍…找不着更低); people sent to the door for a "talk";
  the address kept on file with a warning; the customer lumped with freeloaders; gun as a clause of its own; capacity
  faked, food sold dead, a device spying; a masked brand (X + a character) with a frequent fault; the tradesman who
  vanishes; the platform's rules called ever-changing beside a grievance; its system called rotten, the shop cleared;
  the fault its own doing (是平台自己乱改的), the customer sent to it as the message ends; a parcel's other party named
  with an address; a neighbour by flat and full name with what they bought; the purchase price told without the cost
  words; a job vowed done by a day; 对折 granted; the activity's price kept after it ended; a new one out of the agent's
  pocket; the maker of another device named before 厂家; everything else put outside the remit; 不就写着吗; a
  doctored screenshot; the customer's own "pot" thrown at the shop; warned off claiming a fault; ordered to read the
  manual before asking; rushed to the point; a bare 然后呢; 微 + an emoji before an account;
* clean readings: the use a review has for other buyers (参考价值); a neutral comparison that turns to our own goods;
  the agent's own 没看懂; a relative guessed to have sent a parcel (寄错); the platform's own doing is no doubt of
  the customer; 私聊 with the agent by her chat name on Taobao; a recent upgrade told plainly and a rival's figure in a
  clause of its own (model vetoes); the parcel's outer layer (外面的纸箱) for waste sorting (model veto).
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from message_kinds import declined_cover, hit_clean_tests, rule_categories
from zhijian import Inspector

HITS = [
    # induce_review: a favour for the review without reward words, hp before cash back
    ("jd", "induce_review", "hp送两块，截个图私信我"),
    ("taobao", "induce_review", "宝贝收到给个hp返现哦"),
    ("jd", "induce_review", "电话回访您就说非常满意，这趟维修费我替您免了"),
    ("jd", "induce_review", "打了满星的买家，下单时我再给您备张满减券"),
    ("generic", "induce_review", "满星评价的读者，下回续订都按会员价"),
    ("jd", "induce_review", "评价里帮着夸上几句，差价我退给您"),
    # induce_review: a good review begged without its words, the agent's stake beside it
    ("jd", "induce_review", "收货后留个好的呗，月底提成就靠它了"),
    ("jd", "induce_review", "签收后点⭐⭐⭐⭐⭐好不好，不然绩效要扣"),
    ("generic", "induce_review", "电话回访打个十分，拜托啦拜托拜托"),
    ("generic", "induce_review", "回访记得打10分，要不我得扣钱"),
    # false_advertising: a condition said to come right, a total effect, ageing reversed, never a slip, nothing cheaper
    ("jd", "false_advertising", "这款护眼仪用满一个月，近视都能恢复"),
    ("jd", "false_advertising", "枸杞泡水喝一段时间，贫血就调回来了"),
    ("taobao", "false_advertising", "阿胶糕每天两片，贫血能慢慢补回来"),
    ("taobao", "false_advertising", "这款钙片补钙效果百分百，放心吃"),
    ("jd", "false_advertising", "喷一遍以后，霉菌孢子一个都不留"),
    ("jd", "false_advertising", "这款眼霜能逆转岁月，用完眼周年轻五岁"),
    ("generic", "false_advertising", "美容仪每天照十分钟，能唤醒肌肤细胞"),
    ("generic", "false_advertising", "我们打印店开了十年，从没印错过一张"),
    ("jd", "false_advertising", "这批路由器从来没出过一次故障"),
    ("jd", "false_advertising", "同款您搜遍全网都买不着更实惠的"),
    ("jd", "false_advertising", "这个配置找不出更便宜的了"),
    # abuse: people sent to the door, the address on file with a warning, a freeloader type, gun alone
    ("generic", "abuse", "你要再闹，我就叫几个人上你家讲讲道理"),
    ("jd", "abuse", "您住址我们店里早就记下了，劝您老实点"),
    ("generic", "abuse", "像您这样的就爱占小便宜"),
    ("jd", "abuse", "事儿这么多，gun"),
    # disparage_peer: capacity faked, food sold dead, a device spying, a masked brand's fault, the vanishing tradesman
    ("jd", "disparage_peer", "那些十几块的TF卡，里头全是扩容卡"),
    ("jd", "disparage_peer", "别家的大闸蟹好多是死了再蒸的"),
    ("jd", "disparage_peer", "有些牌子的摄像头偷偷上传画面"),
    ("jd", "disparage_peer", "X为的平板动不动就黑屏，我们这款稳定"),
    ("generic", "disparage_peer", "街上那些装空调的游击队，漏水了人都找不到"),
    # disparage_platform: rules ever-changing with a grievance, the system rotten, its own doing, sent to it
    ("jd", "disparage_platform", "这里规矩天天变，小商家全吃亏"),
    ("jd", "disparage_platform", "在这开店太憋屈了，政策说改就改"),
    ("jd", "disparage_platform", "开票失败是后台系统太烂，和我们店不相干"),
    ("jd", "disparage_platform", "运费是平台自己瞎改的"),
    ("jd", "disparage_platform", "这个价保的事您投诉京东"),
    # privacy_leak: a parcel's other party, a neighbour with what they bought, the purchase price said another way
    ("jd", "privacy_leak", "那单的收货人写的是钱进，地址在西湖区文二路9号"),
    ("jd", "privacy_leak", "您隔壁1203的周海洋前天也买了这台"),
    ("jd", "privacy_leak", "进这批茶叶的价，也就是标价的三成"),
    ("jd", "privacy_leak", "这种插线板供应商供货才八块钱一个"),
    # arbitrary_promise: a job vowed by a day, half off granted, the price kept after the activity, the agent's pocket
    ("generic", "arbitrary_promise", "下周三前保证给您把橱柜装完"),
    ("taobao", "arbitrary_promise", "老客再买我给您打对折哦"),
    ("jd", "arbitrary_promise", "活动上周五就过了，这单仍给您活动价"),
    ("jd", "arbitrary_promise", "骑坏了我自己给你换台新的"),
    # shirking: the maker of another device, everything else outside the remit
    ("jd", "shirking", "连不上是您路由器的问题，找路由器厂家去"),
    ("jd", "shirking", "我管售前，其他的都不归我"),
    # questioning: 不都…着吗, a doctored screenshot, the pot thrown, a fault warned off, read it first
    ("jd", "questioning", "尺码表不都列着吗，您没看到？"),
    ("taobao", "questioning", "亲，这付款截屏是ps的吧"),
    ("jd", "questioning", "这张截图是不是p过的"),
    ("jd", "questioning", "别把锅甩给我们，发货视频都录着"),
    ("jd", "questioning", "申请退款别瞎选质量问题"),
    ("jd", "questioning", "请先把手册仔细读完，读懂了再来问我"),
    # impolite: rushed to the point, the queue held up
    ("jd", "impolite", "我这儿忙，你说要紧的"),
    ("jd", "impolite", "后边还一长串顾客等着呢，你快点"),
    # cold_reply: a bare prompt to go on
    ("jd", "cold_reply", "然后嘞？"),
    ("jd", "cold_reply", "接着说"),
    # diversion: 微 written with an emoji before an account name
    ("jd", "diversion", "加我威🌹 tom_8812，私下聊"),
]

CLEAN = [
    # a neutral invitation: the use a review has for other buyers
    ("jd", "穿上一阵子，方便时评价里讲讲尺码合不合适，对挑码的朋友很有参考价值"),
    # a neutral comparison that turns to our own goods
    ("jd", "您说的那款续航标的是40公里，咱家这款只有30公里，电池能拆下来单独充"),
    # the agent's own failure to follow
    ("jd", "这几页说明我一页都没读懂，能帮我讲讲吗"),
    # a relative guessed to have sent the parcel
    ("jd", "箱子里装的不是我们的货，会不会家里人发错了？单号发我对一下"),
    # near misses of the new rules
    ("jd", "五星评价与否跟保修无关，运费险理赔会自动退回"),
    ("jd", "我找人上门帮您测一下墙面尺寸"),
    ("jd", "收货地址店里都存着呢，下回不用重填"),
    ("jd", "活动规则每周更新，页面上能看到"),
    ("jd", "周五前尽量给您装好，师傅排期确认后告诉您"),
    ("jd", "厂家出货要三天，到了马上发"),
    ("jd", "我给您说重点：先拆底盖，再换滤网"),
    ("jd", "可以先把手册看一下，哪里不懂再来问我"),
    ("jd", "这口锅送您一个锅铲"),
    ("jd", "退货原因按实际选就行，选质量问题需要拍照"),
    ("jd", "您X为的路由器老掉线的话，先重启一下试试"),
    ("jd", "电视的兼容问题我来找电视厂家确认，您稍等"),
    ("jd", "护肤品不能逆转衰老，这款主打保湿"),
    ("jd", "配色有两种：银色，gun色"),
]

test_hit, test_clean = hit_clean_tests(HITS, CLEAN)


@pytest.mark.parametrize("pack,category,text", [
    # the platform's own doing casts no doubt on the customer (it is the platform's blame: see below)
    ("jd", "questioning", "满减规则是平台自己乱改的，店里也很无奈"),
    # 私聊 with the agent by her chat name, in the Wangwang window, is no channel outside it
    ("taobao", "diversion", "收到宝贝有问题私聊客服，立刻帮您看"),
    ("taobao", "diversion", "晒完买家秀私聊掌柜，有份小惊喜"),
])
def test_not_this_category(pack, category, text):
    assert category not in rule_categories(pack, text), text


@pytest.mark.parametrize("pack,category,text", [
    ("jd", "disparage_platform", "满减规则是平台自己乱改的，店里也很无奈"),
    ("taobao", "induce_review", "晒完买家秀私聊掌柜，有份小惊喜"),
])
def test_the_other_reading_stays(pack, category, text):
    assert category in rule_categories(pack, text), text


@pytest.mark.parametrize("category,text", [
    # a recent upgrade told plainly: a change described, no claim
    ("false_advertising", "这款吸尘器最近升级了滤网的结构"),
    ("false_advertising", "电水壶今年改进了壶嘴的防溅设计"),
    # a rival's figure in a clause of its own: a spec set beside ours
    ("disparage_peer", "你提的那个牌子待机是20天"),
])
def test_declined_clause(category, text):
    covered, total = declined_cover(category, text)
    assert covered >= 1, (text, covered, total)


@pytest.mark.parametrize("category,text", [
    # an absolute word, or a bad word about the rival, keeps the clause read
    ("false_advertising", "这款吸尘器最近升级了全网最强的滤网"),
    ("disparage_peer", "你提的那个牌子虚标，待机说是20天"),
])
def test_a_fault_in_the_clause_keeps_it_read(category, text):
    covered, _ = declined_cover(category, text)
    assert covered == 0, text


@lru_cache(maxsize=None)
def _with_model(pack: str) -> Inspector:
    return Inspector(pack)


@pytest.mark.parametrize("text", [
    "拆快递时外层的纸盒压扁放可回收，内衬气泡袋扔其他垃圾",
    "外面的包装袋可以直接撕开，盒子里有说明书",
])
def test_the_parcels_outer_layer_declines_disparage_peer(text):
    assert _with_model("jd").semantic.declined["disparage_peer"].search(text), text


@pytest.mark.parametrize("text", [
    "外面的纸箱跟别家一样薄，我们的内盒厚",
])
def test_other_sellers_keep_the_outer_layer_read(text):
    assert not _with_model("jd").semantic.declined["disparage_peer"].search(text), text
