"""A deterministic synthetic corpus of JD customer-service agent messages.

Everything here is written by hand for this benchmark (no external data).  About 90 % of the
messages are clean, ordinary agent replies assembled from fragments; about 10 % carry one
violation (亲, 加我微信 / vx, 淘宝, 全网最低价, 卧槽, 白痴, 不知道 …), often disguised
(淘 宝, 支，付，宝, 親).  Clean messages also include hard negatives (亲自, 微信支付, 第一时间).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

PRODUCTS = ["这款洗衣机", "这台冰箱", "这款手机", "这件外套", "这双运动鞋", "这款空气炸锅", "这台笔记本",
            "这款耳机", "这套床品", "这款奶粉", "这款电视", "这个电饭煲", "这款路由器", "这款净水器", "这款行李箱"]
DAYS = ["明天", "后天", "今天下午", "周六", "三天内", "本周内", "下周一"]
NUMS = ["1", "2", "3", "5", "7", "10", "15", "20", "24", "30", "48", "50", "100", "199"]

OPENERS = ["您好，", "您好～", "在的，", "好的，", "嗯嗯，", "收到，", "非常抱歉，", "感谢您的耐心等待，",
           "久等了，", "不好意思让您久等了，", "理解您的心情，", "好的呢，", "明白了，", "", "", ""]
BODIES = [
    "{p}是京东自营的，支持七天无理由退货",
    "您的订单已经出库了，预计{d}送达",
    "麻烦您提供一下订单号，我这边帮您查询",
    "这边已经为您申请了{n}元的价保，请注意查收",
    "{p}目前有货，下单后{n}小时内发货",
    "退款会在{n}个工作日内原路返回到您的支付账户",
    "建议您签收时当面验货，有问题随时联系我们",
    "发票可以在订单详情页申请电子发票",
    "您可以在我的订单里点击申请售后",
    "快递员送货前会提前电话联系您",
    "已经帮您备注加急处理了",
    "这个尺码偏大，建议您选小一码",
    "{p}保修期是一年，全国联保",
    "赠品会随主商品一起发出",
    "您看一下收货地址是否正确呢",
    "{p}目前参加满{n}减{m}的活动",
    "下单时可以使用京豆抵扣部分金额",
    "京东快递一般是次日达",
    "您的售后申请已经审核通过了",
    "上门取件的时间是{d}",
    "麻烦您拍一下商品照片发给我",
    "运费险会在退货签收后理赔到账",
    "我这边帮您联系一下仓库",
    "已经为您登记了，专员会在{n}小时内回电",
    "{p}的安装是免费的，师傅会提前预约",
    "您可以在商品详情页查看具体参数",
    "价格以下单页面显示的为准",
    "换货需要先把原商品寄回",
    "这个颜色目前缺货，预计{d}补货",
    "优惠券在结算页面会自动使用",
    "签收时建议您亲自验货",              # hard negative: 亲自
    "支持微信支付和京东支付",            # hard negative: 微信支付
    "我们会第一时间为您处理",            # hard negative: 第一时间
    "京东卡助手公众号可以查询余额",
    "您反馈的问题我已经记录下来了",
    "这边核实到包裹已经在派送中",
]
CLOSERS = ["", "。", "，请您放心。", "，请问还有别的需要帮忙的吗？", "，祝您生活愉快！", "～", "😊",
           "，感谢您对京东的支持～", "，有问题随时联系我哦", "，给您带来不便非常抱歉。", "哦", "呢"]

# (category the pack should report, text) — inserted into an otherwise clean message.
VIOLATIONS = [
    ("forbidden_address", "亲，"), ("forbidden_address", "亲亲，"), ("forbidden_address", "親，"),
    ("forbidden_address", "亲~"),
    ("diversion", "加我微信详聊，"), ("diversion", "加vx：abc1234，"), ("diversion", "加我v信，"),
    ("diversion", "淘宝上有同款，"), ("diversion", "去淘 宝搜一下，"), ("diversion", "可以用支，付，宝转给我，"),
    ("diversion", "拼多多更便宜，"),
    ("false_advertising", "全网最低价，"), ("false_advertising", "全網最低價，"), ("false_advertising", "绝对是最好的，"),
    ("uncivil", "卧槽，"), ("uncivil", "我靠，"),
    ("abuse", "你是白痴吗，"), ("abuse", "傻@#逼，"), ("abuse", "你是白chi吗，"),
    ("shirking", "不知道，"), ("shirking", "这个不归我管，"), ("shirking", "你自己看，"),
]


@dataclass(frozen=True)
class Corpus:
    messages: list[str]
    injected: list[str | None]  # category of the injected violation, None for clean messages


def _fill(rng: random.Random, template: str) -> str:
    return template.format(p=rng.choice(PRODUCTS), d=rng.choice(DAYS), n=rng.choice(NUMS), m=rng.choice(NUMS))


def _clean(rng: random.Random) -> str:
    parts = [rng.choice(OPENERS), _fill(rng, rng.choice(BODIES))]
    if rng.random() < 0.35:
        parts.append("，" + _fill(rng, rng.choice(BODIES)))
    parts.append(rng.choice(CLOSERS))
    return "".join(parts)


def generate(n: int, seed: int = 20240521, violation_rate: float = 0.10,
             min_len: int = 10, max_len: int = 64) -> Corpus:
    rng = random.Random(seed)
    messages: list[str] = []
    injected: list[str | None] = []
    while len(messages) < n:
        msg = _clean(rng)
        cat = None
        if rng.random() < violation_rate:
            cat, v = rng.choice(VIOLATIONS)
            opener_end = msg.find("，") + 1 if rng.random() < 0.5 else 0
            msg = msg[:opener_end] + v + msg[opener_end:]
        if not (min_len <= len(msg) <= max_len):
            continue  # redraw (keeps the generator deterministic and the lengths honest)
        messages.append(msg)
        injected.append(cat)
    return Corpus(messages, injected)


if __name__ == "__main__":  # a quick look: python benchmarks/corpus.py
    c = generate(20)
    for m, k in zip(c.messages, c.injected):
        print(f"{k or '-':18} {m}")
