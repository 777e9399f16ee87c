"""The clause scope of the clause-context filter (engine/clause_context.py) found by bisecting the marks of a text
once, instead of scanning the text from its start for every hit: the same clause as the plain definition, on any
text (a 1 MB message with thousands of hits used to cost its length once per hit)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhijian.engine.clause_context import CLAUSE_MARKS, SENTENCE_ENDS, scope


def _plain_scope(text: str, s: int, e: int, reach_next: bool) -> tuple[int, int]:
    left = max((i + 1 for i in range(s) if text[i] in CLAUSE_MARKS), default=0)
    after = [i for i in range(e, len(text)) if text[i] in CLAUSE_MARKS]
    if not after:
        return left, len(text)
    if not reach_next or text[after[0]] in SENTENCE_ENDS:
        return left, after[0]
    return left, after[1] if len(after) > 1 else len(text)


_TEXT = st.text(alphabet=st.sampled_from(list("微信淘宝不会让您加我的") + list(CLAUSE_MARKS)), max_size=60)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 60), st.integers(0, 8), st.booleans())
def test_scope_is_the_plain_clause(text, s, width, reach_next):
    s = min(s, len(text))
    e = min(s + width, len(text))
    assert scope(text, s, e, reach_next) == _plain_scope(text, s, e, reach_next)


def test_scope_on_a_long_text_with_many_clauses():
    text = "请不要加微信，" * 20_000
    s = text.index("微信", len(text) // 2)
    assert scope(text, s, s + 2) == (s - 4, s + 2)
