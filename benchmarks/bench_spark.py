"""The audit on Apache Spark in local mode: chats/s with 1 and 2 executor cores, the fixed start-up cost,
and the local runner on the same input for comparison.

    python benchmarks/bench_spark.py [--n 200000] [--files 8] [--cores 1,2] [--keep DIR] [--skip-local]

1. Writes N chats (default 200,000) as JSON Lines in ``--files`` files: variants of the shipped demo chats
   (``zhijian/data/demo_chats.jsonl``) with new ids and shifted timestamps (``chat_variants``; the tests
   use the same generator).
2. For each core count C: a fresh ``zhijian audit --engine spark --master local[C] --format jsonl
   --output DIR`` process on 1 chat per file (the fixed cost: JVM and SparkSession start, file listing,
   the line-counting pass, Python workers building their auditors, the job itself), then on all N chats.
   Wall time of the whole command; chats/s = N / wall; net rate = (N - 1) / (wall(N) - wall(1 chat)).
3. The local runner: ``zhijian audit --format jsonl`` with ``--workers`` 1 and 2 on the same files.
4. Checks: every run exits 0 with N result lines, and the sorted Spark lines equal the sorted local lines.

Prints a table; ``--json FILE`` also writes the figures.  No timing is asserted anywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from typing import Iterable, Iterator

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "zhijian", "data", "demo_chats.jsonl")


def load_base(path: str = DEMO) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _shift(ts: str | None, delta: dt.timedelta) -> dt.datetime | None:
    if not ts:
        return None
    t = dt.datetime.fromisoformat(ts.replace("Z", "+00:00"))
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return t + delta


def chat_variants(base: list[dict], n: int) -> Iterator[dict]:
    """N chats: chat i is base chat i % len(base) with id ``<id>-v<k>`` and its times moved by k days and
    minutes (k = i // len(base)); within a chat every time is strictly later than the one before (a
    missing or equal time becomes one second after the previous), so message order is also time order."""
    for i in range(n):
        src = base[i % len(base)]
        k = i // len(base)
        delta = dt.timedelta(days=(k * 11) % 200, minutes=(k * 7) % 50)
        chat = {key: v for key, v in src.items() if key != "messages"}
        chat["id"] = f"{src['id']}-v{k}"
        prev: dt.datetime | None = None
        msgs = []
        for m in src["messages"]:
            t = _shift(m.get("ts"), delta)
            if prev is not None and (t is None or t <= prev):
                t = prev + dt.timedelta(seconds=1)
            if t is None:
                t = _shift("2026-05-04T10:00:00+08:00", delta)
            prev = t
            msgs.append({**m, "ts": t.isoformat()})
        chat["messages"] = msgs
        yield chat


def write_jsonl(chats: Iterable[dict], paths: list[str]) -> int:
    """Chats spread round-robin over the files; returns how many."""
    fhs = [open(p, "w", encoding="utf-8") for p in paths]
    n = 0
    try:
        for n, c in enumerate(chats, start=1):
            fhs[(n - 1) % len(fhs)].write(json.dumps(c, ensure_ascii=False) + "\n")
    finally:
        for fh in fhs:
            fh.close()
    return n


def message_rows(chats: Iterable[dict]) -> Iterator[dict]:
    """One row per message (the shape of a chat workbench export), with ``seq`` = the message's place."""
    for c in chats:
        for k, m in enumerate(c["messages"]):
            yield {"id": c["id"], "seq": k, "role": m["role"], "text": m.get("text", ""), "ts": m.get("ts"),
                   "shop": c.get("shop"), "agent": c.get("agent"), "pack": c.get("pack"),
                   "customer_name": c.get("customer_name")}


# --------------------------------------------------------------------------------------------- runs


def zhijian() -> list[str]:
    script = os.path.join(os.path.dirname(sys.executable), "zhijian")
    return [script] if os.path.exists(script) else [sys.executable, "-m", "zhijian.cli"]


def timed(cmd: list[str], stdout_path: str | None = None) -> float:
    start = time.perf_counter()
    with open(stdout_path or os.devnull, "wb") as out:
        p = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE, env={**os.environ, "PYSPARK_PYTHON": sys.executable})
    wall = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"失败（退出码 {p.returncode}）：{' '.join(cmd)}\n{p.stderr.decode('utf-8', 'replace')[-3000:]}")
    return wall


