"""Webhook alerts (issue 13, item 4): a fatal finding, or a score under a shop's bar, is posted to
group robots of DingTalk (钉钉), WeCom (企业微信) and Feishu (飞书), or to any receiver as plain JSON.

* :func:`payload`: the body each robot expects (DingTalk, WeCom ``markdown``; Feishu ``text``; ``json``
  a flat event), within the robots' size limits.  Markdown and tag characters of user text become
  full-width, so a shop named ``[点我](http://…)`` plants no link or ``<at>`` mention.
* :func:`deliver`: one POST with retries that never raises (every outcome is a :class:`Delivery`),
  signed afresh per attempt: DingTalk ``timestamp`` (ms) and ``sign`` query parameters, base64
  HMAC-SHA256 keyed by the secret over ``"{timestamp}\\n{secret}"``; Feishu ``timestamp`` (s) and
  ``sign`` body fields, base64 HMAC-SHA256 keyed by ``"{timestamp}\\n{secret}"`` over nothing; JSON
  ``X-Zhijian-Timestamp`` and ``X-Zhijian-Signature: sha256=<hex HMAC of "{timestamp}." + body>``.
* Robots refuse a message (bad sign, missing keyword, rate limit) with HTTP 200 and ``errcode`` /
  ``code`` != 0: a failure, retried only for rate-limit codes.  Only public addresses are connected
  to, and redirects are never followed (``egress.py``); errors never show the URL's token or the secret.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import hashlib
import hmac
import http.client
import json
import math
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Callable

from zhijian.review.egress import PrivateAddress, opener, refused_literal

FORMATS = ("dingtalk", "wecom", "feishu", "json")
FORMAT_NAMES = {"dingtalk": "钉钉机器人", "wecom": "企业微信机器人", "feishu": "飞书机器人", "json": "JSON webhook"}
MAX_URL, MAX_SECRET, MAX_NAME = 2000, 200, 100  # characters
MAX_REASONS = 10        # further reasons are summed up as "另有 N 条"
MAX_REASON_CHARS = 200
MAX_TEXT_BYTES = 4000   # WeCom markdown content is limited to 4096 bytes of UTF-8
MAX_RETRY_AFTER = 30.0
RESPONSE_CHARS, READ_LIMIT = 500, 64 * 1024  # the response kept for the log; bytes read at most
# robot error codes that mean "too fast": DingTalk 130101 (send too fast, 20 a minute), WeCom 45009
# (api freq out of limit), Feishu 11232 (custom bot frequency limit) and 99991400 (open-platform limit)
RATE_LIMIT_CODES = {"dingtalk": {130101}, "wecom": {45009}, "feishu": {11232, 99991400}}
CST = dt.timezone(dt.timedelta(hours=8))
# markdown and tag characters of user text, shown in their full-width forms (robot markdown has no
# reliable escaping); plain text (Feishu) only needs the tag brackets, which could spell <at user_id="all">
_MARKDOWN = str.maketrans({"[": "［", "]": "］", "(": "（", ")": "）", "*": "＊", "_": "＿", "#": "＃",
                           "`": "｀", "<": "＜", ">": "＞"})
_TAGS = str.maketrans({"<": "＜", ">": "＞"})


@dataclass(frozen=True)
class Webhook:
    url: str
    format: str
    secret: str | None = field(default=None, repr=False)
    name: str = ""

    @classmethod
    def from_dict(cls, d: Any, where: str = "webhook") -> "Webhook":
        """A checked webhook from settings data; ``ValueError`` in Chinese naming ``where.field``."""
        if not isinstance(d, dict):
            raise ValueError(f"{where}：必须是映射（url、format，可选 secret、name）")
        extra = set(d) - {"url", "format", "secret", "name"}
        if extra:
            names = "、".join(sorted(map(str, extra)))
            raise ValueError(f"{where}：未知字段 {names}（可用：url、format、secret、name）")
        url = _check_url(d.get("url"), f"{where}.url")
        fmt = d.get("format")
        if fmt not in FORMATS:
            raise ValueError(f"{where}.format：必须是 {'、'.join(FORMATS)} 之一，而不是 {fmt!r}")
        secret = d.get("secret")
        if secret is not None:
            if not isinstance(secret, str):
                raise ValueError(f"{where}.secret：必须是字符串")
            if len(secret) > MAX_SECRET:
                raise ValueError(f"{where}.secret：最长 {MAX_SECRET} 个字符")
            if any(ord(c) < 32 or ord(c) == 127 for c in secret):
                raise ValueError(f"{where}.secret：不能含控制字符或换行")
            secret = secret or None
        if secret and fmt == "wecom":
            raise ValueError(f"{where}.secret：企业微信群机器人不支持加签，请去掉 secret")
        name = d.get("name") or ""
        if not isinstance(name, str) or len(name) > MAX_NAME:
            raise ValueError(f"{where}.name：必须是不超过 {MAX_NAME} 个字符的字符串")
        return cls(url=url, format=fmt, secret=secret, name=name)

    def label(self) -> str:
        """How messages name this hook: its name, else the host (never the token of the URL)."""
        if self.name:
            return f"「{_plain(self.name, 40)}」"
        try:
            return urllib.parse.urlsplit(self.url).hostname or "（无主机名）"
        except ValueError:
            return "（地址无效）"


def _check_url(url: Any, where: str) -> str:
    if not isinstance(url, str) or not url:
        raise ValueError(f"{where}：必须是非空的 http/https 地址")
    if len(url) > MAX_URL:
        raise ValueError(f"{where}：地址最长 {MAX_URL} 个字符")
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        raise ValueError(f"{where}：地址不能含空白或控制字符")
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise ValueError(f"{where}：不是有效的地址") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(f"{where}：只支持 http/https 地址")
    if "@" in parts.netloc:
        raise ValueError(f"{where}：地址中不能带用户名或密码（user:pass@）")
    if not parts.hostname:
        raise ValueError(f"{where}：地址缺少主机名")
    refused = refused_literal(parts.hostname)
    if refused:
        raise ValueError(f"{where}：{refused}")
    return url


@dataclass(frozen=True)
class Alert:
    shop: str
    conversation_id: str
    agent: str
    score: float
    fatal: bool
    reasons: list[str]
    link: str | None
    at: dt.datetime


@dataclass(frozen=True)
class AlertRule:
    """A shop's alert bar: ``on_fatal`` (any fatal item) and/or ``score_below`` (strictly under)."""

    score_below: float | None = None
    on_fatal: bool = True

    def applies(self, score: float, fatal: bool) -> bool:
        return should_alert(score, fatal, self.score_below, self.on_fatal)


