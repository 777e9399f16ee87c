"""Train the dialogue-act model: ``python -m training.train_acts`` (needs the ``train`` extra).

Reads ``training/data/acts.jsonl`` (``python -m training.acts_corpus`` writes it), fits one
L2 logistic regression per (role, act) over exactly the features the run time uses
(``zhijian.acts.tagger.feature_rows``: character 1-3-grams of the compacted text plus
sentence-start/end n-grams and question/punctuation/length flags).  The regularisation C (per
role) and a threshold per act are chosen on ``valid`` with models fitted on ``train``; the
shipped weights are then refitted on ``train`` + ``valid`` with those choices (``--no-refit``
keeps the train-only fit, to read the valid errors).  It writes ``zhijian/data/models/acts.npz`` in the
``engine.ngrams.LinearModel`` format, one class per ``role.act`` (``other`` is not a class: it
is what a sentence with no act gets).  The ``test`` split is only scored, once, at the end, with
the full tagger (cue rules + model), and those figures are recorded in the file
(``meta_test_figures``) so a test can check the shipped weights reproduce them.

Deterministic: liblinear with a fixed seed, sorted vocabulary; the same corpus gives the same
file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pathlib
import time
from typing import Iterable, Sequence

import numpy as np

from zhijian.acts.tagger import ACTS, FEATURES_VERSION, MODEL_FILE, ROLES, Cues, Tagger, feature_rows
from zhijian.engine.ngrams import LinearModel

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / "data" / "acts.jsonl"
OUT = REPO / "zhijian" / "data" / "models" / MODEL_FILE
C_GRID = (2.0, 4.0, 8.0, 16.0)
MIN_DF = 2
PRUNE = 0.02
THRESHOLD_MIN = 0.2  # vocabulary rows whose largest |weight| is below this are dropped


def load(path: pathlib.Path = DATA) -> list[dict]:
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            o = json.loads(line)
            if o["role"] not in ROLES or any(a not in ACTS[o["role"]] for a in o["acts"]):
                raise SystemExit(f"{path}:{n}: bad role or act")
            items.append(o)
    return items


def corpus_digest(path: pathlib.Path = DATA) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


# -- evaluation (shared with tests/test_acts.py and benchmarks/acts_report.py) ---------------------
def predict_items(tagger: Tagger, items: Sequence[dict]) -> list[set[str]]:
    """Acts of each item as the tagger sees it: the union over its sentences."""
    out = tagger.tag_turns([(it["role"], it["text"]) for it in items])
    preds = []
    for sents in out:
        acts = {a for s in sents for a in s.acts}
        if len(acts) > 1:
            acts.discard("other")
        preds.append(acts or {"other"})
    return preds


def figures(items: Sequence[dict], preds: Sequence[Iterable[str]]) -> dict[str, dict]:
    """Per ``role.act``: support, tp, fp, fn, precision, recall, f1; plus ``role.*macro``."""
    out: dict[str, dict] = {}
    for role in ROLES:
        for act in ACTS[role]:
            tp = fp = fn = 0
            for it, p in zip(items, preds):
                if it["role"] != role:
                    continue
                g, q = act in it["acts"], act in p
                tp += g and q
                fp += q and not g
                fn += g and not q
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            out[f"{role}.{act}"] = {"support": tp + fn, "tp": tp, "fp": fp, "fn": fn,
                                    "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)}
        f1s = [out[f"{role}.{a}"]["f1"] for a in ACTS[role] if out[f"{role}.{a}"]["support"]]
        exact = [set(it["acts"]) == set(p) for it, p in zip(items, preds) if it["role"] == role]
        out[f"{role}.*macro"] = {"f1": round(float(np.mean(f1s)) if f1s else 0.0, 4),
                                 "exact_match": round(float(np.mean(exact)) if exact else 0.0, 4),
                                 "items": len(exact)}
    return out


def print_figures(fig: dict[str, dict], title: str) -> None:
    print(title)
    print(f"  {'role.act':<24}{'n':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for role in ROLES:
        for act in ACTS[role]:
            f = fig[f"{role}.{act}"]
            print(f"  {role + '.' + act:<24}{f['support']:>6}{f['precision']:>8.3f}{f['recall']:>8.3f}{f['f1']:>8.3f}")
        m = fig[f"{role}.*macro"]
        print(f"  {role + ' macro F1':<24}{m['items']:>6}{'':>16}{m['f1']:>8.3f}   exact-match {m['exact_match']:.3f}")


# -- training ------------------------------------------------------------------------------------
def _matrix(texts: Sequence[str], vocab: np.ndarray):
    from scipy.sparse import csr_matrix

    row, fid, val = feature_rows(texts)
    pos = np.searchsorted(vocab, fid)
    pos[pos >= vocab.size] = 0
    hit = vocab[pos] == fid
    return csr_matrix((val[hit].astype(np.float64), (row[hit], pos[hit])), shape=(len(texts), vocab.size))


def _best_threshold(scores: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    """Threshold with the best F1 on these scores (ties: the one nearest 0.5).  The search
    stays within [THRESHOLD_MIN, 0.8]: ``valid`` holds unseen phrasings of the same synthetic
    corpus, whose negatives are far less varied than real chats, so a very low threshold that
    wins there would flood real chats with weak guesses."""
    if not gold.any():
        return 0.5, 0.0
    best = (-1.0, 0.0, 0.5)
    for t in np.round(np.arange(THRESHOLD_MIN, 0.801, 0.025), 3):
        pred = scores >= t
        tp = float(np.sum(pred & gold))
        f1 = 2 * tp / (pred.sum() + gold.sum()) if pred.sum() + gold.sum() else 0.0
        key = (round(f1, 6), -abs(t - 0.5))
        if key > best[:2]:
            best = (key[0], key[1], float(t))
    return best[2], best[0]


def train(items: list[dict], c_grid: Sequence[float] = C_GRID, refit: bool = True, log=print) -> LinearModel:
    """Choose C and the thresholds on ``valid`` with models fitted on ``train``; then (``refit``)
    fit the shipped weights on ``train`` + ``valid`` with those choices."""
    from sklearn.linear_model import LogisticRegression

    train_items = [it for it in items if it["split"] == "train"]
    valid_items = [it for it in items if it["split"] == "valid"]
    fit_items = train_items + valid_items if refit else train_items
    _, fid, _ = feature_rows([it["text"] for it in fit_items])  # one entry per distinct (text, feature)
    ids, df = np.unique(fid, return_counts=True)
    vocab = ids[df >= MIN_DF]
    log(f"train {len(train_items)} / valid {len(valid_items)} items; vocabulary {vocab.size} features (df >= {MIN_DF})")

    classes = [f"{r}.{a}" for r in ROLES for a in ACTS[r] if a != "other"]
    weights = np.zeros((vocab.size, len(classes)), dtype=np.float64)
    bias = np.zeros(len(classes))
    thresholds = np.full(len(classes), 0.5)
    chosen: dict[str, float] = {}
    for role in ROLES:
        tr = [it for it in train_items if it["role"] == role]
        va = [it for it in valid_items if it["role"] == role]
        Xtr = _matrix([it["text"] for it in tr], vocab)
        Xva = _matrix([it["text"] for it in va], vocab)
        best = None
        for c in c_grid:
            fits = {}
            f1s = []
            for act in ACTS[role]:
                if act == "other":
                    continue
                y = np.array([act in it["acts"] for it in tr])
                clf = LogisticRegression(C=c, solver="liblinear", max_iter=2000, random_state=0)
                clf.fit(Xtr, y)
                s = clf.predict_proba(Xva)[:, 1]
                t, f1 = _best_threshold(s, np.array([act in it["acts"] for it in va]))
                fits[act] = (clf, t)
                f1s.append(f1)
            macro = float(np.mean(f1s))
            log(f"  {role:<8} C={c:<5g} valid macro F1 (model alone) {macro:.4f}")
            if best is None or macro > best[0] + 1e-9:
                best = (macro, c, fits)
        _, c, fits = best
        chosen[role] = c
        if refit:
            fit = [it for it in fit_items if it["role"] == role]
            Xfit = _matrix([it["text"] for it in fit], vocab)
            for act in list(fits):
                y = np.array([act in it["acts"] for it in fit])
                clf = LogisticRegression(C=c, solver="liblinear", max_iter=2000, random_state=0)
                fits[act] = (clf.fit(Xfit, y), fits[act][1])
        for act, (clf, t) in fits.items():
            k = classes.index(f"{role}.{act}")
            weights[:, k] = clf.coef_[0]
            bias[k] = clf.intercept_[0]
            thresholds[k] = t
    keep = np.abs(weights).max(axis=1) >= PRUNE
    model = LinearModel(vocab=vocab[keep], weights=weights[keep].astype(np.float32), bias=bias.astype(np.float32),
                        classes=classes, thresholds=thresholds.astype(np.float32),
                        meta={"features": FEATURES_VERSION, "C": json.dumps(chosen), "refit": int(refit)})
    log(f"kept {int(keep.sum())} of {vocab.size} features (|w| >= {PRUNE}); C per role {chosen}")
    return model


def train_with_kinds(items: list[dict], c_grid: Sequence[float] = C_GRID, refit: bool = True, log=print) -> LinearModel:
    """``train`` on the items that name no heads; then the heads named by the others (``"heads"``: the complaint kinds
    of ``training/acts_kinds_complaint.py``) are fitted again on every item, with the C ``train`` chose for their role
    and a threshold chosen on ``valid`` the same way.  Every other head keeps exactly the weights and threshold of the
    corpus without those items (the conversation checks read question / problem / thanks at their own bars).  The
    refitted head keeps the base model's threshold too: the checks read the act at that threshold in many places, and
    the one ``valid`` chooses for the refitted head (0.275 for complaint, logged) dropped low-score readings they
    were tuned with (MODEL_CARD, acts section, "Issue 12, a50")."""
    from sklearn.linear_model import LogisticRegression

    base = train([it for it in items if "heads" not in it], c_grid, refit, log)
    named = sorted({f"{it['role']}.{h}" for it in items for h in it.get("heads", ())})
    if not named:
        return base
    train_items = [it for it in items if it["split"] == "train"]
    valid_items = [it for it in items if it["split"] == "valid"]
    fit_items = train_items + valid_items if refit else train_items
    _, fid, _ = feature_rows([it["text"] for it in fit_items])
    ids, df = np.unique(fid, return_counts=True)
    vocab = ids[df >= MIN_DF]
    chosen = json.loads(base.meta["C"])
    new_w: dict[str, np.ndarray] = {}
    new_b: dict[str, float] = {}
    new_t: dict[str, float] = {}
    for cls in named:
        role, act = cls.split(".")
        tr = [it for it in train_items if it["role"] == role]
        va = [it for it in valid_items if it["role"] == role]
        clf = LogisticRegression(C=chosen[role], solver="liblinear", max_iter=2000, random_state=0)
        clf.fit(_matrix([it["text"] for it in tr], vocab), np.array([act in it["acts"] for it in tr]))
        s = clf.predict_proba(_matrix([it["text"] for it in va], vocab))[:, 1]
        new_t[cls], f1 = _best_threshold(s, np.array([act in it["acts"] for it in va]))
        log(f"  {cls}: refitted with the named items (C={chosen[role]:g}); valid F1 {f1:.4f}, threshold {new_t[cls]}")
        if refit:
            fit = [it for it in fit_items if it["role"] == role]
            clf = LogisticRegression(C=chosen[role], solver="liblinear", max_iter=2000, random_state=0)
            clf.fit(_matrix([it["text"] for it in fit], vocab), np.array([act in it["acts"] for it in fit]))
        new_w[cls], new_b[cls] = clf.coef_[0], float(clf.intercept_[0])
    keep_new = np.zeros(vocab.size, dtype=bool)
    for w in new_w.values():
        keep_new |= np.abs(w) >= PRUNE
    union = np.union1d(base.vocab, vocab[keep_new])
    weights = np.zeros((union.size, len(base.classes)), dtype=np.float32)
    weights[np.searchsorted(union, base.vocab)] = base.weights
    bias, thresholds = base.bias.copy(), base.thresholds.copy()
    pos = np.searchsorted(vocab, union)
    pos[pos >= vocab.size] = 0
    hit = vocab[pos] == union
    for cls, w in new_w.items():
        k = base.classes.index(cls)
        col = np.zeros(union.size, dtype=np.float32)
        col[hit] = np.where(np.abs(w[pos[hit]]) >= PRUNE, w[pos[hit]], 0.0)
        weights[:, k] = col
        bias[k] = new_b[cls]  # the threshold stays the base model's (see the docstring)
    meta = dict(base.meta)
    meta["heads_refitted"] = json.dumps(named)
    log(f"{union.size} features ({base.vocab.size} of the other heads); refitted heads {named}")
    return LinearModel(vocab=union, weights=weights, bias=bias, classes=list(base.classes), thresholds=thresholds, meta=meta)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="train the dialogue-act model")
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--no-refit", action="store_true",
                    help="keep the train-only fit (to read valid errors); the shipped model is refitted on train+valid")
    ap.add_argument("--figures-only", action="store_true",
                    help="keep the weights of --out and only re-record their figures under the current cues "
                         "(after an edit of zhijian/data/acts/cues.yaml; the weights do not depend on the cues)")
    a = ap.parse_args(argv)
    t0 = time.process_time()
    data = pathlib.Path(a.data)
    items = load(data)
    if a.figures_only:
        model = LinearModel.load(a.out)
        assert model.meta.get("corpus") == corpus_digest(data), "the corpus changed: retrain instead"
    else:
        model = train_with_kinds(items, refit=not a.no_refit)
    cues = Cues.load_packaged()
    tagger = Tagger(model, cues)
    valid = [it for it in items if it["split"] == "valid"]
    test = [it for it in items if it["split"] == "test"]
    vfig = figures(valid, predict_items(tagger, valid))
    tfig = figures(test, predict_items(tagger, test))
    counts = {s: sum(it["split"] == s for it in items) for s in ("train", "valid", "test")}
    model.meta.update({"corpus": corpus_digest(data), "counts": json.dumps(counts),
                       "valid_figures": json.dumps(vfig, sort_keys=True),
                       "test_figures": json.dumps(tfig, sort_keys=True)})
    model.save(a.out)
    print_figures(vfig, "valid split (tagger: cues + model)" + ("" if a.no_refit else " — IN-SAMPLE after the refit"))
    print_figures(tfig, "TEST split, held out (tagger: cues + model)")
    size = pathlib.Path(a.out).stat().st_size
    print(f"written {a.out} ({size / 1024:.0f} KiB, {model.vocab.size} features x {len(model.classes)} classes); "
          f"CPU {time.process_time() - t0:.1f} s")


if __name__ == "__main__":
    main()
