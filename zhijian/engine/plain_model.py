"""A shipped linear model in plain form, read back without NumPy.

``ngrams.LinearModel`` holds a model as NumPy arrays, read from its ``.npz``; importing NumPy alone costs a
start ~0.1 s, more than checking one message.  ``PlainModel`` is the same model as raw bytes (the sorted
vocabulary as uint64, the weights as float32 rows, the bias as float32) plus its classes and thresholds as
Python lists.  It is *derived* from the ``.npz`` when the disk cache entry is built, keyed by the ``.npz``'s
content hash, so a retrained model file is followed automatically; nothing is converted by hand.

Both forms score with the same compiled code (``_batch_core.NgramIndex``), so the single-message path
(:meth:`NgramIndex.logits_lists`) and the batch path (:meth:`NgramIndex.logits`) give the same float32
logits, bit for bit.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources

from zhijian.engine._batch_core import NgramIndex


@dataclass
class PlainModel:
    """A one-vs-rest linear model over character n-grams (``ngrams.py``), in plain Python objects."""

    vocab: bytes  # uint64, native order, sorted ascending
    weights: bytes  # float32 [len(vocab), n_classes], row-major
    bias: bytes  # float32 [n_classes]
    classes: list[str]
    thresholds: list[float]  # the float32 thresholds, as Python floats
    index: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.index = {c: i for i, c in enumerate(self.classes)}

    @classmethod
    def of(cls, model) -> "PlainModel":
        """The plain form of a ``LinearModel`` (NumPy arrays): the same numbers."""
        return cls(model.vocab.tobytes(), model.weights.tobytes(), model.bias.tobytes(), list(model.classes),
                   model.thresholds.tolist())

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("index", "native")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.__post_init__()

    @cached_property
    def native(self) -> NgramIndex:
        """The vocabulary in the compiled core's hash table (built on first use, a few ms; not pickled)."""
        n, c = len(self.vocab) // 8, len(self.classes)
        weights = memoryview(self.weights).cast("f", (n, c)) if n and c else memoryview(self.weights).cast("f")
        return NgramIndex(memoryview(self.vocab).cast("Q"), weights, memoryview(self.bias).cast("f"))


def load_packaged(name: str) -> PlainModel:
    """The model shipped as ``zhijian/data/models/<name>`` in plain form, from the disk cache (built from the
    ``.npz`` with NumPy on the first start after the file changed)."""
    from zhijian.engine.cache import cached, key_of

    data = resources.files("zhijian").joinpath("data", "models", name).read_bytes()

    def build() -> PlainModel:
        import io

        from zhijian.engine.ngrams import LinearModel

        return PlainModel.of(LinearModel.load(io.BytesIO(data)))

    return cached("plainmodel", key_of("plainmodel", name, hashlib.sha256(data).hexdigest()), build)


_cache: dict[str, PlainModel] = {}
_lock = threading.Lock()


def packaged(name: str) -> PlainModel:
    """A shipped model in plain form, loaded once per process (thread-safe)."""
    with _lock:
        if name not in _cache:
            _cache[name] = load_packaged(name)
        return _cache[name]
