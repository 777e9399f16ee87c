"""What makes a trouble told to a shop that sells a service the reason the service is bought, not goods or work of the shop
found faulty (seed 003 §售后 is for goods sold and work done): a repair booked or priced (``service_booked``), the shop's own
work named (``shop_work``: a case of its service), the service asked of a shop that introduces itself as selling one
(``service_asked``), a thing owned for years (``owned_for_years``).  ``reports.reports`` reads them on each customer turn;
``checks.aftersales`` reads where the thing is first told to be the shop's (``told_ours_later``)."""

from __future__ import annotations

from zhijian.audit.answering import turn_asks_back
from zhijian.audit.needs import is_question_text
from zhijian.audit.settle import CLAUSE as _CLAUSE, compact


# how far the price of a service is looked for: the agent's next replies and the customer's next turn (c47); how far the
# agent's finding that the goods are at fault is looked for too (``reports._fault_found``, stop 58)
SERVICE_REPLIES = 3


def service_booked(chat, i: int) -> bool:
    """Customer turn ``i`` asks whether the shop comes to repair or replace something (the pack's ``service_visit_forms``:
    你们能上门换拉链吗 / 能上门修吗) in a turn that names no goods received, no handling and no order matter, and what follows
    prices the work: an agent reply among the next ``SERVICE_REPLIES`` quotes a fee (``service_fee_forms``: 上门费20元 / 人工
    大约90元) or the customer's next turn asks what it costs (``words.asks_price``).  The broken thing is the customer's own and
    the repair is a service bought, no goods found faulty (seed 003 §售后 查明原因 → 道歉 is for goods sold; c47: home
    repair services).  A repair of goods from this shop names them (收到 / 买的) or asks the handling, and keeps the case.
    So does a trouble of a thing told in any turn to be the customer's for years (``Chat.owned_years``), bought nowhere
    here, whose work the agent then prices (stop 58: 皇明的，用了六年了 → 换密封圈30元，上门费50元, even at a desk named
    XX售后: the wear of years is no fault of goods sold).  (Read on the turns after ``i``: never remembered with the turn,
    ``memo.per_turn``.)"""
    lab = chat.labels[i]
    if lab & {"asks_handling", "order_service"} or ("goods_received" in lab and not owned_for_years(chat, i)) or (
            shop_work(chat, i)):
        return False
    text = compact(chat.messages[i].text)
    booking = chat.patterns("service_booking_forms")
    if booking is not None and booking.search(text):
        return True  # (想约个上门换龙头的服务: a home service booked in so many words, priced or not; stop 48)
    price = chat.patterns("service_price_forms")
    if price is not None and price.search(text) and not bought_here(chat, i):
        return True  # (旧书柜翻新一回多少钱: the work's price asked of a shop that sells it, no goods of its own named; stop 52)
    if chat.owned_years and not bought_here(chat, i, years_aside=True) and _priced_next(chat, i, asked=False):
        return True  # (皇明的，用了六年了 → 换密封圈单个30元，另收上门费50元: an old thing's repair sold, even by a desk named
        # XX售后; seed 003 §售后 查明原因 → 道歉 is for goods sold and found faulty, not for the wear of years; stop 58)
    visit = chat.patterns("service_visit_forms")
    if visit is None or not visit.search(text):
        return False
    return _priced_next(chat, i)


def _priced_next(chat, i: int, asked: bool = True) -> bool:
    """An agent reply among the next ``SERVICE_REPLIES`` after customer turn ``i`` quotes a fee for the work (the pack's
    ``service_fee_forms``: 上门费20元 / 人工大约90元), or (``asked``) the customer's next turn asks what it costs."""
    fee, replies = chat.patterns("service_fee_forms"), chat.replies_after(i, SERVICE_REPLIES)
    if fee is not None and any(fee.search(compact(chat.messages[j].text)) for j in replies):
        return True
    if not asked:
        return False
    # (the customer's next turn, read while the window is still open: before the last of a full window of replies)
    end = replies[-1] if len(replies) == SERVICE_REPLIES else len(chat.messages)
    k = next((k for k in range(i + 1, end) if chat.messages[k].role == "customer"), None)
    return k is not None and "asks_price" in chat.text_labels(chat.messages[k].text)


def shop_work(chat, i: int, recent: bool = True) -> bool:
    """Customer turn ``i`` tells work the shop did before (the pack's ``shop_work_forms``: 你家师傅来换的阀门 / 在你们店补过鞋底): a
    trouble after it, told as recent or come back (the pack's ``recent_work_words``: 上周 / 前天 / 又), is a case of the shop's
    service, as a fault of goods received is one of its goods (seed 003 §售后; stop 54); 在你家做过保养 alone is no such case
    (with ``recent`` False, any work of the shop named counts: the trouble may be of it, ``service_asked`` keeps the reading)."""
    work, said = chat.patterns("shop_work_forms"), compact(chat.messages[i].text)
    return work is not None and work.search(said) is not None and (
        not recent or chat.words_re("recent_work_words").search(said) is not None)


