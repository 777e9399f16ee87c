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


# per (rule, category, severity, suggestion): the JSON of a finding before its start, and its suggestion piece
# (a rule's findings share them; bounded: emptied when full)
_PIECES: dict[tuple, tuple[str, str]] = {}
_MAX_PIECES = 4096
_RULE_SOURCE = ', "source": "rule"'


def _finding(f) -> str:
    """``json.dumps(f.to_dict(), ensure_ascii=False)``, field for field (engine/findings.py)."""
    rule, category, severity, suggestion = f.rule, f.category, f.severity, f.suggestion
    if type(rule) is str and type(category) is str and type(severity) is str and type(suggestion) is str:
        key = (rule, category, severity, suggestion)
        pieces = _PIECES.get(key)
        if pieces is None:
            if len(_PIECES) >= _MAX_PIECES:
                _PIECES.clear()
            pieces = _PIECES[key] = (
                f'{{"rule": {encode_basestring(rule)}, "category": {encode_basestring(category)}, '
                f'"severity": {encode_basestring(severity)}, "start": ', f', "suggestion": {encode_basestring(suggestion)}')
        head, tail = pieces
    else:
        head = (f'{{"rule": {_value(rule)}, "category": {_value(category)}, "severity": {_value(severity)}, '
                f'"start": ')
        tail = f', "suggestion": {_value(suggestion)}'
    s = (f'{head}{_value(f.start)}, "end": {_value(f.end)}, "match": {_value(f.match)}, '
         f'"message": {_value(f.message)}{tail}')
    if f.replacement is not None:
        s += f', "replacement": {_value(f.replacement)}'
    source = f.source
    s += _RULE_SOURCE if source == "rule" and type(source) is str else f', "source": {_value(source)}'
    if f.score is not None:
        s += f', "score": {_value(f.score)}'
    return s + "}"


def check_line(msg_id: Any, text: Optional[str], findings: Sequence, error: Optional[str] = None) -> str:
    """The line :func:`encode_check` encodes, as text (it may hold a lone surrogate: encoding it may fail)."""
    tail = "]}\n" if error is None else f'], "error": {_value(error)}}}\n'
    return f'{{"id": {_value(msg_id)}, "text": {_value(text)}, "findings": [{", ".join(map(_finding, findings))}{tail}'


def encode_check(msg_id: Any, text: Optional[str], findings: Sequence, error: Optional[str] = None) -> bytes:
    """The record of one checked message (contract §2) — ``encode_line({"id", "text", "findings":
    [f.to_dict() …]})``, plus ``"error"`` for a line that could not be read — byte for byte."""
    line = check_line(msg_id, text, findings, error)
    try:
        return line.encode("utf-8")
    except UnicodeEncodeError:
        record = {"id": msg_id, "text": text, "findings": [f.to_dict() for f in findings]}
        if error is not None:
            record["error"] = error
        return encode_line(record)
