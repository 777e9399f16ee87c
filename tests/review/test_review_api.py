"""Issue 13: the human review loop through the REST API, on SQLite and PostgreSQL — sample, review
(confirm / reject / add / override), appeal, decide, calibration, exception proposed, tried and saved,
the finding gone on re-audit; scopes (a key limited to a shop, an agent key bound to an agent)."""

from __future__ import annotations

import pytest

from service_fixtures import make_service

pytest_plugins = ["service_fixtures"]

API = "/api/v1"
SHOP, OTHER = "华越家电京东自营旗舰店", "别家小店"
FALSE_HIT = "这款支持微信扫码付款，您放心"  # diversion (微信扫) on a shop that allows it: a false positive
TRUE_HIT = "您好，加我微信，我发您优惠券"  # diversion, right


def chat(cid, agent, answer, shop=SHOP, day="2026-05-01"):
    return {"id": cid, "pack": "jd", "shop": shop, "agent": agent, "messages": [
        {"role": "customer", "text": "这款电饭煲怎么付款？", "ts": f"{day}T10:00:00+08:00"},
        {"role": "agent", "text": answer, "ts": f"{day}T10:00:12+08:00"},
        {"role": "customer", "text": "好的，谢谢", "ts": f"{day}T10:00:40+08:00"},
        {"role": "agent", "text": "不用客气，能为您服务很开心。感谢您的信任，期待下次再见！", "ts": f"{day}T10:00:55+08:00"},
    ]}


class Round:
    """The service with scoped keys: qa_shop (SHOP only), agent a1 and a2 (SHOP), qa_other (OTHER)."""

    def __init__(self, db_url, tmp_path):
        from zhijian.service.security import create_key

        self.svc = make_service(db_url, str(tmp_path / "data"))
        self.c = self.svc.client
        self.keys = dict(self.svc.keys)
        with self.svc.app.state.sessions.begin() as s:
            for name, role, shops, agent in (("qa_shop", "qa", [SHOP], None), ("qa_other", "qa", [OTHER], None),
                                              ("a1", "agent", [SHOP], "a1"), ("a2", "agent", [SHOP], "a2"),
                                              ("unbound", "agent", None, None)):
                _, self.keys[name] = create_key(s, name, role, shops, agent)

    def h(self, who):
        return {"Authorization": f"Bearer {self.keys[who]}"}

    def get(self, who, path, **params):
        return self.c.get(API + path, params=params, headers=self.h(who))

    def post(self, who, path, body=None):
        return self.c.post(API + path, json=body or {}, headers=self.h(who))

    def ok(self, r, status=200):
        assert r.status_code == status, f"{r.status_code}: {r.text[:500]}"
        return r.json()


@pytest.fixture
def rnd(db_url, tmp_path):
    r = Round(db_url, tmp_path)
    yield r
    r.svc.close()


def findings_by(view, match):
    return [f for f in view["findings_list"] if f.get("match") and match in f["match"]]


