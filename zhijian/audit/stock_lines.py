"""An answer made of the shop's stock lines only (seed 000: 漏回复 — a question answered with something else is still
unanswered).

The shop's standing assurances (本店所有商品均为正品 / 支持七天无理由退换 / 品质有保障 / 我们是厂家直销 / 本店提供各类…服务 /
全城可上门: the pack's ``stock_line_forms``) are said to every customer; a reply made of them and of courtesy alone tells
nothing of what a question asked, unless the question asks about them (it shares a content bigram with them: 是正品吗 /
能上门吗).  ``state.track`` then treats the question as skipped, as ``beside`` does for other answers beside the point.
"""

from __future__ import annotations

from zhijian.audit.said import said_figures
from zhijian.audit.settle import bigrams


def stock_only(chat, it, answering: list) -> bool:
    """Question or request ``it`` (no grievance; a request to look into a thing since stop 69) is answered by ``answering`` sentences whose every clause of content (``said_figures``:
    the greeting and the courtesy aside) is one of the pack's ``stock_line_forms``, at least one, sharing no content bigram with
    the question, and no sentence says the agent checks (the ``hold`` act)."""
    if it.act not in ("question", "request") or it.grievance or any("hold" in s.acts for s in answering):
        return False
    stock = chat.words_re("stock_line_forms")
    said = [cl for s in answering for cl, _ in said_figures(chat, s)]  # (本店提供…服务 reads as asking for data: a stock line)
    asked = bigrams(it.text)
    return bool(said) and all(stock.search(cl) and not bigrams(cl) & asked for cl in said)
