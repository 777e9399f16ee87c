"""Issue 13 item 5: the permission matrix as a test — every endpoint of the OpenAPI document × every
kind of caller, then the data the scoped keys get back.

* ``TABLE``: for every (method, path) of ``app.openapi()`` the least role that may call it and how
  the request is scoped: ``shop="filter"`` (the request names shop S: a key outside S gets 403),
  ``shop="object"`` (the request names a chat, finding, appeal or job of shop S, agent a1: a key that
  cannot see it gets 404, as if it did not exist), ``bound="agent"`` (an agent key must be bound to an
  agent id, else 403), ``bound="only"`` (only a bound agent key may call it, 403 for everyone else).
  :func:`expected` turns a row and a caller into the one status code the service must answer.
* ``CALLERS``: no key, a revoked key, an agent key without agent_id, agents a1 and a2 of shop S, QA
  limited to S, QA limited to another shop T, unrestricted QA, unrestricted admin, admin limited to S.
* ``KNOWN_WRONG``: cells where the service answers wrong today; each is an ``xfail(strict=True)``
  test of its own (so a fix makes it XPASS and fails the run until the entry is removed).

Everything runs against one SQLite-backed service per module (``world``); the requests that change
state get a target of their own per caller (a key to revoke, an appeal to decide).
"""

from __future__ import annotations

import io
import json
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable

import pytest

from review.loopback import Receiver
from service_fixtures import make_service

pytest_plugins = ["service_fixtures"]

API = "/api/v1"
S, T = "华越家电京东自营旗舰店", "北辰数码旗舰店"  # the callers' shop and another tenant's
HIT = "您好，加我微信，我发您优惠券"  # diversion: a fatal finding with a span (“微信”)
FALSE_HIT = "这款支持微信扫码付款，您放心"  # diversion too, but a false positive: what an exception is proposed from
RANK = {"open": 0, "agent": 1, "qa": 2, "admin": 3}
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


# -- callers -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Caller:
    id: str
    label: str
    role: str | None  # None: no valid key (none sent, or revoked)
    shops: tuple[str, ...] | None = None  # None: every shop
    agent_id: str | None = None

    def sees_shop(self, shop: str | None) -> bool:
        return self.shops is None or shop in self.shops

    def sees_chat(self, shop: str | None, agent: str | None) -> bool:
        return self.sees_shop(shop) and (self.role != "agent" or (self.agent_id is not None and agent == self.agent_id))


CALLERS = [
    Caller("none", "无 key", None),
    Caller("revoked", "已吊销的 key", None),
    Caller("unbound", "agent，未绑定客服（无 agent_id），不限店铺", "agent"),
    Caller("a1", "agent，客服 a1，限 S", "agent", (S,), "a1"),
    Caller("a2", "agent，客服 a2，限 S", "agent", (S,), "a2"),
    Caller("qa_S", "qa，限 S", "qa", (S,)),
    Caller("qa_T", "qa，限别家店铺 T", "qa", (T,)),
    Caller("qa", "qa，不限店铺", "qa"),
    Caller("admin", "admin，不限店铺", "admin"),
    Caller("admin_S", "admin，限 S", "admin", (S,)),
]
CALLER = {c.id: c for c in CALLERS}


# -- the table ---------------------------------------------------------------------------------------------
@dataclass
class Req:
    path: dict = field(default_factory=dict)  # values of the path template
    params: dict | None = None
    json: Any = None
    files: dict | None = None
    data: dict | None = None


@dataclass(frozen=True)
class Op:
    method: str
    path: str
    least: str  # open / agent / qa / admin
    shop: str | None  # None / "filter" (names shop S) / "object" (an object of S, agent a1)
    bound: str | None  # None / "agent" (agent keys need an agent_id) / "only" (bound agent keys only)
    ok: int  # the status of an allowed call
    req: Callable[["World", Caller], Req]

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"


def chat(cid: str, agent: str, answer: str = HIT, shop: str | None = S) -> dict:
    d = {"id": cid, "pack": "jd", "agent": agent, "messages": [
        {"role": "customer", "text": "这款电饭煲怎么付款？", "ts": "2026-05-01T10:00:00+08:00"},
        {"role": "agent", "text": answer, "ts": "2026-05-01T10:00:12+08:00"},
        {"role": "customer", "text": "好的，谢谢", "ts": "2026-05-01T10:00:40+08:00"},
        {"role": "agent", "text": "不用客气，能为您服务很开心。感谢您的信任，期待下次再见！", "ts": "2026-05-01T10:00:55+08:00"},
    ]}
    if shop is not None:
        d["shop"] = shop
    return d


