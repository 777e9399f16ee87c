#!/usr/bin/env python3
"""A deterministic generator of a HELD-OUT set of labelled customer-service chats.

    python benchmarks/conversations_gen.py [OUT] [--seed S] [--stats]
    (default OUT: /tmp/zj_heldout_chats.jsonl; the file is generated, never committed)

Every line is one chat in the log format of spec/contract.md §1 plus the labels of
../shared/dev-cases/conversations.jsonl: ``expect`` (conversation categories that must be
reported), ``ok_extra`` (categories that may be reported without penalty), ``note``, and
``faults`` (the ids of the injected fault templates, for per-template recall).

Written from the seed documents only (001's JD scripts for pre-sale, in-sale and after-sale;
003/004's etiquette: greeting by time of day and holiday, replies within 60 s, 致谢/致歉/建议 need
an answer, the after-sales order 查明原因 → 道歉 → 安抚 → 方案, no bare full name, a closing by the
agent; 000's "do not push the customer out"; 002's "让您久等了" after a wait).  No sentence comes
from the dev cases, the training corpora or any external data.

About a third of the chats are clean for EVERY conversation category (greeting fitting the time
and the holiday, agent replies within 55 s, every question answered, holds followed up within
55 s, thanks / apologies / suggestions acknowledged, complaints met with an apology, after-sales
problems handled in order, a closing by the agent), with hard negatives on purpose: questions
without 吗/？, two questions in one message both answered, 不好意思 as a polite opener, a
hypothetical 坏了, a customer correcting themselves (刚才说错了), the customer's name used as data
(收货人…) or with 先生/女士, a hold answered in time, a callback promised for later (seed 000's
own 有回复这边会给您留言), a wait of 45-55 s.  The rest carry one or two injected faults of known
category (every conversation category of spec/taxonomy.md plus followup_missed, slow_no_apology
and asked_to_repeat); the templates are listed in ``TEMPLATES``.

Mechanical labels are verified by an independent re-implementation (``mechanical``): response
times, greeting vs. time and holiday, closing, repeated clauses, message length, emoji, bare
name, and whether a slow reply apologises for the wait.  A chat whose mechanical labels do not
agree with its template labels is drawn again (deterministically).  Chat ``i`` depends only on
the seed and ``i``.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import difflib
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field

SEED = 20251117
DEFAULT_OUT = "/tmp/zj_heldout_chats.jsonl"
CST = dt.timezone(dt.timedelta(hours=8))
LIMIT = 60  # the packs' response limit (seconds); clean waits stay <= 55

NEW_CATEGORIES = ("followup_missed", "slow_no_apology", "asked_to_repeat")
MEANING_CATEGORIES = ("unanswered", "forced_end", "aftersales_flow", "complaint_no_apology", "thanks_unacknowledged",
                      "apology_unacknowledged", "suggestion_unacknowledged", "direct_name") + NEW_CATEGORIES

# --------------------------------------------------------------------------------------------- calendar
FESTIVALS = {  # festival day -> (key, the greeting seed 004 prescribes)
    dt.date(2025, 1, 1): ("new_year", "新年好"), dt.date(2025, 1, 29): ("spring_festival", "春节快乐"),
    dt.date(2025, 5, 1): ("labour_day", "劳动节快乐"), dt.date(2025, 10, 1): ("national_day", "国庆节快乐"),
    dt.date(2025, 10, 6): ("mid_autumn", "中秋节快乐"), dt.date(2026, 1, 1): ("new_year", "新年好"),
    dt.date(2026, 2, 17): ("spring_festival", "新年好"), dt.date(2026, 5, 1): ("labour_day", "五一劳动节快乐"),
    dt.date(2026, 9, 25): ("mid_autumn", "中秋快乐"), dt.date(2026, 10, 1): ("national_day", "国庆快乐"),
}
HOLIDAY_WORDS = {  # what counts as each festival's greeting
    "new_year": ("新年好", "元旦快乐", "新年快乐"), "spring_festival": ("新年好", "春节快乐", "新春快乐", "过年好", "新年快乐"),
    "labour_day": ("劳动节快乐", "五一快乐"), "mid_autumn": ("中秋节快乐", "中秋快乐"), "national_day": ("国庆节快乐", "国庆快乐"),
}
# days off around the festivals and other public holidays: no chat is dated there (except festival days)
_AVOID = [("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
          ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"),
          ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
          ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
          ("2026-10-01", "2026-10-07")]


def _ordinary_days() -> list[dt.date]:
    avoid = set()
    for a, b in _AVOID:
        d, e = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
        while d <= e:
            avoid.add(d)
            d += dt.timedelta(days=1)
    out = []
    for lo, hi in (("2025-02-10", "2025-12-28"), ("2026-03-02", "2026-08-30")):
        d, e = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
        while d <= e:
            if d not in avoid:
                out.append(d)
            d += dt.timedelta(days=1)
    return out


ORDINARY_DAYS = _ordinary_days()

# --------------------------------------------------------------------------------------------- content
# (noun, class); the shop depends on the class and the pack
PRODUCTS = [("电热水壶", "appliance"), ("空气炸锅", "appliance"), ("破壁机", "appliance"), ("吹风机", "appliance"),
            ("加湿器", "appliance"), ("扫地机器人", "appliance"), ("蓝牙耳机", "digital"), ("充电宝", "digital"),
            ("智能手表", "digital"), ("机械键盘", "digital"), ("羽绒服", "apparel"), ("卫衣", "apparel"),
            ("冲锋衣", "apparel"), ("跑步鞋", "shoes"), ("板鞋", "shoes"), ("保温杯", "home"), ("四件套", "home"),
            ("行李箱", "home"), ("不粘锅", "home")]
SHOPS = {
    "jd": {"appliance": ["沐禾小家电京东自营旗舰店", "暖屋电器旗舰店"], "digital": ["极声数码专营店", "星桥数码京东自营旗舰店"],
           "apparel": ["北野服饰旗舰店", "衣见男女装专营店"], "shoes": ["疾风运动鞋履旗舰店", "步知鞋靴专营店"],
           "home": ["素居家居京东自营店", "简厨生活旗舰店"]},
    "taobao": {"appliance": ["小禾家电铺"], "digital": ["阿森数码小店"], "apparel": ["柚子家女装"], "shoes": ["跑跑鞋铺"],
               "home": ["木白家居小店"]},
    "generic": {"appliance": ["沐禾电器官方商城客服中心"], "digital": ["极声官方商城客服中心"], "apparel": ["北野会员服务中心"],
                "shoes": ["疾风官方商城客服中心"], "home": ["素居生活馆在线客服"]},
}
COLORS = {"appliance": ["奶油白", "薄荷绿", "雾霾蓝", "深空灰"], "digital": ["曜石黑", "珍珠白", "星空蓝", "银色"],
          "apparel": ["黑色", "藏青色", "米白色", "卡其色", "雾蓝色"], "shoes": ["黑白配色", "全白", "浅灰色", "深蓝色"],
          "home": ["墨绿色", "玫瑰粉", "深灰色", "象牙白"]}
SIZES = {"apparel": ["S", "M", "L", "XL", "XXL"], "shoes": ["39", "40", "41", "42", "43"]}
CITIES = ["成都", "杭州", "武汉", "西安", "南京", "长沙", "郑州", "沈阳", "昆明", "合肥", "厦门", "青岛", "济南", "南宁",
          "贵阳", "兰州", "太原", "石家庄", "哈尔滨", "福州"]
DISTRICTS = ["高新区", "江北区", "开发区", "新城区", "滨湖区", "经开区", "城南区", "东湖区"]
ROADS = ["梧桐路", "锦绣大道", "学府路", "春晖街", "长虹路", "青年路", "望江路", "丰收街"]
NAMES = [("周晓燕", "女士"), ("郑凯", "先生"), ("何雨桐", "女士"), ("林志远", "先生"), ("高慧敏", "女士"), ("罗俊", "先生"),
         ("马丽萍", "女士"), ("胡振东", "先生"), ("郭静怡", "女士"), ("宋文涛", "先生"), ("谢晓峰", "先生"), ("韩雪梅", "女士"),
         ("唐宇航", "先生"), ("冯佳琪", "女士"), ("董明辉", "先生"), ("曹欣然", "女士"), ("彭立新", "先生"), ("蒋雯", "女士"),
         ("潘磊", "先生"), ("沈浩然", "先生"), ("姚丽娟", "女士"), ("卢志刚", "先生"), ("范晓东", "先生"), ("苏婉清", "女士"),
         ("程晨", "女士"), ("钟建平", "先生"), ("陆思琪", "女士"), ("叶子豪", "先生"), ("魏春兰", "女士"), ("邱海波", "先生")]
EMOJIS = ["😊", "🌹", "[微笑]", "[玫瑰]", "😄", "💕", "[愉快]", "🙏", "✨", "🌸"]

# product-specific (question, answer) pairs
FACTS = {
    "电热水壶": [("容量多大", "这款容量是1.7升，一次能烧四五杯水"), ("烧开一壶要多久", "满壶水大概五分钟左右就能烧开"),
             ("内胆是什么材质的", "内胆是304不锈钢，一体成型没有焊缝")],
    "空气炸锅": [("这个是几升的", "这款是5.5升大容量，三到五口人用刚好"), ("做薯条要放油不", "大部分食材不用放油，想要更酥可以刷一层薄油"),
             ("炸篮能拆下来洗吗", "炸篮可以拆下来清洗，表面有不粘涂层，很好打理")],
    "破壁机": [("噪音大不大", "这款带隔音罩，打豆浆时声音比普通款小不少"), ("能打冰块吗", "可以打碎冰块，做冰沙没有问题"),
            ("有没有预约功能", "支持十二小时预约，晚上放好食材早上就能喝")],
    "吹风机": [("风力大吗", "这款是高速电机，中长发三分钟左右就能吹干"), ("会不会烫头皮", "它有智能温控，出风温度稳定，不会忽冷忽热"),
            ("手柄能折叠不", "手柄可以折叠，出差放箱子里不占地方")],
    "加湿器": [("水箱加满能开多长时间", "水箱是4升的，开中档大概能用十二个小时"), ("可以加精油吗", "顶部有香薰盒，精油滴在香薰盒里就可以"),
            ("晚上开着吵不吵", "睡眠模式下很安静，基本听不到声音")],
    "扫地机器人": [("能拖地吗", "这款扫拖一体，拖布遇到地毯会自动抬升"), ("门槛过得去吗", "两厘米以内的门槛都能越过去"),
              ("要连家里网络吗", "连上家里无线网络后可以用手机设置清扫区域")],
    "蓝牙耳机": [("续航多久", "耳机单次能用六小时左右，加上充电盒一共大约三十小时"), ("有降噪吗", "支持主动降噪，坐地铁戴着也比较安静"),
             ("能同时连两个设备不", "支持同时连接手机和电脑两台设备")],
    "充电宝": [("能带上飞机吗", "这款是10000毫安，符合民航规定，可以随身带上飞机"), ("支持快充吗", "支持双向快充，给手机充半小时能到一半左右"),
            ("有几个口", "有两个USB口和一个Type-C口，可以同时给三台设备充电")],
    "智能手表": [("能测心率吗", "可以全天测心率，还支持血氧和睡眠监测"), ("防水不", "支持五十米防水，游泳的时候也能戴"),
             ("苹果手机能连吗", "安卓和苹果手机都可以连接使用")],
    "机械键盘": [("是什么轴的", "这款有红轴和茶轴两种，红轴手感比较轻"), ("有背光吗", "带白色背光，亮度可以调节"),
             ("Mac能用不", "支持Mac系统，按组合键切换一下模式就可以")],
    "羽绒服": [("含绒量多少", "这款是90%白鸭绒，充绒量两百克左右"), ("零下十度够穿吗", "零下十度左右里面搭一件毛衣就够了"),
            ("能机洗吗", "建议手洗或者送干洗，机洗容易让羽绒结块")],
    "卫衣": [("是纯棉的吗", "面料是棉加少量氨纶，穿着柔软有弹性"), ("穿久了会起球吗", "面料做过抗起球处理，正常穿着不容易起球"),
           ("有加绒的款吗", "有的，加绒款在颜色分类里单独列出来了")],
    "冲锋衣": [("防水吗", "面料有防水涂层，小雨天穿完全没问题"), ("内胆能拆不", "这款是三合一设计，抓绒内胆可以单独拆下来穿"),
            ("帽子可以拆吗", "帽子是可拆卸的，拉链一拉就能取下")],
    "跑步鞋": [("适合跑长距离吗", "这款中底回弹好，日常慢跑和半马都适合"), ("鞋底防滑吗", "鞋底是耐磨橡胶，雨天路面也比较防滑"),
            ("一只多重", "单只鞋大概两百六十克，穿着比较轻")],
    "板鞋": [("鞋面是真皮吗", "鞋面是头层牛皮，越穿越软"), ("好搭衣服吗", "这个配色配牛仔裤或者休闲裤都很好看"),
           ("鞋底厚不厚", "鞋底大约三厘米，穿着有一点增高效果")],
    "保温杯": [("保温能保多久", "装满开水六个小时后还有六十度左右"), ("能装牛奶吗", "可以装牛奶和果汁，喝完及时清洗就行"),
            ("容量是多少", "这款是500毫升，放包里刚好")],
    "四件套": [("是什么面料", "面料是全棉磨毛的，摸着比较软"), ("1.8米的床用哪个规格", "1.8米的床选被套2.2乘2.4米的这一款"),
            ("洗了会不会掉色", "采用活性印染，正常洗涤不容易掉色")],
    "行李箱": [("能带上飞机吗", "20寸的符合大部分航空公司的登机要求"), ("是什么材质", "箱体是PC材质，轻便而且比较抗摔"),
            ("有密码锁没", "带海关密码锁，出国旅行也能用")],
    "不粘锅": [("电磁炉能用吗", "锅底是复合底，电磁炉和燃气灶都能用"), ("能用铁铲吗", "建议用木铲或硅胶铲，可以更好地保护涂层"),
            ("带盖子吗", "配了一个可视玻璃盖，炒菜时能看到锅里")],
}
# (question variants, answer variants, classes or None for all); {c} colour, {city}, {courier}, {pn} "这款X"
GENERAL_QA = [
    (["{c}的还有货吗", "{c}现在有现货没", "{c}有货不", "想要{c}的 有吗", "{c}那个还能买到吗"],
     ["{c}目前仓库有现货，付款后会尽快为您安排出库", "{c}库存充足，您可以放心下单", "帮您看了，{c}还有库存，下单后当天就会打包"], None),
    (["发到{city}要几天", "寄{city}大概多久能到", "到{city}一般几天", "多久能送到{city}啊", "{city}这边几天能收到"],
     ["发往{city}一般一到两天送达，具体以物流实际更新为准", "{city}在配送范围内，正常情况下单后两天左右就能收到",
      "到{city}是{courier}配送，预计两天左右到，下单后可以在订单里查看进度"], None),
    (["保修多久", "质保几年啊", "有保修没", "保修期是多长时间"],
     ["{pn}整机保修一年，非人为损坏的质量问题都可以免费维修", "支持全国联保，整机保修一年，从签收当天开始算"], ("appliance", "digital")),
    (["万一用坏了怎么保修", "要是坏了能修吗", "以后出问题了找谁修"],
     ["保修期内出现质量问题，您在订单页申请售后，我们会安排免费维修或更换", "保修期内非人为的故障都是免费维修的，直接联系客服登记就可以"],
     ("appliance", "digital")),
    (["能开发票吗", "可以开公司抬头的发票不", "能开专票吗", "要开发票的话怎么弄"],
     ["可以开的，下单时在发票信息里填写单位名称和税号就行", "支持增值税专用发票，提交订单时选专票并填写公司信息即可"], None),
    (["电子发票去哪里下", "发票开好了去哪看"],
     ["订单完成后在订单详情页点“查看发票”就能下载", "电子发票开具后会显示在订单详情里，也会发到您预留的邮箱"], None),
    (["现在买有优惠吗", "有券可以领不", "有没有满减", "最近有活动没"],
     ["目前店铺有满199减20的活动，结算时会自动减免", "商品页可以领一张15元的店铺券，下单时勾选就能用"], None),
    (["不合适能退吗", "支持七天无理由不", "买回去不喜欢可以退吗"],
     ["支持7天无理由退货，商品不影响二次销售就可以申请", "这款是支持7天无理由的，您收到后不满意可以在订单页申请退货"], None),
    (["退回去的运费谁承担", "要是退的话运费怎么算"],
     ["订单带运费险，七天内退货运费会按规则补偿给您", "非质量问题退货运费由您承担，下单时勾选了运费险的话可以补偿"], None),
    (["有赠品吗", "送东西不", "买这个送什么"],
     ["现在下单赠送一个收纳袋，会跟商品一起发出", "活动期间下单送一份清洁套装，和商品一起打包"], None),
    (["送货上门吗", "能送到家门口不"],
     ["{courier}会送货上门，有特殊要求可以在订单里备注", "会送到您填写的地址，配送前快递员会先电话联系您"], None),
    (["我一米七五 一百四十斤穿多大"], ["按您的身高体重建议选XL码，这款是常规版型"], ("apparel",)),
    (["身高162 体重一百斤 选哪个码"], ["建议您选S码，如果喜欢宽松一点可以选M码"], ("apparel",)),
    (["这件码数偏大还是偏小", "尺码准不准"], ["这款是标准码，按平时的尺码选就可以"], ("apparel",)),
    (["里面穿毛衣的话要不要大一码"], ["冬天里面穿厚毛衣的话建议大一码，活动起来更舒服"], ("apparel",)),
    (["平时穿41的 这个选多大", "41码的脚选哪个码"], ["这款鞋码偏标准，平时穿41选41就可以"], ("shoes",)),
    (["脚背比较高 要不要选大半码"], ["脚背偏高的话建议选大半码，穿着不会压脚"], ("shoes",)),
    (["鞋子偏窄吗", "楦型宽不宽"], ["这款楦型中等偏宽，脚宽一些穿着也舒服"], ("shoes",)),
]
# customer requests answered by doing something (hard negatives for "suggestion")
REQUESTS = [
    ("能帮我备注一下放门卫室吗", "可以的，已经帮您备注放门卫室了"),
    ("能不能晚两天再发 我这周不在家", "可以的，已经帮您备注周六以后再发货"),
    ("发票抬头麻烦改成单位的 单位信息写在订单备注里了", "好的，已经按备注里的单位信息帮您修改发票抬头"),
    ("可以帮我换成{c2}的吗 还没发货", "可以的，订单还没出库，已经帮您换成{c2}了"),
    ("帮我看看能不能一起发", "已经帮您合并成一个包裹发出了"),
]
# things that need a look-up: the customer's request, optional ask + info, hold, result, later-contact promise
HOLD_ITEMS = [
    dict(key="logistics", req=["我前天买的{noun}到哪了", "帮我查下物流", "东西发出来没有", "想看下快递到哪了"],
         ask=["麻烦发一下您的订单编号", "请问订单编号是多少呢"], info=["{order}", "订单号{order}", "{order} 这个"],
         hold=["好的，请您稍等，我帮您查一下物流", "收到，我这边看一下配送进度，请稍候", "我帮您查一下，您稍等片刻"],
         result=["查到了，包裹已经到{city}的配送站，今天会安排派送", "包裹昨晚已经从仓库发出，目前在运往{city}的路上，预计明天送达",
                 "订单已经出库了，现在在{city}转运中心，明后天就能到"],
         later="这单的物流信息暂时没有更新，我已经提交给物流部门核实，有结果会在24小时内给您留言"),
    dict(key="address", req=["地址填错了能改吗", "收货地址写成老家的了 想改一下", "能帮我改个地址不"],
         ask=["可以的，麻烦您把订单号和新地址发我一下"], info=["{order} 改成{addr}", "订单{order}，新地址{addr}"],
         hold=["好的，我帮您看一下订单现在的状态，请稍等", "收到，我这边核实一下能不能修改，您稍等"],
         result=["订单还没出库，地址已经帮您改好了", "已经帮您修改成功了，会按新地址给您配送"],
         later="订单已经在打包了，我已经联系仓库尝试修改，处理结果会在两小时内给您留言"),
    dict(key="price", req=["昨天买的今天降了二十块 能补差价吗", "刚下单就降价了 能退差价不", "买完就便宜了 能价保吗"],
         ask=[], info=[],
         hold=["我帮您查一下价保规则，请稍等片刻", "好的，我这边核实一下您的订单价格，您稍等"],
         result=["帮您核实过了，符合价保条件，差价会在1到3个工作日内退回原支付账户", "已经帮您提交价保申请了，差价会退回到您的付款账户"],
         later="价保申请已经帮您提交了，审核结果会在24小时内短信通知您"),
    dict(key="restock", req=["{c}的什么时候有货", "{c}的断货了 还会补吗", "{c}的还补货不"],
         ask=[], info=[],
         hold=["我帮您问一下仓库同事，您稍等一下", "您稍等，我去确认一下补货时间"],
         result=["仓库回复{c}下周三左右到货，您可以先点商品页的“到货通知”", "问过仓库了，{c}这周五补货，到货后会马上上架"],
         later="仓库同事暂时还没回复，我已经登记了，有确定的补货时间会给您留言"),
    dict(key="refund", req=["退款到哪一步了", "退货寄回去几天了 退款什么时候到", "想查一下退款进度"],
         ask=["麻烦您发一下订单号，我帮您看看"], info=["{order}", "订单{order}"],
         hold=["好的，我看一下这笔退款的进度，请稍等", "收到，我帮您查一下，您稍候"],
         result=["查到了，退款已经审核通过，一般1到3个工作日原路退回", "退货已经签收入库，退款今天已经发起，请您留意账户到账"],
         later="这笔退款需要财务同事核对，我已经帮您催办了，结果会在24小时内短信通知您"),
    dict(key="invoice", req=["电子发票在哪看 我找不到", "发票开了没有", "帮我看下发票开好了没"],
         ask=["请问是哪一个订单呢，麻烦发一下订单号"], info=["{order}"],
         hold=["我帮您查一下开票状态，请稍等", "好的，您稍等，我看一下这单的发票"],
         result=["发票已经开好了，在订单详情页点“查看发票”就能下载", "发票已经开具，刚刚也重新发送到您预留的邮箱了"],
         later="这单的发票还在开具中，我已经提交加急，开好后会给您留言提醒"),
]
CHASES = ["查好了没", "还在吗", "怎么样了", "好了没有啊", "人呢", "还没查到吗"]
ACKS = ["好的", "嗯嗯", "好", "行", "ok"]

# after-sales problems per product (flatly stated), and whether the fix is a re-shipment
DEFECTS = {
    "电热水壶": ["烧水的时候底座漏水", "用了三天开关就跳不起来了", "烧出来的水有股塑料味"],
    "空气炸锅": ["用了两次就不加热了", "炸篮的涂层掉了一块", "插上电一点反应都没有"],
    "破壁机": ["打了一次豆浆就有焦糊味", "杯体底下漏水", "启动以后刀片不转"],
    "吹风机": ["用了几分钟就自动断电", "吹出来只有冷风", "开关推不动"],
    "加湿器": ["开机没有雾出来", "底座一直在渗水", "指示灯一闪一闪的不工作"],
    "扫地机器人": ["充不进电", "扫一会儿就原地打转", "边刷断了一根"],
    "蓝牙耳机": ["右边耳机没声音", "充电盒充不进电", "打电话对方听不清"],
    "充电宝": ["充满电放一晚上就没电了", "Type-C口插不紧", "外壳有条裂缝"],
    "智能手表": ["屏幕有一道划痕", "表带扣坏了", "戴着戴着就黑屏"],
    "机械键盘": ["有两个键按下去没反应", "背光有一半不亮", "空格键按起来有异响"],
    "羽绒服": ["一直往外钻毛", "拉链拉到一半就卡住", "袖口开线了"],
    "卫衣": ["洗了一回就缩水了", "领口有个小洞", "衣服上有块污渍洗不掉"],
    "冲锋衣": ["下小雨就渗水", "内胆的拉链坏了", "帽子的扣子掉了"],
    "跑步鞋": ["穿了三天鞋底就开胶了", "两只鞋颜色深浅不一样", "少了一只鞋垫"],
    "板鞋": ["鞋面有道划痕", "鞋头有一块掉皮", "左脚那只明显大一码"],
    "保温杯": ["杯盖拧紧了还是漏水", "倒进热水半小时就凉了", "杯身有个凹坑"],
    "四件套": ["少了一个枕套", "被套有个地方脱线了", "洗了一次掉色很严重"],
    "行李箱": ["轮子掉了一个", "拉杆拉不出来", "密码锁打不开"],
    "不粘锅": ["涂层起皮了", "锅底有点变形放不平", "锅柄有点松动"],
}
DEFECT_FORMS = ["{d}", "收到的{noun}{d}", "你好 我买的{noun}{d}", "刚收到 {d}", "{d} 怎么处理", "{noun}{d}，麻烦看一下"]
CAUSE_ASKS = [  # (agent's look at the cause, the customer's answers)
    ("麻烦您拍一张问题部位的照片发给我看一下", ["[图片]", "[图片] 你看", "拍好了 [图片]"]),
    ("请问是收到就这样，还是用了一段时间后出现的呢", ["收到就这样", "用了两次就这样了", "第一次用就发现了"]),
    ("麻烦提供一下订单号，我帮您查看一下购买信息", ["{order}", "订单号{order}"]),
    ("方便拍个视频给我看看具体情况吗", ["[视频]", "好 [视频]"]),
]
AS_APOLOGIES = ["很抱歉让您有了不好的体验", "实在抱歉，让您收到有问题的商品", "真的很抱歉，给您添麻烦了"]
AS_COMFORTS = ["您别着急，这边一定帮您处理好", "请您放心，我们一定负责到底", "这边马上帮您解决，您别担心"]
AS_SOLUTIONS = ["这边为您登记换新，新的{noun}两个工作日内发出，旧的由快递员上门取回",
                "可以为您办理退货退款，运费由我们承担，售后单已经帮您提交了",
                "这边给您申请了售后维修，师傅会在24小时内联系您预约上门时间"]
AS_RESHIP = ["已经为您安排补发，补发的单号稍后会同步到订单里", "这边马上给您补寄，两个工作日内发出，运费不用您承担"]
# complaints without (mostly) the word 投诉: (customer lines, plain factual answers)
COMPLAINTS = [
    (["都四天了物流一点没动，到底发没发", "说好的次日达，这都第三天了还没到", "快递在{city}停了好几天了，也没人管一下",
      "下单的时候说当天发，结果拖到现在才发"],
     ["包裹目前在{city}分拨中心，预计明天派送", "包裹已经从仓库发出，现在在运往{city}的路上，预计后天送达"]),
    (["退款申请提交一个礼拜了还没到，真是服了", "东西都退回去了钱还没退，拖这么久", "钱扣了东西没收到，退款也一直不到"],
     ["退款已经审核通过了，银行处理一般需要1到7个工作日", "退货已经入库，退款已经发起，请您留意账户"]),
    (["昨天那个客服说会回电话，到现在也没人联系我", "同一个问题我问了三遍了，每次都说在处理", "每回找你们都得排半天队，这效率真让人失望",
      "再拖下去我就只能投诉了"],
     ["这边帮您看了，工单还在处理中，预计今天下班前会有结果", "您的问题已经转给售后专员，会在24小时内联系您"]),
    (["下单的时候说送赠品，结果什么都没有，感觉被忽悠了", "页面写着送收纳袋，打开盒子啥也没有"],
     ["赠品是另外打包发出的，预计两天内寄出", "赠品已经安排补发，单号稍后同步到订单里"]),
]
EMPATHY = ["抱歉让您这么着急，", "实在不好意思，给您添麻烦了，", "理解您的心情，让您久等了，", "真的很抱歉，这次的体验让您失望了，"]
THANKS = ["好的 辛苦你了", "明白了 麻烦你了", "多亏你提醒，不然就买错了", "你们客服真有耐心", "问题解决了 帮大忙了",
          "效率挺高的 点个赞", "感谢感谢", "好嘞 谢啦", "还好问了你，省了不少事", "行 太感谢了"]
THANKS_ACKS = ["不客气，能帮到您就好", "您太客气啦，都是我们应该做的", "很高兴能帮到您", "谢谢您的认可，我们会继续努力的"]
APOLOGIES = ["哦哦 是我没看仔细，不好意思", "抱歉 刚才看错了，详情页有写", "不好意思啊 问了这么多", "打扰你这么久了 真不好意思",
             "刚才说话有点冲，你别往心里去", "对不住，是我自己把订单搞混了"]
APOLOGY_ACKS = ["没关系的，您不用放在心上", "没事的，您别介意", "不要紧，有问题随时问我", "没关系，能帮您弄清楚就好"]
SUGGESTIONS = ["要是详情页能把尺码表放清楚点就好了", "建议你们包装再加厚点", "你们要是能出个小一号的就好了",
               "希望以后能支持指定时间送货", "说明书可以多放点图，全是字看着费劲", "退款进度要是能在页面上直接看到就方便多了",
               "赠品换成实用点的东西可能更好", "其实可以在商品页加个使用视频"]
SUGGESTION_ACKS = ["感谢您的建议，我已经记录下来并反馈给相关同事", "您的建议很有参考价值，这边已经转达给产品部门了",
                   "谢谢您提出的宝贵意见，我们会认真考虑改进"]
NEUTRAL_GOON = ["您看还有哪里需要我帮您确认的", "您还可以看看商品详情页里的参数介绍", "另外提醒您，签收时请当面检查一下外包装",
                "这款现在下单还会附赠一份清洁套装"]
POLITE_OPENERS = ["不好意思，问一下", "不好意思打扰下，", "打扰一下，"]
HELLOS = ["在吗", "你好", "在不在", "有人吗", "您好", "hello", "客服在吗"]
MORE_LINES = ["请问还有其他需要帮忙的地方吗？", "请问还有什么需要了解的吗？", "还有别的问题需要帮您处理吗？"]
WRAPS = ["好的 没有了", "没别的了", "行 那我下单了", "明白了", "好的 了解了", "嗯嗯 清楚了", "那我先拍了", "OK 没问题了"]
WRAPS_AFTER_MORE = ["没有了", "暂时没有了", "没别的了", "没了"]
WRAPS_THANKS = ["好的 谢谢", "明白了 谢谢你", "没有了 谢谢", "好的 多谢"]
CLOSINGS = ["感谢您的耐心咨询，祝您购物愉快，再见！", "好的，有问题欢迎随时联系我们，祝您生活愉快，再见",
            "谢谢您对小店的支持，期待再次为您服务，再见～", "祝您购物愉快，收到货有任何问题随时找我们，再见！",
            "好的呢，感谢您的光临，祝您生活愉快"]
# closings that do not thank the customer back (谢谢您对小店的支持 does: seed 004 客户道谢时应谦虚致谢), for the
# chats whose fault is thanks left without a response
CLOSINGS_PLAIN = [c for c in CLOSINGS if "支持" not in c]
CLOSINGS_THANKS = ["不用客气，能帮到您就好，祝您万事顺心，再见！", "不用客气，能帮到您很开心，祝您购物愉快，再见",
                   "您太客气了，有需要随时找我们，再见～"]
NO_CLOSING = [("行 那我下单了", "好的，下单后仓库会尽快安排发货"), ("好的 那我拍了", "收到，订单会按付款顺序发出"),
              ("那就这样 我等收货", "好的，物流有更新会同步到订单里")]
UNDECIDED = ["好的 我再考虑考虑", "行吧 我再看看", "嗯 我回头再说", "那我先对比一下别家的"]
FLAT_PROBLEMS = ["下单的时候优惠券没减掉", "{points}到现在还没返给我", "开出来的发票抬头不对", "订单显示已签收 但我没收到",
                 "会员积分一直没到账", "我付了两次款"]
MORE_QUESTION = ["好的 我还有个问题", "等一下 还有个事", "对了 还想问个事情", "先别走 我还有问题"]
PUSH_OUT = ["这个您在订单页面自己看一下就行，这边先结束会话了", "这边要交接班了，您稍后重新咨询吧，先结束了",
            "这个问题不归我们这边管，会话先结束了"]
SYSTEM_CLOSE = ["客服已结束本次会话", "会话已被客服关闭"]
SYSTEM_TIMEOUT = ["会话超时，系统已自动结束", "顾客长时间未回复，会话已关闭"]
REPEAT_ORDER = ["我刚才发过了呀", "上面不是发了吗", "第一句就发了", "订单号在上面，往上翻一下", "发过了 {order}",
                "我不是已经发给你了吗"]
REPEAT_SPEC = ["我说了呀 {spec}", "刚刚说过了，{spec}", "前面写着呢 {spec}", "不是说了吗 {spec}"]
REPEAT_PROBLEM = ["上面不是写了吗，{d}", "我刚才说了 {d}", "前面说过了呀 就是{d}", "说了两遍了 {d}"]
REPEAT_ADDRESS = ["刚发过了呀 往上看", "我上一句就是新地址", "上面写了 {addr}", "不是发了吗 {addr}"]
REPEAT_SORRY = ["抱歉，是我看漏了，", "不好意思，刚才没注意到，", "抱歉让您重复了，"]
WAIT_SORRY = ["抱歉让您久等了，", "不好意思回复晚了，", "非常抱歉，刚才咨询的人比较多，", "感谢您的耐心等待，", "让您久等了，"]
GREET_NEUTRAL = ["您好，欢迎光临{shop}，请问有什么可以帮您？", "您好，我是客服{nick}，请问有什么可以帮您？",
                 "您好，欢迎咨询，请问有什么需要帮忙的吗？", "您好呀，请问您想了解什么呢？"]
GREET_MORNING = ["早上好！欢迎光临{shop}，请问有什么可以帮您？", "早上好，请问有什么可以帮到您？", "上午好，欢迎咨询，请问您想了解哪款商品？"]
GREET_AFTERNOON = ["下午好，欢迎光临，请问有什么可以帮您？"]
GREET_EVENING = ["晚上好，欢迎光临{shop}，请问有什么可以帮您？"]
GREET_HOLIDAY = ["{fest}！请问有什么可以帮您！", "{fest}！欢迎光临{shop}，请问有什么可以帮您？", "您好，{fest}！请问您想了解什么呢？"]
GREET_SHORT = ["您好", "您好，欢迎光临", "您好呀"]
NICKS = ["小禾", "小鹿", "阿青", "小满", "小安", "团团"]

# --------------------------------------------------------------------------------------------- templates
# id -> (expect, ok_extra, slot, short description).  Slots: open (first agent text), first (first wait),
# body (a scene in the middle), last (a scene that must be the last one: no apology may follow it),
# end (replaces the normal ending), pack (needs the taobao pack).
TEMPLATES: dict[str, tuple[set, set, str, str]] = {
    "greet_none": ({"missing_greeting"}, set(), "open", "客服第一句直接答题，没有开头语"),
    "greet_morning_pm": ({"greeting_mismatch"}, set(), "open", "13:00 以后说“早上好”"),
    "greet_holiday_plain": ({"greeting_mismatch"}, set(), "open", "节日当天只说“您好”"),
    "greet_holiday_wrong": ({"greeting_mismatch"}, set(), "open", "节日当天用了别的节日的问候"),
    "greet_holiday_offday": ({"greeting_mismatch"}, set(), "open", "平常日子说“国庆快乐”等节日问候"),
    "slow_first_apology": ({"slow_first_response"}, set(), "first", "首响 70-300 秒，首句致歉“让您久等了”"),
    "slow_first_plain": ({"slow_first_response", "slow_no_apology"}, set(), "first", "首响 70-300 秒，首句不致歉"),
    "slow_later_apology": ({"slow_response"}, set(), "body", "中途回复 75-400 秒，回复先致歉/感谢等待"),
    "slow_later_plain": ({"slow_response", "slow_no_apology"}, set(), "body", "中途回复 75-400 秒，直接答题不致歉"),
    "slow_later_chased": ({"slow_response", "slow_no_apology"}, set(), "body", "顾客等待中追问“在吗”，超时后客服直接答题"),
    "unans_two_in_one": ({"unanswered"}, set(), "body", "一条消息两个问题，只答了一个"),
    "unans_skipped_middle": ({"unanswered"}, set(), "body", "顾客连发两个问题，客服只答后一个，前一个被跳过"),
    "unans_end": ({"unanswered", "missing_closing"}, set(), "end", "顾客最后一问（常无“吗/？”）没人回"),
    "unans_after_close": ({"unanswered", "missing_closing"}, {"forced_end"}, "end", "客服说完结束语后顾客又问，没人回"),
    "forced_flat_problem": ({"forced_end"}, {"unanswered", "aftersales_flow", "complaint_no_apology"}, "end",
                            "顾客平铺直叙一个问题（无问号），客服直接说结束语"),
    "forced_more_question": ({"forced_end"}, {"unanswered"}, "end", "顾客说“我还有个问题”，客服直接结束"),
    "forced_push_out": ({"forced_end"}, {"unanswered", "missing_closing"}, "end", "客服以交接班/不归我管等理由结束会话"),
    "forced_system_close": ({"forced_end"}, {"unanswered", "missing_closing"}, "end", "顾客提问后客服未答，系统行“客服已结束本次会话”"),
    "as_no_solution": ({"aftersales_flow"}, {"unanswered", "forced_end", "complaint_no_apology"}, "last",
                       "售后：查原因、道歉、安抚，但始终不给方案"),
    "as_solution_first": ({"aftersales_flow"}, set(), "last", "售后：不查原因，道歉后直接给退货方案"),
    "as_no_apology": ({"aftersales_flow"}, {"complaint_no_apology"}, "last", "售后：查原因后直接给方案，全程不道歉"),
    "as_late_apology": ({"aftersales_flow"}, set(), "last", "售后：查原因、给方案，方案之后才道歉"),
    "complaint_facts_only": ({"complaint_no_apology"}, {"aftersales_flow"}, "last", "顾客抱怨（多无“投诉”二字），客服只讲事实不致歉"),
    "thanks_mid_ignored": ({"thanks_unacknowledged"}, set(), "body", "顾客中途致谢（多为间接），客服接着说别的"),
    "thanks_with_question": ({"thanks_unacknowledged"}, set(), "body", "致谢和新问题在同一条，客服只答问题"),
    "thanks_end_generic": ({"thanks_unacknowledged"}, set(), "end", "顾客最后致谢，客服只回通用结束语"),
    "apology_mid_ignored": ({"apology_unacknowledged"}, set(), "body", "顾客中途致歉（间接），客服没说“没关系”"),
    "apology_end_generic": ({"apology_unacknowledged"}, set(), "end", "顾客最后致歉，客服只回通用结束语"),
    "suggestion_ignored": ({"suggestion_unacknowledged"}, set(), "body", "顾客提建议（间接），客服既不感谢也不记录"),
    "suggestion_end_generic": ({"suggestion_unacknowledged"}, set(), "end", "顾客最后提建议，客服只回通用结束语"),
    "name_bare_greeting": ({"direct_name"}, set(), "open", "开头语直呼全名“XXX您好”"),
    "name_bare_mid": ({"direct_name"}, set(), "body", "中途直呼全名“好的XXX，…”"),
    "hold_late_return": ({"followup_missed"}, set(), "body", "客服说“稍等我查一下”，5-20 分钟后才回来"),
    "hold_chased": ({"followup_missed"}, set(), "body", "客服说稍等后不回，顾客 2.5-5 分钟后追问才答"),
    "hold_never": ({"followup_missed", "missing_closing"}, {"unanswered"}, "end", "客服说稍等后再也没回来，会话结束"),
    "hold_forgotten_other": ({"followup_missed"}, {"unanswered"}, "body", "客服说稍等后顾客问了别的，客服答了别的，查询结果始终没给"),
    "repeat_order": ({"asked_to_repeat"}, set(), "body", "顾客已给订单号，客服又要，顾客说“发过了”"),
    "repeat_spec": ({"asked_to_repeat"}, set(), "body", "顾客已说颜色/尺码，客服又问，顾客说“说过了”"),
    "repeat_problem": ({"asked_to_repeat"}, set(), "body", "顾客已描述故障，客服又问什么问题，顾客说“上面写了”"),
    "repeat_address": ({"asked_to_repeat"}, set(), "body", "顾客已给新地址，客服又问，顾客说“刚发过了”"),
    "reply_double_send": ({"repeated_reply"}, set(), "body", "同一条回复连发两次"),
    "reply_same_sentence": ({"repeated_reply"}, set(), "body", "两次回答后都发同一句“请问还有…”（仅标点不同）"),
    "long_msg": ({"long_message"}, set(), "body", "一条回复 160 字以上，把多项信息挤在一起"),
    "emoji_missing": ({"missing_emoji"}, set(), "pack", "淘宝店要求每句带表情，有一句没有"),
    "closing_customer_last": ({"missing_closing"}, {"unanswered"}, "end", "顾客说“我再考虑考虑”后会话结束"),
    "closing_agent_plain": ({"missing_closing"}, set(), "end", "客服最后一句不是结束语"),
}
QUOTAS = {
    "unans_two_in_one": 13, "unans_skipped_middle": 12, "unans_end": 8, "unans_after_close": 5,
    "forced_flat_problem": 10, "forced_more_question": 10, "forced_push_out": 7, "forced_system_close": 6,
    "as_no_solution": 9, "as_solution_first": 8, "as_no_apology": 8, "as_late_apology": 8,
    "complaint_facts_only": 32,
    "thanks_mid_ignored": 11, "thanks_with_question": 10, "thanks_end_generic": 10,
    "apology_mid_ignored": 16, "apology_end_generic": 14,
    "suggestion_ignored": 16, "suggestion_end_generic": 14,
    "name_bare_greeting": 12, "name_bare_mid": 19,
    "hold_late_return": 10, "hold_chased": 9, "hold_never": 7, "hold_forgotten_other": 7,
    "repeat_order": 9, "repeat_spec": 8, "repeat_problem": 7, "repeat_address": 7,
    "slow_first_apology": 8, "slow_first_plain": 11,
    "slow_later_apology": 12, "slow_later_plain": 14, "slow_later_chased": 7,
    "greet_none": 14, "greet_morning_pm": 6,
    "greet_holiday_plain": 5, "greet_holiday_wrong": 3, "greet_holiday_offday": 3,
    "closing_customer_last": 8, "closing_agent_plain": 7,
    "reply_double_send": 8, "reply_same_sentence": 7,
    "long_msg": 13, "emoji_missing": 13,
}
N_FAULTY = 400
N_CLEAN = 200
HOLIDAY_TEMPLATES = {"greet_holiday_plain", "greet_holiday_wrong"}
NEEDS_NO_TAOBAO = {"greet_holiday_plain", "greet_holiday_wrong", "greet_holiday_offday"}
AFTERSALES_SCENES = {"as_no_solution", "as_solution_first", "as_no_apology", "as_late_apology", "repeat_problem"}


# --------------------------------------------------------------------------------------------- model
@dataclass
class Turn:
    role: str
    text: str
    gap: float | None = None  # seconds after the previous message (customer / agent-after-agent / system)
    wait: float | None = None  # agent: seconds after the earliest customer message it answers
    emoji: bool = True  # taobao: gets an emoji (False: the missing_emoji fault)
    name_data: bool = False  # the customer's full name appears here as data, not as address
    slowable: bool = False  # a plain answer right after a customer question
    plain_style: bool = False  # taobao: no 亲 prefix and an emoji fixed by the text (repeated copies stay identical)


@dataclass
class Scene:
    turns: list[Turn]
    expect: set = field(default_factory=set)
    ok: set = field(default_factory=set)
    kind: str = ""


class Ctx:
    """The per-chat slots (product, colour, city, order number …) and a no-reuse picker."""

    def __init__(self, rng: random.Random, pack: str):
        self.rng = rng
        self.pack = pack
        self.noun, self.cls = rng.choice(PRODUCTS)
        self.shop = rng.choice(SHOPS[pack][self.cls])
        self.pn = rng.choice(["这款", "这个"]) + self.noun
        self.c, self.c2 = rng.sample(COLORS[self.cls], 2)
        self.size = rng.choice(SIZES.get(self.cls, [""]))
        self.city = rng.choice(CITIES)
        self.order = str(rng.randint(2 * 10 ** 11, 9 * 10 ** 11))
        self.addr = f"{rng.choice(CITIES)}{rng.choice(DISTRICTS)}{rng.choice(ROADS)}{rng.randint(2, 188)}号"
        self.courier = {"jd": "京东物流", "taobao": rng.choice(["中通快递", "韵达快递", "圆通快递"]), "generic": "顺丰快递"}[pack]
        self.points = "京豆" if pack == "jd" else "积分"
        self.nick = rng.choice(NICKS)
        self.name: str | None = None
        self.hon = ""
        self.used: set[str] = set()
        self.used_qa: set[tuple] = set()
        self.used_hold: set[str] = set()

    def fmt(self, s: str, **extra) -> str:
        d = dict(noun=self.noun, pn=self.pn, c=self.c, c2=self.c2, city=self.city, order=self.order, addr=self.addr,
                 courier=self.courier, points=self.points, shop=self.shop, nick=self.nick, size=self.size)
        d.update(extra)
        return s.format(**d)

    def pick(self, pool: list[str], **extra) -> str:
        fresh = [p for p in pool if p not in self.used]
        p = self.rng.choice(fresh or pool)
        self.used.add(p)
        return self.fmt(p, **extra)

    def C(self, text: str, gap: float | None = None) -> Turn:
        return Turn("customer", text, gap=gap)

    def A(self, text: str, **kw) -> Turn:
        return Turn("agent", text, **kw)

    # -- question / answer pairs
    def qa(self, decorate: bool = True) -> tuple[str, str]:
        rng = self.rng
        pool = []
        for k, (q, a) in enumerate(FACTS[self.noun]):
            pool.append(("f", k, [q], [a]))
        for k, (qs, as_, classes) in enumerate(GENERAL_QA):
            if classes is None or self.cls in classes:
                pool.append(("g", k, qs, as_))
        fresh = [p for p in pool if (p[0], p[1]) not in self.used_qa]
        kind, k, qs, as_ = rng.choice(fresh or pool)
        self.used_qa.add((kind, k))
        q = self.fmt(rng.choice(qs))
        a = self.fmt(rng.choice(as_))
        if decorate:
            q = self.decorate(q)
        return q, a

    def decorate(self, q: str) -> str:
        r = self.rng.random()
        if r < 0.22 and not q.endswith("吗"):
            return q + "？"
        if r < 0.32:
            return "请问" + q
        if r < 0.40:
            return "想问下 " + q
        if r < 0.46:
            return self.rng.choice(POLITE_OPENERS) + q  # 不好意思 as a polite opener: not an apology
        return q

    def hold_item(self, need_ask: bool = False) -> dict:
        pool = [h for h in HOLD_ITEMS if h["key"] not in self.used_hold and (h["ask"] or not need_ask)]
        if self.cls not in COLORS:
            pool = [h for h in pool if h["key"] != "restock"]
        h = self.rng.choice(pool)
        self.used_hold.add(h["key"])
        return h


# --------------------------------------------------------------------------------------------- scenes
def u(lo: float, hi: float, rng: random.Random) -> float:
    return round(rng.uniform(lo, hi))


def scene_qa(ctx: Ctx) -> Scene:
    q, a = ctx.qa()
    turns = [ctx.C(q), ctx.A(a, slowable=True)]
    if ctx.rng.random() < 0.15:
        turns.append(ctx.C(ctx.pick(ACKS)))
        q2, a2 = ctx.qa()
        turns += [ctx.C(q2, gap=u(3, 12, ctx.rng)), ctx.A(a2, slowable=True)]
    return Scene(turns, kind="qa")


def scene_two_questions(ctx: Ctx, answer_both: bool) -> Scene:
    rng = ctx.rng
    (q1, a1), (q2, a2) = ctx.qa(decorate=False), ctx.qa(decorate=False)
    q1 = q1.rstrip("？")
    joint = rng.choice(["{a}，{b}", "{a} 还有{b}", "{a}？{b}", "想问两个事 {a} {b}", "{a} 另外{b}"]).format(a=q1, b=q2)
    if answer_both:
        if rng.random() < 0.5:
            return Scene([ctx.C(joint), ctx.A(a1), ctx.A(a2)], kind="two_q")
        return Scene([ctx.C(joint), ctx.A(f"{a1}；{a2}")], kind="two_q")
    a = a1 if rng.random() < 0.5 else a2
    turns = [ctx.C(joint), ctx.A(a, slowable=True)]
    if rng.random() < 0.5:
        turns.append(ctx.C(ctx.pick(ACKS + ["知道了"])))
    return Scene(turns, {"unanswered"}, kind="two_q_fault")


def scene_skipped_middle(ctx: Ctx, skip: bool) -> Scene:
    rng = ctx.rng
    (q1, a1), (q2, a2), (q3, a3) = ctx.qa(), ctx.qa(), ctx.qa()
    turns = [ctx.C(q1), ctx.A(a1, slowable=True), ctx.C(q2), ctx.C(q3, gap=u(4, 12, rng))]
    if skip:
        turns.append(ctx.A(a3))
        if rng.random() < 0.5:
            turns.append(ctx.C(ctx.pick(ACKS)))
        return Scene(turns, {"unanswered"}, kind="skip_fault")
    turns += [ctx.A(a2), ctx.A(a3)]
    return Scene(turns, kind="skip_clean")


def scene_request(ctx: Ctx) -> Scene:
    q, a = ctx.rng.choice(REQUESTS)
    return Scene([ctx.C(ctx.fmt(q)), ctx.A(ctx.fmt(a), slowable=True)], kind="request")


def _hold_opening(ctx: Ctx, h: dict) -> list[Turn]:
    turns = [ctx.C(ctx.pick(h["req"]))]
    if h["ask"]:
        turns.append(ctx.A(ctx.pick(h["ask"])))
        turns.append(ctx.C(ctx.pick(h["info"])))
    return turns


def scene_hold(ctx: Ctx, variant: str) -> Scene:
    """clean: result within 55 s; later: a promise to come back after the chat (seed 000);
    late / chased / forgotten: followup_missed faults (never: see ending_hold_never)."""
    rng = ctx.rng
    h = ctx.hold_item()
    turns = _hold_opening(ctx, h)
    turns.append(ctx.A(ctx.pick(h["hold"])))
    result = ctx.pick(h["result"])
    if variant == "clean":
        if rng.random() < 0.5:
            turns += [ctx.C(ctx.pick(ACKS), gap=u(2, 8, rng)), ctx.A(result, wait=u(15, 50, rng))]
        else:
            turns.append(ctx.A(result, gap=u(15, 50, rng)))
        return Scene(turns, kind="hold_clean")
    if variant == "later":
        turns.append(ctx.A(ctx.fmt(h["later"]), gap=u(15, 45, rng)))
        turns.append(ctx.C(ctx.pick(["好的", "行 那我等消息", "好 知道了"])))
        return Scene(turns, kind="hold_later")
    if variant == "late":
        prefix = rng.choice(["", "让您久等了，", "不好意思久等了，"])
        turns.append(ctx.A(prefix + result, gap=u(300, 1200, rng)))
        return Scene(turns, {"followup_missed"}, kind="hold_late")
    if variant == "chased":
        turns.append(ctx.C(ctx.pick(CHASES), gap=u(150, 300, rng)))
        prefix = rng.choice(["", "让您久等了，", "抱歉久等了，"])
        turns.append(ctx.A(prefix + result, wait=u(8, 30, rng)))
        return Scene(turns, {"followup_missed"}, kind="hold_chased")
    if variant == "forgotten":
        q2, a2 = ctx.qa()
        turns += [ctx.C(q2, gap=u(5, 20, rng)), ctx.A(a2)]
        if rng.random() < 0.5:
            turns.append(ctx.C(ctx.pick(ACKS)))
        return Scene(turns, {"followup_missed"}, {"unanswered"}, kind="hold_forgotten")
    raise ValueError(variant)


def _defect(ctx: Ctx) -> tuple[str, bool]:
    d = ctx.rng.choice(DEFECTS[ctx.noun])
    return d, d.startswith("少")


def scene_aftersales(ctx: Ctx, variant: str, defect: str | None = None,
                     first_turns: list[Turn] | None = None) -> Scene:
    rng = ctx.rng
    d, missing = (defect, defect.startswith("少")) if defect else _defect(ctx)
    turns = first_turns or [ctx.C(ctx.fmt(rng.choice(DEFECT_FORMS), d=d))]
    ask, answers = rng.choice(CAUSE_ASKS)
    sol = ctx.pick(AS_RESHIP if missing else AS_SOLUTIONS)
    apo, com = ctx.pick(AS_APOLOGIES), ctx.pick(AS_COMFORTS)
    info = ctx.fmt(rng.choice(answers))
    if variant == "clean":
        if rng.random() < 0.5:  # cause → apology + comfort → solution
            turns += [ctx.A(ask), ctx.C(info), ctx.A(f"{apo}，{com}"), ctx.A(sol)]
        else:  # apology together with the cause check (seed 004: apologise at once) → comfort + solution
            turns += [ctx.A(f"{apo}，{ask}"), ctx.C(info), ctx.A(f"{com}，{sol}")]
        turns.append(ctx.C(ctx.pick(["好的", "那行", "好 麻烦尽快", "可以"])))
        return Scene(turns, kind="as_clean")
    if variant == "as_no_solution":
        turns += [ctx.A(ask), ctx.C(info), ctx.A(f"{apo}，{com}"),
                  ctx.C(ctx.pick(["那现在怎么处理", "那怎么办呢", "所以怎么弄"])),
                  ctx.A(ctx.pick(["这个情况我已经记录下来了，会反馈给厂家改进", "收到您的反馈了，我们会跟进这个问题的"])),
                  ctx.C(ctx.pick(["……行吧", "好吧", "那就这样吧"]))]
    elif variant == "as_solution_first":
        turns += [ctx.A(ctx.pick(["非常抱歉，您直接在订单页申请退货就行，运费我们承担",
                                  "实在不好意思，给您办理退货退款吧，您在订单页提交申请就可以"])),
                  ctx.C(ctx.pick(["好的", "行吧", "那好"]))]
    elif variant == "as_no_apology":
        turns += [ctx.A(ask), ctx.C(info), ctx.A(sol), ctx.C(ctx.pick(["好的", "那行", "可以"]))]
    elif variant == "as_late_apology":
        turns += [ctx.A(ask), ctx.C(info), ctx.A(sol), ctx.C(ctx.pick(["好的", "行", "可以"])),
                  ctx.A(ctx.pick(["给您带来不便，真的很抱歉", "这次让您费心了，非常抱歉"]), gap=u(3, 10, rng))]
    else:
        raise ValueError(variant)
    return Scene(turns, set(TEMPLATES[variant][0]), set(TEMPLATES[variant][1]), kind=variant)


def scene_complaint(ctx: Ctx, clean: bool) -> Scene:
    rng = ctx.rng
    lines, facts = rng.choice(COMPLAINTS)
    turns = [ctx.C(ctx.pick(lines))]
    fact = ctx.pick(facts)
    if clean:
        extra = rng.choice(["", "，我这边也帮您催促一下", "，有进展我会马上告诉您"])
        turns.append(ctx.A(ctx.pick(EMPATHY) + fact + extra))
        turns.append(ctx.C(ctx.pick(["好吧 尽快", "行 那我再等两天", "希望别再拖了"])))
        if rng.random() < 0.5:
            turns.append(ctx.A(ctx.pick(["好的，一定帮您跟进到底", "明白，这边会持续关注"])))
        return Scene(turns, kind="complaint_clean")
    turns.append(ctx.A(fact, slowable=True))
    turns.append(ctx.C(ctx.pick(["……行吧", "那就再等等吧", "好吧", "算了"])))
    return Scene(turns, {"complaint_no_apology"}, {"aftersales_flow"}, kind="complaint_fault")


def scene_thanks(ctx: Ctx, variant: str) -> Scene:
    rng = ctx.rng
    q, a = ctx.qa()
    turns = [ctx.C(q), ctx.A(a, slowable=True)]
    t = ctx.pick(THANKS)
    if variant == "clean":
        turns += [ctx.C(t), ctx.A(ctx.pick(THANKS_ACKS))]
        return Scene(turns, kind="thanks_clean")
    if variant == "mid":
        if rng.random() < 0.5:
            turns += [ctx.C(t), ctx.A(ctx.pick(NEUTRAL_GOON))]
        else:
            q2, a2 = ctx.qa()
            turns += [ctx.C(t), ctx.C(q2, gap=u(4, 15, rng)), ctx.A(a2)]
        return Scene(turns, {"thanks_unacknowledged"}, kind="thanks_mid")
    if variant == "with_question":
        q2, a2 = ctx.qa(decorate=False)
        turns += [ctx.C(f"{t}，{q2}"), ctx.A(a2)]
        return Scene(turns, {"thanks_unacknowledged"}, kind="thanks_q")
    raise ValueError(variant)


def scene_apology(ctx: Ctx, clean: bool) -> Scene:
    q, a = ctx.qa()
    turns = [ctx.C(q), ctx.A(a, slowable=True), ctx.C(ctx.pick(APOLOGIES))]
    if clean:
        turns.append(ctx.A(ctx.pick(APOLOGY_ACKS)))
        return Scene(turns, kind="apology_clean")
    turns.append(ctx.A(ctx.pick(NEUTRAL_GOON)))
    return Scene(turns, {"apology_unacknowledged"}, kind="apology_fault")


def scene_suggestion(ctx: Ctx, clean: bool) -> Scene:
    rng = ctx.rng
    turns = []
    if rng.random() < 0.5:
        q, a = ctx.qa()
        turns += [ctx.C(q), ctx.A(a, slowable=True)]
    turns.append(ctx.C(ctx.pick(SUGGESTIONS)))
    if clean:
        turns.append(ctx.A(ctx.pick(SUGGESTION_ACKS)))
        return Scene(turns, kind="suggestion_clean")
    if rng.random() < 0.5:
        turns.append(ctx.A(ctx.pick(NEUTRAL_GOON)))
    else:
        q2, a2 = ctx.qa()
        turns += [ctx.C(q2, gap=u(5, 15, rng)), ctx.A(a2)]
    return Scene(turns, {"suggestion_unacknowledged"}, kind="suggestion_fault")


def scene_more_question(ctx: Ctx) -> Scene:
    q, a = ctx.qa()
    return Scene([ctx.C(ctx.pick(MORE_QUESTION)), ctx.A(ctx.pick(["您请说", "好的，您请讲", "您说，我听着呢"])), ctx.C(q),
                  ctx.A(a, slowable=True)], kind="more_clean")


def scene_refer_back(ctx: Ctx) -> Scene:
    """Customer refers back or corrects themselves: not a repeat request (hard negative)."""
    rng = ctx.rng
    if rng.random() < 0.5:
        return Scene([ctx.C(f"{ctx.c}的有货吗"), ctx.A(f"{ctx.c}目前有货的"),
                      ctx.C(rng.choice([f"哦不对 刚才说错了 要{ctx.c2}的", f"等下 我看错了，是要{ctx.c2}的"])),
                      ctx.A(f"{ctx.c2}也有现货，可以直接下单")], kind="refer_clean")
    return Scene([ctx.C(ctx.pick(["现在买有优惠吗", "最近有活动没"])), ctx.A("现在参加满199减20，另外还能领一张店铺券"),
                  ctx.C(rng.choice(["刚才说的那个券在哪领", "上面说的店铺券怎么领"])),
                  ctx.A("在商品页价格下方点“领券”就可以，下单时会自动使用")], kind="refer_clean")


def scene_name_data(ctx: Ctx) -> Scene:
    """The customer's name as data (收货人…), echoed by the agent: not direct address."""
    rng = ctx.rng
    phone = f"1{rng.choice('3578')}{rng.randint(0, 9)}****{rng.randint(1000, 9999)}"
    return Scene([ctx.C(rng.choice(["收货人要改一下", "帮我改下收件人信息"])),
                  ctx.A("可以的，麻烦您把新的收货人姓名和电话发我一下"),
                  ctx.C(f"收货人{ctx.name} 电话{phone}"),
                  ctx.A(f"好的，收货人已改为{ctx.name}，电话尾号{phone[-4:]}，请您核对一下", name_data=True),
                  ctx.C("对的")], kind="name_data")


