"""Issue 13 in Chromium: the human review round driven through the web pages on the real ``zhijian serve``.

The admin key creates keys limited to one shop (a QA key, agent keys bound to a1 and a2) and sets the
shop's review settings; two chats are audited through the API — a1 says "这款支持微信扫码付款，您放心"
(a diversion hit that is wrong on a shop taking WeChat Pay), a2 says "您好，加我微信，我发您优惠券"
(right).  Then, in the browser: QA samples the shop on /review, opens a1's chat, rejects the false hit
with a reason (the final score changes on the page), confirms another finding, adds a missed one from a
text selection, overrides the score and finishes; confirms a2's hit; a2 signs in, finds the chat on
/my and appeals on /review/<id>; QA upholds the appeal on /appeals; /calibration shows the diversion
rule's precision go from 0 % to 50 %, under the shop's bar; the admin opens the exception proposal
from the rejected finding, tries it (the rejected finding is what it would remove), saves it; the
re-audit on the review page removes the finding.  Assertions read the visible page.

Screenshots: tests/screenshots/review-queue-1366x768.png, review-page-1366x768.png,
review-page-390x844.png, appeal-agent-1366x768.png, appeals-qa-1366x768.png, calibration-1366x768.png,
calibration-propose-1366x768.png.  Fixtures: tests/web_fixtures.py (shared with test_web.py).
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import pytest

from web_fixtures import NARROW, WIDE, browser, no_horizontal_overflow, open_page, server, shot  # noqa: F401

try:
    from playwright.sync_api import expect
except ImportError:  # pragma: no cover - web_fixtures fails the tests then
    expect = None

SHOP = "网页复核测试店"
FALSE_HIT = "这款支持微信扫码付款，您放心"  # diversion on 微信扫, but the shop takes WeChat Pay: wrong
TRUE_HIT = "您好，加我微信，我发您优惠券"  # diversion, right
RULE = "common.diversion.contact_app"


def chat(cid: str, agent: str, answer: str, day: str = "2026-05-01") -> dict:
    return {"id": cid, "pack": "jd", "shop": SHOP, "agent": agent, "messages": [
        {"role": "customer", "text": "这款电饭煲怎么付款？", "ts": f"{day}T10:00:00+08:00"},
        {"role": "agent", "text": answer, "ts": f"{day}T10:00:12+08:00"},
        {"role": "customer", "text": "好的，谢谢", "ts": f"{day}T10:00:40+08:00"},
        {"role": "agent", "text": "不用客气，能为您服务很开心。感谢您的信任，期待下次再见！", "ts": f"{day}T10:00:55+08:00"},
    ]}


@pytest.fixture(scope="module")
def shop(server):
    """Scoped keys (qa_shop, a1, a2, a3: SHOP only) in ``server.keys``; the shop's settings; the two chats."""
    admin = server.keys["admin"]
    for name, role, agent in (("qa_shop", "qa", None), ("a1", "agent", "a1"), ("a2", "agent", "a2"),
                              ("a3", "agent", "a3")):
        made = server.api("POST", "/keys", admin, {"name": f"复核测试{name}", "role": role, "shops": [SHOP],
                                                   "agent_id": agent})
        server.keys[name] = made["key"]
    who = server.api("GET", "/whoami", server.keys["a2"])
    assert who == {"name": "复核测试a2", "role": "agent", "shops": [SHOP], "agent_id": "a2"}
    server.api("PUT", f"/review/settings/{quote(SHOP)}", admin, {"data": {
        "sampling": [{"kind": "fatal"}, {"kind": "lowest", "percent": 50}], "appeal_days": 7, "precision_bar": 0.9}})
    res = server.api("POST", "/audit", server.keys["qa_shop"], {"conversations": [
        chat("web-fp", "a1", FALSE_HIT), chat("web-tp", "a2", TRUE_HIT)]})
    rules = {r["id"]: [f["rule"] for f in r["findings"]] for r in res["results"]}
    assert RULE in rules["web-fp"] and RULE in rules["web-tp"], rules  # both sentences fire the diversion rule
    return SHOP


def card(page, text: str):
    """The finding card (right column of /review/<id>) whose text contains ``text``."""
    return page.locator("#findings li.review-finding", has_text=text)


def score_of(page) -> int:
    return int(re.match(r"\d+", page.locator("#score").inner_text()).group())


