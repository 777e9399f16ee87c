"""One helper for the message-kind tests of the read fresh sets (tests/test_fresh*_message_kinds.py).

Each file lists ``KINDS = {kind: (pack, category, [hit texts], [clean texts])}``; ``kind_cases`` turns it into
parametrised cases and ``rule_categories`` gives what the rules alone (no model) find in a text.
"""

from __future__ import annotations

from functools import lru_cache

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
