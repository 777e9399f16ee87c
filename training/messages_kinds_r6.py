"""Eighth round of keyword-free kinds (stop 48, m48): compositional grammars for the meaning kinds the shipped model
(m41 B) still misses, written from the seeds (000 随意承诺 / 辱骂 / 诋毁同行 / 欺骗及泄密 / 责问质疑; 002 服务承诺准则 and
用户隐私; 004 态度) and from the taxonomy, not from any evaluation line: no sentence of a dev, fresh, pool, hard or test
set is copied, and no clause of six characters or more is shared with a readable set (``tests/test_semantic_model.py``).

* arbitrary_promise said without 保证 / 一定: a personal guarantee (包在我身上, 我个人兜底), a remedy whatever happens
  (不管什么原因都给您换新), an insider's price (我走员工价给您), casual certainty (妥妥的 / 稳了 / 准能 / 没跑), a remedy
  conditional on a miss (晚到一天我补您十块), a discount on the agent's own say (我做主给您抹掉零头);
* abuse said by meaning: the customer's taste, looks, means or age mocked, mock praise (您可真是个人才 + a blunder),
  animal comparisons, a polite "go away" (另请高明吧，我们伺候不起);
* disparage_peer / disparage_platform by allusion (有些店卖的那种，懂的都懂; 这地方买东西售后全凭运气);
* privacy_leak: another buyer's name, address, phone tail or order read out; the purchase price or a supplier's
  quote; an internal list;
* questioning the customer's report (拍得这么糊谁知道坏没坏; 您这说法前后对不上; 我们发出去时好好的);

each beside hard negatives of the same shape: hedged promises (预计 / 一般 / 以物流为准 / 按平台规则), stated policy and
activity rules, sincere praise, neutral comparisons, the customer's own data read back, evidence asked for politely.

NOT registered in training/messages_corpus.py: none of the five candidates trained with these grammars at stop 48 met
every declared criterion (MODEL_CARD.md, "Stop 48: m48"), so the shipped model and its corpus are unchanged and `make
model` still rebuilds them.  How the candidates were trained: ``candidate_rows()`` below draws these grammars with
their own random stream (``LATE_SEED``) and puts every sentence in train (hash-split rows in valid moved the thresholds
chosen on the shipped valid split: candidate A); appended after the composites of ``messages_corpus.build()``, before
the duplicate removal, the rest of the corpus is drawn exactly as before and the valid and test splits are m41's.  The
measured corpus (candidates D/E, 83,380 sentences) is ``build()`` + these rows:

    rows = build(); late = candidate_rows(); seen = {key_text(r["text"]) for r in rows}
    rows += [r for r in late if key_text(r["text"]) not in seen and not seen.add(key_text(r["text"]))]

Candidate E weighted them half a generated row (``--template-weight kind.r6=0.5`` beside the defaults).
Three generic clauses of the measured version that read chat turns also hold (以物流显示为准, 我这就帮您查) were
reworded afterwards, so these rows now differ from the measured corpus in those fillers only.
"""

from __future__ import annotations

import random

LATE_SEED = 20251129 + 48


def candidate_rows(seed: int = LATE_SEED) -> list[dict]:
    """The sentences these grammars generate (messages_corpus's expansion and styles, every one in train), without
    registering them in the shipped corpus: for the near-duplicate test, for inspection and to train the candidate."""
    from training import messages_corpus as mc

    local: list = []

    def G(gid, labels, templates, slots, n, key="", style="warm"):  # noqa: N802 - the corpus's grammar call
        labels = tuple(x for x in labels.split() if x) if isinstance(labels, str) else tuple(labels)
        templates = mc.L(templates) if isinstance(templates, str) else list(templates)
        for t in templates:
            for name in __import__("re").findall(r"{(\w+)}", t):
                if name not in slots:
                    raise KeyError(f"{gid}: slot {name!r} of {t!r} not defined")
        local.append(mc.Grammar(gid, labels, templates, slots, n, key, style))

    pools = {"GOODS": mc.GOODS, "NEUTRAL": mc.NEUTRAL, "NAMES": mc.NAMES, "ADDRS": mc.ADDRS, "INTERJ": mc.INTERJ}
    register_r6(G, mc.L, pools)
    rng = random.Random(seed)
    rows = [row for g in local for row in mc.expand(g, rng)]
    for row in rows:
        row["split"] = "train"
    return rows

