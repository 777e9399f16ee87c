"""Packs as data: every shipped pack loads (its examples pass), overrides compose, bad data is refused."""

import textwrap

import pytest

from zhijian import Inspector, PackError
from zhijian.engine.matcher import scan
from zhijian.engine.normalize import normalise
from zhijian.engine.packs import available_packs, compose, load_pack_file
from zhijian.engine.ruleset import Ruleset
from zhijian.engine.selftest import run_examples
from zhijian.taxonomy import CATEGORIES, MESSAGE_CATEGORIES, SEVERITIES

PACKS = ["jd", "taobao", "generic", "adlaw"]


def test_required_packs_are_shipped():
    assert set(PACKS) <= set(available_packs())


@pytest.mark.parametrize("name", PACKS + ["jd,adlaw", "taobao,adlaw", "generic,adlaw"])
def test_every_example_of_every_pack_passes(name):
    rs = Ruleset(compose(name))
    total, failures = run_examples(rs.rules, lambda t: scan(rs, normalise(t)))
    assert total > 0
    assert failures == [], "\n".join(map(str, failures))
    Inspector(name)  # and the inspector accepts it


@pytest.mark.parametrize("name", PACKS)
def test_rules_are_complete_data(name):
    for r in Ruleset(compose(name)).rules:
        assert r.category in CATEGORIES and r.severity in SEVERITIES
        assert r.message and r.suggestion and r.source, r.id
        assert r.match_examples, f"{r.id} has no example that must match"
        if r.kind in ("words", "regex"):
            assert r.no_match_examples, f"{r.id} has no hard-negative example"


def test_every_message_category_is_covered_by_jd():
    cats = {r.category for r in Inspector("jd").rules}
    assert set(MESSAGE_CATEGORIES) <= cats


def test_seed_citations():
    for name in PACKS:
        for r in load_pack_file(name).rules:
            assert any(s in r.source for s in ("000", "001", "002", "003", "004", "广告法")), r.id


def _write(tmp_path, text, name="shop.yaml"):
    p = tmp_path / name
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(p)


def test_override_words_exempt_disable_and_limits(tmp_path):
    path = _write(tmp_path, """
        shop: 测试店
        own_names: [拼多多旗舰]
        exempt: [亲测]
        disable: [common.long_message]
        limits: {max_length: 20}
        words:
          disparage_peer: [某某数码]
        """)
    base = Inspector("jd")
    shop = Inspector("jd", overrides=path)
    assert [f.category for f in shop.check("某某数码的东西")] == ["disparage_peer"]
    assert not [f for f in base.check("某某数码的东西") if f.category != "cold_reply"]  # (alone, a bare short reply)
    assert not any(f.category == "long_message" for f in shop.check("好" * 400))
    assert any(f.category == "diversion" for f in base.check("拼多多旗舰店有货"))
    assert not any(f.category == "diversion" for f in shop.check("拼多多旗舰店有货"))


def test_override_own_platform(tmp_path):
    path = _write(tmp_path, "own_platforms: [tmall]\n")
    assert any(f.category == "diversion" for f in Inspector("jd").check("天猫店也有"))
    assert not any(f.category == "diversion" for f in Inspector("jd", overrides=path).check("天猫店也有"))


def test_override_rule_with_failing_example_is_refused(tmp_path):
    path = _write(tmp_path, """
        rules:
          - id: shop.bad
            category: impolite
            severity: minor
            message: 测试
            suggestion: 测试
            patterns: [哈哈哈]
            examples:
              match: ["这句话里没有那个词"]
        """)
    with pytest.raises(PackError, match="shop.bad"):
        Inspector("jd", overrides=path)


@pytest.mark.parametrize("body, needle", [
    ("rules:\n  - {id: x, category: nope, severity: minor, message: a, suggestion: b, patterns: [c]}\n", "docs/spec/taxonomy.md"),
    ("rules:\n  - {id: x, category: impolite, severity: fatal, message: a, suggestion: b, patterns: [c]}\n", "'fatal' 无效"),
    ("rules:\n  - {id: x, category: impolite, severity: minor, message: a, suggestion: b, regex: '(?=a)a'}\n", "不支持"),
    ("rules:\n  - {id: x, category: impolite, severity: minor, message: a, suggestion: b, patterns: ['，。']}\n", "永远不会命中"),
    ("disable: [no.such.rule]\n", "规则 'no.such.rule' 不存在"),
    ("limits: {max_length: -3}\n", "limits.max_length 应为正整数"),
    ("unknown_key: 1\n", "未知字段 unknown_key"),
    ("rules: [\n", "YAML 格式错误"),
])
def test_bad_override_files_name_the_problem(tmp_path, body, needle):
    path = _write(tmp_path, body)
    with pytest.raises(PackError) as e:
        Inspector("jd", overrides=path)
    assert needle in str(e.value)
    assert "shop.yaml" in str(e.value)


def test_unknown_pack():
    with pytest.raises(PackError, match="未知规则包 'nosuchpack'"):
        Inspector("nosuchpack")
