"""Whether a customer turn reports a problem with the goods received (seed 003 §售后: the case ``checks/aftersales.py``
reads the agent's four steps for), and the readings it rests on: a defect named (``defect``), goods received or handling
asked, and what rules a report out — a hypothetical, a question about goods not yet bought, praise, a suggestion, a fault
of an earlier purchase or of the customer's own doing, a matter of the order or the delivery."""

from __future__ import annotations

from zhijian.audit.answering import turn_asks_back
from zhijian.audit.asks_only import asks_if_can_only, asks_progress_only, asks_use_only, only_asks, still_asking
from zhijian.audit.memo import per_turn
from zhijian.audit.no_fault import owned_after
from zhijian.audit.turns import resolved
from zhijian.audit.wrong_goods import wrong_goods
from zhijian.audit.needs import is_question_text, praise_only, suggests
from zhijian.audit.services import (SERVICE_REPLIES, bought_here, owned_for_years, service_asked, service_booked,
                                    shop_work)
from zhijian.audit.settle import CLAUSE as _CLAUSE, compact  # (compact cached: the same sentences come back)


def reports(chat, i: int) -> bool:
    """Customer turn ``i`` reports a problem with the goods received (``_reports``).  Whether the turn opens the
    customer's first need (``chat.first_need``: a fault asked, ``_trouble_asked``, counts only there) is part of what is
    remembered, so a turn read first in one chat is read anew in a chat where it comes after another need.  A repair
    asked of a service shop and priced next (``service_booked``, read on the turns after ``i``, so not remembered with
    the turn, and read only for a turn that reports) reports nothing; nor does a trouble the customer then buys for
    (``_buys_after``).  A trouble the agent's next turn meets with a return or a refund offered outright reports, in words
    no list holds (``_taken_as_case``)."""
    return (_reports(chat, i, i <= chat.first_need) or _taken_as_case(chat, i)) and not service_booked(chat, i) and not (
        _picks_remedy(chat, i)) and not service_asked(chat, i) and not _buys_after(chat, i) and not owned_after(chat, i) and not (
        still_asking(chat, i, _reports))


@per_turn
def _reports(chat, i: int, first: bool) -> bool:
    """A problem with the goods the customer received (seed 003 §售后; 001 keeps 物流延迟 and the like
    apart, with their own 致歉 → 原因 → 方案): a sentence with the pack's after-sales words
    (坏了/漏水/少件 …) that is neither a hypothetical (万一坏了) nor only a question (会起球吗), or a
    sentence the tagger reads as a ``problem`` in a turn that speaks of the goods received
    (``words.goods_received``: 刚收到 / 用了两次) or asks how it will be handled
    (``words.asks_handling``: 怎么处理 / 麻烦看一下).  A price drop (降价了，能补差价吗) or a late
    parcel is answered, not handled as an after-sales case."""
    ss = chat.sentences.get(i, ())
    lab = chat.labels[i]
    if not ss:
        return "aftersales" in lab and "hypothetical" not in lab
    # 没收到货 / 还没到货 speaks of goods NOT received (a delivery question, 001 §物流: the pack's ``not_received``)
    if "lost_parcel" in lab and "hypothetical" not in lab:
        return True  # 物流写着签收了, 人却没见到货: a lost parcel is a case (the goods never came, so no goods_received)
    goods = _goods_named(chat, i)
    # (only a sentence that may report is read through the rulings out: ``_may_report``; most customer sentences name no
    # after-sales word, no fault asked and no problem of goods received, and every ruling out costs readings of their own)
    return any(_may_report(chat, i, s, goods) and _sentence_reports(chat, i, ss, s, goods) for s in ss)


def reports_reference(chat, i: int) -> bool:
    """``reports`` with every sentence read through the rulings out (no ``_may_report`` gate), not remembered: the
    reference the gate must agree with (tests/audit/test_speed_au45.py)."""
    if service_booked(chat, i) or _picks_remedy(chat, i) or service_asked(chat, i) or _buys_after(chat, i) or still_asking(chat, i, _reports):
        return False
    if _taken_as_case(chat, i):
        return True
    ss = chat.sentences.get(i, ())
    lab = chat.labels[i]
    if not ss:
        return "aftersales" in lab and "hypothetical" not in lab
    if "lost_parcel" in lab and "hypothetical" not in lab:
        return True
    goods = _goods_named(chat, i)
    return any(_sentence_reports(chat, i, ss, s, goods) for s in ss)


