"""After-sales order (seed 003 §售后: 查明原因 → 道歉 → 安抚 → 提供解决方案)."""

from __future__ import annotations

from zhijian.audit.aftersales_unasked import told_unasked, trouble_told_before
from zhijian.audit.answering import asks_back, offers_for_consent
from zhijian.audit.checks import check
from zhijian.audit.no_fault import fixed_by_own_hand, found_elsewhere, found_not_faulty, own_doing, owns_cause, says_fixed
from zhijian.audit.no_fault import settled_before, told_normal
from zhijian.audit.remedy_asks import asks_delivery_only, consent_only
from zhijian.audit.services import told_ours_later
from zhijian.audit.reports import defect, is_question_text as _is_question, reports as _reports
from zhijian.audit.settle import CLAUSE as _CLAUSE, compact  # (compact cached: the same sentences come back)
from zhijian.audit.soothing import soothes, worried

# finding the cause: asking for photos / the order (cause_check), checking (hold: 我帮您查一下) or stating
# what was found (answer); a question back that is only the greeting's 请问有什么可以帮您 or the closing's
# 还有别的问题吗 finds nothing
_STEPS = (("cause", ("cause_check", "answer", "hold"), "as_cause"), ("apology", ("empathy",), "as_apology"),
          ("solution", ("solution",), "as_solution"))
_NOT_CAUSE = frozenset(("greeting", "closing"))


def _answers_a_question(chat, kq: int) -> bool:
    """The agent's question back ending at ``turns[kq]`` asks what they need to answer a customer QUESTION: the
    customer turns before the agent's block ask (an item of act question), about no order, and report no problem (收二手的吗 →
    麻烦说下使用时长和成色); the wear or fault told then is what the answer depends on, not an after-sales case."""
    k = kq
    while k >= 0 and chat.turns[k][1].role == "agent":
        k -= 1
    asked: list[int] = []
    while k >= 0 and chat.turns[k][1].role == "customer":
        asked.append(chat.turns[k][0])
        k -= 1
    items = [it for it in chat.items if it.turn in asked]
    # (退货运费怎么算 / 怎么申请退货: a question about returns, refunds or the parcel, the pack's order_service words, is
    # already after-sales; the problem told next is the case)
    # (怎么一半都是破的: a defect of the pack's after-sales words asked about in anger, an item the customer grieves over, or
    # asked about when the agent's question back asks when the goods came, the pack's goods_received words: 哪天收到的, is the
    # trouble told as a question, no pre-sales one)
    received = "goods_received" in chat.labels[chat.turns[kq][0]]
    return (any(it.act == "question" for it in items) and not any(it.act == "problem" for it in items)
            and not any((it.grievance or received) and "aftersales" in chat.labels[it.turn] for it in items)
            and not any(_reports(chat, i) or chat.labels[i] & {"order_service", "asks_handling"} for i in asked))


def _more_than_greeting(s) -> bool:
    """A greeting or closing sentence that also does the work (您好呀，实在抱歉，…请问是收到就这样，还是用了一段
    时间后出现的呢): it apologises too, or runs on for four clauses and more."""
    return "empathy" in s.acts or len(_CLAUSE.findall(s.text)) >= 4


def _asks(s) -> bool:
    """Agent sentence ``s`` asks the customer about the case (act ``cause_check`` outside a greeting or closing)."""
    return ("cause_check" in s.acts or _is_question(s.text)) and (not set(s.acts) & _NOT_CAUSE or _more_than_greeting(s))


def _asks_back(chat, j: int) -> bool:
    """Agent turn ``j`` asks the customer about the case (act ``cause_check`` outside a greeting or closing)."""
    return any(_asks(s) for s in chat.sentences.get(j, ()))


def _asks_then_advises(chat, j: int) -> bool:
    """Agent turn ``j`` asks about the case, then goes on in a sentence that asks nothing (插座有电吗？开关是长按开机的): the
    cause looked into and the setting told in one message; not advice followed by a question whether it worked (拧紧半圈
    试试，现在还漏吗？)."""
    ss = chat.sentences.get(j, ())
    first = next((n for n, s in enumerate(ss) if _asks(s)), None)
    return first is not None and any(not _asks(s) and not _is_question(s.text) for s in ss[first + 1:])


