"""Features and scores of the dialogue-act model: the shared character 1-3-grams
(``engine.ngrams``) plus a few extras defined here.

``feature_rows`` / ``model_scores`` are the definition (the trainer uses ``feature_rows``): per
sentence, ``_extra_ids`` adds sentence-start and -end n-grams; ？/！ marks and runs; 吗/呢/吧
endings; question clause, question word and A-not-A flags; a length bucket.

``BatchScorer`` is what the tagger runs: the same numbers for all the sentences of a batch at
once, straight from the batch's folded code points (``sentences.FoldedBatch``), without building
a string per sentence.  It reproduces ``model_scores`` bit for bit: the n-gram values are
summed per sentence in float64 in the same order (sentence, then feature id), then rounded to
float32 and added to the bias, as ``LinearModel.logits`` does; the extras are added in the order
``_extra_ids`` lists them.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from ..engine.ngrams import LinearModel, ngram_rows
from ..engine.normalize import compact, fold
from .folded import END_MA, EXCL, QMARK, FoldedBatch, char_class
from .sentences import is_question_compact

__all__ = ["FEATURES_VERSION", "WH_WORDS", "feature_rows", "model_scores", "BatchScorer"]

FEATURES_VERSION = "ngrams123+acts-extra-2"

# Ids that can never be an n-gram of ``engine.ngrams``: code points end at 0x10FFFF, so the
# 21-bit values 0x1FFFFE / 0x1FFFFD mark the sentence start / end, and an id whose lowest 21
# bits are 0 (no code point is 0 in compacted text) is a flag.
_BOS = 0x1FFFFE
_EOS = 0x1FFFFD
_FLAGS = ("qmark", "qmark_end", "excl", "mark_run", "end_ma", "end_ne", "end_ba", "empty",
          "len1_2", "len3_5", "len6_10", "len11_20", "len21_", "q_clause", "wh", "a_not_a")
# the question words of the ``wh`` feature (a batch finds them in its one Aho-Corasick scan)
WH_WORDS = ("什么 怎么 怎样 咋 啥 多少 多久 多长时间 哪 为什么 为啥 是否 能否 可否".split()
            + ["几" + c for c in "天号点个时次件年月岁码寸斤"])
_WH = re.compile("|".join(map(re.escape, WH_WORDS)))
_A_NOT_A = re.compile(r"(.)[不没]\1")
_FLAG_ID = {name: (k + 1) << 42 for k, name in enumerate(_FLAGS)}
_RSTRIP = " ~…\"'”’)）"


def _extra_ids(original: str, comp: str) -> list[int]:
    f = fold(original)
    ids = []
    if "?" in f:
        ids.append(_FLAG_ID["qmark"])
        if f.rstrip(_RSTRIP).endswith("?"):
            ids.append(_FLAG_ID["qmark_end"])
    if "!" in f:
        ids.append(_FLAG_ID["excl"])
    if "??" in f or "!!" in f or "?!" in f or "!?" in f:
        ids.append(_FLAG_ID["mark_run"])
    n = len(comp)
    if not n:
        ids.append(_FLAG_ID["empty"])
        return ids
    if is_question_compact(comp):
        ids.append(_FLAG_ID["q_clause"])
    if _WH.search(comp):
        ids.append(_FLAG_ID["wh"])
    if _A_NOT_A.search(comp):
        ids.append(_FLAG_ID["a_not_a"])
    last = comp[-1]
    if last in "吗嘛么":
        ids.append(_FLAG_ID["end_ma"])
    elif last == "呢":
        ids.append(_FLAG_ID["end_ne"])
    elif last == "吧":
        ids.append(_FLAG_ID["end_ba"])
    ids.append(_FLAG_ID["len1_2" if n <= 2 else "len3_5" if n <= 5 else "len6_10" if n <= 10
                        else "len11_20" if n <= 20 else "len21_"])
    a, z = ord(comp[0]), ord(comp[-1])
    ids.append(_BOS | a << 21)
    ids.append(z | _EOS << 21)
    if n >= 2:
        ids.append(_BOS | a << 21 | ord(comp[1]) << 42)
        ids.append(ord(comp[-2]) | z << 21 | _EOS << 42)
    return ids


def _extra_rows(originals: Sequence[str], comps: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows: list[int] = []
    ids: list[int] = []
    for r, (o, c) in enumerate(zip(originals, comps)):
        e = _extra_ids(o, c)
        ids.extend(e)
        rows.extend([r] * len(e))
    return (np.asarray(rows, dtype=np.int64), np.asarray(ids, dtype=np.uint64),
            np.ones(len(ids), dtype=np.float32))


def feature_rows(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All features of a batch as ``(row, id, value)``: the shared n-grams plus the extras.
    The trainer uses exactly this; at run time the same sum is taken in two parts."""
    comps = [compact(t, ordinals=False) for t in texts]  # character by character, as FoldedBatch
    r1, f1, v1 = ngram_rows(comps, compacted=True)
    r2, f2, v2 = _extra_rows(texts, comps)
    return np.concatenate([r1, r2]), np.concatenate([f1, f2]), np.concatenate([v1, v2])


