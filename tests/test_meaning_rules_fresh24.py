"""Stop 40 (helper r40): the fresh24 kinds of message rules — clean lines no longer flagged and the misses now found.

Our own sentences, written from what each kind does (never the read sets' wording):

* precision (clean lines the rules flagged): water come to the boil (滚开) is no "get lost"; the customer's own address
  read back to be checked or just changed at their word is no other buyer's; a replacement the customer applies for
  under the warranty named is policy; more ice packs in the box is packing, not a gift; a visit slot offered among
  others is a choice of times; where to look told to a customer who wants to see is a pointer; a strain that wrong use
  brings on made less likely (不容易驼背 / 不容易头疼) is comfort of use, not an illness kept off;
* the model's declined clauses: a troubleshooting check step (先看…有没有…，有就…) is not questioning, a shipping
  cut-off told (过了四点就明天发) is not impolite;
* misses: an outcome vouched (肯定能恢复), years or kilometres vouched without fault, a holiday delivery date, a fault
  with 的话 alone or a fading colour made good (包赔), the customer asked back whether they looked before buying / can
  grasp it / remember / whether their home is at fault / whether the damage was really there on opening, told to find
  their own way out or that the agent cannot push, mocked by their wits or named a freeloader or shown the door, asked
  to fill all the stars, their asking counted against them, rivals run down by a vague reference, the factory price
  named as a share of the price the customer sees, another buyer placed by a flat number or a workplace, a recipient
  named with a place, spots and lines said to go away; then the platform called a trap, 必 as a certainty word, a span of
  years before a fault, checked-before-complaining, a standoff dared, the street shop cheaper than online, a fee handed
  back for a review, the green-icon chat account, blood sugar left unchanged, lacking the basics said of the customer,
  a brand insiders shun and a cheap rival's goods left to a sly guess.
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, hit_clean_tests

HITS = [
    # promises
    ("jd", "arbitrary_promise", "旧手机寄来，里头的聊天记录肯定能找回"),
    ("jd", "arbitrary_promise", "这条毯子的咖啡渍保证可以洗干净"),
    ("jd", "arbitrary_promise", "这双登山鞋穿个三年都不出问题"),
    ("jd", "arbitrary_promise", "这台热水器用个十年也坏不了"),
    ("jd", "arbitrary_promise", "国庆前一准送到府上"),
    ("jd", "arbitrary_promise", "衬衫洗了要是褪色，我们包赔您一件"),
    ("jd", "arbitrary_promise", "涂了起红疹的话直接全额退给您"),
    # questioning
    ("jd", "questioning", "订的时候没核对收件人吗"),
    ("jd", "questioning", "说明书就一页，有那么难看懂吗"),
    ("jd", "questioning", "新设的密码自己都不记得吗"),
    ("jd", "questioning", "水管渗水 是不是您家龙头本身就松"),
    ("jd", "questioning", "这块缺口，确定是拆开时就破的？"),
    # shirking
    ("jd", "shirking", "这单我们查无记录，自己另想别的法子"),
    ("jd", "shirking", "开票那块归财务管 我这边真催不动"),
    # abuse
    ("jd", "abuse", "就你这脑瓜，装个灯泡都费劲"),
    ("jd", "abuse", "这种白嫖怪别来我们店"),
    ("generic", "abuse", "嫌慢？慢走不送"),
    # induce_review
    ("jd", "induce_review", "收到货记得给我们星星全点亮哈"),
    # impolite
    ("jd", "impolite", "这都第五遍问尺码了，表格就在上面"),
    ("jd", "impolite", "到站会有提示 不用每小时问一遍"),
    # disparage_peer
    ("jd", "disparage_peer", "市面上那些便宜的羽绒服，基本都是以次充好"),
    ("jd", "disparage_peer", "有些直播间的槐花蜜全是假货勾兑"),
    # privacy_leak
    ("jd", "privacy_leak", "这件毛衣进价连你见到的价格三成都不到"),
    ("jd", "privacy_leak", "隔壁1903的刘阿姨也订了这台"),
    ("jd", "privacy_leak", "订这款的那位叫何晓东，在科技园上班"),
    ("jd", "privacy_leak", "最后一件被订走，收件人叫高雅琴，在城南住"),
    # false_advertising
    ("jd", "false_advertising", "这瓶精华坚持擦，晒斑全消"),
    ("jd", "false_advertising", "面霜用半个月，法令纹都能抚平"),
    # cold_reply
    ("jd", "cold_reply", "有哒"),
    ("jd", "cold_reply", "拍呗"),
    # second round: the platform called a trap, 必 as certainty, a span of years, checked before complaining, a standoff
    # dared, the street shop cheaper than online, a fee handed back for a review, the green-icon account, blood sugar
    ("jd", "disparage_platform", "京东的退货审核就是个坑"),
    ("jd", "arbitrary_promise", "周四中午前快递必送到"),
    ("jd", "arbitrary_promise", "两年内屏幕坏掉 店里直接免费换"),
    ("jd", "questioning", "您是核对过小票才说多扣钱的吗"),
    ("jd", "abuse", "想耗就耗吧，看谁熬得过谁"),
    ("jd", "diversion", "市中心那家门店，您过来提货比网上能少八十"),
    ("jd", "induce_review", "评价区传两张实拍，邮费我退您"),
    ("jd", "diversion", "头像边上绿色图标的号加我"),
    ("jd", "false_advertising", "这款饼干嚼完也不升血糖"),
    # third round: lacking the basics said of the customer, a brand insiders shun, a cheap rival left to a sly guess
    ("jd", "abuse", "这种常识都不知道还来较劲"),
    ("jd", "disparage_peer", "某个牌子的电池啊，懂行的人不会给娃用"),
    ("jd", "disparage_peer", "三块钱包邮的辣条，你想想加的是什么"),
]

CLEAN = [
    # 滚开 of boiling water
    ("jd", "煮饺子要等水滚开后再下锅"),
    ("jd", "泡这款白茶别用滚开的水，八十五度左右最好"),
    # the customer's own address read back or changed
    ("jd", "登记地址为望江路18栋2203，麻烦核对"),
    ("jd", "行，地址已给您改成7栋1502"),
    # replacement under the warranty named, applied for
    ("jd", "要是压缩机坏了，整机质保三年，提申请即可换新"),
    # packing, not a gift
    ("jd", "夏天路上热，这单多放两包干冰"),
    # a visit slot among others
    ("jd", "周六早上师傅就能上门 另外也能约周日"),
    # a pointer for a customer who wants to see
    ("jd", "想看细节图 详情页中段有放大图 您往下翻翻能看见"),
    # comfort of use
    ("jd", "这款靠枕托住腰，久坐不容易腰酸"),
    # the new rules' must-nots
    ("jd", "能不能把数据找回来要看检测结果，我们尽力"),
    ("jd", "设计寿命是用十年不出问题，具体看使用环境"),
    ("jd", "我们一起想想办法，先别着急"),
    ("jd", "我这边催不动快递，不过已替您找站点加急"),
    ("jd", "您这个记性真好，上次的尺码都记得"),
    ("jd", "门店出门左转就是停车场入口"),
    ("jd", "打分照实来就行"),
    ("jd", "抱歉让您第二次来问，这次我一直跟着"),
    ("jd", "市面上的这类羽绒服有鸭绒有鹅绒，认准吊牌的含绒量"),
    ("jd", "这款粉底可以遮盖色斑，视觉上更均匀"),
    ("jd", "这款耳机很耗得起电，待机一周没问题"),
    ("jd", "门店和线上同价，您来门店买也是一样的价"),
    ("jd", "运费已经给您免了，评价您如实写就行"),
    ("jd", "三年内若有质量故障，按售后政策换新"),
    ("jd", "血糖偏高先找医生问问"),
    ("jd", "这点常识不少人都不知道，我跟您说一下"),
    ("jd", "这个牌子懂行的买家很多，口碑不错"),
    ("jd", "国庆前送达得看当地物流 仓库尽早发"),
    ("jd", "退款压在审核那里 咱们也催不动 我帮您再递一次加急单"),
]

test_hit, test_clean = hit_clean_tests(HITS, CLEAN)


@pytest.mark.parametrize("category,text", [
    ("questioning", "先看插座边上有没有复位按钮，有就按一下再试"),
    ("questioning", "检查一下滤网里有没有积灰，有的话先冲洗干净"),
    ("impolite", "五点前拍的当日出库，过了五点就明天发货"),
    ("impolite", "过了截单时间就次日发货"),
    ("questioning", "看照片是封箱胶没贴牢 是咱们的疏忽 这就补寄"),
])
def test_model_declined_clause(category, text):
    covered, total = declined_cover(category, text)
    assert covered >= 1, (text, covered, total)


@pytest.mark.parametrize("category,text", [
    ("questioning", "说明书您照着做了没？自己看看有没有装反"),
    ("impolite", "过了五点才来问，明天再说吧"),
    ("questioning", "装的时候跳步了吧？是咱们的问题吗"),
])
def test_model_declined_clause_leaves_reproach(category, text):
    covered, total = declined_cover(category, text)
    assert covered == 0, (text, covered, total)


def test_lacking_basics_asked_is_no_abuse():
    """Said (这种常识都不知道，…) it belittles the person (abuse); asked (…常识都不懂吗？) it is a reproach of the
    questioning kind, which the abuse rule leaves alone."""
    from message_kinds import rule_categories

    assert "abuse" in rule_categories("jd", "连这种常识都不懂，就别折腾了")
    assert "abuse" not in rule_categories("jd", "充电前没拔插头？这种常识都不懂吗？")
