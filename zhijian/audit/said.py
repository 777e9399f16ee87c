"""What an agent sentence says, clause by clause, for ``beside`` (an answer beside the point): the clauses of content, not
the greeting or the courtesy, and whether a clause gives data (a figure, a masked field, a card) or asks back."""

from __future__ import annotations

import re

from zhijian.audit.answering import DATA as _DATA  # (a number, a masked field or a card: 3-5天 / [数字x])
from zhijian.audit.memo import per_sentence
from zhijian.audit.settle import CLAUSE, compact

# a clause ends at punctuation, a space or an emoji (亲您好😊 110码有现货: the greeting and the answer are two clauses)
_PIECE = re.compile(r"[^\s\U0001F000-\U0001FAFF\u2600-\u27BF]+")


@per_sentence
def said(chat, s) -> tuple[str, ...] | None:
    """The compacted clauses of an agent sentence that say something: not a greeting or introduction of the shop (the
    pack's ``greeting_clause``), nor the courtesy of a greeting or closing (the pack's greeting/closing words, its
    ``courtesy_words`` and ``courtesy_clause``: 感谢关注 / 祝您…).  A clause giving data or asking back
    (a question word or particle: 哪个商品 / 是这个吗; the pack's ``asks_data``: 提供下订单号) makes the whole sentence an
    answer: ``("?",)`` then."""
    return _clauses(chat, s, figures=True)


@per_sentence
def said_figures(chat, s) -> tuple[tuple[str, str], ...]:
    """The clauses of ``said`` with what each gives: ``"money"`` or ``"time"`` for a clause whose data is only a sum of money
    or a time (the pack's ``money_words`` / ``time_words`` / ``span_words``: 到手价169元 / 3天就到), ``"?"`` for any other data
    or a question back, ``""`` for words (stop 64: 三岁的孩子能骑吗 → 满199减30，到手价169元 pitches a price; ``beside._figures_asked``)."""
    return tuple(_clauses(chat, s, figures=False))


def _clauses(chat, s, figures: bool) -> tuple:
    """``said`` (``figures``) or ``said_figures``."""
    intro, thanks = chat.patterns("greeting_clause"), chat.patterns("courtesy_clause")
    courtesy, asks, data = chat.words_re("courtesy_words"), chat.words_re("asks_back_words"), chat.words_re("asks_data")
    money, time, span = chat.words_re("money_told_forms"), chat.words_re("time_words"), chat.words_re("span_words")
    out = []
    for cl in (p for part in CLAUSE.findall(s.text) or [s.text] for p in _PIECE.findall(part)):
        c = compact(cl)
        kind = ""
        if asks.search(c) or data.search(c) or _DATA.search(cl):
            if figures:
                return ("?",)
            kind = "?" if asks.search(c) or data.search(c) else "money" if money.search(c) else (
                "time" if time.search(c) or span.search(c) else "?")
        if kind == "" and (not c or (intro is not None and intro.search(c)) or (thanks is not None and thanks.search(c))
                           or chat.text_labels(cl) & {"greeting", "closing"} or courtesy.search(c)):
            continue
        out.append(c if figures else (c, kind))
    return tuple(out)
