"""Issue 10, service side: uploads that hold bad chats, bombs and huge files, and the Excel export.

* item 4: one bad chat never aborts an upload; every bad line is reported (line, reason) and
  counted, the rest is stored (SQLite and a throw-away PostgreSQL);
* item 2: limits fail the JOB with a Chinese message naming the limit; a small upload is not
  stuck behind a large one; ``/health`` answers while a large job runs;
* item 6: the web export writes text, never formulas, and survives control characters;
* item 13: the web export and the CLI export are one writer: same sheets, headers and values.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys
import threading
import time

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
pytest.register_assert_rewrite("service_fixtures")

from service_fixtures import make_service  # noqa: E402

pytest_plugins = ["service_fixtures"]

API = "/api/v1"


def chat(cid, agent_text="您好，很高兴为您服务，这款目前有现货，今天付款当天发出。", shop="测试店", agent="a1", pack="jd",
         day=1):
    return {"id": cid, "pack": pack, "shop": shop, "agent": agent, "messages": [
        {"role": "customer", "text": "有现货吗？", "ts": f"2026-05-{day:02d}T10:00:00+08:00"},
        {"role": "agent", "text": agent_text, "ts": f"2026-05-{day:02d}T10:00:12+08:00"},
        {"role": "customer", "text": "好的，谢谢", "ts": f"2026-05-{day:02d}T10:00:40+08:00"},
        {"role": "agent", "text": "不用客气，欢迎您下次光临，祝您一切顺利，再见！", "ts": f"2026-05-{day:02d}T10:00:55+08:00"}]}


def line(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


@pytest.fixture
def svc(tmp_path):
    s = make_service("sqlite:///" + str(tmp_path / "t.db"), str(tmp_path / "data"))
    yield s
    s.close()


def upload(svc, name: str, content: bytes, **fields) -> str:
    r = svc.client.post(f"{API}/audit/upload", headers=svc.h("qa"), files={"file": (name, content)}, data=fields)
    assert r.status_code == 202, r.text
    return r.json()["job"]


def wait_job(svc, job_id: str, timeout: float = 120, until=("done", "failed")) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        j = svc.client.get(f"{API}/jobs/{job_id}", headers=svc.h("qa")).json()
        if j["status"] in until:
            return j
        time.sleep(0.05)
    raise AssertionError(f"job not finished after {timeout}s: {j}")


# -- item 4: a mixed file of 600 chats --------------------------------------------------------------
def mixed_file() -> tuple[bytes, dict[int, str], list[str]]:
    """600 lines; the bad ones at known lines (1-based) -> a word the reason must contain."""
    bad: dict[int, str] = {}
    lines, good = [], []
    for n in range(1, 601):
        cid = f"m-{n}"
        if n == 7:
            c = chat(cid, agent_text="您好\ud800")  # lone surrogate (json.dumps escapes it as \ud800)
            raw, bad[n] = json.dumps(c, ensure_ascii=True).encode(), "代理"
        elif n == 150:
            c = chat(cid)
            c["messages"][0]["ts"] = 10 ** 15  # out-of-range timestamp
            raw, bad[n] = line(c), "超出范围"
        elif n == 333:
            raw, bad[n] = line(chat("x" * 201)), "超过上限 200"
        elif n == 401:
            raw, bad[n] = line(chat(cid, shop="坏\x00店")), "U+0000"
        elif n == 599:  # after the last full chunk of 200
            raw, bad[n] = b'{"id": "m-599", "messages": [', "JSON"
        elif n == 600:
            raw, bad[n] = line(chat(cid, pack="nosuchpack")), "nosuchpack"
        else:
            raw = line(chat(cid, agent=f"a{n % 7}"))
            good.append(cid)
        lines.append(raw)
    return b"\n".join(lines) + b"\n", bad, good


def check_mixed(svc):
    content, bad, good = mixed_file()
    j = wait_job(svc, upload(svc, "mixed.jsonl", content))
    assert j["status"] == "done", j
    assert j["done"] == len(good) == 594
    assert j["skipped"] == len(bad), j
    for n, word in bad.items():
        hits = [e for e in j["errors"] if f"第{n}行" in e]
        assert hits, (n, j["errors"])
        assert any(word in e for e in hits), (n, word, hits)
    listed = svc.client.get(f"{API}/conversations", params={"size": 500, "order": "started"},
                            headers=svc.h("qa")).json()
    assert listed["total"] == len(good)
    stored = {c["id"] for c in listed["items"]}
    listed2 = svc.client.get(f"{API}/conversations", params={"size": 500, "page": 2, "order": "started"},
                             headers=svc.h("qa")).json()
    stored |= {c["id"] for c in listed2["items"]}
    assert stored == set(good)


def test_mixed_upload_sqlite(svc):
    check_mixed(svc)


def test_mixed_upload_postgresql(pg_cluster, tmp_path):
    s = make_service(pg_cluster.new_database("zjup"), str(tmp_path / "data"))
    try:
        check_mixed(s)
    finally:
        s.close()


def test_file_of_junk_counts_every_line(svc):
    j = wait_job(svc, upload(svc, "junk.jsonl", b"not json\n" * 37))
    assert j["skipped"] == 37, j
    assert j["done"] == 0


def test_chat_the_store_refuses_is_reported_and_the_rest_stored(svc, monkeypatch):
    """A chat the database refuses (whatever the reason) costs that chat only, never the chunk."""
    from zhijian.service import store

    real = store.save_results

    def picky(session, results, *args, **kw):
        results = list(results)
        if any(r.id == "s-42" for r in results):
            raise ValueError("database refused s-42")
        return real(session, results, *args, **kw)

    monkeypatch.setattr(store, "save_results", picky)
    content = b"\n".join(line(chat(f"s-{n}")) for n in range(1, 301))
    j = wait_job(svc, upload(svc, "s.jsonl", content))
    assert j["status"] == "done", j
    assert j["done"] == 299 and j["skipped"] == 1, j
    assert any("第42行" in e and "s-42" in e for e in j["errors"]), j["errors"]


# -- item 14 (API part): a file where nothing could be read is a failed job --------------------------
def test_messages_file_uploaded_as_chats_fails_with_reasons(svc):
    msgs = "\n".join(["亲，这款全网最低价", "加我微信发您链接", "保证明天一定送到"] * 5).encode()
    j = wait_job(svc, upload(svc, "msgs.txt", msgs))
    assert j["status"] == "failed", j
    assert j["done"] == 0 and j["skipped"] == 15
    assert "没有可审计的会话" in j["reason"] and "15" in j["reason"], j
    assert "第1行" in j["errors"][0] and j["errors"][-1] == j["reason"] and len(j["errors"]) == 16


# -- item 2: bombs and huge uploads ---------------------------------------------------------------------
def xlsx_bomb_bytes() -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/sharedStrings.xml", "<sst>" + "<si><t>a</t></si>" * (3 * 2 ** 20) + "</sst>")
    return buf.getvalue()


def test_xlsx_bomb_fails_the_job_naming_the_limit(svc):
    data = xlsx_bomb_bytes()
    assert len(data) < 2 ** 20
    j = wait_job(svc, upload(svc, "bomb.xlsx", data))
    assert j["status"] == "failed", j
    assert "压缩比" in j["reason"] and "200" in j["reason"], j
    assert svc.app.state.settings.data_dir not in j["reason"] and "uploads" not in j["reason"]  # no server path


def test_chat_cap_per_upload_fails_the_job_naming_the_limit(svc):
    svc.app.state.settings.max_upload_chats = 50
    content = b"\n".join(line(chat(f"c-{n}")) for n in range(1, 121))
    j = wait_job(svc, upload(svc, "many.jsonl", content))
    assert j["status"] == "failed", j
    assert "50" in j["reason"] and "上限" in j["reason"], j
    assert j["done"] <= 50


def test_line_cap_counts_junk_lines_too(svc):
    svc.app.state.settings.max_upload_chats = 50
    j = wait_job(svc, upload(svc, "junk.jsonl", b"x\n" * 5000))
    assert j["status"] == "failed", j
    assert j["skipped"] <= 51
    assert "上限" in j["reason"], j


def test_small_upload_not_stuck_behind_a_large_one(svc, monkeypatch):
    """A large upload holds its worker (here: blocked on purpose); a small one still finishes, and
    /health answers meanwhile."""
    from zhijian.service.api import audit as audit_api

    svc.app.state.settings.large_upload_bytes = 20_000
    release = threading.Event()
    real = audit_api.read_logs

    def slow(paths, *a, **kw):
        for item in real(paths, *a, **kw):
            if os.path.getsize(paths[0]) > 20_000:
                release.wait(60)
            yield item

    monkeypatch.setattr(audit_api, "read_logs", slow)
    try:
        big = upload(svc, "big.jsonl", b"\n".join(line(chat(f"b-{n}")) for n in range(200)))
        wait_job(svc, big, until=("running",), timeout=30)
        small = upload(svc, "small.jsonl", line(chat("small-1")))
        j = wait_job(svc, small, timeout=30)
        assert j["status"] == "done" and j["done"] == 1, j
        t0 = time.monotonic()
        assert svc.client.get(f"{API}/health").status_code == 200
        assert time.monotonic() - t0 < 1.0
        assert svc.client.get(f"{API}/jobs/{big}", headers=svc.h("qa")).json()["status"] == "running"
    finally:
        release.set()
    assert wait_job(svc, big)["status"] == "done"


# -- items 6 and 13: one Excel writer ----------------------------------------------------------------
HOSTILE = [
    dict(chat("=1+1", agent_text="=HYPERLINK(\"http://evil.example\",\"点我\") 加我微信发您链接"), shop="=cmd|' /C calc'!A0"),
    dict(chat("ctl-1", agent_text="您好\x07这款\x1b全网最低价，加我微信"), agent="@SUM(1)"),
]


def stored(svc, chats):
    r = svc.client.post(f"{API}/audit", headers=svc.h("qa"), json={"conversations": chats})
    assert r.status_code == 200, r.text


def export(svc, **params):
    import openpyxl

    r = svc.client.get(f"{API}/export.xlsx", headers=svc.h("qa"), params=params)
    assert r.status_code == 200, r.text[:300]
    return openpyxl.load_workbook(io.BytesIO(r.content))


def test_web_export_writes_no_formula_and_survives_control_characters(svc):
    stored(svc, HOSTILE)
    wb = export(svc)
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str):
                    texts.append(c.value)
    assert "=1+1" in texts
    assert "=cmd|' /C calc'!A0" in texts
    assert any(t.startswith("=HYPERLINK") for t in texts)
    assert any("全网最低价" in t and "\x07" not in t for t in texts)


def sheet_rows(wb) -> dict[str, tuple[list, list]]:
    out = {}
    for ws in wb.worksheets:
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        out[ws.title] = (rows[0], sorted(rows[1:], key=repr))
    return out


def test_web_export_equals_cli_export(svc, tmp_path):
    from zhijian.audit.auditor import Auditor
    from zhijian.audit.conversation import parse_conversation
    from zhijian.batch.aggregate import Aggregate
    from zhijian.batch.excel_report import write_excel

    chats = [chat(f"e-{n}", agent=f"a{n % 3}", shop=f"店{n % 2}", day=1 + n % 5,
                  agent_text=("加我微信，全网最低价，保证明天一定送到" if n % 2 else
                              "您好，很高兴为您服务，这款目前有现货，今天付款当天发出。"))
             for n in range(12)] + HOSTILE
    stored(svc, chats)
    import openpyxl

    web = sheet_rows(export(svc))
    agg = Aggregate()
    results = Auditor("jd").audit_many([parse_conversation(c) for c in chats], keep_messages=True)

    def fed():
        for r in results:
            agg.add(r)
            yield r

    path = tmp_path / "cli.xlsx"
    write_excel(path, fed(), agg)
    cli = sheet_rows(openpyxl.load_workbook(path))
    assert list(web) == list(cli)
    for title in cli:
        assert web[title][0] == cli[title][0], title
        assert web[title][1] == cli[title][1], title
    # Chinese names, local times, 致命 filled
    head, rows = web["会话"]
    started = rows[0][head.index("开始时间")]
    assert isinstance(started, dt.datetime) and started.hour == 10
    assert {r[head.index("致命")] for r in rows} <= {"是", "否"} and len(rows) == 14
    head, rows = web["问题"]
    assert rows and all(not r[head.index("严重程度")].isascii() for r in rows)
    assert all(r[head.index("类别")] and not r[head.index("类别")].isascii() for r in rows)
