"""Readings that the goods had no fault to apologise for in an after-sales case (seed 003 §售后 道歉 is for the shop's fault):
the problem went away (``says_fixed``), by the customer's own doing (``own_doing``), the customer owns the cause found
(``owns_cause``), mended it by their own hand (``fixed_by_own_hand``), or tells a case of an earlier order put right long
ago (``settled_before``); what the agent finds normal (``told_normal``).  ``checks.aftersales`` reads them on each case;
``reports.reports`` reads the damage the customer owns, in the turn or after it (``owned_after``)."""

from __future__ import annotations

from zhijian.audit.memo import per_turn
from zhijian.audit.settle import compact
from zhijian.audit.turns import resolved


@per_turn
def says_fixed(chat, i: int) -> bool:
    """The customer says the problem went away (``turns.resolved``: 好了 / 现在不卡了): what the agent said last
    solved it (seed 003 §售后: 问题解决后确认)."""
    return any(resolved(chat, s) for s in chat.sentences.get(i, ()))


def own_doing(chat, i: int, until: int) -> bool:
    """A customer turn after the report of turn ``i`` (up to ``turns[until]``) says the problem went away (``says_fixed``)
    and that it was of their own doing (the pack's ``own_fault_forms``: 原来是我装反了 / 是我自己没插紧): the advice on use
    worked, the goods had no fault to apologise for."""
    forms = chat.patterns("own_fault_forms")
    if forms is None:
        return False
    later = [j for j, n in chat.turns[: until + 1] if n.role == "customer" and j > i]
    fixed = [j for j in later if says_fixed(chat, j)]
    return bool(fixed) and any(forms.search(compact(chat.messages[j].text)) for j in later if j >= fixed[0])


def owns_cause(chat, i: int, until: int) -> bool:
    """(stop 53) A customer turn after the report of turn ``i`` (up to ``turns[until]``) owns the cause the agent found, before
    any advice is tried (the pack's ``own_cause_forms``: 哦，我没撕膜 / 我还以为插上就行): the goods had no fault, no apology is
    owed for it (003 §售后 道歉 is for the shop's fault); the rest of the order still holds."""
    forms = chat.words_re("own_cause_forms")
    return any(m.role == "customer" and j > i and forms.search(compact(s.text))
               for j, m in chat.turns[: until + 1] for s in chat.sentences.get(j, ()))


def fixed_by_own_hand(chat, until: int) -> bool:
    """(stop 49) A customer turn up to the end of the case a report opens (``turns[until]``; before the report too,
    stop 53: 挂钩掉了，我自己用胶粘回去了，挺牢的，就说一声 → 挂在哪 → 门后面，三天就掉了) says the customer cleared
    the trouble themselves and it works now (the pack's ``own_fix_forms``: 网罩卷了团灰，吹干净就好了): the report was of a thing
    already mended by their own hand, no fault of the goods to apologise for (003 §售后 is for goods found faulty)."""
    forms = chat.words_re("own_fix_forms")
    return any(m.role == "customer" and forms.search(compact(m.text)) for j, m in chat.turns[: until + 1])


def settled_before(chat, i: int) -> bool:
    """(stop 58) The report of turn ``i`` tells a trouble of an earlier order put right long ago (the pack's
    ``settled_before_forms``: 上次买的发错了颜色，来回折腾一个星期才换好), and nothing of this time (这次 / 这回 / 又): a grievance
    about the past told beside a new need, no case open now (003 §售后 is for a fault to be handled; the anger in it is
    complaint_no_apology's)."""
    forms = chat.words_re("settled_before_forms")
    said = compact(chat.messages[i].text)
    m = forms.search(said)
    return m is not None and not chat.words_re("this_time_words").search(said[:m.start()] + said[m.end():])


