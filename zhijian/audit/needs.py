"""Small readings of customer needs shared by the conversation state (``state.py``) and the checks.

* ``data_only``: a sentence that is only data — placeholders and cards of the chat tool ([图片],
  [链接], an order card ``[订单编号:…，订单金额:…]``), numbers, codes — states no need of its own;
* ``same_need``: two sentences asking the same thing (a customer who sends the question again
  while waiting, or repeats it after the agent's greeting): answering one settles both;
* ``says_nothing``: 暂时没 / 好的没啥啦 answers the agent's offer, it asks nothing;
* ``agent_holds``: a hold is the agent's promise to check, not an instruction to the customer;
* ``reads_as_question`` / ``clause_asks``: a customer sentence (clause) that asks, whatever the tagger said;
* ``praise_only``: thanks or praise that asks nothing and names no trouble is no need, whatever the tagger said;
* ``withdraws``: a sentence that only deliberates or drops the matter (我再考虑考虑要不要…) asks the agent nothing;
* ``decides``: a sentence that only tells the choice made (那就拿灰色的吧) asks nothing either;
* ``asks_held_again``: a question that only asks again what the agent is checking opens nothing new.
"""

from __future__ import annotations

import functools
import re

from zhijian.acts.sentences import NOT_Q_WORDS, is_question_compact
from zhijian.audit.memo import per_sentence, per_text
from zhijian.audit.no_check import contingent, referred_only
# (compact cached: the same sentences come back)
from zhijian.audit.settle import CLAUSE, bigrams, chars as content_chars, compact
from zhijian.audit.clauses import PINYIN_TEXT

# a bracketed token of the chat tool or of a masked export, innermost first ([数字x] inside [订单编号:…])
_BRACKET = re.compile(r"[\[【][^\[\]【】]*[\]】]")
_BRACKET_TAIL = re.compile(r"(?:\s*[\[【][^\[\]【】]*[\]】])+\s*$")  # (placeholders and sticker codes ending a text)
_CJK = re.compile(r"[\u4e00-\u9fff]")
@functools.lru_cache(maxsize=16)
def _card_fields(fields: tuple[str, ...]) -> re.Pattern | None:
    """The field names of an order/goods card the chat tool sends (the pack's ``card_fields``: 订单编号：…
    订单金额：…), each followed by its colon, or by a code of letters and figures the customer types after it (订单号
    JD3062215897 / 单号是ZJ0924-117: stop 61, c61), as one pattern (None when the pack has none)."""
    return re.compile("(?:" + "|".join(map(re.escape, fields)) + r")\s*(?:[:：]|(?:是|为)?\s*(?=[A-Za-z0-9][A-Za-z0-9-]{3,}))") \
        if fields else None


@functools.lru_cache(maxsize=1 << 14)
def data_only(text: str, card_fields: tuple[str, ...] = ()) -> bool:
    """The sentence holds fewer than two Chinese characters once the bracketed tokens and the
    ``field:`` labels of a card are taken out (``[订单编号:…，订单金额:…]`` / ``[图片]`` / ``SF123…``)."""
    t = text
    while True:
        s = _BRACKET.sub(" ", t)
        if s == t:
            break
        t = s
    fields = _card_fields(card_fields)
    if fields is not None:
        t = fields.sub(" ", t)
    return len(_CJK.findall(t)) < 2


# "nothing (more)" / "not yet" said in answer (暂时没 / 还没有 / 好的没啥啦 / 没啥事了), also after the customer says the answer
# suits them (那太好了，没了 / 明白了没别的了: stop 52)
_NOTHING = re.compile(r"^(好的|好|嗯|哦|噢|行|好嘞|明白了?|知道了|清楚了|懂了|那?太好了|那就好|挺好的?)*"
                      r"(还|暂时|都|也|目前|现在)?(没|没有)(别的|其他|其它)?(啥|啥事|什么|事|问题)?(呢|啊|啦|了|哈|的)*$")


def says_nothing(text: str) -> bool:
    """A customer sentence saying "nothing (more)" or "not yet" (暂时没 / 还没有 / 好的没啥啦): an answer to
    the agent's offer or question, not a need (the model and the question words read 没 / 啥 as asking)."""
    return bool(_NOTHING.match(compact(text)))



