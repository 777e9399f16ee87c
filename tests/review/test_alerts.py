"""Webhook alerts (zhijian.review.alerts) against a real HTTP receiver on 127.0.0.1.

The receiver (``http.server`` in a thread, port 0) records every request as it arrived (path, query,
headers, raw body) and answers from a script: status, body, headers and a delay, one reply per
request, then ``{"errcode": 0, "errmsg": "ok"}``.  Signatures are recomputed here from the robots'
published algorithms, not with the module's helpers.  ``sleep`` is a recorder, so retries cost no time
and the backoff is checked exactly.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import re
import socket
import time
import urllib.parse

import pytest

from review.loopback import OK, Receiver, Reply, receiver  # noqa: F401 - receiver is a fixture
from zhijian.review.alerts import FORMATS, Alert, AlertRule, Delivery, Webhook, deliver, payload, should_alert

CJK = re.compile(r"[\u4e00-\u9fff]")
@pytest.fixture
def sleeps():
    return []


AT = dt.datetime(2025, 3, 4, 2, 5, 9, tzinfo=dt.timezone.utc)  # 10:05:09 in China
ALERT = Alert(shop="旗舰店", conversation_id="c-17", agent="小王", score=0.0, fatal=True,
              reasons=["致命项：引导站外交易（diversion）", "推诿：您自己去问吧（shirking）"],
              link="https://qa.example.com/conversations/c-17", at=AT)


def send(hook: Webhook, sleeps: list, alert: Alert = ALERT, **kw) -> Delivery:
    return deliver(hook, payload(alert, hook.format), sleep=sleeps.append, **kw)


# ---------------------------------------------------------------- bodies as received


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_arrives_as_utf8_json_with_the_robot_shape(receiver, sleeps, fmt):
    d = send(Webhook(receiver.url(), fmt), sleeps)
    assert d == Delivery(True, 1, 200, None, OK.decode())
    (req,) = receiver.requests
    assert req.path == "/hook" and req.query == ""
    assert req.headers["Content-Type"] == "application/json; charset=utf-8"
    assert "旗舰店".encode("utf-8") in req.body  # UTF-8, not \\u escapes
    body = req.json()
    assert body == payload(ALERT, fmt)
    if fmt == "dingtalk":
        assert body["msgtype"] == "markdown" and set(body["markdown"]) == {"title", "text"}
        text = body["markdown"]["text"]
        assert "旗舰店" in body["markdown"]["title"]
    elif fmt == "wecom":
        assert body["msgtype"] == "markdown" and set(body["markdown"]) == {"content"}
        text = body["markdown"]["content"]
    elif fmt == "feishu":
        assert body["msg_type"] == "text" and set(body["content"]) == {"text"}
        text = body["content"]["text"]
    else:
        assert body == {"event": "zhijian.alert", "shop": "旗舰店", "conversation_id": "c-17", "agent": "小王",
                        "score": 0.0, "fatal": True, "reasons": ALERT.reasons,
                        "link": "https://qa.example.com/conversations/c-17", "at": "2025-03-04T02:05:09+00:00"}
        assert dt.datetime.fromisoformat(body["at"]) == AT
        return
    assert "【质检告警】" in text
    assert "店铺 旗舰店 · 客服 小王 · 会话 c-17 · 得分 0（致命项）" in text
    assert "引导站外交易（diversion）" in text and "您自己去问吧（shirking）" in text
    assert "2025-03-04 10:05:09" in text  # China Standard Time
    assert "https://qa.example.com/conversations/c-17" in text


def test_a_score_under_the_bar_is_not_called_fatal():
    low = Alert("店A", "c-2", "小李", 58.5, False, ["推诿（shirking）"], None, dt.datetime(2025, 3, 4, 10, 0))
    text = payload(low, "feishu")["content"]["text"]
    assert "得分 58.5" in text and "致命" not in text and "查看会话" not in text
    assert "2025-03-04 10:00:00" in text  # a naive time is shown as it is


def test_user_text_cannot_plant_links_or_mentions():
    evil = Alert("[点我](http://evil.example)", "c-3", '<at user_id="all">所有人</at>', 0, True,
                 ["**加粗** `代码` # 标题"], "https://qa.example.com/c/3?x=(1) y", AT)
    for fmt in ("dingtalk", "wecom"):
        body = payload(evil, fmt)["markdown"]
        text = body.get("text") or body["content"]
        assert "](http://evil" not in text and "[点我]" not in text and "<at" not in text
        assert "**加粗**" not in text and "`代码`" not in text
        assert "[查看会话](https://qa.example.com/c/3?x=%281%29%20y)" in text
    feishu = payload(evil, "feishu")["content"]["text"]
    assert "<at" not in feishu and "查看会话：https://qa.example.com/c/3?x=%281%29%20y" in feishu
    bad_link = Alert("店", "c", "客服", 0, True, [], "javascript:alert(1)", AT)
    assert all("javascript" not in json.dumps(payload(bad_link, f), ensure_ascii=False)
               for f in ("dingtalk", "wecom", "feishu"))


def test_line_breaks_in_user_text_stay_on_one_line():
    a = Alert("店\n### 假标题", "c", "客服\r\n- 假列表", 0, True, [], None, AT)
    text = payload(a, "dingtalk")["markdown"]["text"]
    assert "\n### 假标题" not in text and "\n- 假列表" not in text


def test_many_long_reasons_stay_under_the_wecom_limit():
    a = Alert("店", "c-9", "客服", 10, False, [f"问题{i}：" + "很长的说明" * 60 for i in range(40)],
              "https://qa.example.com/c/9", AT)
    for fmt in ("dingtalk", "wecom", "feishu"):
        body = payload(a, fmt)
        text = body["content"]["text"] if fmt == "feishu" else body["markdown"].get("text") or body["markdown"]["content"]
        assert len(text.encode("utf-8")) <= 4096
        assert re.search(r"另有 \d+ 条问题", text)
        assert "https://qa.example.com/c/9" in text  # the link survives the cut
    few = payload(Alert("店", "c", "客服", 10, False, [f"问题{i}" for i in range(12)], None, AT), "wecom")
    assert "另有 2 条问题" in few["markdown"]["content"] and "问题9" in few["markdown"]["content"]


def test_payload_refuses_an_unknown_format():
    with pytest.raises(ValueError, match="format：必须是"):
        payload(ALERT, "slack")


# ---------------------------------------------------------------- signing


def _b64_hmac(key: str, msg: str) -> str:
    return base64.b64encode(hmac.new(key.encode(), msg.encode(), hashlib.sha256).digest()).decode()


def test_dingtalk_signature_in_the_query(receiver, sleeps):
    secret = "SECe2f0+/=测试"
    url = receiver.url("/robot/send?access_token=tok123&timestamp=1&sign=stale")
    assert send(Webhook(url, "dingtalk", secret), sleeps).ok
    (req,) = receiver.requests
    params = req.params()
    assert params["access_token"] == ["tok123"]
    assert len(params["timestamp"]) == 1 and len(params["sign"]) == 1  # stale ones replaced, not doubled
    ts = params["timestamp"][0]
    assert re.fullmatch(r"\d{13}", ts) and abs(int(ts) / 1000 - time.time()) < 3600  # milliseconds, now
    expected = _b64_hmac(secret, f"{ts}\n{secret}")
    assert params["sign"] == [expected]
    assert f"sign={urllib.parse.quote_plus(expected)}" in req.query  # url-encoded on the wire
    assert "timestamp" not in req.json() and "sign" not in req.json()


def test_feishu_signature_in_the_body(receiver, sleeps):
    secret = "feishu-secret-xyz"
    assert send(Webhook(receiver.url("/open-apis/bot/v2/hook/abc"), "feishu", secret), sleeps).ok
    (req,) = receiver.requests
    body = req.json()
    ts = body.pop("timestamp")
    assert isinstance(ts, str) and re.fullmatch(r"\d{10}", ts) and abs(int(ts) - time.time()) < 3600  # seconds
    expected = base64.b64encode(hmac.new(f"{ts}\n{secret}".encode(), b"", hashlib.sha256).digest()).decode()
    assert body.pop("sign") == expected
    assert body == payload(ALERT, "feishu") and req.query == ""


def test_json_signature_in_headers(receiver, sleeps):
    secret = "json-secret"
    assert send(Webhook(receiver.url(), "json", secret), sleeps).ok
    (req,) = receiver.requests
    ts = req.headers["X-Zhijian-Timestamp"]
    mac = hmac.new(secret.encode(), ts.encode() + b"." + req.body, hashlib.sha256).hexdigest()
    assert req.headers["X-Zhijian-Signature"] == f"sha256={mac}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_secret_no_signature(receiver, sleeps, fmt):
    assert send(Webhook(receiver.url(), fmt), sleeps).ok
    (req,) = receiver.requests
    assert req.query == "" and "sign" not in req.json() and "X-Zhijian-Signature" not in req.headers


# ---------------------------------------------------------------- retries and failures


def test_500_twice_then_200_succeeds_on_the_third_attempt(receiver, sleeps):
    receiver.then(Reply(500, b"oops"), Reply(502, b"bad gateway"))
    d = send(Webhook(receiver.url(), "json"), sleeps)
    assert (d.ok, d.attempts, d.status, d.error) == (True, 3, 200, None)
    assert len(receiver.requests) == 3 and sleeps == [0.5, 1.0]


def test_a_4xx_is_not_retried(receiver, sleeps):
    receiver.then(Reply(404, b"no such hook"))
    d = send(Webhook(receiver.url(), "json", name="质检群"), sleeps)
    assert (d.ok, d.attempts, d.status, d.response) == (False, 1, 404, "no such hook")
    assert "HTTP 404" in d.error and "「质检群」" in d.error and CJK.search(d.error)
    assert len(receiver.requests) == 1 and sleeps == []


def test_always_500_gives_up_after_n_attempts(receiver, sleeps):
    receiver.then(*[Reply(500, b"x" * 2000)] * 4)
    d = send(Webhook(receiver.url("/robot/send?access_token=tok-secret-123"), "dingtalk", "SECzzz"), sleeps,
             attempts=4, backoff=0.25)
    assert (d.ok, d.attempts, d.status) == (False, 4, 500)
    assert len(receiver.requests) == 4 and sleeps == [0.25, 0.5, 1.0]
    assert "HTTP 500" in d.error and "共尝试 4 次" in d.error and "钉钉机器人 127.0.0.1" in d.error
    assert "tok-secret-123" not in d.error and "SECzzz" not in d.error
    assert d.response == "x" * 500


def test_429_honours_retry_after_up_to_30_seconds(receiver, sleeps):
    receiver.then(Reply(429, headers={"Retry-After": "7"}), Reply(429, headers={"Retry-After": "999"}),
                  Reply(503, headers={"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}))
    d = send(Webhook(receiver.url(), "wecom"), sleeps, attempts=4)
    assert (d.ok, d.attempts) == (True, 4)
    assert sleeps == [7.0, 30.0, 30.0]


def test_timeout_is_an_error_and_is_retried(receiver, sleeps):
    receiver.then(Reply(delay=10))
    d = send(Webhook(receiver.url(), "json"), sleeps, attempts=1, timeout=0.3)
    assert (d.ok, d.attempts, d.status) == (False, 1, None)
    assert "超时" in d.error and "0.3 秒" in d.error
    receiver.then(Reply(delay=10))
    d = send(Webhook(receiver.url(), "json"), sleeps, attempts=2, timeout=0.3)
    assert (d.ok, d.attempts, d.status) == (True, 2, 200)


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
def test_a_redirect_is_not_followed(receiver, sleeps, code):
    receiver.then(Reply(code, b"", headers={"Location": receiver.url("/internal")}))
    d = send(Webhook(receiver.url(), "feishu"), sleeps)
    assert (d.ok, d.attempts, d.status) == (False, 1, code)
    assert "重定向" in d.error and "不跟随" in d.error
    assert [r.path for r in receiver.requests] == ["/hook"]  # /internal never asked


@pytest.mark.parametrize("fmt, answer, code, msg", [
    ("dingtalk", {"errcode": 310000, "errmsg": "keywords not in content"}, "310000", "keywords not in content"),
    ("wecom", {"errcode": 93000, "errmsg": "invalid webhook url"}, "93000", "invalid webhook url"),
    ("feishu", {"code": 19021, "msg": "sign match fail or timestamp is not within one hour from current time"},
     "19021", "sign match fail"),
    ("feishu", {"code": 9499, "msg": "Bad Request", "data": {}}, "9499", "Bad Request"),
])
def test_a_robot_error_code_in_a_200_is_a_failure(receiver, sleeps, fmt, answer, code, msg):
    receiver.then(Reply(200, json.dumps(answer).encode()))
    d = send(Webhook(receiver.url(), fmt), sleeps)
    assert (d.ok, d.attempts, d.status) == (False, 1, 200)
    assert f"错误码 {code}" in d.error and msg in d.error and "拒绝了消息" in d.error
    assert d.response == json.dumps(answer) and sleeps == []


def test_a_json_hook_takes_any_2xx_whatever_the_body(receiver, sleeps):
    receiver.then(Reply(202, b'{"errcode": 1}'))
    assert send(Webhook(receiver.url(), "json"), sleeps) == Delivery(True, 1, 202, None, '{"errcode": 1}')


def test_robot_rate_limit_codes_are_retried(receiver, sleeps):
    receiver.then(Reply(200, b'{"errcode": 130101, "errmsg": "send too fast, exceed 20 times per minute"}'))
    d = send(Webhook(receiver.url(), "dingtalk"), sleeps)
    assert (d.ok, d.attempts) == (True, 2) and sleeps == [0.5]
    receiver.then(*[Reply(200, b'{"code": 11232, "msg": "frequency limited"}')] * 3)
    d = send(Webhook(receiver.url(), "feishu", name="告警群"), sleeps)
    assert (d.ok, d.attempts, d.status) == (False, 3, 200)
    assert "限流" in d.error and "11232" in d.error and "「告警群」" in d.error and "共尝试 3 次" in d.error


def test_connection_refused_is_retried_then_reported(sleeps):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    d = deliver(Webhook(f"http://127.0.0.1:{port}/hook", "json"), {"a": 1}, attempts=2, sleep=sleeps.append)
    assert (d.ok, d.attempts, d.status) == (False, 2, None)
    assert "无法连接" in d.error and "连接被拒绝" in d.error and sleeps == [0.5]


def test_deliver_never_raises(sleeps):
    d = deliver(Webhook("ftp://example.com/x", "json"), {"a": 1}, sleep=sleeps.append)
    assert (d.ok, d.attempts, d.status) == (False, 1, None) and sleeps == []
    assert d.error == "JSON webhook example.com 的地址：只支持 http/https 地址"
    d = deliver(Webhook("http://u:p@127.0.0.1:9/x", "json"), {"a": 1}, sleep=sleeps.append)
    assert (d.ok, d.attempts) == (False, 1) and "用户名或密码" in d.error and "u:p" not in d.error
    d = deliver(Webhook("http://127.0.0.1:9/x", "json"), {"a": {1, 2}}, sleep=sleeps.append)
    assert (d.ok, d.attempts) == (False, 1) and "JSON" in d.error
    d = deliver(None, {"a": 1}, sleep=sleeps.append)  # type: ignore[arg-type]
    assert not d.ok and CJK.search(d.error)
    d = deliver(Webhook("http://127.0.0.1:9/x", "json"), {"a": float("nan")}, attempts=float("inf"),
                sleep=sleeps.append)
    assert (d.ok, d.attempts) == (False, 1)


# ---------------------------------------------------------------- Webhook.from_dict


def test_from_dict_accepts_a_valid_hook():
    h = Webhook.from_dict({"url": "https://oapi.dingtalk.com/robot/send?access_token=abc", "format": "dingtalk",
                           "secret": "SEC123", "name": "质检群"}, "webhooks[0]")
    assert h == Webhook("https://oapi.dingtalk.com/robot/send?access_token=abc", "dingtalk", "SEC123", "质检群")
    assert "SEC123" not in repr(h)
    assert Webhook.from_dict({"url": "http://10.0.0.5:8080/x", "format": "json", "secret": ""}).secret is None
    assert Webhook.from_dict({"url": "https://open.feishu.cn/open-apis/bot/v2/hook/x", "format": "feishu",
                              "name": None}).name == ""


@pytest.mark.parametrize("data, message", [
    ("https://x.example/hook", "webhooks[1]：必须是映射"),
    ({"format": "json"}, "webhooks[1].url：必须是非空的 http/https 地址"),
    ({"url": "ftp://x.example/h", "format": "json"}, "webhooks[1].url：只支持 http/https 地址"),
    ({"url": "file:///etc/passwd", "format": "json"}, "webhooks[1].url：只支持 http/https 地址"),
    ({"url": "https://user:pw@x.example/h", "format": "json"}, "webhooks[1].url：地址中不能带用户名或密码"),
    ({"url": "https://x.example/" + "a" * 2000, "format": "json"}, "webhooks[1].url：地址最长 2000 个字符"),
    ({"url": "https://x.example/a b", "format": "json"}, "webhooks[1].url：地址不能含空白或控制字符"),
    ({"url": "https:///nohost", "format": "json"}, "webhooks[1].url：地址缺少主机名"),
    ({"url": "http://x.example:99999/h", "format": "json"}, "webhooks[1].url：不是有效的地址"),
    ({"url": "https://x.example/h", "format": "slack"}, "webhooks[1].format：必须是 dingtalk、wecom、feishu、json 之一"),
    ({"url": "https://x.example/h"}, "webhooks[1].format：必须是"),
    ({"url": "https://x.example/h", "format": "json", "secret": 123}, "webhooks[1].secret：必须是字符串"),
    ({"url": "https://x.example/h", "format": "json", "secret": "s" * 201}, "webhooks[1].secret：最长 200 个字符"),
    ({"url": "https://x.example/h", "format": "json", "secret": "a\nb"}, "webhooks[1].secret：不能含控制字符"),
    ({"url": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", "format": "wecom", "secret": "s"},
     "webhooks[1].secret：企业微信群机器人不支持加签"),
    ({"url": "https://x.example/h", "format": "json", "name": 5}, "webhooks[1].name："),
    ({"url": "https://x.example/h", "format": "json", "name": "名" * 101}, "webhooks[1].name："),
    ({"url": "https://x.example/h", "format": "json", "token": "t"}, "webhooks[1]：未知字段 token"),
])
def test_from_dict_refuses_with_a_chinese_message_naming_the_field(data, message):
    with pytest.raises(ValueError) as e:
        Webhook.from_dict(data, "webhooks[1]")
    assert str(e.value).startswith(message) and CJK.search(str(e.value))


# ---------------------------------------------------------------- when to alert


@pytest.mark.parametrize("score, fatal, below, on_fatal, expected", [
    (0, True, None, True, True),      # fatal item, alerts on fatal
    (0, True, None, False, False),    # fatal item, fatal alerts off, no bar
    (0, True, 60, False, True),       # ... but the score is under the bar
    (59.9, False, 60, True, True),    # under the bar
    (60, False, 60, True, False),     # on the bar is not under it
    (95, False, None, True, False),   # nothing to say
    (95, False, 60, False, False),
])
def test_should_alert(score, fatal, below, on_fatal, expected):
    assert should_alert(score, fatal, below, on_fatal) is expected
    assert AlertRule(score_below=below, on_fatal=on_fatal).applies(score, fatal) is expected
