"""The REST API (zhijian.service.app) in process, with FastAPI's TestClient, on SQLite AND on a real
PostgreSQL server started by the test session (see service_fixtures.py)."""

from __future__ import annotations

import datetime as dt
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
ROLE_RANK = {"agent": 1, "qa": 2, "admin": 3}
MOBILE = "13912345678"
OTHER_MOBILE = "13987655678"  # masked alike (139****5678): the number of a third person


# -- fixtures ------------------------------------------------------------------------------------
@pytest.fixture
def service_factory(db_url, tmp_path):
    """make(**settings) -> Service on this test's database; every response is checked at the end:
    no 500, no stack trace."""
    made = []

    def make(**settings):
        svc = make_service(db_url, str(tmp_path / f"data{len(made)}"), **settings)
        seen = svc.seen = []

        def hook(response):
            response.read()
            seen.append((response.request.method, str(response.request.url), response.status_code, response.text))

        svc.client.event_hooks["response"].append(hook)
        made.append(svc)
        return svc

    yield make
    for svc in made:
        svc.close()
    for svc in made:
        for method, url, status, text in svc.seen:
            assert "Traceback" not in text, f"{method} {url} -> {status}: stack trace in the body"
            assert status != 500, f"{method} {url} -> 500: {text[:300]}"


@pytest.fixture
def svc(service_factory):
    return service_factory()


# -- helpers -------------------------------------------------------------------------------------
def err(r, status: int) -> str:
    """Assert an error response: the status, a JSON body {"error": "<text>"}, no stack trace."""
    assert r.status_code == status, f"expected {status}, got {r.status_code}: {r.text[:400]}"
    assert "Traceback" not in r.text
    body = r.json()
    assert isinstance(body, dict) and isinstance(body.get("error"), str) and body["error"], body
    return body["error"]


def ts(day: str, hm: str, s: int = 0, tz: str = "+08:00") -> str:
    return f"{day}T{hm}:{s:02d}{tz}"


def chat(cid, shop="华越家电京东自营旗舰店", agent="a1", day="2026-05-01", hm="10:00", agent_text=None,
         pack="jd", tz="+08:00", customer_text="这款电饭煲有现货吗？", **extra):
    """A short chat: greeting, answer, closing; ``agent_text`` replaces the answer."""
    answer = agent_text or "您好，很高兴为您服务，这款电饭煲目前有现货，今天下午四点前付款当天就能发出。"
    return {"id": cid, "pack": pack, "shop": shop, "agent": agent, **extra, "messages": [
        {"role": "customer", "text": customer_text, "ts": ts(day, hm, 0, tz)},
        {"role": "agent", "text": answer, "ts": ts(day, hm, 12, tz)},
        {"role": "customer", "text": "好的，谢谢", "ts": ts(day, hm, 40, tz)},
        {"role": "agent", "text": "不用客气，能为您服务很开心。感谢您的信任，期待下次再见！", "ts": ts(day, hm, 55, tz)},
    ]}


def audit(svc, convs, role="qa", **body):
    r = svc.client.post(f"{API}/audit", json={"conversations": convs, **body}, headers=svc.h(role))
    assert r.status_code == 200, r.text[:500]
    return r.json()


def list_all(svc, **params):
    r = svc.client.get(f"{API}/conversations", params={"size": 500, **params}, headers=svc.h("qa"))
    assert r.status_code == 200, r.text[:500]
    return r.json()


def ids_of(listing) -> set:
    return {c["id"] for c in listing["items"]}


def detail(svc, cid):
    r = svc.client.get(f"{API}/conversations/{cid}", headers=svc.h("qa"))
    assert r.status_code == 200, r.text[:500]
    return r.json()


def rules_of(findings) -> set:
    return {f["rule"] for f in findings}


