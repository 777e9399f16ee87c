"""The review tests' webhook receivers listen on 127.0.0.1, which the service refuses as a webhook target
unless the operator allows internal addresses (zhijian/review/egress.py); these tests allow them.
``tests/review/test_egress.py`` checks the refusal with the permission taken away again."""

from __future__ import annotations

import pytest

from zhijian.review.egress import ENV


@pytest.fixture(autouse=True, scope="package")  # package: module-scoped service fixtures see it too
def _internal_receivers_allowed():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ENV, "allow")
        yield
