"""Character n-gram features and linear models, shared by every learned model of zhijian.

A feature is an exact character n-gram (n = 1..3) of the *compacted* folded text (``compact``:
traditional -> simplified, width, case, skip characters dropped), encoded without hashing
collisions as one 64-bit id: ``c0 | c1 << 21 | c2 << 42`` (code points fit in 21 bits and 0
never occurs in compacted text, so unigrams, bigrams and trigrams never collide).

``ngram_rows`` turns a whole batch into flat arrays in NumPy (no per-n-gram Python work), and
both the trainers (``training/``) and the run-time models use it, so the two always see the
same features.  A row's value is ``count / sqrt(total n-grams of the text)``: long texts do not
score higher just for being long.

``LinearModel`` is what ships: a sorted vocabulary of ids, a weight matrix (vocabulary ×
classes), a bias per class, class names and a threshold per class, in one ``.npz`` file.
Scores are independent sigmoids (one-vs-rest), so one text may carry several classes.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from importlib import resources
from typing import Sequence

import numpy as np

from ._batch_core import NgramIndex
from .normalize import compact

ORDERS = (1, 2, 3)
_SHIFT = np.uint64(21)


def _codepoints(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """All texts joined by NUL as code points, and the text index of every position."""
    cp, starts, ends = _joined(texts)
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), ends - starts + 1)[: cp.size]
    return cp.astype(np.uint64), owner


def ngram_rows(texts: Sequence[str], *, compacted: bool = False,
               orders: Sequence[int] = ORDERS) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features of a batch as flat arrays ``(row, id, value)``, one entry per distinct
    (text, n-gram) pair; ``row`` indexes ``texts``.  Pass ``compacted=True`` when the texts
    already went through ``compact``."""
    comp = list(texts) if compacted else [compact(t) for t in texts]
    if not comp:
        empty = np.zeros(0, dtype=np.int64)
        return empty, np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.float32)
    cp, owner = _codepoints(comp)
    n = cp.size
    ids, rows = [], []
    for k in orders:
        if n < k:
            continue
        m = n - k + 1
        h = cp[:m].copy()
        ok = h != 0
        for j in range(1, k):
            nxt = cp[j : j + m]
            h |= nxt << (_SHIFT * np.uint64(j))
            ok &= nxt != 0
        ids.append(h[ok])
        rows.append(owner[:m][ok])
    if not ids:
        empty = np.zeros(0, dtype=np.int64)
        return empty, np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.float32)
    row = np.concatenate(rows)
    fid = np.concatenate(ids)
    # distinct (row, id) pairs with counts
    order = np.lexsort((fid, row))
    row, fid = row[order], fid[order]
    new = np.ones(row.size, dtype=bool)
    new[1:] = (row[1:] != row[:-1]) | (fid[1:] != fid[:-1])
    starts = np.flatnonzero(new)
    counts = np.diff(np.append(starts, row.size)).astype(np.float32)
    row, fid = row[starts], fid[starts]
    total = np.bincount(row, weights=counts, minlength=len(comp)).astype(np.float32)
    value = counts / np.sqrt(np.maximum(total[row], 1.0))
    return row, fid, value


