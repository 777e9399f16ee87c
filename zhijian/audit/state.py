"""Conversation state from dialogue acts: which customer needs are open when.

Each customer sentence tagged ``question``, ``request`` or ``problem`` opens an *item*; a
sentence tagged ``more`` (我还有个问题) opens one too — the customer has said they need more.  A
sentence the model leaves as ``other`` that still reads as a question (it ends with ？, or has a
question word / an A-not-A form — 万一坏了怎么保修, 这个是几升的 — or a short one ends in 不/没有:
送货上门不) opens a question: a question the tagger missed is still a need.  The agent's next
block of turns (up to the next customer turn) settles the items open before it:

* a sentence that is not only a greeting, closing, hold, push-out, review invitation or a question
  back (``cause_check`` alone: 订单号是多少 / 拍张照片) answers.  Asking back keeps the need open
  until the agent comes back with the answer;
* with one open item, any answer closes it.  With several, each clause of an answering sentence
  goes to the item it shares most content with (``settle.py``: a bigram counts double a character); a
  sentence none of whose clauses shares anything is *free* and closes the oldest item nothing went to.
  So two questions answered in two sentences both close, but a question skipped stays open even when
  the one answer is long (its other clauses go on about the same thing);
* what the customer tells in answer to the agent's question back while no need waits (放在多大的房间 →
  客厅三十平) is a *detail*: a clause of the answer about it more than about any item uses what the
  agent was told and is not free, so a question asked next and skipped stays open;
* a turn that hands the need over beyond the chat, with a time or a person (the pack's ``handover_forms``:
  我们会在24小时内回复您 / 稍后安排专人和您联系; seed 004's wording for what cannot be answered at once) settles
  every open item;
* a ``hold`` (稍等/我查一下) without an answer marks the items *held*: the agent promised to come
  back.  A held item is closed by a later clause about it, or by a free sentence of a block that
  answers nothing newer (the answer after 稍等); answers to the customer's other, newer questions
  do not settle it (the check that was forgotten);
* an item still open after a block that answered something else was *skipped*: from then on only
  an answer about it (shared content) settles it, not whatever the agent says next;
* two questions in one sentence (可以开专票不，Mac能用不) are two items;
* a greeting or an acknowledgement alone settles nothing (好的 settles a request);
* chat tools join messages sent in a row, so one turn may hold a hold and the result given minutes
  later (请稍等，正在为您查询~ 下午可以送到): what answers after the hold answers; an agent sentence giving
  data (a number, a masked field: QQ:12345) answers however short;
* one need is one item: the same question sent again while it waits opens nothing new, and pieces
  of one turn that share a content bigram (我要取消订单 … 你能帮我取消么) are settled together;
  a lead-in with no content of its own (请问一下 | …, 我付款的话 | …) and a card or placeholder
  of the chat tool ([订单编号:…] / [图片]) open nothing;
* a ``hold`` is the agent's promise to check: the hold cue, or the model's hold in a sentence about
  the agent (``words.agent_self``: 小妹帮您问一下), not an instruction to the customer (您点结算查看一下);
  what the customer adds while the agent checks (麻烦快点 / 地址是公司的), in that turn or the next ones
  before the agent speaks again, is detail, not a new need; so is a question with next to no content of
  its own (还在吗 / 查到了吗: a chase-up of what is held);
* an answer that says it must still be found out (the pack's ``words.pending``: 这个要核实一下…) next
  to a hold is not an answer yet; after a hold, a sentence saying what will be checked (…看看到哪了) neither;
* an apology or comfort said while asking for the details (抱歉让您着急了，麻烦发一下户号) answers nothing
  yet; if the agent also said they would check (我帮您查一下), the items are *promised*: the agent owes
  the result (``followup_missed``) unless they come back with an answer to anything;
* a question asked before the agent's first, greeting-only turn and asked again (in other words)
  right after it is one need: the one asked again; a question the customer adds to it (the pack's
  ``adds_need`` forms: 还有… / 另外… / 对了…) is a second need;
* thanks or praise the model reads as a problem (``needs.praise_only``: 拿到了，比想的快多了，点赞) opens nothing; nor does
  the customer telling the choice made (``stands_down.decides``: 那就拿灰色的吧);
* a question asking a held need again with nothing of its own (那卡其色究竟有没有 while 有卡其色吗 is held:
  ``needs.asks_held_again``) opens nothing: the need held waits for the result;
* a hold after the turn's answers that names an open need (颜色我帮您问一下仓库) holds that need, whatever answers the rest;
* an agent sentence opening on the pack's ``topic_shift`` (另外 / 顺便 …) that shares no content bigram with an open
  need answers none of them, and never brings the result of a check (``_turns_away``);
* a short agent sentence that says something answers (不影响哦 / 不用了), an acknowledgement the ack
  cue decided (好的) or a form of address (亲亲) does not; a push-out the model is unsure of (below
  the pack's ``act_confidence.push_out``: 明天吧) is read as an answer.

What is still open at the end of the chat is unanswered; checks read ``Chat.items``.  ``ending.forced_ending`` finds the
turn that ended the chat on an open need (``Chat.forced_ending``): an agent push-out or a final closing, or a system line
of the pack's ``words.system_agent_close`` (客服已结束本次会话) after the customer's open need.
"""

