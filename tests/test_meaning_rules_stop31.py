"""General forms of kinds fresh15 missed without the model, or flagged wrongly (issue 11, stop 31, helper t11w).

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not (hard negatives with the same words).
"""

from message_kinds import kind_test, rule_categories

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # chat spellings of a curse or of an insult for a person (淦 / 杠精 / 戏精 / 巨婴)
    "slang_curse": ("jd", "uncivil", [
        "淦，标签机又卡纸",
        "淦！这批货又压在中转站",
    ], [
        "淦水边上的果园今年挂果多",
    ]),
    "slang_insult": ("jd", "abuse", [
        "跟您这种杠精讲不通",
        "别装了，戏精一个",
        "多大人了还像个巨婴，等两天都不行",
    ], [
        "这款杠铃片每片五公斤",
    ]),
    # the customer sent to a doctor for their head, or asked if they forgot their pills
    "see_a_doctor": ("jd", "abuse", [
        "几行字都读不懂，赶紧去挂个脑科",
        "您还是先去看看脑子再来下单",
        "早上说换下午又说不换，出门忘吃药了吧",
    ], [
        "孩子头痛好几天的话还是去医院查一下",
        "这个分药盒可以提醒老人按时吃药",
        "我脑子一糊涂把地址抄错了，抱歉",
    ]),
    # the customer's care or worry called not worth it, their hurry waved off
    "belittle": ("jd", "impolite", [
        "二十块的水杯，至于挑来挑去一上午吗",
        "慌什么，又不是明天就要用",
        "急啥呀，货又跑不了",
    ], [
        "至于保修，整机三年",
        "这道划痕不至于影响使用，您放心",
        "您急啥时候用？我看看能不能加急",
    ]),
    # 没空 as the start of a longer word is room, not the agent's time
    "no_room": ("jd", "impolite", [
        "现在没空，晚点再说",
    ], [
        "后备箱没空间放这么大的箱子",
        "这个时段已经没空位了，换个时间吧",
    ]),
    # the customer's report met with "what a coincidence" about when it broke; the either-or "didn't you read it"
    "doubted_report": ("jd", "questioning", [
        "这么巧啊，保修一过屏幕就花了？",
        "可真巧，刚用完赠品就说不好用？",
        "图纸您是没读，还是读了没照做？",
    ], [
        "好巧，您要的颜色今天刚到货",
        "刚过保修期就坏了，真抱歉，这边给您免费修",
        "您是没收到，还是收到了有破损呢？",
    ]),
    # the customer sent off to any third party (您找X去) or turned away wholesale (这类事我们一概不管)
    "sent_off": ("jd", "shirking", [
        "停电的事您找供电所去",
        "网络问题你问宽带公司去吧",
        "过了时间的补差价，咱们这里统统不受理",
    ], [
        "您找个方便的时间去网点取件",
        "您找到订单号以后去点退换入口",
        "恶意刷屏的差评店里一律不受理；如实评价照常展示",
    ]),
    # WeChat by the letter V after a verb that sends or messages, the agent's line instead of the shop's desk,
    # the agent's phone in Chinese numerals, a platform by its signature game
    "private_line": ("jd", "diversion", [
        "原图私我V，发您高清的",
        "有需要留个V聊",
        "以后约保洁直接联系我就好，不必经过店铺",
        "不必走平台了，下次直接私信我",
        "存一下我的私人电话一八六一二三四五六七八",
        "嫌贵可以到砍一刀的平台上搜咱家",
        "别的软件上找我们家，价格更低",
    ], [
        "这件衬衫是V领的，显脸小",
        "V字领和圆领各有一款",
        "不用走平台介入，这边直接为您退款",
        "我的手机一直开着，有事窗口留言",
    ]),
    # a platform named as where others misuse the shop's name or pictures: a warning, no diversion
    "misuse_warning": ("jd", "diversion", [
        "拼多多那边咱家也开了店，便宜些",
    ], [
        "有商家在拼多多盗用咱家主图，跟本店无关",
        "淘宝上有人冒用我们的店名卖货，请认准本店",
    ]),
    # another person's name with where they live
    "named_address": ("jd", "privacy_leak", [
        "上午那单的联系人叫钱多多，地址是新华路9号",
        "买过同款的周阿姨，家在桂花园2栋",
        "您隔壁的吴先生住在清风苑12号楼",
    ], [
        "周女士，您家在桂花园2栋对吗",
        "我们的门店在新华路9号，欢迎来看",
        "这位顾客的住址不能透露，请您理解",
    ]),
    # a claim that works for everyone (没有X不Y的); a course sold with the exam passed stays the promise's one reading
    "works_for_all": ("jd", "false_advertising", [
        "这瓶去渍笔没有去不掉的污渍",
        "交给我们的师傅，没有修不好的锅",
        "跟着我们的教练练，没有练不会的",
    ], [
        "没有学过也不要紧，从零教起",
        "还有没有洗不掉的地方？有的话再喷一遍",
    ]),
    "exam_passed_is_promise": ("jd", "arbitrary_promise", [
        "报这个冲刺班包过",
    ], [
        "这只背包过安检不用拿出来",
    ]),
    # the agent vouching with the chest thumped
    "chest_thumped": ("jd", "arbitrary_promise", [
        "这锅用十年不粘，我拍胸脯",
        "我拍着胸脯跟您说，肯定不缩水",
    ], [
        "按摩时轻拍胸口能缓解憋闷",
    ]),
    # praise asked for and something added for it; a bad review by description answered with worse after-sales
    "review_bought": ("jd", "induce_review", [
        "下课后记得夸一夸陪练，下回给您加十分钟",
        "表扬一下我们的师傅，下单给您加送一包滤芯",
        "留言里要是写了负面的话，以后退换可能不太好安排",
    ], [
        "谢谢您夸夸我们的师傅，我们会转达",
        "写了负面评价也没关系，售后照常处理",
    ]),
    # staff called makeshift or untrained, a brand's past scandal
    "peer_staff_and_record": ("jd", "disparage_peer", [
        "别家装空调的都是临时找来的，打孔全歪",
        "其他店的教练多是野路子",
        "某牌热水器以前出过事，买前掂量掂量",
    ], [
        "我们的师傅都是持证上岗的",
        "其他店铺咋样我不好说，我们这款有三年保修",
    ]),
    # 唯一 naming the shop's one official channel against impostors is no superlative
    "one_official_channel": ("jd", "false_advertising", [
        "这款羊绒衫是唯一一款真羊绒",
    ], [
        "咱家只在这一个店卖，唯一官方渠道即此店",
        "售后唯一联系方式是这个窗口",
    ]),
    # a pet name after an endearment (亲爱的宝 / 我的宝)
    "pet_after_endearment": ("jd", "forbidden_address", [
        "亲爱的宝，这款明天发",
        "我的宝，地址改完啦",
    ], [
        "亲爱哒，床垫明早发出",
        "我的宝贝相机在路上了，您不用急",
    ]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text must not


def test_review_gift_read_once():
    """A gift offered for a review is the inducement, not also an off-rules promise of a gift."""
    got = rule_categories("jd", "打完五星后，回头多送您两包纸巾")
    assert "induce_review" in got and "arbitrary_promise" not in got, got
