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