def _does(chat, j: int, acts: tuple[str, ...], words: str) -> bool:
    if chat.labels.get(j, set()) & {words} and not (words == "as_solution" and _remedy_only_in(chat, j)):
        return True
    return any(_sentence_does(chat, s, acts, words) for s in chat.sentences.get(j, ()))


# the pack's forms whose clauses name an ``as_solution`` word without offering a remedy (seed 003 §售后 提供解决方案):
# noting the case down (情况我都登记了) and the shop's own name in the opening (这里是老周电器修理部; stop 38, c38)
NOT_A_REMEDY = ("record_only_forms", "shop_intro_forms", "deferred_remedy_forms",  # (+ put off until judged: stop 45)
               "next_time_forms",  # (+ a lesson for next time, 以后寄回时多加一层防护: stop 48)
               "vague_remedy_forms",  # (+ a remedy only hinted at, 后面会看情况给您妥善安排: stop 49)
               "negated_remedy_forms", "remedy_noun_forms",  # (+ a remedy word negated, 恢复不回来了; a record, 维修单号: 50)
               "internal_measure_forms", "past_work_forms")  # (+ the worker retrained; when the work was done, 更换时: 54)


def _remedy_only_in(chat, j: int) -> bool:
    """Agent turn ``j`` holds the pack's ``as_solution`` words only inside clauses of the ``NOT_A_REMEDY`` forms: with those
    clauses blanked, all of them together (单号查到了…换屏时排线没扣好), no such word is left."""
    c = blank = compact(chat.messages[j].text)
    for forms in filter(None, map(chat.patterns, NOT_A_REMEDY)):
        blank = forms.sub("，", blank)
    return blank != c and "as_solution" not in chat.text_labels(blank)


def _sentence_does(chat, s, acts: tuple[str, ...], words: str) -> bool:
    """Agent sentence ``s`` does the step (acts ``acts``, the pack's ``words`` read sentence by sentence by ``_does``)."""
    a = set(s.acts)
    if words == "as_cause":
        if _owns_fault(chat, s):
            return True  # (受潮发霉是我们仓储没做好: the cause the customer told, found and owned by the shop; stop 66, pool66)
        if offers_for_consent(chat, s):
            return False  # a remedy offered for the customer's consent (给您寄个新灯座，您看行吗) asks nothing about what went wrong
        if "greeting" in a and "closing" not in a and _greeting_asks(chat, s):
            return True  # 您好～是全黑不亮还是闪个不停: the greeting asks about the case
        if a & _NOT_CAUSE and not (_more_than_greeting(s) or "as_cause" in chat.text_labels(s.text)
                                   or asks_back(s, chat)):
            return False  # (您好～试过重新配对没: the greeting asks about the case too, not the offer of help)
        if not a & _NOT_CAUSE and _is_question(s.text):
            return True  # a question back about the case finds the cause (一到手就这样还是用了些日子才…)
    if words == "as_solution" and _offers(chat, s):
        return True  # 您可以改选…，或者… / 可以给您换一个: a remedy offered in the pack's solution_forms
    if words == "as_solution" and _advice_cures(chat, s):
        return True  # 改用凉开水，白点会明显变少: a step of use with the end of the problem it brings (stop 35, c35)
    if words == "as_solution" and "agent.solution" not in s.cues:
        return False  # a remedy is named (the pack's words or the solution cue); 这事我登在本子上了 is none
    if words == "as_apology" and _owns_fault(chat, s):
        return True  # 怪我们封箱太马虎: the shop's fault owned is the apology (stop 35, t12ag; seed 003 §投诉 诚恳向顾客致歉)
    if words == "as_apology" and not chat.sure(s, "empathy"):
        return False  # the model's half reading of a plain finding as empathy (核对了，是库房少放了一件) apologises for nothing
    return bool(a.intersection(acts))


def _advice_cures(chat, s) -> bool:
    """Agent sentence ``s`` tells the customer a step of use and the end of the problem it brings (the pack's
    ``remedy_advice_forms``: 改用凉开水，柜面白点会明显变少 / 拿柠檬酸泡一刻钟就能去掉): seed 003 §售后, its last step (the
    solution) — the cure told, whether or not the customer has tried it yet; no question (拧紧就好了吗)."""
    forms, later = chat.patterns("remedy_advice_forms"), chat.patterns("later_advice_forms")
    c = compact(s.text)
    # (下次按这个方法洗就不会再串色了: advice for the next time cures nothing of what happened; stop 58)
    return forms is not None and not _is_question(s.text) and bool(forms.search(c)) and not (
        later is not None and later.search(c))


