"""Dialogue-act tagger figures: held-out test split, JDDC act distribution, speed.

    python benchmarks/acts_report.py [--path ../shared/data/external/jddc_sample/chat_0.1per.txt]
                                     [--samples /tmp/acts_jddc_samples.txt] [--per-act 12]
                                     [--human benchmarks/data/acts_human.jsonl]

1. per-act precision / recall / F1 of the shipped tagger (cue rules + model) on the ``test``
   split of ``training/data/acts.jsonl`` (held out from all tuning), and whether they equal the
   figures recorded in ``zhijian/data/models/acts.npz`` when it was trained; then the same figures
   on ``--human``: turns written by hand by a helper who had read only the seeds and the taxonomy,
   mostly the indirect forms the tagger misses (complaints without 投诉, thanks without 谢谢, buried
   empathy, pushing out without 再见), never trained on;
2. the act distribution the tagger gives on the customer and agent turns of the JDDC sample.
   That file is research-only evaluation data: it is read where it lies, nothing derived from
   it is written into the repository; sampled sentences with their acts go to ``--samples``
   (under /tmp) for reading;
3. tagging speed: every JDDC turn (or, without the file, the test split) in ONE ``tag_turns``
   call, after a warm-up call, in sentences per second.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import sys
import time
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)
DEFAULT_PATH = os.path.join(REPO, "..", "shared", "data", "external", "jddc_sample", "chat_0.1per.txt")


def read_turns(path: str) -> list[tuple[str, str, str]]:
    """(session id, role, text) of every row; column 3 is 1 for the agent (客服), 0 for the customer."""
    out = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 7:
                continue
            role = "agent" if cols[2].strip() == "1" else "customer"
            out.append((cols[0], role, "\t".join(cols[6:])))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", default=DEFAULT_PATH, help="JDDC chat_0.1per.txt (default: %(default)s)")
    ap.add_argument("--samples", default="/tmp/acts_jddc_samples.txt", help="where to write sampled sentences")
    ap.add_argument("--per-act", type=int, default=12, help="sampled sentences per (role, act)")
    ap.add_argument("--human", default=os.path.join(REPO, "benchmarks", "data", "acts_human.jsonl"),
                    help="hand-written turns with their acts, never trained on (default: %(default)s)")
    args = ap.parse_args(argv)

    from training.train_acts import DATA, figures, load, predict_items, print_figures
    from zhijian.acts import ACTS, ROLES, get_tagger, tag_turns

    t0 = time.perf_counter()
    tagger = get_tagger()
    print(f"model + cues loaded in {time.perf_counter() - t0:.2f} s "
          f"({tagger.model.vocab.size} features x {len(tagger.model.classes)} classes, {len(tagger.cues.cues)} cues)")

    # 1. held-out test split --------------------------------------------------------------------------
    items = load(DATA)
    test = [it for it in items if it["split"] == "test"]
    fig = figures(test, predict_items(tagger, test))
    print()
    print_figures(fig, f"TEST split (held out): {len(test)} items from "
                       f"{len({it['template'] for it in test})} template groups — tagger = cues + model")
    recorded = json.loads(tagger.model.meta.get("test_figures", "{}"))
    print(f"  equal to the figures recorded at training time: {'yes' if recorded == fig else 'NO'}")
    sents = [s for ss in tagger.tag_turns([(it["role"], it["text"]) for it in test]) for s in ss]
    by_cue = sum(s.by == "cue" for s in sents)
    print(f"  {len(sents)} sentences; decided with a cue: {by_cue} ({by_cue / max(1, len(sents)):.1%})")
    human = [{**it, "split": "human"} for it in load(pathlib.Path(args.human))]
    print()
    print_figures(figures(human, predict_items(tagger, human)),
                  f"HAND-WRITTEN turns ({args.human}): {len(human)} — tagger = cues + model")

    # 2. JDDC distribution -----------------------------------------------------------------------------
    path = os.path.normpath(args.path)
    if os.path.exists(path):
        rows = read_turns(path)
        turns = [(role, text) for _, role, text in rows]
        tag_turns(turns[:50])  # warm-up (normalisation tables, first NumPy calls)
        t, c = time.perf_counter(), time.process_time()
        tagged = tag_turns(turns)
        secs, cpu = time.perf_counter() - t, time.process_time() - c
        n_sent = sum(len(x) for x in tagged)
        print()
        print(f"JDDC sample: {len(rows):,} turns in {len({r[0] for r in rows}):,} sessions ({path}); "
              f"{n_sent:,} sentences")
        rng = random.Random(0)
        samples: list[str] = []
        for role in ROLES:
            idx = [i for i, (r, _) in enumerate(turns) if r == role]
            ss = [(i, s) for i in idx for s in tagged[i]]
            sent_acts = Counter(a for _, s in ss for a in s.acts)
            turn_acts = Counter(a for i in idx for a in {a for s in tagged[i] for a in s.acts})
            cue_share = sum(s.by == "cue" for _, s in ss) / max(1, len(ss))
            multi = sum(len(s.acts) > 1 for _, s in ss) / max(1, len(ss))
            print(f"  {role}: {len(idx):,} turns, {len(ss):,} sentences "
                  f"(cue-decided {cue_share:.1%}, more than one act {multi:.1%})")
            print(f"    {'act':<14}{'sentences':>10}{'share':>8}{'turns':>8}{'share':>8}")
            for act in ACTS[role]:
                k, m = sent_acts[act], turn_acts[act]
                print(f"    {act:<14}{k:>10,}{k / max(1, len(ss)):>8.1%}{m:>8,}{m / max(1, len(idx)):>8.1%}")
            for act in ACTS[role]:
                pool = [s for _, s in ss if act in s.acts]
                for s in rng.sample(pool, min(args.per_act, len(pool))):
                    samples.append(f"{role}\t{act}\t{'+'.join(s.acts)}\t{s.by}\t{s.text}")
        try:
            with open(args.samples, "w", encoding="utf-8") as fh:
                fh.write("# JDDC sample sentences with their acts — research-only data, do not commit\n")
                fh.write("\n".join(samples) + "\n")
            print(f"  sampled sentences for reading: {args.samples}")
        except OSError as e:
            print(f"  could not write samples: {e}")
        print()
        print(f"speed: {len(turns):,} turns / {n_sent:,} sentences in one tag_turns call: {secs:.2f} s wall "
              f"= {n_sent / secs:,.0f} sentences/s ({cpu:.2f} s CPU = {n_sent / max(cpu, 1e-9):,.0f} sentences/CPU-s)")
    else:
        print(f"\nJDDC sample not found: {path} (distribution skipped)")
        turns = [(it["role"], it["text"]) for it in test]
        t = time.perf_counter()
        tagged = tag_turns(turns)
        secs = time.perf_counter() - t
        n_sent = sum(len(x) for x in tagged)
        print(f"speed: test split, {n_sent:,} sentences in one tag_turns call: {secs:.2f} s "
              f"= {n_sent / secs:,.0f} sentences/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
