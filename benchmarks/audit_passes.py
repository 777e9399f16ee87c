"""Where an audit's time per chat goes between first readings and the rest: one process, the chats of a JSON Lines
file parsed once, then audited twice by one ``Auditor`` in blocks of 250 (as a worker does).  The first pass fills
the memos (texts, sentences and turns read for the first time: tagger, lexicon, message checks, every remembered
reading); the second finds them all.  Prints CPU ms a chat for every segment of each pass and the sha256 of the
results (the two passes must agree: the memos are pure).  Parsing, JSON encoding, aggregation and start-up are
outside the timings.

    python benchmarks/chats.py 20000 /tmp/c20k.jsonl
    python benchmarks/audit_passes.py /tmp/c20k.jsonl [--pack jd] [--segment 2000]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import sys
import time


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", help="JSON Lines chats (benchmarks/chats.py)")
    ap.add_argument("--pack", default="jd")
    ap.add_argument("--segment", type=int, default=2000, help="chats per timed segment (default 2000)")
    ap.add_argument("--block", type=int, default=250, help="chats per audit_many call (default 250)")
    args = ap.parse_args(argv)

    from zhijian.audit.auditor import Auditor
    from zhijian.audit.conversation import parse_conversation

    with open(args.path, encoding="utf-8") as fh:
        convs = [parse_conversation(json.loads(line)) for line in fh if line.strip()]
    auditor = Auditor(args.pack)
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 10, 10)  # (as ``batch.core`` does for a block)
    digests = []
    for p in range(2):
        h = hashlib.sha256()
        per_segment, total = [], 0.0
        for s0 in range(0, len(convs), args.segment):
            t = time.process_time()
            results = []
            for b in range(s0, min(s0 + args.segment, len(convs)), args.block):
                results.extend(auditor.audit_many(convs[b:b + args.block]))
            spent = time.process_time() - t
            total += spent
            per_segment.append(spent * 1000 / max(1, len(results)))
            for r in results:
                h.update(json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True).encode())
        digests.append(h.hexdigest())
        print(f"pass {p + 1} ({'memos filling' if p == 0 else 'memos warm'}): {total:.2f} CPU-s, "
              f"{len(convs) / total:,.0f} chats per CPU-s; ms a chat by segment of {args.segment}: "
              + " ".join(f"{x:.3f}" for x in per_segment))
    print(f"sha256 of the results: {digests[0][:16]}… / {digests[1][:16]}… "
          f"({'equal' if digests[0] == digests[1] else 'DIFFERENT'})")
    return 0 if digests[0] == digests[1] else 1


if __name__ == "__main__":
    sys.exit(main())