def _owns_fault(chat, s) -> bool:
    """Agent sentence ``s`` owns the shop's fault in one of the pack's ``fault_owned_forms`` (怪我们封箱马虎 / 是库房那边疏忽):
    seed 003 §投诉 如果是我们自己工作失误造成，诚恳向顾客致歉 — the tagger, reading no 抱歉, is seldom sure it is empathy."""
    forms = chat.patterns("fault_owned_forms")
    return forms is not None and bool(forms.search(compact(s.text)))


def _names_remedy(chat, s) -> bool:
    """Agent sentence ``s`` names a remedy itself: the solution step read in it (``_sentence_does``), or one of the pack's
    ``as_solution`` words in a sentence the tagger reads as a solution (是我们没排好人手，抱歉 names none)."""
    return _sentence_does(chat, s, *_STEPS[2][1:]) or ("solution" in s.acts and "as_solution" in chat.text_labels(s.text))


def _remedy_first(chat, j: int) -> bool:
    """In agent turn ``j``, the first turn both to name a remedy and to look into the case, a sentence names the remedy
    (``_names_remedy``) before any sentence looks into it (新的一台给您换上。订单号劳驾发我: the remedy promised before the cause is
    known, seed 003 §售后 查明原因 first); a question that only asks the customer's consent or choice of the remedy (the pack's
    ``consent_forms``: 您看可以吗 / 哪样您更方便) looks into nothing."""
    consent = chat.patterns("consent_forms")
    sents = chat.sentences.get(j, ())
    looks = _looks(chat, j, consent)
    r = next((n for n, s in enumerate(sents) if _names_remedy(chat, s)), None)
    if r is None:
        return False
    if not looks:
        # (非常抱歉，可以直接给您退货或换新，您看是退货还是换新？ → 请问是刚拆开就这样吗: the choice of the remedy asked, and what
        # went wrong asked only after it — the remedy came first; a turn offering the remedy with its choice, no look into the
        # case asked after it, 说好的指导没人来 → 我现在教您，也可以约师傅上门，您看哪种方便 → (how-to answers), is read as before;
        # stop 59, pool59)
        return any(m.role == "agent" and any("cause_check" in chat.sentences[k][n].acts for n in _looks(chat, k, consent))
                   for k, m in chat.turns if k > j and k in chat.sentences)
    # (补发一台新的，麻烦确认一下收货信息: the address for the remedy asked, nothing of what went wrong: the remedy came first)
    looks = [n for n in looks if not asks_delivery_only(chat, sents[n])]
    if not looks:
        return True
    # (a sentence read as looking into the case only for the remedy it tells is none: the remedy comes first all the same)
    c = next((n for n in looks if not _remedy_told_only(chat, sents[n])), None)
    return c is None or r < c


def _looks(chat, j: int, consent) -> list[int]:
    """The sentences of agent turn ``j`` that look into the case (the cause step, or the pack's ``as_cause`` words) and ask
    more than the customer's consent or choice of the remedy (``remedy_asks.consent_only``)."""
    sents = chat.sentences.get(j, ())
    return [n for n, s in enumerate(sents) if ("as_cause" in chat.text_labels(s.text) or _sentence_does(chat, s, *_STEPS[0][1:]))
            and not (consent is not None and consent_only(s, consent, _names_remedy(chat, s)))]


def _remedy_told_only(chat, s) -> bool:
    """Agent sentence ``s`` is read as finding the cause only for the answer it gives, and that answer is the remedy itself
    (您直接在订单页申请退换，运费由店铺承担: act answer beside solution, no question back, no hold and none of the pack's
    ``as_cause`` words outside the form's field the customer fills, the pack's ``reason_field_forms``: 原因选质量问题): it tells
    how to get the remedy, it looks into nothing (seed 003 §售后 查明原因 first; stop 45, c45)."""
    if not _names_remedy(chat, s) or {"cause_check", "hold"} & set(s.acts) or _is_question(s.text):
        return False
    field = chat.patterns("reason_field_forms")
    c = compact(s.text)
    return "as_cause" not in chat.text_labels(field.sub("，", c) if field is not None else c)


