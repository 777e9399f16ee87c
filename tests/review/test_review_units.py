"""Issue 13, the pure parts of the review: shop settings validation, sampling policies, calibration
figures (Wilson intervals)."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from zhijian.review import calibration, sampling, settings

C = sampling.ChatSummary


def chats(n, agent="a", day="2026-05-01", shop="S"):
    prefix = agent if day == "2026-05-01" else f"{agent}-{day}-"
    return [C(f"{prefix}{i}", shop, agent, day, float(100 - i), i == 0) for i in range(n)]


def test_defaults_and_validation_messages_name_the_field():
    d = settings.validate({})
    assert d["appeal_days"] == 7 and d["sampling"][0] == {"kind": "fatal"}
    for data, where in [({"sampling": [{"kind": "nope"}]}, "sampling[0].kind"),
                        ({"sampling": [{"kind": "lowest", "percent": 0}]}, "sampling[0].percent"),
                        ({"sampling": [{"kind": "random", "share": 0.1, "extra": 1}]}, "sampling[0]"),
                        ({"sampling": [{"kind": "random", "min": 1.5}]}, "sampling[0].min"),
                        ({"appeal_days": -1}, "appeal_days"), ({"appeal_days": True}, "appeal_days"),
                        ({"precision_bar": float("nan")}, "precision_bar"), ({"nope": 1}, "未知字段"),
                        ({"alerts": {"on_fatal": "yes"}}, "alerts.on_fatal"),
                        ({"alerts": {"webhooks": [{"format": "x", "url": "https://a.b/"}]}}, "alerts.webhooks[0].format")]:
        with pytest.raises(settings.SettingsError) as e:
            settings.validate(data)
        assert where in str(e.value)
    with pytest.raises(settings.SettingsError):
        settings.validate([])


def test_public_hides_secrets_and_url_tokens():
    d = settings.validate({"alerts": {"webhooks": [{"format": "feishu", "secret": "s3",
                                                     "url": "https://open.feishu.cn/open-apis/bot/v2/hook/TOKEN"},
                                                    {"format": "dingtalk", "url": "https://x.y/send?access_token=T"}]}})
    shown = settings.public(d)["alerts"]["webhooks"]
    assert shown[0]["secret"] == "******" and shown[1]["url"] == "https://x.y/send?…"
    assert d["alerts"]["webhooks"][0]["secret"] == "s3"  # the original is untouched


def test_fatal_and_lowest():
    cs = chats(10)
    assert sampling.sample(cs, [], [{"kind": "fatal"}]) == {"a0": ("fatal", "含致命项")}
    got = sampling.sample(cs, [], [{"kind": "lowest", "percent": 20}])
    assert set(got) == {"a9", "a8"}  # the two lowest scores
    assert set(sampling.sample(cs, [], [{"kind": "lowest", "percent": 1}])) == {"a9"}  # at least one
    # each chat once, under the first policy that picked it
    both = sampling.sample(cs, [], [{"kind": "fatal"}, {"kind": "lowest", "percent": 100}])
    assert both["a0"][0] == "fatal" and len(both) == 10


def test_random_is_per_agent_and_day_and_reproducible():
    cs = chats(50, "a") + chats(50, "b") + chats(50, "a", day="2026-05-02")
    pol = [{"kind": "random", "share": 0.1, "min": 1}]
    one = sampling.sample(cs, [], pol)
    assert one == sampling.sample(list(reversed(cs)), [], pol)  # order does not matter
    per = {}
    for c in cs:
        if c.id in one:
            per[(c.agent, c.day)] = per.get((c.agent, c.day), 0) + 1
    assert per == {("a", "2026-05-01"): 5, ("b", "2026-05-01"): 5, ("a", "2026-05-02"): 5}
    assert len(sampling.sample(chats(3), [], [{"kind": "random", "share": 0.01, "min": 2}])) == 2


def test_near_threshold():
    cs = chats(3)
    hits = [sampling.ModelHit("a1", "diversion", 0.52, 0.5), sampling.ModelHit("a2", "abuse", 0.9, 0.5),
            sampling.ModelHit("zz", "abuse", 0.5, 0.5)]
    got = sampling.sample(cs, hits, [{"kind": "near_threshold", "margin": 0.05}])
    assert set(got) == {"a1"} and "0.52" in got["a1"][1]


def test_wilson_known_values_and_bounds():
    lo, hi = calibration.wilson(1, 2)
    assert abs(lo - 0.0945) < 1e-3 and abs(hi - 0.9055) < 1e-3
    lo, hi = calibration.wilson(0, 10)
    assert lo == 0.0 and abs(hi - 0.2775) < 1e-3
    assert calibration.wilson(0, 0) == (0.0, 1.0)


@given(st.integers(0, 500), st.integers(0, 500))
def test_wilson_contains_the_proportion(right, wrong):
    n = right + wrong
    lo, hi = calibration.wilson(right, n)
    assert 0 <= lo <= hi <= 1
    if n:
        assert lo - 1e-12 <= right / n <= hi + 1e-12


def test_tally_per_rule_and_category():
    rows = [("r1", "diversion", "rule", "confirmed"), ("r1", "diversion", "rule", "rejected"),
            ("r1", "diversion", "rule", None), ("m", "diversion", "model", "upheld"),
            ("r2", "abuse", "rule", "overturned")]
    t = calibration.tally(rows, bar=0.8)
    rules = {d["key"]: d for d in t["rules"]}
    assert (rules["r1"]["confirmed"], rules["r1"]["rejected"], rules["r1"]["pending"]) == (1, 1, 1)
    assert rules["r1"]["precision"] == 0.5 and rules["r1"]["below_bar"]
    assert rules["m"]["precision"] == 1.0 and not rules["m"]["below_bar"] and rules["m"]["source"] == "model"
    cats = {d["key"]: d for d in t["categories"]}
    assert cats["diversion"]["judged"] == 3 and cats["abuse"]["precision"] == 0.0
    assert [d["key"] for d in t["rules"]][0] == "r2"  # the worst first
