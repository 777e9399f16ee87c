"""Unanswered questions (seed 000: 漏回复 — every customer question gets an answer)."""

from __future__ import annotations

from zhijian.acts.sentences import is_question_compact
from zhijian.audit.checks import check
from zhijian.audit.ending import pushes_out, silent_goodbye
from zhijian.audit.needs import puts_off
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
        if it.held_by is not None or not it.open:
            continue
        if chat.words_re("defer_forms").search(compact(it.text)) or puts_off(chat, it.turn):
            continue  # (先跟家里商量下再来问: the customer puts the asking off until later, no question is asked yet)
        if _put_to_another(chat, it):
            continue  # (我问问孩子他妈要哪个色: a question the customer will put to someone else, none for the agent; pool42)
        if _clarified(chat, it):
            continue  # (退费怎么退，还要我点什么吗 → 您是想取消续费还是直接退费呢 → 退费 → 帮您申请了: asked back, then served)
        if _ends_asking_back(chat, it):
            continue  # (为什么要收运费 → 您付款时是多少钱呢, and the customer never says: the agent waits on the customer)
        if (it.act != "more" and it.turn not in cut) or (it.turn in cut and _question_pushed_off(chat, it)):
            yield chat.finding("unanswered", it.turn)
            return


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
    if it.act == "more" and not is_question_compact(compact(it.text)):
        return False  # (还有件事要问: the question itself never came)
    return not chat.words_re("customer_wait_words").search(compact(chat.messages[it.turn].text))


def _ends_asking_back(chat, it) -> bool:
    """The chat ends on an agent block, after need ``it``, that asks the customer back about their need (``answering.asks_back``,
    or a question mark: 您付款时是多少钱呢 / 您是想退款还是换货呢？) — no closing, not the closing's offer of help (the pack's ``help_offer``: 还有什么可以帮您) nor a request for a rating (``rating_words``) — and the customer never
    answers it: the question back answers for now (the agent took the need up and waits on what only the customer can tell),
    the silence after it is the customer's, not the agent's (seed 000 漏回复 is the agent leaving a question without reply)."""
    from zhijian.audit.answering import asks_back

    block = []
    for j, m in reversed(chat.turns):
        if m.role != "agent":
            break
        block.append(j)
    if not block or min(block) <= it.turn:
        return False
    offer, rating = chat.words_re("help_offer"), chat.words_re("rating_words")
    return any((asks_back(s, chat) or "?" in s.text or "？" in s.text) and "closing" not in s.acts
               and not offer.search(s.text) and not rating.search(s.text) for j in block for s in chat.sentences.get(j, ()))


def _clarified(chat, it) -> bool:
    """The agent's first block after need ``it`` only asks the customer back (``_only_asks_back``: 您是想取消自动续费，还是直接
    申请退费呢 / 是退货是吗 / 抱歉给您添麻烦了，是否家人代签收了呢), the customer answers, and the agent speaks again after that
    answer: the question back answered the need for now (it took the need up to make it clear, answering nothing else), and
    what the agent did next served the need as the customer made it clear.  A block that answers anything beside its question
    back (地址可以改，麻烦发下新地址) took the turn's needs one by one: one it skipped stays open."""
    k = next(n for n, (i, _) in enumerate(chat.turns) if i == it.turn)
    block = chat.agent_block_after(k)
    if not block or not _only_asks_back(chat, block):
        return False
    replied = False
    for j, m in chat.turns:
        if j <= block[-1]:
            continue
        if m.role == "customer":
            replied = True
        elif replied:
            return True
    return False


def _only_asks_back(chat, block: list[int]) -> bool:
    """Every sentence of agent ``block`` asks the customer back or answers nothing (亲亲 / 抱歉给您添麻烦了: ``answering.answers``
    false), and one asks back in words that are no closing, offer of help (the pack's ``help_offer``) nor request for a rating
    (``rating_words``).  A sentence asks back when it reads as a question as a whole (``is_question_compact``: a question mark,
    particle or word) and the tagger is not sure it answers or offers a solution (0.5), unless it asks to choose (the pack's
    ``alternative_question``: 您是想取消续费，还是直接申请退费呢).  (您好，地址可以改的，麻烦发下新地址 answers before it asks.)"""
    from zhijian.acts.sentences import is_question_compact
    from zhijian.audit.answering import answers

    offer, rating, choice = chat.words_re("help_offer"), chat.words_re("rating_words"), chat.words_re("alternative_question")

    def asks(s) -> bool:
        c = compact(s.text)
        if choice.search(c) is not None:
            return True
        return is_question_compact(c) and not any(s.scores.get(a, 0.0) >= 0.5 for a in ("answer", "solution"))

    sents = [s for j in block for s in chat.sentences.get(j, ())]
    asking = [s for s in sents if asks(s)]
    if not asking or any(s not in asking and answers(s, chat) and not set(s.acts) <= {"greeting", "empathy", "reassure"}
                         for s in sents):
        return False
    return any("closing" not in s.acts and not offer.search(s.text) and not rating.search(s.text) for s in asking)

