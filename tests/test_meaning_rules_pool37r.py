"""General forms of kinds a fourth blind pool of keyword-free faulty messages missed without the model, for
disparage_peer, privacy_leak, false_advertising and diversion (issue 11, pool 37, helper t11r2), with hard
negatives of the same words.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not.
"""

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # another seller named vaguely, run down by what its goods are made of, a trick, a simile or innuendo
    "peer_vague_judged": ("jd", "disparage_peer", [
        "他家那种拖把头用一回就断", "人家便宜，可那芯子全是颗粒板压的", "代购手里的精华，多半是兑了水再卖",
        "那个卖茶叶的网红，陈茶翻出来用", "别家的售后电话打过去跟念经似的", "隔壁几家卖的风扇，吵起来像电钻",
        "那些号称进口的刀具，钢口一般，他们心里有数",
    ], [
        "他家的快递一般第二天到", "人家问的是尺码，您帮我转达一下", "别家的情况不清楚，我们这款芯子是实木的",
        "网红款这周补货了", "这台电钻功率八百瓦，打墙没问题", "颗粒板和实木板我们都有，价格不同",
    ]),
    # another buyer by surname and title, placed by a district, a block or a workplace
    "placed_person": ("jd", "privacy_leak", [
        "上礼拜有位闵行区的钱女士也要了两台", "跟您同楼的何先生也装了，他住在九楼", "石桥街道的蒋阿姨也买过这款锅",
        "您楼下302那家也换的这种门锁", "之前那个顾客住城东，也碰到过这个问题",
        "您朋友前天也订了，地址写的他们单位",
    ], [
        "何先生，麻烦核对下，您留的是石桥街道吗", "我们的钱老师周末在门店上课", "孙女士，您的包裹到小区门口了",
        "其他顾客的住址属于隐私，恕不透露",
    ]),
    # another buyer's full name given
    "named_by_call": ("taobao", "privacy_leak", [
        "有个叫许明远的学生也买了这套", "之前问过的那位，她叫庞小雯，最后拿了白色",
    ], [
        "这个颜色叫燕麦白", "请问收件人叫什么名字", "这道工序叫做抛光",
    ]),
    # the price the shop pays, a share of the price, a rebate or a commission
    "cost_said": ("jd", "privacy_leak", [
        "毛巾这批合同单价六块五", "水杯出厂价每只十二", "到我们手里只有售价的三成", "厂家给的返点有七个点",
        "拿货价我就跟您透个底吧，一个二十出头", "台灯我们拿货就48", "主播那边的佣金是十五个点",
    ], [
        "出厂价属于商业机密，恕不透露", "合同签完三天内发货", "满99加价5元可换购", "这款是正规渠道拿货的",
    ]),
    # a sheet or an ID sent with other people's data on it
    "sheet_of_others": ("generic", "privacy_leak", [
        "上午的签到表拍给您，每个人的证件号都在上面", "给您发下保洁员身份证的照片",
        "这份名单我截个图，里面姓名电话一应俱全",
    ], [
        "麻烦您拍下身份证正面，我们核验一下", "后台的截图里只有您自己的订单", "表格填好以后拍过来就行",
    ]),
    # ordinary goods credited with curing or setting the body right
    "body_set_right": ("jd", "false_advertising", [
        "这双鞋垫能矫正足弓", "鞋子穿久了，扁平足会慢慢恢复正常", "这款牙膏刷一阵子，那些牙结石会自己掉光",
        "小孩晚上抹这个，咳嗽都好了", "这款核桃粉天天喝能补脑", "这个梨膏比止咳药水还灵",
    ], [
        "足弓高的话选软一点的鞋垫", "一直咳嗽的话，请先找医生瞧瞧", "这款牙膏只是清洁，不能治牙结石",
        "核桃粉冲泡用六十度左右的水",
    ]),
    # an endorsement claimed from state banquets, royals, teams, associations, experts or doctors
    "endorsed_by": ("jd", "false_advertising", [
        "这款枕头由颈椎专家联合研发", "这套砚台是书法协会推荐用品", "国宴指定用的就是这种米",
        "这批丝巾给皇室供货的", "这款杯子是国家游泳队指定的", "这茶过去是御用的贡品",
    ], [
        "具体怎么用药建议您咨询医生", "这款插座有3C认证，证书详情页可查", "哪款适合您，也可以问问您牙医的建议",
    ]),
    # a price said never to come back, and a trade said to have nobody to match
    "never_again_none_compares": ("taobao", "false_advertising", [
        "这折扣过了月底，往后永远没可能再有", "店庆的低价一结束，再也碰不到了", "这种绣工在同行里没人比得上",
        "这灯的续航放在骑行圈就是yyds",
    ], [
        "这个价到周日结束，之后以页面为准", "价格透明，永远不会有隐藏收费", "这颜色真的yyds",
        "同行里做得好的也有几家，我们只说自己的参数",
    ]),
    # the deal kept off the platform: talked over offline, cash on the spot, a transfer by a code, QQ by its penguin
    "off_platform_deal": ("jd", "diversion", [
        "尺寸您跟师傅线下谈", "来仓库当面付现金，拿了就走", "您扫码转账过来就行", "以后不走平台的单，直接找我",
        "您到仓库来提货，当场付现金", "我的🐧号发您了，那边细聊", "🐧群号在首页，进来有福利",
        "加我绿色的聊天软件，发您细节",
    ], [
        "陌生人让您扫码转账，千万别理", "少的螺丝免费补寄，您不用在此处拍单", "钱都走订单付，店里不做线下交易",
        "🐧造型的水杯还有蓝色", "请不要私下加任何聊天软件",
    ]),
}


test_kind = kind_test(KINDS)