def jsonl(*chats: dict) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in chats).encode("utf-8")


def settings_doc(hook_url: str) -> dict:
    return {"sampling": [{"kind": "fatal"}], "appeal_days": 7,
            "alerts": {"webhooks": [{"format": "json", "url": hook_url, "name": "权限矩阵"}]}}


def _r(**kw) -> Callable[["World", Caller], Req]:
    """A request that is the same for every caller."""
    return lambda w, c: Req(**kw)


TEXT = {"text": HIT, "pack": "jd", "shop": S}
V = API
TABLE: list[Op] = [
    # method, path,                                         least,   shop,     bound,   ok,  request
    Op("GET", f"{V}/health",                                "open",  None,     None,    200, _r()),
    Op("GET", f"{V}/whoami",                                "agent", None,     None,    200, _r()),
    Op("GET", f"{V}/version",                               "open",  None,     None,    200, _r()),
    Op("POST", f"{V}/check",                                "agent", "filter", None,    200, _r(json=TEXT)),
    Op("POST", f"{V}/check/batch",                          "agent", "filter", None,    200,
       _r(json={"messages": [{"id": "m1", "text": HIT}], "pack": "jd", "shop": S})),
    Op("POST", f"{V}/rewrite",                              "agent", "filter", None,    200, _r(json=TEXT)),
    Op("POST", f"{V}/suggest",                              "agent", "filter", None,    200,
       _r(json={"text": "在吗，快递怎么还没到", "pack": "jd", "shop": S})),
    Op("GET", f"{V}/scripts",                               "agent", "filter", None,    200,
       _r(params={"pack": "jd", "shop": S})),
    Op("GET", f"{V}/packs",                                 "agent", None,     None,    200, _r()),
    Op("GET", f"{V}/packs/{{name}}/rules",                  "agent", None,     None,    200, _r(path={"name": "jd"})),
    Op("POST", f"{V}/audit",                                "qa",    "filter", None,    200,
       _r(json={"conversations": [chat("m-audit", "a1")], "shop": S})),
    Op("POST", f"{V}/audit/upload",                         "qa",    "filter", None,    202,
       lambda w, c: Req(files={"file": ("矩阵.jsonl", jsonl(chat("m-upload", "a1")), "application/x-ndjson")},
                        data={"shop": S})),
    Op("GET", f"{V}/jobs/{{job_id}}",                       "qa",    "object", None,    200,
       lambda w, c: Req(path={"job_id": w.job})),
    Op("GET", f"{V}/conversations",                         "qa",    "filter", None,    200, _r(params={"shop": S})),
    Op("GET", f"{V}/conversations/{{cid}}",                 "qa",    "object", None,    200,
       _r(path={"cid": "s-a1-main"})),
    Op("GET", f"{V}/findings",                              "qa",    "filter", None,    200, _r(params={"shop": S})),
    Op("GET", f"{V}/agents",                                "qa",    "filter", None,    200, _r(params={"shop": S})),
    Op("GET", f"{V}/shops",                                 "qa",    None,     None,    200, _r()),
    Op("GET", f"{V}/export.xlsx",                           "qa",    "filter", None,    200, _r(params={"shop": S})),
    Op("GET", f"{V}/dashboard",                             "qa",    "filter", None,    200, _r(params={"shop": S})),
    Op("GET", f"{V}/overrides/{{shop}}",                    "admin", "filter", None,    200, _r(path={"shop": S})),
    Op("PUT", f"{V}/overrides/{{shop}}",                    "admin", "filter", None,    200,
       _r(path={"shop": S}, json={"data": {}, "note": "权限矩阵"})),
    Op("POST", f"{V}/overrides/{{shop}}/try",               "admin", "filter", None,    200,
       _r(path={"shop": S}, json={"data": {}, "text": HIT})),
    Op("GET", f"{V}/overrides/{{shop}}/history",            "admin", "filter", None,    200, _r(path={"shop": S})),
    Op("GET", f"{V}/keys",                                  "admin", None,     None,    200, _r()),
    Op("POST", f"{V}/keys",                                 "admin", None,     None,    201,
       lambda w, c: Req(json={"name": f"矩阵新建-{c.id}", "role": "agent", "shops": [S], "agent_id": "a9"})),
    Op("DELETE", f"{V}/keys/{{key_id}}",                    "admin", None,     None,    200,
       lambda w, c: Req(path={"key_id": w.victim[c.id]})),
    Op("GET", f"{V}/review/queue",                          "qa",    "filter", None,    200, _r(params={"shop": S})),
    Op("POST", f"{V}/review/sample",                        "qa",    "filter", None,    200, _r(json={"shop": S})),
    Op("GET", f"{V}/review/conversations/{{cid}}",          "agent", "object", "agent", 200,
       _r(path={"cid": "s-a1-main"})),
    Op("POST", f"{V}/review/findings/{{fid}}/verdict",      "qa",    "object", None,    200,
       lambda w, c: Req(path={"fid": w.finding["s-a1-verdict"]}, json={"verdict": "confirmed", "reason": "核实无误"})),
    Op("POST", f"{V}/review/conversations/{{cid}}/findings", "qa",   "object", None,    201,
       _r(path={"cid": "s-a1-main"}, json={"category": "cold_reply", "turn": 1, "note": "权限矩阵"})),
    Op("POST", f"{V}/review/conversations/{{cid}}/score",   "qa",    "object", None,    200,
       _r(path={"cid": "s-a1-main"}, json={"score": 80, "note": "权限矩阵"})),
    Op("POST", f"{V}/review/conversations/{{cid}}/done",    "qa",    "object", None,    200,
       _r(path={"cid": "s-a1-main"})),
    Op("POST", f"{V}/review/conversations/{{cid}}/reaudit", "qa",    "object", None,    200,
       _r(path={"cid": "s-a1-reaudit"})),
    Op("GET", f"{V}/my/conversations",                      "agent", None,     "agent", 200, _r()),
    Op("POST", f"{V}/appeals",                              "agent", "object", "only",  201,
       lambda w, c: Req(json={"finding": w.finding["s-a1-appeal"], "text": "顾客先提出要加微信，我只是回应"})),
    Op("GET", f"{V}/appeals",                               "agent", "filter", "agent", 200, _r(params={"shop": S})),
    Op("POST", f"{V}/appeals/{{aid}}/decision",             "qa",    "object", None,    200,
       lambda w, c: Req(path={"aid": w.appeal_for[c.id]}, json={"decision": "upheld", "reason": "维持原判"})),
    Op("GET", f"{V}/calibration",                           "qa",    "filter", None,    200, _r(params={"shop": S})),
    Op("POST", f"{V}/calibration/propose",                  "admin", "object", None,    200,
       lambda w, c: Req(json={"finding": w.finding["s-a1-propose"]})),
    Op("POST", f"{V}/calibration/try",                      "admin", "filter", None,    200,
       _r(json={"shop": S, "data": {}})),
    Op("GET", f"{V}/review/settings/{{shop}}",              "qa",    "filter", None,    200, _r(path={"shop": S})),
    Op("PUT", f"{V}/review/settings/{{shop}}",              "admin", "filter", None,    200,
       lambda w, c: Req(path={"shop": S}, json={"data": settings_doc(w.hook_url)})),
    Op("GET", f"{V}/alerts",                                "qa",    "filter", None,    200, _r(params={"shop": S})),
    Op("POST", f"{V}/alerts/test/{{shop}}",                 "admin", "filter", None,    200, _r(path={"shop": S})),
]
OPS = {(o.method, o.path): o for o in TABLE}


