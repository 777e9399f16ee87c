"""Merge new hand-written agent messages into ``training/data/messages_hand.jsonl``.

    python -m training.merge_hand NEW.jsonl [NEW2.jsonl ...] [--tag w8a] [--fixes FIXES.json] [--dry-run]

Input lines are ``{"text": ..., "labels": [...]}`` (an optional ``"trap"`` kind is kept in the template name).
Every existing line of the hand file is kept as it is, with its split.  A new line:

* must have labels from ``training.messages_corpus.CATEGORIES`` (else the merge stops with file and line);
* is dropped when its compacted text (``key_text``, what the featuriser sees) is empty or already present
  (in the hand file or earlier in the input);
* is dropped when it equals, or has a character-trigram Jaccard similarity >= 0.6 with, a message of the
  dev cases, of a frozen benchmark set (``benchmarks/data/*_messages.jsonl`` and the turns of ``*_chats.jsonl``) or
  of the test cases (``tests/cases/*.jsonl``).  Sets whose name starts with an entry of ``UNSEEN`` are never opened;
* gets ``split = split_of(key_text(text))``, ``kind = "hand"`` and ``template = "hand.<tag>[.<trap>]"``.

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
UNSEEN = ("fresh20_", "fresh21_")  # never opened: unseen evaluation sets (fresh7 to fresh19 are read, so screened)
SIM = 0.6


def grams(k: str) -> set[str]:
    return {k[i:i + 3] for i in range(max(len(k) - 2, 1))}


def protected_texts() -> list[str]:
    """Texts that must never enter training data: dev messages and the agent texts of the readable frozen sets."""
    out: list[str] = []
    paths = (sorted(DEV.glob("*.jsonl")) + sorted(p for p in BENCH.glob("*.jsonl") if not p.name.startswith(UNSEEN))
             + sorted(CASES.glob("*.jsonl")))
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            o = json.loads(line)
            if isinstance(o.get("text"), str):
                out.append(o["text"])
            for t in o.get("turns", []) or o.get("messages", []) or []:
                if isinstance(t, dict) and isinstance(t.get("text"), str):
                    out.append(t["text"])
    return out


class Guard:
    """Exact and near (trigram Jaccard >= SIM) matches against the protected texts, via an inverted index."""

    def __init__(self, texts: list[str]):
        self.keys = [k for k in (key_text(t) for t in texts) if k]
        self.exact = set(self.keys)
        self.index: dict[str, list[int]] = {}
        self.sets = [grams(k) for k in self.keys]
        for i, g in enumerate(self.sets):
            for x in g:
                self.index.setdefault(x, []).append(i)

    def hit(self, key: str) -> bool:
        if key in self.exact:
            return True
        g = grams(key)
        seen: dict[int, int] = {}
        for x in g:
            for i in self.index.get(x, ()):
                seen[i] = seen.get(i, 0) + 1
        return any(n / (len(g) + len(self.sets[i]) - n) >= SIM for i, n in seen.items())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", type=pathlib.Path)
    ap.add_argument("--tag", action="append", default=[], help="template tag per input (default: the file stem)")
    ap.add_argument("--fixes", type=pathlib.Path)
    ap.add_argument("--hand", type=pathlib.Path, default=HAND)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args(argv)
    fixes = json.loads(a.fixes.read_text(encoding="utf-8")) if a.fixes else {}
    drop, relabel = set(fixes.get("drop", [])), fixes.get("relabel", {})
    old = [json.loads(line) for line in a.hand.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen = {key_text(o["text"]) for o in old}
    guard = Guard(protected_texts())
    new, counts = [], {"dup": 0, "empty": 0, "protected": 0, "dropped": 0, "relabelled": 0}
    for n_in, path in enumerate(a.inputs):
        tag = a.tag[n_in] if n_in < len(a.tag) else path.stem
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            o = json.loads(line)
            text, labels = o["text"].strip(), list(o.get("labels", []))
            if o["text"] in drop or text in drop:
                counts["dropped"] += 1
                continue
            if text in relabel or o["text"] in relabel:
                labels = list(relabel.get(text, relabel.get(o["text"])))
                counts["relabelled"] += 1
            bad = [c for c in labels if c not in CATEGORIES]
            if bad:
                raise SystemExit(f"{path}:{n}: bad labels {bad}")
            k = key_text(text)
            if not k:
                counts["empty"] += 1
                continue
            if k in seen:
                counts["dup"] += 1
                continue
            if guard.hit(k):
                counts["protected"] += 1
                continue
            seen.add(k)
            trap = o.get("trap")
            new.append({"text": text, "labels": sorted(set(labels)), "split": split_of(k), "kind": "hand",
                        "template": f"hand.{tag}" + (f".{trap}" if trap else "")})
    by_split: dict[str, int] = {}
    for r in new:
        by_split[r["split"]] = by_split.get(r["split"], 0) + 1
    print(f"kept {len(new)} new lines {dict(sorted(by_split.items()))}; "
          + ", ".join(f"{k} {v}" for k, v in counts.items()) + f"; hand file {len(old)} -> {len(old) + len(new)}")
    if not a.dry_run:
        with a.hand.open("a", encoding="utf-8") as fh:
            for r in new:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
