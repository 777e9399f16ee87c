"""A second reading (issue 11, fusion): where the rules already found a category of a message, a model finding of
another category needs the pack's ``models.second_reading.score`` (0.95 as shipped); a form of address listed in
``ignore`` (亲) does not count as the rules' reading.  Shops change or switch it off in an override."""

from __future__ import annotations

import pytest

from zhijian import Inspector
from zhijian.engine.findings import Finding
from zhijian.engine.packs import PackError
from zhijian.engine.semantic import ModelCategory, ModelConfig


def _cats(insp, text):
    return [(f.category, f.source) for f in insp.check(text)]


@pytest.fixture(scope="module")
def shipped():
    return Inspector("jd")


@pytest.fixture(scope="module")
def no_bar(tmp_path_factory):
    p = tmp_path_factory.mktemp("ov") / "shop.yaml"
    p.write_text("models:\n  second_reading: {score: 0}\n", encoding="utf-8")
    return Inspector("jd", overrides=str(p))


# rules read impatience; the model adds questioning / shirking / uncivil readings below 0.95
SECOND = ["有完没完，说了不退就是不退", "你烦不烦，说了不退就是不退"]


@pytest.mark.parametrize("text", SECOND)
def test_a_second_category_beside_a_rule_reading_needs_the_bar(shipped, no_bar, text):
    got, without = _cats(shipped, text), _cats(no_bar, text)
    assert all(src == "rule" for _, src in got), got
    assert any(src == "model" for _, src in without), without  # the bar is what removed it
    assert {c for c, s in without if s == "rule"} == {c for c, _ in got}


# (stop 46: 系统就这样设置的 as the whole answer is a shirking rule now, common.shirking.rule_as_answer; the model-only
# reading is tested on a company decision instead)
@pytest.mark.parametrize("text", ["亲，系统这么设置我们也没法子", "亲，我们也没法子，公司这么定的"])
def test_a_form_of_address_is_no_reading_of_the_message(shipped, text):
    got = _cats(shipped, text)
    assert ("forbidden_address", "rule") in got and ("shirking", "model") in got


def test_without_rule_findings_the_model_keeps_its_own_threshold(shipped):
    assert ("shirking", "model") in _cats(shipped, "我们也没法子，公司这么定的")


@pytest.mark.parametrize("text", SECOND + ["亲，系统这么设置我们也没法子"])
def test_batch_and_single_paths_agree(shipped, text):
    assert shipped.check_many([text, "您好"])[0] == shipped.check(text)


def _rule(cat):
    return Finding("r", cat, "major", 0, 1, "x", "m", "s")


def test_second_bar_reads_the_rule_categories():
    cfg = ModelConfig("m.npz", (ModelCategory("questioning", -1.0, "major", "m", "s"),), 0.95,
                      frozenset({"forbidden_address"}))
    assert cfg.second_bar("questioning", []) == 0.0
    assert cfg.second_bar("questioning", [_rule("forbidden_address")]) == 0.0
    assert cfg.second_bar("questioning", [_rule("forbidden_address"), _rule("impolite")]) == 0.95
    # the packs' precedence: where the model's category is the better reading of the rule's, no second bar
    better = {"arbitrary_promise": frozenset({"induce_review"})}
    assert cfg.second_bar("induce_review", [_rule("arbitrary_promise")], better) == 0.0
    assert cfg.second_bar("questioning", [_rule("arbitrary_promise")], better) == 0.95


def test_a_review_reward_read_as_a_gift_keeps_the_models_review_reading(shipped):
    # the rules read an extra gift (arbitrary_promise); the model reads the reward for a review, the better reading
    got = _cats(shipped, "好评里提一句包装很用心，随单的小样我给您多塞两包")
    assert ("induce_review", "model") in got or ("induce_review", "rule") in got, got


@pytest.mark.parametrize("bad", [{"score": 2}, {"score": True}, {"ignore": ["no_such"]}, {"scores": 0.9}, "0.9"])
def test_bad_second_reading_is_refused_in_chinese(bad):
    d = {"categories": {"questioning": {"message": "m", "suggestion": "s"}}, "second_reading": bad}
    with pytest.raises(PackError, match="second_reading"):
        ModelConfig.from_dict(d, "测试包")


@pytest.mark.parametrize("text", ["刘先生，订单还没有发货，可以改，您把新的地址发给我，我这边帮您修改。",
                                  "刘先生，这套四件套目前有现货，今天下午四点前付款当天就能发出。"])
def test_a_clause_that_only_addresses_the_customer_is_not_scored(shipped, text):
    # a bare 刘先生 scored alone looked like someone's data to the model (privacy_leak) in generated chats
    assert shipped.check(text) == [] == shipped.check_many([text])[0]


def test_a_named_person_with_more_is_still_read(shipped):
    # (since stop 42 the rule common.privacy.neighbour_named reads this one too, and a rule finding in the same clause
    # wins over the model's: either reading is the leak read)
    got = _cats(shipped, "隔壁王女士买了两套，她家住在5单元")
    assert ("privacy_leak", "model") in got or ("privacy_leak", "rule") in got, got


def test_address_units_is_a_pack_setting(tmp_path):
    bad = {"categories": {"questioning": {"message": "m", "suggestion": "s"}}, "address_units": "(先生"}
    with pytest.raises(PackError, match="address_units"):
        ModelConfig.from_dict(bad, "测试包")
    p = tmp_path / "shop.yaml"
    p.write_text("models:\n  address_units: '.*'\n", encoding="utf-8")
    with pytest.raises(PackError, match="address_units"):
        Inspector("jd", overrides=str(p))
