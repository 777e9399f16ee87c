"""One helper for the message-kind tests (tests/test_fresh*_message_kinds.py, test_meaning_rules*, test_clean_traps*,
test_model_declined*).

Each file lists ``KINDS = {kind: (pack, category, [hit texts], [clean texts])}``; ``kind_cases`` turns it into
parametrised cases and ``rule_categories`` gives what the rules alone (no model) find in a text.
"""

from __future__ import annotations

import json
import pathlib
from functools import lru_cache

import pytest

from zhijian import Inspector


def kind_cases(kinds: dict) -> list[tuple]:
    """``(kind, pack, category, text, hit)``: every hit text (hit=True), then every clean text (hit=False)."""
    cases = [(kind, pack, cat, text, True) for kind, (pack, cat, hits, _) in kinds.items() for text in hits]
    return cases + [(kind, pack, cat, text, False) for kind, (pack, cat, _, cleans) in kinds.items() for text in cleans]


def case_ids(cases: list[tuple]) -> list[str]:
    return [f"{c[0]}-{'hit' if c[4] else 'clean'}-{i}" for i, c in enumerate(cases)]


@lru_cache(maxsize=None)
def _rules_only(pack: str) -> Inspector:
    return Inspector(pack, models=False)


def rule_categories(pack: str, text: str) -> set[str]:
    """The categories the rules of ``pack`` find in ``text``."""
    return {f.category for f in _rules_only(pack).check(text)}


@lru_cache(maxsize=None)
def _with_model(pack: str) -> Inspector:
    return Inspector(pack)


def declined_pattern(category: str, pack: str = "jd"):
    """The pack's ``models.declined_clauses`` pattern of ``category`` (what the model layer sets aside)."""
    return _with_model(pack).semantic.declined_clauses[category]


def declined_cover(category: str, text: str, pack: str = "jd") -> tuple[int, int]:
    """``(clauses of text a declined form of category covers, clauses of text)`` — the model-veto tests."""
    from zhijian.engine.model_config import declined_units
    from zhijian.engine.semantic import clauses

    spans = clauses(text)
    return len(declined_units(spans, text, declined_pattern(category, pack))), len(spans)


def kind_test(kinds: dict):
    """The parametrised test of a ``KINDS`` table: every hit text reports its category, every clean text does not
    (``test_kind = kind_test(KINDS)`` in the test module)."""
    cases = kind_cases(kinds)

    @pytest.mark.parametrize("kind,pack,category,text,hit", cases, ids=case_ids(cases))
    def test_kind(kind, pack, category, text, hit):
        got = rule_categories(pack, text)
        assert (category in got) == hit, f"{text!r}: got {sorted(got)}"

    return test_kind


def hit_clean_tests(hits: list[tuple[str, str, str]], cleans: list[tuple[str, str]]):
    """The two parametrised tests of a ``HITS`` list ``(pack, category, text)`` and a ``CLEAN`` list ``(pack, text)``:
    the rules alone report each hit's category, and nothing at all in a clean text
    (``test_hit, test_clean = hit_clean_tests(HITS, CLEAN)`` in the test module)."""

    @pytest.mark.parametrize("pack,category,text", hits)
    def test_hit(pack, category, text):
        got = rule_categories(pack, text)
        assert category in got, (text, got)

    @pytest.mark.parametrize("pack,text", cleans)
    def test_clean(pack, text):
        got = rule_categories(pack, text)
        assert not got, (text, got)

    return test_hit, test_clean


def clean_now_test(cases: list[tuple[str, str, str]]):
    """The parametrised test of a list of ``(pack, category, text)`` the rules flagged before and now leave clean: the rules
    alone do not report ``category`` in ``text`` (``test_clean_now = clean_now_test([...])`` in the test module)."""

    @pytest.mark.parametrize("pack,category,text", cases)
    def test_clean_now(pack, category, text):
        assert category not in rule_categories(pack, text), text

    return test_clean_now


def declined_tests(declined: list[tuple[str, str]], still_read: list[tuple[str, str]]):
    """The two parametrised tests of a ``DECLINED`` list ``(category, text)`` — every clause of the clean text is set aside
    for the category by the model layer — and a ``STILL_READ`` list of their faulty twins, of which some clause is not
    (``test_declined, test_still_read = declined_tests(DECLINED, STILL_READ)`` in the test module)."""

    @pytest.mark.parametrize("category,text", declined)
    def test_declined(category, text):
        n, total = declined_cover(category, text)
        assert n == total, text

    @pytest.mark.parametrize("category,text", still_read)
    def test_still_read(category, text):
        n, total = declined_cover(category, text)
        assert n < total, text

    return test_declined, test_still_read


_DATA = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "data"


@lru_cache(maxsize=None)
def _read_rows(names: tuple[str, ...]) -> dict[str, dict]:
    """The lines of the read sets ``names`` (files of benchmarks/data) by id."""
    rows = {}
    for name in names:
        for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


def read_lines_exact_test(fixed: dict, names: tuple[str, ...]):
    """The parametrised test of a ``FIXED`` table (kind -> ids of lines of the read sets ``names``): each line is exact on
    the message categories, rules alone and with the model, as benchmarks/line_verdicts.py judges it
    (``test_fresh33_line_exact = read_lines_exact_test(FIXED, (...))`` in the test module)."""

    @pytest.mark.parametrize("kind,line_id", [(k, i) for k, ids in fixed.items() for i in ids])
    @pytest.mark.parametrize("models", [False, True], ids=["rules", "model"])
    def test_line_exact(kind, line_id, models):
        from zhijian.taxonomy import MESSAGE_CATEGORIES

        row = _read_rows(names)[line_id]
        inspector = _with_model(row.get("pack", "jd")) if models else _rules_only(row.get("pack", "jd"))
        got = {f.category for f in inspector.check(row["text"])} & set(MESSAGE_CATEGORIES)
        expect, ok = set(row["expect"]), set(row.get("ok_extra") or [])
        assert expect <= got <= expect | ok, (kind, line_id, sorted(got))

    return test_line_exact
