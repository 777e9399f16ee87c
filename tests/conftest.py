"""Fixtures shared by the test modules (tests/ is on sys.path: helper modules such as chat_fixtures are imported
by name)."""

from __future__ import annotations

import pytest

from zhijian.audit import Auditor


@pytest.fixture(scope="session")
def auditor():
    """The jd pack's auditor, built once for the conversation-kind tests (its memos are pure readings of the text:
    sharing it across modules changes no result).  A module that needs a fresh one defines its own."""
    return Auditor("jd")
