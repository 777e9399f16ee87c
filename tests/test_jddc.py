"""Specificity guard on real JD agent turns (JDDC 2019 sample, research-only, never copied here).

Professional JD agents rarely break the rules, so the share of agent turns the jd pack flags
is (almost all) false positives.  It must stay below 5 %.  Skipped when the file is absent.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest

from zhijian import Inspector

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JDDC = os.path.normpath(os.path.join(REPO, "..", "shared", "data", "external", "jddc_sample", "chat_0.1per.txt"))
MAX_FLAGGED_SHARE = 0.05


def _agent_turns(path: str) -> list[str]:
    out = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) >= 7 and cols[2].strip() == "1":
                out.append("\t".join(cols[6:]))
    return out


@pytest.mark.skipif(not os.path.exists(JDDC), reason=f"JDDC sample not found at {JDDC}")
def test_jd_pack_flags_few_real_agent_turns():
    turns = _agent_turns(JDDC)
    assert len(turns) > 1000, "the JDDC sample should hold ~6,000 agent turns"
    results = Inspector("jd").check_many(turns)
    flagged = sum(1 for fs in results if fs)
    share = flagged / len(turns)
    by_rule = Counter(r for fs in results for r in {f.rule for f in fs})
    print(f"\nJDDC: {flagged} / {len(turns)} agent turns flagged = {share:.2%}; by rule: {dict(by_rule.most_common())}")
    examples = [(t, [(f.rule, f.match) for f in fs]) for t, fs in zip(turns, results) if fs][:10]
    assert share < MAX_FLAGGED_SHARE, (
        f"{share:.2%} of real JD agent turns flagged (limit {MAX_FLAGGED_SHARE:.0%}); "
        f"by rule {dict(by_rule.most_common(10))}; e.g. {examples}"
    )
