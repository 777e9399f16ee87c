"""Sixth round of keyword-free kinds (issue 11, helper t11d): the KINDS the shipped model still missed or
over-flagged on the fifth set of messages written by someone who had not read our code (fresh5, read for diagnosis
from this round on).  Registered after every earlier round, so the grammars above draw the same sentences as before.

Each grammar is a kind written from the seeds (000-004), with many fillers per slot and hard negatives of the same
shape; no sentence of any dev, fresh, hard or test set is copied, and no clause of six characters or more is shared
with a fresh5, fresh4, fresh3, fresh or hard message (``tests/test_semantic_model.py``).  Precision first (the
wrong-category hits of fresh5):

* "the code is sent, if it fails that is your business" read as impolite: it is shirking (推诿), beside its helpful twin;
* "a broken part is your own misuse, nothing to do with the shop" read as questioning: it is shirking;
* the platform's staff run down ("问了也白问") read as shirking: it is disparage_platform, beside staff named plainly;
* "a tax on stupidity" said of another brand by nickname read as abuse: it is disparage_peer;
* an order note fixed, "pay in the order after booking", a missing part re-sent: clean twins of diversion / promise;
then the kinds it missed: a price difference paid by the agent personally instead of the platform's price guarantee
(000 随意承诺); the balance paid in cash to the fitter or courier (000 引流); "too dear? buy a cheap one" (004 态度
厌烦); a gift for praise, pleading against a bad rating, pressure in a satisfaction survey (000 诱导评价); mockery by
comparison with an animal or a child, veiled threats (000 辱骂 / 恐吓, beside the stated warranty consequence); an
outside repair shop, "not my order, wait for the colleague", a third-party fitter "settle it with them" (004 推诿);
the only one in the trade, nothing beats it, never again at this price (广告法); other agencies and firms said to
cheat (000 诋毁同行).

Tried in this round and left out (each lowered a valid-split threshold so that the guards moved: more real JD
turns flagged, or clean replies of the earlier fresh sets flagged): fees waived by the agent, goods reserved
outside the rules, a plant or a thing promised to last for years, "you're not our only customer", cost price per
box, another buyer's name and phone (the mobile rule's), and clean twins for plain delivery times (they contradict
the firm-arrival promises of round two), process-conditional refunds, masked phones confirmed, where the size chart
is and what costs nothing.
"""

from __future__ import annotations


