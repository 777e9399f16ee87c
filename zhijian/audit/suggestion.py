"""Whether a customer turn suggests, and what the agent's reply does with it (seed 004 §服务礼仪: 建议时致谢并记录;
``checks/acknowledgement.suggestion_unacknowledged`` reads these): a suggestion is a wish for how the shop works, not a
reproach nor a request about this order; it is met as things stand when the agent says the thing is already so, and not
recorded when what the agent passes on is the customer's trouble."""

from __future__ import annotations

from zhijian.audit.memo import per_turn
from zhijian.audit.needs import asks_first, suggests
from zhijian.audit.settle import CLAUSE, bigrams, chars, compact  # (cached: the same sentences come back)


@per_turn
def suggests_in_turn(chat, i: int) -> bool:
    """The customer suggests: the pack's words or the tagger at the pack's confidence, or a sentence about
    the next time or from now on (the pack's ``words.future_time``: 下次 / 以后 / 今后 …) asking the shop to
    do it otherwise (the pack's ``suggestion_forms``: 下回打包能不能别… / 以后可以少放…): a wish for how it
    is done in future is a suggestion, not only a question about the order; so is the shop named as the one to
    do less of something (``suggestion_shop_forms``: 你家的包装袋能不能别封那么死)."""
    reproach, admonition, said = chat.patterns("complaint_forms"), chat.words_re("admonition_forms"), compact(chat.messages[i].text)
    if (chat.labels[i] & {"complaint", "repeat_complaint"} or (reproach is not None and reproach.search(said)) or admonition.search(said)) \
            and not any("customer.suggestion" in s.cues or _proposes(chat, s) for s in chat.sentences.get(i, ())):
        # 你们做事能不能认真点 / 我刚才说过了，你们能不能翻一下订单: a reproach (the pack's complaint words and forms, or
        # saying it was said already) wants an apology, not thanks; a thing proposed beside it (真气人。能否在商品页挂张
        # 对照图) is a suggestion still
        return False
    said = [s for s in chat.sentences.get(i, ()) if suggests(chat, s)]
    if said:
        return not all(_for_this_order(chat, _wish(chat, s.text)) for s in said)
    worded = [s for s in chat.sentences.get(i, ()) if "customer_suggestion" in chat.text_labels(s.text)]
    if worded and all(asks_first(chat, s.text) for s in worded):
        return False  # (顺便打听一下你们能不能上门帮忙装: asked, ``needs.asks_first``; stop 51)
    return "customer_suggestion" in chat.labels[i] and not _for_this_order(chat, _wish(chat, chat.messages[i].text))


def _wish(chat, text: str) -> str:
    """The clauses of ``text`` that word a wish as a supposition (the pack's suggestion words with ``hypothetical``: 要是能出个
    贺卡就好了), or the whole text when none does alone: the reason told beside such a wish (送人不够有仪式感) asks nothing for
    this order; a wish put plainly (希望你们包装能完好，送人的) is read with its reason (stop 69, pool69)."""
    wished = [c for c in CLAUSE.findall(text) if {"customer_suggestion", "hypothetical"} <= chat.text_labels(c)]
    return "，".join(wished) or text


def _proposes(chat, s) -> bool:
    """Customer sentence ``s`` proposes a thing for the shop to add (the pack's ``proposal_forms``) and is no reproach
    itself (``complaint_forms`` / ``admonition_forms`` / the complaint words): the suggestion said in an angry turn."""
    c, reproach = compact(s.text), chat.patterns("complaint_forms")
    return bool(chat.words_re("proposal_forms").search(c)) and not (
        "complaint" in chat.text_labels(s.text) or (reproach is not None and reproach.search(c))
        or chat.words_re("admonition_forms").search(c))


def _for_this_order(chat, text: str) -> bool:
    """A wish put like a suggestion (希望你们… / 最好能… / 你们能不能…) that asks for the handling of this order
    (the pack's ``this_order_forms``: 希望你们帮忙跟进 / 最好明天联系我 / 放到门卫就好了) and names no improvement nor the
    next time (``improvement_words``: 建议 / 以后): a request, answered by serving it, not a suggestion to thank for (seed
    004 建议时致谢并记录)."""
    c = compact(text)
    return bool(chat.words_re("this_order_forms").search(c)) and not chat.words_re("improvement_words").search(c)


def already_so(chat, k: int) -> bool:
    """The agent's block after customer turn ``turns[k]`` says that what the customer wished for is already so (the pack's
    ``already_so_forms``: 本身就带 / 已经有 / 自带 / 标配) in a clause sharing content with the wish (a bigram, or two
    characters: 收纳袋): the wish is met as things stand, there is nothing to record (seed 004: 建议时致谢并记录 is for a
    change the shop could make)."""
    forms = chat.patterns("already_so_forms")
    if forms is None:
        return False
    i = chat.turns[k][0]
    wish = chat.messages[i].text
    bg, ch = bigrams(wish), chars(wish)
    for j in chat.agent_block_after(k):
        for c in CLAUSE.findall(chat.messages[j].text):
            if forms.search(compact(c)) and (bigrams(c) & bg or len(chars(c) & ch) >= 2):
                return True
    return False


def passes_on_trouble(chat, j: int) -> bool:
    """Every clause of agent turn ``j`` that records or passes something on (the pack's ``suggestion_reply`` words) passes on
    the customer's trouble (the pack's ``trouble_passed_on_forms``: 把破损情况反馈给仓库了): what was recorded is the damage,
    not the idea the customer put forward (seed 004: 客户提出建议时应感谢并记录; stop 59, c59)."""
    trouble = chat.words_re("trouble_passed_on_forms")
    said = [c for s in chat.sentences.get(j, ()) for c in CLAUSE.findall(s.text)
            if "suggestion_reply" in chat.text_labels(c)]
    return bool(said) and all(trouble.search(compact(c)) for c in said)


def notes_other(chat, j: int, i: int) -> bool:
    """Every clause of agent turn ``j`` read as taking the wish up (``words.suggestion_reply``) is a note on the order (the
    pack's ``note_taken_forms``: …已备注) whose matter, named before it (码头接送已备注), shares no content character with the
    wish of customer turn ``i``: another matter noted, the suggestion neither thanked for nor recorded (seed 004; stop 69,
    pool69)."""
    clauses = [c for c in CLAUSE.findall(chat.messages[j].text) if "suggestion_reply" in chat.text_labels(c)]
    if not clauses:
        return False
    wish, note = chars(_wish(chat, chat.messages[i].text)), chat.words_re("note_taken_forms")
    for c in map(compact, clauses):
        m = note.search(c)
        if m is None or len(chars(c[:m.start()])) < 2 or chars(c[:m.start()]) & wish:
            return False
    return True
