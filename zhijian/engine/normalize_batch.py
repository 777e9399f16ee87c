"""Many messages folded in one NumPy pass: the batch side of normalize.py (equal, message by message, to
:func:`~zhijian.engine.normalize.normalise`).  A module of its own so that a single message never imports
NumPy."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from zhijian.engine.normalize import ORDINAL_FILLER, Normalised, _fold_ordinals, compact, tables

@dataclass
class BatchNormalised:
    """Many messages folded in one NumPy pass."""

    originals: list[str]
    folded: list[str]
    compact: list[str]
    starts: np.ndarray  # start of each message in the joined original text
    cstarts: list[int]  # start of each message in the joined compact text
    cmap: np.ndarray  # joined-compact position -> joined-original position
    folded_codes: np.ndarray  # uint32: the joined folded text
    keep: np.ndarray  # uint8: 1 where the joined folded character is kept in compact
    compact_codes: np.ndarray  # uint32: the joined compact text
    compact_joined: str  # the joined compact text (messages joined by '\n')
    folded_joined: str  # the joined folded text

    @classmethod
    def of_one(cls, n: Normalised) -> "BatchNormalised":
        """A batch of the one message ``n`` (already normalised): what the batch-only stages read."""
        keep = n.keep()
        folded_codes = np.frombuffer(n.folded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return cls([n.original], [n.folded], [n.compact], np.zeros(1, dtype=np.int64), [0], np.flatnonzero(keep),
                   folded_codes, keep.view(np.uint8), folded_codes[keep], n.compact, n.folded)

    def item(self, i: int) -> Normalised:
        return Normalised(self.originals[i], self.folded[i], self.compact[i],
                          _batch=(self.cmap, self.cstarts[i], int(self.starts[i])))


def normalise_batch(texts: list[str]) -> BatchNormalised:
    """Fold a batch of messages at once; equal, message by message, to :func:`normalise`."""
    t = tables()
    joined = "\n".join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    folded_codes = t.fold_arr[codes]
    keep = t.keep_arr[codes]
    folded_joined = folded_codes.tobytes().decode("utf-32-le", "surrogatepass")
    if "第" in folded_joined:  # ordinals (messages are joined by '\n', which no ordinal crosses)
        with_ordinals = _fold_ordinals(folded_joined)
        if with_ordinals is not folded_joined:
            folded_joined = with_ordinals
            folded_codes = np.frombuffer(with_ordinals.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            keep &= folded_codes != ord(ORDINAL_FILLER)
    cmap = np.flatnonzero(keep)
    compact_joined = folded_codes[keep].tobytes().decode("utf-32-le", "surrogatepass")
    lens = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    starts = np.zeros(len(texts), dtype=np.int64)
    if len(texts) > 1:
        np.cumsum(lens[:-1] + 1, out=starts[1:])
    folded = [folded_joined[s : s + n] for s, n in zip(starts.tolist(), lens.tolist())]
    # '\n' is kept in compact, so splitting on it works unless a message has its own breaks.
    if folded_joined.count("\n") == len(texts) - 1:
        compact_list = compact_joined.split("\n") if texts else []
    else:
        compact_list = [compact(x) for x in texts]
    cstarts = [0] * len(compact_list)
    if len(compact_list) > 1:
        cstarts[1:] = np.cumsum(np.fromiter(map(len, compact_list[:-1]), dtype=np.int64, count=len(compact_list) - 1)
                                + 1).tolist()
    return BatchNormalised(texts, folded, compact_list, starts, cstarts, cmap, folded_codes,
                           keep.view(np.uint8), folded_codes[keep], compact_joined, folded_joined)