def _taken_as_case(chat, i: int) -> bool:
    """Customer turn ``i``, the customer's first need, tells a trouble (a sentence the tagger reads as a ``problem``, however
    unsure, that asks nothing and supposes nothing: 手镯改好尺寸寄回来，戴着总觉得别扭 / 锅底起了几块褐色的斑) and the agent's
    very next turn offers a return, a refund or an exchange outright (the pack's ``return_offer_forms``: 点申请退款就行), or one
    of its next replies finds the goods at fault (``_fault_found``: 属于机器故障; stop 58): the reply takes the trouble for a case of goods the shop sold, so the case is read in seed 003's order (查明原因 → 道歉 →
    安抚 → 方案), whatever words the trouble was told in — the remedy offered before anything was asked is the fault (stop 56).
    Not a no-reason return of the customer's taste (the pack's ``changed_mind_forms``), a remedy the customer asked for (the
    pack's ``remedy_wanted_forms``: 想换大一号, or an order matter, ``words.order_service``), the customer's own slip they are sorry
    for (``words.customer_apology``: 不好意思，我点错了), a turn that asks (but whether it is normal, ``words.asks_normal``), nor a
    thing named as not the shop's, nor the customer's reply to the agent's question back."""
    if i > chat.first_need or i + 1 >= len(chat.messages) or chat.messages[i + 1].role != "agent":
        return False
    offer = chat.patterns("return_offer_forms")
    if (offer is None or not offer.search(compact(chat.messages[i + 1].text))) and not _fault_found(chat, i):
        return False
    said, lab, ss = compact(chat.messages[i].text), chat.labels[i], chat.sentences.get(i, ())
    if chat.words_re("changed_mind_forms").search(said) or chat.words_re("remedy_wanted_forms").search(said) or (
            chat.own_thing or lab & {"bought_elsewhere", "asks_price", "order_service", "customer_apology"}):
        return False
    if "asks_normal" not in lab and any("question" in s.acts or is_question_text(s.text) for s in ss):
        return False
    if i > 0 and chat.messages[i - 1].role == "agent" and turn_asks_back(chat, i - 1):
        return False  # (请问换多大的 → 上面写着呢，39: what the agent asked, told back, no trouble)
    return any("problem" in s.acts and not is_question_text(s.text) and not chat.data_only(s.text) and not any(
        "hypothetical" in lab for lab in _supposed(chat, _CLAUSE.findall(s.text) or [s.text])) for s in ss)


def _fault_found(chat, i: int) -> bool:
    """(stop 58) An agent turn among the next ``SERVICE_REPLIES`` after customer turn ``i`` finds the goods at fault (the
    pack's ``fault_found_forms``: 属于机器故障 / 是产品本身的质量问题), in a sentence that supposes nothing: the agent takes
    the trouble for a fault of goods the shop sold, whatever words it was told in (seed 003 §售后: the case is read in its
    order, 查明原因 → 道歉 → 安抚 → 方案)."""
    forms = chat.patterns("fault_found_forms")
    return forms is not None and any(
        forms.search(compact(s.text)) and "hypothetical" not in chat.text_labels(s.text)
        for j in chat.replies_after(i, SERVICE_REPLIES) for s in chat.sentences.get(j, ()))


