"""Program checks of a blind set's files before they are pinned; prints ids and problems, never a line's text.

    python benchmarks/blind/pin_check.py messages|hard|chats FILE [FILE ...]

Checks fields and types, category ids of the right level (docs/spec/taxonomy.md via zhijian.taxonomy), packs,
timestamps (+08:00, increasing), chat lengths, duplicates inside the set (by compacted text) and lines equal to a
line of an older set that may be opened (read fresh sets, pools, dev cases; unseen sets stay closed).  Counts per
pack and category are printed to compare with the brief.  Exit status 1 when a problem inside the set is found
(a line equal to an older set's is reported, not an error: short cold replies recur).
"""

from __future__ import annotations

import collections
import datetime
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE.parent))

from training.messages_corpus import key_text  # noqa: E402
from zhijian.taxonomy import CONVERSATION_CATEGORIES as CC, MESSAGE_CATEGORIES as MC  # noqa: E402

MESSAGE_FIELDS = {"id", "pack", "text", "expect", "ok_extra", "evasion", "note"}
CHAT_FIELDS = {"id", "pack", "shop", "agent", "messages", "expect", "ok_extra", "note"}
PACKS = ("jd", "taobao", "generic")


def load(paths: list[str]) -> list[dict]:
    return [json.loads(line) for p in paths for line in pathlib.Path(p).read_text(encoding="utf-8").splitlines()
            if line.strip()]


def check_messages(rows: list[dict]) -> list[tuple]:
    probs: list[tuple] = []
    for r in rows:
        if set(r) != MESSAGE_FIELDS:
            probs.append((r.get("id"), "fields", sorted(r)))
            continue
        if r["pack"] not in PACKS:
            probs.append((r["id"], "pack", r["pack"]))
        bad = [c for c in r["expect"] + r["ok_extra"] if c not in MC]
        if bad:
            probs.append((r["id"], "not a message category", bad))
        if set(r["expect"]) & set(r["ok_extra"]):
            probs.append((r["id"], "both expected and ok_extra"))
        if not isinstance(r["evasion"], bool) or not isinstance(r["text"], str) or not r["text"].strip():
            probs.append((r["id"], "types"))
    seen = collections.defaultdict(list)
    for r in rows:
        if isinstance(r.get("text"), str):
            seen[key_text(r["text"])].append(r["id"])
    probs += [("same text", v) for v in seen.values() if len(v) > 1]
    c = collections.Counter(x for r in rows for x in r.get("expect", []))
    print(f"{len(rows)} lines, clean {sum(not r.get('expect') for r in rows)}, packs "
          f"{dict(collections.Counter(r.get('pack') for r in rows))}, evasion {sum(bool(r.get('evasion')) for r in rows)}, "
          f"two categories {sum(len(r.get('expect', [])) > 1 for r in rows)}")
    print("  per category", dict(sorted(c.items())))
    return probs


def check_chats(rows: list[dict]) -> list[tuple]:
    probs: list[tuple] = []
    for r in rows:
        if set(r) != CHAT_FIELDS:
            probs.append((r.get("id"), "fields", sorted(r)))
            continue
        bad = [c for c in r["expect"] + r["ok_extra"] if c not in CC]
        if bad:
            probs.append((r["id"], "not a conversation category", bad))
        if r["pack"] not in PACKS:
            probs.append((r["id"], "pack", r["pack"]))
        if "missing_emoji" in r["expect"] and r["pack"] != "taobao":
            probs.append((r["id"], "missing_emoji expected off the taobao pack"))
        if not 6 <= len(r["messages"]) <= 14:
            probs.append((r["id"], "messages", len(r["messages"])))
        last = None
        for m in r["messages"]:
            if set(m) != {"role", "text", "ts"} or m["role"] not in ("customer", "agent"):
                probs.append((r["id"], "message fields or role"))
                continue
            try:
                t = datetime.datetime.fromisoformat(m["ts"])
            except (TypeError, ValueError) as e:
                probs.append((r["id"], "ts", str(e)))
                continue
            if t.utcoffset() != datetime.timedelta(hours=8):
                probs.append((r["id"], "not +08:00"))
            if last and t < last:
                probs.append((r["id"], "ts not increasing"))
            last = t
    c = collections.Counter(x for r in rows for x in r.get("expect", []))
    print(f"{len(rows)} chats, clean {sum(not r.get('expect') for r in rows)}, packs "
          f"{dict(collections.Counter(r.get('pack') for r in rows))}, two faults {sum(len(r.get('expect', [])) > 1 for r in rows)}")
    print("  per category", dict(sorted(c.items())), " never:", sorted(set(CC) - set(c)))
    return probs


def equal_to_older(rows: list[dict], skip: set[str] = frozenset()) -> list[tuple]:
    """Lines whose compacted text equals a line of a set that may be opened (never an unseen one), other than the
    sets named in ``skip`` (the files being checked)."""
    from line_verdicts import read_sets

    older: dict[str, str] = {}
    for name, items in read_sets().items():
        if name in skip:
            continue
        for o in items:
            if isinstance(o.get("text"), str):
                older.setdefault(key_text(o["text"]), f"{name}:{o['id']}")
    return [(r["id"], "equals", older[key_text(r["text"])]) for r in rows
            if isinstance(r.get("text"), str) and key_text(r["text"]) in older]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) < 2 or argv[0] not in ("messages", "hard", "chats"):
        print(__doc__)
        return 2
    rows = load(argv[1:])
    ids = [r.get("id") for r in rows]
    probs: list[tuple] = [("duplicate ids", sorted({i for i in ids if ids.count(i) > 1}))] if len(set(ids)) != len(ids) else []
    probs += check_chats(rows) if argv[0] == "chats" else check_messages(rows)
    for p in probs:
        print("  PROBLEM", *p)
    if argv[0] != "chats":
        for p in equal_to_older(rows, {pathlib.Path(f).stem for f in argv[1:]}):
            print("  note", *p)
    return 1 if probs else 0


if __name__ == "__main__":
    raise SystemExit(main())
