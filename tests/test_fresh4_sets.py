"""Pins the fourth pair of frozen evaluation sets and checks their format.

The sets are reporting-only: written by a helper who had not read the code, the packs, the
training data or the earlier sets. Any edit to them must fail here (see benchmarks/README.md).
"""

import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
PINNED = {
    "fresh4_messages.jsonl": "8a3eab1ab434c1c9f5ebf82f560dc3735d88602dfaa81e3f0489104b0742e3bc",
    "fresh4_chats.jsonl": "58849978b34a862c5a0ed7c573e5c387d153620793ec17520eeab1753fcf21d6",
}
MESSAGE_FIELDS = {"id", "pack", "text", "expect", "ok_extra", "evasion", "note"}
CHAT_FIELDS = {"id", "pack", "messages", "expect", "ok_extra", "note"}
PACKS = {"jd", "taobao", "generic"}
ROLES = {"customer", "agent", "system"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\+08:00)?$")


def _categories():
    text = (ROOT / "docs" / "spec" / "taxonomy.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.M))


def _rows(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_files_are_frozen():
    for name, digest in PINNED.items():
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest, name


def test_taxonomy_is_readable():
    cats = _categories()
    assert {"cold_reply", "induce_review", "forced_end", "asked_to_repeat"} <= cats


def _check_labels(row, cats):
    assert isinstance(row["expect"], list) and isinstance(row["ok_extra"], list)
    assert set(row["expect"]) <= cats, row["id"]
    assert set(row["ok_extra"]) <= cats, row["id"]
    assert not set(row["expect"]) & set(row["ok_extra"]), row["id"]
    assert row["pack"] in PACKS, row["id"]
    assert isinstance(row["note"], str) and row["note"], row["id"]


def test_messages_format():
    cats, rows = _categories(), _rows("fresh4_messages.jsonl")
    assert len(rows) >= 250
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert MESSAGE_FIELDS <= set(row), row.get("id")
        assert isinstance(row["text"], str) and row["text"].strip(), row["id"]
        assert isinstance(row["evasion"], bool), row["id"]
        _check_labels(row, cats)
    assert sum(1 for r in rows if not r["expect"]) >= 100


def test_chats_format():
    cats, rows = _categories(), _rows("fresh4_chats.jsonl")
    assert len(rows) >= 40
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert CHAT_FIELDS <= set(row), row.get("id")
        _check_labels(row, cats)
        assert row["messages"], row["id"]
        for msg in row["messages"]:
            assert msg["role"] in ROLES, row["id"]
            assert isinstance(msg["text"], str) and msg["text"], row["id"]
            assert TS.match(msg["ts"]), (row["id"], msg["ts"])
        stamps = [m["ts"] for m in row["messages"]]
        assert stamps == sorted(stamps), row["id"]
