"""The regex word analyses kept on disk between processes (zhijian/engine/gate_memo.py, issue 14 start-up).

What ``regex_gate`` reads from a pattern is the same read back from the file as worked out afresh; a file that is
truncated or foreign is bypassed; with the cache off nothing is written; and a second process building another pack
reads the analyses the first one stored (the ``eval.py messages`` case: three packs, three processes, one cold cache)."""

from __future__ import annotations

import os
import pathlib
import pickle
import subprocess
import sys

import pytest

from zhijian.engine import gate_memo, regex_gate

PATTERNS = ["(加|添)(我|个)?(微信|vx|威信)", "(别家|其他家)[一-鿿]{0,4}(假货|山寨)", "第[一二三]次", "(?:好的|收到)先生"]


@pytest.fixture
def fresh_memo(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHIJIAN_CACHE", str(tmp_path))
    monkeypatch.setattr(gate_memo, "_memo", None)
    monkeypatch.setattr(gate_memo, "_added", 0)
    monkeypatch.setattr(gate_memo, "_building", 1)  # (as inside a ruleset's build)
    regex_gate.needed_words.cache_clear()
    yield tmp_path
    regex_gate.needed_words.cache_clear()


def _answers():
    return [(regex_gate.required_literals(p), regex_gate.needed_words(p), regex_gate.needed_words(p, ("微信",)))
            for p in PATTERNS]


def test_read_back_equals_worked_out(fresh_memo, monkeypatch):
    first = _answers()
    gate_memo.save()
    files = list((fresh_memo / "rulesets").glob("gates-*.pkl"))
    assert len(files) == 1
    stored = pickle.loads(files[0].read_bytes())
    assert {k[0] for k in stored} == {"required", "needed"} and any(k[1] == PATTERNS[0] for k in stored)
    # a new process: the memo read from the file, nothing worked out again
    monkeypatch.setattr(gate_memo, "_memo", None)
    regex_gate.needed_words.cache_clear()
    monkeypatch.setattr(regex_gate, "_parsed", lambda p: pytest.fail(f"parsed again: {p}"))
    assert _answers() == first


def test_a_broken_file_is_bypassed(fresh_memo, monkeypatch):
    expected = _answers()
    gate_memo.save()
    path = next((fresh_memo / "rulesets").glob("gates-*.pkl"))
    path.write_bytes(b"\x80\x04not a pickle")
    monkeypatch.setattr(gate_memo, "_memo", None)
    regex_gate.needed_words.cache_clear()
    assert _answers() == expected
    gate_memo.save()
    assert isinstance(pickle.loads(path.read_bytes()), dict)  # written anew


def test_cache_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHIJIAN_CACHE", "off")
    monkeypatch.setattr(gate_memo, "_memo", None)
    monkeypatch.setattr(gate_memo, "_added", 0)
    monkeypatch.setattr(gate_memo, "_building", 1)
    regex_gate.needed_words.cache_clear()
    _answers()
    gate_memo.save()
    assert not list(tmp_path.iterdir())


def test_outside_a_build_the_file_is_never_opened(fresh_memo, monkeypatch):
    expected = _answers()
    gate_memo.save()
    monkeypatch.setattr(gate_memo, "_building", 0)
    monkeypatch.setattr(gate_memo, "_memo", None)
    regex_gate.needed_words.cache_clear()
    monkeypatch.setattr(gate_memo, "_read", lambda path: pytest.fail("the file was read outside a build"))
    assert _answers() == expected
    assert gate_memo._memo is None


def test_a_second_process_reads_what_the_first_stored(tmp_path):
    env = {**os.environ, "ZHIJIAN_CACHE": str(tmp_path)}
    code = ("import sys; from zhijian import Inspector; from zhijian.engine import gate_memo;"
            "Inspector(sys.argv[1], models=False); print(len(gate_memo._memo or {}), gate_memo.worked_out)")
    run = lambda pack: subprocess.run([sys.executable, "-c", code, pack], env=env, capture_output=True, text=True,
                                      timeout=600, check=True).stdout.split()
    n_jd, done_jd = map(int, run("jd"))
    assert n_jd > 500 and done_jd == n_jd  # a cold cache: every analysis worked out, then saved with the jd ruleset
    n_tb, done_tb = map(int, run("taobao"))
    # the taobao pack shares common.yaml: most of its analyses were read back, few worked out anew
    assert n_tb >= n_jd and done_tb < n_jd / 4
    assert len(list(pathlib.Path(tmp_path, "rulesets").glob("gates-*.pkl"))) == 1
