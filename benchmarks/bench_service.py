"""Load test of the REAL REST service: latency and throughput of ``POST /api/v1/check``.

    python benchmarks/bench_service.py [--levels 1,10,50,200] [--duration 10]
                                       [--client auto|wrk|python|both] [--phases shared,perkey,norate,open]
                                       [--open-rates 50,100,200,400] [--profile [--py-spy PATH]]

What it does, in order (everything on loopback, nothing leaves the machine):

1. Starts ``zhijian serve --port P --data-dir TMP`` as a child process: a free port, a fresh temp
   data dir, otherwise the server's DEFAULT settings (1 uvicorn process, SQLite, 200 req/s per key
   with bursts of 400).  It reads the admin key the server writes on first start and creates, with
   ``POST /api/v1/keys``, one agent key per connection of the highest level (used by the phases
   that need several keys).  The server is stopped at the end whatever happens (``finally``, and
   SIGTERM/SIGINT are turned into a normal exit); a second server, started the same way plus
   ``--rate 0``, is used by the ``norate`` phase.
2. Messages: ``--messages`` (400) distinct agent replies of 10-60 characters from
   ``benchmarks/corpus.py`` (hand-written fragments, fixed seed), about a quarter with one
   violation (亲, 加我微信, 淘 宝, 全网最低价, 卧槽 …) and the rest clean, including hard negatives
   (亲自, 微信支付).  Each is sent once before the load (this warms the server's rule engine and
   records the expected response body; the Python client checks every 200 response against it).
3. Closed-loop load at each concurrency level C: C keep-alive connections, each sends the next
   request as soon as the previous answer is in, for ``--duration`` seconds or ``--max-requests``
   requests, whichever comes first.  Generators:
   * ``wrk`` (C, one thread, a generated Lua script that rotates bodies and keys, counts status
     codes and stops at the request bound) when it is installed;
   * a Python asyncio client (raw streams on uvloop, HTTP/1.1 keep-alive, no HTTP library) run as a
     separate process, so that it has its own interpreter and GIL.  Its own ceiling is measured
     first against a trivial stub server, and its CPU time is shown for every run, so one can see
     that it is not the bottleneck.
   ``--client auto`` (default): wrk for every phase if installed, plus the Python client for the
   ``norate`` phase as a cross-check; Python only when wrk is missing.
4. Phases (``--phases``):
   * ``shared``  default server, ONE agent key shared by all connections.  Beyond 200 req/s the
     server answers 429 once the burst of 400 is spent: that is its designed behaviour and it is
     reported as errors, not hidden.
   * ``perkey``  default server, one agent key per connection (requests rotate over C keys), as in a
     deployment where every agent seat has its own key; each key then sends about rate/C per second.
   * ``norate``  a second server with ``--rate 0``: the raw capacity of the service.
   * ``open``    open-loop load on the default server: max(levels) connections, one key each, that
     together send a FIXED number of requests per second (``--open-rates``), evenly paced, as
     agents typing would.  Latency is counted from the moment a request was due (if a connection
     is still waiting for its previous answer, that wait is counted: no coordinated omission).
5. For every run: requests, errors (anything but 200: 429, other statuses, socket errors and
   timeouts), requests/s and 200s/s, latency p50/p90/p99/max in ms over all responses, and CPU used
   by the server process and by the load generator (percent of one core).  The issue's target —
   p99 < 20 ms at 200 concurrent connections with no errors — is checked at the end.
6. ``--profile`` samples the server with py-spy (``--gil``, only the thread holding the GIL, so
   samples are CPU time) during the ``norate`` run at the highest level and prints where the time
   goes, bucketed (rules engine, key lookup, thread-pool hand-offs, middleware, serialization …).

Exit status: 0 when the runs completed (whether or not the target is met), 2 when the server could
not be started or a load generator failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

PATH = "/api/v1/check"
TARGET_P99_MS = 20.0
TARGET_CONC = 200
REQUEST_TIMEOUT_S = 10.0
CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

_children: set[subprocess.Popen] = set()  # load generators and stubs, ended in main()'s finally


# ============================================================================ Python load client
# Runs in its own process: ``bench_service.py --_client CONFIG.json`` prints one JSON result line.


def _status_and_length(head: bytes) -> tuple[int, int, bool]:
    status = int(head[9:12])
    low = head.lower()
    i = low.find(b"\r\ncontent-length:")
    if i < 0:
        raise ValueError("response without Content-Length")
    j = low.find(b"\r\n", i + 2)
    return status, int(low[i + 17:j]), b"\r\nconnection: close" in low


async def _client_main(cfg: dict) -> dict:
    host, port = cfg["host"], cfg["port"]
    conns = cfg["connections"]
    bodies = [b.encode("utf-8") for b in cfg["bodies"]]
    expected = [e.encode("utf-8") if e is not None else None for e in cfg.get("expected") or [None] * len(bodies)]
    keys = [k.encode("ascii") for k in cfg["keys"]]
    duration, limit = cfg["duration"], cfg["max_requests"]
    open_rate = cfg.get("open_rate") or 0.0
    prefix = (f"POST {cfg.get('path', PATH)} HTTP/1.1\r\nHost: {host}:{port}\r\n"
              f"Content-Type: application/json\r\nAuthorization: Bearer ").encode("ascii")
    nb, nk = len(bodies), len(keys)
    lat: list[int] = []  # ns
    statuses: Counter = Counter()
    counters = {"sent": 0, "sockerr": 0, "bad_body": 0}
    rng = random.Random(1234)
    # all connections are opened before the clock starts (connection set-up is not timed; reconnects are)
    initial = await asyncio.gather(*(asyncio.open_connection(host, port) for _ in range(conns)),
                                   return_exceptions=True)
    t_start = time.perf_counter_ns()
    deadline = t_start + int(duration * 1e9)

    def request(n: int) -> tuple[bytes, int]:
        b = n % nb
        return (prefix + keys[n % nk] + b"\r\nContent-Length: " + str(len(bodies[b])).encode() + b"\r\n\r\n"
                + bodies[b], b)

    async def connect():
        return await asyncio.open_connection(host, port)

    async def one(reader, writer, n: int, t0: int) -> bool:
        """Send request n, read the answer; latency from t0.  False when the connection must be reopened."""
        req, b = request(n)
        try:
            async with asyncio.timeout(REQUEST_TIMEOUT_S):
                writer.write(req)
                head = await reader.readuntil(b"\r\n\r\n")
                status, length, close = _status_and_length(head)
                body = await reader.readexactly(length)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError):
            counters["sockerr"] += 1
            return False
        lat.append(time.perf_counter_ns() - t0)
        statuses[status] += 1
        if status == 200 and expected[b] is not None and body != expected[b]:
            counters["bad_body"] += 1
        return not close

    def first(ci: int):
        c = initial[ci]
        if isinstance(c, BaseException):
            counters["sockerr"] += 1
            return None, None
        return c

    async def closed_loop(ci: int):
        reader, writer = first(ci)
        while time.perf_counter_ns() < deadline and counters["sent"] < limit:
            if writer is None:
                try:
                    reader, writer = await connect()
                except OSError:
                    counters["sockerr"] += 1
                    await asyncio.sleep(0.05)
                    continue
            n = counters["sent"]
            counters["sent"] += 1
            if not await one(reader, writer, n, time.perf_counter_ns()):
                writer.close()
                reader = writer = None
        if writer is not None:
            writer.close()

    async def open_loop(ci: int):
        interval = int(conns / open_rate * 1e9)
        due = t_start + int(rng.random() * interval)
        reader, writer = first(ci)
        while due < deadline and counters["sent"] < limit:
            now = time.perf_counter_ns()
            if due > now:
                await asyncio.sleep((due - now) / 1e9)
            if writer is None:
                try:
                    reader, writer = await connect()
                except OSError:
                    counters["sockerr"] += 1
                    due += interval
                    continue
            n = counters["sent"]
            counters["sent"] += 1
            if not await one(reader, writer, n, due):
                writer.close()
                reader = writer = None
            due += interval
        if writer is not None:
            writer.close()

    worker = open_loop if open_rate > 0 else closed_loop
    await asyncio.gather(*(worker(i) for i in range(conns)))
    elapsed = (time.perf_counter_ns() - t_start) / 1e9
    ru = os.times()
    return {"elapsed": elapsed, "latencies_ns": _percentiles(lat), "statuses": dict(statuses),
            "sockerr": counters["sockerr"], "bad_body": counters["bad_body"],
            "cpu": ru.user + ru.system}  # the whole client process, start-up included


def _percentiles(lat: list[int]) -> dict:
    if not lat:
        return {}
    lat.sort()
    n = len(lat)

    def p(q: float) -> int:
        return lat[min(n - 1, max(0, math.ceil(q / 100.0 * n) - 1))]

    return {"n": n, "p50": p(50), "p90": p(90), "p99": p(99), "max": lat[-1]}


def _run_client_process(cfg_path: str) -> None:
    with open(cfg_path, encoding="utf-8") as fh:
        cfg = json.load(fh)
    try:
        import uvloop  # the same event loop uvicorn uses when it is installed

        runner = uvloop.run
    except ImportError:  # pragma: no cover
        runner = asyncio.run
    print(json.dumps(runner(_client_main(cfg))), flush=True)


# ---------------------------------------------------------------- stub server (client's ceiling)


def _run_stub_process(port: int) -> None:
    body = json.dumps({"text": "您好，您的订单已经出库了，预计明天送达", "pack": "jd", "version": "0" * 12,
                       "findings": []}, ensure_ascii=False).encode("utf-8") * 2
    resp = (b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body)

    async def handle(reader, writer):
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                low = head.lower()
                i = low.find(b"\r\ncontent-length:")
                j = low.find(b"\r\n", i + 2)
                await reader.readexactly(int(low[i + 17:j]))
                writer.write(resp)
        except (OSError, asyncio.IncompleteReadError, ValueError):
            writer.close()

    async def main():
        server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=1024)
        print("ready", flush=True)
        async with server:
            await server.serve_forever()

    try:
        import uvloop

        uvloop.run(main())
    except ImportError:  # pragma: no cover
        asyncio.run(main())


# ===================================================================================== the server


def machine_busy_seconds() -> float:
    """CPU seconds all CPUs spent not idle since boot (/proc/stat), to see other load on the machine."""
    try:
        with open("/proc/stat") as fh:
            v = [int(x) for x in fh.readline().split()[1:]]
        return (sum(v[:8]) - v[3] - v[4]) / CLK_TCK  # user..steal minus idle, iowait
    except (OSError, ValueError, IndexError):
        return float("nan")


def tcp_retransmits() -> int:
    """Machine-wide TCP segments retransmitted since boot (/proc/net/snmp).  On loopback a
    retransmission costs at least the 200 ms minimum RTO, so a few of them make a latency tail."""
    try:
        with open("/proc/net/snmp") as fh:
            rows = [line.split() for line in fh if line.startswith("Tcp:")]
        return int(rows[1][rows[0].index("RetransSegs")])
    except (OSError, ValueError, IndexError):
        return -1


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def zhijian_command() -> list[str]:
    script = os.path.join(os.path.dirname(sys.executable), "zhijian")
    if os.path.exists(script):
        return [script]
    found = shutil.which("zhijian")
    return [found] if found else [sys.executable, "-c", "from zhijian.cli import main; main()"]


def http_json(url: str, body: dict | None = None, key: str | None = None, timeout: float = 30.0) -> tuple[int, bytes]:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8") if body is not None else None
    req = urllib.request.Request(url, data=data, method="POST" if data is not None else "GET")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if key:
        req.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def process_cpu_seconds(pid: int) -> float:
    """user + system CPU of one process (all its threads), from /proc."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK
    except (OSError, ValueError, IndexError):
        return float("nan")


