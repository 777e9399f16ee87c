"""Complaints need an apology or empathy (seeds 001, 003, 004: 先道歉、安抚情绪; 001 §物流延迟: 客户询问时主动致歉)."""

from __future__ import annotations

from zhijian.acts.sentences import is_question_compact
from zhijian.audit.checks import check
from zhijian.audit.grievance import vents_at_nothing
from zhijian.audit.memo import per_turn
from zhijian.audit.needs import praises_service
from zhijian.audit.quoted import quoted_only
from zhijian.audit.settle import CLAUSE as _CLAUSE, compact  # (cached: the same sentences come back)
from zhijian.audit.turns import resolved


@per_turn
def _complains(chat, i: int) -> bool:
    """The customer complains: act ``complaint`` at the pack's confidence (or ``words.complaint``), a reproach
    in one of the pack's ``complaint_forms`` (连个电话都不打) or, after a fault told, ``admonition_forms``, or states a problem (act ``problem``) as a
    promise broken or a wait that went on (``words.service_failure``: 说好的次日达…还没到 / 拖这么久 / 没人管;
    ``waited_forms``: 付款三天了还没发) — a complaint without 投诉."""
    if chat.customer_says(i, "complaint", "complaint") and not _misread_only(chat, i) and not _supposed(chat, i) and not (
            _vents_elsewhere(chat, i)) and not (
            quoted_only(chat, i, "complaint", "complaint")):  # (我要来“投诉”一下: the word in quotes, in play; stop 50)
        return not _denied(chat, i)
    forms, waited, effort = (chat.patterns(k) for k in ("complaint_forms", "waited_forms", "effort_forms"))
    against = chat.patterns("told_against_forms")
    if against is not None and against.search(compact(chat.messages[i].text)):
        return True  # (页面写的包邮，结账怎么还收运费: what was shown against what came, across sentences; stop 52)
    admonition = chat.words_re("admonition_forms")
    for k, s in enumerate(chat.sentences.get(i, ())):
        c = compact(s.text)
        if forms is not None and forms.search(c) and not _aimed_elsewhere(chat, i, s):
            return True
        if admonition.search(c) and _fault_told(chat, i, k):
            return True  # (下次注意点 after the parcel came broken: an admonition; after advice, the customer's own resolve)
        # (找了半天都没找到: the customer's own effort, ``effort_forms``, is no wait on the shop)
        w = effort.sub("", c) if effort is not None else c
        if "problem" in s.acts and (_failure_told(chat, s.text) or (waited is not None and waited.search(w))) and not (
                _asks_when_only(chat, c)):
            return True
    return False


def _asks_when_only(chat, c: str) -> bool:
    """Compact customer sentence ``c`` asks when something promised comes (the pack's ``when_question``: 答应的返现一般几天到账)
    and tells no delay going on (the pack's ``still_waiting_forms``: 还没 / 到现在): an inquiry about the promise, not a
    promise broken (stop 52)."""
    still = chat.patterns("still_waiting_forms")
    return bool(chat.words_re("when_question").search(c)) and not (still is not None and still.search(c))


def _failure_told(chat, text: str) -> bool:
    """Customer sentence ``text`` tells a failure of the service (``words.service_failure``: 说好的…还没到 / 拖这么久 / 没人管)
    beyond a thing that keeps not happening said plainly (the pack's ``plain_wait_forms``: 物流一直没更新 / 发票一直没收到 /
    一直没发货是怎么回事): asked about without anger it is an inquiry into the delay, whose steps are after-sales' (001
    §物流延迟), no complaint owed an apology (stop 48: twelve read chats by several writers, none labelled so)."""
    if "service_failure" not in chat.text_labels(text):
        return False
    plain = chat.words_re("plain_wait_forms")
    return not plain.search(text) or "service_failure" in chat.text_labels(plain.sub("，", text))


