"""False-positive report on real JD agent turns (JDDC 2019 sample).

    python benchmarks/jddc_report.py [--path ../shared/data/external/jddc_sample/chat_0.1per.txt]
                                     [--packs jd] [--show 40] [--rule RULE_ID] [--category CAT]

The file is read where it lies and never copied into this repository (research-only data,
see /work/shared/data/external/jddc_sample/README.md).  Format: tab-separated, 7 columns, no
header; column 3 is 1 for turns sent by the agent (客服), column 7 is the text.  The agents are
professional JD staff, so nearly every flag here is a false positive worth reading.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PATH = os.path.join(REPO, "..", "shared", "data", "external", "jddc_sample", "chat_0.1per.txt")


def read_agent_turns(path: str) -> list[tuple[int, str, str]]:
    """(line number, session id, text) of every agent turn."""
    out = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for no, line in enumerate(fh, 1):
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 7:
                continue
            if cols[2].strip() == "1":
                out.append((no, cols[0], "\t".join(cols[6:])))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", default=DEFAULT_PATH, help="chat_0.1per.txt (default: %(default)s)")
    ap.add_argument("--packs", default="jd")
    ap.add_argument("--show", type=int, default=40, help="flagged turns to print (default 40)")
    ap.add_argument("--rule", help="only show turns flagged by this rule id")
    ap.add_argument("--category", help="only show turns flagged in this category")
    args = ap.parse_args(argv)

    path = os.path.normpath(args.path)
    if not os.path.exists(path):
        print(f"JDDC sample not found: {path}", file=sys.stderr)
        return 2

    from zhijian import Inspector

    turns = read_agent_turns(path)
    insp = Inspector(args.packs)
    t = time.perf_counter()
    results = insp.check_many([x for _, _, x in turns])
    secs = time.perf_counter() - t

    n = len(turns)
    flagged = [i for i, fs in enumerate(results) if fs]
    by_cat: Counter = Counter()
    by_rule: Counter = Counter()
    matches_by_rule: dict[str, Counter] = {}
    for fs in results:
        for c in {f.category for f in fs}:
            by_cat[c] += 1
        for r in {f.rule for f in fs}:
            by_rule[r] += 1
        for f in fs:
            matches_by_rule.setdefault(f.rule, Counter())[f.match] += 1

    print(f"JDDC agent turns: {n:,} (from {path})")
    print(f"packs {','.join(insp.packs)} ({len(insp.rules)} rules), check_many in {secs:.2f} s")
    print(f"flagged: {len(flagged):,} / {n:,} = {len(flagged) / max(1, n):.2%}")
    print()
    print("by category (turns):")
    for c, k in by_cat.most_common():
        print(f"  {c:<22} {k:>5}  {k / max(1, n):6.2%}")
    print("by rule (turns) — most frequent matches:")
    for r, k in by_rule.most_common():
        top = ", ".join(f"{m!r}×{v}" for m, v in matches_by_rule[r].most_common(5))
        print(f"  {r:<40} {k:>5}  {k / max(1, n):6.2%}   {top}")

    shown = 0
    if args.show > 0 and flagged:
        print()
        print(f"flagged turns (up to {args.show}):")
        for i in flagged:
            fs = results[i]
            if args.rule:
                fs = [f for f in fs if f.rule == args.rule]
            if args.category:
                fs = [f for f in fs if f.category == args.category]
            if not fs:
                continue
            no, _, text = turns[i]
            marks = "; ".join(f"{f.rule} [{f.start}:{f.end}] {f.match!r}" for f in fs)
            print(f"  line {no}: {text}")
            print(f"      -> {marks}")
            shown += 1
            if shown >= args.show:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