def _remedy_before_cause(chat, after: list[int], fixed: set[int]):
    """The finding when a remedy (``_names_remedy``; not the advice that worked, ``fixed``) was named in the agent turns
    ``after`` before the cause was looked into (seed 003 §售后 查明原因 → 方案), or None: a question of use answered by advice
    that worked owes no apology, but a return offered before asking what went wrong is still out of order."""
    c = next((j for j in after if _does(chat, j, *_STEPS[0][1:])), None)
    s = next((j for j in after if j not in fixed and any(_names_remedy(chat, o) for o in chat.sentences.get(j, ()))), None)
    if s is not None and (c is None or s < c or (s == c and _remedy_first(chat, s))):
        return chat.finding("aftersales_flow", s, detail="未查明原因就先给出方案")
    return None


def _greeting_asks(chat, s) -> bool:
    """A greeting sentence whose words beside the greeting ask the customer about the case: a clause that is no
    greeting word and asks, or opens on 请问 (请问是插上电就不亮，还是用了几天才这样呢), not the greeting's offer of help
    (请问有什么…: the pack's ``help_offer``)."""
    if chat.words_re("help_offer").search(s.text):
        return False
    clauses = [compact(c) for c in _CLAUSE.findall(s.text) if "greeting" not in chat.text_labels(c)]
    return any(len(c) >= 4 and (_is_question(c) or c.startswith("请问")) for c in clauses)


def _offers(chat, s) -> bool:
    """An agent sentence offering a remedy in one of the pack's ``solution_forms`` (the customer's options:
    您可以…或者…; the agent offering to do it: 可以帮您换一个) — seed 003 §售后 提供解决方案."""
    forms = chat.patterns("solution_forms")
    return forms is not None and bool(forms.search(compact(s.text)))


@check("aftersales_flow")
def aftersales_flow(chat):
    """After each problem the customer reports, the agent's turns up to the customer's next problem
    report must find the cause, apologise and offer a solution, in that order (acts
    ``cause_check``/``answer``/``hold``, ``empathy``, ``solution``, or the pack's ``as_*`` words); the
    first case handled out of order is reported."""
    until = -1  # the end of the case just read: the problems reported inside it are its details
    judged = False
    apologised = False  # an earlier case of the chat had its apology
    for k, (i, m) in enumerate(chat.turns):
        if k <= until or m.role != "customer" or not _reports(chat, i):
            continue
        # a problem told in answer to the agent's question back (请问是收到就这样吗 → 用了两次就这样了) is a
        # detail of the case the agent was already handling: read that case from the question on
        start = k + 1
        asked = _looked_into(chat, k)
        if asked is not None:
            if _answers_a_question(chat, asked):
                continue  # 收二手表吗 → 用了多久、成色如何 → 用了两年，有点磨损: what a pre-sales answer needs, no case
            start = asked
            while start > 0 and chat.turns[start - 1][1].role == "agent":
                start -= 1
        after = [j for j, n in chat.turns[start:k] if n.role == "agent"]
        apologised = apologised or _apologised_before(chat, start)
        fixed, told, until = _read_case(chat, k, after)
        if (not after and judged) or _cut_off(chat, i, after):
            continue  # a report the agent never got to: unanswered / forced_end say so
        judged = True
        if (fixed and own_doing(chat, i, until)) or fixed_by_own_hand(chat, until) or settled_before(chat, i) or (
                found_elsewhere(chat, i, until)) or found_not_faulty(chat, after):
            continue  # 装不上 → 对准箭头再拧 → 可以了，原来我拧反了: the customer's own handling, no fault of the goods (003 §售后)
        if fixed and (not any(defect(chat, chat.messages[t].text) for t in told) or _use_cured(chat, after, fixed)):
            # 装好后出纸有折痕 → 您先把导纸板往里推一格试试 → 推了好了: the advice on how the goods are used worked, and no
            # defect of the pack's after-sales words was named: a question of use answered, not an after-sales case (003 §售后
            # is for goods found faulty; no apology is owed for advice that worked; a remedy before the cause is still wrong)
            wrong = _remedy_before_cause(chat, after, fixed)
            if wrong is not None:
                yield wrong
                return
            continue
        unasked = told_unasked(chat, after)  # 有问题的话直接申请退货 / 一般是没及时冷冻造成的, before anything is asked (stop 45)
        wrong = (chat.finding("aftersales_flow", unasked[0], detail=unasked[1]) if unasked
                 else _out_of_order(chat, i, after, fixed, owed=not apologised and not owns_cause(chat, i, until)
                                    and not told_normal(chat, after),  # (是正常的: no fault, no apology owed; stop 61)
                                    ours_from=told_ours_later(chat, k, until)))
        apologised = apologised or any(_does(chat, j, ("empathy",), "as_apology") for j in after)
        if wrong is not None:
            yield wrong
            return