@per_sentence
def agent_holds(chat, s) -> bool:
    """The agent says THEY will check (act ``hold``): the hold cue (稍等 / 正在为您查询), or the model's
    reading of a sentence that speaks of the agent (the pack's ``words.agent_self``: 我 / 小妹 / 这边);
    您在订单页点一下查看 / 等待回复 tell the customer what to do, and promise nothing."""
    if "hold" not in s.acts:
        return False
    # (a remedy only hinted at, 后面我们会看情况给您妥善安排, read as a hold by the model: no check promised; stop 49)
    # (nor how later messages are answered, 8:30到21:00都有人值班…看到后会挨个回复: the way the service works; stop 56)
    # (nor a sentence opening on the check done, 查到了，这笔退货我们10月28日收到…已原路退款: the result, read as a hold for its
    # 我们; stop 59, pool59)
    if referred_only(chat, s) or contingent(chat, s):
        return False
    return "agent.hold" in s.cues or ("agent_self" in chat.text_labels(s.text)
                                      and not chat.words_re("vague_remedy_forms").search(compact(s.text))
                                      and not chat.words_re("reply_rule_forms").search(compact(s.text))
                                      and not chat.words_re("found_forms").match(compact(s.text)))


def _chars(text: str) -> frozenset[str]:
    return frozenset(c for c in compact(_BRACKET.sub("", text)) if _CJK.match(c))


def same_need(a: str, b: str) -> bool:
    """``a`` and ``b`` ask the same thing: one (four characters or more) is inside the other, or
    they share at least 80 % of the smaller one's Chinese characters (怎么申请店铺 / 申请店铺)."""
    ca, cb = compact(a), compact(b)
    if min(len(ca), len(cb)) >= 4 and (ca in cb or cb in ca):
        return True
    xa, xb = _chars(a), _chars(b)
    small = min(len(xa), len(xb))
    if small >= 4 and len(xa & xb) >= 0.8 * small:
        return True
    # (or three content characters, every one of them in the other: 你们能洗空调吗 / 那空调呢，能一起洗吗; stop 63)
    ka, kb = content_chars(a), content_chars(b)
    return min(len(ka), len(kb)) == 3 and (ka <= kb or kb <= ka)


_TAIL_Q = re.compile(r"(?:[不没]|没有)$")


@functools.lru_cache(maxsize=16)
def _not_q(cond: re.Pattern) -> tuple[str, ...]:
    """The words of ``sentences.NOT_Q_WORDS`` after which a question word asks nothing (没什么 / 怎么都), without the pack's
    ``condition_words`` (``cond``): question words keep asking inside a hypothetical (万一坏了怎么保修)."""
    return tuple(w for w in NOT_Q_WORDS if not cond.fullmatch(w))


def _asks_if(chat, c: str) -> bool:
    """A compacted sentence that asks about a case put as a condition (the pack's ``condition_words``): without its
    如果 / 要是 … it reads as a question (要是到了偏大能换吗 / 万一尺码不对可以退吗); 如果不合适的话 / 要是有货就发 ask nothing."""
    cond = chat.words_re("condition_words")
    return bool(cond.search(c)) and is_question_compact(cond.sub("", c))


def _asks_by_words(chat, c: str) -> bool:
    """An alternative question (the pack's ``alternative_question``: 发顺丰还是京东), or a question word (``wh_question_words``:
    怎么 / 几天 / 哪) outside a word that takes its asking away (没什么 / 怎么都, ``_not_q``)."""
    return bool(chat.words_re("alternative_question").search(c)) or (bool(chat.words_re("wh_question_words").search(c))
                                                                      and not any(w in c for w in _not_q(chat.words_re("condition_words"))))


# 几 right after 了 / 过 tells "a few" (跑了几趟 / 换过几回 / 用了几天就这样): a count told, no question word; so does 几 after
# 前 / 近 (前几天 / 近几天: heads ``acts.sentences`` reads so too; stop 62)
_FEW = re.compile(r"(?<=[了过前近])几(?=[天点个号时次件年月岁码寸斤])")


