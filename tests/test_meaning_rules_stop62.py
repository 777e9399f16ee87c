"""Stop 62 (helper m62, issue 11): message kinds the fresh46 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shape the rules flagged before
(``test_clean_now``), the clean shapes the model layer now sets aside and their faulty twins it still reads
(``DECLINED`` / ``STILL_READ``), and, by id only, the fresh46 lines each kind set right (``FIXED``: read from the set,
judged exact as benchmarks/line_verdicts.py judges them, rules only and rules + model).
On the start code (d101756) 107 of this file's 197 cases fail.
"""

from __future__ import annotations

from message_kinds import clean_now_test, declined_tests, kind_test, read_lines_exact_test

KINDS = {
    # disparage_peer: a rival's goods beyond comparison with ours, better to buy ours, called 三无; a rival's staff
    "peer_beyond_compare": ("jd", "disparage_peer",
                            ["别家的烧水壶烧两回就一股水垢味，跟咱们的没法比", "隔壁家的晾衣架晃得厉害，根本没法比",
                             "他们家的收纳盒一压就瘪，用人家的还不如用咱家的", "街对面那种几块钱的发夹全是三无"],
                            ["别家的烧水壶容量大，跟咱们的各有所长", "咱们的晾衣架底座加宽过，很稳", "他们家的收纳盒颜色多，我们家的偏素一些"]),
    "peer_staff": ("jd", "disparage_peer", ["那家店的导购啥都不懂，乱推荐", "对面店的主播什么都不懂"],
                   ["对面店的导购也挺热心的", "我们的导购会按您的身高推荐"]),
    # arbitrary_promise: payouts set on the agent's own word
    "self_payout": ("jd", "arbitrary_promise",
                    ["明早十点前没送到，迟一小时赔您双倍", "这把伞要是掉了一根伞骨，我赔您三把", "差的那八块我私下给您补上",
                     "差价我月底转到您微信上", "这套被子有任何毛病我都包赔", "有任何故障都包赔，连带坏的插座一起赔",
                     "这个水龙头一辈子都免费包换", "您先点签收，我偷偷给您寄两包纸巾，别跟其他人讲"],
                    ["预计明早送到，延误可以按平台规则申请赔付", "差价走价保流程，审核完原路返还",
                     "有任何故障都能找我，按三包规定处理", "保修三年，期内免费换新"]),
    # privacy_leak: the works' cost; another buyer's home or place; other customers' records sent along
    "works_cost": ("jd", "privacy_leak", ["这批毛巾厂里出来就是两块多一条", "这种挂钩是从东莞一家工厂进的，一个才八块"],
                   ["这批毛巾厂里出来都有吊牌", "从东莞的工厂发货，三天左右到"]),
    "other_buyer": ("jd", "privacy_leak",
                    ["有位买过同款的客户家庭住址在丽景小区5栋", "浦东区锦绣路的王丽前天退回来一台", "表格发您了，里头夹着别的顾客的电话"],
                    ["您的家庭住址在丽景小区5栋，对吧", "其他顾客的电话不方便透露", "表格里只有您自己那单的快递进度"]),
    # questioning: wavering thrown back; evidence or nothing, disbelief, ordered unread, measured how, shouting
    "wavering": ("generic", "questioning",
                 ["一会儿要这个一会儿又那个，您定下来再说", "先想明白了再联系", "鞋码是您自己定的，现在又嫌大", "现在又嫌颜色深，到底要什么色？"],
                 ["不着急的，您琢磨好了随时喊我", "尺码是您挑的那款，我帮您换大一号", "一会儿我把颜色对比图发您"]),
    "evidence_or_nothing": ("jd", "questioning",
                            ["没有照片我凭什么信你", "没有小票就别再聊退货了", "是不是没看仔细就付款了？", "买之前一眼都没看？",
                             "说秤不准，您是用啥称的？", "别动不动就嚷着要投诉"],
                            ["没有照片也不要紧，描述一下就行", "您是用什么称的呀？家用秤有误差，我陪您校一下",
                             "付款前没看到优惠券也没关系，我帮您申请"]),
    # impolite: no time for you, a bare 随您 and pick it yourself
    "no_time": ("generic", "impolite", ["可不可以长话短说，我这儿忙", "我可没那么多时间跟你耗", "随你，颜色你自个儿挑"],
                ["您慢慢讲，我听着", "随您方便，挑好了告诉我", "简单点说，这款更适合小户型"]),
    # shirking: not knowing said last, a case refused with buy a dearer one
    "not_knowing_last": ("jd", "shirking", ["这款进不进得了洗碗机，这个不知道哈", "灯泡坏了咱们修不了，以后买个好点的吧"],
                         ["这个不知道哈，我马上找库房确认，稍后回您", "洗碗机能放，这个我查过了"]),
    # abuse: mocking wits, a pig taught, dreaming, 看不懂中文, a threat at the door
    "mocking": ("jd", "abuse",
                ["连开关都看不懂还要退货，真是让我开眼了", "眼神那么不好使就甭买了", "讲给猪听都听懂了", "一百块想买真丝，白日做梦",
                 "你是不认识汉字吗", "别逼我去找你", "再写差评试试"],
                ["连续三天按时服用效果更好", "孩子做梦都想要这款积木，您家宝宝一定喜欢", "您看不懂中文说明的话，我发图解给您",
                 "安装工出发前会先电话约您"]),
    # disparage_platform: its buyers suckers, its flow and rules a torment
    "platform_suckers": ("jd", "disparage_platform", ["这平台上下单的都是冤大头", "平台的售后流程太拖拉了", "平台的审核规则实在恶心"],
                         ["平台的售后流程我帮您走，一般两天", "平台规则是七天无理由，放心"]),
    # false_advertising: proof a hundred per cent, soaked and never wet, as good as a laboratory or a hospital
    "total_proof": ("jd", "false_advertising", ["这款水壶百分百防漏", "表放海里泡半年也不会进水", "这台测温枪完全能取代医院的体温计"],
                    ["这个水杯密封圈加厚，正常使用不漏", "日常洗手溅水没问题，别泡水里", "家用测温仅供参考，以医院为准"]),
    # induce_review: a full score for a voucher or a red packet
    "score_reward": ("jd", "induce_review", ["回访电话里打个满分，送您一张代金券", "评价点满五星，截图来领红包"],
                     ["回访电话里请按真实体验打分就好", "评价随您心意写，好坏都行"]),
    # cold_reply: a bare figure with its unit, 嗯 / 哦 with a clipped statement
    "bare_value": ("jd", "cold_reply", ["37码", "1.5米。", "嗯，不能退。", "哦，没有赠品"],
                   ["37码的哦，平常您穿多大的鞋呀", "嗯，可以退的，您放心", "1.5米的床单有现货哦"]),
}