def _read_case(chat, k: int, after: list[int]) -> tuple[set[int], list[int], int]:
    """The case the customer's report ``turns[k]`` opens, read on to the next problem reported after it was solved (a
    case of its own; before that, its details): the agent turns are appended to ``after``; returns the agent turns whose
    advice the customer says worked (好了，亮了), the customer turns of the case up to that advice, and the index of the
    case's last turn."""
    solved = False
    fixed: set[int] = set()
    told = [chat.turns[k][0]]
    for kk in range(k + 1, len(chat.turns)):
        j, n = chat.turns[kk]
        if n.role == "agent":
            after.append(j)
            solved = solved or _does(chat, j, ("solution",), "as_solution")
            continue
        if not fixed:
            told.append(j)
        if after and says_fixed(chat, j):
            fixed.add(after[-1])
            solved = True
        elif solved and _reports(chat, j) and "asks_handling" not in chat.labels.get(j, set()):
            # (那落下的进度怎么办 after a part of the remedy, 课时都还在: the customer asks what is done about the same case, its
            # remedy still to come, no new case; stop 49)
            return fixed, told, kk - 1
    return fixed, told, len(chat.turns)


def _use_cured(chat, after: list[int], fixed: set[int]) -> bool:
    """The advice that worked (``fixed``: the customer says it works now, 换了，能亮了) was the way the goods are used or set up,
    found by asking the customer how they set it up (a question back about the case before it, ``_asks_back``, or in its own
    message before the advice, ``_asks_then_advises``), and the agent
    turns up to it (``after``) found no fault of the goods: none names a defect of the pack's after-sales words
    (``reports.defect``: 接触不良 / 坏了), a remedy of the shop (the pack's ``as_solution`` words or the tagger's solution:
    换货 / 补发 / 上门) or an apology.  The cause found (003 §售后 查明原因) was the customer's own setting up (线插在主板口上),
    cured by the advice: a question of use answered, not goods found faulty, and no apology is owed for it (004 道歉 is for
    what the shop must ask the customer to forgive); a remedy before the cause is still read by ``_remedy_before_cause``."""
    upto = [j for j in after if j <= max(fixed)]
    if not any(_asks_back(chat, j) for j in upto if j < max(fixed)) and not _asks_then_advises(chat, max(fixed)):
        # (c41c: 不亮 → 插座有电吗？开关是长按开机的 → 长按就亮了: the question back and the setting told in one message)
        return False  # (接口漏水 → 拧紧半圈试试 → 好了: no cause looked into, the leak is the goods' fault told, 003's order holds)
    for j in upto:
        if defect(chat, chat.messages[j].text) or "as_solution" in chat.labels.get(j, set()):
            return False
        if any("solution" in s.acts or "empathy" in s.acts for s in chat.sentences.get(j, ())):
            return False
    return True


