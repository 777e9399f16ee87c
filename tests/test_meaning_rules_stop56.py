"""Stop 56 (helper m56, issue 11): message kinds the fresh40 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), and, by id only, the fresh40 lines each kind set right (``FIXED``: read from the set, judged exact
as benchmarks/line_verdicts.py judges them, rules only and rules + model).  No model set-aside was needed this stop:
the lines the model alone had over-read (a push to order read as impolite, a customer's long try read as questioning)
come out right once the rules read the sentence's kind.
On the start code (9ac928a) 138 of this file's 239 cases fail.
"""

from __future__ import annotations

import pytest

from message_kinds import kind_test, read_lines_exact_test, rule_categories

KINDS = {
    # shirking: the customer's question simply left unanswered, no check offered
    "answer_refused": ("jd", "shirking",
                       ["木耳是哪片林子的？这个实在没办法给您回复", "发票抬头能不能改，这个无法答复你。",
                        "滤芯能用多久，我们解答不了您"],
                       ["眼下没办法答复，等我问过仓库再回您", "具体年份没法马上答复，我查完发您"]),
    # arbitrary_promise: a deadline and 准时, the goods vouched not to melt, rust or break, a gift vouched for
    "hour_vouched": ("jd", "arbitrary_promise", ["周日中午前准时送到", "放心，下周二傍晚前准时送达"],
                     ["预计周日中午前能到，具体看物流", "快递每天下午四点准时揽收"]),
    "outcome_vouched": ("jd", "arbitrary_promise",
                        ["雪糕保证寄到不化", "这条皮带包您用三年不断", "铁锅保准一年不生锈"],
                        ["为了保证奶酪不变质，到手请冷藏", "夏天路远没法保证不化，会多放冰袋"]),
    "gift_vouched": ("jd", "arbitrary_promise",
                     ["赠品量杯我肯定给您放进去", "保证给你多送一份礼品", "您拍两件，赠品绝对给你加上"],
                     ["赠品不一定有，看活动页写的", "赠品一定随单寄出，这是活动写明的"]),
    # disparage_peer: a rival's goods called fake by name or scrap, made of stone powder, full of bugs, smelling of
    # flavouring, or its maker rumoured filthy
    "peer_judged": ("jd", "disparage_peer",
                    ["别的店那批都是碎布拼的冒牌货", "那几家的砚台都是石粉做的", "别家的蜂蜜一股子香精味",
                     "隔壁那家的核桃仁里头全是虫子", "那个牌子的豆瓣酱，听说厂里脏得不行", "外面卖的锄头都是废铁"],
                    ["我们这批茶叶有一股淡淡的桂花味", "别家的情况不清楚，咱家的都是正品", "其他店有没有石粉款我不清楚"]),
    # disparage_platform: the platform's warehouse or couriers called unreliable
    "platform_staff": ("jd", "disparage_platform",
                       ["平台仓库总把纸箱压扁，那帮人靠不住", "京东物流三天两头丢件，他们压根不负责"],
                       ["平台仓库压扁了纸箱，我这就另寄一份", "京东物流的同事很负责，已经在加急"]),
    # privacy_leak: the listing admitted false while the customer is pushed to order; the factory price told with 是
    "listing_belied": ("jd", "privacy_leak",
                       ["商品页标着仅剩两件，其实货多得是，您懂的", "这台音箱其实是返修回来的，标题挂着全新，您放心买",
                        "详情页写着最后一批，其实库房还堆着呢，赶紧拍"],
                       ["页面显示有货，其实刚售罄，实在抱歉", "这台是样品机，便宜点，外观有细痕介意的话别拍"]),
    "factory_price": ("jd", "privacy_leak", ["这种铝梯出厂价是两百一把", "透个底给您，出厂价是四十五一件"],
                      ["出厂价是几块钱这个不便透露，现价已是活动价"]),
    # questioning: the reason for a return demanded, common sense thrown back, the wrong way round guessed, proof or
    # the truth demanded, sure it is not the other thing, not scrolled up, told off for cutting in
    "reason_demanded": ("jd", "questioning", ["为啥要换？不是才拆开吗", "凭什么要退款？", "退款可以，先把理由讲清楚"],
                        ["请问为什么要退呢？我登记一下", "麻烦您先把情况说清楚，我好查"]),
    "common_sense": ("jd", "questioning", ["生肉要冷冻，这不是基本常识吗", "左右两只不一样，这也分不出来吗？", "那难道不是常识嘛"],
                     ["这不是常识问题，是包装没写清楚，怪我们", "这都分不清的话，我给您贴个标签"]),
    "common_sense_taobao": ("taobao", "questioning", ["亲，正反面这都分不清吗？"], ["亲，正反面不好分的话我标一下哦"]),
    "wrong_way": ("jd", "questioning",
                  ["滤芯会漏？你是不是装反了", "读数偏高，你是不是把探头插反了", "灯不亮，您该不会把电池放反了吧"],
                  ["万一装反了问题不大，拆下来重装就行", "是我们把标签印反了，抱歉"]),
    "proof_demanded": ("jd", "questioning",
                       ["说是假的，凭据呢？", "屏幕怎么裂的？讲实话吧。", "漏水？先把接头照片发我看完再说", "说缺斤少两，拿检测报告来"],
                       ["说实话，这双鞋确实偏小一码", "跟您说实话吧，这批是去年的货", "这行里只有我们肯讲真话"]),
    "sure_not_other": ("jd", "questioning", ["您确定插的是白线不是红线？", "前面那些回复是没看吗", "你确定买的是大号而不是中号？"],
                       ["您确定要换成白色吗？马上帮您改", "上一条是我没看仔细，抱歉"]),
    "cut_in": ("generic", "questioning", ["你能不能先让我把条款讲完？", "老是插嘴，这个退款还退不退"],
               ["您先说，我听完再给您讲", "不着急，等我讲完您再问"]),
    # shirking: a colleague's case to wait for, the agent's role as the reason not to know, left to work it out alone
    "colleague_case": ("jd", "shirking",
                       ["这个工单是别的客服跟的，您周一再找他吧", "您等她后天上班再问她", "退款是之前的客服办的，你直接去找她"],
                       ["那张工单同事在跟，我去问她，稍后回您", "同事明天上班，我已经留言让她联系您"]),
    "role_excuse": ("jd", "shirking", ["木料哪座山的，我就是个小客服哪懂这些", "我一个卖茶的哪知道怎么炒"],
                    ["我只是个客服，但能帮您去问技术"]),
    "left_to_fiddle": ("jd", "shirking", ["盐加多少看口味，你自个儿琢磨着办吧", "参数太多了，您自己摸索吧"],
                       ["您也可以自己摸索一下，不懂随时问我", "一般加五克，口味重的您自己掂量着微调也行"]),
    # abuse: likened to a pig, sneered at as a nitpicker, wits failing or left at home, data threatened to be posted
    "mocked_taobao": ("taobao", "abuse", ["你问得跟头猪似的，按钮不就在上面", "您可真会挑毛病", "嫌东嫌西，要不干脆自己织条围巾呗"],
                      ["这款抱枕像只🐷一样圆滚滚", "您说的这个鸡蛋里挑不出毛病",
                      "亲家的猫咪吃得像只🐷一样，囤大袋更划算"]),
    "wits_failing": ("jd", "abuse",
                     ["按钮都找不着，出门没带脑子吧", "说明书看不明白，这智商学不会的", "一道题卡半天，智商余额恐怕不够了",
                      "两根线都对不齐，脑子是有洞吗"],
                     ["我这脑子出门忘带了，刚才报错了价", "这款积木锻炼孩子的脑子",
                      "这套系统我这脑子用不了，我请组长来查"]),
    "exposure_threat": ("jd", "abuse", ["再胡搅下去，你的手机号我就发到群里", "您的照片我可要挂到微博上"],
                        ["您留的号码只用来派件，绝不会发到网上"]),
    # impolite: rushed because others wait, pressed after a long choice, the shop not running for the customer alone
    "rushed": ("jd", "impolite",
               ["说完没，后头还一大串人排着呢", "挑了一个钟头了，要不要给个准话", "工厂又不是只给你一家干活的"],
               ["抱歉这会儿人多，后头还一大串人等着，回得慢请见谅", "您慢慢挑，不着急", "这款不是为您一个人定制的，是通用尺码",
                "您犹豫这么久了，我再帮您对比一下两款"]),
    # privacy_leak: another buyer's phone tail or home address
    "buyers_digits": ("jd", "privacy_leak",
                      ["那条留言是位买家发的，住在常州武进区，手机尾号7304", "上一位买茶壶的大姐住苏州姑苏区十全街12号",
                       "张女士上午也来问过，电话尾号4738"],
                      ["请问是尾数为5096的李女士本人吗", "先生，您的证件尾号3318没错吧"]),
    # diversion: the shop's own app or mini-program as where to order
    "own_app": ("jd", "diversion", ["您去我们自家的app下单还便宜", "咱们自家小程序上拍能包邮"],
                ["京东小程序里也能下单", "我们自己的仓库直接发货"]),
    # induce_review: what to praise or write in the review, and a gift or money back for it
    "review_gift": ("jd", "induce_review",
                    ["评论里夸几句配色，过审了就送您一对耳钉", "追评写上“做工精细”，邮费我给您退", "晒图时提一下包装，额外送您一副鞋垫"],
                    ["评价里写一下尺码感受，对后来的买家有参考", "追评写完以后，运费险照常赔付",
                     "追评里讲到的划痕我们查了，新壳给您补寄"]),
    # false_advertising: a hundred per cent, a thousand years, an heirloom's grade, the top of the whole web
    "absolute_more": ("jd", "false_advertising", ["这款木地板漆100%不掉漆", "红木书柜千年不腐", "这台音响全网顶配", "紫檀手串传家宝级别的"],
                      ["不敢保证100%不掉漆，正常使用很耐磨", "这条围巾100%羊绒，柔软", "这款是顶配版，比标准版多一个镜头",
                       "千年不腐的话术咱可不敢讲"]),
    "absolute_taobao": ("taobao", "false_advertising", ["亲，这款清洁膏擦瓷砖百分百不留痕哦"], ["亲，清洁膏擦完一般不留痕哦"]),
    # cold_reply: a bare 好的 and a flat word or two as the whole message
    "fine_then_bare": ("jd", "cold_reply", ["好的，能修", "好的，能水洗。"], ["好的，马上改", "好的，给您发", "好的，这款可以开孔的"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # 不可能吧 doubts what the customer reports (the questioning rules' reading): it refuses nothing
    ("jd", "shirking", "不可能吧，这批刚检过，您拍张图我看看"),
    # TM before 跟你 / 说 is the curse (common.uncivil.tm), no Tmall named
    ("jd", "diversion", "TM跟你讲过了，码数表在页面底下"),
    ("jd", "diversion", "TM说了多少回了，按图装"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


# fresh40 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "answer_refused": ["f40-m016"],
    "hour_vouched": ["f40-m019"],
    "outcome_vouched": ["f40-m051", "f40-h009"],
    "gift_vouched": ["f40-m167"],
    "peer_judged": ["f40-m050", "f40-m097", "f40-m120", "f40-h108", "f40-h131"],
    "platform_staff": ["f40-m090"],
    "listing_belied": ["f40-m099", "f40-h126"],
    "factory_price": ["f40-m179"],
    "reason_demanded": ["f40-m101"],
    "common_sense": ["f40-m139", "f40-m198"],
    "wrong_way": ["f40-m166"],
    "proof_demanded": ["f40-h112", "f40-h128", "f40-h146"],
    "sure_not_other": ["f40-h149"],
    "cut_in": ["f40-h059"],
    "colleague_case": ["f40-m208"],
    "role_excuse": ["f40-h102"],
    "left_to_fiddle": ["f40-m052"],
    "mocked_taobao": ["f40-m062", "f40-m233"],
    "wits_failing": ["f40-m252", "f40-m283", "f40-h136", "f40-h152"],
    "exposure_threat": ["f40-h160"],
    "rushed": ["f40-h013", "f40-h119", "f40-h140", "f40-h150"],
    "buyers_digits": ["f40-m063", "f40-h036", "f40-h047"],
    "own_app": ["f40-m251"],
    "review_gift": ["f40-m141", "f40-m178", "f40-h106"],
    "absolute_more": ["f40-m158", "f40-m238", "f40-h116"],
    "fine_then_bare": ["f40-m199"],
    # a curse by its initials before 跟你 (jd.diversion.platform read Tmall)
    "clean_now": ["f40-m279"],
}


test_fresh40_line_exact = read_lines_exact_test(FIXED, ("fresh40_messages.jsonl", "fresh40_hard_messages.jsonl"))