def service_asked(chat, i: int) -> bool:
    """Customer turn ``i`` tells a trouble of the customer's own thing to a shop that introduces itself as selling a service
    (``Chat.service_shop``: 欢迎光临XX家电清洗 / XX影像修复), naming no work of the shop (``shop_work``), no handling and no
    order matter: the trouble is why the service is bought (制冷越来越差，是不是该清洗了 / 旧皮包掉皮了，能补吗), not goods or
    work of the shop found faulty (seed 003 §售后; stop 54).  At any shop, the agent asking what make the thing is
    (``Chat.make_asked``: 请问是什么牌子的折叠车) with no customer turn naming goods bought here settles it (stop 58: a shop
    knows the make of what it sold).  The thing named as not the shop's goods anywhere in the chat
    (``Chat.own_thing``: 不是从你家拍的 / 亲戚送的) settles it, anger at the thing and all; otherwise the turn names no goods
    received (or only a thing owned for years, ``owned_for_years``: 空调用了七八年了), no anger the tagger is sure of, no goods
    bought here (the pack's ``bought_here_forms``), and asks for the service in it or in the turns sent with it (a question or a request, the pack's
    ``wish_words``: 想给沙发做个深度清洁), answers the agent's question back about the thing (两米的，用了四年) or tells a trouble
    of the house itself (the pack's ``home_trouble_forms``: 阳台顶上漏水), or tells on the trouble after the customer's first turn
    asked for the service for it (stop 65); a trouble only told, 昨天做完地板上全是水, may be of the work done.  (Read on the agent's turns: never remembered with the turn.)"""
    lab = chat.labels[i]
    if lab & {"asks_handling", "order_service"} or shop_work(chat, i, recent=False):
        return False
    if chat.make_asked and not any(bought_here(chat, k, years_aside=True) for k, m in chat.turns if m.role == "customer"):
        return True  # (请问是什么牌子的折叠车呢: the shop asks the make, the thing is not goods it sold; stop 58)
    if chat.own_thing and not any(bought_here(chat, k, years_aside=True) for k, m in chat.turns if m.role == "customer" and k <= i):
        return True  # (家里装修时装的指纹锁 / 电动车原装电池: named as not the shop's, at any shop; a new one ordered later aside; stop 65)
    if not chat.service_shop:
        return False
    if chat.own_thing or (chat.owned_years and not bought_here(chat, i, years_aside=True)):
        return True  # (or the thing told in any turn to be the customer's for years, 三年多了 / 骑了两年: stop 57)
    if ("goods_received" in lab and not owned_for_years(chat, i)) or any(
            chat.sure(s, "complaint") for s in chat.sentences.get(i, ())):
        return False  # (…说好11点到，快12点才来: anger at the service rendered, the shop's case)
    if bought_here(chat, i):
        return False
    # (asked in the customer's turns sent together with it: 这种能修吗？| [图片] 落地扇，用了四五年了…; stop 55)
    together = chat.sent_with(i)
    asks = any({"question", "request"} & set(s.acts) or is_question_text(s.text) for k in together
               for s in chat.sentences.get(k, ()))
    wish = any(chat.words_re("wish_words").search(compact(chat.messages[k].text)) for k in together)
    back = i > 0 and chat.messages[i - 1].role == "agent" and turn_asks_back(chat, i - 1)
    # (阳台顶上漏水: the house's own trouble, no goods sent; 台扇用了七八年了: a thing owned for years; stop 55)
    mine = [f for f in (chat.patterns("home_trouble_forms"), chat.patterns("owned_years_forms")) if f is not None]
    if asks or wish or back or any(f.search(compact(chat.messages[i].text)) for f in mine):
        return True
    # (屏幕摔裂了，换外屏多少钱 → …如果只是外屏碎… → 显示正常，就右下角裂了一道: the trouble told on, after the customer's first
    # turn asked for the service for it; stop 65)
    first = next(k for k, m in chat.turns if m.role == "customer")
    return first < i and service_asked(chat, first)


def owned_for_years(chat, i: int) -> bool:
    """Every clause of turn ``i`` that speaks of goods received (``words.goods_received``) says the thing has been the
    customer's for years (the pack's ``owned_years_forms``: 用了十几年): the customer's own old thing, not goods just come
    from the shop (stop 52; seed 003 §售后 is for goods sold)."""
    years = chat.patterns("owned_years_forms")
    if years is None:
        return False
    held = [c for c in _CLAUSE.findall(chat.messages[i].text) if "goods_received" in chat.text_labels(c)]
    return bool(held) and all(years.search(compact(c)) for c in held)


def bought_here(chat, i: int, years_aside: bool = False) -> bool:
    """Customer turn ``i`` names goods bought in this shop (the pack's ``bought_here_forms``: 上个月在你们店的 / 前天下的单): the
    thing is the shop's, its trouble no reason to buy a service or goods anew.  ``years_aside``: not a purchase word that
    stands inside the years the thing has been the customer's (the pack's ``owned_years_forms``: 买了两年 tells how old the
    thing is, not that it came from this shop; stop 57)."""
    bought = chat.patterns("bought_here_forms")
    if bought is None:
        return False
    said = compact(chat.messages[i].text)
    years = chat.patterns("owned_years_forms") if years_aside else None
    if years is None:
        return bought.search(said) is not None
    spans = [m.span() for m in years.finditer(said)]
    return any(not any(a <= m.start() and m.end() <= b for a, b in spans) for m in bought.finditer(said))


def told_ours_later(chat, k: int, until: int) -> int:
    """The customer turn after the report ``turns[k]`` and inside its case (up to ``turns[until]``) that first says the thing
    was bought in this shop (``bought_here``: 这个是去年在你们家买的), when the report named no goods received nor
    bought here; -1 otherwise.  Until then the shop could not know the thing was its own: a repair it offered was a service
    for the customer's thing, not the remedy of goods it sold, and the apology owed starts there (003 §售后; stop 66)."""
    i = chat.turns[k][0]
    if "goods_received" in chat.labels[i] or bought_here(chat, i):
        return -1
    return next((j for j, n in chat.turns[k + 1:until + 1] if n.role == "customer" and bought_here(chat, j)), -1)
