"""After-sales order (seed 003 §售后: 查明原因 → 道歉 → 安抚 → 提供解决方案)."""

from __future__ import annotations

from zhijian.audit.checks import check


@check("aftersales_flow")
def aftersales_flow(chat):
    """After the first reported problem (``words.aftersales``, not ``hypothetical``), the agent's turns
    must find the cause, apologise and offer a solution, in that order."""
    for k, (i, m) in enumerate(chat.turns):
        if m.role != "customer" or "aftersales" not in chat.labels[i] or "hypothetical" in chat.labels[i]:
            continue  # a report of a problem, not a question about one that might happen
        after = [j for j, n in chat.turns[k + 1:] if n.role == "agent"]
        first_of = {}
        for step in ("cause", "apology", "solution"):
            hit = [j for j in after if f"as_{step}" in chat.labels[j]]
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
