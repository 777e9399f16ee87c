"""A shop's review settings: one JSON document per shop, set by an admin.

::

    {"sampling": [{"kind": "fatal"},                        # every chat with a fatal item
                  {"kind": "lowest", "percent": 5},          # the lowest 5 % of the shop's chats by score
                  {"kind": "random", "share": 0.02, "min": 1},  # 2 % of each agent's chats per day (at least 1)
                  {"kind": "near_threshold", "margin": 0.1}],   # model findings within 0.1 of their threshold
     "appeal_days": 7,          # an agent may appeal a finding within this many days of the audit
     "precision_bar": 0.8,      # rules measured below this precision are highlighted on 校准
     "alerts": {"on_fatal": true, "score_below": 60,
                "webhooks": [{"format": "dingtalk", "url": "https://oapi.dingtalk.com/robot/send?access_token=…",
                              "secret": "SEC…", "name": "质检群"}]}}

Every field is optional; :data:`DEFAULTS` fill the gaps.  Errors are Chinese and name the field.
"""

from __future__ import annotations

import copy
import math
from typing import Any

POLICY_KINDS = {"fatal": "致命项", "lowest": "低分", "random": "随机抽样", "near_threshold": "模型临界"}
DEFAULTS: dict[str, Any] = {
    "sampling": [{"kind": "fatal"}, {"kind": "lowest", "percent": 5}],
    "appeal_days": 7,
    "precision_bar": 0.8,
    "alerts": {"on_fatal": True, "score_below": None, "webhooks": []},
}
MAX_POLICIES = 20
MAX_WEBHOOKS = 10


class SettingsError(ValueError):
    """A shop's review settings are invalid (the message is Chinese and names the field)."""


def _number(v: Any, where: str, lo: float, hi: float, integer: bool = False) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or (isinstance(v, float) and not math.isfinite(v)):
        raise SettingsError(f"{where} 必须是数字")
    if integer and v != int(v):
        raise SettingsError(f"{where} 必须是整数")
    if not lo <= v <= hi:
        raise SettingsError(f"{where} 必须在 {lo:g}–{hi:g} 之间，而不是 {v:g}")
    return int(v) if integer else float(v)


def _policy(p: Any, where: str) -> dict:
    if not isinstance(p, dict):
        raise SettingsError(f"{where} 必须是映射（kind: …）")
    kind = p.get("kind")
    if kind not in POLICY_KINDS:
        raise SettingsError(f"{where}.kind 必须是 {'、'.join(POLICY_KINDS)} 之一，而不是 {kind!r}")
    allowed = {"fatal": set(), "lowest": {"percent"}, "random": {"share", "min"}, "near_threshold": {"margin"}}[kind]
    extra = set(p) - allowed - {"kind"}
    if extra:
        raise SettingsError(f"{where}：抽样策略 {kind} 没有字段 {'、'.join(sorted(map(str, extra)))}")
    out: dict[str, Any] = {"kind": kind}
    if kind == "lowest":
        out["percent"] = _number(p.get("percent", 5), f"{where}.percent", 0.1, 100)
    elif kind == "random":
        out["share"] = _number(p.get("share", 0.02), f"{where}.share", 0.0001, 1)
        out["min"] = _number(p.get("min", 1), f"{where}.min", 0, 1000, integer=True)
    elif kind == "near_threshold":
        out["margin"] = _number(p.get("margin", 0.1), f"{where}.margin", 0.001, 0.5)
    return out


def validate(data: Any) -> dict:
    """The settings with defaults filled in, or :class:`SettingsError`."""
    from zhijian.review.alerts import Webhook

    if not isinstance(data, dict):
        raise SettingsError("质检设置必须是映射（JSON 对象）")
    unknown = set(data) - set(DEFAULTS)
    if unknown:
        raise SettingsError(f"质检设置：未知字段 {'、'.join(sorted(map(str, unknown)))}（可用：{'、'.join(DEFAULTS)}）")
    out = copy.deepcopy(DEFAULTS)
    if "sampling" in data:
        pols = data["sampling"]
        if not isinstance(pols, list):
            raise SettingsError("sampling 必须是抽样策略的列表")
        if len(pols) > MAX_POLICIES:
            raise SettingsError(f"sampling 最多 {MAX_POLICIES} 条策略")
        out["sampling"] = [_policy(p, f"sampling[{i}]") for i, p in enumerate(pols)]
    if "appeal_days" in data:
        out["appeal_days"] = _number(data["appeal_days"], "appeal_days", 0, 365, integer=True)
    if "precision_bar" in data:
        out["precision_bar"] = _number(data["precision_bar"], "precision_bar", 0, 1)
    if "alerts" in data:
        a = data["alerts"]
        if not isinstance(a, dict):
            raise SettingsError("alerts 必须是映射（on_fatal、score_below、webhooks）")
        extra = set(a) - {"on_fatal", "score_below", "webhooks"}
        if extra:
            raise SettingsError(f"alerts：未知字段 {'、'.join(sorted(map(str, extra)))}")
        if "on_fatal" in a:
            if not isinstance(a["on_fatal"], bool):
                raise SettingsError("alerts.on_fatal 必须是 true 或 false")
            out["alerts"]["on_fatal"] = a["on_fatal"]
        if a.get("score_below") is not None:
            out["alerts"]["score_below"] = _number(a["score_below"], "alerts.score_below", 0, 100)
        hooks = a.get("webhooks") or []
        if not isinstance(hooks, list):
            raise SettingsError("alerts.webhooks 必须是列表")
        if len(hooks) > MAX_WEBHOOKS:
            raise SettingsError(f"alerts.webhooks 最多 {MAX_WEBHOOKS} 个")
        checked = []
        for i, h in enumerate(hooks):
            try:
                Webhook.from_dict(h, f"alerts.webhooks[{i}]")
            except ValueError as e:
                raise SettingsError(str(e)) from None
            checked.append(dict(h))
        out["alerts"]["webhooks"] = checked
    return out


def public(settings: dict) -> dict:
    """The settings as shown to QA (webhook secrets and URL tokens left out)."""
    out = copy.deepcopy(settings)
    for h in out["alerts"]["webhooks"]:
        if h.get("secret"):
            h["secret"] = "******"
        url = str(h.get("url", ""))
        if "?" in url:
            h["url"] = url.split("?", 1)[0] + "?…"
    return out
