"""Split a chat turn into sentences, with offsets into the ORIGINAL text.

Boundaries (looked for in the folded text, which has exactly the length of the original, so
full-width ``？！；，`` and every kind of line break count too):

* ``。！？!?；;`` and line breaks end a sentence; a run of them, and closing quotes, brackets,
  ``~`` and ``…`` right after them, stay with the sentence they end;
* whitespace between two pieces of text ends a sentence (chat tools join several messages
  with spaces: ``好的 谢谢``), except next to an ASCII letter or digit (``iPhone 15 有货吗``);
* inside a sentence, ``，``-separated clauses are cut apart where a clause is itself a
  question (``东西坏了，能换吗`` -> ``东西坏了`` + ``能换吗``), so a second question in one
  message is seen on its own; consecutive non-question clauses stay together, and so does a
  tag question with the clause before it (``收货人是王芳，对吗``), and a polite opener with the
  question after it (``不好意思，请问…``).

The separating comma and whitespace belong to no sentence; terminators stay with theirs.
``text == original[start:end]`` always holds, for any input (emoji, lone surrogates, empty).

Speed (``split_batch``): a whole batch of turns is folded once (``folded.fold_batch``); the
terminator runs, whitespace cuts, trimming, the comma rules and the opener rule are array
operations over the whole batch (each rule is stated below in the per-text form it has), and
the question test of every clause comes from one Aho-Corasick scan of the batch (``questions``).
Python only looks at the few clauses that may be a tag question or an opener.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import numpy as np

from ..engine.normalize import compact
from .folded import (ALNUM, COMMA, NEWLINE, NOT_MA_HEAD, NOT_MA_HEADS, Q_PARTICLE, Q_PARTICLES, SPACE, TERM, TRAIL,
                     FoldedBatch, Phrases, _Within, char_class, fold_batch)

# A clause is a question when it ends in a question particle or carries a question word or an
# A-not-A form (能不能, 有没有); conditionals and "没什么" style negations are not questions.
# The word lists stand apart so that the tagger can find them all in one Aho-Corasick scan.
WH_WORDS = ("什么 怎么 怎样 咋 啥 多少 多久 多长时间 多大 多重 多高 多宽 多远 哪 为什么 为何 是否 能否 可否".split()
            + ["几" + c for c in "天号点个时次件年月岁码寸斤"])
NOT_Q_WORDS = "没什么 不怎么 什么都 怎么都 哪里都 哪儿都 多少都 无论 不论 不管 如果 要是 假如 万一 只要".split()
# 几 asks how many, but 好几 (好几天了 / 好几个都坏了) says "several": a 几 word right after 好 asks nothing; nor after
# 前 / 这 / 那 / 近 / 十 (前几天下大雨之后开始漏的 / 这几天 / 十几块: "a few", stop 55), nor after a numeral (九几年的老机器 /
# 两百几块 / 20几岁: "ninety-something", a figure said roughly; stop 66)
_FEW_HEADS = "好前这那近十二三四五六七八九百千万0"
_FEW_BEFORE = [ord(c) for c in _FEW_HEADS]  # (the same heads for the compiled pass, ``_asks_with_word``)
_WH = re.compile("|".join((f"(?<![{_FEW_HEADS}])" if w[0] == "几" else "") + re.escape(w) for w in WH_WORDS) + r"|(.)[不没]\1")
_NOT_Q = re.compile("|".join(map(re.escape, NOT_Q_WORDS)))
Q_END = Q_PARTICLES  # 吗 嘛
NOT_MA = NOT_MA_HEADS  # ...么 that ends no question: 什么 怎么 那么 这么 多么
# the particles that put a sentence as a question in form when it ends on one (the audit's readings of a customer's
# words: a telling, a guess) — a form only; is_question reads the meaning (什么 ends on 么 and asks nothing by itself)
ASK_TAILS = ("吗", "么", "嘛", "呢")
_OPENERS = frozenset("不好意思 抱歉 打扰一下 打扰了 抱歉打扰 不好意思打扰一下 不好意思打扰了 你好 您好 亲 客服 "
                     "那个 哎 喂 麻烦 麻烦问一下 麻烦问下 问一下 问下 请问 亲爱的 老板 掌柜".split())
_OPENER_MAX = max(map(len, _OPENERS))
# Tag questions lean on the clause before them (收货人是王芳，对吗 / 给您换一件，您看可以吗).
_TAGS = frozenset("对吗 是吗 好吗 行吗 可以吗 对吧 是吧 好不好 行不行 可不可以 对不对 是不是 可以不 行不 "
                  "您看可以吗 您看行吗 您看好吗 你看可以吗 你看行吗 您看这样可以吗 您看这样行吗 这样可以吗 这样行吗".split())
_TAG_LEN = (min(map(len, _TAGS)), max(map(len, _TAGS)))


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def is_question_clause(clause: str) -> bool:
    """Whether a (folded or original) clause reads as a question on its own."""
    return is_question_compact(compact(clause))


def is_question_compact(c: str) -> bool:
    """``is_question_clause`` for text already through ``compact`` (short ones are cached)."""
    return _is_question_cached(c) if len(c) <= 32 else _is_question(c)


def _is_question(c: str) -> bool:
    if len(c) < 2:
        return False
    if _NOT_Q.search(c):
        return False
    last = c[-1]
    if last in Q_END:
        return True
    if last == "么" and c[-2] not in NOT_MA:
        return True
    if _asks_by_bu(c):
        return True
    return bool(_WH.search(c))


# (stop 67) a clause ending on 不, or on 不 and the dialect's particle 撒, after a word it negates (水泵声音大正常不 / 两个一起买
# 能便宜点不撒: the plain spoken form of 正常吗 / 能便宜点吗); not after an adverb that makes it a flat no (一点都不 / 也不 /
# 才不 / 并不)
_BU_HEADS_NOT = "都也才并绝永从决毫全还又就可"
_BU_TAILS = ("不", "不撒")
_BU_NOT = [ord(c) for c in _BU_HEADS_NOT]  # (the same heads for the compiled pass, ``questions``)


def _asks_by_bu(c: str) -> bool:
    for tail in _BU_TAILS:
        if c.endswith(tail) and len(c) >= len(tail) + 2:
            return c[-len(tail) - 1] not in _BU_HEADS_NOT
    return False


_is_question_cached = lru_cache(maxsize=1 << 15)(_is_question)
QUESTION_WORDS = Phrases({"notq": NOT_Q_WORDS, "wh": WH_WORDS})

if any(_is_question(o) for o in _OPENERS):  # split_batch relies on it (merges never chain)
    raise RuntimeError("an opener of sentences._OPENERS reads as a question")


# -- the rules ------------------------------------------------------------------------------------
def _pieces(fb: FoldedBatch) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Hard pieces of every text, trimmed and non-empty: ``(text, start, end)`` in joined offsets.

    Per text, scanning left to right: a terminator and the trailers right after it end a piece
    (so a maximal run of trailers that holds a terminator ends one piece, after the run); a
    maximal run of whitespace other than a line break ends a piece (which stops before it) when
    there is a character on both sides, neither an ASCII letter or digit (a line break after the
    run makes it part of the piece).  Pieces are then trimmed of whitespace; empty ones dropped."""
    cls, n = fb.classes, fb.classes.size
    offsets = fb.offsets
    first = np.zeros(n + 1, dtype=bool)  # a text starts here (n: the end, a boundary too)
    first[offsets] = True
    lens = np.diff(offsets)
    tid = np.repeat(np.arange(lens.size, dtype=np.int64), lens)

    def runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """[start, end) of the maximal runs of ``mask`` inside one text."""
        edge = np.empty(n + 1, dtype=bool)
        edge[0] = mask[0] if n else False
        edge[1:n] = mask[1:] & (~mask[:-1] | first[1:n])
        edge[n] = False
        last = np.empty(n, dtype=bool)
        last[:-1] = mask[:-1] & (~mask[1:] | first[1:n])
        last[-1:] = mask[-1:]
        return np.flatnonzero(edge), np.flatnonzero(last) + 1

    trail = (cls & TRAIL) != 0
    ts, te = runs(trail)
    nterm = np.zeros(n + 1, dtype=np.int64)
    np.cumsum((cls & TERM) != 0, out=nterm[1:])
    te = te[nterm[te] > nterm[ts]]  # runs holding a terminator: a cut right after them
    space = (cls & SPACE) != 0
    ws, we = runs(space & ((cls & NEWLINE) == 0))
    if ws.size:
        ok = ~first[ws] & ~first[we]  # a character on both sides, in the same text
        ok[ok] &= ((cls[ws[ok] - 1] & ALNUM) == 0) & ((cls[we[ok]] & (ALNUM | NEWLINE)) == 0)
        ws, we = ws[ok], we[ok]
    cut_end = np.concatenate([te, ws])
    cut_next = np.concatenate([te, we])
    order = np.argsort(cut_end, kind="stable")  # a terminator cut first when both are at one place
    cut_end, cut_next = cut_end[order], cut_next[order]
    cut_tid = tid[cut_end - 1]
    ntext = lens.size
    starts = np.concatenate([offsets[:-1], cut_next])
    ends = np.concatenate([cut_end, offsets[1:]])
    t_starts = np.concatenate([np.arange(ntext), cut_tid])
    t_ends = np.concatenate([cut_tid, np.arange(ntext)])
    starts = starts[np.lexsort((starts, t_starts))]
    so = np.lexsort((ends, t_ends))
    ends, ptid = ends[so], t_ends[so]
    keep = ends > starts
    starts, ends, ptid = starts[keep], ends[keep], ptid[keep]
    a, b = _trim(fb, starts, ends)
    keep = a < b
    return ptid[keep], a[keep], b[keep]


