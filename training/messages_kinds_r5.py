"""Seventh round of keyword-free kinds (issue 11, helper t11e): the KINDS the shipped model still missed or
over-flagged on the sixth set of messages written by someone who had not read our code (fresh6, read for diagnosis
from this round on).  Not registered in the shipped corpus (see below): a candidate trained with it did not meet every
guard of its round.

Each grammar is a kind written from the seeds (000-004), with many fillers per slot and hard negatives of the same
shape; no sentence of any dev, fresh, hard or test set is copied, and no clause of six characters or more is shared
with a fresh6, fresh5, fresh4, fresh3, fresh or hard message (``tests/test_semantic_model.py``).  Precision first (the
clean false hits and wrong-category hits of fresh6):

* the customer's own order data (consignee, masked phone) read back with an offer to change it, read as diversion:
  clean, beside its twin that reads out ANOTHER person's name and phone tail (privacy_leak, 000 泄露隐私);
* a neutral comparison of two models by a decimal figure (refractive index, capacity, power) read as diversion: clean;
* a daily-care product said NOT to treat anything, with "ask a doctor", read as false advertising: clean;
* harsh messages of one category also read as impolite: a refusal of after-sales for a whole class of goods and "work it
  out yourself" (shirking), other shops run down with "don't bother looking" (disparage_peer), a platform tool or its
  review staff said to trap people on purpose (disparage_platform, not shirking);
* (not changed: a product said to last for years is labelled a promise, kind.promise.outcome of round one; fresh6
  labels it false advertising, a label decision left to the lead);
* a fitter's or courier's arrival time with "it can't go wrong" read as shirking: it is a promise (000 随意承诺);
* a reward conditional on a rating (fee refunded, a gift for full stars, private compensation for leaving a defect out
  of the review): induce_review; the corpus labels the reward clause in a rating context induce_review only;
then the kinds it missed: doubting the customer's report (late report blamed on transport, "everyone else's is fine",
"the signature says so, think again", "why only now"), brands by nickname or by vague reference run down, the platform
by nickname, insults without a listed word (go and get treated, senile, can't even plug it in), refund times and "never
again" promises, free orders on failure, zero-X absolutes and "nothing on the market beats it", pleading for a review
with the agent's staff number, pushing the customer back to an optician or a workshop that supplied a part.
"""

from __future__ import annotations

import random

# NOT registered in training/messages_corpus.py: the candidate trained with these grammars (round seven, helper t11e)
# did not meet every bar (MODEL_CARD.md, "Round seven (issue 11, helper t11e)"), so the shipped model and its corpus
# are unchanged and `make model` still rebuilds them byte for byte.  To train the candidate again, register it after round four in
# messages_corpus.py (``from training.messages_kinds_r5 import register_r5`` and ``_register_r5(G, L, _POOLS)``).


def candidate_rows(seed: int = 20251129) -> list[dict]:
    """The sentences these grammars generate (messages_corpus's expansion, styles and splits), without registering
    them in the shipped corpus: for the near-duplicate test and for inspection."""
    from training import messages_corpus as mc

    local: list = []

    def G(gid, labels, templates, slots, n, key="", style="warm"):  # noqa: N802 - the corpus's grammar call
        labels = tuple(x for x in labels.split() if x) if isinstance(labels, str) else tuple(labels)
        templates = mc.L(templates) if isinstance(templates, str) else list(templates)
        local.append(mc.Grammar(gid, labels, templates, slots, n, key, style))

    pools = {"GOODS": mc.GOODS, "NEUTRAL": mc.NEUTRAL, "NAMES": mc.NAMES, "ADDRS": mc.ADDRS, "INTERJ": mc.INTERJ}
    register_r5(G, mc.L, pools)
    rng = random.Random(seed)
    return [row for g in local for row in mc.expand(g, rng)]


