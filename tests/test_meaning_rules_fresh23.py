"""Fresh23 read (stop 39, issue 11, helper r39): clean kinds the rules or the model flagged on the read message sets,
and kinds the rules missed, several shapes each, hit and clean.  Every sentence here was written for this file.

Clean, by kind (each was a false hit):

* 绝对 before a prohibition is a care warning (绝对不要机洗), no absolute claim;
* 最合适 / 最舒适 of a condition of use (八十度左右最合适) is advice, no ranking;
* 第一 of a place on the listing page (第一屏 / 第一幅图) is a position, no rank;
* 说过了 told to a colleague or the warehouse is an errand run, no impatience;
* 滚 of a wheel rolling (滚起来 / 滚得稳) drives no one away;
* 垃圾 named beside its kind (残渣和垃圾 / 毛发和垃圾) is waste, no curse;
* 大姐 of somebody spoken about (那位大姐 / …的大姐也买了) addresses no one;
* (model) a photo asked for politely (麻烦 / 辛苦 before 拍…发来) is not curt; whether the customer has measured the
  space yet (量过…了吗) doubts no one.

Hits, by kind:

* false_advertising: an illness or a symptom said to leave or fall by everyday goods in chat words (跟你说拜拜 /
  往回拉 / 往下走 / 都能坐好 / 少一半 / 整个冬天不带感冒); immunity "doubled" or "maxed"; a lifetime of use or
  unbreakable by blows; nothing found that could arm-wrestle it;
* questioning: not noticed, read carefully?, skimmed, which word unclear, "isn't it right there"; the customer's report
  met with a record as a question; the goods said to look used, then asked whether it came so; the household said to
  have taken it unnoticed (别是…没注意); the amount used up "not quite right";
* abuse: the customer as a type "seen plenty of"; told to give up an activity for their wits; the first one ever to fail;
  their purse sneered at; harm to their goods foretold as a slip of the hand;
* impolite: told how many times it was said; told to take notes, to queue up; sent to scroll by themselves;
* shirking: the matter left for the customer to settle (看着处理); no repair here, find a repairer nearby; no say here,
  wait for a notice;
* arbitrary_promise: years without a fault; a whole box for one short; a private sum off; pass or full refund; a price
  difference made up for months; a rebate the campaign page lacks;
* disparage_platform: the platform's judging a joke, its fee protection money, its review dawdling, hard to use;
* disparage_peer: a street-stall toy, preservative dips, a name and nothing inside, "not fit to be compared";
* induce_review: five points for a gift, praise for free postage; a bad review held off;
* diversion: another platform by an orange piece of software, by a dog on its icon, by its "cut once" slogan;
* privacy_leak: a person brought in as 有个…先生 with a phone tail; "that customer's" address.

The lowest price claimed as a fact (肯定是…最低价) is an advertising claim, not a promise of an outcome.
"""
import pytest

from message_kinds import declined_cover, rule_categories

HITS = [
    # false_advertising
    ("jd", "false_advertising", "乳胶枕枕上半月，腰突都能给你睡好"),
    ("jd", "false_advertising", "护眼台灯用一学期，近视度数慢慢往回拉"),
    ("jd", "false_advertising", "苦荞茶天天泡，血糖慢慢往下走"),
    ("jd", "false_advertising", "睡前抹一抹，眼角皱纹少一半"),
    ("jd", "false_advertising", "小孩穿这马甲，一冬天不带感冒"),
    ("jd", "false_advertising", "早晚各喝一袋，免疫力蹭蹭地满格"),
    ("jd", "false_advertising", "这把菜刀能用一辈子，传给孙子"),
    ("jd", "false_advertising", "这价位上没有能和咱家过招的"),
    # questioning
    ("jd", "questioning", "尺码写着偏小一码，您下单没留意吗？"),
    ("jd", "questioning", "接线图一共就四根线，您有好好看吗"),
    ("jd", "questioning", "使用须知您是跳着看的吧？不然不会这么问"),
    ("jd", "questioning", "规格不就标在标题后面吗"),
    ("jd", "questioning", "您讲箱子是空的，那出库时的称重记录是哪来的？"),
    ("jd", "questioning", "鞋头这磨损像穿过几天，您拿到那会儿就有？"),
    ("jd", "questioning", "柜子里没找着？别是孩子收走了您不知道"),
    ("jd", "questioning", "一盒洗衣凝珠三天就用光？这用量不大合理吧"),
    # abuse
    ("jd", "abuse", "您这类客人我可见多了，收到就说坏"),
    ("jd", "abuse", "您这眼力还是别自个儿装了"),
    ("jd", "abuse", "这么简单的插头这都插不上，你也算独一份"),
    ("jd", "abuse", "三块钱差价也追着要，日子过得够紧巴吧"),
    ("jd", "abuse", "还要闹的话，配送时师傅手滑摔坏点东西可别怪我们"),
    # impolite
    ("jd", "impolite", "退货地址我上面讲过两遍了"),
    ("jd", "impolite", "流程有点长，拿笔记一下吧"),
    ("jd", "impolite", "人多，你先排着"),
    ("jd", "impolite", "型号对照表在中间，自己往下滑"),
    # shirking
    ("jd", "shirking", "孔位对不齐您就看着处理"),
    ("jd", "shirking", "外壳裂成这样店里修不好，您附近找家修理铺看看"),
    ("jd", "shirking", "补发的事我说不上话，你等消息吧"),
    # arbitrary_promise
    ("jd", "arbitrary_promise", "这台空调踏实用，六年都不会坏"),
    ("jd", "arbitrary_promise", "少一个我赔您一整盒"),
    ("jd", "arbitrary_promise", "我私下再给你减二十，别声张"),
    ("jd", "arbitrary_promise", "游泳班跟完，学不会全额退"),
    ("jd", "arbitrary_promise", "这月降了我给您补差，三个月内都有效"),
    ("jd", "arbitrary_promise", "页面里没有写，可我能搞定多返十块"),
    # disparage_platform
    ("jd", "disparage_platform", "平台那头的审核磨蹭得很，您再等等"),
    ("jd", "disparage_platform", "商城那套审核跟闹着玩差不多"),
    ("jd", "disparage_platform", "平台收的佣金跟收保护费一样"),
    ("jd", "disparage_platform", "平台客服后台真难用，翻个单半天"),
    # disparage_peer
    ("jd", "disparage_peer", "外面那些几块钱的发夹跟地摊上的差不多"),
    ("jd", "disparage_peer", "别家的荔枝多数泡过药水才这么鲜"),
    ("jd", "disparage_peer", "那个大牌的蓝牙音箱也就名气响"),
    ("jd", "disparage_peer", "别家那种塑料货也配跟咱们比？"),
    # induce_review
    ("taobao", "induce_review", "亲，收货点个五分，小礼物下次随单寄哦"),
    ("jd", "induce_review", "评价里多夸夸我们，下一单运费我包了"),
    ("jd", "induce_review", "有意见先私聊，评价不要写不好听的"),
    # diversion
    ("jd", "diversion", "橙色的软件里咱们有家分店"),
    ("taobao", "diversion", "亲，小狗图标的软件上也能搜到我们"),
    ("jd", "diversion", "砍一刀那个应用里同款便宜些"),
    # privacy_leak
    ("jd", "privacy_leak", "有位孙女士电话尾数4417也问过"),
    ("jd", "privacy_leak", "昨天那个客户的地址在和平里七区离您不远"),
]

