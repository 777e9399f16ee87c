"""An answer beside the point (seed 000: 漏回复 — a question answered with something else is still unanswered).

``settle`` closes a lone open need with whatever the agent answers next.  This module tells when that answer says
nothing about the question at all: the agent pitches the goods, thanks the customer or goes on about another matter,
and the question stays open (``state.track`` then treats it as skipped: only an answer about it settles it later).
A curt reply (不支持的 / 暂时没有哦 / 以页面为准), data, a question back or a check is never read so.
"""

from __future__ import annotations

import re

from zhijian.audit.answering import DATA as _DATA, asks_back  # (a number, a masked field or a card: 3-5天 / [数字x])
from zhijian.audit.held import held_matter
from zhijian.audit.memo import per_text, per_turn
from zhijian.audit.needs import suggests
from zhijian.audit.settle import CLAUSE, STOP_CHARS, bigrams, chars, compact
from zhijian.audit.said import said as _said, said_figures as _said_figures
from zhijian.audit.sibling import names_own, own_content

_HELD_YES_CHARS = 4  # (a yes to the matter a hold checked is a short clause: 问过了，可以的 / 师傅说没问题; stop 65)


def beside_point(chat, it, answering: list) -> bool:
    """Question ``it`` is the lone open need, asked for a yes or no (the pack's ``yes_no_question``) with some content
    (``beside_min_chars`` content characters and more), in no angry or suggesting turn (``_not_only_asking``), and the
    ``answering`` sentences, courtesy aside (``_said``), tell something at length (``beside_min_said`` characters and
    more) without naming a content character of it (with a modal, what it asks: ``_names``), giving data, asking back, saying they check (the ``hold`` act), heeding a grievance (the pack's empathy words),
    saying back the copula it asks with (是) or
    saying yes, no or how things stand in a word of the pack's ``polarity_words`` (可以 / 不支持 / 没有 / 已经 / 为准):
    the answer is beside the point (这款是大容量，带高温煮洗… for 能搬进卫生间吗)."""
    # (every condition below is a pure reading: they are tested cheapest and most often deciding first — what the
    # answer says, which names the question in most chats — and the customer's earlier matters only when a clause needs
    # them; the result is the one of testing them in the order the docstring tells, ``tests/audit/test_speed_au41.py``)
    if it.act != "question" or it.grievance:
        return False
    read, held = _yes_no_reading(chat, it.text), False
    if read is None and it.held_by is not None:
        # (能补吗 → 我去问下修补师傅能不能补到不渗水: too short alone, the question reads as the matter the hold checks, and a yes
        # in a clause of content of its own, 地址在订单详情里可以看到, is none to it; stop 65)
        read, held = _yes_no_reading(chat, held_matter(chat, it.held_by)), True
    if read is None:
        return False
    asked_for, asked = read
    said = [cl for s in answering for cl in _said(chat, s)]
    if "?" in said:
        # (a sum or a time told for a question asking neither answers nothing it asks: 能骑吗 → 到手价169元)
        # (…and nothing told shares a word with the customer's turn: 墙面刷过乳胶漆，需要处理吗 → 乳胶漆墙面要先刷基膜，每平米3元)
        # (a goods demonstrative in both, 这款, the pack's ``goods_demonstratives``, is no word in common)
        asked_figures, told = _figures_asked(chat, it.text), [x for s in answering for x in _said_figures(chat, s)]
        this = chat.words_re("goods_demonstratives")
        if all(kind == "" or (kind != "?" and kind not in asked_figures) for _, kind in told) and not any(
                not this.fullmatch(b) for b in bigrams(chat.messages[it.turn].text) & bigrams("|".join(c for c, _ in told))):
            said = [c for c, _ in told]
    if not _at_length(chat, said):
        return False  # (a curt reply, 这个是没有的 / 恩, answers in its own words; data or a question back answers)
    timed = chat.words_re("time_words")
    if (chat.words_re("when_question").search(compact(it.text)) or timed.search(compact(it.text))) and any(
            timed.search(compact(cl)) for cl in said):
        # 周六之前能到吗 / 赶得上周六吗 → 今天下午就发，后天送达: the time told answers the deadline asked; and a time named in
        # the question (周末能约吗 → 本周六下午和周日上午都有档期) is answered by the times told (stop 55)
        return False
    if "是" in compact(it.text) and any("是" in cl for cl in said):
        return False  # 这个是寄到家的吗 → 这个是到网点领取的: the copula said back corrects what was asked
    polar, done, before = chat.words_re("polarity_words"), chat.patterns("done_forms"), None
    for cl in said:
        if _names(cl, asked, asked_for):
            return False
        if polar.search(cl) and not (asked_for is not None and _modal_of_another(chat, polar, cl)) and not (
                held and len(chars(cl)) > _HELD_YES_CHARS):
            # (a task said done, the pack's done_forms, in a clause about what the customer asked before, 收件人已经改好了
            # for a question about the goods, speaks of that matter: its 已经 is no yes to the question)
            if done is not None and done.search(cl):
                if before is None:  # (and what the agent asked for before it, 请提供入园人的姓名 → 已为您填好入园信息: stop 69)
                    before = _asked_before(chat, it.turn) | frozenset().union(
                        *(bigrams(m.text) for i, m in chat.turns if i < it.turn and m.role == "agent"))
                if bigrams(cl) & before:
                    continue
            return False
    if asked_for is not None and not chat.words_re("inclusion_question_forms").search(compact(it.text)) and any(
            "solution" in s.acts or "as_solution" in chat.text_labels(s.text) for s in answering):
        return False  # (能换个盖子吗 → 盖子给您补寄: a remedy offered answers what a modal asks for; not whether a thing is included)
    # (a check promised, or a grievance heard in the pack's empathy words: 添麻烦了 / 带来不便)
    return not (_not_only_asking(chat, it) or _checks(answering)
                or any("empathy" in chat.text_labels(s.text) for s in answering))


