"""The fifth frozen evaluation sets (benchmarks/data/fresh5_*.jsonl) stay exactly as written.

They are reporting-only measures (see benchmarks/README.md): never tuned on, never edited. This test pins
their bytes and checks that every line is a well-formed case in the dev-case format, labelled only with
category ids of docs/spec/taxonomy.md.
"""
import datetime
import hashlib
import json
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
TAXONOMY = ROOT / "docs" / "spec" / "taxonomy.md"

PINNED = {
    "fresh5_messages.jsonl": "01e591d3cf50a92b53cb0bc001d97dd34271224952548139a700b7c276eb4580",
    "fresh5_chats.jsonl": "00925a58fca316e07440087e06b204886323ac951ae3f1c5dcd9f3d090adcf3e",
}
PACKS = {"jd", "taobao", "generic"}
ROLES = {"customer", "agent", "system"}
ROW_RE = re.compile(r"^\|\s*`([a-z_]+)`\s*\|", re.M)


def _section_ids(title):
    """Category ids listed in the taxonomy table under the '## <title>' heading."""
    text = TAXONOMY.read_text(encoding="utf-8")
    parts = re.split(r"^## ", text, flags=re.M)
    body = next(p for p in parts if p.startswith(title))
    return set(ROW_RE.findall(body))


MESSAGE_CATS = _section_ids("Message level")
CONVERSATION_CATS = _section_ids("Conversation level")
ALL_CATS = MESSAGE_CATS | CONVERSATION_CATS


def _rows(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_taxonomy_parsed():
    assert "arbitrary_promise" in MESSAGE_CATS and len(MESSAGE_CATS) >= 14
    assert "forced_end" in CONVERSATION_CATS and len(CONVERSATION_CATS) >= 16


@pytest.mark.parametrize("name", sorted(PINNED))
def test_bytes_pinned(name):
    digest = hashlib.sha256((DATA / name).read_bytes()).hexdigest()
    assert digest == PINNED[name], f"{name} changed: the fresh5 sets are frozen"


@pytest.mark.parametrize("name", sorted(PINNED))
def test_every_line_parses_with_unique_ids(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    assert lines and all(line.strip() for line in lines)
    ids = [json.loads(line)["id"] for line in lines]
    assert len(ids) == len(set(ids))


def _check_labels(row, allowed):
    assert isinstance(row["expect"], list) and isinstance(row["ok_extra"], list)
    assert set(row["expect"]) <= allowed, row["id"]
    assert set(row["ok_extra"]) <= ALL_CATS, row["id"]
    assert not set(row["expect"]) & set(row["ok_extra"]), row["id"]
    assert isinstance(row["note"], str) and row["note"], row["id"]


def test_messages_format():
    rows = _rows("fresh5_messages.jsonl")
    assert len(rows) >= 250
    for row in rows:
        assert {"id", "pack", "text", "expect", "ok_extra", "evasion", "note"} <= set(row), row
        assert row["pack"] in PACKS
        assert isinstance(row["text"], str) and row["text"].strip()
        assert isinstance(row["evasion"], bool)
        _check_labels(row, MESSAGE_CATS)
    labelled = {c for row in rows for c in row["expect"]}
    assert labelled == MESSAGE_CATS, "every message category has positives"
    assert sum(1 for row in rows if not row["expect"]) >= 100


def test_chats_format():
    rows = _rows("fresh5_chats.jsonl")
    assert len(rows) >= 45
    for row in rows:
        assert {"id", "pack", "messages", "expect", "ok_extra", "note"} <= set(row), row["id"]
        assert row["pack"] in PACKS
        _check_labels(row, CONVERSATION_CATS)
        stamps = []
        for msg in row["messages"]:
            assert msg["role"] in ROLES and msg["text"].strip()
            ts = datetime.datetime.fromisoformat(msg["ts"])
            assert ts.utcoffset() == datetime.timedelta(hours=8), row["id"]
            stamps.append(ts)
        assert stamps == sorted(stamps), row["id"]
        assert row["messages"][0]["role"] == "customer"
    assert sum(1 for row in rows if not row["expect"]) >= 15
