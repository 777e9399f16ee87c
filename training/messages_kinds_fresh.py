"""Fourth round of keyword-free kinds (issue 11, helper t11): the kinds the shipped model still missed or
over-flagged on a set of messages written by someone who had not read our code.  Registered after the
earlier rounds, so the sentences they draw stay as they were.

Each grammar is a KIND written from the seeds (000-004) and the issue's list, with many fillers per slot
and hard negatives of the same shape; no sentence of any dev, fresh, hard or test set is copied:

* threats that lean on what the shop knows of the customer, public shaming, mockery of schooling, slang
  names for customers (seed 000 辱骂嘲讽恐吓);
* "not our business", "we stay out of it", "later, when someone has time" (seed 000 推诿, 004 推诿客户);
* doubting a report against a record, "you said otherwise before", blame turned back on the customer
  (seed 000 责问质疑, 004 反问);
* counting how often the agent has answered (seed 004 态度厌烦);
* an outside contact asked for or offered (a phone number to add, a nickname of a chat app; seed 000 引流);
* files and lists holding other people's data, a third party's number, the supplier and the cost price
  offered (seed 000 泄密 ①②③);
* a discount next time, extras added on the agent's say-so, another department's decision foretold
  (seed 000 随意承诺);
* health effects and body changes claimed for ordinary goods, "never this price again" (seed 000 虚假宣传,
  Advertising Law);
* other shops run down by their service, by workshop origin, by rhetorical "what do you expect"
  (seed 000 诋毁同行);
* the platform's promotions and vouchers run down, "buying here is bad luck" (seed 000 诋毁京东);
* a reward for changing, deleting or writing a review (seed 000 诱导好评);
* hard negatives: thanks for following the shop, ordinary recommendations, honest price statements,
  refusals of review rewards, neutral statements of the same facts.
"""

from __future__ import annotations


