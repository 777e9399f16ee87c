"""Every error a user can provoke (bad pack or override files, unknown packs, bad rules, failing rule
examples, bad scorecard/conversation values, bad script libraries, missing files) is said in Chinese and
names the place: the file, the rule id, the field, the example."""

from __future__ import annotations

import json
import re

import pytest

from zhijian import Inspector, PackError
from zhijian.acts.cues import CueError, Cues
from zhijian.acts.tagger import tag_turns
from zhijian.audit.config import ConversationConfig
from zhijian.audit.conversation import LogError, parse_conversation
from zhijian.audit.scorecard import Scorecard
from zhijian.engine.overrides import load_overrides
from zhijian.engine.rules import parse_rule
from zhijian.phrasing.library import ScriptError, load_library

CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH = ("must be", "unknown", "not found", "invalid", "required", "is not", "expected", "no such",
           "failed", "refusing", "needs a", "a mapping", "appears twice")

RULE = {"id": "shop.x", "category": "impolite", "severity": "minor", "message": "测试提示", "suggestion": "测试建议",
        "patterns": ["测试词甲"]}


def rule(**kw) -> dict:
    r = dict(RULE, **kw)
    return {k: v for k, v in r.items() if v is not None}


def assert_chinese(msg: str, needles: list[str], *strip: str) -> None:
    assert CJK.search(msg), msg
    for n in needles:
        assert n in msg, (n, msg)
    bare = msg
    for s in strip:  # file paths (pytest's temporary directories carry test names)
        bare = bare.replace(s, "")
    low = bare.lower()
    assert not [p for p in ENGLISH if p in low], msg


# (id, override body as a dict (dumped as JSON, which is YAML) or raw YAML text, needles)
OVERRIDE_CASES = [
    ("rule_extra_key", {"rules": [rule(foo=1)]}, ["规则 'shop.x'", "未知字段 foo"]),
    ("rule_category", {"rules": [rule(category="nope")]}, ["规则 'shop.x'", "'nope'", "docs/spec/taxonomy.md"]),
    ("rule_severity", {"rules": [rule(severity="fatal")]}, ["规则 'shop.x'", "severity 'fatal'"]),
    ("rule_no_message", {"rules": [rule(message="")]}, ["规则 'shop.x'", "字段 message"]),
    ("rule_examples_list", {"rules": [rule(examples=["测试词甲"])]}, ["规则 'shop.x'", "examples"]),
    ("rule_punct_only", {"rules": [rule(patterns=["，。"])]}, ["规则 'shop.x'", "'，。'", "永远不会命中"]),
    ("rule_example_match", {"rules": [rule(examples={"match": ["这里一个词也没有"]})]},
     ["shop.x", "示例应命中", "'这里一个词也没有'", "没有命中"]),
    ("rule_example_no_match", {"rules": [rule(examples={"no_match": ["这句含有测试词甲"]})]},
     ["shop.x", "示例不应命中", "'这句含有测试词甲'", "'测试词甲'"]),
    ("rule_no_id", {"rules": [rule(id=None)]}, ["缺少字段 id"]),
    ("rule_two_kinds", {"rules": [rule(patterns=None, detector="mobile", max_length=10)]},
     ["规则 'shop.x'", "只能选其一"]),
    ("rule_detector", {"rules": [rule(patterns=None, detector="nosuchdet")]}, ["规则 'shop.x'", "检测器", "'nosuchdet'"]),
    ("rule_reference", {"rules": [rule(patterns=["@nosuchlist"])]}, ["规则 'shop.x'", "'@nosuchlist'"]),
    ("rule_lookahead", {"rules": [rule(patterns=None, regex="(?=a)a")]}, ["规则 'shop.x'", "不支持"]),
    ("rule_bad_regex", {"rules": [rule(patterns=None, regex="(ab")]}, ["规则 'shop.x'", "缺少 )"]),
    ("rule_nothing_to_match", {"rules": [rule(patterns=None)]}, ["规则 'shop.x'", "缺少匹配方式"]),
    ("rule_within", {"rules": [rule(within=0)]}, ["规则 'shop.x'", "字段 within"]),
    ("disable", {"disable": ["no.such.rule"]}, ["字段 disable", "'no.such.rule'"]),
    ("own_platform", {"own_platforms": ["mars"]}, ["own_platforms", "'mars'"]),
    ("limit_key", {"limits": {"min_length": 3}}, ["limits", "'min_length'"]),
    ("limit_value", {"limits": {"max_length": -3}}, ["limits.max_length"]),
    ("words_category", {"words": {"nope": ["某词"]}}, ["字段 words", "'nope'", "docs/spec/taxonomy.md"]),
    ("scorecard_severity", {"scorecard": {"severity": {"fatal": 3}}}, ["scorecard.severity", "'fatal'"]),
    ("scorecard_category", {"scorecard": {"category": {"nope": 3}}}, ["scorecard.category", "'nope'"]),
    ("scorecard_fatal", {"scorecard": {"fatal": ["nope"]}}, ["scorecard.fatal", "'nope'"]),
    ("conversation_number", {"conversation": {"response_limit": "abc"}}, ["conversation.response_limit"]),
    ("scripts_type", {"scripts": ["x"]}, ["字段 scripts"]),
    ("top_level_key", {"nosuch": 1}, ["未知字段 nosuch"]),
    ("yaml_syntax", "rules: [\n", ["YAML 格式错误", "第 2 行"]),
    ("yaml_alias", "a: &a [x]\nexempt: *a\n", ["锚点"]),
]