def _no_few(c: str) -> str:
    """Compacted ``c`` with each 几 that tells "a few" (``_FEW``) written as 些: what is left asks only if it asks."""
    return _FEW.sub("些", c) if "几" in c else c


def clause_asks(chat, clause: str) -> bool:
    """A clause of a customer sentence that asks on its own (吗/呢 …, a question word, A-not-A, …不 at the end); ``chat``:
    the chat or the pack's ``ConversationConfig`` (its grammar: ``wh_question_words`` …)."""
    c = _plain(chat, clause)
    return len(c) >= 3 and (clause.rstrip().endswith(("?", "？")) or is_question_compact(c) or _asks_if(chat, c)
                            or bool(_TAIL_Q.search(c)) or _asks_by_words(chat, c))


def reads_as_question(chat, s) -> bool:
    """A customer sentence that opened no need but reads as a question anyway (the model left it as
    ``other`` or took it for something else: 你们发什么快递 read as a complaint); not a sentence a cue
    decided (在吗 / 好的)."""
    if s.by == "cue" and set(s.acts) & {"other", "goodbye", "thanks"}:
        return False
    t = _BRACKET_TAIL.sub("", s.text.rstrip())  # (这个正常吗[视频]: the placeholder after the question asks nothing; stop 68)
    if t.endswith(("?", "？")):
        return True
    c = _plain(chat, t)
    return is_question_compact(c) or _asks_if(chat, c) or (2 <= len(c) <= 12 and bool(_TAIL_Q.search(c))) or (
        len(c) <= 20 and _asks_by_words(chat, c)) or _added_asks(chat, c) or _tail_bu_clause(chat, t) or pinyin_asks(chat, t)


def pinyin_asks(chat, text: str) -> bool:
    """A customer sentence typed in pinyin alone, two syllables and more (you mei you tuo pan / dao le ke yi tui ma), that asks
    in the pack's ``pinyin_question_forms`` (mei you / ke yi / duo shao / … ma at its end): a question (stop 69, pool69)."""
    t = text.strip().lower()  # (not a call to see whether anyone is there, zai ma: the pack's ``pinyin_summons_forms``)
    return bool(PINYIN_TEXT.fullmatch(t)) and bool(chat.words_re("pinyin_question_forms").search(t)) and not (
        chat.words_re("pinyin_summons_forms").search(t))


def _tail_bu_clause(chat, text: str) -> bool:
    """A clause of a customer sentence of several, three to twelve characters, ends on 不 (能开增值税专票不，公司买的): a
    yes-or-no question put with its tail, the reason told after it (c43; seed 000 漏回复).  The whole sentence's tail is
    read above; a clause ending on 没 (还没，明天再看) tells "not yet" and is left out."""
    if "不" not in text:
        return False
    clauses = [_plain(chat, x) for x in CLAUSE.findall(text)]
    return len(clauses) > 1 and any(3 <= len(x) <= 12 and x.endswith("不") for x in clauses)


def _added_asks(chat, c: str) -> bool:
    """A compacted customer sentence put as a need of its own (the pack's ``adds_need``: 另外… / 对了… / 还有个事…) that asks
    with a question word or a verb-not-verb form (``a_not_a_question``: 管不管 / 给不给), however long: the need added is a
    question (另外你们上门安装的时候收不收旧机器; stop 39, c39, seed 000 漏回复)."""
    adds = chat.patterns("adds_need")
    if adds is None or not adds.search(c):
        return False
    return _asks_by_words(chat, c) or bool(chat.words_re("a_not_a_question").search(c))


# 什么 (or its spoken 啥) after a negation is "any", not "what" (没看到什么提示 / 不需要什么发票 / 没啥要问的); after 不知道
# it still asks (after a condition, the pack's ``indefinite_forms``: ``_plain``)
_INDEFINITE = re.compile(r"([没不](?!知道|清楚|确定|晓得|明白)[\u4e00-\u9fff]{0,4}?)(?:什么|啥)(?!时候|原因|意思)")


