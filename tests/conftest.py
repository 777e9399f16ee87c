"""Fixtures shared by the test modules (tests/ is on sys.path: helper modules such as chat_fixtures are imported
by name)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from zhijian import Inspector
from zhijian.audit import Auditor


@pytest.fixture(scope="session")
def auditor():
    """The jd pack's auditor, built once for the conversation-kind tests (its memos are pure readings of the text:
    sharing it across modules changes no result).  A module that needs a fresh one defines its own."""
    return Auditor("jd")


@pytest.fixture(scope="session")
def auditors(auditor):
    """The built-in packs' auditors by pack name (jd shares ``auditor``), built once for the kind tests that audit the
    same turns on several packs.  A module that needs one with overrides builds its own."""
    return {"jd": auditor, "taobao": Auditor("taobao"), "generic": Auditor("generic")}


@lru_cache(maxsize=None)
def _inspector(pack: str, models: bool) -> Inspector:
    return Inspector(pack, models=models)


@pytest.fixture(scope="session")
def inspector():
    """A factory of built-in pack inspectors, one per (pack, models) for the whole session: ``inspector("jd")``,
    ``inspector("taobao", models=False)``.  An Inspector holds no per-check state, so sharing one changes no result.
    A module that needs an inspector with overrides builds its own."""
    return lambda pack="jd", models=True: _inspector(pack, models)


@pytest.fixture(scope="session")
def jd(inspector):
    """The jd pack's inspector with its models (a module that needs another, e.g. rules only, defines its own)."""
    return inspector("jd")


@pytest.fixture(scope="session")
def taobao(inspector):
    return inspector("taobao")


def model_categories(insp: Inspector, text: str) -> list[str]:
    """The categories of the model findings of one check (``source == "model"``)."""
    return [f.category for f in insp.check(text) if f.source == "model"]
