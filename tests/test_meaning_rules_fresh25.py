"""Stop 41 (helper r41): the fresh25 kinds of message rules — misses now found and clean readings no longer flagged.

Our own sentences, written from what each kind does (never the read sets' wording):

* misses: a cleaning said to leave things as new or not a trace of dirt (false_advertising); 包您 before an outcome
  others decide; an accident supposed and the user said to come out whole (a promise) and 毫发无伤 claimed (an
  advertising claim); a sum knocked off by the agent (给您让个… / 改价再减…); the cost of the goods bought in (进货 /
  收来, per unit) told as a share of the price; the returning customer sneered at with what they will grab for nothing
  this time; where the customer lives said to be known in full (a threat); who-knows-whether doubting the report; a
  rule or a setting hidden behind (设成这样 + 改不了) or being only a small clerk; sent away to sort the question out first;
  called fussy (咋这么多事); told their matter can wait (不急的话先搁着); asked what on earth they want (究竟要我们怎么
  弄); asked back whether such a question needs asking (…也要问？); the showroom said to sell for less; the system
  blamed once the shop is cleared; the platform said to teem with fakes and the sellers as a body with them; nothing
  the shop takes on fails, no rival at all; the TOP sign after a whole market; the platform called "up here" and run
  down; the whole reply a bare "read the page"; 滚 in its Latin spelling; 您得问他 of a colleague's case; 贝贝 as a pet
  name on JD;
* clean readings: the limit of the agent's say handed up with a time to hear back; 宝贝 of the goods reaching the
  customer; an internal price sent out in a group (a lure, diversion's business); the agent's own number (diversion,
  no leak); a discount bound to a review or to a payment outside
  (that review's or that diversion's reading); 零故障 of a vouched span of years (the promise's); the customer's own
  colleague reached through the contact they asked for; 薅羊毛 guessed in a question (questioning's, no abuse); a
  comparison opened in a clause of its own (the model's disparage_peer yields there).
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, hit_clean_tests, rule_categories

HITS = [
    # false_advertising
    ("generic", "false_advertising", "皮鞋交给我们保养完，和新买的没两样"),
    ("generic", "false_advertising", "浴缸经我们清洗过以后，一丝污垢都看不见"),
    ("jd", "false_advertising", "戴着它骑行，摔车照样毫发无伤"),
    ("generic", "false_advertising", "这类官司，就没有我们办不成的"),
    ("jd", "false_advertising", "论做月饼，我们在全市没有对手"),
    ("taobao", "false_advertising", "这款面膜补水效果全网🔝"),
    ("jd", "false_advertising", "这款路由器信号穿墙全国top"),
    # arbitrary_promise
    ("generic", "arbitrary_promise", "这次签证材料让我们来递，包您一次通过"),
    ("generic", "arbitrary_promise", "报名我们的班，分数包你比上次高"),
    ("jd", "arbitrary_promise", "这款儿童头盔结实，万一遇上撞车孩子也不会受伤"),
    ("jd", "arbitrary_promise", "诚心要的话，我给您让个五十块"),
    ("taobao", "arbitrary_promise", "亲先拍下，我改价再少8块"),
    # privacy_leak
    ("jd", "privacy_leak", "这批芒果收来每箱不到标价的三成"),
    ("jd", "privacy_leak", "台灯进货只要标价五分之一"),
    # abuse
    ("jd", "abuse", "又是你呀，这次又来捞点什么"),
    ("jd", "abuse", "想投诉随你，你住在哪儿我们门儿清"),
    ("jd", "abuse", "不想要就赶紧gun"),
    # questioning
    ("jd", "questioning", "先录个完整视频，天知道是不是你自个弄坏的"),
    ("jd", "questioning", "你到底要我们咋整"),
    ("jd", "questioning", "这点破事都拿来问？包装上印着呢"),
    # shirking
    ("jd", "shirking", "流程向来这么设置，没法改"),
    ("jd", "shirking", "我就一个打工的，能有什么办法"),
    ("jd", "shirking", "上回是小李经手的，细节你还是问她"),
    # impolite
    ("jd", "impolite", "您先捋明白再来问我"),
    ("jd", "impolite", "你这人咋那么能挑"),
    ("generic", "impolite", "窗口里排着队呢，不赶时间的话先放一放"),
    ("jd", "impolite", "看说明书吧"),
    # diversion
    ("jd", "diversion", "这款衣柜我们门店卖的比网上还便宜"),
    # disparage_platform / disparage_peer
    ("jd", "disparage_platform", "到账慢不怪咱们，那个系统老卡"),
    ("jd", "disparage_platform", "这个平台上的高仿多得是"),
    ("jd", "disparage_platform", "实话讲，这上头开店，申诉就是个摆设"),
    ("jd", "disparage_peer", "卖这种包的，遍地都是高仿"),
    # forbidden_address (JD)
    ("jd", "forbidden_address", "贝贝，包裹后天中午前后到"),
]

CLEAN = [
    # escalation with a time to hear back
    ("jd", "这笔退款金额超出了我的权限，已提交给值班经理，晚上八点之前回复"),
    # 宝贝 of the goods
    ("jd", "宝贝到手以后先核对一下配件数量"),
    # cleaning results told plainly
    ("generic", "清洗完大部分油污都能去掉，年头久的会淡很多"),
    ("generic", "清洗完能看出明显干净了，具体效果和油污程度有关"),
    # a comparison, a crash test named, the package arriving
    ("jd", "碰撞测试报告附在第五张图"),
    ("jd", "包裹已经安然无恙送到驿站"),
    # sums off by the shop's rules
    ("jd", "领券后结算时自动减30"),
    ("jd", "系统满两百会自动减二十，这是店铺活动"),
    # polite versions of the impolite kinds
    ("jd", "颜色挑好了再喊我一声"),
    ("jd", "您倾向退款，还是换一件"),
    ("jd", "不赶时间的话可以选普通快递，能省几块运费"),
    ("jd", "对着第三张图的尺码表选就行"),
    # the platform and other shops spoken of plainly
    ("jd", "平台对假货查得很严，您放心"),
    ("jd", "在这上面下单同样享受七天无理由"),
    ("jd", "线下门店价格和线上一致"),
    ("jd", "贝贝南瓜今天刚到货，很面"),
]

test_hit, test_clean = hit_clean_tests(HITS, CLEAN)


@pytest.mark.parametrize("pack,category,text", [
    # 内部价 sent out in a group is a lure (the diversion reads it), not a cost disclosed
    ("jd", "privacy_leak", "进我们的粉丝群，每周发内部价"),
    # the agent's own number given to order by phone: diversion, not another's data
    ("jd", "privacy_leak", "您记好我号码：139 5566 0812，之后打这个订"),
    # a discount bound to a review or to paying outside is that review's / that diversion's reading
    ("jd", "arbitrary_promise", "收到东西打个五星好评再发截图，下回给您减十五"),
    ("jd", "arbitrary_promise", "钱转账给我，再给你便宜二十"),
    # 零故障 within years vouched is the promise of common.promise.lifetime_vouched, not also an ad claim
    ("jd", "false_advertising", "这台洗衣机用个十年零故障，有事找我"),
    # the customer's own colleague reached through the contact they asked for
    ("generic", "shirking", "您同事小林已到前台，号码发您了，你直接问她就好"),
    # the brush-off asked back with 好吗？ is the interrogation's (common.questioning.phrases), not also impolite
    ("jd", "impolite", "码数先想好了再找我好吗？"),
])
def test_not_this_category(pack, category, text):
    assert category not in rule_categories(pack, text), text


@pytest.mark.parametrize("pack,category,text", [
    ("jd", "diversion", "进我们的粉丝群，每周发内部价"),
    ("jd", "arbitrary_promise", "这台洗衣机用个十年零故障，有事找我"),
    ("jd", "induce_review", "收到东西打个五星好评再发截图，下回给您减十五"),
])
def test_the_other_reading_stays(pack, category, text):
    assert category in rule_categories(pack, text), text


def test_open_sneer_vs_pointed_doubt():
    """What the customer will grab for nothing this time, asked open (又想蹭点什么) is a sneer (abuse); the pointed
    doubt of one act (又想蹭一回运费险？) stays the questioning of common.questioning.motive_imputed."""
    assert "abuse" in rule_categories("jd", "退了两回了，又想蹭点什么")
    got = rule_categories("jd", "刚退又买，这回又想蹭一次运费险？")
    assert "questioning" in got and "abuse" not in got


@pytest.mark.parametrize("text", [
    "跟其他品牌对比，咱这款吹风机轻一些，四百克出头",
    "和同类产品比起来，咱们这款电池容量大一点，您按需选",
])
def test_comparison_clause_declined_for_peer(text):
    covered, total = declined_cover("disparage_peer", text)
    assert covered >= 1, (text, covered, total)


@pytest.mark.parametrize("text", [
    "跟别的牌子相比，人家那是杂牌货",
    "和其他家比起来差远了，那些都是山寨",
])
def test_comparison_clause_with_fault_stays_read(text):
    # only the bare opener is declined; the clause that runs a rival down is still read
    covered, total = declined_cover("disparage_peer", text)
    assert covered < total, (text, covered, total)
