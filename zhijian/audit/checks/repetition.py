"""Repeated replies (seed 000: 重复发送相同内容).

Cost: every agent message is compacted once (whole text and sentences), and a pair of messages
reaches difflib only after cheap exact bounds rule nothing out: the length bound
(``real_quick_ratio``), a bound from the two texts' sets of distinct characters (set differences,
computed in C), then the shared-character count (``quick_ratio``); a pair within the length bounds is
judged once per process (template replies meet again in chat after chat).  Both bounds are computed with
difflib's own formula, so they reject exactly the pairs difflib's ``ratio`` would reject after
them, and the check's result is the one of comparing every pair with ``SequenceMatcher``.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter

from zhijian.audit.checks import check
from zhijian.audit.memo import per_text
from zhijian.engine.normalize import compact_one as compact, tables  # (normalize.compact compiled: the same text)

_SENTENCE_SPLIT = re.compile(r"[。！？!?；;\n]+")
MIN_NEAR_CHARS = 10  # an earlier message shorter than this is only compared for equality
# two replies equal once their courtesy clauses are left out (the first began with the greeting:
# 您好，欢迎光临，<the reply> / <the reply>) are the same reply sent twice, when this much is left
MIN_BODY_CHARS = 12
_CLAUSES = re.compile(r"[^，,。.!！?？;；~～\n ]+")
_pairs_tables: list = [None]  # the folding tables the pairs were judged with
_PAIRS_MAX = 65_536  # pairs of compact texts judged near or not (``_near``)
_pairs: dict[tuple[str, str, float], bool] = {}


def _ratio_at_least(matches: int, length: int, ratio: float) -> bool:
    """difflib's ``_calculate_ratio(matches, length) >= ratio``, the same float expression."""
    return (2.0 * matches / length if length else 1.0) >= ratio


def similar(a: str, b: str, ratio: float) -> bool:
    """Near-identical texts (cheap upper bounds first: most pairs are ruled out by length)."""
    if min(len(a), len(b)) * 2 < ratio * (len(a) + len(b)):
        return False
    sm = difflib.SequenceMatcher(None, a, b)
    return sm.real_quick_ratio() >= ratio and sm.quick_ratio() >= ratio and sm.ratio() >= ratio


class _Earlier:
    """An agent message of at least MIN_NEAR_CHARS compact characters, as ``_near`` compares it (kept per text by
    ``_compacted``)."""

    __slots__ = ("key",)

    def __init__(self, key: str):
        self.key = key


def _shared(x: Counter, y: Counter) -> int:
    """Characters the two texts have in common, with multiplicity (difflib's ``quick_ratio`` matches)."""
    if len(x) > len(y):
        x, y = y, x
    get = y.get
    return sum(min(n, get(c, 0)) for c, n in x.items())


def _near(key: str, earlier: list[_Earlier], ratio: float) -> bool:
    """``any(similar(p, key, ratio) for p in earlier)``, with exact upper bounds of difflib's ratio first:
    each bound can only reject a pair that ``similar`` rejects too.  A pair that passes the length bounds is
    judged once per process (``_pairs``: the same template replies meet in chat after chat)."""
    for e in earlier:
        if _similar_judged(e.key, key, ratio):
            return True
    return False


def _similar_judged(p: str, key: str, ratio: float) -> bool:
    """``similar(p, key, ratio)``: the length bounds first, then the pair judged once per process (``_pairs``: the same
    template replies and bodies meet in chat after chat) by ``_similar_pair``, whose bounds can only reject a pair that
    ``similar`` rejects too."""
    lp, lk = len(p), len(key)
    total = lp + lk
    if min(lp, lk) * 2 < ratio * total:  # the length bound of ``similar``
        return False
    if not _ratio_at_least(min(lp, lk), total, ratio):  # real_quick_ratio
        return False
    pair = (p, key, ratio)
    got = _pairs.get(pair)
    if got is None:
        if len(_pairs) >= _PAIRS_MAX:
            _pairs.clear()
        got = _pairs[pair] = _similar_pair(p, key, ratio)
    return got