def found_elsewhere(chat, i: int, until: int) -> bool:
    """(stop 59) A customer turn after the report of turn ``i``, up to the end of its case (``until``), finds that the goods
    came from another shop or are not the shop's (the pack's ``words.bought_elsewhere`` / ``own_thing_forms``: 我翻了下订单，原来是
    在别的店买的): the trouble is of goods this shop did not sell, no after-sales case is owed here (003 §售后; pool59)."""
    forms = chat.patterns("own_thing_forms")
    return any(m.role == "customer" and ("bought_elsewhere" in chat.labels.get(j, ()) or (
        forms is not None and forms.search(compact(m.text)) is not None)) for j, m in chat.turns if i < j <= until)


def told_normal(chat, after: list[int]) -> bool:
    """(stop 61) An agent turn of the case (``after``) finds that what the goods do is as they are made (the pack's
    ``normal_told_forms``: 新壶第一次用有点味道是正常的 / 属于正常现象 / 不是质量问题) and no turn of it names a defect of the
    pack's after-sales words: no fault of the goods, no apology owed for it (003 §售后 道歉 is for the shop's fault, as with
    ``owns_cause``); the cause, and the way to deal with it, are still owed."""
    forms = chat.words_re("normal_told_forms")
    said = [compact(chat.messages[j].text) for j in after]
    if not any(forms.search(c) for c in said):
        return False
    # (a defect denied, 只要没有焦味、也没有跳闸, names none: the pack's ``denied_defect_forms`` are read out; stop 62, pool62)
    # (nor the mark called normal, named again in the advice: 足银戴久了发黑是正常现象 | 拿牙刷轻轻刷发黑的地方; stop 68, pool68)
    denied = chat.words_re("denied_defect_forms")
    subject = chat.words_re("normal_subject_forms")  # (the two characters before the verdict: 发黑)
    normal = {m.group("subject") for c in said if forms.search(c) for m in subject.finditer(c)}
    return not any("aftersales" in chat.text_labels(_masked(denied.sub("，", c), normal)) for c in said)


def _masked(c: str, words: set[str]) -> str:
    """Compacted text ``c`` with each of ``words`` blanked out."""
    for w in words:
        c = c.replace(w, "，")
    return c


def owned_after(chat, i: int) -> bool:
    """Customer turn ``i`` or a later one says the trouble is no fault of the goods but their own (the pack's
    ``owned_after_forms``: 不是质量问题，是我自己摔坏的 / 是我不小心弄坏的): the case told is taken back, the customer buys a
    repair or a part (003 §售后 查明原因 → 道歉 is for goods found faulty; stop 62, JDDC read)."""
    return any(chat.messages[j].role == "customer" and _owns(chat, j) for j in range(i, len(chat.messages)))


@per_turn
def _owns(chat, j: int) -> bool:
    """Turn ``j`` says the trouble is the customer's own doing (the pack's ``owned_after_forms``), read once a turn."""
    return bool(chat.words_re("owned_after_forms").search(compact(chat.messages[j].text)))


def found_not_faulty(chat, after: list[int]) -> bool:
    """(stop 63, pool63) An agent turn of the case (``after``) finds, after asking how the goods were used, that the trouble
    is no fault of the goods or the work (the pack's ``not_quality_forms``: 这种情况不属于质量问题 / 不属于施工质量问题，还请您理解):
    the customer's use caused it, so neither an apology nor soothing is owed, only the cause and what the policy allows
    (003 §售后 道歉 is for the shop's fault).  Or any turn of the case finds the goods that came are what was ordered (the
    pack's ``right_goods_forms``: 和您订单里是同一款，没有发错): no wrong goods were sent, no case (stop 66, pool66)."""
    right = chat.words_re("right_goods_forms")  # (what came checked against the order and found right, 没有发错: stop 66)
    if any(right.search(compact(chat.messages[j].text)) for j in after):
        return True
    forms = chat.words_re("not_quality_forms")
    return any(forms.search(compact(chat.messages[j].text)) for j in after) and any(
        "cause_check" in s.acts for j in after for s in chat.sentences.get(j, ()))

