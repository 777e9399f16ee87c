"""Sampling policies: which stored chats go to the review queue.

Each policy is a pure function over the shop's chat summaries (and, for ``near_threshold``, their
model findings); it returns ``{chat id: reason detail}``.  Random sampling is reproducible: a chat's
draw is a hash of (shop, agent, day, chat id), so sampling the same day twice picks the same chats
and a re-run never doubles the queue.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from typing import Callable, Iterable


@dataclass(frozen=True)
class ChatSummary:
    id: str
    shop: str | None
    agent: str | None
    day: str | None
    score: float
    fatal: bool


@dataclass(frozen=True)
class ModelHit:
    conversation_id: str
    category: str
    score: float
    threshold: float


def _fatal(chats: list[ChatSummary], hits: list[ModelHit], policy: dict) -> dict[str, str]:
    return {c.id: "含致命项" for c in chats if c.fatal}


def _lowest(chats: list[ChatSummary], hits: list[ModelHit], policy: dict) -> dict[str, str]:
    if not chats:
        return {}
    n = max(1, math.ceil(len(chats) * policy["percent"] / 100))
    ranked = sorted(chats, key=lambda c: (c.score, c.id))[:n]
    return {c.id: f"得分 {c.score:g}，处于最低 {policy['percent']:g}%" for c in ranked}


def draw(*parts: str | None) -> float:
    """A reproducible number in [0, 1) from the parts."""
    h = hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8")).digest()
    return int.from_bytes(h[:8], "big") / 2 ** 64


def _random(chats: list[ChatSummary], hits: list[ModelHit], policy: dict) -> dict[str, str]:
    groups: dict[tuple, list[ChatSummary]] = {}
    for c in chats:
        groups.setdefault((c.agent, c.day), []).append(c)
    out = {}
    for (agent, day), cs in groups.items():
        n = max(int(policy["min"]), round(len(cs) * policy["share"]))
        picked = sorted(cs, key=lambda c: draw(c.shop, agent, day, c.id))[:n]
        for c in picked:
            out[c.id] = f"随机抽样：客服 {agent or '未知'} {day or ''} 的 {len(cs)} 个会话中抽 {min(n, len(cs))} 个"
    return out


def _near(chats: list[ChatSummary], hits: list[ModelHit], policy: dict) -> dict[str, str]:
    ids = {c.id for c in chats}
    out: dict[str, str] = {}
    for h in sorted(hits, key=lambda h: abs(h.score - h.threshold)):
        if h.conversation_id in ids and h.conversation_id not in out and abs(h.score - h.threshold) <= policy["margin"]:
            out[h.conversation_id] = f"模型判断临界：{h.category} 置信度 {h.score:.2f}（阈值 {h.threshold:.2f}）"
    return out


POLICIES: dict[str, Callable[[list[ChatSummary], list[ModelHit], dict], dict[str, str]]] = {
    "fatal": _fatal, "lowest": _lowest, "random": _random, "near_threshold": _near,
}


def sample(chats: Iterable[ChatSummary], hits: Iterable[ModelHit], policies: list[dict]) -> dict[str, tuple[str, str]]:
    """``{chat id: (policy kind, detail)}``: each chat once, under the first policy that picked it."""
    chats, hits = list(chats), list(hits)
    out: dict[str, tuple[str, str]] = {}
    for p in policies:
        for cid, detail in POLICIES[p["kind"]](chats, hits, p).items():
            out.setdefault(cid, (p["kind"], detail))
    return out
