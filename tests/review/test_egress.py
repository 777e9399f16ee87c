"""Webhooks reach public addresses only (zhijian/review/egress.py): a host written as a non-public IP is
refused when the hook is read, a name that resolves to one is refused on connecting, before any request
byte is sent, and neither is retried; ``ZHIJIAN_WEBHOOK_PRIVATE=allow`` lets an operator opt in."""

from __future__ import annotations

import pytest

from review.loopback import receiver  # noqa: F401 - receiver is a fixture
from zhijian.review.alerts import Webhook, deliver
from zhijian.review.egress import ENV, refused_literal


@pytest.fixture
def guarded(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)  # the conftest allows internal receivers; take it back


@pytest.mark.parametrize("host", ["127.0.0.1", "10.1.2.3", "192.168.0.10", "172.16.5.4", "169.254.169.254",
                                  "0.0.0.0", "::1", "fe80::1", "::ffff:127.0.0.1", "fd00::1", "100.64.0.1"])
def test_a_non_public_ip_is_refused_when_the_hook_is_read(guarded, host):
    url = f"http://[{host}]:8080/x" if ":" in host else f"http://{host}:8080/x"
    assert refused_literal(host) is not None
    with pytest.raises(ValueError) as e:
        Webhook.from_dict({"url": url, "format": "json"}, "webhooks[0]")
    assert "webhooks[0].url" in str(e.value) and "不是公网地址" in str(e.value) and ENV in str(e.value)


@pytest.mark.parametrize("host", ["8.8.8.8", "2001:4860:4860::8888", "oapi.dingtalk.com"])
def test_public_ips_and_names_pass_the_first_check(guarded, host):
    assert refused_literal(host) is None


def test_a_name_resolving_to_loopback_is_refused_on_connect_and_not_retried(guarded, receiver):
    sleeps: list[float] = []
    url = receiver.url("/hook").replace("127.0.0.1", "localhost")
    d = deliver(Webhook(url, "json"), {"a": 1}, attempts=3, sleep=sleeps.append)
    assert (d.ok, d.attempts, d.status) == (False, 1, None) and sleeps == []
    assert "不是公网地址" in d.error and "localhost" in d.error
    assert receiver.requests == []  # nothing reached it


def test_the_operator_can_allow_internal_receivers(monkeypatch, receiver):
    monkeypatch.setenv(ENV, "allow")
    d = deliver(Webhook(receiver.url("/hook").replace("127.0.0.1", "localhost"), "json"), {"a": 1})
    assert d.ok and len(receiver.requests) == 1
