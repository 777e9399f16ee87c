"""Thanks, apologies and suggestions need an answer (seed 004 §服务礼仪: 致谢时回应“不客气”,
致歉时回应“没关系”, 建议时致谢并记录)."""

from __future__ import annotations

import re

from zhijian.acts.cues import _strip_particles, latin_edged, occurs
from zhijian.audit.chat import is_question
from zhijian.audit.checks import check
from zhijian.audit.memo import per_turn
from zhijian.audit.needs import agent_holds, praise_only, praises_service, praises_shop_goods, reads_as_question, tells_shop_to
from zhijian.audit.quoted import quoted_only
from zhijian.audit.settle import CLAUSE, compact  # (cached: the same sentences come back)
from zhijian.audit.suggestion import already_so, notes_other, passes_on_trouble, suggests_in_turn
from zhijian.audit.thanked import NEEDS, courtesy_returned, cue_phrases, meets, met_later
from zhijian.audit.turns import resolved


def _unacknowledged(chat, act: str, label: str, reply_acts: tuple[str, ...], reply: str | tuple[str, ...],
                    category: str, says=None):
    """The first customer turn doing ``act`` (``chat.customer_says``, or ``says(chat, i)`` when given) whose
    answering agent block neither does one of ``reply_acts`` nor uses the pack's ``reply`` words (one list
    or several)."""
    replies = (reply,) if isinstance(reply, str) else reply
    for k, (i, m) in enumerate(chat.turns):
        if m.role != "customer" or not _does(chat, i, act, label, says):
            continue
        if act == "thanks" and _thanks_for_a_check(chat, k):
            continue  # 我帮您核实一下 → 好的辛苦了: thanks for a check under way, answered by its result (followup_missed)
        if act == "suggestion" and already_so(chat, k):
            continue  # 要是能送个收纳袋就好了 → 这款本身就带一个收纳袋: the wish met as things stand (read here, not in the
            # per-turn memo of ``_does``: it reads what comes after the turn)
        block = chat.agent_block_after(k)
        if act == "thanks" and chat.words_re("ironic_thanks_forms").search(compact(m.text)) and any(
                "empathy" in chat.labels.get(j, set()) for j in block):
            continue  # 谢谢你们啊，让我整整等了十天 → 非常抱歉让您等了这么久: thanks in irony (the pack's ``ironic_thanks_forms``),
            # met by the apology owed (stop 67, pool67)
        if any(meets(chat, j, act, reply_acts, replies) and not (
                act == "suggestion" and (passes_on_trouble(chat, j) or notes_other(chat, j, i))) for j in block):
            continue
        if act == "thanks" and (met_later(chat, i, block, replies) or courtesy_returned(chat, k, replies)):
            continue  # 好的谢谢，那运费呢 → 运费我们出 … 不客气: the thanks met once the agent has served what came with it
        yield chat.finding(category, i)
        return


@per_turn
def _does(chat, i: int, act: str, label: str, says) -> bool:
    """Customer turn ``i`` does ``act`` and wants the agent's reply for it (read from the turn alone)."""
    if not (says(chat, i) if says else chat.customer_says(i, act, label)):
        return False
    if act == "apology" and (_polite_opener(chat, i) or _self_correction(chat, i) or _self_blame_only(chat, i)
                             or _reproach_only(chat, i)):
        return False  # 不好意思请问… is a polite opener before a question; 我看错了，是要… a correction
    if act == "thanks" and (_answers_thanks(chat, i) or _resolved_only(chat, i, label) or _trouble_only(chat, i, label)
                            or _order_told_only(chat, i, label) or _code_only(chat, i, label)
                            or _relief_only(chat, i, label) or _want_only(chat, i, label) or _mocks_a_wait(chat, i)):
        return False  # 五星好评，不客气: the customer answers the agent's thanks; 解决了 tells the problem is gone
    if act in ("thanks", "apology") and _courtesy_of_a_need(chat, i, act, label):
        return False  # 帮我查一下，谢谢 / 麻烦帮忙处理一下，很抱歉: the courtesy of a request, answered by serving it
    # 卡片上印“感谢有你”: words to be written for the customer, not said to the agent (also dictated without quotation
    # marks after the agent spoke of the text to put on the goods: 第二行写妈妈辛苦了)
    # (详情页可以加个“尺码对照”的表格: the suggestion worded outside the quotes, ``needs.tells_shop_to``)
    around = (lambda c: tells_shop_to(chat, c)) if act == "suggestion" else None
    return not (quoted_only(chat, i, act, label, around) or _dictated_only(chat, i, act, label))


