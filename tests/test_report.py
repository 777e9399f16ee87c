"""HTML report and Excel export.

The HTML report is opened in a real headless Chromium, which must draw the ECharts charts (SVG
renderer) and the tables offline.  Without Chromium the browser test is skipped locally, but fails
when the environment variable ``CI`` is set (CI installs Chromium).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pathlib
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from zhijian.batch.aggregate import Aggregate
from zhijian.audit.auditor import AuditFinding, Auditor
from zhijian.audit.conversation import parse_conversation
from zhijian.batch.html_report import highlight, render_html, write_html

DEV_CASES = pathlib.Path(__file__).resolve().parents[2] / "shared" / "dev-cases" / "conversations.jsonl"
GENERATED = dt.datetime(2025, 3, 14, 9, 30)


def _m(role: str, text: str, ts: str) -> dict:
    return {"role": role, "text": text, "ts": ts}


CONVERSATIONS = [
    {   # 小王 @ 店铺甲, day 1: 150 s first response, "亲", ends on a bare "嗯" (no closing)
        "id": "syn-1", "shop": "店铺甲", "agent": "小王", "messages": [
            _m("customer", "你好，这个空气炸锅有货吗？", "2025-03-12T10:00:00+08:00"),
            _m("agent", "亲，有货的哦，今天下单明天发", "2025-03-12T10:02:30+08:00"),
            _m("customer", "好的", "2025-03-12T10:03:00+08:00"),
            _m("agent", "嗯", "2025-03-12T10:03:10+08:00"),
        ]},
    {   # 小李 @ 店铺乙, day 2: clean
        "id": "syn-2", "shop": "店铺乙", "agent": "小李", "messages": [
            _m("customer", "在吗，发票怎么开？", "2025-03-13T15:00:00+08:00"),
            _m("agent", "您好，下单时选择电子发票就可以", "2025-03-13T15:00:10+08:00"),
            _m("customer", "谢谢", "2025-03-13T15:00:40+08:00"),
            _m("agent", "不用客气，感谢您选择本店，祝您一切顺利，再见！", "2025-03-13T15:00:50+08:00"),
        ]},
    {   # 小李 @ 店铺甲, day 2: hostile text (markup, a formula) and an unanswered question
        "id": "syn-3", "shop": "店铺甲", "agent": "小李", "messages": [
            _m("customer", "<script>alert(1)</script>在吗？", "2025-03-13T09:00:00+08:00"),
            _m("agent", "您好，亲<img src=x onerror=alert(1)>，有货", "2025-03-13T09:00:20+08:00"),
            _m("agent", '=HYPERLINK("http://evil.example","亲") 亲', "2025-03-13T09:00:30+08:00"),
            _m("customer", "那什么时候发货？", "2025-03-13T09:01:00+08:00"),
        ]},
    {   # 小王 @ 店铺乙, day 1: fine apart from a slow first reply
        "id": "syn-4", "shop": "店铺乙", "agent": "小王", "messages": [
            _m("customer", "请问这款保修多久？", "2025-03-12T14:00:00+08:00"),
            _m("agent", "您好，这款整机保修一年", "2025-03-12T14:01:30+08:00"),
            _m("customer", "好的谢谢", "2025-03-12T14:02:00+08:00"),
            _m("agent", "不用客气，感谢您选择本店，祝您一切顺利，再见！", "2025-03-12T14:02:10+08:00"),
        ]},
]


@pytest.fixture(scope="module")
def audited():
    results = Auditor("jd").audit_many([parse_conversation(c) for c in CONVERSATIONS], keep_messages=True)
    agg = Aggregate(worst_kept=10)
    for r in results:
        agg.add(r)
    return results, agg


@pytest.fixture(scope="module")
def report(audited, tmp_path_factory):
    _, agg = audited
    path = tmp_path_factory.mktemp("report") / "report.html"
    write_html(path, agg, title="测试质检报告", generated=GENERATED)
    return path


def test_synthetic_chats_have_the_findings_the_report_shows(audited):
    results, _ = audited
    by_id = {r.id: r for r in results}
    cats = {f.category for f in by_id["syn-1"].findings}
    assert {"forbidden_address", "slow_first_response", "missing_closing"} <= cats
    qin = [f for f in by_id["syn-1"].findings if f.category == "forbidden_address"]
    assert qin and qin[0].start == 0 and qin[0].match == "亲"
    assert by_id["syn-3"].unanswered


# ---------------------------------------------------------------------------------------------
# the HTML as text

def test_report_is_self_contained(report):
    html = report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    # no external script, stylesheet, image, font or frame
    external = re.findall(r"""<(?:script|link|img|iframe|source|embed|object)\b[^>]*?\b(?:src|href|data)\s*=\s*["']?\s*(?:https?:)?//""",
                          html, flags=re.IGNORECASE)
    assert external == []
    assert not re.search(r"""(?:@import|url\()\s*["']?\s*(?:https?:)?//""", html, flags=re.IGNORECASE)
    assert "echarts" in html and 'renderer: "svg"' in html
    assert "质检报告" in html and "客服排行" in html
    for id_ in ("chart-scores", "chart-categories", "chart-trend"):
        assert f'id="{id_}"' in html
    for id_ in ("agents", "shops", "worst"):
        assert f'id="{id_}"' in html
    # the vendored library and its licence ship with the package
    from importlib import resources

    static = resources.files("zhijian").joinpath("data", "vendor")
    assert "Apache License" in static.joinpath("ECHARTS_LICENSE.txt").read_text(encoding="utf-8")


