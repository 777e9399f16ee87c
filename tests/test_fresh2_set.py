"""The second fresh conversation set is frozen: pinned hash, valid lines, known category ids."""
import datetime
import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "benchmarks" / "data" / "fresh2_chats.jsonl"
TAXONOMY = ROOT / "docs" / "spec" / "taxonomy.md"
SHA256 = "a4f34e2d9709eeb38c3b2250d667d4fb8122cafa56649e943fc599c776ecab8c"
PACKS = {"jd", "taobao", "generic"}
ROLES = {"customer", "agent", "system"}


def _category_ids():
    ids = set()
    for line in TAXONOMY.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*`([a-z_]+)`\s*\|", line)
        if m:
            ids.add(m.group(1))
    return ids


def _rows():
    lines = [ln for ln in SET.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return [json.loads(ln) for ln in lines]


def test_hash_is_pinned():
    digest = hashlib.sha256(SET.read_bytes()).hexdigest()
    assert digest == SHA256, "fresh2_chats.jsonl is frozen: do not edit it (write a new set instead)"


def test_taxonomy_has_the_conversation_ids():
    ids = _category_ids()
    assert {"unanswered", "forced_end", "aftersales_flow", "followup_missed", "asked_to_repeat"} <= ids


def test_every_line_is_a_valid_chat():
    rows = _rows()
    assert len(rows) >= 40
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["pack"] in PACKS, r["id"]
        assert r["messages"], r["id"]
        for m in r["messages"]:
            assert m["role"] in ROLES, r["id"]
            assert isinstance(m["text"], str) and m["text"].strip(), r["id"]
            ts = datetime.datetime.fromisoformat(m["ts"])
            assert ts.utcoffset() == datetime.timedelta(hours=8), r["id"]
        stamps = [datetime.datetime.fromisoformat(m["ts"]) for m in r["messages"]]
        assert stamps == sorted(stamps), r["id"]


def test_labels_use_known_category_ids():
    ids = _category_ids()
    rows = _rows()
    for r in rows:
        expect, ok = set(r["expect"]), set(r.get("ok_extra", []))
        assert expect <= ids, (r["id"], expect - ids)
        assert ok <= ids, (r["id"], ok - ids)
        assert not expect & ok, r["id"]
        assert len(r["expect"]) <= 2, r["id"]
    clean = [r for r in rows if not r["expect"]]
    assert len(clean) >= 15
    assert len(rows) - len(clean) >= 25