class Stub:
    """The stub server's process, with the one method run_python() needs."""

    def __init__(self, proc: subprocess.Popen):
        self.proc = proc

    def cpu_seconds(self) -> float:
        return process_cpu_seconds(self.proc.pid)


class Server:
    """``zhijian serve`` in a fresh temp data dir on a free loopback port; ``stop()`` always ends it."""

    def __init__(self, extra: list[str], label: str):
        self.extra, self.label = extra, label
        self.proc: subprocess.Popen | None = None
        self.dir = tempfile.mkdtemp(prefix="zj-bench-service-")
        self.port = 0
        self.admin_key = ""
        self.cmd: list[str] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        data_dir = os.path.join(self.dir, "data")
        for attempt in range(3):
            self.port = free_port()
            self.cmd = zhijian_command() + ["serve", "--port", str(self.port), "--data-dir", data_dir] + self.extra
            log = open(os.path.join(self.dir, f"server-{attempt}.log"), "wb")
            self.proc = subprocess.Popen(self.cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            log.close()
            t0 = time.monotonic()
            while time.monotonic() - t0 < 90:
                if self.proc.poll() is not None:
                    break
                try:
                    if http_json(self.base + "/api/v1/health", timeout=2)[0] == 200:
                        with open(os.path.join(data_dir, "admin.key"), encoding="utf-8") as fh:
                            self.admin_key = fh.read().strip()
                        self.start_s = time.monotonic() - t0
                        return
                except (OSError, urllib.error.URLError):
                    pass
                time.sleep(0.2)
            tail = self.log_tail(attempt)
            self.stop(keep_dir=True)
            if "address already in use" not in tail.lower():
                break
        raise RuntimeError(f"server did not start: {' '.join(self.cmd)}\n{tail}")

    def log_tail(self, attempt: int = 0, n: int = 2000) -> str:
        try:
            with open(os.path.join(self.dir, f"server-{attempt}.log"), "rb") as fh:
                return fh.read()[-n:].decode("utf-8", "replace")
        except OSError:
            return ""

    def cpu_seconds(self) -> float:
        """user + system CPU of the server process (all its threads)."""
        return process_cpu_seconds(self.proc.pid) if self.proc is not None else float("nan")

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, keep_dir: bool = False) -> None:
        p, self.proc = self.proc, None
        if p is not None and p.poll() is None:
            p.terminate()  # uvicorn shuts down gracefully on SIGTERM
            try:
                p.wait(15)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(5)
        if not keep_dir:
            shutil.rmtree(self.dir, ignore_errors=True)


