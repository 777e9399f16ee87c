"""Fifth round of keyword-free kinds (issue 11, helper t11b): the kinds the fourth-round model over-flagged
or missed on a second set of messages written by someone who had not read our code (fresh3, read for diagnosis
after its one unseen measurement).  Registered after every earlier round, so the sentences those draw stay as
they were.  No sentence of any evaluation set is copied or closely paraphrased (tests/test_semantic_model.py).

Precision first.  Hard negatives for each false-hit kind, written from the seeds (000-004):

* prices compared neutrally with offline stores or other channels (seed 003 价格已经比线下低; seed 000 引流 is
  about sending the customer elsewhere, not about saying a price is the same);
* the customer's own contact data confirmed in masked form (seed 000 泄密 is about other people's data);
* "genuine goods, invoice available", "I can't speak for other shops" (seed 001 正品保障);
* ordering steps on the shop's own platform (京东/平台, read as 平台 at run time);
* trademark marks and "fool-proof" (傻瓜式) product wording (trap words);
* offers to recommend or compare, asking for patience while something is under way, where a refund can be
  seen once it is back (help and stated procedure, not promises or shirking).

Positive kinds (recall), most with negatives of the same shape:

* rewards or pressure tied to a star score, a review's words, length or photos (seed 000 诱导好评);
* delivery at a named hour on the agent's say-so, a free order, a long warranty "I decide" (seed 000 随意承诺);
* "too complicated, come back another time", "not my order, ask whoever promised it" (seed 000 推诿, 004);
* threats to send the parcel back or cancel the order, mockery of the customer's wits (seed 000 辱骂嘲讽恐吓);
* blame turned back on the customer without an insult word, as questioning only (seed 000 责问质疑), so that
  questioning does not read as abuse;
* the platform's promotions called tricks (seed 000 平台高危④).
"""

from __future__ import annotations