def _self_blame_only(chat, i: int) -> bool:
    """The turn's apology is only the model's reading of the customer blaming themselves for their own mishap (the pack's
    ``self_blame_words``: 是我自己作，怪不得别人): nothing done to the agent, no 没关系 owed (stop 50)."""
    if "customer_apology" in chat.labels[i]:
        return False
    sure = [s for s in chat.sentences.get(i, ()) if chat.sure(s, "apology")]
    return bool(sure) and all(chat.words_re("self_blame_words").search(compact(s.text)) for s in sure)


def _reproach_only(chat, i: int) -> bool:
    """(stop 53) Every sentence of customer turn ``i`` the tagger reads as an apology, or that holds the pack's apology words, is
    a reproach of the pack's ``complaint_forms`` (意思是怪我没装好？ — the blame turned back, not owned, whatever 怪我 says
    elsewhere): the customer complains (004 客户抱怨: an apology is owed them), no 没关系 is owed."""
    forms = chat.patterns("complaint_forms")
    sure = [s for s in chat.sentences.get(i, ())
            if "apology" in s.acts or "customer_apology" in chat.text_labels(s.text)]
    return forms is not None and bool(sure) and all(forms.search(compact(s.text)) for s in sure)


def _trouble_only(chat, i: int, label: str) -> bool:
    """The turn's thanks are only the model's reading of an apology for the trouble caused (又给你们添了麻烦 / 麻烦您跑一趟，
    不好意思): no thanks word of the pack's ``label`` list in the turn, and every sentence the model reads as thanks is one the
    apology cue decided, with none of the thanks cue's phrases.  The customer apologises (004: 致歉时回应“没关系”)."""
    return _thanks_read_as(chat, i, label, lambda s: "customer.apology" in s.cues)


def _thanks_read_as(chat, i: int, label: str, reading) -> bool:
    """No thanks word of the pack's ``label`` list in customer turn ``i``, and every sentence the model reads as thanks
    has none of the thanks cue's phrases and is ``reading`` (a sentence -> bool): the model's thanks are that reading."""
    if label in chat.labels[i]:
        return False
    thanked = [s for s in chat.sentences.get(i, ()) if "thanks" in s.acts]
    return bool(thanked) and all("customer.thanks" not in s.cues and reading(s) for s in thanked)




def _dictated_only(chat, i: int, act: str, label: str) -> bool:
    """After an agent turn that spoke of the text to put on the goods (the pack's ``text_on_goods``: 刻字 / 贺卡 / 每行), the
    customer's turn does ``act`` only after a layout word (``layout_forms``: 上面… 下面老师辛苦了 / 背面刻谢谢妈妈): the words are dictated for the
    goods, not said to the agent; before it neither the pack's ``label`` words nor the act's cue phrases."""
    on_goods = chat.words_re("text_on_goods")
    if not any(m.role == "agent" and on_goods.search(m.text) for j, m in chat.turns if j < i):
        return False
    text = chat.messages[i].text
    at = chat.words_re("layout_forms").search(text)
    if at is None:
        return False
    head = text[:at.start()]
    if label in chat.text_labels(head) or any(p in compact(head) for p in cue_phrases(act)):
        return False
    return all(s.end > at.start() for s in chat.sentences.get(i, ()) if act in s.acts)


def _thanks_for_a_check(chat, k: int) -> bool:
    """The customer turn ``turns[k]`` asks for nothing and follows an agent block that only said they would check
    (``needs.agent_holds``: 我帮您问一下仓库 / 稍等我核实一下; no answer nor solution in it): its thanks are for the
    check under way, and the agent answers them by coming back with the result (seed 004: 稍等后回复结果).  Not when the
    turn also praises the service (the pack's ``service_praise_forms``: 态度比别家强多了): praise wants thanks back (004:
    客户提出表扬时，应谦虚致谢), whatever the check brings."""
    i = chat.turns[k][0]
    if any(set(s.acts) & NEEDS or reads_as_question(chat, s) for s in chat.sentences.get(i, ())):
        return False
    if chat.words_re("service_praise_forms").search(compact(chat.messages[i].text)):
        return False
    block = []
    for j, n in reversed(chat.turns[:k]):
        if n.role != "agent":
            break
        block.append(j)
    sents = [s for j in block for s in chat.sentences.get(j, ())]
    return (any(agent_holds(chat, s) for s in sents)
            and not any({"answer", "solution"} & set(s.acts) for s in sents))


