"""Slot grammars for the meaning-based kinds that the first message model missed (issue 11).

Registered by ``training.messages_corpus`` after its own grammars (so the sentences of the earlier
grammars, and the random stream that draws them, stay as they were).  Each grammar covers a KIND of
message said without the usual keywords, with hard negatives of the same shape:

* promises of an outcome with no certainty word (a date, a price that will not drop, an extra outside
  the activity, an approval the agent cannot give) against hedged statements of the same facts;
* the platform run down through its staff, rules or tools, against neutral statements of the rules;
* other shops run down by vague reference, simile or imputed intent, against neutral comparisons;
* doubting the customer's report, blaming their use, against polite requests for evidence;
* impatience and condescension, mockery and threats without swear words;
* pushing the problem to someone else without the seed's refusal words;
* Advertising-Law claims by implication (no rival, endorsement, medical effects, no side effects);
* other people's data and internal figures given away.

The fillers are written for this product from the seeds (000-004) and the issue's list of kinds; none
comes from the dev cases, JDDC, ToxiCN or the frozen evaluation set ``benchmarks/data/hard_messages.jsonl``.
"""

from __future__ import annotations


def register(G, L, pools: dict) -> None:  # noqa: C901 - one flat list of grammars, data only
    goods, neutral, names, addrs = pools["GOODS"], pools["NEUTRAL"], pools["NAMES"], pools["ADDRS"]

    # ---- arbitrary_promise: outcome stated as fact, no 保证/一定/肯定 ------------------------------
    when = L("明天中午前|后天一早|这周六之前|周四下午|今晚十点前|下周二之前|月中之前|三天之内|两个工作日内|"
             "明天下班前|本周之内|大后天|五号之前|节前|下礼拜一|48小时以内|过两天|月底之前")
    arrive = L("就能到您手上|就送到了|就能签收|就会到账|就能补上货|就修好给您寄回|就能装好|就批下来了|"
               "就能退回您的卡里|就给您换好新的|就有现货了|就能上门|就处理完了|就能用上|就能收到|准到|就能拿到|"
               "就能审核通过")
    G("kind.promise.when", "arbitrary_promise",
      "您{w}{a}|{w}{a}，耽误不了您用|放心等着，{w}{a}|这边安排好了，{w}{a}|没事的，{w}{a}|{w}{a}，您不用再问了",
      {"w": when, "a": arrive}, 260, key="a")
    price = L("这价格我给您一直留着|这个价已经到底了，往后只会涨|等大促也不会比这便宜|哪天便宜了我把差额退您|"
              "这个价格放到年底都有效|给您锁价三十天，随时来拍")
    G("kind.promise.price", "arbitrary_promise", "{p}|{p}，您就放心拍|现在拍就对了，{p}|{p}，{n}",
      {"p": price, "n": neutral}, 150, key="p")
    extra = L("再放一份小样|多给您放两个替换头|送您一张店铺无门槛券|再送您一年延保|单独给您打个九折|私下再让您二十块|"
              "给您加一个保温袋|多配一根数据线|给您免掉这单运费|这单给您按员工价走|再给您加一套滤芯")
    G("kind.promise.extra", "arbitrary_promise",
      "活动里没有，但我{e}|我自己做主{e}|不走活动流程，我{e}|规则上没有这条，我照样{e}|看您爽快，我{e}",
      {"e": extra}, 200, key="e")
    outcome = L("十年八年都用不坏|泡水暴晒都不褪色|摔几次都坏不了|放多久都不会变质|穿几年都不变形|"
                "以后再也不会出这个问题|装上就不会再漏水|换完这个就彻底好了|坏了我个人赔您一台新的")
    G("kind.promise.outcome", "arbitrary_promise", "{g}{o}|这个{g}{o}|我们家{g}{o}|{o}，这个{g}您放心用",
      {"g": goods, "o": outcome}, 220, key="o")
    grant = L("退款我这就给您点通过，不用等审核|这个售后我给您特批，旧的不用退|赔偿我这边先垫上给您|"
              "这个型号没有以旧换新，我给您按以旧换新算|超过保修期了，我照样免费给您修|缺的配件我自掏腰包给您买")
    G("kind.promise.grant", "arbitrary_promise", "{g}|{g}，{n}|好的，{g}", {"g": grant, "n": neutral}, 120, key="g")
    hedge = L("预计{w}能到，具体以物流为准|正常情况下{w}左右会到，遇到天气可能延迟|我帮您催一下，争取{w}发出|"
              "仓库排期是{w}，有变化我第一时间告诉您|审核一般{w}会有结果，能否通过以审核为准|"
              "到货时间还没确定，您可以点到货提醒|价格会随活动调整，您可以在价保期内申请价保|"
              "赠品以活动页为准，我帮您看看还有没有|我帮您申请一下运费补偿，结果以审核为准|"
              "质量问题在保修期内可以免费维修|能不能特殊处理我需要问一下主管，稍后回复您|"
              "这个价格是今天的活动价，之后会不会变我这边没法确定")
    G("kind.promise.neg", "", "{h}|{h}，{n}", {"h": hedge, "w": when, "n": neutral}, 300, key="h")

    # ---- disparage_platform: staff, rules and tools of the platform ----------------------------
    pref = L("商城的规则|这边的审核|官方客服那边|后台那套系统|上面定的规矩|这里的售后规定|官方的仲裁|平台小二|"
             "咚咚这个聊天工具|京麦后台|自营那边|这个APP|评价系统|结算系统|价保那个功能|京豆那套玩法|PLUS那个会员|"
             "白条|官方物流|这里的扣分制度|官方介入的人")
    pjudge = L("效率低得离谱|从来不替我们说话|一出事就甩锅|规矩多得烦人|收费贵得吓人|bug一堆|跟机器人一样|"
               "判罚一点都不公平|偏心大卖家|压榨我们这些小店|动不动就罚款|流程繁琐得要命|没一件事办得利索|"
               "把我们当提款机|一天一个样|没人管事|根本不靠谱|糊弄人的")
    G("kind.plat.judge", "disparage_platform", "{r}{j}|说实话{r}{j}|{r}真是{j}|{r}啊，{j}|您也知道，{r}{j}|{r}{j}，我们也很无奈",
      {"r": pref, "j": pjudge}, 360, key="j")
    G("kind.plat.blame", "disparage_platform",
      "这事都是{r}搞出来的，您找它去|不是我们不给您办，是{r}太坑|{r}卡着，我们也被坑惨了|{r}这么折腾人，您冲它发火去",
      {"r": pref}, 120, key="r")
    pneg = L("{r}要求我们48小时内发货|按{r}，签收后7天内可以申请退货|{r}会在1到3个工作日内给出结果|"
             "{r}可以帮您查看订单进度|根据{r}，这种情况可以申请价保|您可以在{r}里提交售后|"
             "{r}会有专员跟进，请您耐心等待|{r}支持上门取件")
    G("kind.plat.neg", "", "{p}|{p}，{n}", {"p": pneg, "r": L("商城规则|官方审核|官方客服|订单页面|售后规定|官方介入|"
                                                              "京东APP|价保功能|平台规则|物流系统"), "n": neutral}, 220, key="p")

    # ---- disparage_peer: vague reference, simile, imputed intent -------------------------------
    peer = L("对面那家|别的店|其他家|同行那些|某些卖家|那几家小店|您说的那家|别家直播间|那个牌子|某大牌|"
             "那些杂牌|路边摊那种|低价引流的那些|一些网红店|别人家")
    pjud = L("材料缩水得厉害|做工糙得很|跟纸糊的差不多|跟小孩玩具一个样|东西根本不能用|就是骗人的|"
             "售后电话永远打不通|尺码乱标一气|图片都是盗的|材质写的跟实物两码事|卖的都是库存尾货|质检根本不过关|"
             "说明书都是机翻的|包装一换就敢卖高价")
    G("kind.peer.judge", "disparage_peer", "{p}{j}|{p}的东西{j}|您别看{p}便宜，{j}|{p}那种{g}{j}|说句实话，{p}{j}",
      {"p": peer, "j": pjud, "g": goods}, 340, key="j")
    G("kind.peer.neg", "", "{x}|{x}，{n}", {"x": L(
        "其他家的情况我们不了解，给您介绍下我们这款|和别的店相比，我们主要是售后更方便|不同品牌各有特点，您按需求选就好|"
        "同类产品里这款容量大一些，价格也高一点|别家的价格我们没法确认，我们这边的优惠是满减|"
        "您可以多对比几家，我们这款的参数都在详情页|那个品牌的我们没有卖，不太清楚哦|"
        "市面上同类的很多，主要区别在材质和功率|对面那款是单门的，我们这款是双门的"), "n": neutral}, 160, key="x")

    # ---- questioning: doubting the report, blaming the use --------------------------------------
    report = L("收到就是坏的|里面少了东西|用一次就不亮了|颜色跟图片不一样|一晒就变形了|没用几天就漏了|拆开就有裂缝|"
               "根本没收到货|充了一晚上还是没电|一穿就开线了|打开就有股味")
    G("kind.quest.doubt", "questioning",
      "{r}？这不太可能吧|您说{r}，谁能证明呢|真{r}了？该不会是记错了吧|{r}？您是不是自己{c}了|"
      "{r}？那您当时签收为啥不说|您肯定{r}？出库前每件都称重了",
      {"r": report, "c": L("弄的|摔的|用错了|拆过|泡水了|没按步骤装")}, 260, key="r")
    G("kind.quest.neg", "", "{x}|{x}，{n}", {"x": L(
        "您说{r}，非常抱歉，麻烦您拍张照片我帮您登记|{r}的话，我马上帮您申请售后|了解了，{r}，我这边给您补发|"
        "请问是什么时候发现{r}的呢？我帮您记录下来|抱歉给您添麻烦了，{r}这个情况我帮您反馈"), "r": report, "n": neutral},
      220, key="x")

    # ---- impolite: impatience and condescension without the seed words -------------------------
    impat = L("问来问去就这点事|我没工夫陪您聊|这个我懒得再解释|一个问题翻来覆去地问|您这问题也太多了|我手上一堆事呢|"
              "看不明白就慢慢看|您先想好了再来|别光问不拍|我回您了您没看见啊|能不能痛快点|这也要我教|我还有一堆单子等着呢")
    G("kind.impol", "impolite", "{i}|{i}，{c}|{c}，{i}|{i}！", {"i": impat, "c": L("详情页都有|页面写着呢|刚才回复过|"
      "链接里有|物流自己能看|说明书上有")}, 300, key="i", style="harsh")

    # ---- abuse: mockery and threats without swear words ----------------------------------------
    mock = L("就您这脑子|凭您这眼神|您这记性|就这点见识|您这文化水平")
    advice = L("回去多念两年书吧|下单前找个明白人帮您看|出门别说是我们的顾客|也就配用这种便宜货|怪不得老买错")
    G("kind.abuse.mock", "abuse", "{m}，{a}|{m}{a}|{a}，{m}", {"m": mock, "a": advice}, 150, key="a", style="harsh")
    threat = L("有您好果子吃|到时候别怪我们不客气|以后您的包裹可就说不准了|您会后悔的|"
               "我们有的是时间陪您耗|咱们慢慢算这笔账")
    G("kind.abuse.threat", "abuse", "{c}，{t}|{t}，{c}试试", {"c": L("再闹|再投诉|敢给差评|再来找事|再打电话骚扰|还要退"),
                                                             "t": threat}, 160, key="t", style="harsh")

    # ---- shirking: pushing the problem away without the seed's refusal words ------------------
    whos = L("财务|仓库|厂家|快递公司|安装师傅|售后部|运营|品牌方|物流那边|赠品部|技术部门")
    G("kind.shirk", "shirking", "{t}的事您直接打{w}的电话问|{t}别找我，那是{w}的活|{t}等{w}上班了您自己联系|"
      "{t}得{w}说了算，您自己去问|{t}这种事我们这边从来不碰，您找{w}",
      {"t": L("发票|退款|安装|配送|保修|赠品|改价|赔偿|补发|退差价|延保"), "w": whos}, 260, key="t")
    G("kind.shirk.neg", "", "{t}这块是{w}负责，我帮您联系，有结果告诉您|{t}的问题我帮您转给{w}，{n}|"
      "{t}需要{w}确认，我这边帮您跟进",
      {"t": L("发票|退款|安装|配送|保修|赠品|改价|赔偿|补发|退差价|延保"), "w": whos, "n": neutral}, 200, key="t")

    # ---- false_advertising by implication -----------------------------------------------------
    claim = L("顶得上吃药打针|连专家都比不上|同行谁都做不出来|是人民大会堂的指定用品|国宴上用的就是这个|"
              "部队特供的同款|航天员用的同一批|喝上一阵子血压就下来了|能排出体内的重金属|吃了能清肺|"
              "能提高孩子的记忆力|穿着能矫正驼背|戴着能防辐射|能调节内分泌|吃一个疗程孩子就长高了|抹一阵子老年斑都淡了")
    G("kind.fa.imply", "false_advertising", "{g}{c}|这款{g}{c}|我们家{g}{c}|{c}，这{g}", {"g": goods, "c": claim},
      320, key="c")

    # ---- privacy_leak: someone else's data, internal figures ---------------------------------
    G("kind.privacy.person", "privacy_leak", "{who}{n}住{a}，也买了这款|{n}在{a}，上周刚收到货|您楼下的{n}，地址是{a}",
      {"who": L("之前有位|另一个买家|老顾客|您邻居"), "n": names, "a": addrs}, 160, key="n")
    G("kind.privacy.internal", "privacy_leak", "{d}|{d}，您别往外说|偷偷跟您讲，{d}", {"d": L(
        "这款我们拿货就是零售价的{r}|出厂时的单价大概是吊牌价的{r}|"
        "我把这个月的进货单拍给您|这是我们跟厂家的合作协议，您看看"),
        "r": L("三成|四成|一半|两折|三分之一|零头")}, 140, key="d")


