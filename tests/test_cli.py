"""End-to-end tests of the installed ``zhijian`` command line (run through subprocess).

Assertions about specific rules are limited to two messages whose behaviour is part of the
brief: "亲，这款有货" (jd: forbidden_address at 0..1) and "您好，欢迎光临" (no finding).  Everything
else is checked through invariants (offsets, ids, counts, exit codes) so the tests survive
pack rewrites.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from service_fixtures import zhijian_exe

import zhijian
import zhijian.engine.packs
import zhijian.taxonomy

QIN = "亲，这款有货"
CLEAN = "您好，欢迎光临"




ZHIJIAN = zhijian_exe()
ENV = {**os.environ, "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"}


def run(*args: str, input: bytes | str | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    if isinstance(input, str):
        input = input.encode("utf-8")
    p = subprocess.run(ZHIJIAN + list(args), input=input if input is not None else b"",
                       capture_output=True, timeout=timeout, env=ENV)
    p.out = p.stdout.decode("utf-8")  # type: ignore[attr-defined]
    p.err = p.stderr.decode("utf-8")  # type: ignore[attr-defined]
    return p


def jsonl(p: subprocess.CompletedProcess) -> list[dict]:
    lines = p.stdout.decode("utf-8").splitlines()
    return [json.loads(line) for line in lines]


def write(tmp_path: Path, data: bytes | str, name: str = "in.txt") -> str:
    f = tmp_path / name
    f.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(f)


def qin_findings(obj: dict) -> list[dict]:
    return [f for f in obj["findings"] if f["category"] == "forbidden_address" and f["match"] == "亲"]


# ------------------------------------------------------------------------------ jsonl shape, ids


def test_jsonl_shape_and_ids(tmp_path):
    lines = [
        QIN,                                                            # plain -> 1
        json.dumps({"id": "m1", "text": CLEAN}, ensure_ascii=False),    # id kept
        json.dumps({"text": QIN}, ensure_ascii=False),                  # no id -> 3
        json.dumps({"id": 42, "text": QIN, "extra": [1]}, ensure_ascii=False),
        json.dumps({"id": 1.5, "text": CLEAN}, ensure_ascii=False),
        json.dumps({"id": True, "text": CLEAN}, ensure_ascii=False),
        json.dumps({"id": None, "text": CLEAN}, ensure_ascii=False),    # null -> line number
        "[图片] 不是 JSON",                                              # '[' is plain text
    ]
    p = run("check", "--pack", "jd", "--format", "jsonl", write(tmp_path, "\n".join(lines) + "\n"))
    assert p.returncode == 0, p.err
    out = jsonl(p)
    assert [o["id"] for o in out] == [1, "m1", 3, 42, 1.5, True, 7, 8]
    assert [o["text"] for o in out] == [QIN, CLEAN, QIN, QIN, CLEAN, CLEAN, CLEAN, "[图片] 不是 JSON"]
    for o in out:
        assert list(o) == ["id", "text", "findings"], o  # no "error" on good lines
        for f in o["findings"]:
            assert {"rule", "category", "severity", "start", "end", "match", "message", "suggestion"} <= set(f)
            assert f["severity"] in ("critical", "major", "minor")
    f = qin_findings(out[0])
    assert f and (f[0]["start"], f[0]["end"]) == (0, 1)
    assert out[1]["findings"] == []
    assert "共检查" in p.err  # summary line on stderr


def test_jsonl_is_utf8_not_escaped(tmp_path):
    p = run("check", "-f", "jsonl", write(tmp_path, QIN + "\n"))
    assert QIN in p.stdout.decode("utf-8")  # ensure_ascii=False


def test_offsets_point_into_original_text(tmp_path):
    texts = [
        QIN,
        "  " + QIN,                        # leading spaces are kept, not stripped
        "😀🎉" + QIN,                      # astral characters count as one str character
        "親，這款有貨",                    # traditional: match must be the original character
        "ｑｉｎ 亲 \t 亲",
        "您好，亲，欢迎光临 亲亲",
        "亲\x00亲",
    ]
    data = "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in texts) + "\n"
    p = run("check", "-f", "jsonl", write(tmp_path, data))
    out = jsonl(p)
    assert [o["text"] for o in out] == texts
    total = 0
    for o in out:
        for f in o["findings"]:
            total += 1
            assert 0 <= f["start"] < f["end"] <= len(o["text"])
            assert o["text"][f["start"]:f["end"]] == f["match"], (o["text"], f)
    assert total >= len(texts) - 1
    assert any(f["start"] == 2 for f in qin_findings(out[1]))
    assert any(f["start"] == 2 for f in qin_findings(out[2]))


def test_crlf_and_bom_are_removed_but_nothing_else(tmp_path):
    data = b"\xef\xbb\xbf" + QIN.encode() + b"\r\n" + b"  " + CLEAN.encode() + b" \r\n" + QIN.encode()
    out = jsonl(run("check", "-f", "jsonl", write(tmp_path, data)))
    assert [o["text"] for o in out] == [QIN, "  " + CLEAN + " ", QIN]  # last line has no newline
    assert qin_findings(out[0])[0]["start"] == 0


# ----------------------------------------------------------------------------------- bad lines


def test_invalid_utf8_line_reported_and_others_checked(tmp_path):
    data = QIN.encode() + b"\n" + b"ab\xff\xfe" + "坏".encode() + b"\n" + CLEAN.encode() + b"\n"
    p = run("check", "-f", "jsonl", write(tmp_path, data))
    assert p.returncode == 3, p.err
    out = jsonl(p)
    assert len(out) == 3
    assert [o["id"] for o in out] == [1, 2, 3]
    assert qin_findings(out[0])
    assert "error" not in out[0] and "error" not in out[2]
    assert out[1]["findings"] == []
    assert "第2行" in out[1]["error"] and "UTF-8" in out[1]["error"] and "第3字节" in out[1]["error"]
    assert out[2]["text"] == CLEAN and out[2]["findings"] == []
    assert "第2行" in p.err


@pytest.mark.parametrize("line, words", [
    ('{"id": "x", "text": "亲", ', ["JSON"]),
    ('{id: 1, text: "亲"}', ["JSON"]),
    ('{"id": "x", "text": 123}', ['"text"', "字符串"]),
    ('{"id": "x", "text": null}', ['"text"', "字符串"]),
    ('{"id": "x", "text": ["亲"]}', ['"text"', "字符串"]),
    ('{"id": "x"}', ['"text"']),
    ('{"id": "x", "text": "亲", "n": NaN}', ["JSON"]),
    ('{"id": {"a": 1}, "text": "亲"}', ['"id"']),
    ('{"id": "x", "text": "\\ud800亲"}', ["Unicode"]),
    ("", ["为空"]),
    ("   \t　", ["为空"]),
    ('{"id": "x", "text": "  "}', ["为空"]),
])
def test_bad_line_gets_error_object(tmp_path, line, words):
    data = QIN + "\n" + line + "\n" + CLEAN + "\n"
    p = run("check", "-f", "jsonl", write(tmp_path, data))
    assert p.returncode == 3, p.err
    out = jsonl(p)
    assert len(out) == 3
    bad = out[1]
    assert bad["findings"] == []
    assert bad["error"].startswith("第2行："), bad
    for w in words:
        assert w in bad["error"], bad
    assert "第2行" in p.err
    assert qin_findings(out[0]) and out[2]["findings"] == []
    assert "无效行 1 行" in p.err
    # the id of a well-formed object is kept, otherwise the line number is used
    assert bad["id"] in ("x", 2)


def test_bad_json_keeps_id_when_known(tmp_path):
    out = jsonl(run("check", "-f", "jsonl", write(tmp_path, '{"id": "keep", "text": 5}\n{"id": "x", \n')))
    assert [o["id"] for o in out] == ["keep", 2]


def test_message_length_limit(tmp_path):
    ok = "a" * 1_000_000
    too_long = "b" * 1_000_001
    data = "\n".join(json.dumps({"id": i, "text": t}) for i, t in (("ok", ok), ("long", too_long))) + "\n"
    p = run("check", "-f", "jsonl", write(tmp_path, data))
    assert p.returncode == 3
    out = jsonl(p)
    assert "error" not in out[0] and out[0]["text"] == ok
    assert out[1]["findings"] == [] and "第2行" in out[1]["error"] and "1,000,000" in out[1]["error"]


def test_one_megabyte_line_is_processed(tmp_path):
    text = QIN + "。" + CLEAN * (1_100_000 // len(CLEAN.encode()))
    assert len(text.encode()) > 1_000_000
    p = run("check", "-f", "jsonl", write(tmp_path, CLEAN + "\n" + text + "\n" + QIN + "\n"))
    assert p.returncode == 0, p.err
    out = jsonl(p)
    assert len(out) == 3
    assert out[1]["text"] == text
    f = qin_findings(out[1])
    assert f and (f[0]["start"], f[0]["end"]) == (0, 1)
    for o in out:
        for f in o["findings"]:
            assert o["text"][f["start"]:f["end"]] == f["match"]


def test_twenty_thousand_lines_round_trip(tmp_path):
    n = 20_000
    rows = []
    for i in range(n):
        if i % 3 == 0:
            rows.append(f"{QIN} {i}")
        elif i % 3 == 1:
            rows.append(json.dumps({"id": f"m{i}", "text": f"{CLEAN} {i}"}, ensure_ascii=False))
        else:
            rows.append(json.dumps({"text": f"{CLEAN}{i}"}, ensure_ascii=False))
    p = run("check", "-f", "jsonl", write(tmp_path, "\n".join(rows) + "\n"))
    assert p.returncode == 0, p.err[-2000:]
    out = jsonl(p)
    assert len(out) == n
    for i, o in enumerate(out):
        if i % 3 == 0:
            assert o["id"] == i + 1 and o["text"] == f"{QIN} {i}"
            assert qin_findings(o)
        elif i % 3 == 1:
            assert o["id"] == f"m{i}" and o["text"] == f"{CLEAN} {i}"
        else:
            assert o["id"] == i + 1 and o["text"] == f"{CLEAN}{i}"
    assert f"共检查 {n} 条消息" in p.err


# -------------------------------------------------------------------------------- input modes


def test_stdin_input():
    data = QIN + "\n" + CLEAN + "\n"
    for args in (["check", "-f", "jsonl", "-"], ["check", "-f", "jsonl"]):
        p = run(*args, input=data)
        assert p.returncode == 0, p.err
        out = jsonl(p)
        assert [o["id"] for o in out] == [1, 2]
        assert qin_findings(out[0]) and out[1]["findings"] == []


def test_stdin_invalid_utf8():
    p = run("check", "-f", "jsonl", input=b"\xc3\n" + QIN.encode() + b"\n")
    assert p.returncode == 3
    out = jsonl(p)
    assert "第1行" in out[0]["error"] and qin_findings(out[1])


def test_text_argument_and_text_option(tmp_path):
    p = run("check", "-f", "jsonl", QIN)
    assert p.returncode == 0
    (o,) = jsonl(p)
    assert o["id"] == 1 and o["text"] == QIN and qin_findings(o)
    # a message that starts with "{" given as TEXT is text, not JSON
    (o,) = jsonl(run("check", "-f", "jsonl", '{"text": "x"}'))
    assert o["text"] == '{"text": "x"}'
    # --text forces text even when a file of that name exists
    path = write(tmp_path, QIN + "\n" + QIN + "\n")
    (o,) = jsonl(run("check", "-f", "jsonl", "--text", path))
    assert o["text"] == path and o["findings"] == []
    assert len(jsonl(run("check", "-f", "jsonl", path))) == 2


def test_pack_option_forms_agree(tmp_path):
    path = write(tmp_path, QIN + "\n" + CLEAN + "\n")
    a = run("check", "-f", "jsonl", "-p", "jd,adlaw", path)
    b = run("check", "-f", "jsonl", "--pack", "jd", "--pack", "adlaw", path)
    assert a.returncode == b.returncode == 0
    assert a.stdout == b.stdout
    default = run("check", "-f", "jsonl", path)
    jd = run("check", "-f", "jsonl", "-p", "jd", path)
    assert default.stdout == jd.stdout


# -------------------------------------------------------------------------------- exit codes


def test_fail_on():
    assert run("check", QIN).returncode == 0
    assert run("check", "--fail-on", "minor", QIN).returncode == 1
    assert run("check", "--fail-on", "minor", CLEAN).returncode == 0
    sev = jsonl(run("check", "-f", "jsonl", QIN))[0]["findings"]
    worst = max(zhijian.taxonomy.SEVERITY_RANK[f["severity"]] for f in qin_findings({"findings": sev}))
    for name, rank in zhijian.taxonomy.SEVERITY_RANK.items():
        expected = 1 if worst >= rank else 0
        assert run("check", "--fail-on", name, QIN).returncode == expected, name


def test_exit_precedence(tmp_path):
    path = write(tmp_path, QIN.encode() + b"\n\xff\n")
    assert run("check", "-f", "jsonl", path).returncode == 3
    assert run("check", "-f", "jsonl", "--fail-on", "minor", path).returncode == 1  # 1 beats 3
    assert run("check", "-f", "jsonl", "--fail-on", "minor", "-p", "nosuchpack", path).returncode == 2


def test_unknown_pack_is_exit_2():
    p = run("check", "--pack", "nosuchpack", QIN)
    assert p.returncode == 2
    assert "nosuchpack" in p.err
    assert p.stdout == b""
    p = run("check", "-p", "jd,nosuchpack", "-f", "jsonl", QIN)
    assert p.returncode == 2 and "nosuchpack" in p.err


@pytest.mark.parametrize("args", [
    ["check", ""],
    ["check", "--text", "   "],
    ["check", "--format", "xml", QIN],
    ["check", "--fail-on", "fatal", QIN],
    ["check", "missing-file.jsonl"],
    ["check", "--no-such-option", QIN],
    ["check", "--text", QIN, QIN],
])
def test_usage_errors_are_exit_2(args):
    p = run(*args)
    assert p.returncode == 2, (args, p.err)
    assert p.stdout == b""
    assert p.err.strip()


def test_unreadable_input_and_override_files(tmp_path):
    d = tmp_path / "adir"
    d.mkdir()
    p = run("check", str(d))
    assert p.returncode == 2 and str(d) in p.err
    p = run("check", "--overrides", str(tmp_path / "nope.yaml"), QIN)
    assert p.returncode == 2 and "nope.yaml" in p.err
    bad = write(tmp_path, "shop: x\nnot_a_key: 1\n", "bad.yaml")
    p = run("check", "--overrides", bad, QIN)
    assert p.returncode == 2 and "bad.yaml" in p.err
    broken = write(tmp_path, "shop: [unclosed\n", "broken.yaml")
    assert run("check", "--overrides", broken, QIN).returncode == 2
    if os.geteuid() != 0:
        locked = write(tmp_path, QIN + "\n", "locked.txt")
        os.chmod(locked, 0)
        p = run("check", locked)
        assert p.returncode == 2 and "locked.txt" in p.err


def test_valid_override_file(tmp_path):
    ov = write(tmp_path, "shop: 测试店\nexempt: [这款]\n", "shop.yaml")
    p = run("check", "-f", "jsonl", "--overrides", ov, CLEAN)
    assert p.returncode == 0, p.err
    assert jsonl(p)[0]["findings"] == []


# -------------------------------------------------------------------------------- text format


def test_text_format_single_message():
    p = run("check", QIN)
    assert p.returncode == 0
    assert QIN in p.out
    assert "禁用称呼" in p.out  # Chinese category name of forbidden_address
    assert any(name in p.out for name in zhijian.taxonomy.SEVERITIES.values())
    p = run("check", CLEAN)
    assert p.returncode == 0
    assert "未发现问题" in p.out


def test_text_format_file_shows_only_findings_and_summary(tmp_path):
    path = write(tmp_path, f"{CLEAN}\n{QIN}\n{CLEAN}\n")
    p = run("check", path)
    assert p.returncode == 0
    assert "第2行" in p.out and "第1行" not in p.out and "第3行" not in p.out
    assert "按类别汇总" in p.out and "forbidden_address" in p.out
    assert "共检查 3 条消息" in p.err


# ---------------------------------------------------------------------------- packs, rules, version


def test_packs_lists_jd():
    p = run("packs")
    assert p.returncode == 0, p.err
    assert "jd" in p.out and "common" in p.out and "基础包" in p.out
    for name in zhijian.engine.packs.available_packs():
        assert name in p.out


def test_packs_pack_lists_its_rules():
    p = run("packs", "jd")
    assert p.returncode == 0, p.err
    for rule in zhijian.Inspector("jd").rules:
        assert rule.id in p.out
    assert run("packs", "nosuchpack").returncode == 2


def test_rules_test_passes():
    p = run("rules", "test")
    assert p.returncode == 0, p.out + p.err
    for name in zhijian.engine.packs.available_packs():
        assert name in p.out
    p = run("rules", "test", "--pack", "jd")
    assert p.returncode == 0 and "jd" in p.out
    assert run("rules", "test", "--pack", "nosuchpack").returncode == 2


def test_version():
    p = run("--version")
    assert p.returncode == 0
    assert zhijian.__version__ in p.out


def test_help_documents_exit_codes():
    p = run("check", "--help")
    assert p.returncode == 0
    for code in ("0", "1", "2", "3"):
        assert f"  {code}  " in p.out
    import zhijian.cli
    assert "Exit status" in zhijian.cli.__doc__
