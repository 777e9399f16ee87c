"""Conversation audit: conversation model, calendar, conversation checks, scorecard."""

from zhijian.audit.auditor import AuditFinding, Auditor, AuditResult  # noqa: F401
