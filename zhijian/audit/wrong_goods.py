"""(stop 65) The wrong goods sent, said as what came beside what was ordered (seed 003 §售后).

买的是黑色的，收到的是白色的 / 刻的是Lilly，我要的是Lily: no defect word says it, yet the goods are not what was ordered; the
clause telling what came is a fault told (``reports._fault_clauses``).
"""

from __future__ import annotations

from zhijian.audit.settle import compact


def wrong_goods(chat, texts: list[str], labels: list[frozenset[str]]) -> list[frozenset[str]]:
    """The ``labels`` of the clauses ``texts`` (a customer sentence's), with ``aftersales`` for a clause telling what came (the
    pack's ``received_forms``: 收到的是白色的 / 刻的是Lilly) right beside one telling what was ordered (``ordered_forms``: 买的是
    黑色的 / 我要的是Lily)."""
    got, wanted = chat.words_re("received_forms"), chat.words_re("ordered_forms")
    told = [compact(c) for c in texts]
    return [lab | {"aftersales"} if got.search(c) is not None and any(
        wanted.search(told[n]) for n in (k - 1, k + 1) if 0 <= n < len(told)) else lab for k, (c, lab) in enumerate(zip(told, labels))]
