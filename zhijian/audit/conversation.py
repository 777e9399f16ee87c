"""The conversation log format of ``spec/contract.md`` §1, parsed and validated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from zhijian.audit.calendar import CST

ROLES = ("customer", "agent", "system")
MAX_FIELD_CHARS = 200  # id, shop, agent, pack, customer name (the stored columns' size)
MAX_MESSAGE_CHARS = 20_000  # one message; longer is not a chat message (and costs memory)
MAX_MESSAGES = 5_000  # messages of one conversation
MIN_YEAR, MAX_YEAR = 1970, 2100


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


def bad_char(text: str) -> str | None:
    """A description of the first character no store or output can carry (NUL, a lone surrogate), or None."""
    if "\x00" in text:
        return "空字符（U+0000）"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        return f"孤立的代理字符（U+{ord(text[e.start]):04X}）"
    return None


def _usable(value: str, where: str, name: str, length_label: str, max_chars: int) -> str:
    """``value`` within ``max_chars`` and free of characters no store or output can carry."""
    if len(value) > max_chars:
        raise LogError(f"{where}: {length_label}长 {len(value)} 个字符，超过上限 {max_chars}")
    bad = bad_char(value)
    if bad:
        raise LogError(f"{where}: {name} 含有无效字符：{bad}")
    return value


def clean_field(value: Any, field_name: str, where: str, max_chars: int = MAX_FIELD_CHARS) -> str:
    """A short text field (id, shop, agent …): a string of bounded length with no unusable character."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise LogError(f"{where}: 字段 {field_name} 必须是字符串")
    return _usable(value, where, f"字段 {field_name}", f"字段 {field_name} ", max_chars)


def clean_text(value: Any, where: str) -> str:
    """A message text: a string of at most ``MAX_MESSAGE_CHARS`` with no unusable character."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise LogError(f"{where}: text 必须是字符串")
    return _usable(value, where, "text", "消息", MAX_MESSAGE_CHARS)


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
    if MIN_YEAR < ts.year < MAX_YEAR:
        return ts  # (an offset moves the UTC year by one at most: inside the range either way)
    try:
        year = ts.astimezone(dt.timezone.utc).year
    except (OverflowError, ValueError):
        year = 0
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise LogError(f"{where}: 时间 {value!s:.40} 超出范围（{MIN_YEAR}–{MAX_YEAR} 年）")
    return ts


def _opt_str(d: dict, key: str, where: str) -> str | None:
    v = d.get(key)
    if v is None:
        return None
    return clean_field(v, key, where)


def _plain_ts(value: str) -> dt.datetime | None:
    """``parse_ts`` of a string with nothing to clean (no surrounding space, no ``/``, no ``Z``) that ISO 8601
    reads and whose year is well inside the range: the same datetime; None for any other (``parse_ts`` decides)."""
    if not value or value[-1] == "Z" or "/" in value or value[0].isspace() or value[-1].isspace():
        return None
    try:
        ts = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=CST)
    return ts if MIN_YEAR < ts.year < MAX_YEAR else None


def _message(m: Any, where: str, k: int) -> Message:
    """Message ``k`` of a conversation record, every field checked (``parse_conversation`` reads plain ones itself)."""
    mw = f"{where} messages[{k}]"
    if not isinstance(m, dict):
        raise LogError(f"{mw}: 必须是对象")
    role = m.get("role")
    if role not in ROLES:
        raise LogError(f"{mw}: role 必须是 customer / agent / system，得到 {role!r}")
    text = clean_text(m.get("text", ""), mw)
    return Message(role, text, parse_ts(m.get("ts"), mw))


def parse_conversation(obj: Any, where: str = "", plain: bool = False) -> Conversation:
    """Build a Conversation from one decoded JSON object, or raise LogError naming the field.

    ``plain``: the object was decoded from a JSON text with no ``\\u`` escape, so none of its strings holds a NUL
    or a lone surrogate (valid JSON carries neither unescaped, valid UTF-8 decodes to neither): a message whose
    fields need no other care (a known role, a text within the limit, no time or a clean ISO time, ``_plain_ts``)
    is taken as it is; any other goes through every check (``_message``).  The result and the errors are the same
    either way."""
    if not isinstance(obj, dict):
        raise LogError(f"{where}: 每行必须是一个 JSON 对象，得到 {type(obj).__name__}")
    cid = obj.get("id")
    if cid is None or isinstance(cid, (dict, list, bool)):
        raise LogError(f"{where}: 缺少会话 id（字段 id）")
    cid = _field(obj, "id", where, plain)
    if not cid.strip():
        raise LogError(f"{where}: 会话 id 为空")
    msgs = obj.get("messages")
    if not isinstance(msgs, list):
        raise LogError(f"{where}: 字段 messages 必须是列表")
    if len(msgs) > MAX_MESSAGES:
        raise LogError(f"{where}: 会话有 {len(msgs)} 条消息，超过上限 {MAX_MESSAGES}")
    out: list[Message] = []
    append = out.append
    new, set_role, set_text, set_ts = _NEW_MESSAGE
    for k, m in enumerate(msgs):
        if plain and type(m) is dict:  # ``_message``'s plain path, inlined: it runs for every message of the log
            role, text, ts = m.get("role"), m.get("text", ""), m.get("ts")
            if role in ROLES and type(text) is str and len(text) <= MAX_MESSAGE_CHARS:
                if ts is None or ts == "":
                    got = None
                elif type(ts) is str:
                    got = _plain_ts(ts)
                    if got is None:
                        append(_message(m, where, k))
                        continue
                else:
                    append(_message(m, where, k))
                    continue
                # ``Message(role, text, got)`` without the frozen dataclass's ``__init__`` (three ``object.__setattr__``
                # calls in a Python frame, ~2.5 µs a message): the same three slots set through their descriptors
                msg = new(Message)
                set_role(msg, role)
                set_text(msg, text)
                set_ts(msg, got)
                append(msg)
                continue
        append(_message(m, where, k))
    return Conversation(
        id=str(cid),
        messages=out,
        pack=_field(obj, "pack", where, plain),
        shop=_field(obj, "shop", where, plain),
        agent=_field(obj, "agent", where, plain),
        customer_name=_field(obj, "customer_name", where, plain),
        extra={k: v for k, v in obj.items() if k not in _KNOWN},
    )


_KNOWN = frozenset({"id", "messages", "pack", "shop", "agent", "customer_name"})
# how ``parse_conversation`` makes a plain message: a bare instance and the setters of its three slots (``Message`` has
# slots and no ``__post_init__``: its ``__init__`` does only this)
_NEW_MESSAGE = (object.__new__, Message.role.__set__, Message.text.__set__, Message.ts.__set__)


def _field(obj: dict, key: str, where: str, plain: bool) -> str | None:
    """``_opt_str(obj, key, where)``; of a ``plain`` record (see ``parse_conversation``), a string within
    ``MAX_FIELD_CHARS`` is taken as it is (it holds no NUL and no lone surrogate: nothing for ``clean_field`` to refuse)."""
    v = obj.get(key)
    if v is None:
        return None
    if plain and type(v) is str and len(v) <= MAX_FIELD_CHARS:
        return v
    return clean_field(v, key, where)
