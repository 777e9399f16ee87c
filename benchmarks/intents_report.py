#!/usr/bin/env python3
"""Scenario detection accuracy on real customer turns of the JDDC sample, labelled by us.

The labels (benchmarks/jddc_intents_labels.tsv) hold only line numbers and scenario ids; the
texts are read by path from ../shared/data/external/jddc_sample/chat_0.1per.txt (research-only
data, never copied into the project).  Usage: python benchmarks/intents_report.py [--show N]
"""

from __future__ import annotations

import argparse
import collections
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from zhijian.phrasing.scenario import classify  # noqa: E402

LABELS = ROOT / "benchmarks" / "jddc_intents_labels.tsv"
CHAT = ROOT.parent / "shared" / "data" / "external" / "jddc_sample" / "chat_0.1per.txt"


def load(labels: pathlib.Path = LABELS, chat: pathlib.Path = CHAT) -> list[tuple[str, str]]:
    lines = chat.read_text(encoding="utf-8").split("\n")
    out = []
    for row in labels.read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        n, scenario = row.split("\t")
        out.append((lines[int(n) - 1].split("\t")[6], scenario))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=15)
    ap.add_argument("--chat", default=str(CHAT))
    a = ap.parse_args()
    if not pathlib.Path(a.chat).exists():
        print(f"JDDC sample not found at {a.chat}")
        return 1
    items = load(chat=pathlib.Path(a.chat))
    per = collections.Counter()
    hit = collections.Counter()
    misses = []
    for text, want in items:
        got = classify(text)
        per[want] += 1
        if got.scenario == want:
            hit[want] += 1
        else:
            misses.append((want, got.scenario, round(got.confidence, 2), text[:50]))
    for s in sorted(per):
        print(f"{s:18s} {hit[s]:3d}/{per[s]:3d}")
    acc = sum(hit.values()) / len(items)
    print(f"jddc_intent_acc={acc:.3f} ({sum(hit.values())}/{len(items)})")
    for m in misses[: a.show]:
        print("MISS", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
