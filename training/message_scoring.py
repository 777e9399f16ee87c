"""Scoring helpers of the message model, shared by training, the reports and the tests: the jd masks, the
run-time way of scoring (best of clauses and whole message), label matrices and per-category figures.
(Split out of ``training.train_messages``.)"""

from __future__ import annotations

import numpy as np

from zhijian.engine.ngrams import LinearModel

from .messages_corpus import CATEGORIES

# The corpus is written for a JD shop.  At run time the semantic layer reads the shop's own platform
# words as 平台 (zhijian.engine.inspector._masks); training and evaluation read the corpus the same way.
FALLBACK_MASKS = {"京东": "平台", "某东": "平台", "狗东": "平台", "jingdong": "平台"}


def jd_masks() -> dict[str, str]:
    try:
        from zhijian.engine.inspector import Inspector, _masks

        return _masks(Inspector("jd", models=False).ruleset.composition)
    except Exception:  # pragma: no cover - engine without masks
        return dict(FALLBACK_MASKS)


def masked(texts, masks: dict[str, str]) -> list[str]:
    """Compacted texts with the masks applied, longest mask first (as the semantic layer does)."""
    from zhijian.engine.normalize import compact

    pairs = sorted(((compact(k), v) for k, v in masks.items() if compact(k)), key=lambda kv: -len(kv[0]))
    out = []
    for t in texts:
        c = compact(t)
        for w, v in pairs:
            if w in c:
                c = c.replace(w, v)
        out.append(c)
    return out


def unit_scores(model: LinearModel, texts, masks: dict[str, str]) -> np.ndarray:
    """``[len(texts), n_classes]``: what the run-time semantic layer compares with the thresholds, i.e.
    the best score over the message's clauses and the whole message, with the masks applied."""
    try:
        from zhijian.engine.semantic import ModelCategory, ModelConfig, SemanticLayer
    except ImportError:  # pragma: no cover - engine without the semantic layer: whole messages
        return model.scores(masked(texts, masks), compacted=True)
    cats = tuple(ModelCategory(c, -1.0, "major", "-", "-") for c in model.classes)
    layer = SemanticLayer(ModelConfig("messages.npz", cats), model=model, masks=masks)
    out = np.zeros((len(texts), len(model.classes)), dtype=np.float32)
    step = 4096
    for lo in range(0, len(texts), step):
        units, sc = layer.scores(list(texts[lo:lo + step]))
        if sc.size:
            np.maximum.at(out, lo + units.msg, sc)
    return out


def label_matrix(rows: list[dict], classes=CATEGORIES) -> np.ndarray:
    idx = {c: i for i, c in enumerate(classes)}
    y = np.zeros((len(rows), len(classes)), dtype=np.int8)
    for i, r in enumerate(rows):
        for c in r["labels"]:
            y[i, idx[c]] = 1
    return y


def prf(y: np.ndarray, p: np.ndarray) -> dict:
    tp = int(np.sum((y == 1) & (p == 1)))
    fp = int(np.sum((y == 0) & (p == 1)))
    fn = int(np.sum((y == 1) & (p == 0)))
    pr = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(pr, 4), "recall": round(rc, 4), "f1": round(f1, 4)}


def evaluate(model: LinearModel, texts, y: np.ndarray, masks: dict[str, str]) -> dict:
    s = unit_scores(model, texts, masks)
    pred = (s >= model.thresholds[None, :]).astype(np.int8)
    per = {c: prf(y[:, k], pred[:, k]) for k, c in enumerate(model.classes)}
    macro = float(np.mean([per[c]["f1"] for c in model.classes if per[c]["tp"] + per[c]["fn"]]))
    clean = y.sum(axis=1) == 0
    flagged_clean = float(pred[clean].any(axis=1).mean()) if clean.any() else 0.0
    return {"per_category": per, "macro_f1": round(macro, 4), "clean_flagged": round(flagged_clean, 4),
            "n": int(len(texts)), "n_clean": int(clean.sum())}