def _similar_pair(p: str, key: str, ratio: float) -> bool:
    """difflib's ratio of the two keys at least ``ratio`` (lengths already within the bounds of ``_near``)."""
    total = len(p) + len(key)
    # every distinct character of one text missing from the other costs at least one match (the sets and counts
    # are built here, not kept: a pair is judged once, and kept per text they would cost kilobytes each)
    pc, kc = frozenset(p), frozenset(key)
    bound = min(len(p) - len(pc - kc), len(key) - len(kc - pc))
    if not _ratio_at_least(bound, total, ratio):
        return False
    if not _ratio_at_least(_shared(Counter(p), Counter(key)), total, ratio):  # quick_ratio
        return False
    return difflib.SequenceMatcher(None, p, key).ratio() >= ratio


@per_text
def _compacted(chat, text: str) -> tuple[str, tuple[str, ...], _Earlier | None]:
    """(compact text, its distinct compact sentences of 8+ characters, its ``_Earlier`` when it has
    ``MIN_NEAR_CHARS``+ characters) of one agent message, computed once per text (canned replies recur across
    chats)."""
    key = compact(text)
    if _SENTENCE_SPLIT.search(text) is None:  # one sentence: the split is the text itself
        sentences = (_bare(key),) if len(_bare(key)) >= 8 else ()
    else:
        sentences = tuple({s for s in (_bare(compact(x)) for x in _SENTENCE_SPLIT.split(text) if x) if len(s) >= 8})
    return key, sentences, _Earlier(key) if len(key) >= MIN_NEAR_CHARS else None


# (stop 53) the particles a sentence sent again may end with (…按1小时计算 → …按1小时计算哦): the same sentence
_TAIL_PARTICLES = "哦喔噢哈呢啦呀嘛哟哒"


def _bare(sentence: str) -> str:
    """A compact sentence without the particles at its end (``_TAIL_PARTICLES``)."""
    return sentence.rstrip(_TAIL_PARTICLES)


def _content(chat, clause: str) -> bool:
    """A clause that says something of its own, not the courtesy of a reply (greeting or closing words,
    an offer of help, a hold, an apology: the pack's ``courtesy_words``, 还有别的需要帮忙吗 / 我们一定竭诚为您办好)."""
    return not (chat.words_re("courtesy_words").search(clause) or chat.text_labels(clause) & {"greeting", "closing", "empathy"})


@per_text
def _bodies(chat, text: str) -> tuple[str, str, list[str]]:
    """``(_body, _bare_body, _figures)`` of a reply, from one reading of its clauses: each is read once for ``_content``
    (its first reading by the lexicon is most of the cost on a new text) and compacted once."""
    address = chat.patterns("address_clause")
    body, bare, figures = [], [], []
    for c in _CLAUSES.findall(text):
        if not _content(chat, c):
            continue
        cc = compact(c)
        body.append(cc)
        if not (address is not None and address.fullmatch(cc)):
            bare.append(cc)
        figures.extend(_FIGURES.findall(c))
    return "".join(body), "".join(bare), figures


def _body(chat, text: str) -> str:
    """The compact text of a reply's clauses that are not courtesy (``_content``)."""
    return _bodies(chat, text)[0]


def _bare_body(chat, text: str) -> str:
    """``_body`` without the clauses that only address the customer (the pack's ``address_clause``: 亲 / 亲亲 / 宝子): the
    same reply sent once behind 亲，您好～ and once bare is one reply sent twice (stop 38, c38; seed 000 重复发送相同内容)."""
    return _bodies(chat, text)[1]


def resends(chat, j: int, bodies: bool = True) -> bool:
    """(stop 65) Agent turn ``j`` sends again an earlier reply of the agent's: the same compact text of ``repeat_min_chars``
    characters and more, or (``bodies``) the same body once the courtesy clauses are left out (``_body``, ``MIN_BODY_CHARS``
    characters and more: the first time behind a greeting, 您好，欢迎光临，… → …)."""
    key, body = compact(chat.messages[j].text), _body(chat, chat.messages[j].text) if bodies else ""
    least = chat.config.repeat_min_chars
    for k in chat.agent_turns:
        if k >= j:
            break
        text = chat.messages[k].text
        if (len(key) >= least and compact(text) == key) or (len(body) >= MIN_BODY_CHARS and _body(chat, text) == body):
            return True
    return False


