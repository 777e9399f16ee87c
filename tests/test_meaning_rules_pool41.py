"""General forms of kinds that the blind pool 41 of keyword-free faulty messages showed the rules missing (issue 11,
helper t11w): the JD pet name inside a sentence (Latin baby / bb / qin, after a closing particle, 宝子 / 宝崽 / 宝儿
opening a clause, a doubled 亲 homophone), cold replies (a bare one-character yes or no, a shrug, a filler sound,
two bare words, a message of nothing but a question mark or an ellipsis), crude words of chat (坑爹 / 蛋疼 / 牛掰 /
二货 / a plant emoji for 草), and two wrong readings (当妈的 is no curse; 狗东西 names no platform).

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
"""

from message_kinds import kind_test

KINDS = {
    "pet_name_in_clause": ("jd", "forbidden_address", [
        "明白了baby，晚点给您回电", "不用担心的呢bb，钱会退回您卡上", "刚核对过啦Qin，地址无误",
        "qin放心，赠品跟主商品一起走", "这款耳机能防汗的哈宝子，跑步戴没问题", "宝子要是怕冷就选加绒款",
        "晚上好呀宝崽，今天的单都已经发了", "颜色有三种，宝儿喜欢亮色就挑橘的", "宝子们稍微等等，客服在逐个回复",
        "勤勤～电子票据开出来了",
    ], [
        "BB霜和气垫是两个链接", "我们的bb夹一卡三个", "给宝宝穿的话选A类", "宝儿童餐椅今天有券",
        "比亚迪qin的座套我们有", "宝石蓝和墨绿两个色", "琴弦套装有钢丝和尼龙两种", "这款叫baby蓝，偏浅一点",
    ]),
    "bare_cold_reply": ("jd", "cold_reply", [
        "可", "没。", "中", "随意", "看情况吧", "大概吧～", "不晓得", "木有", "emm", "o", "哦，好", "嗯，行",
        "？", "??", "……", "。。。",
    ], [
        "可以的，当日拍次日送", "没有的，这款只有黑色", "看情况，脚背高就选大一码", "大概三天左右到",
        "emm，我查一下再回复您", "？您指的是哪一单", "好的……我帮您再看看", "哦，好的，地址马上改",
    ]),
    "crude_chat_words": ("jd", "uncivil", [
        "这个卡扣真坑爹，要两只手一起按", "线缠成一团，理起来蛋疼", "厉害，牛批，一口气买了六件",
        "分拣那个二货把单子贴反了", "卧🌿，包裹被原样弹回", "我嘞个大艹，库存显示负数",
        "他大爷的，面单机又罢工", "跟屎似的包装，新盒马上寄",
    ], [
        "这只小狗玩偶憨憨的很招人喜欢", "卧室用的小夜灯🌿图案很好看", "坑底有排水孔", "这款蛋挞模具不粘",
        "二货架上的同款已经清空", "牛排煎锅有两个尺寸",
    ]),
    "mother_not_curse": ("jd", "uncivil", [], [
        "当妈的都想选安全的材料", "做妈的最懂孩子怕热", "宝妈的反馈说这个背带很省力",
    ]),
    "insult_not_platform": ("jd", "disparage_platform", [], [
        "嘴这么硬的狗东西", "你个狗东西还敢来",
    ]),
}

test_kind = kind_test(KINDS)