def should_alert(score: float, fatal: bool, score_below: float | None, on_fatal: bool) -> bool:
    """Whether a chat's result calls for an alert: a fatal item (if ``on_fatal``), or ``score < score_below``."""
    if fatal and on_fatal:
        return True
    return score_below is not None and score < score_below


@dataclass(frozen=True)
class Delivery:
    ok: bool
    attempts: int
    status: int | None
    error: str | None
    response: str = ""


def _plain(s: Any, limit: int) -> str:
    """One line of user text: controls and line breaks become spaces, at most ``limit`` characters."""
    text = "".join(" " if (ord(c) < 32 or ord(c) == 127 or c in "\u2028\u2029") else c for c in str(s)).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _safe(s: Any, limit: int = 100, md: bool = True) -> str:
    """User text for a robot message: markdown (or only tag) characters in their full-width forms."""
    return _plain(s, limit).translate(_MARKDOWN if md else _TAGS)


def _safe_link(link: str | None) -> str | None:
    """An http(s) link with the characters that could end a markdown link percent-encoded; else None."""
    if not isinstance(link, str) or not link or len(link) > MAX_URL:
        return None
    try:
        if urllib.parse.urlsplit(link).scheme.lower() not in ("http", "https"):
            return None
    except ValueError:
        return None
    return urllib.parse.quote(link, safe=":/?#@!$&'*+,;=%~-._")


def _score(score: float) -> str:
    return f"{score:.0f}" if float(score).is_integer() else f"{score:.1f}"


def _when(at: dt.datetime) -> str:
    return (at.astimezone(CST) if at.tzinfo is not None else at).strftime("%Y-%m-%d %H:%M:%S")


def _headline(a: Alert, md: bool) -> str:
    tail = "（致命项）" if a.fatal else ""
    return (f"店铺 {_safe(a.shop, 60, md)} · 客服 {_safe(a.agent, 40, md)} · "
            f"会话 {_safe(a.conversation_id, 80, md)} · 得分 {_score(a.score)}{tail}")


def _reasons(a: Alert, md: bool, budget: int) -> list[str]:
    """The reason lines that fit in ``budget`` bytes (at most MAX_REASONS), then "另有 N 条问题"."""
    lines = [x for x in (_safe(r, MAX_REASON_CHARS, md) for r in a.reasons) if x]
    out: list[str] = []
    for line in lines[:MAX_REASONS]:
        budget -= len(line.encode("utf-8")) + 4
        if budget < 0:
            break
        out.append(line)
    return out + [f"另有 {len(lines) - len(out)} 条问题"] * (len(out) < len(lines))


def _fit(text: str, limit: int = MAX_TEXT_BYTES) -> str:
    raw = text.encode("utf-8")
    return text if len(raw) <= limit else raw[: limit - 3].decode("utf-8", errors="ignore") + "…"