def sorted_digest(paths: list[str]) -> tuple[int, str]:
    lines: list[bytes] = []
    for p in paths:
        with open(p, "rb") as fh:
            lines.extend(fh.read().splitlines())
    lines.sort()
    return len(lines), hashlib.sha256(b"\n".join(lines)).hexdigest()


def spark_run(files: list[str], cores: int, out_dir: str) -> float:
    return timed(zhijian() + ["audit", "--engine", "spark", "--master", f"local[{cores}]", "--format", "jsonl",
                              "--output", out_dir, *files])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200_000, help="chats (default 200,000)")
    ap.add_argument("--files", type=int, default=8, help="JSON Lines files the chats are spread over")
    ap.add_argument("--cores", default="1,2", help="executor cores to measure, comma-separated (local[C])")
    ap.add_argument("--skip-local", action="store_true", help="do not run the local runner for comparison")
    ap.add_argument("--keep", metavar="DIR", help="write inputs and outputs here and keep them")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args(argv)

    work = args.keep or tempfile.mkdtemp(prefix="zj-bench-spark-")
    os.makedirs(work, exist_ok=True)
    base = load_base()
    files = [os.path.join(work, f"chats-{k:02d}.jsonl") for k in range(args.files)]
    tiny = [os.path.join(work, f"tiny-{k:02d}.jsonl") for k in range(args.files)]
    t = time.perf_counter()
    n = write_jsonl(chat_variants(base, args.n), files)
    write_jsonl(chat_variants(base, args.files), tiny)
    size = sum(os.path.getsize(f) for f in files)
    print(f"输入：{n:,} 个会话，{len(files)} 个文件，{size / 2**20:.0f} MB（生成 {time.perf_counter() - t:.0f} 秒）；"
          f"本机 {os.cpu_count()} 核", flush=True)

    rows: list[dict] = []
    digests: dict[str, tuple[int, str]] = {}
    for cores in [int(c) for c in args.cores.split(",")]:
        fixed = spark_run(tiny, cores, os.path.join(work, f"out-tiny-{cores}"))
        out = os.path.join(work, f"out-spark-{cores}")
        wall = spark_run(files, cores, out)
        digests[f"spark local[{cores}]"] = sorted_digest(sorted(glob.glob(os.path.join(out, "part-*"))))
        rows.append({"run": f"spark local[{cores}]", "chats": n, "wall_s": wall, "fixed_s": fixed})
        print(f"  spark local[{cores}]: {wall:.1f} 秒（固定开销 {fixed:.1f} 秒）", flush=True)
    if not args.skip_local:
        for workers in (1, 2):
            out = os.path.join(work, f"out-local-{workers}.jsonl")
            fixed = timed(zhijian() + ["audit", "--format", "jsonl", "--workers", str(workers), *tiny])
            wall = timed(zhijian() + ["audit", "--format", "jsonl", "--workers", str(workers), *files], out)
            digests[f"local --workers {workers}"] = sorted_digest([out])
            rows.append({"run": f"local --workers {workers}", "chats": n, "wall_s": wall, "fixed_s": fixed})
            print(f"  local --workers {workers}: {wall:.1f} 秒（固定开销 {fixed:.1f} 秒）", flush=True)

    print(f"\n{'运行':<22}{'会话':>10}{'总耗时(秒)':>12}{'会话/秒':>10}{'固定开销(秒)':>14}{'扣除固定开销 会话/秒':>22}")
    for r in rows:
        r["chats_per_s"] = r["chats"] / r["wall_s"]
        net = r["wall_s"] - r["fixed_s"]
        r["net_chats_per_s"] = (r["chats"] - args.files) / net if net > 0 else None
        net_s = f"{r['net_chats_per_s']:,.0f}" if r["net_chats_per_s"] else "—"
        print(f"{r['run']:<22}{r['chats']:>10,}{r['wall_s']:>12.1f}{r['chats_per_s']:>10,.0f}{r['fixed_s']:>14.1f}{net_s:>22}")
    same = len(set(digests.values())) == 1 and all(c == n for c, _ in digests.values())
    print(f"\n结果一致（排序后逐字节相同，{n:,} 行）：{'是' if same else '否'}  " +
          "；".join(f"{k} {c:,} 行 {d[:12]}" for k, (c, d) in digests.items()))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"n": n, "files": len(files), "bytes": size, "cpus": os.cpu_count(), "runs": rows,
                       "identical": same}, fh, ensure_ascii=False, indent=2)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
