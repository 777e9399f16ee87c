"""benchmarks/frozen_sets.py: one row per frozen set, figures in range, clean counts as the files say."""

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import frozen_sets  # noqa: E402


def test_one_row_per_set_with_sane_figures(tmp_path, capsys):
    out = tmp_path / "sets.json"
    assert frozen_sets.main(["--only", "fresh4_", "--json", str(out)]) == 0
    got = json.loads(out.read_text(encoding="utf-8"))
    assert set(got) == {"fresh4_messages", "fresh4_chats"}
    for name, fig in got.items():
        items = [json.loads(l) for l in (ROOT / "benchmarks" / "data" / f"{name}.jsonl").read_text(
            encoding="utf-8").splitlines() if l.strip()]
        clean = sum(1 for i in items if not i.get("expect"))
        assert fig["items"] == len(items) and fig["status"].startswith("read")
        if name.endswith("_messages"):
            for part in ("rules", "rules_model"):
                assert fig[part]["clean_total"] == clean and 0 <= fig[part]["clean_flagged"] <= clean
                assert 0.3 < fig[part]["macro_f1"] <= 1.0
            # the model layer adds findings: never fewer true categories found than the rules alone
            assert fig["rules_model"]["macro_f1"] >= fig["rules"]["macro_f1"]
        else:
            assert fig["clean_total"] == clean and 0 <= fig["clean_flagged"] <= clean
            assert all(0.3 < fig[k] <= 1.0 for k in ("eval_py_f1", "new_f1", "all_f1", "meaning_f1"))
    printed = capsys.readouterr().out
    assert "fresh4_messages" in printed and "fresh4_chats" in printed


def test_sets_the_shipped_model_trained_on_are_marked(tmp_path, capsys):
    """A read set merged into the message model's training data (frozen_sets.TRAINED) says so in its row and in the
    JSON, so its +model figure is not read as a transfer figure; a read set not trained on does not."""
    assert frozen_sets.TRAINED and set(frozen_sets.TRAINED) <= set(frozen_sets.READ)
    assert "fresh7_messages" in frozen_sets.TRAINED and "fresh20_messages" not in frozen_sets.TRAINED
    out = tmp_path / "sets.json"
    assert frozen_sets.main(["--only", "fresh7_messages", "--only", "fresh4_messages", "--json", str(out)]) == 0
    got = json.loads(out.read_text(encoding="utf-8"))
    assert got["fresh7_messages"]["trained"] and "trained" in got["fresh7_messages"]["status"]
    assert not got["fresh4_messages"]["trained"] and "trained" not in got["fresh4_messages"]["status"]
    assert "trained (stop 37)" in capsys.readouterr().out


def test_stop40_merge_is_marked_and_the_transfer_judges_are_not():
    """Stop 40 (m40) merged the read fresh22-fresh24 message sets (plain and hard) into the message model's training
    data: they are marked trained at stop 40; fresh20 and fresh21 stay read judges, never trained on; no unseen set is
    marked (nor read)."""
    from training.merge_hand import UNSEEN

    for n in (22, 23, 24):
        for kind in ("", "hard_"):
            assert frozen_sets.TRAINED[f"fresh{n}_{kind}messages"] == "stop 40"
    for n in (20, 21):
        for kind in ("", "hard_"):
            name = f"fresh{n}_{kind}messages"
            assert name in frozen_sets.READ and name not in frozen_sets.TRAINED
    assert not any(name.startswith(UNSEEN) for name in frozen_sets.TRAINED)
    assert not any(name.endswith("_chats") for name in frozen_sets.TRAINED)


def test_by_category_counts_the_misses_and_the_false_reports(tmp_path, capsys):
    """``--by-category`` counts, per category, the expected categories a line did not get and the ones it got beyond
    ``expect`` and ``ok_extra``: on a read chat set the counts are those of the audit itself, and a set fully right has
    none (the counting checked on hand-made predictions too)."""
    import conversation_report as cr
    from zhijian.taxonomy import CONVERSATION_CATEGORIES

    out = tmp_path / "sets.json"
    assert frozen_sets.main(["--only", "fresh4_chats", "--by-category", "--json", str(out)]) == 0
    got = json.loads(out.read_text(encoding="utf-8"))["fresh4_chats"]["by_category"]
    items = [json.loads(l) for l in (ROOT / "benchmarks" / "data" / "fresh4_chats.jsonl").read_text(
        encoding="utf-8").splitlines() if l.strip()]
    pred, _ = cr.audit(items)
    missed = sum(len(set(i["expect"]) - pred[i["id"]]) for i in items)
    false = sum(len(pred[i["id"]] & set(CONVERSATION_CATEGORIES) - set(i["expect"]) - set(i.get("ok_extra") or []))
                for i in items)
    assert sum(got["missed"].values()) == missed and sum(got["false"].values()) == false
    assert "missed" in capsys.readouterr().out
    rows = [{"expect": ["a"], "ok_extra": ["c"]}, {"expect": [], "ok_extra": []}, {"expect": ["a", "b"]}]
    assert frozen_sets.category_counts(rows, [{"c"}, {"b"}, {"a", "b"}]) == {"missed": {"a": 1}, "false": {"b": 1}}
    assert frozen_sets.category_counts(rows, [{"a"}, set(), {"a", "b"}]) == {"missed": {}, "false": {}}


def test_held_halves_give_tables_only_and_a_sum_per_category(tmp_path, capsys):
    """``--held`` measures the held halves of the blind pools (never read) by their lines' kind, prints no id and no
    text, and with ``--by-category`` sums the per-category counts of every set shown in a line of its own."""
    out = tmp_path / "held.json"
    assert frozen_sets.main(["--held", "--only", "heldout59_", "--only", "heldout60_", "--by-category",
                             "--json", str(out)]) == 0
    got = json.loads(out.read_text(encoding="utf-8"))
    assert set(got) == {"heldout59_questions_n68b", "heldout60_followups_n69b"}
    for name, fig in got.items():
        items = [json.loads(l) for l in (ROOT / "benchmarks" / "data" / f"{name}.jsonl").read_text(
            encoding="utf-8").splitlines() if l.strip()]
        assert fig["status"] == "held (tables only)" and fig["items"] == len(items)
        assert fig["clean_total"] == sum(1 for i in items if not i["expect"])
    printed = capsys.readouterr().out
    last = next(line for line in printed.splitlines() if line.startswith("every set shown"))
    for kind in ("missed", "false"):
        for c in {c for fig in got.values() for c in fig["by_category"][kind]}:
            assert f"'{c}': {sum(fig['by_category'][kind].get(c, 0) for fig in got.values())}" in last
    assert "n68b-c0" not in printed and "n69b-c0" not in printed  # tables only: no id of a held chat