def _plain(chat, text: str) -> str:
    """Customer ``text`` compacted as the question readings take it: 不好意思 and the 什么 of a negation out (``_no_courtesy``),
    the 什么 / 啥 of "anything" after a condition out (the pack's ``indefinite_forms``: 万一收到有啥事; stop 56), and each 几 of
    "a few" written as 些 (``_no_few``, and the days of the customer's own trip, the pack's ``trip_days_forms``: 去杭州玩几天)."""
    c = _no_courtesy(compact(text))
    if "什么" in c or "啥" in c:
        c = chat.words_re("indefinite_forms").sub(r"\1", c)
    if "几" in c:
        c = chat.words_re("trip_days_forms").sub(r"\1些", c)
    return _no_few(c)


def _no_courtesy(c: str) -> str:
    """A compacted sentence without 不好意思, whose 好不好 is no A-not-A question (不好意思周末还来打扰), nor
    the 什么 of a negation (我也没点什么确认: no question)."""
    c = c.replace("不好意思", "，") if "不好意思" in c else c
    return _INDEFINITE.sub(r"\1", c) if "什么" in c or "啥" in c else c


# what a sentence of thanks or praise must not name to be only that: a defect, how to handle it, a grievance
# (谢谢，不过还是漏水 / 辛苦了，怎么处理); an order or delivery matter only when something did not happen (发票还没收到，
# 谢谢), not praised (发货比上次快多了，点赞)
_TROUBLE = frozenset(("aftersales", "asks_handling", "complaint", "service_failure"))
_NOT_DONE = re.compile(r"没|未|不(?!错)")


def praise_only(chat, s) -> bool:
    """A customer sentence that thanks or praises (act ``thanks`` at the pack's confidence: 拿到了，比我想的快多了，
    点赞) and neither asks (no clause reads as a question) nor names trouble (the pack's defect, handling, complaint
    and service-failure words, or an order matter that did not happen): the model's ``problem`` reading of a
    judgement opens no need, and the thanks are not the courtesy of a request."""
    if not chat.sure(s, "thanks") or set(s.acts) & {"question", "request"} or reads_as_question(chat, s):
        return False  # (麻烦帮我查一下，谢谢 / 送到前台，谢谢: the courtesy of a request)
    if any(clause_asks(chat, c) for c in CLAUSE.findall(s.text)):
        return False
    labels = chat.text_labels(s.text)
    return not labels & _TROUBLE and not ("order_service" in labels and _NOT_DONE.search(s.text))


def praises_service(chat, text: str) -> bool:
    """``text`` judges the service (the pack's ``service_praise_forms``: 回得好快 / 你们回复真快 / 比我上次问的那家靠谱多了), not
    in scorn (``sarcasm_words``: 呵呵，今天倒是回得挺快): praise that wants thanks back (004: 客户提出表扬时，应谦虚致谢)."""
    return _praises(chat, text, "service_praise_forms")


def praises_shop_goods(chat, text: str) -> bool:
    """(stop 64, pool64) ``text`` praises the shop's goods to the shop as a judgement (the pack's ``shop_goods_praise_forms``:
    你们家的胶枪是真不错 / 你家这款是真好用), not in scorn: it wants thanks back as praise of the service does."""
    return _praises(chat, text, "shop_goods_praise_forms")


def _praises(chat, text: str, forms: str) -> bool:
    c = compact(text)
    return bool(chat.words_re(forms).search(c)) and not chat.words_re("sarcasm_words").search(c)


def handed_over(chat, sents) -> bool:
    """An agent turn that hands the need over beyond the chat, with a time or a person (the pack's ``handover_forms``:
    我们会在24小时内回复您 / 稍后安排专人和您联系 / 核实后给您回电)."""
    return any(_hands_over(chat, s) for s in sents)


@per_sentence
def _hands_over(chat, s) -> bool:
    pats = chat.patterns("handover_forms")
    return pats is not None and bool(pats.search(compact(s.text)))


def asks_first(chat, text: str) -> bool:
    """The customer says first that they ask (顺便打听一下你们能不能上门帮忙装, the pack's ``asking_lead_forms``): what the shop's
    words of a suggestion (你们能不能…) say after it is a question about what the shop does, no proposal (stop 51)."""
    return bool(chat.words_re("asking_lead_forms").search(compact(text)))


