"""Pool 41 (issue 11, helper t11x): impolite, diversion, abuse and disparage_platform kinds, hit and clean."""
from message_kinds import hit_clean_tests

HITS = [
    # impolite: the answer said given already, counted another way
    ("jd", "impolite", "退换规则早先都讲过了"),
    ("jd", "impolite", "重复第五遍：不送耳机"),
    ("generic", "impolite", "这都是第四遍了，课时不退"),
    ("jd", "impolite", "今天你是第九个顾客问这个"),
    # impolite: sent away to decide first, or too busy
    ("jd", "impolite", "颜色您先定好了再喊我"),
    ("taobao", "impolite", "亲要几斤想明白再来问呗"),
    ("jd", "impolite", "我手上事情一堆，晚点再说"),
    ("jd", "impolite", "先把地址报来，其他的都别说了"),
    # diversion: store or warehouse, money off the order, contact stand-ins, platform nicknames
    ("jd", "diversion", "到我们杭州的实体店试穿，合适当场拿走"),
    ("jd", "diversion", "整箱的话卡里汇我，这边就发"),
    ("jd", "diversion", "售后别等了，加我个好友私聊"),
    ("jd", "diversion", "新款在马爸爸家先上，搜店名就有"),
    ("jd", "diversion", "🧸v❤号同步更新款式"),
    # abuse: harm wished, survival mocked, looks, family, a threat with the address
    ("jd", "abuse", "你这种人出门小心遭报应"),
    ("generic", "abuse", "这种脑子也能平安活到今天啊"),
    ("jd", "abuse", "怕是您家里人也都这么笨"),
    ("jd", "abuse", "你地址我这儿有，嘴上悠着点"),
    # disparage_platform: rulings by chance, promises drawn in the air
    ("jd", "disparage_platform", "那套价保条款纯属文字游戏，平台说了算"),
    ("jd", "disparage_platform", "小二判责跟掷骰子没两样"),
]

CLEAN = [
    ("jd", "尺码那条早先答过，我再跟您讲讲"),
    ("jd", "您不急，琢磨定了随时喊我"),
    ("jd", "抱歉手头事多，这就替您核实"),
    ("jd", "退货请寄回我们仓库，退货地址见售后单"),
    ("jd", "钱款按原路返还，请留意银行短信"),
    ("jd", "我们不加好友，订单的事在这里说就行"),
    ("jd", "收件住址我这儿有，跟您对下楼号"),
    ("jd", "价保照页面条款申请就好，我替您瞧瞧"),
    ("jd", "第二个问题：可以开专票"),
]


test_hit, test_clean = hit_clean_tests(HITS, CLEAN)
