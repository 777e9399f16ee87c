"""Shared fixtures and helpers of the browser tests (``test_web.py``, ``test_web_review.py``,
``test_web_hardening.py``, ``test_web_upload.py``), moved here from ``test_web.py`` so that every
browser test drives the same real server and the same Chromium.

* ``server`` (module): the real ``zhijian serve --demo`` as a subprocess on a free loopback port with a
  temporary data directory; ``server.keys`` holds the admin key (data-dir/admin.key) and one agent and
  one qa key; ``server.api(method, path, key, body)`` calls the REST API.
* ``browser`` (module): Debian's Chromium (``/usr/bin/chromium`` or ``$ZHIJIAN_CHROMIUM``) through
  Playwright for Python; a browser test that cannot run FAILS, naming what to install.
* ``open_page(role=None, viewport=WIDE, clock=None)``: a Page in a fresh context, logged in with
  ``server.keys[role]`` when given; uncaught page errors fail the test.
* ``shot(page, name)`` writes ``tests/screenshots/<name>-<w>x<h>.png``; ``no_horizontal_overflow(page)``;
  ``login(page, server, role)`` through the login page.

Test modules import the fixtures by name (``from web_fixtures import browser, open_page, server``);
tests/ is on ``sys.path`` under pytest's default import mode.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from service_fixtures import zhijian_exe

try:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None

REPO = Path(__file__).resolve().parent.parent
SHOTS = REPO / "tests" / "screenshots"
CHROMIUM = os.environ.get("ZHIJIAN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
WIDE = {"width": 1366, "height": 768}
NARROW = {"width": 390, "height": 844}


def _unavailable(reason: str):
    """A browser test that cannot run FAILS, naming what to install (never a silent skip; issue 10 item 15)."""
    pytest.fail(f"浏览器测试无法运行 / browser tests cannot run: {reason}。"
                "需要 Debian 的 chromium：apt-get install chromium fonts-noto-cjk fonts-noto-color-emoji；"
                "以及 Python 包 playwright：.venv/bin/pip install -e '.[e2e]'（或运行 tools/ensure-test-deps.sh）",
                pytrace=False)


# -- the real server ----------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, url: str, proc: subprocess.Popen, log: Path, keys: dict):
        self.url, self.proc, self.log, self.keys = url, proc, log, keys

    def api(self, method: str, path: str, key: str, body=None):
        data = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
        req = urllib.request.Request(self.url + "/api/v1" + path, data=data, method=method,
                                     headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.loads(r.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("web-data")
    log = data.parent / f"{data.name}-serve.log"
    port = _free_port()
    cmd = zhijian_exe() + [
        "serve", "--demo", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data)]
    with open(log, "wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, cwd=REPO,
                                env=dict(os.environ, PYTHONUNBUFFERED="1"))
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                pytest.fail(f"zhijian serve exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
            try:
                with urllib.request.urlopen(url + "/api/v1/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"zhijian serve did not start:\n{log.read_text(errors='replace')}")
            time.sleep(0.1)
        admin = (data / "admin.key").read_text(encoding="utf-8").strip()
        srv = Server(url, proc, log, {"admin": admin})
        for role in ("agent", "qa"):
            srv.keys[role] = srv.api("POST", "/keys", admin, {"name": f"网页测试{role}", "role": role})["key"]
        yield srv
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=20)


# -- the browser ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser():
    if sync_playwright is None:
        _unavailable("Playwright for Python is not installed (pip install -e '.[e2e]')")
    if not os.path.exists(CHROMIUM):
        _unavailable(f"Chromium not found at {CHROMIUM} (apt-get install chromium fonts-noto-cjk)")
    from playwright.sync_api import expect

    # an assertion waits as long as an action (the context's 15 s): on a shared, loaded machine a page may take
    # more than Playwright's default 5 s to settle; a page that never shows the text still fails
    expect.set_options(timeout=15_000)
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except PlaywrightError as e:
        pw.stop()
        _unavailable(f"Chromium would not start under Playwright: {e}")
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield b
    b.close()
    pw.stop()


@pytest.fixture
def open_page(browser, server):
    """open_page(role=None, viewport=WIDE) → a Page in a fresh context (logged in with the role's key when
    given); uncaught page errors fail the test."""
    contexts, errors = [], []

    def make(role: str | None = None, viewport: dict = WIDE, clock: str | None = None):
        ctx = browser.new_context(viewport=viewport, locale="zh-CN", timezone_id="Asia/Shanghai",
                                  accept_downloads=True)
        ctx.set_default_timeout(15000)
        if role:
            ctx.add_init_script(f"if (!sessionStorage.getItem('zj-test')) {{ sessionStorage.setItem('zj-test', '1');"
                                f" localStorage.setItem('zhijian.apiKey', {json.dumps(server.keys[role])}); }}")
        contexts.append(ctx)
        page = ctx.new_page()
        if clock:
            page.clock.set_fixed_time(clock)
        page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
        return page

    yield make
    for c in contexts:
        c.close()
    assert not errors, "uncaught errors in the page:\n" + "\n".join(errors)


def shot(page, name: str) -> Path:
    vp = page.viewport_size
    path = SHOTS / f"{name}-{vp['width']}x{vp['height']}.png"
    page.screenshot(path=str(path))
    return path


def no_horizontal_overflow(page) -> None:
    over = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    assert over <= 0, f"{page.url}: page is {over}px wider than the {page.viewport_size['width']}px window"


def login(page, server, role: str) -> None:
    page.goto(server.url + "/login")
    page.fill("#key", server.keys[role])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/(agent|qa)(\?|$)"))
