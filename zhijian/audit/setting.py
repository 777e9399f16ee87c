"""The chat's setting: what the customer had said before a question (seed 000: 漏回复).

A question skipped by the agent and asked again (周日能上门吗 … 嗯，周日上门可以吗) is settled only by an answer about it
(``state.track``).  Words of it the customer had already said before it (上门 of an opening 上门多少钱) are the setting of the
whole chat: a reply going on about that setting (师傅上门会带几种锁芯) tells nothing of what the question asks of its own (周日).
"""

from __future__ import annotations

from zhijian.audit.settle import CLAUSE, bigrams, chars, compact


def setting_only(chat, it, answering: list) -> bool:
    """Question ``it``, skipped and asked again (``Item.again``), plainly, has two content characters of its own (not in
    the customer's words before it: earlier turns and the sentences of its turn before it), and no clause of the
    ``answering`` sentences shares a content bigram or two characters of its own, nor opens on a yes or a no (the pack's
    ``yes_no_reply`` / ``yes_no_heads``), nor tells a time for a question asking when (``when_question`` / ``time_words``):
    the answer is about the chat's setting only, the question stays open (stop 46, c46)."""
    if it.act != "question" or it.grievance or not it.skipped or it.again is None:
        return False
    before = [m.text for i, m in chat.turns if i < it.turn and m.role == "customer"]
    before += [x.text for x in chat.sentences.get(it.turn, ())[:it.sentence]]
    own_bg = bigrams(it.text) - frozenset().union(*(bigrams(t) for t in before))
    own_ch = chars(it.text) - frozenset().union(*(chars(t) for t in before))
    if len(own_ch) < 2:
        return False
    yes, heads = chat.words_re("yes_no_reply"), chat.words_re("yes_no_heads")
    when = chat.words_re("when_question").search(compact(it.text))
    hour = chat.words_re("time_words")
    for s in answering:
        for cl in CLAUSE.findall(s.text) or [s.text]:
            c = compact(cl)
            if bigrams(cl) & own_bg or len(chars(cl) & own_ch) >= 2 or yes.match(c) or heads.match(c) or (
                    when and hour.search(c)):
                return False
    return True
