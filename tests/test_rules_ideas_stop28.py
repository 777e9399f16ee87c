"""Message-rule ideas diagnosed on the rules-only misses of the older read sets (hard, fresh, fresh3-fresh6; issue 11,
helper t11o), and Latin product codes read as insult initials on real agent turns.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the JDDC sample (no
six-character stretch of a benchmark line), and each idea has several shapes.  The rules alone are checked
(``models=False``).  Each ``hit`` line must report its category; each ``clean`` line must not report it.
"""

import pytest

from message_kinds import case_ids, kind_cases, rule_categories

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # the customer reproached for what they skipped before buying or signing, or for buying at all
    "before_buying": ("jd", "questioning", [
        "拍之前为啥不对一下型号",
        "干嘛不先试用装再下单呢",
        "您签收的时候咋没打开看看",
        "嫌它吵当初为啥还要选这台",
    ], ["您问为什么付款时没有减免？是因为券没勾选", "下单前拿不准的话可以先找我核对", "为什么选这款？它续航更久"]),
    # a late report blamed, the fault guessed to be the customer's, the report dismissed, the signature held up
    "doubt": ("jd", "questioning", [
        "早干啥去了，过了十五天才找",
        "现在才来提漏气的事？",
        "该不会是您拿洗衣机甩坏了吧",
        "哪可能少件，打包称过重量",
        "快递员拍了照，轨迹也签收了，您再好好回忆",
        "没有视频让我怎么相信",
    ], ["别是快递中转时磕坏的吧，我这就去问", "现在才说没关系，这边马上补寄", "轨迹是签收了，但您没拿到的话我立刻找快递",
        "没图片也没事，您文字描述下就好"]),
    # impatience: told to scroll up, the answers counted, hurried, reminded of others, "don't buy then"
    "impatience": ("jd", "impolite", [
        "参数前面都发了，您自个翻翻",
        "保修期都讲了您五遍",
        "快点挑，我这还有别的客人",
        "我又不是光伺候你一家",
        "嫌重可以不拍这个",
    ], ["我往上翻了下记录，您要的是二号色", "建议煮两遍再食用", "不着急，您慢慢挑", "这只猫咪很好伺候",
        "嫌沉的话我推荐轻量版"]),
    # buyers' lists and the shop's internal sheets sent, the factory price told as a discount off the price
    "inside_data": ("jd", "privacy_leak", [
        "昨天的下单名单我转您瞅瞅",
        "盘点表拍给您，哪个码有货一目了然",
        "出厂价约莫是标价打个三折",
    ], ["中奖名单会挂在首页公示", "盘点表我们不能外发，请您理解", "标价打八折是会员价"]),
    # paying off the platform or handing over a number to be added privately
    "off_platform": ("jd", "diversion", [
        "货款汇我支付宝就行，不用下单",
        "到店当面付现金，比网上省",
        "给我留个号码，让我们老板加你",
    ], ["退的钱按原路回到您银行卡", "请不要把钱转到任何私人账户", "留个电话方便师傅上门前联系您"]),
    # promises the policy does not back: the agent's own money, every price drop refunded, a dated restock or refund,
    # a gift outside the activity, "never again"
    "promise": ("jd", "arbitrary_promise", [
        "邮费我自己掏腰包给您报",
        "往后降多少我给您返多少",
        "下礼拜三前一准补货",
        "退款三个钟头内就到账",
        "活动虽然过了，照样按那个价给您",
        "下回保证不会再发错颜色",
    ], ["我自己帮您盯着物流", "降价后您可以按价保规则申请", "礼拜三补货，等货到了通知您", "退款一般三天左右退回，具体看银行",
        "活动页没写这个赠品，抱歉没法送"]),
    # urgency by "never again", a state endorsement, "only we" and "none better" without 最
    "claims": ("jd", "false_advertising", [
        "错过这次往后就没有了",
        "往后再也没有这么低",
        "这款茶叶政府接待都指定用",
        "业内就我们家做得出这种釉色",
        "同价位找不出比这款更省电的",
    ], ["错过这次也不要紧，月底还有活动", "这款有第三方检测报告，详情页可查", "同价位的几款给您列个参数对比"]),
    # the matter disowned or the customer sent to a third party
    "shirking": ("jd", "shirking", [
        "掉漆跟本店没关系",
        "配送延误我们一概不受理",
        "景点门票改签您找景区去",
    ], ["这个跟您没关系，是仓库那边寄错", "我们不负责上门安装，但能帮您约师傅", "景区那边我来帮您联系"]),
    # peers run down by faked praise, a masked brand name or the cheap ones by their price, a street-stall grade
    "peer": ("jd", "disparage_peer", [
        "竞争对手家的销量靠刷",
        "那些十几块的耳机都是盗版，坏了没人修",
        "xx家的保温杯就是地摊货",
    ], ["竞争对手也有类似款，参数可以比一比", "十几块的那款我们也有，容量小一些"]),
    # the platform's own services run down (its credit, price protection, arbitration, official desk)
    "platform": ("jd", "disparage_platform", [
        "白条那个分期就是割韭菜",
        "价保这东西只是做做样子",
        "官方客服一向偏心，找了也白搭",
    ], ["白条分期可以免息，详情看活动页", "价保申请一般当天处理", "官方客服一天内会回复"]),
}

CASES = kind_cases(KINDS)


@pytest.mark.parametrize("kind,pack,category,text,hit", CASES, ids=case_ids(CASES))
def test_idea(kind, pack, category, text, hit):
    found = category in rule_categories(pack, text)
    assert found == hit, f"{kind}: {text!r} -> {sorted(rule_categories(pack, text))}"


# Latin letters that are part of a product code, a unit or a brand are not the initials of an insult, a curse or a
# platform: glued to an anonymised number of an exported log ([数字x]) or joined by & like a brand
@pytest.mark.parametrize("text", [
    "希捷 [数字x]TB 机械硬盘 这个商品吗",
    "三星 [数字x]QB[数字x] 显示器",
    "维达(S&B)抽纸 三层 这个商品吗",
    "滤芯适配 CS[数字x] 车型",
    "屏幕型号 [数字x]WK[数字x]-B",
])
def test_latin_code_not_initials(text):
    assert not rule_categories("jd", text) & {"abuse", "uncivil", "diversion"}, text


@pytest.mark.parametrize("text,category", [
    ("你真是个SB", "abuse"),
    ("SB，自己看说明", "abuse"),
    ("去TB上搜同款更便宜", "diversion"),
])
def test_latin_initials_still_found(text, category):
    assert category in rule_categories("jd", text)
