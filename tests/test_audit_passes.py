"""benchmarks/audit_passes.py (issue 14): the in-process cold/warm timing runs, and its two passes give the same results
(the audit's memos are pure: a chat audited with every reading remembered is the chat audited afresh)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import audit_passes  # noqa: E402  (benchmarks/audit_passes.py)
import chats  # noqa: E402  (benchmarks/chats.py)


def test_two_passes_agree(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    chats.write_jsonl(str(path), 40)
    assert audit_passes.main([str(path), "--segment", "20", "--block", "10"]) == 0
    out = capsys.readouterr().out
    assert "pass 1 (memos filling)" in out and "pass 2 (memos warm)" in out
    assert "(equal)" in out and out.count("ms a chat by segment of 20: ") == 2