def expected(op: Op, c: Caller) -> int:
    """The one status the service must answer ``c`` calling ``op`` (on shop S, chats of agent a1)."""
    if op.least == "open":
        return op.ok
    if c.role is None:
        return 401
    if RANK[c.role] < RANK[op.least]:
        return 403
    if op.bound == "only" and not (c.role == "agent" and c.agent_id):
        return 403  # e.g. a QA key posting an appeal
    if op.bound == "agent" and c.role == "agent" and not c.agent_id:
        return 403  # an agent key without agent id sees no chats
    if op.shop == "filter" and not c.sees_shop(S):
        return 403  # another shop named in the request
    if op.shop == "object" and not c.sees_chat(S, "a1"):
        return 404  # another tenant's (or another agent's) object: as if it did not exist
    return op.ok


# Cells the service answers wrong today: (method, path, caller) -> what is wrong.  The lead fixes the
# service; each entry is an xfail(strict=True) test, so a fix shows up as XPASS and the entry goes.
_OTHER_SHOPS_OVERRIDES = ("店铺参数 shop 没有按 key 的店铺范围检查：限 T 的 key 可以用 S 的覆盖设置（本店词、竞品名、"
                         "自定义规则与话术）检查或取话术，等于读到别家店铺只有 admin 能看的设置；应为 403")
KNOWN_WRONG: dict[tuple[str, str, str], str] = {}


# -- the world ---------------------------------------------------------------------------------------------
S_A1_CHATS = (["s-a1-main", "s-a1-verdict", "s-a1-reaudit", "s-a1-appeal", "s-a1-propose"]
              + [f"s-a1-dec-{c.id}" for c in CALLERS])
