"""Guard: no dev-case sentence is copied verbatim into rules, code, training sources, tests or benchmarks.

The dev cases (/work/shared/dev-cases/*.jsonl) are for measuring only.  Every dev text of 8 characters or more
that is not itself contained in a seed document (/work/shared/seeds/*) must not appear verbatim in the project
files listed in SCANNED.  Both folders are read at test time; when either is missing the test fails (it never
skips), so the guard cannot pass unnoticed on a machine without them.
"""

from __future__ import annotations

import glob
import json
from pathlib import Path

import ahocorasick_rs as ac
import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV_DIR = Path("/work/shared/dev-cases")
SEED_DIR = Path("/work/shared/seeds")
MIN_LEN = 8

SCANNED = ["zhijian/data/**/*.yaml", "zhijian/**/*.py", "training/*.py", "training/data/*_hand.jsonl",
           "training/data/scenarios.jsonl", "tests/**/*.py", "tests/cases/*.jsonl", "benchmarks/*.py"]

# (file, dev text) pairs that may stay.  Stock service formulas only, each naming the seed and section it comes
# from; keep this as short as possible.  The entries may also appear in this file, which lists them.
ALLOWED = {
    # A template of a corpus generator (training/data/messages.jsonl is built from it; changing it needs a
    # retraining, decided separately).  Seed 004 客户抱怨与投诉的应答规范 / 客户投诉自己工作出差错:
    # "很抱歉我的服务给您带来不好的体验" is the seed's apology to a complaint.
    ("training/messages_kinds_fresh.py", "非常抱歉给您带来不好的体验"),
}


def _need(path: Path, pattern: str) -> list[Path]:
    files = sorted(path.glob(pattern)) if path.is_dir() else []
    if not files:
        pytest.fail(f"missing: {path}/{pattern} (absent or empty); the dev-copy guard cannot run without the dev cases and the seeds", pytrace=False)
    return files


def dev_texts() -> list[str]:
    """Dev texts (messages, chat turns, intents) of MIN_LEN+ characters that no single seed document contains."""
    seeds = [p.read_text(encoding="utf-8", errors="ignore") for p in _need(SEED_DIR, "*") if p.is_file()]
    texts = set()
    for path in _need(DEV_DIR, "*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if isinstance(item.get("text"), str):
                texts.add(item["text"])
            for m in item.get("messages") or item.get("turns") or []:
                if isinstance(m, dict) and isinstance(m.get("text"), str):
                    texts.add(m["text"])
    return sorted(t for t in texts if len(t) >= MIN_LEN and not any(t in s for s in seeds))


def scanned_files(root: Path = ROOT) -> list[Path]:
    return sorted({Path(p) for pat in SCANNED for p in glob.glob(str(root / pat), recursive=True)})


def copies(texts: list[str], files: list[Path], root: Path = ROOT) -> list[tuple[str, int, str]]:
    """(relative path, line number, dev text) of every verbatim occurrence, allow-listed pairs left out."""
    matcher = ac.AhoCorasick(texts)
    own = Path(__file__).resolve()
    allowed_here = {t for _, t in ALLOWED}
    hits = []
    for path in files:
        rel = path.resolve().relative_to(root.resolve()).as_posix()
        body = path.read_text(encoding="utf-8", errors="ignore")
        for idx, start, _ in matcher.find_matches_as_indexes(body, overlapping=True):
            text = texts[idx]
            if (rel, text) in ALLOWED or (path.resolve() == own and text in allowed_here):
                continue
            hits.append((rel, body.count("\n", 0, start) + 1, text))
    return sorted(set(hits))


def test_no_dev_text_is_copied_into_the_project():
    texts = dev_texts()
    assert texts, f"no dev text read from {DEV_DIR}"
    hits = copies(texts, scanned_files())
    report = "\n".join(f"  {path}:{line}: {text}" for path, line, text in hits)
    assert not hits, f"{len(hits)} verbatim copies of dev-case texts (dev cases are for measuring only; write your own sentence):\n{report}"


def test_the_guard_finds_a_planted_copy_with_its_line(tmp_path):
    texts = dev_texts()
    planted = tmp_path / "tests" / "test_planted.py"
    planted.parent.mkdir()
    planted.write_text(f'X = 1\nY = "{texts[0]}"\n', encoding="utf-8")
    assert copies(texts, scanned_files(tmp_path), root=tmp_path) == [("tests/test_planted.py", 2, texts[0])]


def test_every_allowed_entry_is_still_needed():
    texts = set(dev_texts())
    for rel, text in ALLOWED:
        assert text in texts, f"allow-list entry is no dev text any more, drop it: {text}"
        assert text in (ROOT / rel).read_text(encoding="utf-8"), f"allow-list entry no longer in {rel}, drop it: {text}"
