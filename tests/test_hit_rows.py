"""``Ruleset.hit_row`` splits a pattern's entries for ``matcher.scan`` (issue 14, stop 33): word-group entries,
the exception / qualifier entries always read (shop exemptions, rules needing no hit) and the others by rule.
The split must keep every entry exactly once, so that ``scan`` reads the same exceptions and qualifiers as
when it looked at every entry."""

from __future__ import annotations

from collections import Counter

import pytest

from zhijian import Inspector
from zhijian.engine.pattern_table import EXCEPTION, GROUP


@pytest.mark.parametrize("pack", ["jd", "taobao", "generic"])
def test_split_keeps_every_entry_once(pack):
    rs = Inspector(pack, models=False).ruleset
    for pid in range(len(rs.literals)):
        groups, always, by_rule = rs.hit_row(pid)
        ents = rs.entries[pid]
        assert [g[0] for g in groups] == [e for e in ents if e.role == GROUP]
        others = Counter((e.rule, e.role == EXCEPTION) for e in ents if e.role != GROUP)
        split = Counter(always) + Counter((ri, x) for ri, xs in by_rule.items() for x in xs)
        assert split == others
        assert all(ri < 0 or ri in rs.plan_rules for ri, _ in always)
        assert not any(ri < 0 or ri in rs.plan_rules for ri in by_rule)


@pytest.mark.parametrize("text", ["您好，这个问题可以帮您看一下吗", "亲，京东上有同款吗？", "抱歉给您带来不便了吗"])
def test_shared_qualifier_words_give_the_same_findings_one_by_one_and_in_a_batch(text):
    ins = Inspector("jd", models=False)
    assert ins.check_many([text, text + "。"]) == [ins.check(text), ins.check(text + "。")]