def test_full_review_round(rnd):
    r = rnd
    # admin sets the shop's review settings
    r.ok(r.c.put(f"{API}/review/settings/{SHOP}", json={"data": {
        "sampling": [{"kind": "fatal"}, {"kind": "lowest", "percent": 50}], "appeal_days": 7,
        "precision_bar": 0.9}}, headers=r.h("admin")))
    # audits: two chats in SHOP (a1 with a false hit, a2 with a true hit), one in OTHER
    r.ok(r.post("qa_shop", "/audit", {"conversations": [chat("c-fp", "a1", FALSE_HIT), chat("c-tp", "a2", TRUE_HIT)]}))
    r.ok(r.post("qa_other", "/audit", {"conversations": [chat("c-other", "b1", TRUE_HIT, shop=OTHER)]}))
    # a key limited to SHOP cannot write OTHER's chats, nor read them
    res = r.ok(r.post("qa_shop", "/audit", {"conversations": [chat("c-other", "x", "您好", shop=OTHER)]}))
    assert res["results"] == [] and "不在此 key 的店铺范围内" in res["skipped"][0]
    assert r.get("qa_shop", "/conversations/c-other").status_code == 404
    assert {c["id"] for c in r.ok(r.get("qa_shop", "/conversations"))["items"]} == {"c-fp", "c-tp"}
    assert r.get("qa_shop", "/conversations", shop=OTHER).status_code == 403

    # sampling: both chats are fatal (diversion) -> queued once, re-running adds nothing
    s1 = r.ok(r.post("qa_shop", "/review/sample", {"shop": SHOP}))
    assert s1["added"] == 2 and s1["by_policy"] == {"fatal": 2}
    assert r.ok(r.post("qa_shop", "/review/sample", {"shop": SHOP}))["added"] == 0
    assert r.post("qa_shop", "/review/sample", {"shop": OTHER}).status_code == 403
    q = r.ok(r.get("qa_shop", "/review/queue", status="open"))
    assert {i["conversation"] for i in q["items"]} == {"c-fp", "c-tp"}
    assert r.ok(r.get("qa_other", "/review/queue"))["total"] == 0

    # review c-fp: reject the false diversion hit (reason required) -> no longer fatal, score rises
    v = r.ok(r.get("qa_shop", "/review/conversations/c-fp"))
    assert v["fatal"] and v["score"] == 0 and v["queue"]["reason"] == "fatal"
    (fp,) = findings_by(v, "微信")
    assert r.post("qa_shop", f"/review/findings/{fp['id']}/verdict", {"verdict": "rejected"}).status_code == 422
    out = r.ok(r.post("qa_shop", f"/review/findings/{fp['id']}/verdict",
                      {"verdict": "rejected", "reason": "本店支持微信支付，不是引导站外"}))
    assert out["fatal"] is False and out["score"] > 0 and out["machine_score"] == 0
    # the reviewer adds a missed finding on turn 1 and overrides the score with a note
    added = r.ok(r.post("qa_shop", "/review/conversations/c-fp/findings",
                        {"category": "cold_reply", "turn": 1, "start": 0, "end": 2, "note": "回答生硬"}), 201)
    assert added["finding"]["source"] == "review" and added["finding"]["match"] == "这款"
    assert r.post("qa_shop", "/review/conversations/c-fp/findings",
                  {"category": "cold_reply", "turn": 9}).status_code == 422
    assert r.post("qa_shop", "/review/conversations/c-fp/score", {"score": 88}).status_code == 422  # note missing
    sc = r.ok(r.post("qa_shop", "/review/conversations/c-fp/score", {"score": 88, "note": "整体服务良好"}))
    assert sc["score"] == 88 and sc["machine_score"] == 0
    r.ok(r.post("qa_shop", "/review/conversations/c-fp/done"))
    # every list uses the final state: score 88, the rejected finding not counted
    listed = {c["id"]: c for c in r.ok(r.get("qa_shop", "/conversations"))["items"]}
    assert listed["c-fp"]["score"] == 88 and listed["c-fp"]["reviewed"] is True
    fl = r.ok(r.get("qa_shop", "/findings", category="diversion"))
    assert {f["conversation"] for f in fl["items"]} == {"c-tp"}

    # review c-tp: confirm the true hit
    v2 = r.ok(r.get("qa_shop", "/review/conversations/c-tp"))
    (tp,) = findings_by(v2, "微信")
    r.ok(r.post("qa_shop", f"/review/findings/{tp['id']}/verdict", {"verdict": "confirmed"}))

    # appeals: a2 appeals the confirmed finding on its own chat; a1 cannot see a2's chat
    assert r.get("a1", "/review/conversations/c-tp").status_code == 404
    assert r.post("a1", "/appeals", {"finding": tp["id"], "text": "不是我"}).status_code == 404
    assert r.post("qa_shop", "/appeals", {"finding": tp["id"], "text": "x"}).status_code == 403
    assert r.get("unbound", "/my/conversations").status_code == 403
    mine = r.ok(r.get("a2", "/my/conversations"))
    assert {c["id"] for c in mine["items"]} == {"c-tp"}
    ap = r.ok(r.post("a2", "/appeals", {"finding": tp["id"], "text": "顾客先提出要加微信，我只是回应"}), 201)
    assert r.post("a2", "/appeals", {"finding": tp["id"], "text": "再申诉"}).status_code == 409
    assert {a["id"] for a in r.ok(r.get("a2", "/appeals"))["items"]} == {ap["id"]}
    assert r.ok(r.get("a1", "/appeals"))["total"] == 0
    assert r.ok(r.get("qa_other", "/appeals"))["total"] == 0
    assert r.post("qa_other", f"/appeals/{ap['id']}/decision", {"decision": "upheld", "reason": "x"}).status_code == 404
    assert r.post("a2", f"/appeals/{ap['id']}/decision", {"decision": "overturned", "reason": "x"}).status_code == 403
    d = r.ok(r.post("qa_shop", f"/appeals/{ap['id']}/decision",
                    {"decision": "upheld", "reason": "主动提出加微信，维持原判"}))
    assert d["status"] == "upheld" and d["fatal"] is True
    assert r.post("qa_shop", f"/appeals/{ap['id']}/decision",
                  {"decision": "overturned", "reason": "x"}).status_code == 409
    hist = [h["action"] for h in r.ok(r.get("a2", "/review/conversations/c-tp"))["history"]]
    assert hist == ["sampled", "verdict", "appeal", "decision"]

    # calibration: the diversion rule is right once, wrong once -> 50 %, below the bar of 0.9
    cal = r.ok(r.get("qa_shop", "/calibration", shop=SHOP))
    rule = {x["key"]: x for x in cal["rules"]}["common.diversion.contact_app"]
    assert (rule["confirmed"], rule["rejected"], rule["precision"], rule["below_bar"]) == (1, 1, 0.5, True)
    assert 0 < rule["ci_low"] < 0.5 < rule["ci_high"] < 1
    cat = {x["key"]: x for x in cal["categories"]}["diversion"]
    assert cat["judged"] == 2
    assert r.ok(r.get("qa_other", "/calibration"))["rules"] == [] or all(
        x["judged"] == 0 for x in r.ok(r.get("qa_other", "/calibration"))["rules"])

    # exception from the rejected finding: proposed, tried on past findings, saved; gone on re-audit
    assert r.post("qa_shop", "/calibration/propose", {"finding": fp["id"]}).status_code == 403
    prop = r.ok(r.c.post(f"{API}/calibration/propose", json={"finding": fp["id"]}, headers=r.h("admin")))
    exc = prop["override"]["exceptions"]
    assert exc[0]["rule"] == "common.diversion.contact_app" and FALSE_HIT in exc[0]["examples"]["no_match"]
    # whatever of the same category would flag the same words once the rule is silenced (the shipped model may)
    # is excepted too, and nothing else
    from zhijian import Inspector

    silenced = Inspector("jd", overrides={"exceptions": [exc[0]]})
    after = [f.rule for f in silenced.check(FALSE_HIT) if f.category == "diversion"]
    assert [e["rule"] for e in exc] == ["common.diversion.contact_app"] + after[:1]
    assert not [f for f in Inspector("jd", overrides={"exceptions": exc}).check(FALSE_HIT) if f.category == "diversion"]
    tried = r.ok(r.c.post(f"{API}/calibration/try", json={"shop": SHOP, "data": prop["override"]},
                          headers=r.h("admin")))
    assert [x["finding"] for x in tried["removed"]] == [fp["id"]]  # the true hit in c-tp stays
    r.ok(r.c.put(f"{API}/overrides/{SHOP}", json={"data": prop["override"], "note": "复核驳回"}, headers=r.h("admin")))
    re = r.ok(r.post("qa_shop", "/review/conversations/c-fp/reaudit"))
    assert "common.diversion.contact_app" in re["rules_gone"]
    v = r.ok(r.get("qa_shop", "/review/conversations/c-fp"))
    assert not findings_by(v, "微信")
    assert v["score"] == 88  # the reviewer's score stays through the re-audit
    assert [f for f in v["findings_list"] if f.get("source") == "review"]  # and the added finding
    # re-auditing c-tp keeps its verdict (the same finding), and its appeal stays linked
    r.ok(r.post("qa_shop", "/review/conversations/c-tp/reaudit"))
    v2 = r.ok(r.get("qa_shop", "/review/conversations/c-tp"))
    (tp2,) = findings_by(v2, "微信")
    assert tp2["verdict"] == "upheld" and v2["appeals"][0]["finding"] == tp2["id"]


