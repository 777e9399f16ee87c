"""Issue 10 item 14 in the browser: a wrong file uploaded on the QA page says what went wrong, in red,
with the first reasons (never a green "完成：审计 0 个会话").  Same real server and Debian Chromium as
``test_web.py`` (its fixtures are reused)."""

from __future__ import annotations

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from playwright.sync_api import expect  # noqa: E402

from test_web import SHOTS, browser, login, open_page, server  # noqa: E402,F401  (fixtures)


def test_messages_file_uploaded_as_chats_is_red_with_reasons(open_page, server, tmp_path):
    f = tmp_path / "消息.txt"
    f.write_text("\n".join(["亲，这款有现货吗", "您好，今天下单明天发货", "好的谢谢"] * 4) + "\n", encoding="utf-8")
    page = open_page()
    login(page, server, "qa")
    expect(page.locator("body")).to_have_attribute("data-loaded", re.compile(r"\d"))
    page.set_input_files("#file", str(f))
    page.click("#up-submit")
    expect(page.locator("#job")).to_have_attribute("data-state", "failed", timeout=60000)
    text = page.locator("#job-text")
    expect(text).to_have_class(re.compile(r"\berror-box\b"))
    expect(text).to_contain_text("没有可审计的会话")
    expect(text).to_contain_text("12 行无法读取")
    expect(text).to_contain_text("第1行")
    expect(text).not_to_contain_text("完成")
    color = text.evaluate("e => getComputedStyle(e).color")
    r, g, b = (int(x) for x in re.findall(r"\d+", color)[:3])
    assert r > 150 and g < 100 and b < 100, color  # red
    expect(page.locator("#job-errors")).to_have_attribute("open", "")
    expect(page.locator("#job-error-list li")).to_have_count(12)
    page.locator("#job").screenshot(path=str(SHOTS / "qa-upload-wrong-file-1366x768.png"))