@per_text
def _figures_asked(chat, text: str) -> frozenset[str]:
    """(stop 64) What figures may answer question ``text``: ``"money"`` when it asks a price or a charge (the pack's
    ``money_asked_words``: 钱 / 优惠 / 运费 …), ``"time"`` when it asks a time or a span (``time_asked_words``: 多久 / 几 / 发货 …)."""
    c = compact(text)
    return frozenset(k for k, w in (("money", "money_asked_words"), ("time", "time_asked_words")) if chat.words_re(w).search(c))


def _modal_of_another(chat, polar, cl: str) -> bool:
    """Every yes of clause ``cl`` (``polar``: the pack's ``polarity_words``) is a modal of the pack's ``modal_of_another`` (可以)
    followed by a doing of its own, two content characters and more (箱子可以单手推着走 / 夏天可以垫在凉席下), and the
    clause named nothing the question asks: it tells what else can be done, no yes to the question (seed 000 漏回复; c44); a
    doing offered to the customer (可以免费给您加两节表节) is what was asked for, done."""
    c, modal = compact(cl), chat.words_re("modal_of_another")
    hits = list(polar.finditer(c))
    return bool(hits) and all((m := modal.match(c, h.start())) is not None and m.end() == h.end()
                              and len(chars(c[h.end():])) >= 2 for h in hits)


@per_text
def _yes_no_reading(chat, text: str) -> tuple | None:
    """What ``beside_point`` reads of a question's text alone, once per text: ``(_asked_after_modal, its content characters)``,
    or None when the text rules the reading out (the pack sets no ``beside_min_chars``; a figure in it and no modal saying
    what is asked; fewer content characters than ``beside_min_chars``; not asked for a yes or no)."""
    least = int(chat.config.raw.get("beside_min_chars") or 0)
    if least <= 0:
        return None
    asked_for = _asked_after_modal(chat, text)
    # (a figure in the question, 380伏的焊机能不能接, is part of its setting when a modal says what is asked)
    if _DATA.search(text) and asked_for is None:
        return None
    asked = chars(text)
    if len(asked) < least or not chat.words_re("yes_no_question").search(compact(text).rstrip("?？")):
        return None  # (a question asking what, how or how long may be answered in terms of its own: 是啥 → 差不多是…)
    return asked_for, asked


