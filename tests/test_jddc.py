"""Specificity guard on real JD agent turns (JDDC 2019 sample, research-only, never copied here).

Professional JD agents rarely break the rules, so what the jd pack flags in their turns is
mostly false positives, with ONE known exception: in this 2019 sample about 12 % of agent
turns call the customer 亲 / 亲亲 ("好的亲", "亲亲，配送的时候…"), which is exactly what
jd.forbidden_address.qin forbids. Those are true positives. Counting them would push any
correct pack above 5 %, and the guard would then say nothing about false positives. So:

* every category except forbidden_address and cold_reply: under 5 % of agent turns flagged;
* forbidden_address: every finding on 亲 really is 亲 used as a form of address, never inside
  a word like 亲自 / 亲肤 / 亲人 / 母亲 (those would be its false positives).

A SECOND known exception since stop 45: these agents also send the bare short replies seeds 000 and
003 forbid (可以的 / 是的 / 没事的 / 已经取消了, the kind of the seed's own 有的 / 没问题), about 6 % of
turns once any whole reply of three to seven characters without a courtesy word counts
(common.cold_reply.bare_short). They are checked apart: every cold_reply finding is a whole short
reply (its span covers every letter, digit and CJK character of the turn, seven of them at most
outside the seed's own word lists), and at most 10 % of turns are flagged cold.

The overall share, 亲 included, is printed for the record (pytest -s).  Skipped when the file
is absent.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest

from zhijian import Inspector

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JDDC = os.path.normpath(os.path.join(REPO, "..", "shared", "data", "external", "jddc_sample", "chat_0.1per.txt"))
MAX_FLAGGED_SHARE = 0.05
ADDRESS_CATEGORY = "forbidden_address"
COLD_CATEGORY = "cold_reply"
MAX_COLD_SHARE = 0.10
# 亲 inside these words is not a form of address.
NOT_ADDRESS_AFTER = set("自肤子人戚切手身眼测友情密和属近笔临历朋热吻")
NOT_ADDRESS_BEFORE = set("母父双相乡血至探省可成")



@pytest.fixture(autouse=True)
def _jddc_present():
    """Evaluation data outside the repository: missing, the tests FAIL saying where it goes (never skip)."""
    if not os.path.exists(JDDC):
        pytest.fail(f"找不到 JDDC 样本 {JDDC}（评测数据，不随项目分发，放在项目旁的 shared/data/external/）"
                    " / JDDC sample not found", pytrace=False)


def _agent_turns(path: str) -> list[str]:
    out = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) >= 7 and cols[2].strip() == "1":
                out.append("\t".join(cols[6:]))
    return out


@pytest.fixture(scope="module")
def checked():
    turns = _agent_turns(JDDC)
    assert len(turns) > 1000, "the JDDC sample should hold ~6,000 agent turns"
    results = Inspector("jd").check_many(turns)
    flagged = sum(1 for fs in results if fs)
    by_cat = Counter(c for fs in results for c in {f.category for f in fs})
    print(f"\nJDDC: {flagged} / {len(turns)} agent turns flagged = {flagged / len(turns):.2%} "
          f"(all categories); by category: {dict(by_cat.most_common())}")
    return turns, results


def test_jd_pack_flags_few_real_agent_turns(checked):
    turns, results = checked
    other = [(t, [(f.rule, f.match) for f in fs if f.category not in (ADDRESS_CATEGORY, COLD_CATEGORY)])
             for t, fs in zip(turns, results)]
    other = [(t, fs) for t, fs in other if fs]
    share = len(other) / len(turns)
    by_rule = Counter(r for _, fs in other for r in {x[0] for x in fs})
    print(f"JDDC: {len(other)} / {len(turns)} = {share:.2%} flagged outside {ADDRESS_CATEGORY} and {COLD_CATEGORY}; by rule {dict(by_rule.most_common())}")
    assert share < MAX_FLAGGED_SHARE, (
        f"{share:.2%} of real JD agent turns flagged outside {ADDRESS_CATEGORY} and {COLD_CATEGORY} "
        f"(limit {MAX_FLAGGED_SHARE:.0%}); "
        f"by rule {dict(by_rule.most_common(10))}; e.g. {other[:10]}"
    )


def test_forbidden_address_findings_are_real_address_uses(checked):
    turns, results = checked
    bad = []
    n = 0
    for t, fs in zip(turns, results):
        for f in fs:
            if f.category != ADDRESS_CATEGORY or not any(ch in "亲親" for ch in f.match):
                continue  # other address words (宝贝 …) are not checked here
            n += 1
            core = [ch for ch in f.match if ch.isalnum()]
            before = t[f.start - 1] if f.start > 0 else ""
            after = t[f.end] if f.end < len(t) else ""
            if (any(ch not in "亲親们們" for ch in core) or after in NOT_ADDRESS_AFTER
                    or before in NOT_ADDRESS_BEFORE):
                bad.append((t[max(0, f.start - 8) : f.end + 8], f.rule, f.match))
    print(f"JDDC: {n} {ADDRESS_CATEGORY} findings on 亲, {len(bad)} not an address use")
    assert not bad, bad[:20]


def _content(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def test_cold_reply_findings_are_whole_short_replies(checked):
    turns, results = checked
    cold = [(t, f) for t, fs in zip(turns, results) for f in fs if f.category == COLD_CATEGORY]
    share = len({id(t) for t, _ in cold}) / len(turns)
    print(f"JDDC: {len(cold)} {COLD_CATEGORY} findings, {share:.2%} of agent turns")
    bad = [(t, f.rule, f.match) for t, f in cold
           if _content(t) != _content(f.match) and not _content(t).startswith(_content(f.match))]
    short = [(t, f.rule) for t, f in cold if f.rule.endswith("bare_short") and len(_content(t)) > 9]
    assert not bad, bad[:20]  # (a trailing particle may stay outside the span: 好的哦)
    assert not short, short[:20]
    assert share < MAX_COLD_SHARE, f"{share:.2%} of real JD agent turns flagged {COLD_CATEGORY}"
