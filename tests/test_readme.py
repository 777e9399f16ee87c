"""Every command in README.md runs (issue 10 item 17).

The README's ```bash blocks are read at test time, one command a line (a trailing ``# …`` is a
comment), and run with bash in a temporary folder that holds a copy of the repository's
``examples/`` and links to its ``.venv``, ``benchmarks/``, ``Makefile`` inputs and ``../shared``,
with the venv's ``zhijian`` first on PATH.  What cannot finish by itself is started and stopped:

* ``zhijian serve --demo &`` is started on a free port (the block's ``localhost:8000`` follows it),
  waited for, and stopped when the block is done;
* ``make demo`` runs in a copy of the repository (same venv) until the service says it listens,
  then is stopped; the demo report must exist by then;
* ``make test`` and ``make bench`` are run with ``make -n`` (they are this very suite and the
  multi-minute benchmarks); the benchmark scripts are run with ``--help`` (argparse: they start and
  exit).

The ```python block is run as it is, and every ``# → …`` line in it must be exactly what the
``print`` just before it printed.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
VENV_BIN = Path(sys.executable).parent
LONG_MAKE = {"make test", "make bench"}  # run as `make -n`: the suite itself, and minutes of benchmarks


def blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", README.read_text(encoding="utf-8"), re.S | re.M)


def commands(block: str) -> list[str]:
    out = []
    for line in block.splitlines():
        line = re.split(r"\s{2,}#\s|\s+#\s(?=[^'\"]*$)", line, maxsplit=1)[0].strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def work(tmp_path):
    """A folder laid out like the repository next to ../shared, with its own copy of examples/."""
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copytree(ROOT / "examples", repo / "examples")
    for name in (".venv", "benchmarks", "training", "zhijian", "docs"):
        if (ROOT / name).exists():
            (repo / name).symlink_to(ROOT / name)
    shared = ROOT.parent / "shared"
    if shared.exists():
        (tmp_path / "shared").symlink_to(shared)
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}", "COLUMNS": "120",
           "PYTHONIOENCODING": "utf-8", "ZHIJIAN_DATA_DIR": str(repo / "data")}
    env.pop("VIRTUAL_ENV", None)
    return repo, env


def bash(cmd: str, cwd: Path, env: dict, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def expected_status(cmd: str) -> set[int]:
    return {1} if "--fail-on" in cmd else {0}


def test_readme_has_no_missing_files():
    text = README.read_text(encoding="utf-8")
    for missing in ("logs.jsonl", "msgs.txt", "chats.xlsx", "customer.txt "):
        assert missing not in text.replace("examples/customer.txt", ""), missing
    assert not re.search(r"(?<![/\w])spec/", text), "the contract is shipped in docs/spec/"
    for path in set(re.findall(r"(?<![\w/.])(?:examples|docs/spec|benchmarks|tools)/[\w./-]+\w", text)):
        assert (ROOT / path).exists(), path


def test_every_cli_command_in_the_readme_runs(work):
    repo, env = work
    ran = 0
    for block in blocks("bash"):
        cmds = commands(block)
        if any("zhijian serve" in c for c in cmds):
            continue  # test_service_block
        for cmd in cmds:
            if cmd.startswith(". ") or cmd.startswith("source "):
                continue  # the venv is on PATH already
            if cmd in LONG_MAKE:
                p = bash(cmd.replace("make", "make -n", 1), ROOT, env)
                assert p.returncode == 0, (cmd, p.stderr)
                ran += 1
                continue
            if cmd.startswith("make demo"):
                _make_demo(env)
                ran += 1
                continue
            if re.match(r"(\.venv/bin/)?python3? benchmarks/\w+\.py$", cmd.split("  ")[0]) or \
                    re.match(r"^\.venv/bin/python benchmarks/", cmd):
                cmd += " --help"
            p = bash(cmd, repo, env)
            assert p.returncode in expected_status(cmd), f"{cmd}\n退出码 {p.returncode}\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}"
            ran += 1
    assert ran >= 20
    assert (repo / "scores.jsonl").stat().st_size > 0 and (repo / "report.html").exists()


def _make_demo(env: dict) -> None:
    """``make demo`` in a copy of the repository (same venv), stopped once the service listens."""
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        copy = Path(d) / "repo"
        shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv", ".git", "data", "*.db", "__pycache__",
                                                                  ".pytest_cache", "demo-report.*", "node_modules"))
        os.utime(copy / "pyproject.toml", (0, 0))  # the venv is up to date: `make setup` must not reinstall
        port = free_port()
        proc = subprocess.Popen(["make", "demo", f"VENV={ROOT / '.venv'}", f"PORT={port}"], cwd=copy, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
        try:
            deadline = time.time() + 300
            while time.time() < deadline:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=1):
                        break
                except OSError:
                    assert proc.poll() is None, proc.stdout.read()
                    time.sleep(0.5)
            else:
                pytest.fail("make demo: 服务没有在 300 秒内启动")
            assert (copy / "demo-report.html").exists() and (copy / "demo-report.xlsx").exists()
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)


def test_service_block(work):
    repo, env = work
    (block,) = [b for b in blocks("bash") if "zhijian serve" in b]
    port = free_port()
    lines = []
    for cmd in commands(block):
        cmd = cmd.replace("localhost:8000", f"localhost:{port}")
        if cmd.startswith("zhijian serve") and cmd.endswith("&"):
            lines.append(cmd[:-1].strip() + f" --port {port} > serve.log 2>&1 &")
            lines.append("SERVE=$!")
            lines.append(f"for i in $(seq 600); do (exec 3<>/dev/tcp/127.0.0.1/{port}) 2>/dev/null && break; sleep 0.2; done")
            continue
        lines.append(cmd + ' || { echo "失败：$?"; kill $SERVE; exit 1; }')
        if cmd.startswith("curl"):
            lines[-1] = cmd + " | tee curl.out"
    lines.append("kill $SERVE; wait $SERVE 2>/dev/null; true")
    p = bash("set -u\n" + "\n".join(lines), repo, env, timeout=300)
    assert p.returncode == 0, p.stdout + p.stderr + (repo / "serve.log").read_text(encoding="utf-8")
    assert '"findings"' in (repo / "curl.out").read_text(encoding="utf-8")
    assert (repo / "data" / "zhijian.db").exists()


def test_python_example_prints_what_it_says(work):
    repo, env = work
    (block,) = [b for b in blocks("python") if "from zhijian import Inspector" in b]
    p = subprocess.run([sys.executable, "-c", block], cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    expected = [line.split("# →", 1)[1].strip() for line in block.splitlines() if line.strip().startswith("# →")]
    assert expected and p.stdout.splitlines() == expected
