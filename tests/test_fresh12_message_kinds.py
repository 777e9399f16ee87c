"""Message-rule kinds diagnosed on benchmarks/data/fresh12_messages.jsonl and fresh12_hard_messages.jsonl (issue 11, helper t11m).

Every sentence here was written for this file: none is taken from the fresh12 sets (or any other frozen set or
dev case; no six-character stretch of a benchmark line), and each kind has several shapes.  The rules alone are
checked (``models=False``).  Each ``hit`` line must report its category; each ``clean`` line must not report it
(the hard negatives of the same kind).
"""

import pytest

from message_kinds import case_ids, kind_cases, rule_categories

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # a private channel named only to refuse it sends nobody anywhere; 私聊我领 is the review reward, not a channel
    "channel_refused": ("jd", "diversion", [], [
        "店里客服不会让你加QQ，有事就在这里说",
        "店里规定不能添加买家私人微信号，有事在这里说",
        "五星截图私聊我领优惠券",
    ]),
    # ordinals of tea and materials that sound like insults are no claim and no abuse
    "ordinal_and_material": ("jd", "false_advertising", [], ["红茶的第一泡可以倒掉不喝", "第一泡洗茶，第二泡再喝"]),
    "material_not_insult": ("jd", "abuse", [], ["这条毛巾是纯竹纤维的", "馅料用的是纯猪肉"]),
    # an inside price offered is no leak; the customer's own no-name part runs no seller down
    "inside_price_offered": ("jd", "privacy_leak", [], ["多拍两件的话，我替您申请内部价试试"]),
    "own_cheap_part": ("jd", "disparage_peer", [], ["是不是用了杂牌的数据线充电，容易鼓包"]),
    # "not my order" is shirking (not impolite)
    "not_mine": ("jd", "shirking", [
        "这单不是我经手的，您问问之前那位",
        "谁给您开的单您去找谁",
        "发票这块不归售后管",
    ], ["不是我不愿意，系统确实锁住了，稍后我去申请", "这单是我跟进的，您放心"]),
    "not_mine_polite": ("jd", "impolite", [], ["那张单子不是我接的哦，我来帮您查"]),
    # the customer left alone, sent to someone nearby, or told the shop is only a reseller
    "on_your_own": ("jd", "shirking", [
        "这个设置您只能自己摸索摸索了",
        "刻字我们这边不做，您找外面的刻章店吧",
        "我们只负责代卖，质量问题答复不了",
        "划痕这个跟我们店里没啥关系",
        "丢件了您只能跟快递员交涉了",
    ], ["我来陪您一步步设置，别着急", "附近的维修网点我帮您找找", "刻字服务我们不做加急，一般三天"]),
    # the report disbelieved, the customer singled out, their experience mocked, a bossy order
    "reproach": ("jd", "questioning", [
        "这批水壶其他人用得好好的，偏就您这只渗水",
        "一张模糊照片，叫我怎么信",
        "定制款不能退，头一回网购吧您",
        "照我发的图接线，别瞎弄",
        "估计是您自己把它摔了吧",
    ], ["其他顾客也遇到过，这边立刻安排换新", "估计是运输时磕到了，这边补发一个", "您确定就要黑色的话我帮您改"]),
    # impatience: told already, a shrug, the queue held over the customer, "is it worth it"
    "impatience": ("jd", "impolite", [
        "早就跟您讲了先激活再用，您就是不看",
        "好好好，行吧行吧，退吧",
        "一点小划痕，至于吗",
        "有事快讲，别耽误时间",
    ], ["这个玩法挺有意思的，推荐您试试", "不至于吗？我再核对下尺码"]),
    # slang insults, the body or the face mocked, schooling asked after
    "ridicule": ("jd", "abuse", [
        "缺心眼才会选错电压",
        "就您这身材还想穿修身款",
        "整整脸再挑口红吧",
        "这都不会，你初中毕业没有",
    ], ["高中毕业了吗？我按年级帮您挑教辅", "家里有老人的话建议选大字版"]),
    # a private channel by slang, a group the agent asks to join, the agent's own phone instead of the official line,
    # a number spelled out in characters
    "private_contact": ("jd", "diversion", [
        "售后的事直接加我vx吧",
        "加一下企鹅，图纸发那边",
        "下回直接打我电话，不用再走平台",
        "我手机号是幺三七二二八八六五零一，记一下",
    ], ["请不要打我电话以外的陌生号码", "您可以拨打官方热线咨询"]),
    # another customer named with where they live or work
    "named_person": ("jd", "privacy_leak", [
        "前天退货的是住江北那边的何女士",
        "有位在市图书馆上班的蒋老师也买了这款",
    ], ["何女士，您住的小区明天能送", "蒋老师在吗？您的教材已经发出"]),
    # the purchase price told by the moment it was taken in, a supplier contract, a whole sheet sent
    "inside_data": ("jd", "privacy_leak", [
        "这批核桃从果园收过来每斤才十二块",
        "我们跟代工厂签的协议里写的是返修三个月",
        "报名信息整个表格都给您，家长电话也在上面",
    ], ["您收货的时候当面验一下", "协议内容以页面的服务条款为准"]),
    # promises beyond any policy: rest easy, the agent's own say, a gift on top, however short the time, accidental damage
    "beyond_policy": ("jd", "arbitrary_promise", [
        "这款保险箱您放一万个心",
        "给您塞两个收纳袋当赠品，这个我能做主",
        "哪怕明天就要，我也给您赶工做完",
        "三个月内摔裂了也免费给您换",
        "这个水龙头装上二十年都不带漏的",
    ], ["这个得请示主管，赠品这块我做不了主的", "在保修期里、不是人为弄坏的，可以免费换", "我尽量给您赶出来，一有消息就告诉您"]),
    # claims without a superlative word: none better, no second one, a bet on the price, no side effects, a 100 % rate
    "implied_claim": ("jd", "false_advertising", [
        "没有任何一款吸尘器能比它吸力更大",
        "这个价您去比，有更便宜的算我输",
        "这款精华零副作用，放心用",
        "抑菌率达到百分之百",
    ], ["吸力参数是18000Pa，详情页有检测报告", "这个价格会员日还有券可以叠加", "活动一过价格回到原价，以页面为准"]),
    # a review rewarded from afar or asked for as kind words; the top survey grade pleaded for
    "review": ("jd", "induce_review", [
        "多夸几句再配张照片，私聊我有小礼品送",
        "写满五十字配上图的评价，回头私下返您三块",
        "回访时请帮我选非常满意，求您了",
        "您要是不给差评，补发的事我就帮您安排",
    ], ["评价按您的真实体验写就好", "如果您给了差评，我们会认真改进"]),
    # runs the platform down by its tools, rules and reviewers
    "platform": ("jd", "disparage_platform", [
        "京豆这东西纯粹哄人玩",
        "平台审核机制专门卡咱们小商家",
        "小二判的东西没公平过，申诉也白搭",
    ], ["下单结算时京豆能抵现金", "平台审核一般一到两个工作日"]),
    # runs other sellers down by country, by trade, by a simile or by cheapness
    "peer": ("jd", "disparage_peer", [
        "那家韩国牌子的精华纯属割韭菜",
        "隔壁店的普洱全是陈茶拼的",
        "隔壁那家的拖鞋薄得跟纸似的",
    ], ["和别家比，我们的优势是发货快", "韩国牌子的面膜我们店没有代理"]),
    # the ideas behind the entries, in other words: others' goods fine, a pregnancy or a child waved through, a health
    # reading restored, a price never again, the survey's top grade, a shrug, the seller with no say, cheap for a reason
    "others_fine": ("jd", "questioning", [
        "其他顾客买了都没毛病，就您说不好用",
        "人家用着也没出过问题，您再检查下插头",
    ], ["其他顾客也遇到过，这边立刻安排换新"]),
    "claim_forms": ("jd", "false_advertising", [
        "孕期随便涂都行，纯植物的",
        "这款降压茶坚持喝，血压慢慢能回到正常",
        "这个价过了今晚就不会再有了",
        "这种面膜敷上去一点副作用都没有",
        "抗菌率达到100%",
    ], ["这个价位不会有做工问题的", "宝宝随便选哪个颜色都行", "物流停了两天，现在已经恢复正常"]),
    "survey_grade": ("jd", "induce_review", ["麻烦帮忙勾个非常满意"], ["顾客讲这个非常满意又回购了两箱"]),
    "shrug": ("jd", "impolite", ["您爱怎么样就怎么样吧"], ["这个图案可爱怎么样，您喜欢吗"]),
    "platform_forms": ("jd", "disparage_platform", ["开店的在平台上话语权也没有", "平台动不动就驳我们的申诉"],
                       ["平台审核一般当天就有结果"]),
    "peer_forms": ("jd", "disparage_peer", ["隔壁家便宜有原因，用料差"], []),
}

CASES = kind_cases(KINDS)


@pytest.mark.parametrize("kind,pack,category,text,hit", CASES, ids=case_ids(CASES))
def test_fresh12_message_kind(kind, pack, category, text, hit):
    found = rule_categories(pack, text)
    if hit:
        assert category in found, f"{kind}: {text!r} -> {sorted(found)}"
    else:
        assert category not in found, f"{kind}: {text!r} -> {sorted(found)}"