def register_fresh(G, L, pools: dict) -> None:  # noqa: C901 - one flat list of grammars, data only
    goods, neutral = pools["GOODS"], pools["NEUTRAL"]

    # ---- abuse: leverage threats, public shaming, schooling mockery, slang for customers --------
    G("kind.fresh.abuse.leverage", "abuse", "{c}，{k}，{t}|{k}，{c}|{k}，{t}", {
        "c": L("再胡搅蛮缠|还要没完没了|还敢投诉|再给差评试试|别逼我|您再这样|要是不撤投诉|再纠缠"),
        "k": L("您家住哪我清清楚楚|您的名字和单位我都知道|您下单留的信息我全看得到|您的手机号就在我后台|"
               "您家门牌号我记着呢|您在哪上班我查得到"),
        "t": L("您好好想想后果|出了事别怨我|小心点|您可别后悔|到时候别说我没提醒|别怪我不客气")},
      220, key="k", style="harsh")
    G("kind.fresh.abuse.shame", "abuse", "{c}{s}|{s}，{c}", {
        "c": L("信不信|再闹下去|您要是不怕丢人|要不要试试"),
        "s": L("我把您的聊天截图发朋友圈|我把您的评价晒到群里让大家评评理|我把您这副嘴脸发到网上|我让大家都来认识认识您|"
               "我把您的订单信息公开|我发到论坛上让网友评评")}, 160, key="s", style="harsh")
    G("kind.fresh.abuse.school", "abuse", "{m}|{m}，{x}|{x}，{m}", {
        "m": L("您上过学吗|拼音都不会打吧|九年义务教育白上了|是不是没读过书|数学是体育老师教的吧|"
               "阅读理解不及格吧|说明书上的字您认得几个|幼儿园小朋友都比您懂"),
        "x": L("详情页写得清清楚楚|我都说明白了|这么简单的事|一个尺码表而已|啧啧|呵呵")}, 200, key="m", style="harsh")
    G("kind.fresh.abuse.slang", "abuse", "{w}{b}{t}|{t}，{w}{b}|今天又碰到个{w}{b}", {
        "w": L("沙雕|铁憨憨|憨批|神经兮兮的|脑子进水的|奇葩|杠精|戏精|事儿精|巨婴|low货|土包子|穷鬼|二百五|二货|憨憨"),
        "b": L("买家|顾客|客户|用户"),
        "t": L("一抓一大把|烦死人|天天有|也是没谁了|真让人头大|一个接一个")}, 240, key="w", style="harsh")

    # ---- shirking: not our business, we stay out of it, later when someone has time --------------
    topic = L("快递那边|驿站的问题|安装师傅那边|厂家那边|运输途中的损坏|快递员的态度|银行扣款|平台的券|"
              "售后网点那边|配送时间|上门服务")
    G("kind.fresh.shirk.notours", "shirking", "{t}{n}|{t}，{n}", {"t": topic, "n": L(
        "跟我们没关系|不关我们的事|和本店无关|我们不插手|我们管不着|我们一般不过问|不在我们考虑范围|"
        "我们是不理的|我们从来不操这个心")}, 240, key="n", style="harsh")
    G("kind.fresh.shirk.later", "shirking", "{w}{l}|{l}，{w}", {
        "w": L("等领导回来|等过完节|等哪天不忙了|等售后的人上班|等老板有时间|等下个月"),
        "l": L("再议|再商量|再考虑|您再来问|回头再看")}, 150, key="w", style="harsh")
    G("kind.fresh.shirk.go", "shirking", "{g}，{n}|{g}", {
        "g": L("您自己拿去维修点|自己打厂家电话|自己跟快递扯去|自己到驿站找|您自己去营业厅办|您自己上门去网点问"),
        "n": L("我们这边不参与|我们这边不管|跟店里无关|别找我们")}, 160, key="g", style="harsh")
    G("kind.fresh.shirk.neg", "", "{t}{h}|{t}，{h}", {"t": topic, "h": L(
        "我来帮您联系|我这边帮您跟进|我先帮您登记，有进展告诉您|我帮您催一下|我们会协助您处理|由我们来对接，您不用跑|"
        "我帮您问清楚再回复您|我今天内给您回复")}, 220, key="h")

    # ---- questioning: record against report, said otherwise before, blame turned back -----------
    G("kind.fresh.quest.record", "questioning", "{q}？{r}|{r}，{q}？", {
        "q": L("一件都没到|确定是坏的|您确定没拆过|真没用过|确定少了|您确定尺码没选错|真的一次都没洗过"),
        "r": L("物流上显示门卫代收了|出库视频里好好的|快递员说当面交给您了|我们每件都检查过|"
               "签收照片上看着好好的|称重记录一克不少")}, 200, key="q")
    G("kind.fresh.quest.doubt", "questioning", "{q}{d}|{q}？{d}", {
        "q": L("您真按步骤装了吗|您真的充满电了吗|您确定插紧了吗|真按我说的做了|您真的试过重启吗"),
        "d": L("我很怀疑|我可不太信|说实话我不信|我持保留意见|这我可不敢信")}, 150, key="d")
    G("kind.fresh.quest.before", "questioning", "{b}|{b}，{x}", {
        "b": L("您上次聊天里说的可不是这个|您刚才不是说没问题吗|您上回可说的是另一个颜色|您前面明明说喜欢|"
               "当初是您自己要这款的|颜色是您自己挑的|地址是您自己填的|数量是您自己改的"),
        "x": L("这会儿倒赖我们了？|怎么又成我们的错了？|这会儿又不认了？|现在又不满意了？")}, 200, key="b")
    G("kind.fresh.quest.late", "questioning", "{a}，{b}？|{a}，{b}", {
        "a": L("买之前一声不吭|拍的时候不看|签收的时候不说|当时不提|试穿的时候不讲"),
        "b": L("现在倒想起来挑了|这会儿想起来了|过了这么久才说|现在才来找茬")}, 150, key="a")
    G("kind.fresh.quest.neg", "", "{x}|{x}，{n}", {"n": neutral, "x": L(
        "记录上显示已签收，麻烦您问下家人或门卫，我也帮您联系快递核实|您之前选的是{c}，需要的话我帮您换|"
        "您说的情况我记下了，出库记录我也帮您查一下|麻烦您再试一下重启，不行的话我给您安排售后|"
        "您当时选的是{c}，我确认一下您现在想换成哪个|收到有问题随时说，什么时候都可以"),
        "c": L("黑色|M码|两件装|大号|白色|标准版")}, 320, key="x")

    # ---- impolite: counting how often it was answered --------------------------------------------
    G("kind.fresh.impol.count", "impolite", "{a}{n}了|{a}{n}了，{x}|{x}，{a}{n}了", {
        "a": L("同一个问题我答了|这个我都跟您说了|同样的话我讲了|我解释过|这个链接我发过|尺码表都给您发过"),
        "n": L("好几回|四五次|不下五次|八百遍|N遍|两回"),
        "x": L("您往上翻翻|自己看记录|别再问了|麻烦看一眼")}, 200, key="n", style="harsh")
    G("kind.fresh.impol.count.neg", "", "{x}|{x}，{n}", {"n": neutral, "x": L(
        "这个问题我再跟您说一遍，{t}|我再给您发一次链接，{t}|可能刚才没说清楚，我换个方式说，{t}|"
        "之前的消息可能被刷上去了，我再发一遍，{t}"), "t": L("您看一下|有不懂的随时问我|麻烦您留意|您看这样可以吗")},
      260, key="x")

    # ---- diversion: outside contact asked for or offered ------------------------------------------
    G("kind.fresh.div.contact", "diversion", "{c}，{p}|{p}，{c}", {
        "c": L("把您的号码给我，我私下联系您|您给我个电话，我加您好友|留个联系方式，我拉您|手机号发我，同事通过号码加您|"
               "加个绿泡泡|加一下我的小绿|我们加个企鹅|您搜一下我的号"),
        "p": L("私下报价更低|私聊更方便|图片传得更清楚|有新款第一时间告诉您|算个便宜价|以后直接找我买")}, 220, key="c")
    G("kind.fresh.div.contact.neg", "", "{x}|{x}，{n}", {"n": neutral, "x": L(
        "需要改手机号的话，您在订单里修改就行|安装师傅会按您订单上的电话联系您|为了保护隐私，请不要在聊天里发手机号|"
        "有问题直接在这里找我就行|图片您直接在这个对话框里发给我就行|您可以关注店铺，上新会有提醒|"
        "您的联系电话我不用，快递员会按订单上的号码联系")}, 240, key="x")
    G("kind.fresh.neg.follow", "", "{x}|{x}，{e}", {"x": L(
        "谢谢您对我们{b}的关注|欢迎常来逛逛我们的{b}|感谢您对我们{b}的支持|感谢您一直支持本{b}|多谢您留意我们的{b}"),
        "b": L("品牌|店铺|小店|新品|产品"),
        "e": L("下次见|祝您生活愉快|有问题随时找我|期待再次为您服务|祝您购物愉快")}, 200, key="x")

    # ---- privacy_leak: lists and files with other people's data, supplier and cost --------------
    G("kind.fresh.priv.list", "privacy_leak", "{f}{s}，{c}|{f}{s}", {
        "f": L("抽奖结果的原始表格|参加活动的报名表|会员登记表|团购的接龙名单|售后登记表|预约安装的名单|老客户的回访表"),
        "s": L("我整个传给您|我打包发您|我原样转给您|我一整份发给您"),
        "c": L("每个人的号码都在上面|上面有别人的电话|大家的姓名电话一目了然|收货地址一个不少")}, 160, key="f")
    G("kind.fresh.priv.friend", "privacy_leak", "{w}{d}|{w}{d}，{x}", {
        "w": L("您同事上周也下了单，|您家隔壁那位也在我们家买过，|和您一起拼单的那位，|您介绍来的那位朋友，"),
        "d": L("他的收货地址我可以告诉您|她的电话完整的给您|他的手机号我念给您|她住几栋几号我都能查到"),
        "x": L("您别说是我给的|您存一下|你们可以一起凑单|您俩可以对一下")}, 140, key="d")
    G("kind.fresh.priv.source", "privacy_leak", "{s}|{s}，{x}", {
        "s": L("供货的厂家名字和出厂价我发您|我们家的货源和进货单价我可以透露给您|工厂地址和出厂单价我都可以给您|"
               "哪个档口进的货、什么价进的，我列给您"),
        "x": L("您别外传|您自己去拿更便宜|就当交个朋友")}, 100, key="s")
    G("kind.fresh.priv.neg", "", "{x}|{x}，{n}", {"n": neutral, "x": L(
        "获奖名单在活动页公布了，只显示昵称|活动结果您在活动页面就能看到|您朋友的订单信息我不能告诉您，请您直接问她|"
        "其他顾客的信息我们是保密的|我们的货源都是品牌正规渠道，有授权书|商品产地在详情页有写|"
        "这款是品牌方直供的，具体工厂信息不方便透露")}, 260, key="x")

    # ---- arbitrary_promise: next-time discount, extras on the agent's say-so, decision foretold ---
    G("kind.fresh.promise.next", "arbitrary_promise", "{w}{d}|{w}{d}，{n}", {
        "w": L("下回再买|您以后来|再来光顾的话|回头再来"),
        "d": L("我给您打个七五折|我私人给您便宜三十|运费我给您免|我给您按进货价|我多塞两件给您|我给您按老客价"),
        "n": neutral}, 150, key="d")
    G("kind.fresh.promise.extra", "arbitrary_promise", "{a}{b}|{a}，{b}，{n}", {
        "a": L("这单运费我来出|这单我给您抹个零|邮费就算了"), "b": L(
            "另外再送一个收纳盒|额外多一双袜子|再附赠一瓶清洁剂|再配个保护套|加一条毛巾|加送一对杯垫"), "n": neutral},
      150, key="b")
    G("kind.fresh.promise.decide", "arbitrary_promise", "{a}交上去，{w}会{r}，您等着就行|{a}我看了，{w}会{r}|这种{a}，{w}都会{r}", {
        "a": L("售后单|退款单|理赔材料|保价单|换货单"),
        "w": L("审核|快递公司|主管|财务|厂家"),
        "r": L("全额退回|批下来|全赔|通过|换新|报销")}, 160, key="r")
    G("kind.fresh.promise.drop", "arbitrary_promise", "{a}，{b}", {
        "a": L("拍下以后价格往下走|以后只要便宜了|活动期间要是更便宜"),
        "b": L("差额我一分不少补给您|我个人把差价补您|差多少我都给您|我私下补您差价")}, 100, key="b")
    G("kind.fresh.promise.neg", "", "{x}|{x}，{n}", {"n": neutral, "x": L(
        "下次有活动我第一时间通知您|回购的话可以关注店铺优惠券|这单已经是包邮的了，赠品以活动页为准|"
        "售后申请提交后由审核判断，我会帮您跟进|能不能全额退款要看审核结果|降价的话，价保期内可以按规则申请价保|"
        "赠品有没有以活动页为准，我帮您看看")}, 280, key="x")

    # ---- false_advertising: health and body effects, never this price again ----------------------
    G("kind.fresh.fa.body", "false_advertising", "{u}{g}，{e}|{u}{g}{e}", {
        "u": L("每天用|穿上|坚持用|每晚戴|睡前用|每天靠|泡上半小时|喝上一周"),
        "g": L("这条塑身裤|这款护腰|这款枕头|这个泡脚桶|这款茶|这个手环|这款鞋垫|这款眼霜|这瓶精华|这个洗发水"),
        "e": L("半个月掉八斤|失眠就治好了|腰间盘突出就没了|血糖能降下来|关节炎就不疼了|三天就长高|"
               "脂肪肝就消了|近视就能恢复|细纹一条都不剩|白头发都变黑了|秃的地方都长出新头发|斑全褪干净了|"
               "眼袋直接没了|痘印一周消光")}, 300, key="e")
    G("kind.fresh.fa.never", "false_advertising", "{a}{b}|{b}，{a}", {
        "a": L("过了今天|这波没赶上|您现在不买"),
        "b": L("这辈子都等不到这个价|永远不会再有这种价格|往后绝对碰不上这么低的|这个价格以后绝版了")},
      140, key="b")
    G("kind.fresh.fa.neg", "", "{x}|{x}，{n}", {"x": L(
        "推荐您看看这款，{f}|这款{f}，适合{s}|这个{f}，{s}用正好|您可以考虑这款，{f}"),
        "f": L("折叠后很小巧|容量比较大|声音很小|颜色比较耐看|面料透气|清洗方便|续航一天没问题|做工比较细"),
        "s": L("旅行用|学生|上班族|家里老人|小户型|宿舍|夏天"), "n": neutral}, 260, key="x")
    G("kind.fresh.fa.price.neg", "", "{x}|{x}，{n}", {"n": neutral, "x": L(
        "价格上不占优势，胜在做工扎实|价格贵一点，但售后靠谱|价格稍高，但送货安装都包含|"
        "活动结束后会恢复原价，以页面为准|今天是活动价，后面有没有活动我说不准")}, 200, key="x")

    # ---- disparage_peer: service, workshop origin, rhetorical "what do you expect" ---------------
    peer = L("他们家|友商|别的店|隔壁店|那些小店|某大牌|那家网红店|外面的店|同行")
    G("kind.fresh.peer.service", "disparage_peer", "{p}{j}|{p}的客服{j2}|{p}的售后{j3}", {
        "p": peer,
        "j": L("专门坑新手|净卖些贴牌货|东西根本不值那个价|就会玩虚的|一卖完就失联"),
        "j2": L("只会催付款|一问三不知|只会复制粘贴|态度爱答不理"),
        "j3": L("形同虚设|找半天找不到人|电话永远打不通|能拖就拖")}, 260, key="p")
    G("kind.fresh.peer.origin", "disparage_peer", "{o}{q}|{o}，{q}", {
        "o": L("作坊货|贴牌代工的货|那种三无的货|小厂子拼的机器|地摊上那种|山寨厂出的那些|那些没牌子的仿品"),
        "q": L("质量可想而知|品质能好到哪儿去|用两天就得坏|谁用谁后悔|一分钱一分货，懂的都懂")}, 200, key="o")
    G("kind.fresh.peer.simile", "disparage_peer", "{p}的{g}{s}", {
        "p": L("别的牌子|其他家|那个牌子|外面卖的"), "g": goods,
        "s": L("跟纸糊的一样|跟玩具似的|跟垃圾差不多|就是个样子货|跟摆设差不多")}, 160, key="s")
    G("kind.fresh.peer.neg", "", "{x}|{x}，{n}", {"n": neutral, "x": L(
        "{p}的情况我不太了解，我们这款的参数您可以看看|{p}的东西我们没用过，不好评价|每家的售后政策不一样，我们是一年保修|"
        "同款价格不同可能是配置不一样，您可以对比参数|我们这款是品牌授权的，有授权书可以看"), "p": peer}, 300, key="x")

    # ---- disparage_platform: promotions, vouchers, "buying here is bad luck" --------------------
    plat = L("平台|这上面|这个商城|商城|官方")
    G("kind.fresh.plat.promo", "disparage_platform", "{p}的{a}{j}|{p}那些{a}，{j}", {
        "p": plat, "a": L("满减|秒杀|补贴|会员日|红包雨|百亿补贴"),
        "j": L("全是坑|纯属忽悠|就是个噱头|根本没便宜|明降暗涨|糊弄人的把戏")}, 240, key="j")
    G("kind.fresh.plat.blame", "disparage_platform", "{a}都是{p}那边{v}出来的，{x}", {
        "a": L("这个价|运费规则|活动规则|罚款|限购"), "p": plat,
        "v": L("瞎搞|拍脑袋定|胡来搞|乱折腾"),
        "x": L("您有气冲它撒|要怪就怪它|您投诉它去|别算在我们头上")}, 160, key="v")
    G("kind.fresh.plat.luck", "disparage_platform", "{w}{l}", {
        "w": L("在这平台开店|用这个商城|在这儿下单的人|跑到这儿来买"),
        "l": L("算是倒了霉|就是花钱买罪受|迟早被坑|只能自认晦气")}, 100, key="l")
    G("kind.fresh.plat.neg", "", "{x}|{x}，{n}", {"n": neutral, "x": L(
        "{p}的优惠券有使用门槛，您看一下券的说明|{p}的活动规则在活动页面，我帮您看一下|{p}会员日有额外的优惠|"
        "这个券是{p}发放的，能不能用以券的说明为准|您直接转账的话没有保障，请一定在{p}下单付款|{p}会收取一定的服务费，这是正常的"),
        "p": L("平台|商城|官方")}, 300, key="x")

    # ---- induce_review: a reward for changing, deleting or writing a review ---------------------
    G("kind.fresh.review.change", "induce_review", "{a}的话{r}|{a}，{r}|先{a}，{r}", {
        "a": L("改成五星|差评删掉|把差评撤了|评价改一下|给个满星|评价里夸一句质量|追评夸两句|评价截图发我|把中评改成好评"),
        "r": L("这单运费我给您免了|我给您返十五块|评完发我截图领券|下一单我给您减八块|运费险那部分我私下补您|"
               "我给您转个小红包|再给您寄个小礼品|我退您一部分货款")}, 280, key="a")
    G("kind.fresh.review.neg", "", "{x}|{x}，{n}", {"n": neutral, "x": L(
        "返现换好评这种事我们不做，您如实评价就好|评价是您的权利，怎么写都可以|"
        "不满意的地方也欢迎写进评价|运费险是下单自带的，跟评价没关系|"
        "优惠券在店铺首页就能领，跟评价无关|如果对处理结果不满意，您可以追加评价说明")}, 260, key="x")

    # ---- hard negatives of the same shapes as the new positives ---------------------------------
    G("kind.fresh.neg.owndata", "", "您的{d}我这边看到了，{v}，{c}|{d}我核对了，{v}，{c}", {
        "d": L("收货地址|预留手机号|下单时间|订单信息|发票抬头|收货人"),
        "v": L("和您说的一致|填写得没问题|跟订单页面一样|已经更新过了"),
        "c": L("您再核对一下|没问题的话我就安排发货|有误的话告诉我修改|这些只有您和我能看到|我们会妥善保管")}, 240, key="c")
    G("kind.fresh.neg.review_seen", "", "您的{r}我们看到了，{a}|看到您的{r}了，{a}", {
        "r": L("评价|追评|反馈|中评|建议|留言"),
        "a": L("会认真改进|非常抱歉给您带来不好的体验|我马上帮您处理问题|感谢您的反馈|我们已经转给质检部门|"
               "问题解决后您再决定要不要修改，完全由您")}, 240, key="a")
    G("kind.fresh.neg.later", "", "{w}，{h}", {
        "w": L("主管现在在开会|售后同事下午上班|仓库今天在盘点|厂家那边周末休息|财务今天在结账|技术同事正在排查"),
        "h": L("我先帮您记下，有结果第一时间回复您|我会在今天下班前给您答复|我这边持续跟进|最晚明天上午给您回复|"
               "您不用再跑一趟，我来跟进")}, 220, key="h")
    G("kind.fresh.neg.partner", "", "{t}{h}|{t}，{h}", {
        "t": L("快递那边|物流的事|驿站的问题|安装师傅那边|厂家那边|运输途中的损坏|快递员的态度|配送时间"),
        "h": L("虽然不是我们直接负责，但我会帮您跟进到底|我们也有责任，马上帮您处理|我帮您投诉反馈|我来帮您协调|"
               "我帮您核实清楚，给您一个说法")}, 220, key="h")

    # ---- round two of the same diagnosis: ordinary offers of help, fit advice, reassurance -------
    G("kind.fresh.neg.recommend", "", "{a}|{a}，{n}", {"a": L(
        "这两个型号{q}，主要差在{x}和{y}上，您说说需求我来挑|您说一下{x}的要求，我帮您挑合适的|我帮您对比一下两款的{x}和{y}|"
        "我给您发一下{d}，您参考看看|要不我给您找一款{x}更好的|看您的预算，我给您挑一款|我给您介绍一下这款的{x}"),
        "q": L("各有优点|都卖得挺好|差别不大"), "x": L("续航|重量|容量|噪音|尺寸|价格|功率|颜色"),
        "y": L("续航|重量|容量|噪音|尺寸|价格|功率|颜色"), "d": L("参数对比图|尺码表|安装说明|使用视频|详情页链接"),
        "n": neutral}, 300, key="a")
    G("kind.fresh.neg.fit", "", "{g}{d}，您可以{a}|{g}的话{d}，{a}就可以", {"g": L(
        "这件外套|这条裤子|这双运动鞋|这款衬衫|这件卫衣|这双靴子|这条连衣裙|这件羽绒服"),
        "d": L("版型偏松|比常规大一点|比常规小一点|版型正常|袖子偏长|鞋头偏窄|尺寸标准|比较修身"),
        "a": L("选比平常小一号的|选大一号|按平常的码数下单|参考尺码表选|对照身高体重选|量一下脚长再选")}, 260, key="a")
    G("kind.fresh.neg.again", "", "{r}，{v}|{r}，{v}，{n}", {
        "r": L("没关系的|不要紧|没事的|这很正常|是我没说清楚"),
        "v": L("这种细节不好找，我给您标出来|说明书确实不好懂，我来一步步说|我换个说法再解释一下|我重新发一次给您|"
               "我一步一步带您操作"),
        "n": neutral}, 220, key="v")
    # reassurance that a slip is ordinary (seed 001/003 热情耐心): 谁都有…的时候 is kindness, not doubt
    G("kind.fresh.neg.ordinary_slip", "", "{r}，{w}，{v}|{w}，{v}|{r}，{w}", {
        "r": L("没关系的|不要紧|没事没事|别担心|不用不好意思"),
        "w": L("谁都有{x}的时候|这种事谁都会碰到|很多顾客也{x}过|一时{x}很正常|换谁都可能{x}"),
        "x": L("记错|弄混|忘记|没注意到|看花眼|点错|选错"),
        "v": L("我重新给您讲一下|我帮您再核对一遍|我来帮您改过来|我把步骤再发一次|咱们一起再看看")}, 260, key="w")
    G("kind.fresh.quest.others", "questioning", "{o}{y}，{z}？|{o}{y}，{z}", {
        "o": L("别的顾客用着|这批发了几百单|那么多人回购|同一批货"),
        "y": L("都没毛病|一个退的都没有|都说好用|没听谁说坏"),
        "z": L("偏偏您这出毛病|就您说不行|怎么到您手上就坏了|就您事多")}, 180, key="z")
    G("kind.fresh.quest.others.neg", "", "{o}{y}，{z}", {
        "o": L("别的顾客用着|这批发了几百单|那么多人回购|同一批货"),
        "y": L("都没毛病|反馈一直不错|口碑一直不错"),
        "z": L("您这个情况我们很重视，马上帮您处理|您遇到的可能是个例，我帮您申请售后|可能是运输中出了问题，我帮您登记一下|"
               "您这台可能有故障，我帮您安排检测")}, 160, key="z")
    G("kind.fresh.plat.tool", "disparage_platform", "{t}{d}，{e}|{t}{d}", {
        "t": L("京麦这破后台|这个破聊天软件|商家后台这破玩意|官方这个烂APP|这平台的破系统"),
        "d": L("消息三天两头收不到|动不动闪退|一卡就是半天|隔三差五就崩"),
        "e": L("回复慢别赖我们|我们也烦透了|谁用谁知道")}, 160, key="d")
