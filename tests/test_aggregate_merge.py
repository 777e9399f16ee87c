"""``Aggregate.merge``: partial aggregates (one per worker chunk or Spark partition), merged in any order,
equal one aggregate that saw every chat; partials survive pickling (they travel from executors).

Also the batch core (``zhijian.batch.core.audit_batch``) that both engines call: its lines are the
local ``--format jsonl`` bytes.
"""

from __future__ import annotations

import pickle
import random
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from zhijian.audit.auditor import AuditResult
from zhijian.batch.aggregate import Aggregate
from zhijian.batch.core import AuditSettings, audit_batch
from zhijian.batch.jsonl import encode_line
from zhijian.batch.logs import read_logs

ROOT = Path(__file__).resolve().parents[1]
CHATS = ROOT / "examples" / "chats.jsonl"


@pytest.fixture(scope="module")
def results() -> list[AuditResult]:
    items = list(read_logs([str(CHATS)]))
    out = audit_batch(items, AuditSettings(keep_messages=True, worst_kept=20))
    assert not [a.error for a in out.chats if a.error]
    return [a.result for a in out.chats]


def one_by_one(results: list[AuditResult], worst_kept: int = 20) -> Aggregate:
    agg = Aggregate(worst_kept=worst_kept)
    for r in results:
        agg.add(r)
    return agg


def test_merged_partials_equal_one_aggregate_in_any_split_and_order(results):
    whole = one_by_one(results)
    rnd = random.Random(7)
    for _ in range(5):
        cuts = sorted(rnd.sample(range(1, len(results)), 6))
        parts = []
        for lo, hi in zip([0, *cuts], [*cuts, len(results)]):
            part = Aggregate(worst_kept=20)
            for k in range(lo, hi):
                part.add(results[k], k + 1)  # position in the input, as the runner and the Spark job give it
            parts.append(pickle.loads(pickle.dumps(part)))  # as if sent from a worker or an executor
        rnd.shuffle(parts)
        merged = Aggregate(worst_kept=20)
        for p in parts:
            merged.merge(p)
        assert merged.to_dict() == whole.to_dict()
        assert [r.id for r in merged.worst()] == [r.id for r in whole.worst()]
        assert merged.total.chats == len(results)


def test_merge_is_exact_where_float_sums_would_depend_on_the_order(results):
    """Scores like 82.3 and waits like 0.1 s do not add up exactly in binary: the sums are exact (integers
    over powers of two, read as Fractions)."""
    rs = [AuditResult(f"c{k}", "jd", 82.3 if k % 2 else 97.1, [], waits=[0.1, 0.7, 13.3]) for k in range(1001)]
    forward, backward = Aggregate(worst_kept=0), Aggregate(worst_kept=0)
    for r in rs:
        forward.add(r)
    for k, r in enumerate(reversed(rs)):
        part = Aggregate(worst_kept=0)
        part.add(r, k)
        backward.merge(part)
    assert forward.to_dict() == backward.to_dict()
    assert forward.total.score_total == backward.total.score_total
    assert forward.total.wait_total == backward.total.wait_total


def test_worst_ties_keep_the_earlier_chat(results):
    rs = [AuditResult(f"c{k}", "jd", 50.0, []) for k in range(10)]
    agg = Aggregate(worst_kept=3)
    for r in rs:
        agg.add(r)
    assert [r.id for r in agg.worst()] == ["c0", "c1", "c2"]
    late, early = Aggregate(worst_kept=3), Aggregate(worst_kept=3)
    for k, r in enumerate(rs):
        (early if k < 5 else late).add(r, ("b.jsonl", k) if k < 5 else ("b.jsonl", k))
    merged = Aggregate(worst_kept=3).merge(late).merge(early)
    assert [r.id for r in merged.worst()] == ["c0", "c1", "c2"]


def test_core_lines_are_the_cli_bytes_and_bad_lines_pass_through(tmp_path):
    path = tmp_path / "chats.jsonl"
    lines = CHATS.read_bytes().splitlines(keepends=True)[:20]
    path.write_bytes(b"".join(lines[:5]) + b"{broken\n" + b"".join(lines[5:]))
    items = list(read_logs([str(path)]))
    out = audit_batch(items, AuditSettings())
    assert len(out.chats) == len(items) == 21
    bad = [a for a in out.chats if a.error]
    assert len(bad) == 1 and bad[0].bad_line and f"{path} 第6行" in bad[0].error
    good = [a for a in out.chats if a.result is not None]
    assert all(a.line == encode_line(a.result.to_dict()) for a in good)
    assert out.aggregate.total.chats == 20


def test_unknown_pack_field_is_an_error_naming_file_and_line(tmp_path):
    path = tmp_path / "chats.jsonl"
    path.write_text('{"id": "x", "pack": "nosuchpack", "messages": [{"role": "customer", "text": "在吗"}]}\n',
                    encoding="utf-8")
    out = audit_batch(list(read_logs([str(path)])), AuditSettings())
    (a,) = out.chats
    assert a.result is None and not a.bad_line and f"{path} 第1行" in a.error and "nosuchpack" in a.error


@settings(max_examples=300, deadline=None)
@given(scores=st.lists(st.floats(0, 100, allow_nan=False) | st.integers(0, 100), min_size=1, max_size=40),
       waits=st.lists(st.lists(st.floats(0, 1e7, allow_nan=False, allow_subnormal=True), max_size=5), min_size=40,
                      max_size=40),
       cut=st.integers(0, 40), data=st.data())
def test_integer_sums_are_the_exact_fraction_sums(scores, waits, cut, data):
    """Scores and waits summed as integers over powers of two equal the sums of ``Fraction(x)`` exactly, in
    one aggregate and in partials merged in any order (floats from subnormal to large, ints too)."""
    rs = [AuditResult(f"c{k}", "jd", s, [], waits=waits[k]) for k, s in enumerate(scores)]
    whole = Aggregate(worst_kept=0)
    for r in rs:
        whole.add(r)
    parts = [Aggregate(worst_kept=0), Aggregate(worst_kept=0)]
    for k, r in enumerate(rs):
        parts[k >= cut].add(r, k)
    if data.draw(st.booleans()):
        parts.reverse()
    merged = Aggregate(worst_kept=0).merge(pickle.loads(pickle.dumps(parts[0]))).merge(parts[1])
    exact_score = sum((Fraction(s) for s in scores), Fraction(0))
    exact_wait = sum((Fraction(w) for r in rs for w in r.waits), Fraction(0))
    for agg in (whole, merged):
        assert agg.total.score_total == exact_score and agg.total.wait_total == exact_wait
        assert agg.total.wait_n == sum(len(r.waits) for r in rs)
    assert merged.to_dict() == whole.to_dict()
    n = len(rs)
    assert whole.total.summary()["avg_score"] == round(float(exact_score / n), 1)
