"""Build the word list that keeps same-sound disguises from cutting an ordinary word (disguise.py).

    python benchmarks/disguise_lexicon.py [--cold ../shared/data/external/cold] [--out PATH]

A same-sound form such as 他马 (for 他妈) is ordinary text where it cuts a word: 其他|马上.  pypinyin's
phrase data is the first lexicon (already a dependency), but it lists only phrases whose reading needs
it, so everyday words (麻烦, 如果, 清楚) are missing.  This adds the character pairs that behave as
words in COLD (Apache-2.0, 37,480 Zhihu/Weibo comments; ../shared/data/external/cold): a pair counts
when it is seen at least ``MIN_COUNT`` times and its pointwise mutual information is at least
``MIN_PMI`` (characters that stand together far more often than chance: 麻烦, 清楚, 马上 — not 的人, 是他,
真是).  The project's own training sentences (training/data) were tried as a second source for shop
words (单号, 余额) and left out: their slot grammars make template seams look like words (上搜, 个蠢, 么垃),
which would refuse real disguises.  Only the pairs are shipped
(zhijian/data/models/word_pairs.json), never a sentence.  COLD's offensive comments use
disguises themselves (尼玛, 沙比): the list is only used to refuse a match whose EDGE cuts a pair,
never to refuse a form.  Deterministic: the same data gives the same file.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_COLD = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "external", "cold"))
DEFAULT_OUT = os.path.join(ROOT, "zhijian", "data", "models", "word_pairs.json")
MIN_COUNT = 3
MIN_PMI = 3.0
_RUN = re.compile(r"[\u4e00-\u9fff]+")


def cold_texts(folder: str):
    for name in ("train", "dev", "test"):
        with open(os.path.join(folder, f"{name}.csv"), encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                yield row["TEXT"]


def pairs(texts, min_count: int = MIN_COUNT, min_pmi: float = MIN_PMI) -> set[str]:
    """The character pairs of ``texts`` that behave as words."""
    uni: Counter = Counter()
    bi: Counter = Counter()
    for text in texts:
        for run in _RUN.findall(text):
            uni.update(run)
            bi.update(run[i:i + 2] for i in range(len(run) - 1))
    n, b = sum(uni.values()), sum(bi.values())
    return {p for p, c in bi.items()
            if c >= min_count and math.log((c / b) / ((uni[p[0]] / n) * (uni[p[1]] / n))) >= min_pmi}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cold", default=DEFAULT_COLD)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    words = sorted(pairs(cold_texts(args.cold)))
    doc = {"about": "汉字词对（同音变体的边界保护用，见 zhijian/engine/disguise.py）；由 benchmarks/disguise_lexicon.py "
                    f"从 COLD 数据集统计得出（出现 ≥{MIN_COUNT} 次且点互信息 ≥{MIN_PMI}），只含词对，不含原句。",
           "source": "COLD (thu-coai/COLDataset, commit a0c55a9), Apache-2.0, Deng et al., EMNLP 2022",
           "min_count": MIN_COUNT, "min_pmi": MIN_PMI, "pairs": words}
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=0)
        fh.write("\n")
    print(f"{len(words)} pairs -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
