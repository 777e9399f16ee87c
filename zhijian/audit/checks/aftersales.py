"""After-sales order (seed 003 §售后: 查明原因 → 道歉 → 安抚 → 提供解决方案)."""

from __future__ import annotations

from zhijian.audit.checks import check

# finding the cause: asking for photos / the order (cause_check) or stating what was found (answer)
_STEPS = (("cause", ("cause_check", "answer"), "as_cause"), ("apology", ("empathy",), "as_apology"),
          ("solution", ("solution",), "as_solution"))


def _reports_problem(chat, i: int) -> bool:
    """A problem with a delivered order: the pack's after-sales words (not in a hypothetical), or the
    tagger's ``problem`` act at the pack's confidence in a sentence that is not a question."""
    lab = chat.labels[i]
    if "aftersales" in lab and "hypothetical" not in lab:
        return True
    return any(chat.sure(s, "problem") and "question" not in s.acts for s in chat.sentences.get(i, ()))


@check("aftersales_flow")
def aftersales_flow(chat):
    """After the first problem the customer reports (act ``problem``), the agent's turns must find the
    cause, apologise and offer a solution, in that order (acts ``cause_check``, ``empathy``,
    ``solution``, or the pack's ``as_*`` words)."""
    for k, (i, m) in enumerate(chat.turns):
        if m.role != "customer" or not _reports_problem(chat, i):
            continue
        after = [j for j, n in chat.turns[k + 1:] if n.role == "agent"]
        first_of = {}
        for step, acts, words in _STEPS:
            hit = [j for j in after if chat.has(j, *acts, words=(words,))]
            first_of[step] = hit[0] if hit else None
        c, a, s = first_of["cause"], first_of["apology"], first_of["solution"]
        if s is None:
            yield chat.finding("aftersales_flow", i, detail="没有提供任何解决方案")
        elif c is None or s < c:
            yield chat.finding("aftersales_flow", s, detail="未查明原因就先给出方案")
        elif a is None:
            yield chat.finding("aftersales_flow", i, detail="没有向顾客道歉")
        elif a > s:
            yield chat.finding("aftersales_flow", a, detail="先给方案后道歉")
        return
