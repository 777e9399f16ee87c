"""How the chat ended: on the customer while a need was still open (``Chat.forced_ending``).

Reads the items of ``state.track`` (``Chat.items``) and the agent's last words.
"""

from __future__ import annotations

from zhijian.audit.answering import (NOT_ANSWERING, acknowledges, answers, content_in_courtesy, says_in_courtesy,
                                     turn_asks_back)
from zhijian.audit.earlier_matter import order_told_before
from zhijian.audit.held import back_after_wait, says_found
from zhijian.audit.memo import per_turn
from zhijian.audit.needs import handed_over, is_question_text, reads_as_question, suggests
from zhijian.audit.settle import CLAUSE, bigrams, chars, compact
from zhijian.audit.stands_down import content, decides, does_itself, puts_off
from zhijian.audit.turns import agent_turn, drops_question, resolved


def adds_matter(chat, s) -> bool:
    """A customer sentence that opens on the pack's ``adds_need`` forms (对了… / 还有… / 另外…) and goes on to tell a matter of
    its own (five characters or more after them, no cue deciding it: 对了，我这单的地址好像填成老家的了): another need raised,
    whatever the model reads in it (a goodbye for 对了), not a way of winding down."""
    adds = chat.patterns("adds_need")
    c = compact(s.text)
    m = adds.search(c) if adds is not None else None
    return m is not None and s.by != "cue" and len(c) - m.end() >= 5


def _states_need(chat, i: int) -> bool:
    """The customer's turn states a need in a sentence the tagger reads as a problem, question or request
    (below the pack's bar too: 我付了两次款 said last, then the agent's goodbye), or raises another matter (``adds_matter``:
    对了，… / 还有…), and nothing else in the turn winds down (goodbye / thanks) or drops the matter (the pack's
    ``words.withdraw``: 算了 / 不用了)."""
    ss = chat.sentences.get(i, ())
    if any({"goodbye", "thanks"} & set(s.acts) and not adds_matter(chat, s) for s in ss) or "withdraw" in chat.labels.get(i, set()):
        return False  # winding down, or dropping the matter (算了我不换了)
    if drops_question(chat, ss) is not None:
        return False  # 有转换器吗 | 不用回了: the question taken back (stop 35, c35)
    # (…重新试了一下，好了: the problem went away, ``state.resolved``; 上次箱子破了，下次包严实点: a suggestion,
    # answered by thanks, ``needs.suggests``)
    return any(({"problem", "question", "request"} & set(s.acts) or adds_matter(chat, s)) and len(compact(s.text)) >= 5
               and not resolved(chat, s) and not suggests(chat, s) and not decides(chat, s)
               and not does_itself(chat, s) and not content(chat, s) for s in ss)  # (这样安排我挺满意的: stop 61)


def _vents_only(chat, i: int) -> bool:
    """(stop 58) Customer turn ``i`` only laments the bother: every sentence the tagger reads as a need ends on the customer's
    weariness (the pack's ``lament_forms``: …还得天天盯着价格，真累 / 折腾得够呛), none asks or requests (no question mark), and
    the turn names no trouble of the goods (the pack's after-sales words) — a grievance, which complaint_no_apology reads;
    the goodbye after it cuts off no need (a problem still going on, 可是三天了还没到, stays one)."""
    lament = chat.patterns("lament_forms")
    ss = chat.sentences.get(i, ())
    needs = [s for s in ss if {"problem", "question", "request"} & set(s.acts)]
    return lament is not None and bool(needs) and "aftersales" not in chat.labels.get(i, set()) and all(
        lament.search(compact(s.text)) and not {"question", "request"} & set(s.acts) and not is_question_text(s.text)
        for s in needs)


def _brushes_off(chat, i: int) -> bool:
    """Agent turn ``i`` sends the need elsewhere without a way, a time or a person (the pack's ``brush_off_forms``: 发票得
    另行办理 / 不在本次服务范围; not a hand-over, ``needs.handed_over``, nor a remedy carried out): what it settled in the
    state's reading got no answer, and the goodbye or push-out beside it ends the chat on it."""
    if not chat.words_re("brush_off_forms").search(compact(chat.messages[i].text)):
        return False
    ss = chat.sentences.get(i, ())
    return not agent_turn(chat, i).handed_over and not any("solution" in s.acts for s in ss)


