"""Shared helpers for the per-check tests: tiny chats and one check run on a ``Chat``.

Every test builds its own short chat from ``(role, seconds, text)`` tuples (``seconds`` after
``start`` on ``day``, China Standard Time; ``None`` for a message without a timestamp) and runs
ONE check function directly on ``Chat(conv, config)``.  The sentences are written for these tests
from the rules of the seed documents; none is taken from the dev cases.
"""

from __future__ import annotations

import datetime as dt

import pytest

from zhijian.acts.tagger import get_tagger
from zhijian.audit.auditor import Auditor
from zhijian.audit.calendar import CST
from zhijian.audit.chat import Chat
from zhijian.audit.config import ConversationConfig
from zhijian.audit.conversation import Conversation, Message

CLOSING = "感谢您的耐心，祝您每天开心，再见！"


def build_conv(*turns, day: str = "2025-03-04", start: str = "10:00:00", customer_name: str | None = None,
               cid: str = "t") -> Conversation:
    """``turns``: ``(role, seconds, text)`` or ``(role, text)`` (the latter: no timestamp)."""
    t0 = dt.datetime.fromisoformat(f"{day}T{start}").replace(tzinfo=CST)
    msgs = []
    for t in turns:
        role, secs, text = t if len(t) == 3 else (t[0], None, t[1])
        ts = None if secs is None else t0 + dt.timedelta(seconds=secs)
        msgs.append(Message(role, text, ts))
    return Conversation(id=cid, messages=msgs, customer_name=customer_name)


def tag(conv: Conversation) -> dict:
    """The dialogue acts of the chat's turns, as the auditor tags them (the real tagger)."""
    idx = [i for i, m in enumerate(conv.messages) if m.role in ("customer", "agent")]
    tagged = get_tagger().tag_turns([(conv.messages[i].role, conv.messages[i].text) for i in idx])
    return dict(zip(idx, tagged))


def build_config(base: ConversationConfig, **overrides) -> ConversationConfig:
    """A pack's ``conversation:`` section with some keys changed, built through ``from_dict``."""
    return ConversationConfig.from_dict({**base.raw, **overrides}, "test conversation")


@pytest.fixture(scope="session")
def jd() -> ConversationConfig:
    return Auditor("jd").config


@pytest.fixture(scope="session")
def generic() -> ConversationConfig:
    return Auditor("generic").config


@pytest.fixture(scope="session")
def taobao() -> ConversationConfig:
    return Auditor("taobao").config


@pytest.fixture
def config_with(jd):
    """``config_with(response_limit=30)``: the jd pack's section with keys replaced
    (``base=`` another ConversationConfig to start from)."""

    def make(base: ConversationConfig | None = None, **overrides) -> ConversationConfig:
        return build_config(base or jd, **overrides)

    return make


@pytest.fixture
def make_chat(jd):
    """``make_chat(*turns, config=jd, day=..., start=..., customer_name=...)`` -> Chat."""

    def make(*turns, config: ConversationConfig | None = None, **kw) -> Chat:
        conv = build_conv(*turns, **kw)
        return Chat(conv, config or jd, tag(conv))

    return make


@pytest.fixture
def run(make_chat):
    """``run(check_fn, *turns, config=..., **kw)`` -> the findings as ``[(category, turn), ...]``."""

    def go(fn, *turns, **kw) -> list[tuple[str, int]]:
        return [(f.category, f.turn) for f in fn(make_chat(*turns, **kw))]

    return go


@pytest.fixture
def findings(make_chat):
    """``findings(check_fn, *turns, ...)`` -> the AuditFinding objects (to read their messages)."""

    def go(fn, *turns, **kw):
        return list(fn(make_chat(*turns, **kw)))

    return go
