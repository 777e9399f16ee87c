"""The calming step of the after-sales order (seed 003 §售后 道歉——安抚): whether an agent turn soothes the customer, and whether
the customer said they were worried, which asks for words to the worry (``checks.aftersales``)."""

from __future__ import annotations

from zhijian.audit.settle import compact


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
    return any("agent.reassure" in s.cues or ("empathy" in s.acts and "as_soothing" in chat.text_labels(s.text)
                                              and (not worried or calm.search(s.text) is not None))
               for s in chat.sentences.get(j, ()))
