"""Reading chat logs (``zhijian.batch.logs``): JSON Lines (spec/contract.md §1), CSV and Excel exports.

Every bad line must be reported with the file and its line / row number, and must not stop the
lines around it from being read.  Tests named ``test_bug_*`` show defects found while writing this
file (see the docstring of each); they fail until the defect is fixed.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from zhijian.audit.conversation import Conversation
from zhijian.batch.logs import COLUMN_ALIASES, LogItem, log_format, read_csv, read_jsonl, read_logs, read_xlsx

CST = dt.timedelta(hours=8)


def msg(role: str, text: str, ts: str | None = "2026-05-02T10:00:00+08:00") -> dict:
    d = {"role": role, "text": text}
    if ts is not None:
        d["ts"] = ts
    return d


def chat(cid: str, **extra) -> dict:
    return {"id": cid, "messages": [msg("customer", "在吗？这款有货吗", "2026-05-02T10:00:00+08:00"),
                                    msg("agent", "您好，有货的，请问还有什么可以帮您？", "2026-05-02T10:00:20+08:00")],
            **extra}


def line(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n"


def jsonl_items(data: bytes, source: str = "logs/day1.jsonl") -> list[LogItem]:
    return list(read_jsonl(io.BytesIO(data), source))


def conversations(items: list[LogItem]) -> list[Conversation]:
    return [it.conversation for it in items if it.conversation is not None]


def errors(items: list[LogItem]) -> list[LogItem]:
    return [it for it in items if it.error is not None]


# ------------------------------------------------------------------------------------------ JSONL


BAD_LINES = {
    "malformed JSON": (b'{"id": "x", "messages": [\n', "JSON"),
    "invalid UTF-8": (b'{"id": "x", "messages": [], "shop": "\xc4\xe3\xba\xc3"}\n', "UTF-8"),  # GBK 你好
    "not an object": (b'["id", "x"]\n', "JSON 对象"),
    "missing id": (line({"messages": []}), "id"),
    "messages not a list": (line({"id": "x", "messages": "在吗"}), "messages"),
    "message not an object": (line({"id": "x", "messages": ["在吗"]}), "messages[0]"),
    "bad role": (line({"id": "x", "messages": [msg("buyer", "在吗")]}), "role"),
    "missing role": (line({"id": "x", "messages": [{"text": "在吗"}]}), "role"),
    "text not a string": (line({"id": "x", "messages": [msg("customer", ["在吗"])]}), "text"),
    "bad timestamp": (line({"id": "x", "messages": [msg("customer", "在吗", "明天上午")]}), "时间"),
    "timestamp not a string": (line({"id": "x", "messages": [msg("customer", "在吗", {"t": 1})]}), "时间"),
    "impossible date": (line({"id": "x", "messages": [msg("customer", "在吗", "2026-02-30T10:00:00")]}), "时间"),
    "shop not a string": (line({**chat("x"), "shop": ["a", "b"]}), "shop"),
}


@pytest.mark.parametrize("name", list(BAD_LINES))
def test_jsonl_bad_line_is_reported_with_file_and_line_and_neighbours_are_read(name):
    bad, needle = BAD_LINES[name]
    data = line(chat("c-1")) + bad + line(chat("c-3"))
    items = jsonl_items(data)
    assert [c.id for c in conversations(items)] == ["c-1", "c-3"], name
    errs = errors(items)
    assert len(errs) == 1, name
    e = errs[0]
    assert e.line == 2 and e.conversation is None
    assert "logs/day1.jsonl" in e.error and "第2行" in e.error, e.error
    assert needle in e.error, (name, e.error)
    assert [it.line for it in items] == [1, 2, 3]


def test_jsonl_many_errors_in_one_file_each_with_its_own_line_number():
    lines = [line(chat("c-0"))]
    expected_bad = []
    for k, (bad, _) in enumerate(BAD_LINES.values()):
        expected_bad.append(len(lines) + 1)
        lines.append(bad)
        lines.append(line(chat(f"c-{k + 1}")))
    items = jsonl_items(b"".join(lines))
    assert [it.line for it in errors(items)] == expected_bad
    for it in errors(items):
        assert f"第{it.line}行" in it.error
    assert [c.id for c in conversations(items)] == [f"c-{k}" for k in range(len(BAD_LINES) + 1)]


def test_jsonl_blank_lines_are_ignored_but_counted_for_line_numbers():
    data = b"\n" + line(chat("c-1")) + b"   \n\t\r\n" + b"\r\n" + b"{oops\n" + b"\n" + line(chat("c-2"))
    items = jsonl_items(data)
    assert [(it.line, it.conversation.id if it.conversation else None) for it in items] == [
        (2, "c-1"), (6, None), (8, "c-2")]
    assert "第6行" in items[1].error


def test_jsonl_missing_offset_means_china_standard_time():
    rec = {"id": "c-1", "messages": [msg("customer", "在吗", "2026-05-01T09:15:02"),
                                     msg("agent", "您好", "2026-05-01 09:15:30"),
                                     msg("agent", "请问有什么可以帮您", "2026-05-01T01:16:00Z"),
                                     msg("agent", "劳动节快乐", "2026-05-01T10:16:00+09:00"),
                                     msg("system", "对话结束", None)]}
    c = conversations(jsonl_items(line(rec)))[0]
    ts = [m.ts for m in c.messages]
    assert ts[0] == dt.datetime(2026, 5, 1, 9, 15, 2, tzinfo=dt.timezone(CST))
    assert ts[0].utcoffset() == CST
    assert ts[1].utcoffset() == CST and ts[1].hour == 9
    assert ts[2] == dt.datetime(2026, 5, 1, 9, 16, tzinfo=dt.timezone(CST))  # same instant
    assert ts[3].utcoffset() == dt.timedelta(hours=9)  # an explicit offset is kept
    assert ts[4] is None
    assert c.started == ts[0]


def test_jsonl_fields_and_unknown_fields_kept_in_extra():
    rec = {"id": 17, "pack": "taobao", "shop": "某某旗舰店", "agent": "a-17", "customer_name": "张伟",
           "channel": "app", "tags": ["vip", 3], "meta": {"src": "export"}, "score": None,
           "messages": [msg("customer", "在吗"), {"role": "agent", "text": "您好", "ts": "2026-05-02T10:00:05+08:00",
                                                  "msg_id": 99}]}
    c = conversations(jsonl_items(line(rec)))[0]
    assert c.id == "17"  # a numeric id becomes a string
    assert (c.pack, c.shop, c.agent, c.customer_name) == ("taobao", "某某旗舰店", "a-17", "张伟")
    assert c.extra == {"channel": "app", "tags": ["vip", 3], "meta": {"src": "export"}, "score": None}
    assert [(m.role, m.text) for m in c.messages] == [("customer", "在吗"), ("agent", "您好")]


def test_jsonl_null_text_and_empty_text_are_empty_strings_and_roles_are_exact():
    rec = {"id": "c", "messages": [{"role": "customer", "text": None}, {"role": "agent"},
                                   {"role": "system", "text": "转接"}]}
    c = conversations(jsonl_items(line(rec)))[0]
    assert [(m.role, m.text) for m in c.messages] == [("customer", ""), ("agent", ""), ("system", "转接")]


def test_jsonl_utf8_bom_on_first_line_and_crlf_line_ends():
    data = b"\xef\xbb\xbf" + line(chat("c-1")).replace(b"\n", b"\r\n") + line(chat("c-2")).replace(b"\n", b"\r\n")
    items = jsonl_items(data)
    assert not errors(items)
    assert [c.id for c in conversations(items)] == ["c-1", "c-2"]


def test_jsonl_unicode_escapes_and_chinese_text_survive():
    rec = {"id": "c-1", "messages": [msg("agent", "\u4eb2\uff0c\u5728\u7684 \U0001F60A")]}
    data = json.dumps(rec, ensure_ascii=True).encode() + b"\n"
    c = conversations(jsonl_items(data))[0]
    assert c.messages[0].text == "亲，在的 😊"


def test_jsonl_errors_of_read_logs_name_each_file(tmp_path: Path):
    a = tmp_path / "a.jsonl"
    b = tmp_path / "b.jsonl"
    a.write_bytes(line(chat("a1")) + b"not json\n")
    b.write_bytes(b"\n\n" + b"{bad\n" + line(chat("b1")))
    items = list(read_logs([str(a), str(tmp_path / "missing.jsonl"), str(b)]))
    assert [(it.source, it.line, bool(it.error)) for it in items] == [
        (str(a), 1, False), (str(a), 2, True), (str(tmp_path / "missing.jsonl"), 0, True),
        (str(b), 3, True), (str(b), 4, False)]
    assert str(a) in items[1].error and "第2行" in items[1].error
    assert "missing.jsonl" in items[2].error
    assert str(b) in items[3].error and "第3行" in items[3].error


def test_read_logs_stdin_dash():
    items = list(read_logs(["-"], stdin=io.BytesIO(line(chat("s1")) + b"x\n")))
    assert items[0].conversation.id == "s1" and items[0].source == "<stdin>"
    assert "<stdin>" in items[1].error and "第2行" in items[1].error


def test_jsonl_is_streamed_one_line_at_a_time():
    """read_jsonl must not read the whole file before yielding the first conversation."""

    class Stream(io.BytesIO):
        reads = 0

        def readline(self, *a):
            Stream.reads += 1
            return super().readline(*a)

    s = Stream(b"".join(line(chat(f"c-{k}")) for k in range(1000)))
    it = read_jsonl(s, "big.jsonl")
    first = next(it)
    assert first.conversation.id == "c-0"
    assert Stream.reads <= 2


def test_log_format_by_extension():
    assert log_format("a.JSONL") == "jsonl" and log_format("a.ndjson") == "jsonl" and log_format("-") == "jsonl"
    assert log_format("a.csv") == "csv" and log_format("a.TSV") == "csv"
    assert log_format("a.xlsx") == "xlsx" and log_format("a.XLSM") == "xlsx"


@pytest.mark.parametrize("ts", ["NaN", "Infinity", "1e20", "-1e13"])
def test_bug_numeric_timestamp_out_of_range_is_reported_not_raised(ts):
    """BUG (zhijian/conversation.py parse_ts): a numeric ``ts`` that is NaN, infinite or out of
    range makes ``datetime.fromtimestamp`` raise ValueError / OverflowError / OSError, which is not
    a LogError: read_jsonl raises, and ``zhijian audit`` stops with exit 4 ("内部错误") instead of
    reporting the line and reading on (spec/contract.md §1: a malformed line never stops the rest).
    """
    bad = ('{"id": "x", "messages": [{"role": "customer", "text": "在吗", "ts": %s}]}\n' % ts).encode()
    items = jsonl_items(line(chat("c-1")) + bad + line(chat("c-3")))
    assert [c.id for c in conversations(items)] == ["c-1", "c-3"]
    assert len(errors(items)) == 1 and "第2行" in errors(items)[0].error


def test_bug_deeply_nested_json_line_is_reported_not_raised():
    """BUG (zhijian/logs.py read_jsonl): ``json.loads`` raises RecursionError (not JSONDecodeError)
    on a line nested ~100 000 levels deep; it escapes read_jsonl and ``zhijian audit`` exits 4."""
    bad = b"[" * 100_000 + b"]" * 100_000 + b"\n"
    items = jsonl_items(line(chat("c-1")) + bad + line(chat("c-3")))
    assert [c.id for c in conversations(items)] == ["c-1", "c-3"]
    assert len(errors(items)) == 1 and "第2行" in errors(items)[0].error


# -------------------------------------------------------------------------------------------- CSV

ZH_HEADER = "会话ID,角色,内容,时间,店铺,客服"
ZH_ROWS = [
    "c-1,顾客,在吗？这款有货吗,2026-05-02 10:00:00,某某旗舰店,",
    "c-1,客服,您好，有货的，请问还有什么可以帮您？,2026-05-02 10:00:20,某某旗舰店,小王",
    "c-1,系统,会话已结束,2026-05-02 10:01:00,某某旗舰店,",
    "c-2,买家,\"发货了吗, 急用\",2026/05/02 11:00:00,另一家店,",
    "c-2,卖家,\"您好，已经发货了，单号是\"\"SF123\"\"\",2026-05-02T11:00:30+08:00,另一家店,小李",
]
EXPECTED = [
    ("c-1", "某某旗舰店", "小王", [("customer", "在吗？这款有货吗", "2026-05-02T10:00:00+08:00"),
                                  ("agent", "您好，有货的，请问还有什么可以帮您？", "2026-05-02T10:00:20+08:00"),
                                  ("system", "会话已结束", "2026-05-02T10:01:00+08:00")]),
    ("c-2", "另一家店", "小李", [("customer", "发货了吗, 急用", "2026-05-02T11:00:00+08:00"),
                               ("agent", "您好，已经发货了，单号是\"SF123\"", "2026-05-02T11:00:30+08:00")]),
]


def csv_items(text: str | bytes, mapping: dict | None = None, source: str = "export.csv") -> list[LogItem]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return list(read_csv(io.BytesIO(data), source, mapping or {}))


def summary(items: list[LogItem]) -> list[tuple]:
    return [(c.id, c.shop, c.agent, [(m.role, m.text, m.ts.isoformat() if m.ts else None) for m in c.messages])
            for c in conversations(items)]


def test_csv_chinese_headers_with_excel_bom():
    text = "\ufeff" + "\n".join([ZH_HEADER, *ZH_ROWS]) + "\n"
    items = csv_items(text)
    assert not errors(items)
    assert summary(items) == EXPECTED
    assert [it.line for it in items] == [2, 5]  # the row where each conversation starts


def test_csv_crlf_and_no_final_newline():
    items = csv_items("\r\n".join([ZH_HEADER, *ZH_ROWS]))
    assert summary(items) == EXPECTED


@pytest.mark.parametrize("header", ["id,role,text,ts,shop,agent",
                                    "conversation_id,sender,content,timestamp,store,agent_id",
                                    "Session_ID,From,Message,Time,Shop,Agent"])
def test_csv_english_headers(header):
    rows = [r.replace("顾客", "customer").replace("客服", "agent").replace("系统", "system")
             .replace("买家", "buyer").replace("卖家", "seller") for r in ZH_ROWS]
    items = csv_items("\n".join([header, *rows]) + "\n")
    assert not errors(items)
    assert summary(items) == EXPECTED


def test_csv_mapping_to_custom_column_names():
    header = "工单号,说话人,话术,发生时间,门店,坐席"
    mapping = {"id": "工单号", "role": "说话人", "text": "话术", "ts": "发生时间", "shop": "门店", "agent": "坐席"}
    items = csv_items("\n".join([header, *ZH_ROWS]) + "\n", mapping)
    assert not errors(items)
    assert summary(items) == EXPECTED


def test_csv_mapping_overrides_an_alias_column_and_is_case_insensitive():
    # both "内容" (an alias of text) and "Cleaned" exist: the mapping wins
    text = "会话ID,角色,内容,Cleaned\nc-1,顾客,原始 内容,清洗后的内容\n"
    items = csv_items(text, {"text": "cleaned"})
    assert [m.text for m in conversations(items)[0].messages] == ["清洗后的内容"]


def test_csv_mapping_to_a_missing_column_or_unknown_field_is_an_error_naming_it():
    items = csv_items("\n".join([ZH_HEADER, *ZH_ROWS]) + "\n", {"text": "聊天正文"})
    assert len(items) == 1 and items[0].conversation is None
    assert "聊天正文" in items[0].error and "export.csv" in items[0].error and "会话ID" in items[0].error
    items = csv_items("\n".join([ZH_HEADER, *ZH_ROWS]) + "\n", {"body": "内容"})
    assert len(items) == 1 and "body" in items[0].error


def test_csv_missing_required_column_names_the_field_and_shows_the_header():
    items = csv_items("会话ID,发送时间,店铺\nc-1,2026-05-02 10:00:00,某店\n")
    assert len(items) == 1 and items[0].conversation is None and items[0].line == 1
    e = items[0].error
    assert "export.csv" in e and "role" in e and "text" in e and "id" not in e.split("缺少列")[1].split("；")[0]
    assert "会话ID, 发送时间, 店铺" in e  # the header as found
    assert "--map" in e


def test_csv_rows_of_one_chat_must_be_consecutive():
    text = "id,role,text\nc-1,customer,在吗\nc-1,agent,您好\nc-2,customer,发货了吗\nc-1,customer,还有问题\n"
    items = csv_items(text)
    assert [(c.id, len(c.messages)) for c in conversations(items)] == [("c-1", 2), ("c-2", 1), ("c-1", 1)]
    errs = errors(items)
    assert len(errs) == 1 and errs[0].line == 5 and "第5行" in errs[0].error and "c-1" in errs[0].error


def test_csv_unknown_role_row_is_reported_and_skipped_rest_of_chat_kept():
    text = ("id,role,text,ts\n"
            "c-1,customer,在吗,2026-05-02 10:00:00\n"
            "c-1,robot,自动回复,2026-05-02 10:00:01\n"
            "c-1,agent,您好,2026-05-02 10:00:10\n"
            "c-1,,空角色,2026-05-02 10:00:11\n"
            "c-2,customer,你好,2026-05-02 11:00:00\n")
    items = csv_items(text)
    assert [(it.line, it.error is not None) for it in items] == [(3, True), (5, True), (2, False), (6, False)]
    assert "第3行" in items[0].error and "robot" in items[0].error and "export.csv" in items[0].error
    assert "第5行" in items[1].error
    assert summary(items)[0][3] == [("customer", "在吗", "2026-05-02T10:00:00+08:00"),
                                    ("agent", "您好", "2026-05-02T10:00:10+08:00")]


def test_csv_bad_timestamp_row_is_reported_and_skipped():
    text = "id,role,text,ts\nc-1,customer,在吗,昨天\nc-1,agent,您好,2026-05-02 10:00:10\n"
    items = csv_items(text)
    assert "第2行" in errors(items)[0].error and "昨天" in errors(items)[0].error
    assert [m.text for m in conversations(items)[0].messages] == ["您好"]


def test_csv_missing_id_cell_and_blank_rows():
    text = "id,role,text\n,customer,没有会话号\n,,\nc-1,customer,在吗\n\nc-1,agent,您好\n"
    items = csv_items(text)
    assert [(it.line, it.error is not None) for it in items] == [(2, True), (4, False)]
    assert "第2行" in items[0].error
    assert [m.text for m in conversations(items)[0].messages] == ["在吗", "您好"]


def test_csv_tsv_by_extension():
    text = "会话ID\t角色\t内容\nc-1\t顾客\t在吗, 有货吗\n"
    items = csv_items(text, source="export.tsv")
    assert [m.text for m in conversations(items)[0].messages] == ["在吗, 有货吗"]


def test_csv_gbk_encoded_file_is_reported_clearly():
    text = "\n".join([ZH_HEADER, *ZH_ROWS]) + "\n"
    items = csv_items(text.encode("gbk"), source="导出.csv")
    assert len(items) == 1 and items[0].conversation is None
    e = items[0].error
    assert "导出.csv" in e and "UTF-8" in e


def test_csv_gbk_body_under_an_ascii_header_is_reported():
    text = "id,role,text\n" + "\n".join(f"c-{k},customer,你好，请问有货吗" for k in range(5)) + "\n"
    items = csv_items(text.encode("gbk"))
    assert errors(items) and "UTF-8" in errors(items)[0].error
    assert not conversations(items)


def test_bug_csv_invalid_utf8_late_in_file_reports_the_right_row_and_keeps_the_rows_before():
    """BUG (zhijian/logs.py read_csv): the text wrapper decodes 8 KiB at a time, so a GBK row
    after ~8 KiB of good UTF-8 is reported at the first row of the 8 KiB block that contains it
    (here row 424 instead of row 501), and the valid rows in between (424..500) are dropped.
    A line-by-line decode would give the exact row and keep everything before it."""
    rows = ["id,role,text"] + [f"c{i},customer,你好你好你好你好" for i in range(1, 1001)]
    data = "\n".join(rows[:500]).encode() + b"\n" + "\n".join(rows[500:]).encode("gbk") + b"\n"
    items = csv_items(data)
    errs = errors(items)
    assert errs and errs[0].line == 501, [e.error for e in errs]
    assert [c.id for c in conversations(items)] == [f"c{i}" for i in range(1, 500)]


# ------------------------------------------------------------------------------------------ Excel


def write_xlsx(path: Path, header: list[str], rows: list[list], sheet: str = "聊天记录", first_sheet: str | None = "说明"):
    import openpyxl  # a runtime dependency (pyproject): never skipped
    wb = openpyxl.Workbook()
    ws0 = wb.active
    if first_sheet:
        ws0.title = first_sheet
        ws0.append(["这是导出说明，不是数据"])
        ws = wb.create_sheet(sheet)
    else:
        ws0.title = sheet
        ws = ws0
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return str(path)


XLSX_ROWS = [
    ["c-1", "顾客", "在吗？这款有货吗", dt.datetime(2026, 5, 2, 10, 0, 0), "某某旗舰店", None],
    ["c-1", "客服", "您好，有货的，请问还有什么可以帮您？", dt.datetime(2026, 5, 2, 10, 0, 20), "某某旗舰店", "小王"],
    ["c-1", "系统", "会话已结束", "2026-05-02 10:01:00", "某某旗舰店", None],
    [None, None, None, None, None, None],
    ["c-2", "买家", "发货了吗, 急用", dt.datetime(2026, 5, 2, 11, 0, 0), "另一家店", None],
    ["c-2", "卖家", "您好，已经发货了，单号是\"SF123\"", "2026-05-02T11:00:30+08:00", "另一家店", "小李"],
]


def test_xlsx_same_data_with_sheet_name_and_datetime_cells(tmp_path: Path):
    path = write_xlsx(tmp_path / "导出.xlsx", ZH_HEADER.split(","), XLSX_ROWS)
    items = list(read_xlsx(path, {}, sheet="聊天记录"))
    assert not errors(items)
    assert summary(items) == EXPECTED  # naive datetime cells are China Standard Time
    assert [it.line for it in items] == [2, 6]
    # through read_logs with the same sheet
    assert summary(list(read_logs([path], sheet="聊天记录"))) == EXPECTED


def test_xlsx_default_is_the_first_sheet(tmp_path: Path):
    path = write_xlsx(tmp_path / "a.xlsx", ZH_HEADER.split(","), XLSX_ROWS, first_sheet=None)
    assert summary(list(read_xlsx(path, {}))) == EXPECTED


def test_xlsx_first_sheet_without_the_columns_names_the_missing_fields(tmp_path: Path):
    path = write_xlsx(tmp_path / "a.xlsx", ZH_HEADER.split(","), XLSX_ROWS)
    items = list(read_xlsx(path, {}))
    assert len(items) == 1 and items[0].conversation is None and "缺少列" in items[0].error


def test_xlsx_unknown_sheet_lists_the_sheets(tmp_path: Path):
    path = write_xlsx(tmp_path / "a.xlsx", ZH_HEADER.split(","), XLSX_ROWS)
    items = list(read_xlsx(path, {}, sheet="Sheet9"))
    assert len(items) == 1 and items[0].conversation is None
    assert "Sheet9" in items[0].error and "聊天记录" in items[0].error and "说明" in items[0].error


def test_xlsx_mapping_numeric_ids_and_bad_rows(tmp_path: Path):
    header = ["工单号", "说话人", "话术", "发生时间"]
    rows = [[1001, "顾客", "在吗", dt.datetime(2026, 5, 2, 9, 0)],
            [1001, "机器人", "自动回复", dt.datetime(2026, 5, 2, 9, 0, 1)],
            [1001, "客服", "早上好，请问有什么可以帮您？", dt.datetime(2026, 5, 2, 9, 0, 20)],
            [1002, "顾客", 12345, None]]
    path = write_xlsx(tmp_path / "m.xlsx", header, rows, sheet="Sheet1", first_sheet=None)
    mapping = {"id": "工单号", "role": "说话人", "text": "话术", "ts": "发生时间"}
    items = list(read_xlsx(path, mapping))
    errs = errors(items)
    assert len(errs) == 1 and errs[0].line == 3 and "第3行" in errs[0].error and "机器人" in errs[0].error
    convs = conversations(items)
    assert [c.id for c in convs] == ["1001", "1002"]
    assert [m.role for m in convs[0].messages] == ["customer", "agent"]
    assert convs[0].messages[1].ts == dt.datetime(2026, 5, 2, 9, 0, 20, tzinfo=dt.timezone(CST))
    assert convs[1].messages[0].text == "12345" and convs[1].messages[0].ts is None


def test_xlsx_broken_file_is_reported(tmp_path: Path):
    p = tmp_path / "broken.xlsx"
    p.write_bytes(b"this is not a zip file")
    items = list(read_logs([str(p)]))
    assert len(items) == 1 and items[0].conversation is None and "broken.xlsx" in items[0].error


def test_column_aliases_cover_the_documented_chinese_headers():
    for field, name in [("id", "会话id"), ("role", "角色"), ("text", "内容"), ("ts", "时间"), ("shop", "店铺"),
                        ("agent", "客服")]:
        assert name in COLUMN_ALIASES[field]
