"""Rule false flags on blind clean agent lines full of traps (issue 11, stop 30, helper t11u), fixed by cause.

Causes: a channel named in a scam warning or a third party's request to turn down (…都不可信 / …，请您拒绝), a question
about a channel answered by a decline (想加好友？抱歉…), the shop having no store elsewhere (我们没有…店铺), a review reward
disowned, a look-alike disowned (同名的号和我们没关系), Latin letters of a model (TM-80) or a trademark (TM标识), spicy
chicken and waste in a room, the customer's lack of time allowed for, which kind the customer wants, others' data the
agent cannot see.  The true faults of the same words stay.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each cause has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not (the hard negatives).
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # 1. a warning written after the channel: in its clause it governs the pointers before it; in the next clause only
    # with no pointer between; the agent's own 我 makes it an offer
    "warned_after": ("jd", "diversion", [
        "加我微信，别的客服都是骗人的",
        "私聊我更快，外面那些说法别信",
        "淘宝那边更便宜，这边的赠品是假的",
        "拼多多买更划算，请拒绝别家的推销",
    ], [
        "那个昵称带店名的QQ号是冒牌货，售后只在这个窗口",
        "自称安装师傅想私下收款加微信的，请您直接拒绝",
        "要求线下付款的所谓低价货源都不可靠，请走平台订单",
        "陌生号码里叫人扫码加群的消息直接删除就行",
        "快递员说加他微信能改派送时间，这种请忽略",
    ]),
    # 2. a question about a private channel answered by a decline in the next sentence
    "question_declined": ("jd", "diversion", [
        "加个好友吧？上新了我挨个提醒您",
        "方便私聊吗？给您报个底价",
    ], [
        "您是想加个好友吗？不好意思，售后都在这个窗口办",
        "加QQ发图？这个不行哦，图片直接在这里发就行",
        "要私聊吗？抱歉，我们只在店铺客服里接待",
    ]),
    # 3. taobao: a private talk refused, a store elsewhere disowned (the shop has none there)
    "taobao_refused": ("taobao", "diversion", [
        "亲，私聊的话再让您五块～😊",
        "亲，抖音上也开了家分店，去逛逛呀～😊",
    ], [
        "亲，不可以加QQ私聊哦，旺旺上说就行～😊",
        "亲，客服不方便私下联系哦，订单问题旺旺留言呀～😊",
        "亲，我们没有拼多多店铺哦，那里搜到的同款请别点～😊",
    ]),
    "jd_store_disowned": ("jd", "diversion", [
        "拼多多那边我们也开了家，价格低两块",
        "唯品会上搜店名也能买到",
    ], [
        "我们没有小红书账号，那边的笔记请别当真",
        "咱们没有拼多多旗舰店哦，售后只认这个窗口",
    ]),
    # 4. a review reward disowned by the shop, or warned against as a scam
    "review_reward_disowned": ("jd", "induce_review", [
        "好评返现三元，评完发个截屏",
        "晒图就送您两张满减券",
    ], [
        "本店没有晒图返红包的活动，说能领红包的都是骗子",
        "我们从来没有五星送券这种做法，评价随您心意",
        "有人私信说好评返现金的是诈骗，请别理",
    ]),
    # 5. a look-alike disowned is no refusal to help; the matter disowned stays shirking
    "lookalike_disowned": ("jd", "shirking", [
        "件丢了这事跟咱们没关系",
        "售后问题和我们没关系的，找厂家去吧",
    ], [
        "网上那个同名的商城与我们无关，本店别无分店",
        "冒充本店的客服号跟咱们没关系，请认准官方入口",
        "那家仿冒我们包装的店和我们没关系",
    ]),
    # 6. Latin letters of a model number or of the trademark mark: no curse, no platform, no private app
    "model_letters_uncivil": ("jd", "uncivil", [
        "tm的又发错货了",
        "这破系统tm又卡了",
    ], [
        "TM-80这款噪音更小",
        "您要的是TM-120还是TM-150呢",
        "外包装印着TM字样，代表商标",
        "型号TM开头的都是去年的款",
    ]),
    "model_letters_diversion": ("jd", "diversion", [
        "加我vx详聊",
        "去TM买更便宜",
        "加vx-13912345678发图给我",
    ], [
        "WX-30型号适合小鱼缸",
        "VX-7和VX-9的区别是功率",
        "TM-100今天付款明早到",
    ]),
    # 7. spicy chicken is food; waste inside a car or a room is waste to clear
    "spicy_chicken_and_waste": ("jd", "uncivil", [
        "这服务真垃圾",
        "这批配件真辣鸡",
    ], [
        "今天的盒饭有麻辣鸡丁和青菜",
        "辣鸡翅买两份送可乐",
        "这款零食是香辣鸡味的",
        "保洁会清理房间内的垃圾",
        "车内的垃圾师傅顺手清掉",
    ]),
    # 8. the customer's lack of time allowed for is polite; the agent's own 没空 is not
    "no_time_allowed": ("jd", "impolite", [
        "我现在没空，晚点说",
        "没空跟你解释",
    ], [
        "方便的时候回个电话，没空也不要紧",
        "您要是没空签收，可以让家人代收",
        "如果没空去网点，我们上门取件",
    ]),
    # 9. which kind the customer wants is a helpful question
    "which_kind": ("jd", "questioning", [
        "你到底想怎样",
        "那你要怎样？",
    ], [
        "您想要怎样的颜色搭配？我给您推荐",
        "您需要怎样的尺寸？报下身高体重",
    ]),
    # 10. others' data the agent cannot see is declined, not leaked
    "others_data_unseen": ("jd", "privacy_leak", [
        "上一个顾客的地址就在您隔壁小区",
        "您邻居的收货信息这边都能查",
    ], [
        "其他顾客的住址客服是看不到的",
        "别人的订单详情客服无权查看",
        "别的买家的订单我也查不了，只能看您的",
    ]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text must not


def test_warning_and_answer_parts():
    # the refusal config's warnings govern the pointers before them in their clause, not across a clause with a pointer
    # between; the agent's own 我 stops them; a decline opening the sentence after a question refuses what it asked
    from zhijian.engine.clause_context import compile_filter

    lists = {"refusal_negations": [], "refusal_helpers": [], "refusal_verbs": [], "refusal_results": [],
             "refusal_words": [], "refusal_pointers": ["便宜"], "refusal_references": [], "refusal_openers": [],
             "refusal_causatives": [], "refusal_warnings": ["不可信"], "refusal_answers": ["抱歉"]}
    flt = compile_filter("refusal", lambda name: lists[name])
    text = "某站更便宜的不可信"
    assert flt.drops(text, 0, 2)
    text = "某站更便宜，不可信"
    assert not flt.drops(text, 0, 2)
    text = "某站卖的，不可信"
    assert flt.drops(text, 0, 2)
    text = "我在某站卖的不可信"
    assert not flt.drops(text, text.index("某站"), text.index("某站") + 2)
    text = "去某站？抱歉，没有"
    assert flt.drops(text, 1, 3)
    assert not flt.drops("去某站？好的，去吧", 1, 3)
