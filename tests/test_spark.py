"""``zhijian audit --engine spark`` and ``zhijian check --engine spark`` in Spark's local mode (issue 15).

On the same input the Spark run must give exactly the local run's per-chat lines (sorted: the order of
lines is the cluster's), the same aggregates, report and Excel export, and report every bad line with
file and line.  The input: 2,100 chats made from ``zhijian/data/demo_chats.jsonl`` by changing ids and
times (``benchmarks/bench_spark.chat_variants``), in three JSON Lines files with bad lines in them, and the
same chats as message rows shuffled over three CSV files and two Parquet files (each chat's messages
spread over files, out of order).  Small file blocks (256 KB) make several partitions per file, so line
numbers are counted across blocks.

One SparkSession (``local[2]``) serves the module; the commands run in this process and reuse it.  A
missing PySpark or Java is a test FAILURE naming what to install (never a skip).
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_spark as gen  # noqa: E402  (benchmarks/bench_spark.py: the chat generator)

from zhijian.batch.aggregate import Aggregate  # noqa: E402
from zhijian.batch.core import AuditSettings  # noqa: E402
from zhijian.batch.logs import read_logs  # noqa: E402
from zhijian.batch.runner import AuditRunner  # noqa: E402
from zhijian.cli import app  # noqa: E402

N_CHATS = 2100
OVERRIDES = ROOT / "examples" / "shop-overrides.yaml"


def _spark_or_fail() -> None:
    """Like service_fixtures._skip_or_fail: what cannot run fails, naming what to install."""
    for module in ("pyspark", "pyarrow", "pandas"):
        try:
            __import__(module)
        except ImportError:
            pytest.fail(f"Spark 测试无法运行 / Spark tests cannot run: 缺少 Python 包 {module}。"
                        "请安装：.venv/bin/pip install -e '.[test,e2e,spark]'（make setup 会安装）", pytrace=False)
    java_home = os.environ.get("JAVA_HOME", "")
    if shutil.which("java") is None and not os.path.exists(os.path.join(java_home, "bin", "java")):
        pytest.fail("Spark 测试无法运行 / Spark tests cannot run: 没有 Java。需要 Debian 的 openjdk-17-jre-headless："
                    "apt-get install openjdk-17-jre-headless（或运行 tools/ensure-test-deps.sh）", pytrace=False)


@pytest.fixture(scope="module")
def spark():
    _spark_or_fail()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    s = (SparkSession.builder.master("local[2]").appName("zhijian-tests")
         .config("spark.sql.shuffle.partitions", "4")
         .config("spark.sql.files.maxPartitionBytes", str(256 * 1024))
         .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
         .getOrCreate())
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


# ------------------------------------------------------------------------------------------- inputs


def _jsonl_files(d: Path, chats: list[dict]) -> tuple[list[Path], list[str]]:
    """Three files (chat i in file i % 3) with bad lines; returns the files and the expected error places."""
    lines = [[json.dumps(c, ensure_ascii=False).encode("utf-8") for c in chats[k::3]] for k in range(3)]
    lines[1][4:4] = [b"{broken json"]  # line 5
    lines[1][8:8] = [b"\xff\xfe not utf-8"]  # line 9
    lines[1][11:11] = [b""]  # line 12: blank, silently skipped
    lines[1][19:19] = ['{"id": "r-1", "messages": [{"role": "robot", "text": "您好"}]}'.encode("utf-8")]  # line 20
    lines[2][650:650] = [b'{"id": "x", "messages": "not a list"}']  # line 651: in a later file block
    paths = [d / f"chats-{k}.jsonl" for k in range(3)]
    paths[0].write_bytes(b"\xef\xbb\xbf" + b"\n".join(lines[0]) + b"\n")  # a BOM
    paths[1].write_bytes(b"\n".join(lines[1]) + b"\n")
    paths[2].write_bytes(b"\r\n".join(lines[2]))  # CRLF, no newline at the end
    return paths, [f"{paths[1]} 第5行", f"{paths[1]} 第9行", f"{paths[1]} 第20行", f"{paths[2]} 第651行"]


def _rows(chats: list[dict]) -> list[dict]:
    rows = list(gen.message_rows(chats))
    random.Random(15).shuffle(rows)  # every chat's messages over several files, out of order
    return rows


def _csv_files(d: Path, rows: list[dict]) -> tuple[list[Path], list[str]]:
    cols = ["id", "seq", "role", "text", "ts", "shop", "agent", "pack", "customer_name"]
    paths = [d / f"rows-{k}.csv" for k in range(3)]
    for k, path in enumerate(paths):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["会话ID", "序号", "发送方", "聊天内容", "发送时间", "店铺名称", "客服昵称", "平台", "顾客姓名"])
            part = rows[k::3]
            for n, r in enumerate(part, start=2):
                if k == 1 and n == 40:
                    w.writerow(["bad-1", 0, "机器人", "您好", "2026-05-04T10:00:00+08:00", "", "", "jd", ""])
                w.writerow(["" if r[c] is None else r[c] for c in cols])
    with open(paths[1], "ab") as fh:
        fh.write("bad-2,0,顾客,\xff,2026-05-04T10:00:00+08:00,,,jd,\n".encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    n1 = len(rows[1::3]) + 3  # header + rows + the bad row above; the non-UTF-8 row is the last line
    headless = d / "rows-9.csv"  # a file without a usable header: left out and named
    headless.write_text("会话ID,发送方\nc1,顾客\n", encoding="utf-8")
    return paths + [headless], [f"{paths[1]} 第40行：无法识别的角色", f"{paths[1]} 第{n1}行：不是合法的 UTF-8",
                                f"{headless}：缺少列 text"]


def _parquet_files(d: Path, rows: list[dict]) -> list[Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    paths = []
    for k in range(2):
        part = [{c: v for c, v in r.items() if c != "seq"} for r in rows[k::2]]  # no seq column: ordered by time
        path = d / f"rows-{k}.parquet"
        pq.write_table(pa.Table.from_pylist(part), path, row_group_size=1500)
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("spark-input")
    chats = list(gen.chat_variants(gen.load_base(), N_CHATS))
    rows = _rows(chats)
    jsonl, jsonl_errors = _jsonl_files(d, chats)
    csvs, csv_errors = _csv_files(d, rows)
    return {"dir": d, "chats": chats, "jsonl": jsonl, "jsonl_errors": jsonl_errors, "csv": csvs,
            "csv_errors": csv_errors, "parquet": _parquet_files(d, rows)}


@pytest.fixture(scope="module")
def local(data):
    """The local run (the same core, two worker processes) over the JSON Lines files, in file order."""
    runner = AuditRunner(None, None, workers=2, keep_messages=True, worst_kept=20)
    agg = Aggregate(worst_kept=20)
    lines, errors, results = [], [], []
    for _, outcome in runner.run_batches(read_logs([str(p) for p in data["jsonl"]])):
        agg.merge(outcome.aggregate)
        for a in outcome.chats:
            if a.error:
                errors.append(a.error)
            else:
                lines.append(a.line)
                results.append(a.result)
    assert len(lines) == N_CHATS and len(errors) == 4
    return {"lines": sorted(lines), "errors": errors, "agg": agg, "results": results}


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _html_body(html: str) -> str:
    return re.sub(r"生成于 [\d-]+ [\d:]+", "生成于 …", html)


# -------------------------------------------------------------------------------------------- audit


def test_jsonl_chats_lines_report_and_excel_equal_the_local_run(spark, data, local, tmp_path):
    from zhijian.batch.excel_report import write_excel
    from zhijian.batch.html_report import render_html

    html, xlsx = tmp_path / "r.html", tmp_path / "r.xlsx"
    r = invoke("audit", "--engine", "spark", str(data["dir"] / "chats-*.jsonl"), "--format", "jsonl",
               "--report", str(html), "--excel", str(xlsx))
    assert r.exit_code == 3, r.stderr  # done, some lines skipped: as locally
    assert sorted(r.stdout_bytes.splitlines(keepends=True)) == local["lines"]
    for e in local["errors"]:  # every bad line, with file and line, exactly as the local reader says it
        assert e in r.stderr
    for place in data["jsonl_errors"]:
        assert place in r.stderr
    assert f"共审计 {N_CHATS} 个会话；跳过 4 行" in r.stderr
    # the report: the same aggregates and the same worst chats (ties broken by file and line)
    assert _html_body(html.read_text(encoding="utf-8")) == _html_body(render_html(local["agg"]))
    mine = tmp_path / "local.xlsx"
    write_excel(mine, local["results"], local["agg"])
    assert _sheets(xlsx) == _sheets(mine)


def _sheets(path: Path) -> dict:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: sorted(map(repr, ws.iter_rows(values_only=True))) for ws in wb.worksheets}
    finally:
        wb.close()


def test_message_rows_over_csv_files_equal_the_local_run(spark, data, local):
    """Chats assembled on the cluster from rows spread over files in random order (sorted by seq)."""
    from zhijian.batch.spark import jobs

    agg = Aggregate(worst_kept=20)
    lines, errors = [], []
    for outcome in jobs.audit(spark, [str(p) for p in data["csv"]], AuditSettings(keep_messages=True, worst_kept=20),
                              {}, partitions=3):
        agg.merge(outcome.aggregate)
        for a in outcome.chats:
            (errors.append(a.error) if a.error else lines.append(a.line))
    assert sorted(lines) == local["lines"]
    assert agg.to_dict() == local["agg"].to_dict()
    assert [r.score for r in agg.worst()] == [r.score for r in local["agg"].worst()]
    assert len(errors) == len(data["csv_errors"])
    for place in data["csv_errors"]:
        assert any(e.startswith(place) for e in errors), (place, errors)


def test_parquet_rows_written_to_an_output_directory(spark, data, local, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "scores"
    r = invoke("audit", "--engine", "spark", *[str(p) for p in data["parquet"]], "--format", "parquet",
               "--output", str(out), "--partitions", "5")
    assert r.exit_code == 0, r.stderr
    assert r.stdout_bytes == b""  # the results went to the directory, not through the driver
    table = pq.read_table(out)
    assert set(table.column_names) >= {"id", "score", "json"}
    assert sorted(f"{j}\n".encode("utf-8") for j in table.column("json").to_pylist()) == local["lines"]
    assert sorted(table.column("id").to_pylist()) == sorted(c["id"] for c in data["chats"])
    r = invoke("audit", "--engine", "spark", *[str(p) for p in data["parquet"]], "--format", "parquet",
               "--output", str(out))
    assert r.exit_code == 2 and "已存在" in r.stderr


def test_jsonl_output_directory_with_shop_overrides(spark, data, tmp_path):
    """--overrides travels to the executors as the file's content (they cannot read the driver's files)."""
    out = tmp_path / "lines"
    opts = ["--pack", "jd", "--overrides", str(OVERRIDES), "--format", "jsonl"]
    r = invoke("audit", "--engine", "spark", str(data["jsonl"][0]), *opts, "--output", str(out))
    assert r.exit_code == 0, r.stderr
    assert r.stdout_bytes == b"" and f"已写入目录 {out}" in r.stderr
    got = sorted(b"".join(p.read_bytes() for p in sorted(out.glob("part-*"))).splitlines(keepends=True))
    loc = invoke("audit", str(data["jsonl"][0]), *opts)
    assert loc.exit_code == 0
    assert got == sorted(loc.stdout_bytes.splitlines(keepends=True)) and len(got) == N_CHATS // 3


# -------------------------------------------------------------------------------------------- check


@pytest.fixture(scope="module")
def messages(data):
    """Agent messages of the chats as check input (plain lines and {"id","text"}), with bad lines."""
    d = data["dir"]
    texts = [m["text"] for c in data["chats"][:400] for m in c["messages"] if m["role"] == "agent" and m["text"].strip()]
    lines = [t if k % 2 else json.dumps({"id": f"m{k}", "text": t}, ensure_ascii=False) for k, t in enumerate(texts)]
    lines[7:7] = ['{"id": 1, "text": 5}', "   "]
    lines[300:300] = ["{broken"]
    lines.append("这台空调包安装哦")  # flagged only by the shop override's own rule
    path = d / "messages.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_check_on_spark_equals_the_local_check(spark, messages):
    opts = ["--pack", "jd,adlaw", "--overrides", str(OVERRIDES), "--format", "jsonl"]
    loc = invoke("check", *opts, str(messages))
    sp = invoke("check", "--engine", "spark", *opts, str(messages))
    assert loc.exit_code == sp.exit_code == 3
    assert sorted(sp.stdout_bytes.splitlines()) == sorted(loc.stdout_bytes.splitlines())
    assert b"shop.promise.free_install" in sp.stdout_bytes  # the shop's own rule, from the override file
    assert len(loc.stdout_bytes.splitlines()) > 1000
    for n in (8, 9, 301):
        assert f"第{n}行" in sp.stderr
    assert loc.stderr.splitlines()[-1] == sp.stderr.splitlines()[-1]  # 共检查 … 条消息，其中 … 条有问题；无效行 3 行。
    failing = invoke("check", "--engine", "spark", "--pack", "jd,adlaw", "--fail-on", "critical", str(messages))
    assert failing.exit_code == 1 and "按类别汇总" in failing.stdout


def test_check_a_parquet_table_of_messages(spark, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "msgs.parquet"
    pq.write_table(pa.Table.from_pylist([{"msg_id": "a", "内容": "亲，加我vx"}, {"msg_id": "b", "内容": "您好，欢迎光临"},
                                         {"msg_id": "c", "内容": None}]), path)
    r = invoke("check", "--engine", "spark", "--format", "jsonl", "--map", "id=msg_id", str(path))
    assert r.exit_code == 3, r.stderr
    lines = sorted(r.stdout_bytes.decode("utf-8").splitlines())
    got = {o["id"]: o for o in map(json.loads, lines)}
    assert {f["category"] for f in got["a"]["findings"]} >= {"forbidden_address", "diversion"}
    assert got["b"]["findings"] == [] and "error" in got["c"]
    local = invoke("check", "--format", "jsonl", "--text", "亲，加我vx")
    assert json.loads(local.stdout_bytes)["findings"] == got["a"]["findings"]
    out = tmp_path / "checked"
    r = invoke("check", "--engine", "spark", "--format", "parquet", "--output", str(out), "--map", "id=msg_id", str(path))
    assert r.exit_code == 3 and r.stdout_bytes == b""
    assert sorted(pq.read_table(out).column("json").to_pylist()) == lines


# ------------------------------------------------------------------------------ usage and packaging


@pytest.mark.parametrize("args, says", [
    (["audit", "--engine", "spark", "-"], "不读标准输入"),
    (["audit", "--engine", "spark", "x.jsonl", "--workers", "2"], "--workers"),
    (["audit", "--engine", "spark", "x.jsonl", "--format", "parquet"], "--output"),
    (["audit", "--engine", "spark", "x.jsonl", "--output", "d"], "--format jsonl"),
    (["audit", "--engine", "flink", "x.jsonl"], "--engine"),
    (["audit", "examples/chats.jsonl", "--master", "local[2]"], "只用于 --engine spark"),
    (["audit", "examples/chats.jsonl", "--format", "parquet"], "只用于 --engine spark"),
    (["check", "--engine", "spark", "--text", "亲"], "不读标准输入或 --text"),
    (["check", "examples/messages.jsonl", "--output", "d"], "只用于 --engine spark"),
])
def test_usage_errors_exit_2_before_spark_starts(args, says):
    r = invoke(*args)
    assert r.exit_code == 2 and says in r.stderr, r.stderr


def test_missing_input_is_named(spark, tmp_path):
    r = invoke("audit", "--engine", "spark", str(tmp_path / "nothing-*.jsonl"))
    assert r.exit_code == 2 and "找不到输入" in r.stderr and "nothing-*.jsonl" in r.stderr


def test_missing_java_or_pyspark_names_what_to_install(monkeypatch):
    import zhijian.batch.spark as sp

    monkeypatch.setattr(sp.shutil, "which", lambda name: None)
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(sp.SparkError, match="openjdk-17-jre-headless"):
        sp.require_spark()
    monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark -> ImportError
    with pytest.raises(sp.SparkError, match=r"zhijian\[spark\]"):
        sp.require_spark()


def test_other_commands_never_import_pyspark(tmp_path):
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom zhijian.cli import app\n"
            "for args in (['check', '亲，加我vx'], ['audit', 'examples/chats.jsonl', '--format', 'jsonl']):\n"
            "    CliRunner().invoke(app, args)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyspark', 'py4j', 'pyarrow')"
            " or m.startswith('zhijian.batch.spark')))\n")
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "[]"


def test_the_readme_cluster_command_runs_with_spark_submit_in_local_mode(data, tmp_path):
    """The README's spark-submit block, with the master set to local[2], the venv archive left out (this
    interpreter has zhijian) and the hdfs:// paths replaced by local ones.  The cluster is not tested."""
    _spark_or_fail()
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"^```shell\n(.*?)^```", text, re.S | re.M)
    cmds = [c.strip() for c in block.replace("\\\n", " ").splitlines() if c.strip()]
    (submit,) = [c for c in cmds if c.startswith("spark-submit")]
    (main,) = [c for c in cmds if c.startswith("MAIN=")]
    argv = shlex.split(submit)
    assert argv[argv.index("--master") + 1] == "yarn" and "--archives" in argv and '$MAIN' in submit
    out = tmp_path / "scores"
    small = tmp_path / "chats.jsonl"
    small.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in data["chats"][:60]), encoding="utf-8")
    local_argv = [str(Path(sys.executable).with_name("spark-submit")), "--master", "local[2]"]
    skip = 0
    for k, a in enumerate(argv[1:], start=1):
        if skip:
            skip -= 1
            continue
        if a in ("--master", "--deploy-mode", "--archives"):
            skip = 1
        elif a == "--conf" and "./env/" in argv[k + 1]:
            skip = 1
        elif a == "$MAIN":
            local_argv.append(subprocess.run(["bash", "-c", main.split("=", 1)[1].replace("zj-env/bin/python", sys.executable)
                                               .removeprefix("$(").removesuffix(")")],
                                             capture_output=True, text=True, check=True).stdout.strip())
        elif a.startswith("hdfs:///qa/"):
            local_argv.append(str(out))
        elif a.startswith("hdfs:///logs/"):
            local_argv.append(str(small))
        else:
            local_argv.append(a)
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    p = subprocess.run(local_argv, capture_output=True, text=True, timeout=600, env=env, cwd=tmp_path)
    assert p.returncode == 0, p.stderr[-3000:]
    got = b"".join(f.read_bytes() for f in sorted(out.glob("part-*"))).splitlines()
    assert sorted(json.loads(line)["id"] for line in got) == sorted(c["id"] for c in data["chats"][:60])
