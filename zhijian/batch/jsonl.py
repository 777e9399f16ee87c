"""The one JSON Lines serialiser of machine output (docs/spec/contract.md §2, §3).

``zhijian check``/``zhijian audit --format jsonl`` (through ``zhijian.cli.inputs.JsonlWriter``), the
batch core and the Spark executors all encode a record with :func:`encode_line` — a checked
message with :func:`encode_check`, which writes the same bytes from pre-formatted pieces (no dict
per record and per finding, no encoder object per line: about three times faster) — so the bytes
of a line cannot differ between the local run and a cluster run.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # what json.dumps(ensure_ascii=False) uses for a str (C)
from typing import Any, Optional, Sequence

_ENCODER = json.JSONEncoder(ensure_ascii=False)
_ASCII_ENCODER = json.JSONEncoder(ensure_ascii=True)


def encode_line(obj: dict) -> bytes:
    """One record as UTF-8 JSON plus ``\\n``; a record that cannot be UTF-8 (a lone surrogate from a JSON
    escape in the input) is written with ASCII escapes instead, so that the line stays valid."""
    try:
        data = _ENCODER.encode(obj).encode("utf-8")
    except UnicodeEncodeError:
        data = _ASCII_ENCODER.encode(obj).encode("ascii")
    return data + b"\n"


def _value(v: Any) -> str:
    if type(v) is str:
        return encode_basestring(v)
    if type(v) is int:
        return int.__repr__(v)
    return _ENCODER.encode(v)  # bool, float, None


def _finding(f) -> str:
    """``json.dumps(f.to_dict(), ensure_ascii=False)``, field for field (engine/findings.py)."""
    s = (f'{{"rule": {_value(f.rule)}, "category": {_value(f.category)}, "severity": {_value(f.severity)}, '
         f'"start": {_value(f.start)}, "end": {_value(f.end)}, "match": {_value(f.match)}, '
         f'"message": {_value(f.message)}, "suggestion": {_value(f.suggestion)}')
    if f.replacement is not None:
        s += f', "replacement": {_value(f.replacement)}'
    s += f', "source": {_value(f.source)}'
    if f.score is not None:
        s += f', "score": {_value(f.score)}'
    return s + "}"


def encode_check(msg_id: Any, text: Optional[str], findings: Sequence, error: Optional[str] = None) -> bytes:
    """The record of one checked message (contract §2) — ``encode_line({"id", "text", "findings":
    [f.to_dict() …]})``, plus ``"error"`` for a line that could not be read — byte for byte."""
    tail = "]}\n" if error is None else f'], "error": {_value(error)}}}\n'
    line = f'{{"id": {_value(msg_id)}, "text": {_value(text)}, "findings": [{", ".join(map(_finding, findings))}{tail}'
    try:
        return line.encode("utf-8")
    except UnicodeEncodeError:
        record = {"id": msg_id, "text": text, "findings": [f.to_dict() for f in findings]}
        if error is not None:
            record["error"] = error
        return encode_line(record)
