"""Customer complaints said without 投诉, and their look-alikes (issue 12, helper a50).

Imported by ``training.acts_corpus``: every group here is sampled with its own generator after
everything else and put in ``train`` only, so the earlier items, their splits and the held-out
``test`` split stay exactly as they were.

Seed 004 (客户抱怨与投诉的应答规范) and 003 (§投诉: 先道歉、安抚) ask for an apology whenever the customer
is aggrieved, whatever the words.  The tagger's model knew the loud forms (投诉 / 太差了 / 垃圾); these
grammars write the quiet ones compositionally — a grievance frame × goods, services, times, amounts,
other shops, spoilt plans — in JD chat and formal style, without 投诉 and without the pack's stock
complaint words, so the model learns the frame rather than a word:

* scorn and sarcasm (…是吧 / 靠抓阄的吗 / 收钱倒是挺快), regret at buying (早知道…), the blame turned back
  (意思是怪我咯), distrust (让人怎么放心), money or time wasted (钱白花了 / 白等一天), a plan spoilt,
  comparison with other shops, anger at a fault repeated, the agent's replies reproached, a grievance
  on someone else's behalf, a grievance put as a question;

and as many hard negatives, labelled with their true act (a turn may carry several):

* worries before buying (万一不合适能退吗 / 会不会买到假的) — question; praise in scorn-like words
  (笑死，太好用了 / 早知道这么好用就早点买了) and 投诉 in quotes said in play — thanks; the customer's own
  slip (怪我自己没看清) — other, or a request; a grievance about another shop while asking this one —
  question; a problem told calmly — problem (+ request / question); a delay asked about without anger —
  question (+ problem when a fault is stated).

All sentences are written here for this project; none comes from an evaluation set, a dev case,
JDDC or ToxiCN.
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    # services and steps of the shop
    "KSVC": "发货 退款 换货 补发 售后 安装 上门维修 配送 客服回复 开发票 价保 审核 退货取件".split(),
    "KSVCDONE": "发货 退款 回消息 处理售后 上门安装 补发 开发票 审核 派送".split(),
    # what the shop is quick at, in scorn
    "KQUICK": "收钱 扣款 催付款 推销新品 发广告 让我确认收货 让我写好评 关闭工单 结束对话".split(),
    # other shops and channels
    "KRIVAL": "别家 隔壁店 楼下超市 实体店 品牌官网 另一家店 线下门店 其他平台 朋友推荐的那家 商场专柜".split(),
    # what other shops do
    "KBETTER": "第二天就到 上门取件 先退款再寄回 直接换新 运费都包 当天就发货 主动打电话来问 坏了直接补发".split(),
    # events and plans
    "KEVENT": ("孩子生日 周末露营 婚礼 出差 开学 春节回家 搬新家 年会 旅行 老人过寿 面试 中秋送礼 "
               "闺女的演出 公司活动 国庆出游").split(),
    "KSPOILT": "泡汤了 全耽误了 来不及了 赶不上了 全乱套了 白准备了 黄了".split(),
    # who the customer speaks for
    "KWHO": "我妈 我爸 我老公 我老婆 我同事 我朋友 家里老人 我奶奶 我姐 邻居阿姨".split(),
    # what was wasted
    "KWASTE": ("白等了一下午 白请了半天假 白跑了一趟驿站 白装了一晚上 白守了一整天 白搭了两趟车费 白折了一天工资 "
               "白白等了{NDAY}").split(),
    # repeated fault
    "KFAULT": "发错货 少发东西 包装压坏 晚到好几天 发来旧的 漏寄配件 地址写错 不按时上门".split(),
    "KNTH": "第二次 第三次 第二回 第三回 第四次 又一次".split(),
    # the agent's replies
    "KREPLY": "模板 套话 复制粘贴的 自动回复 同一句话 官方话术".split(),
    # goods praised (negatives)
    "KGOOD": "太好用了 也太香了 好吃到哭 质量好得离谱 颜值太高了 舒服到不想起来 比想象的还好 好用到想回购".split(),
    # calm reasons asked about a delay (negatives)
    "KWHY": "是节假日的原因吗 是不是天气影响的 是不是仓库太忙了 是要从外地调货吗 是预售款的原因吧".split(),
    # slips of the customer's own (negatives)
    # what a thing is made of, how a service is done (neutral confirmation questions)
    "KMAT": "真丝 桑蚕丝 纯棉 真皮 羊绒 全棉 竹纤维 无铅的 水晶的 全光谱的 搪瓷的 原木 纯银 925银 实木 不锈钢 纯铜 全麦 纯羊毛 陶瓷 玻璃 食品级硅胶 304钢 进口的 国产 手工做 现做 机洗".split(),
    "KMODE": "上门 免费 包邮 人工 当天 顺丰 预约 到店 整套 单独".split(),
    "KHOWTO": "调 拆 装 洗 清理 充电 换滤芯 连手机 收起来 挂起来".split(),
    "KTHING": "方巾 围巾 毛衣 衬衫 酒杯 茶具 台灯 手链 枕头 被子 凉席 餐椅 托特包 钱包 皮带 丝巾 睡衣".split(),
    "KSLIP": "没看清尺码 没量好尺寸 手滑拍错了 看错颜色了 地址填错了 没看详情页 选错型号了 忘了领券".split(),
}

C = "customer"
# The heads fitted on these items (``train_acts`` gives them weight 0 for every other head): the labels are true
# for every act, but the question / problem / thanks heads, which the conversation checks read at their own bars,
# are left as the rest of the corpus fits them (fitted on these too, they moved dozens of read chat lines).
HEADS = ("complaint",)

# Neutral lead-ins put before some items of every group here (positives and negatives alike), so that no
# sentence-start character of a grievance frame (白等了 / 本来 / 早知道 …) stands for the grievance by itself.
LEADINS = ("说实话，", "我想说，", "唉，", "那个，", "客服，", "我跟你讲，", "对了，", "嗯，", "你好，", "亲，", "话说，", "是这样，")
LEADIN_SHARE = 0.4
# Marks the corpus's style() gives complaints (！！ / ？？), put on a share of the look-alikes too, so that a doubled
# mark alone (太感谢了！！ / ？？) does not stand for a grievance.
NEG_TAILS = {"question": ("？？", "？？？", "??"), "thanks": ("！！", "！！！", "!!"), "other": ("！！", "？？"),
             "suggestion": ("！！",), "request": ("！！", "？？"), "problem": ("！！", "？？")}
NEG_TAIL_SHARE = 0.15

# (group id, role, acts, items, templates)
GROUPS: list[tuple[str, str, str, int, tuple[str, ...]]] = [
    # ================================================================ complaints without 投诉
    # scorn: X是吧 / 靠抓阄的吗 / 倒是挺快
    ("k.c.scorn_tag", C, "complaint", 42, (
        "(所以|那|合着|这么说)(我|)(就|)(只能|活该|得)(干等着|自己修|自己出运费|再跑一趟|认了|自己想办法|吃哑巴亏)是吧",
        "(这|这就)是你们(说的|说的那个|吹的)(品质保障|正品|极速发货|贴心服务|售后无忧)是吧",
        "(坏了|出了问题|发错了)(就|)(没人管|不认账|往外推)是吧",
        "{KSVC}(就|)(一直|)(拖着|晾着|压着)是吧",
        "我(的|)(消息|问题)(就|)(当没看见|不回)是吧")),
    ("k.c.scorn_luck", C, "complaint", 35, (
        "(你们|你们家|)(发货|打包|质检|配货|分拣|挑货)(是|都是|全|全凭|)靠(抓阄|运气|心情|缘分|掷骰子)(的吗|吧|是吧|啊|)",
        "(你们|)(仓库|客服|售后)(是|)(摆着看的|放假了|下班了)吗(，|)({NDAY}了|半天)(都|)没(动静|人影)",
        "(你们|)(质检|检查)(是|)(闭着眼睛|走个过场)(做|查)的吧",
        "({P}|东西)(是|)(从垃圾堆|从仓库角落)里(翻|捡)出来的吗")),
    ("k.c.scorn_quick", C, "complaint", 42, (
        "{KQUICK}(倒是|可是|那是)(挺|蛮|真|特别|)(快|积极|麻利|勤快)(的|啊|)(，|)(一到|轮到|说到){KSVCDONE}(就|)(没人|没影了|慢得要命|装聋作哑)",
        "(等了{NDAY}|隔了{NDAY})(才|)(回|回复|处理|有人理)(，|)(这效率|这速度)(可真|真是|也太)(高|快|感人)(啊|了)",
        "(你们|)(涨价|改价|下架)(倒是|)(挺|真)(快|及时)(的|)(，|)(退差价|{KSVCDONE})(怎么|咋)(就|)(这么|那么)(难|慢)")),
    # regret at buying
    ("k.c.regret", C, "complaint", 42, (
        "早知道(就|)(去|在){KRIVAL}买了",
        "早知道(你们|你们家|这家)(是这样|这么不靠谱|售后这样)(，|)(打死|说什么|当初)(我|)(都|也|)不(买|下单)",
        "(真|我真是|真的)后悔(没|没有)(去|在){KRIVAL}买",
        "当初(就|)不该(图便宜|贪便宜|信了广告|看了直播|听你们客服的)(买|在这买|下单)",
        "(要是|如果)(早|)知道(会|要)(这样|等这么久|这么麻烦)(，|)(我|)(才|)不会(买|下这个单|选你们)")),
    # blame turned back
    ("k.c.blame_back", C, "complaint", 35, (
        "(你的|你们的|)意思是(怪|赖)(我|我们)(咯|喽|呗|了|啊)",
        "(照你这么说|听你这意思|说来说去)(，|)(是|还是)(我|我们)(自己|)(用坏的|不会用|没收好|没看清|的错)(咯|喽|呗|了|啊)",
        "(合着|敢情)(东西|{P})(坏了|出问题)(还|)(是|得)(我|我们)(的责任|自己担着|背锅)",
        "(怎么|凭什么)(又|还|)(成|变成|算)(我|我们)的(问题|错|不是)(了|)")),
    # distrust
    ("k.c.distrust", C, "complaint", 42, (
        "(这样|这种|你们这样的)({KSVC}|做法|处理|质量)(让人|叫人|让我|叫我)(怎么|还怎么|还咋)(放心|相信|敢买|安心)",
        "(以后|下次)(还|)(怎么|哪敢|谁敢)(放心|再)(在你们家|在这|跟你们)(买|下单|买东西)",
        "(你们|客服)(说的话|的保证|的承诺)(我|)(还能信几分|还能信吗|以后谁还敢信|都不敢信了)",
        "(上次|之前|前天)(也|)(是|)(这么|这样)(说|保证|答应)的(，|)(最后|后来)(呢|还不是没下文)",
        )),
    ("k.c.distrust_fault", C, "problem complaint", 30, (
        "(说是|号称)(正品|全新|原装)(，|)(结果|可)(收到的|到手的)(东西|{P})(连|)(票|标签|封条)(都|)(没有|是撕过的)",)),
    # money or time wasted
    ("k.c.wasted", C, "complaint", 42, (
        "(这|这{PRICE}块|这几百块|这钱)(算是|就当|等于)(白花|白扔|打水漂)了",
        "(为了等{KSVC}|为了收这个快递|为了等师傅)(我|)(专门|特地|)({KWASTE})",
        "(花了|掏了){PRICE}(块|元)(就|)(买了|换来)(这么个|个这)(东西|玩意|破烂)(，|)(还不如|真不如)(不买|买个便宜的)")),
    # a plan spoilt
    ("k.c.plan", C, "complaint", 30, (
        "(本来|原本)(是|)(打算|想|准备)(给|在|趁)({KEVENT})(用|穿|送人|带上)的(，|)(现在|这下|结果)(全|都|)({KSPOILT})",)),
    ("k.c.wasted_fault", C, "problem complaint", 30, (
        "{KWASTE}(，|)(结果|到头来|最后)(人没来|东西没到|啥也没办成|还是不行)",)),
    ("k.c.plan_fault", C, "problem complaint", 30, (
        "({KEVENT})(都|早就)(过了|结束了)(，|)({P}|东西|快递)(才|今天才)(到|发)(，|)(还有什么用|有啥用|要它干嘛)",
        "(就因为|全因为)(你们|)(晚发了{NDAY}|没按时送到|发错了货)(，|)(我|){KEVENT}(的事|的安排|)(全|都|){KSPOILT}")),
    # comparison with other shops
    ("k.c.compare", C, "complaint", 42, (
        "(人家|{KRIVAL})(都|早就|)(是|能|可以){KBETTER}(，|)(你们|你家)(怎么|凭什么|咋)(就|)(做不到|不行|这么麻烦|要拖这么久)",
        "同样的{P}(人家|{KRIVAL})(才|只要|只卖){PRICE}(块|元)(，|)(你们|)(还|)(好意思|有脸)(卖|要)(这么贵|这个价)",
        "(在|)({KRIVAL}|别的店)买(了|过)(这么多年|好几年|那么多次)(，|)(从来|就|都)没(遇到|碰到|见过)(这种|这样的)(事|情况|操作)",
        "(你们|你家)(连|)({KRIVAL}|楼下小卖部)(都|)(不如|比不上)")),
    # anger at a fault repeated
    ("k.c.repeat", C, "problem complaint", 42, (
        "(这|这已经|这都)是{KNTH}({KFAULT})了",
        "(上次|上回)({KFAULT})(我|)(就|都|)(忍了|没计较|没说什么)(，|)(这次|这回)(又|还)({KFAULT})",
        "(同一个|一样的)(问题|毛病)(修了|换了){NUM}(次|回)(还|都)(没好|没解决|一样)")),
    ("k.c.repeat_habit", C, "complaint", 30, (
        "(每回|回回|次次|几乎每次)(买|下单)(都|)(要|得)(催|问|打电话|来找你们)(才|)(有动静|发货|处理)",
        "(上次|上回)(也|)(是这样|这么拖)(，|)(这次|这回)(还|又)(这样|来)")),
    # the agent's replies reproached
    ("k.c.replies", C, "complaint", 42, (
        "(你|你们|客服)(回的|说的|回复的)(都是|全是|就是)(些|)({KREPLY})(吧|吗|啊|)",
        "(我|)问的是{KSVC}的事(，|)(你|)(答|回|扯)(的|)(是|)(别的|一堆没用的|不相干的)",
        "(你|)(先|)(看清楚|看完|读一遍)(我|我的)(问题|消息|话)(再|)(回|回复|说)(行不行|好不好|)",
        "(你|你这|这个)(回答|回复|解释)(跟|和)(没说|没回|没解释)一样",
        "(你|)(到底|)(是|)(机器人|自动回复)(吧|吗|还是真人)",
        "(等了|隔了)(半天|{N}分钟)(就|才)(回|回了)(一句|一个)(稍等|亲|在的)")),
    # on someone else's behalf
    ("k.c.behalf_fault", C, "problem complaint", 30, (
        "{KWHO}(打|打了|打过)(你们|)(客服|售后)(电话|热线)(好几次|{NUM}次|)(，|)(不是|)(没人接|被挂了|说了半天没人管|一直转来转去)",
        "{KWHO}(收到的|买的){P}(没用几天|才用{NDAY})(就){BREAK}(，|)(她|他)(都|)(不好意思|不敢)(跟你们|)(说|开口)(，|)(我|)(替她|替他|帮她|帮他)(来问|来说)")),
    ("k.c.behalf", C, "complaint", 30, (
        "{KWHO}(年纪大了|不会用手机|不懂网购)(，|)(你们|)(就|)(这么|这样)(对|糊弄|打发|应付)(她|他|人家)",
        "(替|帮|我是替){KWHO}(来|)(问问|说一句)(，|)(你们|)(这|)(叫|算)(什么|哪门子)({KSVC}|服务)")),
    # a grievance put as a question
    ("k.c.in_question", C, "complaint", 42, (
        "(怎么|为什么|凭什么)(每次|每回|又|还)(都|)(要|是|得)(我|我们)(来|)(催|提醒|打电话|追着问)",
        "(你们|)(发货|打包|寄出)(前|之前)(都|)不(检查|看|试)一下的吗",
        "(就|)(不能|没法)(提前|早点)(说|通知|告诉)(我|)一声吗",
        "(下单|付款)(的时候|时)(怎么|为什么)(不|没)(说|写清楚)(要等|缺货|要预定)(这么久|{NDAY})",
        "(我|)(还要|到底要)(催|求)(你们|)(几次|多少回)(才|)(肯|能)({KSVCDONE})")),
    # formal style
    ("k.c.formal2", C, "complaint", 35, (
        "(贵店|你们)(此次|这次)的(做法|处理方式|售后安排)(实在|确实|未免)(有欠妥当|难以令人接受|令人遗憾|说不过去)",
        "(作为|身为)(老客户|会员|常客)(，|)(我|)(对|)(此次|这次)(的|)(经历|购物体验|售后体验)(深感|感到)(遗憾|不快|心凉)",
        "(希望|请)贵店(正视|重视)(这个|此)问题(，|)(不要|别)(再|)(一味|一再)(推脱|拖延)")),
    # the goods or the price scorned as a question that asks nothing
    ("k.c.scorn_what", C, "complaint", 40, (
        "就这(？|)",
        "就这(质量|服务|速度|包装|售后)(？|啊|呀|)",
        "(这|这是|这叫|这算)(什么|啥)(质量|做工|包装|速度|服务|售后)(啊|呀|嘛|)",
        "(价格|运费|这价|这差价)(定得|)(也太|真是|可真)(黑|狠)了(吧|)",
        "(摆明了|明摆着|分明)(是|就是)(在|)(割韭菜|宰人|宰客)")),
    # fault + grievance in one turn
    ("k.c.fault_plus", C, "problem complaint", 42, (
        "{P}(用了{NDAY}|才用{NDAY}|没用几次)就{BREAK}(，|)(早知道(就|)(去|在){KRIVAL}买了|这钱算是白花了|这质量让人怎么放心)",
        "(收到|拆开)(发现|一看){PROB}(，|)(你们|)(发货前|打包时)(都|)不(检查|看)一下的吗",
        "(又|这次又){PROB}(，|)这(都|)是{KNTH}了",
        "{LOG}(，|)(我|)(专门|特地)(请了半天假|在家等了一天)(，|)(全|都)(白等了|白费了)")),
    ("k.c.plus_request", C, "complaint request", 30, (
        "(这|这已经)是{KNTH}({KFAULT})了(，|)(这次|)(直接|)(给我|)(退款|退货|换新|补发)(吧|)",
        "(早知道(就|)(去|在){KRIVAL}买了|这钱算是白花了)(，|)(你们|)(赶紧|尽快)(给我|)(退了|处理一下|退款)")),

    # ================================================================ hard negatives
    # worries before buying: questions
    ("k.n.suppose", C, "question", 60, (
        "(万一|要是|如果|假如)(不合适|不满意|穿不了|尺码不对|用着不喜欢|颜色不喜欢)(能|可以|能不能)(退|换|退换)(吗|不|)",
        "(会不会|该不会)(被坑|买到假货|收到二手的|发错货|收到坏的)(啊|呀|)",
        "(我|)(有点|比较|很)(担心|怕)(收到|买到)(假货|坏的|压坏的|翻新机)(，|)(你们|)(有|)(保障吗|怎么保证|怎么处理)",
        "(怕|担心)(快递|物流)(太慢|赶不上{KEVENT})(，|)(能|可以)(加急|发顺丰|今天发)吗",
        "(要是|如果|万一)(用了{NDAY}就坏了|收到有破损)(，|)(是|)(怎么|)(处理|保修|赔)(的|吗|呢)")),
    # praise in scorn-like words: thanks
    ("k.n.praise_scornish", C, "thanks", 60, (
        "(笑死|绝了|离谱|救命)(，|)(这个|){P}(也|)({KGOOD})(吧|)",
        "早知道(这么好用|这么好|质量这么好)(就|)(早点|早就)(买|下单)了",
        "(可恶|过分|要命)(，|)(又|)(被你们家|)(种草|圈粉)了(哈哈|😂|)",
        "(快递|发货)(也太快了吧|快到离谱)(，|)(昨天|前天)(下单|拍的)(今天|)(就|)到了",
        "(这|这速度|哇|)(也太快了吧|也太快了|好快啊)(！|！！|)",
        "(我|)(哭了|服气)(，|)(怎么能|怎么会)(这么|)(好用|好看|好吃)",
        "(上次|之前)在{KRIVAL}买的(不行|一般)(，|)(还是|)你们家的(好|靠谱|好用)")),
    # 投诉 in quotes, said in play: thanks
    ("k.n.quoted", C, "thanks", 30, (
        "(我要|我来|必须)“投诉”(一下|你们|)(，|)(东西|{P})(太好用|太好吃|太好看)(了|)(，|)(钱包又要空了|又要回购了|停不下来)",
        "(要|想)“投诉”(客服|你们)(太|真是太|也太)(耐心|贴心|热情)(了|)(哈哈|😂|)")),
    # the customer's own slip: other, or a request
    ("k.n.selfblame", C, "other", 40, (
        "(怪我自己|只能怪自己|我自己粗心|自己大意了)(，|){KSLIP}",
        "({KSLIP})(，|)(是|)(我自己的问题|我自己没注意|自己粗心)(，|)(不关你们的事|跟你们没关系|)")),
    ("k.n.selfblame_req", C, "request", 40, (
        "(怪我自己|只能怪自己|我自己粗心)(，|){KSLIP}(，|)(麻烦|帮我)(换一下|改一下|重新发一个)",
        "({KSLIP})(，|)(自己的问题|我自己大意)(，|)(麻烦|)(帮我|给我)(换成{V}的|改成{V2}的|重新下一单)")),
    # the opening words of the grievance frames in plain questions (白色 / 本来想 / 为了 / 说是 / 同样 / 人家 / 隔几天 …)
    ("k.n.openers", C, "question", 90, (
        "白(色|天|底)的{P}(还有货吗|有现货吗|什么时候补货)",
        "(本来|原本)(想|打算)(买|选){V}的(，|)(现在|)(想|)(换成|改成){V2}(可以吗|行吗)",
        "为了(方便|送人|{KEVENT})(，|)(能|可以)(单独包装|加个贺卡|开发票|早点发)吗",
        "(说是|听说)(这款|{P})(有|出了)(新款|活动|赠品)(，|)(是真的吗|什么时候开始)",
        "同样(的|是){P}(，|)(这两款|{V}和{V2})(有什么区别|哪个好)",
        "人家(推荐|说)(这款|{P})(挺好用的|不错)(，|)(有现货吗|几天能到)",
        "隔(了|)(几天|一周)再(下单|买)(还|)(能|)(有|是)这个价吗",
        "号称(静音|省电|防水)的那款(是哪个型号|还有吗)",
        "这钱(是|)(退到|打到)(哪里|原账户)(了|)(呀|)",
        "(我爸|我妈|我老公|我老婆|我同事|我朋友|我姐)(想|要|让我)(买|问问|看看){P}(，|)(有推荐吗|哪款好|有{V}的吗)",
        "(作为|身为)(新手|学生|上班族)(，|)(选|买)哪款{P}(比较好|合适)",
        "贵店(是否|)(支持|可以)(开专票|货到付款|上门安装)(吗|)",
        "早知道(要|得)(自己|)(安装|拼装)(的话|)(，|)(能|)(加钱|预约)(上门装|师傅装)吗",
        "(每回|回回)(下单|买)(都|)(能|可以)(用|领)(这个|)(券|优惠)吗",
        "(问的是|我问的是){P}的{ATTR}(，|)(是多少|有几种)")),
    # a grievance about another shop while asking this one: a question
    ("k.n.other_shop", C, "question", 60, (
        "(之前|上次|去年)在{KRIVAL}买的{P}(用了{NDAY}就|没多久就){BREAK}(，|)(你们家的|你们这款)(质量|做工)(怎么样|靠谱吗|会不会也这样)",
        "{KRIVAL}(发货|客服|售后)(太慢|不理人|很麻烦)(，|)(所以|就|)(来|想在)你们家(看看|买)(，|)(今天能发吗|有现货吗|几天能到)",
        "(在|)(别家|{KRIVAL})买的(东西|{P})(是假的|有问题)(，|)(你们|你们家)(是|)(正品|原装)吗",
        "(被|)({KRIVAL}|别家)(坑过一次|骗过一回)(，|)(你们|)(这款|这个{P})(支持|能)(验货|七天无理由)吗")),
    # confirmation questions in the grievance's frame 是…的吗 (the scorn of 靠抓阄的吗 needs its content): questions
    ("k.n.attr_q", C, "question", 90, (
        "(亲|请问|你好|)(，|)(这款|这个|你们的|你们这个|这套|这件|这条|这双|这只|)({P}|{KTHING})是{KMAT}的吗",
        "(你们|你们家|)(这个|){KSVC}是{KMODE}的吗",
        "(这款|这个|){P}是(今年的新款|现货|预售|正品|原装|国行|带保修)(的|)吗",
        "{P}(的){PART}是{KMAT}的吗")),
    # 每次 / 别的 / 第一次 said of the customer's own habits or place: other
    ("k.n.own_habit", C, "other", 40, (
        "(我|)(每次|每回)(买|穿|用)({P}|鞋|裤子|帽子)(都|)(拿不准|纠结|要犹豫)(尺码|大小|颜色)(半天|)",
        "(我|)(一般|平时)(每次|每回)(都|)(买|选){V}的",
        "(我们这边|我这里|我们这儿)(别的|其他)(快递|东西)(一般|都)(要|)(走|到)(三四天|一周|好几天)",
        "(我|)(第一次|头一回)(买|用)(这种|这个){P}(，|)(不太懂|没什么经验|还不会用)",
        "(我|)(在|)(别家|{KRIVAL})(也|)(看过|看到过)(这款|类似的)")),
    # the customer's own confusion: a request or a question, no grievance
    ("k.n.confused", C, "question", 40, (
        "(看了半天|挑了半天)(，|)(眼都花了|头都大了|还是拿不准)(，|)(哪款|哪个|到底哪个)(适合{PERSON}|好一点|性价比高)",
        "(我|)(啥都|什么都|完全)(不懂|不太懂)(，|)(该|应该)(买|选)(哪个|多大的|几匹的)",
        "(我|)(怕|担心)(自己|)(学不会|装不好|用不来)(，|)(有|)(教程|视频|说明书)吗",
        "{P}(要|需要)({KHOWTO})几(次|遍|回)(才|)(能用|行|好)",
        "(你们|这个|){P}(的{PART}|)(怎么|要怎么)({KHOWTO})(啊|呀|)")),
    # a wish put as 能不能 (the grievance's 你能不能看清楚 needs its content): a suggestion
    # praise with 这么 / 下次还来 (not 有你们这么做生意的吗): thanks
    ("k.n.praise_such", C, "thanks", 40, (
        "(怎么会有人|谁能想到|居然有人)把{P}做得这么(可爱|好看|好用|精致)(啊|呀|)",
        "(有|遇到)(你们|你)这么(用心|上心|负责|耐心)的(店|客服|商家)(，|)(我|)(下次|以后)(还来|还找你们|一定回购)")),
    # 上次 / 下单 / 别的 / 省得每次 in plain talk: questions, requests, other
    ("k.n.last_time", C, "question", 60, (
        "(上次|上回|之前)(买的|那个|那瓶|那款){P}(还有吗|还有货吗|大概能用多久来着|是什么型号来着)",
        "(我|)(现在|今天|马上)(下单|拍)(的话|)(，|)(今天|明天|什么时候)(能发吗|能到吗|发货)",
        "(这个|这款){KTHING}({V}的|)(现在|今天)下单(能|)(赶上|包邮|有赠品)吗",
        "(上次|上回)(客服|你们)(说|告诉我)(的|)那个(活动|优惠|赠品)(现在|)还有吗")),
    ("k.n.plain_talk", C, "other", 80, (
        "(别的|其他的)(都|)(挺好的|没问题|不用了|先不要)",
        "(上次|上回)(买的|那个){P}(挺好用的|家里人都说好|还在用)",
        "(我|)(每次|每回)(都|)(是|)(在你们家|在这家)(买|下单)(的|)",
        "(这天气|天太热|天这么冷|路上堵)(，|)(快递小哥|大家)(也|)(辛苦|不容易)(了|)",
        "别的(全|都)(拿出来|放进去|收好|先不用管|放一边)(了|吧|)",
        "(这个|那个|那)({KTHING}|{P})({V}的|)(我|)(现在|刚刚|已经)(下单|拍下)(了|)",
        "(上次|之前)在(别家|{KRIVAL})买的{P}(用到一半|刚拆开)(就|){BREAK}(了|)",
        "(太感谢了|谢谢谢谢|太好了)(！！|！！！)")),
    ("k.n.wish_req", C, "request", 40, (
        "(能不能|可以|麻烦)(每个月|每季度|每年)(自动|定期)(寄|送|上门)一次(，|)(省得|免得)(每次|每回)(都|)(要|得)(下单|打电话|想着)",
        "(帮我|麻烦)(设置|开通)(一下|)(定期|自动)(配送|续订)(，|)(省得|免得)(我|)(每次|老是)(忘)")),
    # a grumble at the weather or the day, no grievance at the shop: other
    ("k.n.outside", C, "other", 40, (
        "(这天气|这鬼天气|今天)(热|冷|闷)得(让人|叫人)(受不了|喘不过气|不想出门)",
        "(今天|这几天)(加班|堵车|下雨)(，|)(累|烦)得(要命|不行)",
        "(天|这天)(还|)(让不让人|叫不叫人)(活|出门)了")),
    # a problem told calmly: problem (+ request / question)
    ("k.n.calm_problem", C, "problem request", 30, (
        "(亲|)(，|)(我|)(收到的|买的){P}{PROB}(，|)(麻烦|)(帮我|给我)(看看|处理一下|换一个)(，|)(谢谢|辛苦了|)",
        "{P}(到了|收到了)(，|)(不过|但是|就是)(有个|一个)(小|)(问题|地方)(，|){PROB}(，|)(能|)(帮我|)(补一个|换一个|处理下)(吗|)")),
    ("k.n.calm_problem_q", C, "problem question", 30, (
        "(不好意思|亲|)(，|)(我的|){P}{PROB}(，|)(想问下|请问)(怎么处理|能换吗|是不是要寄回去)",
        "{P}(用了{NDAY}|才用了没几天)(，|)(好像|感觉)(有点|){BREAK}(，|)(是|)(我|)(哪里|)(操作不对吗|用得不对吗|需要重置吗)")),
    # a delay asked about without anger: a question (+ problem)
    ("k.n.delay_q", C, "question", 60, (
        "(请问|你好|亲)(，|)(我的|这个|)(订单|快递|包裹)(大概|一般)(什么时候|几号|几天)(能|)(发货|到|送到)(呀|呢|)(，|)(不着急|我就问问|好安排时间|我那天在家)",
        "(想问一下|问下)(，|){KSVC}(一般|大概)(要|需要)(多久|几天)(呀|呢|)",
        "(下单{NDAY}了|付款好几天了)(，|)(想确认一下|问一下)(是不是|)(还在排队|要等几天|已经打包了)(呢|吗|)")),
    ("k.n.delay_problem_q", C, "problem question", 40, (
        "(物流|快递)(好像|)({NDAY}没更新了|停在{CITY}没动)(，|){KWHY}",
        "(包裹|快递)(显示|)(到{CITY}|在路上){NDAY}了(，|)(请问|想问下)(大概|)(还要|还需)(几天|多久)(能到|呢)")),
]
