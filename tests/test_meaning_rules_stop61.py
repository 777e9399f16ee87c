"""Stop 61 (helper m61, issue 11): message kinds the fresh45 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), the clean shapes the model layer now sets aside and their faulty twins it still reads
(``DECLINED`` / ``STILL_READ``), and, by id only, the fresh45 lines each kind set right (``FIXED``: read from the set,
judged exact as benchmarks/line_verdicts.py judges them, rules only and rules + model).
On the start code (a4efc5d) 104 of this file's 188 cases fail.
"""

from __future__ import annotations

from message_kinds import clean_now_test, declined_tests, kind_test, read_lines_exact_test

KINDS = {
    # arbitrary_promise: decades of use vouched unworn
    "decades_unworn": ("jd", "arbitrary_promise", ["这把菜刀切上二十年也不卷刃"],
                       ["菜刀正常用好几年没问题，钝了磨一磨就行", "这双雨靴不少老顾客穿了好几季"]),
    # privacy_leak: a third person's home told, the cost fetched from the factory, the staff's whole handbook sent
    "third_party_address": ("generic", "privacy_leak",
                            ["买走最后一台的是孙女士，收货地址在兴业街5号，您可以去找她"],
                            ["您的收货地址在兴业街5号，对吗", "安装师傅他住得近，很快就到"]),
    "factory_fetched": ("taobao", "privacy_leak", ["亲，这款我们从厂家进过来八块一个", "亲，打批发市场拿回来也就六块"],
                        ["亲，这款是厂家直供，质检报告可以发您", "亲，从厂家发货大概两天到"]),
    "handbook_sent": ("jd", "privacy_leak", ["公司整套的客服话术我一起转您"], ["整套茶具的使用说明我拍给您"]),
    # shirking: the bare 不管, settled once signed, a desk not ours; not knowing and try it alone; the fault laid flatly
    "not_ours_to_mind": ("jd", "shirking", ["赠品发没发的咱们这边不管哦", "货一签字了就两清了", "退税不归我们售后，我这儿也搞不了", "快递一签收就算两清，后面别问了"],
                         ["不管刮风下雨我们都按时发", "签收以后发现毛病也随时找我"]),
    "try_it_yourself": ("jd", "shirking", ["这锅能不能上电磁炉我不确定，您自己试一试", "能不能机洗我也说不准，你自个儿试下"],
                        ["能不能机洗我不确定，我去问下厂家马上回您", "您可以先用冷水试一小块，有问题我来处理"]),
    "fault_laid_on_you": ("jd", "shirking", ["灯不亮是您自己插反了", "表带断了就是你自己扯断的", "是你自己泡坏了"],
                          ["不是您自己插反的，是接口松了", "是快递路上磕的还是您自己磕裂的，我看下照片"]),
    # abuse: the customer's talk called rubbish, a goldfish's memory, made famous online
    "nonsense_speech": ("jd", "abuse", ["你说的都是些什么胡话", "能不能说句人听得懂的", "你讲的啥屁话", "就不能好好说句人能听懂的"],
                        ["不好意思我没听明白，您能再说一遍吗", "这个说法有点绕，我换句话讲"]),
    "goldfish_memory": ("taobao", "abuse", ["亲，刚讲完就忘，七秒记忆吗", "亲，跟金鱼的脑子似的", "亲，你这是鱼的记忆吧"],
                        ["亲，金鱼缸的氧气泵有现货", "亲，没关系，我再发您一遍"]),
    "shamed_online": ("jd", "abuse", ["再吵下去就让你在微博上出名"], ["您的信息我们会保密，不会发到网上"]),
    # questioning: 怪谁 asked back bare, a verdict against an unchecked step, hand it over first and stop asking
    "who_to_blame_bare": ("jd", "questioning", ["您自己把包装扔了，怪谁呢？", "超时才申请，又怨谁啊？", "您把说明书弃了，赖谁呢？"],
                          ["这事不怪谁，我给您补寄", "不怪您，是页面写得不够细"]),
    "verdict_unchecked": ("taobao", "questioning", ["亲，插电都没试过，怎么就说坏了呢", "亲，先别急着说质量问题，按说明装好了吗", "都没量过，咋知道不合适",
                           "先别着急认定是质量问题"],
                          ["亲，没试过的话可以先插电试试，不行我给您换", "亲别着急，我帮您看看是哪一步的问题"]),
    "hand_over_first": ("jd", "questioning", ["先把付款截图传过来再说，不要老问了", "先把退货单号报上来再说，少啰嗦", "先把购物小票拿出来再说，别总问"],
                        ["您先把付款截图发过来，我帮您核对", "麻烦先把退货单号发我，其他的随时问"]),
    # impolite: quick with it, busy; want to, then do; answers counted; others queueing
    "hurry_up_speak": ("generic", "impolite", ["有话快点讲，我这还有事"],
                       ["您有什么问题尽管说，我都在", "刚才在忙别的订单，回复慢了抱歉"]),
    "as_you_please": ("jd", "impolite", ["想拍就拍吧，无所谓"],
                      ["想退的话我帮您提交申请", "要换的话告诉我尺码，我给您安排"]),
    "counted_answers": ("taobao", "impolite", ["亲，这个已经回复五遍了哈"],
                        ["亲，清洗三遍以后再用更放心", "亲，已经帮您催了三次，我再跟进"]),
    "queue_brushoff": ("jd", "impolite", ["我这里还有别的顾客在排队，你自己看说明吧"], ["我这里还有别的顾客在排队，稍后马上回您"]),
    # cold_reply: a bare interjection and a bare verb with 了
    "bare_verb_reply": ("jd", "cold_reply", ["嗯，到了", "哦，改了"], ["嗯，到了，您看下快递柜", "哦，已经帮您退了，注意查收"]),
    # disparage_platform: the system mocked by a simile, the commission black
    "platform_mocked_more": ("jd", "disparage_platform", ["京东这后台系统卡成幻灯片了", "平台佣金这么黑，我们也没办法", "平台那破系统卡得像乌龟"],
                             ["系统有点延迟，您的图片我已经看到了", "平台的扣点规则商家后台都能查到"]),
    # diversion: the agent's own second-hand listing, search my nickname; payment to the company account
    "secondhand_listing": ("jd", "diversion", ["这款断货了，闲鱼上我还有两台，您去看看", "转转上我自己也放着一台，去看看"],
                           ["这款断货了，到货我马上通知您", "在店铺里搜这个型号就能看到"]),
    "pay_direct": ("generic", "diversion", ["钱直接转账到公司的对公账户就行", "打款到我们的对公账户就行"],
                   ["专票您在平台下单后申请就行", "退款会原路返回您的支付账户"]),
    # false_advertising: keeping time multiplied, months-old food as fresh
    "freshness_multiplied": ("jd", "false_advertising", ["这个保鲜盒让保鲜期延长八倍", "草莓放两个月拿出来像刚摘的一样", "保质期能提升三倍"],
                             ["保鲜盒密封好，冷藏能放得久一些", "草莓建议两三天内吃完"]),
    # induce_review: a satisfied review paid
    "satisfied_review_paid": ("jd", "induce_review", ["您给个好的评价，回头返您两块", "留段满意的评语，我多给您三块", "打个好的点评，返您现金"],
                              ["觉得还行就欢迎给个评价，谢谢支持", "留个真实的评价就好，好坏都行"]),
    # disparage_peer: the smell, rust in weeks, odd parts, one wash and gone, buy it and regret it, toys, fooling people
    "peer_more": ("jd", "disparage_peer",
                  ["他们店的拖把布一股刺鼻的胶味", "别家电热毯里装的全是杂牌电芯", "外头那些锅铲一擦就掉色",
                   "隔壁家那款水杯谁买谁后悔", "某凯牌子的剪刀三个月就发黄", "其他维修点换屏纯属糊弄人", "他们家那款拖鞋味道冲得呛鼻子"],
                  ["我们的拖把布没有异味，放心用", "这款不粘锅要用软布洗，涂层更耐用", "别家那款水杯容量大一些，看您需要"]),
}