def _buys_after(chat, i: int) -> bool:
    """Customer turn ``i`` tells a trouble naming nothing of this shop — no goods received, handling or order matter
    (``words.goods_received`` / ``asks_handling`` / ``order_service``), no goods bought here (``bought_here_forms``), no work of
    the shop (``shop_work``) — and a later customer turn places an order now (the pack's ``buy_now_forms``: 那行，我拍一个吧):
    the trouble (遥控器按键不灵了) was of the customer's own thing and why they buy, not goods of the shop found faulty (seed 003
    §售后 is for goods sold; stop 56).  (Read on the turns after ``i``: never remembered with the turn.)"""
    buy, lab = chat.patterns("buy_now_forms"), chat.labels[i]
    if buy is None or lab & {"asks_handling", "order_service"} or shop_work(chat, i, recent=False) or (
            "goods_received" in lab and not owned_for_years(chat, i)):
        return False  # (a thing owned for years, 用了好些年的晾衣杆, is the customer's own: ``services.owned_for_years``)
    if bought_here(chat, i):
        return False
    # (read sentence by sentence: 好滴 那我拍了 谢谢亲 拜拜 — the purchase ends its sentence, not the message; stop 57)
    return any(m.role == "customer" and any(buy.search(compact(s.text)) for s in chat.sentences.get(k, ()) or [m])
               for k, m in enumerate(chat.messages[i + 1:], i + 1))


def _goods_named(chat, i: int) -> bool:
    """Customer turn ``i`` speaks of goods received, asks how a trouble will be handled (``words.goods_received`` /
    ``asks_handling``) or tells recent work of the shop (``shop_work``), and not of goods not received (the pack's
    ``not_received``): what ``_reports`` and its reference read a problem act against."""
    lab, text = chat.labels[i], compact(chat.messages[i].text)
    care = chat.words_re("care_asked_forms")
    if "asks_handling" in lab and care.search(text) and "asks_handling" not in chat.text_labels(care.sub("，", text)):
        lab = lab - {"asks_handling"}  # (麻烦多帮我看看细节: care asked for the making, no handling of a trouble; stop 62, c62)
    if "goods_received" in lab and "asks_handling" not in lab and not shop_work(chat, i) and asks_if_can_only(chat, i):
        return False  # 想换成你们的锂电池，能直接装上吗: whether it can be fitted asked, no goods in hand (stop 61, pool61)
    return (bool(lab & {"goods_received", "asks_handling"}) or shop_work(chat, i)) and not chat.words_re(
        "not_received").search(text)


def _may_report(chat, i: int, s, goods: bool) -> bool:
    """A necessary condition of ``_sentence_reports``: every way sentence ``s`` reports needs a problem or anger the tagger
    read in a turn naming goods received or handling (``goods``), a clause with the pack's after-sales words, or a fault asked
    (``_trouble_asked``); a sentence with none of them reports nothing, whatever the rulings out say."""
    if goods and ("problem" in s.acts or "complaint" in s.acts):
        return True
    labels, texts = chat.text_labels, _CLAUSE.findall(s.text) or [s.text]
    return any("aftersales" in labels(c) for c in texts) or _trouble_asked(chat, i, s) or bool(
        chat.words_re("service_missed_forms").search(compact(s.text))) or (  # (a service not rendered: stop 49)
        any("aftersales" in lab for lab in _fault_clauses(chat, i, texts, None)))