ANSWER = {"s-a1-propose": FALSE_HIT}
OTHER_CHATS = [("s-a2", S, "a2"), ("t-b1", T, "b1"), ("t-b1-2", T, "b1"), ("t-a1", T, "a1"), ("x-a1", None, "a1")]


@dataclass
class World:
    svc: Any
    hook_url: str
    keys: dict = field(default_factory=dict)  # caller id (and helper names) -> key
    finding: dict = field(default_factory=dict)  # chat id -> id of its diversion finding (“微信”)
    appeal_for: dict = field(default_factory=dict)  # caller id -> an open appeal for it to decide
    appeal: dict = field(default_factory=dict)  # chat id -> appeal id (the fixture's appeals)
    victim: dict = field(default_factory=dict)  # caller id -> a key for it to revoke
    job: str = ""

    def headers(self, who: str) -> dict:
        return {"Authorization": f"Bearer {self.keys[who]}"} if who != "none" else {}

    def call(self, who: str, method: str, path: str, **kw):
        return self.svc.client.request(method, API + path, headers=self.headers(who), **kw)

    def ok(self, who: str, method: str, path: str, status: int = 200, **kw):
        r = self.call(who, method, path, **kw)
        assert r.status_code == status, f"{who} {method} {path}: {r.status_code} {r.text[:300]}"
        return r

    def send(self, op: Op, c: Caller):
        rq = op.req(self, c)
        url = op.path.format(**{k: urllib.parse.quote(str(v), safe="") for k, v in rq.path.items()})
        kw = {k: v for k, v in (("params", rq.params), ("json", rq.json), ("files", rq.files), ("data", rq.data))
              if v is not None}
        return self.svc.client.request(op.method, url, headers=self.headers(c.id), **kw)

    def settle(self) -> None:
        """Wait for the background work started so far: upload jobs (one worker, FIFO) and alerts."""
        app = self.svc.app
        app.state.jobs.submit(lambda: None).result()
        app.state.alerts.shutdown(wait=True)
        app.state.alerts = ThreadPoolExecutor(max_workers=2, thread_name_prefix="zhijian-alert")


def _build(w: World) -> None:
    from zhijian.service.security import create_key

    svc = w.svc
    w.keys.update(revoked=svc.keys["revoked"], unbound=svc.keys["agent"], qa=svc.keys["qa"], admin=svc.keys["admin"])
    with svc.app.state.sessions.begin() as s:
        for name, role, shops, agent in (("a1", "agent", [S], "a1"), ("a2", "agent", [S], "a2"),
                                          ("qa_S", "qa", [S], None), ("qa_T", "qa", [T], None),
                                          ("admin_S", "admin", [S], None),
                                          ("b1", "agent", [T], "b1"), ("a1_T", "agent", [T], "a1")):
            _, w.keys[name] = create_key(s, f"矩阵-{name}", role, shops, agent)
        for c in CALLERS:
            row, _ = create_key(s, f"待吊销-{c.id}", "agent", [S])
            w.victim[c.id] = row.id
        row, _ = create_key(s, "别家店铺的 key", "qa", [T])
        w.victim["t-key"] = row.id
    for shop in (S, T):
        w.ok("admin", "PUT", f"/review/settings/{shop}", json={"data": settings_doc(w.hook_url)})
    convs = [chat(cid, "a1", ANSWER.get(cid, HIT)) for cid in S_A1_CHATS] + [chat(cid, agent, shop=shop) for cid, shop, agent in OTHER_CHATS]
    res = w.ok("qa", "POST", "/audit", json={"conversations": convs}).json()
    assert not res["skipped"], res["skipped"]
    for cid in S_A1_CHATS + [cid for cid, _, _ in OTHER_CHATS]:
        view = w.ok("admin", "GET", f"/review/conversations/{cid}").json()
        (f,) = [f for f in view["findings_list"] if f.get("match") and "微信" in f["match"]]
        w.finding[cid] = f["id"]
    for shop in (S, T):
        w.ok("qa", "POST", "/review/sample", json={"shop": shop})
    w.ok("qa", "POST", f"/review/findings/{w.finding['s-a2']}/verdict", json={"verdict": "confirmed"})
    w.ok("qa", "POST", f"/review/findings/{w.finding['t-b1-2']}/verdict",
         json={"verdict": "rejected", "reason": "别家店铺允许微信支付"})
    for who, cid in [("a1", f"s-a1-dec-{c.id}") for c in CALLERS] + [("a2", "s-a2"), ("b1", "t-b1"), ("a1_T", "t-a1")]:
        a = w.ok(who, "POST", "/appeals", 201, json={"finding": w.finding[cid], "text": "顾客先提出的"}).json()
        w.appeal[cid] = a["id"]
    w.appeal_for = {c.id: w.appeal[f"s-a1-dec-{c.id}"] for c in CALLERS}
    for shop in (S, T):
        w.ok("admin", "POST", f"/alerts/test/{shop}")
    r = w.ok("qa_S", "POST", "/audit/upload", 202, data={"shop": S},
             files={"file": ("本店.jsonl", jsonl(chat("s-a1-upload", "a1")), "application/x-ndjson")})
    w.job = r.json()["job"]
    w.settle()
    assert w.ok("qa_S", "GET", f"/jobs/{w.job}").json()["status"] == "done"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("perms")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("no_proxy", "127.0.0.1,localhost")
        mp.setenv("NO_PROXY", "127.0.0.1,localhost")
        hook = Receiver()  # answers 200 to every POST
        hook.thread.start()
        try:
            svc = make_service("sqlite:///" + str(tmp / "zhijian.db"), str(tmp / "data"), rate=0,
                               alert_attempts=1, alert_backoff=0.0)
            try:
                w = World(svc, hook.url())
                _build(w)
                yield w
            finally:
                svc.app.state.alerts.shutdown(wait=True)
                svc.close()
        finally:
            hook.stop.set()
            hook.server.shutdown()
            hook.server.server_close()


