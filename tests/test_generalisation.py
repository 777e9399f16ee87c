"""Sentences written for this test only (not from the dev cases): how the packs generalise.

Each line has ``expect`` (categories that must be reported) and optional ``ok_extra``; no other
category may be reported.  The suite demands at least 95 % of lines right and prints the misses,
so that a rule change which trades one category for another shows up here.
"""

import json
import pathlib

import pytest

from zhijian import Inspector

CASES = [json.loads(l) for l in (pathlib.Path(__file__).parent / "cases" / "generalisation.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]


@pytest.fixture(scope="module")
def inspectors():
    return {p: Inspector(p) for p in {c["pack"] for c in CASES}}


def test_generalisation_cases(inspectors):
    misses = []
    for c in CASES:
        got = {f.category for f in inspectors[c["pack"]].check(c["text"])}
        exp = set(c["expect"])
        ok = exp | set(c.get("ok_extra", []))
        if not exp <= got or not got <= ok:
            misses.append(f'{c["pack"]}: {c["text"]} expected {sorted(exp)} got {sorted(got)}')
    rate = 1 - len(misses) / len(CASES)
    print(f"generalisation: {rate:.3f} ({len(CASES) - len(misses)}/{len(CASES)})")
    for m in misses:
        print("MISS", m)
    assert rate >= 0.95, "\n".join(misses)