def suggests(chat, s) -> bool:
    """A customer sentence suggesting (seed 004: 建议时致谢并记录): the tagger sure of it, the pack's
    ``words.customer_suggestion``, or a wish for the next time (``words.future_time``: 下次 / 以后) in one of the
    pack's ``suggestion_forms`` (下回能不能别… / 以后包严实点), or the shop named as the one to do it otherwise
    (``suggestion_shop_forms``), or a thing proposed for the shop to add (``proposal_forms``: 能否在商品页挂张对照图);
    never a wish about the customer's own account or service (the pack's ``own_service_forms``) nor their own taste
    (``own_taste_forms``: 我平时爱穿宽松点的), nor the order chosen (``order_spec_forms``: 要两个，一个棕色一个黑色), nor what
    they meant to ask (``says_meant``: 我问的是…), nor advice asked (``advice_asked_forms``: 以后多久保养一次比较好), nor the goods
    set against their picture (``picture_compare_forms``: 颜色看着比图片深一点)."""
    c = compact(s.text)
    if says_meant(chat, s.text):
        return False  # 我问的是关灯后能不能看清: what the customer asked, pressed again (c43), never a proposal to the shop
    own = chat.patterns("own_service_forms")
    if own is not None and own.search(c):
        return False  # 往后能否设为不让扣费: the customer's own account or service asked for, a request, not a suggestion
    if chat.words_re("own_taste_forms").search(c):
        return False  # 我一般习惯用大杯: what the customer likes for themselves, the ground of a question (stop 40, c40)
    if chat.words_re("own_resolve_forms").search(c):
        return False  # 行吧，下次我学聪明点: the customer's own resolve, no suggestion to the shop (stop 50)
    if chat.words_re("order_spec_forms").search(c):
        return False  # 要两个，一个棕色一个黑色: how many and which kind, the order chosen, no suggestion (stop 60, c60)
    if chat.words_re("advice_asked_forms").search(c):
        return False  # 以后多久保养一次比较好: how or when the customer had best do it asked, advice wanted (stop 65)
    labels = chat.text_labels(s.text)
    if "customer_suggestion" not in labels and chat.words_re("picture_compare_forms").search(c):
        return False  # 那颜色看着比图片深一点: the goods set against their picture, what came told, no proposal (stop 66)
    if chat.sure(s, "suggestion"):
        return True
    if "customer_suggestion" in labels:
        return not asks_first(chat, s.text)
    forms = chat.patterns("suggestion_forms")
    # (熄火以后还能不能用: 以后 after an event, "once the engine is off", is no next time; the pack's ``after_event_forms``)
    future = "future_time" in labels and "future_time" in chat.text_labels(chat.words_re("after_event_forms").sub("，", s.text))
    return bool(forms is not None and future and forms.search(c)) or tells_shop_to(chat, c)


def tells_shop_to(chat, c: str) -> bool:
    """Compact customer text ``c`` tells the shop what it could do otherwise or add (the pack's ``suggestion_shop_forms``:
    你们可以搞个会员积分; ``proposal_forms``: 能否在商品页挂张对照图): a suggestion without 建议."""
    shop = chat.patterns("suggestion_shop_forms")
    return bool((shop is not None and shop.search(c)) or chat.words_re("proposal_forms").search(c))


def asks_held_again(text: str, open_: list, pressing) -> bool:
    """A customer question whose content, once the pressing words are out (``pressing``, the pack's ``pressing_words``:
    所以 / 到底 / 你看下), is all
    within a need the agent is holding (said they would check, ``Item.held_by``): the held need asked again (那卡其色究竟
    有没有 while 有没有卡其色的 waits), not a need of its own; 卡其色多少钱 asks something new."""
    held = [it for it in open_ if it.held_by is not None and it.open]
    if not held:  # (most questions: nothing is held, the text need not be read)
        return False
    own = content_chars(pressing.sub("", compact(text)))
    return bool(own) and any(own <= content_chars(it.text) for it in held)