def test_user_text_is_escaped(report):
    html = report.read_text(encoding="utf-8")
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_chart_data_is_embedded(report):
    html = report.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    data = json.loads(m.group(1))
    assert data["trend"]["days"] == ["2025-03-12", "2025-03-13"]
    assert data["trend"]["chats"] == [2, 2]
    assert sum(data["scores"]["values"]) == 4
    assert len(data["scores"]["labels"]) == 11
    assert "禁用称呼" in data["categories"]["names"]
    # most frequent category last (drawn on top of the horizontal bar chart)
    assert data["categories"]["values"] == sorted(data["categories"]["values"])


def test_highlight_escapes_and_marks_spans():
    f = AuditFinding("r", "forbidden_address", "critical", 0, "m", "s", 0, 1, "亲")
    g = AuditFinding("r2", "cold_reply", "minor", 0, "m", "s", 1, 4, "<b>")
    conv = AuditFinding("r3", "missing_closing", "minor", 0, "m", "s")
    out = str(highlight("亲<b>&好", [f, g, conv]))
    assert out.startswith('<mark class="critical"')
    assert ">亲</mark>" in out
    assert '<mark class="minor" title="生硬短回复（服务规范）">&lt;b&gt;</mark>&amp;好' in out
    # overlapping spans are split, never nested; the highest severity wins on the overlap
    h = AuditFinding("r4", "abuse", "critical", 0, "m", "s", 2, 5, "b>&")
    out = str(highlight("亲<b>&好", [g, h]))
    assert "<mark" in out and out.count("<mark") == out.count("</mark>")
    assert not re.search(r"<mark[^>]*>[^<]*<mark", out)
    assert '<mark class="critical" title="生硬短回复（服务规范）；辱骂/嘲讽/恐吓（平台高危）">b&gt;</mark>' in out
    # out-of-range or empty spans are ignored
    bad = AuditFinding("r5", "abuse", "critical", 0, "m", "s", 10, 20, "x")
    assert str(highlight("好<", [bad])) == "好&lt;"


def test_empty_aggregate_renders():
    html = render_html(Aggregate(), generated=GENERATED)
    assert "暂无会话" in html and 'id="agents"' in html and "没有可展示的会话" in html


def test_dev_cases_render():
    if not DEV_CASES.exists():
        pytest.fail(f"找不到开发用例 {DEV_CASES}（项目旁的 shared/dev-cases 目录）/ dev cases not present", pytrace=False)
    convs = [parse_conversation(json.loads(line)) for line in DEV_CASES.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    agg = Aggregate(worst_kept=5)
    for r in Auditor("jd").audit_many(convs, keep_messages=True):
        agg.add(r)
    html = render_html(agg, generated=GENERATED)
    assert html.count('class="chat"') == 5
    assert f"共 {len(convs)} 个会话" in html


# ---------------------------------------------------------------------------------------------
# the HTML in a real browser

class Node:
    def __init__(self, tag: str, attrs: dict, parent: "Node | None"):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    def iter(self, tag: str | None = None):
        for c in self.children:
            if isinstance(c, Node):
                if tag is None or c.tag == tag:
                    yield c
                yield from c.iter(tag)

    def find(self, tag: str | None = None, **attrs) -> "Node | None":
        for n in self.iter(tag):
            if all(n.attrs.get(k.rstrip("_")) == v for k, v in attrs.items()):
                return n
        return None

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())


class _DomBuilder(HTMLParser):
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.cur = Node("#document", {}, None)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.cur)
        self.cur.children.append(node)
        if tag not in self.VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, dict(attrs), self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse_dom(html: str) -> Node:
    b = _DomBuilder()
    b.feed(html)
    b.close()
    return b.root


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None


