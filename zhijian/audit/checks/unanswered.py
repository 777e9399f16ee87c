"""Unanswered questions (seed 000: 漏回复 — every customer question gets an answer)."""

from __future__ import annotations

from zhijian.acts.sentences import is_question_compact
from zhijian.audit.answering import acknowledges, answers, asks_back, media_left
from zhijian.audit.checks import check
from zhijian.audit.ending import brushed_off, pushes_out, silent_goodbye
from zhijian.audit.stands_down import puts_off
from zhijian.audit.reports import reports
from zhijian.audit.turns import asks_what_now
from zhijian.audit.settle import CLAUSE, compact


@check("unanswered")
def unanswered(chat):
    """The first customer need (question, request or problem, from the dialogue acts) that no agent
    turn answered by the end of the chat — in the middle of the chat (the second of two questions)
    as well as at its end.  A need the agent ended the chat on is ``forced_end`` instead, unless the agent's
    plain goodbye said nothing to it (``ending.silent_goodbye``), or the agent pushed the customer out on a question
    asked plainly (``_question_pushed_off``): then it is both."""
    cut = set(chat.forced_ending[1]) if chat.forced_ending and not silent_goodbye(chat) else set()
    for it in chat.items:
        # (我去联络快递员核实下，稍等片刻, said last or before answering the customer's newer questions: the need was taken
        # up and the result never came — followup_missed, not unanswered)
        brushed = not it.open and brushed_off(chat, it)  # (settled only by the turn sending it elsewhere: ``ending.brushed_off``)
        if it.held_by is not None or not (it.open or brushed):
            continue
        if chat.words_re("defer_forms").search(compact(it.text)) or puts_off(chat, it.turn):
            continue  # (先跟家里商量下再来问: the customer puts the asking off until later, no question is asked yet)
        if _put_to_another(chat, it):
            continue  # (我问问孩子他妈要哪个色: a question the customer will put to someone else, none for the agent; pool42)
        if _clarified(chat, it):
            continue  # (会员怎么退，要我操作什么吗 → 您是想停掉连续包月还是退回这期费用呢 → 退费用 → 帮您办了: asked back, then served)
        if _ends_asking_back(chat, it):
            continue  # (怎么多扣了钱 → 您下单时付的是多少呢, and the customer never says: the agent waits on the customer)
        if _worry_with_way_out(chat, it) or _own_use_told(chat, it):
            continue  # (退掉的话这几天我拿什么吹怎么办，能不能直接寄台新的 / 是不是我操作不对 → 一般是粉压得不够实导致的; c44)
        if (it.act != "more" and it.turn not in cut) or (it.turn in cut and (
                _question_pushed_off(chat, it) or brushed)):
            yield chat.finding("unanswered", it.turn)
            return
    voice = media_left(chat)
    if voice is not None:  # ([语音 12秒] → 语音这边暂时收听不到, never asked to type it: stop 68, pool68)
        yield chat.finding("unanswered", voice)


def _put_to_another(chat, it) -> bool:
    """Need ``it`` is one clause that opens on the customer stepping away to ask someone else or to look (the pack's
    ``steps_away_forms`` at its head: 我问问孩子他妈要粉的还是白的): what it asks is put to that person, not to the agent."""
    c = compact(it.text).rstrip("?？")
    m = chat.words_re("steps_away_forms").match(c.lstrip("那好行嗯哦"))
    return m is not None and len([x for x in CLAUSE.findall(it.text) if compact(x)]) == 1


def _question_pushed_off(chat, it) -> bool:
    """Need ``it``, cut off by the chat's ending, is a question asked plainly — not in anger (any answer settles a
    grievance; the ending is the fault), not an announcement of more to ask without the question itself (还有件事要问),
    nor asked while the customer asked the agent to wait (the pack's ``customer_wait_words``: 你等我一下) — and the agent
    ended the chat by pushing the customer out (咨询就到这儿 / 改天再问吧): the question got no answer at all,
    it is unanswered as well as ended on (seed 000: 漏回复, 不可强制结束)."""
    if it.grievance or it.act not in ("question", "more") or not pushes_out(chat, chat.forced_ending[0]):
        return False
    if it.act == "more" and not is_question_compact(chat.words_re("more_announce_forms").sub("", compact(it.text))):
        return False  # (还有件事要问 / 我还有几个问题要问: the question itself never came; the 几 of 几个问题 asks nothing, stop 65)
    if asks_what_now(chat, it.text) and any(m.role == "customer" and reports(chat, j) for j, m in chat.turns if j < it.turn):
        return False  # (那现在怎么弄 after a trouble told: the remedy asked for, owed by the after-sales case; stop 52)
    return not chat.words_re("customer_wait_words").search(compact(chat.messages[it.turn].text))


def _ends_asking_back(chat, it) -> bool:
    """The chat ends on an agent block, after need ``it``, that asks the customer back about their need (``answering.asks_back``,
    or a question mark: 您下单时付的是多少呢 / 您是想退款还是换货呢？) — no goodbye in the block, not the closing's offer of help (the
    pack's ``help_offer``: 还有什么可以帮您) nor a request for a rating (``rating_words``) — and the customer never answers it: the question back answers for now (the agent took the need up and waits on what only the customer can tell),
    the silence after it is the customer's, not the agent's (seed 000 漏回复 is the agent leaving a question without reply)."""
    block = []
    for j, m in reversed(chat.turns):
        if m.role != "agent":
            break
        block.append(j)
    if not block or min(block) <= it.turn:
        return False
    offer, rating = chat.words_re("help_offer"), chat.words_re("rating_words")
    sents = [s for j in block for s in chat.sentences.get(j, ())]
    if any("closing" in s.acts or "closing" in chat.text_labels(s.text) for s in sents):
        return False  # (…之后有啥事随时喊我，再见: a goodbye, the agent waits on no one)
    return any((asks_back(s, chat) or "?" in s.text or "？" in s.text) and not offer.search(s.text)
               and not rating.search(s.text) for s in sents)