def _asked_after_modal(chat, text: str) -> tuple[frozenset[str], str, str] | None:
    """What a yes-or-no question asks, after its last modal (the pack's ``yes_no_modal``: 能不能 / 会不会 / 能), a request's
    lead aside (``modal_lead_words``: 帮忙): the content bigrams of the whole question but the goods it names after a
    demonstrative (``_named_goods``), the first content character after the modal
    (冬天戴着会不会冻手 → 冻) and the verb of a 有没有 / 够不够 form said back (有 / 够); None when the question has no
    modal, nothing of content after it, or asks a degree (``degree_after_modal``: 会不会很冲, any word on it answers)."""
    c = compact(text).rstrip("?？")
    found = list(chat.words_re("yes_no_modal").finditer(c))
    if not found:
        return None
    rest = chat.words_re("modal_lead_words").sub("", c[found[-1].end():], count=1)
    if chat.words_re("degree_after_modal").search(rest):
        return None
    head = next((ch for ch in rest if ch not in STOP_CHARS and not ch.isdigit()), "")
    form = found[-1].group()
    verb = form[0] if len(form) == 3 and form[0] in "有够" else ""
    return (bigrams(text) - _named_goods(chat, c), head, verb) if head else None


def _named_goods(chat, c: str) -> frozenset[str]:
    """The bigrams of the goods compacted question ``c`` names after a demonstrative (the pack's ``goods_demonstratives``:
    这副羊皮手套的 → 这副, 副羊, 羊皮, 皮手, 手套), up to a 的 or four characters on."""
    out = set()
    for m in chat.words_re("goods_demonstratives").finditer(c):
        name = re.match(r"[^的]{0,4}", c[m.end():]).group()
        out.update(bigrams(m.group() + name))
    return frozenset(out)


def _names(clause: str, asked: frozenset[str], asked_for: tuple[frozenset[str], str, str] | None) -> bool:
    """A clause names what the question asks: a content character of it, or, when a modal tells what it asks
    (``_asked_after_modal``), a content bigram of the question not naming the goods, the first character after the modal
    or the verb of its 有没有 / 够不够 form (a character of the goods or of the setting before the modal, 这副手套 /
    冬天, tells no yes or no: 夏天握把稳当 for 冬天…会不会冻手)."""
    if asked_for is None:
        return bool(chars(clause) & asked)
    words, head, verb = asked_for
    return bool(bigrams(clause) & words) or head in clause or bool(verb and verb in clause)


def no_quantity(chat, it, answering: list) -> bool:
    """Question ``it`` is the lone open need and asks a quantity (the pack's ``quantity_question``: 满多少包邮 / 坐高多少),
    plainly (no data in it, no grievance, no suggestion beside it), and the ``answering`` sentences, courtesy aside, tell
    something at length (``beside_min_said``) without a figure or a word standing for one (the pack's
    ``quantity_words``: 3天 / 两百 / 免费 / 当天), a yes or no (``polarity_words``), a content bigram of the question or
    more than one of its characters, one with a negation (``negation_words``), a question back or a check, and goes on
    about a need the customer raised before: the answer is beside the point (换货记得装回原包装 for
    满多少包邮 after an exchange of socks)."""
    if it.act != "question" or it.grievance or not _asks_quantity(chat, it.text) or _not_only_asking(chat, it):
        return False
    if _checks(answering):
        return False
    said = [cl for s in answering for cl in _said(chat, s)]
    if not said or not _at_length(chat, said):
        return False
    many, polar, neg = chat.words_re("quantity_words"), chat.words_re("polarity_words"), chat.words_re("negation_words")
    # (这款 / 那件, the pack's goods_demonstratives, said in the answer too is no word of the question's own; nor are the goods
    # the shop's name calls them, 立峰笔记本支架 → 支架: the answer naming them tells nothing of the quantity asked; stop 59)
    this = chat.words_re("goods_demonstratives")
    goods = bigrams(it.text) & chat.shop_words
    words = frozenset(b for b in bigrams(it.text) if not this.fullmatch(b) and b not in goods)
    asked = chars(it.text) - {ch for b in bigrams(it.text) - words for ch in b[1:]} - {ch for b in goods for ch in b}
    # (这款不参加折扣 for 买几件能打折: a no said of what was asked answers; 可以 in a clause naming the goods by the shop's word
    # tells what they can do, no yes: 这款支架可以同时调节高度)
    if any(many.search(cl) or (polar.search(cl) and not (goods and bigrams(cl) & goods)) or bigrams(cl) & words
           or len(chars(cl) & asked) > 1
           or (chars(cl) & asked and neg.search(cl)) for cl in said):
        return False
    # (and it goes on about a need the customer raised before, a sentence of theirs the tagger reads as a question,
    # request or problem: a vague reply of its own, 会尽快给您配送的 for 几点到, or one about data sent, answers)
    before = frozenset().union(*(bigrams(x.text) for i, m in chat.turns if i < it.turn and m.role == "customer"
                                 for x in chat.sentences.get(i, ()) if {"question", "request", "problem"} & set(x.acts)))
    # (or it describes the goods the question names by the shop's word for them, 这款支架可以调节高度和角度 for 支架能承重
    # 多少: the goods praised instead of the figure asked; stop 59, pool59)
    # (or every clause tells what the goods are made of, the pack's ``make_words``: 镜框是ABS工程塑料，镜片是亚克力 for 有多重 —
    # the make told instead of the figure asked; stop 62, pool62)
    make = chat.words_re("make_words")
    return any(bigrams(cl) & before for cl in said) or bool(goods and any(bigrams(cl) & goods for cl in said)) or all(
        make.search(cl) for cl in said)


