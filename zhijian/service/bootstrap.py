"""First start: an admin key when there is none, and optional demo data."""

from __future__ import annotations

import os
from importlib import resources

from sqlalchemy import func, select

from zhijian.audit.auditor import Auditor
from zhijian.audit.conversation import parse_conversation
from . import store
from zhijian.service.db import ApiKeyRow
from zhijian.service.security import create_key


def _audit_by_own_pack(convs: list, default_pack: str) -> list:
    """Each demo chat judged by its own ``pack`` (the default pack only for a chat without one),
    results in input order."""
    by_pack: dict[str, list[int]] = {}
    for i, c in enumerate(convs):
        by_pack.setdefault(c.pack or default_pack, []).append(i)
    results: list = [None] * len(convs)
    for pack, idx in by_pack.items():
        for i, r in zip(idx, Auditor(pack).audit_many([convs[i] for i in idx], keep_messages=True)):
            results[i] = r
    return results


def bootstrap(app, demo: bool = False) -> list[str]:
    """Returns lines to show the operator (the new admin key is shown once, and saved 0600)."""
    lines: list[str] = []
    settings = app.state.settings
    with app.state.sessions.begin() as s:
        if not s.scalar(select(func.count()).select_from(ApiKeyRow)):
            _, key = create_key(s, "初始管理员", "admin")
            path = os.path.join(settings.data_dir, "admin.key")
            os.makedirs(settings.data_dir, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(key + "\n")
            lines.append(f"已创建初始管理员 key（也保存在 {path}）：{key}")
    if demo:
        text = resources.files("zhijian").joinpath("data", "demo_chats.jsonl").read_text(encoding="utf-8")
        convs = [parse_conversation(__import__("json").loads(l)) for l in text.splitlines() if l.strip()]
        results = _audit_by_own_pack(convs, settings.default_pack)
        with app.state.sessions.begin() as s:
            n = store.save_results(s, results, settings.mask_pii)
        lines.append(f"已载入 {n} 个示例会话")
        # the review queue of every demo shop, filled by its (default) sampling policies
        from zhijian.service import review_store
        from zhijian.service.api.deps import model_thresholds

        queued = 0
        with app.state.sessions.begin() as s:
            for shop in sorted({r.shop for r in results if r.shop}):
                pol = review_store.shop_settings(s, shop)["sampling"]
                queued += review_store.sample(s, shop, pol, model_thresholds(app))["added"]
        lines.append(f"已按默认抽样策略把 {queued} 个示例会话放入复核队列（/review）")
    return lines
