"""Per-line verdicts over every read set, and what a change turned from right to wrong.

    python benchmarks/line_verdicts.py OUT.json [--code DIR] [--base BASE.json] [--only NAME]

A line is *exact* when the categories reported for it are the expected ones, give or take its ``ok_extra``
(``expect ⊆ got ⊆ expect ∪ ok_extra``).  Message lines (the dev messages, ``*_messages``, the message pools) are
judged twice, rules only (``Inspector(pack, models=False)``) and rules + model (``Inspector(pack)``), on the
message categories; chat lines (the dev conversations, ``*_chats``, the chat pools) once, by
``conversation_report.audit`` on the conversation categories.  Sets still unseen are never opened: a ``fresh*``
set only once ``frozen_sets.READ`` lists it, never a ``heldout*`` set.

``--base`` compares with an earlier run's OUT (e.g. of ``git worktree add /tmp/before HEAD~1`` via ``--code``):
per set, the lines that went right → wrong and wrong → right, by id (text is never printed).  Exit status 1 when
some line went right → wrong, so a script can stop on it.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE / "data"
DEV = HERE.parent.parent / "shared" / "dev-cases"
LABEL_FIELDS = ("expect", "ok_extra", "note", "evasion", "trap")


def read_sets() -> dict[str, list[dict]]:
    """Every set this script may open: name -> items (only lines carrying ``expect``)."""
    from frozen_sets import READ

    paths = [DEV / "messages.jsonl", DEV / "conversations.jsonl"] if DEV.is_dir() else []
    for p in sorted(DATA.glob("*.jsonl")):
        name = p.stem
        if name.startswith("heldout") or (name.startswith("fresh") and name not in READ):
            continue
        paths.append(p)
    out = {}
    for p in paths:
        name = ("dev_" if p.parent == DEV else "") + p.stem
        rows = [json.loads(s) for s in p.read_text(encoding="utf-8").splitlines() if s.strip()]
        rows = [r for r in rows if "expect" in r and "id" in r]
        if rows:
            out[name] = rows
    return out


def exact(item: dict, got: set[str]) -> bool:
    exp, ok = set(item.get("expect", [])), set(item.get("ok_extra", []) or [])
    return exp <= got <= exp | ok


def message_verdicts(items: list[dict], inspectors: dict) -> dict[str, list[bool]]:
    from zhijian.taxonomy import MESSAGE_CATEGORIES

    out: dict[str, list[bool]] = {}
    by_pack = collections.defaultdict(list)
    for it in items:
        by_pack[it.get("pack", "jd")].append(it)
    for pack, rows in sorted(by_pack.items()):
        texts = [r["text"] for r in rows]
        verdicts = []
        for models in (False, True):
            key = (pack, models)
            if key not in inspectors:
                from zhijian import Inspector
                inspectors[key] = Inspector(pack, models=models)
            found = inspectors[key].check_many(texts)
            verdicts.append([exact(r, {f.category for f in fs if f.category in MESSAGE_CATEGORIES})
                             for r, fs in zip(rows, found)])
        for r, a, b in zip(rows, *verdicts):
            out[r["id"]] = [a, b]
    return out


def chat_verdicts(items: list[dict]) -> dict[str, list[bool]]:
    import conversation_report as cr
    from zhijian.taxonomy import CONVERSATION_CATEGORIES

    predicted, _ = cr.audit(items)
    return {r["id"]: [exact(r, predicted[r["id"]] & set(CONVERSATION_CATEGORIES))] for r in items}


def compare(base: dict, now: dict) -> int:
    worse = 0
    totals = collections.Counter()
    for name in sorted(set(base) | set(now)):
        b, n = base.get(name, {}), now.get(name, {})
        width = max((len(v) for v in n.values()), default=1)
        for k in range(width):
            kind = ("rules", "+model")[k] if width == 2 else "chat"
            lost = sorted(i for i in n if i in b and b[i][k] and not n[i][k])
            won = sorted(i for i in n if i in b and not b[i][k] and n[i][k])
            totals[f"{kind} right->wrong"] += len(lost)
            totals[f"{kind} wrong->right"] += len(won)
            worse += len(lost)
            if lost or won:
                print(f"  {name:32s} {kind:6s} wrong->right {len(won):3d}   right->wrong {len(lost):3d}"
                      + (f"  {' '.join(lost)}" if lost else ""))
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(totals.items())))
    return 1 if worse else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="where to write the verdicts (JSON)")
    ap.add_argument("--code", metavar="DIR", help="measure the zhijian package in DIR instead")
    ap.add_argument("--base", metavar="BASE", help="an earlier OUT to compare with")
    ap.add_argument("--only", action="append", default=[], help="sets whose name starts so (repeatable)")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, os.path.abspath(a.code) if a.code else str(HERE.parent))
    import zhijian

    print(f"zhijian: {os.path.dirname(zhijian.__file__)}")
    inspectors: dict = {}
    verdicts: dict[str, dict[str, list[bool]]] = {}
    sums = collections.Counter()
    for name, items in read_sets().items():
        if a.only and not name.startswith(tuple(a.only)):
            continue
        if "messages" in items[0]:
            verdicts[name] = chat_verdicts(items)
            sums["chats"] += len(items)
            sums["chats exact"] += sum(v[0] for v in verdicts[name].values())
        else:
            verdicts[name] = message_verdicts(items, inspectors)
            sums["messages"] += len(items)
            sums["messages exact rules"] += sum(v[0] for v in verdicts[name].values())
            sums["messages exact +model"] += sum(v[1] for v in verdicts[name].values())
    pathlib.Path(a.out).write_text(json.dumps(verdicts, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"{len(verdicts)} sets: " + ", ".join(f"{k} {v}" for k, v in sums.items()) + f"; written: {a.out}")
    if a.base:
        base = json.loads(pathlib.Path(a.base).read_text(encoding="utf-8"))
        return compare({k: v for k, v in base.items() if k in verdicts}, verdicts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