from __future__ import annotations

from zhijian.acts.sentences import is_question_compact
from zhijian.audit.config import NEVER
from zhijian.audit.beside import beside_point, meets_grievance_only, no_price, no_quantity, speaks_of_told
from zhijian.audit.earlier_matter import ends_on_earlier_matter
from zhijian.audit.courtesy import ends_courteously, opens_yes_no
from zhijian.audit.suits import suits_unmet, words_unmet
from zhijian.audit.answering import ASKING_BACK, acknowledges, answers, asks_back, content_in_courtesy, guessed
from zhijian.audit.answering import media_passed, only_greets as _only_greets, shows_media
from zhijian.audit.held import (answers_aside, back_after_wait, held_by_name, held_unnamed, moved_on, newer_only, no_result_yet,
                                ground_before_hold, resent, result_of_check, says_found, told_before_hold, told_taken_up)
from zhijian.audit.item import Item
from zhijian.audit.memo import per_sentence
from zhijian.audit.needs import added_after_lead_in, announced, asks_held_again, same_need, says_meant, two_questions
from zhijian.audit.replies import asides, asks_for_action, grant_grounds, sent_again, yes_no_answered as _yes_no_answered
from zhijian.audit.settle import CLAUSE, bigrams as _bigrams, chars as _chars, compact, settle as _settle
from zhijian.audit.setting import setting_only
from zhijian.audit.settle_words import settle_words
from zhijian.audit.stands_down import takes_back
from zhijian.audit.stock_lines import stock_only
from zhijian.audit.turns import agent_turn, customer_turn


def _one_need(a: Item, b: Item, wh=None, another=NEVER) -> bool:
    """Items ``a`` and ``b`` are one need: the same question again, or two pieces of one turn that
    share a content bigram (``wh``: the pack's ``wh_question_words``, ``needs.two_questions``) — not when the later piece
    is added as a need of its own (``Item.added``: 门框多宽能装？| 另外装上会不会把门框压出印子？; stop 62, pool62), unless its
    另外 only means "another one" (``another``: the pack's ``another_one_forms``, 发到另外一个地址); nor the next message that asks
    nothing and tells what the question is for, sharing a content bigram (stop 69, pool69)."""
    later = b if (b.turn, b.sentence) > (a.turn, a.sentence) else a
    told_on = abs(a.turn - b.turn) == 1 and later.act != "question" and not later.added  # (今天下午能租船吗 | 想趁今天下午出海)
    return same_need(a.text, b.text) or ((a.turn == b.turn or told_on) and bool(_bigrams(a.text) & _bigrams(b.text))
                                         and not two_questions(a, b, wh)
                                         and not (later.added and not another.search(compact(later.text))))


def _one_word(held: str, newer: str) -> frozenset[str]:
    """The content bigrams a held need shares with a newer one when they make one word of the held need, up to four
    characters (书包哪天能寄 held | 书包送雨罩吗 / 这台烤箱…: the goods both ask about); none when they share
    more (a need said again)."""
    both = _bigrams(held) & _bigrams(newer)
    c = compact(held)
    at = sorted(c.find(b) for b in both)
    return frozenset(both) if both and len(both) <= 3 and at[-1] - at[0] == len(at) - 1 else frozenset()


def _after_hold(chat, sents, answering: list) -> list:
    """The answering sentences of a turn that come after its last hold (请稍等，正在为您查询~ 下午可以送到:
    the chat tool joined the hold and the result sent minutes later) and do not themselves read as more
    checking (the model's ``hold`` score under 0.3) nor say what is being checked (我帮您问一下快递员 | 看看到哪了)."""
    last = max(k for k, s in enumerate(sents) if "hold" in s.acts)  # (the caller saw a hold)
    after = {id(s) for s in sents[last + 1:]}
    return [s for s in answering if id(s) in after and s.scores.get("hold", 0.0) < 0.3 and not asks_back(s, chat)
            and not is_question_compact(compact(s.text))]