def brushed_off(chat, it) -> bool:
    """Question ``it``, asked plainly (not in anger), was settled in the state's reading only by the turn that ended the
    chat on it sending it elsewhere (``_brushes_off``: 能说的我都说完了，您找楼下的修理店瞧瞧): it got no answer, it is
    unanswered as well as ended on (seed 000: 漏回复, 不可强制结束; stop 52)."""
    end = chat.forced_ending
    return (bool(end) and it.act == "question" and not it.grievance and it.closed_by == end[0]
            and it.turn in end[1] and _brushes_off(chat, end[0]))


def _restates_need(chat, i: int) -> bool:
    """Customer turn ``i`` says again a need of an earlier turn (a content bigram in common with it: 所以我还是要开票啊 after
    想开张发票, whatever the tagger reads in it), five characters and more, and neither winds down nor drops the matter:
    the need is still wanted, whatever the agent said to it before."""
    said, ss = chat.messages[i].text, chat.sentences.get(i, ())
    if len(compact(said)) < 5 or "withdraw" in chat.labels.get(i, set()) or any({"goodbye", "thanks"} & set(s.acts) for s in ss):
        return False
    bg = bigrams(said)
    return any(it.turn < i and it.act != "more" and bigrams(it.text) & bg for it in chat.items)


def _plainly_states(chat, i: int) -> bool:
    """Customer turn ``i`` states its need plainly: a sentence the tagger reads as a problem, question or request with at
    least even odds (the model's score 0.5), or one raising another matter (``adds_matter``)."""
    return any(adds_matter(chat, s) or max(s.scores.get(a, 0.0) for a in ("problem", "question", "request")) >= 0.5
               for s in chat.sentences.get(i, ()))


_COURTESY = frozenset(("greeting", "closing", "customer_thanks", "thanks_back"))


def _speaks_of(chat, i: int, prev: int) -> bool:
    """Agent turn ``i`` says something (an answer, or content beside its courtesy) about the need customer turn ``prev``
    states: a content bigram or two content characters in common with the customer's turn, a remedy named (the pack's
    ``words.as_solution``) or said to be done (``done_forms``: 已为您改好了).  A goodbye that goes on about an earlier matter (the steps already given, care tips for the goods)
    says nothing to the matter raised last."""
    said = [s for s in chat.sentences.get(i, ()) if answers(s, chat) or says_in_courtesy(chat, s)]
    if not said:
        return False
    offer = chat.words_re("help_offer")
    if any(offer.search(s.text) and s.text.rstrip().endswith(("?", "？")) for s in chat.sentences.get(i, ())):
        return True  # 那就好，您看还需要别的帮忙吗？: the agent asks what more there is, the chat stays open to the customer
    if any("solution" in s.acts for s in said) or not _plainly_states(chat, prev):
        return True  # a remedy carried out (已为您改好); or words that hardly state a need (酒红那款不错 / the address sent)
    done = chat.patterns("done_forms")
    told = chat.messages[prev].text
    bg, ch = bigrams(told), chars(told)
    for s in said:
        # (感谢您选择联途网络: a clause of thanks names the shop, not the matter)
        clauses = [c for c in CLAUSE.findall(s.text) if not chat.text_labels(c) & _COURTESY]
        if any(bigrams(c) & bg or len(chars(c) & ch) >= 2 or "as_solution" in chat.text_labels(c)
               or (done is not None and done.search(compact(c))) for c in clauses):
            return True
    return False


@per_turn
def pushes_out(chat, i: int) -> bool:
    """Agent turn ``i`` pushes the customer out: the pack's ``words.forced_end``, or act push_out at the pack's
    ``act_confidence`` (the cue is sure; the model below the bar also reads 明天吧 / 商品收到了吧 as pushing out)."""
    return "forced_end" in chat.labels.get(i, set()) or any(chat.sure(s, "push_out") for s in chat.sentences.get(i, ()))


@per_turn
def speaks_to(chat, i: int) -> bool:
    """Agent turn ``i`` says something beside its courtesy: a sentence that answers and is no greeting, closing, hold
    or push-out, or a greeting or closing sentence with content (``answering.content_in_courtesy``).  A goodbye
    that says nothing else (感谢您的支持，祝您出行顺利，再见) speaks to nothing the customer asked."""
    return any((not set(s.acts) & NOT_ANSWERING and answers(s, chat)) or says_in_courtesy(chat, s)
               for s in chat.sentences.get(i, ()))



def _adds_a_need(chat, j: int) -> bool:
    """Customer turn ``j`` asks two things, the second added as another need (the pack's ``words.another_need`` or
    ``adds_need`` forms: 另外… / 还有… / 顺便…), not a reason given for the first (我看看要不要请假)."""
    adds = chat.patterns("adds_need")
    mine = [it for it in chat.items if it.turn == j and it.act != "more"]
    return any("another_need" in chat.text_labels(it.text) or (adds is not None and adds.search(compact(it.text)))
               for it in mine[1:])



