"""Conversation audit: conversation model, calendar, conversation checks, scorecard."""

__all__ = ["AuditFinding", "Auditor", "AuditResult"]


def __getattr__(name: str):
    # imported on first use: the script library reads the calendar (audit.calendar) without loading
    # the auditor, the dialogue acts and every check
    if name in __all__:
        from zhijian.audit import auditor

        return getattr(auditor, name)
    raise AttributeError(name)