def track(chat) -> list[Item]:
    adds = chat.patterns("adds_need")  # 还有… / 另外…: a question added to the one asked before the greeting
    wh = chat.words_re("wh_question_words")  # 多少 / 几次: whether, then how much, are two needs (``needs.two_questions``)
    another_one = chat.words_re("another_one_forms")  # (另外一个地址: no need added, ``_one_need``)
    pressing = chat.words_re("pressing_words")
    # what ``settle`` is given of the pack, the same for every block (looked up once a chat: ``settle_words``)
    grammar, measures, when, price, asked_kinds, back, kinds, where, asks_to_act, either, bare, guess, own = settle_words(chat, wh)

    def beside(it, said):  # (beside the point: only the agent's reply to the question, not a later block, nor a turn that
        # says it checks: 我查看下 … 系统会推送提醒; the block right after the hold that held it owes its result: stop 65)
        return (it.turn > last_agent or (it.held_by is not None and it.held_by == last_agent)) and not holds and (
            beside_point(chat, it, said) or no_quantity(chat, it, said) or no_price(chat, it, said)
            or ends_on_earlier_matter(chat, it, said) or stock_only(chat, it, said)
            or speaks_of_told(chat, it, said, details) or meets_grievance_only(chat, it, said)
            or (it.held_by == last_agent and told_taken_up(chat, it, j, told_held)))  # (记下啦，还有其他需要吗: stop 65)

    def off(it, said):
        return suits_unmet(chat, it, said) or any(words_unmet(kind, it, said) for kind in (where if it.added else kinds))

    items: list[Item] = []
    open_: list[Item] = []
    asked_back = False  # the agent's last block asked the customer for something (订单号是多少 / 拍张照片)
    held = False  # the agent's last block only said they would check (稍等，我查一下)
    greeted = False  # the agent's last block was their first, and only greeted (您好，请问有什么可以帮您)
    details: list[str] = []  # what the customer told when the agent asked, no need waiting: no need of its own
    told_held: list[str] = []  # what the customer told while the agent checks (``held.answers_aside``)
    last_agent, last_start = -1, len(chat.messages)  # the agent's last turn before the block being read, and its block's first
    pointed: list[tuple[Item, frozenset]] = []  # skipped needs the customer pointed back to (都说了几次了，保修…)
    turns = chat.turns
    k = 0
    while k < len(turns):
        i, m = turns[k]
        if m.role == "customer":
            turn = customer_turn(chat, i)
            for it in takes_back(chat, i, open_):
                it.withdrawn = i  # (能开发票吗 → 发票算了不用了: the customer took the question back by name)
            open_ = [o for o in open_ if o.withdrawn is None]
            told_held += [m.text] if held else []  # (what the customer says while the agent checks)
            if turn.reproach:
                # the customer says they asked it already and names it again: the agent's answer to what they restate
                # answers the skipped need it shares words with (004: 不让顾客重复)
                said = _bigrams(m.text)
                pointed = [(it, said) for it in open_ if it.skipped and _bigrams(it.text) & said]
            aside = asides(chat, i, turn.readings, asked_back)  # (a remark signed off / what a yes adds: ``replies.asides``)
            for si, s, act, chases, another, texts, grieved in turn.readings:
                if si in aside:
                    details.extend([s.text] if aside[si] else [])
                    continue
                if act == "question" and held and open_ and chases:
                    continue  # 还在吗 / 查好了没 while the agent checks: chasing the need held, not a new one
                if act == "question" and asks_held_again(s.text, open_, pressing):
                    continue  # 那卡其色究竟有没有 while 有卡其色吗 is held: the need held asked again, not a new one
                if act in ("problem", "request") and (asked_back or held) and open_ and not another:
                    # the details the agent asked for (订单号… 改成… / 用了两次就这样了), or what the customer adds
                    # (麻烦快点查 / 地址是公司的) while the agent checks: not a new need
                    continue
                if act is None and ((asked_back and all(o.held_by is not None and not o.skipped for o in open_))
                                    or (open_ and all(o.skipped and (o.held_by is None or moved_on(items, o)) for o in open_))):
                    # (or while only skipped needs wait: the customer moved on, the reply to it answers no skipped need)
                    # (also while the agent checks a need and, answering nothing yet, asked first: 我问一下仓库 → 哪个区 → 浦东)
                    # what the agent asked about the customer's opening words (放在多大的房间 → 客厅三十平), told
                    # while no need waits: the agent's answer may use it before the questions asked next
                    details.append(s.text)
                if act is not None:
                    if act != "more":
                        for old in open_:
                            if old.act == "more" or (act == "question" and announced(chat, old, i)):
                                old.superseded = True
                        open_ = [o for o in open_ if not o.superseded]
                    for text in texts:
                        if sent_again(items, open_, i, act, text, last_start, turn.reproach):
                            continue  # the same question sent again while it waits, or right after its answer: one need
                        # (我问的是…: the customer says the agent answered beside the point, any answer settles it)
                        added = another or bool(adds and (adds.search(compact(s.text)) or added_after_lead_in(chat, i, si, adds)))
                        grieved = grieved and not (added and not chat.sure(s, "complaint") and "complaint" not in chat.text_labels(s.text))
                        it = Item(i, si, act, text, grievance=turn.reproach or grieved or says_meant(chat, s.text), added=added)
                        for o in open_:
                            if o.held_by is not None:
                                o.subject |= _one_word(o.text, text)
                        items.append(it)
                        open_.append(it)
            if greeted and any(it.turn == i for it in open_) and not (adds and adds.search(compact(m.text))):
                # asked before the agent came (the greeting only answered 您好), asked again after it: the
                # need is the one asked now — unless the customer adds it to the first (还有… / 另外… / 对了…)
                for it in open_:
                    if it.turn < i and it.act != "more":
                        it.superseded = True
                open_ = [o for o in open_ if not o.superseded]
            greeted = False  # (asked_back and held last until the agent's next block: 订单号… | 麻烦快点)
            k += 1
            continue
        # an agent block: consecutive agent turns, read one by one (a hold, then the answer minutes later)
        block = []
        while k < len(turns) and turns[k][1].role == "agent":
            block.append(turns[k][0])
            k += 1
        # (a question asked in anger, 什么鬼 / 有没有搞错, is no newer need a held one must wait behind)
        newest = max((it.turn for it in open_ if not it.grievance), default=-1)
        facts = [agent_turn(chat, j) for j in block]  # (in the block's order: ``facts[n]`` is turn ``block[n]``'s)
        asker = turns[k - len(block) - 1][0] if k > len(block) else -1  # (the customer turn the block answers)
        asked_back = any([f.asks_back for f in facts])
        before = list(open_)
        answered = False
        for j, turn in zip(block, facts):
            if not open_:
                break
            sents = chat.sentences.get(j, ())
            if turn.handed_over:
                # 这个问题需要进一步核实，我们会在24小时内回复您: the need is handed over with a time (004: 无法当场答复的
                # 咨询 … 在XX小时内有专人和您联系), settled in the chat; keeping the promise happens after it
                for it in open_:
                    it.closed_by = j
                open_, answered = [], True
                break
            holds, asks_info = turn.holds, turn.asks_info
            if asks_info and turn.holding:
                for it in open_:
                    if it.turn > last_agent and it.held_by is None:
                        it.promised = j  # 麻烦提供订单号，我帮您查一下: a promise to check once the customer has answered
            # an answer the tagger took for a closing (感谢您的耐心等待，深灰色库存充足) still answers: it speaks of what was asked;
            # an apology or comfort said while asking for the details (抱歉让您着急了，麻烦提供一下订单号) answers nothing yet
            # (抱歉久等，查好了——… read as empathy only: saying the check is done, ``found_forms``, or the result beside it, brings it)
            answering, asked_chars = [], None  # (the characters asked, gathered when a sentence is not a plain answer)
            for s in sents:
                if not answers(s, chat):
                    if asked_chars is None:
                        asked_chars = set().union(*(_chars(it.text) for it in open_))
                    if not content_in_courtesy(chat, s, asked_chars):
                        continue
                if not (asks_info and set(s.acts) & {"empathy", "reassure"}
                        and set(s.acts) <= ASKING_BACK | {"empathy", "reassure"} and not says_found(chat, s.text)
                        and not (held and back_after_wait(chat, s))):
                    answering.append(s)
            if not answering and chat.labels.get(j, set()) & {"thanks_reply", "apology_reply"}:
                # the agent took the customer's last words for thanks or an apology (不客气 / 没关系):
                # a "problem" the tagger read into 多亏你提醒，不然就买错了 is settled by that reading
                prev = max((it.turn for it in open_), default=-1)
                for it in open_:
                    # (a need the agent answered around, 待发货 held while they answered 改发票抬头, is not what
                    # 不客气 answers)
                    if it.act == "problem" and it.turn == prev and not it.skipped:
                        it.closed_by = j
                open_ = [it for it in open_ if it.closed_by is None]
                if not open_:
                    break
            # 好的/明白了 settles a request (also at the head of a closing: 好的呢，感谢您的光临)
            acked = turn.acked
            # (still checking, 还在帮您查呢, after a hold: no result yet)
            answering = [s for s in answering if not _turns_away(chat, s, open_) and not resent(chat, j, s, open_)
                         and not ((held or any(o.held_by is not None for o in open_))
                                  and no_result_yet(chat, s, sents, open_))]  # (or a need still held: stop 49; thanks for the wait: 66)
            # (我查一下您的下单时间: a hold the model half reads as an answer brings no result)
            if holds and (not turn.result or ground_before_hold(chat, sents, answering, open_)):
                # 我核实一下，您稍等 / 这个要核实一下师傅回不回收，我帮您问问: checking is not answering yet (nor is the ground
                # told before a check of whether: 新旧款的卡口做过调整，我帮您问一下两款能不能通用; stop 65)
                answering = _after_hold(chat, sents, answering)
            if told_held and j != block[-1] and all(o.held_by is not None for o in open_):
                # (地址已改成8栋 | 久等了，周二上午有空档 after 我问下周二的档期 → 地址写错了，是8栋: the aside
                # answered first, the check's result in a turn after it; an aside answered last is ``followup._forgotten``'s)
                answering = [s for s in answering if not answers_aside(chat, s, told_held, open_)]
            first = j == block[0] and not (holds or asks_info)
            yes = _yes_no_answered(chat, sents, open_, turns, k - len(block)) if first else None
            if yes is not None:
                # 这是活动价吗 → 是的哦 / 能机洗吗 → 嗯呢: the yes or no answers the question just asked, not the oldest need
                yes.closed_by, answered = j, True
                for it in open_:
                    if _one_need(it, yes, wh, another_one) or guessed(chat, it, yes, sents[0].text, wh):
                        it.closed_by = j  # (怎么装，跟上回那台一样吗 → 对的: one need typed in pieces)
                open_ = [o for o in open_ if o.closed_by is None]
                answering = [s for s in answering if s is not sents[0]]
            if open_ and shows_media(chat, j):  # ([图片] 这是实拍，您看下: the picture answers what was just asked)
                for it in [o for o in open_ if o.act == "question" and o.turn == asker]:
                    it.closed_by, answered = j, True
                open_ = [o for o in open_ if o.closed_by is None]
            if answering and open_:
                answered = True
                was = list(open_)
                # 我还有个问题 → 其他问题请联系售后，本次服务就到这里: a goodbye does not hear the need announced
                more = [o for o in open_ if o.act == "more"]
                if more and not all(_ends(chat, s) for s in answering):
                    more = []
                # 尺码是标准的，颜色我帮您问一下仓库: the need the hold names is held, whatever the answer beside it settles
                named = held_by_name(chat, sents, answering, open_) if holds else []
                for it in named:
                    it.held_by = j
                found = result_of_check(chat, j, open_, block)
                if found:
                    # 已经查到啦，这款暂时断货 / 核实过了，退款正在走流程: the agent says the check is done and gives its result,
                    # whatever newer question the customer asked meanwhile (seed 004: 查询后回复结果); a sentence about none
                    # of the other needs is that result, not a free answer to them
                    for it in found:
                        it.closed_by = j
                    open_ = [o for o in open_ if o.closed_by is None]
                    answering = [s for s in answering if any(  # (a content bigram or two characters: 桌 alone ties nothing)
                        _bigrams(s.text) & _bigrams(o.text) or len(_chars(s.text) & _chars(o.text)) >= 2 for o in open_)]
                settle_ = [o for o in open_ if o not in more and o not in named]
                open_ = (_settle(settle_, answering, j, newest, tuple(details), *grammar, beside, *measures, off, when, back,
                                 bare=bare, either=either, guess=guess, ends=lambda cl: ends_courteously(chat, cl),
                                 yes=lambda t: opens_yes_no(chat, t), price=price,
                                 lead_in=chat.words_re("lead_in_forms"), asked_kinds=asked_kinds,
                                 summons=chat.words_re("summons_forms"), own=own, shop=lambda: chat.shop_words)
                         if answering else settle_) + more + named
                for it in [o for o in was if o.closed_by == j and setting_only(chat, o, answering)]:
                    it.closed_by = None  # (师傅上门会带… for 周日能上门吗 asked again: the setting only, ``setting``)
                    open_.append(it)
                # the same question asked twice (before and after the agent's greeting), or one need typed in
                # pieces in one turn (我要取消订单 … 你能帮我取消么: a content bigram in common), is settled once
                done = [it for it in was if it.closed_by == j]
                # (a held need left beside asked again in words of its own, 王阿姨这周四还能排上吗 → 那王阿姨周四到底能不能来: two
                # content bigrams in common; stop 65)
                for it in [o for o in open_ if any(_one_need(o, d, wh, another_one) or (o.skipped and o.held_by is not None and (
                        d.turn > o.turn and len(_bigrams(o.text) & _bigrams(d.text)) >= 2)) for d in done)]:
                    it.closed_by = j
                for it, said in pointed:
                    if it.closed_by is None and any(_bigrams(a.text) & said for a in answering):
                        it.closed_by = j
                open_ = [o for o in open_ if o.closed_by is None]
                if holds and not named and not found:  # (有没有预留扩容的位置我找同事问问: ``held.held_unnamed``)
                    for it in held_unnamed(chat, sents, answering, was, open_, last_agent):
                        it.held_by = j
            elif acked and not holds:
                still = []
                for it in open_:
                    # (not a request the agent answered around: 好的 at the head of the closing answers the last words)
                    # (好的，还有别的要问吗: the closing's offer of help after the acknowledgement asks nothing back)
                    if asks_for_action(it, asks_to_act) and not it.skipped and not any(
                            asks_back(s, chat) and not (chat.words_re("help_offer").search(s.text)
                                                        and any(acknowledges(x, chat) for x in sents)) for s in sents):
                        it.closed_by = j
                    else:
                        still.append(it)
                open_ = grant_grounds(open_, still, j)  # (the trouble told as the ground of the request granted)
            elif holds:
                # 底座是实木的，承重我帮您问一下厂家: a clause told before the hold in its sentence answers the question it speaks of
                for it in told_before_hold(chat, sents, open_):
                    it.closed_by = j
                open_ = [o for o in open_ if o.closed_by is None]
                for it in open_:
                    if it.held_by is None:
                        it.held_by = j
        if answered or media_passed(chat, block):  # (视频已经收到了 only: the question with it passed over; stop 68)
            for it in before:
                if it.closed_by is None and it.act != "more" and it.held_by not in block and not (
                        asked_back and it.turn == asker and it.promised is not None):
                    it.skipped = True  # the agent answered around it: only an answer about it settles it now
                if it.promised is not None and it.promised not in block and not newer_only(chat, it, before, block):
                    it.promised = None  # the agent came back (with an answer to something): not a check forgotten
        details, pointed, told_held = [], [], [] if answered else told_held
        # (a block that answered nothing, a closing after 我帮您查一下, leaves the check pending: 查到了吗 chases it)
        held = not answered and any(it.held_by in block or (held and it.held_by is not None) for it in open_)
        greeted = not answered and block[0] == chat.agent_turns[0] and _only_greets(chat, block)
        last_agent, last_start = block[-1], block[0]
    return items


def _turns_away(chat, s, open_: list[Item]) -> bool:
    """An agent sentence that opens by turning to another matter (the pack's ``topic_shift``: 另外 / 顺便 / 对了 …)
    and shares no content bigram with any open need the agent did not say they would check: it tells something
    new and answers none of them (另外，现在买还送一个蒸笼 after 我核实一下…: not the result of the check, whatever goods
    it names; 另外，发票也可以开 still answers the customer's second question about the invoice)."""
    if not _shifts_topic(chat, s):
        return False
    bg = _bigrams(s.text)
    return not any(bg & _bigrams(it.text) for it in open_ if it.held_by is None)


@per_sentence
def _shifts_topic(chat, s) -> bool:
    """The sentence opens on one of the pack's ``topic_shift`` words (另外 / 顺便 …)."""
    shift = tuple(chat.config.raw.get("topic_shift") or ())
    return bool(shift) and compact(s.text).startswith(shift)


def _ends(chat, s) -> bool:
    """An agent sentence that ends the chat: a closing, or the pack's ``words.forced_end`` (本次服务就到这里)."""
    return "closing" in s.acts or "forced_end" in chat.text_labels(s.text)