def tidy(page, at: str | None = None) -> None:
    """Before a screenshot: no toasts, no hover tooltip, scrolled to the top or to ``at``."""
    page.evaluate("document.getElementById('toast')?.replaceChildren()")
    page.mouse.move(5, 5)
    page.evaluate("(sel) => { const el = sel && document.querySelector(sel);"
                  " window.scrollTo(0, el ? el.getBoundingClientRect().top + window.scrollY - 60 : 0); }", at)


def loaded(page, n: int | None = None) -> None:
    page.locator("body[data-loaded]").wait_for()
    if n is not None:
        expect(page.locator("body")).to_have_attribute("data-loaded", str(n))


def test_review_round_in_the_browser(open_page, server, shop):
    # -- QA: the queue, sampled by the shop's policies --------------------------------------------------------------
    qa = open_page(role="qa_shop")
    qa.goto(server.url + "/review")
    loaded(qa)
    expect(qa.locator("#nav a")).to_have_text(["发送前检查", "质检", "复核", "申诉", "校准"])
    expect(qa.locator("#queue-table tbody")).to_contain_text("没有待复核的会话")
    qa.select_option("#q-shop", SHOP)
    qa.click("#sample")
    expect(qa.locator("#toast")).to_contain_text("已加入 2 个会话（致命项 2 个）")
    expect(qa.locator("#sample-out")).to_contain_text(f"店铺“{SHOP}”：已加入 2 个会话")
    rows = qa.locator("#queue-table tbody tr")
    expect(rows).to_have_count(2)
    fp_row = rows.filter(has_text="web-fp")
    expect(fp_row).to_contain_text("a1")
    expect(fp_row).to_contain_text("致命项")
    expect(fp_row).to_contain_text("待复核")
    expect(fp_row.locator("td.num").first).to_contain_text("0 → 0")
    assert "shop=" in qa.url
    shot(qa, "review-queue")
    # sampling again adds nothing
    qa.click("#sample")
    expect(qa.locator("#sample-out")).to_contain_text("没有新的会话需要加入")
    expect(rows).to_have_count(2)

    # -- QA: review a1's chat ---------------------------------------------------------------------------------------------
    fp_row.locator("a").click()
    qa.wait_for_url(re.compile(r"/review/web-fp$"))
    loaded(qa)
    expect(qa.locator("#back")).to_have_text("← 返回复核队列")
    expect(qa.locator("#score")).to_contain_text("最终得分（含致命项）")
    assert score_of(qa) == 0
    expect(qa.locator("#facts")).to_contain_text("致命项：")  # the queue reason: 致命项：…
    expect(qa.locator("#status-badge")).to_have_text("待复核")
    false_hit = card(qa, "微信扫")
    expect(false_hit).to_contain_text("规则")  # source
    expect(false_hit).to_contain_text("待确认")
    expect(false_hit).to_contain_text(RULE)
    expect(qa.locator("#turn-1 mark.hl.sev-critical", has_text="微信扫")).to_have_count(1)

    # reject: the reason is required
    false_hit.get_by_role("button", name="驳回").click()
    reason = false_hit.locator("textarea")
    expect(reason).to_be_focused()
    false_hit.get_by_role("button", name="提交驳回").click()
    expect(false_hit.locator(".form-error")).to_have_text("请写明驳回原因")
    reason.fill("本店支持微信支付，这是付款方式说明，不是引导站外")
    false_hit.get_by_role("button", name="提交驳回").click()
    expect(qa.locator("#toast")).to_contain_text("已驳回问题")
    expect(false_hit).to_have_class(re.compile(r"\bvoid\b"))
    expect(false_hit).to_contain_text("已驳回：本店支持微信支付")
    expect(false_hit).to_contain_text("复核测试qa_shop")
    expect(qa.locator("#score")).not_to_contain_text("含致命项")
    after_reject = score_of(qa)
    assert after_reject > 0
    expect(qa.locator("#turn-1 mark.hl.void", has_text="微信扫")).to_have_count(1)  # struck through in the chat
    expect(qa.locator("#f-count")).to_have_text("共 2 项，计入 1 项")

    # calibration after the rejection: the rule is wrong once -> 0 %
    cal = open_page(role="qa_shop")
    cal.goto(server.url + "/calibration?shop=" + quote(SHOP))
    loaded(cal)
    rule_row = cal.locator(f'#cal-rules tr[data-key="{RULE}"]')
    expect(rule_row.locator("td.precision")).to_contain_text("0.0%")
    expect(rule_row).to_have_class(re.compile("below-bar"))

    # confirm another finding of the same chat (the missing greeting)
    other = card(qa, "开头语")
    other.get_by_role("button", name="确认").click()
    expect(other).to_contain_text("已确认")
    expect(other.get_by_role("button", name="确认")).to_be_disabled()

    # a missed finding from a selection in the chat: 这款 at the start of turn #2
    qa.evaluate("""() => {
        const b = document.querySelector('#turn-1 .bubble');
        const r = document.createRange();
        r.setStart(b.firstChild, 0); r.setEnd(b.firstChild, 2);
        const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
        b.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }""")
    expect(qa.locator("#add-selection")).to_contain_text("已选中第 2 条的“这款”")
    expect(qa.locator("#add-turn")).to_have_value("1")
    expect(qa.locator("#add-start")).to_have_value("0")
    expect(qa.locator("#add-end")).to_have_value("2")
    qa.select_option("#add-category", "cold_reply")
    qa.fill("#add-note", "回答生硬，没有称呼顾客")
    qa.click("#add-form button[type=submit]")
    added = qa.locator("#findings li.review-finding", has_text="复核补充")
    expect(added).to_have_count(1)
    expect(added).to_contain_text("生硬短回复")
    expect(added.locator(".f-match")).to_have_text("这款")

    # score override: the note is required; then the final score is the reviewer's
    qa.fill("#score-value", "88")
    qa.click("#score-form button[type=submit]")
    expect(qa.locator("#score-form .form-error")).to_contain_text("理由")
    qa.fill("#score-note", "整体服务良好，付款说明清楚")
    qa.click("#score-form button[type=submit]")
    expect(qa.locator("#score")).to_contain_text("88")
    expect(qa.locator("#facts")).to_contain_text("88（人工改分）")
    expect(qa.locator("#score-clear")).to_be_visible()
    qa.click("#done")
    expect(qa.locator("#status-badge")).to_have_text("已复核")
    expect(qa.locator("#history .tl-action")).to_have_text(["抽样入队", "复核结论", "复核结论", "补充漏检", "人工改分", "完成复核"])
    expect(qa.locator("#history")).to_contain_text("已驳回问题")
    tidy(qa)
    shot(qa, "review-page")
    small = open_page(role="qa_shop", viewport=NARROW)
    small.goto(server.url + "/review/web-fp")
    loaded(small)
    expect(card(small, "微信扫")).to_contain_text("已驳回")
    small.wait_for_load_state("networkidle")
    no_horizontal_overflow(small)
    shot(small, "review-page")

    # back in the queue: done, machine score -> final score
    qa.goto(server.url + "/review?status=done")
    loaded(qa)
    expect(qa.locator("#queue-table tbody tr", has_text="web-fp")).to_contain_text("0 → 88")

    # -- QA: confirm a2's true hit -----------------------------------------------------------------------------------------
    qa.goto(server.url + "/review/web-tp")
    loaded(qa)
    true_hit = card(qa, "加我微信")
    true_hit.get_by_role("button", name="确认").click()
    expect(true_hit).to_contain_text("已确认")
    cal.reload()
    loaded(cal)
    expect(rule_row.locator("td.precision")).to_contain_text("50.0%")  # right once, wrong once

    # -- agent a2: own chats, appeal ------------------------------------------------------------------------------------------
    a2 = open_page(role="a2")
    a2.goto(server.url + "/my")
    loaded(a2)
    expect(a2.locator("#nav a")).to_have_text(["发送前检查", "我的会话", "申诉"])
    mine = a2.locator("#my-table tbody tr")
    expect(mine).to_have_count(1)
    expect(mine.first).to_contain_text("web-tp")
    mine.first.locator("a").click()
    a2.wait_for_url(re.compile(r"/review/web-tp$"))
    loaded(a2)
    expect(a2.locator("#back")).to_have_text("← 返回我的会话")
    expect(a2.locator("#qa-actions")).to_be_hidden()
    expect(a2.locator("#add-card")).to_be_hidden()
    expect(a2.get_by_role("button", name="驳回")).to_have_count(0)
    expect(a2.locator("#appeal-note")).to_contain_text("前点该问题的“申诉”")
    expect(a2.locator("#facts")).to_contain_text("申诉截止")
    hit = card(a2, "加我微信")
    expect(hit).to_contain_text("已确认")
    hit.get_by_role("button", name="申诉").click()
    hit.get_by_role("button", name="提交申诉").click()
    expect(hit.locator(".form-error")).to_have_text("请写明申诉理由")
    hit.locator("textarea").fill("顾客先问能不能用微信付款，我只是回应，没有引导站外")
    hit.get_by_role("button", name="提交申诉").click()
    expect(a2.locator("#toast")).to_contain_text("已提交申诉")
    expect(hit).to_contain_text("待处理")
    expect(hit.get_by_role("button", name="申诉")).to_have_count(0)
    expect(a2.locator("#appeals li.appeal-item")).to_have_count(1)
    expect(a2.locator("#appeals")).to_contain_text("顾客先问能不能用微信付款")
    expect(a2.locator("#appeals")).to_contain_text("待处理")
    tidy(a2, "#appeal-note")
    shot(a2, "appeal-agent")
    # a1 cannot open a2's chat
    a1 = open_page(role="a1")
    a1.goto(server.url + "/review/web-tp")
    expect(a1.locator(".denied")).to_contain_text("没有会话“web-tp”")

    # -- QA decides on /appeals -------------------------------------------------------------------------------------------------
    qa.goto(server.url + "/appeals")
    loaded(qa)
    items = qa.locator("#appeal-list li.appeal-item")
    expect(items).to_have_count(1)
    item = items.first
    expect(item).to_contain_text("web-tp")
    expect(item).to_contain_text("顾客先问能不能用微信付款")
    expect(item.locator("a", has_text="web-tp")).to_have_attribute("href", "/review/web-tp")
    item.get_by_role("button", name="维持").click()
    expect(item.locator(".form-error")).to_have_text("请写明裁决理由")
    item.locator("textarea").fill("客服主动提出加微信，维持原判")
    expect(item.locator(".form-error")).to_be_hidden()  # typing clears the error
    tidy(qa)
    shot(qa, "appeals-qa")
    item.get_by_role("button", name="维持").click()
    expect(qa.locator("#toast")).to_contain_text("维持原判")
    expect(qa.locator("#appeal-list")).to_contain_text("没有待处理的申诉")
    qa.select_option("#ap-status", "")
    expect(items).to_have_count(1)
    expect(items.first).to_contain_text("裁决：维持原判，客服主动提出加微信")
    # the agent sees the decision and the whole history
    a2.reload()
    loaded(a2)
    expect(a2.locator("#appeals")).to_contain_text("维持原判")
    expect(card(a2, "加我微信")).to_contain_text("申诉维持")
    expect(a2.locator("#history .tl-action")).to_have_text(["抽样入队", "复核结论", "申诉", "申诉裁决"])
    a2.goto(server.url + "/appeals")
    loaded(a2)
    expect(a2.locator("#appeal-list li.appeal-item")).to_have_count(1)
    expect(a2.locator("#ap-intro a")).to_have_attribute("href", "/my")

    # -- calibration: 50 %, under the shop's bar of 90 % ----------------------------------------------------------------------------
    cal.reload()
    loaded(cal)
    expect(cal.locator("#cal-bar")).to_contain_text("精确率标准：90.0%")
    expect(rule_row).to_have_class(re.compile("below-bar"))
    expect(rule_row.locator("td.precision")).to_contain_text("50.0%")
    expect(rule_row.locator("td.precision")).to_contain_text("低于标准")
    expect(rule_row.locator("td").nth(1)).to_have_text("1")  # confirmed (upheld)
    expect(rule_row.locator("td").nth(2)).to_have_text("1")  # rejected
    expect(rule_row.locator("td.interval")).to_have_text(re.compile(r"^\d+\.\d%–\d+\.\d%$"))
    cat_row = cal.locator('#cal-categories tr[data-key="diversion"]')
    expect(cat_row).to_contain_text("引流")
    expect(cat_row.locator("td.precision")).to_contain_text("50.0%")
    tidy(cal)
    shot(cal, "calibration")
    expect(cal.locator("#propose-card")).to_be_hidden()

    # -- admin: the exception proposed from the rejected finding, tried, saved ---------------------------------------------------
    admin = open_page(role="admin")
    admin.goto(server.url + "/review/web-fp")
    loaded(admin)
    admin.locator("#findings li.review-finding", has_text="微信扫").get_by_role("link", name="生成例外").click()
    admin.wait_for_url(re.compile(r"/calibration\?propose=\d+&conversation=web-fp"))
    expect(admin.locator("#prop-form")).to_contain_text(RULE)
    words = admin.locator("#prop-words")
    expect(words).to_have_value(re.compile("微信扫"))
    first = admin.locator(f'.prop-entry[data-rule="{RULE}"]')
    expect(first.locator(".prop-examples li")).to_have_text([FALSE_HIT])

    def exception_in_json() -> dict:
        data = json.loads(admin.locator("#prop-json").input_value())
        return next(e for e in data["exceptions"] if e["rule"] == RULE)

    exc = exception_in_json()
    assert FALSE_HIT in exc["examples"]["no_match"]
    # every proposed entry (the rule, and whatever would flag the same words once it is silenced) has its words
    for entry in admin.locator(".prop-entry").all():
        expect(entry.locator(".prop-words")).not_to_have_value("")
    # editing the words rewrites the JSON (then back)
    original = words.input_value()
    words.fill(original + "，微信支付")
    assert exception_in_json()["words"][-1] == "微信支付"
    words.fill(original)
    assert exception_in_json()["words"] == exc["words"]
    admin.click("#prop-try")
    removed = admin.locator("#prop-removed tbody tr")
    expect(removed).to_have_count(1)  # a2's true hit stays
    expect(removed.first).to_contain_text("web-fp")
    expect(removed.first).to_contain_text("已驳回")
    expect(removed.first).to_contain_text(RULE)
    expect(admin.locator("#prop-try-out")).to_contain_text("将去掉 1 个")
    admin.click("#prop-save")
    expect(admin.locator("#toast")).to_contain_text(f"已保存店铺“{SHOP}”的覆盖设置（第 1 版）")
    expect(admin.locator("#prop-save-out")).to_contain_text("已保存为第 1 版")
    expect(admin.locator("#prop-reaudit")).to_be_visible()
    tidy(admin, "#propose-card")
    shot(admin, "calibration-propose")

    # -- re-audit on the review page: the finding is gone, the review stays ----------------------------------------------------------
    qa.goto(server.url + "/review/web-fp")
    loaded(qa)
    expect(card(qa, "微信扫")).to_have_count(1)
    qa.click("#reaudit")
    expect(qa.locator("#toast")).to_contain_text(f"不再标出的规则：{RULE}")
    expect(card(qa, "微信扫")).to_have_count(0)
    expect(qa.locator("#turn-1 mark", has_text="微信扫")).to_have_count(0)
    expect(qa.locator("#score")).to_contain_text("88")
    expect(qa.locator("#findings li.review-finding", has_text="复核补充")).to_have_count(1)
    expect(qa.locator("#history .tl-action").last).to_have_text("重新审计")
    expect(qa.locator("#history .tl-item").last).to_contain_text(RULE)
    # the proposal page's own re-audit button: nothing more to remove now
    admin.click("#prop-reaudit")
    expect(admin.locator("#prop-reaudit-out")).to_contain_text("会话 web-fp 已重新审计：机器问题 1 → 1 项；没有规则不再标出")