def scene_repeat(ctx: Ctx, variant: str) -> Scene:
    """asked_to_repeat: the customer already gave it, the agent asks again."""
    rng = ctx.rng
    sorry = rng.random() < 0.7
    pre = ctx.pick(REPEAT_SORRY) if sorry else "好的，"

    def hold_after(h: dict) -> str:  # "抱歉，是我看漏了，" + "好的，我帮您…" -> drop the second opener
        return pre + re.sub(r"^(好的|收到)，", "", ctx.pick(h["hold"]))

    ok = set() if sorry else {"complaint_no_apology"}
    if variant == "repeat_order":
        h = ctx.hold_item(need_ask=True)
        req = ctx.pick(h["req"])
        if rng.random() < 0.6:
            first = [ctx.C(f"{req} 订单号{ctx.order}")]
        else:
            first = [ctx.C(ctx.order), ctx.C(req, gap=u(3, 8, rng))]
        turns = first + [ctx.A(rng.choice(["麻烦发一下您的订单编号", "请问订单编号是多少呢", "您把订单号发我一下"])),
                         ctx.C(ctx.pick(REPEAT_ORDER)), ctx.A(hold_after(h)),
                         ctx.A(ctx.pick(h["result"]), gap=u(15, 45, rng))]
    elif variant == "repeat_spec":
        if ctx.cls in SIZES:
            spec = f"{ctx.c}的{ctx.size}码"
            turns = [ctx.C(rng.choice([f"想要{spec} 有货没", f"{spec}还有吗", f"{spec}能今天发吗"])),
                     ctx.A(rng.choice(["请问您需要什么颜色和尺码呢", "您想要哪个颜色、多大的码呢"]))]
        else:
            spec = f"{ctx.c}的"
            turns = [ctx.C(rng.choice([f"想买{ctx.c}的 有货吗", f"{ctx.c}的还有吗"])),
                     ctx.A(rng.choice(["请问您想要哪个颜色呢", "您看中的是哪个颜色呢"]))]
        turns += [ctx.C(ctx.pick(REPEAT_SPEC, spec=spec)), ctx.A(pre + f"{spec}目前有现货，付款后尽快为您发出")]
    elif variant == "repeat_problem":
        d, _ = _defect(ctx)
        first = [ctx.C(ctx.fmt(rng.choice(DEFECT_FORMS), d=d)),
                 ctx.A(rng.choice(["请问商品具体是什么问题呢", "麻烦您描述一下遇到的问题"])),
                 ctx.C(ctx.pick(REPEAT_PROBLEM, d=d))]
        sc = scene_aftersales(ctx, "clean", defect=d, first_turns=first)
        if not sorry:  # the after-sales flow that follows apologises anyway
            ok = set()
        return Scene(sc.turns, {"asked_to_repeat"}, ok, kind=variant)
    elif variant == "repeat_address":
        h = next(x for x in HOLD_ITEMS if x["key"] == "address")
        ctx.used_hold.add("address")
        turns = [ctx.C(rng.choice([f"地址填错了 要改成{ctx.addr}", f"订单{ctx.order}的地址改成{ctx.addr}"])),
                 ctx.A(rng.choice(["可以的，请问新地址是哪里呢", "好的，麻烦您提供一下新的收货地址"])),
                 ctx.C(ctx.pick(REPEAT_ADDRESS)), ctx.A(hold_after(h)),
                 ctx.A(ctx.pick(h["result"]), gap=u(15, 45, rng))]
    else:
        raise ValueError(variant)
    return Scene(turns, {"asked_to_repeat"}, ok, kind=variant)


