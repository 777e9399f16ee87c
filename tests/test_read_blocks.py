"""The block reader of ``zhijian check`` (cli/read_blocks.py) reads exactly the messages of the line reader
(batch/messages.py ``read_messages``) and chunks them where ``chunked`` does: on generated lines mixing
valid JSON, plain text, broken JSON, lines that fool a naive batch decode, invalid UTF-8, CRLF, a BOM, and
lines near and over the size limit (a small limit, small blocks)."""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhijian.batch.messages import chunked, read_messages
from zhijian.cli.read_blocks import read_chunks, read_lines

_LINES = [
    '{"id": 1, "text": "亲，这款有货"}', '{"text": "您好"}', '{"id": null, "text": "x"}', '{"id": "a", "text": "y"}',
    '{"id": 1.5, "text": "z"}', '{"id": true, "text": "z"}', '{"id": [1], "text": "z"}', '{"id": {"a": 1}, "text": "z"}',
    '{"text": 5}', '{"id": 3}', '{"text": "  "}', '{"text": "a\\u4eb2"}', '{"text": "\\ud800"}', '{"id": "\\udc00", "text": "q"}',
    '{"text": "x", "text": "y"}', '{"text": "x", "n": NaN}', '{"text": "x", "n": 1e999}', '  {"text": "lead"}',
    '{"text": "trail"}  ', '{"text": "a"}, {"text": "b"}', '{"t": [{"a": 1}', '{"b": 2}]}', '{"t": "ab}', '{", "u": 1}',
    '{"text": "{brace}"}', '{"a": [[[[[[1]]]]]], "text": "d"}', '{', '}', '{}', '[1]', '"str"', '亲，加我微信吧', '',
    '   ', '\u3000{"text": "x"}', 'plain {not json}', '{"text": "\\n"}', '{"text": "tab\\t"}',
]


def _old(data: bytes, limit: int) -> list:
    return list(read_messages(io.BytesIO(data), limit))


def _new(data: bytes, limit: int, block: int) -> list:
    return [m for ms in read_lines(io.BytesIO(data), limit, block) for m in ms]


line = st.one_of(st.sampled_from(_LINES), st.text(max_size=12),
                 st.binary(max_size=12), st.sampled_from([b"\xff\xfe", b"\xe4\xba", b"\r", "长".encode() * 9]))
ending = st.sampled_from([b"\n", b"\r\n", b"\n", b"\n"])


def _join(parts: list, ends: list, bom: bool, last_end: bool) -> bytes:
    out = b"\xef\xbb\xbf" if bom else b""
    for i, (p, e) in enumerate(zip(parts, ends)):
        out += (p.encode("utf-8", "surrogatepass") if isinstance(p, str) else p)
        if i < len(parts) - 1 or last_end:
            out += e
    return out


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(line, ending), max_size=40), st.booleans(), st.booleans(),
       st.sampled_from([16, 20, 40, 10_000]), st.sampled_from([1, 7, 64, 1 << 20]))
def test_same_messages_as_the_line_reader(rows, bom, last_end, limit, block):
    data = _join([p for p, _ in rows], [e for _, e in rows], bom, last_end)
    assert _new(data, limit, block) == _old(data, limit)


def test_fooling_lines_are_each_an_error_as_alone():
    # together these three decode as three objects in one array; alone each is broken JSON
    data = '{"t": ["a"\n{"b": 1}]}, {"c": 1}, {"d": [1\n{"e": 2}]}\n'.encode()
    new = _new(data, 1000, 1 << 20)
    assert new == _old(data, 1000)
    assert all(not m.ok for m in new)


def test_long_lines_at_the_default_limit_shape():
    data = b"a" * 50 + b"\n" + b"\xef\xbb\xbf" + b"b" * 30 + b"\n" + b"c" * 19 + b"\r\n" + b"d" * 25
    for limit in (17, 18, 19, 20, 30, 48, 49, 50, 51):
        for block in (1, 3, 16, 1 << 20):
            assert _new(data, limit, block) == _old(data, limit), (limit, block)
    bom_first = b"\xef\xbb\xbf" + b"x" * 40 + b"\nok\n"
    for limit in (10, 20, 41, 42, 43, 44):
        assert _new(bom_first, limit, 5) == _old(bom_first, limit), limit


def test_chunks_fall_where_chunked_puts_them():
    rows = [json.dumps({"id": i, "text": "字" * (i % 7 + 1)}, ensure_ascii=False) for i in range(2_345)]
    data = ("\n".join(rows) + "\n").encode()
    for lines, chars in ((100, 10**9), (10**9, 500), (64, 300)):
        old = list(chunked(read_messages(io.BytesIO(data)), lines, chars))
        new = list(read_chunks(io.BytesIO(data), lines, chars))
        assert new == old


def test_chunk_encoding_is_encode_check_line_for_line():
    from zhijian import Inspector
    from zhijian.batch.jsonl import encode_check
    from zhijian.batch.messages import Message
    from zhijian.cli.check_local import CheckStats, encode_chunk

    texts = ["亲，这款有货", "您好，欢迎光临", "加我微信吧\"\\\t", "a\u2028b", "\ud800孤", "全网最低价"]
    ids = [1, "x\"y", 2.5, True, "\udc00", 10**20]
    msgs = [Message(i + 1, mid, t) for i, (mid, t) in enumerate(zip(ids, texts))]
    found = Inspector("jd", models=False).check_many(texts)
    assert any(found) and not all(found)
    assert encode_chunk(msgs, found) == b"".join(encode_check(m.id, m.text, f) for m, f in zip(msgs, found))
    clean = msgs[:2] + msgs[5:]
    assert encode_chunk(clean, [found[0], found[1], found[5]]) == b"".join(
        encode_check(m.id, m.text, f) for m, f in zip(clean, [found[0], found[1], found[5]]))
    one, many = CheckStats(None), CheckStats(None)
    for fs in found:
        one.add(fs)
    many.add_many(found)
    assert (many.checked, many.with_findings, many.by_category) == (one.checked, one.with_findings, one.by_category)
