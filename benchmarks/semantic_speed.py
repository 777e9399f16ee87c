"""Cost of the semantic layer in one run: ``check_many`` messages/s with and without the model
layer, p50/p99 of single ``check()`` with it, on the generated real-style corpus.

    python benchmarks/semantic_speed.py [--n 50000] [--packs jd]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import corpus  # noqa: E402  (benchmarks/corpus.py)

from zhijian import Inspector  # noqa: E402


def _batch_rate(ins: Inspector, texts: list[str], batch: int = 5000) -> float:
    t = time.perf_counter()
    for k in range(0, len(texts), batch):
        ins.check_many(texts[k:k + batch])
    return len(texts) / (time.perf_counter() - t)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--packs", default="jd")
    a = ap.parse_args()
    texts = corpus.generate(a.n).messages
    rules = Inspector(a.packs, models=False)
    both = Inspector(a.packs)
    rules.check_many(texts[:1000]), both.check_many(texts[:1000])  # warm up
    r_rules = _batch_rate(rules, texts)
    r_both = _batch_rate(both, texts)
    lat = []
    for t in texts[:20000]:
        s = time.perf_counter()
        both.check(t)
        lat.append(time.perf_counter() - s)
    lat.sort()
    print(f"messages: {len(texts)}  packs: {a.packs}")
    print(f"check_many rules only : {r_rules:10.0f} msg/s")
    print(f"check_many rules+model: {r_both:10.0f} msg/s  (model layer costs {100 * (1 - r_both / r_rules):.0f} % of throughput)")
    print(f"check() rules+model   : p50 {1e6 * lat[len(lat) // 2]:.0f} µs  p99 {1e6 * lat[int(len(lat) * 0.99)]:.0f} µs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
