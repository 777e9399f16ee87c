"""Where the service may send a webhook: public internet addresses only, unless the operator allows more.

A shop admin writes the webhook URL, and the server POSTs to it.  Left unguarded, that lets anyone
with a shop's admin key make the server call what only it can reach: ``127.0.0.1`` (its own admin
ports), the private network (``10.x``, ``192.168.x``), the cloud metadata service (``169.254.169.254``).
So the address is checked twice:

* when the hook is saved or sent: a URL whose host is written as a non-public IP address is refused
  at once (:func:`refused_literal`);
* on every connection: the address the socket actually connected to (after DNS, so a name that
  resolves — or is re-pointed — to a private address is caught as well) must be public
  (:class:`GuardedHTTPConnection`), before a byte of the request or a TLS handshake is sent.

Redirects are never followed (a public receiver cannot bounce the request inward).  An installation
whose robots really live on the internal network (an on-premises WeCom gateway, a proxy) sets
``ZHIJIAN_WEBHOOK_PRIVATE=allow`` in the server's environment.
"""

from __future__ import annotations

import http.client
import ipaddress
import os
import urllib.request

ENV = "ZHIJIAN_WEBHOOK_PRIVATE"


def private_allowed() -> bool:
    """The operator allowed internal addresses (``ZHIJIAN_WEBHOOK_PRIVATE=allow``)."""
    return os.environ.get(ENV, "").strip().lower() in ("allow", "1", "true", "yes")


class PrivateAddress(OSError):
    """A webhook connection to a loopback, private, link-local or otherwise non-public address."""


def _public(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _refusal(address: str) -> str:
    return (f"目标地址 {address} 不是公网地址（本机、内网或保留地址）：为防止服务器被用来访问内部网络，已拒绝发送；"
            f"如机器人确实在内网，请由管理员在服务器上设置环境变量 {ENV}=allow")


def refused_literal(host: str | None) -> str | None:
    """Why a URL's host, written as an IP address, may not be a webhook target (None: allowed or a name)."""
    if not host or private_allowed():
        return None
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None  # a name: checked when it is connected to
    return None if _public(host) else _refusal(host)


class GuardedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection that refuses a non-public peer right after the TCP connect."""

    def connect(self) -> None:
        super().connect()
        peer = self.sock.getpeername()[0]
        if not _public(peer):
            self.sock.close()
            raise PrivateAddress(_refusal(peer))


class GuardedHTTPSConnection(http.client.HTTPSConnection, GuardedHTTPConnection):
    """HTTPS: the check runs inside ``HTTPSConnection.connect`` before the TLS handshake (MRO)."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102 - never follow
        return None


class _GuardedHTTP(urllib.request.HTTPHandler):
    def http_open(self, req):  # noqa: D102
        return self.do_open(GuardedHTTPConnection, req)


class _GuardedHTTPS(urllib.request.HTTPSHandler):
    def https_open(self, req):  # noqa: D102
        return self.do_open(GuardedHTTPSConnection, req, context=self._context)


_GUARDED = urllib.request.build_opener(_NoRedirect, _GuardedHTTP, _GuardedHTTPS)
_OPEN = urllib.request.build_opener(_NoRedirect)


def opener() -> urllib.request.OpenerDirector:
    """The opener for one delivery: never follows redirects; public peers only unless allowed."""
    return _OPEN if private_allowed() else _GUARDED