def questions(fb: FoldedBatch, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """``is_question_compact(fb.compact[u:v])`` for every compact span at once."""
    cp = fb.cpad
    last, prev = cp[np.maximum(v - 1, 0)], cp[np.maximum(v - 2, 0)]
    end_q = ((char_class(last) & Q_PARTICLE) != 0) | ((last == ord("么")) & ((char_class(prev) & NOT_MA_HEAD) == 0))
    # (``_asks_by_bu``: …正常不 / …能便宜点不撒, not …也不)
    third = cp[np.maximum(v - 3, 0)]
    bu = ord("不")
    end_q |= (last == bu) & (v - u >= 3) & ~np.isin(prev, _BU_NOT)
    end_q |= (last == ord("撒")) & (prev == bu) & (v - u >= 4) & ~np.isin(third, _BU_NOT)
    return (v - u >= 2) & ~fb.within("notq")(u, v) & (end_q | _asks_with_word(fb, u, v) | fb.within("a_not_a")(u, v))


def _asks_with_word(fb: FoldedBatch, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """A question word (group ``wh``) inside every compact span ``[u, v)``; a 几 word right after 好 / 前 / 这 … inside
    the span (好几天 / 前几天) is none, as in ``_WH`` (the 好 before the span's start is not the span's: 几天能到 alone asks)."""
    got = fb._within.get("wh_asks")
    if got is None:
        h = fb.hits
        h = h[fb.phrases.group["wh"][h[:, 0]]]
        at = h[:, 1]
        hao = (at > 0) & (fb.cpad[at] == ord("几")) & np.isin(fb.cpad[np.maximum(at - 1, 0)], _FEW_BEFORE)
        got = fb._within["wh_asks"] = (_Within(at[~hao], h[~hao, 2]), _Within(at[hao], h[hao, 2]))
    plain, after_hao = got
    return plain(u, v) | after_hao(u, np.minimum(v, u + 2))  # (a 几 word is two characters long)


def _clause_spans(fb: FoldedBatch, pa: np.ndarray, pb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The comma rules on pieces that hold a comma (sorted, joined offsets): the clause spans,
    untrimmed.  Per piece: the parts between commas (a comma AT the piece start opens the next part
    at it); a part is a question (``is_question_compact``) unless it is a tag question after the
    first part; a polite opener before a question joins it; consecutive non-questions stay together
    and each question stands alone; no question at all leaves the piece whole.  (Two merges never
    touch one part: an opener is no question, so each rule reads the flags of the parts as they
    were, and the answer is that of applying the rules left to right.)"""
    commas = np.flatnonzero((fb.classes & COMMA) != 0)
    piece = np.searchsorted(pa, commas, side="right") - 1
    inside = piece >= 0
    inside[inside] = commas[inside] < pb[piece[inside]]
    commas, piece = commas[inside], piece[inside]
    n = pa.size
    starts = np.concatenate([pa, np.where(commas == pa[piece], commas, commas + 1)])
    ends = np.concatenate([commas, pb])
    owner = np.concatenate([np.arange(n), piece])
    o = np.lexsort((starts, owner))
    ps, own = starts[o], owner[o]
    pe = ends[np.lexsort((ends, np.concatenate([piece, np.arange(n)])))]
    same = own[1:] == own[:-1]  # part k and k + 1 belong to one piece
    u, v = fb.kept[ps], fb.kept[pe]
    q = questions(fb, u, v)
    clen = v - u
    comp = fb.compact
    tag = np.flatnonzero(q[1:] & same & (clen[1:] >= _TAG_LEN[0]) & (clen[1:] <= _TAG_LEN[1])) + 1
    for k in tag.tolist():
        if comp[u[k]:v[k]] in _TAGS:
            q[k] = False
    merge = np.zeros(q.size, dtype=bool)
    cand = np.flatnonzero(~q[:-1] & q[1:] & same & (clen[:-1] >= 1) & (clen[:-1] <= _OPENER_MAX))
    for k in cand.tolist():
        merge[k] = comp[u[k]:v[k]] in _OPENERS
    qf = q | merge
    join = same & ((~qf[:-1] & ~qf[1:]) | merge[:-1])
    head = np.ones(q.size, dtype=bool)
    head[1:] = ~join
    tail = np.ones(q.size, dtype=bool)
    tail[:-1] = ~join
    return ps[head], pe[tail]


def _trim(fb: FoldedBatch, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Non-empty spans ``[a, b)`` without the whitespace at their ends (empty when all space)."""
    space = (fb.classes & SPACE) != 0
    todo = np.flatnonzero(space[a] | space[b - 1]) if a.size else a
    if todo.size:
        a, b = a.copy(), b.copy()
        f = fb.folded
        for k, x, y in zip(todo.tolist(), a[todo].tolist(), b[todo].tolist()):
            while x < y and f[x].isspace():
                x += 1
            while y > x and f[y - 1].isspace():
                y -= 1
            a[k], b[k] = x, y
    return a, b


def split_batch(texts: Sequence[str], phrases: Phrases = QUESTION_WORDS
                ) -> tuple[FoldedBatch, np.ndarray, np.ndarray, np.ndarray]:
    """Sentences of every text at once: ``(batch, text, start, end)``, the last three arrays in
    text order, offsets into the JOINED text (``batch.offsets[text]`` is where the text starts).
    ``phrases`` (holding at least the groups of ``QUESTION_WORDS``) is scanned once for the batch;
    the caller may read the other groups from ``batch.hits``."""
    fb = fold_batch(texts, phrases)
    ta, sa, ea = _pieces(fb)
    if not sa.size:
        return fb, ta, sa, ea
    ncomma = np.zeros(fb.classes.size + 1, dtype=np.int32)
    np.cumsum((fb.classes & COMMA) != 0, out=ncomma[1:])
    comma = ncomma[ea] > ncomma[sa]
    if comma.any():
        cs, ce = _clause_spans(fb, sa[comma], ea[comma])
        keep = ce > cs
        cs, ce = _trim(fb, cs[keep], ce[keep])
        keep = cs < ce
        sa = np.concatenate([sa[~comma], cs[keep]])
        ea = np.concatenate([ea[~comma], ce[keep]])
        o = np.argsort(sa, kind="stable")
        sa, ea = sa[o], ea[o]
        ta = np.searchsorted(fb.offsets, sa, side="right") - 1
    # an opener sent apart by whitespace (不好意思 可以用券吗) stays with its question too: a sentence
    # that is an opener joins the next one of its text when only whitespace stands between them
    # and the next one is a question (an opener is no question, so merges never chain)
    nspace = np.zeros(fb.classes.size + 1, dtype=np.int32)
    np.cumsum((fb.classes & SPACE) != 0, out=nspace[1:])
    gap = sa[1:] - ea[:-1]
    u, v = fb.kept[sa], fb.kept[ea]
    clen = v - u
    cand = np.flatnonzero((ta[1:] == ta[:-1]) & (gap > 0) & (nspace[sa[1:]] - nspace[ea[:-1]] == gap)
                          & (clen[:-1] >= 1) & (clen[:-1] <= _OPENER_MAX))
    if cand.size:
        cand = cand[questions(fb, u[cand + 1], v[cand + 1])]
        comp = fb.compact
        cand = np.array([k for k, x, y in zip(cand.tolist(), u[cand].tolist(), v[cand].tolist())
                         if comp[x:y] in _OPENERS], dtype=np.int64)
        if cand.size:
            ea = ea.copy()
            ea[cand] = ea[cand + 1]
            keep = np.ones(sa.size, dtype=bool)
            keep[cand + 1] = False
            ta, sa, ea = ta[keep], sa[keep], ea[keep]
    return fb, ta, sa, ea


def split_sentences(text: str) -> list[Span]:
    """Sentences of one turn; pieces with no visible character are dropped."""
    if not text:
        return []
    _, _, starts, ends = split_batch([text])
    return [Span(s, e, text[s:e]) for s, e in zip(starts.tolist(), ends.tolist())]