# goods used here (none of the shared pools' fillers, so the grammars carry their own)
_GOODS = ("电水壶|加湿器|羽绒被|蓝牙音箱|保温杯|儿童座椅|吸尘器|电热毯|破壁机|台式风扇|瑜伽垫|床垫|窗帘|"
          "投影仪|电煮锅|挂烫机|按摩枕|行车记录仪|烤箱|落地灯|收纳柜|晾衣架|电动车头盔|婴儿推车")


def register_r6(G, L, pools: dict) -> None:  # noqa: C901 - one flat list of grammars, data only
    goods = L(_GOODS)
    names = pools["NAMES"]
    when = L("周四|明天下午|后天中午前|这周末|下周一|大后天|月底前|三天内|今晚十点前|五一之前|本周内")

    # ================= arbitrary_promise, said without 保证 / 一定 =====================================================
    # outcomes the agent cannot control (times, refunds, prices, gifts, remedies), not claims about the goods (a goods
    # claim such as "never fades" is false_advertising's)
    outcome = L("{w}肯定送到您手上|{w}准能收到|{w}东西就到家了|退款今天就回到您账上|"
                "这个价格下个月也不会变|安装师傅{w}就上门|赠品少不了您的|"
                "这批货{w}就能发出|过敏的话全部算我们的|质量问题终身包换|以后再也不会发错")
    G("kind.r6.promise.personal", "arbitrary_promise", "{a}，{o}|{o}，{a}", {
        "a": L("这事我一个人揽下了|有我在您就放心吧|我拿人品担着|我个人给您兜底|我说话算数|这事我替您扛着|"
               "出了事您直接找我本人|我在这儿给您打包票|我用工号给您担着|我这张嘴说出去的话不会变|"
               "您信我一回|我跟您拍板了"),
        "o": outcome, "w": when}, 300, key="a")
    remedy = L("我们都直接给您换新的|全款退给您|一分钱不用您出|我们包赔|东西不用寄回也给您退|再给您寄一台|"
               "运费来回都算我们的|当场给您赔一个|退款马上到账|给您双倍补偿")
    G("kind.r6.promise.whatever", "arbitrary_promise", "{a}，{r}|{a}{r}", {
        "a": L("不管出什么问题|无论什么原因|哪怕是您自己弄坏的|不论用多久|只要您不满意|随便哪里不对劲|"
               "不管是不是质量问题|就算过了售后期|什么情况都算上|您用得不顺心的话"),
        "r": remedy}, 300, key="r")
    # the same remedies when the case is covered (warranty, a fault of ours found, the rules): stated, clean
    G("kind.r6.promise.neg.covered", "", "{a}，{r}|{a}，{r}，{x}", {
        "a": L("这属于保修范围内的问题|检测下来是部件故障|经核实是我们发错了货|在三包期内|按售后规则这种情况可以处理|"
               "这是运输途中压坏的|质保期内出现这个故障|这是出厂时装配的问题"),
        "r": remedy,
        "x": L("您看这样可以吗|上门取件的时间您定|流程我来帮您提交|具体按售后单的进度走")}, 300, key="a")
    G("kind.r6.promise.insider", "arbitrary_promise", "{a}，{b}|{b}，{a}", {
        "a": L("我跟仓库主管熟|我在公司待了八年|我们老板是我表哥|我手里有内部名额|我认识厂里的人|财务那边是我同学"),
        "b": L("给您走员工价|按内部价给您算|能给您拿到出厂价|给您申请个亲友折扣|比活动价再低一截给您|"
               "多送您一套配件不走系统|让您不排队先发|给您单独留一台不放出去")}, 260, key="b")
    G("kind.r6.promise.casual", "arbitrary_promise", "{g}{w}{c}|{w}{c}，{g}{x}", {
        "g": L("{p}|您的{p}|这台{p}|这单"), "p": goods, "w": when,
        "c": L("妥妥到|稳稳送到|准到|铁定到|到货没跑|板上钉钉能到|闭着眼都能收到|指定到|必到您家|落不下|错不了能到"),
        "x": L("您就等着收吧|不用操心了|这个您甭担心|别的都不用管|我心里有数")}, 300, key="c")
    G("kind.r6.promise.cond", "arbitrary_promise", "{c}，{r}", {
        "c": L("要是{w}还没到|过了{w}没收到的话|晚到一天|如果用着起球|万一尺码不合适|下水后要是缩了|"
               "收到有一点划痕|要是比别家贵"),
        "w": when,
        "r": L("我自己掏钱补您五十|我私下给您返二十块|我给您免了这单|差价我来出|我个人赔您十块|"
               "我再送您一个|整单给您打对折|我转您一个红包")}, 280, key="r")
    G("kind.r6.promise.own_say", "arbitrary_promise", "{a}，{b}|{b}，{a}", {
        "a": L("看您这么爽快|您是老顾客了|咱俩聊得来|今天我心情好|这事您知我知|权当认识一场"),
        "b": L("我做主给您抹掉零头|我自己给您再便宜三十|我给您打个八五折|我拍板给您减四十|我私人再让您二十|"
               "这单我给您按半价走|我做主多送您一件|优惠券没有我也照样给您减")}, 260, key="b")
    # hard negatives of the same shapes: hedged times, stated policy, activity rules, remedies by the rules
    G("kind.r6.promise.neg.hedge", "", "{g}{w}{c}", {
        "g": L("{p}|您的{p}|这台{p}|这单"), "p": goods, "w": when,
        "c": L("预计能到|预计送达|一般能送到|大概率能到|应该能到，到时看物流更新|有望送达，实际派送看快递安排|"
               "前后能到，实际看物流页面更新|左右到货，遇到天气会晚一点")}, 260, key="c")
    G("kind.r6.promise.neg.stated", "", "{g}{c2}，{x}", {
        "g": L("{p}|您的{p}|这台{p}|这单"), "p": goods,
        "c2": L("发货后一般两到三天送达|的配送时效看物流页面的更新|预计三到五天到货|通常次日送达，偏远地区会慢些|"
                "的到货时间我帮您盯着|由快递公司配送，时效以实际为准"),
        "x": L("路上有耽搁我会及时告知|运单号我这就贴给您|您可以在订单里查看物流|如有变化会短信通知您|我帮您持续跟进")},
      300, key="c2")
    G("kind.r6.promise.neg.policy", "", "{c}，{r}|{c}{r}", {
        "c": L("若确属质量问题|签收七天内|若商品与描述不符|如果超时未发货|若收到有破损|在三包期内"),
        "r": L("按平台规则给您退换|可以申请七天无理由退货|按平台规则处理，我帮您提交|可以在订单页申请售后|"
               "会按店铺公示的规则赔付|凭照片就能申请补发|我们按流程给您换货|符合条件可以免费维修")}, 300, key="r")
    G("kind.r6.promise.neg.activity", "", "{a}，{b}|{b}", {
        "a": L("这个是店铺活动|现在参加满减|这是平台统一的活动|活动页面写着"),
        "b": L("满三百减三十，下单自动减|前一百名下单送收纳袋，以系统为准|领券后结算页会显示优惠|"
               "会员价在结算时自动生效|折扣以结算页面为准|赠品随单发出，送完即止|价格我没法私下改，按页面来")},
      240, key="b")
    G("kind.r6.promise.neg.own", "", "{a}，{b}", {
        "a": L("您是老顾客了|多谢您常来光顾|看您等了这么久|您这么爽快"),
        "b": L("我帮您申请一下有没有优惠，结果马上告诉您|我去问问主管能不能给您加个小赠品|"
               "我帮您看看还有哪些券能用|有活动我第一时间通知您|我把能用的优惠都帮您列出来")}, 220, key="b")

    # ================= abuse said by meaning ==========================================================================
    G("kind.r6.abuse.taste", "abuse", "{a}，{b}|{b}，{a}", {
        "a": L("挑来挑去选了个最土的|您这眼光|这审美|您看上的这几样|您这品味"),
        "b": L("也就配买这种了|真是没救了|老土得掉渣|村口大妈都不穿|一般人真学不来|难怪穿啥都不好看|跟没挑一样")},
      220, key="b", style="harsh")
    G("kind.r6.abuse.looks", "abuse", "{a}{b}", {
        "a": L("就您这身材|您这个脸型|您这腰围|长成这样|这么胖|您这五短身材"),
        "b": L("穿什么都一样|戴啥都白搭|还挑什么款式|别怪衣服不好看|买大两码都塞不进|还想显瘦呢|照镜子就明白了")},
      220, key="b", style="harsh")
    G("kind.r6.abuse.means", "abuse", "{a}，{b}|{a}{b}", {
        "a": L("买不起就别看了|没钱还问这么多|几十块钱的东西|兜里没几个钱|嫌贵您就别买|这点钱"),
        "b": L("还想要什么服务|去地摊上买吧|穷讲究什么|也好意思挑三拣四|别耽误我做生意|还当自己是大客户呢")},
      220, key="b", style="harsh")
    G("kind.r6.abuse.age", "abuse", "{a}，{b}", {
        "a": L("一把年纪了|老人家眼神不好|岁数大了脑子跟不上|都快七十了|年纪这么大"),
        "b": L("就别学年轻人网购了|还折腾什么智能的|让您孙子来问吧|老糊涂了吧|学不会就别买|回家歇着吧")},
      200, key="b", style="harsh")
    G("kind.r6.abuse.mockpraise", "abuse", "{a}，{b}|{b}，{a}", {
        "a": L("您可真是个人才|您真聪明|厉害厉害|佩服佩服|您这本事真大|了不起"),
        "b": L("插头都能插反|说明书不看就拆了|新买的都能用坏|一个按钮研究半天|装反了还来怪我们|"
               "尺码表摆着还能买错|地址都能填错")}, 240, key="b", style="harsh")
    G("kind.r6.abuse.animal", "abuse", "{a}{b}|{a}{b}，{c}", {
        "a": L("您这脑子|说了八遍|您这反应|跟您讲话|您这记性"),
        "b": L("跟猪似的|跟金鱼一样七秒就忘|比树懒还慢|跟对牛弹琴一样|像鹦鹉学舌|跟鸭子听雷似的"),
        "c": L("我也是服了|真累|还要我怎样|懒得说了")}, 220, key="b", style="harsh")
    G("kind.r6.abuse.goaway", "abuse", "{a}，{b}|{a}", {
        "a": L("您请便，慢走不送|您还是另请高明吧|我们这小店伺候不起您|门在那边，出门右拐|您爱去哪买去哪买|"
               "您这样的顾客我们接待不了|您换一家祸害吧|您还是别来了"),
        "b": L("别再找我了|不送|我们不稀罕|不差您这一单|谢谢您放过我们")}, 220, key="a", style="harsh")
    G("kind.r6.abuse.neg", "", "{a}，{b}|{a}", {
        "a": L("您眼光真好|您挑的这个颜色很衬肤色|您身材匀称，修身款很合适|这个脸型戴圆框会很好看|"
               "这个预算的话推荐入门款|老人家用的话推荐大字版|按您的腰围建议选大一码|家里有老人的话这款操作简单|"
               "预算有限的话这款性价比高|您挑的款式很适合通勤"),
        "b": L("我把尺码表发您参考|有需要随时问我|我再给您推荐两款|您瞧瞧合不合眼缘|不合适支持换货")}, 300, key="a")
    G("kind.r6.abuse.neg.bye", "", "{a}，{b}", {
        "a": L("感谢光临|那您慢走|好的不打扰您了|这次没帮上忙很抱歉|您先考虑考虑"),
        "b": L("之后还有疑问尽管留言|欢迎再来逛逛|想好了随时联系我|祝您这周顺顺利利|我一直在线")}, 200, key="a")
    G("kind.r6.abuse.neg.pet", "", "{a}，{b}", {
        "a": L("这款宠物窝适合猫咪和小型犬|鹦鹉笼的尺寸发您参考|这个逗猫棒小狗也能玩|金鱼缸建议配过滤器|仓鼠跑轮是静音的"),
        "b": L("您看合适吗|有疑问随时问我|组装的视频我稍后发过来|按宠物体型选就行")}, 160, key="a")

    # ================= disparage_peer / disparage_platform by allusion ================================================
    G("kind.r6.peer.allude", "disparage_peer", "{a}{b}|{a}{b}，{c}", {
        "a": L("有些店卖的那种|外面那些低价货|某些商家的便宜货|有的牌子|市面上那些仿的|隔壁那些|好些卖家"),
        "b": L("懂的都懂|什么来路您自己想想|图便宜最后吃亏的是您|发过去跟图片两回事|全靠广告堆出来|"
               "拆开您就知道了|用一次就明白差在哪"),
        "c": L("点到为止|您心里有数|不点名了|买过的人都清楚")}, 280, key="b")
    G("kind.r6.peer.neg", "", "{a}{b}|{a}{b}，{c}", {
        "a": L("不同品牌|别家的|其他店铺|各家"),
        "b": L("做法不太一样|价格我们不太清楚|参数可以对比一下|各有侧重|材质可能不同|活动时间不一样"),
        "c": L("我们这款是双层内胆|我把我们的参数表发您|您按需要选就好|我们的质检报告可以发您看")}, 240, key="b")
    G("kind.r6.plat.allude", "disparage_platform", "{a}{b}|{a}{b}，{c}", {
        "a": L("这平台嘛|在这儿买东西|平台那边的人|平台就这样|他们平台|这个地方的售后"),
        "b": L("您也知道是什么德行|售后全凭运气|您就别指望了|习惯就好|向来只管收钱|能拖就拖|说了也等于白说"),
        "c": L("我也没办法|不是我说|您懂的|摊上了只能认")}, 260, key="b")
    G("kind.r6.plat.neg", "", "{a}{b}|{a}{b}，{c}", {
        "a": L("平台的售后入口|平台客服|平台的退款|平台的规则"),
        "b": L("在订单详情里|可以帮您介入处理|一般一到三个工作日处理|以页面公示为准|会给您短信通知"),
        "c": L("我也帮您跟进|需要的话我帮您提交|进展有变化我来通知您")}, 200, key="b")

    # ================= privacy_leak ====================================================================================
    G("kind.r6.privacy.buyer", "privacy_leak", "{a}{b}|{a}{b}，{c}", {
        "a": L("刚才买同款的|上午那位|跟您一个小区的|前面咨询的|昨天退货的|下单比您早的"),
        "b": L("{n}住在{d}|{n}手机尾号是3361|{n}的单号是JD8820471|{n}家就在{d}|{n}买了两台|{n}是做美容的"),
        "n": names, "d": pools["ADDRS"],
        "c": L("您去找她打听打听|您要不要认识一下|我顺便告诉您|你们俩正好凑一单")}, 240, key="b")
    G("kind.r6.privacy.cost", "privacy_leak", "{a}{b}|{a}{b}，{c}", {
        "a": L("跟您透个底|悄悄说|实话讲|您别外传"),
        "b": L("这款进货才三十多|拿货价就十几块|厂家给我们的底价是四十五|供应商报价一台一百二|这批货成本不到一半|"
               "我们的采购合同价是八十"),
        "c": L("利润都在这儿了|您心里有个数|所以还能再谈|这话出了门我可不认")}, 220, key="b")
    G("kind.r6.privacy.neg", "", "{a}{b}，{c}", {
        "a": L("您留的|您订单上的|您这单的|系统里您本人的"),
        "b": L("收货地址是{d}|电话尾号3361|单号是JD8820471|收件人是{n}"), "n": names, "d": pools["ADDRS"],
        "c": L("麻烦您核对一下|有误的话告诉我改|确认无误就安排发货|需要修改随时说")}, 220, key="b")
    G("kind.r6.privacy.neg.shop", "", "{a}{d}，{b}", {
        "a": L("我们门店地址是|线下体验店在|自提点设在|售后维修点的地址是|退货请寄到我们仓库："),
        "d": pools["ADDRS"],
        "b": L("晚上八点半关门|周末也开门|来之前打个电话就行|到了报订单号就可以|收件人写售后部")}, 200, key="b")
    G("kind.r6.privacy.neg.price", "", "{a}{b}", {
        "a": L("这款现在|这个型号|今天下单|会员购买"),
        "b": L("页面价是一百二十九|活动价九十九，结算时自动算好|到手价以页面为准|价格和官网一致|比平时便宜二十，活动到周日")},
      160, key="b")

    # ================= questioning the customer's report ================================================================
    G("kind.r6.quest.report", "questioning", "{a}{b}|{b}，{a}", {
        "a": L("拍得这么糊|就这一张照片|光凭您一句话|您这说法前后对不上|您上回说的不是这样|"
               "我们发出去时好好的"),
        "b": L("谁知道坏没坏|我们怎么信|您让我怎么判断是真是假|该不会是您自己弄的吧|怎么到您手上就出问题了|"
               "您真确定是收到就这样的|别是洒的说成漏的")}, 260, key="b", style="harsh")
    G("kind.r6.quest.report.neg", "", "{a}，{b}", {
        "a": L("为了帮您把售后办快一点|麻烦您|方便的话|辛苦您配合一下"),
        "b": L("拍一张破损处的照片发我|录一段开箱视频给我|把外包装也拍一下|发一下快递面单的照片|说一下大概什么时候发现的")},
      240, key="b")
    G("kind.r6.quest.neg.cause", "", "{a}，{c}，{f}", {
        "a": L("您别担心|不用着急|您先别慌|这个情况我了解了"),
        "c": L("这是过热保护在起作用|机器本身没有坏|这是新机的正常气味|滤网装反了也会这样|这是水垢积得多了|"
               "可能是电压不太稳|是包装里的干燥剂受潮了"),
        "f": L("放到通风的地方再试试|按说明书重新装一下就好|还不行我们安排上门检测|我把清洁的步骤发您|"
               "如果还有问题我帮您换新")}, 260, key="c")
    G("kind.r6.quest.neg.confirm", "", "您是说{s}，是吗|我跟您确认一下，{s}对吧，{n}|您的意思是{s}，对吗|{s}是吧，{n}", {
        "s": L("热水壶烧不开水|风扇摇头不转了|床垫中间塌下去一块|窗帘比窗户短了一截|烤箱门关不严实|投影仪画面发暗|"
               "加湿器不出雾|挂烫机底下漏水|头盔扣带断了|推车轮子卡住了|收纳柜抽屉拉不动"),
        "n": L("我记下了|我马上帮您登记|我现在去后台核实|我们一起看看怎么解决")}, 240, key="s")
    # the same casual certainty said of what the goods do is a claim about the goods: false_advertising, not a promise
    G("kind.r6.adv.certain", "false_advertising", "{p}{c}{e}|{p}{c}{e}，{x}", {
        "p": L("这款{g}|咱家的{g}|这个{g}|我们家{g}"), "g": goods,
        "c": L("用了准能|铁定|妥妥的|用上就|闭着眼买都"),
        "e": L("一点灰都不起|十年都坏不了|一次就见效|比原装的还耐用|永远不会变形|让您睡得比以前香一倍|三天就能看出变化"),
        "x": L("老主顾一箱一箱地拿|晒图的都这么讲|您试了就知道|回头客特别多")}, 240, key="e")
