"""Train the scenario model: ``python -m training.train_scenario`` (needs the ``train`` extra: scikit-learn).

Reads ``training/data/scenarios.jsonl`` (customer messages we wrote, one scenario each),
fits a multinomial logistic regression on the same character n-grams the runtime uses, and
writes ``zhijian/data/models/scenario.npz`` (vocabulary, weights, bias, classes, threshold).  Fixed
solver and seed: the same data gives the same file.
"""

from __future__ import annotations

import argparse
import json
import pathlib

import numpy as np

from .scenario import MODEL_FILE, features
from .scripts import SCENARIOS

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent


def load(path: pathlib.Path) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        o = json.loads(line)
        if o["scenario"] not in SCENARIOS:
            raise SystemExit(f"{path}:{n}: unknown scenario {o['scenario']!r}")
        texts.append(o["text"])
        labels.append(o["scenario"])
    return texts, labels


def main(argv: list[str] | None = None) -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    ap = argparse.ArgumentParser(description="train the scenario model")
    ap.add_argument("--data", default=str(HERE / "data" / "scenarios.jsonl"))
    ap.add_argument("--out", default=str(ROOT / "zhijian" / "data" / "models" / MODEL_FILE))
    ap.add_argument("--C", type=float, default=8.0)
    ap.add_argument("--threshold", type=float, default=0.30)
    a = ap.parse_args(argv)
    texts, labels = load(pathlib.Path(a.data))
    vec = DictVectorizer(sort=True)
    X = vec.fit_transform([{f: 1 for f in features(t)} for t in texts])
    clf = LogisticRegression(C=a.C, max_iter=5000, random_state=0)
    cv = cross_val_score(clf, X, labels, cv=5)
    clf.fit(X, labels)
    vocab = np.array(vec.get_feature_names_out(), dtype=str)
    np.savez_compressed(a.out, vocab=vocab, weights=clf.coef_.T.astype(np.float32),
                        bias=clf.intercept_.astype(np.float32), classes=np.array(clf.classes_, dtype=str),
                        threshold=np.float32(a.threshold))
    print(f"{len(texts)} sentences, {len(vocab)} features, {len(clf.classes_)} scenarios; "
          f"5-fold accuracy {cv.mean():.3f}; written {a.out}")


if __name__ == "__main__":
    main()
