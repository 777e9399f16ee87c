"""The model layer's bars (``semantic.SemanticLayer``): a category's score bar as a logit, the candidates' pre-filter,
and the (unit, category) pairs over their bars (the batch path; ``semantic_one`` reads the same bars per message)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


def logit_bars(bars: np.ndarray) -> np.ndarray:
    """The score bars as logits, a little lower (a candidate is checked on its score), never above where a
    float32 sigmoid reaches 1.0 (a bar of 1 is reached by a saturated score)."""
    import numpy as np

    b = np.minimum(np.asarray(bars, dtype=np.float64), 1 - 1e-7)
    return (np.log(b) - np.log1p(-b) - 0.01).astype(np.float32)


def logit_bar(bar: float) -> float:
    """:func:`logit_bars` of one bar, without NumPy (the single path's pre-filter), in float32."""
    from array import array

    b = min(bar, 1 - 1e-7)
    return array("f", (math.log(b) - math.log1p(-b) - 0.01,))[0]


def over_bars(z: np.ndarray, bars: np.ndarray, zbars: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The (unit, category) pairs whose score ``sigmoid(z)`` reaches its bar, unit by unit: exactly
    ``np.nonzero(sigmoid(z) >= bars)``, with the sigmoid computed only for the candidates over ``zbars``
    (:func:`logit_bars`)."""
    import numpy as np

    from zhijian.engine.ngrams import sigmoid

    hot = z >= zbars
    if not hot.any():  # the common case: no candidate at all
        none = np.zeros(0, dtype=np.intp)  # no (unit, category) pair
        return none, none
    units_hot, cats_hot = np.nonzero(hot)
    keep = sigmoid(z[units_hot, cats_hot]) >= bars[cats_hot]
    return units_hot[keep], cats_hot[keep]


def sigmoid_rows(z: "np.ndarray", first: "np.ndarray", last: "np.ndarray") -> "np.ndarray":
    """``sigmoid(z)`` on the rows ``first[k]:last[k]`` (the units of the messages with a candidate), in one
    call; the other rows are left undefined.  Elementwise, so each score is the one a call on its slice gives."""
    import numpy as np

    from zhijian.engine.ngrams import sigmoid

    lo, at = np.unique(first, return_index=True)  # one range per message
    lengths = last[at] - lo
    idx = np.arange(int(lengths.sum())) + np.repeat(lo - (np.cumsum(lengths) - lengths), lengths)
    out = np.empty_like(z)
    out[idx] = sigmoid(z[idx])
    return out
