"""What an agent sentence says, clause by clause, for ``beside`` (an answer beside the point): the clauses of content, not
the greeting or the courtesy, and whether a clause gives data (a figure, a masked field, a card) or asks back."""

from __future__ import annotations

import re

from zhijian.audit.answering import DATA as _DATA  # (a number, a masked field or a card: 3-5天 / [数字x])
from zhijian.audit.memo import per_sentence
from zhijian.audit.settle import CLAUSE, compact
from zhijian.engine.stickers import STICKER_CODE

# a clause ends at punctuation, a space or an emoji (亲您好😊 110码有现货: the greeting and the answer are two clauses)
_PIECE = re.compile(r"[^\s\U0001F000-\U0001FAFF\u2600-\u27BF]+")


@per_sentence
def said(chat, s) -> tuple[str, ...]:
    """The compacted clauses of an agent sentence that say something: not a greeting or introduction of the shop (the
    pack's ``greeting_clause``), nor the courtesy of a greeting or closing (the pack's greeting/closing words, its
    ``courtesy_words`` and ``courtesy_clause``: 感谢关注 / 祝您…).  A clause giving data or asking back
    (a question word or particle: 哪个商品 / 是这个吗; the pack's ``asks_data``: 提供下订单号) makes the whole sentence an
    answer: ``("?",)`` then (read off ``said_figures``)."""
    return _collapsed(said_figures(chat, s))


@per_sentence
def said_figures(chat, s) -> tuple[tuple[str, str], ...]:
    """The clauses of ``said`` with what each gives: ``"money"`` or ``"time"`` for a clause whose data is only a sum of money
    or a time (the pack's ``money_told_forms`` / ``time_words`` / ``span_words``: 到手价169元 / 满199减30 / 3天就到), ``"?"``
    for any other data or a question back (kept whatever else the clause is), ``""`` for words (stop 64: 三岁的孩子能骑吗 →
    满199减30，到手价169元 pitches a price; ``beside._figures_asked``)."""
    return _figures(chat, s, False)


@per_sentence
def said_words(chat, s) -> tuple[str, ...]:
    """``said`` with a sticker code ([爱心] / [OK]) read as no data: what a goodbye beside a question speaks of
    (``earlier_matter._acks_order_only``: 收到亲的订单啦，感谢支持[爱心]; stop 69, pool69)."""
    return _collapsed(_figures(chat, s, True))


def _collapsed(told: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The clauses of ``told``, or ``("?",)`` when one gives data or asks back (``said``)."""
    return ("?",) if any(kind for _, kind in told) else tuple(c for c, _ in told)


def _figures(chat, s, codes_out: bool) -> tuple[tuple[str, str], ...]:
    """``said_figures``, sticker codes read as no data when ``codes_out`` (``said_words``)."""
    intro, thanks = chat.patterns("greeting_clause"), chat.patterns("courtesy_clause")
    courtesy, asks, data = chat.words_re("courtesy_words"), chat.words_re("asks_back_words"), chat.words_re("asks_data")
    money, time, span = chat.words_re("money_told_forms"), chat.words_re("time_words"), chat.words_re("span_words")
    out = []
    for cl in (p for part in CLAUSE.findall(s.text) or [s.text] for p in _PIECE.findall(part)):
        c = compact(cl)
        if asks.search(c) or data.search(c):
            out.append((c, "?"))
        elif _DATA.search(_codes_out(chat, cl) if codes_out else cl):  # (a placeholder, [图片], is data all the same)
            out.append((c, "money" if money.search(c) else "time" if time.search(c) or span.search(c) else "?"))
        elif c and not (intro is not None and intro.search(c)) and not (thanks is not None and thanks.search(c)) and not (
                chat.text_labels(cl) & {"greeting", "closing"} or courtesy.search(c)):
            out.append((c, ""))
    return tuple(out)


def _codes_out(chat, clause: str) -> str:
    """``clause`` without its sticker codes ([爱心] / [OK]: ``engine.stickers``), the placeholders of media or cards the pack's
    ``media_forms`` names ([图片] / [商品卡片]) kept (stop 69, pool69)."""
    if "[" not in clause:
        return clause
    media = chat.patterns("media_forms")
    return STICKER_CODE.sub(lambda m: m.group() if media is not None and media.search(m.group()) else "", clause)