def payload(alert: Alert, fmt: str) -> dict:
    """The JSON body that a ``fmt`` receiver expects for ``alert`` (``ValueError`` for an unknown format)."""
    if fmt == "json":
        return {"event": "zhijian.alert", "shop": alert.shop, "conversation_id": alert.conversation_id,
                "agent": alert.agent, "score": float(alert.score), "fatal": bool(alert.fatal),
                "reasons": [str(r) for r in alert.reasons], "link": alert.link, "at": alert.at.isoformat()}
    if fmt not in FORMATS:
        raise ValueError(f"format：必须是 {'、'.join(FORMATS)} 之一，而不是 {fmt!r}")
    md = fmt != "feishu"  # Feishu gets plain text
    head, link, when = _headline(alert, md), _safe_link(alert.link), _when(alert.at)
    reasons = _reasons(alert, md, MAX_TEXT_BYTES - len(f"{head}{link or ''}".encode("utf-8")) - 200)
    if fmt == "dingtalk":
        text = f"### 【质检告警】\n\n{head}\n\n" + "".join(f"- {r}\n" for r in reasons)
        text += f"\n时间：{when}" + (f"\n\n[查看会话]({link})" if link else "")
        title = _plain(f"【质检告警】{_safe(alert.shop, 40)} 得分 {_score(alert.score)}", 64)
        return {"msgtype": "markdown", "markdown": {"title": title, "text": _fit(text)}}
    if fmt == "wecom":
        text = f'**【质检告警】**<font color="warning">{head}</font>\n' + "".join(f"> {r}\n" for r in reasons)
        text += f"时间：{when}" + (f"\n[查看会话]({link})" if link else "")
        return {"msgtype": "markdown", "markdown": {"content": _fit(text)}}
    text = f"【质检告警】{head}\n" + "".join(f"· {r}\n" for r in reasons)
    text += f"时间：{when}" + (f"\n查看会话：{link}" if link else "")
    return {"msg_type": "text", "content": {"text": _fit(text)}}


def _hmac_b64(key: str, msg: str) -> str:
    return base64.b64encode(hmac.new(key.encode("utf-8"), msg.encode("utf-8"), hashlib.sha256).digest()).decode()


def _signed(hook: Webhook, body: dict, now: float) -> tuple[str, bytes, dict[str, str]]:
    """URL, encoded body and extra headers for one attempt, signed if the hook has a secret."""
    url, extra = hook.url, {}
    if hook.secret and hook.format == "dingtalk":
        ts = str(int(now * 1000))
        sign = _hmac_b64(hook.secret, f"{ts}\n{hook.secret}")
        parts = urllib.parse.urlsplit(url)
        query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
                 if k not in ("timestamp", "sign")]
        query += [("timestamp", ts), ("sign", sign)]
        url = urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))
    elif hook.secret and hook.format == "feishu":
        ts = str(int(now))
        body = {**body, "timestamp": ts, "sign": _hmac_b64(f"{ts}\n{hook.secret}", "")}
    data = json.dumps(body, ensure_ascii=False, allow_nan=False).encode("utf-8")
    if hook.secret and hook.format == "json":
        ts = str(int(now))
        mac = hmac.new(hook.secret.encode("utf-8"), ts.encode() + b"." + data, hashlib.sha256).hexdigest()
        extra = {"X-Zhijian-Timestamp": ts, "X-Zhijian-Signature": f"sha256={mac}"}
    return url, data, extra


