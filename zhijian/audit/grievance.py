"""Whether a customer sentence is a grievance (``Item.grievance``: asked or told in anger, any answer settles it; seed 004
客户抱怨 wants comfort, complaint_no_apology reads the missing apology): a complaint the tagger or the pack's words read, or a
reproach in the pack's ``complaint_forms`` that asks nothing of its own, said alone, in disbelief by its question mark,
or told on after a reproach of the same turn (``turns.customer_turn`` reads it for every sentence)."""

from __future__ import annotations

from zhijian.audit.needs import clause_asks as _clause_asks, is_question_text
from zhijian.audit.settle import CLAUSE as _CLAUSE, compact


def grieved(chat, s, act: str | None, before: tuple | None, after) -> bool:
    """Customer sentence ``s``, opening a need of kind ``act`` (or None), is a grievance: a complaint (the act or the pack's
    words), a problem that only reproaches (``_reproach_only``), a question that reproaches by its mark alone
    (``_reproach_marked``) or by a question word that asks nothing (the pack's ``rhetorical_tails``: 我这一上午算什么; stop 60,
    pool60); or, right after a grievance of the same turn (``before``: the reading of the sentence before, or
    None), the reproach going on by its mark alone (你们怎么包装成这样 | 上千块的东西就裹一层膜？; c43) or told on asking nothing
    (所以我白等了三天？| 家里这几天一直喝没过滤的自来水; stop 50); or, right before a reproach of the same turn (``after``: the
    next sentence, or None), the agent's word thrown back by its mark alone (还要15分钟？| 这就是你们说的准时达？: disbelief,
    owed comfort, not a figure again; stop 60, pool60).  Not a sentence the model reads as anger that vents at nothing of
    the shop's (``vents_at_nothing``)."""
    if "complaint" in s.acts and "complaint" not in chat.text_labels(s.text) and vents_at_nothing(chat, s):
        return False  # (我们小区夏天老停电，想了解一下…: the model's anger at the customer's own day, no grievance; stop 62)
    if "complaint" in s.acts or "complaint" in chat.text_labels(s.text) or (
            act == "problem" and _reproach_only(chat, s)) or (act == "question" and _reproach_marked(chat, s)):
        return True
    if act != "question":
        return False
    if _reproaches(chat, s.text) and chat.words_re("rhetorical_tails").search(compact(s.text)):
        return True  # (我这一上午算什么: a reproach asked by a question word that asks nothing, the pack's rhetorical_tails)
    if before is not None and ((before[6] and _mark_only(chat, s.text)) or _told_after_reproach(chat, before, s.text)):
        return True
    return after is not None and _mark_only(chat, s.text) and (
        "complaint" in after.acts or _reproaches(chat, after.text))


def _reproach_only(chat, s) -> bool:
    """A customer sentence read as a problem that is a reproach in the pack's ``complaint_forms`` (感觉被当冤大头了 / 真是够折腾的)
    and asks nothing: the customer's anger, which any answer settles (complaint_no_apology reads the missing apology), no
    trouble of its own left waiting (stop 45, c45; seed 004 客户抱怨)."""
    return _reproaches(chat, s.text) and not is_question_text(s.text)


def _reproach_marked(chat, s) -> bool:
    """A customer sentence in the pack's ``complaint_forms`` that asks by its question mark alone (所以我白等了三天？): the
    reproach said in disbelief, a grievance any answer settles (stop 50; as ``_reproach_only`` for a problem)."""
    return _reproaches(chat, s.text) and _mark_only(chat, s.text)


def _reproaches(chat, text: str) -> bool:
    """``text`` holds a reproach in the pack's ``complaint_forms``."""
    forms = chat.patterns("complaint_forms")
    return forms is not None and bool(forms.search(compact(text)))


def _told_after_reproach(chat, before, text: str) -> bool:
    """A customer sentence the tagger reads as a question that asks by no form at all (no mark, no clause that asks:
    ``needs.clause_asks``), right after a sentence of the turn reproaching in the pack's ``complaint_forms`` or read as a
    grievance (``before``: the reading of the sentence before): the grievance told on, no question of its own (stop 50)."""
    if "?" in text or "？" in text or any(_clause_asks(chat, c) for c in _CLAUSE.findall(text)):
        return False
    return before[6] or _reproaches(chat, before[1].text)


def _mark_only(chat, text: str) -> bool:
    """A customer sentence that asks by its question mark alone (上千块的东西就裹一层膜？): with the mark off, no clause asks
    (``needs.clause_asks``: no question word, particle, A-not-A form or tail).  Right after a reproach of the same turn it is
    the reproach said again in disbelief, a grievance any answer settles (``customer_turn``; seed 004 客户抱怨), not a
    question of its own (c43)."""
    t = text.rstrip()
    if not t.endswith(("?", "？")):
        return False
    return not any(_clause_asks(chat, c) for c in _CLAUSE.findall(t.rstrip("?？ ")))


def vents_at_nothing(chat, s) -> bool:
    """Customer sentence ``s`` vents at nothing of the shop's (``_at_nobody``): it laughs (the pack's ``laugh_forms``: 哈哈气死
    我了 / 笑死), owns the slip (``self_blame_forms``: 我真是服了自己) or grumbles about the customer's own day, the season or
    the price (``outside_grievance_forms`` / ``season_grumble_forms``: 天气预报又改了 / 回南天墙都在冒汗 / 这价格也太狠了): no anger
    at the service to apologise for (004 客户抱怨; stop 46, pool46)."""
    c = compact(s.text)
    return _at_nobody(chat, s, c) and bool(
        chat.words_re("laugh_forms").search(s.text) or chat.words_re("self_blame_forms").search(c)
        or chat.words_re("outside_grievance_forms").search(c) or chat.words_re("season_grumble_forms").search(c))


def grumbles_at_season(chat, s) -> bool:
    """Customer sentence ``s`` grumbles at the season or the power at home (the pack's ``season_grumble_forms``: 这几天回南天，
    墙都在冒汗 / 我们小区夏天老停电) and at nobody (``_at_nobody``): no need of its own, read as a problem or not
    (``turns._opens``; stop 62, pool62)."""
    c = compact(s.text)
    return bool(chat.words_re("season_grumble_forms").search(c)) and _at_nobody(chat, s, c)


def _at_nobody(chat, s, c: str) -> bool:
    """Customer sentence ``s`` (compacted ``c``) names neither the shop (the pack's ``shop_referent_forms``: 你们 / 客服 / 快递)
    nor a fault of goods or service (words ``aftersales`` / ``service_failure``)."""
    return not chat.words_re("shop_referent_forms").search(c) and not (
        chat.text_labels(s.text) & {"aftersales", "service_failure"})