def _chromium_flags(profile: pathlib.Path) -> list[str]:
    return ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", "--virtual-time-budget=10000", "--enable-logging=stderr", "--v=0"]


CHROMIUM_MISSING = ("没有找到 chromium / chromium is not installed：需要 Debian 的 chromium："
                    "apt-get install chromium fonts-noto-cjk fonts-noto-color-emoji（或运行 tools/ensure-test-deps.sh）")


@pytest.fixture(scope="module")
def browser_dom(report, tmp_path_factory):
    exe = _chromium()
    if exe is None:
        pytest.fail(CHROMIUM_MISSING, pytrace=False)
    profile = tmp_path_factory.mktemp("chromium-profile")
    proc = subprocess.run([exe, *_chromium_flags(profile), "--dump-dom", report.resolve().as_uri()],
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "<svg" in proc.stdout, proc.stderr[-3000:]
    return parse_dom(proc.stdout), proc.stderr


def test_no_script_errors_in_browser(browser_dom):
    _, log = browser_dom
    errors = [line for line in log.splitlines() if "CONSOLE" in line and ("Uncaught" in line or "Error" in line)]
    assert errors == []


@pytest.mark.parametrize("chart_id, expected_texts", [
    ("chart-scores", ["90-99", "100", "会话数"]),
    ("chart-categories", ["禁用称呼", "首响超时", "缺少结束语"]),
    ("chart-trend", ["2025-03-12", "2025-03-13", "平均分"]),
])
def test_charts_drawn_as_svg(browser_dom, chart_id, expected_texts):
    dom, _ = browser_dom
    box = dom.find("div", id=chart_id)
    assert box is not None, chart_id
    svg = box.find("svg")
    assert svg is not None, f"{chart_id}: no <svg> drawn"
    paths = list(svg.iter("path"))
    assert len(paths) >= 3, f"{chart_id}: only {len(paths)} paths"
    svg_text = " ".join(t.text for t in svg.iter("text"))
    for expected in expected_texts:
        assert expected in svg_text, f"{chart_id}: {expected!r} not drawn (texts: {svg_text[:300]})"


def _rows(table: Node) -> list[list[str]]:
    body = table.find("tbody")
    return [[td.text.strip() for td in tr.iter("td")] for tr in body.iter("tr")]


def test_agent_and_shop_tables(browser_dom, audited):
    dom, _ = browser_dom
    _, agg = audited
    agents = dom.find("table", id="agents")
    rows = _rows(agents)
    assert len(rows) == 2
    assert {r[1] for r in rows} == {"小王", "小李"}
    scores = [float(re.search(r"\d+\.\d", r[3]).group()) for r in rows]
    assert scores == sorted(scores)  # league table: worst first (issue 10 item 10)
    expected = agg.to_dict()["agents"]
    for r in rows:
        assert int(r[2]) == expected[r[1]]["chats"]
    shops = _rows(dom.find("table", id="shops"))
    assert {r[1] for r in shops} == {"店铺甲", "店铺乙"}
    # summary cards
    summary = dom.find("section", id="summary").text
    for label in ("会话数", "平均分", "致命会话", "30 秒应答率", "平均响应时长", "漏回复率"):
        assert label in summary


def test_worst_chats_highlight_spans(browser_dom):
    dom, _ = browser_dom
    worst = dom.find("section", id="worst")
    chats = [a for a in worst.iter("article") if "chat" in a.classes]
    assert len(chats) == 4
    scores = [float(a.find("span", title="得分").text) for a in chats]
    assert scores == sorted(scores)  # worst first
    marks = [m for a in chats for m in a.iter("mark")]
    qin = [m for m in marks if m.text == "亲"]
    assert qin, "no <mark> around 亲"
    assert "critical" in qin[0].classes
    # the hostile chat text stayed text
    assert worst.find("img") is None and worst.find("script") is None
    assert "<img src=x onerror=alert(1)>" in worst.text
    # every chat: its turns with role and time; findings under their turn with the suggestion
    syn1 = next(a for a in chats if a.find("h3").text == "会话 syn-1")
    turns = [d for d in syn1.iter("div") if "turn" in d.classes]
    assert len(turns) == 4
    first_reply = turns[1]
    assert first_reply.find("span", class_="role").text == "客服"
    assert first_reply.find("span", class_="time").text == "10:02:30"
    cats = [li.attrs.get("data-category") for li in first_reply.iter("li")]
    assert "forbidden_address" in cats and "slow_first_response" in cats  # message- and conversation-level
    advice = " ".join(d.text for d in first_reply.iter("div") if "advice" in d.classes)
    assert "建议话术" in advice and "您好" in advice
    last = turns[3]
    assert "missing_closing" in [li.attrs.get("data-category") for li in last.iter("li")]


def test_screenshot_renders(report, tmp_path):
    exe = _chromium()
    if exe is None:
        pytest.fail(CHROMIUM_MISSING, pytrace=False)
    shot = tmp_path / "report.png"
    proc = subprocess.run([exe, *_chromium_flags(tmp_path / "profile"), "--hide-scrollbars",
                           "--window-size=1400,2200", f"--screenshot={shot}", report.resolve().as_uri()],
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000


# ---------------------------------------------------------------------------------------------
# Excel

def test_excel_export(audited, tmp_path):
    from openpyxl import load_workbook

    from zhijian.batch.excel_report import write_excel

    results, agg = audited
    path = tmp_path / "audit.xlsx"
    counts = write_excel(path, iter(results), agg)
    n_findings = sum(len(r.findings) for r in results)
    assert counts == {"会话": 4, "问题": n_findings, "客服": 2, "店铺": 2}

    wb = load_workbook(path)
    assert wb.sheetnames == ["会话", "问题", "客服", "店铺"]
    headers = {ws.title: [c.value for c in ws[1]] for ws in wb.worksheets}
    assert headers["会话"][:8] == ["会话ID", "店铺", "客服", "开始时间", "得分", "致命", "问题数", "问题类别"]
    assert headers["问题"][:11] == ["会话ID", "发言序号", "角色", "类别ID", "类别", "严重程度", "规则", "命中内容",
                                   "问题说明", "建议话术", "发言内容"]
    assert headers["客服"][:2] == ["客服", "会话数"] and headers["店铺"][:2] == ["店铺", "会话数"]
    expected_rows = {"会话": 5, "问题": n_findings + 1, "客服": 3, "店铺": 3}
    for ws in wb.worksheets:
        assert ws.max_row == expected_rows[ws.title], ws.title
        last = ws.cell(1, ws.max_column).column_letter
        assert ws.auto_filter.ref == f"A1:{last}{ws.max_row}", ws.title
        assert ws.freeze_panes == "A2", ws.title
        assert all(c.font.b for c in ws[1]), ws.title

    chats = {row[0]: row for row in wb["会话"].iter_rows(min_row=2, values_only=True)}
    syn1 = chats["syn-1"]
    assert syn1[1:3] == ("店铺甲", "小王")
    assert syn1[3] == dt.datetime(2025, 3, 12, 10, 0, 0)  # China Standard Time, naive for Excel
    assert syn1[5] == "否" and syn1[6] == len(next(r for r in results if r.id == "syn-1").findings)
    assert "禁用称呼" in syn1[7]

    issues = list(wb["问题"].iter_rows(min_row=2))
    qin = [row for row in issues if row[0].value == "syn-1" and row[3].value == "forbidden_address"]
    assert qin and qin[0][1].value == 2 and qin[0][2].value == "客服" and qin[0][4].value == "禁用称呼"
    assert qin[0][5].value == "平台高危" and qin[0][7].value == "亲"
    assert qin[0][10].value == "亲，有货的哦，今天下单明天发"
    # chat text that looks like a formula stays text
    formula = [row for row in issues if (row[10].value or "").startswith("=HYPERLINK")]
    assert formula and all(row[10].data_type == "s" for row in formula)

    agents = {row[0]: row for row in wb["客服"].iter_rows(min_row=2, values_only=True)}
    assert set(agents) == {"小王", "小李"}
    summary = agg.to_dict()["agents"]
    for name, row in agents.items():
        assert row[1] == summary[name]["chats"]
        assert row[2] == pytest.approx(summary[name]["avg_score"])
    assert wb["客服"]["G2"].number_format == "0.0%"


def test_results_without_text_still_render(tmp_path):
    """An audit that did not keep the chat text: findings are listed, no transcript."""
    results = Auditor("jd").audit_many([parse_conversation(CONVERSATIONS[0])])
    agg = Aggregate()
    agg.add(results[0])
    html = render_html(agg, generated=GENERATED)
    assert "未保留对话原文" in html and "禁用称呼" in html
    assert html.count("</script>") == 3  # data, library, page script: nothing closed a script early

    from zhijian.batch.excel_report import write_excel

    counts = write_excel(tmp_path / "a.xlsx", results, agg)
    assert counts["问题"] == len(results[0].findings)
