"""A deterministic generator of synthetic customer-service chats in the log format of
spec/contract.md §1 (one JSON object per line, UTF-8).

Everything here is written by hand for the benchmark and the tests (no external data).  Each chat
has customer / agent / system turns with ``+08:00`` timestamps spread over several days (including
劳动节, 2026-05-01 and 05-02), a shop, an agent, a pack (jd / taobao / generic) and sometimes a customer name
and unknown extra fields.  About 70 % of the chats are clean: greeting, answers within the limit,
thanks acknowledged, a proper closing.  The rest carry ONE injected flaw, whose taxonomy category
is returned with the chat (``Chat.flaw``): a slow first or later reply, no greeting, 早上好 in the
afternoon, no closing, a forgotten question, 亲 on a JD shop, thanks or an apology ignored, a
complaint without an apology, a repeated reply, the customer's bare full name, an after-sales
problem with no solution, a WeChat diversion, a forced end.

Chat ``i`` depends only on ``(seed, i)``, so a file of N chats is a prefix of a file of M > N chats.

    python benchmarks/chats.py 1000 out.jsonl [--seed 7]     # write 1000 chats
    python benchmarks/chats.py 5                              # print 5 chats
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass
from typing import Iterator

SEED = 20260501
CST = dt.timezone(dt.timedelta(hours=8))
DAYS = [dt.date(2026, 4, 28) + dt.timedelta(days=k) for k in range(7)]  # 04-28 .. 05-04 (05-01 劳动节)
# 劳动节's statutory days (two since the 2025 revision of the holiday rules): a holiday greeting is due on both
# (seed 004: 国家法定假日 … 需要有相应节日问候语); 05-03 and 05-04 are days off of the break, where either greeting is right
LABOUR_DAYS = (dt.date(2026, 5, 1), dt.date(2026, 5, 2))

PACK_WEIGHTS = [("jd", 0.6), ("taobao", 0.3), ("generic", 0.1)]
SHOPS = {  # pack -> [(shop, products)]
    "jd": [("华越家电京东自营旗舰店", ["这款电饭煲", "这台空气净化器", "这款加湿器"]),
           ("青禾母婴专营店", ["这款奶瓶", "这款婴儿推车", "这包纸尿裤"]),
           ("北辰数码旗舰店", ["这款蓝牙耳机", "这款充电宝", "这个路由器"]),
           ("栖木家居京东自营店", ["这套四件套", "这个收纳柜", "这款保温杯"]),
           ("云麓运动户外专营店", ["这双跑鞋", "这件冲锋衣", "这个登山包"])],
    "taobao": [("小满女装店", ["这条连衣裙", "这件羽绒服", "这件针织衫"]),
               ("橙子家的零食铺", ["这款坚果礼盒", "这包牛肉干", "这款芒果干"]),
               ("拾光手作饰品", ["这条手链", "这对耳钉", "这款发夹"]),
               ("阿喵宠物用品店", ["这款猫粮", "这个猫砂盆", "这款逗猫棒"]),
               ("暖冬床品旗舰店", ["这套四件套", "这床蚕丝被", "这对乳胶枕"])],
    "generic": [("城南宽带服务中心", ["宽带"]), ("安途车险客服部", ["车险"]), ("乐享会员服务台", ["会员卡"])],
}
CUSTOMER_NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄婷", "周杰", "吴敏", "徐丽", "孙浩"]
HONORIFIC = {"张伟": "张先生", "王芳": "王女士", "李娜": "李女士", "刘洋": "刘先生", "陈静": "陈女士", "杨帆": "杨先生",
             "赵磊": "赵先生", "黄婷": "黄女士", "周杰": "周先生", "吴敏": "吴女士", "徐丽": "徐女士", "孙浩": "孙先生"}
EMOJIS = ["😊", "🌹", "[微笑]", "[玫瑰]", "😄", "[愉快]"]
CHANNELS = ["app", "pc", "mini_program"]

OPENINGS = ["在吗", "你好", "有人吗", "您好，想咨询一下", "在不在", "hi，问个问题"]

# (customer question, agent answer); {p} = a product.  The answers are plain, complete, polite.
QA = [
    ("{p}有现货吗？", "{p}目前有现货，今天下午四点前付款当天就能发出。"),
    ("{p}什么时候能发货", "付款后四十八小时内发货，发货后物流信息会同步到订单里。"),
    ("能便宜点吗？", "目前页面上的价格已经是活动价了，结算时店铺优惠券会自动抵扣。"),
    ("{p}有几个颜色", "{p}有米白、浅灰和雾蓝三个颜色，详情页第三张图可以看到实物颜色。"),
    ("发什么快递？", "默认发中通，偏远地区会改发邮政，下单时可以在备注里说明。"),
    ("可以开发票吗", "可以开电子发票，确认收货后在订单详情里点申请开票，填写抬头和税号即可。"),
    ("我的快递到哪了", "帮您查了一下，包裹昨晚已经到达您所在城市的分拨中心，预计明天派送。"),
    ("地址填错了能改吗？", "订单还没有发货，可以改，您把新的地址发给我，我这边帮您修改。"),
    ("{p}支持七天无理由退货吗", "支持的，签收后七天内商品不影响二次销售都可以申请退货。"),
    ("赠品怎么领？", "赠品会和商品一起发出，不需要单独领取，下单后系统自动添加。"),
    ("退款什么时候到账", "退款审核通过后一到三个工作日原路退回，银行卡可能会晚一些到账。"),
    ("可以货到付款吗", "店铺目前不支持货到付款，可以用信用卡或者花呗分期付款。"),
]
EXTRA_QA = {  # more questions for some products (matched on the end of the product name)
    ("电饭煲", "空气净化器", "加湿器", "蓝牙耳机", "充电宝", "路由器"):
        [("{p}保修多久", "{p}整机保修一年，保修期内非人为损坏可以免费维修。"),
         ("{p}怎么连手机？", "打开手机蓝牙或者扫描说明书上的二维码下载应用，按提示配对就可以了。")],
    ("奶瓶", "婴儿推车", "纸尿裤"):
        [("{p}适合几个月的宝宝", "{p}适合零到三岁的宝宝使用，材质通过了婴幼儿用品检测。")],
    ("连衣裙", "羽绒服", "针织衫", "冲锋衣", "跑鞋"):
        [("我身高170体重65公斤穿什么码", "按您的身高体重建议选L码，版型是标准的，平时穿L就可以。"),
         ("{p}怎么清洗", "{p}建议用温水手洗，不要用漂白剂，洗完平铺晾干就可以。")],
    ("坚果礼盒", "牛肉干", "芒果干", "猫粮"):
        [("{p}保质期多久", "{p}保质期是十二个月，都是近一个月的新日期。")],
}
GENERIC_QA = {  # the service desks' own questions, by product
    "宽带": [("宽带一直掉线怎么回事？", "抱歉给您带来不便，帮您查了一下线路，信号有些衰减，已经为您预约了师傅明天上午上门检测。"),
             ("我想改一下套餐", "可以的，新套餐下个月一号生效，我这边已经帮您提交了变更申请。"),
             ("装宽带要多久？", "提交申请后四十八小时内师傅会联系您预约上门时间。")],
    "车险": [("车险什么时候到期", "帮您查到保单将在六月十五日到期，到期前一个月会有短信提醒您续保。"),
             ("出险了怎么报案？", "您可以拨打保单上的报案电话，或者在小程序里上传现场照片在线报案。"),
             ("保单能开发票吗", "可以的，电子发票会在保单生效后发送到您预留的邮箱。")],
    "会员卡": [("会员积分怎么查？", "在会员中心首页就能看到积分余额和明细，积分有效期是两年。"),
              ("积分能换什么", "积分可以兑换优惠券和周边礼品，兑换入口在会员中心的积分商城。"),
              ("会员卡丢了怎么办", "在小程序里可以直接补办电子会员卡，原卡的积分和余额都会保留。")],
}
GREETINGS = ["您好，欢迎光临{shop}，很高兴为您服务，请问有什么可以帮您？", "您好，我是客服{agent}，请问有什么可以帮您？",
             "您好，欢迎光临，请问您想了解哪款商品呢？", "你好，很高兴为您服务，请问有什么可以帮您的吗？"]
MORNING_GREETINGS = ["早上好！欢迎光临{shop}，请问有什么可以帮您？", "早上好，很高兴为您服务，请问有什么需要帮助的？"]
HOLIDAY_GREETINGS = ["劳动节快乐！欢迎光临{shop}，请问有什么可以帮您？", "五一快乐！很高兴为您服务，请问有什么可以帮您？"]
NO_GREETING = ["请说。", "有什么问题请讲。", "请问要咨询什么？", "请问哪款商品？"]
CUSTOMER_ENDINGS = [("好的，谢谢", "thanks"), ("明白了，谢谢你", "thanks"), ("行，那我这就去拍", None), ("行，知道了", None),
                    ("好的辛苦了", "thanks"), ("嗯嗯，多谢", "thanks")]
THANKS_REPLIES = ["不客气，很高兴为您服务。", "不用客气，这是我们应该做的。", "不客气哈，能帮到您我也很开心。"]
CLOSINGS = ["感谢您的耐心咨询，祝您万事如意，再见！", "感谢您对本店的支持，欢迎随时再来，祝您购物愉快！",
            "如果还有其他问题欢迎随时联系我们，祝您生活愉快！", "感谢您的耐心，期待再次为您服务，再见！"]
# closings that neither thank nor answer thanks: the injected "thanks ignored" flaw ends with one of these
# (a closing such as 感谢您对本店的支持 already acknowledges the customer's thanks)
PLAIN_CLOSINGS = ["如果还有其他问题欢迎随时联系我们，祝您生活愉快！", "祝您购物愉快，再见！", "有问题随时找我们，再见～"]
SYSTEM_START = ["顾客从商品详情页进入咨询", "系统已为您分配客服{agent}", "顾客通过订单页发起咨询"]
SYSTEM_EVENTS = ["顾客已下单，订单已付款", "会话已由机器人转接人工客服{agent}", "顾客发送了商品链接"]
SYSTEM_END = ["会话已结束", "顾客已离开会话", "本次服务已完成"]

FLAWS = [  # (category, weight)
    ("slow_first_response", 5), ("slow_response", 3), ("missing_greeting", 3), ("greeting_mismatch", 2),
    ("missing_closing", 4), ("unanswered", 3), ("forbidden_address", 2), ("thanks_unacknowledged", 2),
    ("apology_unacknowledged", 1), ("complaint_no_apology", 1), ("repeated_reply", 1), ("direct_name", 1),
    ("aftersales_flow", 1), ("diversion", 0.5), ("forced_end", 0.5),
]


@dataclass(frozen=True)
class Chat:
    record: dict  # the JSON object of one log line
    flaw: str | None  # taxonomy category of the injected flaw, None for a clean chat


def _pick(rng: random.Random, weighted: list[tuple[str, float]]) -> str:
    names, weights = zip(*weighted)
    return rng.choices(names, weights)[0]


class _Builder:
    def __init__(self, rng: random.Random, start: dt.datetime, naive: bool, emoji: bool):
        self.rng = rng
        self.t = start
        self.naive = naive  # write timestamps without an offset (contract: means +08:00)
        self.emoji = emoji
        self.messages: list[dict] = []
        self.last_agent = ""

    def add(self, role: str, text: str, after: float = 0.0) -> None:
        self.t += dt.timedelta(seconds=round(after))
        if role == "agent" and self.emoji and not any(e in text for e in EMOJIS):
            text = text + self.rng.choice(EMOJIS)
        ts = self.t.replace(tzinfo=None).isoformat(sep=" ") if self.naive else self.t.isoformat()
        self.messages.append({"role": role, "text": text, "ts": ts})
        if role == "agent":
            self.last_agent = text

    def customer(self, text: str) -> None:
        self.add("customer", text, self.rng.uniform(5, 50))

    def agent(self, text: str, wait: float | None = None) -> None:
        self.add("agent", text, self.rng.uniform(4, 35) if wait is None else wait)

    def system(self, text: str) -> None:
        self.add("system", text, self.rng.uniform(0, 3))


def make_chat(i: int, seed: int = SEED, clean_rate: float = 0.70) -> Chat:
    """Chat number ``i`` (0-based) of the stream for ``seed``."""
    rng = random.Random(f"{seed}:{i}")
    pack = _pick(rng, PACK_WEIGHTS)
    shop_k = rng.randrange(len(SHOPS[pack]))
    shop, products = SHOPS[pack][shop_k]
    product = rng.choice(products)
    agent = f"{pack[0]}{shop_k}-{rng.randrange(1, 7):02d}"
    flaw = None if rng.random() < clean_rate else _pick(rng, FLAWS)
    if pack != "jd" and flaw in ("forbidden_address",):
        flaw = "diversion"  # 亲 is allowed on taobao; keep the flaw share the same
    day = rng.choice(DAYS)
    secs = rng.randint(9 * 3600, 22 * 3600 + 1800)  # inside JD's counted hours (09:00-23:00)
    if flaw == "greeting_mismatch":
        secs = rng.randint(13 * 3600, 21 * 3600)  # the flaw: 早上好 in the afternoon
    start = dt.datetime.combine(day, dt.time(0), CST) + dt.timedelta(seconds=secs)
    b = _Builder(rng, start, naive=rng.random() < 0.05, emoji=(pack == "taobao"))
    name = rng.choice(CUSTOMER_NAMES) if rng.random() < 0.4 or flaw == "direct_name" else None
    if pack == "generic":
        qa_pool = GENERIC_QA[product]
    else:
        qa_pool = QA + [qa for ends, extra in EXTRA_QA.items() if product.endswith(ends) for qa in extra]
    fill = {"shop": shop, "agent": agent, "p": product}

    def f(s: str) -> str:
        return s.format(**fill)

    # -- opening ------------------------------------------------------------------------------------
    if rng.random() < 0.5:
        b.system(f(rng.choice(SYSTEM_START)))
    aftersales = flaw == "aftersales_flow" or (flaw is None and rng.random() < 0.08)
    if flaw == "complaint_no_apology":  # the injected complaint must be the chat's first one
        qa_pool = [qa for qa in qa_pool if "怎么回事" not in qa[0]]
    rounds = [] if aftersales else rng.sample(qa_pool, min(len(qa_pool), rng.randint(1, 3)))
    if aftersales or rng.random() < 0.5:
        b.customer(rng.choice(OPENINGS))
        first_q = None
    else:
        first_q = rounds.pop(0)
        b.customer(f(first_q[0]))
    wait = rng.uniform(75, 400) if flaw == "slow_first_response" else None
    if flaw == "missing_greeting":
        greet = rng.choice(NO_GREETING)
    elif flaw == "greeting_mismatch":
        greet = rng.choice(MORNING_GREETINGS)
    elif day in LABOUR_DAYS:
        greet = rng.choice(HOLIDAY_GREETINGS)
    elif b.t.hour < 11 and rng.random() < 0.5:  # the reply comes a little later: keep clear of noon
        greet = rng.choice(MORNING_GREETINGS)
    else:
        greet = rng.choice(GREETINGS)
    greet = f(greet)
    if flaw == "forbidden_address":
        greet = "亲，" + greet.split("，", 1)[1] if "，" in greet else "亲，" + greet
    if first_q is not None:  # greet and answer at once: "您好，欢迎光临X，" + the answer
        b.agent(greet.split("请问")[0] + f(first_q[1]), wait)
    else:
        b.agent(greet, wait)

    # -- body ---------------------------------------------------------------------------------------
    if aftersales:
        item = product[2:] if product.startswith("这") else product  # 这款电饭煲 -> 电饭煲
        b.customer(rng.choice([f"昨天收到的{item}坏了，用不了", f"收到的{item}有破损", f"{item}给我发错颜色了"]
                              if pack != "generic" else [f"{item}用不了了，一直连不上", f"我的{item}出故障了"]))
        if flaw == "aftersales_flow":
            b.agent("收到，麻烦您提供一下订单号。")
            b.customer("订单号是" + str(rng.randrange(10**11, 10**12)))
            b.agent("好的，我看一下订单信息。")
        else:
            b.agent("非常抱歉给您带来不便，麻烦您拍一下照片，我帮您核实一下具体情况。")
            b.customer("[图片]")
            b.agent("核实到是运输途中造成的，已经为您登记补发，今天就安排发出，原件不用寄回。")
    slow_at = rng.randrange(len(rounds)) if flaw == "slow_response" and rounds else None
    if flaw == "slow_response" and not rounds:
        rounds = [rng.choice(qa_pool)]
        slow_at = 0
    for k, (q, a) in enumerate(rounds):
        b.customer(f(q))
        if flaw == "repeated_reply" and k > 0:
            b.agent(b.last_agent)  # the same answer again, to a different question
            continue
        w = rng.uniform(70, 300) if k == slow_at else None
        ans = f(a)
        if flaw == "direct_name" and k == len(rounds) - 1:
            ans = f"{name}，{ans}"
        elif name and k == 0 and rng.random() < 0.3:
            ans = f"{HONORIFIC[name]}，{ans}"
        b.agent(ans, w)
    if flaw == "repeated_reply" and len(rounds) < 2:
        b.customer("还有别的问题想问一下" if rng.random() < 0.5 else "那大概几天能到？")
        b.agent(b.last_agent)
    if flaw == "direct_name" and not rounds:
        b.customer("那我再看看")
        b.agent(f"好的{name}，有需要随时找我。")
    if flaw == "diversion":
        b.customer("有没有更便宜的办法")
        b.agent("您可以加我微信，我私下给您优惠价。")
    if flaw == "complaint_no_apology":
        if pack == "generic":
            b.customer("打了三次电话都没人处理，我要投诉")
            b.agent("工单已经转给负责的同事了，今天会有人联系您。")
        else:
            b.customer("你们发货也太慢了，我要投诉")
            b.agent("仓库已经在打包了，今天会发出。")
    if flaw == "apology_unacknowledged":
        b.customer("不好意思，刚才是我看错了尺码")
        b.agent("嗯，L码是合适的，您放心下单。")
    if rng.random() < 0.2:
        b.system(f(rng.choice(SYSTEM_EVENTS)))

    # -- ending -------------------------------------------------------------------------------------
    if flaw == "unanswered":
        b.customer(rng.choice(["那能不能再送个小礼物？", "对了，发票怎么开？", "请问周末有人发货吗"]))
    elif flaw == "forced_end":
        b.customer("那我的问题到底怎么处理？")
        b.agent("我要下班了，先结束对话了。")
    elif flaw == "missing_closing":
        b.customer(rng.choice(["好的", "行", "嗯嗯知道了"]))
    else:
        text, kind = rng.choice(CUSTOMER_ENDINGS if pack != "generic" else CUSTOMER_ENDINGS[:2] + CUSTOMER_ENDINGS[3:])
        if flaw == "thanks_unacknowledged" and kind is None:
            text, kind = "好的，谢谢你", "thanks"
        b.customer(text)
        closing = rng.choice(PLAIN_CLOSINGS if flaw == "thanks_unacknowledged" else CLOSINGS)
        if kind == "thanks" and flaw != "thanks_unacknowledged":
            closing = rng.choice(THANKS_REPLIES) + closing
        b.agent(closing)
    if rng.random() < 0.6:
        b.system(rng.choice(SYSTEM_END))

    rec: dict = {"id": f"c-{seed % 10000:04d}-{i:07d}", "pack": pack, "shop": shop, "agent": agent}
    if name:
        rec["customer_name"] = name
    rec["messages"] = b.messages
    if rng.random() < 0.3:
        rec["channel"] = rng.choice(CHANNELS)  # an unknown field: kept and ignored
    return Chat(rec, flaw)


def generate(n: int, seed: int = SEED, start: int = 0) -> Iterator[Chat]:
    """Chats ``start`` .. ``start + n - 1``, one at a time (memory stays flat)."""
    for i in range(start, start + n):
        yield make_chat(i, seed)


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def write_jsonl(path: str, n: int, seed: int = SEED) -> list[str | None]:
    """Write ``n`` chats to ``path`` (JSON Lines, UTF-8); return the injected flaw of each."""
    flaws: list[str | None] = []
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        buf: list[str] = []
        for chat in generate(n, seed):
            buf.append(dumps(chat.record))
            flaws.append(chat.flaw)
            if len(buf) >= 1000:
                fh.write("\n".join(buf) + "\n")
                buf.clear()
        if buf:
            fh.write("\n".join(buf) + "\n")
    return flaws


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of chats")
    ap.add_argument("out", nargs="?", help="output .jsonl (default: print to stdout)")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    if args.out:
        flaws = write_jsonl(args.out, args.n, args.seed)
        clean = sum(f is None for f in flaws)
        print(f"wrote {args.n} chats to {args.out} ({clean / max(1, args.n):.0%} clean)", file=sys.stderr)
    else:
        for chat in generate(args.n, args.seed):
            print(dumps(chat.record))
    return 0


if __name__ == "__main__":
    sys.exit(main())
