"""General forms of kinds a blind pool of keyword-free faulty messages missed without the model (issue 11, pool 39,
helper t11ua: shirking, questioning, disparage_peer), with hard negatives of the same words.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not.
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # the agent's hands declared tied in plain words, or the page declared all there is to know
    "powerless_said": ("jd", "shirking", [
        "换新这事我们真使不上劲", "补偿多少我这儿实在爱莫能助", "审核那头我插不上话", "后台按钮灰的，这边点不动",
        "退款卡住了，客服查不到也管不了", "咱一个小客服哪能咋办", "定责轮不到我们判断", "面料成分我也就知道这么多了",
        "色差算不算瑕疵这边判定不了", "赔不赔我这就不表态了", "颜色以页面为准，页面上写啥就是啥",
    ], [
        "放心，不会让您干着急，每天给您报进度", "这边使不上劲的环节，主管那头我帮您约好了", "您说不上来型号也不要紧，拍铭牌给我就行",
        "我知道这么多款式您挑花眼了，我来帮您比", "这边判定不了的情况会送检，费用店里出",
    ]),
    # the remit drawn narrow or the thing disowned with a shrug
    "remit_disowned": ("jd", "shirking", [
        "配件缺了问品牌，店里只是代发的", "前台只管收费，排课不知道", "店里只登记，不处理",
        "那个适配器又不是咱们家的", "施工合同也不是本店签的", "系统问题找品牌，我们是卖硬件的",
        "我只负责接单，调课去问老师",
    ], [
        "我们只收费一次，之后的保养全免", "这边只登记，审核完我帮您约上门", "我们是卖硬件的老店，软件也包教",
        "这个套餐又不是很贵，性价比挺高",
    ]),
    # the customer sent off to a factory, a station, the carrier or "them"
    "sent_away": ("jd", "shirking", [
        "线头多您就联系他们解决吧", "配色的意见亲反馈给他们设计吧", "丢件请您向承运商协商", "做工的事您得去问工厂",
        "没收到就去问驿站", "照片发到厂家的邮箱吧", "到货慢亲打他们的电话问问吧", "兑换码的事问运营哈",
        "课时的事您去跟校长谈",
    ], [
        "亲联系他们时报我工号，我同时帮着催", "凭取件码去驿站取就行", "工厂那头我替您反馈过了",
        "亲可以自行联系工厂，也可以我来对接", "费用的事我去跟主管谈，稍后回您",
    ]),
    # the customer sent to another day, another shift, another call
    "another_time": ("jd", "shirking", [
        "我马上要交班了，亲明天问别的同事", "线路忙，亲换个时间再问", "没通过就过两天再申请试试吧",
        "状态没变，您就等系统自己恢复吧", "回访得看她哪天有空",
    ], [
        "我快下班了，已经交接给晚班同事，明早回复亲", "换个时间再联系也可以，我先把问题记录下来",
        "过两天再申请也行，审核结果我盯着", "系统会自己刷新，我也会通知您结果",
    ]),
    # the fault refused for the shop or the goods, the customer's account doubted or an explanation demanded
    "blame_refused": ("jd", "questioning", [
        "码数是自己挑的，可赖不到店里头上", "电池没充满，别说是手电的锅", "不能什么都往锅具上推", "淋了一夜雨，这能怪帐篷吗",
        "说是拆开就碎的，可对不上", "记录显示亲自签收，您怎么解释", "穿了一整天能不疼吗？", "实在难以相信", "三番五次的，很难不多想",
    ], [
        "运费算不到您头上，放心", "错在店里，这口锅我们背", "这能怪您吗？当然是我们疏忽了，马上补发",
        "这个术语怎么解释呢，就是面料的克重", "单号对不上的话我帮您重新查",
    ]),
    # the customer's handling or their reading of the page doubted
    "handling_doubted": ("jd", "questioning", [
        "合页松了，是不是拿钳子往死里掰的", "亲是不是看成出厂日期了", "耳塞是不是戴反啦", "是不是根本没装滤网就开机",
        "您是拿铁铲硬刮的吧", "音响不响，亲那边是插线板没电吧", "难道不是您没锁好", "说明在第一页，您一页都没读过？",
        "尺码表您没仔细看吗", "买的时候您量了吗", "工单您真收到了？", "亲真的照视频装好了吗", "这单要退，你是认真的么",
        "整批都没事，就您这儿出了毛病", "这道印子真是收到时已经有的？", "磨成这样，可不像两天能用出来的", "您得证明一下是我们漏发",
    ], [
        "是不是根本就没发出？我去仓库查", "您那边是上午收货方便吧？我备注上", "首页就有图解，我也发您一份",
        "下单的时候想要什么颜色都可以备注", "您真的喜欢，赠品我替您申请", "看完报告您就知道为什么不建议暴晒",
    ]),
    # another seller (the one the customer named, the shop next door, "some on the market") run down by what it is
    "peer_run_down": ("jd", "disparage_peer", [
        "您说的那款电饭煲，内胆真叫一个凑合", "旁边那家驾校的教练证都没拿全", "市面上部分床垫以次充好",
        "他家退货率高得离谱，做买卖不讲究", "别人家的茶包都是茶叶末拼的", "对面那个修车铺的师傅都是速成的",
        "别人卖得低，那种屏都是拆机的", "他们家的客服已读不回是常事", "某些直播间的划线价都是拍脑袋定的",
        "别家的米线偷偷加了增白剂和荧光剂", "某米的体重秤读数跟掷骰子差不多",
    ], [
        "您说的那款电饭煲我们也有，容量大一圈", "旁边那家是我们的仓库，发货快", "市面上部分款式需要自己安装，我们送货上门",
        "他家的快递走的顺丰，挺快的", "别家我不了解，我们的内胆是五层的", "某天的订单都已经发出了",
    ]),
    # (pool 38 clean trap) the customer's annoyance granted in sympathy runs no platform down; the agent's own verdict does
    "platform_sympathy": ("jd", "disparage_platform", [
        "平台的审核规则真是越来越坑", "商城那套扣点太高，店里都觉得坑",
    ], [
        "多扣了一笔运费，您肯定觉得坑，平台那边我马上申诉", "优惠券被吞了，换谁都难免觉得坑，我帮您找平台补",
    ]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text does not
