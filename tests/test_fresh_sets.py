"""The fresh evaluation sets benchmarks/data/fresh_messages.jsonl and fresh_chats.jsonl are frozen (reporting
only, never tuned on: see benchmarks/README.md), parse, and use only known category ids of the right level."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import pathlib
import re

import pytest

from zhijian.audit.conversation import parse_conversation

REPO = pathlib.Path(__file__).resolve().parent.parent
DATA = REPO / "benchmarks" / "data"
FROZEN = {
    "fresh_messages.jsonl": "3f40c4f46e60dc4ceab65e1aed215ced7f2f83b3924d2dbca9430dc10f68d55d",
    "fresh_chats.jsonl": "eb6a9c5456577741d37ccc180279d1c30b235ec985b0cba8b906613b0762a892",
}
PACKS = {"jd", "taobao", "generic"}
LABELS = ("expect", "ok_extra", "note")


def taxonomy_ids() -> tuple[set[str], set[str]]:
    """Category ids of the message-level and conversation-level tables of docs/spec/taxonomy.md."""
    text = (REPO / "docs" / "spec" / "taxonomy.md").read_text(encoding="utf-8")
    msg = text.split("## Message level", 1)[1].split("## Conversation level", 1)[0]
    conv = text.split("## Conversation level", 1)[1].split("\n## ", 1)[0]
    ids = re.compile(r"^\| `([a-z_]+)` \|", re.M)
    return set(ids.findall(msg)), set(ids.findall(conv))


def read(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(FROZEN))
def test_fresh_set_is_frozen(name):
    digest = hashlib.sha256((DATA / name).read_bytes()).hexdigest()
    assert digest == FROZEN[name], f"{name} is frozen (reporting only): do not edit it"


def test_fresh_messages_parse_and_use_message_categories():
    msg_ids, _ = taxonomy_ids()
    items = read("fresh_messages.jsonl")
    assert len({i["id"] for i in items}) == len(items) == 324
    assert sum(1 for i in items if not i["expect"]) == 106
    for i in items:
        assert set(i) == {"id", "pack", "text", "expect", "ok_extra", "evasion", "note"}, i["id"]
        assert i["pack"] in PACKS and i["text"].strip() and isinstance(i["evasion"], bool)
        assert len(i["expect"]) <= 1 and not set(i["expect"]) & set(i["ok_extra"]), i["id"]
        for c in i["expect"] + i["ok_extra"]:
            assert c in msg_ids, (i["id"], c)
    per_cat = {c: sum(1 for i in items if c in i["expect"]) for c in msg_ids}
    assert min(per_cat.values()) >= 15, per_cat


def test_fresh_chats_parse_and_use_conversation_categories():
    _, conv_ids = taxonomy_ids()
    items = read("fresh_chats.jsonl")
    assert len({i["id"] for i in items}) == len(items) == 55
    assert sum(1 for i in items if not i["expect"]) == 19
    for i in items:
        assert {"id", "pack", "shop", "agent", "messages"} | set(LABELS) <= set(i) <= \
            {"id", "pack", "shop", "agent", "customer_name", "messages"} | set(LABELS)
        assert i["pack"] in PACKS
        assert not set(i["expect"]) & set(i["ok_extra"]), i["id"]
        for c in i["expect"] + i["ok_extra"]:
            assert c in conv_ids, (i["id"], c)
        stamps = [dt.datetime.fromisoformat(m["ts"]) for m in i["messages"]]
        assert all(s.utcoffset() == dt.timedelta(hours=8) for s in stamps)
        assert stamps == sorted(stamps), i["id"]
        conv = parse_conversation({k: v for k, v in i.items() if k not in LABELS}, i["id"])
        assert len(conv.messages) == len(i["messages"])