def _looked_into(chat, k: int) -> int | None:
    """The index in ``chat.turns`` of the agent's question back about the case that the report of ``turns[k]`` goes on with,
    or None: the agent turn right before the report when it asks about the case (``_asks_back``: 请问是收到就这样吗 → 用了两次
    就这样了); else, going back from the report over customer turns that each tell of the problem (a sentence read as a
    ``problem``, however unsure: 三四天了，地上没东西挡着) and agent turns that name no remedy, an agent turn asking about the
    case right after a customer turn (the trouble first told; a pre-sales question there is ruled out by the caller,
    ``_answers_a_question``).  The agent was already finding the cause of a trouble the customer told in words no list
    holds (老在客厅转圈), told it (传感器沾了灰) and apologised; the customer's 才用一周就失灵了？ is their reaction to the cause,
    and the case is read from the question on (seed 003 §售后 查明原因 → 道歉 → 安抚 → 方案; stop 36, c36)."""
    kk = k - 1
    while kk >= 0:
        j, n = chat.turns[kk]
        if n.role == "customer":
            if not any("problem" in s.acts for s in chat.sentences.get(j, ())):
                return None
        elif kk == k - 1 and _asks_back(chat, j):
            return kk if trouble_told_before(chat, kk) else None  # (not a follow-up before any trouble: stop 67)
        elif _does(chat, j, *_STEPS[2][1:]):
            return None  # (a remedy named before: what comes after it is a case of its own)
        elif _asks_back(chat, j):
            return kk if kk > 0 and chat.turns[kk - 1][1].role == "customer" else None
        kk -= 1
    return None


def _apologised_before(chat, start: int) -> bool:
    """An agent turn before ``turns[start]`` (where the case is read from: the agent's question back about it) apologised
    in so many words (the pack's ``as_apology`` words or the empathy cue) after a customer turn told of trouble (act problem
    or complaint): the customer's first words of the trouble (管子在喷水，电话也没人接) had their apology (实在抱歉), the details
    told when the agent asked (接头那裂了) are the same case, no second apology is owed (seed 003 §售后 查明原因 → 道歉)."""
    told = False
    for j, n in chat.turns[:start]:
        if n.role == "customer":
            told = told or any({"problem", "complaint"} & set(s.acts) for s in chat.sentences.get(j, ()))
        elif told and ("as_apology" in chat.labels.get(j, set())
                       or any("agent.empathy" in s.cues for s in chat.sentences.get(j, ()))):
            return True
    return False


def _cut_off(chat, i: int, after: list[int]) -> bool:
    """The agent ended the chat on the customer (``Chat.forced_ending``) with the report of turn ``i`` among the turns cut off,
    and no agent turn between the report and that ending: the case was never taken up, which ``forced_end`` reports (000:
    不可以主动强制结束对话), not a case handled out of order."""
    end = chat.forced_ending
    return bool(end) and i in end[1] and all(j >= end[0] for j in after if j > i)


def _out_of_order(chat, i: int, after: list[int], fixed: set[int], owed: bool = True, ours_from: int = -1):
    """The finding for the case the customer reported in turn ``i``, handled in the agent turns ``after``
    (``fixed``: those whose advice worked, a solution), or None when it went 查明原因 → 道歉 → 方案 (seed 003).
    ``owed`` False: the agent apologised in an earlier case of the chat (the same goods told again after the
    remedy: 申请了换货 → 修表的也说坏了，截过表带还能换吗), so no second apology is asked for.  ``ours_from``: the customer turn
    that first told the thing was bought here (``services.told_ours_later``); a remedy before it was a service offered, not the case's,
    when the agent offers one again after it."""
    first_of = {}
    for step, acts, words in _STEPS:
        hit = [j for j in after if _does(chat, j, acts, words) or (step == "solution" and j in fixed)]
        if step == "solution" and any(j > ours_from for j in hit):
            hit = [j for j in hit if j > ours_from]  # (the remedy said again once the thing was known as the shop's)
        first_of[step] = hit[0] if hit else None
    c, a, s = first_of["cause"], first_of["apology"], first_of["solution"]
    if s is None:
        return chat.finding("aftersales_flow", i, detail="没有提供任何解决方案")
    if c is None or s < c or (s == c and s not in fixed and _remedy_first(chat, s)):
        return chat.finding("aftersales_flow", s, detail="未查明原因就先给出方案")
    if a is None and not owed:
        return None
    if a is None:
        return chat.finding("aftersales_flow", i, detail="没有向顾客道歉")
    if a > s:
        return chat.finding("aftersales_flow", a, detail="先给方案后道歉")
    if not any(soothes(chat, j, worried(chat, i, after)) for j in after):
        return chat.finding("aftersales_flow", i, detail="道歉后没有安抚顾客")
    return None
