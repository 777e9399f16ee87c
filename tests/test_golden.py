"""Machine outputs stay byte-identical across refactors (issue 9).

``tests/golden/record.sh`` writes the JSON Lines of ``check``, ``suggest`` and ``audit`` on
``examples/`` (kept here in full) and on the dev cases in ``../shared/dev-cases`` (kept as
SHA-256 digests, the cases themselves are not copied).  A change that is meant to change
behaviour re-records them in the same commit: ``tests/golden/record.sh tests/golden``.
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SHARED = pathlib.Path(os.environ.get("ZHIJIAN_SHARED", ROOT.parent / "shared"))


def test_outputs_match_the_recorded_ones(tmp_path):
    if not (SHARED / "dev-cases").is_dir():
        pytest.fail(f"需要开发用例目录 {SHARED / 'dev-cases'}（设置 ZHIJIAN_SHARED 指向 shared 目录）")
    zj = pathlib.Path(sys.executable).parent / "zhijian"
    env = dict(os.environ, ZJ=str(zj), ZHIJIAN_SHARED=str(SHARED))
    subprocess.run(["bash", str(GOLDEN / "record.sh"), str(tmp_path)], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    recorded = sorted(p.name for p in GOLDEN.iterdir() if p.suffix in (".jsonl", ".sha256"))
    produced = sorted(p.name for p in tmp_path.iterdir())
    assert produced == recorded
    changed = [n for n in recorded if (tmp_path / n).read_bytes() != (GOLDEN / n).read_bytes()]
    assert not changed, f"输出与记录不同：{changed}（有意的行为变化请重新记录：tests/golden/record.sh tests/golden）"