# ====================================================================================== the runs


@dataclass
class Result:
    tool: str
    conc: int
    requests: int = 0
    ok: int = 0
    s429: int = 0
    other: int = 0  # other non-200 statuses
    sockerr: int = 0  # connect/read/write errors and timeouts
    bad_body: int = 0  # 200 with a body different from the one recorded before the load (Python only)
    elapsed: float = 0.0
    p50: float = float("nan")
    p90: float = float("nan")
    p99: float = float("nan")
    max: float = float("nan")
    server_cpu: float = float("nan")  # percent of one core
    client_cpu: float = float("nan")
    other_cpu: float = float("nan")  # everything else on the machine (other processes), percent of one core
    retrans: int = -1  # TCP retransmissions on the machine during the run
    note: str = ""
    statuses: dict = field(default_factory=dict)

    @property
    def errors(self) -> int:
        return self.s429 + self.other + self.sockerr + self.bad_body

    @property
    def rps(self) -> float:
        return self.requests / self.elapsed if self.elapsed else 0.0

    @property
    def ok_rps(self) -> float:
        return self.ok / self.elapsed if self.elapsed else 0.0


WRK_LUA = r"""
-- generated by benchmarks/bench_service.py
local bodies = {
%(bodies)s
}
local keys = {
%(keys)s
}
local nb, nk = #bodies, #keys
local limit, n, sent = 0, 0, 0
n200, n429, nother = 0, 0, 0
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  limit = tonumber(args[1]) or 0
  sent = (tid or 0) * 7919
end

function request()
  sent = sent + 1
  local hdrs = {}
  hdrs["Content-Type"] = "application/json"
  hdrs["Authorization"] = "Bearer " .. keys[(sent %% nk) + 1]
  return wrk.format("POST", "%(path)s", hdrs, bodies[(sent %% nb) + 1])
end

function response(status, headers, body)
  n = n + 1
  if status == 200 then n200 = n200 + 1 elseif status == 429 then n429 = n429 + 1 else nother = nother + 1 end
  if limit > 0 and n >= limit then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local a, b, c = 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + (t:get("n200") or 0); b = b + (t:get("n429") or 0); c = c + (t:get("nother") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %%d, "duration_us": %%d, "n200": %%d, "n429": %%d, "nother": %%d, ' ..
    '"connect": %%d, "read": %%d, "write": %%d, "timeout": %%d, "status": %%d, ' ..
    '"p50": %%d, "p90": %%d, "p99": %%d, "max": %%d}\n',
    summary.requests, summary.duration, a, b, c, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
"""