def _vents_elsewhere(chat, i: int) -> bool:
    """Every sentence of customer turn ``i`` that reads as a complaint (the pack's complaint words, or the model sure of
    it) vents at nothing of the shop's (``_aimed_elsewhere``)."""
    said = [s for s in chat.sentences.get(i, ()) if "complaint" in chat.text_labels(s.text) or chat.sure(s, "complaint")]
    return bool(said) and all(_aimed_elsewhere(chat, i, s) for s in said)


def _aimed_elsewhere(chat, i: int, s) -> bool:
    """Customer sentence ``s`` (of turn ``i``) vents at nothing of the shop's: it laughs (the pack's ``laugh_forms``: 哈哈气死我了
    / 笑死 / 😂), owns the slip (``self_blame_forms``: 我真是服了自己), grumbles about the customer's own day or marvels at the price
    (``outside_grievance_forms``: 天气预报又改了 / 堵车 / 这价格也太狠了), or, in a turn that asks before any goods came, tells a
    bodily worry (``body_worry_forms``: 背久了肩膀受不了) — and names neither the shop (``shop_referent_forms``: 你们 / 客服 /
    快递) nor a fault of goods or service (words ``aftersales`` / ``service_failure``).  Anger at the service (004 客户抱怨)
    is owed an apology; a laugh at one's own slip or a grumble at the weather is not (stop 46, pool46)."""
    c = compact(s.text)
    labels = chat.text_labels(s.text)
    bare = chat.words_re("hello_head_forms").sub("", c)  # (你好，… greets: no 你 pointed at the shop)
    if chat.words_re("shop_referent_forms").search(bare) or (labels & {"aftersales", "service_failure"}
                                                         and "own_damage" not in labels):
        return False
    if vents_at_nothing(chat, s) or "own_damage" in chat.text_labels(s.text):
        return True  # (or at the customer's own household: 我老公又把钱包弄丢了，气死我了; stop 63)
    return bool(chat.words_re("body_worry_forms").search(c)) and "goods_received" not in chat.labels[i] and any(
        "question" in o.acts for o in chat.sentences.get(i, ()))


def _fault_told(chat, i: int, k: int) -> bool:
    """Before sentence ``k`` of customer turn ``i`` the customer told of a fault: a sentence read as a problem or a
    complaint, in that turn or an earlier one, or the turn opens the chat (the pack's ``admonition_forms``, 以后小心点,
    admonish only after a fault; said to the agent's advice, with no fault told, they are the customer's own resolve)."""
    if not any(m.role == "agent" for j, m in chat.turns if j < i):
        return True
    for j, m in chat.turns:
        if j > i:
            break
        if m.role == "customer":
            ss = chat.sentences.get(j, ())
            if any({"problem", "complaint"} & set(s.acts) for s in (ss[:k] if j == i else ss)):
                return True
    return False


def _misread_only(chat, i: int) -> bool:
    """The turn's complaint is only the model's reading of something else: none of the pack's complaint words in the turn,
    and every sentence the model is sure complains is one of the same ``_MISREADINGS`` — relief that the problem went away,
    a wish aimed at the shop, a fault told fondly, or praise of the shop or its service."""
    if "complaint" in chat.labels[i]:
        return False
    sure = [s for s in chat.sentences.get(i, ()) if chat.sure(s, "complaint")]
    return bool(sure) and any(all(read(chat, s) for s in sure) for read in _MISREADINGS)


def _wishes(chat, s) -> bool:
    """(stop 35, t12ag) A wish aimed at the shop (``words.customer_suggestion``: 你们详情页要是能放张图就清楚多了 / 如果店里多配
    个挂钩就好了) — seed 004 客户提出建议时应感谢并记录: thanks are owed, not an apology (``suggestion_unacknowledged``)."""
    return "customer_suggestion" in chat.text_labels(s.text)