@per_text
def says_meant(chat, text: str) -> bool:
    """A customer sentence saying what they meant to ask (the pack's ``asked_meant``: 我问的是…): the agent answered beside
    the point, the customer presses (``Chat.means_asked`` reads it as asked again when it names an earlier question)."""
    meant = chat.patterns("asked_meant")
    return meant is not None and any(meant.search(compact(c)) for c in CLAUSE.findall(text))


def two_questions(a, b, wh: re.Pattern | None = None) -> bool:
    """Two questions of one turn, in sentences of their own, the later opening on the word both name (the goods: 沙发清洗
    怎么收费？| 沙发上的污渍能洗掉吗) and each asking a matter of its own: two needs (004: 问题要逐一回复), not one need
    typed in pieces.  The word shared is one run of at most three characters at the head of the later question, and each
    has three content characters or more the other lacks — the earlier two when it asks for a yes or no (…吗) and the later
    asks with a question word (``wh``, the pack's ``wh_question_words``: 多少 / 几次): whether, then how much, are two
    matters; 周期是什么 | 是多长时间 ask one thing twice."""
    if a.act != "question" or b.act != "question" or a.sentence == b.sentence:
        return False
    first, later = (a, b) if a.sentence < b.sentence else (b, a)
    both = bigrams(first.text) & bigrams(later.text)
    c = compact(later.text)
    at = sorted(c.find(g) for g in both)
    if not both or len(both) > 2 or at[0] > 1 or at[-1] - at[0] != len(at) - 1:
        return False
    ca, cb = content_chars(first.text), content_chars(later.text)
    own = 2 if wh is not None and _yes_no(first.text) and not wh.search(compact(first.text)) and wh.search(
        compact(later.text)) else 3
    return len(ca - cb) >= own and len(cb - ca) >= 3


def _yes_no(text: str) -> bool:
    """A question asked for a yes or no: it ends on 吗 / 嘛 (question mark and particles aside)."""
    return compact(text).rstrip("?？～~呀啊呢").endswith(("吗", "嘛"))


def added_after_lead_in(chat, i: int, si: int, adds) -> bool:
    """The sentence before sentence ``si`` of customer turn ``i`` is only the lead-in of a need added (顺便问下，… : the pack's
    ``added_question`` and at most four characters): the question after it is added (stop 46, c46)."""
    prev = compact(chat.sentences[i][si - 1].text) if si > 0 else ""
    return bool(prev) and bool(adds.match(prev)) and len(prev) <= 6


def is_question_text(text: str) -> bool:
    """A question mark, or ``sentences.is_question_compact`` (which knows 好几个都烂了 / 好几天了 ask nothing)."""
    t = text.rstrip()
    return t.endswith(("?", "？")) or is_question_compact(compact(t))


def after_ask_lead(chat, c: str) -> str | None:
    """What follows the words announcing a question at the head of compacted customer text ``c`` (the pack's ``ask_lead``:
    我想问问 / 请问 / 咨询一下) when it asks nothing of its own; None without such words or when it asks."""
    lead = chat.words_re("ask_lead").match(c)
    return None if lead is None or is_question_compact(c[lead.end():]) else c[lead.end():]


def announced(chat, it, i: int) -> bool:
    """Open need ``it`` only announces what the customer will ask about (the pack's ``ask_lead`` and the thing, no question
    of its own: 有人吗，想问下羊毛毡鞋垫), and customer turn ``i`` asks the question next, no agent turn between: the question
    is the need, the announcement is superseded (stop 55) — also after agent turns that only greeted or asked back, answering
    nothing (想问问簧片盒 → 请问您是吹单簧管还是萨克斯呢？ → 中音萨克斯，…能放中萨的哨片吗; stop 63, pool63)."""
    if it.act != "question" or it.turn >= i:
        return False
    from zhijian.audit.answering import answers

    if any(it.turn < j < i and any(answers(s, chat) or "hold" in s.acts for s in chat.sentences.get(j, ()))
           for j in chat.agent_turns):
        return False
    return bool(after_ask_lead(chat, compact(it.text))) and not is_question_text(it.text)