def _extra_logits(model: LinearModel, texts: Sequence[str], comps: Sequence[str]) -> np.ndarray:
    n = len(texts)
    out = np.zeros((n, len(model.classes)), dtype=np.float64)
    if not n or not model.vocab.size:
        return out
    row, fid, value = _extra_rows(texts, comps)
    pos = np.searchsorted(model.vocab, fid)
    pos[pos >= model.vocab.size] = 0
    hit = model.vocab[pos] == fid
    row, pos, value = row[hit], pos[hit], value[hit]
    contrib = model.weights[pos] * value[:, None]
    for k in range(len(model.classes)):
        out[:, k] = np.bincount(row, weights=contrib[:, k], minlength=n)
    return out


def model_scores(model: LinearModel, texts: Sequence[str], comps: Sequence[str] | None = None) -> np.ndarray:
    """Sigmoid scores ``[len(texts), n_classes]`` over n-grams and extras, in one batch
    (``comps``: the texts through ``compact``, when the caller has them already)."""
    if comps is None:
        comps = [compact(t, ordinals=False) for t in texts]  # 第15 stays 第15, as in FoldedBatch
    # the NumPy definition, which BatchScorer reproduces bit for bit
    z = model.reference_logits(comps, compacted=True).astype(np.float64) + _extra_logits(model, texts, comps)
    z = np.clip(z, -40.0, 40.0)
    return 1.0 / (1.0 + np.exp(-z))


