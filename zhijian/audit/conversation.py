"""The conversation log format of ``spec/contract.md`` §1, parsed and validated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from zhijian.audit.calendar import CST

ROLES = ("customer", "agent", "system")


class LogError(ValueError):
    """A conversation record that cannot be used; the message says which field is wrong."""


@dataclass(frozen=True, slots=True)
class Message:
    role: str
    text: str
    ts: dt.datetime | None  # aware, China Standard Time when the log gave no offset


@dataclass
class Conversation:
    id: str
    messages: list[Message]
    pack: str | None = None
    shop: str | None = None
    agent: str | None = None
    customer_name: str | None = None
    extra: dict = field(default_factory=dict)  # unknown fields: kept, ignored

    @property
    def started(self) -> dt.datetime | None:
        for m in self.messages:
            if m.ts is not None:
                return m.ts
        return None


def parse_ts(value: Any, where: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        ts = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            ts = dt.datetime.fromtimestamp(float(value), CST)
        except (ValueError, OverflowError, OSError):
            raise LogError(f"{where}: 时间戳 {value!r} 超出范围") from None
    elif isinstance(value, str):
        s = value.strip().replace("/", "-")
        if s.endswith("Z"):
            s = s[:-1] + "+00:00"
        try:
            ts = dt.datetime.fromisoformat(s)
        except ValueError:
            raise LogError(f"{where}: 时间 {value!r} 不是 ISO 8601 格式（例如 2026-05-01T09:15:02+08:00）") from None
    else:
        raise LogError(f"{where}: 时间必须是字符串，得到 {type(value).__name__}")
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=CST)
    return ts


def _opt_str(d: dict, key: str, where: str) -> str | None:
    v = d.get(key)
    if v is None:
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    if not isinstance(v, str):
        raise LogError(f"{where}: 字段 {key} 必须是字符串")
    return v


def parse_conversation(obj: Any, where: str = "") -> Conversation:
    """Build a Conversation from one decoded JSON object, or raise LogError naming the field."""
    if not isinstance(obj, dict):
        raise LogError(f"{where}: 每行必须是一个 JSON 对象，得到 {type(obj).__name__}")
    cid = obj.get("id")
    if cid is None or isinstance(cid, (dict, list, bool)):
        raise LogError(f"{where}: 缺少会话 id（字段 id）")
    msgs = obj.get("messages")
    if not isinstance(msgs, list):
        raise LogError(f"{where}: 字段 messages 必须是列表")
    out: list[Message] = []
    for k, m in enumerate(msgs):
        mw = f"{where} messages[{k}]"
        if not isinstance(m, dict):
            raise LogError(f"{mw}: 必须是对象")
        role = m.get("role")
        if role not in ROLES:
            raise LogError(f"{mw}: role 必须是 customer / agent / system，得到 {role!r}")
        text = m.get("text", "")
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise LogError(f"{mw}: text 必须是字符串")
        out.append(Message(role, text, parse_ts(m.get("ts"), mw)))
    known = {"id", "messages", "pack", "shop", "agent", "customer_name"}
    return Conversation(
        id=str(cid),
        messages=out,
        pack=_opt_str(obj, "pack", where),
        shop=_opt_str(obj, "shop", where),
        agent=_opt_str(obj, "agent", where),
        customer_name=_opt_str(obj, "customer_name", where),
        extra={k: v for k, v in obj.items() if k not in known},
    )