def register_r5(G, L, pools: dict) -> None:  # noqa: C901 - one flat list of grammars, data only
    names = pools["NAMES"]

    # ---- clean: the customer's own data read back (twin: another person's data read out = privacy_leak) -------------
    phone = L("136****2817|159****0342|187****7730|135****9014|150****6628|177****4301|182****1175|139****8852|"
              "尾号4417|尾号0936|尾号7281|尾号5603|后四位3390|后四位8124")
    G("kind.r5.neg.owndata", "", "{w}{f}是{n}，{p}{ph}，{c}|{w}{f}{n}，{p}{ph}，{c}", {
        "w": L("您这单的|您下单时填的|您账户里默认的|订单详情里您留的|您这边登记的|系统里您本人的"),
        "f": L("收货人|联系人|收件人|签收人"),
        "n": names, "p": L("联系电话|手机号|电话|号码"), "ph": phone,
        "c": L("要改的话跟我说一声|信息有误我帮您更正|不对的话您告诉我|核对一下没问题就发货|需要调整随时说|确认无误我就提交了|"
               "换号码的话发我新的就行|有变动您在订单里也能改|没问题的话就按这个配送|想换收件人也可以跟我讲")},
      200, key="c")
    G("kind.r5.privacy.other", "privacy_leak", "{w}{f}叫{n}，{p}{ph}，{c}|{w}{f}是{n}，{p}{ph}", {
        "w": L("后台里另一位|上一单的|同地址另一张单子的|隔壁那单的|系统里还有个|之前买过的另一位|同一个小区另一单的|"
               "昨天退货那位的|跟您同名那单的"),
        "f": L("收货人|下单人|收件人|买家"),
        "n": names, "p": L("电话|手机号|号码"), "ph": phone,
        "c": L("您认识吗|是不是您朋友|您问问是不是亲戚|要不要我把他电话给您|您看是不是同事")},
      180, key="w")

    # ---- clean: neutral comparisons with a decimal figure; a care product that claims no cure ------------------------
    G("kind.r5.neg.compare", "", "{a}{b}，{c}|{a}{b}，{c}，{d}", {
        "a": L("两个型号主要差在|这几款的不同在于|它们俩的区别是|这两个规格就差在"),
        "b": L("折射率，1.56的经济些，1.74的最薄|容量，1.5升适合两人，2.2升适合一家|功率，800瓦省电，1200瓦加热快|"
               "屏幕，6.1寸小巧，6.7寸看得舒服|厚度，0.8毫米的轻，1.2毫米的耐用|电池，4.5安时续航短些，6.0安时的久|"
               "口径，3.5厘米的轻便，5.2厘米的出水大|重量，1.8公斤便携，2.6公斤更稳"),
        "c": L("按您的用量挑就行|看您平时怎么用|看预算和需求选|两款都是正品行货|您看更在意哪一点"),
        "d": L("我把参数表发您|有疑问随时问我|拿不准我帮您对比")}, 200, key="b")
    G("kind.r5.neg.nocure", "", "{p}{a}，{b}|{p}{a}，{b}，{c}", {
        "p": L("这瓶护发素|这支牙膏|这款面膜|这个足浴粉|这罐奶粉|这款眼贴|这个护膝"),
        "a": L("属于日常护理类|只是普通日用品|是普通食品|就是日常清洁用的|不是药品"),
        "b": L("没有治疗作用|替代不了药物|不宣称任何疗效|不能用来治病|没有医疗功效|不具有药用效果|治不了病|不承诺任何疗效"),
        "c": L("身体不适请去医院看看|有症状的话建议先问问医生|特殊体质使用前请咨询医师")}, 180, key="b")

    # ---- harsh messages of one category, without impolite ------------------------------------------------------------
    G("kind.r5.shirk.class", "shirking", "{g}{a}，{b}", {
        "g": L("打折清仓的|拆了封的|私人订制的|特价处理的|尾货款|样品机"),
        "a": L("店里统统不管售后|我们一律不包修|出了问题本店全不负责|一概不予处理|坏了也别找店里|售后免谈|我们一律不认|出啥事都不归我们"),
        "b": L("自己看着办|自行解决|您找别人去|自个儿琢磨吧")}, 180, key="a", style="harsh")
    G("kind.r5.shirk.class.neg", "", "{g}{a}，{b}", {
        "g": L("打折清仓的|拆了封的|私人订制的|特价处理的"),
        "a": L("不支持七天无理由|页面上写了不退换|按规则不能无理由退"),
        "b": L("质量问题照样给您保修|坏了我们一样负责维修|有质量问题请随时找我|售后问题我来帮您处理|三包服务照常享受|"
               "出了故障我帮您安排检测|保修卡在盒子里请收好|非人为损坏都能免费修")}, 180, key="b")
    G("kind.r5.peer.dismiss", "disparage_peer", "{p}{j}，{x}", {
        "p": L("别家店的|外头那些店的|隔壁几家的|同行那些"),
        "j": L("东西都是次品|货都不行|做工烂得很|全是残次品|卖的都是便宜货|料子差远了|全是淘汰下来的货|东西根本没法用"),
        "x": L("没必要去比了|犯不着去瞧|不用去对比|甭看了")}, 160, key="j")
    G("kind.r5.peer.ref", "disparage_peer", "{p}{g}{j}|{p}{g}{j}，{x}", {
        "p": L("那家的|那个品牌的|某宝牌的|某为的|某兰的|某美的|隔壁品牌的|某度家的"),
        "g": L("电热毯|吹风机|拉杆箱|净水器|手机壳|电饭锅|扫地机"),
        "j": L("用两天就罢工|一碰就坏|质量差得出名|毛病一大堆|天天有人退货|三天两头出故障|做工糙得不行|开箱就是坏的"),
        "x": L("大家心里有数|谁用谁知道|不用我多说|圈里都清楚")}, 200, key="j")
    G("kind.r5.peer.workshop", "disparage_peer", "{p}{j}|{j2}{p}{g}", {
        "p": L("路边小厂|三无作坊|山寨小厂|黑作坊|家庭小作坊|地下工厂"),
        "j": L("出来的东西您也放心用|的货也有人买|做的能吃吗|的东西谁敢碰"),
        "j2": L("您还真信|谁会买|哪有人敢用"), "g": L("做的|出的|产的")}, 150, key="p")
    G("kind.r5.peer.cheat", "disparage_peer", "{p}{j}", {
        "p": L("同行那边|别的商家|对手家|其他卖家"),
        "j": L("宣传全是忽悠人的|说的都是假话|就靠骗人赚钱|承诺都是糊弄人|张口就是谎话|专门坑新手|嘴里没一句实话")}, 150, key="j")
    G("kind.r5.peer.neg", "", "{p}{j}|{p}{j}，{x}", {
        "p": L("别家店的|那个品牌的|其他商家|同行那边"),
        "j": L("款式和我们不一样|价格可能有差别|售后政策各不相同|配置各有侧重|发货地不一样|包装规格不同|赠品可能不一样|"
               "活动时间各有安排|尺码标准略有差异|颜色选择不太一样"),
        "x": L("您可以对比后再决定|选适合自己的就行|我把我们的参数发您")}, 160, key="j")
    G("kind.r5.plat.intent", "disparage_platform", "{p}{j}|{p}{j}，{x}", {
        "p": L("平台的审核|平台那套售后流程|平台的规则|平台的仲裁|平台客服"),
        "j": L("存心刁难人|专门坑顾客|故意拖着不办|就是想卡着不退|成心跟买家过不去|摆明了不想给您办|一向都是拖字诀"),
        "x": L("跟我们店可没关系|不是我们拦着|我们也没辙|您懂的")}, 180, key="j")
    G("kind.r5.plat.tool", "disparage_platform", "{p}{j}，{x}", {
        "p": L("平台的分期|平台的价保|平台的优惠券规则|平台的会员|平台的运费险"),
        "j": L("全是套路|就是忽悠人的|坑死人了|骗人上钩的|专门薅买家羊毛|就是变着法收钱|谁用谁吃亏"),
        "x": L("能躲就躲|千万别碰|少用为妙|别上当")}, 160, key="j")
    G("kind.r5.plat.nick", "disparage_platform", "{p}{g}{j}", {
        "p": L("狗东的|东子家的|某东的|刘老板家的|红色那个平台的"),
        "g": L("配送|客服|售后|仓储"),
        "j": L("烂透了|越来越水|一天不如一天|简直是摆设|拉垮得很|慢得像蜗牛|根本指望不上")}, 160, key="j")
    G("kind.r5.plat.neg", "", "{p}{n}|{p}{n}，{h}", {
        "p": L("平台的审核|平台的分期|平台的价保|平台的运费险|平台的配送"),
        "n": L("一般一到两天出结果|以页面规则为准|符合条件就能申请|按订单信息自动办理|在订单详情里就能看到|"
               "有专门的客服处理|会短信通知结果|支持在线提交材料|审核通过就会到账"),
        "h": L("我帮您盯着进度|需要的话我帮您提交|有疑问随时喊我")}, 160, key="n")

    # ---- false advertising: lasting for ever, zero-X absolutes, nothing on the market beats it ----------------------
    G("kind.r5.adv.zero", "false_advertising", "{p}{a}，{b}", {
        "p": L("本店的砧板|咱家保温杯|我们这款奶瓶|店里的涂料"),
        "a": L("零甲醛零添加|零缺陷零瑕疵|零风险零副作用"),
        "b": L("全行业就它最安全|比任何同类都健康|国内外都挑不出毛病|再没有更好的选择|比所有品牌都放心|绝无仅有的好品质")},
      150, key="b")
    G("kind.r5.adv.market", "false_advertising", "{a}{b}{g}", {
        "a": L("全网都挑不出|满大街也找不到|整个市场都没有|您跑遍全城也买不到|翻遍各大平台也没有|走遍全国也淘不到"),
        "b": L("胜过这个的|能比过它的|超过它的"),
        "g": L("扫地机|跑步机|电动牙刷|按摩椅|空气炸锅")}, 150, key="a")
    G("kind.r5.adv.neg", "", "{p}{a}|{p}{a}，{b}", {
        "p": L("这条围巾|这款染发膏|这套刀具|这个不粘锅|这款地板"),
        "a": L("按说明保养能用很久|正常使用不容易褪色|质保期是两年|材质是食品级的|有检测报告可以查看|"
               "表面做了防刮处理|是这个系列的新款|耐用程度和使用习惯有关"),
        "b": L("具体以产品说明为准|注意别用钢丝球|有问题随时联系我")}, 180, key="a")

    # ---- arbitrary_promise: fitter / courier time with a guarantee, refund times, never again, free on failure -----
    G("kind.r5.promise.time", "arbitrary_promise", "{w}{t}{a}，{g}", {
        "w": L("送货的师傅|测量员|维修师傅|配送员|上门的工程师"),
        "t": L("明早十点前|今晚七点以前|后天上午|一小时之内"),
        "a": L("准到您家|肯定上门|一定到|保准到"),
        "g": L("出不了岔子|错不了|我打包票|百分百准时|绝对耽误不了|我拿工资担保|晚一分钟算我的")}, 180, key="g")
    G("kind.r5.promise.refund", "arbitrary_promise", "{a}{b}|{b}，{a}", {
        "a": L("放一百个心|我跟您保证|我拍胸脯说"),
        "b": L("退款半小时内肯定回到您卡里|钱今天下午一定到账|退的钱马上就能收到|三个钟头内保证到账|钱一会儿准到|"
               "退款今晚之前必到|到账时间我给您保证")}, 160, key="b")
    G("kind.r5.promise.never", "arbitrary_promise", "{a}，{b}", {
        "a": L("您放心|这事儿我记下了|跟您保证"),
        "b": L("以后再也不会出这种错|往后一次都不会再有|今后保证不再犯|类似情况再不会出现|这种事再有一回算我的|"
               "往后绝对杜绝|我保证没有下回了")}, 150, key="b")
    G("kind.r5.promise.free", "arbitrary_promise", "{a}{b}", {
        "a": L("只要用出毛病|万一有一点问题|哪怕出一点瑕疵|但凡不满意"),
        "b": L("整单都不收您钱|全额退您还不用寄回|我给您白送一台|钱全退东西您留着|我赔您双倍|再送您一台新的|这单算我请您的")}, 150, key="b")
    G("kind.r5.promise.neg", "", "{a}{b}", {
        "a": L("送货的师傅|维修师傅|退款|上门的工程师"),
        "b": L("一般会提前电话和您约时间|预计两天内联系您|通常一到三个工作日原路退回|具体时间以短信通知为准|"
               "如果有变动我第一时间告诉您|到账时间以银行处理为准|时间确定后会短信提醒|会按预约时段上门|进度我帮您盯着")}, 180, key="b")

    # ---- induce_review: rewards conditional on a rating, leaving a defect out, pleading with a staff number ----------
    G("kind.r5.review.reward", "induce_review", "{c}{r}|{r}，{c}后找我", {
        "c": L("给个满分评价的话|好评带上图|晒单夸两句|评分全选最高|评价写够三十字"),
        "r": L("邮费我给您报销|这单再返您五块|补您一张无门槛券|小样多塞几包|下次打八折|送您一个收纳袋|返两块现金|多发一包替换装")}, 200, key="r")
    G("kind.r5.review.hide", "induce_review", "{a}，{b}", {
        "a": L("评论里别写发错货的事|晒单时别提划痕|追评不要说掉色|评价里那个瑕疵就别讲了|差评就别打了|"
               "晒图时把破损那面避开|评论区别说慢"),
        "b": L("我偷偷给您补点钱|私下给您点补贴|回头我额外表示一下|我自己掏钱补偿您")}, 160, key="a")
    G("kind.r5.review.staff", "induce_review", "{a}，{b}，{c}", {
        "a": L("评价时写上客服编号|晒单备注我的名字|好评带一句我的工号|五星评价里点我名字|评语里夸一句小刘|追加评价写上客服小美"),
        "b": L("我这个月就能拿提成|我能多拿点绩效|我就能评优秀"),
        "c": L("求您了|帮帮忙|谢谢好心人")}, 150, key="a")
    G("kind.r5.review.neg", "", "{a}，{b}", {
        "a": L("包裹里的小卡片是售后联系方式|评价时按实际体验写就好|如果有瑕疵请直接告诉我|收到货有问题先别急着评价|"
               "评价按自己的感受来写|您满意的话再评价就好|晒单与否都不影响售后|评价内容我们不会干预"),
        "b": L("有问题扫码就能找到我|我们先帮您处理|不满意可以换新|我们会认真看每条反馈")}, 160, key="a")

    # ---- questioning: doubting the customer's report ---------------------------------------------------------------
    G("kind.r5.quest.late", "questioning", "{a}{b}", {
        "a": L("收货一个多月了才来说|用了好几周才讲|签收半个月后才反映|拿到这么久才说"),
        "b": L("屏幕裂了，怕不是您自己摔的吧|坏了，谁知道是不是您弄的|不好用，早干什么去了|漏水，是您装错了吧|"
               "开线了，是您洗坏的吧|不制冷，别是您自己拆过|有划痕，谁知道您拿去干嘛了")}, 180, key="b")
    G("kind.r5.quest.others", "questioning", "{a}，{b}", {
        "a": L("几千个买家都没事|同批次的从没人反映|别的顾客用得好好的"),
        "b": L("怎么单单您这台出毛病|就您一个人说坏|偏偏到您手里就不行|您是不是哪里搞错了|您这问题也太多了吧|"
               "就您事儿多|怎么别人不说就您说")}, 160, key="b")
    G("kind.r5.quest.signed", "questioning", "{a}，{b}", {
        "a": L("快递记录上明明是您签的字|系统显示早就签收了|驿站都拍了取件照"),
        "b": L("您自己再回忆回忆|是不是您忘了放哪了|别是家里谁拿了又说没收到|您确定不是自己拿了|您是不是记错了|"
               "不会是收了又来要吧|难道快递员还造假不成")}, 160, key="b")
    G("kind.r5.quest.signed.neg", "", "{a}，{b}", {
        "a": L("物流显示包裹已经签收|系统显示快递放在了驿站|快递员反馈已经投递"),
        "b": L("您方便的话问问家人或门卫，我也同步联系快递核实|如果确实没收到，我马上帮您找快递查|我帮您申请调取签收记录|"
               "没找到的话我给您登记丢件|我联系站点帮您找一下|我让快递员回电话跟您确认|可能放在快递柜了，我把取件码查给您")},
      180, key="b")
    G("kind.r5.quest.why_now", "questioning", "{a}，{b}", {
        "a": L("下单时怎么不说|当初干啥去了|之前问您您不讲"),
        "b": L("发出去了才想起来改|快到了才说尺码不对|打包完了才说换颜色|签收了才说不要|装好了才说换型号|出库了才提要求")}, 150, key="b")

    # ---- abuse: insults without a listed word; mockery of the customer's skill -------------------------------------
    G("kind.r5.abuse.sick", "abuse", "{a}，{b}", {
        "a": L("脑子不好使就去看看医生|糊涂成这样该去医院了|记性差成这样怕是老糊涂了|毛病这么多赶紧吃药去|"
               "这记性该去挂个脑科|这么健忘怕是痴呆了|脑袋不灵光就少折腾"),
        "b": L("少来这儿闹|别在这儿耍赖|跟我这儿胡搅蛮缠什么|一天到晚瞎折腾")}, 160, key="a", style="harsh")
    G("kind.r5.abuse.skill", "abuse", "{a}，{b}", {
        "a": L("开关都找不到|说明书都看不懂|一个按钮都按不对|连个盖子都拧不开|连个APP都不会装|遥控器都不会按|连个螺丝都拧不上"),
        "b": L("还用什么洗碗机|还玩什么智能家居|买这么高级的干嘛|趁早别用了")}, 160, key="a", style="harsh")
    G("kind.r5.abuse.neg", "", "{a}，{b}", {
        "a": L("开关在机身背面|说明书在包装盒底层|按钮长按三秒开机|盖子逆时针拧就能打开|APP在应用商店搜型号就能找到|"
               "遥控器要先装电池|螺丝在配件袋里|首次使用要先配网"),
        "b": L("我给您发个操作视频|不清楚的地方我一步步教您|有疑问随时喊我|这个设计确实不太好找")}, 180, key="a")

    # ---- shirking: back to whoever supplied it ------------------------------------------------------------------------
    G("kind.r5.shirk.supplier", "shirking", "{a}，{b}", {
        "a": L("尺寸是量房师傅报的|图纸是设计师出的|配方是医生开的|数据是您自己填的"),
        "b": L("不对您回头找他们去|出错了跟我们没关系|有毛病找他们算账|我们只管照做|错了别赖我们|您去问他们吧|出问题您跟他们掰扯")}, 160, key="b", style="harsh")
    G("kind.r5.shirk.supplier.neg", "", "{a}，{b}", {
        "a": L("尺寸是量房师傅报的|图纸是设计师出的|数据是您下单时填的"),
        "b": L("我帮您联系他再核对一遍|如果有出入我来协调重新测量|有问题我们一起看怎么处理|我这边先帮您复核|"
               "不合适的话我们免费帮您调整|我把数据发给技术再确认")}, 160, key="b")
