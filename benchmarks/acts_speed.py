"""Speed of the dialogue-act tagger (``zhijian.acts``) per turn, against a bare n-gram pass.

    .venv/bin/python benchmarks/acts_speed.py [--n 5000] [--repeat 7] [--seed 11]

The batch: the customer and agent turns of ``examples/chats.jsonl`` (about 2,100), taken in
order again and again until ``--n`` turns, about half of them exact repeats (template replies
and 好的/谢谢 come back in every chat) and half varied (other digits, 您/你, a 亲 in front, a
particle or ？/～ at the end, two turns sent as one).  A second batch of the same size has every
text distinct (each varied until unseen), so no repeat helps there.

Printed for each batch: microseconds per turn and sentences per second of ``Tagger.tag_turns``
(CPU time of this process, best and median of ``--repeat`` runs, and the median wall time: on a
shared machine the CPU time is the steadier figure), where

* ``cold``: the tagger's result cache is emptied before every run (repeats inside the batch
  still hit it, as in a real audit batch);
* ``warm``: the cache is kept between runs (a second batch of the same shop's chats);

and, as a reference, the same for ``engine.ngrams.ngram_rows`` over the same texts (compact +
1-3-gram ids only: no sentence splitting, no cues, no model) and the ratio tagger / n-grams.
Nothing asserts on time; the figures are for comparing versions on the same machine.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import statistics
import sys
import time

REPO = pathlib.Path(__file__).resolve().parents[1]


def example_turns() -> list[tuple[str, str]]:
    out = []
    for line in (REPO / "examples" / "chats.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            for m in json.loads(line)["messages"]:
                if m["role"] in ("customer", "agent"):
                    out.append((m["role"], m["text"]))
    return out


_TAILS = ["呀", "哈", "~", "？", "！", "。", "呢", "啊", " ", "～～"]


def vary(role: str, text: str, rng: random.Random, others: list[tuple[str, str]]) -> str:
    k = rng.randrange(6)
    if k == 0 and any(ch.isdigit() for ch in text):
        return "".join(str(rng.randrange(10)) if ch.isdigit() else ch for ch in text)
    if k == 1 and ("您" in text or "你" in text):
        return text.replace("您", "你") if "您" in text else text.replace("你", "您")
    if k == 2:
        return ("亲，" if role == "agent" else rng.choice(["你好，", "在吗 ", "客服，"])) + text
    if k == 3:
        other = rng.choice([t for r, t in others if r == role] or [text])
        return text + rng.choice([" ", "，", "。", "\n"]) + other
    if k == 4:
        return text.rstrip("。！？!?") + rng.choice(_TAILS)
    return text + rng.choice(_TAILS)


def batches(n: int, seed: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    base = example_turns()
    rng = random.Random(seed)
    real, unique, seen = [], [], set()
    for i in range(n):
        role, text = base[i % len(base)]
        near = base[max(0, i % len(base) - 6): i % len(base) + 6]
        real.append((role, text if rng.random() < 0.5 else vary(role, text, rng, near)))
        t = text
        while (role, t) in seen:
            t = vary(role, t, rng, near)
            if len(t) > 400:  # keep texts chat-sized
                t = text + f"（单号{rng.randrange(10**8):08d}）"
        seen.add((role, t))
        unique.append((role, t))
    return real, unique


def timed(fn, repeat: int, before=None) -> tuple[list[float], list[float]]:
    """CPU seconds (this process) and wall seconds of each run."""
    cpu, wall = [], []
    for _ in range(repeat):
        if before is not None:
            before()
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
    return cpu, wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args(argv)
    if str(REPO) not in sys.path:
        sys.path.append(str(REPO))  # PYTHONPATH first: another tree can be measured
    from zhijian.acts import get_tagger
    from zhijian.acts import tagger as tagger_module
    from zhijian.engine.ngrams import ngram_rows

    tagger = get_tagger()
    clear = getattr(tagger, "clear_cache", None) or (lambda: None)
    real, unique = batches(a.n, a.seed)
    print(f"zhijian.acts speed: {tagger_module.__file__}")
    print(f"batch of {a.n} turns, best / median of {a.repeat} runs, microseconds per turn")
    for name, turns in (("real-style (about half repeats)", real), ("all texts distinct", unique)):
        texts = [t for _, t in turns]
        clear()
        res = tagger.tag_turns(turns)
        n_sent = sum(map(len, res))
        chars = sum(map(len, texts)) / len(texts)
        print(f"\n{name}: {len(set(turns))} distinct turns, {n_sent} sentences "
              f"({n_sent / len(turns):.2f} per turn), {chars:.1f} chars per turn")
        rows = []
        cold = timed(lambda: tagger.tag_turns(turns), a.repeat, clear)
        rows.append(("tag_turns, cache emptied before each run", cold, n_sent))
        clear()
        tagger.tag_turns(turns)
        warm = timed(lambda: tagger.tag_turns(turns), a.repeat)
        rows.append(("tag_turns, cache kept between runs", warm, n_sent))
        ng = timed(lambda: ngram_rows(texts), a.repeat)
        rows.append(("ngram_rows(texts) reference", ng, None))
        print(f"  {'':<44}{'CPU best':>9}{'median':>9}{'wall med':>10}   (us per turn)")
        for label, (cpu, wall), ns in rows:
            per = 1e6 / len(turns)
            med = statistics.median(cpu)
            extra = f"   {ns / med:>9,.0f} sentences/s (CPU)" if ns else ""
            print(f"  {label:<44}{min(cpu) * per:9.1f}{med * per:9.1f}{statistics.median(wall) * per:10.1f}{extra}")
        ratio = statistics.median(cold[0]) / statistics.median(ng[0])
        print(f"  ratio tag_turns cold / ngram_rows (CPU medians): {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
