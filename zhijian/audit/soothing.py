"""The calming step of the after-sales order (seed 003 §售后 道歉——安抚): whether an agent turn soothes the customer, and whether
the customer said they were worried, which asks for words to the worry (``checks.aftersales``)."""

from __future__ import annotations

from zhijian.acts.sentences import is_question_clause
from zhijian.audit.settle import CLAUSE, compact


def worried(chat, i: int, after: list[int]) -> bool:
    """The customer of the case reported in turn ``i`` says they are frightened, worried or pressed for time (the pack's
    ``worried_forms``: 把我吓坏了 / 都快急死了 / 后天就要用的 / 孩子在屋里等着), in that turn or before the agent's last turn of the case."""
    end = after[-1] if after else i
    forms = chat.words_re("worried_forms")
    return any(m.role == "customer" and forms.search(compact(m.text)) for m in chat.messages[i:end + 1])


def soothes(chat, j: int, worried: bool = False) -> bool:
    """Agent turn ``j`` calms the customer (seed 003 §售后 道歉——安抚: 安抚一下客户，压压对方火气，表示一定会处理好): the reassure cue
    (您放心 / 别担心), the pack's ``as_reassure`` words (一定给您处理好), or an apology that speaks to what the customer went through
    (the pack's ``as_soothing`` words in a sentence read as empathy: 添麻烦 / 扫了您的兴 / 理解您心情); a bare 非常抱歉 after
    the cause apologises and soothes no one.  ``worried``: the customer said they were frightened or pressed (``worried``); the
    apology's stock words (给您添麻烦了 / 带来不便) then calm no one, only words to the worry do (the pack's
    ``worry_soothing_forms``: 理解您着急 / 让您受惊了; c44, seed 003 安抚一下客户)."""
    if "as_reassure" in chat.labels.get(j, set()):
        return True
    calm = chat.words_re("worry_soothing_forms")
    return any("agent.reassure" in s.cues or (_soothing_said(chat, s) and (not worried or calm.search(s.text) is not None))
               for s in chat.sentences.get(j, ()))


def _soothing_said(chat, s) -> bool:
    """Agent sentence ``s`` says the pack's ``as_soothing`` words as empathy: the tagger reads it so, or (stop 53) the sentence
    looks into the case (act ``cause_check``) and a clause of its own that asks nothing carries them before the question
    (刚到手就裂了，换谁都难受——是拆开就这样的吧？).  The words said with the remedy (给您添麻烦了，给您换新的)
    are the apology's courtesy, not a step of their own."""
    if "as_soothing" not in chat.text_labels(s.text):
        return False
    return "empathy" in s.acts or ("cause_check" in s.acts and "solution" not in s.acts and any(
        "as_soothing" in chat.text_labels(c) and not is_question_clause(c) for c in CLAUSE.findall(s.text)))