def _acks_order_told(chat, i: int, prev: int) -> bool:
    """(stop 69, pool69) Customer turn ``prev`` tells the order placed (``words.order_told``: 拍好了) before its question, and
    the goodbye ``i`` (or an agent turn between) acknowledges that order (the pack's ``order_ack_forms``: 收到亲的订单啦): the question beside it was passed
    over (seed 000: 漏回复), no one was sent away."""
    if not order_told_before(chat, prev, len(chat.sentences.get(prev, ())) - 1):
        return False
    ack = chat.words_re("order_ack_forms")  # (in the goodbye or the agent's turn before it, 收到亲的订单啦 | 再见)
    return any(ack.search(compact(chat.messages[t].text)) for t in range(prev + 1, i + 1) if chat.messages[t].role == "agent")


def _accepts(chat, i: int, prev: int) -> bool:
    """Agent turn ``i`` opens on an acknowledgement (the ack cue or its words: 好嘞 / 好的哦，再见) after a customer turn
    ``prev`` that asks no question and states no fault the tagger is sure of, but asks for something (the model's request,
    or the pack's ``tells_to_do``: 赶紧安排吧 / 只要改识别号即可): the agent takes the request on, the goodbye cuts nothing off."""
    ss, asked, tells = chat.sentences.get(i, ()), chat.sentences.get(prev, ()), chat.words_re("tells_to_do")
    if not ss or not acknowledges(ss[0], chat):
        return False
    # (试过了还是晃 → 好的，再见: a fault told is no request taken on, the goodbye cuts it off)
    return any("request" in s.acts or s.scores.get("request", 0.0) >= 0.3 or tells.search(compact(s.text))
               for s in asked) and not any(
        "question" in s.acts or reads_as_question(chat, s) or chat.sure(s, "problem") for s in asked)


def _asked_for(chat, prev: int) -> bool:
    """The agent's turn right before customer turn ``prev`` asked the customer back (单号给一下 / 哪儿坏了): what the
    customer says is the details asked for (also a request for their data in a statement: 办理要两边的号码)."""
    j = max((k for k in chat.agent_turns if k < prev), default=-1)
    return j >= 0 and (agent_turn(chat, j).asks_back or turn_asks_back(chat, j))


def _holds_the_chat(chat, prev: int) -> bool:
    """Customer turn ``prev`` (the pack's ``words.customer_hold``: 我找找 / 等一下我翻翻) keeps the chat waiting: it fetches
    what the agent asked for (``_asked_for``) or asks the agent to wait (the pack's ``customer_wait_words``: 等一下 / 稍等);
    not the customer going off to look for something the agent told them of (新水管在配件袋里 → 那我找找)."""
    return _asked_for(chat, prev) or bool(chat.words_re("customer_wait_words").search(compact(chat.messages[prev].text)))


def steps_away(chat, prev: int) -> bool:
    """Customer turn ``prev`` says they step away now to settle the choice before deciding (the pack's ``steps_away_forms``:
    我去拿尺子比一下 / 我问问孩子他妈要哪个色 / 我先去翻翻买家秀), without putting it off to later (``stands_down.puts_off``, or a 再… of
    a later time, the pack's ``later_forms``: 商量好了再说), dropping it (``words.withdraw``) or winding down (goodbye / thanks): the customer is still
    deciding and coming back to this chat (pool42)."""
    text = compact(chat.messages[prev].text)
    if not chat.words_re("steps_away_forms").search(text) or puts_off(chat, prev) or chat.words_re(
            "later_forms").search(text):
        return False
    return "withdraw" not in chat.labels.get(prev, set()) and not any(
        {"goodbye", "thanks"} & set(s.acts) for s in chat.sentences.get(prev, ()))


def _leaves_on_customer(chat, i: int, prev: int) -> bool:
    """The agent's final closing ``i`` says goodbye right after customer turn ``prev`` stepped away to decide (``steps_away``)
    and keeps no door open (the pack's ``stays_words``: 我在这等着 / 随时喊我 / 您慢慢看): the chat is ended on a customer who
    still needs the agent (seeds 000 / 004: 不可以主动强制结束对话; 003: 最后一句结束语 is the agent's once the customer is done)."""
    return steps_away(chat, prev) and not chat.words_re("stays_words").search(compact(chat.messages[i].text))


