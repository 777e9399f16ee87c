"""End-to-end tests of the web pages (``zhijian/service/web``, mounted by ``zhijian/service/pages.py``).

The real ``zhijian serve --demo`` runs as a subprocess on a free loopback port with a temporary
data directory; Playwright for Python drives Debian's Chromium (``/usr/bin/chromium``, never a
downloaded browser) through each page the way a person would: typing, hovering, keyboard
shortcuts, uploading a file, downloading the Excel export.

Screenshots of every page are written to ``tests/screenshots/`` (``<page>-1366x768.png`` and
``<page>-390x844.png``); the review pages' scenario is in ``test_web_review.py``.  The server, browser
and page fixtures live in ``web_fixtures.py`` (shared by every browser test module).  Without
Playwright or Chromium the tests FAIL, naming what to install (``pip install -e '.[e2e]'``; CI
installs Chromium).
"""

from __future__ import annotations

import io
import json
import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from web_fixtures import (  # noqa: F401  (fixtures; re-exported for the other browser test modules)
    NARROW, REPO, SHOTS, WIDE, Server, browser, login, no_horizontal_overflow, open_page, server, shot,
)

try:
    from playwright.sync_api import expect
except ImportError:  # pragma: no cover - depends on the environment (web_fixtures fails the tests then)
    expect = None

VIOLATING = "亲，这款全网最低价，加我vx"


def wait_checked(page) -> None:
    expect(page.locator("#reply")).to_have_attribute("data-checked", "1")


# -- login and roles ----------------------------------------------------------------------------------------------
def test_home_login_and_navigation_follow_the_role(open_page, server):
    page = open_page()
    page.goto(server.url + "/")
    expect(page.locator("h1")).to_have_text("电商客服质检")
    expect(page.locator("#login-hint")).to_be_visible()
    shot(page, "home")
    page.goto(server.url + "/login")
    page.fill("#key", "zj_this-key-does-not-exist")
    page.click("#submit")
    expect(page.locator("#error")).to_contain_text("无效或已被吊销")
    shot(page, "login")
    page.fill("#key", server.keys["agent"])
    page.click("#submit")
    page.wait_for_url(server.url + "/agent")
    # agent (a key bound to no agent: no 我的会话 / 申诉): only 发送前检查; the QA page says why it is closed
    expect(page.locator("#nav a")).to_have_text(["发送前检查"])
    page.goto(server.url + "/qa")
    expect(page.locator(".denied h1")).to_have_text("权限不足")
    page.goto(server.url + "/")
    expect(page.locator(".tile.locked")).to_have_count(4)  # 质检, 复核, 校准, 规则/设置
    page.click("#user button")  # 退出
    page.wait_for_url(re.compile(r"/login$"))

    page = open_page()
    login(page, server, "qa")
    expect(page.locator("#nav a")).to_have_text(["发送前检查", "质检", "复核", "申诉", "校准"])
    page = open_page()
    login(page, server, "admin")
    expect(page.locator("#nav a")).to_have_text(["发送前检查", "质检", "复核", "申诉", "校准", "规则/设置"])

    # a key that stops working (401) sends the page back to the login page, with the way back kept
    page = open_page()
    page.goto(server.url + "/login")
    page.evaluate("localStorage.setItem('zhijian.apiKey', 'zj_revoked-or-wrong')")
    page.goto(server.url + "/qa?shop=x")
    page.wait_for_url(re.compile(r"/login\?"))
    expect(page.locator("#reason")).to_contain_text("登录已失效")
    assert "next=%2Fqa%3Fshop%3Dx" in page.url
    page.fill("#key", server.keys["qa"])
    page.click("#submit")
    page.wait_for_url(server.url + "/qa?shop=x")