def test_appeal_window_and_overturn(rnd):
    r = rnd
    r.ok(r.c.put(f"{API}/review/settings/{SHOP}", json={"data": {"appeal_days": 0}}, headers=r.h("admin")))
    r.ok(r.post("qa_shop", "/audit", {"conversations": [chat("c1", "a1", TRUE_HIT)]}))
    (f,) = findings_by(r.ok(r.get("a1", "/review/conversations/c1")), "微信")
    assert "申诉期" in r.post("a1", "/appeals", {"finding": f["id"], "text": "x"}).json()["error"]
    r.ok(r.c.put(f"{API}/review/settings/{SHOP}", json={"data": {"appeal_days": 3}}, headers=r.h("admin")))
    ap = r.ok(r.post("a1", "/appeals", {"finding": f["id"], "text": "顾客要求的"}), 201)
    d = r.ok(r.post("qa_shop", f"/appeals/{ap['id']}/decision", {"decision": "overturned", "reason": "核实无误"}))
    assert d["status"] == "overturned" and d["fatal"] is False and d["score"] > 0
    assert r.ok(r.get("qa_shop", "/findings", category="diversion"))["total"] == 0
    dash = r.ok(r.get("qa_shop", "/dashboard"))
    assert "diversion" not in dash["findings_by_category"]


