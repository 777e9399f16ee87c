"""benchmarks/line_verdicts.py: per-line verdicts over the read sets, never an unseen one, and right -> wrong caught."""

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import frozen_sets  # noqa: E402
import line_verdicts  # noqa: E402


def test_exact_means_expected_give_or_take_ok_extra():
    item = {"expect": ["abuse"], "ok_extra": ["questioning"]}
    assert line_verdicts.exact(item, {"abuse"}) and line_verdicts.exact(item, {"abuse", "questioning"})
    assert not line_verdicts.exact(item, set()) and not line_verdicts.exact(item, {"abuse", "impolite"})
    assert line_verdicts.exact({"expect": []}, set()) and not line_verdicts.exact({"expect": []}, {"cold_reply"})


def test_unseen_sets_are_never_opened():
    names = set(line_verdicts.read_sets())
    assert not any(n.startswith("heldout") for n in names)
    fresh = {n for n in names if n.startswith("fresh")}
    assert fresh and fresh <= set(frozen_sets.READ)
    on_disk = {p.stem for p in (ROOT / "benchmarks" / "data").glob("fresh*.jsonl")}
    assert on_disk - set(frozen_sets.READ), "an unseen judge lies beside the read sets and stays closed"


def test_a_run_writes_verdicts_and_a_comparison_names_what_went_wrong(tmp_path, capsys):
    out = tmp_path / "now.json"
    assert line_verdicts.main([str(out), "--only", "fresh4_"]) == 0
    now = json.loads(out.read_text(encoding="utf-8"))
    assert set(now) == {"fresh4_messages", "fresh4_chats"}
    msgs = [json.loads(l) for l in (ROOT / "benchmarks/data/fresh4_messages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert set(now["fresh4_messages"]) == {m["id"] for m in msgs}
    assert all(len(v) == 2 for v in now["fresh4_messages"].values())
    assert all(len(v) == 1 for v in now["fresh4_chats"].values())
    right = next(i for i, v in now["fresh4_messages"].items() if v[0])
    # the same run against itself: nothing moved
    assert line_verdicts.main([str(tmp_path / "again.json"), "--only", "fresh4_", "--base", str(out)]) == 0
    # a base in which a line now right was wrong: wrong -> right, still exit 0
    base = json.loads(out.read_text(encoding="utf-8"))
    base["fresh4_messages"][right] = [False, False]
    (tmp_path / "b1.json").write_text(json.dumps(base), encoding="utf-8")
    assert line_verdicts.main([str(tmp_path / "x.json"), "--only", "fresh4_", "--base", str(tmp_path / "b1.json")]) == 0
    # a base in which a line now wrong was right: right -> wrong is named by id and the exit status is 1
    name, key = next((n, i) for n in sorted(now) for i, v in sorted(now[n].items()) if not all(v))
    base = json.loads(out.read_text(encoding="utf-8"))
    base[name][key] = [True] * len(base[name][key])
    (tmp_path / "b2.json").write_text(json.dumps(base), encoding="utf-8")
    capsys.readouterr()
    assert line_verdicts.main([str(tmp_path / "y.json"), "--only", "fresh4_", "--base", str(tmp_path / "b2.json")]) == 1
    assert key in capsys.readouterr().out
