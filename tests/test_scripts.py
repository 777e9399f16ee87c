"""The script library, openings, shop overrides of scripts, and rewrites of flagged drafts."""

import datetime as dt
import json
import pathlib
import textwrap

import pytest

from zhijian import Inspector, PackError
from zhijian.engine.overrides import load_overrides
from zhijian.phrasing.rewrite import rewrite
from zhijian.phrasing.library import SCENARIOS, ScriptError, load_library

PACKS = ["jd", "taobao", "generic"]
MOMENTS = [dt.datetime(2025, 10, 6, 9, 0), dt.datetime(2025, 3, 4, 15, 0), dt.datetime(2026, 2, 17, 11, 0),
           dt.datetime(2025, 5, 1, 20, 0)]
CONTEXT = {"shop": "示例旗舰店", "feature": "静音设计，噪音低于30分贝", "hours": "24", "minutes": "2"}


@pytest.mark.parametrize("pack", PACKS)
def test_every_reply_renders_and_passes_check(pack):
    lib = load_library(pack)
    insp = Inspector(pack)
    assert set(SCENARIOS) <= set(lib.scenarios)
    for sid in SCENARIOS:
        sc = lib.scenarios[sid]
        assert sc.replies and sc.source
        for template in sc.replies:
            for at in MOMENTS:
                reply = lib.render(template, CONTEXT, at)
                assert "{" not in reply
                assert insp.check(reply) == [], (pack, sid, reply)


def test_openings_follow_time_and_holidays():
    lib = load_library("jd")
    assert lib.replies("greeting", at=dt.datetime(2025, 10, 6, 9))[0].startswith("中秋节快乐")
    assert lib.replies("greeting", at=dt.datetime(2025, 3, 4, 9))[0].startswith("早上好")
    assert lib.replies("greeting", at=dt.datetime(2025, 3, 4, 12))[0].startswith("您好")
    assert lib.replies("greeting", at=dt.datetime(2026, 2, 17, 20))[0].startswith("新年好")


def test_platform_differences():
    jd, tb = load_library("jd"), load_library("taobao")
    assert all("支付宝" not in r and "亲" not in r for r in jd.replies("payment"))
    assert any("支付宝" in r for r in tb.replies("payment"))
    assert all(r.startswith("亲") for r in tb.replies("greeting"))
    assert all(any(ord(ch) >= 0x1F000 for ch in r) for s in SCENARIOS for r in tb.replies(s, CONTEXT))


def test_missing_placeholder_is_a_clear_error():
    lib = load_library("jd")
    with pytest.raises(ScriptError, match=r"\{feature\}"):
        lib.render("这款的特点是{feature}")
    assert all("{" not in r for r in lib.replies("product_info"))  # the unfillable one is skipped


def test_shop_override_of_scripts(tmp_path):
    p = tmp_path / "shop.yaml"
    p.write_text(textwrap.dedent("""
        scripts:
          context: {shop: 小米之家}
          scenarios:
            stock: {replies: ["这款现货充足，今天16点前下单当天发出。"]}
        """), encoding="utf-8")
    lib = load_library("jd", load_overrides(str(p)))
    assert lib.replies("stock") == ["这款现货充足，今天16点前下单当天发出。"]
    assert "小米之家" in lib.replies("greeting", at=dt.datetime(2025, 3, 4, 15))[0]
    bad = tmp_path / "bad.yaml"
    bad.write_text("scripts:\n  scenarios:\n    nosuch: {replies: [x]}\n", encoding="utf-8")
    with pytest.raises(PackError, match="nosuch"):
        load_library("jd", load_overrides(str(bad)))


DRAFTS = [
    "亲，这款全网最低价，加我vx发图", "好的", "稍等", "嗯嗯", "不清楚，这种事您找物流去", "白痴都会点，退款按钮在详情页最底下",
    "放心吧，后天上午肯定能到货", "隔壁店卖的全是仿品，就我们家靠谱", "带图好评返3元红包，截图发我", "地址改不了了！！！包裹都出库了！！！",
    "TM的系统又卡了，您再等等", "这件成本才40，卖您59几乎没利润", "京东的售后规则太坑了，申诉也没用", "宝贝，这件黑色的还剩两件",
    "去淘寶搜我們店，價格更低", "绝对原装，放心买", "你问我，我问谁？", "大姐，尺码表就在详情页",
]


@pytest.mark.parametrize("draft", DRAFTS)
def test_rewrite_passes_check(draft):
    insp, lib = Inspector("jd"), load_library("jd")
    rw = rewrite(insp, lib, draft)
    assert rw.before, draft
    assert rw.changed and rw.after == [] and insp.check(rw.text) == [], (draft, rw.text)


def test_rewrite_keeps_the_meaning_of_mechanical_fixes():
    insp, lib = Inspector("jd"), load_library("jd")
    assert rewrite(insp, lib, "亲，这款有货").text == "您好，这款有货"
    assert rewrite(insp, lib, "这是市面上最好的空气净化器").text == "这是市面上口碑很好的空气净化器"
    assert rewrite(insp, lib, "您好，欢迎光临").changed is False


def test_rewrite_generalisation_cases():
    cases = [json.loads(l) for l in (pathlib.Path(__file__).parent / "cases" / "generalisation.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    libs, insps = {}, {}
    for c in cases:
        if not c["expect"]:
            continue
        p = c["pack"]
        insps.setdefault(p, Inspector(p))
        libs.setdefault(p, load_library(p))
        rw = rewrite(insps[p], libs[p], c["text"])
        assert insps[p].check(rw.text) == [], (c["text"], rw.text)


def _cli(*args, stdin=None):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "zhijian.cli", *args], input=stdin, capture_output=True, timeout=120)


def test_suggest_cli_contract_and_replies_pass_check(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "快递怎么还没到，都三天了"}\n發票能開嗎\n\n', encoding="utf-8")
    p = _cli("suggest", "--pack", "jd", "--format", "jsonl", str(src))
    assert p.returncode == 3  # the empty line is reported, the rest answered
    rows = [json.loads(l) for l in p.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == ["a", 2, 3]
    assert rows[0]["scenario"] == "logistics_delay" and rows[1]["scenario"] == "invoice"
    assert set(rows[0]) >= {"id", "scenario", "replies"} and rows[0]["replies"]
    replies = "\n".join(r for row in rows for r in row["replies"])
    checked = _cli("check", "--pack", "jd", "--format", "jsonl", "-", stdin=replies.encode())
    assert checked.returncode == 0
    assert all(json.loads(l)["findings"] == [] for l in checked.stdout.decode().splitlines())


def test_rewrite_cli():
    p = _cli("rewrite", "--format", "jsonl", "--text", "亲，这款全网最低价")
    row = json.loads(p.stdout.decode())
    assert p.returncode == 0 and row["changed"] and row["remaining"] == [] and "亲" not in row["rewrite"]
