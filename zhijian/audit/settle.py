"""How an agent's answering sentences settle the customer's open needs (``state.track`` reads the chat,
this module matches what was said against what is open).

Each clause of an answering sentence goes to the open item it shares most content with (a content bigram counts
double a character, function words and particles count nothing); a sentence none of whose clauses shares anything
is *free* and closes the oldest item nothing went to.  An item that *waits* (held while the customer asked
something newer, or skipped by an earlier answer) is settled only by a clause about it; a closing or greeting
sharing one character with a skipped item (感谢您的支持 / 快煮要多久) is not about it; on a tie a clause goes on about the
item the clause before it in the sentence went to (附带一个遥控器，放在扇叶下面的盒子里: still the remote).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhijian.audit.config import NEVER
from zhijian.audit.clause_fit import function_word_only as _function_word_only, names_goods_only as _names_goods_only
from zhijian.audit.clause_fit import prefer, stray_digits as _stray_digits, syllables as _syllables
from zhijian.audit.clause_fit import without_asking as _without_asking
from zhijian.audit.clause_fit import only_goods as _only_goods, position_only as _position_only, unit_told as _unit_told
from zhijian.audit.clause_fit import without_goods as _without_goods
from zhijian.audit.parts import STOP_CHARS, chars, halves, other_thing as _other_thing, things as _things
from zhijian.audit.parts import polar as _polar
from zhijian.audit.asked_for import names_no_choice, sibling_untold as _when_untold, term_unmet, untold as _untold
from zhijian.audit.clauses import CLAUSE, bigrams, compact  # (re-exported: the checks import them from here)
from zhijian.audit.settle_words import OwnWords
from zhijian.audit.sibling import asked_content as _content, named_beside as _named_beside, spoken_of as _spoken_of
from zhijian.audit.sibling import describes_only as _describes_only, follows_on as _follows_on
from zhijian.audit.sibling import in_passing as _in_passing, passed_over as _passed_over, thin as _thin
from zhijian.audit.when import asks_for as _asks_for, asks_when as _asks_when, sibling_price as _sibling_price
from zhijian.audit.when import sibling_span as _sibling_span, sibling_when as _sibling_when

if TYPE_CHECKING:
    from zhijian.audit.item import Item


def settle(open_: list[Item], answering: list, j: int, newest: int, details: tuple = (), intro=None,
           added=None, grammar: tuple = (NEVER,) * 4, choice: tuple = (NEVER, NEVER), beside=None,
           quantity: tuple = (NEVER, NEVER, NEVER), term: tuple = (NEVER,) * 4, off=None,
           when: tuple = (NEVER, NEVER, NEVER, NEVER), back=None, bare=None, either=None,
           guess=None, ends=None, yes=None, price: tuple = (NEVER, NEVER), lead_in: re.Pattern = NEVER,
           asked_kinds: tuple = (), summons: re.Pattern = NEVER, own: OwnWords = OwnWords(),
           shop=None) -> list[Item]:
    """Close the items of ``open_`` that the ``answering`` sentences of agent turn ``j`` settle; the
    items still open.  ``newest``: the customer turn of the newest open item when the block began.
    ``details``: the customer's sentences since the agent's last block that opened no need (客厅三十平,
    what the agent had asked for): a clause about one of them more than about any item is the agent
    using what they were told, not a free answer to the item left over.  ``intro``: the pack's ``greeting_clause``
    (欢迎光临XX沙发清洗 / 我是XX的客服): such a clause is about no item, whatever characters of the shop's name it shares.
    ``added``: the pack's ``added_question`` (``_named_beside``).  ``grammar``: the pack's ``goods_demonstratives`` and
    ``a_not_a_question`` (``clause_fit.only_goods``; what a pack without them reads: nothing), ``negation_words`` and
    ``position_words`` (``clause_fit.position_only``).  ``choice``: the pack's
    ``alternative_question`` and ``wh_question_words`` (``names_no_choice``: a lone question asking to choose is not
    settled by an answer naming neither choice).  ``beside``: whether the answering sentences say nothing about a lone
    open question (``beside.beside_point``), or None.  ``quantity``: the pack's ``quantity_question`` and ``quantity_words``
    (a clause sharing one character with a question asking how much or how long, 坐着稳稳的 for 坐高多少, and giving no
    figure is not about it).  ``term``: the pack's ``term_question`` and ``term_words``, ``lasting_question`` and ``lasting_words`` (``term_unmet``: a question asking
    how long a guarantee lasts is settled only by a block naming cover or a term).  ``off``: whether the answering sentences
    give nothing of what a question asks for (``suits.suits_unmet``), or None: such a question is not settled by them. ``when``: the pack's ``when_question``, ``time_words`` and ``span_words`` (``_asks_when``: a clause telling a time, first of
    its sentence to go anywhere, goes to a question asking when or how long), and ``whereabouts_question`` (到哪了: settled by
    the clauses about no item before the time told for its sibling asking when), and ``delivery_event`` (``when.sibling_when``).
    ``back``: the pack's ``asks_back_clause`` (您挑个合适的日子), a clause that asks back: it settles no item.
    ``bare`` / ``either`` / ``guess``: the pack's ``bare_need_words`` / ``or_openers`` / ``guess_forms`` (``parts.halves``).
    ``ends``: whether a clause of a closing sentence says goodbye (今天就先到这里 / 祝您愉快), or None: such a clause sharing one
    character with an item is not about it, and a sentence of such clauses only is no free answer (a goodbye tells nothing of
    the question left; stop 45, c45).  ``yes``: whether a sentence opens on a yes or a no (可以的 / 没有哦), or None: a yes-or-no
    question added as a need of its own (另外能开专票吗) takes a free sentence only when one does (c45).  ``price``: the pack's
    ``price_question`` and ``money_words`` (a clause telling a sum, first of its sentence to go anywhere and sharing no more
    than one character with any need, goes to a question asking the price: 三星12800元 for 价格区间多少; stop 49), and its
    ``price_answer_forms`` and ``sum_asked_forms`` (``when.sibling_price``; stop 50).  ``lead_in``: the pack's ``lead_in_forms``,
    a clause that only leads into the agent's next question (顺便问下): with goodbyes, no result of a check held (stop 49).
    ``asked_kinds``: pairs of the pack's question and answer words of a kind (``courier_question`` / ``courier_words``): a clause
    sharing no word with any need that names one answers the question asking for it (默认圆通 for 发什么快递; stop 53).
    ``summons``: the pack's ``summons_forms`` (掌柜的在吗: a call, ``sibling.passed_over``; stop 57).  ``own``: the pack's
    ``potential_question_forms`` (能跟得上吗 / 装得下吗: two content characters, yet a matter of its own that not any answer
    settles, as a question of the carrier, the charge or an offer is: 有没有套餐) and ``polar_end_forms`` (a clause ending
    on a yes or a no, 正常使用是可以的 / 零基础也学得会, answers such a question as any yes-or-no one; stop 59), which size to
    take (owed a size: ``asked_for.untold``) and an answer to every question of a turn at once (``settle_words.OwnWords``;
    stop 61).  ``shop``: a callable
    giving the content bigrams of the shop's name (``Chat.shop_words``), or None: naming the goods by them tells nothing to a
    waiting need that asks a quantity."""
    def waits(it: Item) -> bool:
        """Only an answer about it settles it: held while the customer asked something newer, or skipped
        by an earlier answer."""
        return it.skipped or (it.held_by is not None and it.turn < newest)

    # (the one need held while the agent asked for something first, 请稍等，我问一下仓库 → 在哪个区 → 浦东: a clause about
    # what the customer told does not bring the result of the check)
    # (and, among several needs, a question asking to choose whose choices no answering sentence names: 蔗糖还是代糖 | 能不能喝
    # → 本店奶茶粉都是当季新料现做现发; ``names_no_choice``, stop 51)
    # (not when a clause says no, 不需要取回 for 取回的是整部车还是一个车轮: neither choice, the question answered)
    refused = len(open_) > 1 and any(grammar[2].search(compact(s.text)) for s in answering)
    unmet = [term_unmet(term, it, answering) or (off is not None and off(it, answering))
             or (len(open_) > 1 and not refused and names_no_choice(choice, it, answering))
             or _untold(own.size, it, answering) or (len(open_) > 1 and _when_untold(when, it, answering)) for it in open_]
    if len(open_) == 1 and not waits(open_[0]) and not (details and open_[0].held_by is not None):
        # (a sum told for a question asking the price answers it, beside whatever else the answer speaks of: 三天寄养…标准间
        # 240元 for 价格区间多少 after the customer told 三天; stop 49)
        priced = bool(price[0].search(compact(open_[0].text))) and any(price[1].search(compact(s.text)) for s in answering)
        if unmet[0] or names_no_choice(choice, open_[0], answering) or (
                beside is not None and not priced and beside(open_[0], answering)):
            return open_
        if open_[0].held_by is not None and ends is not None and all(
                set(s.acts) <= {"closing", "greeting"} and all(ends(cl) or lead_in.fullmatch(compact(cl))
                                                               for cl in CLAUSE.findall(s.text) if chars(cl))
                for s in answering):
            return open_  # (我去跟仓库确认一下 → 行，麻烦了 → 不麻烦的，这是我们应该做的: courtesy brings no result; stop 49)
        open_[0].closed_by = j
        return []
    held = [it.held_by is not None and waits(it) for it in open_]
    feats = [(bigrams(it.text), chars(it.text)) for it in open_]
    contents = [_content(it, added) for it in open_]  # (what each need asks, without the words that add it)
    asked = [(bigrams(c), chars(c)) for c in contents]  # (what a clause is scored on)
    # (the words of a question asking how much or how long, 多长 of 能涂多长, told apart: a clause with no figure scores on the
    # rest only — 薄涂多层 shares 涂多 by the asking word, not by the thing asked; stop 69, c69)
    unasked = [_without_asking(quantity[0], c) for c in contents]
    typed = [_syllables(it.text, True) for it in open_]  # (you mei you tuo pan: read by its syllables, stop 69)
    # (the goods by the shop's own word for them, 立峰笔记本支架 → 支架, and the demonstrative before them: a clause naming them
    # tells nothing of the quantity a need waiting for its answer asks of them — 这款支架做工很扎实 for 支架能承重多少, skipped
    # before; not a need of the service itself, 能上门喂吗 at 猫窝上门喂养, which a clause of the visit answers; stop 59, pool59)
    quantities = [waits(it) and quantity[0].search(compact(it.text)) is not None for it in open_]
    if shop is not None and any(quantities):
        goods = shop()  # (read only when a waiting need asks a quantity: ``Chat.shop_words``)
        asked = [_without_goods(b, c, goods, grammar[0]) if q else (b, c) for q, (b, c) in zip(quantities, asked)]
        unasked = [(u[0] & a[0], u[1] & a[1]) if u is not None else None for u, a in zip(unasked, asked)]  # (both set aside)
    # what the customer told the agent, once it is not about one of the items itself (订单号查不到了 about 看不到订单)
    told = [(b, c) for b, c in ((bigrams(t), chars(t)) for t in details) if not any(b & ib for ib, _ in feats)]
    got = [False] * len(open_)
    strength = [0] * len(open_)  # the best score of a clause that went to each item
    things = [_things(grammar[1], it.text, STOP_CHARS) for it in open_]
    priced_q = [price[0].search(compact(it.text)) is not None for it in open_]  # (the needs asking the price: ``prefer``'s ties)
    yes_no = [compact(it.text).rstrip("?？")[-1:] in ("吗", "么") for it in open_]  # (the yes-or-no questions: a negated echo)
    free = yeses = 0
    spanned: set[int] = set()  # the questions asking how long that a span told beside a sibling's answer may answer
    went_on: set[int] = set()  # the items a clause went to and a clause about no item went on after
    for s in answering:
        hit = False
        courtesy = bool({"closing", "greeting"} & set(s.acts))
        bare_courtesy = courtesy and not {"answer", "solution"} & set(s.acts)
        last = -1  # the item the sentence's previous clause went to
        mine: set[int] = set()  # the items this sentence was first to go to
        introduced = spoke = False  # a clause introducing the shop / one of content besides
        # (a clause of content about no item, and whether every clause that went to an item went by the time it told)
        loose, timed = False, None  # (timed: the question asking when that a clause after it went to)
        for cl in CLAUSE.findall(s.text) or [s.text]:
            if (intro is not None and intro.search(compact(cl))) or (back is not None and back.search(compact(cl))):
                introduced = True  # (or asking back, 您挑个合适的日子: tells nothing of 定金过些日子还能退吗; pool42)
                continue
            spoke = spoke or bool(chars(cl))
            bg, ch, ccl = bigrams(cl), chars(cl), compact(cl)
            best, score = -1, 0
            head = next((c for c in compact(cl) if c not in STOP_CHARS), "")
            fresh = [not got[x] and not waits(o) and last >= 0 and o.turn == open_[last].turn and head in feats[x][1]
                     and head not in feats[last][1] for x, o in enumerate(open_)]
            # (and a question asking the price, for a clause telling no sum: 胡桃木的多少钱 | 是整块的吗 → 胡桃木这款是整块
            # 实木…单价420元 — the tie goes to what the clause tells; stop 54)
            unpriced = not (price[1].search(compact(cl)) or (len(price) > 2 and price[2].search(compact(cl))))
            named = [_names_goods_only(grammar[0], o, ch) or (unpriced and priced_q[x]) for x, o in enumerate(open_)]
            other = _other_thing(things, compact(cl))
            went_from = last
            for k, (ib, ic) in enumerate(asked):
                if unmet[k]:
                    continue  # (当天能修好 for 保修多久: no clause of a block naming no cover is about the term asked)
                if other[k]:
                    continue  # (风嘴可以折叠收纳 for 机身能不能折叠收纳 beside 风嘴会不会烫: the sibling's thing, not this one's)
                shared = ic & ch
                sc = 2 * len(ib & bg) + len(shared)
                if unasked[k] is not None and not quantity[1].search(ccl):
                    shared = unasked[k][1] & ch
                    sc = 2 * len(unasked[k][0] & bg) + len(shared)
                if typed[k] is not None:
                    said = _syllables(cl)
                    shared, sc = frozenset(), 2 * len(typed[k][1] & said[1]) + len(typed[k][0] & said[0])
                # (a need skipped or held before: 300定金 against 9:30, digits of two numbers, are no word of it; in the
                # block that first answers, 180 and 160 against 155–190cm may be the heights asked about)
                if sc and waits(open_[k]) and (stray := _stray_digits(open_[k].text, cl)):
                    shared = shared - stray
                    sc = 2 * len({b for b in ib & bg if not set(b) & stray}) + len(shared)
                if sc >= 2 and yes_no[k] and any(f"不{b}" in ccl or f"没{b}" in ccl for b in ib & bg):
                    sc += 1  # (要加钱吗 beside 定制要多久 → 定制长度不加钱: the yes-or-no question's own words said back; stop 63)
                if sc and open_[k].act == "question" and _in_passing(contents[k], cl, grammar[2]) and any(
                        x != k and o.turn == open_[k].turn and 2 * len(xb & bg) + len(xc & ch) >= 2
                        for x, (o, (xb, xc)) in enumerate(zip(open_, asked))):
                    continue  # (第一节课先讲泥料和拉坯器材的用法 for 上课要用的器材得自备吗 beside 没基础能学会吗: the sibling's
                    # matter, this question's thing named in passing; stop 52)
                if sc and waits(open_[k]) and not ib & bg and _function_word_only(open_[k].text, cl, shared):
                    continue  # (到时候领券 for 送货的时候管不管拆旧的, skipped: 时候 is no content; stop 39, c39)
                if sc == 1 and open_[k].skipped and _describes_only(contents[k], shared):
                    continue  # (6次课 for 上课要用的器材得自备吗, answered around before: 课 of the words telling which things; stop 52)
                if held[k] and (sc < 2 or _only_goods(open_[k], bg, ch, cl, grammar)):
                    continue  # a held check's goods named again (连同书包寄出 for 书包哪天能寄), or one character: no result (c44)
                if sc < 2 and courtesy and (open_[k].skipped or (ends is not None and ends(cl))):
                    # a closing sharing one character (感谢您的支持 / 快煮要多久) answers no skipped item; a goodbye none
                    # (今天就到这里 / 天窗能一起贴吗: stop 45, c45)
                    continue
                if open_[k].skipped and bare_courtesy:
                    # (师傅出发前会先打电话，感谢您的咨询，再见 for 配件是师傅带还是我自己买, skipped: a goodbye that only
                    # names the thing asked about, read as no answer at all, tells nothing of what was asked)
                    continue
                if sc == 1 and quantity[0].search(compact(open_[k].text)) and not quantity[1].search(compact(cl)):
                    continue  # (坐着稳稳的 for 坐高多少: one character in common and no figure tells no height)
                if sc == 1 and _position_only(contents[k], cl, shared, grammar[3]):
                    continue  # (会另外报价后再施工 for 晚上七点以后能来吗: 后 of 以后, a word of position; stop 59)
                if sc > score or (sc == score and sc > 0 and prefer(k, best, got, last, fresh, named)):
                    best, score = k, sc
            # (a sum told in words of no need, 26天套餐…三星12800元 for 价格区间多少 beside the 26天 the customer told: the price
            # asked, even in a clause about what the customer told; stop 49)
            # (and when it shares one character with another need, 5 of 15800元 with 5月底, it goes there as well)
            priced = _asks_for(price[0], price[1], open_, got, unmet, waits, cl) if last == -1 and (best < 0 or score == 1) else -1
            if priced >= 0:
                mine.add(priced)
                got[priced] = hit = True
                if best < 0 or best == priced:
                    last = priced
                    continue
            # (发货时间 | 发什么快递 → 当天发，默认圆通: a clause sharing no word with any need names what one asks for, a carrier;
            # ``asked_kinds``: the pack's question and answer words of such kinds; stop 53)
            # (or one character only, 单次多少钱 | 有套餐吗 → 单次680元，店里有4次疗程卡: 次 tells nothing of the price, the card
            # named answers the question asking for one; the charge, the offer and the harm feared as well; stop 59)
            k = next((x for q, w in asked_kinds if (x := _asks_for(q, w, open_, got, unmet, waits, cl)) >= 0), -1) \
                if best < 0 or score == 1 else -1
            if k >= 0:
                mine.add(k)
                got[k] = hit = True
                last = k
                continue
            if best >= 0 and not when[0].search(compact(open_[best].text)) and (
                    k := _asks_when(when, open_, got, unmet, waits, cl, span=True)) >= 0 and k != best \
                    and open_[k].turn == open_[best].turn and (quantity[0].search(compact(open_[k].text)) or (
                        len(quantity) > 3 and quantity[3].search(compact(open_[k].text)))):
                # (报名后怎么安排 | 大概多久能学会 → …顺利的话一两个月就能下深水: a span told in the answer to a sibling that
                # asks no time answers the question of the same turn asking how long, whatever word it shares with the
                # sibling; read after the block, so the clause still goes to the sibling it is about (预热3分钟 for 需要预热吗
                # beside 炸薯条大概多久, answered by 薯条…炸15分钟 anyway).  Not a question asking a date, 保质期到什么时候.  A span
                # that only tells the sibling's own time, with the question asking how long passed over, is read as an
                # answer to both (a skip this misses); seed 000: 对客户的每一个问题都认真回复; stop 51, c51.  Nor a question
                # when the work will be done, ``done_when_forms``: 什么时候能洗好 → 大约需要12个工作日; stop 62)
                spanned.add(k)
            if best >= 0:
                # (小孩能玩吗 | 几岁适合 → 三岁以上就能玩: the clause about the sibling tells a figure in the very unit the question of
                # the same turn asks for, 几岁 → 三岁, and answers it too; seed 000: 对客户的每一个问题都认真回复; stop 53)
                spanned.update(x for x, o in enumerate(open_) if x != best and not got[x] and not unmet[x] and not waits(o)
                               and o.turn == open_[best].turn and o.act == "question" and _unit_told(quantity[2], o.text, cl))
            if any(2 * len(db & bg) + len(dc & ch) > max(score, 1) for db, dc in told) or (score == 1 and last == -2):
                # about what the customer told (客厅推荐X5 after 客厅三十平: more than one character in common), or one
                # character in common with an item right after a clause about it (浦东在次日达范围内，大件有师傅送货上门):
                # not free, settles no item
                hit = True
                last = -2
            elif last == -1 and (best < 0 or score == 1) and (k := _asks_when(
                    when, open_, got, unmet, waits, cl, span=best >= 0 and not waits(open_[best]))) >= 0 and k != best:
                # (付完款三个工作日里寄走 for 多久能发货: no word of the question, the time it asks told; not after a clause
                # about another need, 发京东物流 | 新疆西藏得多等一两天, which goes on about that one)
                # (stop 35, c35: nor a clause sharing one character with a sibling question, 灌满开水放8个钟头还烫手 for
                # 保温多久 beside 渗不渗水 — the span told answers the question asking how long; seed 000 漏回复)
                # (one character in common with a need skipped before, 送 of 送不送胶带 in 次日送达, is not the time told:
                # the clause answers the newer question asking when; stop 51, c51)
                mine.add(k)
                got[k] = hit = True
                timed = k if loose else timed
                last = k
            elif best >= 0 and last >= 0 and best != last and _thin(open_[best], open_[last], feats[best][1], ch,
                                                                              feats[best][0], bg, grammar[1:], cl):
                pass  # (能用手表接电话吗 beside 支持NFC吗: 在手表App里添加 still tells about the NFC card)
            elif score == 1 and last >= 0 and open_[best].turn != open_[last].turn:
                # one character in common with a need asked in another turn (用邮箱接收 / 电池能用几年): the sentence
                # goes on about its own need (pieces of one turn, 脚背高 | 要选大半码, may share just one)
                if not got[best] and _asks_when(when, [open_[best]], [False], [unmet[best]], waits, cl, span=True) == 0:
                    got[best] = True  # (它是靠充电的，称重约3秒出数 for 称一回要多久: the span it asks, told; not 次日送达)
            elif best < 0 and last >= 0 and (k := _sibling_when(when, open_, got, unmet, waits, last, cl)) >= 0:
                mine.add(k)  # (装好了吗 | 周六之前能到吗 → 出厂都装好了，明早发顺丰，一般次日下午送达: ``when.sibling_when``)
                got[k], hit, last = True, True, k
            elif best < 0 and last >= 0 and (k := _sibling_span(when, quantity[0], open_, got, unmet, waits, last, cl)) >= 0:
                mine.add(k)  # (还接单吗 | 要等几天 → 中秋照常接单，…预计4个工作日寄出: ``when.sibling_span``, stop 54)
                got[k], hit, last = True, True, k
            elif best < 0 and last >= 0 and strength[last] >= 2 and (
                    k := _sibling_price(price, open_, got, unmet, waits, last, cl)) >= 0:
                # (after a clause that surely answered its own question, more than one character in common; stop 50)
                mine.add(k)  # (那3月什么时候 | 会回到80吗 → 中旬公布，具体价格以活动页面为准: ``when.sibling_price``)
                got[k], hit, last = True, True, k
            elif best >= 0:
                if not got[best]:
                    mine.add(best)
                got[best] = hit = True
                if loose and when[0].search(compact(open_[best].text)) and when[1].search(compact(cl)):
                    timed = best
                last = best
                strength[best] = max(strength[best], score)
            if best < 0 and ch and last == -1:
                loose = True
            elif best < 0 and ch and last >= 0 and last == went_from:
                went_on.add(last)  # (a clause of content about no item after one about ``last``: it tells more of that)
        if any(not waits(open_[k]) for k in mine):
            # an answer to the newer question (可以，在订单页点发票详情修改抬头) whose clause shares a word with the need held
            # (订单…还显示待发货) does not bring the result of the check: the held need stays open
            for k in mine:
                if waits(open_[k]):
                    got[k] = False
        if loose and timed is not None and len(when) > 3:
            # 到哪了 | 什么时候到 → 包裹已发出，正在转运站，后天上午派送: the time told answers the when-question, the
            # clauses of content before it, about no item, tell where the parcel is: they answer the question of the
            # same turn asking that (seed 000: 对客户的每一个问题都认真回复)
            for x, it in enumerate(open_):
                if (not got[x] and not unmet[x] and not waits(it) and it.turn == open_[timed].turn and it.act == "question"
                        and when[3].search(compact(it.text))):
                    got[x] = True
                    break
        if not hit and (spoke or not introduced) and not (ends is not None and courtesy and all(
                ends(cl) for cl in CLAUSE.findall(s.text) if chars(cl))):
            # a sentence about none of the items answers one of those left (not the shop introducing itself with a
            # greeting: 欢迎来到XX家居)
            free += 1
            yeses += yes is not None and yes(s.text)
    copula = None  # (the content characters of the answering clauses opening on 是, read once a block)
    for k, it in enumerate(open_):
        # (小鸡是会跳的那种吗 | 发条能蹦多久 → 是上发条后一蹦一蹦往前跳的款式，…能跳40秒: a clause saying back the copula a yes-or-no
        # question of the turn asks with, and a content character of it, answers it whatever sibling it went to; stop 55)
        c = compact(it.text)
        if not got[k] and not unmet[k] and not waits(it) and it.act == "question" and "是" in c and c.endswith(("吗", "嘛")):
            if copula is None:
                copula = [chars(cl) - {"是"} for s in answering for cl in CLAUSE.findall(s.text) if compact(cl).startswith("是")]
            if any(ch & feats[k][1] for ch in copula):
                spanned.add(k)
    if len(when) > 6:
        # (现在修合适吗 | 会不会影响开花 → 桂花秋天开，春季适当修剪影响不大: a season told answers whether now is the time, whatever
        # sibling its clause went to; ``when[5]`` / ``when[6]``, the pack's ``timing_question_forms`` / ``season_words``; stop 56)
        spanned.update(k for k, it in enumerate(open_) if not got[k] and not unmet[k] and not waits(it) and it.act == "question"
                       and when[5].search(compact(it.text)) and any(when[6].search(compact(s.text)) for s in answering))
    for k in spanned:
        got[k] = True  # (the span or figure told beside a sibling's answer, no clause of the block having answered it)
    for k, it in enumerate(open_):
        # (电池啥型号 | 要自己配吗 → 用两节7号电池，出厂时已经放在电池仓里了: a yes-or-no question naming no thing of its own
        # asks of the thing its sibling just before names; the answer to the sibling going on about it answers it; stop 52)
        if not got[k] and not unmet[k] and not waits(it) and it.act == "question" and _follows_on(contents[k]) \
                and any(open_[x].turn == it.turn and open_[x].sentence == it.sentence - 1 for x in went_on):
            got[k] = True
    # a free sentence goes to a need asked plainly before one asked in anger (你们售后是不是都不看消息的 …): any answer settles a grievance anyway
    # (and to a need of some content before one any answer settles anyway: 预售？| 页面我怎么没看到 → where it is shown)
    # the items a clause went to in words about them, more than one character in common (not a free sentence)
    spoken = [x >= 3 for x in strength]
    worded = list(got)  # (the items a clause went to, before any free sentence: ``sibling.passed_over``)
    for k, it in sorted(enumerate(open_), key=lambda e: (e[1].grievance, len(feats[e[0]][1]) <= 2 and not waits(e[1]))):
        # a held item is not settled by a free sentence while the customer has asked something newer
        polar = yes is not None and it.added and _polar(grammar[1], choice[1], it.text)
        if not got[k] and free and not waits(it) and not unmet[k] and (yeses or not polar):
            yeses -= polar
            got[k] = True
            free -= 1
    # a question with no content of its own (怎么样了 / 有吗 / 查好了没), or one asked in anger (你们是不是都不看单子的),
    # is settled by any answer
    before, said = list(got), "".join(compact(s.text) for s in answering)

    polar = None  # (whether a clause of the block ends on a yes or a no, read once when first asked)

    def _own_matter(it: Item) -> bool:
        # (能跟得上吗 / 有没有套餐: two content characters, yet a matter of its own, of a kind whose answer the block must
        # tell — unless the block says yes or no; stop 59)
        nonlocal polar
        c = compact(it.text)
        if own.potential.search(c) is None and not any(q.search(c) for q in own.kinds):
            return False
        if polar is None:
            polar = any(own.polar_end.search(compact(cl)) for s in answering for cl in CLAUSE.findall(s.text))
        return not polar

    for k, it in enumerate(open_):
        if not got[k] and not unmet[k] and (len(feats[k][1]) <= 2 and not _own_matter(it) or it.grievance) \
                and not waits(it) and not _named_beside(
                k, open_, feats, before, said, added, quantity[0], spoken) and not _passed_over(
                k, open_, feats, worded, said, answering, yes, when[1], choice[1], grammar[2], summons):
            got[k] = True
    # (pieces of one need in one turn: ``parts.halves``; 都可以开 for two questions of a turn, the pack's both_forms: stop 61)
    both = len(open_) > 1 and not all(got) and any(
        own.both.search(compact(cl)) for s in answering for cl in CLAUSE.findall(s.text))
    got = halves(open_, got, unmet, strength, choice[1], bare, either, guess, both)
    # a problem stated with its question in one turn (降价了 | 能补差价吗) is one need: settled together; not a question
    # added as a need of its own (…都等三天了 | 另外能开发票吗)
    # (a problem with two questions, 屏碎了 | 换屏多少钱 | 修几天, holds two needs: each question needs its answer)
    done = {it.turn for k, it in enumerate(open_) if got[k]}
    with_problem = {it.turn for it in open_ if it.act == "problem"}
    question_turns = [it.turn for it in open_ if it.act == "question"]
    # (an apology alone, every answering sentence heeding the grievance, 非常抱歉…售后电话没人接听…会反馈改进, settles the problem
    # told but not a question of content asked with it, 到底能不能单独买一个, that no clause speaks of: seed 000 漏回复; stop 51)
    sorry_only = bool(answering) and all("empathy" in s.acts for s in answering)
    still = []
    for k, it in enumerate(open_):
        one = it.act != "question" or question_turns.count(it.turn) == 1
        if not got[k] and sorry_only and it.act == "question" and not it.grievance and any(
                o.turn == it.turn and o.sentence < it.sentence and o.act == "problem" for o in open_) \
                and not _spoken_of(it, open_, answering):
            # (a question asked in anger, or before the grievance, 你们家客服怎么回事 | 昨天等了半天没人理, is a reproach the
            # apology meets; the question after the grievance asks a matter of its own)
            still.append(it)
            continue
        if got[k] or (it.turn in done and it.turn in with_problem and not it.added and one and not unmet[k]):
            it.closed_by = j
        else:
            still.append(it)
    return still