# -- 1. the table covers exactly the OpenAPI operations -------------------------------------------------------
def test_table_covers_exactly_the_openapi_operations(world):
    doc = world.svc.app.openapi()["paths"]
    ops = {(m.upper(), p) for p, d in doc.items() for m in d if m in HTTP_METHODS}
    rows = [(o.method, o.path) for o in TABLE]
    dupes = sorted({r for r in rows if rows.count(r) > 1})
    missing = sorted(ops - set(rows))
    extra = sorted(set(rows) - ops)
    assert not dupes, "权限表 TABLE 中重复的行：" + "；".join(f"{m} {p}" for m, p in dupes)
    assert not missing, ("这些端点在 OpenAPI 文档中，但权限表 TABLE 没有它们的行（请写明最低角色与范围）：\n"
                         + "\n".join(f"  {m} {p}" for m, p in missing))
    assert not extra, "权限表 TABLE 中的这些行在 OpenAPI 文档里不存在：\n" + "\n".join(f"  {m} {p}" for m, p in extra)
    for (m, p, who) in KNOWN_WRONG:
        assert (m, p) in OPS and who in CALLER, f"KNOWN_WRONG 的条目 {m} {p} × {who} 不在权限表或调用方列表中"


# -- 2. every operation × every caller ------------------------------------------------------------------------
def _matrix_text(results: dict) -> str:
    width = max(len(o.name) for o in TABLE) + 2
    head = "".join(f"{c.id:>10}" for c in CALLERS)
    lines = [f"{'端点':<{width - 2}}{head}"]
    for o in TABLE:
        cells = []
        for c in CALLERS:
            got, exp, known = results[(o.method, o.path, c.id)]
            cell = str(got) if got == exp else f"{got}≠{exp}"
            cells.append(f"{cell + ('~' if known else ''):>10}")
        lines.append(f"{o.name:<{width}}" + "".join(cells))
    legend = "\n".join(f"  {c.id:>8} = {c.label}" for c in CALLERS)
    return (f"{S} = S，{T} = T\n调用方：\n{legend}\n格子：实际状态码；“实际≠预期”为不符；“~”为已知问题（KNOWN_WRONG）\n"
            + "\n".join(lines))


def test_permission_matrix(world):
    results, wrong = {}, []
    for op in TABLE:
        for c in CALLERS:
            r = world.send(op, c)
            exp = expected(op, c)
            known = (op.method, op.path, c.id) in KNOWN_WRONG
            results[(op.method, op.path, c.id)] = (r.status_code, exp, known)
            if r.status_code != exp and not known:
                wrong.append(f"  {op.name} × {c.id}（{c.label}）：实际 {r.status_code}，预期 {exp}：{r.text[:200]}")
            if r.status_code in (401, 403, 404) and r.status_code == exp and op.least != "open":
                err = r.json().get("error", "")
                assert err and any("\u4e00" <= ch <= "\u9fff" for ch in err), \
                    f"{op.name} × {c.id}：{r.status_code} 的错误说明不是中文：{r.text[:200]}"
    world.settle()
    assert not wrong, "权限矩阵与预期不符：\n" + "\n".join(wrong) + "\n\n" + _matrix_text(results)