def register_more(G, L, pools: dict) -> None:
    """Second round: the kinds above with more fillers, and hard negatives of the same shapes."""
    goods, neutral = pools["GOODS"], pools["NEUTRAL"]

    # ---- impolite: dismissal, hurry, fed-up, conditional brush-off, condescension -------------
    G("kind.impol.dismiss", "impolite", "{d}|{d}，{t}|{t}，{d}", {"d": L(
        "爱咋咋地|无所谓啊|那是您的事|您高兴就好|那您想怎么着|您看着弄吧|反正我话说到这了|您非要这样我也没辙|"
        "有完没完|还有完没完了|能消停会吗|烦死了|我都回您好几遍了|一样的话我懒得讲第三回|刚说完又问|"
        "这种常识也要问|小孩子都会弄|这还用教吗|您认字吧|说了您也记不住|我说的是中文吧"),
        "t": L("页面写着呢|自己看记录|我这边还有别的客人|就这样|别再发了|您自己决定")}, 320, key="d", style="harsh")
    G("kind.impol.hurry", "impolite", "{h}，{r}|{h}！{r}|{r}，{h}", {"h": L(
        "赶紧的|麻利点|快着点|抓紧选|别磨蹭了|定了没有|想好没|要就拍不要拉倒|到底要不要|给句痛快话"),
        "r": L("后面还有人等着|我这边要下班了|没时间一直等您|我手头事多着呢|别耽误大家时间|我不可能一直陪您")},
      200, key="h", style="harsh")
    G("kind.impol.cond", "impolite", "嫌{x}{y}|嫌{x}的话{y}|觉得{x}{y}", {"x": L(
        "麻烦|重|小|颜色丑|味道大|包装简单|等得久|运费高|款式老|不好用"),
        "y": L("就别拍了|可以去别家|退了呗|没人逼您买|那就别要了|换一家呗|您自己想办法")}, 160, key="x", style="harsh")

    # ---- abuse: poverty mockery, pathologising, exposure threats, sarcasm, family -------------
    G("kind.abuse.poor", "abuse", "{p}|{p}，{x}", {"p": L(
        "掏得起这个钱吗|舍不得花钱就别来|这点钱也好意思讲价|口袋里没几个子吧|买不起还问这么多|一看就是没什么钱的|"
        "几十块钱还想当大爷|穷成这样还挑|没那个消费能力就别看了"), "x": L("呵呵|笑死|啧啧|真逗|省省吧")},
      150, key="p", style="harsh")
    G("kind.abuse.sick", "abuse", "{s}|{a}，{s}", {"s": L(
        "您该吃药了吧|去医院挂个号看看脑子吧|您没事吧，脑子还好吗|出门忘带脑子了吧|您这是病，得治|"
        "您真是个人才，这也能弄坏|佩服佩服，这操作绝了|您这水平我算是服了|您家里人也这么难伺候吗|您爸妈没教过您吗|没家教"),
        "a": L("一个东西退来退去|同一个问题问十遍|自己装错了还骂人|看不懂说明书")}, 180, key="s", style="harsh")
    G("kind.abuse.expose", "abuse", "{c}，{t}|{t}，{c}|{t}", {"c": L(
        "敢打差评|要是差评|您那条差评|再投诉|再闹|再骚扰我们"), "t": L(
        "我就把您的聊天记录挂出去|让大家都看看您是什么人|我们报警告您诈骗|我让律师联系您|后果您自己承担|"
        "我们走着瞧|我可记住您了|您以后的单子别想顺利|我把您拉黑让您啥也买不了")}, 200, key="t", style="harsh")

    # ---- questioning: evidence, use, rhetorical timing, accusatory why ------------------------
    G("kind.quest.evidence", "questioning", "您这{e}是我们家的吗|这{e}是从哪弄来的|光凭一张{e}能说明什么|"
      "您拿得出{e}吗|{e}都没有，让我们怎么信您|这{e}不会是网上找的吧",
      {"e": L("照片|视频|截图|发票|快递单|包装盒|聊天记录|检测报告")}, 180, key="e")
    G("kind.quest.use", "questioning", "您用的是{w}吧|别是{w}吧|是不是{w}了|您老实说，是不是{w}",
      {"w": L("杂牌充电器|自来水直接冲|洗衣机甩干|没拔电就拆|开水烫|放进微波炉|自己改装|摔过一次|给孩子拿去玩")},
      180, key="w")
    G("kind.quest.when", "questioning", "{x}才说？|{x}了才来找？|{x}，现在才想起来？|{x}了还要退？",
      {"x": L("都用了一个月|包装都扔了|吊牌都剪了|快递都签收三天|都洗过两次|都过了活动期|都拆封用过")}, 150, key="x")
    G("kind.quest.why", "questioning", "{w}不{a}？|当初{w}不{a}|那时候{w}不{a}呢", {"w": L("为啥|干嘛|怎么|凭什么"),
      "a": L("当面拆开|看清楚再拍|先问一句|保留包装|录个开箱视频|核对一下地址|看看尺码表")}, 150, key="a")
    G("kind.quest.neg", "", "{x}|{x}，{n}", {"x": L(
        "麻烦您拍一下{e}，我帮您提交售后|方便的话发一下{e}，我这边登记|收到您的{e}了，我马上处理|"
        "为了尽快处理，需要您提供一下{e}|请问您方便录一段{e}吗？我好给您申请"),
        "e": L("照片|视频|截图|发票|快递单|包装盒|聊天记录|检测报告"), "n": neutral}, 200, key="x")

    # ---- shirking: hand-off to a third party, DIY push, waiting it out, closing the matter -----
    G("kind.shirk.party", "shirking", "{t}您跟{w}沟通去|{t}后面就看{w}了，跟店里没关系|{t}属于{w}的责任|{t}得找{w}，我这管不了",
      {"t": L("上门晚了|配送慢了|安装不好|外箱压坏|少送了东西|发票开错|赠品没到"),
       "w": L("快递|第三方师傅|厂家|物流公司|品牌方|赠品供应商|驿站")}, 200, key="t")
    G("kind.shirk.diy", "shirking", "{d}|{d}，{x}", {"d": L(
        "您自己拿胶水粘一下就行|您自己拧紧就好了|自己上网搜一下教程|您自己找个师傅修|说明书里都有，自行查阅|"
        "自己去营业厅问|您自己重新下一单吧|等等看吧，我也没招|再等等，这个急不来|这事就到这儿吧|没什么好说的了|"
        "这个不受理|属于正常现象，不处理"), "x": L("我们这边就不管了|别再找我们了|后面的事您自己看着办")},
      200, key="d", style="harsh")
    G("kind.shirk.neg", "", "{x}|{x}，{n}", {"x": L(
        "这种情况可以自行拧紧，如果还有问题我给您换|安装视频我发您，看不明白我再一步步教您|"
        "快递那边我来联系，您不用操心|我帮您联系厂家售后上门，时间确定后通知您|"
        "这个属于正常现象，介意的话我帮您办理退换|师傅那边我去催，今天给您回复"), "n": neutral}, 200, key="x")

    # ---- disparage_platform: more judgments of staff, rules and tools -------------------------
    G("kind.plat.more", "disparage_platform", "{r}{j}|{r}真的{j}|在这开店{k}", {"r": L(
        "商城这套规则|这里的客服|审核那帮人|后台系统|这个APP|价保功能|仲裁的人|上面|京东这边|白条|PLUS会员|咚咚|京麦"),
        "j": L("老出错|经常抽风|不把人当回事|吃相难看|就知道收钱|说改就改|坑完买家坑卖家|谁用谁知道|越做越差|"
               "一言难尽|根本不管事|装聋作哑|推来推去|没一个懂行的"),
        "k": L("就是受气|真憋屈|钱都让它赚了|处处受限|天天被罚")}, 260, key="j")

    # ---- arbitrary_promise: priority, cost absorption, approval -----------------------------
    G("kind.promise.more", "arbitrary_promise", "{x}|{x}，{n}", {"x": L(
        "到了头一个给您发|货一到优先给您安排|我给您插个队，今天就走|运费都算我头上|差多少我来补|损失我个人承担|"
        "您的售后我打过招呼了，明天就能过|我跟审核的熟，这单准过|不合适您退，来回运费我掏|这周末之前您就能用上"),
        "n": neutral}, 200, key="x")
    G("kind.promise.neg2", "", "{x}|{x}，{n}", {"x": L(
        "到货后会按下单顺序发货|我帮您备注加急，发货时间以仓库安排为准|运费险会按规则理赔|"
        "差价可以在价保期内申请|审核结果以售后审核为准，我帮您跟进|不合适的话七天内可以申请退换，运费按规则承担"),
        "n": neutral}, 200, key="x")

    # ---- false_advertising: extreme performance, equivalence to natural/medical --------------
    G("kind.fa.perf", "false_advertising", "{g}{p}|这{g}{p}|我们家{g}{p}", {"g": goods, "p": L(
        "零下三十度照样好用|泡在水里一个月都不进水|开一整天都不发烫|跟进口大牌一模一样|效果跟医院的仪器一样|"
        "营养跟现榨的一模一样|比手术还见效|吃了就不用去医院|跟专业设备没区别")}, 200, key="p")

    # ---- hard negatives against the clean false hits of round one ----------------------------
    G("kind.neg.facts", "", "{x}|{x}，{n}", {"x": L(
        "您的订单号是{d}，已经出库了|这单的单价是{m}元，两件装|您是{day}号下的单，我看到了|"
        "这款是天然{mat}材质的，说明在详情页|这款偏大半码，建议拍小半码|这款偏小，建议拍大一码|"
        "您上次买的那台是{day}号签收的|这款的价格是{m}元，今天有满减"),
        "d": L("20261128889|3021456789|778812345"), "m": L("49|129|89.9|399"), "day": L("2|15|23|8"),
        "mat": L("乳胶|橡胶|蚕丝|羊毛|棉麻"), "n": neutral}, 200, key="x")
    # the shop's own dispatch cut-off is stated policy the desk controls, not a promise of an outcome
    G("kind.neg.cutoff", "", "{p}{t}{d}|{g}目前有现货，{t}{d}|{t}{d}，{n}", {"p": L("您好，|好的，|在的，"),
        "g": L("这款|这个颜色|这个尺码|这件|这台"), "t": L("今天下午四点前付款|下午五点前下单|中午十二点前拍下|晚上八点前付款|当天十六点前下单"),
        "d": L("当天就能发出|当天发货|当天就安排出库|今天就会打包发出|当天就能交给快递"), "n": neutral}, 200, key="d")
    G("kind.neg.merchant", "", "{x}", {"x": L(
        "尊敬的商家您好，这边是物流服务台，请问有什么可以帮您|您好，商家朋友，物流的问题可以在这里咨询|"
        "商家您好，您的揽收已经安排了|自营商品由仓库统一发货|全球购的商品分自营和第三方，自营的走官方物流")}, 60, key="x")



