"""Pins the seventh fresh, frozen evaluation sets (reporting only, never tuning)."""
import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
PINS = {
    "fresh7_messages.jsonl": "bb23ccdd761cbb13b087813dd963cde387e4167e507c6edce8e08504e02c464d",
    "fresh7_chats.jsonl": "f96edebc2f9fafca58bcb49ac5673da540558eaba0ee0e61f26c072b1a6e30c9",
}
MESSAGE_FIELDS = {"id", "pack", "text", "expect", "ok_extra", "evasion", "note"}
CHAT_FIELDS = {"id", "pack", "shop", "agent", "messages", "expect", "ok_extra", "note"}
TURN_FIELDS = {"role", "text", "ts"}
PACKS = {"jd", "taobao", "generic"}
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")


def _known_ids():
    text = (ROOT / "docs" / "spec" / "taxonomy.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.M))


def _rows(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_files_are_frozen():
    for name, digest in PINS.items():
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest, name


def test_taxonomy_has_ids():
    assert {"cold_reply", "forced_end", "followup_missed"} <= _known_ids()


def test_messages_format():
    known = _known_ids()
    rows = _rows("fresh7_messages.jsonl")
    assert len(rows) >= 250
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row) == MESSAGE_FIELDS, row["id"]
        assert row["pack"] in PACKS and row["text"].strip()
        assert set(row["expect"]) <= known and set(row["ok_extra"]) <= known, row["id"]
        assert not set(row["expect"]) & set(row["ok_extra"]), row["id"]


def test_chats_format():
    known = _known_ids()
    rows = _rows("fresh7_chats.jsonl")
    assert len(rows) >= 45
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row) == CHAT_FIELDS, row["id"]
        assert row["pack"] in PACKS
        assert set(row["expect"]) <= known and set(row["ok_extra"]) <= known, row["id"]
        turns = row["messages"]
        assert 6 <= len(turns) <= 12, row["id"]
        for turn in turns:
            assert set(turn) == TURN_FIELDS and turn["role"] in {"customer", "agent", "system"}
            assert TS.match(turn["ts"]), row["id"]
        stamps = [t["ts"] for t in turns]
        assert stamps == sorted(stamps), row["id"]
