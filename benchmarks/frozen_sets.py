"""Every frozen evaluation set of ``benchmarks/data/`` in one table: the figures of a closing note, one command.

    python benchmarks/frozen_sets.py [--only fresh5] [--code DIR] [--json OUT] [--by-category] [--held]

Message sets (``*_messages.jsonl``, the dev message format): macro-F1 over the message categories and the
clean messages flagged, rules only (``Inspector(pack, models=False)``) and rules + model (``Inspector(pack)``),
scored as ``semantic_report.py`` part (e) scores them.  Conversation sets (``*_chats.jsonl``, the log format
plus labels): ``conversation_report.py``'s figures — macro-F1 over eval.py's sixteen conversation categories,
over the three of issue 12, over all nineteen, and the clean chats flagged.

Each row says whether the set is still an honest unseen measure or was read to diagnose misses (then its
figure is optimistic): ``READ`` below records which, and when.  A set not listed there was never read.  A read set
that the shipped message model was trained on (merged into ``training/data/messages_hand.jsonl`` by
``training.merge_hand --bench``) is marked in ``TRAINED``: its "+model" figure is a training-set figure, not a
transfer figure.
``--code DIR`` measures another copy of the package (e.g. ``git worktree add /tmp/before HEAD~3``), for
before/after figures in the same run.  ``--by-category`` adds, for each set, the expected categories missed and the
categories reported beyond ``expect`` and ``ok_extra``, counted per category (messages: rules + model) — still tables
only: no id and no text of an unseen set is printed; with it, the counts of every set shown are also summed in a last
line.  ``--held`` measures the held halves of the blind pools instead (``heldout*.jsonl``: chats or messages, by their
lines), which are never read — tables only, the same way.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import pathlib
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE / "data"

# sets read to diagnose misses (figures optimistic from then on): set -> when
READ = {
    "hard_messages": "before stop 20", "hard_chats": "before stop 20", "fresh_chats": "before stop 21",
    "fresh_messages": "stop 21", "fresh2_chats": "stop 21",
    "fresh3_messages": "stop 21", "fresh3_chats": "stop 21",
    "fresh4_messages": "stop 22", "fresh4_chats": "stop 22",
    "fresh5_messages": "stop 23", "fresh5_chats": "stop 23",
    "fresh6_messages": "stop 23", "fresh6_chats": "stop 23",
    "fresh8_messages": "stop 25",
    "fresh8_chats": "stop 25",
    "fresh7_chats": "stop 26",
    "fresh7_messages": "stop 26",
    "fresh9_chats": "stop 26",
    "fresh9_messages": "stop 26",
    "fresh10_chats": "stop 26",
    "fresh10_messages": "stop 27",
    "fresh11_chats": "stop 27",
    "fresh12_messages": "stop 28",
    "fresh12_hard_messages": "stop 28",
    "fresh12_chats": "stop 28",
    "fresh13_messages": "stop 29",
    "fresh13_hard_messages": "stop 29",
    "fresh13_chats": "stop 29",
    "fresh14_messages": "stop 30",
    "fresh14_hard_messages": "stop 30",
    "fresh14_chats": "stop 30",
    "fresh15_messages": "stop 31",
    "fresh15_hard_messages": "stop 31",
    "fresh15_chats": "stop 31",
    "fresh16_messages": "stop 32",
    "fresh16_hard_messages": "stop 32",
    "fresh16_chats": "stop 32",
    "fresh17_messages": "stop 33",
    "fresh17_hard_messages": "stop 33",
    "fresh17_chats": "stop 33",
    "fresh18_messages": "stop 34",
    "fresh18_hard_messages": "stop 34",
    "fresh18_chats": "stop 34",
    "fresh19_messages": "stop 35",
    "fresh19_hard_messages": "stop 35",
    "fresh19_chats": "stop 35",
    "fresh20_messages": "stop 36",
    "fresh20_hard_messages": "stop 36",
    "fresh20_chats": "stop 36",
    "fresh21_messages": "stop 37",
    "fresh21_hard_messages": "stop 37",
    "fresh21_chats": "stop 37",
    "fresh22_messages": "stop 38",
    "fresh22_hard_messages": "stop 38",
    "fresh22_chats": "stop 38",
    "fresh23_messages": "stop 39",
    "fresh23_hard_messages": "stop 39",
    "fresh23_chats": "stop 39",
    "fresh24_messages": "stop 40",
    "fresh24_hard_messages": "stop 40",
    "fresh24_chats": "stop 40",
    "fresh25_messages": "stop 41",
    "fresh25_hard_messages": "stop 41",
    "fresh25_chats": "stop 41",
    "fresh26_messages": "stop 42",
    "fresh26_hard_messages": "stop 42",
    "fresh26_chats": "stop 42",
    "fresh27_messages": "stop 43",
    "fresh27_hard_messages": "stop 43",
    "fresh27_chats": "stop 43",
    "fresh28_messages": "stop 44",
    "fresh28_hard_messages": "stop 44",
    "fresh28_chats": "stop 44",
    "fresh29_messages": "stop 45",
    "fresh29_hard_messages": "stop 45",
    "fresh29_chats": "stop 45",
    "fresh30_messages": "stop 46",
    "fresh30_hard_messages": "stop 46",
    "fresh30_chats": "stop 46",
    "fresh31_messages": "stop 47",
    "fresh31_hard_messages": "stop 47",
    "fresh31_chats": "stop 47",
    "fresh32_messages": "stop 48",
    "fresh32_hard_messages": "stop 48",
    "fresh32_chats": "stop 48",
    "fresh33_messages": "stop 49",
    "fresh33_hard_messages": "stop 49",
    "fresh33_chats": "stop 49",
    "fresh34_messages": "stop 50",
    "fresh34_hard_messages": "stop 50",
    "fresh34_chats": "stop 50",
    "fresh35_messages": "stop 51",
    "fresh35_hard_messages": "stop 51",
    "fresh35_chats": "stop 51",
    "fresh36_messages": "stop 52",
    "fresh36_hard_messages": "stop 52",
    "fresh36_chats": "stop 52",
    "fresh37_messages": "stop 53",
    "fresh37_hard_messages": "stop 53",
    "fresh37_chats": "stop 53",
    "fresh38_messages": "stop 54",
    "fresh38_hard_messages": "stop 54",
    "fresh38_chats": "stop 54",
    "fresh39_messages": "stop 55",
    "fresh39_hard_messages": "stop 55",
    "fresh39_chats": "stop 55",
    "fresh40_messages": "stop 56",
    "fresh40_hard_messages": "stop 56",
    "fresh40_chats": "stop 56",
    "fresh41_messages": "stop 57",
    "fresh41_hard_messages": "stop 57",
    "fresh41_chats": "stop 57",
    "fresh42_messages": "stop 58",
    "fresh42_hard_messages": "stop 58",
    "fresh42_chats": "stop 58",
    "fresh43_messages": "stop 59",
    "fresh43_hard_messages": "stop 59",
    "fresh43_chats": "stop 59",
    "fresh44_messages": "stop 60",
    "fresh44_hard_messages": "stop 60",
    "fresh44_chats": "stop 60",
    "fresh45_messages": "stop 61",
    "fresh45_hard_messages": "stop 61",
    "fresh45_chats": "stop 61",
    "fresh46_messages": "stop 62",
    "fresh46_hard_messages": "stop 62",
    "fresh46_chats": "stop 62",
    "fresh47_messages": "stop 63",
    "fresh47_hard_messages": "stop 63",
    "fresh47_chats": "stop 63",
    "fresh48_messages": "stop 64",
    "fresh48_hard_messages": "stop 64",
    "fresh48_chats": "stop 64",
    "fresh49_messages": "stop 65",
    "fresh49_hard_messages": "stop 65",
    "fresh49_chats": "stop 65",
    "fresh50_messages": "stop 66",
    "fresh50_hard_messages": "stop 66",
    "fresh50_chats": "stop 66",
    "fresh51_messages": "stop 67",
    "fresh51_hard_messages": "stop 67",
    "fresh51_chats": "stop 67",
    "fresh52_messages": "stop 68",
    "fresh52_hard_messages": "stop 68",
    "fresh52_chats": "stop 68",
    "fresh53_messages": "stop 69",
    "fresh53_hard_messages": "stop 69",
    "fresh53_chats": "stop 69",
}

# read message sets the shipped message model was trained on (training source): set -> the stop whose merge added it
# (stop 37: m37's merge of fresh7-fresh19; stop 40: m40's merge of fresh22-fresh24).  fresh20 and fresh21 stay out: read,
# never trained on, the transfer judges.
TRAINED = {name: "stop 37" for name in (
    [f"fresh{n}_messages" for n in (7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19)]
    + [f"fresh{n}_hard_messages" for n in range(12, 20)])}
TRAINED.update({f"fresh{n}_{kind}messages": "stop 40" for n in (22, 23, 24) for kind in ("", "hard_")})


def _read(path: pathlib.Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def message_predictions(items: list[dict], models: bool) -> list[set[str]]:
    """The message categories found in each line, on its own pack (``models``: rules + model, else rules only)."""
    from zhijian import Inspector
    from zhijian.taxonomy import MESSAGE_CATEGORIES

    cats = set(MESSAGE_CATEGORIES)
    pred: list[set[str]] = [set() for _ in items]
    for pack in sorted({i["pack"] for i in items}):
        idx = [k for k, i in enumerate(items) if i["pack"] == pack]
        for k, fs in zip(idx, Inspector(pack, models=models).check_many([items[k]["text"] for k in idx])):
            pred[k] = {f.category for f in fs if f.category in cats}
    return pred


def category_counts(items: list[dict], pred: list[set[str]]) -> dict:
    """Per category: the lines expecting it that did not get it (``missed``) and the lines that got it beyond their
    ``expect`` and ``ok_extra`` (``false``)."""
    missed: dict[str, int] = {}
    false: dict[str, int] = {}
    for it, got in zip(items, pred):
        expect, ok = set(it.get("expect") or []), set(it.get("ok_extra") or [])
        for c in expect - got:
            missed[c] = missed.get(c, 0) + 1
        for c in got - expect - ok:
            false[c] = false.get(c, 0) + 1
    return {"missed": dict(sorted(missed.items())), "false": dict(sorted(false.items()))}


def message_figures(items: list[dict], keep: list | None = None) -> dict:
    """Macro-F1 and clean messages flagged, rules only and rules + model (``keep``: filled with the rules + model
    predictions, for ``category_counts``)."""
    from semantic_report import prf, score_items

    out = {}
    for name, models in (("rules", False), ("rules_model", True)):
        pred = message_predictions(items, models)
        if models and keep is not None:
            keep[:] = pred
        stats, clean, clean_fp, _ = score_items(items, pred)
        f1 = [prf(*stats[c])[2] for c in sorted(stats) if stats[c][0] + stats[c][2]]
        out[name] = {"macro_f1": round(sum(f1) / len(f1), 3) if f1 else None, "clean_flagged": clean_fp,
                     "clean_total": clean}
    return out


def chat_figures(items: list[dict], name: str, keep: list | None = None) -> dict:
    """conversation_report's figures for one set, its printed tables swallowed (``keep``: filled with the conversation
    categories reported for each chat, for ``category_counts``)."""
    import conversation_report as cr
    from zhijian.taxonomy import CONVERSATION_CATEGORIES

    ev = cr.load_eval()
    predicted, _ = cr.audit(items)
    if keep is not None:
        keep[:] = [predicted[i["id"]] & set(CONVERSATION_CATEGORIES) for i in items]
    with contextlib.redirect_stdout(io.StringIO()):
        res = cr.run_set(ev, name, items, set(ev.CONV_CATS) | cr.NEW, 0, False, predicted=predicted)
    return {"eval_py_f1": res["eval_py"]["macro_f1"], "new_f1": res.get("new", {}).get("macro_f1"),
            "all_f1": res["all"]["macro_f1"], "meaning_f1": res["all"]["macro_f1_meaning"],
            "clean_flagged": res["all"]["clean_flagged"], "clean_total": res["all"]["clean_total"]}


def _f(x) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", default=[], help="a set's name (repeatable), e.g. fresh5")
    ap.add_argument("--code", metavar="DIR", help="measure the zhijian package in DIR instead")
    ap.add_argument("--json", metavar="OUT", help="write the figures to a JSON file")
    ap.add_argument("--by-category", action="store_true",
                    help="add the categories missed and reported beyond the labels, counted per category")
    ap.add_argument("--held", action="store_true", help="the held halves of the blind pools (heldout*.jsonl) instead")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, os.path.abspath(a.code) if a.code else str(HERE.parent))
    import zhijian

    print(f"zhijian: {os.path.dirname(zhijian.__file__)}")
    out: dict[str, dict] = {}
    total = {"missed": {}, "false": {}}
    for path in sorted(DATA.glob("heldout*.jsonl" if a.held else "*.jsonl")):
        name = path.stem
        if a.only and not any(name.startswith(o) for o in a.only):
            continue
        items, t = _read(path), time.perf_counter()
        status = f"read ({READ[name]})" if name in READ else "unseen"
        if name in TRAINED:
            status += f", trained ({TRAINED[name]})"
        kind = name.rsplit("_", 1)[-1]
        if a.held:
            # (a held half: its kind by its lines, the lines without labels left out, never read: tables only)
            items, status = [it for it in items if "expect" in it], "held (tables only)"
            kind = "chats" if items and "messages" in items[0] else "messages"
        if kind == "messages":
            fig = message_figures(items, pred := [])
            r, m = fig["rules"], fig["rules_model"]
            print(f"{name:18s} {len(items):4d} msgs  {status:34s} macro-F1 rules {_f(r['macro_f1'])}  "
                  f"+model {_f(m['macro_f1'])}   clean flagged rules {r['clean_flagged']}/{r['clean_total']}  "
                  f"+model {m['clean_flagged']}/{m['clean_total']}")
        elif kind == "chats":
            fig = chat_figures(items, path.name, pred := [])
            print(f"{name:18s} {len(items):4d} chats {status:34s} macro-F1 eval.py-16 {_f(fig['eval_py_f1'])}  "
                  f"new-3 {_f(fig['new_f1'])}  all-19 {_f(fig['all_f1'])}  meaning {_f(fig['meaning_f1'])}   "
                  f"clean flagged {fig['clean_flagged']}/{fig['clean_total']}")
        else:
            continue
        if a.by_category:
            fig["by_category"] = counts = category_counts(items, pred)
            print(f"{'':18s} missed {counts['missed'] or '-'}   false {counts['false'] or '-'}")
            for kind in ("missed", "false"):
                for c, n in counts[kind].items():
                    total[kind][c] = total[kind].get(c, 0) + n
        out[name] = {"status": status, "trained": name in TRAINED, "items": len(items), **fig, "seconds": round(time.perf_counter() - t, 1)}
    if a.by_category and len(out) > 1:
        missed = dict(sorted(total["missed"].items(), key=lambda kv: -kv[1]))
        false = dict(sorted(total["false"].items(), key=lambda kv: -kv[1]))
        print(f"{'every set shown':18s} missed {missed or '-'}   false {false or '-'}")
    if a.json:
        pathlib.Path(a.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"written: {a.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
