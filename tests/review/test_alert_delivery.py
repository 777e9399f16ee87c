"""Issue 13 item 4 through the service: a stored chat with a fatal item (or under the shop's score
bar) is posted to the shop's webhooks on a receiver on 127.0.0.1, retried, and every delivery is in
the log (``GET /api/v1/alerts``); chats that call for no alert, and shops without webhooks, send nothing."""

from __future__ import annotations

import time

import pytest

from review.loopback import Reply, receiver  # noqa: F401 - receiver is a fixture
from service_fixtures import make_service

pytest_plugins = ["service_fixtures"]

API = "/api/v1"
SHOP = "华越家电京东自营旗舰店"


def chat(cid, answer, shop=SHOP):
    return {"id": cid, "pack": "jd", "shop": shop, "agent": "a1", "messages": [
        {"role": "customer", "text": "这款电饭煲有现货吗？", "ts": "2026-05-01T10:00:00+08:00"},
        {"role": "agent", "text": answer, "ts": "2026-05-01T10:00:12+08:00"},
        {"role": "customer", "text": "好的，谢谢", "ts": "2026-05-01T10:00:40+08:00"},
        {"role": "agent", "text": "不用客气，能为您服务很开心。感谢您的信任，期待下次再见！", "ts": "2026-05-01T10:00:55+08:00"},
    ]}


@pytest.fixture
def svc(tmp_path):
    s = make_service("sqlite:///" + str(tmp_path / "z.db"), str(tmp_path / "data"), alert_backoff=0.01,
                     alert_timeout=2.0, public_url="http://zhijian.example")
    yield s
    s.close()


def log_of(svc, n, shop=SHOP):
    """The delivery log once it has ``n`` rows (deliveries run in the background)."""
    deadline = time.monotonic() + 30
    while True:
        got = svc.client.get(f"{API}/alerts", params={"shop": shop}, headers=svc.h("qa")).json()
        if got["total"] >= n or time.monotonic() > deadline:
            return got
        time.sleep(0.05)


def test_fatal_and_low_score_chats_alert_each_hook_with_retry(svc, receiver):
    hooks = [{"format": "dingtalk", "url": receiver.url("/ding"), "secret": "SEC123", "name": "质检群"},
             {"format": "json", "url": receiver.url("/json")}]
    r = svc.client.put(f"{API}/review/settings/{SHOP}", headers=svc.h("admin"),
                       json={"data": {"alerts": {"on_fatal": True, "score_below": 100, "webhooks": hooks}}})
    assert r.status_code == 200, r.text
    receiver.then(Reply(500), Reply(200))  # the first delivery fails once, then goes through
    r = svc.client.post(f"{API}/audit", headers=svc.h("qa"),
                        json={"conversations": [chat("c-fatal", "您好，加我微信，我发您优惠券")]})
    assert r.status_code == 200
    log = log_of(svc, 2)
    assert log["total"] == 2 and all(d["ok"] for d in log["items"])
    assert sorted(d["attempts"] for d in log["items"]) == [1, 2]
    assert {d["format"] for d in log["items"]} == {"dingtalk", "json"}
    by_path = {}
    for q in receiver.requests:
        by_path.setdefault(q.path, []).append(q)
    (js,) = [q.json() for q in by_path["/json"][-1:]]
    assert js["event"] == "zhijian.alert" and js["conversation_id"] == "c-fatal" and js["fatal"] is True
    assert any("致命项" in x and "diversion" in x for x in js["reasons"])
    assert js["link"] == "http://zhijian.example/review/c-fatal"
    ding = by_path["/ding"][-1]
    assert "sign" in ding.params() and "timestamp" in ding.params()
    assert "c-fatal" in ding.json()["markdown"]["text"]


def test_no_alert_without_reason_or_hooks(svc, receiver):
    # a shop with a hook but only fatal alerts: a clean chat sends nothing
    svc.client.put(f"{API}/review/settings/{SHOP}", headers=svc.h("admin"),
                   json={"data": {"alerts": {"webhooks": [{"format": "wecom", "url": receiver.url("/wecom")}]}}})
    ok = "您好，这款电饭煲目前有现货，今天下午四点前付款当天就能发出。"
    svc.client.post(f"{API}/audit", headers=svc.h("qa"), json={"conversations": [chat("c-clean", ok)]})
    # another shop (no settings) with a fatal chat: nothing either
    svc.client.post(f"{API}/audit", headers=svc.h("qa"),
                    json={"conversations": [chat("c-other", "您好，加我微信", shop="别家小店")]})
    # then a fatal chat of the shop: exactly one delivery, to WeCom
    svc.client.post(f"{API}/audit", headers=svc.h("qa"),
                    json={"conversations": [chat("c-bad", "您好，加我微信，我发您优惠券")]})
    svc.app.state.alerts.shutdown(wait=True)  # every queued delivery has run
    log = log_of(svc, 1)
    assert [(d["conversation"], d["format"], d["ok"]) for d in log["items"]] == [("c-bad", "wecom", True)]
    assert [q.path for q in receiver.requests] == ["/wecom"]
    assert svc.client.get(f"{API}/alerts", params={"shop": "别家小店"}, headers=svc.h("qa")).json()["total"] == 0


def test_a_dead_hook_is_logged_as_failed_and_the_audit_is_not_delayed(svc, receiver):
    svc.client.put(f"{API}/review/settings/{SHOP}", headers=svc.h("admin"),
                   json={"data": {"alerts": {"webhooks": [{"format": "feishu", "url": receiver.url("/f")}]}}})
    receiver.then(Reply(500), Reply(500), Reply(500))
    r = svc.client.post(f"{API}/audit", headers=svc.h("qa"),
                        json={"conversations": [chat("c1", "您好，加我微信，我发您优惠券")]})
    assert r.status_code == 200 and r.json()["results"][0]["score"] == 0
    (d,) = log_of(svc, 1)["items"]
    assert d["ok"] is False and d["attempts"] == 3 and d["status"] == 500 and d["error"]


def test_test_alert_endpoint(svc, receiver):
    assert svc.client.post(f"{API}/alerts/test/{SHOP}", headers=svc.h("admin")).status_code == 422
    svc.client.put(f"{API}/review/settings/{SHOP}", headers=svc.h("admin"),
                   json={"data": {"alerts": {"webhooks": [{"format": "json", "url": receiver.url("/t")}]}}})
    r = svc.client.post(f"{API}/alerts/test/{SHOP}", headers=svc.h("admin"))
    assert r.status_code == 200 and r.json()["deliveries"][0]["ok"] is True
    assert "测试告警" in " ".join(receiver.requests[-1].json()["reasons"])
    assert svc.client.post(f"{API}/alerts/test/{SHOP}", headers=svc.h("qa")).status_code == 403
