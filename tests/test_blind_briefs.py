"""benchmarks/blind: the writers' briefs are filled completely, and the pre-pin check finds what it must."""

import json
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "blind"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_briefs  # noqa: E402
import pin_check  # noqa: E402

GOODS = {"msg_a": "风筝", "msg_b": "哑铃", "hard": "盆景", "chat_a": "被子", "chat_b": "地球仪"}


def test_five_briefs_filled_with_no_placeholder_left(tmp_path):
    goods = tmp_path / "goods.json"
    goods.write_text(json.dumps(GOODS, ensure_ascii=False), encoding="utf-8")
    assert make_briefs.main(["fresh99", str(tmp_path / "out"), "--goods", str(goods)]) == 0
    briefs = {p.stem: p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("brief_*.md")}
    assert set(briefs) == {f"brief_{w}" for w in GOODS}
    for writer, text in briefs.items():
        assert "@" not in text.replace("@-", ""), writer
        assert GOODS[writer.removeprefix("brief_")] in text
        assert str(tmp_path / "out" / f"{writer.removeprefix('brief_')}.jsonl") in text
        assert "Blindness" in text and "seeds" in text
    assert "f99-m151 … f99-m300" in briefs["brief_msg_b"] and "f99-c029 … f99-c055" in briefs["brief_chat_b"]
    assert "f99-h160" in briefs["brief_hard"]


def test_pool_briefs_filled_with_no_placeholder_left(tmp_path):
    goods = tmp_path / "goods.json"
    goods.write_text(json.dumps({"a": "风筝", "b": "地球仪"}, ensure_ascii=False), encoding="utf-8")
    theme = tmp_path / "theme.md"
    theme.write_text("## Theme of this pool: promised follow-ups\n- a hold never answered; clean twins answered in time.\n",
                     encoding="utf-8")
    args = ["--pool", "n99", str(tmp_path / "out"), "--goods", str(goods), "--theme", str(theme)]
    assert make_briefs.main(args + ["--faults", "followup_missed,complaint_no_apology"]) == 0
    briefs = {p.stem: p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("brief_*.md")}
    assert set(briefs) == {"brief_a", "brief_b"}
    for writer, text in briefs.items():
        w = writer.removeprefix("brief_")
        assert "@" not in text.replace("@-", ""), writer
        assert f"n99{w}-c001" in text and f"n99{w}-c024" in text and str(tmp_path / "out" / f"{w}.jsonl") in text
        assert "promised follow-ups" in text and "5 `followup_missed`" in text and "5 `complaint_no_apology`" in text
        assert "Blindness" in text and "seeds" in text
    assert "风筝" in briefs["brief_a"] and "地球仪" in briefs["brief_b"]
    # (a message category, a misspelt one or a theme without its heading is refused in words naming the option)
    for faults in ("followup_missed,abuse", "followup_missed"):
        with pytest.raises(SystemExit, match="--faults"):
            make_briefs.main(args + ["--faults", faults])
    theme.write_text("follow-ups\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="--theme"):
        make_briefs.main(args + ["--faults", "followup_missed,complaint_no_apology"])


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_pin_check_passes_good_lines_and_names_bad_ones(tmp_path, capsys):
    good = {"id": "f99-m001", "pack": "jd", "text": "您好，风筝线是加粗的尼龙线，一百米一卷。", "expect": [], "ok_extra": [],
            "evasion": False, "note": "clean"}
    assert pin_check.main(["messages", _write(tmp_path / "a.jsonl", [good])]) == 0
    bad = [good, dict(good, id="f99-m002"),  # the same text twice
           dict(good, id="f99-m003", text="别的句子", expect=["unanswered"]),  # a conversation id in a message set
           dict(good, id="f99-m004", text="又一句", pack="pdd")]
    capsys.readouterr()
    assert pin_check.main(["messages", _write(tmp_path / "b.jsonl", bad)]) == 1
    out = capsys.readouterr().out
    assert "same text" in out and "f99-m003" in out and "not a message category" in out and "f99-m004" in out
    assert "别的句子" not in out and "风筝线" not in out  # ids, never text


def test_pin_check_on_chats(tmp_path, capsys):
    msgs = [{"role": "customer" if k % 2 == 0 else "agent", "text": f"第{k}句", "ts": f"2026-05-01T10:00:{10 + k:02d}+08:00"}
            for k in range(6)]
    chat = {"id": "f99-c001", "pack": "jd", "shop": "某店", "agent": "a-01", "messages": msgs, "expect": [],
            "ok_extra": [], "note": "clean"}
    assert pin_check.main(["chats", _write(tmp_path / "c.jsonl", [chat])]) == 0
    late = [dict(m) for m in msgs]
    late[3]["ts"] = "2026-05-01T09:00:00+08:00"
    bad = [dict(chat, id="f99-c002", messages=late), dict(chat, id="f99-c003", expect=["missing_emoji"]),
           dict(chat, id="f99-c004", expect=["abuse"])]
    capsys.readouterr()
    assert pin_check.main(["chats", _write(tmp_path / "d.jsonl", bad)]) == 1
    out = capsys.readouterr().out
    assert "f99-c002" in out and "ts not increasing" in out and "f99-c003" in out and "f99-c004" in out
