"""The pack patterns searched only in texts holding a string every match needs (``zhijian.audit.prefilter``, issue 14,
stop 33).  No timing here: only that the strings read from a pattern are needed by every match, and that a wrapped
pattern answers every method as the pattern itself does, on texts with and without them.  The texts are written for
these tests (the pack's own pieces, shuffled with a fixed seed).
"""

from __future__ import annotations

import random
import re

import pytest

from zhijian.audit.config import ConversationConfig, _one_pattern
from zhijian.audit.prefilter import Prefiltered, prefiltered, required_strings


@pytest.mark.parametrize("pattern, strings", [
    ("(?<![不没])(可以|能)(给|为|帮)(您|你)(换|退)", {"可以", "能"}),  # the look-behind consumes nothing
    ("(您|你).{0,6}(或者|要么)", {"或者", "要么"}),  # the sharpest item: the longer strings
    ("(?:(专人|专员).{0,6}联系)|(?:(稍后|晚点).{0,6}回电)", {"联系", "回电"}),  # each branch brings one of its own
    ("[您你]可以", {"可以"}),
    ("x+[ab]", {"x"}),
])
def test_required_strings_are_what_every_match_contains(pattern, strings):
    assert required_strings(pattern) == frozenset(strings)


@pytest.mark.parametrize("pattern", [
    "(您|你)?(可以)?",  # may match the empty string
    "(?:可以给您)|(?:[^，]{2,4})",  # a branch with no literal
    "(?i)abc",  # case-insensitive: no filter
    "(?:ab)|(?i:cd)",
    "(.)\\1",  # a back-reference: nothing known
    "[a-z]+",  # a range
])
def test_no_strings_when_a_match_may_do_without(pattern):
    assert required_strings(pattern) is None


def test_short_or_unfiltered_patterns_are_left_as_they_are():
    short = re.compile("(可以|能)给您")
    assert prefiltered(short) is short
    long_open = re.compile("(?:" + "|".join(f"[^，]{{{k}}}" for k in range(1, 40)) + ")")
    assert prefiltered(long_open) is long_open


def _texts(pattern: Prefiltered, rng: random.Random) -> list[str]:
    """Texts with and without the strings a match needs: pieces of the pattern's own literals, shuffled."""
    lits = re.findall(r"[\u4e00-\u9fff]+", pattern.pattern)
    chars = sorted(set("".join(lits))) or ["好"]
    out = ["", "好的", "，。！？", "请问一下"]
    for _ in range(150):
        k = rng.randint(1, 20)
        out.append("".join(rng.choice(chars) for _ in range(k)))
        out.append("".join(rng.sample(lits, min(len(lits), rng.randint(1, 4)))) if lits else "好")
    return out


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


@pytest.mark.parametrize("pack", ["jd", "taobao", "generic"])
def test_wrapped_pack_patterns_answer_as_the_patterns(pack, request):
    cfg: ConversationConfig = request.getfixturevalue(pack)
    rng = random.Random(20260502)
    wrapped = 0
    for key, value in sorted(cfg.raw.items()):
        if not isinstance(value, (list, str)) or not value:
            continue
        try:
            p = cfg.patterns(key)
        except (re.error, TypeError):
            continue
        p = getattr(p, "wrapped", p)  # (the config remembers the pattern's answers: ``memo.remembered_pattern``, stop 43)
        if not isinstance(p, Prefiltered):
            continue
        wrapped += 1
        raw = p.compiled
        assert p.pattern == raw.pattern and p.flags == raw.flags and p.groups == raw.groups
        for t in _texts(p, rng):
            assert _same(p.search(t), raw.search(t)), (key, t)
            assert _same(p.match(t), raw.match(t)), (key, t)
            assert _same(p.fullmatch(t), raw.fullmatch(t)), (key, t)
            assert _same(p.search(t, 2), raw.search(t, 2)), (key, t)
            assert p.findall(t) == raw.findall(t), (key, t)
            assert [m.span() for m in p.finditer(t)] == [m.span() for m in raw.finditer(t)], (key, t)
            assert p.sub("", t) == raw.sub("", t) and p.subn("#", t) == raw.subn("#", t), (key, t)
            assert p.split(t) == raw.split(t), (key, t)
    assert wrapped >= 5  # (the long lists of the common pack: said_before, handover_forms, suggestion_shop_forms …)


def test_a_wrapped_pattern_still_finds_what_it_finds():
    p = _one_pattern(("(?<![不没])(可以|能|马上|这就)(给|为|帮)(您|你)(换|退|补|修|重新|安排|更换|寄|调换|升级|延期)",
                      "(专人|专员|工作人员|负责人|售后同事|主管).{0,6}(和|与|跟|给)(您|你)(联系|回电|致电|回访)"))
    assert isinstance(p, Prefiltered)
    assert p.search("这边马上给您换一个新的").group() == "马上给您换"
    assert p.search("稍后会有专员和您联系") is not None
    assert p.search("不能给您换") is None and p.search("今天天气不错") is None
    assert p.sub("*", "可以帮你退") == "*" and p.sub("*", "没什么") == "没什么"