# -- roles × endpoint families ---------------------------------------------------------------------
def _endpoints(svc):
    """(family, method, path-or-callable, request kwargs, minimum role or None for open, success status)."""
    from zhijian.service.security import create_key

    sample = chat("role-seed-1")
    audit(svc, [sample], role="admin")
    r = svc.client.post(f"{API}/audit/upload", headers=svc.h("admin"),
                        files={"file": ("seed.jsonl", json.dumps(chat("role-seed-2")).encode(), "application/json")})
    assert r.status_code == 202, r.text
    job_id = r.json()["job"]
    upload = json.dumps(chat("role-upload")).encode()

    def fresh_key_path():
        with svc.app.state.sessions.begin() as s:
            row, _ = create_key(s, "to-revoke", "agent")
            return f"{API}/keys/{row.id}"

    j = lambda **b: {"json": b}  # noqa: E731
    return [
        ("system", "GET", f"{API}/health", {}, None, 200),
        ("system", "GET", f"{API}/version", {}, None, 200),
        ("system", "GET", f"{API}/whoami", {}, "agent", 200),
        ("check", "POST", f"{API}/check", j(text="亲，加我微信"), "agent", 200),
        ("check", "POST", f"{API}/check/batch", j(messages=[{"text": "亲"}, {"id": "x", "text": "好的"}]), "agent", 200),
        ("check", "POST", f"{API}/rewrite", j(text="亲，保证明天一定送到哦"), "agent", 200),
        ("scripts", "POST", f"{API}/suggest", j(text="什么时候发货"), "agent", 200),
        ("scripts", "GET", f"{API}/scripts", {}, "agent", 200),
        ("packs", "GET", f"{API}/packs", {}, "agent", 200),
        ("packs", "GET", f"{API}/packs/jd/rules", {}, "agent", 200),
        ("audit", "POST", f"{API}/audit", j(conversations=[sample]), "qa", 200),
        ("audit", "POST", f"{API}/audit/upload",
         {"files": {"file": ("u.jsonl", upload, "application/json")}}, "qa", 202),
        ("audit", "GET", f"{API}/jobs/{job_id}", {}, "qa", 200),
        ("browse", "GET", f"{API}/conversations", {}, "qa", 200),
        ("browse", "GET", f"{API}/conversations/role-seed-1", {}, "qa", 200),
        ("browse", "GET", f"{API}/findings", {}, "qa", 200),
        ("browse", "GET", f"{API}/agents", {}, "qa", 200),
        ("browse", "GET", f"{API}/shops", {}, "qa", 200),
        ("browse", "GET", f"{API}/dashboard", {}, "qa", 200),
        ("browse", "GET", f"{API}/export.xlsx", {}, "qa", 200),
        ("overrides", "GET", f"{API}/overrides/某店", {}, "admin", 200),
        ("overrides", "PUT", f"{API}/overrides/某店", j(data={"exempt": ["亲民价"]}), "admin", 200),
        ("overrides", "GET", f"{API}/overrides/某店/history", {}, "admin", 200),
        ("overrides", "POST", f"{API}/overrides/某店/try", j(data={"exempt": ["亲"]}, text="亲"), "admin", 200),
        ("keys", "GET", f"{API}/keys", {}, "admin", 200),
        ("keys", "POST", f"{API}/keys", j(name="新 key", role="agent"), "admin", 201),
        ("keys", "DELETE", fresh_key_path, {}, "admin", 200),
    ]


def expected_status(role, need, ok):
    if need is None:
        return ok
    if role in (None, "bad", "revoked"):
        return 401
    return ok if ROLE_RANK[role] >= ROLE_RANK[need] else 403


def test_every_endpoint_family_against_every_role(svc):
    eps = _endpoints(svc)
    assert {e[0] for e in eps} == {"system", "check", "scripts", "packs", "audit", "browse", "overrides", "keys"}
    wrong = []
    for role in ("agent", "qa", "admin", None, "bad", "revoked"):
        for family, method, path, kw, need, ok in eps:
            path = path() if callable(path) else path
            r = svc.client.request(method, path, headers=svc.h(role), **kw)
            want = expected_status(role, need, ok)
            if r.status_code != want:
                wrong.append(f"{role or 'no key'} {method} {path}: {r.status_code} (want {want}) {r.text[:120]}")
                continue
            if want in (401, 403):
                msg = err(r, want)
                if want == 401:
                    assert r.headers.get("www-authenticate") == "Bearer"
                else:
                    assert need in msg and role in msg, msg  # names the role needed and the role held
    assert not wrong, "\n".join(wrong)


def test_key_header_variants(svc):
    c = svc.client
    assert c.get(f"{API}/packs", headers={"X-API-Key": svc.keys["agent"]}).status_code == 200
    assert c.get(f"{API}/packs", headers={"Authorization": f"bearer {svc.keys['agent']}"}).status_code == 200
    err(c.get(f"{API}/packs", headers={"Authorization": f"Basic {svc.keys['agent']}"}), 401)
    err(c.get(f"{API}/packs", headers={"Authorization": "Bearer "}), 401)
    err(c.get(f"{API}/packs", headers={"X-API-Key": svc.keys["revoked"]}), 401)


# -- check ----------------------------------------------------------------------------------------------
def test_check_single_and_batch(svc):
    c, h = svc.client, svc.h("agent")
    r = c.post(f"{API}/check", json={"text": "亲，加我微信"}, headers=h)
    assert r.status_code == 200
    single = r.json()
    assert single["pack"] == "jd" and single["version"]
    assert {"jd.forbidden_address.qin", "common.diversion.contact_app"} <= rules_of(single["findings"])
    f = next(f for f in single["findings"] if f["rule"] == "jd.forbidden_address.qin")
    assert (f["start"], f["end"], f["match"]) == (0, 1, "亲")
    # 亲 is a JD-only rule
    r = c.post(f"{API}/check", json={"text": "亲，加我微信", "pack": "taobao"}, headers=h)
    assert "jd.forbidden_address.qin" not in rules_of(r.json()["findings"])
    assert err(c.post(f"{API}/check", json={"text": "x", "pack": "没有这个包"}, headers=h), 422)

    texts = ["亲，加我微信", "您好，很高兴为您服务", "别家卖的都是翻新机，千万别买"]
    r = c.post(f"{API}/check/batch", json={"messages": [{"id": "a", "text": texts[0]}, {"text": texts[1]},
                                                          {"id": 7, "text": texts[2]}]}, headers=h)
    assert r.status_code == 200
    res = r.json()["results"]
    assert [x["id"] for x in res] == ["a", 2, 7]
    for x, t in zip(res, texts):  # the batch says what single checks say
        one = c.post(f"{API}/check", json={"text": t}, headers=h).json()["findings"]
        assert x["findings"] == one
    assert res[1]["findings"] == []


