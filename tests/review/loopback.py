"""A webhook receiver on 127.0.0.1 for the alert tests: ``http.server`` in a thread on a free port,
recording every request as it arrived and answering from a script of replies (status, body, headers,
delay), then ``{"errcode": 0, "errmsg": "ok"}``.  Import the ``receiver`` fixture from here."""

from __future__ import annotations

import json
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

OK = b'{"errcode": 0, "errmsg": "ok"}'


@dataclass
class Reply:
    status: int = 200
    body: bytes = OK
    headers: dict = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Received:
    path: str
    query: str
    headers: dict
    body: bytes

    def json(self):
        return json.loads(self.body.decode("utf-8"))

    def params(self) -> dict:
        return urllib.parse.parse_qs(self.query, keep_blank_values=True)


class Receiver:
    def __init__(self):
        self.requests: list[Received] = []
        self.script: list[Reply] = []
        self.stop = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                parts = urllib.parse.urlsplit(self.path)
                outer.requests.append(Received(parts.path, parts.query, dict(self.headers.items()), body))
                reply = outer.script.pop(0) if outer.script else Reply()
                if reply.delay:
                    outer.stop.wait(reply.delay)
                try:
                    self.send_response(reply.status)
                    for k, v in {"Content-Type": "application/json", **reply.headers}.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except OSError:
                    pass  # the client gave up (timeout test)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def then(self, *replies: Reply) -> "Receiver":
        self.script.extend(replies)
        return self


@pytest.fixture
def receiver(monkeypatch):
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    r = Receiver()
    r.thread.start()
    yield r
    r.stop.set()
    r.server.shutdown()
    r.server.server_close()
