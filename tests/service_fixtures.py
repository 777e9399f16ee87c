"""Shared fixtures and helpers for the service tests (``test_service_api.py``, ``test_service_http.py``).

Loaded by those modules with ``pytest_plugins = ["service_fixtures"]`` (tests/ is on sys.path), so
the session-scoped PostgreSQL cluster is started at most once per test session.

* ``pg_cluster`` (session): a throw-away PostgreSQL cluster (initdb + pg_ctl) in a temporary
  directory on a free loopback port, trust auth, stopped with ``pg_ctl stop -m fast`` at the end.
  As root the cluster is created and run as the ``postgres`` system user (initdb refuses root).
  Missing binaries: skipped locally, a FAILURE when the environment variable ``CI`` is set.
  ``pg_cluster.new_database()`` returns the URL of a fresh, empty database.
* ``db_url`` (parametrised): each test once on SQLite and once on PostgreSQL.
* ``make_service(db_url, data_dir, **settings)``: a FastAPI app (``create_app``) with a
  ``TestClient`` and one key per role plus a revoked key.
* ``running_server(data_dir, db=None)``: the real ``zhijian serve`` as a subprocess on a free port,
  waits for ``/api/v1/health``; yields a ``Server`` (base URL, admin key from data-dir/admin.key);
  killed at the end.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- PostgreSQL -----------------------------------------------------------------------------------
def _pg_bindir() -> str | None:
    cands = [os.environ.get("ZHIJIAN_PG_BIN", ""), "/usr/lib/postgresql/15/bin"]
    cands += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for d in cands:
        if d and os.path.isfile(os.path.join(d, "initdb")) and os.path.isfile(os.path.join(d, "pg_ctl")):
            return d
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return os.path.dirname(initdb)
    return None


def _skip_or_fail(reason: str):
    """A PostgreSQL test that cannot run FAILS, naming what to install (never a silent skip; issue 10 item 15)."""
    pytest.fail(f"PostgreSQL 测试无法运行 / PostgreSQL tests cannot run: {reason}。"
                "需要 Debian 的 postgresql：apt-get install postgresql（或运行 tools/ensure-test-deps.sh）",
                pytrace=False)


@dataclass
class PgCluster:
    bindir: str
    root: str
    port: int
    run_as: str | None  # system user running the server (None: the current user)
    _n: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def datadir(self) -> str:
        return os.path.join(self.root, "data")

    def cmd(self, *args: str) -> list[str]:
        return (["runuser", "-u", self.run_as, "--"] if self.run_as else []) + list(args)

    def url(self, db: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def new_database(self, prefix: str = "zj") -> str:
        """A fresh, empty database; returns its URL."""
        import psycopg

        name = f"{prefix}_{os.getpid()}_{next(self._n)}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(self.cmd(os.path.join(self.bindir, "pg_ctl"), "stop", "-D", self.datadir, "-m", "fast", "-w"),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)


def start_pg_cluster() -> PgCluster:
    bindir = _pg_bindir()
    if bindir is None:
        _skip_or_fail("PostgreSQL server binaries (initdb, pg_ctl) not found; install postgresql "
                      "or set ZHIJIAN_PG_BIN")
    run_as = None
    if os.geteuid() == 0:  # initdb refuses to run as root
        try:
            run_as = pwd.getpwnam("postgres").pw_name
        except KeyError:
            _skip_or_fail("running as root and there is no 'postgres' system user to run the PostgreSQL server")
        if not shutil.which("runuser"):
            _skip_or_fail("running as root and 'runuser' is not available to drop to the 'postgres' user")
    root = tempfile.mkdtemp(prefix="zhijian-pg-")
    if run_as:
        pw = pwd.getpwnam(run_as)
        os.chown(root, pw.pw_uid, pw.pw_gid)
    port = free_port()
    cl = PgCluster(bindir, root, port, run_as)
    log = os.path.join(root, "server.log")
    r = subprocess.run(cl.cmd(os.path.join(bindir, "initdb"), "-D", cl.datadir, "-U", "postgres", "-A", "trust",
                              "-E", "UTF8", "--locale=C", "--no-sync"),
                       capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"initdb failed ({r.returncode}):\n{r.stdout}\n{r.stderr}", pytrace=False)
    opts = f"-k {root} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " \
           f"-c full_page_writes=off -c max_connections=200"
    r = subprocess.run(cl.cmd(os.path.join(bindir, "pg_ctl"), "start", "-D", cl.datadir, "-l", log, "-w",
                              "-t", "60", "-o", opts),
                       capture_output=True, text=True, timeout=90)
    if r.returncode != 0:
        text = open(log, encoding="utf-8", errors="replace").read() if os.path.exists(log) else ""
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"pg_ctl start failed ({r.returncode}):\n{r.stdout}\n{r.stderr}\n{text}", pytrace=False)
    return cl


@pytest.fixture(scope="session")
def pg_cluster():
    cl = start_pg_cluster()
    try:
        yield cl
    finally:
        cl.stop()
        shutil.rmtree(cl.root, ignore_errors=True)


# -- in-process app + keys ------------------------------------------------------------------------
@dataclass
class Service:
    app: object
    client: object
    keys: dict  # role -> key ("agent", "qa", "admin", "revoked")
    key_ids: dict  # role -> id

    def h(self, role: str | None) -> dict:
        """Request headers for a role; None = no key, 'bad' = a key that does not exist."""
        if role is None:
            return {}
        if role == "bad":
            return {"Authorization": "Bearer zj_this-key-does-not-exist"}
        return {"Authorization": f"Bearer {self.keys[role]}"}

    def close(self) -> None:
        self.client.close()
        self.app.state.jobs.shutdown(wait=True)
        self.app.state.engine.dispose()


def make_service(db_url: str, data_dir: str, **settings) -> Service:
    from fastapi.testclient import TestClient

    from zhijian.service.app import Settings, create_app
    from zhijian.service.security import create_key, revoke_key

    app = create_app(Settings(db_url=db_url, data_dir=data_dir, **settings))
    keys, ids = {}, {}
    with app.state.sessions.begin() as s:
        for role in ("agent", "qa", "admin"):
            row, key = create_key(s, f"测试{role}", role)
            keys[role], ids[role] = key, row.id
        row, key = create_key(s, "已吊销", "admin")
        keys["revoked"], ids["revoked"] = key, row.id
    with app.state.sessions.begin() as s:
        revoke_key(s, ids["revoked"])
    client = TestClient(app, raise_server_exceptions=False)
    return Service(app, client, keys, ids)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The test's database: a SQLite file, then a fresh database of the session's PostgreSQL cluster."""
    if request.param == "sqlite":
        return "sqlite:///" + str(tmp_path / "zhijian.db")
    return request.getfixturevalue("pg_cluster").new_database()