def test_batch_limit_and_body_limits(service_factory):
    svc = service_factory()
    c, h = svc.client, svc.h("agent")
    ok = c.post(f"{API}/check/batch", json={"messages": [{"text": "好的，马上为您处理"}] * 1000}, headers=h)
    assert ok.status_code == 200 and len(ok.json()["results"]) == 1000
    msg = err(c.post(f"{API}/check/batch", json={"messages": [{"text": "好"}] * 1001}, headers=h), 422)
    assert "1000" in msg and "1001" in msg
    # one message over the per-message limit
    msg = err(c.post(f"{API}/check", json={"text": "好" * 20001}, headers=h), 413)
    assert "20,000" in msg
    # a JSON body over 2 MiB (each 好 is 6 bytes as \u597d), refused by its Content-Length
    body = json.dumps({"messages": [{"text": "好" * 10000}] * 40}).encode()
    assert len(body) > 2 * 1024 * 1024
    r = c.post(f"{API}/check/batch", content=body, headers={**h, "Content-Type": "application/json"})
    msg = err(r, 413)
    assert "2,097,152" in msg and f"{len(body):,}" in msg
    # inline audit over its limit
    convs = [{"id": f"c{i}", "messages": []} for i in range(501)]
    msg = err(c.post(f"{API}/audit", json={"conversations": convs}, headers=svc.h("qa")), 422)
    assert "500" in msg and "501" in msg and "/api/v1/audit/upload" in msg
    # an upload over a (small) upload limit
    small = service_factory(max_upload=1000)
    r = small.client.post(f"{API}/audit/upload", headers=small.h("qa"),
                          files={"file": ("big.jsonl", b"x" * 5000, "application/json")})
    assert "1,000" in err(r, 413)
    # the small server's JSON limit still applies elsewhere
    tiny = service_factory(max_body=100)
    assert "100" in err(tiny.client.post(f"{API}/check", json={"text": "好" * 200}, headers=tiny.h("agent")), 413)


def test_body_limit_holds_without_content_length(service_factory):
    """BUG: BodyLimit only looks at the Content-Length header; a chunked body (no Content-Length)
    of any size is read and processed."""
    svc = service_factory(max_body=1000)
    body = json.dumps({"messages": [{"text": "好" * 300}] * 20}).encode()  # 36 KB, 36× the limit

    def chunks():
        for i in range(0, len(body), 500):
            yield body[i:i + 500]

    r = svc.client.post(f"{API}/check/batch", content=chunks(),
                        headers={**svc.h("agent"), "Content-Type": "application/json"})
    assert r.request.headers.get("transfer-encoding") == "chunked"
    err(r, 413)


# -- audit, storage, browsing ------------------------------------------------------------------------
def test_inline_audit_stores_and_reaudit_updates(svc):
    convs = [chat("c1"), chat("c2", agent="a2"), chat("c3", agent="a3")]
    out = audit(svc, convs)
    assert [r["id"] for r in out["results"]] == ["c1", "c2", "c3"] and out["skipped"] == []
    listing = list_all(svc)
    assert listing["total"] == 3 and ids_of(listing) == {"c1", "c2", "c3"}
    before = detail(svc, "c1")
    assert [m["text"] for m in before["messages"]] == [m["text"] for m in convs[0]["messages"]]
    assert before["findings"] == len(before["findings_list"])

    # same id, worse agent: updated in place, not duplicated
    worse = chat("c1", agent_text="亲，加我微信kf8899，私聊给您内部价，保证明天一定送到")
    out2 = audit(svc, [worse])
    listing = list_all(svc)
    assert listing["total"] == 3
    after = detail(svc, "c1")
    assert after["score"] != before["score"] and after["score"] == out2["results"][0]["score"]
    assert after["score"] < before["score"]
    assert after["messages"][1]["text"].startswith("亲，加我微信")
    assert after["findings"] == len(after["findings_list"]) == len(out2["results"][0]["findings"])
    assert "jd.forbidden_address.qin" in rules_of(after["findings_list"])
    # the stored findings are exactly the new audit's (the old ones are gone, none twice)
    assert sorted(json.dumps(f, sort_keys=True) for f in after["findings_list"]) == \
        sorted(json.dumps(f, sort_keys=True) for f in out2["results"][0]["findings"])
    r = svc.client.get(f"{API}/findings", params={"size": 500}, headers=svc.h("qa")).json()
    assert r["total"] == sum(detail(svc, c)["findings"] for c in ("c1", "c2", "c3"))

    # the same id twice in one request: stored once (the last one wins)
    audit(svc, [chat("dup"), chat("dup", agent_text="亲，在的")])
    assert list_all(svc)["total"] == 4
    assert detail(svc, "dup")["messages"][1]["text"] == "亲，在的"

    # a bad record is skipped and named; all bad → 422
    out = audit(svc, [chat("c9"), {"id": "bad", "messages": "nope"}])
    assert [r["id"] for r in out["results"]] == ["c9"] and "conversations[1]" in out["skipped"][0]
    assert "messages" in err(svc.client.post(f"{API}/audit", json={"conversations": [{"id": "x"}]},
                                             headers=svc.h("qa")), 422)