CLEAN = [
    ("jd", "这条真丝裙绝对别进洗衣机"),
    ("jd", "冲奶粉的水温七十度左右最合适"),
    ("jd", "包装尺寸在宝贝详情第一屏"),
    ("jd", "我跟物流说过了，明天一早先派您这单"),
    ("jd", "万向轮换新了，滚起来顺多了"),
    ("jd", "地漏盖上的毛发和垃圾每周清一次"),
    ("jd", "夜里开二十六度左右最舒适"),
]

CLEAN_NOT = [
    # the new hit rules stay off their near-miss wordings (category that must not be found)
    ("jd", "false_advertising", "着凉了记得多喝温水，保温杯刚好用上"),
    ("jd", "false_advertising", "皱纹改善看个人体质，这款霜主打保湿"),
    ("jd", "questioning", "请问您有没有注意到盒子底部的日期？"),
    ("jd", "questioning", "签收照片上是谁我帮您去查一下"),
    ("jd", "questioning", "瞧着像新的一样，您满意就好"),
    ("jd", "questioning", "这批数量不太对吧？我对着出库单帮您查"),
    ("jd", "abuse", "这种问题我们见多了，一般重启就好"),
    ("jd", "abuse", "师傅要是不小心碰坏了，我们照价赔，您别担心"),
    ("jd", "impolite", "仓库我已经讲过两遍了哈，下午催出来"),
    ("jd", "impolite", "您可以自己往下翻到评价区看看买家秀"),
    ("jd", "impolite", "对门那位大姐订的是浅灰色"),
    ("jd", "shirking", "进水的这种店里修不了，这就替您约品牌网点"),
    ("jd", "shirking", "摆放位置您看着决定就行，师傅都能装"),
    ("jd", "arbitrary_promise", "电机设计寿命十年，一般不会出问题"),
    ("jd", "arbitrary_promise", "这套刀具今天铁定是最低价"),
    ("jd", "arbitrary_promise", "按报名协议，考试没过可以退一半学费"),
    ("jd", "disparage_platform", "平台新出的比价工具您要是用着嫌难用，我来一步步演示"),
    ("jd", "disparage_peer", "别家若有同款，也可以比比售后"),
    ("jd", "induce_review", "好话坏话都欢迎写进评价，运费险已给您开通"),
    ("taobao", "diversion", "亲，这款小狗图标的卫衣有三个色"),
    ("jd", "privacy_leak", "另外那位客户住哪儿不方便透露"),
]


@pytest.mark.parametrize("pack,category,text", HITS)
def test_hit(pack, category, text):
    assert category in rule_categories(pack, text), text


@pytest.mark.parametrize("pack,text", CLEAN)
def test_clean(pack, text):
    assert not rule_categories(pack, text) - {"forbidden_address"}, text


@pytest.mark.parametrize("pack,category,text", CLEAN_NOT)
def test_clean_of_category(pack, category, text):
    assert category not in rule_categories(pack, text), text


@pytest.mark.parametrize("category,text", [
    ("impolite", "杯身要是有裂纹辛苦拍个照传上来哈"),
    ("impolite", "辛苦您录一段开机视频传上来"),
    ("questioning", "这款浴室柜要占墙宽八十公分，浴室墙面量过了吗？"),
])
def test_model_declined(category, text):
    covered, _ = declined_cover(category, text)
    assert covered >= 1, text


@pytest.mark.parametrize("category,text", [
    ("impolite", "赶紧拍张照发过来"),
    ("questioning", "下单前您量过尺寸没有？"),
])
def test_model_not_declined(category, text):
    covered, _ = declined_cover(category, text)
    assert covered == 0, text