test_kind = kind_test(KINDS)


test_clean_now = clean_now_test([
    # a redo for the goods' own flaw after the platform's rule is cited is the rule and its remedy, no favour promised
    ("jd", "arbitrary_promise", "依照平台规定，刻名字的定制款不能无理由退，抱歉了；如果是木料本身有裂，我们负责免费重做"),
])


# (category, a clean sentence whose every clause the model layer sets aside for that category)
DECLINED = [
    ("privacy_leak", "这批围巾是店长亲自跑到车间选的花色"),
    ("disparage_peer", "盛出来差不多是面馆一碗的分量"),
]

# the same shapes with the words that make the fault: still read
STILL_READ = [
    ("privacy_leak", "这批围巾是老板亲自跑厂里压的价，成本才十块"),
    ("disparage_peer", "差不多是面馆一碗的分量，那家店的面全是糊弄人的"),
]

test_declined, test_still_read = declined_tests(DECLINED, STILL_READ)


# fresh46 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "peer_beyond_compare": ["f46-m034", "f46-m092", "f46-m147", "f46-m177", "f46-h115"],
    "peer_staff": ["f46-m255"],
    "self_payout": ["f46-m047", "f46-m156", "f46-m185", "f46-m248", "f46-m265", "f46-h050", "f46-h063", "f46-h155"],
    "works_cost": ["f46-m050", "f46-h040"],
    "other_buyer": ["f46-m129", "f46-h043", "f46-h047"],
    "wavering": ["f46-m078", "f46-h011"],
    "evidence_or_nothing": ["f46-m094", "f46-m160", "f46-m272", "f46-h007", "f46-h022", "f46-h065", "f46-h144"],
    "no_time": ["f46-m171", "f46-h114"],
    "not_knowing_last": ["f46-m220", "f46-h130"],
    "mocking": ["f46-m225", "f46-m271", "f46-h002", "f46-h019", "f46-h148", "f46-h160"],
    "platform_suckers": ["f46-m138", "f46-m232"],
    "total_proof": ["f46-m179", "f46-h033"],
    "score_reward": ["f46-h004", "f46-h079"],
    "bare_value": ["f46-m099", "f46-h024"],
    "clean_now": ["f46-h046"],
    "declined": ["f46-m037", "f46-h027", "f46-h092"],
}


test_fresh46_line_exact = read_lines_exact_test(FIXED, ("fresh46_messages.jsonl", "fresh46_hard_messages.jsonl"))
