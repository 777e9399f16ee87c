"""zhijian (质检): quality inspection and compliance for Chinese e-commerce customer-service chats.

The package reads as the pipeline: ``engine`` (message checks) → ``acts`` (dialogue acts) →
``audit`` (conversation checks, scorecard) → ``phrasing`` (script library, rewrite) →
``batch`` (log readers, runners, aggregates, reports) → ``service`` (REST API, storage, pages)
→ ``cli``.  Lower stages never import higher ones.
"""

__version__ = "0.1.0"

from zhijian.engine.findings import Finding  # noqa: E402
from zhijian.engine.inspector import Inspector  # noqa: E402
from zhijian.engine.rules import PackError  # noqa: E402

__all__ = ["Inspector", "Auditor", "Finding", "PackError", "__version__"]


def __getattr__(name: str):
    # the audit is imported on first use: ``zhijian check`` never pays for it
    if name == "Auditor":
        from zhijian.audit.auditor import Auditor

        return Auditor
    raise AttributeError(name)