def _sentence_reports(chat, i: int, ss, s, goods: bool) -> bool:
    """Sentence ``s`` of customer turn ``i`` (sentences ``ss``) reports a problem with the goods received (``reports``)."""
    lab = chat.labels[i]
    if chat.data_only(s.text):
        return False  # an order card ([订单编号:…，订单金额:…]) reports nothing
    if praise_only(chat, s) or resolved(chat, s):
        return False  # 用了两天，比原来那个强多了，点赞: praise the model reads as a problem reports nothing; nor a trouble gone
    if suggests(chat, s):
        return False  # 上次的外箱破了，下次包严实点: a past fault as the ground of a suggestion (thanks, not a case)
    if _earlier_purchase(chat, i, ss, s) or _not_the_goods_fault(chat, i, ss, s):
        return False  # 会不会寄碎啊，上次买的碎了: a fault of a purchase before, the ground of a question about this one
    if _unused(chat, i):
        return False  # 我车电瓶亏电打不着了，搭电宝买了还没用过 | 怎么接: the goods not tried yet, the trouble is what they are for
    if asks_use_only(chat, i):
        return False  # 昨天收到的监视器，怎么配对？说明书看半天没弄懂: how to work goods received asked, no defect (stop 62)
    if _before_sale(chat, i, s):
        return False  # 领的满减券下单时用不了: a coupon that will not apply, a pre-sales matter of price, no goods faulty
    if chat.words_re("changed_mind_forms").search(compact(chat.messages[i].text)):
        return False  # 颜色跟图片有点差别，不太喜欢，能退吗: a no-reason return of the customer's taste (stop 49), no goods faulty
    if is_question_text(s.text) and chat.words_re("first_use_forms").search(compact(s.text)):
        return False  # 砂锅头一回用需要怎么处理: how to ready goods not yet used, a question of use (stop 56)
    if (cut := chat.words_re("call_cut_forms")).search(s.text) and "aftersales" not in chat.text_labels(cut.sub("", s.text)):
        return False  # 刚才电话打到一半断了: the customer's call cut off, no goods faulty (stop 63, fresh47)
    if asks_progress_only(chat, s):
        return False  # 昨天拍的签证照，想问下修好了没有: whether the work is done yet asked, no fault told (stop 61, c61)
    if _trouble_asked(chat, i, s):
        return True  # 你们这台加湿器怎么回事: the goods pointed at and what is wrong with them asked, a fault told as a question
    if chat.words_re("service_missed_forms").search(compact(s.text)) and not is_question_text(s.text):
        return True  # 这周两节课老师都没上线: a service bought and not rendered, told as done (stop 49), a case to handle
    acts = set(s.acts)
    slabels = chat.text_labels(s.text)
    # clause by clause: 收到就坏了，如果修不好的话能退吗 reports (the 如果 is in another clause); 洗了会掉色吗 does not
    texts = _CLAUSE.findall(s.text) or [s.text]
    clauses = _fault_clauses(chat, i, texts, _supposed(chat, texts))
    real = [lab for lab in clauses if "hypothetical" not in lab]
    # the defect word in a clause that is itself a question (亲，这款会缩水吗) asks about it, it reports nothing
    told = [lab for c, lab in zip(texts, clauses) if "hypothetical" not in lab and "aftersales" in lab
            and not ("problem" not in acts and is_question_text(c))
            and (goods or chat.sure(s, "problem") or defect(chat, c))]
    if told and ("problem" in acts or "question" not in acts or len(clauses) > 1) and not (
            not goods and not chat.sure(s, "problem") and (_asks_elsewhere(ss, s) or _requests_beside(chat, s, texts))):
        return True
    # (叫我怎么办 asks for handling, but with no goods received named, a turn about the order or the delivery, 说好两天
    # 发货… | 搬家车都订了, tells what the delay costs, not a fault of the goods)
    if "receipt_only" in slabels:
        return False  # 已经收到货了: the tagger's problem or anger read into a sentence that only says the goods came
    # (充一回只撑两天，正常吗: the customer asks whether it is normal, the pack's ``asks_normal``; with no defect named, a question of
    # use the answer settles, not a fault told)
    if goods and "problem" in acts and len(real) == len(clauses) and not _about_service(chat, s.text) and not (
            only_asks(chat, i, ss)) and not _praises(chat, i, ss) and "asks_normal" not in lab and not (
            "goods_received" not in lab and _about_service(chat, chat.messages[i].text)):
        return True
    if goods and chat.sure(s, "complaint") and len(real) == len(clauses) and not _about_service(
            chat, chat.messages[i].text):
        # 洗衣机才装好三天，甩干就咣咣响，真是失望透了: anger at goods received is a fault told in anger (the model reads
        # the defect as neither problem nor after-sales word, the anger it is sure of), not a delivery or service matter
        return True
    return False


def _fault_clauses(chat, i: int, texts: list[str], labels: list | None) -> list[frozenset[str]]:
    """The labels of customer turn ``i``'s clauses ``texts`` (``labels``, or none), with ``aftersales`` for the wrong goods
    come (``wrong_goods``; stop 65) and for a trouble come back (the pack's ``trouble_back_forms``: 今天又堵了) when the turn
    tells the shop's work before it (``shop_work``: 昨天师傅来疏通过): the shop's work found faulty, told in words of no defect
    list (003 §售后; stop 59, c59)."""
    labels = wrong_goods(chat, texts, labels if labels is not None else [frozenset()] * len(texts))
    back = chat.words_re("trouble_back_forms")
    hit = [back.search(compact(c)) is not None for c in texts]
    if not any(hit) or not shop_work(chat, i):
        return labels
    return [lab | {"aftersales"} if h else lab for h, lab in zip(hit, labels)]


