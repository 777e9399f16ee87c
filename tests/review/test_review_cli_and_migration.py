"""Issue 13: scoped keys from the command line, ``zhijian review export`` (training data from the
review), and migration 0003 on a database made before it (old chats: machine score = score)."""

from __future__ import annotations

import json
import os
import subprocess


from service_fixtures import database_at, make_service, zhijian_exe

pytest_plugins = ["service_fixtures"]

API = "/api/v1"
SHOP = "北辰数码旗舰店"


def zj(*args, data_dir):
    return subprocess.run([*zhijian_exe(), *args, "--data-dir", str(data_dir)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "200"})


def test_keys_create_with_shop_and_agent_and_list_shows_the_scope(tmp_path):
    p = zj("keys", "create", "--role", "agent", "--name", "小李", "--agent-id", "j2-04", "--shop", SHOP,
           data_dir=tmp_path)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip().startswith("zj_")
    bad = zj("keys", "create", "--role", "qa", "--name", "x", "--agent-id", "j2-04", data_dir=tmp_path)
    assert bad.returncode != 0 and "只有 agent 角色" in bad.stderr
    listed = zj("keys", "list", data_dir=tmp_path)
    assert SHOP in listed.stdout and "客服 j2-04" in listed.stdout


def test_review_export_writes_positives_and_hard_negatives(tmp_path):
    url = "sqlite:///" + str(tmp_path / "data" / "zhijian.db")
    os.makedirs(tmp_path / "data", exist_ok=True)
    svc = make_service(url, str(tmp_path / "data"))
    try:
        msgs = [{"role": "customer", "text": "怎么付款？", "ts": "2026-05-01T10:00:00+08:00"},
                {"role": "agent", "text": "这款支持微信扫码付款，您放心", "ts": "2026-05-01T10:00:10+08:00"},
                {"role": "customer", "text": "那加你微信？", "ts": "2026-05-01T10:00:30+08:00"},
                {"role": "agent", "text": "您好，加我微信，我发您优惠券", "ts": "2026-05-01T10:00:40+08:00"}]
        r = svc.client.post(f"{API}/audit", headers=svc.h("qa"),
                            json={"conversations": [{"id": "e1", "shop": SHOP, "agent": "a", "messages": msgs}]})
        assert r.status_code == 200
        view = svc.client.get(f"{API}/review/conversations/e1", headers=svc.h("qa")).json()
        div = {f["turn"]: f for f in view["findings_list"] if f["category"] == "diversion" and f["source"] == "rule"}
        assert svc.client.post(f"{API}/review/findings/{div[1]['id']}/verdict", headers=svc.h("qa"),
                               json={"verdict": "rejected", "reason": "本店支持微信支付"}).status_code == 200
        assert svc.client.post(f"{API}/review/findings/{div[3]['id']}/verdict", headers=svc.h("qa"),
                               json={"verdict": "confirmed"}).status_code == 200
        assert svc.client.post(f"{API}/review/conversations/e1/findings", headers=svc.h("qa"),
                               json={"category": "impolite", "turn": 3, "note": "语气生硬"}).status_code == 201
    finally:
        svc.close()
    out = tmp_path / "reviewed.jsonl"
    p = zj("review", "export", "-o", str(out), data_dir=tmp_path / "data")
    assert p.returncode == 0, p.stderr
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    got = sorted((r["turn"], r["category"], r["label"], r["verdict"]) for r in rows)
    assert got == [(1, "diversion", None, "rejected"), (3, "diversion", "diversion", "confirmed"),
                   (3, "impolite", "impolite", "confirmed")]
    assert all(r["text"] == msgs[r["turn"]]["text"] for r in rows)
    assert "已导出 3 条" in p.stderr
    # a shop filter and stdout
    p = zj("review", "export", "--shop", "别家", data_dir=tmp_path / "data")
    assert p.returncode == 0 and p.stdout == ""


def test_migration_0003_keeps_old_chats_and_keys(tmp_path):
    url = "sqlite:///" + str(tmp_path / "old.db")
    database_at(url, "0002",
                "INSERT INTO conversations (id, pack, shop, score, fatal, first_response_counted, wait_sum,"
                " wait_n, unanswered, n_findings, messages, audited_at) VALUES ('old', 'jd', 'S', 72, 0, 0,"
                " 0, 0, 0, 1, '[]', '2026-01-01 00:00:00')",
                "INSERT INTO findings (conversation_id, turn, rule, category, severity, start, \"end\","
                " match, message, suggestion, source) VALUES ('old', 0, 'jd.x', 'forbidden_address',"
                " 'minor', 0, 1, '亲', 'm', 's', 'rule')")
    svc = make_service(url, str(tmp_path / "data"))
    try:
        d = svc.client.get(f"{API}/review/conversations/old", headers=svc.h("qa")).json()
        assert d["score"] == d["machine_score"] == 72 and d["reviewed"] is False
        assert d["findings_list"][0]["verdict"] is None and d["findings_list"][0]["void"] is False
        # the old key of make_service (no scope) sees every shop
        assert svc.client.get(f"{API}/conversations", headers=svc.h("qa")).json()["total"] == 1
    finally:
        svc.close()


def test_demo_start_fills_the_review_queue(tmp_path):
    from zhijian.service.bootstrap import bootstrap

    svc = make_service("sqlite:///" + str(tmp_path / "z.db"), str(tmp_path / "data"))
    try:
        lines = bootstrap(svc.app, demo=True)
        assert any("复核队列" in x for x in lines)
        q = svc.client.get(f"{API}/review/queue", params={"size": 500}, headers=svc.h("qa")).json()
        assert q["total"] > 0 and {i["reason"] for i in q["items"]} <= {"fatal", "lowest"}
        fatal = svc.client.get(f"{API}/conversations", params={"size": 500}, headers=svc.h("qa")).json()
        assert {c["id"] for c in fatal["items"] if c["fatal"]} <= {i["conversation"] for i in q["items"]}
    finally:
        svc.close()
