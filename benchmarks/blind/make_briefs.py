"""Fill the blind writers' briefs of a new fresh set: five briefs (two message writers, one hard-set writer, two chat
writers), each a whole task for a writer who sees only the seeds and the taxonomy.

    python benchmarks/blind/make_briefs.py fresh30 OUTDIR --goods goods.json

``goods.json`` maps the five writers (``msg_a``, ``msg_b``, ``hard``, ``chat_a``, ``chat_b``) to the goods and
services each writes about — goods no earlier set used (benchmarks/README.md lists each set's).  The briefs are
written to ``OUTDIR/brief_<writer>.md``; each writer writes its file to ``OUTDIR/<writer>.jsonl``.  Check the files
with ``pin_check.py`` before pinning them (benchmarks/README.md, "第二十九组").

A blind pool (two chat writers, 24 chats each, 14 clean and 5 + 5 of two conversation categories; one half read, the other
held) is briefed the same way from ``pool.md``:

    python benchmarks/blind/make_briefs.py --pool n70 OUTDIR --goods goods.json --theme theme.md --faults unanswered,aftersales_flow

where ``goods.json`` maps the writers ``a`` and ``b`` to their goods, ``theme.md`` is the pool's theme section (a heading
``## Theme of this pool: …``, the faulty shapes and their clean twins) and the ids are ``n70a-c001 …`` and ``n70b-c001 …``.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
SHARED = PROJECT.parent / "shared"

WRITERS = {  # writer -> template, fills
    "msg_a": ("msg.md", {"WRITER": "A", "IDS": "@SET@-m001 … @SET@-m150"}),
    "msg_b": ("msg.md", {"WRITER": "B", "IDS": "@SET@-m151 … @SET@-m300"}),
    "hard": ("hard.md", {}),
    "chat_a": ("chat.md", {"WRITER": "A", "NCHAT": "28", "IDS": "@SET@-c001 … @SET@-c028",
                           "PACKS": "18 jd, 7 taobao, 3 generic", "NCLEAN": "11"}),
    "chat_b": ("chat.md", {"WRITER": "B", "NCHAT": "27", "IDS": "@SET@-c029 … @SET@-c055",
                           "PACKS": "17 jd, 6 taobao, 4 generic", "NCLEAN": "10"}),
}


def fill(text: str, values: dict[str, str]) -> str:
    out = re.sub(r"@([A-Z_]+)@", lambda m: values.get(m.group(1), m.group(0)), text)
    left = set(re.findall(r"@[A-Z_]+@", out))
    if left:
        raise SystemExit(f"unfilled: {sorted(left)}")
    return out


def _places(out: pathlib.Path) -> dict[str, str]:
    """The paths every brief names: where the writer reads and where it must not."""
    return {"OUTDIR": str(out), "SHARED": str(SHARED), "SEEDS": str(SHARED / "seeds"),
            "SHARED_TAXONOMY": str(SHARED / "spec" / "taxonomy.md"), "PROJECT": str(PROJECT)}


def pool_briefs(name: str, out: pathlib.Path, goods: dict[str, str], theme: str, faults: list[str]) -> list[str]:
    """Write the two briefs of blind pool ``name`` (``n70`` → ids ``n70a-c…`` / ``n70b-c…``) to ``out``; their names."""
    from zhijian.taxonomy import CONVERSATION_CATEGORIES

    if not re.fullmatch(r"n\d+", name):
        raise SystemExit("a pool's name must be nN")
    if len(faults) != 2 or not set(faults) <= set(CONVERSATION_CATEGORIES):
        raise SystemExit(f"--faults: two conversation categories, of {', '.join(CONVERSATION_CATEGORIES)}")
    if not theme.lstrip().startswith("## Theme of this pool"):
        raise SystemExit("--theme: the section must open with '## Theme of this pool: …'")
    template = (HERE / "pool.md").read_text(encoding="utf-8")
    written = []
    for writer in ("a", "b"):
        values = {**_places(out), "WRITER": writer, "ID": f"{name}{writer}", "THEME": theme.strip(),
                  "FAULT_A": faults[0], "FAULT_B": faults[1], "GOODS": goods[writer], "OUT": str(out / f"{writer}.jsonl")}
        (out / f"brief_{writer}.md").write_text(fill(template, values), encoding="utf-8")
        written.append(f"brief_{writer}.md")
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("name", help="the new set's name, e.g. fresh30 (with --pool: the pool's, e.g. n70)")
    ap.add_argument("outdir")
    ap.add_argument("--goods", required=True, help="JSON file: writer -> goods (a string)")
    ap.add_argument("--pool", action="store_true", help="brief the two writers of a blind pool instead (pool.md)")
    ap.add_argument("--theme", help="with --pool: a file holding the pool's theme section")
    ap.add_argument("--faults", help="with --pool: the two conversation categories of its faulty chats, comma-separated")
    a = ap.parse_args(argv)
    if a.pool:
        if not a.theme or not a.faults:
            raise SystemExit("--pool needs --theme and --faults")
        out = pathlib.Path(a.outdir)
        out.mkdir(parents=True, exist_ok=True)
        written = pool_briefs(a.name, out, json.loads(pathlib.Path(a.goods).read_text(encoding="utf-8")),
                              pathlib.Path(a.theme).read_text(encoding="utf-8"), a.faults.split(","))
        print(f"written: {', '.join(written)} in {out}")
        return 0
    m = re.fullmatch(r"fresh(\d+)", a.name)
    if not m:
        raise SystemExit("name must be freshN")
    goods = json.loads(pathlib.Path(a.goods).read_text(encoding="utf-8"))
    out = pathlib.Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    common = (HERE / "common.md").read_text(encoding="utf-8")
    for writer, (template, fills) in WRITERS.items():
        text = (HERE / template).read_text(encoding="utf-8").replace("@COMMON@", common)
        text = text.replace("@IDS@", fills.get("IDS", "@IDS@"))
        values = {**fills, **_places(out), "SET": f"f{m.group(1)}", "GOODS": goods[writer],
                  "OUT": str(out / f"{writer}.jsonl")}
        (out / f"brief_{writer}.md").write_text(fill(text, values), encoding="utf-8")
    print(f"written: {', '.join(f'brief_{w}.md' for w in WRITERS)} in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
