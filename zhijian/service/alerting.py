"""Alerts after audits are stored: a chat with a fatal item (or under the shop's score bar) is posted
to the shop's webhooks (DingTalk, WeCom, Feishu, plain JSON) in the background, each delivery logged
in ``alert_deliveries``.  Sending never delays or fails the audit that triggered it.

Chats without a shop have no shop settings, hence no alerts.
"""

from __future__ import annotations

import logging
import urllib.parse
from typing import Iterable

from zhijian.review.alerts import Alert, Webhook, deliver, payload, should_alert
from zhijian.service import review_store
from zhijian.service.db import AlertDeliveryRow, utcnow
from zhijian.taxonomy import CATEGORIES

log = logging.getLogger("zhijian.service.alerts")


def reasons(result, fatal_categories: Iterable[str], score_below: float | None) -> list[str]:
    fatal = set(fatal_categories)
    out = []
    seen = set()
    for f in result.findings:
        if result.fatal and f.category in fatal and f.category not in seen and getattr(f, "source", "rule") != "model":
            seen.add(f.category)
            out.append(f"致命项：{CATEGORIES.get(f.category, f.category)}（{f.category}）")
    if score_below is not None and result.score < score_below:
        out.append(f"得分 {result.score:g} 低于告警线 {score_below:g}")
    return out


def link(app, cid: str) -> str | None:
    base = getattr(app.state.settings, "public_url", None)
    return f"{base.rstrip('/')}/review/{urllib.parse.quote(cid, safe='')}" if base else None


def after_save(app, results: list) -> int:
    """Queue the alerts the stored ``results`` call for; returns how many chats alert."""
    from zhijian.service.api.deps import scorecard_for

    shops = {r.shop for r in results if r.shop}
    if not shops:
        return 0
    with app.state.sessions() as s:
        conf = {shop: review_store.shop_settings(s, shop)["alerts"] for shop in shops}
    card = scorecard_for(app)
    n = 0
    for r in results:
        a = conf.get(r.shop)
        if not a or not a["webhooks"] or not should_alert(r.score, r.fatal, a["score_below"], a["on_fatal"]):
            continue
        why = reasons(r, card(r.pack, r.shop).fatal, a["score_below"])
        alert = Alert(shop=r.shop, conversation_id=r.id, agent=r.agent or "未知", score=r.score, fatal=r.fatal,
                      reasons=why, link=link(app, r.id), at=utcnow())
        app.state.alerts.submit(send, app, alert, [Webhook.from_dict(h) for h in a["webhooks"]])
        n += 1
    return n


def send(app, alert: Alert, hooks: list[Webhook]) -> list:
    """Post one alert to each hook (with the service's retry settings) and log every delivery."""
    st = app.state.settings
    out = []
    for hook in hooks:
        try:
            d = deliver(hook, payload(alert, hook.format), attempts=st.alert_attempts, backoff=st.alert_backoff,
                        timeout=st.alert_timeout)
        except Exception as e:  # noqa: BLE001 - deliver never raises; logged if it ever did
            log.exception("alert delivery crashed")
            from zhijian.review.alerts import Delivery
            d = Delivery(False, 0, None, f"发送出错（{type(e).__name__}）")
        with app.state.sessions.begin() as s:
            s.add(AlertDeliveryRow(shop=alert.shop, conversation_id=alert.conversation_id, webhook=hook.label()[:200],
                                   format=hook.format, ok=d.ok, attempts=d.attempts, status=d.status,
                                   error=d.error, created_at=utcnow()))
        out.append(d)
    return out


def deliveries(session, shops=None, shop: str | None = None, page: int = 1, size: int = 50) -> dict:
    from sqlalchemy import select

    from zhijian.service.rows import page_of, within

    A = AlertDeliveryRow
    total, rows = page_of(session, within(select(A), A.shop, shop, shops), (A.id.desc(),), page, size)
    return {"total": total, "page": page, "size": size,
            "items": [{"id": r.id, "shop": r.shop, "conversation": r.conversation_id, "webhook": r.webhook,
                       "format": r.format, "ok": r.ok, "attempts": r.attempts, "status": r.status, "error": r.error,
                       "at": r.created_at.isoformat()} for r in rows]}
