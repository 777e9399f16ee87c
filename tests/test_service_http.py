"""The REAL server (``zhijian serve`` in a subprocess) over loopback HTTP (urllib / http.client):
documentation, uploads as background jobs, limits, roles, a SIGKILL in the middle of a large upload
and the restart after it, and one run against PostgreSQL via --db."""

from __future__ import annotations

import collections
import http.client
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import uuid

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
pytest.register_assert_rewrite("service_fixtures")

from service_fixtures import REPO, running_server, start_server, zhijian_exe  # noqa: E402

pytest_plugins = ["service_fixtures"]

API = "/api/v1"
N_BIG = 20000


# -- helpers -------------------------------------------------------------------------------------
def multipart(filename: str, content: bytes, fields: dict | None = None) -> tuple[bytes, str]:
    boundary = "----zhijian" + uuid.uuid4().hex
    parts = []
    for k, v in (fields or {}).items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
                 f"Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def jget(srv, path, key=None):
    status, _, body = srv.request("GET", path, key)
    assert status == 200, (path, status, body[:300])
    return json.loads(body)


def upload(srv, key, filename, content, **fields) -> str:
    body, ctype = multipart(filename, content, fields)
    status, _, resp = srv.request("POST", f"{API}/audit/upload", key, body, {"Content-Type": ctype}, timeout=120)
    assert status == 202, (status, resp[:300])
    out = json.loads(resp)
    assert out["status"] == "queued" and out["url"] == f"{API}/jobs/{out['job']}"
    return out["job"]


def wait_job(srv, key, job_id, timeout=120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        j = jget(srv, f"{API}/jobs/{job_id}", key)
        if j["status"] in ("done", "failed"):
            return j
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} not finished after {timeout}s: {j}")


def assert_error(status, body: bytes, want: int) -> str:
    assert status == want, (status, body[:300])
    text = body.decode("utf-8", "replace")
    assert "Traceback" not in text
    err = json.loads(text)["error"]
    assert isinstance(err, str) and err
    return err


def cli(*args) -> subprocess.CompletedProcess:
    r = subprocess.run(zhijian_exe() + list(args), capture_output=True, text=True, timeout=60, cwd=REPO)
    assert r.returncode == 0, (args, r.returncode, r.stdout, r.stderr)
    return r


def cli_key(role: str, name: str, *where) -> tuple[str, int]:
    r = cli("keys", "create", "--role", role, "--name", name, *where)
    key = r.stdout.strip()
    assert re.fullmatch(r"zj_[A-Za-z0-9_\-]{20,}", key), r.stdout
    kid = int(re.search(r"#(\d+)", r.stderr).group(1))
    return key, kid


def chat(cid, agent_text="您好，很高兴为您服务，这款目前有现货，今天付款当天发出。", shop="测试店", agent="a1", pack="jd"):
    return {"id": cid, "pack": pack, "shop": shop, "agent": agent, "messages": [
        {"role": "customer", "text": "有现货吗？", "ts": "2026-05-01T10:00:00+08:00"},
        {"role": "agent", "text": agent_text, "ts": "2026-05-01T10:00:12+08:00"},
        {"role": "customer", "text": "好的，谢谢", "ts": "2026-05-01T10:00:40+08:00"},
        {"role": "agent", "text": "不用客气，欢迎您下次光临，祝您一切顺利，再见！", "ts": "2026-05-01T10:00:55+08:00"}]}


# -- one server for the general tests ---------------------------------------------------------------
@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = str(tmp_path_factory.mktemp("srv") / "data")
    with running_server(data) as srv:
        srv.data_dir = data
        yield srv


def test_health_version_docs(server):
    from zhijian import __version__

    assert jget(server, f"{API}/health") == {"status": "ok"}
    v = jget(server, f"{API}/version")
    assert v["version"] == __version__ and "jd" in v["packs"]
    status, headers, body = server.request("GET", "/docs")
    assert status == 200 and "text/html" in headers.get("content-type", "") and b"swagger" in body.lower()
    spec = jget(server, "/openapi.json")
    for path in ("/api/v1/check", "/api/v1/audit/upload", "/api/v1/conversations", "/api/v1/keys"):
        assert path in spec["paths"]
    # the admin key written on first start works and is private
    mode = os.stat(os.path.join(server.data_dir, "admin.key")).st_mode & 0o777
    assert mode == 0o600
    assert jget(server, f"{API}/keys", server.admin_key)["keys"][0]["role"] == "admin"