# -- agent page ---------------------------------------------------------------------------------------------------
def test_agent_highlights_as_you_type_and_applies_fixes(open_page, server):
    # National Day morning: the quick phrases must open with the holiday greeting (rendered by the API
    # for the browser's local time)
    page = open_page(clock="2026-10-01T09:05:00+08:00")
    login(page, server, "agent")
    reply = page.locator("#reply")
    expect(reply).to_be_focused()
    expect(reply).to_have_attribute("aria-label", re.compile("回复内容"))
    reply.press_sequentially(VIOLATING, delay=25)
    wait_checked(page)
    cards = page.locator("#findings > li")
    expect(cards).to_have_count(3)
    expect(page.locator("#status")).to_contain_text("发现 3 处问题")
    marks = page.locator("#hl mark.hl")
    expect(marks.filter(has_text=re.compile("^亲$"))).to_have_count(1)
    expect(page.locator("#hl mark.hl.sev-critical")).to_have_count(3)
    # the overlay sits exactly under the typed text: the first mark starts where the textarea's text starts
    box_mark = marks.first.bounding_box()
    box_ta = reply.bounding_box()
    assert abs(box_mark["x"] - (box_ta["x"] + 12)) < 3 and box_mark["y"] - box_ta["y"] < 16
    # hover on the highlighted 亲 shows the rule's message and suggestion
    page.mouse.move(box_mark["x"] + box_mark["width"] / 2, box_mark["y"] + box_mark["height"] / 2)
    tip = page.locator("#tip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("禁止使用“亲”")
    expect(tip).to_contain_text("建议：")
    expect(tip).to_contain_text("可一键替换为“您好”")
    first = cards.first
    expect(first).to_contain_text("禁用称呼")
    expect(first.locator(".f-sug")).to_contain_text("您好")
    # the whole rewrite is offered
    expect(page.locator("#rewrite-card")).to_be_visible()
    expect(page.locator("#rw-text")).to_contain_text("优惠价")
    expect(page.locator("#phrase-tabs button[aria-pressed=true]")).to_have_text("问候")
    expect(page.locator("#phrases .phrase").first).to_contain_text("国庆节快乐")
    shot(page, "agent")

    # one click applies the finding's replacement; the highlight goes
    page.mouse.move(5, 5)
    first.get_by_role("button", name=re.compile("替换为")).click()
    expect(reply).to_have_value("您好，这款全网最低价，加我vx")
    wait_checked(page)
    expect(marks.filter(has_text="亲")).to_have_count(0)
    expect(cards).to_have_count(2)
    expect(reply).to_be_focused()

    # keyboard: caret into 全网最低价, Alt+Enter replaces it; Ctrl+Z undoes, Alt+Enter again
    reply.press("Home")
    for _ in range(6):
        reply.press("ArrowRight")
    expect(tip).to_contain_text("极限词")  # the caret's finding is shown
    reply.press("Alt+Enter")
    expect(reply).to_have_value("您好，这款优惠价，加我vx")
    reply.press("Control+z")
    expect(reply).to_have_value("您好，这款全网最低价，加我vx")
    reply.press("Alt+Enter")
    expect(reply).to_have_value("您好，这款优惠价，加我vx")
    wait_checked(page)
    expect(cards).to_have_count(1)
    # Alt+↓ selects the next finding
    reply.press("Control+Home")
    reply.press("Alt+ArrowDown")
    assert page.evaluate("(() => { const t = document.querySelector('#reply'); "
                         "return t.value.slice(t.selectionStart, t.selectionEnd); })()") == "vx"
    # Ctrl+Enter takes the whole rewrite: nothing left to flag
    expect(page.locator("#apply-rewrite")).to_be_enabled()
    reply.press("Control+Enter")
    expect(reply).not_to_have_value(re.compile("vx"))
    wait_checked(page)
    expect(cards).to_have_count(0)
    expect(page.locator("#hl mark")).to_have_count(0)
    expect(page.locator("#status")).to_have_text("✓ 未发现问题，可以发送")

    # Tab order: the reply box, then its own buttons
    reply.focus()
    page.keyboard.press("Tab")
    expect(page.locator("#copy")).to_be_focused()

    # quick phrases by scenario: a click inserts at the caret
    page.locator("#clear").click()
    expect(reply).to_have_value("")
    page.locator("#phrase-tabs button", has_text="物流查询").click()
    phrase = page.locator("#phrases .phrase").first
    text = phrase.inner_text()
    phrase.click()
    expect(reply).to_have_value(text)
    wait_checked(page)
    expect(cards).to_have_count(0)

    # 顾客消息 → 推荐话术
    page.fill("#customer", "你们什么时候发货啊")
    page.locator("#customer").press("Enter")
    expect(page.locator("#suggest-scenario")).to_have_text("物流查询")
    suggestion = page.locator("#suggest-out .phrase").first
    expect(suggestion).to_be_visible()
    suggestion.click()
    expect(reply).to_have_value(re.compile(re.escape(text) + ".+"))

    # offsets are code points on the server, UTF-16 in the browser: emoji before a finding
    reply.fill("好的😄😄亲，加我vx")
    wait_checked(page)
    expect(page.locator("#hl mark.hl")).to_have_text(["亲", "vx"])


# -- QA pages -------------------------------------------------------------------------------------------------------
UPLOAD_SHOP = "网页上传测试店"


def _upload_file(tmp_path: Path) -> Path:
    def chat(cid, agent, lines):
        msgs = []
        for i, (role, text) in enumerate(lines):
            msgs.append({"role": role, "text": text, "ts": f"2026-05-06T10:{i:02d}:05+08:00"})
        return json.dumps({"id": cid, "shop": UPLOAD_SHOP, "agent": agent, "messages": msgs}, ensure_ascii=False)

    good = chat("web-ok-1", "网页客服甲", [
        ("customer", "你好，这个什么时候发货？"),
        ("agent", "您好，很高兴为您服务，下单后48小时内发货。"),
        ("customer", "好的，谢谢"),
        ("agent", "不用客气，感谢您选择本店，祝您一切顺利，再见！"),
    ])
    bad = chat("web-bad-1", "网页客服乙", [
        ("customer", "能便宜点吗？"),
        ("agent", "您好，您可以加我微信，我私下给您优惠价。"),
        ("customer", "行"),
        ("agent", "谢谢您的耐心咨询，祝您购物顺利，再见！"),
    ])
    path = tmp_path / "上传样例.jsonl"
    path.write_text("\n".join([good, "{这一行不是 JSON", bad]) + "\n", encoding="utf-8")
    return path


def test_qa_upload_filter_open_conversation_and_export(open_page, server, tmp_path):
    page = open_page()
    login(page, server, "qa")
    expect(page).to_have_url(server.url + "/qa")
    expect(page.locator("body")).to_have_attribute("data-loaded", re.compile(r"\d"))
    for chart in ("scores", "categories", "days", "shops"):
        expect(page.locator(f"#chart-{chart} canvas")).to_have_count(1)
    expect(page.locator("#k-chats")).to_have_text("300")
    expect(page.locator("#agents-table tbody tr").first).to_be_visible()
    expect(page.locator("#shops-table tbody tr")).not_to_have_count(0)
    expect(page.locator("#conv-table tbody tr")).to_have_count(20)
    expect(page.locator("#page-info")).to_have_text("第 1 / 15 页")
    shot(page, "qa")
    page.screenshot(path=str(SHOTS / "qa-dashboard-full-1366.png"), full_page=True)

    # paging
    page.click("#next")
    expect(page.locator("#page-info")).to_have_text("第 2 / 15 页")
    assert "page=2" in page.url

    # upload: progress, then the job, with the malformed line reported
    page.set_input_files("#file", str(_upload_file(tmp_path)))
    expect(page.locator("#file-name")).to_contain_text("上传样例.jsonl")
    page.click("#up-submit")
    job = page.locator("#job")
    expect(job).to_have_attribute("data-state", "done", timeout=60000)
    expect(page.locator("#job-text")).to_contain_text("审计 2 个会话")
    expect(page.locator("#job-text")).to_contain_text("跳过 1 行")
    assert page.locator("#up-progress").get_attribute("value") == "100"
    expect(page.locator("#job-errors summary")).to_contain_text("1")
    shot(page, "qa-upload")

    # filter: the uploaded shop and 平台高危 → only the flagged chat
    page.select_option("#f-shop", UPLOAD_SHOP)
    page.click("#filters button[type=submit]")
    expect(page.locator("#conv-table tbody tr")).to_have_count(2)
    expect(page.locator("#k-chats")).to_have_text("2")
    page.select_option("#f-severity", "critical")
    page.click("#filters button[type=submit]")
    rows = page.locator("#conv-table tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("web-bad-1")
    expect(page.locator("#scope")).to_contain_text(UPLOAD_SHOP)
    assert "severity=critical" in page.url
    expect(page.locator("#agents-table tbody tr")).to_have_count(2)

    # export the filtered view to Excel
    with page.expect_download() as dl:
        page.click("#export")
    path = dl.value.path()
    assert dl.value.suggested_filename.endswith(".xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(Path(path).read_bytes()), read_only=True)
    ids = [r[0] for r in wb["会话"].iter_rows(min_row=2, values_only=True)]
    assert ids == ["web-bad-1"]

    # open the flagged conversation: every turn, the findings inline, response times, the score
    rows.first.locator("a").click()
    page.wait_for_url(re.compile(r"/qa/conversation/web-bad-1$"))
    expect(page.locator("body")).to_have_attribute("data-loaded", "1")
    expect(page.locator("#chat .msg")).to_have_count(4)
    mark = page.locator("#turn-1 mark.hl", has_text="加我微信")
    expect(mark).to_have_count(1)
    expect(mark).to_have_class(re.compile("sev-critical"))
    expect(page.locator("#turn-1 .wait")).to_contain_text("响应")
    # the dialogue acts of each turn as small tags (customer asks, agent closes)
    expect(page.locator("#turn-0 .act", has_text="提问")).to_have_count(1)
    expect(page.locator("#turn-3 .act", has_text="结束语")).to_have_count(1)
    expect(page.locator("#score")).to_contain_text("0")
    expect(page.locator("#facts")).to_contain_text(UPLOAD_SHOP)
    expect(page.locator("#scorecard tbody tr")).not_to_have_count(0)
    mark.focus()
    expect(page.locator("#tip")).to_contain_text("站外")
    shot(page, "qa-conversation")
    # back to the same filtered list
    page.click("#back")
    page.wait_for_url(re.compile(r"/qa\?.*severity=critical"))
    expect(page.locator("#conv-table tbody tr")).to_have_count(1)


# -- rules and shop overrides -----------------------------------------------------------------------------------------------
def test_admin_shop_exemption_try_save_and_agent_sees_it(open_page, server):
    page = open_page()
    login(page, server, "admin")
    page.goto(server.url + "/rules")
    expect(page.locator("body")).to_have_attribute("data-loaded", "1")
    rules = page.locator("#rule-list .rule")
    expect(rules.first).to_be_visible()
    assert rules.count() > 20
    qin = page.locator('#rule-list .rule[data-rule="jd.forbidden_address.qin"]')
    expect(qin.locator(".ex.hit").first).to_be_visible()
    total = rules.count()
    shot(page, "rules")
    page.fill("#b-search", "亲")
    expect(qin).to_be_visible()
    assert rules.count() < total
    expect(page.locator("#b-count")).to_contain_text(f"共 {total} 条")

    # 店铺设置: exempt 亲 for 测试店, try the unsaved draft, then save
    page.get_by_role("tab", name="店铺设置").click()
    page.fill("#s-shop", "测试店")
    page.click("#shop-pick button[type=submit]")
    expect(page.locator("#s-info")).to_contain_text("还没有覆盖设置")
    page.fill("#o-exempt", "亲")
    expect(page.locator("#dirty")).to_be_visible()
    page.fill("#try-text", "亲，欢迎光临本店")
    page.click("#try")
    expect(page.locator("#try-saved mark.hl")).to_have_text("亲")
    expect(page.locator("#try-draft mark.hl")).to_have_count(0)
    expect(page.locator("#try-diff")).to_contain_text("草稿不再标出：“亲”")
    # the JSON editor shows the same draft
    page.get_by_role("tab", name="JSON").click()
    assert json.loads(page.locator("#o-json").input_value()) == {"exempt": ["亲"]}
    page.get_by_role("tab", name="表单").click()
    shot(page, "rules-shop")
    page.fill("#save-note", "本店允许称呼“亲”")
    page.click("#save")
    expect(page.locator("#save-out")).to_contain_text("已保存为第 1 版")
    expect(page.locator("#dirty")).to_be_hidden()
    expect(page.locator("#history tbody tr")).to_have_count(1)
    expect(page.locator("#history tbody tr").first).to_contain_text("本店允许称呼“亲”")

    # an invalid override is refused with the reason, nothing saved
    page.get_by_role("tab", name="JSON").click()
    page.fill("#o-json", '{"exempt": ["亲"], "limits": {"max_length": -1}}')
    page.click("#save")
    expect(page.locator("#save-out .error-box")).to_contain_text("覆盖设置无效")
    page.fill("#o-json", "{不是 JSON")
    expect(page.locator("#json-error")).to_contain_text("JSON 格式错误")
    page.click("#revert")
    expect(page.locator("#dirty")).to_be_hidden()
    expect(page.locator("#history tbody tr")).to_have_count(1)

    # the agent page with that shop: 亲 no longer flagged; another shop still flags it
    agent = open_page()
    login(agent, server, "agent")
    agent.fill("#shop", "测试店")
    reply = agent.locator("#reply")
    reply.press_sequentially("亲，欢迎光临本店", delay=10)
    wait_checked(agent)
    expect(agent.locator("#findings > li")).to_have_count(0)
    expect(agent.locator("#status")).to_have_text("✓ 未发现问题，可以发送")
    agent.fill("#shop", "别的店")
    expect(agent.locator("#findings > li")).to_have_count(1)
    expect(agent.locator("#hl mark.hl")).to_have_text("亲")

    # API key management: create an agent key, then revoke it
    page.goto(server.url + "/rules#keys")
    page.fill("#k-name", "页面创建的key")
    page.click("#key-form button[type=submit]")
    expect(page.locator("#new-key-value")).to_have_text(re.compile(r"^zj_"))
    row = page.locator("#keys-table tbody tr", has_text="页面创建的key")
    expect(row).to_contain_text("有效")
    page.once("dialog", lambda d: d.accept())
    row.get_by_role("button", name=re.compile("吊销")).click()
    expect(row).to_contain_text("已吊销")


# -- every page at both sizes ------------------------------------------------------------------------------------------------
# Every page of zhijian/service/pages.py PAGES (checked by test_pages_and_assets_are_served_offline): name for the
# 390x844 screenshot, path, what shows the page is ready.  The review pages' 1366x768 shots come from test_web_review.py.
PAGES = [
    ("home", "/", "section.tiles"),
    ("login", "/login", "#login-form"),
    ("agent", "/agent", "#phrases .phrase"),
    ("qa", "/qa", "body[data-loaded]"),
    ("qa-conversation", "/qa/conversation/c-0501-0000107", "body[data-loaded]"),
    ("rules", "/rules", "body[data-loaded]"),
    ("rules-shop", "/rules?shop=测试店#shop", "#shop-editor:not([hidden])"),
    ("review-queue", "/review?status=all", "body[data-loaded]"),
    ("review-demo", "/review/c-0501-0000107", "body[data-loaded]"),
    ("appeals", "/appeals", "body[data-loaded]"),
    ("my", "/my", "body[data-loaded]"),
    ("calibration", "/calibration", "body[data-loaded]"),
]


@pytest.mark.parametrize("viewport", [WIDE, NARROW], ids=["1366x768", "390x844"])
def test_every_page_fits_the_window(open_page, server, viewport):
    page = open_page(role="admin", viewport=viewport)
    for name, path, ready in PAGES:
        page.goto(server.url + path)
        page.locator(ready).first.wait_for()
        if name == "agent":
            page.locator("#reply").press_sequentially(VIOLATING, delay=10)
            wait_checked(page)
            expect(page.locator("#findings > li")).to_have_count(3)
        page.wait_for_load_state("networkidle")
        no_horizontal_overflow(page)
        if viewport is NARROW:  # the 1366×768 shots are taken by the scenario tests above
            shot(page, name)


def test_pages_and_assets_are_served_offline(server):
    """Every page and asset comes from the package: no CDN, scripts only from this origin."""
    from urllib.parse import quote

    from zhijian.service.pages import PAGES as ROUTES

    paths = sorted({quote(p.split("#")[0].split("?")[0]) for _, p, _ in PAGES})
    for route in ROUTES:  # every page of the service is in the one list above
        pattern = re.escape(route).replace(re.escape("{cid:path}"), ".+") + "$"
        assert any(re.match(pattern, p) for p in paths), f"{route} is missing from PAGES in tests/test_web.py"
    for path in paths:
        with urllib.request.urlopen(server.url + path, timeout=10) as r:
            html = r.read().decode("utf-8")
            assert r.headers["Content-Type"].startswith("text/html")
            assert "script-src 'self'" in r.headers["Content-Security-Policy"]
        assert 'lang="zh-CN"' in html
        assert not re.search(r"""(src|href)=["']https?://""", html), path
        for ref in re.findall(r"""(?:src|href)=["'](/assets/[^"']+)""", html):
            with urllib.request.urlopen(server.url + ref, timeout=10) as a:
                assert a.status == 200
    for name in ("echarts.min.js", "taxonomy.js", "js/common.js", "app.css"):
        req = urllib.request.Request(server.url + "/assets/" + name, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(req, timeout=10) as r:
            etag = r.headers["ETag"]
            assert r.status == 200 and etag
        req = urllib.request.Request(server.url + "/assets/" + name, headers={"If-None-Match": etag})
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(req, timeout=10)
        assert e.value.code == 304
    with urllib.request.urlopen(server.url + "/assets/taxonomy.js", timeout=10) as r:
        assert "禁用称呼" in r.read().decode("utf-8")
    for bad in ("/assets/../service/app.py", "/assets/nope.js", "/assets/index.html"):
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(server.url + bad, timeout=10)
        assert e.value.code == 404