def test_concurrent_audits_of_the_same_new_ids(svc):
    """BUG on PostgreSQL: two audits that store the same NEW conversation id at the same time both
    INSERT it; the second fails with a UniqueViolation → 500 (SQLite serialises the writers)."""
    from fastapi.testclient import TestClient

    convs = [chat(f"race-{i}") for i in range(30)]
    statuses = []
    barrier = threading.Barrier(4)

    def go():
        client = TestClient(svc.app, raise_server_exceptions=False)
        barrier.wait()
        r = client.post(f"{API}/audit", json={"conversations": convs}, headers=svc.h("qa"))
        statuses.append((r.status_code, r.text[:200]))

    threads = [threading.Thread(target=go) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert [s for s, _ in statuses] == [200] * 4, statuses
    assert list_all(svc)["total"] == 30


def _dataset():
    shop1, shop2 = "华越家电京东自营旗舰店", "北辰数码旗舰店"
    return [
        chat("d1", shop1, "a1", "2026-04-30", "09:00"),
        chat("d2", shop1, "a1", "2026-05-01", "10:00", agent_text="亲，这款今天有现货"),
        chat("d3", shop1, "a2", "2026-05-01", "15:00", agent_text="您好，别家卖的都是翻新机，千万别买"),
        chat("d4", shop2, "a2", "2026-05-02", "00:30"),  # 2026-05-01 16:30 UTC: a 05-02 chat in China
        chat("d5", shop2, "a3", "2026-04-30", "17:00", tz="Z", agent_text="亲，保证明天一定送到"),  # 05-01 01:00 CST
        chat("d6", shop2, "a3", "2026-05-03", "11:00", agent_text="您好，亲民价，欢迎选购"),
        chat("d7", shop1, "a3", "2026-05-03", "20:00", agent_text="您好，不清楚，这事您找物流去吧！！！"),
    ]


def test_conversation_filters_and_paging(svc):
    data = _dataset()
    audit(svc, data)
    everything = list_all(svc)
    assert everything["total"] == 7
    by_id = {c["id"]: c for c in everything["items"]}
    details = {cid: detail(svc, cid) for cid in by_id}

    # every stored detail: messages as given, findings with a valid turn, count in the summary
    src = {c["id"]: c for c in data}
    for cid, d in details.items():
        assert [(m["role"], m["text"]) for m in d["messages"]] == \
            [(m["role"], m["text"]) for m in src[cid]["messages"]]
        assert d["findings"] == len(d["findings_list"])
        for f in d["findings_list"]:
            assert 0 <= f["turn"] < len(d["messages"])
            if "start" in f:
                assert d["messages"][f["turn"]]["text"][f["start"]:f["end"]] == f["match"]

    def check(params, expected):
        got = list_all(svc, **params)
        assert ids_of(got) == set(expected), params
        assert got["total"] == len(expected)

    check({"shop": "北辰数码旗舰店"}, {"d4", "d5", "d6"})
    check({"agent": "a2"}, {"d3", "d4"})
    check({"shop": "华越家电京东自营旗舰店", "agent": "a3"}, {"d7"})
    check({"agent": "nobody"}, set())
    cat = {cid for cid, d in details.items() if any(f["category"] == "forbidden_address" for f in d["findings_list"])}
    assert cat == {"d2", "d5"}
    check({"category": "forbidden_address"}, cat)
    crit = {cid for cid, d in details.items() if any(f["severity"] == "critical" for f in d["findings_list"])}
    assert {"d2", "d3", "d5"} <= crit and "d1" not in crit
    check({"severity": "critical"}, crit)
    check({"category": "forbidden_address", "shop": "北辰数码旗舰店"}, {"d5"})
    check({"category": "disparage_peer", "severity": "critical"}, {"d3"})
    # date range on the China-time day
    check({"date_from": "2026-05-01", "date_to": "2026-05-01"}, {"d2", "d3", "d5"})
    check({"date_from": "2026-05-02"}, {"d4", "d6", "d7"})
    check({"date_to": "2026-04-30"}, {"d1"})
    check({"date_from": "2026-05-01", "date_to": "2026-05-02", "agent": "a2"}, {"d3", "d4"})
    scores = {cid: c["score"] for cid, c in by_id.items()}
    check({"min_score": 100}, {cid for cid, s in scores.items() if s >= 100})
    check({"max_score": 90}, {cid for cid, s in scores.items() if s <= 90})

    # paging: size 3 over 7 → 3 pages, each id once, ascending score
    seen = []
    for page in (1, 2, 3):
        r = svc.client.get(f"{API}/conversations", params={"size": 3, "page": page}, headers=svc.h("qa")).json()
        assert r["total"] == 7 and r["page"] == page and r["size"] == 3
        assert len(r["items"]) == (3 if page < 3 else 1)
        seen += r["items"]
    assert sorted(c["id"] for c in seen) == sorted(by_id)
    assert [c["score"] for c in seen] == sorted(c["score"] for c in seen)
    r = svc.client.get(f"{API}/conversations", params={"size": 3, "page": 4}, headers=svc.h("qa")).json()
    assert r["items"] == [] and r["total"] == 7
    desc = svc.client.get(f"{API}/conversations", params={"order": "-score"}, headers=svc.h("qa")).json()["items"]
    assert [c["score"] for c in desc] == sorted((c["score"] for c in desc), reverse=True)
    err(svc.client.get(f"{API}/conversations", params={"order": "shop"}, headers=svc.h("qa")), 422)
    err(svc.client.get(f"{API}/conversations", params={"size": 501}, headers=svc.h("qa")), 422)
    err(svc.client.get(f"{API}/conversations", params={"page": 0}, headers=svc.h("qa")), 422)
    assert "没有会话" in err(svc.client.get(f"{API}/conversations/nope", headers=svc.h("qa")), 404)

    # findings listing and its filters
    fl = svc.client.get(f"{API}/findings", params={"size": 500}, headers=svc.h("qa")).json()
    assert fl["total"] == sum(d["findings"] for d in details.values()) == len(fl["items"])
    fc = svc.client.get(f"{API}/findings", params={"category": "forbidden_address", "size": 500},
                        headers=svc.h("qa")).json()
    assert fc["total"] >= 2 and {f["category"] for f in fc["items"]} == {"forbidden_address"}
    assert {f["conversation"] for f in fc["items"]} == {"d2", "d5"}
    fp = svc.client.get(f"{API}/findings", params={"size": 2, "page": 2}, headers=svc.h("qa")).json()
    assert fp["items"] == fl["items"][2:4]


def test_started_keeps_the_instant(svc):
    """BUG on SQLite: ``started`` loses its UTC offset (DateTime(timezone=True) is stored as naive wall-clock
    time), so the API returns "2026-05-01T10:00:00" without an offset and ``order=started`` compares
    wall clocks of different zones (PostgreSQL returns the right instant)."""
    audit(svc, [chat("cst", hm="10:00"),  # 02:00 UTC
                chat("utc", hm="03:00", tz="Z")])  # 03:00 UTC, i.e. later
    items = svc.client.get(f"{API}/conversations", params={"order": "started"}, headers=svc.h("qa")).json()["items"]
    for c in items:
        started = dt.datetime.fromisoformat(c["started"])
        assert started.tzinfo is not None, f"started without an offset: {c['started']!r}"
    got = {c["id"]: dt.datetime.fromisoformat(c["started"]) for c in items}
    assert got["cst"] == dt.datetime(2026, 5, 1, 2, 0, tzinfo=dt.timezone.utc)
    assert got["utc"] == dt.datetime(2026, 5, 1, 3, 0, tzinfo=dt.timezone.utc)
    assert [c["id"] for c in items] == ["cst", "utc"]


def test_agents_shops_dashboard_aggregates(svc):
    data = _dataset()
    audit(svc, data)
    items = list_all(svc)["items"]
    h = svc.h("qa")
    agents = svc.client.get(f"{API}/agents", headers=h).json()["agents"]
    assert {a["agent"] for a in agents} == {"a1", "a2", "a3"}
    assert sum(a["chats"] for a in agents) == 7
    for a in agents:
        mine = [c for c in items if c["agent"] == a["agent"]]
        assert a["chats"] == len(mine)
        assert a["avg_score"] == pytest.approx(round(sum(c["score"] for c in mine) / len(mine), 1), abs=0.051)
        assert a["findings"] == sum(c["findings"] for c in mine)
        assert 0 <= a["unanswered_rate"] <= 1
    assert [a["avg_score"] for a in agents] == sorted((a["avg_score"] for a in agents), reverse=True)
    shops = svc.client.get(f"{API}/shops", headers=h).json()["shops"]
    assert {s["shop"]: s["chats"] for s in shops} == {"华越家电京东自营旗舰店": 4, "北辰数码旗舰店": 3}
    one = svc.client.get(f"{API}/agents", params={"shop": "北辰数码旗舰店"}, headers=h).json()["agents"]
    assert {a["agent"]: a["chats"] for a in one} == {"a2": 1, "a3": 2}
    day = svc.client.get(f"{API}/shops", params={"date_from": "2026-05-01", "date_to": "2026-05-01"},
                         headers=h).json()["shops"]
    assert {s["shop"]: s["chats"] for s in day} == {"华越家电京东自营旗舰店": 2, "北辰数码旗舰店": 1}
    dash = svc.client.get(f"{API}/dashboard", headers=h).json()
    assert dash["chats"] == 7 and sum(dash["score_histogram"].values()) == 7
    assert dash["findings_by_category"].get("forbidden_address", 0) >= 2
    assert {d["day"] for d in dash["days"]} == {"2026-04-30", "2026-05-01", "2026-05-02", "2026-05-03"}
    d2 = svc.client.get(f"{API}/dashboard", params={"shop": "北辰数码旗舰店"}, headers=h).json()
    assert d2["chats"] == 3


# -- overrides --------------------------------------------------------------------------------------------
def test_overrides_take_effect_at_once_and_keep_history(svc):
    c, agent, admin = svc.client, svc.h("agent"), svc.h("admin")
    shop = "示例数码旗舰店"
    text = "亲，这台空调包安装哦"

    def check_rules(shop_=shop):
        return rules_of(c.post(f"{API}/check", json={"text": text, "shop": shop_}, headers=agent).json()["findings"])

    assert check_rules() == {"jd.forbidden_address.qin"}  # builds and caches the inspector for this shop
    assert c.get(f"{API}/overrides/{shop}", headers=admin).json() == {"shop": shop, "version": 0, "data": {}}

    v1 = {"disable": ["jd.forbidden_address.qin"]}
    r = c.put(f"{API}/overrides/{shop}", json={"data": v1, "note": "本店允许亲"}, headers=admin)
    assert r.status_code == 200 and r.json() == {"shop": shop, "version": 1, "author": "测试admin"}
    assert check_rules() == set()  # gone at once
    assert check_rules("别的店") == {"jd.forbidden_address.qin"}  # only for that shop
    assert "jd.forbidden_address.qin" in rules_of(
        c.post(f"{API}/check", json={"text": text}, headers=agent).json()["findings"])

    v2 = {"rules": [{"id": "shop.promise.free_install", "category": "arbitrary_promise", "severity": "major",
                     "message": "本店不提供免费上门安装，不能承诺：“{match}”", "suggestion": "安装服务以商品页说明为准",
                     "patterns": ["免费上门安装", "包安装"],
                     "examples": {"match": ["这台空调包安装哦"], "no_match": ["安装服务以商品页说明为准"]}}]}
    r = c.put(f"{API}/overrides/{shop}", json={"data": v2}, headers=admin)
    assert r.status_code == 200 and r.json()["version"] == 2
    assert check_rules() == {"jd.forbidden_address.qin", "shop.promise.free_install"}  # v2 replaces v1

    # invalid overrides: 422, nothing saved, the one in force unchanged
    bad = [{"disable": ["no.such.rule"]},
           {"words": {"no_such_category": ["词"]}},
           {"limits": {"max_length": "long"}},
           {"rules": [{**v2["rules"][0], "examples": {"match": ["完全无关的句子"], "no_match": []}}]}]
    for data in bad:
        msg = err(c.put(f"{API}/overrides/{shop}", json={"data": data}, headers=admin), 422)
        assert "未保存" in msg
    err(c.put(f"{API}/overrides/{shop}", json={"nodata": {}}, headers=admin), 422)
    cur = c.get(f"{API}/overrides/{shop}", headers=admin).json()
    assert cur["version"] == 2 and cur["data"] == v2 and cur["author"] == "测试admin"
    assert check_rules() == {"jd.forbidden_address.qin", "shop.promise.free_install"}

    hist = c.get(f"{API}/overrides/{shop}/history", headers=admin).json()
    assert [v["version"] for v in hist["versions"]] == [2, 1]
    assert [v["author"] for v in hist["versions"]] == ["测试admin", "测试admin"]
    assert hist["versions"][1]["note"] == "本店允许亲" and hist["versions"][1]["data"] == v1
    assert all(v["created_at"] for v in hist["versions"])
    assert c.get(f"{API}/overrides/别的店/history", headers=admin).json()["versions"] == []


def test_override_with_unknown_key_is_refused(svc):
    """BUG: PUT /overrides accepts unknown top-level keys (a typo such as "disabel") and saves a new
    version that silently does nothing; the same data in an override FILE is refused by
    packs.load_overrides ("unknown keys …").  app.put_override's own comment promises to refuse
    unknown keys."""
    admin = svc.h("admin")
    r = svc.client.put(f"{API}/overrides/S", json={"data": {"disabel": ["jd.forbidden_address.qin"]}}, headers=admin)
    assert "disabel" in err(r, 422)
    assert svc.client.get(f"{API}/overrides/S", headers=admin).json()["version"] == 0


def test_try_override_is_not_saved(svc):
    c, admin = svc.client, svc.h("admin")
    r = c.post(f"{API}/overrides/试店/try", json={"data": {"disable": ["jd.forbidden_address.qin"]}, "text": "亲，在的"},
               headers=admin)
    assert r.status_code == 200 and r.json()["findings"] == []
    r = c.post(f"{API}/overrides/试店/try", json={"data": {}, "text": "亲，在的"}, headers=admin)
    assert "jd.forbidden_address.qin" in rules_of(r.json()["findings"])
    assert "no.such.rule" in err(c.post(f"{API}/overrides/试店/try", json={"data": {"disable": ["no.such.rule"]},
                                                                           "text": "x"}, headers=admin), 422)
    assert c.get(f"{API}/overrides/试店", headers=admin).json()["version"] == 0
    assert "jd.forbidden_address.qin" in rules_of(
        c.post(f"{API}/check", json={"text": "亲，在的", "shop": "试店"}, headers=svc.h("agent")).json()["findings"])
    assert c.get(f"{API}/whoami", headers=admin).json() == {"name": "测试admin", "role": "admin", "shops": None,
                                                          "agent_id": None}


def test_export_xlsx(svc):
    import io

    import openpyxl

    audit(svc, _dataset())
    r = svc.client.get(f"{API}/export.xlsx", params={"shop": "北辰数码旗舰店"}, headers=svc.h("qa"))
    assert r.status_code == 200 and r.content[:2] == b"PK"
    wb = openpyxl.load_workbook(io.BytesIO(r.content), read_only=True)
    assert wb.sheetnames == ["会话", "问题", "客服", "店铺"]
    convs = list(wb["会话"].iter_rows(values_only=True))
    assert sorted(row[0] for row in convs[1:]) == ["d4", "d5", "d6"]
    findings = list(wb["问题"].iter_rows(values_only=True))[1:]
    assert len(findings) == sum(detail(svc, cid)["findings"] for cid in ("d4", "d5", "d6"))
    assert not [f for f in os.listdir(svc.app.state.settings.data_dir) if f.endswith(".xlsx")]  # temp file removed


# -- keys -------------------------------------------------------------------------------------------------
def test_keys_create_list_revoke(svc):
    c, admin = svc.client, svc.h("admin")
    r = c.post(f"{API}/keys", json={"name": "质检小王", "role": "qa"}, headers=admin)
    assert r.status_code == 201
    new = r.json()
    key = new["key"]
    assert key.startswith("zj_") and new["role"] == "qa" and new["name"] == "质检小王"
    h = {"Authorization": f"Bearer {key}"}
    assert c.get(f"{API}/conversations", headers=h).status_code == 200
    err(c.get(f"{API}/keys", headers=h), 403)

    listed = c.get(f"{API}/keys", headers=admin).json()["keys"]
    row = next(k for k in listed if k["id"] == new["id"])
    assert row["name"] == "质检小王" and row["role"] == "qa" and row["revoked_at"] is None
    assert key.startswith(row["prefix"]) and len(row["prefix"]) < len(key)
    assert key not in json.dumps(listed)  # the key itself is never shown again
    assert next(k for k in listed if k["id"] == svc.key_ids["revoked"])["revoked_at"]

    assert c.delete(f"{API}/keys/{new['id']}", headers=admin).json() == {"revoked": new["id"]}
    err(c.get(f"{API}/conversations", headers=h), 401)
    assert next(k for k in c.get(f"{API}/keys", headers=admin).json()["keys"] if k["id"] == new["id"])["revoked_at"]
    err(c.delete(f"{API}/keys/{new['id']}", headers=admin), 404)  # already revoked
    err(c.delete(f"{API}/keys/999999", headers=admin), 404)
    assert "agent" in err(c.post(f"{API}/keys", json={"name": "x", "role": "root"}, headers=admin), 422)
    err(c.post(f"{API}/keys", json={"name": "", "role": "qa"}, headers=admin), 422)
    err(c.delete(f"{API}/keys/abc", headers=admin), 422)


# -- rate limit -----------------------------------------------------------------------------------------
def test_rate_limit_429_with_retry_after(service_factory):
    svc = service_factory(rate=2, burst=2)
    c = svc.client
    assert c.get(f"{API}/packs", headers=svc.h("agent")).status_code == 200
    assert c.get(f"{API}/packs", headers=svc.h("agent")).status_code == 200
    r = c.get(f"{API}/packs", headers=svc.h("agent"))
    msg = err(r, 429)
    assert "2" in msg
    assert int(r.headers["retry-after"]) >= 1
    assert c.get(f"{API}/packs", headers=svc.h("qa")).status_code == 200  # per key
    assert c.get(f"{API}/health").status_code == 200  # open endpoints are not limited
    time.sleep(int(r.headers["retry-after"]))
    assert c.get(f"{API}/packs", headers=svc.h("agent")).status_code == 200


# -- PII masking -----------------------------------------------------------------------------------------
PII_CHAT = {"id": "pii", "pack": "jd", "shop": "S", "agent": "a1", "messages": [
    {"role": "customer", "text": f"我的电话{MOBILE}，身份证110101199003071234", "ts": "2026-05-01T10:00:00+08:00"},
    {"role": "agent", "text": f"您好，张女士电话是{OTHER_MOBILE}，您可以问问她", "ts": "2026-05-01T10:00:10+08:00"}]}
# (the third person's number is not the customer's own: a number the customer sent earlier in the chat, read back to
# them, is no leak — stop 41, auditor._own_data_read_back)


def test_mask_pii_masks_stored_messages_and_matches(service_factory):
    svc = service_factory(mask_pii=True)
    audit(svc, [PII_CHAT])
    d = detail(svc, "pii")
    assert d["messages"][0]["text"] == "我的电话139****5678，身份证110101********1234"
    assert d["messages"][1]["text"] == "您好，张女士电话是139****5678，您可以问问她"
    f = next(f for f in d["findings_list"] if f["rule"] == "common.privacy.mobile")
    assert f["match"] == "139****5678"
    assert d["messages"][f["turn"]]["text"][f["start"]:f["end"]] == "139****5678"  # offsets still valid
    # without masking the number is stored as sent
    plain = service_factory()
    audit(plain, [dict(PII_CHAT, id="pii2")])
    assert OTHER_MOBILE in detail(plain, "pii2")["messages"][1]["text"]


def test_mask_pii_leaves_no_number_anywhere_stored(service_factory):
    """BUG: with mask_pii the finding's *message* still carries the full number
    (common.privacy.mobile: "消息中出现完整手机号：“13912345678”…"), stored and served by
    /conversations/{id} and /findings."""
    svc = service_factory(mask_pii=True)
    audit(svc, [PII_CHAT])
    d = detail(svc, "pii")
    fl = svc.client.get(f"{API}/findings", headers=svc.h("qa")).json()
    for number in (MOBILE, OTHER_MOBILE):
        assert number not in json.dumps(d, ensure_ascii=False)
        assert number not in json.dumps(fl, ensure_ascii=False)


# -- scripts, suggest, rewrite, packs ----------------------------------------------------------------------
def test_suggest_scripts_rewrite_packs(svc):
    from zhijian.phrasing.library import SCENARIOS

    c, h = svc.client, svc.h("agent")
    r = c.post(f"{API}/suggest", json={"text": "我的快递到哪了，怎么还没发货"}, headers=h)
    assert r.status_code == 200
    s = r.json()
    assert s["scenario"] in SCENARIOS and s["title"] and 0 <= s["confidence"] <= 1 and s["replies"]
    for reply in s["replies"]:  # every suggested reply passes the check
        assert c.post(f"{API}/check", json={"text": reply}, headers=h).json()["findings"] == []
    r = c.post(f"{API}/suggest", json={"text": "你好", "at": "2026-05-01T09:00:00+08:00"}, headers=h)
    assert r.status_code == 200 and r.json()["replies"]
    assert "ISO 8601" in err(c.post(f"{API}/suggest", json={"text": "你好", "at": "明天"}, headers=h), 422)

    sc = c.get(f"{API}/scripts", headers=h).json()
    assert sc["pack"] == "jd" and [x["id"] for x in sc["scenarios"]] == list(SCENARIOS)
    assert all(x["title"] and x["replies"] for x in sc["scenarios"])
    assert c.get(f"{API}/scripts", params={"pack": "taobao", "at": "2026-05-01T09:00:00+08:00"},
                 headers=h).status_code == 200
    err(c.get(f"{API}/scripts", params={"at": "garbage"}, headers=h), 422)

    r = c.post(f"{API}/rewrite", json={"text": "亲，这款今天下单，保证明天一定送到哦"}, headers=h)
    rw = r.json()
    assert r.status_code == 200 and rw["changed"] and rw["steps"]
    assert "亲" not in rw["rewrite"] and len(rw["remaining"]) < len(rw["findings"])
    assert c.post(f"{API}/check", json={"text": rw["rewrite"]}, headers=h).json()["findings"] == rw["remaining"]
    clean = c.post(f"{API}/rewrite", json={"text": "您好，很高兴为您服务"}, headers=h).json()
    assert clean["changed"] is False and clean["rewrite"] == "您好，很高兴为您服务"

    packs = c.get(f"{API}/packs", headers=h).json()["packs"]
    assert {"jd", "taobao", "common"} <= {p["name"] for p in packs}
    rules = c.get(f"{API}/packs/jd/rules", headers=h).json()
    assert any(r["id"] == "jd.forbidden_address.qin" for r in rules["rules"])
    assert "没有规则包" in err(c.get(f"{API}/packs/nope/rules", headers=h), 404)


# -- errors -------------------------------------------------------------------------------------------------
def test_errors_are_json_without_traceback(svc):
    c, h = svc.client, svc.h("admin")
    cases = [
        c.post(f"{API}/check", content=b"{not json", headers={**h, "Content-Type": "application/json"}),
        c.post(f"{API}/check", json={"txt": "x"}, headers=h),
        c.post(f"{API}/check", json={"text": 5}, headers=h),
        c.post(f"{API}/check/batch", json={"messages": "x"}, headers=h),
        c.post(f"{API}/audit", json={"conversations": [{"id": [1], "messages": []}]}, headers=h),
        c.post(f"{API}/audit", json={"conversations": [{"id": "z", "messages": [{"role": "boss", "text": "x"}]}]},
               headers=h),
        c.post(f"{API}/audit/upload", files={"file": ("x.exe", b"MZ", "application/octet-stream")}, headers=h),
        c.post(f"{API}/audit/upload", headers=h),
        c.get(f"{API}/jobs/nope", headers=h),
        c.get(f"{API}/conversations", params={"min_score": "abc"}, headers=h),
        c.put(f"{API}/overrides/S", params={"pack": "nope"}, json={"data": {}}, headers=h),
        c.post(f"{API}/check", json={"text": "x", "pack": "jd,nope"}, headers=h),
    ]
    for r in cases:
        assert r.status_code in (404, 413, 422), (r.request.url, r.status_code, r.text[:300])
        err(r, r.status_code)
    assert "不支持的文件类型" in cases[6].json()["error"]
    assert cases[8].status_code == 404


def test_unknown_route_and_method_errors_are_json_error(svc):
    """BUG: the handler is registered for fastapi.HTTPException only; Starlette's own 404/405 (unknown
    path, wrong method) come back as {"detail": "Not Found"}, not {"error": …}."""
    err(svc.client.get(f"{API}/no-such-endpoint", headers=svc.h("admin")), 404)
    err(svc.client.delete(f"{API}/health"), 405)