def _courtesy_of_a_need(chat, i: int, act: str, label: str) -> bool:
    """Every thanks (apology) of the turn is said for a need stated before it in the same turn
    (明天上午送，谢谢 / 帮我查下物流 谢谢 / 麻烦帮忙处理一下 很抱歉): a sentence asking or requesting
    comes earlier, or the sentence itself asks and ends on it (这个能开发票吗麻烦了 / 帮我改下地址真不好意思).
    Thanks said first (好的谢谢，那赠品呢) thank the agent for what came before, and need their answer.  A mistake owned
    (…不能进洗碗机，我的错: the pack's ``owns_mistake_forms``) is an apology of its own, whatever it comes with (stop 63)."""
    if act == "apology" and chat.words_re("owns_mistake_forms").search(compact(chat.messages[i].text)):
        return False
    ss = chat.sentences.get(i, ())
    need = False
    said = False
    handed = False  # details handed over before the thanks (单号12345 谢谢: thanked for in advance)
    acked = False  # (单号12345 好的谢谢: thanks for the answer before, not for the details handed over)
    for s in ss:
        acts = set(s.acts)
        # (praise the model reads as a problem, 拿到了，比图片上还好看，点个赞, asks for nothing; nor does a need the model is
        # unsure of, below the pack's act_confidence, in words that ask nothing: 单号发您了，你们真靠谱，谢谢 thanks; 麻烦备注一下，
        # 谢谢 asks with 麻烦 / 帮我 / 请 …, ``chat.is_question``)
        # (a trouble said gone, 之前的沙沙声全没了，你们师傅真是帮了大忙: thanks for the fix, no need; stop 64)
        wants = (any(chat.sure(s, a) for a in acts & NEEDS) or bool(acts & NEEDS and is_question(chat, s.text))) and not (
            "problem" in acts and resolved(chat, s))
        # (a bare interjection the tagger reads as asking, 天哪，…多亏你提醒: asks for nothing; stop 64, pool64)
        asks = (wants or reads_as_question(chat, s)) and not praise_only(chat, s) and not chat.words_re(
            "interjection_forms").fullmatch(compact(s.text))
        if act not in acts and not chat.text_labels(s.text) & {label}:
            # (请尽快安排 / 帮忙把这单拦住 in a sentence the model is unsure of: the pack's asks_for_forms, the customer asks the
            # agent to act whatever the model's reading; the details handed over for the service,
            # an order number or a card, thanked for in advance: 单号12345 谢谢)
            asks = asks or bool(chat.words_re("asks_for_forms").search(compact(s.text)))
            handed = handed or _details(chat, s.text)
        acked = acked or "customer.ack" in s.cues or _ack_head(chat).match(compact(s.text)) is not None
        if act in acts or chat.text_labels(s.text) & {label}:
            said = True
            # (单号 12345 谢谢 in one sentence: the details before the thanks are handed over too)
            handed = handed or _details_then(chat, s, act)
            tail = _strip_particles(compact(s.text)).endswith(cue_phrases(act))
            # (details handed over, then an apology that tells a slip of the customer's own, the pack's slip_words as in _self_correction:
            # 单号12345。抱歉，门牌号我写错一位 is said in earnest and needs 没关系; 单号12345，这么晚还打扰你 is the courtesy)
            # (…or a lapse of theirs anywhere in the turn, the pack's lapse_words: [图片] 抱歉 那两天人不在家 is earnest too)
            courtesy = handed and not acked and (act != "apology" or not (
                chat.words_re("slip_words").search(s.text) or chat.words_re("lapse_words").search(chat.messages[i].text)))
            # (a sentence asking and ending on the apology is its courtesy, 帮我改下地址真不好意思; not one telling a lapse of the
            # customer's own, 把你晾了这么久，真过意不去, whatever need the model reads in it: stop 55)
            lapse = act == "apology" and chat.words_re("lapse_words").search(s.text) is not None
            if not (need or courtesy or (asks and tail and len(compact(s.text)) > 4 and not lapse)) or (
                    act == "thanks" and _praise_said(chat, s)):
                return False  # (麻烦备注一下。你们回复真快，省心多了: praise of the service after the need, no courtesy; c62)
        need = need or asks
    return said


def _praise_said(chat, s) -> bool:
    """Customer sentence ``s`` judges the service (the pack's ``service_praise_forms``: 你们回复真快 / 态度真好) and asks nothing,
    not in scorn (``sarcasm_words``): praise said for itself, wanting thanks back whatever need came before it (004: 客户提出
    表扬时，应谦虚致谢; stop 62, c62)."""
    return praises_service(chat, s.text) and not reads_as_question(chat, s)