def _fond(chat, s) -> bool:
    """(stop 36, c36) A fault told fondly: the customer likes the goods (the pack's ``words.goods_praised`` outside its
    ``denied_praise_forms``: 我很喜欢这个油壶的造型，就是壶嘴下面会渗油) — an after-sales case (seed 003 §售后,
    ``aftersales_flow`` reads it), not anger at the shop (004 客户抱怨)."""
    return "goods_praised" in chat.text_labels(chat.words_re("denied_praise_forms").sub("，", compact(s.text)))


def _praises(chat, s) -> bool:
    """(stop 62, c62) Praise of the shop or its service (the pack's ``words.customer_thanks`` / ``service_praise_forms``:
    太好了，省了几十块，你们真实在) telling no problem, naming no trouble (defect, handling or service-failure words) and no
    scorn (``sarcasm_words``: 呵呵，今天倒是回得挺快)."""
    labels = chat.text_labels(s.text)
    thanks = "customer_thanks" in labels and not chat.words_re("sarcasm_words").search(compact(s.text))
    return (thanks or praises_service(chat, s.text)) and "problem" not in s.acts and not (
        labels & {"aftersales", "asks_handling", "service_failure"})


def _orders(chat, s) -> bool:
    """(stop 67, pool67) A quantity ordered, the whole sentence (the pack's ``quantity_order_forms``: 我要五包 / 来两盒吧): a
    request, no anger at the shop."""
    return bool(chat.words_re("quantity_order_forms").search(compact(s.text)))


def _purpose(chat, s) -> bool:
    """(stop 69, c69) The use the customer buys for, the whole sentence (the pack's ``purpose_forms``: 我要做牛皮的卡包 / 打算织一条
    围巾), naming no trouble (defect, handling or service-failure words): a purpose told before asking, no anger at the shop."""
    return bool(chat.words_re("purpose_forms").search(compact(s.text))) and not (
        chat.text_labels(s.text) & {"aftersales", "asks_handling", "service_failure"})


# what the model's sure complaint may be instead, each read on every such sentence of a turn (``_misread_only``): relief that
# the problem went away (搞定了！！ / 终于好了！: ``turns.resolved``), a wish, a fault told fondly, praise, a quantity ordered,
# a purpose told
_MISREADINGS = (resolved, _wishes, _fond, _praises, _orders, _purpose)


def _supposed(chat, i: int) -> bool:
    """The turn's complaint is only a complaint word in a clause that supposes (the pack's ``hypothetical`` words: 隔壁会不会投诉 /
    万一差评了): no sentence the model is sure complains, and every clause with the pack's complaint words supposes; what might
    happen is asked about, nobody complains."""
    if any(chat.sure(s, "complaint") and "hypothetical" not in chat.text_labels(s.text) for s in chat.sentences.get(i, ())):
        return False  # (the 投诉 cue is sure of the word, not of a complaint: 会不会被投诉 supposes)
    clauses = [c for s in chat.sentences.get(i, ()) for c in (_CLAUSE.findall(s.text) or [s.text])]
    told = [chat.text_labels(c) for c in clauses if "complaint" in chat.text_labels(c)]
    if told:
        return all("hypothetical" in lab for lab in told)
    # (stop 49) no complaint word at all, and every sentence the model is sure complains supposes and asks (冬天手指干会不会刷不
    # 出来): a worry put as a question before buying, nobody complains
    sure = [s for s in chat.sentences.get(i, ()) if chat.sure(s, "complaint")]
    return bool(sure) and all(is_question_compact(compact(s.text)) for s in sure)


def _denied(chat, i: int) -> bool:
    """The turn's complaint is only a complaint word that complains of nothing (the pack's ``not_let_down_forms``: disappointment
    denied, 你们家从没让我失望过, or the shop's page of reviews, 差评管理):
    without those stretches none of the pack's complaint words is left, and every sentence read as a complaint holds
    one of them."""
    text, denied = compact(chat.messages[i].text), chat.words_re("not_let_down_forms")
    if not denied.search(text) or "complaint" in chat.text_labels(denied.sub("，", text)):
        return False
    return all(denied.search(compact(s.text)) for s in chat.sentences.get(i, ()) if chat.sure(s, "complaint"))