MIXED = [
    json.dumps(chat("j1"), ensure_ascii=False),
    "{not json at all",
    json.dumps(chat("j2", agent_text="亲，加我微信kf8899"), ensure_ascii=False),
    "[1, 2, 3]",
    json.dumps({"id": "j-bad", "messages": "nope"}),
    "",
    json.dumps(chat("j3"), ensure_ascii=False),
]


def test_upload_jsonl_with_malformed_lines(server):
    key = server.admin_key
    job = upload(server, key, "mixed.jsonl", "\n".join(MIXED).encode("utf-8") + b"\n")
    j = wait_job(server, key, job)
    assert j["status"] == "done", j
    assert j["filename"] == "mixed.jsonl" and j["done"] == 3 and j["skipped"] == 3
    assert len(j["errors"]) == 3
    for line, err in zip((2, 4, 5), j["errors"]):
        assert f"第{line}行" in err, j["errors"]
    assert "messages" in j["errors"][2]
    assert j["summary"] and j["finished_at"]
    for cid in ("j1", "j2", "j3"):
        d = jget(server, f"{API}/conversations/{cid}", key)
        assert len(d["messages"]) == 4 and d["findings"] == len(d["findings_list"])
    assert "jd.forbidden_address.qin" in {f["rule"] for f in jget(server, f"{API}/conversations/j2", key)["findings_list"]}
    # the upload was deleted after the job
    assert os.listdir(os.path.join(server.data_dir, "uploads")) == []


def test_upload_errors_do_not_expose_server_paths(server):
    """BUG: job errors name the server's internal copy of the upload
    (".../data/uploads/<uuid>.jsonl 第2行…") instead of the file the user uploaded, leaking the
    server's filesystem layout and confusing the user."""
    key = server.admin_key
    j = wait_job(server, key, upload(server, key, "mine.jsonl", b'{"id": "p1", "messages": []}\n{oops\n'))
    assert j["skipped"] == 1
    assert "uploads" not in j["errors"][0] and os.path.abspath(server.data_dir) not in j["errors"][0], j["errors"]
    assert "mine.jsonl" in j["errors"][0]


def test_upload_csv(server):
    key = server.admin_key
    rows = [
        "会话id,角色,内容,时间,店铺,客服",
        "csv-1,顾客,这款有货吗,2026-05-01 10:00:00,CSV店,k1",
        "csv-1,客服,您好，很高兴为您服务，有货的，今天就能发出,2026-05-01 10:00:10,CSV店,k1",
        "csv-1,顾客,谢谢,2026-05-01 10:00:30,CSV店,k1",
        "csv-1,客服,不用客气，欢迎您下次光临，祝您一切顺利，再见！,2026-05-01 10:00:40,CSV店,k1",
        "csv-2,顾客,在吗,2026-05-02 11:00:00,CSV店,k2",
        "csv-2,老板,这行角色不对,2026-05-02 11:00:05,CSV店,k2",
        "csv-2,客服,亲，在的,2026-05-02 11:00:09,CSV店,k2",
    ]
    job = upload(server, key, "export.csv", ("\n".join(rows) + "\n").encode("utf-8"))
    j = wait_job(server, key, job)
    assert j["status"] == "done" and j["done"] == 2 and j["skipped"] == 1, j
    assert "第7行" in j["errors"][0]
    d1 = jget(server, f"{API}/conversations/csv-1", key)
    assert [m["role"] for m in d1["messages"]] == ["customer", "agent", "customer", "agent"]
    assert d1["shop"] == "CSV店" and d1["agent"] == "k1"
    d2 = jget(server, f"{API}/conversations/csv-2", key)
    assert len(d2["messages"]) == 2 and d2["agent"] == "k2"
    lst = jget(server, f"{API}/conversations?shop={urllib.parse.quote('CSV店')}", key)
    assert lst["total"] == 2
    # an unsupported file type is refused at once
    body, ctype = multipart("x.pdf", b"%PDF")
    status, _, resp = server.request("POST", f"{API}/audit/upload", key, body, {"Content-Type": ctype})
    assert "不支持" in assert_error(status, resp, 422)


