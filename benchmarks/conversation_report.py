#!/usr/bin/env python3
"""Figures of the conversation audit on labelled chats: per-category P/R/F1 and macro-F1.

    python benchmarks/conversation_report.py [--dev PATH] [--heldout PATH] [--json OUT]
                                             [--show-misses N] [--templates] [--cases PATH]

``--cases PATH`` scores only that file instead (labelled for every conversation category, like the
held-out set), e.g. the frozen hand-written ``benchmarks/data/hard_chats.jsonl``.

(a) ``../shared/dev-cases/conversations.jsonl`` and (b) the held-out set of
``benchmarks/conversations_gen.py`` (default ``/tmp/zj_heldout_chats.jsonl``; generated there
first when missing or older than the generator).  Every chat is audited in-process with ``zhijian.audit.Auditor`` on its own
``pack`` (one auditor per pack, like ``eval.py`` calling ``zhijian audit --pack P`` per pack).

Scoring is ``../shared/tools/eval.py``'s own code, imported from that file (it takes a folder,
not a file, and only talks to the command line, so its ``score_sets`` / ``report`` are reused
rather than the script): ``expect`` must be reported, a reported category outside
``expect ∪ ok_extra`` is a false positive, P = R = 1 when undefined, macro-F1 over the categories
with at least one expected case.  Three tables per set:

1. eval.py's conversation categories (``CONV_CATS``): the same figure as ``eval.py conversations``;
2. the new categories of issue 12 (followup_missed, slow_no_apology, asked_to_repeat), which
   eval.py ignores by design ("a category added later is judged on its own");
3. all the categories the set is labelled for, with the macro-F1 of the meaning-based ones apart.

The dev cases are labelled for eval.py's categories only; the new categories reported on them are
counted (and those on clean chats shown) but not scored.  The held-out set is labelled for all.

"clean flagged" is the number of chats with ``expect: []`` that got any category (of the table's
set) outside their ``ok_extra``.  Message-level findings are ignored, as in eval.py.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import importlib.util
import io
import json
import os
import pathlib
import sys
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"
EVAL_PY = SHARED / "tools" / "eval.py"
DEV = SHARED / "dev-cases" / "conversations.jsonl"
HELDOUT = pathlib.Path("/tmp/zj_heldout_chats.jsonl")

NEW = {"followup_missed", "slow_no_apology", "asked_to_repeat"}
MEANING = {"unanswered", "forced_end", "aftersales_flow", "complaint_no_apology", "thanks_unacknowledged",
           "apology_unacknowledged", "suggestion_unacknowledged", "direct_name"} | NEW
LABEL_FIELDS = ("expect", "ok_extra", "note", "faults")


def load_eval():
    """../shared/tools/eval.py as a module (its main() is not run)."""
    spec = importlib.util.spec_from_file_location("zj_shared_eval", EVAL_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read(path: pathlib.Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def audit(items: list[dict]) -> tuple[dict[str, set[str]], dict[str, list]]:
    """id -> reported categories, id -> findings (category, turn, message); each chat on its own pack."""
    from zhijian.audit import Auditor
    from zhijian.audit.conversation import parse_conversation

    predicted: dict[str, set[str]] = {}
    findings: dict[str, list] = {}
    by_pack = collections.defaultdict(list)
    for it in items:
        by_pack[it.get("pack", "jd")].append(it)
    for pack in sorted(by_pack):
        rows = by_pack[pack]
        auditor = Auditor(pack)
        convs = [parse_conversation({k: v for k, v in r.items() if k not in LABEL_FIELDS}, r["id"]) for r in rows]
        for r, res in zip(rows, auditor.audit_many(convs)):
            predicted[r["id"]] = {f.category for f in res.findings if f.category}
            findings[r["id"]] = [(f.category, f.turn, f.message) for f in res.findings]
    return predicted, findings


def table(ev, items, predicted, only, title, echo: bool) -> dict:
    """eval.py's scoring and table for the categories in ``only``; the figures as a dict.

    eval.py's ``score_sets`` filters the predictions by ``only`` but counts every expected
    category; on its own case set every label is in ``CONV_CATS``.  Here a table judges only its
    own categories, so ``expect`` is restricted to ``only`` too (a chat whose labels all fall
    outside the table counts as clean for it)."""
    clean = [it for it in items if not it.get("expect")]
    items = [{**it, "expect": [c for c in it.get("expect", []) if c in only]} for it in items]
    stats, _, _, misses = ev.score_sets(items, predicted, only=only)
    # clean = no label at all (not merely none of this table's): any category of the table outside ok_extra
    clean_total = len(clean)
    clean_fp = sum(1 for it in clean if (predicted.get(it["id"], set()) & set(only)) - set(it.get("ok_extra", [])))
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        macro = ev.report(stats, title)
    if echo:
        print(buf.getvalue(), end="")
    cats = {}
    for c in sorted(stats):
        tp, fp, fn = stats[c]
        p, r, f = ev.prf(tp, fp, fn)
        cats[c] = {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}
    meaning = [v["f1"] for c, v in cats.items() if c in MEANING and v["tp"] + v["fn"]]
    labelled = any(v["tp"] + v["fn"] for v in cats.values())
    return {"categories": cats, "macro_f1": round(macro, 4) if labelled else None,
            "macro_f1_meaning": round(sum(meaning) / len(meaning), 4) if meaning else None,
            "clean_flagged": clean_fp, "clean_total": clean_total, "misses": misses}


def per_template(items, predicted) -> dict[str, tuple[int, int]]:
    """Held-out only: per fault template, the chats where every expected category was reported;
    for clean chats, those where nothing outside ``ok_extra`` was reported."""
    out: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for it in items:
        got = predicted.get(it["id"], set())
        if it.get("faults"):
            hit = set(it["expect"]) <= got
        else:
            hit = not (got - set(it.get("ok_extra", [])))
        for t in it.get("faults") or ["(clean)"]:
            out[t][1] += 1
            out[t][0] += int(hit)
    return {k: tuple(v) for k, v in sorted(out.items())}


def run_set(ev, name: str, items: list[dict], vocab: set[str], show_misses: int, templates: bool,
            predicted: dict[str, set[str]] | None = None) -> dict:
    """Audit one set and print its tables; ``vocab`` = the categories the set is labelled for (``predicted``: the
    categories already reported for each chat, ``audit``'s first part: the set is not audited again)."""
    t = time.perf_counter()
    if predicted is None:
        predicted = audit(items)[0]
    secs = time.perf_counter() - t
    n_clean = sum(1 for i in items if not i.get("expect"))

    def fmt(x):
        return "n/a" if x is None else f"{x:.3f}"

    print(f"\n==================== {name}: {len(items)} 个会话（其中规范会话 {n_clean} 个），审计用时 {secs:.1f} 秒")
    res = {"chats": len(items), "clean_chats": n_clean, "audit_seconds": round(secs, 2)}
    res["eval_py"] = table(ev, items, predicted, set(ev.CONV_CATS), f"[1] eval.py 的会话类别 ({name})", True)
    print(f"conv_macro_f1={fmt(res['eval_py']['macro_f1'])} clean_conv_fp="
          f"{res['eval_py']['clean_flagged']}/{res['eval_py']['clean_total']}")
    if NEW <= vocab:
        res["new"] = table(ev, items, predicted, NEW, f"\n[2] 议题 12 的新类别 ({name})", True)
        print(f"new_macro_f1={fmt(res['new']['macro_f1'])} clean_new_fp="
              f"{res['new']['clean_flagged']}/{res['new']['clean_total']}")
    else:  # the set was not labelled for them: what was reported cannot be scored, except on clean chats
        flagged = {c: sum(1 for i in items if c in predicted.get(i["id"], set())) for c in sorted(NEW)}
        on_clean = {c: sum(1 for i in items if not i.get("expect") and c in predicted.get(i["id"], set()))
                    for c in sorted(NEW)}
        print(f"\n[2] 议题 12 的新类别 ({name})：本集未标注这些类别，无法计分。报出的会话数 {flagged}；"
              f"其中规范会话 {on_clean}（规范会话按定义不应报出任何会话类别）")
        res["new_unscored"] = {"flagged": flagged, "on_clean": on_clean}
    res["all"] = table(ev, items, predicted, vocab, f"\n[3] 全部已标注的会话类别 ({name})", False)
    m = res["all"]["macro_f1_meaning"]
    print(f"\n[3] 全部已标注的会话类别（{len(vocab)} 类）：all_macro_f1={fmt(res['all']['macro_f1'])} "
          f"meaning_macro_f1={fmt(m)} clean_flagged={res['all']['clean_flagged']}/{res['all']['clean_total']}")
    misses = res["all"].pop("misses")
    for k in ("eval_py", "new"):
        if k in res:
            res[k].pop("misses")
    for mid, pack, _, exp, got in misses[:show_misses]:
        print(f"MISS {mid} [{pack}] expect={exp} got={sorted(set(got) & vocab)}")
    if templates and any(i.get("faults") is not None for i in items):
        print("\n按故障模板：该模板所在会话的全部 expect 都被报出的比例（规范会话：没有任何会话类别误报）")
        rows = per_template(items, {k: v & vocab for k, v in predicted.items()})
        for t, (hit, n) in rows.items():
            print(f"  {t:24s} {hit:4d}/{n:<4d} {hit / n:6.1%}")
        res["templates"] = {t: {"hit": h, "n": n} for t, (h, n) in rows.items()}
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="会话审计在带标注会话上的各类别 P/R/F1（按 eval.py 的算法计分）")
    ap.add_argument("--dev", default=str(DEV), help="开发集（默认 %(default)s）")
    ap.add_argument("--heldout", default=str(HELDOUT), help="留出集（默认 %(default)s；不存在或比生成器旧时先生成）")
    ap.add_argument("--json", metavar="OUT", help="把各项数字写到 JSON 文件")
    ap.add_argument("--show-misses", type=int, default=0, metavar="N", help="每个集合列出前 N 个未完全判对的会话")
    ap.add_argument("--templates", action="store_true", help="留出集按故障模板列出命中率")
    ap.add_argument("--cases", metavar="PATH",
                    help="只评这一个带标注的会话文件（按全部会话类别计分），例如 benchmarks/data/hard_chats.jsonl")
    ap.add_argument("--code", metavar="DIR", help="改用 DIR 中的 zhijian 包（例如 git archive HEAD 解出的目录），便于前后对比")
    a = ap.parse_args(argv)
    if a.code:
        sys.path.insert(0, os.path.abspath(a.code))

    ev = load_eval()
    if a.cases:
        import zhijian

        print(f"zhijian 包：{os.path.dirname(zhijian.__file__)}")
        out = {"eval_py": str(EVAL_PY), "code": os.path.dirname(zhijian.__file__)}
        path = pathlib.Path(a.cases)
        out["cases"] = run_set(ev, path.name, read(path), set(ev.CONV_CATS) | NEW, a.show_misses, False)
        return write_json(a.json, out)
    held = pathlib.Path(a.heldout)
    generator = REPO / "benchmarks" / "conversations_gen.py"
    if not held.exists() or held.stat().st_mtime < generator.stat().st_mtime:  # missing, or older than its generator
        sys.path.insert(0, str(REPO / "benchmarks"))
        import conversations_gen

        conversations_gen.main([str(held)])
    import zhijian

    print(f"zhijian 包：{os.path.dirname(zhijian.__file__)}")
    out = {"eval_py": str(EVAL_PY), "code": os.path.dirname(zhijian.__file__)}
    out["dev"] = run_set(ev, "开发集 dev-cases", read(pathlib.Path(a.dev)), set(ev.CONV_CATS), a.show_misses, False)
    out["heldout"] = run_set(ev, "留出集 held-out", read(held), set(ev.CONV_CATS) | NEW, a.show_misses, a.templates)
    return write_json(a.json, out)


def write_json(path: str | None, out: dict) -> int:
    if path:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        print(f"\n已写出：{path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
