"""The third fresh evaluation sets are frozen: pinned by hash, well-formed, taxonomy ids only.

``benchmarks/data/fresh3_messages.jsonl`` and ``benchmarks/data/fresh3_chats.jsonl`` were written by a
helper who had not read the code, the packs, the training data or the earlier sets. They are for
reporting only; nobody may tune on them. Any edit changes the hash and fails here on purpose.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
TAXONOMY = ROOT / "docs" / "spec" / "taxonomy.md"

PINNED = {
    "fresh3_messages.jsonl": "c28b5e5cf9f8e65a0a5f6c3de32a77c5dffaf69fc5f4e1599851c1b9b0fffd70",
    "fresh3_chats.jsonl": "d8485955788e0cac4f0c4d3e7acacd301621c3945008a63bd43d11923b537daf",
}
PACKS = {"jd", "taobao", "generic"}
ROLES = {"customer", "agent", "system"}
ROW = re.compile(r"^\| `([a-z_]+)` \|", re.MULTILINE)


def _ids(section: str) -> set[str]:
    text = TAXONOMY.read_text(encoding="utf-8")
    start = text.index(section)
    end = text.find("\n## ", start + len(section))
    return set(ROW.findall(text[start:end if end != -1 else len(text)]))


MESSAGE_IDS = _ids("## Message level")
CONVERSATION_IDS = _ids("## Conversation level")


def _rows(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_taxonomy_parsed() -> None:
    assert {"cold_reply", "induce_review", "privacy_leak"} <= MESSAGE_IDS
    assert {"forced_end", "followup_missed", "asked_to_repeat"} <= CONVERSATION_IDS
    assert not MESSAGE_IDS & CONVERSATION_IDS


@pytest.mark.parametrize("name", sorted(PINNED))
def test_frozen_hash(name: str) -> None:
    digest = hashlib.sha256((DATA / name).read_bytes()).hexdigest()
    assert digest == PINNED[name], f"{name} is frozen: do not edit it (reporting only)"


def _check_labels(row: dict, allowed: set[str]) -> None:
    for key in ("expect", "ok_extra"):
        assert isinstance(row[key], list), (row["id"], key)
        unknown = set(row[key]) - allowed
        assert not unknown, (row["id"], key, unknown)
    assert not set(row["expect"]) & set(row["ok_extra"]), row["id"]


def test_messages_well_formed() -> None:
    rows = _rows("fresh3_messages.jsonl")
    assert len(rows) >= 250
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert {"id", "pack", "text", "expect", "ok_extra", "evasion"} <= row.keys(), row
        assert row["pack"] in PACKS, row["id"]
        assert isinstance(row["text"], str) and row["text"].strip(), row["id"]
        assert isinstance(row["evasion"], bool), row["id"]
        _check_labels(row, MESSAGE_IDS)
    covered = {c for r in rows for c in r["expect"]}
    assert covered <= MESSAGE_IDS and len(covered) >= 14
    assert sum(1 for r in rows if not r["expect"]) >= 100


def test_chats_well_formed() -> None:
    rows = _rows("fresh3_chats.jsonl")
    assert len(rows) >= 40
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert {"id", "pack", "messages", "expect", "ok_extra"} <= row.keys(), row.get("id")
        assert row["pack"] in PACKS, row["id"]
        assert row["messages"], row["id"]
        last = None
        for msg in row["messages"]:
            assert msg["role"] in ROLES, row["id"]
            assert isinstance(msg["text"], str) and msg["text"], row["id"]
            ts = datetime.fromisoformat(msg["ts"])
            assert ts.utcoffset() is not None, (row["id"], msg["ts"])
            assert last is None or ts >= last, (row["id"], msg["ts"])
            last = ts
        _check_labels(row, MESSAGE_IDS | CONVERSATION_IDS)
    assert sum(1 for r in rows if not r["expect"]) >= 15
