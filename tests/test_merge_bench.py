"""`training.merge_hand --bench`: a read benchmark pool merged as training source (model card, stop 35: m35).

Each shape builds a small fake benchmark directory (pools, another read set, an unseen set), dev and test-case
directories and a hand file in tmp_path, so nothing here reads the real benchmark data.  Lines are own wording.
"""

from __future__ import annotations

import json

import pytest

from training import merge_hand
from training.train_messages import row_weight, template_weights, valid_repeats

POOL = [
    {"id": "p9a-001", "pack": "jd", "text": "这台吹风机用三年都不会坏的您就放一百个心", "expect": ["arbitrary_promise"],
     "ok_extra": ["false_advertising"]},
    {"id": "p9a-002", "pack": "taobao", "text": "宝贝这件外套我们家卖得最火啦快来抢", "expect": ["false_advertising"]},
    {"id": "p9a-003", "pack": "generic", "text": "付款前请再瞄一眼寄送门牌哦", "expect": [], "ok_extra": []},
    {"id": "p9a-004", "pack": "jd", "text": "别家那种杂牌电池充两次就鼓包了您敢用吗", "expect": ["disparage_peer"]},
    {"id": "p9a-005", "pack": "jd", "text": "别家那种杂牌电池充两次就鼓包了您敢用么", "expect": ["disparage_peer"]},
    {"id": "p9a-006", "pack": "jd", "text": "枸杞产区写在袋背那张贴纸里面了", "expect": []},
]
OTHER_SET = [{"id": "o-1", "text": "枸杞产区写在袋背那张贴纸里面了呀", "expect": []}]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture
def dirs(tmp_path):
    bench, dev, cases = tmp_path / "bench", tmp_path / "dev", tmp_path / "cases"
    for d in (bench, dev, cases):
        d.mkdir()
    write_jsonl(bench / "pool99_faults_p9a.jsonl", POOL)
    write_jsonl(bench / "other_messages.jsonl", OTHER_SET)
    # an unseen set: never opened (it is not even valid JSON, so opening it would fail)
    # (named by merge_hand's own first unseen prefix: a set read later is renamed in UNSEEN, not here)
    (bench / f"{merge_hand.UNSEEN[0]}messages.jsonl").write_text("{not json\n", encoding="utf-8")
    write_jsonl(dev / "messages.jsonl", [{"id": "d-1", "text": "您的快递今天下午一定能送到府上的"}])
    write_jsonl(cases / "cases.jsonl", [{"text": "这个价格是全网最低的不信您去比"}])
    hand = tmp_path / "hand.jsonl"
    write_jsonl(hand, [{"text": "已有的一句手写句", "labels": [], "split": "train", "kind": "hand", "template": "hand.x"}])
    return tmp_path, bench, dev, cases, hand


def run(dirs, *extra):
    root, bench, dev, cases, hand = dirs
    argv = ["--bench-dir", str(bench), "--dev-dir", str(dev), "--cases-dir", str(cases), "--hand", str(hand), *extra]
    assert merge_hand.main(argv) == 0
    rows = [json.loads(x) for x in hand.read_text(encoding="utf-8").splitlines() if x.strip()]
    return {r["text"]: r for r in rows[1:]}


def test_expect_becomes_labels_and_ok_extra_is_not_a_label(dirs):
    got = run(dirs, "--bench", "pool99_faults_p9a")
    r = got["这台吹风机用三年都不会坏的您就放一百个心"]
    assert r["labels"] == ["arbitrary_promise"]
    assert r["template"] == "hand.pool99_faults_p9a" and r["kind"] == "hand"
    assert r["split"] in ("train", "valid", "test")
    assert got["付款前请再瞄一眼寄送门牌哦"]["labels"] == []  # a clean pool line is a clean training row


def test_packs_leave_out_other_packs(dirs):
    got = run(dirs, "--bench", "pool99_faults_p9a", "--packs", "jd,generic")
    assert "宝贝这件外套我们家卖得最火啦快来抢" not in got
    assert "付款前请再瞄一眼寄送门牌哦" in got
    got_all = run(dirs, "--bench", "pool99_faults_p9a", "--dry-run")  # dry run adds nothing
    assert "宝贝这件外套我们家卖得最火啦快来抢" not in got_all


def test_the_pool_does_not_screen_itself_but_other_sets_do(dirs):
    got = run(dirs, "--bench", "pool99_faults_p9a")
    # both near-twins of the pool are kept (the pool's own lines are exempt)
    assert "别家那种杂牌电池充两次就鼓包了您敢用吗" in got and "别家那种杂牌电池充两次就鼓包了您敢用么" in got
    # a line near another read set is screened out
    assert "枸杞产区写在袋背那张贴纸里面了" not in got


def test_dev_and_test_cases_still_screen(dirs, tmp_path):
    root, bench, dev, cases, hand = dirs
    write_jsonl(bench / "pool99_faults_p9b.jsonl", [
        {"id": "p9b-001", "pack": "jd", "text": "您的快递今天下午一定能送到府上的哈", "expect": ["arbitrary_promise"]},
        {"id": "p9b-002", "pack": "jd", "text": "这个价格是全网最低的不信您去比", "expect": ["false_advertising"]},
        {"id": "p9b-003", "pack": "jd", "text": "劳驾把购买凭证拍过来我来瞧", "expect": []},
    ])
    got = run(dirs, "--bench", "pool99_faults_p9b")
    assert set(got) == {"劳驾把购买凭证拍过来我来瞧"}