def register_policy(G, L, pools: dict) -> None:
    """Third round: hard negatives of the kinds the retrained model over-flagged (issue 11, helper h11c).

    Stated policy that shares words with a category but not its meaning: the payment tools a shop
    accepts (seed 004, "顾客咨询付款方式"), the official channels where a customer does something,
    the state or settings of the order system said neutrally, and a customer's repeated question
    acknowledged kindly.  Two positive kinds keep neighbouring categories apart: "the system is like
    that" as an excuse is shirking (seed 000 推诿 就这样, seed 004 是系统问题), not running the platform
    down; a bare interjection is uncivil, not abuse of the customer.  Written from the seeds; no sentence
    of any test or evaluation set."""
    neutral = pools["NEUTRAL"]
    G("kind.shirk.system", "shirking", "{h}，{s}|{s}，{h}|{h}，{s}，{x}", {
        "h": L("我们也没办法|我这边也没辙|这个我也改不了|我们也无能为力|我们这边处理不了|我也做不了主|这个我管不了"),
        "s": L("系统就是这样|是系统问题|系统不让操作|系统卡着呢|系统定死了|那是系统的事|系统不支持|系统就这么弄的|"
               "后台就是这样|系统自己判的"),
        "x": L("您再等等吧|您自己看着办|过几天再说吧|您找别人问问")}, 200, key="s", style="harsh")
    bare = [w for w in pools["INTERJ"] if len(w) >= 2 and not w.isascii()]  # not 干 / 草 / 切 alone (干净, 草莓)
    G("kind.uncivil.bare", "uncivil", "{i}|{i}！|{i}，{j}|{i}{i}", {"i": bare, "j": bare}, 120, key="i", style="none")
    pay = L("支付宝|微信支付|银行卡|信用卡|储蓄卡|花呗|云闪付|网银|货到付款|数字人民币|Apple Pay|银联|白条|分期付款")
    G("kind.neg.pay", "", "{f}|{f}，{n}", {"f": L(
        "本店支持{m}、{m2}两种付款方式|付款可以选{m}，也可以用{m2}|结算的时候选择{m}就能完成付款|"
        "{m}和{m2}都可以付款，您看哪个方便|目前可以用{m}付款，暂时不支持{m2}|您没有{m}的话，也可以用{m2}|"
        "用{m}付的款，退款会原路退回{m}|到结账页面系统会提示您用{m}付款|{m}付款后我们这边能马上看到订单|"
        "付款方式有{m}、{m2}，选您方便的就行|{m}付不了的话，换成{m2}试一试|选{m}的话订单满两百可以分期|"
        "我们这边{m}、{m2}都能用|{m}支付是安全的，确认收货后货款才会结算给商家"),
        "m": pay, "m2": pay, "n": neutral}, 260, key="f")
    G("kind.neg.channel", "", "{f}|{f}，{n}", {"f": L(
        "您可以通过{c}{a}|{a}的话，在{c}就能操作|按规定，{a}统一走{c}|{a}请以{c}为准|"
        "{c}也可以{a}，不用等我这边|需要{a}的话，我把{c}的入口发给您"),
        "c": L("品牌官方售后热线|品牌官网|订单详情页|店铺在线客服|商品详情页|官方服务网点|售后服务页面|包装上的防伪码"),
        "a": L("查询真伪|预约安装|查看保修政策|提交售后申请|查看物流进度|下载电子发票|登记保修|申请上门取件"),
        "n": neutral}, 220, key="a")
    G("kind.neg.system", "", "{s}，{r}|{r}，{s}", {"s": L(
        "系统这会儿有点慢|系统显示包裹已经签收了|系统正在升级维护|系统提示这个地址改不了|系统默认按付款顺序发货|"
        "系统的设定是付款半小时后锁单|系统暂时查不到这个单号|系统同步物流信息有点延迟|系统里的状态还没更新|"
        "订单系统设定超过七天就关闭申请入口|系统会在签收后自动发放积分|后台的规则是一单只能用一张券|"
        "系统就是这么设定的，付款后半小时锁单|系统就是这样显示的|后台就是这么计算的|系统一直是这样算运费的|"
        "系统就这么规定的，一个账号限购两件|下单页面一直是这样的"),
        "r": L("我帮您再查一下|麻烦您稍等|我手动帮您登记|我报给技术同事处理|您晚点刷新看看|我先帮您记下来|"
               "有变化我第一时间告诉您|我帮您走人工处理")}, 300, key="s")
    G("kind.neg.repeat", "", "{f}|{f}，{n}", {"f": L(
        "看您问了好几次{t}，我这就帮您催|您一直关心的{t}，我刚查到了|让您反复来问{t}，真不好意思|"
        "您多问几次没关系，{t}我再跟您说一遍|{t}您之前问过，我再帮您确认一下|您连着问了两次{t}，是我回复慢了|"
        "您一直在等{t}的消息，辛苦了|不好意思让您一直问，{t}我刚查到|让您一直问，是我们回复慢了|"
        "您一直问也是着急，{t}我马上催|一直问是应该的，{t}我帮您盯着|您问得对，{t}确实该有结果了"),
        "t": L("物流|发货时间|退款进度|安装时间|发票|尺码|补发的事|赠品|价保"), "n": neutral}, 280, key="f")
    # the shop's own goods, or a brand's, named with 的东西/的货 and praised or described neutrally (seed 001 正品保障,
    # seed 003 介绍商品卖点): a reference followed by 的东西 is not by itself a judgement of another shop
    G("kind.neg.own_goods", "", "{r}的{g}{p}|{r}的{g}，{p2}|{r}的{g}|{p2}，{r}的{g}{p}", {
        "r": L("我们家|咱家|咱们家|本店|我们店|我们店里|这个牌子|这个品牌|这家品牌|品牌方|官方旗舰店|厂家|这个系列|"
               "我们自营|这款|新款|老款|同系列|国产品牌|进口品牌|这个厂"),
        "g": L("东西|货|产品|商品|宝贝|款式|衣服|鞋子|家电|耳机"),
        "p": L("都是正品|质量挺好的|都有质保|都是厂家直发|做工很扎实|口碑一直不错|卖得很好|可以七天无理由退换|都有发票|"
               "性价比挺高的|用料很足|都是现货|发货很快|一直很受欢迎|都经过质检|包装都很仔细|售后有保障|也不错|您可以放心"),
        "p2": L("您放心|请您放心购买|有问题随时找我|都可以开发票|支持全国联保|您可以先看看详情页|我帮您查一下库存|"
                "质量您放心|您看看喜欢哪个")}, 300, key="r")
