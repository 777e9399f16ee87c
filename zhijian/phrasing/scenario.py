"""Customer message -> scenario (spec/contract.md §4): cue rules plus a small linear model.

The model is a multinomial logistic regression over character 1-3-grams of the folded text
(traditional -> simplified, full-width, case and punctuation folded by ``normalize``), trained
by ``python -m training.train_scenario`` from ``zhijian/data/scenarios_train.jsonl`` (sentences we wrote)
and shipped as ``zhijian/models/scenario.npz``; inference needs only NumPy.  Cue rules (the
``cues`` of the common script library) settle the unambiguous cases first: a message that is
nothing but a greeting or a thank-you, an explicit 投诉 / 发票.  Below ``threshold`` confidence
the answer is ``other``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources

import numpy as np
import yaml

from zhijian.engine.normalize import compact
from zhijian.engine.yaml_read import LOADER

NGRAMS = (1, 2, 3)
MODEL_FILE = "scenario.npz"


def features(text: str) -> set[str]:
    """Character n-grams of the folded, compacted text (emoji and punctuation dropped)."""
    c = compact(text)
    out: set[str] = set()
    for n in NGRAMS:
        for i in range(len(c) - n + 1):
            out.add(c[i : i + n])
    if not c:
        out.add("<empty>")
    return out


@dataclass(frozen=True)
class Prediction:
    scenario: str
    confidence: float
    by: str  # "cue" or "model"


class ScenarioModel:
    def __init__(self, vocab: list[str], weights: np.ndarray, bias: np.ndarray, classes: list[str],
                 threshold: float, cues: dict):
        self.index = {w: i for i, w in enumerate(vocab)}
        self.weights = weights
        self.bias = bias
        self.classes = classes
        self.threshold = threshold
        self.whole = {compact(str(w)): s for s, ws in (cues.get("whole") or {}).items() for w in ws}
        self.contains = [(compact(str(w)), s) for s, ws in (cues.get("contains") or {}).items() for w in ws]

    @classmethod
    def load(cls) -> "ScenarioModel":
        with resources.files("zhijian").joinpath("data", "models", MODEL_FILE).open("rb") as fh:
            data = np.load(fh, allow_pickle=False)
            vocab = [str(x) for x in data["vocab"]]
            model = (vocab, data["weights"].astype(np.float32), data["bias"].astype(np.float32),
                     [str(x) for x in data["classes"]], float(data["threshold"]))
        cues = yaml.load(resources.files("zhijian").joinpath("data", "scripts", "cues.yaml").read_text(encoding="utf-8"),
                         Loader=LOADER)
        return cls(*model, cues=cues or {})

    def probabilities(self, text: str) -> np.ndarray:
        idx = [self.index[f] for f in features(text) if f in self.index]
        z = self.bias + (self.weights[idx].sum(axis=0) if idx else 0.0)
        z = z - z.max()
        p = np.exp(z)
        return p / p.sum()

    def predict(self, text: str) -> Prediction:
        c = compact(text)
        if c in self.whole:
            return Prediction(self.whole[c], 1.0, "cue")
        for word, scenario in self.contains:
            if word in c:
                return Prediction(scenario, 0.95, "cue")
        p = self.probabilities(text)
        k = int(p.argmax())
        if p[k] < self.threshold:
            return Prediction("other", float(1.0 - p[k]), "model")
        return Prediction(self.classes[k], float(p[k]), "model")


_model: ScenarioModel | None = None
_lock = threading.Lock()


def model() -> ScenarioModel:
    global _model
    with _lock:
        if _model is None:
            _model = ScenarioModel.load()
        return _model


def classify(text: str) -> Prediction:
    return model().predict(text)
