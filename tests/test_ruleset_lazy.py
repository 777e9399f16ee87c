"""A ruleset read back from the on-disk cache compiles no regex until one is used (issue 14: start-up), and finds
what the ruleset it was pickled from finds.

The rule regexes (RE2: ``safe_regex.Re2Pattern``; Python ``re`` where a shipped pattern needs look-ahead), the gates
of the plan, its emoji forms and its one character search (``lazy_regex.LazyRegex``) are pickled as their sources.
The texts are the packs' own rule examples (no dev case, no benchmark set).
"""

from __future__ import annotations

import pickle
import re

import pytest
import re2

from zhijian.engine import safe_regex
from zhijian.engine.inspector import Inspector
from zhijian.engine.lazy_regex import LazyRegex
from zhijian.engine.matcher import scan
from zhijian.engine.normalize import normalise
from zhijian.engine.plan_spans import RegexSpans
from zhijian.engine.safe_regex import Re2Pattern


@pytest.fixture(scope="module")
def rs():
    return Inspector("jd", models=False).ruleset


def _patterns(rs) -> list:
    """Every compiled pattern object the ruleset holds."""
    out = list(rs.regexes.values()) + list(rs.regex_gates.values()) + [rs.plan_chars]
    for _, _, arg, spans_of in rs.plan:
        out += [arg] if isinstance(arg, LazyRegex) else []
        out += [spans_of.rx] if isinstance(spans_of, RegexSpans) else []
    return [p for p in out if p is not None]


def _texts(rs) -> list[str]:
    return sorted({ex.text for r in rs.rules for ex in (*r.match_examples, *r.no_match_examples)})


def test_every_pattern_of_a_ruleset_is_lazy_or_re2(rs):
    pats = _patterns(rs)
    assert sum(isinstance(p, Re2Pattern) for p in pats) >= 30 and sum(isinstance(p, LazyRegex) for p in pats) >= 30
    assert all(isinstance(p, (Re2Pattern, LazyRegex)) for p in pats), {type(p) for p in pats}


def test_reading_a_ruleset_back_compiles_no_regex(rs, monkeypatch):
    data = pickle.dumps(rs, protocol=pickle.HIGHEST_PROTOCOL)
    compiled: list = []
    real_re, real_re2 = re._compile, re2.compile
    monkeypatch.setattr(re, "_compile", lambda *a: compiled.append(a) or real_re(*a))
    monkeypatch.setattr(safe_regex.re2, "compile", lambda *a, **k: compiled.append(a) or real_re2(*a, **k))
    back = pickle.loads(data)
    assert compiled == []
    assert all((p.rx if isinstance(p, Re2Pattern) else p._rx) is None for p in _patterns(back))
    assert [p.pattern for p in _patterns(back)] == [p.pattern for p in _patterns(rs)]


def test_a_ruleset_read_back_finds_what_it_found(rs):
    back = pickle.loads(pickle.dumps(rs))
    texts = _texts(rs)
    assert len(texts) > 500
    want = [scan(rs, normalise(t)) for t in texts]
    assert [scan(back, normalise(t)) for t in texts] == want
    assert sum(map(bool, want)) > 300
    used = [p for p in _patterns(back) if (p.rx if isinstance(p, Re2Pattern) else p._rx) is not None]
    assert len(used) > 20  # the examples ran regexes: compiled on first use, and found the same


def test_a_lazy_regex_searches_like_the_compiled_pattern():
    lazy = LazyRegex("淘宝|拼多多")
    assert lazy._rx is None
    assert lazy.search("去淘宝买").span() == re.search("淘宝|拼多多", "去淘宝买").span()
    assert lazy._rx is not None and lazy.search("去淘宝买").span() == (1, 3)  # now the compiled pattern's own method
    assert [m.span() for m in LazyRegex("[0-9]+").finditer("a12b345")] == [(1, 3), (4, 7)]
    back = pickle.loads(pickle.dumps(lazy))
    assert back._rx is None and back.pattern == lazy.pattern and back.search("拼多多") is not None