if KNOWN_WRONG:  # (an empty parametrisation would be a skip)
    @pytest.mark.parametrize("method, path, who", [
        pytest.param(m, p, who, id=f"{m} {p} {who}", marks=pytest.mark.xfail(strict=True, raises=AssertionError, reason=why))
        for (m, p, who), why in KNOWN_WRONG.items()])
    def test_known_wrong_cell(world, method, path, who):
        op, c = OPS[(method, path)], CALLER[who]
        r = world.send(op, c)
        assert r.status_code == expected(op, c), \
            f"{op.name} × {who}：实际 {r.status_code}，预期 {expected(op, c)}：{r.text[:200]}"


# -- 3. what scoped keys get back ------------------------------------------------------------------------------
def all_items(w: World, who: str, path: str, **params) -> list[dict]:
    out, page = [], 1
    while True:
        d = w.ok(who, "GET", path, params={**params, "page": page, "size": 500}).json()
        out += d["items"]
        if page * 500 >= d["total"]:
            return out
        page += 1


def truth(w: World) -> dict[str, tuple]:
    """Every stored chat: id -> (shop, agent), as the unrestricted admin sees them."""
    return {c["id"]: (c["shop"], c["agent"]) for c in all_items(w, "admin", "/conversations")}


SHOP_KEYS = ["qa_S", "qa_T", "admin_S"]  # qa-level keys limited to one shop


def test_scoped_listings_of_conversations_and_findings(world):
    w = world
    w.settle()
    chats = truth(w)
    assert {shop for shop, _ in chats.values()} == {S, T, None}
    every_finding = all_items(w, "admin", "/findings")
    for who in SHOP_KEYS:
        c = CALLER[who]
        mine = {cid for cid, (shop, _) in chats.items() if c.sees_shop(shop)}
        assert mine, who
        got = [x["id"] for x in all_items(w, who, "/conversations")]
        assert set(got) == mine and len(got) == len(mine), f"{who} /conversations：多出 {set(got) - mine}，缺少 {mine - set(got)}"
        got = {x["id"] for x in all_items(w, who, "/my/conversations")}
        assert got == mine, f"{who} /my/conversations：多出 {got - mine}，缺少 {mine - got}"
        fs = all_items(w, who, "/findings")
        assert {x["shop"] for x in fs} <= set(c.shops), f"{who} /findings 含别家店铺的问题"
        exp = sorted((x["conversation"], x["rule"], x["turn"]) for x in every_finding if c.sees_shop(x["shop"]))
        assert sorted((x["conversation"], x["rule"], x["turn"]) for x in fs) == exp, who
        for x in fs:
            assert x["conversation"] in mine


def test_agent_keys_see_only_their_own_chats_and_appeals(world):
    w = world
    w.settle()
    chats = truth(w)
    appeals = all_items(w, "admin", "/appeals")
    assert {(a["shop"], a["agent"]) for a in appeals} >= {(S, "a1"), (S, "a2"), (T, "b1"), (T, "a1")}
    for who in ("a1", "a2"):
        c = CALLER[who]
        mine = {cid for cid, (shop, agent) in chats.items() if shop == S and agent == c.agent_id}
        assert mine, who
        got = {x["id"] for x in all_items(w, who, "/my/conversations")}
        assert got == mine, f"{who} /my/conversations：多出 {got - mine}，缺少 {mine - got}"
        got = {a["id"] for a in all_items(w, who, "/appeals")}
        exp = {a["id"] for a in appeals if a["shop"] == S and a["agent"] == c.agent_id}
        assert exp and got == exp, f"{who} /appeals：多出 {got - exp}，缺少 {exp - got}"
    # the same agent id in another shop (t-a1) and a chat without a shop (x-a1) stay out of a1's sight
    assert {"t-a1", "x-a1"} <= set(chats)
    for cid in ("t-a1", "x-a1"):
        assert w.call("a1", "GET", f"/review/conversations/{cid}").status_code == 404
    assert w.call("a1", "POST", "/appeals", json={"finding": w.finding["t-a1"], "text": "x"}).status_code == 404
    # an agent key without an agent id sees no chats, not every chat
    for path in ("/my/conversations", "/appeals", "/review/conversations/s-a1-main"):
        assert w.call("unbound", "GET", path).status_code == 403, path