def no_price(chat, it, answering: list) -> bool:
    """(stop 49) Question ``it`` is the lone open need and asks the price (the pack's ``price_question``: 换电池多少钱 /
    怎么收费), plainly (no grievance, no suggestion beside it), and the ``answering`` sentences, courtesy aside, tell something
    at length with no sum (``money_words``), no word of the price itself (the pack's ``price_answer_forms``: 价格是… / 同价 /
    是免费的 / 不收费), no check and no question back: the reply praises the work or the goods instead of naming what it
    costs, the question is beside its answer (seed 000: 对客户的每一个问题都认真回复; 换电池多少钱 → 用的是认证电芯，换完免费检测)."""
    if it.act != "question" or it.grievance or not chat.words_re("price_question").search(compact(it.text)):
        return False
    if _not_only_asking(chat, it) or _checks(answering) or _asks_back_beside(chat, answering):
        return False  # (请问您的车是什么车型呢？… 价格会有些差别: the price waits for what the agent asked)
    # (every clause, figures too: a figure that is no sum, 3C认证 / 40分钟, tells no price; _said takes any figure for data)
    said = [compact(cl) for s in answering for cl in CLAUSE.findall(s.text) or [s.text]]
    if not _at_length(chat, [c for c in said if c]) or any(c.endswith(("吗", "呢")) for c in said):
        return False
    money, told = chat.words_re("money_words"), chat.words_re("price_answer_forms")
    return not any(money.search(cl) or told.search(cl) for cl in said)


def _asks_back_beside(chat, answering: list) -> bool:
    """The agent turn of the ``answering`` sentences also asks the customer back (a sentence of it ``asks_back``)."""
    for j in chat.agent_turns:
        ss = chat.sentences.get(j, ())
        if any(s is a for s in ss for a in answering[:1]):
            return any(asks_back(s, chat) for s in ss)
    return False


@per_text
def _asks_quantity(chat, text: str) -> bool:
    """What ``no_quantity`` reads of a question's text alone, once per text: no data in it, and it asks a quantity (the
    pack's ``quantity_question``)."""
    return not _DATA.search(text) and bool(chat.words_re("quantity_question").search(compact(text)))


def _checks(answering: list) -> bool:
    """An answering sentence says the agent checks (the ``hold`` act, or its score at 0.3 and more): a check promised."""
    return any("hold" in s.acts or s.scores.get("hold", 0.0) >= 0.3 for s in answering)


def _at_length(chat, said: list) -> bool:
    """The clauses ``said`` (``_said``) ask nothing back and tell ``beside_min_said`` characters or more (a curt reply,
    这个是没有的 / 恩, answers in its own words; data or a question back answers)."""
    return "?" not in said and sum(map(len, said)) >= int(chat.config.raw.get("beside_min_said") or 0)


def _asked_before(chat, turn: int, sentence: int = 0) -> frozenset[str]:
    """The content bigrams of the customer's turns before ``turn`` (and of the sentences of ``turn`` before ``sentence``):
    the matters the chat dealt with already."""
    texts = [m.text for i, m in chat.turns if i < turn and m.role == "customer"]
    texts += [s.text for s in chat.sentences.get(turn, ())[:sentence]]
    return frozenset().union(*(bigrams(t) for t in texts))