def scene_long(ctx: Ctx) -> Scene:
    q, _ = ctx.qa()
    parts = [a for _, a in FACTS[ctx.noun]]
    parts += [ctx.fmt(GENERAL_QA[k][1][0]) for k in (1, 6, 7, 4, 9, 5)]
    text = "，".join(parts[:3]) + "。"
    for p in parts[3:]:
        if len(text) > 165:
            break
        text += p + "；"
    text = text.rstrip("；") + "。"
    return Scene([ctx.C(q), ctx.A(text)], {"long_message"}, kind="long")


# --------------------------------------------------------------------------------------------- endings
def ending_normal(ctx: Ctx, forbid_more: bool = False) -> list[Turn]:
    rng = ctx.rng
    turns: list[Turn] = []
    thanks = rng.random() < 0.35
    if not forbid_more and rng.random() < 0.4:
        turns.append(ctx.A(ctx.pick(MORE_LINES), gap=u(3, 10, rng)))
        wrap = ctx.pick(WRAPS_THANKS if thanks else WRAPS_AFTER_MORE)
    else:
        wrap = ctx.pick(WRAPS_THANKS if thanks else WRAPS)
    turns.append(ctx.C(wrap))
    turns.append(ctx.A(ctx.pick(CLOSINGS_THANKS if thanks else CLOSINGS)))
    return turns