def _lua_long_string(s: str) -> str:
    level = "=" * 3
    while f"]{level}]" in s:
        level += "="
    return f"[{level}[{s}]{level}]"


class Runner:
    def __init__(self, args, bodies: list[str], workdir: str):
        self.args, self.bodies, self.workdir = args, bodies, workdir
        self.wrk = shutil.which("wrk")

    # -- wrk -----------------------------------------------------------------------------------
    def run_wrk(self, server: Server, conc: int, keys: list[str], duration: float, limit: int) -> Result:
        lua = os.path.join(self.workdir, f"check-{server.port}-{len(keys)}keys.lua")  # keys differ per server
        if not os.path.exists(lua):
            with open(lua, "w", encoding="utf-8") as fh:
                fh.write(WRK_LUA % {
                    "bodies": ",\n".join("  " + _lua_long_string(b) for b in self.bodies),
                    "keys": ",\n".join(f'  "{k}"' for k in keys), "path": PATH})
        threads = 1
        cmd = [self.wrk, "-t", str(threads), "-c", str(conc), "-d", f"{max(1, round(duration))}s",
               "--timeout", f"{int(REQUEST_TIMEOUT_S)}s", "-s", lua, server.base + PATH, "--", str(limit)]
        cpu0, busy0, rtx0 = server.cpu_seconds(), machine_busy_seconds(), tcp_retransmits()
        t0 = time.monotonic()
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        _children.add(p)
        _, status, ru = os.wait4(p.pid, 0)  # output is a few lines: the pipe cannot fill up
        p.returncode = os.waitstatus_to_exitcode(status)
        _children.discard(p)
        wall = time.monotonic() - t0
        cpu1, busy1, rtx1 = server.cpu_seconds(), machine_busy_seconds(), tcp_retransmits()
        out = p.stdout.read().decode("utf-8", "replace")
        p.stdout.close()
        m = re.search(r"^WRKJSON (\{.*\})$", out, re.M)
        if not m:
            raise RuntimeError(f"wrk failed (exit {p.returncode}):\n{out}")
        d = json.loads(m.group(1))
        elapsed = d["duration_us"] / 1e6
        sockerr = d["connect"] + d["read"] + d["write"] + d["timeout"]
        return Result("wrk", conc, requests=d["requests"], ok=d["n200"], s429=d["n429"], other=d["nother"],
                      sockerr=sockerr, elapsed=elapsed, p50=d["p50"] / 1e3, p90=d["p90"] / 1e3,
                      p99=d["p99"] / 1e3, max=d["max"] / 1e3,
                      server_cpu=100 * (cpu1 - cpu0) / wall, client_cpu=100 * (ru.ru_utime + ru.ru_stime) / wall,
                      other_cpu=100 * ((busy1 - busy0) - (cpu1 - cpu0) - (ru.ru_utime + ru.ru_stime)) / wall,
                      retrans=rtx1 - rtx0 if min(rtx0, rtx1) >= 0 else -1)

    # -- Python asyncio client -------------------------------------------------------------------
    def run_python(self, host: str, port: int, conc: int, keys: list[str], duration: float, limit: int,
                   expected: list[str] | None = None, open_rate: float = 0.0, server: Server | Stub | None = None,
                   path: str = PATH, tool: str = "python") -> Result:
        cfg = {"host": host, "port": port, "connections": conc, "bodies": self.bodies, "expected": expected,
               "keys": keys, "duration": duration, "max_requests": limit, "open_rate": open_rate, "path": path}
        cfg_path = os.path.join(self.workdir, "client.json")
        with open(cfg_path, "w", encoding="utf-8") as fh:
            json.dump(cfg, fh, ensure_ascii=False)
        cpu0 = server.cpu_seconds() if server else 0.0
        busy0, rtx0 = machine_busy_seconds(), tcp_retransmits()
        t0 = time.monotonic()
        p = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--_client", cfg_path],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        _children.add(p)
        try:
            out, err = p.communicate(timeout=duration + 4 * REQUEST_TIMEOUT_S + 30)
        finally:
            if p.poll() is None:
                p.kill()
                p.wait()
            _children.discard(p)
        wall = time.monotonic() - t0
        cpu1 = server.cpu_seconds() if server else 0.0
        busy1, rtx1 = machine_busy_seconds(), tcp_retransmits()
        if p.returncode != 0:
            raise RuntimeError(f"Python client failed (exit {p.returncode}):\n{err.decode('utf-8', 'replace')[-3000:]}")
        d = json.loads(out.decode("utf-8").strip().splitlines()[-1])
        st = {int(k): v for k, v in d["statuses"].items()}
        lat = d["latencies_ns"]
        ok = st.get(200, 0)
        r = Result(tool, conc, requests=sum(st.values()), ok=ok, s429=st.get(429, 0),
                   other=sum(v for k, v in st.items() if k not in (200, 429)), sockerr=d["sockerr"],
                   bad_body=d["bad_body"], elapsed=d["elapsed"], statuses=st,
                   server_cpu=100 * (cpu1 - cpu0) / wall if server else float("nan"),
                   client_cpu=100 * d["cpu"] / wall,
                   other_cpu=100 * ((busy1 - busy0) - (cpu1 - cpu0) - d["cpu"]) / wall,
                   retrans=rtx1 - rtx0 if min(rtx0, rtx1) >= 0 else -1)
        if lat:
            r.p50, r.p90, r.p99, r.max = (lat[k] / 1e6 for k in ("p50", "p90", "p99", "max"))
        return r


