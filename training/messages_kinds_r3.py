"""Fifth round of keyword-free kinds (issue 11, helper t11c): the KINDS the shipped model still missed or
over-flagged on the fourth set of messages written by someone who had not read our code (fresh4, read for diagnosis
from this round on).  Registered after every earlier round, so the grammars above draw the same sentences as before.

Each grammar is a kind written from the seeds (000-004), with many fillers per slot and hard negatives of the same
shape; no sentence of any dev, fresh, hard or test set is copied, and no clause of six characters or more is shared
with a fresh4 message (``tests/test_semantic_model.py``).  Precision first:

* the platform's delivery and services named in short plain clauses (京东快递 / 京东物流 … 通常隔天就到): a bare
  平台快递 clause otherwise reads as the start of a complaint (the candidate of round four flagged 京东快递一般是次日达);
* the platform's programmes and tools named in ordinary statements (京豆 / 白条 / PLUS / 咚咚 …) beside the same
  names judged (disparage_platform), and the chat tool blamed for lost messages (disparage_platform, not shirking);
* refusals that lean on "the system" (shirking, not platform disparagement) and their helpful twins;
* a payment taken around the order (diversion) and the plain statement that the platform charges a fee (clean);
* cost price stated with a sigh (privacy_leak, not questioning); other shops' staff called liars (disparage_peer);
* weary recognition of a returning customer (impolite, not uncivil) and its kind opposite (clean);
* "we only sell online" (clean);
then the kinds it missed: threats without swear words (seed 000 恐吓), "whoever did it, go to them" and a third
party with "not our business" beside a third party's rule stated with help (004 推诿), doubting a report by guessing
misuse (000 责问质疑), impatience and "go read it yourself" (004 态度厌烦), firm outcome promises with a time and
"it will never break again" (000 随意承诺), vague references to other shops (000 诋毁同行).

Tried in this round and left out (each cost recall on the earlier fresh sets or moved a threshold the wrong way):
mockery of money and brains (raised the impolite and lowered the abuse threshold), a dismissive "好好好，您说了算"
(read 我说了算 promises as impolite), belittling "first time?" questions (pulled schooling mockery into questioning),
ticket numbers read out (lowered digits as diversion), an offline stall, options compared by letter, and rewards for
a rating (the review threshold rose).
"""

from __future__ import annotations