def speaks_of_told(chat, it, answering: list, details) -> bool:
    """Question ``it`` is the lone open need, asked in the turn where the customer also told what the agent had asked for
    (``details``: 下周二下午 after 师傅哪天来合适), and the ``answering`` sentences speak of that (a content bigram in common
    with it: the visit booked for 周二下午) and of nothing the question asks of its own: no clause shares a content bigram,
    or two content characters (half of a shorter one's), with the question that the customer's words before it (earlier
    turns, the details) do not hold too, nor gives a figure for an amount asked apart from the details — the service or
    goods the chat is about (纱窗 in 换纱窗时花盆要不要搬走, named since the first turn) is its setting, not what it asks —
    and none says yes or no apart from the details, a negation (the pack's ``negation_words``: 不用您动手) or the verb of
    the question's verb-not-verb form (``a_not_a_question``: 用 of 用不用).  The agent took up the details and passed the
    question over (seed 000 漏回复; stop 36, c36).  A question with fewer than two characters of its own, asked in anger or
    in a turn that also suggests or complains (``_surely_not_only_asking``: 要是加个挂钩就好了 | 挂钥匙啥的顺手, the
    suggestion's own check reads the reply), is left to the other readings."""
    if not details or it.act != "question" or it.grievance or _surely_not_only_asking(chat, it):
        return False
    # (a card or placeholder the agent sends, [订单x], names the order: no answer of its own, nor talk of the details)
    said = [cl for s in answering if not chat.data_only(s.text) for cl in (CLAUSE.findall(s.text) or [s.text])]
    # (a figure alone in common, 10 of 提前10分钟 after 10点吧, speaks of no detail told: its unit must come with it; stop 50)
    told = frozenset(b for t in details for b in bigrams(t) if not b.isdigit())
    if not any(bigrams(cl) & told for cl in said):
        return False
    neg, verbs = chat.words_re("negation_words"), _choice_verbs(chat, it.text)
    if any((neg.search(compact(cl)) or verbs & set(compact(cl))) and not bigrams(cl) & told for cl in said):
        return False  # (不用您动手 for 要不要我先挪开: a yes or no said apart from the details answers the question)
    if chat.words_re("method_question_forms").search(compact(it.text)) and any(
            chat.words_re("method_told_forms").search(compact(cl)) for cl in said):
        return False  # (不知道怎么包装 → 用刀套把刃口套好…: the way told answers the question asking how; stop 68, fresh52)
    if "asks_which" in chat.text_labels(it.text) and any(chat.words_re("size_given_forms").search(compact(cl)) for cl in said):
        return False  # (拿哪个码 → 165/88A正常选M就行: the size named beside the figures told answers which; stop 46, c46)
    before = [m.text for i, m in chat.turns if i < it.turn and m.role == "customer"]
    before += [x.text for x in chat.sentences.get(it.turn, ())[:it.sentence]] + list(details)
    own = chars(it.text) - frozenset().union(*(chars(t) for t in before))
    own_words = bigrams(it.text) - frozenset().union(*(bigrams(t) for t in before))
    # (one character in common, 前 of 出发前 for 提前挪走, names nothing of it; half of a short question's, 厚 of 厚度, does;
    # so does a figure for a question asking an amount, the pack's quantity_question and quantity_words: 厚度多少 → 22cm)
    least = min(2, (len(own) + 1) // 2)
    amount = chat.words_re("quantity_question").search(compact(it.text))
    many = chat.words_re("quantity_words")
    # (…or a time for a question asking when, the pack's when_question and time_words, told beyond the words of the details:
    # 大概几点 → 明天上午是9点到12点之间 after 明天上午吧; stop 39, c39)
    when = chat.words_re("when_question").search(compact(it.text))
    hour = chat.words_re("time_words")
    return len(own) >= 2 and not any(len(chars(cl) & own) >= least or bigrams(cl) & own_words
                                     or (amount and many.search(compact(cl)) and not bigrams(cl) & told)
                                     or (when and hour.search(_beyond(compact(cl), told))) for cl in said)


def meets_grievance_only(chat, it, answering: list) -> bool:
    """Question ``it``, read as asked in anger (``Item.grievance``: 到底能不能单独买一个 after 打了好几遍售后电话都没人接), is the lone
    open need, and the ``answering`` sentences apologise (the empathy cue or words) and speak of the grievance told before it
    in the same turn (a content bigram in common with those sentences: 售后电话) and of nothing the question asks of its own
    (``sibling.names_own`` of what it says beyond those sentences).  An apology for the grievance is owed, and given, but
    the question still waits for its answer (seed 000 漏回复: 对客户的每一个问题都认真回复; stop 51, c51)."""
    if not it.grievance or it.act != "question":
        return False
    if not any("agent.empathy" in s.cues or "empathy" in chat.text_labels(s.text) for s in answering):
        return False  # (facts only, 查到了…明天能发: the question a reproach, 你们就是这么做生意的？, is read by its own check)
    before = [s.text for s in chat.sentences.get(it.turn, ())[:it.sentence]]
    if not before:
        return False
    grief = frozenset().union(*(bigrams(t) for t in before))
    if not any(bigrams(cl) & grief for s in answering for cl in (CLAUSE.findall(s.text) or [s.text])):
        return False
    own = own_content(it.text, before)
    return len(own[0]) >= 3 and not names_own(own, answering)


def _beyond(c: str, told: frozenset[str]) -> str:
    """Compacted clause ``c`` without the characters of the bigrams it shares with what the customer told (``told``): what
    it says of its own (明天上午是9点到12点之间 after 明天上午吧 → 是9点到12点之间: the hour asked, told beside the day
    chosen; stop 39, c39)."""
    gone = [False] * len(c)
    for k in range(len(c) - 1):
        if c[k:k + 2] in told:
            gone[k] = gone[k + 1] = True
    return "".join(ch for ch, g in zip(c, gone) if not g)


def _surely_not_only_asking(chat, it) -> bool:
    """``_not_only_asking`` with the tagger's suggestion and complaint read at the pack's ``act_confidence`` (the model's
    faint complaint in a date told, 就这周日上午吧, is no grievance)."""
    return _suggests_or_complains(chat, it.turn, sure=True) or _asked_for_effect(chat, it.text)


def _choice_verbs(chat, text: str) -> frozenset[str]:
    """The verbs of the verb-not-verb forms of ``text`` (the pack's ``a_not_a_question``: 用不用 → 用)."""
    return frozenset(m.group()[0] for m in chat.words_re("a_not_a_question").finditer(compact(text)) if m.group())


def _not_only_asking(chat, it) -> bool:
    """The turn of question ``it`` also suggests or complains (a sentence of it tagged ``suggestion`` or ``complaint``,
    or one ``needs.suggests`` reads: 能不能换成纸箱 | 太难拿了), or the question is asked for effect (the pack's
    ``rhetorical_question``: 这不是…吗) or to confirm what the customer understood (``confirm_question``: 那就是…是吗):
    what the agent says to the suggestion or the grievance is read by their own checks, and any reply confirms."""
    return _turn_not_only_asking(chat, it.turn) or _asked_for_effect(chat, it.text)


@per_turn
def _turn_not_only_asking(chat, i: int) -> bool:
    """Customer turn ``i`` suggests or complains (``_not_only_asking``), read once per turn."""
    return _suggests_or_complains(chat, i)


def _suggests_or_complains(chat, i: int, sure: bool = False) -> bool:
    """Customer turn ``i`` carries a complaint or suggestion label, or a sentence of it is tagged ``suggestion`` or
    ``complaint`` (``sure``: read at the pack's ``act_confidence``), or one ``needs.suggests`` reads."""
    if chat.labels.get(i, set()) & {"complaint", "customer_suggestion"}:
        return True
    if sure:
        return any(chat.sure(x, "suggestion") or chat.sure(x, "complaint") or suggests(chat, x)
                   for x in chat.sentences.get(i, ()))
    return any({"suggestion", "complaint"} & set(x.acts) or suggests(chat, x) for x in chat.sentences.get(i, ()))


def _asked_for_effect(chat, text: str) -> bool:
    """A question asked for effect or to confirm (``_not_only_asking``)."""
    c = compact(text)
    return any(p is not None and p.search(c) for p in (chat.patterns("rhetorical_question"), chat.patterns("confirm_question")))
