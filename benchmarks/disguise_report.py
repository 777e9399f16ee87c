"""Disguise generators (zhijian/engine/disguise.py), measured one by one.

    python benchmarks/disguise_report.py [--jddc PATH] [--show 10] [--split held_out|tuned|all]
                                         [--misses 40] [--gen OTHER_disguise_gen.py] [--no-jddc]
                                         [--carriers v2|fresh|fresh2|fresh3]

1. Recall on the generated disguise set (benchmarks/disguise_gen.py, held-out words by default),
   per generator, with no generator on ("before": what the packs caught without derivation) and
   with only that generator on, then with all of them.
2. Cost on real text: the JDDC agent turns (6,029, read where they lie, evaluation only — nothing
   from them is shipped) newly flagged by rule findings when one generator is switched on, against
   none.  A generator that adds more than 0.1 % of the turns (6) is not on by default.

Rules only (no model layer): the generators change the rules, and the figures should show that.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import disguise_gen  # noqa: E402
from jddc_report import DEFAULT_PATH, read_agent_turns  # noqa: E402

from zhijian.engine import disguise  # noqa: E402
from zhijian.engine.matcher import scan  # noqa: E402
from zhijian.engine.normalize import normalise  # noqa: E402
from zhijian.engine.packs import compose  # noqa: E402
from zhijian.engine.ruleset import Ruleset  # noqa: E402

GENS = tuple(disguise.GENERATORS)
# the generators that answer one kind of the set (a rule names the variant that suits its words)
KIND_GENS = {"homophones": ("homophones", "homophones_partial")}


def ruleset(pack: str, active: frozenset[str]) -> Ruleset:
    """The pack compiled with only ``active`` generators (examples are not run: with a generator
    off, the examples that show it fail by design)."""
    disguise.ACTIVE = active
    try:
        return Ruleset(compose(pack))
    finally:
        disguise.ACTIVE = None


def detected(rs: Ruleset, case: dict) -> bool:
    s, e = case["span"]
    return any(f.category in case["categories"] and f.start < e and s < f.end
               for f in scan(rs, normalise(case["text"])))


def recall(cases: list[dict], active: frozenset[str]) -> tuple[int, int]:
    rss = {p: ruleset(p, active) for p in {c["pack"] for c in cases}}
    hit = sum(detected(rss[c["pack"]], c) for c in cases)
    return hit, len(cases)


def flagged(rs: Ruleset, turns: list[str]) -> list[set]:
    return [{(f.rule, f.start, f.end) for f in scan(rs, normalise(t))} for t in turns]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jddc", default=DEFAULT_PATH)
    ap.add_argument("--pack", default="jd")
    ap.add_argument("--show", type=int, default=10, help="newly flagged JDDC turns to print per generator")
    ap.add_argument("--split", default="held_out", choices=("held_out", "tuned", "all"))
    ap.add_argument("--misses", type=int, default=0, help="cases missed with every generator on to print per kind")
    ap.add_argument("--gen", help="another disguise_gen.py (e.g. an earlier version of the set) to measure on")
    ap.add_argument("--no-jddc", action="store_true", help="recall only")
    ap.add_argument("--carriers", default="v2", choices=("v2", "fresh", "fresh2", "fresh3"),
                    help="fresh / fresh2: carriers written after the guards were tuned (own seed and word split)")
    args = ap.parse_args(argv)

    gen = disguise_gen
    if args.gen:
        spec = importlib.util.spec_from_file_location("disguise_gen_other", args.gen)
        gen = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(gen)
    seed = {"fresh": getattr(gen, "FRESH_SEED", 0), "fresh2": getattr(gen, "FRESH2_SEED", 0),
            "fresh3": getattr(gen, "FRESH3_SEED", 0)}.get(args.carriers, gen.SEED)
    made = gen.generate(seed, args.carriers) if args.carriers != "v2" else gen.generate()
    cases = [c for c in made if args.split == "all" or c["split"] == args.split]
    print(f"disguise set: {len(cases)} cases ({args.split}; seed {seed}; carriers {args.carriers}; "
          f"{args.gen or 'disguise_gen.py'})")
    print(f"{'generator':<16} {'cases':>6} {'before':>8} {'only it':>8} {'all on':>8}")
    tot = [0, 0, 0, 0]
    for g in gen.KINDS:
        cs = [c for c in cases if c["kind"] == g]
        if not cs:
            continue
        b, n = recall(cs, frozenset())
        o, _ = recall(cs, frozenset(KIND_GENS.get(g, (g,)))) if g in disguise.GENERATORS else (b, n)
        a, _ = recall(cs, frozenset(GENS))
        tot = [tot[0] + n, tot[1] + b, tot[2] + o, tot[3] + a]
        print(f"{g:<16} {n:>6} {b / n:>8.3f} {o / n:>8.3f} {a / n:>8.3f}")
    n = max(1, tot[0])
    print(f"{'all kinds':<16} {tot[0]:>6} {tot[1] / n:>8.3f} {tot[2] / n:>8.3f} {tot[3] / n:>8.3f}")
    if args.misses:
        rss = {p: ruleset(p, frozenset(GENS)) for p in {c["pack"] for c in cases}}
        for g in gen.KINDS:
            missed = [c for c in cases if c["kind"] == g and not detected(rss[c["pack"]], c)]
            for c in missed[: args.misses]:
                print(f"  missed {g:<15} {c['word']:<5} {c['form']!r:<12} {c['text']}")
    if args.no_jddc:
        return 0

    path = os.path.normpath(args.jddc)
    if not os.path.exists(path):
        print(f"JDDC sample not found: {path} (cost not measured)")
        return 0
    turns = [t for _, _, t in read_agent_turns(path)]
    t0 = time.perf_counter()
    base = flagged(ruleset(args.pack, frozenset()), turns)
    print(f"\nJDDC agent turns: {len(turns):,} ({args.pack} pack, rules only; baseline in {time.perf_counter() - t0:.2f} s)")
    print(f"{'generator':<16} {'words':>7} {'added turns':>12} {'share':>8}  default")
    for g in GENS + ("all",):
        active = frozenset(GENS) if g == "all" else frozenset([g])
        rs = ruleset(args.pack, active)
        got = flagged(rs, turns)
        new = [i for i, (a, b) in enumerate(zip(base, got)) if b - a]
        words = sum(rs.disguised.values()) if g == "all" else rs.disguised.get(g, 0)
        default = "" if g == "all" else ("on" if disguise.GENERATORS[g].default else "opt-in")
        print(f"{g:<16} {words:>7} {len(new):>12} {len(new) / len(turns):>8.3%}  {default}")
        for i in new[: args.show]:
            extra = sorted(got[i] - base[i])
            print(f"      {turns[i][:80]!r} -> {[(r, turns[i][s:e]) for r, s, e in extra]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
