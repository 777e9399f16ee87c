"""An answer beside the point (seed 000: 漏回复 — a question answered with something else is still unanswered).

``settle`` closes a lone open need with whatever the agent answers next.  This module tells when that answer says
nothing about the question at all: the agent pitches the goods, thanks the customer or goes on about another matter,
and the question stays open (``state.track`` then treats it as skipped: only an answer about it settles it later).
A curt reply (不支持的 / 暂时没有哦 / 以页面为准), data, a question back or a check is never read so.
"""

from __future__ import annotations

import re

from zhijian.audit.memo import per_sentence
from zhijian.audit.needs import suggests
from zhijian.audit.settle import CLAUSE, chars, compact

# data the agent gives (a number, a masked field or a card: 3-5天 / [数字x]), read on the clause as typed
_DATA = re.compile(r"\d|[\[【][^\]】]*[\]】]")
# a clause ends at punctuation, a space or an emoji (亲您好😊 110码有现货: the greeting and the answer are two clauses)
_PIECE = re.compile(r"[^\s\U0001F000-\U0001FAFF\u2600-\u27BF]+")


def beside_point(chat, it, answering: list) -> bool:
    """Question ``it`` is the lone open need, asked for a yes or no (the pack's ``yes_no_question``) with some content
    (``beside_min_chars`` content characters and more), in no angry or suggesting turn (``_not_only_asking``), and the
    ``answering`` sentences, courtesy aside (``_said``), tell something at length (``beside_min_said`` characters and
    more) without naming a content character of it, giving data, asking back, saying they check (the ``hold`` act), heeding a grievance (the pack's empathy words),
    saying back the copula it asks with (是) or
    saying yes, no or how things stand in a word of the pack's ``polarity_words`` (可以 / 不支持 / 没有 / 已经 / 为准):
    the answer is beside the point (这款是大容量，带高温煮洗… for 能搬进卫生间吗)."""
    raw = chat.config.raw
    least, length = int(raw.get("beside_min_chars") or 0), int(raw.get("beside_min_said") or 0)
    if least <= 0 or it.act != "question" or it.grievance or _DATA.search(it.text):
        return False
    asked = chars(it.text)
    if len(asked) < least or not chat.words_re("yes_no_question").search(compact(it.text).rstrip("?？")):
        return False  # (a question asking what, how or how long may be answered in terms of its own: 是啥 → 差不多是…)
    if _not_only_asking(chat, it) or any("hold" in s.acts or s.scores.get("hold", 0.0) >= 0.3
                                         or "empathy" in chat.text_labels(s.text) for s in answering):
        return False  # (a check promised, or a grievance heard in the pack's empathy words: 添麻烦了 / 带来不便)
    said = [cl for s in answering for cl in _said(chat, s)]
    if "?" in said or sum(map(len, said)) < length:
        return False  # (a curt reply, 这个是没有的 / 恩, answers in its own words; data or a question back answers)
    if "是" in compact(it.text) and any("是" in cl for cl in said):
        return False  # 这个是寄到家的吗 → 这个是到网点领取的: the copula said back corrects what was asked
    polar = chat.words_re("polarity_words")
    return not any(chars(cl) & asked or polar.search(cl) for cl in said)


def _not_only_asking(chat, it) -> bool:
    """The turn of question ``it`` also suggests or complains (a sentence of it tagged ``suggestion`` or ``complaint``,
    or one ``needs.suggests`` reads: 能不能换成纸箱 | 太难拿了), or the question is asked for effect (the pack's
    ``rhetorical_question``: 这不是…吗) or to confirm what the customer understood (``confirm_question``: 那就是…是吗):
    what the agent says to the suggestion or the grievance is read by their own checks, and any reply confirms."""
    if chat.labels.get(it.turn, set()) & {"complaint", "customer_suggestion"} or any(
            {"suggestion", "complaint"} & set(x.acts) or suggests(chat, x) for x in chat.sentences.get(it.turn, ())):
        return True
    c = compact(it.text)
    return any(p is not None and p.search(c) for p in (chat.patterns("rhetorical_question"), chat.patterns("confirm_question")))


@per_sentence
def _said(chat, s) -> tuple[str, ...] | None:
    """The compacted clauses of an agent sentence that say something: not a greeting or introduction of the shop (the
    pack's ``greeting_clause``), nor the courtesy of a greeting or closing (the pack's greeting/closing words, its
    ``courtesy_words`` and ``courtesy_clause``: 感谢关注 / 祝您…).  A clause giving data or asking back
    (a question word or particle: 哪个商品 / 是这个吗; the pack's ``asks_data``: 提供下订单号) makes the whole sentence an
    answer: ``("?",)`` then."""
    intro, thanks = chat.patterns("greeting_clause"), chat.patterns("courtesy_clause")
    courtesy, asks, data = chat.words_re("courtesy_words"), chat.words_re("asks_back_words"), chat.words_re("asks_data")
    out = []
    for cl in (p for part in CLAUSE.findall(s.text) or [s.text] for p in _PIECE.findall(part)):
        c = compact(cl)
        if _DATA.search(cl) or asks.search(c) or data.search(c):
            return ("?",)
        if not c or (intro is not None and intro.search(c)) or (thanks is not None and thanks.search(c)):
            continue
        if chat.text_labels(cl) & {"greeting", "closing"} or courtesy.search(c):
            continue
        out.append(c)
    return tuple(out)