@check("repeated_reply")
def repeated_reply(chat):
    """An agent message equal or nearly equal (``near_repeat_ratio``) to an earlier one of at least
    ``repeat_min_chars`` characters, or repeating a sentence of 8+ characters already sent, or equal to an
    earlier one once the courtesy clauses of both are left out (``_body``, ``MIN_BODY_CHARS``+ characters
    left: the first time behind a greeting, 您好，欢迎光临，… → …)."""
    cfg = chat.config
    if _pairs_tables[0] is not tables():  # other folding tables (a test, a reload): other compact forms
        _pairs.clear()
        _pairs_tables[0] = tables()
    min_chars, ratio = cfg.repeat_min_chars, cfg.near_repeat_ratio
    seen: set[str] = set()
    earlier: list[_Earlier] = []  # distinct earlier keys of MIN_NEAR_CHARS+ characters, in order
    seen_sentences: set[str] = set()
    bodies: dict[str, list[str]] = {}  # earlier replies without their courtesy clauses -> their figures (``_figures``)
    messages = chat.messages
    sent_at: dict[str, int] = {}  # the agent turn that last sent a compact text or sentence
    plain = -1  # the agent's last turn saying nothing but courtesy (a near repeat of it is compared with it)
    for i in chat.agent_turns:
        text = messages[i].text
        key, sentences, mine = _compacted(chat, text)
        repeated = len(key) >= min_chars and (key in seen or _near(key, earlier, ratio))
        body, bare, figures = _bodies(chat, text)
        if len(key) >= MIN_BODY_CHARS:  # the body is part of the compact text: a shorter reply has none to compare
            mine_bodies = {b for b in {body, bare} if len(b) >= MIN_BODY_CHARS}
            for b in mine_bodies:  # (with and without the words addressing the customer: 亲，…)
                repeated = repeated or b in bodies  # the same reply, once behind a greeting (您好，欢迎光临，… → …)
                repeated = repeated or _near_body(b, bodies, ratio, figures)  # (… or nearly the same: 这款深海蓝… → 深海蓝…)
                repeated = repeated or _within(b, bodies)  # (… or the tail of an earlier reply sent again on its own)
            for b in mine_bodies:
                bodies.setdefault(b, figures)
        shared = [x for x in sentences if x in seen_sentences]
        if repeated or shared:
            since = sent_at.get(key, plain) if repeated else max(sent_at.get(x, -1) for x in shared)
            if not _courtesy_again(chat, text, repeated, shared, since, i):
                yield chat.finding("repeated_reply", i)
        for x in (key, *sentences):
            sent_at[x] = i
        if len(body) < _COURTESY_LEFT:
            plain = i
        if key not in seen:
            seen.add(key)
            if mine is not None:
                earlier.append(mine)
        seen_sentences.update(sentences)


# (stop 48, c48) a reply that is a stretch of an earlier, longer reply sent again on its own (…，已为您提交核查，结果24小时内短信通知您
# → 已为您提交核查，结果24小时内短信通知您): the same content sent twice (000 重复发送相同内容), when the stretch is this long
MIN_WITHIN_CHARS = 16


def _within(b: str, bodies: dict[str, list[str]]) -> bool:
    """Body ``b`` (a reply without its courtesy clauses, ``MIN_WITHIN_CHARS``+ characters) is part of an earlier, longer body."""
    return len(b) >= MIN_WITHIN_CHARS and any(len(e) > len(b) and b in e for e in bodies)


# the figures of a reply (30天 / 两次 / 69元): a reply reworded around the same figures says the same thing again
_FIGURES = re.compile(r"[0-9]+(?:[.][0-9]+)?|[一二两三四五六七八九十百千万半]+")
NEAR_FIGURES_RATIO = 0.75  # a reworded repeat: the bodies this near, their figures the same
MIN_FIGURES_BODY = 20
# (stop 46, c46) a reworded repeat around one figure (每天要晒足5小时才能充满 → 每天至少晒5小时才充得满): nearer still
NEAR_ONE_FIGURE_RATIO = 0.82


