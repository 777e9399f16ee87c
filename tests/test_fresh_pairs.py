"""The sixth and eighth fresh evaluation pairs are frozen: pinned bytes, valid lines, known category ids.

Written from scratch with json + hashlib + re over docs/spec/taxonomy.md (no project code), so that a
changed, truncated or mislabelled set fails here before anyone reports a figure on it.
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
    "fresh6_messages.jsonl": "5ace51d19f875477f40ed1e4e80ed0e38575eebbb0c7e1228974d88df6099e25",
    "fresh6_chats.jsonl": "2f04205232b8f1d597f545cc952bd5e1ad3fc1b437b35b97d02b4a8d5a721ada",
    "fresh8_messages.jsonl": "26582751e2251ffb1589221ba58dd2e531f2132f73e0ab2c0be7ca8ad7021d57",
    "fresh8_chats.jsonl": "95b83ff888033481ed03569c027b4578dd2283ae1dcd61502ea7ed1e9cab8b8b",
}
SIZES = {"fresh6": (302, 57), "fresh8": (300, 55)}  # messages, chats
PACKS = {"jd", "taobao", "generic"}
ROLES = {"customer", "agent", "system"}
MESSAGE_FIELDS = {"id", "pack", "text", "expect", "ok_extra", "evasion", "note"}
CHAT_FIELDS = {"id", "pack", "messages", "expect", "ok_extra", "note"}
ROW = re.compile(r"^\|\s*`([a-z_]+)`\s*\|", re.M)


def taxonomy_sections() -> dict[str, set[str]]:
    """Category ids per level, read from the table rows under each level heading."""
    text = TAXONOMY.read_text(encoding="utf-8")
    parts = re.split(r"^## ", text, flags=re.M)
    out = {}
    for part in parts:
        head = part.split("\n", 1)[0].lower()
        if head.startswith("message level"):
            out["message"] = set(ROW.findall(part))
        elif head.startswith("conversation level"):
            out["conversation"] = set(ROW.findall(part))
    return out


def load(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines), f"{name}: blank line"
    return [json.loads(line) for line in lines]


def check_labels(row: dict, known: set[str]) -> None:
    for key in ("expect", "ok_extra"):
        assert isinstance(row[key], list), (row["id"], key)
        unknown = set(row[key]) - known
        assert not unknown, (row["id"], key, unknown)
    assert not set(row["expect"]) & set(row["ok_extra"]), row["id"]


def test_taxonomy_parse_finds_both_levels():
    levels = taxonomy_sections()
    assert {"cold_reply", "induce_review", "forbidden_address"} <= levels["message"]
    assert {"unanswered", "forced_end", "followup_missed", "asked_to_repeat"} <= levels["conversation"]
    assert not levels["message"] & levels["conversation"]
    with pytest.raises(AssertionError):
        check_labels({"id": "x", "expect": ["no_such_category"], "ok_extra": []}, levels["message"])


@pytest.mark.parametrize("name", sorted(PINNED))
def test_file_is_pinned(name):
    digest = hashlib.sha256((DATA / name).read_bytes()).hexdigest()
    assert digest == PINNED[name], f"{name} changed: a frozen set must not be edited"


@pytest.mark.parametrize("pair", sorted(SIZES))
def test_messages_lines_are_valid(pair):
    known = taxonomy_sections()["message"]
    rows = load(f"{pair}_messages.jsonl")
    assert len(rows) == SIZES[pair][0]
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert MESSAGE_FIELDS <= set(r), r.get("id")
        assert r["pack"] in PACKS, r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert isinstance(r["evasion"], bool), r["id"]
        assert not (r["evasion"] and not r["expect"]), r["id"]
        check_labels(r, known)
    per = {c: sum(c in r["expect"] for r in rows) for c in known}
    assert all(n >= 12 for n in per.values()), per
    assert sum(not r["expect"] for r in rows) >= 100


@pytest.mark.parametrize("pair", sorted(SIZES))
def test_chats_lines_are_valid(pair):
    known = taxonomy_sections()["conversation"]
    rows = load(f"{pair}_chats.jsonl")
    assert len(rows) == SIZES[pair][1]
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert CHAT_FIELDS <= set(r), r.get("id")
        assert r["pack"] in PACKS, r["id"]
        check_labels(r, known)
        msgs = r["messages"]
        assert len(msgs) >= 6, r["id"]
        stamps = []
        for m in msgs:
            assert {"role", "text", "ts"} <= set(m), r["id"]
            assert m["role"] in ROLES and m["text"].strip(), r["id"]
            assert m["ts"].endswith("+08:00"), (r["id"], m["ts"])
            stamps.append(datetime.fromisoformat(m["ts"]))
        assert stamps == sorted(stamps), r["id"]
        assert any(m["role"] == "agent" for m in msgs), r["id"]
    clean = sum(not r["expect"] for r in rows)
    assert 0.35 <= clean / len(rows) <= 0.45, clean