def test_appeal_button_closes_after_the_window(open_page, server, shop):
    """An appeal window of 0 days: the agent sees the deadline passed and a disabled button."""
    admin = server.keys["admin"]
    other = "网页复核窗口店"
    key = server.api("POST", "/keys", admin, {"name": "窗口店客服", "role": "agent", "shops": [other], "agent_id": "a9"})
    server.keys["a9"] = key["key"]
    server.api("PUT", f"/review/settings/{quote(other)}", admin, {"data": {"appeal_days": 0}})
    c = chat("web-closed", "a9", TRUE_HIT)
    c["shop"] = other
    server.api("POST", "/audit", admin, {"conversations": [c]})
    page = open_page(role="a9")
    page.goto(server.url + "/review/web-closed")
    loaded(page)
    expect(page.locator("#appeal-note")).to_contain_text("申诉期已过")
    expect(card(page, "加我微信").get_by_role("button", name="申诉")).to_be_disabled()
    expect(page.locator("#facts")).to_contain_text("（已过）")


def test_agent_pages_need_a_bound_key_and_qa_pages_a_qa_role(open_page, server, shop):
    # a3 (bound, no chats): empty lists, QA pages closed
    page = open_page(role="a3")
    page.goto(server.url + "/my")
    loaded(page)
    expect(page.locator("#my-table tbody")).to_contain_text("还没有你的会话")
    page.goto(server.url + "/review")
    expect(page.locator(".denied h1")).to_have_text("权限不足")
    page.goto(server.url + "/calibration")
    expect(page.locator(".denied h1")).to_have_text("权限不足")
    # an agent key bound to no agent: the service says why
    page = open_page(role="agent")
    page.goto(server.url + "/my")
    expect(page.locator(".denied")).to_contain_text("没有绑定客服")
    # a QA key cannot open the exception proposal (admin only): the page says so
    qa = open_page(role="qa_shop")
    qa.goto(server.url + "/calibration?propose=1")
    expect(qa.locator("#prop-body")).to_contain_text("生成例外需要“管理员”角色")
