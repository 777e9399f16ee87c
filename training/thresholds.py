"""Per-category decision thresholds of the message model, chosen on held-out scores.

The rule (issue 11): the threshold of a category gives the highest recall at precision >= 0.95 on
the ``valid`` split, which no fitting sees; the ``test`` split is only reported.

``choose_threshold`` applies the rule once, to one set of scores.  Its answer sits on the single
cut where the running precision last reaches the bar, so one more or one fewer clean sentence
above a cut, or a wide gap between two scores, moves it a lot between retrainings.
``steady_threshold`` applies the same rule to ``n_boot`` *smoothed* bootstrap resamples of the
held-out rows (rows drawn with replacement, each score jittered by Gaussian noise of ``sigma`` in
logit space; a fixed seed) and takes the median of their thresholds in logit space.  A plain
bootstrap median lands on the same cut as the single pass nearly always (the cuts are discrete); the
jitter makes the estimate a smooth function of the score distribution.  The median is then raised,
if needed, to the nearest cut at which the precision on the held-out rows themselves reaches the bar
(``meets_bar``), so that "precision >= 0.95 on held-out data" still holds for the shipped thresholds.

Measured (helper h11c, same corpus, train split 100 % vs a fixed 80 %, same valid): the single pass
moved the 14 thresholds by 0.042 on average (at most 0.142); the steady choice by 0.030 (at most 0.089),
at a cost of about 0.03 of mean valid recall.
"""

from __future__ import annotations

import numpy as np

MIN_PRECISION = 0.95
N_BOOT = 200
SIGMA = 0.5  # jitter of the smoothed bootstrap, logit units
LOW, HIGH = 0.05, 0.99
# Category thresholds raised above the valid choice (stored in the model's threshold_method).  None: thresholds come
# from valid alone.  Round five first raised impolite (0.22 -> 0.35) and diversion (0.17 -> 0.20) after reading the
# test split's figures and the real JD turns flagged between the two values; both are kept out of threshold choices
# (test is the split no tuning sees, JDDC is evaluation only), so the floors were removed before shipping.
FLOORS: dict[str, float] = {}


def _logit(p: float) -> float:
    p = min(max(p, 1e-7), 1 - 1e-7)
    return float(np.log(p / (1 - p)))


def _sigmoid(z: float) -> float:
    return float(1.0 / (1.0 + np.exp(-z)))


def choose_threshold(scores: np.ndarray, y: np.ndarray, min_precision: float = MIN_PRECISION) -> float:
    """Highest recall with precision >= min_precision on these scores; the threshold sits in the
    middle (logit space) between the lowest positive it keeps and the next lower score."""
    order = np.argsort(-scores, kind="stable")
    s, t = scores[order], y[order]
    tp = np.cumsum(t)
    k = np.arange(1, s.size + 1)
    # only cut between distinct scores
    cut = np.ones(s.size, dtype=bool)
    cut[:-1] = s[:-1] != s[1:]
    ok = cut & (tp / k >= min_precision) & (tp > 0)
    if not ok.any():
        return HIGH
    best_tp = tp[ok].max()
    # the shallowest cut with that recall: every score above it that is not needed for the recall stays out
    i = int(np.flatnonzero(ok & (tp == best_tp))[0])
    hi = float(s[i])
    lo = float(s[i + 1]) if i + 1 < s.size else 0.0
    thr = _sigmoid((_logit(hi) + _logit(max(lo, 1e-7))) / 2.0)
    return float(min(max(thr, LOW), HIGH))


def precision_at(scores: np.ndarray, y: np.ndarray, thr: float) -> float:
    hit = scores >= thr
    return float(y[hit].mean()) if hit.any() else 1.0


def meets_bar(scores: np.ndarray, y: np.ndarray, thr: float, min_precision: float = MIN_PRECISION) -> float:
    """``thr``, or the lowest threshold above it at which the precision on these rows reaches the bar
    (half-way in logit space to the next score up)."""
    if precision_at(scores, y, thr) >= min_precision:
        return thr
    above = np.unique(scores[scores >= thr])  # ascending
    for lo, hi in zip(above[:-1], above[1:]):
        cand = _sigmoid((_logit(float(lo)) + _logit(float(hi))) / 2.0)
        if precision_at(scores, y, cand) >= min_precision:
            return float(min(max(cand, LOW), HIGH))
    return HIGH


def steady_threshold(scores: np.ndarray, y: np.ndarray, min_precision: float = MIN_PRECISION,
                     n_boot: int = N_BOOT, sigma: float = SIGMA, seed: int = 0,
                     guard: bool = True) -> tuple[float, dict]:
    """The median (logit space) of ``choose_threshold`` over ``n_boot`` smoothed bootstrap resamples of
    the rows, raised (``guard``) so that precision on the rows themselves is >= min_precision.  Returns
    the threshold and its spread (the single-pass threshold, the bootstrap median and quartiles, the
    rows' precision and recall at the threshold)."""
    scores = np.asarray(scores, dtype=np.float64)
    y = np.asarray(y, dtype=np.int8)
    rng = np.random.default_rng(seed)
    n = scores.size
    clipped = np.clip(scores, 1e-7, 1 - 1e-7)
    z0 = np.log(clipped / (1 - clipped))
    z = np.empty(n_boot)
    for b in range(n_boot):
        idx = rng.integers(0, n, n)
        zb = z0[idx] + (rng.normal(0.0, sigma, n) if sigma > 0 else 0.0)
        z[b] = _logit(choose_threshold(1.0 / (1.0 + np.exp(-zb)), y[idx], min_precision))
    med = _sigmoid(float(np.median(z)))
    thr = float(min(max(meets_bar(scores, y, med, min_precision) if guard else med, LOW), HIGH))
    q1, q3 = (_sigmoid(float(q)) for q in np.percentile(z, [25, 75]))
    pos = max(int(y.sum()), 1)
    info = {"single": round(choose_threshold(scores, y, min_precision), 6), "median": round(med, 6),
            "q1": round(q1, 6), "q3": round(q3, 6), "precision": round(precision_at(scores, y, thr), 4),
            "recall": round(float(y[scores >= thr].sum()) / pos, 4)}
    return thr, info

