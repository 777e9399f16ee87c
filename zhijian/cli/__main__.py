"""``python -m zhijian.cli``: the same as the ``zhijian`` command."""

from zhijian.cli import main

main()