def _supposed(chat, texts: list[str]) -> list[frozenset[str]]:
    """The labels of a sentence's clauses ``texts``, with ``hypothetical`` from the first clause telling what others said on
    (the pack's ``hearsay_forms``: 我朋友说这种被子死沉，还老结块 — the second clause goes on with what the friend told): a trouble
    heard of, no fault of goods received (seed 003 §售后; stop 56); and with ``hypothetical`` for a clause opening on a worry
    (the pack's ``feared_trouble_forms``: 怕推不进去 / 担心装不下): a trouble feared before buying, none met (stop 61, pool61)."""
    heard, worry = chat.words_re("hearsay_forms"), chat.words_re("feared_trouble_forms")
    at = next((k for k, c in enumerate(texts) if heard.search(compact(c))), len(texts))
    return [chat.text_labels(c) | ({"hypothetical"} if k >= at or worry.search(compact(c)) else frozenset())
            for k, c in enumerate(texts)]


def _trouble_asked(chat, i: int, s) -> bool:
    """Sentence ``s`` of customer turn ``i`` asks what is wrong with the goods it points at (the pack's
    ``trouble_question_forms``: 你们这台加湿器怎么回事 / 这耳机咋回事 / 你家这个锅是怎么搞的): a problem report put as a question
    (stop 42, c42d; seed 003 §售后), not a question before buying.  Only in the customer's first need — no earlier customer turn
    asks, requests or tells a problem (a greeting or 在吗 before it is fine; asked later, 这X怎么回事 may be about what the agent
    just said) — in a clause that supposes nothing (``hypothetical``) and names no order or parcel matter (``order_service``:
    001 keeps those apart); a price or coupon (这张券怎么回事) is ruled out by the caller (``_before_sale``)."""
    pats = chat.patterns("trouble_question_forms")
    if pats is None or not any(pats.search(compact(c)) and not chat.text_labels(c) & {"hypothetical", "order_service"}
                               for c in (_CLAUSE.findall(s.text) or [s.text])):
        return False
    return i <= chat.first_need


def defect(chat, text: str) -> bool:
    """``text`` names a defect of the goods: a word of the pack's after-sales list or forms outside a difficulty of use (the
    pack's ``use_difficulty_forms``: 扣不上 / 塞不进去 / 连不上 say how the goods are worked, which advice may cure; with no
    goods received named, or advice that worked, they report no fault — seed 003 §售后 is for goods found faulty) and
    outside a person's own disposition (the pack's ``disposition_forms``: 家里老人对花粉过敏 / 孩子是过敏体质 tell who the goods are
    for, no fault of any goods; c42)."""
    if "aftersales" not in chat.text_labels(text):
        return False
    c = compact(text)
    for name in ("use_difficulty_forms", "disposition_forms"):
        forms = chat.patterns(name)
        if forms is not None and forms.search(c):
            c = forms.sub("，", c)
            if "aftersales" not in chat.text_labels(c):
                return False
    return True


def _earlier_purchase(chat, i: int, ss, s) -> bool:
    """Sentence ``s`` tells a fault of a purchase before this one (the pack's ``words.past_purchase``: 上次买的 / 之前在别家买的),
    beside another sentence that asks, or a fault of the customer's own thing while the turn asks which goods to choose
    (``words.asks_which``: 电瓶没电了，换哪个型号), in a turn ``i`` that names no goods of this order received (``words.goods_received``) nor
    asks how it will be handled: the fault is why the customer asks before buying, not an after-sales case (seed 003 §售后)."""
    if "bought_elsewhere" in chat.text_labels(s.text):
        return True  # (前阵子在别处买过一个，掉漆厉害: goods of another shop, the ground of asking about this one; c42; also when
        # the customer tells they used them, 之前在别家买的…用了不到一个月就发黄: stop 50)
    if chat.labels[i] & {"goods_received", "asks_handling"}:
        return False
    if any("asks_which" in chat.text_labels(o.text) for o in ss):
        return True  # (旧手机充不进电了，你们推荐哪款: asked in the same sentence or the next)
    return "past_purchase" in chat.text_labels(s.text) and any(o is not s and "question" in o.acts for o in ss)