def _post_raw(server, path, key, body: bytes, chunked=False) -> tuple[int, bytes]:
    """POST over http.client; the server may answer 413 and close before reading the whole body."""
    u = urllib.parse.urlsplit(server.url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
    try:
        headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
        if chunked:
            headers["Transfer-Encoding"] = "chunked"
            conn.putrequest("POST", path)
            for k, v in headers.items():
                conn.putheader(k, v)
            conn.endheaders()
            try:
                for i in range(0, len(body), 65536):
                    piece = body[i:i + 65536]
                    conn.send(b"%x\r\n%s\r\n" % (len(piece), piece))
                conn.send(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:
            try:
                conn.request("POST", path, body=body, headers=headers)
            except (BrokenPipeError, ConnectionResetError):
                pass
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


BIG_BODY = json.dumps({"messages": [{"text": "好" * 10000}] * 60}).encode()  # ~3.6 MB (each 好 is 6 bytes)


def test_oversized_body_413(server):
    assert len(BIG_BODY) > 2 * 1024 * 1024
    status, body = _post_raw(server, f"{API}/check/batch", server.admin_key, BIG_BODY)
    err = assert_error(status, body, 413)
    assert "2,097,152" in err
    assert jget(server, f"{API}/health") == {"status": "ok"}  # still serving


def test_oversized_chunked_body_413(server):
    """BUG: the body limit is only checked against Content-Length; the same 3.6 MB body sent with
    Transfer-Encoding: chunked is read and processed (200)."""
    status, body = _post_raw(server, f"{API}/check/batch", server.admin_key, BIG_BODY, chunked=True)
    assert_error(status, body, 413)


def test_every_role_against_every_family_over_http(server):
    where = ("--data-dir", server.data_dir)
    keys = {role: cli_key(role, f"http-{role}", *where)[0] for role in ("agent", "qa", "admin")}
    revoked, rid = cli_key("admin", "http-revoked", *where)
    assert "已吊销" in cli("keys", "revoke", str(rid), *where).stdout
    listing = cli("keys", "list", *where).stdout
    assert "http-qa" in listing and "已吊销" in listing
    keys.update({None: None, "bad": "zj_nope-nope-nope-nope-nope-nope", "revoked": revoked})
    rank = {"agent": 1, "qa": 2, "admin": 3}
    conv = json.dumps({"conversations": [chat("http-role")]}).encode()
    fams = [  # family, method, path, body, minimum role
        ("system", "GET", f"{API}/version", None, None),
        ("system", "GET", f"{API}/whoami", None, "agent"),
        ("check", "POST", f"{API}/check", {"text": "亲，加我微信"}, "agent"),
        ("scripts", "POST", f"{API}/suggest", {"text": "什么时候发货"}, "agent"),
        ("packs", "GET", f"{API}/packs", None, "agent"),
        ("audit", "POST", f"{API}/audit", conv, "qa"),
        ("browse", "GET", f"{API}/agents", None, "qa"),
        ("browse", "GET", f"{API}/export.xlsx", None, "qa"),
        ("overrides", "GET", f"{API}/overrides/{urllib.parse.quote('某店')}/history", None, "admin"),
        ("keys", "GET", f"{API}/keys", None, "admin"),
    ]
    wrong = []
    for role, key in keys.items():
        for fam, method, path, body, need in fams:
            hdr = {"Content-Type": "application/json"} if isinstance(body, bytes) else None
            status, _, resp = server.request(method, path, key, body, hdr)
            if need is None:
                want = 200
            elif role in (None, "bad", "revoked"):
                want = 401
            else:
                want = 200 if rank[role] >= rank[need] else 403
            if status != want:
                wrong.append(f"{role} {fam} {method} {path}: {status} (want {want}) {resp[:100]!r}")
            elif want != 200:
                assert_error(status, resp, want)
    assert not wrong, "\n".join(wrong)


# -- SIGKILL in the middle of a large upload ----------------------------------------------------------
class Killed:
    pass


@pytest.fixture(scope="module")
def killed(tmp_path_factory):
    """Upload N_BIG chats, SIGKILL the server while the job runs, look at the database while it is
    down, restart the server on the same data dir; yields what was seen (and the new server)."""
    from zhijian.audit.auditor import Auditor
    from zhijian.audit.conversation import parse_conversation

    root = tmp_path_factory.mktemp("kill")
    data = str(root / "data")
    src = str(root / "chats.jsonl")
    subprocess.run([sys.executable, os.path.join(REPO, "benchmarks", "chats.py"), str(N_BIG), src],
                   check=True, capture_output=True, timeout=120)
    with open(src, "rb") as fh:
        content = fh.read()
    raw = [json.loads(line) for line in content.decode("utf-8").splitlines() if line.strip()]
    k = Killed()
    k.src_content, k.raw = content, raw
    k.ids = [str(c["id"]) for c in raw]
    k.data_dir = data

    srv = start_server(data)
    try:
        k.job = upload(srv, srv.admin_key, "big.jsonl", content)
        deadline = time.monotonic() + 60
        while True:
            j = jget(srv, f"{API}/jobs/{k.job}", srv.admin_key)
            if j["status"] == "running" and j["done"] >= 2000:
                break
            assert j["status"] in ("queued", "running"), f"job ended before the kill, make N_BIG larger: {j}"
            assert time.monotonic() < deadline, j
            time.sleep(0.02)
        srv.kill()
        k.job_before = j
    finally:
        srv.kill()

    # the database while the server is down (SQLite file; the WAL is replayed on open)
    db = sqlite3.connect(os.path.join(data, "zhijian.db"))
    try:
        k.rows = db.execute("SELECT id, pack, n_findings, messages FROM conversations").fetchall()
        k.findings = collections.defaultdict(list)
        for cid, turn, rule, start, end in db.execute(
                "SELECT conversation_id, turn, rule, start, \"end\" FROM findings"):
            k.findings[cid].append((turn, rule, start, end))
        k.job_row = db.execute("SELECT status, done FROM jobs WHERE id = ?", (k.job,)).fetchone()
    finally:
        db.close()
    k.uploads_after_kill = os.listdir(os.path.join(data, "uploads"))

    # a fresh audit of the stored chats, to compare with what was stored
    by_id = {str(c["id"]): c for c in raw}
    stored = [parse_conversation(by_id[r[0]]) for r in k.rows]
    auditors: dict = {}
    k.expected = {}
    for conv in stored:
        pack = conv.pack or "jd"
        aud = auditors.setdefault(pack, Auditor(pack))
        res = aud.audit(conv)
        k.expected[conv.id] = sorted((f.turn, f.rule, f.start, f.end) for f in res.findings)

    k.server = start_server(data)
    try:
        yield k
    finally:
        k.server.kill()


def test_kill_mid_upload_stored_chats_are_whole(killed):
    k = killed
    n = len(k.rows)
    assert 0 < n < N_BIG, f"{n} chats stored"
    print(f"killed with {n} of {N_BIG} chats stored (job said {k.job_before['done']})")
    assert k.job_row[0] == "running"
    ids = [r[0] for r in k.rows]
    assert len(ids) == len(set(ids))
    assert n % 200 == 0, f"{n} stored: not whole chunks of 200, a chunk was half-committed"
    assert k.job_row[1] <= n <= k.job_row[1] + 200  # progress is recorded after each chunk's commit
    assert set(ids) == set(k.ids[:n]), "the stored chats are not the first chunks of the file"
    by_id = {str(c["id"]): c for c in k.raw}
    for cid, pack, n_findings, messages in k.rows:
        msgs = json.loads(messages)
        src = by_id[cid]["messages"]
        assert [(m["role"], m["text"]) for m in msgs] == [(m["role"], m.get("text") or "") for m in src], cid
        got = sorted(k.findings.get(cid, []), key=lambda f: (f[0], f[1], f[2] if f[2] is not None else -1))
        want = sorted(k.expected[cid], key=lambda f: (f[0], f[1], f[2] if f[2] is not None else -1))
        assert n_findings == len(got) == len(want), cid
        assert got == want, cid
        assert all(0 <= f[0] < len(msgs) for f in got), cid
    assert set(k.findings) <= set(ids), "findings of a chat that is not stored"


def test_kill_mid_upload_job_reported_failed_after_restart(killed):
    srv, k = killed.server, killed
    j = jget(srv, f"{API}/jobs/{k.job}", srv.admin_key)
    assert j["status"] == "failed" and j["finished_at"], j
    assert any("中断" in e for e in j["errors"]), j["errors"]
    assert j["done"] <= len(k.rows)
    lst = jget(srv, f"{API}/conversations?size=1", srv.admin_key)
    assert lst["total"] == len(k.rows)
    for cid, _, n_findings, _ in k.rows[:3] + k.rows[-3:]:
        d = jget(srv, f"{API}/conversations/{urllib.parse.quote(cid)}", srv.admin_key)
        assert d["findings"] == n_findings == len(d["findings_list"])


def test_kill_mid_upload_leaves_no_orphan_upload_file(killed):
    """BUG (minor): the copy of an upload whose job was interrupted stays in data/uploads forever
    (only a finished job deletes its file; startup marks the job failed but keeps the file)."""
    assert killed.uploads_after_kill, "the upload was already gone when the server was killed"
    assert os.listdir(os.path.join(killed.data_dir, "uploads")) == [], "interrupted upload left behind"


def test_kill_mid_upload_reupload_completes_without_duplicates(killed):
    srv, k = killed.server, killed
    job = upload(srv, srv.admin_key, "big.jsonl", k.src_content)
    j = wait_job(srv, srv.admin_key, job, timeout=400)  # (20,000 chats: ~20 s on a free core; minutes under load)
    assert j["status"] == "done" and j["done"] == N_BIG and j["skipped"] == 0, {**j, "errors": j["errors"][:3]}
    distinct = len(set(k.ids))
    assert jget(srv, f"{API}/conversations?size=1", srv.admin_key)["total"] == distinct == N_BIG
    db = sqlite3.connect(os.path.join(k.data_dir, "zhijian.db"))
    try:
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM conversations").fetchone() == (distinct, distinct)
        total_f, sum_n = db.execute(
            "SELECT (SELECT COUNT(*) FROM findings), (SELECT SUM(n_findings) FROM conversations)").fetchone()
        assert total_f == sum_n
        orphans = db.execute("SELECT COUNT(*) FROM findings f LEFT JOIN conversations c "
                             "ON c.id = f.conversation_id WHERE c.id IS NULL").fetchone()[0]
        assert orphans == 0
    finally:
        db.close()
    fl = jget(srv, f"{API}/findings?size=1", srv.admin_key)
    assert fl["total"] == total_f


# -- PostgreSQL via --db ----------------------------------------------------------------------------------
def test_real_server_on_postgresql(pg_cluster, tmp_path):
    url = pg_cluster.new_database("zjhttp")
    data = str(tmp_path / "data")
    with running_server(data, db=url) as srv:
        admin = srv.admin_key
        assert jget(srv, f"{API}/health") == {"status": "ok"}
        assert not os.path.exists(os.path.join(data, "zhijian.db"))  # nothing went to SQLite
        qa, _ = cli_key("qa", "pg-qa", "--db", url)
        agent, _ = cli_key("agent", "pg-agent", "--db", url)
        lines = [json.dumps(chat(f"pg-{i}", agent="p1" if i % 2 else "p2"), ensure_ascii=False) for i in range(30)]
        lines.insert(5, "{broken")
        j = wait_job(srv, qa, upload(srv, qa, "pg.jsonl", "\n".join(lines).encode()))
        assert j["status"] == "done" and j["done"] == 30 and j["skipped"] == 1 and "第6行" in j["errors"][0]
        # again: updates, no duplicates
        j = wait_job(srv, qa, upload(srv, qa, "pg.jsonl", "\n".join(lines).encode()))
        assert j["status"] == "done" and j["done"] == 30
        assert jget(srv, f"{API}/conversations", qa)["total"] == 30
        assert {a["agent"]: a["chats"] for a in jget(srv, f"{API}/agents", qa)["agents"]} == {"p1": 15, "p2": 15}
        d = jget(srv, f"{API}/conversations/pg-3", qa)
        assert len(d["messages"]) == 4 and d["findings"] == len(d["findings_list"])
        status, _, body = srv.request("PUT", f"{API}/overrides/{urllib.parse.quote('测试店')}",
                                      admin, {"data": {"disable": ["jd.forbidden_address.qin"]}})
        assert status == 200 and json.loads(body)["version"] == 1
        status, _, body = srv.request("POST", f"{API}/check", agent, {"text": "亲，在的", "shop": "测试店"})
        assert status == 200 and json.loads(body)["findings"] == []
        assert_error(*srv.request("GET", f"{API}/keys", qa)[::2], 403)
        assert_error(*srv.request("GET", f"{API}/agents", agent)[::2], 403)
        assert_error(*srv.request("GET", f"{API}/agents")[::2], 401)
    # a restart on the same database (another data dir) keeps everything and creates no new admin key
    data2 = str(tmp_path / "data2")
    with running_server(data2, db=url) as srv2:
        assert srv2.admin_key == ""
        assert not os.path.exists(os.path.join(data2, "admin.key"))
        assert jget(srv2, f"{API}/conversations", admin)["total"] == 30
        assert len(jget(srv2, f"{API}/keys", admin)["keys"]) == 3