def _block_before(chat, k: int) -> list[int]:
    """The agent turns before the customer turn ``turns[k]`` since the customer first stated a problem or
    complained (the grievance the customer goes on with: 太劣质了 → 对不起, 是我们没把好关 → … → 不到一个月就坏了，
    忍不了); an apology for the wait at the start of the chat, before any grievance, answers nothing the customer said."""
    out: list[int] = []
    for j, n in chat.turns[:k]:
        if n.role == "agent":
            if out:
                out.append(j)
        elif not out and any({"problem", "complaint"} & set(s.acts) for s in chat.sentences.get(j, ())):
            out.append(-1)  # (a mark: the grievance began here)
    return [j for j in out if j >= 0]


@check("complaint_no_apology")
def complaint_no_apology(chat):
    """The first customer complaint or show of anger with no agent apology or empathy after it (act
    ``empathy`` or ``words.empathy``), nor in the agent's answer right before it: a customer who goes
    on complaining after the apology for what they had reported (添麻烦了，请您多包涵) has had it
    (001: 主动致歉)."""
    for k, (i, m) in enumerate(chat.turns):
        if m.role == "customer" and _complains(chat, i):
            after = [j for j, n in chat.turns[k + 1:] if n.role == "agent"]
            # before the complaint only an apology in so many words counts (the pack's empathy words or the
            # empathy cue: 抱歉 / 给您带来不便), not the model's reading of a friendly sentence
            before = any((chat.has(j, words=("empathy",)) or any("agent.empathy" in s.cues for s in chat.sentences.get(j, ())))
                         and not _opener_only(chat, j) for j in _block_before(chat, k))
            if not before and not any(_empathises(chat, j) for j in after):
                yield chat.finding("complaint_no_apology", i)
            return


def _empathises(chat, j: int) -> bool:
    """Agent turn ``j`` apologises or shows empathy: the pack's empathy words, the empathy cue, or the model's reading at the
    pack's ``act_confidence.empathy`` (the model alone, less sure, also reads a plain remedy as empathy: 已为您补发) in a
    sentence that is no condition (``words.hypothetical``: 如果着急的话可以看看别的款 offers another choice on a condition,
    it apologises for nothing; an apology in words, 如果给您带来不便还请见谅, is the empathy words')."""
    if _opener_only(chat, j):
        return False  # (不好意思，麻烦您提供一下订单号: the courtesy of a request for data, no apology for the grievance; stop 50)
    return chat.has(j, words=("empathy",)) or any(
        "agent.empathy" in s.cues or (chat.sure(s, "empathy") and "hypothetical" not in chat.text_labels(s.text)
                                      and not _record_only(chat, s))
        for s in chat.sentences.get(j, ()))


def _record_only(chat, s) -> bool:
    """Agent sentence ``s`` reports a finding read from the records (the pack's ``record_finding_forms``: 查看记录，您的留言是…;
    系统显示…) with none of the pack's empathy words: the model's empathy is its calm wording, no apology (stop 38, c38b)."""
    return bool(chat.words_re("record_finding_forms").search(compact(s.text))) and "empathy" not in chat.text_labels(s.text)


def _opener_only(chat, j: int) -> bool:
    """Agent turn ``j`` says sorry only as the opener of a request for the customer's data (the pack's
    ``request_opener_forms``: 不好意思，麻烦您提供一下订单号): without those clauses no empathy word is left, and every
    sentence the model is sure of as empathy holds such a clause."""
    forms = chat.words_re("request_opener_forms")
    c = compact(chat.messages[j].text)
    if not forms.search(c) or "empathy" in chat.text_labels(forms.sub("，", c)):
        return False
    return all(forms.search(compact(s.text)) for s in chat.sentences.get(j, ()) if chat.sure(s, "empathy"))