def _not_the_goods_fault(chat, i: int, ss, s) -> bool:
    """Sentence ``s`` tells damage of the customer's own doing (the pack's ``words.own_damage``: 不小心碰掉了 / 被猫抓破了; not on the
    way, ``words.in_transit``, nor as the goods came), or a
    fault beside a sentence asking what a repair or a part costs or to buy one (``words.asks_price``: 换块外壳多少钱 / 能单独买吗)
    in a turn ``i`` that names no goods of this order received, no handling and no return or refund (``words.order_service``):
    the goods are not found faulty, the customer buys a service or a part (003 §售后 查明原因 → 道歉 is for goods found faulty)."""
    said = chat.text_labels(s.text)
    if "own_damage" in said and not said & {"in_transit", "goods_received", "order_service"}:
        return True  # (运输中摔坏了 / 收到就摔裂了 / 快递摔坏了: damaged before it came, the shop's case)
    if chat.labels[i] & {"goods_received", "asks_handling", "order_service"}:
        return False
    return any("asks_price" in chat.text_labels(o.text) for o in ss)


@per_turn
def _unused(chat, i: int) -> bool:
    """Customer turn ``i`` says in a clause of its own that the goods are not used yet (the pack's ``unused_forms``: 搭电宝买了还
    没用过 / 还没拆封), that clause naming no defect, and a sentence of the turn asks (act ``question``: 怎么接), in a turn that names
    no goods received and asks no handling (``words.goods_received`` / ``asks_handling``) nor asks how to get a remedy
    (the pack's ``how_to_use_forms``: 怎么接, not 怎么换): the trouble told beside it is of the
    customer's own thing, the one the goods were bought for, and the question is how to use them — no goods found faulty
    (seed 003 §售后; c43).  还没用就坏了 tells the defect in the same clause: a fault of the goods."""
    forms = chat.patterns("unused_forms")
    if forms is None or chat.labels[i] & {"goods_received", "asks_handling"}:
        return False
    ss = chat.sentences.get(i, ())
    clauses = [c for o in ss for c in _CLAUSE.findall(o.text) if compact(c)]
    unused = [c for c in clauses if forms.search(compact(c))]
    if not unused or any("aftersales" in chat.text_labels(c) for c in unused):
        return False
    how = chat.words_re("how_to_use_forms")
    return any("question" in o.acts and how.search(compact(o.text)) for o in ss)



def _picks_remedy(chat, i: int) -> bool:
    """Customer turn ``i`` names a remedy (the pack's ``words.as_solution``: 补发新的吧 / 那就换一个) right after an agent turn
    that offered remedies and asked which (a solution act or words, and a question back: 您更倾向哪种？): the customer picks
    one, and what they say of the goods beside it (这台裂的我不想用了) goes on about the case being handled, no new report
    (stop 50; seed 003 §售后)."""
    if "as_solution" not in chat.labels[i] or i == 0:
        return False
    j = i - 1
    if chat.messages[j].role != "agent":
        return False
    ss = chat.sentences.get(j, ())
    offered = "as_solution" in chat.labels[j] or any("solution" in s.acts for s in ss)
    return offered and is_question_text(chat.messages[j].text)