def _near_body(b: str, bodies: dict[str, list[str]], ratio: float, figures: list[str]) -> bool:
    """Body ``b`` (a reply without its courtesy clauses) nearly equals an earlier body: at ``ratio`` (这款深海蓝… → 深海蓝…,
    the greeting and a word or two left out), or, both of ``MIN_FIGURES_BODY`` characters and more, at ``NEAR_FIGURES_RATIO``
    with the same figures in the same order (续航大约14天，按一天用1小时算 → 续航14天左右，按每天1小时算: a
    template reworded, seed 000 重复发送相同内容).  ``bodies``: the earlier bodies and their figures, ``figures``: those of
    ``b``'s reply (``_figures``)."""
    for e, earlier in bodies.items():  # (``similar`` by ``_similar_judged``: the same answers, each pair judged once per process)
        if _similar_judged(e, b, ratio):
            return True
        if len(b) >= MIN_FIGURES_BODY and len(e) >= MIN_FIGURES_BODY and _similar_judged(e, b, NEAR_FIGURES_RATIO):
            if _same_figures(figures, earlier) or (_same_figures(figures, earlier, least=1)
                                                   and _similar_judged(e, b, NEAR_ONE_FIGURE_RATIO)):
                return True
        if len(b) >= MIN_FIGURES_BODY and len(e) >= MIN_FIGURES_BODY and _reordered(e, b, figures, earlier):
            return True
    return False


# (stop 47, pool47) a reply re-sent with its clauses in another order (每层承重约15kg，三层约45kg，1.2mm铁管 → 三层约45kg，每层约15kg，
# 1.2mm铁管): the same figures, three or more, in any order, and the characters this alike whatever their order
MIN_REORDERED_FIGURES = 3
NEAR_REORDERED_RATIO = 0.85


def _reordered(e: str, b: str, figures: list[str], earlier: list[str]) -> bool:
    """Bodies ``e`` and ``b`` say the same clauses in another order: the same figures as a multiset, and either every
    character again (stop 52) or, with ``MIN_REORDERED_FIGURES``+ figures (one in digits), difflib's ``quick_ratio``
    (characters in common, order aside) at ``NEAR_REORDERED_RATIO`` (seed 000 重复发送相同内容: a template pasted again with
    its sentences shuffled)."""
    if sorted(figures) != sorted(earlier):
        return False
    if Counter(e) == Counter(b):
        return True  # (stop 52: 这款台灯支持三档调光，充满电能用8个小时 → 充满电能用8个小时，这款台灯支持三档调光 — every character
        # again, whatever the figures: the reply pasted with its clauses swapped)
    if len(figures) < MIN_REORDERED_FIGURES or not any(x[0].isdigit() for x in figures):
        return False
    return _ratio_at_least(_shared(Counter(e), Counter(b)), len(e) + len(b), NEAR_REORDERED_RATIO)


def _figures(chat, text: str) -> list[str]:
    """The figures of a reply's clauses that are not courtesy (``_content``), read on the text as written: a range told
    2到3天 or 2-3天 is the same two figures (the compact body drops the hyphen and joins them into 23; c42, seed 000
    重复发送相同内容 — the same delivery time sent again with 到 for the hyphen)."""
    return _bodies(chat, text)[2]


def _same_figures(a: list[str], b: list[str], least: int = 2) -> bool:
    """The figures of one body are those of the other in the same order, one or two left out (一天 → 每天): at least
    ``least`` (two; one for a body at ``NEAR_ONE_FIGURE_RATIO``), one written in digits."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) < least or not any(x[0].isdigit() for x in a) or len(b) - len(a) > 2:
        return False
    it = iter(b)
    return all(x in it for x in a)


# what may be left of a reply once its courtesy clauses are out (嗯嗯 / 亲亲) and it still says nothing of its own
_COURTESY_LEFT = 4


def _courtesy_again(chat, text: str, whole: bool, shared: list[str], since: int, i: int) -> bool:
    """The repeat is courtesy only (the offer of help, a goodbye, a thanks reply: 还有别的需要帮忙吗 sent again)
    and the customer asked something new that the agent answered since the courtesy was last sent: the offer is made
    again after a new need was served, no reply sent twice (seed 000 重复发送同一句话 is a reply the customer already had;
    after 没有了 or a need left unanswered the same offer is still a repeat)."""
    if whole:
        if len(_body(chat, text)) >= _COURTESY_LEFT:
            return False
    else:
        said = [x for x in _SENTENCE_SPLIT.split(text) if x and _bare(compact(x)) in shared]
        if not said or any(len(_body(chat, x)) >= _COURTESY_LEFT for x in said):
            return False
    return any(it.closed_by is not None and since < it.turn and it.closed_by < i and it.act != "more"
               for it in chat.items)