def silent_goodbye(chat) -> bool:
    """The chat was ended on the customer (``forced_ending``) by the agent's plain goodbye, not a push-out, that says
    nothing to the need it cut off: the need is unanswered as well as ended on (seed 000: 漏回复, 不可强制结束)."""
    end = chat.forced_ending
    if not end or chat.messages[end[0]].role != "agent" or pushes_out(chat, end[0]):
        return False
    return not speaks_to(chat, end[0])


def _check_left_open(chat, i: int) -> int | None:
    """The customer turn whose need the agent promised to check in the chat (the hold cue on a check the agent takes on, the
    pack's ``self_check_forms``, no result beside it and no call-back, ``callback_forms``, nor a time it is handed over by, ``handover_forms``: 我给您核实下工单) in the agent turn right before agent turn ``i`` — only the customer's words between, none winding
    down (goodbye / thanks) nor dropping the matter — when turn ``i`` gives no result either (no sentence answering or
    naming a remedy, no ``found_forms``: 后面给您盯着，今儿先聊到这): the agent ends the chat with the check still
    owed (seed 004: 需要查询的问题要回复结果; 000: 不可以主动强制结束对话); else None."""
    agents = [j for j in chat.agent_turns if j < i]
    if not agents:
        return None
    h = agents[-1]
    mine, later = chat.patterns("self_check_forms"), chat.patterns("callback_forms")
    if mine is None or later is None:
        return None
    sents = chat.sentences.get(h, ())
    first = next((n for n, s in enumerate(sents) if "agent.hold" in s.cues and mine.search(compact(s.text))), None)
    if first is None or any(says_found(chat, s.text) for s in sents) or later.search(compact(chat.messages[h].text)) or (
            handed_over(chat, sents)):
        # (核实完打电话告诉您: the check kept after the chat, followup_missed reads it; or handed over with a time, the pack's
        # handover_forms: 下午3点前我在这里给您发效果图, stop 60, pool60)
        return None
    if any({"answer", "solution"} & set(s.acts) or back_after_wait(chat, s) or "waiting_apology" in chat.text_labels(s.text)
           for s in sents[first + 1:]):
        return None  # (稍等我看下 … 让您久等了，没查到别的号码: the agent came back in the same turn)
    between = [j for j, n in chat.turns if h < j < i]
    if not between or any(chat.messages[j].role != "customer" for j in between):
        return None
    if any({"goodbye", "thanks"} & set(s.acts) for j in between for s in chat.sentences.get(j, ())) or any(
            "withdraw" in chat.labels.get(j, set()) for j in between):
        return None
    if any({"answer", "solution"} & set(s.acts) or says_found(chat, s.text) for s in chat.sentences.get(i, ())):
        return None
    asked = [j for j, n in chat.turns if j < h and n.role == "customer"]
    return asked[-1] if asked else None


