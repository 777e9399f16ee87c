"""The HTML quality report: one self-contained file a manager can open offline.

Everything the page needs is inside it: the vendored ECharts (``static/echarts.min.js``, Apache-2.0,
see ``static/ECHARTS_LICENSE.txt``) inlined in a ``<script>``, the figures as JSON, the CSS.  No CDN,
no web fonts, no network.  Charts use ECharts' SVG renderer.

All user text (shop and agent names, chat text, pack messages) goes through Jinja2 autoescaping; the
highlighted chat text is built here from escaped pieces (``highlight``), never from raw strings.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from functools import lru_cache
from importlib import resources
from typing import Iterable

import jinja2
from markupsafe import Markup, escape

from zhijian.batch.aggregate import FAST_FIRST_RESPONSE, Aggregate
from zhijian.audit.auditor import AuditFinding, AuditResult
from zhijian.audit.calendar import CST, local
from zhijian.taxonomy import CATEGORIES, CONVERSATION_CATEGORIES, SEVERITIES, SEVERITY_RANK

ROLE_NAMES = {"customer": "顾客", "agent": "客服", "system": "系统"}
NO_TIME_DAY = "（无时间）"  # the day key Aggregate uses for chats without timestamps


# ---------------------------------------------------------------------------------------------
# formatting helpers (also used as Jinja filters)

def category_name(cat: str) -> str:
    return CATEGORIES.get(cat, cat)


def severity_name(sev: str) -> str:
    return SEVERITIES.get(sev, sev)


def fmt_pct(v: float | None, digits: int = 1) -> str:
    return "—" if v is None else f"{v * 100:.{digits}f}%"


def fmt_secs(v: float | None) -> str:
    """Seconds as 秒 (and 分 from a minute up)."""
    if v is None:
        return "—"
    if v < 60:
        return f"{v:.1f} 秒" if v != int(v) else f"{int(v)} 秒"
    m, s = divmod(int(round(v)), 60)
    if m < 60:
        return f"{m} 分 {s:02d} 秒"
    h, m = divmod(m, 60)
    return f"{h} 小时 {m:02d} 分"


def fmt_num(v: float | int | None, digits: int = 1) -> str:
    """Thousands separators; floats with ``digits`` decimals."""
    if v is None:
        return "—"
    return f"{v:,}" if isinstance(v, int) else f"{v:,.{digits}f}"


def score_class(score: float | None) -> str:
    """CSS class of a score: 优 (>= 90), 良 (>= 80), 中 (>= 60), 差."""
    if score is None:
        return "s-none"
    if score >= 90:
        return "s-good"
    if score >= 80:
        return "s-ok"
    if score >= 60:
        return "s-warn"
    return "s-bad"


# ---------------------------------------------------------------------------------------------
# highlighted chat text

def highlight(text: str, findings: Iterable[AuditFinding]) -> Markup:
    """``text`` escaped, with each message-level finding's [start, end) span in a ``<mark>``.

    The mark's class is the severity (``critical`` / ``major`` / ``minor``); overlapping spans
    are cut at every boundary and each piece takes the highest severity covering it, so marks never
    nest and every byte of the chat text passes through ``escape``.
    """
    n = len(text)
    spans: list[tuple[int, int, AuditFinding]] = []
    for f in findings:
        if f.start is None or f.end is None:
            continue
        s, e = max(0, int(f.start)), min(n, int(f.end))
        if s < e:
            spans.append((s, e, f))
    if not spans:
        return Markup(escape(text))
    cuts = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        cover = [f for s, e, f in spans if s <= a and b <= e]
        if not cover:
            out.append(piece)
            continue
        sev = max((f.severity for f in cover), key=lambda x: SEVERITY_RANK.get(x, 0))
        sev_cls = sev if sev in SEVERITY_RANK else "minor"
        tip = "；".join(dict.fromkeys(f"{category_name(f.category)}（{severity_name(f.severity)}）" for f in cover))
        out.append(Markup('<mark class="{}" title="{}">{}</mark>').format(sev_cls, tip, piece))
    return Markup("").join(out)


def _finding_view(f: AuditFinding) -> dict:
    return {
        "category": f.category,
        "category_name": category_name(f.category),
        "severity": f.severity if f.severity in SEVERITY_RANK else "minor",
        "severity_name": severity_name(f.severity),
        "message": f.message,
        "suggestion": f.suggestion,
        "match": f.match,
        "span": f.start is not None,
        "rule": f.rule,
    }


def _fmt_ts(ts: dt.datetime | None, day: dt.date | None) -> str:
    if ts is None:
        return ""
    t = local(ts)
    return f"{t:%H:%M:%S}" if day is not None and t.date() == day else f"{t:%Y-%m-%d %H:%M:%S}"


def _chat_view(r: AuditResult) -> dict:
    start = local(r.started) if r.started else None
    day = start.date() if start else None
    msgs = r.messages or []
    by_turn: dict[int, list[AuditFinding]] = {}
    orphans: list[AuditFinding] = []
    for f in r.findings:
        if 0 <= f.turn < len(msgs):
            by_turn.setdefault(f.turn, []).append(f)
        else:
            orphans.append(f)
    turns = []
    for i, m in enumerate(msgs):
        fs = by_turn.get(i, [])
        turns.append({
            "index": i,
            "role": m.role if m.role in ROLE_NAMES else "system",
            "role_name": ROLE_NAMES.get(m.role, m.role),
            "time": _fmt_ts(m.ts, day),
            "html": highlight(m.text, fs),
            "findings": [_finding_view(f) for f in fs],
        })
    cats = list(dict.fromkeys(f.category for f in r.findings))
    return {
        "id": r.id,
        "shop": r.shop or "（未知店铺）",
        "agent": r.agent or "（未知客服）",
        "started": f"{start:%Y-%m-%d %H:%M}" if start else "—",
        "score": r.score,
        "score_class": score_class(r.score),
        "fatal": r.fatal,
        "n_findings": len(r.findings),
        "categories": [category_name(c) for c in cats],
        "first_response": r.first_response,
        "has_text": r.messages is not None,
        "turns": turns,
        "orphans": [_finding_view(f) for f in orphans],
    }


# ---------------------------------------------------------------------------------------------
# tables and charts

def _row(name: str, s: dict) -> dict:
    per100 = round(s["findings"] * 100 / s["chats"], 1) if s["chats"] else 0.0
    top = list(s.get("findings_per_100", {}).items())[:3]
    return {
        "name": name,
        "chats": s["chats"],
        "avg_score": s["avg_score"],
        "score_class": score_class(s["avg_score"] if s["chats"] else None),
        "fatal": s["fatal_chats"],
        "findings": s["findings"],
        "per100": per100,
        "fast_rate": s["first_response_30s_rate"],
        "avg_response": s["avg_response_s"],
        "unanswered_rate": s["unanswered_rate"],
        "top": [(category_name(c), v) for c, v in top],
    }


def _league(groups: dict[str, dict]) -> list[dict]:
    """Worst first (managers look for the worst): by average score, then more findings per chat,
    then more chats, then name.  Every group is listed."""
    rows = [_row(k, s) for k, s in groups.items()]
    rows.sort(key=lambda r: (r["avg_score"], -r["per100"], -r["chats"], r["name"]))
    for i, r in enumerate(rows, 1):
        r["rank"] = i
    return rows


def _charts(d: dict, category_counts: dict[str, int]) -> dict:
    hist = d["score_histogram"]
    buckets = [int(k) for k in hist]
    labels = [f"{k}-{k + 9}" if k < 100 else "100" for k in buckets]
    cats = sorted(((c, int(v)) for c, v in category_counts.items() if v), key=lambda kv: (-kv[1], kv[0]))
    days = [(k, s) for k, s in d["days"].items() if k != NO_TIME_DAY]
    return {
        "scores": {
            "labels": labels,
            "values": [hist[str(k)] for k in buckets],
            "classes": [score_class(k) for k in buckets],
        },
        "categories": {
            # ECharts draws a category y axis bottom-up: the most frequent goes last, to be on top
            "names": [category_name(c) for c, _ in reversed(cats)],
            "ids": [c for c, _ in reversed(cats)],
            "values": [v for _, v in reversed(cats)],
            "conversation": [c in CONVERSATION_CATEGORIES for c, _ in reversed(cats)],
        },
        "trend": {
            "days": [k for k, _ in days],
            "chats": [s["chats"] for _, s in days],
            "avg_score": [s["avg_score"] for _, s in days],
        },
    }


def _open_needs(types: dict[str, int]) -> list[dict]:
    """The most common kinds of customer needs left unanswered, by scenario of the script library."""
    from zhijian.phrasing.library import load_library

    titles = {sid: sc.title for sid, sc in load_library("generic").scenarios.items()}
    total = sum(types.values())
    return [{"name": titles.get(k, k), "count": v, "share": v / total} for k, v in list(types.items())[:10]]


@lru_cache(maxsize=1)
def _echarts_js() -> str:
    js = resources.files("zhijian").joinpath("data", "vendor", "echarts.min.js").read_text(encoding="utf-8")
    # an inline script ends at the first "</script": make sure the library can never contain one
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("zhijian.batch", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(pct=fmt_pct, secs=fmt_secs, num=fmt_num, score_class=score_class)
    return env


def render_html(aggregate: Aggregate, *, title: str = "质检报告", generated: dt.datetime | None = None) -> str:
    """The report as one self-contained HTML page (UTF-8 text)."""
    d = aggregate.to_dict()
    generated = local(generated) if generated else dt.datetime.now(CST)
    worst = aggregate.worst()
    days = [k for k in d["days"] if k != NO_TIME_DAY]
    total = d["total"]
    packs = sorted(p for p in d["packs"] if p)
    context = {
        "title": title,
        "generated": f"{generated:%Y-%m-%d %H:%M}",
        "period": (days[0], days[-1]) if days else None,
        "packs": packs,
        "total": total,
        "total_row": _row("全部", total),
        "fatal_rate": total["fatal_chats"] / total["chats"] if total["chats"] else None,
        "fast_limit": int(FAST_FIRST_RESPONSE),
        "agents": _league(d["agents"]),
        "shops": _league(d["shops"]),
        "worst": [_chat_view(r) for r in worst],
        "charts": _charts(d, dict(aggregate.total.findings)),
        "n_categories": len(total["findings_per_100"]),
        "open_needs": _open_needs(d["unanswered_types"]),
        "n_days": len(days),
        "echarts_js": Markup(_echarts_js()),
    }
    return _env().get_template("report.html.j2").render(**context)


def write_html(path: str | os.PathLike, aggregate: Aggregate, **kw) -> None:
    """Write ``render_html(aggregate, **kw)`` to ``path`` (UTF-8)."""
    html = render_html(aggregate, **kw)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(html)
