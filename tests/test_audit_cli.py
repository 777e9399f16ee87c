"""End-to-end tests of ``zhijian audit`` (spec/contract.md §1 and §3), through subprocess.

Chats come from ``benchmarks/chats.py`` (deterministic, hand-written, ~70 % clean) plus a few
written here.  Assertions are about the machine interface (keys, order, offsets, turns, exit codes,
files written), not about which rule fires, so they survive pack rewrites.  Tests named
``test_bug_*`` show defects found while writing this file; they fail until fixed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from service_fixtures import zhijian_exe

from zhijian.taxonomy import CATEGORIES, CONVERSATION_CATEGORIES, MESSAGE_CATEGORIES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import chats  # noqa: E402  (benchmarks/chats.py)

# spec/taxonomy.md: the fixed vocabulary (extend, never rename)
SPEC_CATEGORIES = {
    "cold_reply", "uncivil", "abuse", "shirking", "questioning", "impolite", "diversion", "privacy_leak",
    "arbitrary_promise", "false_advertising", "disparage_peer", "disparage_platform", "forbidden_address",
    "induce_review",
    "slow_first_response", "slow_response", "unanswered", "missing_greeting", "greeting_mismatch",
    "missing_closing", "repeated_reply", "thanks_unacknowledged", "apology_unacknowledged",
    "suggestion_unacknowledged", "complaint_no_apology", "aftersales_flow", "forced_end", "direct_name",
    "long_message", "missing_emoji",
}
SEVERITIES = {"critical", "major", "minor"}
FINDING_KEYS = {"rule", "category", "severity", "turn", "message", "suggestion"}
SPAN_KEYS = {"start", "end", "match"}
SOURCE_KEYS = {"source", "score"}  # optional (docs/spec/contract.md §2): rule or model, and the model score


ZHIJIAN = zhijian_exe()
ENV = {**os.environ, "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"}


def run(*args: str, input: bytes | str | None = None, cwd: Path | None = None,
        timeout: float = 300) -> subprocess.CompletedProcess:
    if isinstance(input, str):
        input = input.encode("utf-8")
    p = subprocess.run(ZHIJIAN + ["audit", *args], input=input if input is not None else b"",
                       capture_output=True, timeout=timeout, env=ENV, cwd=cwd)
    p.out = p.stdout.decode("utf-8")  # type: ignore[attr-defined]
    p.err = p.stderr.decode("utf-8")  # type: ignore[attr-defined]
    return p


def jsonl(p: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(x) for x in p.stdout.decode("utf-8").splitlines()]


def dumps(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False)


def generated(n: int, seed: int = 7) -> list[dict]:
    return [c.record for c in chats.generate(n, seed)]


def write_jsonl(path: Path, lines: list[str]) -> str:
    path.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    return str(path)


def simple_chat(cid: str, agent_text: str = "您好，有货的，今天下单明天就能发货。", **extra) -> dict:
    return {"id": cid, **extra, "messages": [
        {"role": "customer", "text": "在吗？这款有货吗", "ts": "2026-05-02T14:00:00+08:00"},
        {"role": "agent", "text": agent_text, "ts": "2026-05-02T14:00:20+08:00"},
        {"role": "customer", "text": "好的，谢谢", "ts": "2026-05-02T14:01:00+08:00"},
        {"role": "agent", "text": "不用客气，感谢您选择本店，祝您一切顺利，再见！", "ts": "2026-05-02T14:01:10+08:00"},
    ]}


def check_result_shape(res: dict, rec: dict) -> None:
    """One output object against its input conversation (spec/contract.md §3)."""
    assert list(res) == ["id", "score", "findings"], res.keys()
    assert res["id"] == str(rec["id"])
    assert isinstance(res["score"], (int, float)) and 0 <= res["score"] <= 100
    msgs = rec["messages"]
    last_non_system = max((i for i, m in enumerate(msgs) if m["role"] != "system"), default=None)
    for f in res["findings"]:
        keys = set(f)
        assert FINDING_KEYS <= keys and keys <= FINDING_KEYS | SPAN_KEYS | SOURCE_KEYS, f
        assert f["category"] in CATEGORIES, f
        assert f["severity"] in SEVERITIES, f
        assert isinstance(f["rule"], str) and f["rule"] and isinstance(f["message"], str) and f["message"]
        assert isinstance(f["turn"], int) and 0 <= f["turn"] < len(msgs), f
        turn = msgs[f["turn"]]
        if SPAN_KEYS & keys:  # a message-level finding of an agent message
            assert SPAN_KEYS <= keys, f
            assert turn["role"] == "agent", f
            assert f["category"] in MESSAGE_CATEGORIES, f
            assert turn["text"][f["start"]:f["end"]] == f["match"], (f, turn["text"])
            assert 0 <= f["start"] < f["end"] <= len(turn["text"]), f
        else:
            assert f["category"] in CONVERSATION_CATEGORIES, f
        if f["category"] == "unanswered":
            assert turn["role"] == "customer", f
        if f["category"] == "missing_closing":
            assert f["turn"] in (last_non_system, len(msgs) - 1), f


# ------------------------------------------------------------------------------------------ basics


def test_taxonomy_module_keeps_every_spec_category():
    assert SPEC_CATEGORIES <= set(CATEGORIES)
    assert set(MESSAGE_CATEGORIES).isdisjoint(CONVERSATION_CATEGORIES)


def test_jsonl_output_one_object_per_conversation_in_input_order(tmp_path: Path):
    recs = generated(120)
    path = write_jsonl(tmp_path / "chats.jsonl", [dumps(r) for r in recs])
    p = run(path, "--pack", "jd", "--format", "jsonl")
    assert p.returncode == 0, p.err
    out = jsonl(p)
    assert [r["id"] for r in out] == [r["id"] for r in recs]
    for res, rec in zip(out, recs):
        check_result_shape(res, rec)
    assert "120" in p.err  # the summary on stderr counts the chats
    # the generator's flaws show up: some chats clean, some not, message-level spans present
    assert any(not r["findings"] for r in out) and any(r["findings"] for r in out)
    assert any("start" in f for r in out for f in r["findings"])
    assert {f["category"] for r in out for f in r["findings"]} & set(CONVERSATION_CATEGORIES)


@pytest.mark.parametrize("pack", ["jd", "taobao", "generic"])
def test_output_shape_for_each_pack(tmp_path: Path, pack: str):
    recs = generated(60, seed=11)
    path = write_jsonl(tmp_path / "chats.jsonl", [dumps(r) for r in recs])
    p = run(path, "--pack", pack, "--format", "jsonl")
    assert p.returncode == 0, p.err
    out = jsonl(p)
    assert len(out) == len(recs)
    for res, rec in zip(out, recs):
        check_result_shape(res, rec)


def test_message_level_span_points_into_the_original_text(tmp_path: Path):
    text = "亲，这款有货，全网最低价，加我微信详聊"
    path = write_jsonl(tmp_path / "a.jsonl", [dumps(simple_chat("c-1", text))])
    p = run(path, "--pack", "jd", "--format", "jsonl")
    res = jsonl(p)[0]
    spans = [f for f in res["findings"] if "start" in f]
    assert spans, res
    for f in spans:
        assert f["turn"] == 1 and text[f["start"]:f["end"]] == f["match"]
    assert any(f["category"] == "forbidden_address" and (f["start"], f["end"]) == (0, 1) for f in spans)


def test_malformed_lines_are_reported_skipped_counted_exit_3(tmp_path: Path):
    recs = generated(6, seed=3)
    lines = [dumps(recs[0]), "{not json", dumps(recs[1]), "", dumps({"id": "x", "messages": "在吗"}),
             dumps(recs[2]), dumps({"id": "y", "messages": [{"role": "robot", "text": "hi"}]}), dumps(recs[3]),
             '{"id": "z", "messages": [{"role": "customer", "text": 5}]}', dumps(recs[4])]
    path = write_jsonl(tmp_path / "mixed.jsonl", lines)
    p = run(path, "--pack", "jd", "--format", "jsonl")
    assert p.returncode == 3, (p.returncode, p.err)
    assert [r["id"] for r in jsonl(p)] == [r["id"] for r in recs[:5]]
    for n in (2, 5, 7, 9):
        assert f"第{n}行" in p.err, (n, p.err)
    assert "第4行" not in p.err  # a blank line is not an error
    assert "mixed.jsonl" in p.err
    assert "跳过 4 行" in p.err, p.err


def test_text_format_summary_and_exit_codes(tmp_path: Path):
    recs = generated(30, seed=5)
    path = write_jsonl(tmp_path / "c.jsonl", [dumps(r) for r in recs])
    p = run(path, "--pack", "jd")
    assert p.returncode == 0, p.err
    assert "30" in p.out
    path2 = write_jsonl(tmp_path / "d.jsonl", [dumps(r) for r in recs] + ["oops"])
    p = run(path2, "--pack", "jd")
    assert p.returncode == 3
    assert "第31行" in p.err


# ------------------------------------------------------------------------------------------ workers


def test_workers_2_output_is_byte_identical_to_workers_1(tmp_path: Path):
    recs = generated(450, seed=23)
    lines = [dumps(r) for r in recs]
    for k in (10, 200, 399):  # malformed lines land in different chunks
        lines.insert(k, "{broken line")
    lines.insert(250, dumps({**recs[0], "id": "bad-pack", "pack": "no_such_pack"}))
    path = write_jsonl(tmp_path / "many.jsonl", lines)
    p1 = run(path, "--format", "jsonl", "--workers", "1")
    p2 = run(path, "--format", "jsonl", "--workers", "2")
    assert p1.returncode == p2.returncode == 3, (p1.err, p2.err)
    assert p1.stdout == p2.stdout
    assert len(jsonl(p1)) == 450
    assert p1.stderr == p2.stderr  # the same warnings, in the same order
    # and with --pack given explicitly
    q1 = run(path, "--pack", "taobao", "--format", "jsonl", "--workers", "1")
    q2 = run(path, "--pack", "taobao", "--format", "jsonl", "--workers", "2")
    assert q1.stdout == q2.stdout and len(jsonl(q1)) == 451


# -------------------------------------------------------------------------------------- reports


def test_report_html_and_excel_with_expected_sheets(tmp_path: Path):
    import openpyxl  # a runtime dependency (pyproject): never skipped
    recs = generated(80, seed=9)
    path = write_jsonl(tmp_path / "c.jsonl", [dumps(r) for r in recs])
    html, xlsx = tmp_path / "out.html", tmp_path / "out.xlsx"
    p = run(path, "--pack", "jd", "--format", "jsonl", "--report", str(html), "--excel", str(xlsx))
    assert p.returncode == 0, p.err
    out = jsonl(p)
    assert len(out) == 80  # the JSON lines are still written
    page = html.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "</html>" in page
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    assert wb.sheetnames == ["会话", "问题", "客服", "店铺"]
    chats_rows = list(wb["会话"].iter_rows(values_only=True))
    assert chats_rows[0][0] == "会话ID"
    assert [r[0] for r in chats_rows[1:]] == [r["id"] for r in out]
    finding_rows = list(wb["问题"].iter_rows(values_only=True))
    assert len(finding_rows) - 1 == sum(len(r["findings"]) for r in out)
    agents = {r["agent"] for r in recs}
    assert {r[0] for r in list(wb["客服"].iter_rows(values_only=True))[1:]} >= agents
    shops = {r["shop"] for r in recs}
    assert {r[0] for r in list(wb["店铺"].iter_rows(values_only=True))[1:]} >= shops
    wb.close()


# ------------------------------------------------------------------------------------ CSV, stdin


def test_csv_input_with_map(tmp_path: Path):
    rows = ["工单号,说话人,话术,发生时间,门店"]
    recs = generated(12, seed=4)
    for r in recs:
        for m in r["messages"]:
            role = {"customer": "顾客", "agent": "客服", "system": "系统"}[m["role"]]
            text = '"' + m["text"].replace('"', '""') + '"'
            rows.append(f"{r['id']},{role},{text},{m['ts']},{r['shop']}")
    rows.insert(3, f"{recs[0]['id']},路人,这一行角色不对,2026-05-02 10:00:00,某店")
    csv_path = tmp_path / "export.csv"
    csv_path.write_text("\ufeff" + "\n".join(rows) + "\n", encoding="utf-8")
    jsonl_path = write_jsonl(tmp_path / "same.jsonl", [dumps(r) for r in recs])
    p = run(str(csv_path), "--pack", "jd", "--format", "jsonl",
            "--map", "id=工单号", "--map", "role=说话人", "--map", "text=话术", "--map", "ts=发生时间",
            "--map", "shop=门店")
    assert p.returncode == 3, p.err  # the bad role row
    assert "第4行" in p.err and "路人" in p.err
    ref = run(jsonl_path, "--pack", "jd", "--format", "jsonl")
    assert ref.returncode == 0
    assert p.stdout == ref.stdout  # same chats, same results, whatever the input format


def test_excel_input_with_sheet_and_datetime_cells(tmp_path: Path):
    import openpyxl  # a runtime dependency (pyproject): never skipped
    import datetime as dt

    recs = generated(10, seed=6)
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    ws = wb.create_sheet("聊天记录")
    ws.append(["会话ID", "角色", "内容", "时间", "店铺", "客服"])
    for r in recs:
        for m in r["messages"]:
            ts = dt.datetime.fromisoformat(m["ts"]).replace(tzinfo=None)  # +08:00 or naive: CST wall time
            ws.append([r["id"], {"customer": "顾客", "agent": "客服", "system": "系统"}[m["role"]], m["text"], ts,
                       r["shop"], r["agent"]])
    xlsx = tmp_path / "export.xlsx"
    wb.save(xlsx)
    p = run(str(xlsx), "--sheet", "聊天记录", "--pack", "jd", "--format", "jsonl")
    assert p.returncode == 0, p.err
    ref = run(write_jsonl(tmp_path / "same.jsonl", [dumps(r) for r in recs]), "--pack", "jd", "--format", "jsonl")
    assert p.stdout == ref.stdout
    q = run(str(xlsx), "--sheet", "Sheet9", "--format", "jsonl")
    assert q.returncode != 0 and "Sheet9" in q.err and q.stdout == b""


def test_csv_without_map_missing_columns_is_reported(tmp_path: Path):
    csv_path = tmp_path / "export.csv"
    csv_path.write_text("工单号,说话人,话术\n1,顾客,在吗\n", encoding="utf-8")
    p = run(str(csv_path), "--format", "jsonl")
    assert p.returncode == 3, p.err
    assert p.stdout == b""
    assert "缺少列" in p.err and "--map" in p.err


def test_bad_map_option_is_a_usage_error(tmp_path: Path):
    path = write_jsonl(tmp_path / "c.jsonl", [dumps(simple_chat("c-1"))])
    p = run(path, "--map", "text", "--format", "jsonl")
    assert p.returncode == 2 and "--map" in p.err


def test_stdin_dash(tmp_path: Path):
    recs = generated(25, seed=8)
    data = "".join(dumps(r) + "\n" for r in recs) + "not json\n"
    p = run("-", "--pack", "jd", "--format", "jsonl", input=data)
    assert p.returncode == 3, p.err
    assert [r["id"] for r in jsonl(p)] == [r["id"] for r in recs]
    assert "<stdin>" in p.err and "第26行" in p.err
    path = write_jsonl(tmp_path / "c.jsonl", [dumps(r) for r in recs])
    assert run(path, "--pack", "jd", "--format", "jsonl").stdout == p.stdout
    # no FILE at all means standard input too
    q = run("--pack", "jd", "--format", "jsonl", input="".join(dumps(r) + "\n" for r in recs))
    assert q.returncode == 0 and q.stdout == p.stdout


def test_several_files_in_order(tmp_path: Path):
    a = generated(5, seed=1)
    b = generated(5, seed=2)
    pa = write_jsonl(tmp_path / "a.jsonl", [dumps(r) for r in a])
    pb = write_jsonl(tmp_path / "b.jsonl", [dumps(r) for r in b])
    p = run(pa, pb, "--format", "jsonl")
    assert p.returncode == 0
    assert [r["id"] for r in jsonl(p)] == [r["id"] for r in a + b]


# ---------------------------------------------------------------------------------------- packs


def test_unknown_pack_option_exit_2(tmp_path: Path):
    path = write_jsonl(tmp_path / "c.jsonl", [dumps(simple_chat("c-1"))])
    p = run(path, "--pack", "no_such_pack", "--format", "jsonl")
    assert p.returncode == 2, (p.returncode, p.err)
    assert p.stdout == b""
    assert "no_such_pack" in p.err


def test_missing_file_and_bad_format_exit_2(tmp_path: Path):
    assert run(str(tmp_path / "nope.jsonl"), "--format", "jsonl").returncode == 2
    path = write_jsonl(tmp_path / "c.jsonl", [dumps(simple_chat("c-1"))])
    assert run(path, "--format", "xml").returncode == 2


def test_unknown_pack_field_in_a_chat_is_reported_and_skipped(tmp_path: Path):
    lines = [dumps(simple_chat("c-1", pack="jd")), dumps(simple_chat("c-2", pack="no_such_pack")),
             dumps(simple_chat("c-3", pack="taobao")), dumps(simple_chat("c-4"))]
    path = write_jsonl(tmp_path / "c.jsonl", lines)
    p = run(path, "--format", "jsonl")
    assert p.returncode == 3, p.err
    assert [r["id"] for r in jsonl(p)] == ["c-1", "c-3", "c-4"]
    assert "第2行" in p.err and "no_such_pack" in p.err
    # --pack overrides the field: then nothing is skipped
    q = run(path, "--pack", "jd", "--format", "jsonl")
    assert q.returncode == 0, q.err
    assert [r["id"] for r in jsonl(q)] == ["c-1", "c-2", "c-3", "c-4"]


def test_pack_field_is_used_when_no_pack_option(tmp_path: Path):
    text = "亲，有货的，今天下单明天发货。"  # 亲 is forbidden on jd, allowed on taobao
    lines = [dumps(simple_chat("on-jd", text, pack="jd")), dumps(simple_chat("on-tb", text, pack="taobao"))]
    p = run(write_jsonl(tmp_path / "c.jsonl", lines), "--format", "jsonl")
    jd, tb = jsonl(p)
    assert any(f["category"] == "forbidden_address" for f in jd["findings"])
    assert not any(f["category"] == "forbidden_address" for f in tb["findings"])


@pytest.mark.parametrize("ts", ["NaN", "1e20"])
def test_bug_numeric_timestamp_out_of_range_does_not_stop_the_audit(tmp_path: Path, ts: str):
    """BUG (zhijian/conversation.py parse_ts): ``"ts": NaN`` or ``"ts": 1e20`` makes
    datetime.fromtimestamp raise ValueError/OverflowError, not LogError; ``zhijian audit`` prints a
    traceback and exits 4 without auditing the rest of the file.  Expected: the line is reported
    with its number and skipped, the other chats are audited, exit status 3."""
    bad = '{"id": "bad", "messages": [{"role": "customer", "text": "在吗", "ts": %s}]}' % ts
    path = write_jsonl(tmp_path / "c.jsonl", [dumps(simple_chat("c-1")), bad, dumps(simple_chat("c-3"))])
    p = run(path, "--format", "jsonl")
    assert p.returncode == 3, (p.returncode, p.err[-500:])
    assert [r["id"] for r in jsonl(p)] == ["c-1", "c-3"]
    assert "第2行" in p.err