def _before_sale(chat, i: int, s) -> bool:
    """Sentence ``s`` speaks of a coupon or discount (the pack's ``price_tool_words``: 券 / 满减) or of the shop's page that will not
    let a choice be made (``listing_trouble_forms``: 页面上显示灰掉了; stop 66) in a turn ``i`` naming no goods received: what will not
    work is the price or the listing before the sale, a pre-sales matter answered by explaining it, not goods found faulty (seed 003
    §售后 is for goods; stop 39); so is a sum the price comes short by (``money_gap_forms``: 少了20块), told of no refund nor order;
    and, goods received or not, the price dropped after the purchase (``price_drop_forms``: 前天59，今天变49了) with no defect (53)."""
    if _price_dropped(chat, i):
        return True
    if "goods_received" in chat.labels[i]:
        return False
    c, tool = compact(s.text), chat.words_re("price_tool_words")
    if tool.search(c) or chat.words_re("listing_trouble_forms").search(c):
        return True
    # (领了满300减40的券 | 下单的时候怎么用不了; or the agent's reply just before, 这张是指定商品券… → 领了又不能用: stop 46/55)
    near = (i, i - 1) if i > 0 and chat.messages[i - 1].role == "agent" else (i,)
    if chat.words_re("unusable_forms").search(c) and any(tool.search(compact(chat.messages[k].text)) for k in near):
        return True
    # (少了20块，算了: the money a discount comes short by, told of no refund nor order, ``words.order_service``)
    return bool(chat.words_re("money_gap_forms").search(c)) and "order_service" not in chat.text_labels(s.text)


@per_turn
def _price_dropped(chat, i: int) -> bool:
    """Customer turn ``i`` tells the price dropped after the purchase (the pack's ``price_drop_forms``) and names no defect in any
    clause (``defect``): read once per turn, whichever of its sentences ``_before_sale`` is asked about (stop 53)."""
    said = chat.messages[i].text
    return bool(chat.words_re("price_drop_forms").search(compact(said))) and not any(
        defect(chat, cl) for cl in (_CLAUSE.findall(said) or [said]))


def _praises(chat, i: int, ss) -> bool:
    """Turn ``i`` judges the goods good (the pack's ``words.goods_praised``: 用着挺顺手 / 还想再买) and names no defect, asks no
    handling and tells no anger the tagger is sure of: its telling of the use (穿了一周) the model reads as a problem reports
    no case."""
    if "goods_praised" not in chat.labels[i] or "asks_handling" in chat.labels[i]:
        return False
    return not any(defect(chat, c) or chat.sure(o, "complaint") for o in ss for c in (_CLAUSE.findall(o.text) or [o.text]))


def _asks_elsewhere(ss, s) -> bool:
    """Another sentence of the turn asks (act ``question``): with it, a defect the tagger is not sure is a
    problem report, in a turn that does not speak of goods received, is the reason for the question
    (家里那个旧的坏了，配件能单独买吗: a pre-sales question), not an after-sales case."""
    return any(o is not s and "question" in o.acts for o in ss)


def _requests_beside(chat, s, texts: list[str]) -> bool:
    """Sentence ``s`` asks for a visit to look at the trouble (the tagger's ``request``, however unsure, and a clause of its own in
    the pack's ``visit_forms``: 我家顶楼天花板漏水，想约个师傅上门看看): as with a question in another sentence
    (``_asks_elsewhere``), a defect the tagger is not sure is a problem report, in a turn that names no goods received, is the
    reason for booking the service, not goods found faulty (seed 003 §售后; c43).  ``texts``: the sentence's clauses; the asking
    one names no after-sales words.  A remedy asked for (给我退款 / 上门修一下) is no visit to look: the report stands."""
    visit = chat.patterns("visit_forms")
    return visit is not None and "request" in s.acts and any(
        visit.search(compact(c)) and "aftersales" not in chat.text_labels(c) for c in texts)


def _about_service(chat, text: str) -> bool:
    """A problem with the order or the delivery rather than the goods (the pack's ``words.order_service``:
    快递 / 发票 / 地址 / 退款 …): 003 §售后 is for goods found faulty; 001 answers the others with their own steps.  A clause
    that only gives the order's number (订单号 JD3062215897, ``Chat.data_only``) beside the goods received (the pack's
    ``words.goods_received``: 收到的壳子印得糊糊的) tells no such problem; beside goods not come (鼠标还没到) it is what makes
    the turn a delivery matter (stop 61, c61)."""
    if "order_service" not in chat.text_labels(text):
        return False
    kept = "，".join(c for c in _CLAUSE.findall(text) if not chat.data_only(c))
    return not chat.text_labels(kept) & {"goods_received"} or "order_service" in chat.text_labels(kept)