def forced_ending(chat) -> tuple[int, list[int]] | None:
    """The turn (agent or system line) that ended the chat on the customer while a need was open, and
    the customer turns of the needs it cut off; None when the chat did not end that way."""
    last_agent = chat.agent_turns[-1] if chat.agent_turns else -1
    for k, (i, m) in enumerate(chat.turns):
        if m.role != "agent":
            continue
        # pushed out: the pack's ``words.forced_end``, or act push_out at the pack's ``act_confidence`` (the cue
        # is sure; the model below the bar also reads 明天吧 / 商品收到了吧 as pushing out)
        pushed = pushes_out(chat, i)
        # the agent's final word is a closing while the customer's last need is still open
        closed = i == last_agent and "closing" in chat.acts(i)
        # (or the agent's last turn ends the talk in a clause of its own, the pack's ``leave_now_forms``: 收到，那先这样，有问题再
        # 联系; not after the customer put the choice off, ``puts_off``; stop 65)
        left = i == last_agent and bool(chat.words_re("leave_now_forms").search(compact(m.text)))
        if not (pushed or closed or left):
            continue
        prev = max((j for j, n in chat.turns if j < i and n.role == "customer"), default=-1)
        left = left and prev >= 0 and not puts_off(chat, prev)
        # (the customer's turns since the agent's last: 还是不行，…被切掉了一半 | 照片整体也有点糊 → 那先这样; stop 65)
        start = max((kk for kk in range(k) if chat.turns[kk][1].role == "agent"), default=-1)
        since = [j for j, n in chat.turns[start + 1:k] if n.role == "customer"] or [prev]
        cut = [it.turn for it in chat.items
               if it.turn < i and not it.superseded and (it.closed_by is None or it.closed_by > i
                                                        or (it.closed_by == i and _brushes_off(chat, i)))] if (
            pushed or closed) else []
        if (closed or pushed) and prev >= 0 and "customer_hold" in chat.labels.get(prev, set()) and not (
                chat.words_re("drop_matter_forms").search(chat.messages[prev].text)) and _holds_the_chat(chat, prev):  # (…算了，我找找)
            # 稍等我翻下记录: the customer is fetching what the agent asked for (closed on, or pushed out: 这次就聊到
            # 这儿 after 我去称一下，等我两分钟); every open need is cut off, and
            # the customer's own "wait" when the tagger saw no need in their words
            cut = cut or [prev]
        elif closed and not pushed and prev >= 0 and _leaves_on_customer(chat, i, prev):
            # 我去拿卷尺量一下 / 我先去看看评价 → 感谢您的咨询，再见: the goodbye ends the chat on a customer still deciding
            cut = cut or [prev]
        elif closed and not pushed:
            cut = [t for t in cut if t == prev]
            if cut and any("customer.goodbye" in s.cues for s in chat.sentences.get(prev, ())) and not any(
                    "push_out" in s.acts for s in chat.sentences.get(i, ())):
                # (另外问一句保修卡在盒子里吧，就这样拜拜 → 谢谢惠顾，再见: the customer took their leave in words of leave, the goodbye
                # cue — not the model's reading of 就这样？ — no one was sent away;
                # the question slipped into it and passed over is unanswered, seed 000 漏回复; pool42)
                continue
            if prev >= 0 and puts_off(chat, prev) and not any("push_out" in s.acts for s in chat.sentences.get(i, ())):
                # (我先跟家里商量下，过两天再来问 → 好的，有需要随时找我，再见: nothing asked yet, the plain goodbye cuts
                # nothing off; 我这边就先把这次的咨询关掉了, read as pushing out however unsure, still ends it on them)
                continue
            if cut and ((speaks_to(chat, i) and _adds_a_need(chat, prev)) or _acks_order_told(chat, i, prev)):
                # 周五上午能安排，已经给您记上了，再见 after 周五能上门吗，另外保修几年: the goodbye answered one
                # question and skipped the one added; the skipped one is unanswered (seed 000: 漏回复), no one was sent away
                continue
            # an item opened for that turn, or an answer given after it, and the goodbye cuts off nothing unseen
            opened = any(it.turn == prev or (it.closed_by is not None and prev < it.closed_by < i) for it in chat.items)
            if not cut and prev >= 0 and not opened and _states_need(chat, prev) and not _vents_only(chat, prev) and not _accepts(chat, i, prev) and not _speaks_of(
                    chat, i, prev) and not (_asked_for(chat, prev) and speaks_to(chat, i)):
                # (不出水还是水小？→ 不出水 → 多半阀门卡了，…再见: the details the agent asked for, read
                # in the goodbye, cut nothing off)
                cut = [prev]  # the need the tagger did not open an item for, and the goodbye says nothing to it
        if not cut and (closed or pushed):
            owed = _check_left_open(chat, i)
            if owed is not None:
                cut = [owed]  # 我给您核实下 → 行 抓紧 → 今儿先聊到这: the check promised never came back (stop 38, c38)
        if not cut and closed and prev >= 0 and _brushes_off(chat, i) and not any(
                {"goodbye", "thanks"} & set(s.acts) for s in chat.sentences.get(prev, ())):
            cut = [prev]  # (换成粗一点的圆体 → 修改的事咱们明天再说吧，祝您生活愉快: put off and ended on the customer; stop 65)
        if not cut and (pushed or left) and prev >= 0 and ("forced_end" in chat.labels.get(i, set()) or left) and any(
                _states_need(chat, j) or _restates_need(chat, j) or any("complaint" in s.acts for s in chat.sentences.get(j, ()))
                for j in since):
            cut = [prev]  # 服务到此结束 right after a problem or the customer's anger: ended on them in so many words
        if cut:
            return i, cut
    # a system line saying the agent closed the chat (pack ``words.system_agent_close``: 客服已结束本次会话,
    # not a timeout) after the customer's last, still open need
    if chat.turns and chat.turns[-1][1].role == "customer":
        last = chat.turns[-1][0]
        cut = [it.turn for it in chat.items if it.open]
        tail = [i for i, m in enumerate(chat.messages) if i > last and m.role == "system"
                and {"forced_end", "system_agent_close"} & chat.text_labels(m.text)]
        if cut and tail:
            return tail[0], cut
    return None
