"""Stop 65 (helper m65, issue 11): message kinds the fresh49 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), and, by id only, the fresh49 lines each kind set right (``FIXED``: read from the set, judged exact
as benchmarks/line_verdicts.py judges them, rules only and rules + model).
On the start code (381cb9d) 116 of this file's 228 cases fail (154 kind cases, 4 clean-now cases, the 35 fresh49 lines
rules only and with the model); none of its sentences shares six characters with a fresh49 line.
"""

from __future__ import annotations

from message_kinds import clean_now_test, kind_test, read_lines_exact_test

KINDS = {
    # questioning: the damage declared the customer's doing and the claim rebuked (分明是你…的，还有脸…)
    "own_doing_rebuked": ("jd", "questioning",
                          ["花瓶分明是你碰倒才碎的，还有脸找商家理论", "拉链明明是您硬扯坏的，咋好意思要求退款",
                           "鞋跟明明就是您踩断的，咋好意思要我们赔", "床单分明是你自个儿漂白洗花的，也有脸来退"],
                          ["分明是仓库贴错了标签，让您多等了，抱歉", "分明是你选的藏青色，那我帮你换个浅色也行",
                           "这只杯子是摔裂的吗？我帮您登记一下"]),
    # false_advertising: a performance said to jump at once by a share or a multiple, no test named
    "gain_at_once": ("jd", "false_advertising",
                     ["这款链条油抹一遍，骑起来速度立马提高三成", "换上这个滤芯，吸力立刻提高一倍", "喝了这款蛋白粉，耐力至少增加五成",
                      "贴上这款防滑贴，抓地力瞬间提升40%"],
                     ["新款电机效率提升了15%，有第三方检测报告", "实测续航比上一代提升20%", "吸力比旧款高一倍吗？这个要看地面",
                      "换了新滤芯，吸力会比旧的好一些"]),
    # impolite: whether the person is there at all (人还在不在), a paraphrase of 人呢
    "still_there": ("jd", "impolite", ["人在没在？尺码到底要哪个", "人在不在啊，等您半天了", "好了没，人还在不在啊"],
                    ["收件人现在在不在家？", "请问您还在吗？刚给您发了链接", "您家里有人在吗？快递员到楼下了",
                     "人在不在家都行，快递会放驿站"]),
    # disparage_platform: the trouble declared the platform's doing and the shop cleared, or its system called unreliable
    "platform_blamed": ("jd", "disparage_platform",
                        ["券没到账是平台后台出的错，和咱们店铺无关", "订单被拦截是京东搞的，人家那审核向来靠不住",
                         "售后单关闭是平台审核判的，和我们商家没关系"],
                        ["退款由京东审核，通常一两天，我这边替您跟进",
                         "平台审核驳回了，我这边重新提交一次"]),
    "platform_blamed_taobao": ("taobao", "disparage_platform", ["保价被驳回是淘宝审核判的，与本店没关系"],
                               ["保价结果是淘宝那边审核的，我帮您再申请一次"]),
    # disparage_platform: the platform's delivery said to lose or crush parcels as a habit, by name or nickname
    "platform_loses_parcels": ("jd", "disparage_platform", ["东子家的配送最近老压坏箱子", "狗东的物流三天两头丢件"],
                               ["京东快递丢件我们全程负责，马上给您补发", "这阵子快递常丢件？您放心，我们都保价了",
                                "京东物流要是总压坏箱子的话，签收前可以先验货"]),
    # disparage_platform: the platform's reviewers or staff called idle; its cut likened to robbery
    "platform_idle_staff": ("taobao", "disparage_platform", ["平台那帮小二真是吃白饭的", "淘宝的审核都是干什么吃的，图片又被驳回"],
                            ["淘宝的审核比较严，我们重新传一遍", "我们可不是吃干饭的，这就帮您追回来"]),
    "platform_cut": ("jd", "disparage_platform", ["东子家如今扣点比抢钱还凶", "平台这几年的佣金比抢钱还狠"],
                     ["平台扣点比以前高了一点，所以价格调了", "抢钱包活动今晚开始"]),
    # abuse: the customer's wits called worrying
    "wits_worrying": ("jd", "abuse", ["鞋带都系不好，这脑子实在捉急", "您这理解能力真让人担忧", "插头都分不清正反，脑回路实在捉急"],
                      ["我这理解能力也是堪忧，方才把型号看岔了", "孩子成绩堪忧的话可以试试这套练习册",
                       "这台扫地机的脑子实在捉急，老撞墙的话更新下固件"]),
    # privacy_leak: a friend's or colleague's order read out; another buyer named with what they bought
    "third_party_order": ("jd", "privacy_leak",
                          ["您同事那个台灯订单，地址在成都高新区天府三街", "您闺蜜的订单，手机后四位是3390"],
                          ["您闺蜜的订单地址是她本人填的，我这边看不到", "您闺蜜那单的地址需要本人登录查看哦", "订单地址需要下单人本人登录查看，我这边不便透露"]),
    "buyer_by_name": ("jd", "privacy_leak", ["上午有位客人也问了这款鞋，叫张志强，她拍的是38码", "之前有个买家，叫王丽华，他买了两盒"],
                      ["有个买家叫我们多放两个袋子", "这款叫云朵杯，它卖得最好"]),
    # questioning: the manual or the page said back as saying so already, in a rhetorical question
    "page_said_so": ("taobao", "questioning", ["干嘛拿洗衣机洗呢？说明书里不是写着只能手洗嘛", "详情页不都标着尺寸了吗"],
                     ["说明书里写着只能手洗哦，您可以参考一下", "说明书里不是每个型号都写了，我单独发您一份"]),
    # disparage_peer: a rival's owner attacked in their character; a rival's goods taken apart and called shoddy;
    # a rival said to copy ours; a rival's goods given a mocking nickname
    "peer_character": ("jd", "disparage_peer", ["隔壁卖茶叶的老板人品有问题，坑过好几个人", "别家那款去年被投诉过无数次"],
                       ["隔壁店主为人不错，经常帮我们收快递", "我们店主为人实在，您放心"]),
    "peer_taken_apart": ("jd", "disparage_peer",
                         ["优贝家的温奶器我们拆开过，线路板焊得一塌糊涂", "隔壁那家的吹风机我们买来测过，电机糙得很"],
                         ["我们家的温奶器我们拆开过，做工很扎实", "优贝家的温奶器我们也测过，各有优点"]),
    "peer_copied": ("jd", "disparage_peer", ["外面卖的那种收纳盒都是抄我们的", "其他店那款台灯的模具是偷来的"],
                    ["别家也有类似款，我们这款是原创设计", "我们的模具是自己开的"]),
    "peer_nicknamed": ("jd", "disparage_peer",
                       ["隔壁那个Y牌拖把，我们私下都管它叫“掉毛大王”", "那款扫地机行内都叫它翻车专业户"],
                       ["这款店里私底下叫它爆款之王", "这个小夜灯我们私下叫它小月亮"]),
    # shirking: not knowing and the customer told to buy it and find out; the matter disowned as someone else's case;
    # another team's matter and the customer sent to call again; asking here said to be useless
    "try_after_buying": ("jd", "shirking",
                         ["能不能配您的车我也说不准，您收到后自己试一下", "合不合您家灶台我们说不好哈，你买了自个儿试试"],
                         ["能不能配我也说不准，我问下技术再回您", "口感说不好，您可以先买小包装自己试试"]),
    "not_my_case": ("generic", "shirking", ["那次退款不是我处理的，您去问处理的那位同事", "这单不是我接的，具体您找接单的客服"],
                    ["这单不是我接的，不过我帮您找接单的同事问清楚", "这单是同事接的，我先看下记录，马上回复您"]),
    "call_again_elsewhere": ("generic", "shirking", ["开票不归我们小组，您过两天再打来问其他同事"],
                             ["开票不归我们小组，我把您转给负责的同事"]),
    "asking_here_useless": ("jd", "shirking", ["厚度这种事问我也是白问，我又没试过", "面料的事问咱们也没用"],
                            ["这款我也没用过，不过我问了用过的同事，说挺好", "问这边没问题，您尽管问"]),
    # cold_reply: a whole reply of a bare "what?"
    "bare_what": ("jd", "cold_reply", ["什么？？", "蛤?", "干嘛？"],
                  ["啥？您说的是哪款？", "什么颜色都有哦～", "什么事呀？您慢慢说～"]),
    # diversion: 加我 and one character or letter for WeChat, cut off by an emoji, a space or the clause's end
    "wechat_initial": ("taobao", "diversion", ["想要批发价的话加我薇，发您报价单", "量大加微💕", "团购的话加一下我威 私聊"],
                       ["加微量的盐就行", "关注店铺加微淘有福利", "您加我微笑表情就行", "平台不允许加微，咱们就在这儿聊"]),
    # false_advertising: the goods said to crush every rival
    "crushes_rivals": ("jd", "false_advertising", ["这款吹风机的风力秒杀一切同价位产品", "降噪效果秒杀市面上的同类耳机"],
                       ["今晚八点秒杀，所有同类商品都参加", "秒杀价比同类便宜不少"]),
    # arbitrary_promise: the certainty word before the day; a result pledged with 包 and a full refund if it fails;
    # a new one paid as damages; a discount for every later order or a cost on the agent's own head; a discount the
    # activity's page does not have
    "sure_day_first": ("taobao", "arbitrary_promise", ["下午三点前拍，稳稳明天到北京", "今天付款稳稳后天送到"],
                       ["预计后天到，稳稳的不用担心", "走顺丰的话一般稳稳的，后天能到"]),
    "outcome_refunded": ("jd", "arbitrary_promise", ["这袋种球包开花，开不了店里全款退您", "这款增高垫包长高，长不出来我原价赔给您"],
                         ["包装好了，开不了封的话我给您换一个", "这袋种球开花率高，开不了的话先检查光照"]),
    "new_one_as_damages": ("jd", "arbitrary_promise", ["烤盘要是用了还漏油，店里赔你一个全新的"],
                           ["烤盘要是用了还漏油，按三包政策给您处理"]),
    "standing_discount": ("jd", "arbitrary_promise",
                          ["下次您再来买，每单都给您便宜十块", "以后回购，每次都按会员价减五块", "来回邮费都算我身上"],
                          ["下次您再来买，店铺有满减活动可以用", "邮费算在订单里了，页面上能看到",
                           "以后回购，每次都减5元，这是老客会员的权益"]),
    "off_the_page": ("jd", "arbitrary_promise", ["满减页面上没写也照样给您减", "这个赠品活动里没有，也照样给您算上"],
                     ["这个赠品页面上没写，所以这次没有附送，抱歉", "页面没写的话以实物为准"]),
    # induce_review: a review written, reported back and a sum given back for it
    "refund_for_review": ("jd", "induce_review",
                          ["满意的话评价写得好一点，写完截图给我，邮费给您返回去", "追评晒个图，晒完跟我说一声，差价就给您补上"],
                          ["评价写完截图给我就行，运费险是自动理赔的", "评价随您心意写，邮费的事我已经给您返过去了"]),
    # questioning: whether they are sure it was not their own mistake; the others fine and only theirs broken, asked;
    # the report doubted for its timing
    "not_your_mistake": ("generic", "questioning", ["肯定不是你自己接错了？", "确认真不是您填错了吗？"],
                         ["要是排查下来不是装错的问题，我给你安排换新", "我确定不是你按错了，是机器的问题",
                          "确认不是你填错了吗？没关系，我帮你改"]),
    "singled_out_asked": ("jd", "questioning", ["这批台灯别的买家用着都没问题，偏偏您这台闪？"],
                          ["其他顾客穿着都好好的，偏偏您这双开了胶，真抱歉，马上给您换"]),
    "late_report": ("taobao", "questioning", ["穿了半个月才来说开线？", "买了两个月才来投诉起球？之前是没注意到吗"],
                    ["穿了半个月才出现这个情况吗？我帮您登记售后", "之前没注意到也正常，这个位置比较隐蔽"]),
    # false_advertising: the goods said to last a lifetime without a fault (the goods' claim; a pledge after it is a promise)
    "lifetime_unfailing": ("jd", "false_advertising",
                           ["这把剪刀是高碳钢的，一辈子也不会钝", "铸铁底座一辈子也不变形", "这双登山鞋一辈子穿不坏",
                            "这套砂锅一辈子也不开裂"],
                           ["一辈子也不会坏吗？正常使用能用很多年", "这辈子也碰不到这个价了", "这套砂锅正常用好多年都不会开裂"]),
    # impolite: too lazy to explain again
    "too_lazy": ("taobao", "impolite", ["懒得再说一遍了，尺码表在详情页", "懒得跟你解释了"],
                 ["您懒得算的话我帮您算", "怕您懒得翻详情页，我直接发您"]),
}

