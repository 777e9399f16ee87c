"""The figures of the speed issue in one run: batch check + JSON Lines against a bare scan writing the same
kind of JSON Lines, the whole ``zhijian check`` process, start-up, single-check latency and its growth with
the message length.

    python benchmarks/bench_speed.py [--n 100000] [--pack jd] [--runs 10] [--json out.json]

Bare reference (the floor): one ``ahocorasick_rs`` automaton of the pack's literal words (``ruleset.literals``),
run over each batch of raw messages joined by ``\\n`` (one call per batch), and one JSON line per message
``{"id", "text", "findings": [{"rule", "start", "end", "match"}]}`` written for its hits, in 10,000-message
batches, to ``/dev/null``.  No folding, no offset map, no filters, no model: what a plain keyword scanner
writing the same output costs.

Measured, all in this run, CPU time of this process (``time.process_time``) so that other work on the
machine counts less; the ratios are bare time / our time (1.0 = as fast as the bare scan):

1. ``Inspector.check_many`` + JSON Lines (``batch.jsonl.encode_check``, what ``zhijian check`` writes; the bare
   scan writes its records with ``encode_line``, a dict per record), with the model layer and without;
2. the CLI as a process: ``zhijian check --pack P --format jsonl FILE > /dev/null`` (wall and CPU of the child);
3. start-up: ``zhijian check "…"`` as a whole process, median of ``--runs`` (warm disk cache and bytecode
   cache; the first run builds them and is reported apart);
4. ``Inspector.check`` one by one: p50 / p99 latency, with and without the model layer;
5. linearity: µs per character of ``check`` at 30, 300, 3,000 and 30,000 characters (each text checked once
   before it is timed).

Every measurement checks its result (the batch findings equal the single ones; the CLI writes one line per
message) so a broken pipeline cannot look fast.  No test asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import corpus  # noqa: E402

from ahocorasick_rs import AhoCorasick  # noqa: E402

from zhijian import Inspector  # noqa: E402
from zhijian.batch.jsonl import encode_check, encode_line  # noqa: E402

BATCH = 10_000
ZHIJIAN = os.path.join(os.path.dirname(sys.executable), "zhijian")


def _cpu(fn) -> tuple[float, object]:
    t = time.process_time()
    out = fn()
    return time.process_time() - t, out


def bare_jsonl(words: list[str], msgs: list[str], sink) -> int:
    ac = AhoCorasick(words)
    find = ac.find_matches_as_indexes
    n_hits = 0
    for lo in range(0, len(msgs), BATCH):
        chunk = msgs[lo:lo + BATCH]
        joined = "\n".join(chunk)
        hits = find(joined, overlapping=True)
        n_hits += len(hits)
        per: dict[int, list] = {}
        starts = []
        pos = 0
        for m in chunk:
            starts.append(pos)
            pos += len(m) + 1
        k = 0
        for pid, s, e in hits:
            while k + 1 < len(starts) and starts[k + 1] <= s:
                k += 1
            per.setdefault(k, []).append({"rule": words[pid], "start": s - starts[k], "end": e - starts[k],
                                          "match": joined[s:e]})
        out = [encode_line({"id": lo + i, "text": m, "findings": per.get(i, [])}) for i, m in enumerate(chunk)]
        sink.write(b"".join(out))
    return n_hits


def ours_jsonl(ins: Inspector, msgs: list[str], sink) -> int:
    n = 0
    for lo in range(0, len(msgs), BATCH):
        chunk = msgs[lo:lo + BATCH]
        found = ins.check_many(chunk)
        n += sum(map(len, found))
        sink.write(b"".join(encode_check(lo + i, m, fs) for i, (m, fs) in enumerate(zip(chunk, found))))
    return n


# children run as from a user's shell: with Python's bytecode cache (a shell or CI exporting
# PYTHONDONTWRITEBYTECODE would make every start compile the modules whose .pyc is missing or stale again)
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def child(cmd: list[str], stdout=subprocess.DEVNULL) -> tuple[float, float]:
    """Wall and CPU seconds (user + sys) of a child process."""
    r0 = os.times()
    t = time.perf_counter()
    subprocess.run(cmd, stdout=stdout, stderr=subprocess.DEVNULL, check=False, env=CHILD_ENV)
    wall = time.perf_counter() - t
    r1 = os.times()
    return wall, (r1.children_user - r0.children_user) + (r1.children_system - r0.children_system)


def latency(check, msgs: list[str], clock=time.perf_counter_ns) -> tuple[float, float]:
    """p50 and p99 in µs of ``check`` on each message; ``clock=time.thread_time_ns`` counts CPU time only
    (what other work on a shared machine takes from this process's wall time is left out)."""
    ts = []
    for m in msgs:
        t = clock()
        check(m)
        ts.append(clock() - t)
    ts.sort()
    return ts[len(ts) // 2] / 1000, ts[int(len(ts) * 0.99)] / 1000


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--pack", default="jd")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=20240521)
    ap.add_argument("--json", dest="json_out")
    a = ap.parse_args(argv)
    res: dict = {"n": a.n, "pack": a.pack, "cpus": os.cpu_count(), "load_before": os.getloadavg()[0]}
    msgs = corpus.generate(a.n, seed=a.seed).messages
    ins = Inspector(a.pack)
    rules_only = Inspector(a.pack, models=False)
    words = list(ins.ruleset.literals)
    ins.check_many(msgs[:2000]), rules_only.check_many(msgs[:2000])
    print(f"zhijian speed — pack {a.pack}, {len(words):,} literal words, {a.n:,} messages "
          f"(mean {sum(map(len, msgs)) / len(msgs):.1f} chars), {os.cpu_count()} cpu(s), "
          f"load {res['load_before']:.2f}")

    with open(os.devnull, "wb") as sink:
        res["bare_s"], res["bare_hits"] = _cpu(lambda: bare_jsonl(words, msgs, sink))
        res["ours_s"], res["ours_findings"] = _cpu(lambda: ours_jsonl(ins, msgs, sink))
        res["rules_s"], _ = _cpu(lambda: ours_jsonl(rules_only, msgs, sink))
    res["model_cost"] = 1 - res["rules_s"] / res["ours_s"]
    same = ins.check_many(msgs[:3000]) == [ins.check(m) for m in msgs[:3000]]
    rate = lambda s: a.n / s  # noqa: E731
    print("\nbatch + JSON Lines (CPU)                       msg/s    vs bare")
    print(f"  bare ahocorasick-rs scan + JSON Lines   {rate(res['bare_s']):>10,.0f}      1.00")
    print(f"  check_many + JSON Lines, rules + model  {rate(res['ours_s']):>10,.0f}  {res['bare_s'] / res['ours_s']:8.2f}")
    print(f"  check_many + JSON Lines, rules only     {rate(res['rules_s']):>10,.0f}  {res['bare_s'] / res['rules_s']:8.2f}")
    print(f"  model layer share of the batch time     {res['model_cost']:.0%}; check_many == check: {same}")

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "msgs.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for i, m in enumerate(msgs):
                fh.write(json.dumps({"id": i, "text": m}, ensure_ascii=False) + "\n")
        out = os.path.join(tmp, "out.jsonl")
        with open(out, "wb") as fh:
            res["cli_wall_s"], res["cli_cpu_s"] = child([ZHIJIAN, "check", "--pack", a.pack, "--format", "jsonl", path], fh)
        with open(out, "rb") as fh:
            lines = sum(1 for _ in fh)
    print(f"\nCLI process: zhijian check --format jsonl FILE   {rate(res['cli_wall_s']):,.0f} msg/s wall, "
          f"{rate(res['cli_cpu_s']):,.0f} msg/s CPU; vs bare (CPU) {res['bare_s'] / res['cli_cpu_s']:.2f}; "
          f"{lines:,} lines for {a.n:,} messages")

    first = child([ZHIJIAN, "check", "--pack", a.pack, "亲，加我微信吧"])[0]
    runs = [child([ZHIJIAN, "check", "--pack", a.pack, "亲，加我微信吧"]) for _ in range(a.runs)]
    walls = [w for w, _ in runs]
    res["startup_first_s"], res["startup_median_s"] = first, statistics.median(walls)
    res["startup_cpu_median_s"] = statistics.median(c for _, c in runs)
    print(f"start-up: zhijian check \"…\" as a process: median {res['startup_median_s']:.3f} s of {a.runs} "
          f"(min {min(walls):.3f}, max {max(walls):.3f}; CPU median {res['startup_cpu_median_s']:.3f} s); "
          f"first run {first:.3f} s")

    sample = msgs[:20_000]
    for name, insp in (("rules + model", ins), ("rules only", rules_only)):
        p50, p99 = latency(insp.check, sample)
        c50, c99 = latency(insp.check, sample, time.thread_time_ns)
        res[f"latency_{name}"], res[f"latency_cpu_{name}"] = (p50, p99), (c50, c99)
        print(f"check() one by one, {name:13s}: p50 {p50:7.1f} µs   p99 {p99:7.1f} µs   "
              f"(CPU time: p50 {c50:7.1f} µs   p99 {c99:7.1f} µs)")

    base = "您好，这款商品今天下单明天就能送到，有问题随时联系我们客服哦。"
    print("linearity: µs per character of check()")
    res["per_char_us"] = {}
    for n in (30, 300, 3_000, 30_000):
        text = (base * (n // len(base) + 1))[:n]
        reps = max(3, 3000 // n)
        ins.check(text)  # (once first: what a text meets the first time — a pattern compiled — is not its length)
        t = time.perf_counter()
        for _ in range(reps):
            ins.check(text)
        us = (time.perf_counter() - t) / reps * 1e6
        res["per_char_us"][n] = us / n
        print(f"  {n:>6} chars  {us:10.1f} µs  {us / n:6.3f} µs/char")
    if a.json_out:
        with open(a.json_out, "w", encoding="utf-8") as fh:
            json.dump(res, fh, ensure_ascii=False, indent=1)
    return 0 if same and lines == a.n else 1


if __name__ == "__main__":
    sys.exit(main())
