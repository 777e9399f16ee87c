"""zhijian (质检): quality inspection and compliance for Chinese e-commerce customer-service chats."""

__version__ = "0.1.0"

from .findings import Finding  # noqa: E402
from .inspector import Inspector  # noqa: E402
from .rules import PackError  # noqa: E402

__all__ = ["Inspector", "Finding", "PackError", "__version__"]
