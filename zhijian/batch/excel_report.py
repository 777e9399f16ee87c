"""Excel export of an audit: one workbook a manager can filter.

Sheets:

* 会话 — one row per conversation (score, fatal, number of findings, categories, ...);
* 问题 — one row per finding, with the text of the message it is about;
* 客服 / 店铺 — the per-agent / per-shop aggregates.

openpyxl's write-only mode streams every row to disk, so memory stays flat however many chats
are exported.  Each sheet has a bold, frozen header row and an autofilter over its whole table.
Text cells are always written as text (a chat line starting with ``=`` never becomes a formula).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Callable, Iterable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from zhijian.batch.aggregate import FAST_FIRST_RESPONSE, Aggregate
from zhijian.audit.auditor import AuditResult
from zhijian.audit.calendar import local
from zhijian.taxonomy import CATEGORIES, SEVERITIES

ROLE_NAMES = {"customer": "顾客", "agent": "客服", "system": "系统"}
MAX_CELL_CHARS = 32767  # Excel's limit for one cell

_FAST = int(FAST_FIRST_RESPONSE)

# (header, column width, number format or None)
CONVERSATION_COLUMNS = [
    ("会话ID", 18, None), ("店铺", 22, None), ("客服", 14, None), ("开始时间", 20, "yyyy-mm-dd hh:mm:ss"),
    ("得分", 8, "0.0"), ("致命", 7, None), ("问题数", 8, "0"), ("问题类别", 40, None),
    ("首次响应(秒)", 12, "0"), ("漏回复", 8, None), ("规则包", 10, None),
]
FINDING_COLUMNS = [
    ("会话ID", 18, None), ("发言序号", 9, "0"), ("角色", 7, None), ("类别ID", 20, None), ("类别", 14, None),
    ("严重程度", 10, None), ("规则", 28, None), ("命中内容", 14, None), ("问题说明", 40, None),
    ("建议话术", 48, None), ("发言内容", 60, None), ("店铺", 22, None), ("客服", 14, None),
]
GROUP_COLUMNS = [
    (None, 22, None), ("会话数", 9, "#,##0"), ("平均分", 9, "0.0"), ("致命会话数", 11, "#,##0"),
    ("问题数", 9, "#,##0"), ("每百会话问题数", 15, "0.0"), (f"{_FAST}秒应答率", 12, "0.0%"),
    ("平均响应时长(秒)", 16, "0.0"), ("漏回复率", 10, "0.0%"), ("主要问题(每百会话)", 50, None),
]

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
_WRAP = Alignment(wrap_text=True, vertical="top")


def _text(s: str) -> str:
    s = ILLEGAL_CHARACTERS_RE.sub("", s)
    return s if len(s) <= MAX_CELL_CHARS else s[: MAX_CELL_CHARS - 1] + "…"


class _Sheet:
    """A write-only sheet with a styled, frozen header and an autofilter set when closed."""

    def __init__(self, wb: Workbook, title: str, columns: list[tuple[str, int, str | None]]):
        self.ws = wb.create_sheet(title)
        self.formats = [fmt for _, _, fmt in columns]
        self.wrap = [width >= 40 for _, width, _ in columns]
        self.ncols = len(columns)
        self.rows = 0
        # column widths and the frozen pane are written with the sheet's head: before any row
        for i, (_, width, _) in enumerate(columns, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        self.ws.freeze_panes = "A2"
        header = []
        for name, _, _ in columns:
            c = WriteOnlyCell(self.ws, value=name)
            c.font = _HEADER_FONT
            c.fill = _HEADER_FILL
            header.append(c)
        self.ws.append(header)
        self.rows = 1

    def append(self, values: list) -> None:
        row = []
        for i, v in enumerate(values):
            if v is None:
                row.append(None)
                continue
            if isinstance(v, dt.datetime):
                v = local(v).replace(tzinfo=None)  # Excel has no time zones: China Standard Time
            c = WriteOnlyCell(self.ws, value=_text(v) if isinstance(v, str) else v)
            if isinstance(v, str):
                c.data_type = "s"  # never a formula, whatever the chat says
                if self.wrap[i]:
                    c.alignment = _WRAP
            elif self.formats[i]:
                c.number_format = self.formats[i]
            row.append(c)
        self.ws.append(row)
        self.rows += 1

    def close(self) -> None:
        # the autofilter is written after the rows, so its range can cover all of them
        self.ws.auto_filter.ref = f"A1:{get_column_letter(self.ncols)}{self.rows}"


@dataclass
class ExportFinding:
    """One row of 问题: a finding and the message it is about (``role``/``text`` None if unknown)."""

    turn: int  # 0-based; written counting from 1
    category: str
    severity: str
    rule: str
    match: str | None
    message: str
    suggestion: str
    role: str | None = None
    text: str | None = None


@dataclass
class ExportChat:
    """One row of 会话 and its findings: what both the CLI (audit results) and the service (stored
    audits) hand to :func:`write_workbook`."""

    id: str
    shop: str | None
    agent: str | None
    started: dt.datetime | None  # aware; written as China Standard Time
    score: float
    fatal: bool
    first_response: float | None
    unanswered: bool
    pack: str | None
    findings: list[ExportFinding] = field(default_factory=list)


UNKNOWN_GROUP = {"agent": "（未知客服）", "shop": "（未知店铺）"}


def chat_from_result(r: AuditResult) -> ExportChat:
    """An audit result (with its messages if ``audit_many(..., keep_messages=True)``) as an export row."""
    msgs = r.messages
    out = []
    for f in r.findings:
        m = msgs[f.turn] if msgs is not None and 0 <= f.turn < len(msgs) else None
        out.append(ExportFinding(f.turn, f.category, f.severity, f.rule, f.match, f.message, f.suggestion,
                                 m.role if m else None, m.text if m else None))
    return ExportChat(r.id, r.shop, r.agent, r.started, r.score, r.fatal, r.first_response, r.unanswered, r.pack, out)


def _categories(c: ExportChat) -> str:
    return "、".join(dict.fromkeys(CATEGORIES.get(f.category, f.category) for f in c.findings))


def _group_rows(sheet: _Sheet, groups: dict[str, dict]) -> None:
    rows = sorted(groups.items(), key=lambda kv: (-kv[1]["avg_score"], kv[0]))
    for name, s in rows:
        per100 = round(s["findings"] * 100 / s["chats"], 1) if s["chats"] else 0.0
        cats = sorted(s["findings_per_100"].items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        top = "、".join(f"{CATEGORIES.get(c, c)} {v:.1f}" for c, v in cats)
        sheet.append([name, s["chats"], s["avg_score"], s["fatal_chats"], s["findings"], per100,
                      s["first_response_30s_rate"], s["avg_response_s"], s["unanswered_rate"], top])


def write_workbook(path: str | os.PathLike, chats: Iterable[ExportChat],
                   groups: Callable[[], tuple[dict[str, dict], dict[str, dict]]]) -> dict[str, int]:
    """THE export writer, shared by ``zhijian audit --excel`` and ``GET /api/v1/export.xlsx``.

    ``chats`` is consumed once, streaming; ``groups()`` is called after the last chat and returns
    (per agent, per shop) summaries keyed by name, each a dict as ``Group.summary()`` gives
    (``None`` names are written as 未知客服 / 未知店铺).  Returns the data rows of each sheet.
    Every text cell is text (never a formula) with characters Excel cannot hold removed.
    """
    wb = Workbook(write_only=True)
    chat_sheet = _Sheet(wb, "会话", CONVERSATION_COLUMNS)
    issues = _Sheet(wb, "问题", FINDING_COLUMNS)
    for c in chats:
        chat_sheet.append([
            c.id, c.shop, c.agent, c.started, c.score, "是" if c.fatal else "否", len(c.findings), _categories(c),
            round(c.first_response) if c.first_response is not None else None,
            "是" if c.unanswered else "否", c.pack,
        ])
        for f in c.findings:
            issues.append([
                c.id, f.turn + 1, ROLE_NAMES.get(f.role, f.role) if f.role else None, f.category,
                CATEGORIES.get(f.category, f.category), SEVERITIES.get(f.severity, f.severity), f.rule, f.match,
                f.message, f.suggestion, f.text, c.shop, c.agent,
            ])
    by_agent, by_shop = groups()
    agents = _Sheet(wb, "客服", [("客服", *GROUP_COLUMNS[0][1:]), *GROUP_COLUMNS[1:]])
    _group_rows(agents, {(UNKNOWN_GROUP["agent"] if k is None else k): v for k, v in by_agent.items()})
    shops = _Sheet(wb, "店铺", [("店铺", *GROUP_COLUMNS[0][1:]), *GROUP_COLUMNS[1:]])
    _group_rows(shops, {(UNKNOWN_GROUP["shop"] if k is None else k): v for k, v in by_shop.items()})
    sheets = (chat_sheet, issues, agents, shops)
    for s in sheets:
        s.close()
    wb.save(path)
    return {s.ws.title: s.rows - 1 for s in sheets}


def write_excel(path: str | os.PathLike, results: Iterable[AuditResult], aggregate: Aggregate) -> dict[str, int]:
    """The CLI's export: audit results (streamed; the aggregate is read after the last one) through
    :func:`write_workbook`; returns the number of data rows of each sheet.

    ``results`` may be a generator that also feeds ``aggregate``.  The text of a finding's message is
    exported when the results kept their messages (``audit_many(..., keep_messages=True)``).
    ``发言序号`` counts a chat's messages from 1 (the JSON ``turn`` plus one).
    """
    def groups():
        d = aggregate.to_dict()
        return d["agents"], d["shops"]

    return write_workbook(path, (chat_from_result(r) for r in results), groups)
