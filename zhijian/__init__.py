"""zhijian (质检): quality inspection and compliance for Chinese e-commerce customer-service chats.

The package reads as the pipeline: ``engine`` (message checks) → ``acts`` (dialogue acts) →
``audit`` (conversation checks, scorecard) → ``phrasing`` (script library, rewrite) →
``batch`` (log readers, runners, aggregates, reports) → ``service`` (REST API, storage, pages)
→ ``cli``.  Lower stages never import higher ones.
"""

__version__ = "0.1.0"

__all__ = ["Inspector", "Auditor", "Finding", "PackError", "__version__"]

# the public names are imported on first use: ``import zhijian.cli`` loads no engine (nor NumPy) before
# the command line has set up the process, and ``zhijian check`` never pays for the audit
_LAZY = {"Inspector": "zhijian.engine.inspector", "Finding": "zhijian.engine.findings",
         "PackError": "zhijian.engine.rules", "Auditor": "zhijian.audit.auditor"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
