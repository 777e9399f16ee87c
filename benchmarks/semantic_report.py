"""Figures of the learned message-category model (``zhijian/data/models/messages.npz``).

    python benchmarks/semantic_report.py [--parts abcdes] [--flagged /tmp/semantic_jddc_flagged.tsv]
                                         [--show-misses N] [--no-pack-filter] [--cases PATH]
                                         [--parts t --compare OTHER.npz]

(a) per-category P/R/F1 on the held-out ``test`` split of ``training/data/messages.jsonl``, model alone;
(b) per-category P/R/F1 of the model alone on ``../shared/dev-cases/messages.jsonl`` (scored as
    ``../shared/tools/eval.py`` does: ``expect`` must be reported, anything outside
    ``expect ∪ ok_extra`` is a false positive), and the share of clean dev messages flagged;
(c) on the JDDC sample's agent turns, the share flagged per category; every flagged turn is written to
    a file OUTSIDE the repository (default ``/tmp/semantic_jddc_flagged.tsv``) for reading: JDDC is
    research-only data and nothing from it is committed;
(d) accuracy and macro-F1 of the offensive-language head on COLD test (``offensive.npz``);
(e) rules only vs rules + model on the dev cases: ``Inspector(pack, models=False)`` against
    ``Inspector(pack)``, i.e. the engine's own semantic layer with the categories each pack enables;
(s) on the speed corpus ``benchmarks.corpus.generate(20000)`` (ordinary JD replies, about 10 % with one injected
    keyword violation), the model-only flags per category on the ``jd`` pack: model hits in a category the jd
    rules do not report for that message, and how many of them fall on the clean (not injected) messages;
(t) with ``--parts t --compare OTHER.npz``: the thresholds of two trainings side by side, single-pass and
    steady (``training.thresholds``), e.g. a retraining with ``--train-fraction 0.8``.

``--cases PATH`` scores (b) and (e) on another case file in the dev-case format instead of the dev cases,
e.g. the frozen keyword-free set ``benchmarks/data/hard_messages.jsonl`` (see ``benchmarks/README.md``).

"Model alone" (a)-(c) scores as the run-time semantic layer does (``zhijian.engine.semantic``): the best of
the clauses and the whole message, with the pack's masks (own platform -> 平台, shop names -> 本店).

The model does not know the pack.  By default a ``forbidden_address`` model finding is only kept on
the ``jd`` pack (亲 / 宝贝 are allowed on taobao, and the generic pack has no address rule); pass
``--no-pack-filter`` to see the raw model.  The dev cases are read, never copied.
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import sys

import numpy as np

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"
DEV = SHARED / "dev-cases" / "messages.jsonl"
JDDC = SHARED / "data" / "external" / "jddc_sample" / "chat_0.1per.txt"
COLD = SHARED / "data" / "external" / "cold" / "test.csv"
CORPUS = REPO / "training" / "data" / "messages.jsonl"

from zhijian.engine.ngrams import LinearModel  # noqa: E402
from training.message_scoring import unit_scores  # noqa: E402

MODEL = REPO / "zhijian" / "data" / "models" / "messages.npz"
OFFENSIVE = REPO / "zhijian" / "data" / "models" / "offensive.npz"
PACK_ONLY = {"forbidden_address": {"jd"}}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(stats, title, cats):
    print(title)
    print(f"  {'category':20s} {'tp':>5s} {'fp':>5s} {'fn':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    f1s = []
    for c in cats:
        tp, fp, fn = stats.get(c, (0, 0, 0))
        p, r, f = prf(tp, fp, fn)
        if tp + fn:
            f1s.append(f)
        print(f"  {c:20s} {tp:5d} {fp:5d} {fn:5d} {p:6.3f} {r:6.3f} {f:6.3f}")
    macro = sum(f1s) / len(f1s) if f1s else 0.0
    print(f"  macro-F1 {macro:.3f}")
    return macro


_MASKS: dict[str, dict[str, str]] = {}


def pack_masks(pack: str) -> dict[str, str]:
    """The words the semantic layer of ``pack`` reads as 平台 / 本店 (its own platform, shop names)."""
    if pack not in _MASKS:
        from zhijian.engine.inspector import Inspector, _masks

        _MASKS[pack] = _masks(Inspector(pack, models=False).ruleset.composition)
    return _MASKS[pack]


def model_hits(model: LinearModel, texts, pack: str) -> np.ndarray:
    """Boolean ``[n, classes]``: the model alone as the run-time semantic layer applies it (best of the
    clauses and the whole message, the pack's masks applied, the model's thresholds)."""
    return unit_scores(model, texts, pack_masks(pack)) >= model.thresholds[None, :]


def predict(model: LinearModel, texts, packs, pack_filter=True) -> list[set[str]]:
    out: list[set[str]] = [set() for _ in texts]
    for pack in sorted(set(packs)):
        idx = [i for i, p in enumerate(packs) if p == pack]
        hit = model_hits(model, [texts[i] for i in idx], pack)
        for j, i in enumerate(idx):
            cats = {c for k, c in enumerate(model.classes) if hit[j, k]}
            if pack_filter:
                cats = {c for c in cats if c not in PACK_ONLY or pack in PACK_ONLY[c]}
            out[i] = cats
    return out


def score_items(items, predicted):
    stats = collections.defaultdict(lambda: [0, 0, 0])
    clean = clean_fp = 0
    misses = []
    for it, got in zip(items, predicted):
        exp, ok = set(it.get("expect", [])), set(it.get("ok_extra", []))
        for c in exp:
            stats[c][0 if c in got else 2] += 1
        for c in got - exp - ok:
            stats[c][1] += 1
        if not exp:
            clean += 1
            clean_fp += bool(got - ok)
        if (exp - got) or (got - exp - ok):
            misses.append((it["id"], it["pack"], sorted(exp), sorted(got)))
    return stats, clean, clean_fp, misses


def part_a(model):
    rows = [json.loads(l) for l in CORPUS.read_text(encoding="utf-8").splitlines() if l.strip()]
    te = [r for r in rows if r["split"] == "test"]
    pred = predict(model, [r["text"] for r in te], ["jd"] * len(te))
    stats = collections.defaultdict(lambda: [0, 0, 0])
    clean = clean_fp = 0
    for r, got in zip(te, pred):
        exp = set(r["labels"])
        for c in model.classes:
            if c in exp and c in got:
                stats[c][0] += 1
            elif c in got:
                stats[c][1] += 1
            elif c in exp:
                stats[c][2] += 1
        if not exp:
            clean += 1
            clean_fp += bool(got)
    table(stats, f"(a) held-out test split of {CORPUS.relative_to(REPO)}: {len(te)} sentences, model alone "
          "(best of clauses and whole message, jd masks)", model.classes)
    print(f"  clean test sentences flagged: {clean_fp}/{clean} = {clean_fp / max(clean, 1):.2%}")


def load_dev(path=DEV):
    return [json.loads(l) for l in pathlib.Path(path).read_text(encoding="utf-8").splitlines() if l.strip()]


def part_b(model, pack_filter, show, path=DEV):
    items = load_dev(path)
    pred = predict(model, [i["text"] for i in items], [i["pack"] for i in items], pack_filter)
    stats, clean, clean_fp, misses = score_items(items, pred)
    table(stats, f"(b) cases {path}: {len(items)} messages, model alone"
          + ("" if pack_filter else " (no pack filter)"), model.classes)
    print(f"  clean messages flagged: {clean_fp}/{clean} = {clean_fp / max(clean, 1):.2%}")
    for m in misses[:show]:
        print("  MISS", *m)
    return items, pred


def part_c(model, flagged_path):
    turns = []
    with JDDC.open(encoding="utf-8", errors="replace") as fh:
        for no, line in enumerate(fh, 1):
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) >= 7 and cols[2].strip() == "1":
                turns.append((no, "\t".join(cols[6:])))
    texts = [t for _, t in turns]
    s = unit_scores(model, texts, pack_masks("jd"))
    hit = s >= model.thresholds[None, :]
    n = len(texts)
    print(f"(c) JDDC sample agent turns: {n} (read in place, never copied); share flagged per category (aim <= 0.30 %)")
    from zhijian import Inspector

    rules = np.zeros_like(hit)
    for i, fs in enumerate(Inspector("jd", models=False).check_many(texts)):
        for f in fs:
            if f.category in model.classes:
                rules[i, model.classes.index(f.category)] = True
    print(f"  {'category':20s} {'model':>6s} {'share':>7s}   {'jd rules':>8s} {'share':>7s}   {'model, not rules':>16s} {'share':>7s}")
    worst = 0.0
    for k, c in enumerate(model.classes):
        share = hit[:, k].mean()
        only = hit[:, k] & ~rules[:, k]
        worst = max(worst, share)
        print(f"  {c:20s} {int(hit[:, k].sum()):6d} {share:7.2%}   {int(rules[:, k].sum()):8d} {rules[:, k].mean():7.2%}   "
              f"{int(only.sum()):16d} {only.mean():7.2%}" + ("" if share <= 0.003 else "   > 0.3 %"))
    anyhit = hit.any(axis=1)
    print(f"  any category: {int(anyhit.sum())} / {n} = {anyhit.mean():.2%}; worst category {worst:.2%}")
    path = pathlib.Path(flagged_path)
    if REPO in path.resolve().parents:
        raise SystemExit("refusing to write JDDC text inside the repository")
    with path.open("w", encoding="utf-8") as fh:
        for i in np.flatnonzero(anyhit):
            cats = ",".join(f"{c}:{s[i, k]:.2f}" + ("" if rules[i, k] else "*") for k, c in enumerate(model.classes)
                            if hit[i, k])
            fh.write(f"{turns[i][0]}\t{cats}\t{texts[i]}\n")
    print(f"  flagged turns written to {path} (outside the repository; * = the jd rules do not flag that category)")


def part_d():
    import csv

    off = LinearModel.load(OFFENSIVE)
    with COLD.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    y = np.array([int(r["label"]) for r in rows])
    p = (off.scores([r["TEXT"] for r in rows])[:, 0] >= off.thresholds[0]).astype(int)
    acc = float(np.mean(p == y))
    f_pos = prf(int(((p == 1) & (y == 1)).sum()), int(((p == 1) & (y == 0)).sum()), int(((p == 0) & (y == 1)).sum()))[2]
    f_neg = prf(int(((p == 0) & (y == 0)).sum()), int(((p == 0) & (y == 1)).sum()), int(((p == 1) & (y == 0)).sum()))[2]
    print(f"(d) offensive head on COLD test ({len(y)} comments): accuracy {acc:.4f}, macro-F1 {(f_pos + f_neg) / 2:.4f} "
          f"(COLD paper's BERT: about 0.81 accuracy); threshold {off.thresholds[0]:.2f}")
    if "label" in rows[0] and "fine-grained-label" in rows[0]:
        fg = np.array([int(r["fine-grained-label"]) for r in rows])
        for lab, name in ((1, "attack individual"), (2, "attack group"), (3, "anti-bias (safe)"), (0, "other safe")):
            m = fg == lab
            if m.any():
                print(f"  fine-grained {lab} {name:18s}: flagged {p[m].mean():.2%} of {int(m.sum())}")


def part_e(model, items, show=0, label="dev cases"):
    from zhijian import Inspector

    rules = [set() for _ in items]
    both = [set() for _ in items]
    for pack in sorted({i["pack"] for i in items}):
        idx = [k for k, i in enumerate(items) if i["pack"] == pack]
        texts = [items[k]["text"] for k in idx]
        for name, target, insp in (("rules", rules, Inspector(pack, models=False)), ("both", both, Inspector(pack))):
            for k, fs in zip(idx, insp.check_many(texts)):
                target[k] = {f.category for f in fs if f.category in model.classes}
    out = {}
    for name, pred in (("rules only", rules), ("rules + model", both)):
        stats, clean, clean_fp, misses = score_items(items, pred)
        out[name] = (stats, clean, clean_fp)
    print(f"(e) {label}, rules only (Inspector(pack, models=False)) vs rules + model (Inspector(pack): the engine's "
          "semantic layer with the categories the pack enables)")
    print(f"  {'category':20s} {'rules P':>8s} {'R':>6s} {'F1':>6s} | {'+model P':>8s} {'R':>6s} {'F1':>6s}")
    f1s = {"rules only": [], "rules + model": []}
    for c in model.classes:
        line = f"  {c:20s}"
        for name in ("rules only", "rules + model"):
            tp, fp, fn = out[name][0].get(c, (0, 0, 0))
            p, r, f = prf(tp, fp, fn)
            if tp + fn:
                f1s[name].append(f)
            line += f" {p:8.3f} {r:6.3f} {f:6.3f}" + (" |" if name == "rules only" else "")
        print(line)
    for name in ("rules only", "rules + model"):
        stats, clean, clean_fp = out[name]
        print(f"  {name:14s} macro-F1 {np.mean(f1s[name]):.3f}; clean messages flagged {clean_fp}/{clean} "
              f"= {clean_fp / max(clean, 1):.2%}")
    # sets whose notes say how a positive was written (fresh sets): recall of each kind, every expected category found
    for kind in ("meaning-based", "usual keyword"):
        pos = [k for k, i in enumerate(items) if i.get("expect") and i.get("note", "").startswith(kind)]
        if pos:
            found = [sum(set(items[k]["expect"]) <= pred[k] for k in pos) for pred in (rules, both)]
            print(f"  positives noted '{kind}': found by rules only {found[0]}/{len(pos)}, rules + model {found[1]}/{len(pos)}")
    for m in misses[:show]:
        print("  MISS (rules + model)", *m)


def part_s(model, n: int = 20000):
    """(s) model-only flags per category on the speed corpus (its clean messages are ordinary replies)."""
    from benchmarks.corpus import generate
    from zhijian import Inspector

    corpus = generate(n)
    texts = corpus.messages
    hit = model_hits(model, texts, "jd")
    rules = np.zeros_like(hit)
    for i, fs in enumerate(Inspector("jd", models=False).check_many(texts)):
        for f in fs:
            if f.category in model.classes:
                rules[i, model.classes.index(f.category)] = True
    clean = np.array([c is None for c in corpus.injected])
    print(f"(s) speed corpus benchmarks.corpus.generate({n}) on the jd pack: {int(clean.sum())} clean; "
          "model-only = the model flags a category the jd rules do not report for that message")
    print(f"  {'category':20s} {'model':>6s} {'model-only':>10s} {'on clean':>8s}")
    total = 0
    for k, c in enumerate(model.classes):
        only = hit[:, k] & ~rules[:, k]
        total += int(only.sum())
        print(f"  {c:20s} {int(hit[:, k].sum()):6d} {int(only.sum()):10d} {int((only & clean).sum()):8d}")
    print(f"  model-only flags in all categories: {total}; messages with any: {int((hit & ~rules).any(axis=1).sum())}")


def part_t(model, other_path: str):
    """(t) thresholds of two trainings side by side: the single-pass choice and the shipped steady choice
    (``training.thresholds``), each model's own ``meta_figures.threshold_spread``."""
    other = LinearModel.load(other_path)
    spreads = [json.loads(m.meta["figures"]).get("threshold_spread") or {} for m in (model, other)]
    print(f"(t) thresholds: this model vs {other_path} (single pass | steady; |difference|)")
    d1, d2 = [], []
    for k, c in enumerate(model.classes):
        s1 = [sp.get(c, {}).get("single", float("nan")) for sp in spreads]
        t = (float(model.thresholds[k]), float(other.thresholds[other.classes.index(c)]))
        d1.append(abs(s1[0] - s1[1]))
        d2.append(abs(t[0] - t[1]))
        print(f"  {c:20s} single {s1[0]:.3f} {s1[1]:.3f} ({d1[-1]:.3f}) | steady {t[0]:.3f} {t[1]:.3f} ({d2[-1]:.3f})")
    print(f"  mean |difference|: single pass {np.nanmean(d1):.3f} (max {np.nanmax(d1):.3f}), "
          f"steady {np.mean(d2):.3f} (max {np.max(d2):.3f})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", default="abcde")
    ap.add_argument("--model", default=str(MODEL))
    ap.add_argument("--flagged", default="/tmp/semantic_jddc_flagged.tsv")
    ap.add_argument("--show-misses", type=int, default=0)
    ap.add_argument("--no-pack-filter", action="store_true")
    ap.add_argument("--cases", default=str(DEV), help="case file for (b) and (e) (dev-case format)")
    ap.add_argument("--compare", help="(t): another messages model whose thresholds are set beside these")
    a = ap.parse_args(argv)
    model = LinearModel.load(a.model)
    print(f"model {a.model}: {model.vocab.size} features, classes {len(model.classes)}")
    print("thresholds: " + ", ".join(f"{c} {t:.3f}" for c, t in zip(model.classes, model.thresholds)))
    items = None
    if "a" in a.parts:
        part_a(model)
    if "b" in a.parts or "e" in a.parts:
        if pathlib.Path(a.cases).exists():
            items = load_dev(a.cases)
            if "b" in a.parts:
                part_b(model, not a.no_pack_filter, a.show_misses, a.cases)
        else:
            print(f"(b) cases not found at {a.cases}")
    if "c" in a.parts:
        if JDDC.exists():
            part_c(model, a.flagged)
        else:
            print(f"(c) JDDC sample not found at {JDDC}")
    if "d" in a.parts:
        if COLD.exists() and OFFENSIVE.exists():
            part_d()
        else:
            print("(d) COLD test or offensive.npz not found")
    if "e" in a.parts and items is not None:
        part_e(model, items, a.show_misses,
               "dev cases" if pathlib.Path(a.cases).resolve() == DEV.resolve() else str(a.cases))
    if "s" in a.parts:
        part_s(model)
    if "t" in a.parts and a.compare:
        part_t(model, a.compare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
