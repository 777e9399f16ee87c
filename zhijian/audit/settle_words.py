"""What the state tracker (``state.track``) and ``settle.settle`` are given of the pack's words: the same for every block of a
chat, looked up once a chat.  Each tuple's parts are named where ``settle`` reads them."""

from __future__ import annotations

from typing import NamedTuple

from zhijian.audit.config import NEVER


class OwnWords(NamedTuple):
    """The pack's words of questions owed an answer of their own (``settle``): ``potential_question_forms`` and the kinds'
    questions (carrier, charge, offer), settled by no free sentence unless a clause ends on a yes or a no
    (``polar_end_forms``); which size to take, owed a size whatever yes the block says (``size_question`` / ``size_words``:
    ``asked_for.untold``); and an answer to every question of a turn at once (``both_forms``: ``parts.halves``)."""
    potential: object = NEVER
    polar_end: object = NEVER
    kinds: tuple = ()
    size: tuple = (NEVER, NEVER)
    both: object = NEVER


class SettleWords(NamedTuple):
    grammar: tuple  # greeting clause, added question, (demonstratives, A-not-A, negation, position), (alternative, question words)
    measures: tuple  # (quantity question, words, unit question), (term question, words, lasting question, words)
    when: tuple  # when question, time words, span words, whereabouts, delivery event, timing question, season words
    price: tuple  # price question, money words, price answer forms, sum asked forms
    asked_kinds: tuple  # (question, answer words) of a kind: courier, charge, offer, harm, size, open, a time named, weight
    back: object  # a clause asking back (``asks_back_clause``)
    kinds: list  # (question, words) a need asks for: charge, exists, change, slot, which goods (stop 66)
    where: list  # ``kinds`` and where to buy
    asks_to_act: object  # ``request_question_forms``
    either: object  # ``or_openers``
    bare: object  # ``bare_need_words``
    guess: object  # ``guess_forms``
    own: OwnWords  # the questions owed an answer of their own


def settle_words(chat, wh) -> SettleWords:
    """The pack's words of ``chat`` that ``settle`` and the tracker read (``wh``: the pack's ``wh_question_words``)."""
    grammar = (chat.patterns("greeting_clause"), chat.patterns("added_question"),
               (chat.words_re("goods_demonstratives"), chat.words_re("a_not_a_question"), chat.words_re("negation_words"),
                chat.words_re("position_words")),
               (chat.words_re("alternative_question"), wh))
    # (什么时候能洗好 → 大约需要12个工作日: a question when the work will be done, answered by a span as 多久 is; stop 62)
    measures = ((chat.words_re("quantity_question"), chat.words_re("quantity_words"), chat.words_re("unit_question_forms"),
                 chat.words_re("done_when_forms")),
                tuple(chat.words_re(k) for k in ("term_question", "term_words", "lasting_question", "lasting_words")))
    # 几天能发货 → 拍下两天之内寄走 / 称一回要多久 → 约3秒 (``settle._asks_when``)
    when = (chat.words_re("when_question"), chat.words_re("time_words"), chat.words_re("span_words"),
            chat.words_re("whereabouts_question"), chat.words_re("delivery_event"),
            chat.words_re("timing_question_forms"), chat.words_re("season_words"),  # (现在修合适吗 → 春季…: stop 56)
            # (保质期多久 → 三年 / 多久换一次 → 每天; a block deferring, 价格要看型号: ``asked_for.when_untold``; stop 64)
            chat.words_re("when_answer_words"), chat.words_re("depends_forms"),
            # (换下来的旧配件你们回收吗 beside 怎么收费 → 检测费50元…: ``asked_for.act_untold``; stop 65)
            chat.words_re("shop_act_question"), chat.words_re("polarity_words"), chat.words_re("open_question"))
    price = (chat.words_re("price_question"), chat.words_re("money_words"),  # 价格区间多少 → 三星12800元 (stop 49)
             chat.words_re("price_answer_forms"), chat.words_re("sum_asked_forms"))  # (会回到80吗 → 具体价格以…为准: stop 50)
    # (能不能帮我加急一下 → 好的: ``replies.asks_for_action``; 或是… / 麻烦帮我查一下 beside its question: ``parts.halves``)
    asks_to_act, either, bare, guess = (chat.words_re(k) for k in (
        "request_question_forms", "or_openers", "bare_need_words", "guess_forms"))
    courier, charge, offer, harm, size, open_ = ((chat.words_re(q), chat.words_re(w)) for q, w in (
        ("courier_question", "courier_words"),  # (发什么快递 → 默认圆通: stop 53)
        # (会不会又让我掏钱 → …是免费处理的 / 有套餐吗 → 店里有十次的疗程卡 / 会不会被误伤 → 修剪时会绕开: stop 59)
        ("charge_question", "charge_told_forms"), ("offer_question", "offer_words"), ("harm_question", "care_words"),
        # (各穿什么码 → 男款52码，女款M / 今天过节你们有人吗 → 门店营业到下午5点: stop 61, c61)
        ("size_question", "size_words"), ("open_question", "open_words")))
    # (3吨的有多重 → 整机约22公斤: the weight told answers the question asking it, whatever a sibling shares; stop 65)
    weight = (chat.words_re("weight_question"), chat.words_re("weight_words"))
    # (下午3点左右送到可以吗 → 明天14:00到16:00还有名额: a time told answers the yes or no asked of a time; stop 60, c60)
    timed = (chat.words_re("timed_ask_forms"), chat.words_re("time_words"))
    # (怎么比别家贵一些 → …所以价格会比机器做的高一点: the cause told answers the question asking why; stop 68, fresh52)
    cause = (chat.words_re("cause_question"), chat.words_re("cause_words"))
    asked_kinds = (courier, charge, offer, harm, size, open_, timed, weight, cause)
    back = chat.patterns("asks_back_clause")  # (您挑个合适的日子: a clause asking back settles nothing, ``settle.settle``)
    # (安装另外收钱吗 / 另外有没有大容量的 / 另外配件在哪个链接买, added as a need of its own: ``suits.words_unmet``)
    # (这周末能不能派师傅上门 → a time or whether it can be fitted in, not advice on the work: ``slot``; stop 62, pool62)
    # (还有位置吗 → room left or none, not the price of a package: ``room``; stop 69, pool69)
    kinds = [(chat.words_re(f"{k}_question"), chat.words_re(f"{k}_words"))
             for k in ("charge", "exists", "change", "slot", "which", "room")]
    where = kinds + [(chat.words_re("where_buy_question"), chat.words_re("where_buy_words"))]
    # (能跟得上吗: a matter of its own in two characters, unless a clause ends on a yes or no, 是可以的; stop 59)
    # (and a question of a kind whose answer the block must tell, 有没有套餐 / 会不会又要掏钱 — not a worry of harm, which a
    # yes or any word of comfort may meet; held halves, stop 59)
    # (which size to take, owed a size whatever yes the block says; 都可以开, every question of the turn answered at once:
    # stop 61)
    own = OwnWords(chat.words_re("potential_question_forms"), chat.words_re("polar_end_forms"),
                   (courier[0], charge[0], offer[0]), size, chat.words_re("both_forms"))
    return SettleWords(grammar, measures, when, price, asked_kinds, back, kinds, where, asks_to_act, either, bare, guess, own)
