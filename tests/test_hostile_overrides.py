"""Issue 10 items 1 and 3: user regexes run on RE2 only; YAML bombs and wrong shapes in override
files are refused with a Chinese message naming the place."""

from __future__ import annotations

import re

import pytest

from zhijian import Inspector, PackError
from zhijian.engine.overrides import MAX_OVERRIDE_WORDS, validate_overrides
from zhijian.engine.safe_regex import compile_shipped, compile_user

REDOS = [r"(a|a)*$", r"(a+)+$", r"(x+x+)+y", r".*.*.*=", r"亲.*亲.*亲.*x", r"(a|aa)+$", r"(\w+\s?)+$",
         r"^(([a-z])+.)+[A-Z]([a-z])+$", r"(.*a){20}", r"(a{1,64}){1,64}$", r"((a{1,100}){1,100}){1,100}"]


def _rule_yaml(regex: str) -> str:
    return ("rules:\n  - id: shop.r\n    category: impolite\n    severity: minor\n    message: 测试\n"
            "    suggestion: 测试\n    patterns: [亲]\n    regex: '" + regex.replace("'", "''") + "'\n")


@pytest.mark.parametrize("pattern", REDOS)
def test_redos_corpus_is_refused_or_linear(pattern, tmp_path):
    f = tmp_path / "o.yaml"
    f.write_text(_rule_yaml(pattern), encoding="utf-8")
    try:
        ins = Inspector("jd", overrides=str(f))
    except PackError as e:
        assert "正则" in str(e)
        return
    rx = ins.ruleset.regexes[next(i for i, r in enumerate(ins.ruleset.rules) if r.id == "shop.r")]
    assert getattr(rx, "engine", None) == "re2", "a user pattern must run on RE2 (linear time)"
    ins.check("亲" * 40 + "a" * 40 + "!")  # returns (RE2 cannot backtrack)


def test_user_lookaround_refused_in_chinese():
    with pytest.raises(Exception) as e:
        compile_user("(?=a)a")
    assert "不支持" in str(e.value)


def test_user_pattern_length_bounded():
    with pytest.raises(Exception) as e:
        compile_user("a" * 501)
    assert "上限" in str(e.value)


def test_shipped_lookahead_falls_back_to_checked_re():
    assert isinstance(compile_shipped("(?:你|您)(?!问)为什么"), re.Pattern)
    assert compile_shipped("[?!]{3,}").engine == "re2"


def test_every_shipped_regex_but_lookahead_runs_on_re2():
    ins = Inspector("jd,adlaw")
    kinds = {getattr(rx, "engine", "re") for rx in ins.ruleset.regexes.values()}
    assert "re2" in kinds


def test_lone_surrogates_reach_re2_safely():
    ins = Inspector("jd")
    for t in ["这款商品是京东自营的\ud800", "\udfff你为什么不看说明？？？", "找快递去\ud800吧"]:
        for f in ins.check(t):
            assert t[f.start:f.end] == f.match


@pytest.mark.parametrize("text,needle", [
    ("a: &a [x,x,x]\nb: [*a,*a,*a]\nwords: {impolite: *a}\n", "锚点"),
    ("words: " + "[" * 1000 + "]" * 1000 + "\n", "嵌套"),
    ("words:\n  impolite: [[a, b], c]\n", "words.impolite 第 1 项"),
    ("words:\n  impolite: [{a: b}]\n", "words.impolite"),
    ("own_names: [[x]]\n", "own_names"),
    ("conversation: {response_limit: abc}\n", "conversation.response_limit"),
    ("conversation: {emoji_required: 3}\n", "conversation.emoji_required"),
    ("scorecard: {severity: {critical: many}}\n", "scorecard.severity"),
    ("rules: [1, 2]\n", "rules"),
    ("nosuch: 1\n", "未知字段"),
    ("- a\n- b\n", "映射"),
    ("words: {impolite: [a\n", "YAML"),
    # a key given twice: PyYAML would keep the last without a word (the first list lost); refused with both lines
    ("words:\n  impolite: [甲乙]\n  impolite: [丙丁]\n", "键“impolite”重复定义（第 2 行已定义过"),
    ("own_names: [x]\nown_names: [y]\n", "第 2 行第 1 列"),
])
def test_bad_override_files_refused_with_field(tmp_path, text, needle):
    f = tmp_path / "o.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(PackError) as e:
        Inspector("jd", overrides=str(f))
    assert needle in str(e.value), str(e.value)
    assert str(f) in str(e.value)


def test_override_word_budget():
    data = {"words": {"impolite": [f"词{i}" for i in range(MAX_OVERRIDE_WORDS + 1)]}}
    with pytest.raises(PackError) as e:
        validate_overrides(data, "API")
    assert "上限" in str(e.value)


def test_override_regex_rule_count_bounded():
    rule = {"id": "shop.x", "category": "impolite", "severity": "minor", "message": "m", "suggestion": "s",
            "regex": "abc"}
    with pytest.raises(PackError) as e:
        validate_overrides({"rules": [dict(rule, id=f"shop.x{i}") for i in range(51)]}, "API")
    assert "正则规则" in str(e.value)


def test_blank_message_is_not_long_and_no_empty_span():
    ins = Inspector("jd")
    assert ins.check(" " * 300) == []
    assert ins.check("\u3000" * 300 + "\n" * 10) == []
    for f in ins.check(" " * 5 + "好" * 300 + " " * 5):
        assert f.end > f.start
        assert f.category != "long_message" or (f.start, f.end) == (5, 305)
