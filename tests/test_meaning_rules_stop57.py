"""Stop 57 (helper m57, issue 11): message kinds the fresh41 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), the clauses the model layer now sets aside (``test_declined``: pack ``models.declined_clauses``),
and, by id only, the fresh41 lines each kind set right (``FIXED``: read from the set, judged exact as
benchmarks/line_verdicts.py judges them, rules only and rules + model).
On the start code (4d793ca) 128 of this file's 220 cases fail.
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, kind_test, read_lines_exact_test, rule_categories

KINDS = {
    # questioning: the customer said to keep the truth back, not believed, singled out, asked whether asking again
    # changes the answer, or the photo demanded bare
    "truth_withheld": ("jd", "questioning",
                       ["水杯漏了，您怕是摔过一回没讲实话", "你肯定有所隐瞒，屏幕不会自己碎", "亲是不是瞒着我们没说，插头泡过水吧"],
                       ["上回报价是我没讲实话，其实还能便宜", "怕您觉得我们没讲实话，检测单附上了", "您讲的我们都信，马上帮您查"]),
    "not_believed": ("taobao", "questioning", ["亲，开箱不录像，叫我们怎么相信呢", "少发一件？这让咱们怎么信"],
                     ["亲，怎么才能让您相信我们呢？质检单发您看", "亲信得过我们，真的很感谢"]),
    "singled_out": ("jd", "questioning",
                    ["大家用着都挺好，怎么就您嫌硬", "别的顾客用了都没问题，为什么您就不行？", "其他买家喝了全没事，咋偏偏你闹肚子"],
                    ["别人用了也没出状况，您这台可能是个别情况，我给您换", "大家反馈都不错，要不您先拍一件试试"]),
    "asked_again": ("jd", "questioning", ["您以为多问几遍答案就会变吗？", "你觉得换个说法问，结果会不一样？"],
                    ["您觉得换个颜色会不会更好看？", "换个问法我可能更好查，您说下型号"]),
    "photo_where": ("jd", "questioning", ["说漏水？视频呢？", "单号给我。裂了？截图呢？"],
                    ["照片呢？您方便时传我一张", "照片呢，辛苦您补拍几张"]),
    # impolite: a repeated question met with "not tired of it?", a picture sent without a word told off
    "same_question_tired": ("jd", "impolite",
                            ["发货时间来来回回问了五遍，不嫌累吗", "运费的事翻来覆去地讲，有意思吗", "尺码一遍又一遍地问，烦不烦"],
                            ["您反复问的这点确实重要，我再详细解释一遍", "翻来覆去地检查了三遍，确认没有破损"]),
    "picture_only": ("jd", "impolite", ["就扔一张订单截图啥也不说", "只发个语音不打字，我这边听不了", "光丢个表情也不说明"],
                     ["图片收到了，方便的话再打字说明下具体问题哦", "不方便打字的话，发语音也可以"]),
    # privacy_leak: another buyer named in full, or by title with the address the goods went to
    "buyer_named": ("jd", "privacy_leak",
                    ["前阵子退货的那位叫李春梅，跟您一样的情况", "昨天投诉物流的买家名叫赵国庆", "对面楼的钱大姐前天也拍了这台风扇，收货地址是和平路32号"],
                    ["下单的时候收件人写的您叫什么呢", "来安装的那位叫王师傅，是我们的安装工", "钱大姐也订过一台，说挺静音的"]),
    "buyer_named_taobao": ("taobao", "privacy_leak", ["亲，之前找我换尺码的顾客叫孙晓燕，她换大一号就合适了"],
                           ["亲，也有别的顾客换过尺码，换大一号就合适了"]),
    # shirking: no way left, another department and a redial
    "no_way_left": ("taobao", "shirking", ["亲，尺码偏小的话咱们这里实在没什么好法子了", "咱们也没什么别的法子了"],
                    ["亲，我们也没什么好办法，不过可以帮您申请换货", "我这边没啥别的办法，给您申请补发吧"]),
    "redial": ("generic", "shirking", ["退款归别的部门管，你挂掉重新打一遍热线", "这个是其他组负责的，您先挂断电话再拨总机"],
               ["这事由售后组负责，我直接帮您转过去，不用挂断", "信号不好的话您挂断后再拨进来也行"]),
    # disparage_peer: gritty, once on fire, cast copies
    "peer_faulted": ("jd", "disparage_peer",
                     ["那个叫暖暖猫的牌子，取暖器起火过好几回", "别家的红枣杂质一大堆", "有家店少卖三十，那都是翻模的",
                      "那个“青山”牌的茶叶上过新闻"],
                     ["我们这批红枣杂质少，筛了三遍", "隔壁小区的快递柜前天起火过一次", "那个牌子的烤箱我不了解，没法评价"]),
    # abuse: wits short or out of credit, a brain clinic, eyes to give away
    "wits_more": ("jd", "abuse",
                  ["这么简单都学不会，智商是欠费了吧", "插头都分不清，智商不够就别自己装", "眼睛不用就捐了吧，克数印在袋子上",
                   "这都能接反，赶紧去医院挂精神科"],
                  ["我这智商不够用，刚才算错了运费", "这套积木能开发孩子的智商", "孩子智商够用，这套题难度刚好",
                   "头晕得厉害的话，最好到医院查一下"]),
    "wits_taobao": ("taobao", "abuse", ["亲这智商，多吃两斤核桃吧"], ["亲这款核桃仁，一天吃一小把就够"]),
    # disparage_platform: a rule called broken, a genius credited, the process slow with the shop cleared, the founder
    # as the address, the ranking bought
    "platform_rule_mocked": ("jd", "disparage_platform",
                             ["这破退货规定出自平台，我也没辙", "商城里哪位大聪明琢磨的运费规则"],
                             ["退货规定全平台一样，我帮您看看能不能走质量问题", "您真是个天才，这个搭配太好看了"]),
    "platform_slow": ("jd", "disparage_platform",
                      ["平台那边的配送一到大促就掉链子", "商城的售后系统老是抽风，订单卡住可怪不到店家头上", "红狗家的物流隔三差五摆烂"],
                      ["平台物流大促期间会慢一些，我帮您催一下", "平台审核通常要两三天，我盯着进度"]),
    "platform_boss": ("taobao", "disparage_platform", ["满减归平台管，退不了您找东哥说理去", "这套满减是平台设的，跟我们没关系", "亲，红包扣不了去找马爸爸吧"],
                      ["亲，这张满减券由平台发放，我帮您联系平台客服核实", "马老师上课用的就是这款投影仪"]),
    "platform_pay": ("taobao", "disparage_platform", ["淘宝的流量现在全看谁烧钱多", "亲，平台推荐位都靠砸钱买"],
                     ["平台的搜索顺序跟销量和评价有关，我们会继续努力", "亲，首页的推荐是按您的浏览记录来的"]),
    # arbitrary_promise: a new one for a mere dislike, sure not to break and paid if it does, a sign-for or a visit sealed
    "replaced_anyway": ("jd", "arbitrary_promise", ["剪刀要是不好用您就扔掉，我再寄您一把新的", "不喜欢就直接送人，我们免费补您一件"],
                        ["不好用的话先别扔，拍个视频我帮您申请换新", "包装盒不喜欢可以扔掉，不影响售后"]),
    "sure_fail_paid": ("generic", "arbitrary_promise", ["这口锅肯定不会裂，真裂了我们照价赔", "电热毯一定不会漏电，出问题全额赔偿"],
                       ["不一定不会坏，正常使用一般没问题", "质保期内坏了按售后流程维修"]),
    "sealed_date": ("taobao", "arbitrary_promise", ["亲，维修师傅后天一早上门，稳了", "下周二前能签收，没跑"],
                    ["亲，预计周末之前能签收，具体看物流哦", "维修师傅预计后天上门，时段会提前打电话约"]),
    # diversion: a second-hand app to look the goods up or buy them
    "second_hand": ("jd", "diversion", ["闲鱼里搜一下小周茶铺，价格更低", "去转转上拍同一批货", "咸鱼上搜一下老王茶铺"],
                    ["做成的咸鱼上锅蒸十分钟", "咸鱼买回来要先泡一泡"]),
    # (on Taobao a reseller there warned of, or a purchase made there, sends nobody)
    "second_hand_taobao": ("taobao", "diversion", ["亲，去闲鱼上买能便宜点"],
                           ["亲，有人在闲鱼倒卖我们的旧款，那边不保修哦", "在闲鱼上买的不在我们保修范围哈"]),
    # induce_review: the top score pressed, a lowered score staked, a bad review bought off
    "top_score": ("generic", "induce_review",
                  ["一会儿有个回访电话，您给个满分就行", "等下满意度短信来了，回个10分就好", "分数打低了，这个月我就白干"],
                  ["回访短信请照实打分，谢谢", "给了差评也不会扣您的钱"]),
    "review_bought_off": ("jd", "induce_review", ["中评先不打行吗？我这边单独返您十块", "差评别写了好吗，我私下退你二十"],
                          ["差评先缓缓，我先给您把售后办了", "差评写不写由您自己定"]),
    # false_advertising: first place, gone at the root, the only one under heaven
    "claims": ("jd", "false_advertising",
               ["这款电饭煲在京东排头一名", "黑头连根拔掉，毛孔干干净净", "涂两周从此再也不冒痘", "这只紫砂壶全国仅此一件"],
               ["头一回买的话可以先领新人券", "杂草要连根拔才不会再长", "这种错以后我们再也不犯了", "仓库独此一件了，您看要不要"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # 滚 of a roller passed again over the surface drives no one away
    ("jd", "abuse", "滚刷蘸漆以后在墙面多滚几遍就均匀了"),
    # 不知道您… opening a polite question after a clause ending in 我
    ("generic", "shirking", "有事随时喊我！不知道您是想退掉还是换一个呢？"),
    # the brain to be fed as a taunt is the abuse's reading, no food claimed
    ("taobao", "false_advertising", "亲这智商，先去补补脑子吧"),
    # a cut as the lure of a private chat is the diversion's reading
    ("jd", "arbitrary_promise", "加我V私聊的话给你便宜五块"),
    # a gift for stars is the review's reading
    ("jd", "arbitrary_promise", "打满五⭐就行，回购时我多送您个杯垫"),
    # the platform's slowness with the shop cleared is the platform's reading, not a scold nor a question
    ("jd", "impolite", "狗东的物流向来磨磨唧唧"),
    ("jd", "questioning", "平台那套售后系统老是抽风，这可怪不到店家头上"),
    # some unnamed genius of the platform is no insult of the customer
    ("jd", "abuse", "这种破规定不知道商城里哪个大聪明定的"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


@pytest.mark.parametrize("category,text,covered", [
    # a review welcomed with nothing asked of its grade and no reward: set aside; a reward anywhere keeps it read
    ("induce_review", "东西合心意的话，也欢迎有空聊聊体验～", True),
    ("induce_review", "欢迎有空聊聊体验，晒图返您五元", False),
    # the customer told to order this listing directly, a clause of its own
    ("diversion", "有现货，直接拍下就好", True),
    ("diversion", "直接去拼多多拍", False),
    # orders after the cut-off going out the next day: the schedule
    ("impolite", "五点后的单子顺延到隔天发", True),
])
def test_declined(category, text, covered):
    n, _ = declined_cover(category, text)
    assert (n > 0) == covered, (category, text, n)


# fresh41 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "truth_withheld": ["f41-m015"],
    "not_believed": ["f41-m058"],
    "singled_out": ["f41-m118"],
    "asked_again": ["f41-h090"],
    "photo_where": ["f41-h133"],
    "same_question_tired": ["f41-m047"],
    "picture_only": ["f41-h103"],
    "buyer_named": ["f41-m053", "f41-m279", "f41-h041"],
    "no_way_left": ["f41-m055"],
    "redial": ["f41-h081"],
    "peer_faulted": ["f41-m090", "f41-h117", "f41-h140"],
    "wits_more": ["f41-m109", "f41-m145", "f41-m248", "f41-h073", "f41-h148"],
    "platform_rule_mocked": ["f41-m121"],
    "platform_slow": ["f41-m168", "f41-h028", "f41-h031"],
    "platform_boss": ["f41-m256"],
    "platform_pay": ["f41-h128"],
    "replaced_anyway": ["f41-m266"],
    "sure_fail_paid": ["f41-m296"],
    "sealed_date": ["f41-h050", "f41-h153"],
    "second_hand": ["f41-h061"],
    "top_score": ["f41-h077"],
    "review_bought_off": ["f41-m255", "f41-h132"],
    "claims": ["f41-m054", "f41-h113", "f41-h155"],
    # the rules' reading kept, a private-chat cut no promise; a roller, a polite question
    "clean_now": ["f41-m103", "f41-m205", "f41-h143"],
    # the model's clauses set aside: a review welcomed, order directly, the cut-off
    "declined": ["f41-m073", "f41-m237", "f41-h075"],
}


test_fresh41_line_exact = read_lines_exact_test(FIXED, ("fresh41_messages.jsonl", "fresh41_hard_messages.jsonl"))