def _clarified(chat, it) -> bool:
    """The agent's first block after need ``it`` only asks the customer back what they want or mean (``_only_asks_back``: 您是想
    停掉连续包月，还是退回这期费用呢 / 是退货是吗 / 您是说质保期吗), the customer answers in words of their own (not only 好吧
    / 嗯: a turn opening no need of its own, or opening on a yes or no, the pack's ``yes_no_opening``: 不是啊，我是说…), and the
    agent comes back after that answer with something said (an answering sentence that is no goodbye, or an acknowledgement
    taking it on): the question back answered the need for now — it made the need clear — and what the agent did next
    served the need as the customer made it clear.  A question back asking for the diagnosis or the details (插电试过吗 /
    什么时候买的 / 麻烦提供下订单号) leaves the need waiting for its answer; so does a block that answers anything beside its
    question back (地址可以改，麻烦发下新地址): it took the turn's needs one by one, one it skipped stays open; and a
    customer who moves on to a need of their own (怎么这件贵 → 麻烦发下链接 → 这件是活动价吗) leaves the first waiting."""
    k = next(n for n, (i, _) in enumerate(chat.turns) if i == it.turn)
    block = chat.agent_block_after(k)
    if not block or not _only_asks_back(chat, block):
        return False
    opening = chat.words_re("yes_no_opening")
    replied = False
    for j, m in chat.turns:
        if j <= block[-1]:
            continue
        if m.role == "customer":
            if not replied:
                if any(o.turn == j for o in chat.items) and not opening.match(compact(m.text)):
                    return False  # (moved on to a need of their own: the question back waits)
                if not opening.match(compact(m.text)) and all(
                        set(s.cues) & {"customer.ack", "customer.thanks", "customer.goodbye"} for s in chat.sentences.get(j, ())):
                    return False  # (好吧 / 谢谢: no answer to the question back; 是的 / 对 answers a yes-or-no one)
            replied = True
        elif replied and any((answers(s, chat) and "closing" not in s.acts) or acknowledges(s, chat)
                             for s in chat.sentences.get(j, ())):
            return True
    return False


def _only_asks_back(chat, block: list[int]) -> bool:
    """Every sentence of agent ``block`` asks the customer back or answers nothing (亲亲 / 抱歉给您添麻烦了: ``answering.answers``
    false), and one asks the customer what they want or mean, in words that are no closing, offer of help (the pack's
    ``help_offer``) nor request for a rating (``rating_words``): a choice (the pack's ``alternative_question``: 您是想停掉连续包月，
    还是直接申请退费呢), or a question (``is_question_compact``) in the pack's ``clarify_forms`` (是退货是吗 / 您是说质保期吗 /
    意思是改成大类是吗) with no question word (``wh_question_words``: 您是什么时候买的呢 asks for a detail) that the tagger is not
    sure answers or offers a solution (0.5).  (您好，地址可以改的，麻烦发下新地址 answers before it asks.)"""
    offer, rating, choice = chat.words_re("help_offer"), chat.words_re("rating_words"), chat.words_re("alternative_question")
    clarify, wh = chat.words_re("clarify_forms"), chat.words_re("wh_question_words")

    def asks(s) -> bool:
        c = compact(s.text)
        if choice.search(c) is not None:
            return True
        return (is_question_compact(c) and clarify.search(c) is not None and not wh.search(c)
                and not any(s.scores.get(a, 0.0) >= 0.5 for a in ("answer", "solution")))

    def courtesy(s) -> bool:
        return not answers(s, chat) or set(s.acts) <= {"greeting", "empathy", "reassure"} or (
            is_question_compact(compact(s.text)) and "cause_check" in s.acts)

    sents = [s for j in block for s in chat.sentences.get(j, ())]
    asking = [s for s in sents if asks(s)]
    if not asking or any(s not in asking and not courtesy(s) for s in sents):
        return False
    return any("closing" not in s.acts and not offer.search(s.text) and not rating.search(s.text) for s in asking)


def _worry_with_way_out(chat, it) -> bool:
    """Need ``it`` is a worry put as 怎么办 (the pack's ``worry_forms``: 退回去这几天我用什么怎么办) and the same turn goes on with
    the customer's own way out (``own_way_forms``: 能不能直接补寄一台 / 要不先寄个配件过来), which the agent answered: the worry is
    the reason the way out is asked for, the answer to it settles both (seed 000: 漏回复 is a question left with no reply)."""
    if not chat.words_re("worry_forms").search(compact(it.text).rstrip("?？")):
        return False
    way = chat.words_re("own_way_forms")
    return any(o.turn == it.turn and o.sentence > it.sentence and o.closed_by is not None and way.search(compact(o.text))
               for o in chat.items)


def _own_use_told(chat, it) -> bool:
    """Need ``it`` asks whether the trouble is the customer's own use (the pack's ``own_use_question``: 是不是我操作不对 / 是我
    没装好吗) and a later agent turn tells the cause or the right use (``cause_or_use_told``: …导致的 / 建议您先预热): what was
    asked is answered, whatever it names (seed 003 §售后 查明原因; 000 漏回复 only when nothing of it was told)."""
    if not chat.words_re("own_use_question").search(compact(it.text)):
        return False
    told = chat.words_re("cause_or_use_told")
    return any(m.role == "agent" and told.search(compact(m.text)) for m in chat.messages[it.turn + 1:])