test_kind = kind_test(KINDS)


test_clean_now = clean_now_test([
    # the customer's account said to be understood before the remedy doubts nothing
    ("jd", "questioning", "您说的毛病我都能理解，尺寸对不上确实麻烦，马上给您换大一码"),
    # a swap for life is the promise's term (read as arbitrary_promise by common.promise.paid_or_swapped), no advertising
    # claim
    ("jd", "false_advertising", "这个保温杯坏了终身包换"), ("jd", "false_advertising", "台灯用坏了我们终身免费换"),
    # the customer's own doing guessed at is the questioning rules' reading, no shirking
    ("jd", "shirking", "估计是您自己插偏了，我教您重新插"),
])


# (category, a clean sentence whose every clause the model layer sets aside for that category)
DECLINED = [
    ("questioning", "我这边没太看懂您的问题"),
    ("questioning", "如果您不确定是哪一代，看机身背面的型号就能判断"),
]

# the same shapes with the words that make the fault: still read
STILL_READ = [
    ("questioning", "我没听懂您说的到底是哪件"),
    ("questioning", "要是您不知道自己到底买的哪款，那就别来问了"),
]

test_declined, test_still_read = declined_tests(DECLINED, STILL_READ)


# fresh45 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "decades_unworn": ["f45-m028"],
    "third_party_address": ["f45-m035", "f45-h090"],
    "factory_fetched": ["f45-h045"],
    "handbook_sent": ["f45-h058"],
    "not_ours_to_mind": ["f45-m088", "f45-m280", "f45-h153"],
    "try_it_yourself": ["f45-m057"],
    "nonsense_speech": ["f45-m128"],   # with fault_laid_on_you
    "goldfish_memory": ["f45-m134"],
    "shamed_online": ["f45-h136"],
    "who_to_blame_bare": ["f45-h096"],
    "verdict_unchecked": ["f45-m137", "f45-m252"],
    "hand_over_first": ["f45-h087"],
    "hurry_up_speak": ["f45-m178"],
    "as_you_please": ["f45-m272"],
    "counted_answers": ["f45-m282"],
    "queue_brushoff": ["f45-m064"],
    "bare_verb_reply": ["f45-m143"],
    "platform_mocked_more": ["f45-m095", "f45-h023"],
    "secondhand_listing": ["f45-h048"],
    "pay_direct": ["f45-h155"],
    "freshness_multiplied": ["f45-m147"],
    "satisfied_review_paid": ["f45-m115"],
    "peer_more": ["f45-m014", "f45-m072", "f45-m138", "f45-m247", "f45-h002", "f45-h121", "f45-h144"],
    "clean_now": ["f45-m235", "f45-h150"],
    "declined": ["f45-m229", "f45-m291"],
}


test_fresh45_line_exact = read_lines_exact_test(FIXED, ("fresh45_messages.jsonl", "fresh45_hard_messages.jsonl"))
