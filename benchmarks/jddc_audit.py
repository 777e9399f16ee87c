#!/usr/bin/env python3
"""The conversation audit on the 994 real JD sessions of the JDDC 2019 sample (false-alarm reading).

    python benchmarks/jddc_audit.py [--path ../shared/data/external/jddc_sample/chat_0.1per.txt]
                                    [--pack jd] [--out /tmp/zj_jddc_flagged] [--json OUT] [--code DIR]

The file is read where it lies and converted IN MEMORY into the log format of spec/contract.md §1
(one conversation per session id, in file order; column 3 = 1 is the agent, 0 the customer;
column 7 is the text).  JDDC has no timestamps and none are synthesised: ``ts`` is left empty,
so the timing checks (first response, response time, slow_no_apology, time-bound follow-ups)
cannot fire.  Every session is audited with one pack (``jd`` by default).

Prints the share of sessions flagged per category (conversation categories first, then the
message-level ones of agent turns), and writes, for reading, every flagged session of the
meaning-based and the new categories to ``<out>/<category>.txt`` (default /tmp/zj_jddc_flagged,
OUTSIDE the repository) with the finding's turn marked ``>>``.  The agents are professional JD
staff, so most flags are worth reading as possible false alarms; there are no labels.

JDDC is research-only evaluation data (../shared/data/external/jddc_sample/README.md): nothing
derived from it is written into this repository.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import pathlib
import sys
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_PATH = REPO.parent / "shared" / "data" / "external" / "jddc_sample" / "chat_0.1per.txt"
DEFAULT_OUT = "/tmp/zj_jddc_flagged"

NEW = ("followup_missed", "slow_no_apology", "asked_to_repeat")
MEANING = ("unanswered", "forced_end", "aftersales_flow", "complaint_no_apology", "thanks_unacknowledged",
           "apology_unacknowledged", "suggestion_unacknowledged", "direct_name") + NEW
ROLE_ZH = {"customer": "顾客", "agent": "客服", "system": "系统"}


def read_sessions(path: pathlib.Path) -> list[dict]:
    """JDDC rows -> conversations in the contract's log format (no timestamps), in file order."""
    sessions: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 7:
                continue
            role = "agent" if cols[2].strip() == "1" else "customer"
            sessions.setdefault(cols[0], []).append({"role": role, "text": "\t".join(cols[6:]).strip(), "ts": ""})
    return [{"id": sid, "pack": "jd", "messages": msgs} for sid, msgs in sessions.items()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="在 JDDC 真实京东会话上运行会话审计，统计各类别被标记的会话比例")
    ap.add_argument("--path", default=str(DEFAULT_PATH), help="chat_0.1per.txt（默认 %(default)s）")
    ap.add_argument("--pack", default="jd", help="规则包（默认 jd）")
    ap.add_argument("--out", default=DEFAULT_OUT, help="被标记会话的阅读文件目录（默认 %(default)s，须在仓库之外）")
    ap.add_argument("--json", metavar="OUT", help="把各类别的比例写到 JSON 文件（须在仓库之外）")
    ap.add_argument("--code", metavar="DIR", help="改用 DIR 中的 zhijian 包（例如 git archive HEAD 解出的目录）")
    a = ap.parse_args(argv)
    if a.code:
        sys.path.insert(0, os.path.abspath(a.code))
    path = pathlib.Path(a.path)
    if not path.exists():
        print(f"找不到 JDDC 样本：{path}", file=sys.stderr)
        return 2
    for target in (a.out, a.json):
        if target and pathlib.Path(os.path.abspath(target)).is_relative_to(REPO):
            print(f"JDDC 派生内容不得写入仓库：{target}", file=sys.stderr)
            return 2

    import zhijian
    from zhijian.audit import Auditor
    from zhijian.audit.conversation import parse_conversation
    from zhijian.taxonomy import CONVERSATION_CATEGORIES

    raw = read_sessions(path)
    convs = [parse_conversation(r, r["id"]) for r in raw]
    t = time.perf_counter()
    auditor = Auditor(a.pack)
    results = auditor.audit_many(convs)
    secs = time.perf_counter() - t

    n = len(convs)
    n_msgs = sum(len(c.messages) for c in convs)
    per_cat: dict[str, list[int]] = collections.defaultdict(list)  # category -> indexes of flagged sessions
    for k, res in enumerate(results):
        for c in sorted({f.category for f in res.findings if f.category}):
            per_cat[c].append(k)
    conv_cats = set(CONVERSATION_CATEGORIES) | set(NEW)
    print(f"zhijian 包：{os.path.dirname(zhijian.__file__)}")
    print(f"JDDC 样本：{n} 个会话，{n_msgs} 条消息（无时间戳：超时类检查不会触发），规则包 {auditor.pack}，"
          f"审计用时 {secs:.1f} 秒（含构造审计器）")
    print(f"\n{'会话类别':28s} {'会话数':>6s} {'占比':>7s}")
    figures = {"sessions": n, "messages": n_msgs, "pack": auditor.pack, "code": os.path.dirname(zhijian.__file__),
               "conversation": {}, "message": {}}
    for c in sorted(conv_cats, key=lambda c: (c not in MEANING, c)):
        k = len(per_cat.get(c, []))
        mark = " 新" if c in NEW else (" 语义" if c in MEANING else "")
        print(f"{c:28s} {k:6d} {k / n:7.1%}{mark}")
        figures["conversation"][c] = {"sessions": k, "share": round(k / n, 4)}
    any_conv = sum(1 for res in results if any(f.category in conv_cats for f in res.findings))
    any_meaning = sum(1 for res in results if any(f.category in MEANING for f in res.findings))
    print(f"{'（任一会话类别）':26s} {any_conv:6d} {any_conv / n:7.1%}")
    print(f"{'（任一语义/新类别）':25s} {any_meaning:6d} {any_meaning / n:7.1%}")
    figures["any_conversation"] = any_conv
    figures["any_meaning"] = any_meaning
    msg_cats = sorted(c for c in per_cat if c not in conv_cats)
    if msg_cats:
        print(f"\n{'消息级类别（客服发言）':24s} {'会话数':>6s} {'占比':>7s}")
        for c in msg_cats:
            k = len(per_cat[c])
            print(f"{c:28s} {k:6d} {k / n:7.1%}")
            figures["message"][c] = {"sessions": k, "share": round(k / n, 4)}

    os.makedirs(a.out, exist_ok=True)
    for c in MEANING:
        idx = per_cat.get(c, [])
        with open(os.path.join(a.out, f"{c}.txt"), "w", encoding="utf-8") as fh:
            fh.write(f"# {c}：{len(idx)} / {n} 个 JDDC 会话被标记（仅供阅读，研究用数据，不得入库）\n")
            for k in idx:
                conv, res = convs[k], results[k]
                hits = {}
                for f in res.findings:
                    if f.category == c:
                        hits.setdefault(f.turn, []).append(f.message)
                fh.write(f"\n=== 会话 {conv.id}（第 {k + 1} 个）\n")
                for ti, m in enumerate(conv.messages):
                    mark = ">>" if ti in hits else "  "
                    fh.write(f"{mark} [{ti}] {ROLE_ZH.get(m.role, m.role)}：{m.text}\n")
                    for msg in hits.get(ti, []):
                        fh.write(f"   ^^ {msg}\n")
    print(f"\n语义类别与新类别的被标记会话已写到 {a.out}/<类别>.txt（仓库之外）")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump(figures, fh, ensure_ascii=False, indent=1)
        print(f"已写出：{a.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
