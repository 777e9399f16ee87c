"""Issue 10 items 2 and 4: bombs and bad chats in logs are refused one by one, the rest is read."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from zhijian.audit.conversation import MAX_MESSAGE_CHARS
from zhijian.batch import logs
from zhijian.batch.logs import read_logs

ZJ = str(Path(sys.executable).parent / "zhijian")


def _chat(cid, text="您好，请问有什么可以帮您？", ts="2026-05-01T09:15:30+08:00", **extra):
    return {"id": cid, "messages": [{"role": "customer", "text": "在吗", "ts": "2026-05-01T09:15:02+08:00"},
                                    {"role": "agent", "text": text, "ts": ts}], **extra}


def _mixed_file(tmp_path: Path, n_good: int = 600) -> tuple[Path, set[int]]:
    """n_good valid chats with a bad one at known lines."""
    bad_lines = {}
    lines = []
    bad = [
        json.dumps(_chat("b1", ts="0001-01-01T00:00:00+14:00")),
        json.dumps(_chat("b2", ts=1e20)),
        json.dumps(_chat("b3", text="坏\ud800字")),  # a lone surrogate (written as \\ud800 by json)
        json.dumps(_chat("x" * 300)),
        json.dumps(_chat("b5", shop="店\x00铺")),
        json.dumps(_chat("b6", text="长" * (MAX_MESSAGE_CHARS + 1)), ensure_ascii=False),
        "{not json",
        json.dumps([1, 2]),
        json.dumps(_chat("b9", ts="9999-12-31T23:59:59-14:00")),
    ]
    k = 0
    for i in range(n_good):
        lines.append(json.dumps(_chat(f"g{i}"), ensure_ascii=False))
        if i % 60 == 30 and k < len(bad):
            lines.append(bad[k])
            bad_lines[len(lines)] = k
            k += 1
    while k < len(bad):
        lines.append(bad[k])
        bad_lines[len(lines)] = k
        k += 1
    f = tmp_path / "mixed.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f, set(bad_lines)


def test_every_bad_line_reported_every_good_chat_read(tmp_path):
    f, bad = _mixed_file(tmp_path)
    items = list(read_logs([str(f)]))
    assert {i.line for i in items if i.error} == bad
    assert sum(1 for i in items if i.conversation) == 600
    for i in items:
        if i.error:
            assert f"第{i.line}行" in i.error


def test_cli_audit_stores_good_reports_bad(tmp_path):
    f, bad = _mixed_file(tmp_path)
    p = subprocess.run([ZJ, "audit", "--format", "jsonl", str(f)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 3, p.stderr[-2000:]
    out = [json.loads(x) for x in p.stdout.splitlines()]
    assert len(out) == 600 and all(o["id"].startswith("g") for o in out)
    for n in bad:
        assert f"第{n}行" in p.stderr
    assert f"跳过 {len(bad)} 行" in p.stderr or str(len(bad)) in p.stderr


def test_file_of_junk_counts_every_line(tmp_path):
    f = tmp_path / "junk.jsonl"
    f.write_text("\n".join(["junk"] * 25) + "\n", encoding="utf-8")
    items = list(read_logs([str(f)]))
    assert len([i for i in items if i.error]) == 25


def test_xlsx_zip_bomb_refused_without_unpacking(tmp_path):
    f = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/sharedStrings.xml", "w") as w:
            chunk = b"<si><t>a</t></si>" * 65536
            for _ in range(logs.MAX_XLSX_PART // len(chunk) + 2):
                w.write(chunk)
    assert f.stat().st_size < 2 * 2**20
    items = list(read_logs([str(f)]))
    assert len(items) == 1 and items[0].error and "上限" in items[0].error


def test_csv_row_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_ROWS", 50)
    f = tmp_path / "big.csv"
    rows = ["会话id,角色,内容,时间"] + [f"c{i // 2},{'顾客' if i % 2 == 0 else '客服'},你好,2026-05-01 09:00:{i % 60:02d}"
                                     for i in range(200)]
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = list(read_logs([str(f)]))
    errs = [i for i in items if i.error]
    assert len(errs) == 1 and "上限" in errs[0].error and errs[0].line == 51


@pytest.mark.parametrize("cell,needle", [("x" * 300, "上限"), ("a\x00b", "无效字符")])
def test_csv_bad_id_skipped(tmp_path, cell, needle):
    f = tmp_path / "bad.csv"
    f.write_text(f"会话id,角色,内容\n{cell},顾客,你好\nc2,顾客,在吗\n", encoding="utf-8")
    items = list(read_logs([str(f)]))
    assert [i.line for i in items if i.error] == [2] and needle in items[0].error
    assert [i.conversation.id for i in items if i.conversation] == ["c2"]