def _ack_head(chat):
    """An acknowledgement opening the compacted sentence (好的谢谢 / 嗯嗯谢谢: thanks for the answer before): the pack's
    ``customer_ack_words`` but those that acknowledge only with a break after them (``ack_break_words``: 可以换吗 asks),
    which a compacted text does not show."""
    return chat.config.words_less("customer_ack_words", "ack_break_words")


# a placeholder or a number in the customer's words: the details the agent needs (订单号 / 电话 / 一张卡片)
_DETAIL = re.compile(r"\[[^\]]*\]|\d{3,}")


def _details(chat, text: str) -> bool:
    """``text`` is data (``chat.data_only``) once the pack's card field names (``card_fields``: 订单号 / 电话 …) are out,
    with a placeholder or a number in it (单号 12345 / 电话:[电话x])."""
    for name in chat.config.raw.get("card_fields") or ():
        text = text.replace(name, " ")
    return chat.data_only(text) and bool(_DETAIL.search(text))


def _details_then(chat, s, act: str) -> bool:
    """Sentence ``s`` hands over details (``_details``) and then does ``act`` in one of its cue phrases at its end
    (订单号 12345 谢谢): the thanks come with the details, for the service they are for."""
    cut = max((s.text.rfind(p) for p in cue_phrases(act)), default=-1)
    return cut > 0 and _details(chat, s.text[:cut])


def _answers_thanks(chat, i: int) -> bool:
    """The customer turn answers the agent's thanks (不客气 / 不用谢: the pack's ``words.thanks_reply``) and no sentence
    of it thanks in the cue's words: it needs no thanks back (已经给了五星，不客气)."""
    return "thanks_reply" in chat.labels[i] and not any("customer.thanks" in s.cues for s in chat.sentences.get(i, ()))


def _order_told_only(chat, i: int, label: str) -> bool:
    """Every sentence read as thanks is the model's reading of the customer telling the order they placed or paid (the
    pack's ``words.order_told``: 刚下单了 / 已经付款了), beside a greeting at most: no cue and none of the pack's thanks words
    in the turn.  The customer states the setting of their need, nothing to thank for yet."""
    return _thanks_read_as(chat, i, label, lambda s: all(
        "order_told" in chat.text_labels(c) for c in CLAUSE.findall(s.text)
        if len(compact(c)) >= 2 and "greeting" not in chat.text_labels(c)))


def _relief_only(chat, i: int, label: str) -> bool:
    """Every sentence read as thanks is the model's reading of the customer's relief at what was spared them (the pack's
    ``relief_forms``: 好在还没拆封，要不然就白洗了 / 幸亏没给孩子穿): luck, nobody thanked, no cue and none of the pack's thanks
    words in the turn (stop 39, c39)."""
    forms = chat.patterns("relief_forms")
    return forms is not None and _thanks_read_as(chat, i, label, lambda s: bool(forms.search(compact(s.text))))


def _want_only(chat, i: int, label: str) -> bool:
    """Every sentence read as thanks is the model's reading of the customer telling what they want done (the pack's
    ``want_told_forms``: 我的车票想改到周五，座位想要靠过道的): a need told, nobody thanked, no cue and none of the pack's thanks
    words in the turn (stop 46, c46)."""
    forms = chat.patterns("want_told_forms")
    return forms is not None and _thanks_read_as(chat, i, label, lambda s: bool(forms.search(compact(s.text))))


def _mocks_a_wait(chat, i: int) -> bool:
    """Customer turn ``i`` praises only in the pack's praise words, none of the thanks cue's phrases (谢谢 / 感谢), while it
    tells of a wait that went on (the pack's ``waited_forms``: 下单五天了还没发): the praise mocks the delay (你们这速度可以啊，
    五天了还没发), a complaint, no thanks to answer (stop 39, c39; 004 客户抱怨) — not the shop's goods praised beside it."""
    c = compact(chat.messages[i].text)
    waited = chat.patterns("waited_forms")
    # (the goods praised beside the wait, 你家这款是真好用…就是物流太慢了，五天了还没到, is meant: stop 64, pool64)
    return waited is not None and bool(waited.search(c)) and not any(p in c for p in cue_phrases("thanks")) and not (
        chat.words_re("shop_goods_praise_forms").search(c))


