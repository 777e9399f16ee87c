"""General forms of kinds a blind pool of keyword-free faulty messages missed without the model (issue 11, pool 39,
helper t11ub: arbitrary_promise, privacy_leak, false_advertising, induce_review, and diversion by ``V:`` + an id),
with hard negatives of the same words.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not.
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # a fault supposed (要是… / 还…的话) and a new one of a kind, a full refund or a second one given by the agent
    "fault_then_new_one": ("jd", "arbitrary_promise", [
        "水壶要是漏，回头给你换台新的", "面霜擦完还长红疹的话，店里全款退", "护膝戴着还过敏的话我再送您一副",
        "冲锋衣要是开胶，店长给您换件新的", "键盘敲着还有杂音的话，直接换新款给您",
    ], [
        "要是不保温，麻烦拍个视频，按售后政策处理", "还长红疹的话请先停用，尽快就医", "要是有杂音，您先录一段发我",
        "这只水壶是全新未拆封的",
    ]),
    # the policy or the check named as lapsed or against the customer, and the agent doing it anyway
    "despite_lapse": ("jd", "arbitrary_promise", [
        "质保期已经过了，也没事，店里免费修", "判定是人为的，也照样给您换", "红包过期也没事，钱我回头补给您",
        "价保期过了也不怕，差额退给您",
    ], [
        "质保期过了还能修，不过要收维修费", "红包过期了就用不了，下次活动再领", "判定是人为损坏，可以付费维修",
        "您的包裹过了中转站，明早能派送",
    ]),
    # a repair promised to leave the goods as new
    "repaired_as_new": ("jd", "arbitrary_promise", [
        "表带修好以后和新的没区别", "返厂修复完同新品一模一样", "沙发皮面补好后一丝印子都瞧不出",
    ], [
        "修好以后可能会留一点点印子，用起来没影响", "返厂维修大概要一周", "新的和旧的款式没区别，您放心选",
    ]),
    # a sum paid back many times over by the agent
    "many_times_over": ("jd", "arbitrary_promise", [
        "运费您先垫，收货后我三倍返给您", "降价了我加倍补给您", "差的钱我补两倍",
    ], [
        "会员日积分双倍返还", "按法律规定，欺诈的三倍赔偿由法院认定", "这款容量是普通款的两倍",
    ]),
    # the agent vouching for a review that is not theirs to decide
    "approval_assured": ("jd", "arbitrary_promise", [
        "审核那块我打好招呼，您安心等", "审批部门我都熟，您等消息就行", "审核员那边肯定能过，放心提交",
    ], [
        "审核结果以售后部门为准", "审核这边会尽量帮您加急", "资料齐了审核一般没问题吗？我帮您问问",
    ]),
    # a replacement for life or without limit
    "endless_replacement": ("jd", "arbitrary_promise", [
        "这把剪刀一辈子包换", "坏了就寄回来，换多少次都行",
    ], [
        "同一订单申请多少次都不行，只能申请一次", "这把剪刀用一辈子都没问题吗？得看保养",
    ]),
    # another buyer named by a surname and a title beside what they bought, returned or the block they live in
    "named_buyer": ("jd", "privacy_leak", [
        "昨天退了两件的是南京的蒋女士", "跟您同一栋楼的一位彭先生订了两箱", "有个姓韩的大哥买了一整箱",
        "退货的有吕女士、潘先生，都嫌偏大",
    ], [
        "尊敬的蒋女士，退款今天到账", "彭先生下午好，茶具今天发出", "不少顾客觉得偏大，选小一码更合身",
        "我们老板今天不在店里",
    ]),
    # the cost or the margin told with what follows it
    "cost_told": ("jd", "privacy_leak", [
        "这批袜子拿货一打三十", "说实话成本其实才七块出头", "这款的结算价每件才八块", "出厂价连零售价两成都没有",
        "现在两成利都保不住了",
    ], [
        "出厂就经过了质检", "成本这块我真不清楚", "店庆让利三成，欢迎来看",
    ]),
    # a contract the shop signed, the maker's sheet, a whole list with everyone's contact data
    "internal_sheet": ("jd", "privacy_leak", [
        "店里跟供货方签的合同，拍给您瞧瞧", "厂家给我们那份底价单我发您", "获奖者名单我有完整的表格，每人手机都在上面",
    ], [
        "合同条款请看页面说明", "中奖名单在活动页公布", "底价多少我没法透露",
    ]),
    # the trade or the category said to hold no rival
    "no_rival": ("jd", "false_advertising", [
        "这个做工同行没有一家做得到", "咱这销量放类目里没人赶得上", "这钢材在圈子里没有对手",
    ], [
        "同行没有卖这款的吗？我帮您问问", "行业里没有统一标准，尺码略有差异", "这个颜色全网都没货了",
    ]),
    # aerospace or military grade, an authority's or a state department's name
    "authority_grade": ("jd", "false_advertising", [
        "水杯用的航天级不锈钢", "这个背包是军工标准的面料", "这款奶粉经过权威认证", "这门课是卫生部门推荐的",
    ], [
        "这个不是航天材料，就是普通铝", "这款有3C认证，证书在详情页", "晚上能用望远镜看卫星吗？我问问",
    ]),
    # no chemistry at all, pure-natural without additives
    "no_chemicals": ("jd", "false_advertising", [
        "这条毛巾丝毫化学东西都不加", "这瓶洗发水半点化学物质都不含", "这块木板一丁点化学残留都没有",
    ], [
        "原料纯天然，配料表里有少量防腐剂", "化学纤维的面料更耐磨", "请勿与化学清洁剂混用",
    ]),
    # weight lost by the pound, height or a jump by the centimetre
    "body_change": ("jd", "false_advertising", [
        "每天一杯，十天瘦四斤", "穿这款鞋练，弹跳能涨五公分", "喝这款奶粉，个子能多长两厘米",
    ], [
        "您要是瘦五斤的话可以换小码", "身高一米六五的选M码", "每个人体质不同，瘦几斤得看饮食",
    ]),
    # an ordinary good equal to or replacing a health product, a check or a clinic treatment
    "medical_equal": ("jd", "false_advertising", [
        "这款燕麦天天吃，相当于吃保健品", "这个按摩仪能代替理疗", "测血压跟医院的差不多",
    ], [
        "手环读数当参考就好，它代替不了体检", "这款是零食，不是保健品", "身体不舒服还是要去医院看看",
    ]),
    # a survey or service score of ten, every star, a bigger refund or a parcel for a review
    "review_paid": ("jd", "induce_review", [
        "客服评价您打十分，这单运费就减免", "点全星的顾客下单能叠加一张券", "那条一星要能撤掉，新滤网免费给您寄过去",
        "那条中评撤了吧，我免费给您寄副手套", "给个低分的话，咱这小铺就撑不下去了",
    ], [
        "师傅再过十分钟到", "评价您如实写，退款照常办", "一星五星都行，照实际体验评就好",
    ]),
    # V with a colon and an account id after it
    "v_colon_id": ("jd", "diversion", [
        "V：home_deco22 加的时候备注", "v🌸：mia_store 备注老客",
    ], [
        "适配器输出12V：3A", "这件是V领：适合夏天", "型号V：ab300 的滤芯也能用",
    ]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text does not
