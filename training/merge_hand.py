"""Merge new hand-written agent messages into ``training/data/messages_hand.jsonl``.

    python -m training.merge_hand NEW.jsonl [NEW2.jsonl ...] [--tag w8a] [--fixes FIXES.json] [--dry-run]
    python -m training.merge_hand --bench pool31_faults_n33 [--bench ...] --hold-ids IDS --packs jd,generic

``--bench NAME`` merges a read benchmark pool (``benchmarks/data/NAME.jsonl``, a blind-written fault or clean pool) as
training source: its ``expect`` list becomes the labels (``ok_extra`` is not a label: it only tolerates a finding),
the template is ``hand.<NAME>``, ``--packs`` keeps only the lines of those packs (the model is one for all packs and
the corpus is a JD shop: taobao lines, where 亲/宝贝/淘宝 are fine, are left out), and the pool's own lines are exempt
from the screen below while every other set, dev and test case still screens them.  ``--hold-ids`` names a file of
line ids (one a line) kept out as a hidden test: they are never merged and their texts keep screening (even in their
own pool); their text is never printed.  Unseen sets (``UNSEEN``) are never opened, not even as ``--bench``.

Input lines are ``{"text": ..., "labels": [...]}`` (an optional ``"trap"`` kind is kept in the template name).
Every existing line of the hand file is kept as it is, with its split.  A new line:

* must have labels from ``training.messages_corpus.CATEGORIES`` (else the merge stops with file and line);
* is dropped when its compacted text (``key_text``, what the featuriser sees) is empty or already present
  (in the hand file or earlier in the input);
* is dropped when it equals, or has a character-trigram Jaccard similarity >= 0.6 with, a message of the
  dev cases, of a frozen benchmark set (``benchmarks/data/*_messages.jsonl`` and the turns of ``*_chats.jsonl``) or
  of the test cases (``tests/cases/*.jsonl``).  Sets whose name starts with an entry of ``UNSEEN`` are never opened;
* is dropped when it contains a dev-case text (message, chat turn or intent) of ``DEV_MIN`` characters or more
  verbatim: a long pool line can quote a dev sentence and still be far from it by Jaccard (stop 36: seven merged
  blind lines held a stock dev sentence such as a thank-you reply; ``tests/test_dev_copies.py`` forbids them);
* gets ``split = split_of(key_text(text))``, ``kind = "hand"`` and ``template = "hand.<tag>[.<trap>]"``.
  A line without labels of a minimal-pairs pool (name with ``_pairs_``: each fault beside its clean twin, stop 36)
  gets the trap ``twin``, so ``train_messages --template-weight hand.<pool>.twin=W`` can weight the twins on their own.

``--fixes`` is a JSON object ``{"drop": [text, ...], "relabel": {text: [labels]}}``: lines whose label was
read as plainly wrong against the taxonomy before merging (the report lists them).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

from .messages_corpus import CATEGORIES, HAND, key_text, split_of

REPO = pathlib.Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "dev-cases"
BENCH = REPO / "benchmarks" / "data"
CASES = REPO / "tests" / "cases"
UNSEEN = ("fresh54_", "fresh55_", "heldout")  # never opened: unseen evaluation sets and held-out pool halves (fresh7 to fresh53 are read, so screened)
SIM = 0.6
DEV_MIN = 8  # as tests/test_dev_copies.py: a dev text this long must not appear verbatim in a training source


def grams(k: str) -> set[str]:
    return {k[i:i + 3] for i in range(max(len(k) - 2, 1))}


def protected_sources(bench: pathlib.Path = BENCH, dev: pathlib.Path = DEV,
                      cases: pathlib.Path = CASES) -> list[tuple[str, str | None, str]]:
    """(source stem, line id, text) of every text that must never enter training data: dev messages and the
    texts of the readable frozen sets and test cases (chat turns with their chat's id)."""
    out: list[tuple[str, str | None, str]] = []
    paths = (sorted(dev.glob("*.jsonl")) + sorted(p for p in bench.glob("*.jsonl") if not p.name.startswith(UNSEEN))
             + sorted(cases.glob("*.jsonl")))
    for p in paths:
        out.extend((p.stem, oid, text) for oid, text in file_texts(p))
    return out


def file_texts(p: pathlib.Path):
    """(line id or None, text) of every text of a JSON Lines file: a line's ``text`` and its chat turns' texts."""
    for line in p.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        o = json.loads(line)
        oid = o.get("id") if isinstance(o.get("id"), str) else None
        if isinstance(o.get("text"), str):
            yield oid, o["text"]
        for t in o.get("turns", []) or o.get("messages", []) or []:
            if isinstance(t, dict) and isinstance(t.get("text"), str):
                yield oid, t["text"]


def dev_texts(dev: pathlib.Path = DEV, min_len: int = DEV_MIN) -> list[str]:
    """The dev texts (messages, chat turns, intents) of ``min_len`` characters or more: none may appear verbatim
    inside a merged line."""
    out = {text for p in sorted(dev.glob("*.jsonl")) for _, text in file_texts(p)}
    return sorted(t for t in out if len(t) >= min_len)


class DevCopies:
    """Whether a text contains a dev text verbatim (one automaton over all of them)."""

    def __init__(self, texts: list[str]):
        from ahocorasick_rs import AhoCorasick

        self.matcher = AhoCorasick(texts) if texts else None

    def hit(self, text: str) -> bool:
        return bool(self.matcher is not None and self.matcher.find_matches_as_indexes(text))


def protected_texts() -> list[str]:
    """Texts that must never enter training data: dev messages and the agent texts of the readable frozen sets."""
    return [t for _, _, t in protected_sources()]


class Guard:
    """Exact and near (trigram Jaccard >= SIM) matches against the protected texts, via an inverted index.
    ``origins`` (one per text, optional) name where a text comes from; ``hit(key, exempt=...)`` ignores the texts
    of that origin (a pool merged as training source is not screened by its own lines)."""

    def __init__(self, texts: list[str], origins: list[str | None] | None = None):
        pairs = [(k, o) for k, o in zip((key_text(t) for t in texts), origins or [None] * len(texts)) if k]
        self.keys = [k for k, _ in pairs]
        self.origins = [o for _, o in pairs]
        self.exact: dict[str, set] = {}
        for k, o in pairs:
            self.exact.setdefault(k, set()).add(o)
        self.index: dict[str, list[int]] = {}
        self.sets = [grams(k) for k in self.keys]
        for i, g in enumerate(self.sets):
            for x in g:
                self.index.setdefault(x, []).append(i)

    def hit(self, key: str, exempt: str | None = None) -> bool:
        if key in self.exact and (exempt is None or self.exact[key] - {exempt}):
            return True
        g = grams(key)
        seen: dict[int, int] = {}
        for x in g:
            for i in self.index.get(x, ()):
                if exempt is None or self.origins[i] != exempt:
                    seen[i] = seen.get(i, 0) + 1
        return any(n / (len(g) + len(self.sets[i]) - n) >= SIM for i, n in seen.items())


def bench_inputs(name: str, bench: pathlib.Path, held: set[str], packs: set[str] | None) -> list[tuple[dict, str]]:
    """The lines of a read pool as (``{"text", "labels"}``, line id): ``expect`` -> labels (``ok_extra`` is not a
    label), held-out ids and lines of other packs left out."""
    if name.startswith(UNSEEN):
        raise SystemExit(f"{name}: an unseen set is never opened")
    path = bench / f"{name}.jsonl"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        o = json.loads(line)
        if not isinstance(o.get("text"), str):
            continue  # chats are not message pools
        if o.get("id") in held or (packs is not None and o.get("pack", "generic") not in packs):
            continue
        out.append(({"text": o["text"], "labels": list(o.get("expect", []))}, o.get("id")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", type=pathlib.Path)
    ap.add_argument("--tag", action="append", default=[], help="template tag per input (default: the file stem)")
    ap.add_argument("--bench", action="append", default=[],
                    help="a read benchmark pool (name without .jsonl) merged as training source, template hand.NAME")
    ap.add_argument("--hold-ids", type=pathlib.Path, help="file of line ids (one a line) never merged, still screening")
    ap.add_argument("--packs", help="comma-separated packs whose pool lines are merged (default: all)")
    ap.add_argument("--bench-dir", type=pathlib.Path, default=BENCH, help=argparse.SUPPRESS)
    ap.add_argument("--dev-dir", type=pathlib.Path, default=DEV, help=argparse.SUPPRESS)
    ap.add_argument("--cases-dir", type=pathlib.Path, default=CASES, help=argparse.SUPPRESS)
    ap.add_argument("--fixes", type=pathlib.Path)
    ap.add_argument("--hand", type=pathlib.Path, default=HAND)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args(argv)
    if not a.inputs and not a.bench:
        ap.error("nothing to merge: give input files or --bench")
    held = set(a.hold_ids.read_text(encoding="utf-8").split()) if a.hold_ids else set()
    packs = set(a.packs.split(",")) if a.packs else None
    fixes = json.loads(a.fixes.read_text(encoding="utf-8")) if a.fixes else {}
    drop, relabel = set(fixes.get("drop", [])), fixes.get("relabel", {})
    old = [json.loads(line) for line in a.hand.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen = {key_text(o["text"]) for o in old}
    src = protected_sources(a.bench_dir, a.dev_dir, a.cases_dir)
    # a held-out line screens even its own pool: its origin is never the exempt one
    guard = Guard([t for _, _, t in src], [None if i in held else stem for stem, i, t in src])
    dev_copies = DevCopies(dev_texts(a.dev_dir))
    new, counts = [], {"dup": 0, "empty": 0, "protected": 0, "dev_copy": 0, "dropped": 0, "relabelled": 0}
    jobs: list[tuple[str, str | None, list[tuple[int, dict]], str]] = []
    for n_in, path in enumerate(a.inputs):
        tag = a.tag[n_in] if n_in < len(a.tag) else path.stem
        rows = [(n, json.loads(line)) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if line.strip()]
        jobs.append((tag, None, rows, str(path)))
    for name in a.bench:
        rows = [(n, o) for n, (o, _) in enumerate(bench_inputs(name, a.bench_dir, held, packs), 1)]
        jobs.append((name, name, rows, name))
    per_source: dict[str, int] = {}
    for tag, exempt, rows, label in jobs:
        for n, o in rows:
            text, labels = o["text"].strip(), list(o.get("labels", []))
            if o["text"] in drop or text in drop:
                counts["dropped"] += 1
                continue
            if text in relabel or o["text"] in relabel:
                labels = list(relabel.get(text, relabel.get(o["text"])))
                counts["relabelled"] += 1
            bad = [c for c in labels if c not in CATEGORIES]
            if bad:
                raise SystemExit(f"{label}:{n}: bad labels {bad}")
            k = key_text(text)
            if not k:
                counts["empty"] += 1
                continue
            if k in seen:
                counts["dup"] += 1
                continue
            if dev_copies.hit(text):
                counts["dev_copy"] += 1
                per_source[f"{tag} dev_copy"] = per_source.get(f"{tag} dev_copy", 0) + 1
                continue
            if guard.hit(k, exempt):
                counts["protected"] += 1
                per_source[f"{tag} protected"] = per_source.get(f"{tag} protected", 0) + 1
                continue
            seen.add(k)
            per_source[tag] = per_source.get(tag, 0) + 1
            trap = o.get("trap")
            if not trap and exempt and "_pairs_" in exempt and not labels:
                trap = "twin"  # the clean twin of a minimal-pairs pool: weighted on its own (--template-weight)
            new.append({"text": text, "labels": sorted(set(labels)), "split": split_of(k), "kind": "hand",
                        "template": f"hand.{tag}" + (f".{trap}" if trap else "")})
    by_split: dict[str, int] = {}
    for r in new:
        by_split[r["split"]] = by_split.get(r["split"], 0) + 1
    print(f"kept {len(new)} new lines {dict(sorted(by_split.items()))}; "
          + ", ".join(f"{k} {v}" for k, v in counts.items()) + f"; hand file {len(old)} -> {len(old) + len(new)}")
    if len(jobs) > 1 or a.bench:
        print("per source: " + ", ".join(f"{k} {v}" for k, v in per_source.items()))
    if not a.dry_run:
        with a.hand.open("a", encoding="utf-8") as fh:
            for r in new:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