def test_settings_are_validated_and_secrets_hidden(rnd):
    r = rnd
    bad = r.c.put(f"{API}/review/settings/{SHOP}", json={"data": {"sampling": [{"kind": "lowest", "percent": 500}]}},
                  headers=r.h("admin"))
    assert bad.status_code == 422 and "sampling[0].percent" in bad.json()["error"]
    bad = r.c.put(f"{API}/review/settings/{SHOP}", json={"data": {"alerts": {"webhooks": [
        {"format": "dingtalk", "url": "ftp://x"}]}}}, headers=r.h("admin"))
    assert bad.status_code == 422 and "alerts.webhooks[0].url" in bad.json()["error"]
    r.ok(r.c.put(f"{API}/review/settings/{SHOP}", json={"data": {"alerts": {"webhooks": [
        {"format": "dingtalk", "url": "https://oapi.dingtalk.com/robot/send?access_token=abc", "secret": "SECx"}]}}},
        headers=r.h("admin")))
    shown = r.ok(r.get("qa_shop", f"/review/settings/{SHOP}"))["data"]["alerts"]["webhooks"][0]
    assert shown["secret"] == "******" and "abc" not in shown["url"]
    assert r.get("qa_other", f"/review/settings/{SHOP}").status_code == 403


def test_sampling_policies(rnd):
    r = rnd
    convs = [chat(f"k{i}", f"a{i % 2}", "您好，这款电饭煲目前有现货，今天下午四点前付款当天就能发出。") for i in range(10)]
    r.ok(r.post("qa_shop", "/audit", {"conversations": convs}))
    r.ok(r.c.put(f"{API}/review/settings/{SHOP}", json={"data": {"sampling": [
        {"kind": "random", "share": 0.2, "min": 1}]}}, headers=r.h("admin")))
    s = r.ok(r.post("qa_shop", "/review/sample", {"shop": SHOP}))
    assert s["by_policy"] == {"random": 2}  # 5 chats per agent and day, 20 % -> 1 each
    q = r.ok(r.get("qa_shop", "/review/queue"))["items"]
    assert sorted(i["agent"] for i in q) == ["a0", "a1"]