def test_held_ids_are_never_merged_and_still_screen(dirs, tmp_path):
    held = tmp_path / "held.txt"
    held.write_text("p9a-004\n", encoding="utf-8")
    got = run(dirs, "--bench", "pool99_faults_p9a", "--hold-ids", str(held))
    assert "别家那种杂牌电池充两次就鼓包了您敢用吗" not in got  # held out
    assert "别家那种杂牌电池充两次就鼓包了您敢用么" not in got  # its near twin, screened by the held line
    assert "这台吹风机用三年都不会坏的您就放一百个心" in got


def test_unseen_sets_are_never_opened(dirs):
    with pytest.raises(SystemExit):
        run(dirs, "--bench", f"{merge_hand.UNSEEN[0]}messages")
    got = run(dirs, "--bench", "pool99_faults_p9a")  # the broken unseen file in the directory is not read
    assert got


def test_bench_and_files_together(dirs, tmp_path):
    extra = tmp_path / "new.jsonl"
    write_jsonl(extra, [{"text": "劳驾报一下登记号码尾巴四个数", "labels": []},
                        {"text": "这台吹风机用三年都不会坏的您就放一百个心", "labels": []}])
    got = run(dirs, str(extra), "--tag", "w99", "--bench", "pool99_faults_p9a")
    assert got["劳驾报一下登记号码尾巴四个数"]["template"] == "hand.w99"
    # a plain input file is screened by every read set, pools included; the pool's own copy is merged
    assert got["这台吹风机用三年都不会坏的您就放一百个心"]["template"] == "hand.pool99_faults_p9a"


# --- training.train_messages: per-template weights ---------------------------------------------------------------
def test_template_weights_fit_and_threshold_counts():
    tw = template_weights(["hand.pool=1", "hand.pool31_clean=0.5"])
    assert tw[0] == ("hand.pool31_clean", 0.5)  # longest prefix first
    pool = {"kind": "hand", "template": "hand.pool33_faults_n39a"}
    clean = {"kind": "hand", "template": "hand.pool31_clean_n32"}
    old = {"kind": "hand", "template": "hand.n31.trap"}
    gen = {"kind": "gen", "template": "promise.certainty"}
    assert row_weight(pool, 3.0, tw) == 1.0
    assert row_weight(clean, 3.0, tw) == 0.5
    assert row_weight(old, 3.0, tw) == 3.0
    assert row_weight(gen, 3.0, tw) == 1.0
    rows = [gen, old, pool]
    assert sorted(valid_repeats(rows, 3, tw, True).tolist()) == [0, 1, 1, 1, 2]
    assert sorted(valid_repeats(rows, 3, tw, False).tolist()) == [0, 1, 1, 1, 2, 2, 2]
    with pytest.raises(ValueError):
        template_weights(["hand.pool"])


def test_a_line_quoting_a_dev_text_is_not_merged(dirs):
    """A long pool line that holds a dev sentence verbatim is far from it by trigram Jaccard, yet it would copy the
    dev text into the training source (tests/test_dev_copies.py): it is dropped; a short dev text (under DEV_MIN
    characters) inside a line does not drop it."""
    root, bench, dev, cases, hand = dirs
    write_jsonl(dev / "conversations.jsonl", [{"id": "dc-1", "turns": [{"role": "agent", "text": "麻烦您稍后再看一眼物流"},
                                                                       {"role": "agent", "text": "好嘞"}]}])
    write_jsonl(bench / "pool99_faults_p9c.jsonl", [
        {"id": "p9c-001", "pack": "jd", "text": "仓库那头刚被我催过一遍，麻烦您稍后再看一眼物流，有新动静马上回您",
         "expect": []},
        {"id": "p9c-002", "pack": "jd", "text": "好嘞，护手霜的批号在盒底那一排小字上", "expect": []},
    ])
    got = run(dirs, "--bench", "pool99_faults_p9c")
    assert set(got) == {"好嘞，护手霜的批号在盒底那一排小字上"}


def test_the_clean_twin_of_a_pairs_pool_gets_its_own_template(dirs):
    """A minimal-pairs pool (``*_pairs_*``: a fault and its clean twin) marks the clean twin's template ``.twin`` so the
    twins can be weighted on their own (stop 36, m36b); a fault of the pool and the clean lines of other pools keep
    the plain ``hand.<pool>`` template."""
    root, bench, dev, cases, hand = dirs
    write_jsonl(bench / "pool99_pairs_p9d.jsonl", [
        {"id": "p9d-001a", "pack": "jd", "text": "这款电热毯插上电十秒就能把整张床烘得暖暖的", "expect": ["false_advertising"]},
        {"id": "p9d-001b", "pack": "jd", "text": "这款电热毯插上电过一会儿床面会慢慢变暖", "expect": []},
    ])
    got = run(dirs, "--bench", "pool99_pairs_p9d", "--bench", "pool99_faults_p9a")
    assert got["这款电热毯插上电过一会儿床面会慢慢变暖"]["template"] == "hand.pool99_pairs_p9d.twin"
    assert got["这款电热毯插上电十秒就能把整张床烘得暖暖的"]["template"] == "hand.pool99_pairs_p9d"
    assert got["付款前请再瞄一眼寄送门牌哦"]["template"] == "hand.pool99_faults_p9a"
    tw = template_weights(["hand.pool=0.5", "hand.pool99_pairs_p9d.twin=3"])
    assert row_weight(got["这款电热毯插上电过一会儿床面会慢慢变暖"], 3, tw) == 3
    assert row_weight(got["这款电热毯插上电十秒就能把整张床烘得暖暖的"], 3, tw) == 0.5