def test_scoped_aggregates_dashboard_and_export(world):
    from openpyxl import load_workbook

    w = world
    w.settle()
    chats = truth(w)
    for who in SHOP_KEYS:
        c = CALLER[who]
        mine = {cid: v for cid, v in chats.items() if c.sees_shop(v[0])}
        per_agent: dict = {}
        for _, agent in mine.values():
            per_agent[agent] = per_agent.get(agent, 0) + 1
        agents = w.ok(who, "GET", "/agents").json()["agents"]
        assert {a["agent"]: a["chats"] for a in agents} == per_agent, f"{who} /agents"
        shops = w.ok(who, "GET", "/shops").json()["shops"]
        assert [s["shop"] for s in shops] == list(c.shops), f"{who} /shops"
        assert shops[0]["chats"] == len(mine)
        dash = w.ok(who, "GET", "/dashboard").json()
        assert dash["chats"] == len(mine), f"{who} /dashboard"
        assert sum(dash["findings_by_category"].values()) == len(all_items(w, who, "/findings")), f"{who} /dashboard"
        r = w.ok(who, "GET", "/export.xlsx")
        wb = load_workbook(io.BytesIO(r.content), read_only=True)
        rows = {name: list(wb[name].iter_rows(min_row=2, values_only=True)) for name in ("会话", "问题", "客服", "店铺")}
        assert {x[0] for x in rows["会话"]} == set(mine) and {x[1] for x in rows["会话"]} == set(c.shops), \
            f"{who} export.xlsx 会话"
        assert {x[0] for x in rows["问题"]} <= set(mine) and {x[11] for x in rows["问题"]} <= set(c.shops), \
            f"{who} export.xlsx 问题"
        assert {x[0] for x in rows["客服"]} == set(per_agent), f"{who} export.xlsx 客服"
        assert [x[0] for x in rows["店铺"]] == list(c.shops), f"{who} export.xlsx 店铺"
        assert [x[1] for x in rows["店铺"]] == [len(mine)]


def test_scoped_review_queue_appeals_calibration_and_alerts(world):
    w = world
    w.settle()
    for path in ("/review/queue", "/appeals", "/alerts"):
        every = all_items(w, "admin", path)
        assert {x["shop"] for x in every} >= {S, T}, f"admin {path} 应含两家店铺（否则此检查没有意义）"
        for who in SHOP_KEYS:
            c = CALLER[who]
            got = all_items(w, who, path)
            assert {x["shop"] for x in got} <= set(c.shops), f"{who} {path} 含别家店铺的条目"
            assert sorted(x["id"] for x in got) == sorted(x["id"] for x in every if c.sees_shop(x["shop"])), \
                f"{who} {path}"
    for who in SHOP_KEYS:
        (shop,) = CALLER[who].shops
        own = w.ok(who, "GET", "/calibration").json()
        ref = w.ok("admin", "GET", "/calibration", params={"shop": shop}).json()
        assert (own["rules"], own["categories"]) == (ref["rules"], ref["categories"]), f"{who} /calibration"
    cal_s = w.ok("admin", "GET", "/calibration", params={"shop": S}).json()
    cal_t = w.ok("admin", "GET", "/calibration", params={"shop": T}).json()
    assert cal_s["rules"] != cal_t["rules"]  # S has a confirmed finding, T a rejected one


def test_scoped_writes_cannot_touch_another_shop(world):
    w = world
    w.settle()
    before = w.ok("admin", "GET", "/conversations/t-b1").json()
    # inline: a chat of T, and T's chat id re-used for S, are refused one by one
    res = w.ok("qa_S", "POST", "/audit", json={"conversations": [
        chat("t-new", "b1", shop=T), chat("t-b1", "a1", "您好，已为您加急处理")]}).json()
    assert res["results"] == [] and len(res["skipped"]) == 2
    assert all("店铺" in m for m in res["skipped"])
    # the same through an upload
    r = w.ok("qa_S", "POST", "/audit/upload", 202,
             files={"file": ("混合.jsonl", jsonl(chat("t-new2", "b1", shop=T), chat("t-b1", "a1", "您好")),
                             "application/x-ndjson")})
    w.settle()
    job = w.ok("qa_S", "GET", f"/jobs/{r.json()['job']}").json()
    assert (job["done"], job["skipped"]) == (0, 2), job
    assert w.call("admin", "GET", "/conversations/t-new").status_code == 404
    assert w.call("admin", "GET", "/conversations/t-new2").status_code == 404
    after = w.ok("admin", "GET", "/conversations/t-b1").json()
    assert (after["shop"], after["agent"], after["messages"]) == (before["shop"], before["agent"], before["messages"])
    # review writes on T's objects answer 404; naming T answers 403
    f = w.finding["t-b1"]
    assert w.call("qa_S", "POST", f"/review/findings/{f}/verdict", json={"verdict": "confirmed"}).status_code == 404
    for what in ("findings", "score", "done", "reaudit"):
        body = {"category": "cold_reply", "turn": 1, "note": "x"} if what == "findings" else {"score": 1, "note": "x"}
        assert w.call("qa_S", "POST", f"/review/conversations/t-b1/{what}", json=body).status_code == 404, what
    assert w.call("qa_S", "POST", f"/appeals/{w.appeal['t-b1']}/decision",
                  json={"decision": "overturned", "reason": "x"}).status_code == 404
    assert w.call("qa_S", "POST", "/review/sample", json={"shop": T}).status_code == 403
    assert w.call("qa_S", "GET", f"/review/settings/{T}").status_code == 403
    assert w.call("admin_S", "PUT", f"/review/settings/{T}", json={"data": {}}).status_code == 403
    assert w.call("admin_S", "POST", f"/alerts/test/{T}").status_code == 403
    assert w.call("admin_S", "POST", "/calibration/try", json={"shop": T, "data": {}}).status_code == 403
    assert w.call("admin_S", "POST", "/calibration/propose", json={"finding": f}).status_code == 404
    assert w.ok("admin", "GET", f"/review/conversations/t-b1").json()["findings_list"]  # nothing was changed