@pytest.mark.parametrize("body, needles", [c[1:] for c in OVERRIDE_CASES], ids=[c[0] for c in OVERRIDE_CASES])
def test_bad_override_files(tmp_path, body, needles):
    f = tmp_path / "shop.yaml"
    f.write_text(body if isinstance(body, str) else json.dumps(body, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(PackError) as e:
        Inspector("jd", overrides=str(f), models=False)
    assert_chinese(str(e.value), needles + [str(f)], str(f))


SCRIPT_CASES = [
    ("unknown_scenario", {"nosuch": {"replies": ["您好"]}}, ["场景 'nosuch'", "docs/spec/contract.md"]),
    ("empty_replies", {"stock": {"replies": []}}, ["场景 'stock'", "replies"]),
    ("blank_reply", {"stock": {"replies": ["  "]}}, ["场景 'stock'", "replies"]),
    ("bad_template", {"stock": {"replies": ["现货{"]}}, ["场景 'stock'", "话术模板 '现货{'"]),
    ("not_a_mapping", ["x"], ["字段 scenarios"]),
]


@pytest.mark.parametrize("scenarios, needles", [c[1:] for c in SCRIPT_CASES], ids=[c[0] for c in SCRIPT_CASES])
def test_bad_script_library_overrides(tmp_path, scenarios, needles):
    f = tmp_path / "shop.yaml"
    f.write_text(json.dumps({"scripts": {"scenarios": scenarios}}, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(PackError) as e:
        load_library("jd", load_overrides(str(f)))
    assert_chinese(str(e.value), needles + [str(f)], str(f))


def test_unknown_pack():
    with pytest.raises(PackError) as e:
        Inspector("pdd")
    assert_chinese(str(e.value), ["未知规则包 'pdd'", "jd"])
    assert str(e.value).startswith("未知规则包 'pdd'（可用：") and "、" in str(e.value)


def test_missing_and_undecodable_override_files(tmp_path):
    missing = tmp_path / "nowhere.yaml"
    with pytest.raises(PackError) as e:
        Inspector("jd", overrides=str(missing))
    assert_chinese(str(e.value), [str(missing), "找不到"], str(missing))
    gbk = tmp_path / "gbk.yaml"
    gbk.write_bytes("exempt: [店铺]\n".encode("gbk"))
    with pytest.raises(PackError) as e:
        Inspector("jd", overrides=str(gbk))
    assert_chinese(str(e.value), [str(gbk), "UTF-8"], str(gbk))


def test_pack_rule_wording():
    """The wording of a pack rule error: file, then rule id, then the field."""
    with pytest.raises(PackError) as e:
        parse_rule(dict(RULE, id="jd.x", foo=1), "packs/jd.yaml")
    assert str(e.value) == "packs/jd.yaml: 规则 'jd.x'：未知字段 foo"
    with pytest.raises(PackError) as e:
        parse_rule([1, 2], "packs/jd.yaml")
    assert_chinese(str(e.value), ["packs/jd.yaml", "list"])


def test_scorecard_and_conversation_sections():
    with pytest.raises(PackError) as e:
        Scorecard.from_dict({"severity": {"fatal": 1}}, "规则包 jd: scorecard")
    assert_chinese(str(e.value), ["规则包 jd: scorecard", "'fatal'"])
    with pytest.raises(PackError) as e:
        Scorecard.from_dict({"fatal": ["nope"]}, "规则包 jd: scorecard")
    assert_chinese(str(e.value), ["scorecard", "'nope'", "docs/spec/taxonomy.md"])
    with pytest.raises(PackError) as e:
        ConversationConfig.from_dict({"holiday_greetings": {"nosuchday": ["节日快乐"]}}, "规则包 jd: conversation")
    assert_chinese(str(e.value), ["conversation", "holiday_greetings", "'nosuchday'"])
    with pytest.raises(PackError) as e:
        ConversationConfig.from_dict({"business_hours": ["9点", "18:00"]}, "规则包 jd: conversation")
    assert_chinese(str(e.value), ["conversation", "'9点'", "HH:MM"])


def test_bad_conversation_values():
    with pytest.raises(LogError) as e:
        parse_conversation({"id": "c1", "messages": [{"role": "robot", "text": "您好"}]}, "第 3 行")
    assert_chinese(str(e.value), ["第 3 行 messages[0]", "role", "'robot'"])
    with pytest.raises(LogError) as e:
        parse_conversation({"id": "c1", "messages": [{"role": "agent", "text": "您好", "ts": "昨天"}]}, "第 4 行")
    assert_chinese(str(e.value), ["第 4 行 messages[0]", "'昨天'", "ISO 8601"])


def test_script_placeholder_cue_and_role_errors():
    with pytest.raises(ScriptError) as e:
        load_library("jd").render("这款的卖点是{feature}")
    assert_chinese(str(e.value), ["{feature}"])
    cue = {"id": "t.cue", "role": "robot", "acts": ["hold"], "contains": ["稍等"], "match": ["请稍等"]}
    with pytest.raises(CueError) as e:
        Cues.from_yaml(json.dumps({"cues": [cue]}, ensure_ascii=False))
    assert_chinese(str(e.value), ["t.cue", "role", "'robot'"])
    with pytest.raises(ValueError) as e:
        tag_turns([("bot", "你好")])
    assert_chinese(str(e.value), ["'bot'"])


def test_library_type_errors():
    ins = Inspector("jd", models=False)
    with pytest.raises(TypeError) as e:
        ins.check_many(["好的", 3])
    assert_chinese(str(e.value), ["check_many", "第 1 项", "int"])