# ----------------------------------------------------------------------------------- the output


def fmt_ms(x: float) -> str:
    if x != x:
        return "-"
    return f"{x:.1f}" if x >= 10 else f"{x:.2f}"


def table(results: list[Result], first_col: str = "conc") -> str:
    cols = [first_col, "tool", "requests", "errors", "429", "other", "req/s", "200/s",
            "p50 ms", "p90 ms", "p99 ms", "max ms", "srv CPU", "cli CPU", "oth CPU", "TCP rtx"]
    rows = []
    for r in results:
        other = r.other + r.sockerr + r.bad_body
        rows.append([r.note or str(r.conc), r.tool, f"{r.requests:,}", f"{r.errors:,}", f"{r.s429:,}", f"{other:,}",
                     f"{r.rps:,.0f}", f"{r.ok_rps:,.0f}", fmt_ms(r.p50), fmt_ms(r.p90), fmt_ms(r.p99), fmt_ms(r.max),
                     f"{r.server_cpu:.0f}%" if r.server_cpu == r.server_cpu else "-",
                     f"{r.client_cpu:.0f}%" if r.client_cpu == r.client_cpu else "-",
                     f"{max(0.0, r.other_cpu):.0f}%" if r.other_cpu == r.other_cpu else "-",
                     f"{r.retrans:,}" if r.retrans >= 0 else "-"])
    widths = [max(len(c), *(len(row[i]) for row in rows)) if rows else len(c) for i, c in enumerate(cols)]
    line = "  ".join(c.rjust(w) for c, w in zip(cols, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    for row in rows:
        out.append("  ".join(v.rjust(w) for v, w in zip(row, widths)))
    return "\n".join(out)


def say(*a) -> None:
    print(*a, flush=True)


# ------------------------------------------------------------------------------------ profiling

BUCKETS = [  # (label, patterns): a GIL sample goes to the bucket of its INNERMOST frame that matches one
    ("rules engine (Inspector.check, normalise, matcher …)", ("(zhijian/",)),  # zhijian/service/* is below
    ("API key lookup: find_key, SQLAlchemy + SQLite", ("find_key", "sqlalchemy/", "sqlite3")),
    ("rate limiter", ("RateLimiter.",)),
    ("response: jsonable_encoder, JSON dumps, render", ("jsonable_encoder", "serialize_response", "json/encoder.py",
                                                       "dumps (json/", "render (starlette/")),
    ("request: body read, JSON parse, pydantic", ("Request.json", "Request.body", "Request.stream", "pydantic",
                                                   "request_body_to_args", "_validate_value", "json/decoder.py",
                                                   "loads (json/")),
    ("thread-pool hand-offs (sync def dependencies + endpoint)", ("threading.py", "queue.py", "to_thread.py",
                                                                  "run_sync_in_worker_thread", "WorkerThread",
                                                                  "CapacityLimiter", "run_in_threadpool")),
    ("BaseHTTPMiddleware (BodyLimit)", ("starlette/middleware/base.py", "BodyLimit")),
    ("event loop (asyncio/uvloop run loop, socket I/O in C)", ("(asyncio/runners.py", "(asyncio/base_events.py")),
    ("uvicorn HTTP/1.1 protocol (httptools), transport writes", ("uvicorn/",)),
    ("FastAPI/Starlette routing, dependency solving, anyio", ("fastapi/", "starlette/", "anyio/", "contextlib.py")),
]
_SERVICE_FRAME = re.compile(r"\((?:zhijian/service/|zhijian/cli/)")


def _bucket_of(frame: str) -> str | None:
    for label, pats in BUCKETS:
        if any(p in frame for p in pats):
            if pats[0] == "(zhijian/" and _SERVICE_FRAME.search(frame):
                continue  # the service's own glue, not the rules engine
            return label
    return None


def summarize_profile(raw_path: str) -> list[tuple[str, float]]:
    """py-spy ``-f raw`` (collapsed stacks, root first) -> [(bucket, % of samples)]."""
    counts: Counter = Counter()
    total = 0
    with open(raw_path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            stack, _, n = line.rstrip("\n").rpartition(" ")
            if not stack or not n.isdigit():
                continue
            total += int(n)
            for frame in reversed(stack.split(";")):
                label = _bucket_of(frame)
                if label:
                    break
            else:
                label = "other"
            counts[label] += int(n)
    return [(label, 100.0 * c / total) for label, c in counts.most_common()] if total else []


# ========================================================================================== main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--levels", default="1,10,50,200", help="concurrent connections, comma-separated")
    ap.add_argument("--duration", type=float, default=10.0, help="seconds per run")
    ap.add_argument("--max-requests", type=int, default=200_000, help="request bound per run")
    ap.add_argument("--messages", type=int, default=400, help="distinct messages")
    ap.add_argument("--client", choices=("auto", "wrk", "python", "both"), default="auto")
    ap.add_argument("--phases", default="shared,perkey,norate,open")
    ap.add_argument("--open-rates", default="50,100,200,400", help="requests/s (all connections together)")
    ap.add_argument("--server-arg", action="append", default=[], metavar="ARG",
                    help="extra argument for every zhijian serve (repeatable), e.g. --server-arg=--workers=2")
    ap.add_argument("--profile", action="store_true", help="py-spy the server during the norate run at max level")
    ap.add_argument("--py-spy", default=shutil.which("py-spy") or "", metavar="PATH")
    ap.add_argument("--profile-out", default="", metavar="FILE", help="keep py-spy's raw (collapsed) stacks here")
    ap.add_argument("--_client", help=argparse.SUPPRESS)
    ap.add_argument("--_stub", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._client:
        _run_client_process(args._client)
        return 0
    if args._stub:
        _run_stub_process(args._stub)
        return 0

    levels = [int(x) for x in args.levels.split(",") if x.strip()]
    phases = [x.strip() for x in args.phases.split(",") if x.strip()]
    open_rates = [float(x) for x in args.open_rates.split(",") if x.strip()]
    unknown = set(phases) - {"shared", "perkey", "norate", "open"}
    if unknown or not levels or min(levels) < 1:
        ap.error(f"bad --phases or --levels ({', '.join(sorted(unknown))})")
    have_wrk = shutil.which("wrk") is not None
    if args.client == "wrk" and not have_wrk:
        ap.error("wrk is not installed (apt-get install wrk), use --client python")
    use_wrk = have_wrk and args.client in ("auto", "wrk", "both")
    use_py_all = args.client in ("python", "both") or not have_wrk
    use_py_norate = use_py_all or args.client == "auto"

    def _stop(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGHUP, _stop)

    import corpus  # benchmarks/corpus.py

    c = corpus.generate(args.messages, seed=20240607, violation_rate=0.25, min_len=10, max_len=60)
    bodies = [json.dumps({"text": m}, ensure_ascii=False) for m in c.messages]
    workdir = tempfile.mkdtemp(prefix="zj-bench-client-")
    runner = Runner(args, bodies, workdir)
    servers: list[Server] = []
    all_results: dict[str, list[Result]] = {}
    status = 0

    try:
        import platform

        import uvicorn

        say(f"machine: {os.cpu_count()} CPUs, {platform.platform()}, Python {platform.python_version()}, "
            f"uvicorn {uvicorn.__version__}; wrk: {'yes' if have_wrk else 'not installed'}; "
            f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (other processes share the CPUs)")
        say(f"load: {len(bodies)} distinct messages, {min(map(len, c.messages))}-{max(map(len, c.messages))} chars, "
            f"{sum(1 for k in c.injected if k)} with an injected violation; {args.duration:g} s or "
            f"{args.max_requests:,} requests per run; latency = request written -> whole response read")

        need_perkey = max(levels) if any(p in phases for p in ("perkey", "open")) else 1

        def start(extra: list[str], label: str) -> tuple[Server, list[str], list[str]]:
            srv = Server(extra + args.server_arg, label)
            servers.append(srv)
            srv.start()
            say(f"\nserver [{label}]: {' '.join(srv.cmd)}  (ready in {srv.start_s:.1f} s)")
            keys = []
            for i in range(max(1, need_perkey)):
                st, body = http_json(srv.base + "/api/v1/keys", {"name": f"bench-agent-{i}", "role": "agent"},
                                     srv.admin_key)
                if st != 201:
                    raise RuntimeError(f"creating an agent key failed: HTTP {st} {body[:300]!r}")
                keys.append(json.loads(body)["key"])
            # warm-up: every message once (builds the rule engine), over many keys so the
            # limiter is not hit; the answers are the expected bodies for the Python client.
            expected, flagged = [], 0
            t0 = time.monotonic()
            for i, b in enumerate(bodies):
                st, resp = http_json(srv.base + PATH, json.loads(b), keys[i % len(keys)])
                if st == 429:
                    time.sleep(1.0)
                    st, resp = http_json(srv.base + PATH, json.loads(b), srv.admin_key)
                if st != 200:
                    raise RuntimeError(f"warm-up request failed: HTTP {st} {resp[:300]!r}")
                expected.append(resp.decode("utf-8"))
                flagged += bool(json.loads(resp)["findings"])
            say(f"  {len(keys)} agent key(s) created; warm-up: {len(bodies)} requests one at a time in "
                f"{time.monotonic() - t0:.1f} s, {flagged} of {len(bodies)} messages flagged by the server")
            time.sleep(2.5)  # token buckets refill (burst 400)
            return srv, keys, expected

        def closed(srv: Server, label: str, keysets, tools: list[str], expected) -> None:
            for tool in tools:
                res = []
                for conc in levels:
                    keys = keysets(conc)
                    if tool == "wrk":
                        r = runner.run_wrk(srv, conc, keys, args.duration, args.max_requests)
                    else:
                        r = runner.run_python("127.0.0.1", srv.port, conc, keys, args.duration, args.max_requests,
                                              expected=expected, server=srv)
                    res.append(r)
                    say(f"  {tool:6} C={conc:<4} {r.requests:>8,} req  {r.rps:>7,.0f}/s  errors {r.errors:,}  "
                        f"p99 {fmt_ms(r.p99)} ms")
                    if not srv.alive():
                        raise RuntimeError(f"the server died during the run:\n{srv.log_tail()}")
                    time.sleep(2.5)
                all_results[f"{label} [{tool}]"] = res

        # 0. the Python client's own ceiling, against a stub that answers instantly
        if use_py_all or use_py_norate:
            port = free_port()
            stub = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--_stub", str(port)],
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            _children.add(stub)
            try:
                stub.stdout.readline()
                res = []
                for conc in sorted({1, max(levels)}):
                    r = runner.run_python("127.0.0.1", port, conc, ["stub"], min(5.0, args.duration),
                                          args.max_requests, server=Stub(stub), tool="python")
                    r.note = f"stub C={conc}"
                    res.append(r)
                all_results["client ceiling: Python client vs a stub server that answers at once"] = res
            finally:
                stub.terminate()
                stub.wait(10)
                _children.discard(stub)
            say("Python client ceiling (stub server): "
                + ", ".join(f"C={r.conc}: {r.rps:,.0f} req/s at {r.client_cpu:.0f}% CPU" for r in res))

        tools_default = (["wrk"] if use_wrk else []) + (["python"] if use_py_all else [])
        if any(p in phases for p in ("shared", "perkey", "open")):
            srv, keys, expected = start([], "default settings")
            if "shared" in phases:
                say("phase shared: one agent key for all connections (default limit 200/s, burst 400 per key)")
                closed(srv, "shared: default server, ONE key for all connections", lambda conc: keys[:1],
                       tools_default, expected)
            if "perkey" in phases:
                say("phase perkey: one agent key per connection")
                closed(srv, "perkey: default server, one key per connection", lambda conc: keys[:conc],
                       tools_default, expected)
            if "open" in phases:
                conc = max(levels)
                say(f"phase open: {conc} connections, one key each, fixed total request rate (Python client)")
                res = []
                for rate in open_rates:
                    r = runner.run_python("127.0.0.1", srv.port, conc, keys[:conc], args.duration, args.max_requests,
                                          expected=expected, open_rate=rate, server=srv, tool="py-open")
                    r.note = f"{conc} @ {rate:g}/s"
                    res.append(r)
                    say(f"  open   {r.note:<12} {r.requests:>8,} req  errors {r.errors:,}  p99 {fmt_ms(r.p99)} ms")
                    time.sleep(2.5)
                all_results[f"open: default server, {conc} connections with one key each, fixed total rate "
                            f"(latency from the time each request was due)"] = res
            srv.stop()

        if "norate" in phases:
            srv, keys, expected = start(["--rate", "0"], "--rate 0")
            tools = (["wrk"] if use_wrk else []) + (["python"] if use_py_norate else [])
            prof = None
            if args.profile:
                if not args.py_spy or not os.path.exists(args.py_spy):
                    say("  --profile: py-spy not found (pip install py-spy, or --py-spy PATH); no profile")
                else:
                    prof = args.profile_out or os.path.join(workdir, "server-profile.txt")
            for tool in tools:
                res = []
                for conc in levels:
                    spy = None
                    if prof and tool == tools[0] and conc == max(levels):
                        spy = subprocess.Popen([args.py_spy, "record", "-p", str(srv.proc.pid), "--gil",
                                                "--nonblocking", "-r", "250", "-d", str(max(1, int(args.duration) - 1)),
                                                "-f", "raw", "-o", prof], stdout=subprocess.DEVNULL,
                                               stderr=subprocess.PIPE)
                        _children.add(spy)
                    if tool == "wrk":
                        r = runner.run_wrk(srv, conc, keys[:1], args.duration, args.max_requests)
                    else:
                        r = runner.run_python("127.0.0.1", srv.port, conc, keys[:1], args.duration,
                                              args.max_requests, expected=expected, server=srv)
                    if spy is not None:
                        try:
                            spy.wait(30)
                        finally:
                            if spy.poll() is None:
                                spy.kill()
                                spy.wait()
                            _children.discard(spy)
                    res.append(r)
                    say(f"  {tool:6} C={conc:<4} {r.requests:>8,} req  {r.rps:>7,.0f}/s  errors {r.errors:,}  "
                        f"p99 {fmt_ms(r.p99)} ms")
                    if not srv.alive():
                        raise RuntimeError(f"the server died during the run:\n{srv.log_tail()}")
                    time.sleep(2.5)
                all_results[f"norate: server with --rate 0, one key [{tool}]"] = res
            srv.stop()
            if prof and os.path.exists(prof):
                rows = summarize_profile(prof)
                all_results["__profile__"] = rows  # type: ignore[assignment]

    except (RuntimeError, OSError) as e:
        say(f"\nFAILED: {e}")
        status = 2
    except KeyboardInterrupt:
        say("\ninterrupted")
        status = 130
    finally:
        for p in list(_children):
            if p.poll() is None:
                p.kill()
                p.wait()
        for srv in servers:
            srv.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    # -- report ---------------------------------------------------------------------------------
    profile = all_results.pop("__profile__", None)
    say("\n" + "=" * 100)
    say("POST /api/v1/check on loopback. errors = every response that is not 200 (429 = rate limited; other =\n"
        "other statuses + socket errors/timeouts + 200s with a wrong body). Latency over all responses.\n"
        "srv CPU / cli CPU / oth CPU = CPU used by the server process / the load generator / everything else on\n"
        f"the machine (other people's processes), in % of one core; the machine has {os.cpu_count()} CPUs.\n"
        "TCP rtx = TCP segments retransmitted on the machine during the run: each costs >= 200 ms (minimum RTO)\n"
        "on loopback, so a few of them give a p99/max tail of TCP timeouts (here seen when the server is saturated).")
    for label, res in all_results.items():
        say(f"\n{label}")
        say(table(res, "conc"))
    if profile:
        say(f"\nwhere the server's CPU goes (py-spy --gil, norate run at C={max(levels)}; share of samples):")
        for lbl, pct in profile:
            say(f"  {pct:5.1f}%  {lbl}")

    say(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    # -- verdict ----------------------------------------------------------------------------------
    if all_results:
        say(f"\ntarget: p99 < {TARGET_P99_MS:g} ms at {TARGET_CONC} concurrent connections, no errors")
        for label, res in all_results.items():
            if label.startswith("client ceiling"):
                continue
            for r in res:
                if r.conc != TARGET_CONC:
                    continue
                met = r.p99 < TARGET_P99_MS and r.errors == 0
                say(f"  {'MET    ' if met else 'NOT MET'}  {label.split(':')[0]:7} {r.note or 'C=' + str(r.conc):>14} "
                    f"[{r.tool}]: p99 {fmt_ms(r.p99)} ms, {r.errors:,} errors of {r.requests:,}, {r.ok_rps:,.0f} ok/s")
        best = max((r.ok_rps for k, res in all_results.items() if not k.startswith("client") for r in res
                    if not r.note), default=0)
        if best:
            say(f"  closed loop: C connections that each wait for the answer give mean latency = C / throughput "
                f"(Little's law), so p99 < {TARGET_P99_MS:g} ms at C={TARGET_CONC} needs well over "
                f"{TARGET_CONC / (TARGET_P99_MS / 1000):,.0f} req/s; the best measured here is {best:,.0f} req/s.")
    return status


if __name__ == "__main__":
    sys.exit(main())