def register_r3(G, L, pools: dict) -> None:  # noqa: C901 - one flat list of grammars, data only
    goods, neutral = pools["GOODS"], pools["NEUTRAL"]

    # ---- abuse: threats without swear words ------------------------------------------------------
    G("kind.r3.abuse.threat", "abuse", "{c}，{t}|{t}|{c}，{t}，{x}", {
        "c": L("您再闹|再让我看到您这种评价|还敢来电话|您要是再投诉|再这么缠着|再敢挂差评"),
        "t": L("出了什么事自己担着|您就等着瞧吧|咱们走着瞧|有您好受的|到时候可别哭|我找几个人上门跟您好好聊聊|"
               "晚上走路小心点|您家那片我熟得很|别怪我找上门"),
        "x": L("我说到做到|不信您试试|我可不是吓唬您|我可提醒过了")}, 260, key="t", style="harsh")
    G("kind.r3.abuse.threat.neg", "", "{c}，{h}|{h}", {
        "c": L("您要是再来电|下次您联系我们|如果您再打过来|您再次咨询的时候|以后再有问题"),
        "h": L("报一下工单号就能直接查到|直接转我这边就行|我们会优先处理|不用重复描述问题|系统会自动转给上次的客服|"
               "我们会有专人跟进")}, 220, key="h")

    # ---- impolite: weary recognition, impatience, go read it yourself ----------------------------
    G("kind.r3.impol.again", "impolite", "{a}，{b}|{a}{b}|{b}", {
        "a": L("怎么还是您|您怎么又来了|您今天第二回了|您又找来了|您今天第几回来了|今天第三趟了吧"),
        "b": L("又出什么幺蛾子了|又有什么问题|又哪儿不满意了|又要折腾什么|有完没完")}, 200, key="a",
      style="harsh")
    G("kind.r3.impol.again.neg", "", "{a}，{b}|{a}{b}", {
        "a": L("又见面啦|欢迎您再次光临|谢谢您又来找我们|好久不见|您又来光顾啦|很高兴再次为您服务"),
        "b": L("这次有什么可以帮您|上次的问题解决了吗|这次需要点什么|有什么需要您直接说|上回的订单用着还好吗")}, 220, key="b")
    G("kind.r3.impol.batch", "impolite", "{a}|{a}，{b}", {
        "a": L("您就不能一口气说完吗|问题攒齐了再来问|能不能想好了再发|一句一句挤牙膏似的|您一条一条发我哪忙得过来|"
               "想清楚了再找我"),
        "b": L("我这边还有别的顾客|别耽误大家时间|我没那么多工夫|排队的人多着呢")}, 180, key="a", style="harsh")
    G("kind.r3.impol.batch.neg", "", "{a}|{a}，{b}", {
        "a": L("您有几个问题可以一起发给我|您慢慢说，不着急|还有别的问题您尽管问|您想到什么随时问我|"
               "问题多的话我们一个一个来"),
        "b": L("我都会逐条回复您|我在这儿等您|我帮您一起处理|我整理好一起答复您")}, 200, key="a")
    G("kind.r3.impol.self", "impolite", "{a}{b}|{b}，{a}", {
        "a": L("往上翻翻记录|自己点开详情页瞧|自己拉到页面底下|自个儿去商品页|往上划一划|自己瞅瞅主图"),
        "b": L("啥都有|都写着呢|明明白白的|一看就懂|还用我说")}, 180, key="a", style="harsh")
    G("kind.r3.impol.self.neg", "", "{a}，{b}|{a}", {
        "a": L("您往上翻一下就能看到我刚发的链接|详情页底部有参数表|尺码表在商品主图第五张|说明书第三页有图解|"
               "安装视频在商品详情里"),
        "b": L("找不到的话我再发您一次|我也可以截图给您|不方便看的话我直接告诉您|我给您标出来")}, 220, key="a")
    # ---- shirking: whoever did it, go to them; a third party and "we take no responsibility" ----
    G("kind.r3.shirk.whoever", "shirking", "{a}|{a}，{b}", {
        "a": L("谁卖给您的您找谁|谁答应您的您问谁|谁给您发的货您找谁去|当时谁跟您说的您找谁|谁给您报的价您问谁"),
        "b": L("反正不是我|跟我扯不上|我又不知道|我刚来的")}, 150, key="a", style="harsh")
    party = L("票务公司|航空公司|酒店|景区|品牌方|物业|运营商|保险公司|银行|驾校|旅行社")
    G("kind.r3.shirk.party", "shirking", "{t}请找{p}，{n}|{t}您直接问{p}，{n}", {
        "t": L("退票的事|质量问题|改期的事|理赔的事|退款的事|发票的事|售后的事"), "p": party,
        "n": L("这事我们不负责任|跟本店扯不上关系|我们不管|别来找我们|我们不掺和|我们不过问")}, 260, key="n", style="harsh")
    G("kind.r3.shirk.party.neg", "", "{t}按{p}的规定办理，{h}|{t}由{p}处理，{h}", {
        "t": L("退票|改期|理赔|退款|开票|退订"), "p": party,
        "h": L("具体要求我帮您问问|我来帮您联系|我把流程发给您|我帮您问清楚再回复|我这边帮您对接|手续费多少我帮您算一下")},
      300, key="h")
    G("kind.r3.shirk.system", "shirking", "{a}，{b}|{b}，{a}", {
        "a": L("系统设定就这样|后台就这么设置的|电脑定好的|程序就是这么跑的|系统说不行就不行"),
        "b": L("我也改不了|您找我没用|我没办法|别为难我|我这边管不了")}, 160, key="a", style="harsh")
    G("kind.r3.shirk.system.neg", "", "{a}，{b}", {
        "a": L("系统显示还在处理中|后台显示已经提交了|系统这边有点延迟|页面暂时刷新不出来"),
        "b": L("我帮您手动催一下|我给您报给技术同事|稍后我再帮您刷新看看|有结果第一时间告诉您")}, 200, key="b")

    # ---- questioning: doubting a report by guessing the customer's misuse; belittling questions ---
    G("kind.r3.quest.misuse", "questioning", "{p}？{q}|{p}？{q}吧", {
        "p": L("屏幕裂了|漏水了|开不了机|有异味|掉色了|起球了|生锈了|变形了|不制冷"),
        "q": L("您是不是自己摔过|是不是您没按说明用|您是不是放太阳底下晒了|该不会是您用热水烫过|"
               "八成是您自己弄的|是不是您家电压不稳还怪我们")}, 240, key="q")
    G("kind.r3.quest.misuse.neg", "", "{p}的话，{c}，{h}|{p}？{h}", {
        "p": L("屏幕裂了|漏水了|开不了机|有异味|掉色了|起球了|生锈了|变形了|不制冷"),
        "c": L("可能是运输中磕碰|可能是密封圈没装到位|有可能是批次问题|可能需要先通风一下|有时是受潮引起的"),
        "h": L("麻烦您拍张照片，我帮您申请售后|我帮您安排换新|您先别着急，我帮您登记|我给您发一下处理方法")}, 280, key="h")
    # ---- privacy_leak: cost stated with a sigh (not questioning) --------------------------------
    G("kind.r3.priv.cost", "privacy_leak", "{c}{v}，{s}|{s}，{c}{v}", {
        "c": L("这款出厂价|我们拿货的价|这批的进价|厂里给我们的价|我们的采购价"),
        "v": L("都要三十八|就六十出头|每件七块五|一台九百二|一百一十块"),
        "s": L("这价我们只赚个辛苦钱|我们几乎白干|再便宜就亏本了|利润薄得很|卖一件亏一件")}, 200, key="c")
    G("kind.r3.priv.cost.neg", "", "{a}，{s}|{a}", {
        "a": L("现在的价格已经是活动价|这个价格已经是最低折扣|价格是品牌统一定的|这个价格包含安装和运费"),
        "s": L("确实没法再优惠了|您可以领一下店铺券|后面有活动我通知您|您可以关注一下价保")}, 200, key="a")
    # ---- disparage_peer: vague references to other shops; staff called liars --------------------
    G("kind.r3.peer.vague", "disparage_peer", "{p}{j}|{p}的{g}{j}|{p}，{j}", {
        "p": L("对面那家|街口那几家|那边那个店|另外几家|那种小铺子|网上那些杂牌店"), "g": goods,
        "j": L("都是拿别人剩下的货翻新|十个里有八个是次品|都是拿二手货充新的|"
               "摆明了宰外地人|嘴上说得好听出了事就跑")}, 260, key="j")
    G("kind.r3.peer.liar", "disparage_peer", "{p}的{s}{j}|{p}{s}{j}", {
        "p": L("那家|别家|对面|其他店|另一家"), "s": L("客服|店员|老板|售货员|导购"),
        "j": L("满嘴跑火车|净忽悠人|谎话连篇|没一句实在话|专挑好听的哄人")}, 200, key="j")
    G("kind.r3.peer.vague.neg", "", "{p}{n}|{p}{n}，{h}", {
        "p": L("对面那家|别的店|其他几家|隔壁店|另一家"),
        "n": L("的东西也不错|卖得也挺好|的款式也挺多|也是正规品牌|口碑也挺好"),
        "h": L("我们这款的参数给您发一下|您可以对比一下再决定|我们家有正品授权书|我给您讲讲我们这款的优点")}, 160, key="n")

    # ---- disparage_platform: programmes and tools, judged vs named plainly -----------------------
    tool = L("京豆|白条|PLUS会员|京东物流|京东快递|京准达|咚咚|京东客服|平台客服|平台快递|价保|京喜|京东到家|东东农场|"
             "平台积分|平台的券|平台会员|平台的消息系统")
    G("kind.r3.plat.tool", "disparage_platform", "{t}{j}|{t}，{j}", {
        "t": tool, "j": L("白送都嫌占地方|变着法儿薅用户羊毛|就会哄人凑单|纯属摆设|坑人没商量|"
                          "谁信谁吃亏|难用得要命|一天到晚出毛病")}, 320, key="t")
    G("kind.r3.plat.tool.neg", "", "{t}{s}|{t}{s}，{n}|{n}，{t}{s}", {
        "t": tool, "s": L("可以抵扣一部分货款|大部分地区隔天就到|支持分期付款|会员有专属优惠券|在我的页面就能查到|"
                          "下单后就能用|有问题可以在线反馈|能查到实时进度|今天有活动|需要在结算页勾选|"
                          "在帮助中心有说明|当天下单一般第二天到"),
        "n": neutral}, 420, key="s")
    G("kind.r3.plat.lost", "disparage_platform", "{t}{d}，{e}", {
        "t": L("平台这聊天工具|平台这个后台|这客服系统|平台那个软件"),
        "d": L("隔一会儿就掉线|消息总发不出去|动不动卡死|发张图要转半天"),
        "e": L("都是它的毛病|平台该好好修修了|谁用谁知道|做得是真差劲")}, 140, key="d")
    G("kind.r3.plat.lost.neg", "", "{d}，{e}", {
        "d": L("刚才消息可能没发出去|网络有点卡|刚才页面刷新了一下|消息可能有延迟"),
        "e": L("我重新发您一次|抱歉让您等了一会儿|我这边已经看到您的问题了|您再发一下图片")}, 160, key="e")

    # ---- diversion: around the platform, to save its fee; an offline stall ---------------------
    G("kind.r3.div.fee", "diversion", "{a}，{b}|{b}，{a}", {
        "a": L("您直接扫我的收款码|钱直接打我卡上|私下转给我就行|付款别走订单|您线下付我"),
        "b": L("手续费就省了|还能再便宜点|到账更快|不用等发货流程|我给您按批发价")}, 200, key="a")
    G("kind.r3.div.fee.neg", "", "{a}|{a}，{b}", {
        "a": L("平台会收取一定的服务费|请一定通过订单付款|私下转账没有保障|为了您的资金安全，请不要线下付款"),
        "b": L("这是正常的|出了问题才能维权|我们不接受私下交易|在页面下单就行")}, 200, key="a")
    # ---- arbitrary_promise: firm outcome at a time; never again ----------------------------------
    G("kind.r3.promise.time", "arbitrary_promise", "{w}{p}{o}|{w}{p}{o}，{x}", {
        "w": L("后天上午|今晚八点前|周五之前|明早九点前|这周末"),
        "p": L("师傅|快递|东西|货|维修员"),
        "o": L("一准给您安装完|一定送到您家|保证到您手上|肯定修好|准时给您换新"),
        "x": L("我打包票|您就放一百个心|错不了|我说话算话")}, 200, key="o")
    G("kind.r3.promise.time.neg", "", "{w}{p}{o}|{w}{p}{o}，{x}", {
        "w": L("预计后天|一般两三天|大概周五"),
        "p": L("师傅会|快递会|维修员会"),
        "o": L("联系您预约上门时间|送达，以物流信息为准|电话联系您"),
        "x": L("有变化我会告诉您|请您保持电话畅通|请您留意短信")}, 160, key="o")
    G("kind.r3.promise.never", "arbitrary_promise", "{a}{b}|{a}，{b}", {
        "a": L("换过来的这个|重新发的这台|新寄的这件|调换的这双"),
        "b": L("绝对不会再出问题|百分百没毛病|我保证不会再坏|要是再有问题我赔您十倍")}, 160, key="b")
    G("kind.r3.promise.never.neg", "", "{a}{b}", {
        "a": L("换过来的这个|重新发的这台|新寄的这件|调换的这双"),
        "b": L("我们会加固包装|发货前会再检查一遍|收到后麻烦您先验货|有问题您随时联系我")}, 160, key="b")

    # ---- induce_review: a reward for a rating or for naming the agent ---------------------------
    # ---- hard negatives: the platform's delivery and service named in short plain clauses --------
    # (a bare 平台快递 clause otherwise reads as the start of a complaint about the platform)
    G("kind.r3.neg.platform_service", "", "{s}{p}|{s}，{p}|{s}{p}，{n}|{n}，{s}{p}", {
        "s": L("京东快递|京东物流|平台配送|京东小哥|平台的快递|京东的配送|京东快递员|平台物流|京东到家|平台的配送员"),
        "p": L("通常隔天就到|大多数城市当天能送到|送货挺快的|很准时|速度有保障|服务挺好的|支持送货上门|会提前打电话|"
               "可以预约送货时间|偏远地区要三到五天|节假日也正常配送|可以上门取件|周末也送|会送到家门口|比较稳|"
               "全程可以查轨迹|下午下单一般第二天送到"),
        "n": neutral}, 260, key="p")
    # ---- hard negatives: options compared by letter or size code; no shop outside the platform ----
    G("kind.r3.neg.online_only", "", "{a}，{b}|{a}，{b}，{c}", {
        "a": L("本店只在网上经营|我们是纯网店|小店暂时没开实体店|店铺没有线下柜台|我们不做线下零售"),
        "b": L("下单和售后都在页面完成就行|所有商品以这个店铺的链接为准|有需要直接在这里拍下|售后也在订单里申请"),
        "c": L("感谢您的理解|给您带来不便很抱歉|有问题随时找我")}, 200, key="a")