def database_at(url: str, revision: str, *statements: str) -> None:
    """A database migrated only up to ``revision`` with ``statements`` run on it (rows of that
    revision's schema), for tests of the later migrations."""
    from importlib import resources

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from zhijian.service.db import make_engine

    eng = make_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("zhijian.service").joinpath("migrations")))
    with eng.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        for sql in statements:
            conn.execute(text(sql))
    eng.dispose()


# -- the real server --------------------------------------------------------------------------------
def zhijian_exe() -> list[str]:
    exe = os.path.join(os.path.dirname(sys.executable), "zhijian")
    if os.path.isfile(exe):
        return [exe]
    found = shutil.which("zhijian")
    return [found] if found else [sys.executable, "-m", "zhijian.cli"]


@dataclass
class Server:
    url: str
    admin_key: str
    proc: subprocess.Popen
    log_path: str

    def log(self) -> str:
        with open(self.log_path, encoding="utf-8", errors="replace") as fh:
            return fh.read()

    def kill(self) -> None:
        """SIGKILL, no clean shutdown."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def request(self, method: str, path: str, key: str | None = None, body=None, headers: dict | None = None,
                timeout: float = 60) -> tuple[int, dict, bytes]:
        """(status, headers, body) over plain urllib; ``body`` dict → JSON, bytes → sent as is."""
        hdrs = dict(headers or {})
        data = None
        if isinstance(body, (dict, list)):
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            hdrs.setdefault("Content-Type", "application/json")
        elif body is not None:
            data = body
        if key:
            hdrs["Authorization"] = f"Bearer {key}"
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=hdrs)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()


def _wait_healthy(url: str, proc: subprocess.Popen, log_path: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            with open(log_path, encoding="utf-8", errors="replace") as fh:
                raise RuntimeError(f"zhijian serve exited with {proc.returncode}:\n{fh.read()}")
        try:
            with urllib.request.urlopen(url + "/api/v1/health", timeout=2) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.1)
    with open(log_path, encoding="utf-8", errors="replace") as fh:
        raise RuntimeError(f"zhijian serve did not become healthy in {timeout}s:\n{fh.read()}")


def start_server(data_dir: str, db: str | None = None, extra: tuple[str, ...] = ()) -> Server:
    port = free_port()
    os.makedirs(data_dir, exist_ok=True)
    log_path = os.path.join(os.path.dirname(os.path.abspath(data_dir)),
                            f"serve-{os.path.basename(data_dir)}-{port}.log")
    cmd = zhijian_exe() + ["serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", data_dir]
    if db:
        cmd += ["--db", db]
    cmd += list(extra)
    with open(log_path, "wb") as logf:
        proc = subprocess.Popen(cmd, stdout=logf, stderr=subprocess.STDOUT, cwd=REPO,
                                env=dict(os.environ, PYTHONUNBUFFERED="1"))
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, log_path)
        admin = ""  # no admin.key: the database already had keys on a first start with this data dir
        if os.path.exists(os.path.join(data_dir, "admin.key")):
            with open(os.path.join(data_dir, "admin.key"), encoding="utf-8") as fh:
                admin = fh.read().strip()
    except BaseException:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        raise
    return Server(url, admin, proc, log_path)


@contextlib.contextmanager
def running_server(data_dir: str, db: str | None = None, extra: tuple[str, ...] = ()):
    srv = start_server(data_dir, db, extra)
    try:
        yield srv
    finally:
        srv.kill()
