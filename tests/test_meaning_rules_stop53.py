"""Stop 53 (helper m53, issue 11): message kinds the fresh37 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), two clause shapes the model layer now sets aside (``test_declined_now``), and, by id only, the
fresh37 lines each kind set right (``FIXED``: read from the set, judged exact as benchmarks/line_verdicts.py judges them,
rules only and rules + model).
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, kind_test, read_lines_exact_test, rule_categories

KINDS = {
    # disparage_peer: a rival's goods said to be sweetened with saccharin or harmful, a quality of theirs left to the
    # customer's guess, a device of theirs as a joke, their service gone missing, regret foretold, copies, goods pressed
    # in bulk by machine, a plastic simile
    "peer_judged_more": ("jd", "disparage_peer",
                         ["别家的蜜枣多半拿糖精腌的，孩子吃了伤身", "那种九块九一双的袜子摊，做工您懂的",
                          "对面那家的电子秤，称出来的数跟闹着玩一样", "他家那客服跟失踪了差不多",
                          "其他几家的汉服基本是山寨款", "那些主播卖的紫砂壶都是批量压的模具货",
                          "别人家的木鱼敲起来跟塑料盆差不多"],
                         ["我们的蜜枣没加糖精，原料就红枣和白糖", "别家卖多少钱我真不了解，您懂行的话比比参数就知道",
                          "这款电子秤精度到0.1克，称茶叶刚好", "那家快递网点这两天在搬家，派件慢一点"]),
    # disparage_platform: its cut called harsh, sellers left to starve, its after-sales review arbitrary
    "platform_cut_and_review": ("jd", "disparage_platform",
                                ["商城的佣金扣得这么狠，小卖家只能喝西北风", "商城的售后审核莫名其妙地卡了一周"],
                                ["售后审核通常要两三天，进度我替您跟", "平台的佣金比例在商家后台能查到"]),
    # impolite: the agent's own busyness as the reason, the matter named between and the customer sent off later or left
    # to it
    "busy_brush_off": ("generic", "impolite",
                       ["正忙着呢，开票的事你晚点再来", "忙死了，退款的事你自己想办法", "太忙了，这会儿实在顾不上"],
                       ["抱歉这会儿忙不过来，查好了一刻钟内答复您", "仓库这两天忙得很，发货会晚一天，我盯着"]),
    # shirking: nothing the shop can do, said with 这儿 / 这里 or as 没啥能做的, and the customer left to puzzle it out
    "nothing_we_can_do": ("jd", "shirking",
                          ["螺丝滑丝了，我这里也没招", "这种褪色咱们实在没啥能做的", "胶水怎么调你自己琢磨去"],
                          ["您这边不用做什么，等师傅来收件就好", "我们这边还有什么能做的吗？我再问问厂家",
                           "这周店里没招到人手，回得慢请多包涵"]),
    # shirking: the fault called another party's business and the service desk declared unrelated
    "desk_unrelated": ("jd", "shirking", ["少件是打包组的事情，和客服一点都扯不上", "安装延期和售前扯不上"],
                       ["那是物流分拣的事，我来帮您催", "这款和售前推荐的那款是同一个型号"]),
    # impolite: the count of times said as a figure of speech, done (讲过无数遍了)
    "count_of_speech": ("jd", "impolite", ["尺寸表我强调过上百遍了", "发货时间讲了无数遍了"],
                        ["这首曲子孩子练过上百遍", "说明书我看过好多遍，第三页有图解"]),
    # questioning: the customer ordered to send everything first and come back only then
    "sent_first": ("generic", "questioning", ["截图和单号先传全了再来问", "发票信息先传过来，其余的以后再说"],
                   ["截图先传过来，我这就帮您瞧瞧", "麻烦您先发一下单号，我来查"]),
    # questioning: the claim refused till tried, a cheap thing asked whether it could do more, an expectation mocked,
    # the fault guessed to be the customer's own omission with 吧, a child or a relative guessed to have taken it, the
    # page asked whether it was read carefully before the order
    "doubts_and_rhetoric": ("jd", "questioning",
                            ["没重启过就别说路由器坏了", "你觉得二十块的台灯能照亮整个客厅吗", "几十块的音箱还指望出录音棚的效果？",
                             "是不是你自己没拧紧吧", "确定不是小孩藏起来了？", "下单之前没认真看尺码表吗"],
                            ["没试过也别担心，我发视频教您", "您觉得哪个颜色更好看？实拍图这就发您", "还指望您多多关照",
                             "下单之前没看到优惠券吗？我帮您补一张"]),
    # impolite: the customer told not to change their mind every moment
    "changes_of_mind": ("jd", "impolite", ["选好了再拍，别一会一个想法"], ["这款的价一会一个样，是限时券闹的"]),
    # abuse: the customer's head said not to be up to it, put as a condition
    "wits_if": ("generic", "abuse", ["脑子如果不够用就让家里人来问"], ["我脑子一时没转过来，刚才报错了价格，抱歉"]),
    # abuse: never having seen anyone so stingy (a mockery, not the coarse word alone)
    "stingy_mocked": ("jd", "abuse", ["两块钱的运费都要争，没见过那么抠的"], ["我们店送赠品从不抠门"]),
    # induce_review: a fault to be left out of the review, only nice words to be picked
    "review_content_dictated": ("jd", "induce_review", ["追评里别提少发配件的事", "写评语挑顺耳的说就行"],
                                ["评价里不用写手机号，注意保护隐私", "碰到毛病先联系我，评语照实写就行"]),
    # induce_review: five points asked by a figure beside a reward, a photo review of so many words for a sum off
    "review_by_figure": ("taobao", "induce_review",
                         ["亲 收到后打个5分，截屏来领红包", "亲，带图加50字的好评截给我，回购给您减6块"],
                         ["亲，到货后有毛病先联系我哦", "亲，带图的评价能帮到后来的买家，欢迎照实写"]),
    # false_advertising: no rival to be found, a hall-of-fame grade, an IQ raised by a figure
    "rivalless_and_grades": ("jd", "false_advertising",
                             ["这款电钢琴的手感找不出对手", "这套茶具是殿堂级工艺", "每天玩半小时这套积木，智商能提高十五分"],
                             ["智商能提高吗？这个我们不敢保证", "这套茶具是景德镇产的，釉面光滑"]),
    # arbitrary_promise: a change vouched never to come over years (crystals, sediment, layers, colour)
    "change_never": ("jd", "arbitrary_promise", ["这瓶枇杷膏放两年也不会分层", "这罐芝麻酱搁三年都不会变色"],
                     ["正常储存的话一年内一般不会分层", "这瓶枇杷膏放两年也不会分层吗？我问下厂家"]),
    # privacy_leak: the buyer of an order named and the address they filled in told after
    "name_and_filled_address": ("jd", "privacy_leak", ["那张订单是不是周海涛拍的？他填的地址是滨湖区蠡园路"],
                                ["您填的地址是滨湖区蠡园路对吗", "那张订单是不是您家人拍的？单号发我查一下"]),
    # diversion: a QQ number by 扣我 with its digits, WeChat by V after 甩我 / 发我
    "qq_and_v": ("jd", "diversion", ["急的话扣我：7 1 9 3 3 0 6 2", "图片直接甩我V就行"],
                 ["差价会从货款里扣除，已备注", "运费扣我工资也认了"]),
    # diversion: the shop's stall at a market named as where to take the goods
    "stall_at_market": ("jd", "diversion", ["我们在南三环五金城有家档口，来拿货省运费"],
                        ["我们在南三环有个仓库，所以发货快", "我们在线上只有这一家店"]),
    # forbidden_address: the group of customers called 宝宝们 at a clause's head
    "pet_group_address": ("jd", "forbidden_address", ["宝宝们别着急，周一统一发货"], ["宝宝们都爱吃这款米饼", "给宝宝们用的话选纯棉款"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # water boiling a second time (再滚开 / 二次滚开): cooking, no one driven away
    ("jd", "abuse", "粽子下锅，等锅里的水再滚开就转小火"),
    ("jd", "uncivil", "馄饨煮到二次滚开，再添一勺冷水"),
    # the box not to be thrown away as rubbish: kept for the return, no coarse word
    ("jd", "uncivil", "快递箱先别当垃圾扔，退换时要用"),
    # the hole of a flute counted (第一孔): its place on the pipe, no rank
    ("jd", "false_advertising", "葫芦丝的第一孔按不严会漏音"),
    # a cut with the factory price told in the same message: the leak's reading, not a promise as well
    ("jd", "arbitrary_promise", "这款水杯出厂价八块，给您让一块真没利润了"),
    # another buyer's contact handed over with 您直接找她: the leak's reading, no desk pushed off
    ("jd", "shirking", "那单收件人填的隔壁孙大姐，号码给过您直接问她吧"),
    # never having seen anyone so stingy: the mockery's reading (abuse), not also the coarse word
    ("jd", "uncivil", "一块钱都争来争去，真没见过那么抠门的"),
    # a rival's price left to the customer's guess with no quality named: no judgment of their goods
    ("jd", "disparage_peer", "别处卖得便宜些，原因您懂的"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


@pytest.mark.parametrize("text,declined", [
    # a refusal said final (讲啥也没用) refuses; it doubts no one (the rules read the refusal)
    ("拆过封的耳机不退，讲啥也没用", True),
    # whom or what the goods are for, asked before a sale
    ("您是帮长辈挑还是自家穿？我按这个推荐尺码", True),
    # the damage asked as the customer's own doing stays read
    ("您是给孩子摔的还是自己弄坏的？", False),
])
def test_declined_now(text, declined):
    covered, _ = declined_cover("questioning", text)
    assert (covered > 0) == declined, text


# fresh37 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "peer_judged_more": ["f37-m077", "f37-m107", "f37-m214", "f37-m299", "f37-h005", "f37-h030"],
    "platform_cut_and_review": ["f37-m021", "f37-h029"],
    "busy_brush_off": ["f37-m139", "f37-m270"],
    "nothing_we_can_do": ["f37-m005", "f37-h002"],
    "desk_unrelated": ["f37-h085"],
    "count_of_speech": ["f37-m088"],
    "sent_first": ["f37-m029", "f37-h143"],
    "doubts_and_rhetoric": ["f37-m213", "f37-m236", "f37-m273", "f37-h061", "f37-h075", "f37-h117"],
    "changes_of_mind": ["f37-h092"],
    "wits_if": ["f37-h036"],
    "stingy_mocked": ["f37-h158"],
    "review_content_dictated": ["f37-h046"],
    "review_by_figure": ["f37-m097", "f37-h076"],
    "rivalless_and_grades": ["f37-h001", "f37-h105", "f37-h022"],
    "change_never": ["f37-m128"],
    "name_and_filled_address": ["f37-h140"],
    "qq_and_v": ["f37-m243", "f37-m258"],
    "stall_at_market": ["f37-h144"],
    "pet_group_address": ["f37-h073"],
    # clean lines and extra categories: 滚开 of water (abuse.insult), a box not thrown away (uncivil.trash), 第一孔 (adlaw),
    # a cut with the factory price told (price_cut_granted), another buyer's contact handed (someone_else_owns_it); the
    # model's questioning set aside on a final refusal and on a purpose question (models.declined_clauses)
    "clean_now": ["f37-m076", "f37-h125", "f37-h063", "f37-h027", "f37-m001", "f37-m284", "f37-h039"],
}


test_fresh37_line_exact = read_lines_exact_test(FIXED, ("fresh37_messages.jsonl", "fresh37_hard_messages.jsonl"))
