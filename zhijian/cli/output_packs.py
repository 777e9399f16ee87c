"""What ``zhijian packs PACK`` prints: every rule (what it says, what triggers it, examples), the pack's
conversation checks with their thresholds filled in, and its scorecard.  Formatting only."""

from __future__ import annotations

import re
from typing import Optional

from rich.table import Table
from rich.text import Text

from zhijian.cli.output import _severity_text, cut, out
from zhijian.taxonomy import CATEGORIES, SEVERITIES


def _fill(template: str, values: dict) -> str:
    """A message template for people: ``{match}`` -> “…”, known placeholders -> their value."""
    return re.sub(r"\{([a-z_]+)\}", lambda m: str(values.get(m.group(1), "…")), template)


def _triggers(r, limit: int = 12) -> str:
    """What makes a rule fire, in words: its trigger words, word groups, pattern, detector or limit."""
    def words(ws) -> str:
        ws = list(ws)
        shown = "、".join(ws[:limit])
        return shown + (f" 等 {len(ws)} 个" if len(ws) > limit else "")

    parts = []
    if r.patterns:
        parts.append("词：" + words(r.patterns) + ("（含拼音拼写）" if r.pinyin else ""))
    if r.whole:
        parts.append("整条消息只有：" + words(r.whole))
    if r.near:
        parts.append(f"{r.within} 字内同时出现：" + " + ".join("（" + words(g) + "）" for g in r.near))
    if r.regex:
        parts.append(f"正则：{r.regex}")
    if r.detector:
        parts.append(f"检测器：{r.detector}")
    if r.max_length is not None:
        parts.append(f"超过 {r.max_length} 字")
    if r.symbols_only:
        parts.append("整条消息只有符号")
    if r.exceptions:
        parts.append("例外：" + words(r.exceptions))
    return "；".join(parts) or "—"


def show_pack_rules(titles: list[str], rules: list, conversation: Optional[dict] = None,
                    scorecard: Optional[dict] = None) -> None:
    """``zhijian packs PACK``: every rule of a composed pack (what it says, what triggers it, examples),
    then the pack's conversation checks with their thresholds and its scorecard."""
    table = Table(title=f"{'、'.join(titles)}：共 {len(rules)} 条消息规则（含继承）", show_lines=True)
    table.add_column("规则", no_wrap=True)
    table.add_column("类别", overflow="fold")
    table.add_column("级别", no_wrap=True)
    table.add_column("说明", overflow="fold", ratio=2)
    table.add_column("触发词", overflow="fold", ratio=3)
    table.add_column("样例（命中）", overflow="fold", ratio=2)
    for r in rules:
        examples = "；".join(f"“{cut(e.text, 30)}”" for e in r.match_examples[:2]) or "—"
        table.add_row(r.id, CATEGORIES.get(r.category, r.category), _severity_text(r.severity),
                      _fill(r.message, {"match": "…"}), _triggers(r), examples)
    out.print(table)
    if conversation:
        show_conversation_checks(conversation, scorecard or {})


_THRESHOLDS = (  # (key, label, unit)
    ("response_limit", "回复时限", " 秒"), ("business_hours", "首响统计时段", ""), ("followup_limit", "查询后回复时限", " 秒"),
    ("repeat_min_chars", "重复发送：至少", " 字"), ("near_repeat_ratio", "近似重复：相似度不低于", ""),
    ("holiday_greeting", "节日当天须用节日问候", ""), ("emoji_required", "每句须带表情", ""),
)


def show_conversation_checks(conversation: dict, scorecard: dict) -> None:
    def fmt(v) -> str:
        if isinstance(v, bool):
            return "是" if v else "否"
        if isinstance(v, (list, tuple)):
            return "–".join(str(x) for x in v)
        return str(v)

    values = {k: fmt(conversation[k]) for k, _, _ in _THRESHOLDS if k in conversation}
    values["limit"] = values.get("response_limit", "…")
    t = Table(title="会话检查（zhijian audit）", show_lines=False)
    t.add_column("检查", no_wrap=True)
    t.add_column("级别", no_wrap=True)
    t.add_column("扣分", justify="right")
    t.add_column("说明（阈值已代入）", overflow="fold", ratio=1)
    cat_points = (scorecard.get("category") or {})
    messages = conversation.get("messages") or {}
    for cat, sev in (conversation.get("severity") or {}).items():
        msg = messages.get(cat, "")
        vals = dict(values, limit=values.get("followup_limit") if cat == "followup_missed" else values["limit"])
        t.add_row(CATEGORIES.get(cat, cat), _severity_text(sev), str(cat_points.get(cat, "—")), _fill(msg, vals))
    out.print(t)
    line = "阈值：" + "；".join(f"{label} {values[k]}{unit}" for k, label, unit in _THRESHOLDS if k in values)
    out.print(Text(line), soft_wrap=True)
    if scorecard:
        sev_points = "、".join(f"{SEVERITIES.get(k, k)} {v} 分" for k, v in (scorecard.get("severity") or {}).items())
        fatal = "、".join(CATEGORIES.get(c, c) for c in scorecard.get("fatal") or [])
        bonus = "、".join(f"规范结束语 +{v}" if k == "proper_closing" else f"{k} +{v}"
                         for k, v in (scorecard.get("bonus") or {}).items())
        out.print(Text(f"评分卡：起始 {scorecard.get('start', 100)} 分；按级别扣分 {sev_points}（类别另有规定时按类别）；"
                       f"每类最多扣 {scorecard.get('category_cap', '—')} 分；致命项（得 0 分）：{fatal or '无'}；"
                       f"加分：{bonus or '无'}"), soft_wrap=True)
