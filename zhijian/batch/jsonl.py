"""The one JSON Lines serialiser of machine output (docs/spec/contract.md §2, §3).

``zhijian check``/``zhijian audit --format jsonl`` (through ``zhijian.cli.inputs.JsonlWriter``), the
batch core and the Spark executors all encode a record with :func:`encode_line`, so the bytes of a
line cannot differ between the local run and a cluster run.
"""

from __future__ import annotations

import json


def encode_line(obj: dict) -> bytes:
    """One record as UTF-8 JSON plus ``\\n``; a record that cannot be UTF-8 (a lone surrogate from a JSON
    escape in the input) is written with ASCII escapes instead, so that the line stays valid."""
    try:
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        data = json.dumps(obj, ensure_ascii=True).encode("ascii")
    return data + b"\n"