test_kind = kind_test(KINDS)


test_clean_now = clean_now_test([
    # a lifetime without a fault is the goods' absolute claim (false_advertising), no promise of the agent's
    ("jd", "arbitrary_promise", "这把剪刀是高碳钢的，一辈子也不会钝"),
    ("jd", "arbitrary_promise", "这套砂锅一辈子也不开裂"),
    # 都接不上 of the customer's own hands is no agent declared powerless (the insult is another reading)
    ("jd", "shirking", "这么细的软管都接不上的话，换个大一号的卡箍就行"),
    ("jd", "shirking", "两根水管都接不上？换个转接头就好"),
])


# fresh49 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "own_doing_rebuked": ["f49-m001"],
    "gain_at_once": ["f49-m010"],
    "still_there": ["f49-m024"],
    "platform_blamed": ["f49-m043", "f49-m070"],
    "wits_worrying": ["f49-m082"],
    "third_party_order": ["f49-m083"],
    "page_said_so": ["f49-m085"],
    "platform_loses_parcels": ["f49-m093"],
    "buyer_by_name": ["f49-m111"],
    "peer_character": ["f49-m112"],
    "try_after_buying": ["f49-m135"],
    "new_one_as_damages": ["f49-m145"],
    "outcome_refunded": ["f49-m223"],
    "clean_now": ["f49-m226"],
    "bare_what": ["f49-m246"],
    "wechat_initial": ["f49-m267"],
    "crushes_rivals": ["f49-m270"],
    "peer_nicknamed": ["f49-m275"],
    "sure_day_first": ["f49-m295"],
    "refund_for_review": ["f49-h020"],
    "peer_taken_apart": ["f49-h030"],
    "lifetime_unfailing": ["f49-h042"],
    "standing_discount": ["f49-h048"],
    "not_your_mistake": ["f49-h075"],
    "not_my_case": ["f49-h080"],
    "platform_idle_staff": ["f49-h084"],
    "call_again_elsewhere": ["f49-h096"],
    "asking_here_useless": ["f49-h097"],
    "peer_copied": ["f49-h112"],
    "too_lazy": ["f49-h119"],
    "off_the_page": ["f49-h121"],
    "platform_cut": ["f49-h127"],
    "late_report": ["f49-h143"],
    "singled_out_asked": ["f49-h149"],
}


test_fresh49_line_exact = read_lines_exact_test(FIXED, ("fresh49_messages.jsonl", "fresh49_hard_messages.jsonl"))