@dataclass
class LinearModel:
    """One-vs-rest linear model over ``ngram_rows`` features (see the module docstring)."""

    vocab: np.ndarray  # uint64, sorted ascending
    weights: np.ndarray  # float32 [len(vocab), n_classes]
    bias: np.ndarray  # float32 [n_classes]
    classes: list[str]
    thresholds: np.ndarray  # float32 [n_classes], on the sigmoid score
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.vocab = np.asarray(self.vocab, dtype=np.uint64)
        self.weights = np.asarray(self.weights, dtype=np.float32)
        self.bias = np.asarray(self.bias, dtype=np.float32)
        self.thresholds = np.asarray(self.thresholds, dtype=np.float32)
        if self.vocab.size > 1 and not bool(np.all(self.vocab[1:] > self.vocab[:-1])):
            raise ValueError("模型文件有误：词表 vocab 应为升序且无重复")
        if self.weights.shape != (self.vocab.size, len(self.classes)):
            raise ValueError("模型文件有误：weights 的形状与 词表 × 类别 不一致")
        self.index = {c: i for i, c in enumerate(self.classes)}

    # -- files -------------------------------------------------------------------------------
    def save(self, path, **extra) -> None:
        np.savez_compressed(path, vocab=self.vocab, weights=self.weights, bias=self.bias,
                            classes=np.array(self.classes, dtype=str), thresholds=self.thresholds,
                            **{f"meta_{k}": np.asarray(v) for k, v in {**self.meta, **extra}.items()})

    @classmethod
    def load(cls, path) -> "LinearModel":
        with np.load(path, allow_pickle=False) as data:
            meta = {k[5:]: data[k].tolist() for k in data.files if k.startswith("meta_")}
            return cls(vocab=data["vocab"], weights=data["weights"], bias=data["bias"],
                       classes=[str(c) for c in data["classes"]], thresholds=data["thresholds"], meta=meta)

    @classmethod
    def load_packaged(cls, name: str) -> "LinearModel":
        """A model shipped in ``zhijian/data/models/<name>``, kept unpacked in the on-disk cache under its
        content (a compressed ``.npz`` takes ~25 ms to read; the cached copy ~2 ms)."""
        import io

        from zhijian.engine.cache import cached, key_of

        data = resources.files("zhijian").joinpath("data", "models", name).read_bytes()
        return cached("model", key_of("model", name, hashlib.sha256(data).hexdigest()), lambda: cls.load(io.BytesIO(data)))

    # -- scoring -----------------------------------------------------------------------------
    @property
    def native(self) -> NgramIndex:
        """The vocabulary in the compiled batch core's hash table (built on first use, ~ms)."""
        idx = self.__dict__.get("_native")
        if idx is None:
            idx = self.__dict__["_native"] = NgramIndex(self.vocab, self.weights, self.bias)
        return idx

    def unit_logits(self, cps: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """``[n_units, n_classes]``: unit ``u`` is the compacted code points ``cps[starts[u]:ends[u]]``."""
        return self.native.logits(np.ascontiguousarray(cps, dtype=np.uint32),
                                  np.ascontiguousarray(starts, dtype=np.int64),
                                  np.ascontiguousarray(ends, dtype=np.int64))

    def unit_scores(self, cps: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """Sigmoid scores of :meth:`unit_logits`."""
        return sigmoid(self.unit_logits(cps, starts, ends))

    def logits(self, texts: Sequence[str], *, compacted: bool = False) -> np.ndarray:
        """``[len(texts), n_classes]`` raw scores for a batch (compiled: :meth:`unit_logits`)."""
        comp = list(texts) if compacted else [compact(t) for t in texts]
        cps, starts, ends = _joined(comp)
        return self.unit_logits(cps, starts, ends)

    def reference_logits(self, texts: Sequence[str], *, compacted: bool = False) -> np.ndarray:
        """:meth:`logits` in NumPy from :func:`ngram_rows` — the definition the compiled path is tested against."""
        n = len(texts)
        out = np.tile(self.bias, (n, 1)) if n else np.zeros((0, len(self.classes)), dtype=np.float32)
        if not n or not self.vocab.size:
            return out
        row, fid, value = ngram_rows(texts, compacted=compacted)
        pos = np.searchsorted(self.vocab, fid)
        pos[pos >= self.vocab.size] = 0
        hit = self.vocab[pos] == fid
        row, pos, value = row[hit], pos[hit], value[hit]
        contrib = self.weights[pos] * value[:, None]
        for k in range(len(self.classes)):
            out[:, k] += np.bincount(row, weights=contrib[:, k], minlength=n).astype(np.float32)
        return out

    def scores(self, texts: Sequence[str], *, compacted: bool = False) -> np.ndarray:
        """Sigmoid scores in [0, 1], ``[len(texts), n_classes]``."""
        return sigmoid(self.logits(texts, compacted=compacted))


def sigmoid(z: np.ndarray) -> np.ndarray:
    z = np.clip(z, -40.0, 40.0)
    return 1.0 / (1.0 + np.exp(-z))


def _joined(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Texts joined by code point 0 (no n-gram spans it), with each text's range."""
    safe = [t.encode("utf-32-le", "replace") for t in texts]
    lens = np.fromiter((len(b) // 4 for b in safe), dtype=np.int64, count=len(safe))
    starts = np.zeros(len(safe), dtype=np.int64)
    if len(safe) > 1:
        np.cumsum(lens[:-1] + 1, out=starts[1:])
    return np.frombuffer(b"\0\0\0\0".join(safe), dtype=np.uint32), starts, starts + lens


_cache: dict[str, LinearModel] = {}
_lock = threading.Lock()


def packaged(name: str) -> LinearModel:
    """Load a shipped model once per process (thread-safe)."""
    with _lock:
        if name not in _cache:
            _cache[name] = LinearModel.load_packaged(name)
        return _cache[name]