def _code_only(chat, i: int, label: str) -> bool:
    """Every sentence read as thanks is the model's reading of a thanks phrase in Latin letters (3q / thx) that is only part of a
    code the customer hands over (税号 …MA2H4K7X3Q / 卡号 ab3q9): no cue, none of the pack's thanks words, the phrase never a word of
    its own (``cues.occurs``).  Details handed over, nothing to thank for."""
    def inside(s) -> bool:
        c = compact(s.text)
        return any(p in c and not occurs(p, c) for p in cue_phrases("thanks") if latin_edged(p))
    return _thanks_read_as(chat, i, label, inside)


def _resolved_only(chat, i: int, label: str) -> bool:
    """Every sentence read as thanks is the model's reading of the customer saying the problem went away (解决了 /
    弄好了: ``turns.resolved``), no cue and none of the pack's thanks words in the turn."""
    return _thanks_read_as(chat, i, label, lambda s: resolved(chat, s))


def _self_correction(chat, i: int) -> bool:
    """The turn's apology is only a correction (我看错了，是要银色的 / 哦不对，刚才说错了): every sentence
    tagged apology says something was wrong (the pack's ``slip_words``: 错 / 不对) and the turn has none of the pack's apology
    words (``words.customer_apology``: 不好意思 / 抱歉 / 对不起 / 是我搞错 …)."""
    if "customer_apology" in chat.labels[i]:
        return False
    ss = [s for s in chat.sentences.get(i, ()) if "apology" in s.acts]
    slip = chat.words_re("slip_words")
    return bool(ss) and all(slip.search(s.text) for s in ss)


def _polite_opener(chat, i: int) -> bool:
    """The turn's apology is only a short opener (不好意思 / 打扰一下) right before a question or request."""
    if "polite_opener" in chat.labels[i]:
        return True
    ss = chat.sentences.get(i, ())
    for k, s in enumerate(ss):
        if "apology" in s.acts:
            short = len(compact(s.text)) <= 7
            nxt = ss[k + 1].acts if k + 1 < len(ss) else ()
            if not (short and ({"question", "request"} & set(nxt))):
                return False
    # (c45) the apology words inside a sentence the model read otherwise, beside a slip of the customer's own (the pack's
    # ``slip_words`` / ``lapse_words``: 手滑，发的图不对，打扰了): an earnest apology, no opener (004: 致歉时回应“没关系”)
    owned = chat.words_re("slip_words").search(chat.messages[i].text) or chat.words_re("lapse_words").search(
        chat.messages[i].text)
    return bool(ss) and not (owned and not any("apology" in s.acts for s in ss))


@check("thanks_unacknowledged")
def thanks_unacknowledged(chat):
    """The customer thanks or praises; the agent's next block does not respond (``words.thanks_reply``), nor
    thanks them back (``words.thanks_back``: 感谢您对京东的支持), nor does a later agent turn answer the thanks
    (``thanked.met_later``: once the need that came with them is served), nor is it a plain thanks returned
    right after the agent answered thanks (``thanked.courtesy_returned``)."""
    yield from _unacknowledged(chat, "thanks", "customer_thanks", (), ("thanks_reply", "thanks_back"),
                               "thanks_unacknowledged", says=_thanks_or_praise)


def _thanks_or_praise(chat, i: int) -> bool:
    """Customer turn ``i`` thanks (``chat.customer_says``) or praises the service as a judgement (the pack's
    ``service_praise_forms``: 回得好快 / 比我上次问的那家靠谱多了; stop 50) or the shop's goods (``needs.praises_shop_goods``:
    你们家的胶枪是真不错; stop 64): praise wants thanks back (004: 客户提出表扬时，应谦虚致谢); not in scorn (the pack's
    ``sarcasm_words``: 呵呵，今天倒是回得挺快)."""
    text = chat.messages[i].text
    return chat.customer_says(i, "thanks", "customer_thanks") or praises_service(chat, text) or praises_shop_goods(chat, text)


@check("apology_unacknowledged")
def apology_unacknowledged(chat):
    """The customer apologises; the agent's next block does not answer the apology (``words.apology_reply``:
    没关系 / 不要紧 / 别介意; seed 004: 致歉时回应“没关系”).  Reassurance about the goods or the order
    (嗯，L码是合适的，您放心下单) answers the need, not the apology."""
    yield from _unacknowledged(chat, "apology", "customer_apology", (), "apology_reply",
                               "apology_unacknowledged")


@check("suggestion_unacknowledged")
def suggestion_unacknowledged(chat):
    """The customer suggests; the agent's next block neither thanks nor records it
    (``words.suggestion_reply``), nor says the thing wished for is already so (``already_so``)."""
    yield from _unacknowledged(chat, "suggestion", "customer_suggestion", (), "suggestion_reply",
                               "suggestion_unacknowledged", says=suggests_in_turn)