# -- the same, for the sentences of a batch at once ------------------------------------------------
class BatchScorer:
    """``model_scores`` for the sentences of a ``FoldedBatch`` at once, bit for bit.

    N-grams: the ids of every sentence straight from the batch's compact code points, looked up
    in the vocabulary, counted per (sentence, id) by one sort, then per class one ``np.bincount``
    over class-major contributions (the float64 sums ``LinearModel.logits`` takes, in the same
    order), rounded to float32 and added to the bias.  Extras: the ``_extra_ids`` features as
    arrays, added in the order ``_extra_ids`` lists them.  A sentence may say which classes it
    needs (``need``: one boolean column per group of ``groups``): the n-gram sums of the other
    groups are skipped for it, so their scores are meaningless.  The batch must have been folded
    with phrases holding the groups ``notq``, ``wh`` (the splitter's) and ``wh_t`` (``WH_WORDS``)."""

    def __init__(self, model: LinearModel, groups: Sequence[Sequence[int]] | None = None):
        self.model = model
        self.groups = [list(g) for g in groups] if groups is not None else [list(range(len(model.classes)))]
        self.weights_t = [np.ascontiguousarray(model.weights[:, g].T) for g in self.groups]  # class-major
        self.weights64 = model.weights.astype(np.float64)
        vocab = model.vocab
        self._bounds = np.searchsorted(vocab, np.array([1 << 21, 1 << 42], dtype=np.uint64)).tolist()
        n1 = self._bounds[0]  # unigrams (ids below 2**21) are found through a table by code point
        self._unigram = np.full(int(vocab[n1 - 1]) + 1 if n1 else 0, -1, dtype=np.int64)
        self._unigram[vocab[:n1].astype(np.int64)] = np.arange(n1)
        self.flag = {}
        for name, fid in _FLAG_ID.items():
            hit, at = self._lookup(np.array([fid], dtype=np.uint64))
            self.flag[name] = int(at[0]) if hit[0] else -1

    def _lookup(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(hit mask, vocabulary position) of feature ids."""
        vocab = self.model.vocab
        if not vocab.size:
            return np.zeros(ids.shape, dtype=bool), np.zeros(ids.shape, dtype=np.int64)
        at = np.searchsorted(vocab, ids)
        at[at >= vocab.size] = 0
        return vocab[at] == ids, at

    def scores(self, fb: FoldedBatch, fs: np.ndarray, fe: np.ndarray, question: np.ndarray,
               need: np.ndarray | None = None) -> np.ndarray:
        """Sigmoid scores ``[n, n_classes]`` of the sentences ``fb.original[fs:fe]``
        (``question``: their ``is_question_compact`` flags; ``need``: ``[n, len(groups)]``)."""
        n = fs.size
        model = self.model
        if not n:
            return np.zeros((0, len(model.classes)), dtype=np.float64)
        if need is None:
            need = np.ones((n, len(self.groups)), dtype=bool)
        u, v = fb.kept[fs], fb.kept[fe]
        z = self._ngram_logits(fb.cpad, u, v, need).astype(np.float64) + self._extras(fb, fs, fe, u, v, question)
        z = np.clip(z, -40.0, 40.0)
        return 1.0 / (1.0 + np.exp(-z))

    def _ngram_logits(self, cpad: np.ndarray, u: np.ndarray, v: np.ndarray, need: np.ndarray) -> np.ndarray:
        model = self.model
        n = u.size
        out = np.tile(model.bias, (n, 1))
        if not int((v - u).sum()) or not model.vocab.size:
            return out
        # sentences ordered so that the rows of each class group are one range: with two groups,
        # those needing only the first, both, only the second (then neither)
        if len(self.groups) == 2:
            a, b = need[:, 0], need[:, 1]
            order = np.where(a, np.where(b, 1, 0), np.where(b, 2, 3))
            perm = np.argsort(order, kind="stable")
            c = np.cumsum(np.bincount(order, minlength=4)).tolist()
            ranges = [(0, c[1]), (c[0], c[2])]
            u, v = u[perm], v[perm]
        else:
            perm, ranges = None, [(0, n)]
        length = v - u
        size = int(length.sum())
        row = np.repeat(np.arange(n, dtype=np.int64), length)
        pos = np.arange(size, dtype=np.int64) + np.repeat(u - (np.cumsum(length) - length), length)
        rest = np.repeat(v, length) - pos  # characters left in the sentence from here
        c = np.concatenate([cpad, np.zeros(2, dtype=cpad.dtype)])
        c1 = c[pos]
        table = self._unigram
        at1 = np.full(size, -1, dtype=np.int64)
        small = c1 < table.size
        at1[small] = table[c1[small]]
        h2 = c1.astype(np.uint64) | c[pos + 1].astype(np.uint64) << np.uint64(21)
        two, three = rest >= 2, rest >= 3
        h3 = h2[three] | c[pos[three] + 2].astype(np.uint64) << np.uint64(42)
        h2 = h2[two]
        vocab, (n1, n2) = model.vocab, self._bounds
        at2 = np.searchsorted(vocab[n1:n2], h2) + n1
        at2[at2 >= n2] = n1
        at3 = np.searchsorted(vocab[n2:], h3) + n2
        at3[at3 >= vocab.size] = n2
        hit2 = (vocab[at2] == h2) if n2 > n1 else np.zeros(h2.size, dtype=bool)
        hit3 = (vocab[at3] == h3) if vocab.size > n2 else np.zeros(h3.size, dtype=bool)
        nv = vocab.size
        hit1 = at1 >= 0
        key = np.sort(np.concatenate([row[hit1] * nv + at1[hit1], row[two][hit2] * nv + at2[hit2],
                                      row[three][hit3] * nv + at3[hit3]]))
        if key.size:
            first = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]]))
            counts = np.diff(np.append(first, key.size)).astype(np.float32)
            key = key[first]
            r, p = key // nv, key % nv
            total = (length + np.maximum(length - 1, 0) + np.maximum(length - 2, 0)).astype(np.float32)
            value = counts / np.sqrt(np.maximum(total[r], 1.0))
            for (lo, hi), cols, weights in zip(ranges, self.groups, self.weights_t):
                i, j = np.searchsorted(r, [lo, hi]).tolist()
                if i == j:
                    continue
                contrib = weights[:, p[i:j]] * value[i:j]  # [len(cols), entries], float32 as in logits
                rg = r[i:j] - lo
                sums = np.empty((len(cols), hi - lo), dtype=np.float32)
                for k in range(len(cols)):
                    sums[k] = np.bincount(rg, weights=contrib[k], minlength=hi - lo)
                out[lo:hi, cols] += sums.T
        if perm is not None:
            back = np.empty_like(out)
            back[perm] = out
            out = back
        return out

    def _extras(self, fb: FoldedBatch, fs: np.ndarray, fe: np.ndarray, u: np.ndarray, v: np.ndarray,
                question: np.ndarray) -> np.ndarray:
        n = fs.size
        length = v - u
        full = length > 0
        cp = fb.cpad
        a, b = cp[np.minimum(u, cp.size - 1)].astype(np.uint64), cp[np.minimum(u + 1, cp.size - 1)].astype(np.uint64)
        y, z = cp[np.maximum(v - 2, 0)].astype(np.uint64), cp[np.maximum(v - 1, 0)].astype(np.uint64)
        cls = fb.classes

        at = np.flatnonzero(cls & (QMARK | EXCL))  # ? and ! are rare: work on their positions only
        kind = cls[at]
        qpos, xpos = at[(kind & QMARK) != 0], at[(kind & EXCL) != 0]
        pairs = at[:-1][at[1:] == at[:-1] + 1]  # a ? or ! right before another

        def any_in(at: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
            return np.searchsorted(at, hi, side="left") > np.searchsorted(at, lo, side="left")

        qmark = any_in(qpos, fs, fe)
        qmark_end = np.zeros(n, dtype=bool)
        f = fb.folded
        for k in np.flatnonzero(qmark).tolist():
            qmark_end[k] = f[int(fs[k]):int(fe[k])].rstrip(_RSTRIP).endswith("?")
        slots: list[tuple[np.ndarray, str | np.ndarray]] = [  # (rows that carry it, flag or ids), in _extra_ids order
            (qmark, "qmark"), (qmark_end, "qmark_end"), (any_in(xpos, fs, fe), "excl"),
            (any_in(pairs, fs, fe - 1), "mark_run"), (~full, "empty"),
            (full & question, "q_clause"), (full & fb.within("wh_t")(u, v), "wh"),
            (full & fb.within("a_not_a")(u, v), "a_not_a"),
            (full & ((char_class(z) & END_MA) != 0), "end_ma"), (full & (z == ord("呢")), "end_ne"),
            (full & (z == ord("吧")), "end_ba"),
            (full & (length <= 2), "len1_2"), ((length > 2) & (length <= 5), "len3_5"),
            ((length > 5) & (length <= 10), "len6_10"), ((length > 10) & (length <= 20), "len11_20"),
            (length > 20, "len21_"),
            (full, np.uint64(_BOS) | a << np.uint64(21)), (full, z | np.uint64(_EOS) << np.uint64(21)),
            (length >= 2, np.uint64(_BOS) | a << np.uint64(21) | b << np.uint64(42)),
            (length >= 2, y | z << np.uint64(21) | np.uint64(_EOS) << np.uint64(42)),
        ]
        extra = np.zeros((n, len(self.model.classes)), dtype=np.float64)
        for rows, fid in slots:
            if isinstance(fid, str):
                at = self.flag[fid]
                if at >= 0:
                    r = np.flatnonzero(rows)
                    extra[r] += self.weights64[at]
                continue
            r = np.flatnonzero(rows)
            hit, at = self._lookup(fid[r])
            r = r[hit]
            if r.size:
                extra[r] += self.weights64[at[hit]]
        return extra

