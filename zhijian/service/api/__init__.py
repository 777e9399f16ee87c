"""The REST API v1, one module per endpoint family (one OpenAPI tag each, except ``check``):

* :mod:`.deps`      settings, ``ApiError``, the engine cache, auth (principal, roles, rate limit), shared checks;
* :mod:`.system`    health, whoami, version (系统, partly open);
* :mod:`.check`     check, batch check, rewrite (消息检查), suggest, scripts (话术) — role agent;
* :mod:`.packs`     packs and their rules, read-only (规则) — role agent;
* :mod:`.audit`     inline audit, log uploads and their background jobs (会话审计) — role qa;
* :mod:`.browse`    conversations, findings, agents, shops, dashboard, Excel export (浏览) — role qa;
* :mod:`.overrides` shop overrides, their history, try before saving (店铺设置) — role admin;
* :mod:`.keys`      API keys (API key) — role admin;
* :mod:`.review`    review queue, verdicts, appeals, review settings, alert log (复核/申诉) — roles agent
  (own chats, appeals), qa (review, decide), admin (settings);
* :mod:`.calibration` measured precision per rule and category, exceptions proposed and tried (校准) — qa, admin.

Endpoints reach the application through ``request.app.state`` (settings, sessions, engines, jobs),
never through a module global, so several apps can live in one process (the tests do).
``ROUTERS`` is the order they are mounted in by :func:`zhijian.service.app.create_app`; it is also
the order of the OpenAPI document.
"""

from __future__ import annotations

from . import audit, browse, calibration, check, keys, overrides, packs, review, system

ROUTERS = [system.router, check.router, packs.router, audit.router, browse.router, overrides.router, keys.router,
           review.router, calibration.router]