@dataclass(frozen=True)
class _Outcome:
    ok: bool
    status: int | None = None
    error: str | None = None
    response: str = ""
    retry: bool = False
    wait: float | None = None  # the receiver's Retry-After, in seconds


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date), at most 30."""
    value = (value or "").strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.timezone.utc)
    except (TypeError, ValueError, IndexError):
        return None
    return min(max((when - dt.datetime.now(dt.timezone.utc)).total_seconds(), 0.0), MAX_RETRY_AFTER)


_NETWORK_REASONS = ((TimeoutError, "超时"), (ConnectionRefusedError, "连接被拒绝"),
                    (socket.gaierror, "域名解析失败"), (ssl.SSLCertVerificationError, "TLS 证书校验失败"),
                    (ssl.SSLError, "TLS 握手失败"), ((ConnectionResetError, http.client.RemoteDisconnected), "连接被对方断开"))


def _network_reason(err: BaseException) -> str:
    if isinstance(err, urllib.error.URLError) and isinstance(err.reason, BaseException):
        err = err.reason
    return next((text for kind, text in _NETWORK_REASONS if isinstance(err, kind)),
                f"网络错误（{type(err).__name__}）")


def _where(hook: Any) -> str:
    try:
        return f"{FORMAT_NAMES.get(hook.format, 'webhook')} {hook.label()}"
    except Exception:  # noqa: BLE001 - only for messages about a hook that is not a Webhook
        return "webhook"


def _robot_verdict(hook: Webhook, status: int, text: str) -> _Outcome:
    """A 2xx answer: robots report a refused message as HTTP 200 with a non-zero error code."""
    try:
        data = None if hook.format == "json" else json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return _Outcome(True, status, response=text)
    if hook.format == "feishu":
        code, msg = data.get("code", data.get("StatusCode", 0)), data.get("msg", data.get("StatusMessage"))
    else:
        code, msg = data.get("errcode", 0), data.get("errmsg", "")
    if code in (0, None, "0"):
        return _Outcome(True, status, response=text)
    limited = isinstance(code, int) and code in RATE_LIMIT_CODES.get(hook.format, ())
    what = "发送过于频繁，被限流" if limited else "拒绝了消息"
    err = f"{_where(hook)} {what}：错误码 {code}，{_plain(msg, 200) or '（无说明）'}"
    return _Outcome(False, status, err, text, retry=limited)


def _attempt(hook: Webhook, body: dict, timeout: float) -> _Outcome:
    where = _where(hook)
    try:
        _check_url(hook.url, f"{where} 的地址")  # also for a Webhook built without from_dict: no ftp:, file:
    except ValueError as e:
        return _Outcome(False, error=str(e))
    try:
        url, data, extra = _signed(hook, body, time.time())
    except (TypeError, ValueError) as e:
        return _Outcome(False, error=f"{where}：消息无法编码为 JSON（{type(e).__name__}）")
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": "zhijian-alerts/1",
               "Accept": "application/json", **extra}
    try:
        req = urllib.request.Request(url, data=data, headers=headers, method="POST")
        with opener().open(req, timeout=timeout) as resp:
            text = resp.read(READ_LIMIT).decode("utf-8", errors="replace")
            return _robot_verdict(hook, resp.status, text)
    except urllib.error.HTTPError as e:
        try:
            text = e.read(READ_LIMIT).decode("utf-8", errors="replace")
        except (OSError, http.client.HTTPException):
            text = ""
        code = e.code
        if 300 <= code < 400:
            return _Outcome(False, code, f"{where} 返回重定向（HTTP {code}）：为防止请求被转到别的地址，"
                                         "不跟随重定向，请填写最终地址", text)
        if code == 429 or code >= 500:
            what = "请求过于频繁" if code == 429 else "对方服务器错误"
            return _Outcome(False, code, f"{where} 返回 HTTP {code}（{what}）", text, retry=True,
                            wait=_retry_after(e.headers.get("Retry-After") if e.headers else None))
        return _Outcome(False, code, f"{where} 返回 HTTP {code}（请求被拒绝，请检查地址和密钥）", text)
    except (urllib.error.URLError, OSError, http.client.HTTPException) as e:
        private = e if isinstance(e, PrivateAddress) else getattr(e, "reason", None)
        if isinstance(private, PrivateAddress):
            return _Outcome(False, error=f"{where}：{private}")  # not retried: the address will not change
        reason = _network_reason(e)
        if reason == "超时":
            return _Outcome(False, error=f"{where} 在 {timeout:g} 秒内没有响应（超时）", retry=True)
        return _Outcome(False, error=f"无法连接{where}：{reason}", retry=True)


def deliver(hook: Webhook, body: dict, attempts: int = 3, backoff: float = 0.5, timeout: float = 5.0,
            sleep: Callable[[float], Any] = time.sleep) -> Delivery:
    """POST ``body`` to ``hook`` with up to ``attempts`` tries; never raises.

    Retried: connection errors, timeouts, HTTP 5xx and 429 (waiting ``Retry-After``, at most 30 s,
    else ``backoff * 2**n``), and the robots' rate-limit error codes.  Not retried: other 4xx,
    redirects (never followed), a robot's other error codes.
    """
    attempts = max(1, int(attempts)) if isinstance(attempts, (int, float)) and math.isfinite(attempts) else 1
    where = _where(hook)
    n, out = 0, _Outcome(False, error=f"{where}：未发送")
    try:
        for n in range(1, attempts + 1):
            out = _attempt(hook, body, timeout)
            if out.ok or not out.retry or n == attempts:
                break
            sleep(out.wait if out.wait is not None else min(backoff * 2 ** (n - 1), MAX_RETRY_AFTER))
    except Exception as e:  # noqa: BLE001 - a failed alert must never break the audit that sent it
        out = _Outcome(False, error=f"{where}：发送时出错（{type(e).__name__}）")
        n = max(n, 1)
    error = out.error
    if not out.ok and n > 1 and error:
        error = f"{error}（共尝试 {n} 次）"
    return Delivery(out.ok, n, out.status, None if out.ok else error, out.response[:RESPONSE_CHARS])