def test_upload_refused_for_another_shop_leaves_no_job(world):
    from sqlalchemy import func, select

    from zhijian.service.db import JobRow

    w = world
    w.settle()

    def jobs() -> int:
        with w.svc.app.state.sessions() as s:
            return s.scalar(select(func.count()).select_from(JobRow))

    before = jobs()
    r = w.call("qa_S", "POST", "/audit/upload", data={"shop": T},
               files={"file": ("别家.jsonl", jsonl(chat("t-up", "b1", shop=T)), "application/x-ndjson")})
    assert r.status_code == 403 and T in r.json()["error"]
    assert jobs() == before  # no job row left “queued” forever


def test_shop_limited_admin_cannot_read_or_change_another_shops_overrides(world):
    w = world
    w.ok("admin", "PUT", f"/overrides/{T}", json={"data": {"own_names": ["北辰"]}, "note": "别家店铺的设置"})
    before = w.ok("admin", "GET", f"/overrides/{T}/history").json()
    for method, path, body in (("GET", f"/overrides/{T}", None), ("GET", f"/overrides/{T}/history", None),
                               ("PUT", f"/overrides/{T}", {"data": {}, "note": "越权"}),
                               ("POST", f"/overrides/{T}/try", {"data": {}, "text": HIT})):
        r = w.call("admin_S", method, path, **({"json": body} if body is not None else {}))
        assert r.status_code == 403 and T in r.json()["error"], f"admin_S {method} {path}：{r.status_code} {r.text[:200]}"
    assert w.ok("admin", "GET", f"/overrides/{T}/history").json() == before
    assert w.ok("admin_S", "GET", f"/overrides/{S}").status_code == 200


def test_shop_limited_admin_lists_only_keys_of_its_shops(world):
    r = world.call("admin_S", "GET", "/keys")
    if r.status_code == 403:  # fixed by keeping key management to unrestricted admins
        return
    assert r.status_code == 200, r.text[:200]
    keys = r.json()["keys"]
    wider = [k["name"] for k in keys if k["shops"] is None or not set(k["shops"]) <= {S}]
    assert not wider, f"admin_S 看到了店铺范围之外的 key：{wider}"


@pytest.mark.parametrize("body", [{"name": "越权-不限店铺", "role": "admin"},
                                  {"name": "越权-别家店铺", "role": "qa", "shops": [T]}], ids=["unrestricted", "other-shop"])
def test_shop_limited_admin_cannot_create_wider_keys(world, body):
    r = world.call("admin_S", "POST", "/keys", json=body)
    assert r.status_code in (403, 422), f"admin_S POST /keys {body}：{r.status_code} {r.text[:200]}"


def test_shop_limited_admin_cannot_revoke_another_shops_key(world):
    r = world.call("admin_S", "DELETE", f"/keys/{world.victim['t-key']}")
    assert r.status_code in (403, 404), f"admin_S DELETE /keys/<T 的 key>：{r.status_code} {r.text[:200]}"


def test_another_shops_override_is_not_revealed_through_check(world):
    w = world
    other = "第三家小店"
    w.ok("admin", "PUT", f"/overrides/{other}", json={"data": {"words": {"disparage_peer": ["青柠数码"]}}})
    r = w.call("qa_S", "POST", "/check", json={"text": "青柠数码的东西不行", "pack": "jd", "shop": other})
    assert r.status_code == 403, f"qa_S 用别家店铺的覆盖设置检查：{r.status_code}，命中 {r.json().get('findings')}"
