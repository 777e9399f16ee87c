"""One helper for the conversation-kind tests: audit a short chat, return the categories.

``from chat_fixtures import conv_categories`` (tests/ is on sys.path).  Each turn is
``(role, text)``, placed ``step`` seconds after the one before (the first at ``first``), or
``(role, text, seconds)``, placed that many seconds after ``start`` (China Standard Time).
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib

from zhijian.audit.conversation import Conversation, Message

CST = dt.timezone(dt.timedelta(hours=8))


def conv_categories(auditor, turns, *, start: str = "2025-03-12T14:00:00", step: int = 20, first: int = 0,
                    name: str | None = None) -> set[str]:
    """The conversation-level categories (rules ``conv.*``) that ``auditor`` reports on ``turns``."""
    return {f.category for f in _findings(auditor, turns, start, step, first, name) if f.rule.startswith("conv.")}


# the stock goodbye of the kind tests (seed 003 结束语), for a chat whose closing is not what the test is about
BYE = "感谢您的咨询，祝您生活愉快，再见～"


def pack_categories(auditors: dict, *turns, pack: str = "jd", start: str = "2026-11-30T10:00:00", step: int = 20) -> set[str]:
    """``conv_categories`` with the auditor of ``pack`` taken from ``auditors`` (the conftest fixture: pack -> Auditor) and
    the turns given one by one: the shape every kind test of a stop audits its chats in."""
    return conv_categories(auditors[pack], turns, start=start, step=step)


def all_categories(auditor, turns, *, start: str = "2025-03-12T14:00:00", step: int = 20, first: int = 0,
                   name: str | None = None) -> set[str]:
    """Every category ``auditor`` reports on ``turns``: the conversation's and its turns' message findings."""
    return {f.category for f in _findings(auditor, turns, start, step, first, name)}


def _findings(auditor, turns, start: str, step: int, first: int, name: str | None) -> list:
    t0 = dt.datetime.fromisoformat(start).replace(tzinfo=CST)
    msgs, at = [], first - step
    for t in turns:
        at = t[2] if len(t) > 2 else at + step
        msgs.append(Message(t[0], t[1], t0 + dt.timedelta(seconds=at)))
    return auditor.audit(Conversation(id="t", messages=msgs, customer_name=name)).findings


def assert_read_chats_exact(auditors: dict, name: str, ids: tuple[str, ...]) -> None:
    """Each chat ``ids`` of the read set ``name`` (benchmarks/data/<name>.jsonl) comes out exact on the conversation
    categories (expect ⊆ got ⊆ expect ∪ ok_extra, as benchmarks/line_verdicts.py judges it), audited by the auditor of its
    pack (``auditors``: pack -> Auditor); every id must be in the set."""
    from zhijian.audit.conversation import parse_conversation
    from zhijian.taxonomy import MESSAGE_CATEGORIES

    path = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "data" / f"{name}.jsonl"
    rows = {o["id"]: o for o in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if o["id"] in ids}
    assert sorted(rows) == sorted(ids)
    for cid, o in rows.items():
        got = {f.category for f in auditors[o["pack"]].audit(parse_conversation(o)).findings} - set(MESSAGE_CATEGORIES)
        want = set(o["expect"]) - set(MESSAGE_CATEGORIES)
        assert want <= got <= want | set(o.get("ok_extra") or []), cid