def make_ending(ctx: Ctx, t: str | None, forbid_more: bool) -> tuple[list[Turn], set, set]:
    rng = ctx.rng
    if t is None:
        return ending_normal(ctx, forbid_more), set(), set()
    e, o = set(TEMPLATES[t][0]), set(TEMPLATES[t][1])
    if t == "unans_end":
        q, _ = ctx.qa(decorate=False)
        return [ctx.C(rng.choice(["对了 ", "还有 ", "顺便问下 ", "那"]) + q)], e, o
    if t == "unans_after_close":
        q, _ = ctx.qa(decorate=False)
        return ending_normal(ctx, True) + [ctx.C(rng.choice(["等下 ", "哦对了 ", "还有 "]) + q)], e, o
    if t == "forced_flat_problem":
        return [ctx.C(ctx.pick(FLAT_PROBLEMS)), ctx.A(ctx.pick(CLOSINGS))], e, o
    if t == "forced_more_question":
        return [ctx.C(ctx.pick(MORE_QUESTION)), ctx.A(ctx.pick(["好的，那就不打扰您了，祝您生活愉快，再见",
                                                               "感谢您的咨询，祝您一切顺利，再见！"]))], e, o
    if t == "forced_push_out":
        q, _ = ctx.qa()
        return [ctx.C(q), ctx.A(ctx.pick(PUSH_OUT))], e, o
    if t == "forced_system_close":
        q, _ = ctx.qa()
        return [ctx.C(q), Turn("system", ctx.pick(SYSTEM_CLOSE), gap=u(20, 50, rng))], e, o
    if t == "thanks_end_generic":
        return [ctx.C(ctx.pick(THANKS + WRAPS_THANKS) + rng.choice(["", "", "，没别的了"])), ctx.A(ctx.pick(CLOSINGS_PLAIN))], e, o
    if t == "apology_end_generic":
        return [ctx.C(ctx.pick(["打扰这么久真不好意思，没别的了", "不好意思问了这么多 就这些了", "抱歉耽误你时间了 没有了"])),
                ctx.A(ctx.pick(CLOSINGS))], e, o
    if t == "suggestion_end_generic":
        last = ctx.pick(SUGGESTIONS) + rng.choice(["，没别的了", "。就这些", " 其他没问题了"])
        return [ctx.C(last), ctx.A(ctx.pick(CLOSINGS))], e, o
    if t == "hold_never":
        h = ctx.hold_item()
        turns = _hold_opening(ctx, h) + [ctx.A(ctx.pick(h["hold"]))]
        r = rng.random()
        if r < 0.35:
            turns.append(ctx.C(ctx.pick(ACKS), gap=u(2, 8, rng)))
        elif r < 0.75:
            turns.append(ctx.C(ctx.pick(CHASES), gap=u(180, 400, rng)))
            e = e | {"unanswered"}  # a question left at the end (dev convention: unanswered + missing_closing)
            o = o - {"unanswered"}
        if rng.random() < 0.5:
            turns.append(Turn("system", ctx.pick(SYSTEM_TIMEOUT), gap=u(300, 600, rng)))
        return turns, e, o
    if t == "closing_customer_last":
        turns = []
        if rng.random() < 0.4:
            turns.append(ctx.A(ctx.pick(MORE_LINES), gap=u(3, 10, rng)))
        return turns + [ctx.C(ctx.pick(UNDECIDED))], e, o
    if t == "closing_agent_plain":
        wrap, last = rng.choice(NO_CLOSING)
        return [ctx.C(wrap), ctx.A(last)], e, o
    raise ValueError(t)