def register_r4(G, L, pools: dict) -> None:  # noqa: C901 - one flat list of grammars, data only
    neutral = pools["NEUTRAL"]

    # ---- arbitrary_promise: a fee or a difference waived by the agent, outside the rules ------------------------
    fee = L("退票费|改期的费用|运费险那几块钱|上门费|取消订单的违约金|延保的费用|安装辅材费|加急费|保管费|换货的来回运费")
    G("kind.r4.promise.diff", "arbitrary_promise", "{a}，{b}|{b}，{a}", {
        "a": L("您放心拍|现在就下单|先拍下来|别犹豫了"),
        "b": L("过几天要是便宜了我私人给您退差价|以后哪天降价了我自掏腰包补您|降了多少我直接转您多少|"
               "降价的差额我个人承担|以后再便宜我双倍补您")}, 220, key="b", style="harsh")
    G("kind.r4.promise.diff.neg", "", "{a}，{b}|{b}", {
        "a": L("您放心拍|下单后|拍下以后|购买后"),
        "b": L("如果降价可以在订单页面申请价保|价保以订单详情里的规则为准|降价的话符合条件的可以申请差价|"
               "价格变动可以通过价保功能申请")}, 200, key="b")
    # hard negatives: a refund or a delivery that follows a step of the process (stated, conditional on that step)
    G("kind.r4.neg.resend", "", "{p}{m}，{r}|{r}，{p}{m}", {
        "p": L("包裹里|这箱杯子|那套餐具|这批螺丝|礼盒里|配件袋里"),
        "m": L("缺了一个|少发了两件|漏装了说明书|少了一个把手"),
        "r": L("我马上给您补发|我这边登记补寄|今天给您重新寄一份|我安排仓库补上")}, 260, key="m")

    # ---- induce_review: a gift for praise or for a long review; pleading and pressure about ratings ------------
    G("kind.r4.review.gift", "induce_review", "{a}，{g}|{g}，{a}", {
        "a": L("好评里提一句客服小王|评论区写满五十个字|晒三张图写个好评|追评夸夸我们的包装|五星评价截图发我"),
        "g": L("就返您两块钱红包|作为感谢多给您一袋小样|评完送您个挂件|好评奖励一包零食|评价完给您加赠一份|"
               "评完截图领三元返现|好评就送运费券")},
      260, key="a")
    G("kind.r4.review.plead", "induce_review", "{a}，{b}|{b}，{a}", {
        "a": L("一个中评我奖金就泡汤了|您差评一挂我就得被罚款|差评会让我丢了饭碗|我们组长看到差评要骂死我|"
               "这个月考核就靠好评了"),
        "b": L("求求您手下留情|您行行好改个好评|给个五星吧|别给低分|您就帮帮我")}, 160, key="a", style="harsh")
    G("kind.r4.review.survey", "induce_review", "{a}{b}|{a}{b}，{c}", {
        "a": L("待会儿短信回访|等下系统发问卷|一会儿电话回访|稍后弹出的评价"),
        "b": L("您一定选非常满意|麻烦全选最高分|请点十分|务必选满意"),
        "c": L("不然我要被考核|否则我们要扣绩效|低于满意我们会挨罚|我们全组都靠这个")}, 140, key="b")
    G("kind.r4.review.neg", "", "{a}，{b}|{a}", {
        "a": L("稍后可能会有满意度回访|收到后欢迎您分享使用感受|如果有不满意的地方请先联系我|评价您按真实感受写就好|"
               "追评的时候可以说说用了一段时间的体验"),
        "b": L("您如实评价就好|有问题我们第一时间处理|您的反馈我们都会认真看|不满意的地方我们会改进")}, 260, key="a")

    # ---- diversion: the balance paid to the fitter or courier in cash, outside the order ------------------------
    G("kind.r4.div.cash", "diversion", "{a}{b}，{c}|{a}{b}", {
        "a": L("余款|剩下的钱|安装费|上门的费用|定金以外的部分"),
        "b": L("到时候现金塞给送货的就行|当面交给师傅就好|微信转给上门那位|别在页面上付|付给来装的人"),
        "c": L("订单里不用补|页面上就别拍了|不用走订单|平台那边不用管")}, 160, key="b")
    G("kind.r4.div.cash.neg", "", "{a}{b}|{a}{b}，{c}", {
        "a": L("余款|安装费|上门的费用|尾款"),
        "b": L("请在订单页面支付|按订单里的标准收取|师傅上门不会另外收|通过平台付款才有保障"),
        "c": L("如有人索要现金请拒绝并告诉我|有疑问您随时联系我|收费明细我发您")}, 220, key="b")
    G("kind.r4.neg.note", "", "{a}，{b}", {
        "a": L("刚才不小心把订单备注改了|备注里的送货时间我填错了|刚刚备注写漏了一句|订单留言刚才没保存上"),
        "b": L("我已经重新改好|我这就帮您补上|现在已经更正了|您再刷新看看")}, 200, key="a")
    G("kind.r4.neg.paynow", "", "{a}，{b}", {
        "a": L("门票出票后会短信通知您|到店自提的订单|预约成功以后|拍下之后"),
        "b": L("在订单里付款就行|按页面流程支付就好|付款在平台完成|凭核销码取货")}, 200, key="b")

    # ---- impolite: too dear? buy a cheap one; you're not the only customer -------------------------------------
    G("kind.r4.impol.cheap", "impolite", "{a}|{a}，{b}", {
        "a": L("嫌价高您别买啊|觉得不值就去拼便宜货|买不起就看看别的|嫌贵上地摊淘去|心疼钱就别来我们家"),
        "b": L("没人拦着您|我们不差这一单|随您便|慢走不送")}, 220, key="a", style="harsh")
    G("kind.r4.impol.cheap.neg", "", "{a}|{a}，{b}", {
        "a": L("预算有限的话可以看看入门款|觉得价格高的话可以等活动|这款有更实惠的规格|想省钱的话可以选基础版"),
        "b": L("我给您对比一下区别|我把链接发您|活动开始我提醒您|配置差别我讲给您听")}, 220, key="a")

    # ---- abuse: mockery by comparison; veiled threats ------------------------------------------------------------
    G("kind.r4.abuse.compare", "abuse", "{a}，{b}|{a}", {
        "a": L("您这脑子还不如家里的鹦鹉|狗听两遍都懂了|三岁小孩都比您明白|鱼的记性都比您强|您这理解力连仓鼠都不如"),
        "b": L("哈哈哈|笑死|真服了|还好意思问|自己品品")}, 240, key="a", style="harsh")
    G("kind.r4.abuse.compare.neg", "", "{a}，{b}|{a}", {
        "a": L("猫咪挑食的话可以换个口味|鹦鹉用的笼子要选大一点的|小朋友用的话建议选圆角款|仓鼠用的垫料要常换"),
        "b": L("我给您推荐几款|您看看尺寸合不合适|用法我发您|有问题随时问我")}, 200, key="a")
    G("kind.r4.abuse.threat", "abuse", "{c}，{t}|{t}", {
        "c": L("您再给我打|再敢投诉我|接着打电话试试|您再去平台告我"),
        "t": L("出了事您自己兜着|到时候别后悔|吃亏的可是您|我让您知道厉害|后果自己想清楚")}, 220, key="t", style="harsh")
    G("kind.r4.abuse.threat.neg", "", "{c}，{t}", {
        "c": L("私自拆机|自行改装|没按说明操作|超过保修期"),
        "t": L("可能会影响保修|损坏可能不在保修范围|建议先咨询我们|维修要另外收费")}, 220, key="t")

    # ---- shirking: an outside repair shop; not my order; a third-party fitter; blame and disown --------------------
    G("kind.r4.shirk.outside", "shirking", "{a}，{b}|{b}", {
        "a": L("二手的东西就这样|特价机哪有不出毛病的|过了七天|这种小毛病"),
        "b": L("您自己拿去街边修|找个小店修修得了|您去外面修理铺问问|找楼下修电器的看看")}, 220, key="b", style="harsh")
    G("kind.r4.shirk.outside.neg", "", "{a}，{b}", {
        "a": L("在保修期内的话|出现这种情况|这类问题"),
        "b": L("可以申请官方售后检测|我帮您查最近的授权服务网点|我帮您登记寄修|我们安排工程师上门看看")}, 220, key="b")
    G("kind.r4.shirk.colleague", "shirking", "{a}，{b}|{a}{b}", {
        "a": L("那单是别人接的|我不是负责这个的|这事不归我管|当时跟您谈的不是我"),
        "b": L("等那位回来了您再找她|明天值班的来了您自己问|等负责的人上线再说|您找原来那个人")}, 200, key="b", style="harsh")
    G("kind.r4.shirk.colleague.neg", "", "{a}，{b}", {
        "a": L("负责这单的同事今天休息|这单之前是同事跟进的|您反映的情况我已经清楚了"),
        "b": L("我先帮您记下来，明早她第一时间回您|我这边接着帮您处理|我已经把记录调出来了|我跟她核对一下马上回您")}, 220, key="b")
    G("kind.r4.shirk.fitter", "shirking", "{a}，{b}|{a}，{b}，{c}", {
        "a": L("送装的师傅是外包的|上门的是合作公司的人|安装队不是我们的|测量的师傅是外面请的"),
        "b": L("有纠纷您自己去找他们|出了问题您跟他们谈|您自己跟师傅扯|我们不管他们的事"),
        "c": L("别来找我们|跟我们无关|别烦我们")}, 220, key="b", style="harsh")
    G("kind.r4.shirk.fitter.neg", "", "{a}，{b}", {
        "a": L("送装的师傅是合作服务商的|上门安装由品牌服务商负责|测量的师傅是我们合作的团队"),
        "b": L("有问题您告诉我，我来协调|服务不满意可以直接反馈给我|我帮您联系他们改约时间|出了问题我们一起处理")}, 220, key="b")
    G("kind.r4.shirk.yours", "shirking", "{p}{a}，{b}|{p}{a}", {
        "p": L("激活码发过去了|兑换券已经给了|账号已经交给您了|安装包发您了|链接早就发了"),
        "a": L("用不了是您那头的事|打不开跟我们无关|兑不出来不归店里管"),
        "b": L("跟店里不相干|我们不管了|别找我")}, 220, key="a", style="harsh")
    G("kind.r4.shirk.misuse", "shirking", "{p}{a}，{b}", {
        "p": L("杆子折了|拉链坏了|鞋底开了|刀刃卷了|灯不亮了"),
        "a": L("那是您自己用得不对|那是您使用不当|怪您自己用力太猛"),
        "b": L("和我们扯不上关系|店里不管这个|找我们没用|别赖我们")}, 220, key="b", style="harsh")
    G("kind.r4.shirk.yours.neg", "", "{p}，{h}", {
        "p": L("激活码已经发到您的订单里|兑换券已经发放|账号信息已经发您了|杆子折了|拉链坏了"),
        "h": L("如果用不了您截个图给我，我帮您查|使用中有问题随时找我|我发您一份使用说明|您拍张照片，我帮您申请售后")},
      260, key="h")

    # ---- false_advertising: the only one in the trade; nothing beats it; never again at this price -----------------
    G("kind.r4.adv.only", "false_advertising", "{a}{b}|{b}，{a}", {
        "a": L("放眼全国|国内外|同行里|整个圈子"),
        "b": L("就我们一家能做出这手感|没第二家有这工艺|找不出比这更好的|没有任何一款能赢过它|就数这款效果最顶")},
      240, key="b")
    G("kind.r4.adv.never", "false_advertising", "{a}，{b}|{a}{b}", {
        "a": L("这波过了|活动一结束|过了今晚|错过这一场"),
        "b": L("这辈子都碰不上这个价|永远不会再有这价|绝对再也买不到了|从此就没这个价了|往后再没有了|"
               "今后都不会再有|之后就再也碰不到了|下回可就没了")}, 240, key="b", style="harsh")
    G("kind.r4.adv.neg", "", "{a}|{a}，{b}", {
        "a": L("这款在同价位里口碑不错|和同类产品比它更轻一些|这个价格是本次活动价|活动价到本周日结束|"
               "这款手感是很多顾客喜欢的"),
        "b": L("您可以对比一下参数|活动后会恢复原价|以活动页面公示为准|我把评价截图发您")}, 260, key="a")

    # ---- disparage_peer: other agencies and firms said to cheat; a brand called a tax on stupidity ----------------
    G("kind.r4.peer.trade", "disparage_peer", "{p}{j}|{p}，{j}", {
        "p": L("外面那些旅行社|别的家装公司|其他培训机构|别家搬家公司|别的婚庆公司|其他维修公司"),
        "j": L("净玩低价进场的套路|专门宰不懂行的|先哄您签了再狠狠加钱|合同里全是坑|收了钱就不认账")}, 260, key="j")
    G("kind.r4.peer.tax", "disparage_peer", "{b}的{g}{j}|{b}家{j}", {
        "b": L("某米|某为|某宝牌|隔壁那个牌子|某东家那个品牌|那个网红牌子"),
        "g": L("空气炸锅|耳机|猫砂|奶粉|面膜"),
        "j": L("纯属交智商税|买了就是当冤大头|就是割韭菜|谁买谁上当")}, 240, key="j")
    G("kind.r4.peer.trade.neg", "", "{p}{n}|{p}{n}，{h}", {
        "p": L("不同旅行社|各家装修公司|其他培训机构|别的品牌"),
        "n": L("的行程安排不一样|报价的材料等级不同|的课程侧重点不同|各有各的特点"),
        "h": L("您可以对比一下包含的项目|建议您看清报价单的明细|我把我们的方案发您参考|选适合自己的就好")}, 240, key="n")

    # ---- disparage_platform: the platform's staff run down (not shirking) -------------------------------------------
    G("kind.r4.plat.staff", "disparage_platform", "{p}{j}|{p}{j}，{x}", {
        "p": L("平台那些客服|平台的小二|平台介入的人|平台仲裁的|平台热线"),
        "j": L("全是念稿子的|问啥都一问三不知|跟机器人没两样|只会踢皮球"),
        "x": L("找他们纯属浪费时间|您别指望了|问了也白问")}, 220, key="j")
    G("kind.r4.plat.staff.neg", "", "{p}{n}|{p}{n}，{h}", {
        "p": L("平台客服|平台小二|平台介入|平台热线"),
        "n": L("可以帮您核实物流|会在三个工作日内处理|能协助处理纠纷|二十四小时都有人接"),
        "h": L("我这边也同步跟进|需要的话我帮您提交|您也可以先找我")}, 220, key="n")