def register_fresh3(G, L, pools: dict) -> None:  # noqa: C901 - one flat list of grammars, data only
    goods, neutral = pools["GOODS"], pools["NEUTRAL"]

    # ================================ hard negatives (precision) ================================
    G("kind.f3.neg.price_offline", "", "{a}{b}，{c}|{a}{b}|{a}{b}，{n}", {
        "a": L("本店定价与|网店售价跟|这款的价钱和|店里的标价同|咱们家的售价跟|这个价位与"),
        "b": L("线下门店是一样的|实体店是统一的|品牌官网保持一致|商场专柜同价|线下专柜是一个价|其他渠道是统一定价的|"
               "去年同期差不多|线下店面持平|实体专卖同一个价|线下卖场没有差别|门店零售价相同"),
        "c": L("网购另外送运费险|满两件再减二十|活动期间附赠收纳袋|您放心拍|七天无理由照样支持|价保三十天|"
               "网上买还多一张满减券|线上下单可以再用优惠券|线上线下售后一样|线上购买还包邮到家"),
        "n": neutral}, 260, key="b")
    G("kind.f3.neg.own_masked", "", "{a}{m}，{q}|{a}{m}，{q}{x}", {
        "a": L("您的手机号是|您留的电话是|收件人电话显示|订单上的联系电话是|您预留的手机号是|您绑定的号码是"),
        "m": L("139****2046|186****7731|151****0928|177****4410|132****8857|158****6613|135****9902|189****3375"),
        "q": L("麻烦核对一下是否正确|没变的话就按这个发|需要换成别的号码告诉我|快递员送货前会联系这个号|确认无误我就备注了|有误我马上改"),
        "x": L("？|，如有变动请告诉我|，确认后我帮您备注")}, 240, key="m")
    G("kind.f3.neg.genuine", "", "{o}，{g}|{g}，{i}|{o}，{g}，{i}", {
        "o": L("别家怎么样我说不好|同行的货我没用过不好说|外面的情况我不便评论|别的商家我没法替他们回答"),
        "g": L("我们是官方授权店|这款走的是官方渠道|咱家这款有品牌授权书|本店货源是品牌直供|本店为品牌授权店铺|这款附带质检报告|店里每件都能查验真伪|"
               "我们家卖的是正品行货|本店都是正品|这款是品牌官方渠道的正品|我们保证是正品|店里的货都是原厂正品"),
        "i": L("电子发票下单即可申请|需要发票在订单页勾选|可扫码查询防伪|签收时可以当面验货|增值税票也能开")}, 260, key="g")
    G("kind.f3.neg.order_here", "", "{a}，{b}|{a}", {
        "a": L("选好颜色在平台提交订单就行|规格选好后点平台的购买按钮|您在平台的商品页加购结算即可|平台页面付款成功就算下单成功|"
               "用平台的账号登录后结算就好|在京东上直接下单就可以|就在平台上拍|在平台直接付款就好|您在京东这个页面下单就行|"
               "平台上直接购买即可|京东app里直接拍|在平台上下单最方便|直接在这个链接拍下就行|在平台上付款后我们来安排"),
        "b": L("仓库依次打包出库|四十八小时内安排出库|出库后订单里能看到单号|预售款到日子统一发出|库房当天就能处理|"
               "当天下午就能出库|有货的话今天就发|付款早的先发|订单会按时间排队出库")}, 320, key="b")
    G("kind.f3.neg.trademark", "", "{a}|{a}，{b}", {
        "a": L("品牌名右上角的TM是商标符号|包装印的TM属于商标标识|带圈R的意思是注册商标|logo旁边那个TM只是商标记号|"
               "®符号代表商标已核准"),
        "b": L("不影响商品质量|都是正规的|您可以放心|两种都是合法的标识")}, 160, key="a")
    G("kind.f3.neg.easy", "", "{a}，{b}|{a}", {
        "a": L("傻瓜式一键开机|傻瓜式的安装步骤|面板是傻瓜式的|傻瓜式菜单设计|按键少上手快|三步就能装好"),
        "b": L("第一次用也不费劲|照着图示装就行|不需要专业工具|长辈自己就能操作|说明书附了图解")}, 160, key="b")

    # an offer to recommend, compare or look something up is help, not a promise of an outcome (seed 001 主动推荐)
    G("kind.f3.neg.offer", "", "{a}，{b}|{b}|{a}，{b}，{n}", {
        "a": L("两款各有长处|看您平时怎么用|您说下预算|这几款卖得都不错|您要是拿不准|看您更在意哪一点|您喜欢轻一点的话"),
        "b": L("我给您推荐|我给您推荐一款|我帮您挑一下|我给您发个对比|我帮您查一下库存|我给您找找合适的|我给您列一下区别|"
               "我帮您参谋参谋"), "n": neutral}, 220, key="a")

    # asking for patience while something is under way is not shirking (seed 001 耐心安抚)
    G("kind.f3.neg.wait", "", "{c}，{w}|{c}，{w}，{h}", {
        "c": L("包裹还在中转|快递在派送路上|仓库正在打包|退款在审核中|补发的件刚出库|售后单在排队处理|物流信息还没更新"),
        "w": L("您再等等|麻烦您再等一等|辛苦您再耐心等一两天|请您再稍等一下|您再等一下哈|还得再等一天左右"),
        "h": L("有变化我第一时间告诉您|我会盯着进度|超时了我帮您催|明天我再帮您看一眼")}, 220, key="c")
    # where a refund can be seen once it is back is stated procedure, not a promise (seed 000/002 规则说明)
    G("kind.f3.neg.refund_info", "", "{a}，您可以在{b}查看|{a}，{b}里能查到|{a}，{b}会有记录", {
        "a": L("退款到账后|钱退回后|款项原路返回后|退款成功以后|原路退回之后"),
        "b": L("银行App|支付账户的账单|订单详情页|钱包明细|信用卡账单|账户流水")}, 200, key="b")

    # ================================ induce_review (recall) ====================================
    G("kind.f3.review.reward", "induce_review", "{c}，{r}|{r}，{c}|{c}{r}", {
        "c": L("只要给五星|打满分的话|评价写够八十字|评价里提一句包装好|评价配上四张实拍图|追评写好用|评论带上店铺名|"
               "评价里夸一下客服|晒图满三张|打个全五分"),
        "r": L("回头送张满减券|返您五块红包|寄一份小礼品过去|再买立减十元|送您一个月会员|补个小挂件|"
               "返现到您的账户|私下给您发红包")}, 300, key="c")
    G("kind.f3.review.press", "induce_review", "{c}，{p}|{c}，{p}，{x}", {
        "c": L("评价写好听点呗|给个好评嘛|评论多夸几句|五星点一下嘛|评分打高点|好评写长一点"),
        "p": L("店铺评分全靠这个|我们这个月的考核就靠它了|差一个好评就达标了|我这个月绩效就指望您了|老板天天盯着看"),
        "x": L("拜托拜托|求求您了|帮帮忙嘛|谢谢您啦")}, 220, key="p")
    G("kind.f3.review.neg", "", "{c}，{r}|{r}，{c}", {
        "c": L("评价您按真实感受写就好|好评差评都是您的权利|评价不做要求|您方便的时候可以评价一下|用得满意的话欢迎分享"),
        "r": L("我们不会因为评价给任何奖励|有问题随时找我们|有不满意的地方告诉我们改进|您的意见我们都会认真看|"
               "不管怎么评我们都会做好售后")}, 260, key="c")

    # ================================ arbitrary_promise (recall) ================================
    G("kind.f3.promise.deliver", "arbitrary_promise", "{w}{p}，{d}|{p}，{d}", {
        "w": L("赶在下午三点前拍|现在拍下|中午之前下单|您马上付款的话"),
        "p": L("我叫库房加急|我叫库房马上打包|我让打包的同事优先弄|我跟仓库打招呼"),
        "d": L("明天中午前一定送到|后天一早就能送上门|周末前肯定到|明早八点前送到门口|两天内送到府上")}, 220, key="d")
    G("kind.f3.promise.free", "arbitrary_promise", "{c}{f}|{c}，{f}|{f}，{s}", {
        "c": L("这次发货慢了|物流耽误了您|包装破了|送错了颜色"),
        "f": L("给您免单|这单不收您钱|全款退给您，东西您留着|保修给您延到十年|以后买什么都给您半价|下次来直接打七折"),
        "s": L("我说了算|我做主|不用申请|我直接给您办")}, 240, key="f")
    G("kind.f3.promise.neg", "", "{c}，{f}", {
        "c": L("这次发货慢了|物流耽误了您|包装破了|送错了颜色"),
        "f": L("我帮您申请补偿，结果以审核为准|我先帮您登记，具体补偿按平台规则|我帮您提交售后，会有专员联系您|"
               "可以申请退货退款，运费由我们承担|我帮您问一下主管能否补偿，稍后回复您")}, 220, key="f")

    # ================================ shirking (recall) =========================================
    G("kind.f3.shirk.later", "shirking", "{p}，{l}|{p}，{l}吧", {
        "p": L("这个太麻烦了|这事挺复杂的|这种问题说不清|这个我处理不了|这类情况很难办"),
        "l": L("您隔两天再找我|下礼拜再说|回头有空再聊|您过阵子再来咨询|等我这边不忙了再说|下个月再来看看")}, 220, key="l")
    G("kind.f3.shirk.notmine", "shirking", "{a}，{b}|{a}，{b}吧", {
        "a": L("这单不是我跟的|这个不是我负责的|当时不是我接待的|这不是我经手的单子"),
        "b": L("谁答应的您找谁|我没法替别人兑现|您自己去找原来那个客服|他说的我不认")}, 200, key="b")
    G("kind.f3.shirk.neg", "", "{a}，{b}", {
        "a": L("这单不是我跟的|这个问题有点复杂|当时不是我接待的|这个情况比较特殊"),
        "b": L("不过我已经看了记录，马上帮您处理|我来接着跟进，您放心|我先帮您查清楚再回复您|我这边记下来，今天内给您答复")},
      220, key="b")

    # ================================ abuse (recall) ============================================
    G("kind.f3.abuse.threat", "abuse", "{t}，{a}|{a}，{t}", {
        "t": L("你再闹|再啰嗦|你要再这样|再敢催|你等着|再投诉一次"),
        "a": L("我叫物流原路拉回仓库|你的单子我直接取消|你以后别想在这买到东西|我让你一件都收不到|我让售后谁都不理你")},
      180, key="a", style="harsh")
    # mockery of the customer's wits over a simple task (seed 000 辱骂嘲讽)
    G("kind.f3.abuse.mock", "abuse", "{x}都{y}，{z}|{z}，{x}都{y}", {
        "x": L("这么简单的事|一个开关|一张尺码表|插个电源|扫个码|填个地址"),
        "y": L("搞不明白|弄不懂|学不会|整不明白|看不懂"),
        "z": L("上过学没|脑子呢|智商欠费了吧|脑袋白长了|怕不是个傻的|真是开眼了|幼儿园没毕业吧")}, 240, key="z", style="harsh")
    # blame turned back on the customer is questioning, not abuse (seed 000 责问质疑 vs 辱骂): no insult word
    G("kind.f3.quest.only_you", "questioning", "{o}{y}，{z}|{o}{y}，{z}？", {
        "o": L("同款卖出去上千件|这个批次的货|店里的老顾客|仓库发出去的那么多台|这款在我们家卖了三年"),
        "y": L("都用得好好的|没出过这种问题|一个投诉都没有|反馈都挺好"),
        "z": L("怎么就您的不行|为什么单单您这台有问题|怎么到您这就坏了|怎么别人都没事|为啥就您遇到了|怎么偏偏您收到的是坏的|"
               "就您这单出问题也太巧了吧|怎么只有您说质量差|怎么偏偏你这台出毛病|咋就你的坏了|怎么就你一个人说不好用")},
      300, key="z")
    # the platform's promotions run down as tricks (seed 000 平台高危④不得诋毁京东)
    promo = L("平台|京东|商城|官方")
    G("kind.f3.plat.promo", "disparage_platform", "{p}搞的{a}{j}|{p}这些{a}，{j}|{p}的{a}啊，{j}", {
        "p": promo, "a": L("大促|满减|秒杀|百亿补贴|会员日|节日活动|限时折扣|跨店满减"),
        "j": L("都是套路|套路一个接一个|就是变相涨价|看着热闹其实没优惠|都是骗人的把戏|算得人头晕就是不想让利")},
      160, key="a")
    # the same mockery kind again, split on the task instead of the jibe (so both vary between the splits; the
    # shared gid is part of the split hash, kept so that the shipped corpus stays as trained)
    G("kind.f3.abuse.mock", "abuse", "{x}都{y}，{z}|{z}，{x}都{y}", {
        "x": L("这么简单的事|一个开关|一张尺码表|插个电源|扫个码|填个地址"),
        "y": L("搞不明白|弄不懂|学不会|整不明白|看不懂"),
        "z": L("上过学没|脑子呢|智商欠费了吧|脑袋白长了|怕不是个傻的|真是开眼了|幼儿园没毕业吧|这智商也是没谁了|教都教不会")}, 320, key="x", style="harsh")
    del goods
