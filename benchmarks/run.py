"""Throughput, latency, compile time and memory of the zhijian pipeline — one command.

    python benchmarks/run.py [--n 200000] [--packs jd,adlaw] [--batch 10000] [--json out.json]

The pipeline (fold + compact + offset map + automaton + filters + overlap resolution) is
compared with a BARE scan: the same pack's literal words in a plain ahocorasick_rs automaton
run over the raw messages.  The ratio is what our normalisation and rule logic cost.
A sanity block (messages flagged, by category; recall on the injected violations; check_many
== check) makes sure a broken pipeline cannot look fast.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import sys
import time
import tracemalloc
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import corpus  # noqa: E402  (benchmarks/corpus.py)


def _rss_mb() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024


def _rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


def _fmt_rate(x: float) -> str:
    return f"{x:,.0f} msg/s"


def _chunks(xs: list, size: int):
    for i in range(0, len(xs), size):
        yield xs[i : i + size]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200_000, help="messages in the corpus (default 200000)")
    ap.add_argument("--packs", default="jd,adlaw", help="packs to compose (default jd,adlaw; falls back to jd)")
    ap.add_argument("--batch", type=int, default=10_000, help="batch size for check_many / bare batch scan")
    ap.add_argument("--latency", type=int, default=50_000, help="single check() calls timed one by one (>= 20000)")
    ap.add_argument("--seed", type=int, default=20240521)
    ap.add_argument("--json", dest="json_out", help="also write all numbers to this JSON file")
    args = ap.parse_args(argv)
    if args.n < 1 or args.batch < 1:
        ap.error("--n and --batch must be positive")

    res: dict = {"args": vars(args), "python": sys.version.split()[0], "machine": platform.machine(),
                 "cpus": os.cpu_count()}
    notes: list[str] = []

    # -- cold start: the folding tables (built from OpenCC once, then cached on disk) --------
    t0 = time.perf_counter()
    from zhijian.engine import normalize

    cache = normalize._cache_path()
    res["tables_cached"] = bool(cache and os.path.exists(f"{cache}-fold.npy"))
    normalize.tables()
    res["tables_load_s"] = time.perf_counter() - t0

    from ahocorasick_rs import AhoCorasick

    from zhijian import Inspector, PackError
    from zhijian.engine import inspector as inspector_mod
    from zhijian.engine import packs as packs_mod
    from zhijian.engine.packs import compose
    from zhijian.engine.ruleset import Ruleset

    packs = args.packs
    try:
        insp = Inspector(packs)
    except PackError as e:
        if "unknown pack" not in str(e) or packs == "jd":
            raise
        notes.append(f"packs {packs!r} not available ({e}); FELL BACK to 'jd'")
        packs = "jd"
        insp = Inspector(packs)
    res["packs"] = packs
    rs = insp.ruleset
    res["rules"] = len(rs.rules)
    res["literals"] = len(rs.literals)

    # -- compile time: fresh Ruleset(compose(packs)), YAML parse + pinyin variants included ----
    def _clear_caches() -> None:
        packs_mod._cache.clear()
        try:
            from zhijian.engine.variants import pinyin_variants

            pinyin_variants.cache_clear()
        except (ImportError, AttributeError):
            pass

    compile_times = []
    for _ in range(5):
        _clear_caches()
        t = time.perf_counter()
        Ruleset(compose(packs))
        compile_times.append(time.perf_counter() - t)
    res["compile_s_median"] = statistics.median(compile_times)

    cold_ctor = []
    for _ in range(5):
        _clear_caches()
        inspector_mod._shipped.clear()
        t = time.perf_counter()
        Inspector(packs)
        cold_ctor.append(time.perf_counter() - t)
    res["inspector_cold_s_median"] = statistics.median(cold_ctor)  # compile + example self-test
    warm_ctor = []
    for _ in range(20):
        t = time.perf_counter()
        Inspector(packs)
        warm_ctor.append(time.perf_counter() - t)
    res["inspector_warm_s_median"] = statistics.median(warm_ctor)  # ruleset cached per process

    _clear_caches()
    gc.collect()
    tracemalloc.start()
    Ruleset(compose(packs))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    res["compile_tracemalloc_peak_mb"] = peak / 2**20
    insp = Inspector(packs)
    rs = insp.ruleset
    res["rss_after_setup_mb"] = _rss_mb()

    # -- corpus -------------------------------------------------------------------------------
    t = time.perf_counter()
    c = corpus.generate(args.n, seed=args.seed)
    msgs = c.messages
    res["corpus_gen_s"] = time.perf_counter() - t
    res["corpus_chars_mean"] = sum(map(len, msgs)) / len(msgs)
    res["corpus_injected"] = sum(k is not None for k in c.injected)

    # warm-up (first calls build lazy state, fill CPU caches)
    for m in msgs[:2000]:
        insp.check(m)
    insp.check_many(msgs[:2000])

    # -- pipeline throughput --------------------------------------------------------------------
    check = insp.check
    gc.collect()
    t = time.perf_counter()
    single = [check(m) for m in msgs]
    res["pipeline_single_s"] = time.perf_counter() - t

    gc.collect()
    t = time.perf_counter()
    batched: list = []
    for chunk in _chunks(msgs, args.batch):
        batched.extend(insp.check_many(chunk))
    res["pipeline_batch_s"] = time.perf_counter() - t
    res["check_many_equals_check"] = batched == single

    # -- bare scan of the same literal words ------------------------------------------------------
    bare = AhoCorasick(list(rs.literals)) if rs.literals else None
    bare_hits_single = 0
    bare_hits_batch = 0
    if bare is not None:
        find = bare.find_matches_as_indexes
        for m in msgs[:2000]:
            find(m, overlapping=True)
        gc.collect()
        t = time.perf_counter()
        for m in msgs:
            bare_hits_single += len(find(m, overlapping=True))
        res["bare_single_s"] = time.perf_counter() - t
        gc.collect()
        t = time.perf_counter()
        for chunk in _chunks(msgs, args.batch):
            bare_hits_batch += len(find("\n".join(chunk), overlapping=True))
        res["bare_batch_s"] = time.perf_counter() - t
    else:
        notes.append("pack has no literal words: bare scan skipped")
        res["bare_single_s"] = res["bare_batch_s"] = float("nan")
    res["bare_hits"] = bare_hits_single

    n = len(msgs)
    res["pipeline_single_rate"] = _rate(n, res["pipeline_single_s"])
    res["pipeline_batch_rate"] = _rate(n, res["pipeline_batch_s"])
    res["bare_single_rate"] = _rate(n, res["bare_single_s"])
    res["bare_batch_rate"] = _rate(n, res["bare_batch_s"])
    res["ratio_single"] = res["pipeline_single_s"] / res["bare_single_s"]
    res["ratio_batch"] = res["pipeline_batch_s"] / res["bare_batch_s"]

    # -- latency of one check() -----------------------------------------------------------------
    k = max(20_000, min(args.latency, n)) if n >= 20_000 else n
    sample = [msgs[i % n] for i in range(k)]
    lat = []
    ns = time.perf_counter_ns
    gc.collect()
    for m in sample:
        t0 = ns()
        check(m)
        lat.append(ns() - t0)
    lat.sort()
    res["latency_calls"] = len(lat)
    res["latency_us"] = {
        "p50": lat[len(lat) // 2] / 1000,
        "p99": lat[min(len(lat) - 1, int(len(lat) * 0.99))] / 1000,
        "max": lat[-1] / 1000,
    }
    res["rss_peak_mb"] = _rss_mb()

    # -- sanity: findings ---------------------------------------------------------------------------
    flagged = [bool(f) for f in single]
    by_cat = Counter()
    by_rule = Counter()
    for fs in single:
        for cat in {f.category for f in fs}:
            by_cat[cat] += 1
        for rule in {f.rule for f in fs}:
            by_rule[rule] += 1
    inj = c.injected
    recall_by_cat: dict[str, list[int]] = {}
    for cat, fs in zip(inj, single):
        if cat is None:
            continue
        r = recall_by_cat.setdefault(cat, [0, 0])
        r[1] += 1
        r[0] += any(f.category == cat for f in fs)
    clean_total = sum(1 for x in inj if x is None)
    clean_flagged = sum(1 for x, fl in zip(inj, flagged) if x is None and fl)
    res["flagged"] = sum(flagged)
    res["flagged_by_category"] = dict(by_cat.most_common())
    res["flagged_by_rule"] = dict(by_rule.most_common())
    res["injected_recall"] = {k: {"found": v[0], "injected": v[1]} for k, v in sorted(recall_by_cat.items())}
    res["clean_flagged"] = clean_flagged
    res["clean_total"] = clean_total
    res["notes"] = notes

    _print(res)
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            json.dump(res, fh, ensure_ascii=False, indent=2)
        print(f"\nwrote {args.json_out}")
    return 0 if res["check_many_equals_check"] else 1


def _print(r: dict) -> None:
    n = r["args"]["n"]
    b = r["args"]["batch"]
    print(f"zhijian benchmark — packs={r['packs']} ({r['rules']} rules, {r['literals']} literal words), "
          f"python {r['python']}, {r['cpus']} cpu(s)")
    for note in r["notes"]:
        print(f"NOTE: {note}")
    print(f"corpus: {n:,} messages, mean {r['corpus_chars_mean']:.1f} chars, "
          f"{r['corpus_injected']:,} with an injected violation (generated in {r['corpus_gen_s']:.2f} s)")
    print()
    rows = [
        ("throughput", "", ""),
        ("  pipeline  check() one by one", _fmt_rate(r["pipeline_single_rate"]), f"{r['pipeline_single_s']:.2f} s"),
        (f"  pipeline  check_many() x{b:,}", _fmt_rate(r["pipeline_batch_rate"]), f"{r['pipeline_batch_s']:.2f} s"),
        ("  bare AC   one by one", _fmt_rate(r["bare_single_rate"]), f"{r['bare_single_s']:.2f} s"),
        (f"  bare AC   '\\n'-joined x{b:,}", _fmt_rate(r["bare_batch_rate"]), f"{r['bare_batch_s']:.2f} s"),
        ("  pipeline / bare, single", f"{r['ratio_single']:.1f}x slower", ""),
        ("  pipeline / bare, batch", f"{r['ratio_batch']:.1f}x slower", ""),
        (f"latency of one check() ({r['latency_calls']:,} calls)", "", ""),
        ("  p50 / p99 / max", " / ".join(f"{r['latency_us'][k]:.1f}" for k in ("p50", "p99", "max")) + " µs", ""),
        ("start-up", "", ""),
        ("  folding tables load" + (" (from disk cache)" if r["tables_cached"] else " (BUILT, no cache)"),
         f"{r['tables_load_s'] * 1000:.0f} ms", ""),
        ("  compile Ruleset(compose()) median of 5", f"{r['compile_s_median'] * 1000:.1f} ms", ""),
        ("  Inspector() cold (compile + self-test)", f"{r['inspector_cold_s_median'] * 1000:.1f} ms", ""),
        ("  Inspector() warm (cached ruleset)", f"{r['inspector_warm_s_median'] * 1e6:.1f} µs", ""),
        ("memory", "", ""),
        ("  compile, tracemalloc peak", f"{r['compile_tracemalloc_peak_mb']:.2f} MiB", ""),
        ("  peak RSS after setup / at end", f"{r['rss_after_setup_mb']:.0f} / {r['rss_peak_mb']:.0f} MiB", ""),
    ]
    w = max(len(a) for a, _, _ in rows) + 2
    for a, v, extra in rows:
        print(f"{a:<{w}}{v:>22}  {extra}")
    print()
    print("sanity")
    print(f"  check_many == check: {'yes' if r['check_many_equals_check'] else 'NO — BATCH RESULTS DIFFER'}")
    print(f"  messages flagged: {r['flagged']:,} / {n:,} ({r['flagged'] / n:.1%}); "
          f"bare automaton hits: {r['bare_hits']:,}")
    cats = ", ".join(f"{k} {v:,}" for k, v in r["flagged_by_category"].items()) or "none"
    print(f"  by category: {cats}")
    rec = ", ".join(f"{k} {v['found']}/{v['injected']}" for k, v in r["injected_recall"].items())
    print(f"  injected violations found (same category): {rec}")
    print(f"  clean messages flagged: {r['clean_flagged']:,} / {r['clean_total']:,} "
          f"({r['clean_flagged'] / max(1, r['clean_total']):.2%})")


if __name__ == "__main__":
    sys.exit(main())