# --------------------------------------------------------------------------------------------- the chat
def choose_pack(rng: random.Random, templates: list[str]) -> str:
    if "emoji_missing" in templates:
        return "taobao"
    r = rng.random()
    if any(t in NEEDS_NO_TAOBAO for t in templates):
        return "jd" if r < 0.8 else "generic"
    return "jd" if r < 0.74 else ("taobao" if r < 0.87 else "generic")


def choose_start(rng: random.Random, templates: list[str], pack: str) -> tuple[dt.datetime, tuple | None]:
    fest = None
    holiday_ok = pack != "taobao"
    if any(t in HOLIDAY_TEMPLATES for t in templates) or (holiday_ok and "greet_holiday_offday" not in templates
                                                          and rng.random() < 0.07):
        day = rng.choice(sorted(FESTIVALS))
        fest = FESTIVALS[day]
    else:
        day = rng.choice(ORDINARY_DAYS)
    if "greet_morning_pm" in templates:
        lo, hi = 13 * 60, 21 * 60
    elif any(t.startswith("slow_first") for t in templates):
        lo, hi = 9 * 60 + 30, 21 * 60 + 30
    else:
        lo, hi = rng.choice([(8 * 60, 11 * 60 + 30), (9 * 60, 12 * 60), (13 * 60, 18 * 60), (14 * 60, 17 * 60 + 30),
                             (18 * 60 + 30, 22 * 60 + 20), (19 * 60, 22 * 60)])
    minute = rng.randint(lo, hi)
    start = dt.datetime.combine(day, dt.time(minute // 60, minute % 60, rng.randint(0, 59)), CST)
    return start, fest


def greeting_text(ctx: Ctx, when: dt.datetime, fest: tuple | None, short: bool) -> str:
    """A greeting that fits the agent's reply time ``when`` (estimated) and the festival."""
    rng = ctx.rng
    if fest is not None and ctx.pack != "taobao":
        g = fest[1]
        return ctx.fmt(rng.choice([g, f"{g}！欢迎光临"] if short else GREET_HOLIDAY), fest=g)
    h = when.hour + when.minute / 60
    pool = list(GREET_NEUTRAL)
    if h < 11.6:
        pool += GREET_MORNING * 2
    elif 13.2 <= h < 17.8:
        pool += GREET_AFTERNOON
    elif h >= 18.3:
        pool += GREET_EVENING
    if short:
        spool = list(GREET_SHORT) + (["早上好"] if h < 11.6 else []) + (["晚上好"] if h >= 18.3 else [])
        return rng.choice(spool)
    return ctx.fmt(rng.choice(pool))


def wrong_greeting(ctx: Ctx, t: str, fest: tuple | None, short: bool) -> str:
    rng = ctx.rng
    if t == "greet_morning_pm":
        return rng.choice(["早上好", "上午好"]) if short else ctx.fmt(rng.choice(GREET_MORNING[:2]))
    if t == "greet_holiday_plain":
        return rng.choice(GREET_SHORT) if short else ctx.fmt(rng.choice(GREET_NEUTRAL))
    if t == "greet_holiday_wrong":
        key = fest[0]
        clash = {"new_year": ["劳动节快乐", "中秋节快乐"], "spring_festival": ["国庆节快乐", "劳动节快乐"],
                 "labour_day": ["新年好", "国庆节快乐"], "mid_autumn": ["劳动节快乐", "新年好"],
                 "national_day": ["劳动节快乐", "新年好"]}[key]
        g = rng.choice(clash)
        return g if short else ctx.fmt(rng.choice(GREET_HOLIDAY), fest=g)
    if t == "greet_holiday_offday":
        g = rng.choice(["国庆节快乐", "中秋节快乐", "劳动节快乐", "新年好"])
        return g if short else ctx.fmt(rng.choice(GREET_HOLIDAY), fest=g)
    raise ValueError(t)


FILLERS_CLEAN = [("qa", 4.0), ("two_q", 1.5), ("skip_clean", 0.6), ("request", 1.0), ("hold_clean", 1.5),
                 ("hold_later", 0.8), ("as_clean", 1.2), ("complaint_clean", 1.0), ("thanks_clean", 1.0),
                 ("apology_clean", 0.8), ("suggestion_clean", 0.8), ("more_clean", 0.8), ("refer_clean", 0.8)]
FILLERS_FAULTY = [("qa", 4.0), ("two_q", 1.0), ("request", 1.0), ("hold_clean", 1.0), ("thanks_clean", 0.7),
                  ("suggestion_clean", 0.5), ("more_clean", 0.5), ("refer_clean", 0.5)]


def filler(ctx: Ctx, kind: str) -> Scene:
    return {
        "qa": lambda: scene_qa(ctx), "two_q": lambda: scene_two_questions(ctx, True),
        "skip_clean": lambda: scene_skipped_middle(ctx, False), "request": lambda: scene_request(ctx),
        "hold_clean": lambda: scene_hold(ctx, "clean"), "hold_later": lambda: scene_hold(ctx, "later"),
        "as_clean": lambda: scene_aftersales(ctx, "clean"), "complaint_clean": lambda: scene_complaint(ctx, True),
        "thanks_clean": lambda: scene_thanks(ctx, "clean"), "apology_clean": lambda: scene_apology(ctx, True),
        "suggestion_clean": lambda: scene_suggestion(ctx, True), "more_clean": lambda: scene_more_question(ctx),
        "refer_clean": lambda: scene_refer_back(ctx),
    }[kind]()


def fault_scene(ctx: Ctx, t: str) -> Scene:
    table = {
        "unans_two_in_one": lambda: scene_two_questions(ctx, False),
        "unans_skipped_middle": lambda: scene_skipped_middle(ctx, True),
        "as_no_solution": lambda: scene_aftersales(ctx, t), "as_solution_first": lambda: scene_aftersales(ctx, t),
        "as_no_apology": lambda: scene_aftersales(ctx, t), "as_late_apology": lambda: scene_aftersales(ctx, t),
        "complaint_facts_only": lambda: scene_complaint(ctx, False),
        "thanks_mid_ignored": lambda: scene_thanks(ctx, "mid"),
        "thanks_with_question": lambda: scene_thanks(ctx, "with_question"),
        "apology_mid_ignored": lambda: scene_apology(ctx, False),
        "suggestion_ignored": lambda: scene_suggestion(ctx, False),
        "hold_late_return": lambda: scene_hold(ctx, "late"), "hold_chased": lambda: scene_hold(ctx, "chased"),
        "hold_forgotten_other": lambda: scene_hold(ctx, "forgotten"),
        "repeat_order": lambda: scene_repeat(ctx, t), "repeat_spec": lambda: scene_repeat(ctx, t),
        "repeat_problem": lambda: scene_repeat(ctx, t), "repeat_address": lambda: scene_repeat(ctx, t),
        "long_msg": lambda: scene_long(ctx),
    }
    return table[t]()


def weighted(rng: random.Random, items: list[tuple[str, float]]) -> str:
    names, weights = zip(*items)
    return rng.choices(names, weights)[0]


def build(i: int, templates: list[str], seed: int, attempt: int) -> dict:
    rng = random.Random(f"{seed}:{i}:{attempt}")
    pack = choose_pack(rng, templates)
    ctx = Ctx(rng, pack)
    start, fest = choose_start(rng, templates, pack)
    expect: set[str] = set()
    ok: set[str] = set()
    for t in templates:
        expect |= TEMPLATES[t][0]
        ok |= TEMPLATES[t][1]
    if any(t.startswith("name_") for t in templates) or rng.random() < 0.22:
        ctx.name, ctx.hon = rng.choice(NAMES)

    # -- body
    body_faults = [t for t in templates if TEMPLATES[t][2] in ("body", "last") and not t.startswith("slow_later")
                   and t not in ("name_bare_mid", "reply_double_send", "reply_same_sentence")]
    faulty = bool(templates)
    fill_pool = FILLERS_FAULTY if faulty else FILLERS_CLEAN
    n_fill = rng.choice([0, 1, 1, 2]) if body_faults else rng.choice([1, 2, 2, 3])
    if any(t in ("reply_same_sentence",) for t in templates):
        n_fill = max(n_fill, 2)
    scenes: list[Scene] = []
    kinds_used: set[str] = set()
    for _ in range(n_fill):
        for _try in range(10):
            k = weighted(rng, fill_pool)
            if k in ("as_clean", "complaint_clean") and k in kinds_used:
                continue
            break
        kinds_used.add(k)
        scenes.append(filler(ctx, k))
    if not faulty and ctx.name and rng.random() < 0.5:
        scenes.append(scene_name_data(ctx))
    last = []
    for t in body_faults:
        s = fault_scene(ctx, t)
        ok |= s.ok  # expect comes from the templates; a scene may add tolerated readings (repeat without apology)
        (last if TEMPLATES[t][2] == "last" else scenes).append(s)
    rng.shuffle(scenes)
    if scenes and scenes[0].kind == "more_clean":  # "我还有个问题" cannot open a chat
        if len(scenes) > 1:
            scenes[0], scenes[1] = scenes[1], scenes[0]
        else:
            scenes.insert(0, scene_qa(ctx))
    scenes += last
    slow_later = [t for t in templates if t.startswith("slow_later")]
    # slow later / name / repeats need plain answers that are not the chat's first agent turn
    needs_plain = slow_later or {"name_bare_mid", "reply_double_send", "reply_same_sentence"} & set(templates)
    head = scenes[:len(scenes) - len(last)]
    if needs_plain:
        if not any(x.slowable for s in head for x in s.turns) or len(head) < 2:
            scenes.insert(0, scene_qa(ctx))
            scenes.insert(1, scene_qa(ctx))
    turns: list[Turn] = []
    hello = rng.random() < 0.5
    if hello:
        turns.append(ctx.C(ctx.pick(HELLOS)))
        if rng.random() < 0.1:
            turns.insert(0, Turn("system", rng.choice(["会话已接入", "顾客从商品详情页发起咨询"]), gap=0))
        turns.append(ctx.A("__GREETING__"))
    for s in scenes:
        turns += s.turns
    end_t = next((t for t in templates if TEMPLATES[t][2] == "end"), None)
    forbid_more = "reply_same_sentence" in templates
    end_turns, e2, o2 = make_ending(ctx, end_t, forbid_more)
    expect |= e2
    ok |= o2
    turns += end_turns
    if end_t is None and rng.random() < 0.2:
        turns.append(Turn("system", rng.choice(["对话结束", "会话已结束"]), gap=u(5, 30, rng)))

    # -- plain answers after the first agent turn, for slow / name / repeat faults
    first_agent = next(k for k, x in enumerate(turns) if x.role == "agent")
    plain = [k for k, x in enumerate(turns) if x.slowable and k > first_agent and turns[k - 1].role == "customer"]
    need = len(slow_later) + ("name_bare_mid" in templates) + ("reply_double_send" in templates) \
        + 2 * ("reply_same_sentence" in templates)
    if len(plain) < need:
        raise _Retry("not enough plain answers")
    rng.shuffle(plain)
    for t in slow_later:
        k = plain.pop()
        x = turns[k]
        x.wait = u(75, 400, rng)
        if t == "slow_later_apology":
            x.text = ctx.pick(WAIT_SORRY) + x.text
        elif t == "slow_later_chased":
            turns.insert(k, ctx.C(ctx.pick(["在吗？", "人呢", "还在不", "有人吗"]), gap=u(30, 55, rng)))
            plain = [p + 1 if p >= k else p for p in plain]
    if "name_bare_mid" in templates:
        k = plain.pop()
        turns[k].text = rng.choice([f"好的{ctx.name}，", f"{ctx.name}，"]) + turns[k].text
    if "reply_double_send" in templates:
        k = plain.pop()
        turns[k].plain_style = True
        turns.insert(k + 1, ctx.A(turns[k].text, gap=u(2, 6, rng), plain_style=True))
        plain = [p + 1 if p > k else p for p in plain]
    if "reply_same_sentence" in templates:
        ks = sorted([plain.pop(), plain.pop()])
        line = ctx.pick(MORE_LINES)
        alt = line.rstrip("？") if line.endswith("？") else line + "？"
        for k, txt in sorted(zip(ks, [line, alt]), reverse=True):
            turns.insert(k + 1, ctx.A(txt, gap=u(2, 6, rng), plain_style=True))
    elif ctx.name and not any(t.startswith("name_") for t in templates) and plain and rng.random() < 0.6:
        k = plain.pop()
        address = rng.choice([f"{ctx.name[0]}{ctx.hon}", f"好的{ctx.name[0]}{ctx.hon}", f"{ctx.name}{ctx.hon}"])
        turns[k].text = f"{address}，{turns[k].text}"

    # -- greeting and first response
    first_agent = next(k for k, x in enumerate(turns) if x.role == "agent")
    open_t = next((t for t in templates if TEMPLATES[t][2] == "open"), None)
    slow_first = next((t for t in templates if t.startswith("slow_first")), None)
    first = turns[first_agent]
    if slow_first:
        first.wait = u(70, 300, rng)
        if rng.random() < 0.4:  # the customer nudges while waiting
            turns.insert(first_agent, ctx.C(ctx.pick(["有人吗？", "在吗", "？"]), gap=u(25, 55, rng)))
            first_agent += 1
    est = start + dt.timedelta(seconds=first.wait or 30)
    hello_slot = first.text == "__GREETING__"
    content = "请问有什么可以帮您？" if hello_slot else first.text
    apology = ctx.pick(WAIT_SORRY) if slow_first == "slow_first_apology" else ""
    if open_t == "greet_none":
        if hello_slot:
            content = rng.choice(["请问您想咨询什么呢", "请讲，您要问哪款商品", "请问有什么问题"])
        first.text = apology + content
    else:
        wrong = open_t is not None and open_t.startswith("greet_")
        if wrong:
            g_full, g_short = wrong_greeting(ctx, open_t, fest, False), wrong_greeting(ctx, open_t, fest, True)
        else:
            g_full, g_short = greeting_text(ctx, est, fest, False), greeting_text(ctx, est, fest, True)
        name = ""
        if open_t == "name_bare_greeting":
            name = f"{ctx.name}，"
        elif ctx.name and open_t is None and "name_bare_mid" not in templates and rng.random() < 0.3:
            name = f"{ctx.name[0]}{ctx.hon}，"
        if hello_slot and not (apology or name):
            first.text = g_full
        elif apology or name or rng.random() < 0.5:
            sep = "～" if rng.random() < 0.3 else "，"
            first.text = f"{name}{g_short}{sep}{apology}{content}"
        else:
            turns.insert(first_agent, ctx.A(g_full, wait=first.wait))
            first.wait = None
            first.gap = u(3, 8, rng)

    # -- pack style: taobao emoji (and 亲), missing emoji fault
    if pack == "taobao":
        agent_ks = [k for k, x in enumerate(turns) if x.role == "agent"]
        if "emoji_missing" in templates:
            turns[rng.choice(agent_ks[1:] or agent_ks)].emoji = False
        for k in agent_ks:
            x = turns[k]
            if x.plain_style:
                if x.emoji:
                    x.text = x.text + EMOJIS[len(x.text.rstrip("？")) % len(EMOJIS)]
                continue
            if rng.random() < 0.2 and not x.text.startswith(("亲", "好的", "不客气")):
                x.text = "亲，" + x.text
            if x.emoji:
                x.text = x.text + rng.choice(EMOJIS)
    # -- timestamps
    msgs = timestamps(turns, start, rng)
    conv = {"id": f"h-c{i + 1:04d}", "pack": pack, "shop": ctx.shop,
            "agent": ("t-" if pack == "taobao" else "a-") + f"{rng.randint(1, 40):02d}"}
    if ctx.name:
        conv["customer_name"] = ctx.name
    conv["messages"] = msgs
    ok -= expect
    conv["expect"] = sorted(expect)
    conv["ok_extra"] = sorted(ok)
    conv["faults"] = list(templates)
    conv["note"] = "；".join(TEMPLATES[t][3] for t in templates) or "规范会话：所有会话类别都不应报出"
    names_data = any(x.name_data for x in turns)
    check(conv, names_data)
    return conv


class _Retry(Exception):
    pass


def timestamps(turns: list[Turn], start: dt.datetime, rng: random.Random) -> list[dict]:
    out = []
    now = start
    pending: dt.datetime | None = None
    prev_role = None
    for k, x in enumerate(turns):
        if k == 0:
            ts = start
        elif x.role == "agent":
            if pending is not None:
                if x.wait is not None:
                    ts = max(pending + dt.timedelta(seconds=x.wait), now + dt.timedelta(seconds=2))
                elif x.gap is not None:
                    ts = now + dt.timedelta(seconds=x.gap)
                else:
                    lo = (now - pending).total_seconds() + 3
                    w = max(lo, rng.uniform(5, 40))
                    ts = pending + dt.timedelta(seconds=round(min(w, 55)))
                    if ts <= now:
                        ts = now + dt.timedelta(seconds=2)
            else:
                ts = now + dt.timedelta(seconds=x.gap if x.gap is not None else round(rng.uniform(2, 10)))
        elif x.role == "customer":
            if x.gap is not None:
                g = x.gap
            elif prev_role == "customer":
                g = round(rng.uniform(3, 12))
            else:
                g = round(rng.uniform(8, 70))
            ts = now + dt.timedelta(seconds=g)
        else:
            ts = now + dt.timedelta(seconds=x.gap if x.gap is not None else 5)
        if x.role == "customer" and pending is None:
            pending = ts
        elif x.role == "agent":
            pending = None
        now = ts
        if x.role != "system":
            prev_role = x.role
        out.append({"role": x.role, "text": x.text, "ts": ts.isoformat(timespec="seconds")})
    return out


# --------------------------------------------------------------------------------------------- verification
GREET_WORDS = ("您好", "你好", "欢迎", "早上好", "上午好", "中午好", "下午好", "晚上好")
CLOSING_WORDS = ("再见", "祝您", "生活愉快", "购物愉快")
WAIT_APOLOGY = ("久等", "抱歉", "不好意思", "耐心等待", "回复晚", "咨询的人比较多")
_CLAUSE = re.compile(r"[，。！？；,.!?;～~\s]+")


def _emoji(text: str) -> bool:
    return any(unicodedata.category(ch) == "So" for ch in text) or bool(re.search(r"\[[^\[\]]{1,6}\]", text))


def _compact(s: str) -> str:
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")


def mechanical(conv: dict, names_data: bool = False) -> set[str]:
    """The mechanical categories of one chat, re-derived from its messages (independent of zhijian)."""
    msgs = conv["messages"]
    pack = conv["pack"]
    turns = [(k, m, dt.datetime.fromisoformat(m["ts"])) for k, m in enumerate(msgs) if m["role"] != "system"]
    out: set[str] = set()
    # response times
    pending = None
    first = True
    start = turns[0][2]
    counted = pack != "jd" or dt.time(9) <= start.time() < dt.time(23)
    for k, m, ts in turns:
        if m["role"] == "customer":
            pending = pending or ts
        elif pending is not None:
            w = (ts - pending).total_seconds()
            if w > LIMIT and (counted or not first):
                out.add("slow_first_response" if first else "slow_response")
                if not any(x in m["text"] for x in WAIT_APOLOGY):
                    out.add("slow_no_apology")
            pending = None
            first = False
        else:
            first = False if m["role"] == "agent" else first
    agents = [(k, m, ts) for k, m, ts in turns if m["role"] == "agent"]
    # greeting
    if agents:
        _, g, ts = agents[0]
        text = g["text"]
        hol = {key for key, ws in HOLIDAY_WORDS.items() if any(w in text for w in ws)}
        if not any(w in text for w in GREET_WORDS) and not hol:
            out.add("missing_greeting")
        else:
            fest = FESTIVALS.get(ts.date())
            h = ts.hour
            bad = (("早上好" in text or "上午好" in text) and h >= 12) or ("晚上好" in text and h < 18) \
                or ("下午好" in text and not 12 <= h < 19)
            if pack != "taobao" and fest is not None and fest[0] not in hol:
                bad = True
            if hol and (fest is None or fest[0] not in hol):
                bad = True
            if bad:
                out.add("greeting_mismatch")
    # closing
    if turns[-1][1]["role"] != "agent" or not any(w in turns[-1][1]["text"] for w in CLOSING_WORDS):
        out.add("missing_closing")
    # repeats: a clause of 6+ characters twice, or near-identical messages
    seen: set[str] = set()
    texts: list[str] = []
    for _, m, _ in agents:
        clauses = {c for c in (_compact(x) for x in _CLAUSE.split(m["text"])) if len(c) >= 6}
        key = _compact(m["text"])
        near = any(len(key) >= 8 and difflib.SequenceMatcher(None, key, p).ratio() >= 0.85 for p in texts)
        if clauses & seen or near:
            out.add("repeated_reply")
        seen |= clauses
        texts.append(key)
    if any(len(m["text"]) > 150 for _, m, _ in agents):
        out.add("long_message")
    if pack == "taobao" and any(not _emoji(m["text"]) for _, m, _ in agents):
        out.add("missing_emoji")
    name = conv.get("customer_name")
    if name:
        hon = ("先生", "女士", "小姐")
        for _, m, _ in agents:
            for mt in re.finditer(re.escape(name), m["text"]):
                rest = m["text"][mt.end():]
                if not rest.startswith(hon) and not (names_data and m["text"][:mt.start()].endswith(("收货人已改为", "收货人"))):
                    out.add("direct_name")
    return out


CHECKED = {"slow_first_response", "slow_response", "slow_no_apology", "missing_greeting", "greeting_mismatch",
           "missing_closing", "repeated_reply", "long_message", "missing_emoji", "direct_name"}


def check(conv: dict, names_data: bool) -> None:
    got = mechanical(conv, names_data) & CHECKED
    exp = set(conv["expect"]) & CHECKED
    allowed = set(conv["expect"]) | set(conv["ok_extra"])
    if got - allowed or exp - got:
        raise _Retry(f"mechanical {sorted(got)} vs expect {sorted(exp)}")
    for m in conv["messages"]:
        if "__GREETING__" in m["text"] or "{" in m["text"]:
            raise _Retry("unfilled slot")


# --------------------------------------------------------------------------------------------- plan
SLOT_EXCLUSIVE = ("open", "first", "end", "pack", "last")
# templates whose agent turns may apologise: never in a chat with a complaint / after-sales fault
APOLOGISING = {"slow_first_apology", "slow_later_apology", "hold_chased", "hold_late_return", "repeat_order",
               "repeat_spec", "repeat_address", "repeat_problem", "apology_end_generic"}


def compatible(a: str, b: str) -> bool:
    sa, sb = TEMPLATES[a][2], TEMPLATES[b][2]
    if a == b or (sa == sb and sa in SLOT_EXCLUSIVE):
        return False
    if a in AFTERSALES_SCENES and b in AFTERSALES_SCENES:
        return False
    pair = {a, b}
    if "emoji_missing" in pair and pair & NEEDS_NO_TAOBAO:
        return False
    if pair & {"slow_first_apology", "slow_first_plain"} and pair & {"greet_morning_pm"}:
        return True
    # two faults of the same category would not measure anything more
    if TEMPLATES[a][0] & TEMPLATES[b][0]:
        return False
    # a complaint / after-sales fault must be the last scene: no apology may follow it
    if (sa == "last" and b in APOLOGISING) or (sb == "last" and a in APOLOGISING):
        return False
    return True


def plan(seed: int) -> list[list[str]]:
    rng = random.Random(f"{seed}:plan")
    pool = [t for t, n in QUOTAS.items() for _ in range(n)]
    rng.shuffle(pool)
    n_pairs = len(pool) - N_FAULTY
    chats: list[list[str]] = []
    singles = []
    while pool:
        a = pool.pop()
        if n_pairs > 0:
            j = next((j for j in range(len(pool) - 1, -1, -1) if compatible(a, pool[j])), None)
            if j is not None:
                chats.append([a, pool.pop(j)])
                n_pairs -= 1
                continue
        singles.append([a])
    chats += singles
    chats += [[] for _ in range(N_CLEAN)]
    rng.shuffle(chats)
    return chats


ATTEMPTS: list[int] = []


def generate(seed: int = SEED) -> list[dict]:
    out = []
    for i, templates in enumerate(plan(seed)):
        for attempt in range(200):
            try:
                out.append(build(i, templates, seed, attempt))
                ATTEMPTS.append(attempt + 1)
                break
            except _Retry:
                continue
        else:
            raise RuntimeError(f"chat {i} ({templates}) could not be generated consistently")
    return out


def stats(chats: list[dict]) -> str:
    cat = collections.Counter(c for ch in chats for c in ch["expect"])
    packs = collections.Counter(ch["pack"] for ch in chats)
    clean = sum(1 for ch in chats if not ch["expect"])
    two = sum(1 for ch in chats if len(ch["faults"]) == 2)
    hol = sum(1 for ch in chats if dt.datetime.fromisoformat(ch["messages"][0]["ts"]).date() in FESTIVALS)
    lines = [f"chats={len(chats)} clean={clean} two_faults={two} packs={dict(packs)} festival_days={hol}",
             "expect per category:"]
    for c, n in sorted(cat.items()):
        mark = " (new)" if c in NEW_CATEGORIES else (" (meaning)" if c in MEANING_CATEGORIES else "")
        lines.append(f"  {c:28s} {n:4d}{mark}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="生成留出评测用的带标注会话集（确定性，固定种子）")
    ap.add_argument("out", nargs="?", default=DEFAULT_OUT, help="输出文件（默认 %(default)s）；- 为标准输出")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--stats", action="store_true", help="打印各类别数量")
    a = ap.parse_args(argv)
    chats = generate(a.seed)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in chats)
    if a.out == "-":
        sys.stdout.write(text)
    else:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"已写出 {len(chats)} 个会话：{a.out}", file=sys.stderr)
    if a.stats:
        print(stats(chats), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
