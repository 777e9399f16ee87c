"""Issue 12: the hand-written conversation set benchmarks/data/hard_chats.jsonl is frozen (its figures are
compared across versions, see benchmarks/README.md) and in the dev-case format of the conversation cases."""

from __future__ import annotations

import hashlib
import json
import pathlib

from zhijian.audit.conversation import parse_conversation

REPO = pathlib.Path(__file__).resolve().parent.parent
HARD = REPO / "benchmarks" / "data" / "hard_chats.jsonl"
HARD_SHA256 = "35a7b674eac3908a5d7bd6fd8fdb24dc4a4377f477f31c6bfd3a6b1319d9f714"
TAXONOMY = (REPO / "docs" / "spec" / "taxonomy.md").read_text(encoding="utf-8")


def test_hand_written_conversation_set_is_frozen_and_well_formed():
    assert hashlib.sha256(HARD.read_bytes()).hexdigest() == HARD_SHA256, "hard_chats.jsonl is frozen: do not edit it"
    items = [json.loads(line) for line in HARD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({i["id"] for i in items}) == len(items) == 67
    assert sum(1 for i in items if not i["expect"]) == 20
    for i in items:
        assert {"id", "pack", "expect", "ok_extra", "note", "messages"} <= set(i) <= \
            {"id", "pack", "shop", "agent", "expect", "ok_extra", "note", "messages"}
        assert i["pack"] in {"jd", "taobao", "generic"}
        for c in i["expect"] + i["ok_extra"]:
            assert f"| `{c}` |" in TAXONOMY, c
        conv = parse_conversation({k: v for k, v in i.items() if k not in ("expect", "ok_extra", "note")}, i["id"])
        assert len(conv.messages) == len(i["messages"])
