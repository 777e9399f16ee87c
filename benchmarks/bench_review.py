"""What the human review costs the store: saving audited chats (fresh, and re-audits of chats that
carry a review), sampling a shop's queue, the calibration figures — on SQLite, in one process.

    python benchmarks/bench_review.py [--chats 20000] [--reviewed 0.1] [--db URL]

1. ``benchmarks/chats.py`` makes N synthetic chats (one shop per chat as generated), audited once
   with ``zhijian.audit.Auditor`` (not timed: that is bench_audit.py's business).
2. ``save fresh``: ``store.save_results`` of all N into an empty database, 200 per transaction (as
   an upload job does) — chats/s.
3. Reviews: a share ``--reviewed`` of the chats gets a verdict on every finding (confirmed or
   rejected alternately) through ``review_store.set_verdict`` — verdicts/s.
4. ``save re-audit``: the same N saved again (a re-audit of everything): the reviewed chats carry
   their verdicts over and are re-scored — chats/s, next to step 2's rate (the price of keeping the
   review through a re-audit).
5. ``sample``: each shop's default policies (fatal items, lowest 5 %) — ms per shop; and
   ``calibration``: the per-rule figures of every shop at once — ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import chats  # noqa: E402  (benchmarks/chats.py)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chats", type=int, default=20000)
    ap.add_argument("--reviewed", type=float, default=0.1, help="share of chats reviewed before the re-audit")
    ap.add_argument("--db", default=None, help="database URL (default: a SQLite file in a temp dir)")
    a = ap.parse_args(argv)

    from zhijian.audit.auditor import Auditor
    from zhijian.audit.conversation import parse_conversation
    from zhijian.service import review_store, store
    from zhijian.service.db import ConversationRow, FindingRow, make_engine, migrate, sessions
    from zhijian.service.security import Principal
    from zhijian.review.settings import validate
    from sqlalchemy import select

    tmp = tempfile.mkdtemp(prefix="zj-bench-review-")
    url = a.db or "sqlite:///" + os.path.join(tmp, "bench.db")
    eng = make_engine(url)
    migrate(eng)
    S = sessions(eng)
    convs = [parse_conversation(c.record) for c in chats.generate(a.chats)]
    auditors: dict[str, Auditor] = {}
    results = []
    for c in convs:
        pk = c.pack or "jd"
        auditors.setdefault(pk, Auditor(pk))
        results.extend(auditors[pk].audit_many([c], keep_messages=True))
    cards = {pk: au.scorecard for pk, au in auditors.items()}

    def card(pack, shop):
        return cards.get(pack) or cards["jd"]

    def save_all() -> float:
        t = time.perf_counter()
        for i in range(0, len(results), 200):
            with S.begin() as s:
                store.save_results(s, results[i:i + 200], False, card)
        return time.perf_counter() - t

    fresh = save_all()
    p = Principal(1, "基准", "qa")
    step = max(1, round(1 / a.reviewed)) if a.reviewed > 0 else 0
    n_verdicts = 0
    t = time.perf_counter()
    if step:
        with S.begin() as s:
            ids = [r.id for r in results[::step]]
            for k in range(0, len(ids), 500):
                for f in s.scalars(select(FindingRow).where(FindingRow.conversation_id.in_(ids[k:k + 500]))):
                    row = f.conversation
                    review_store.set_verdict(s, f, "confirmed" if n_verdicts % 2 else "rejected", "基准",
                                             p, card(row.pack, row.shop))
                    n_verdicts += 1
    verdict_s = time.perf_counter() - t
    again = save_all()
    with S() as s:
        shops = [x for (x,) in s.execute(select(ConversationRow.shop).distinct())]
    pol = validate({})["sampling"]
    t = time.perf_counter()
    for shop in shops:
        with S.begin() as s:
            review_store.sample(s, shop, pol, lambda pack, shop: {})
    sample_ms = (time.perf_counter() - t) * 1000 / max(1, len(shops))
    t = time.perf_counter()
    with S() as s:
        figs = review_store.calibration_figures(s, 0.8)
    cal_ms = (time.perf_counter() - t) * 1000
    n = len(results)
    print(f"会话 {n:,} 个（{len(shops)} 个店铺），数据库 {url.split(':')[0]}")
    print(f"{'步骤':<28}{'用时 s':>10}{'速率':>18}")
    print(f"{'首次保存 save fresh':<28}{fresh:>10.2f}{n / fresh:>14,.0f} 会话/s")
    print(f"{'复核 verdicts':<28}{verdict_s:>10.2f}{(n_verdicts / verdict_s if verdict_s else 0):>14,.0f} 结论/s"
          f"（{n_verdicts:,} 条，{len(results[::step]) if step else 0:,} 个会话）")
    print(f"{'重新审计保存 save re-audit':<28}{again:>10.2f}{n / again:>14,.0f} 会话/s（首次的 {fresh / again:.2f} 倍速度）")
    print(f"{'抽样 sample（每店）':<28}{sample_ms / 1000:>10.3f}{sample_ms:>14,.1f} ms/店")
    print(f"{'校准 calibration（全部）':<28}{cal_ms / 1000:>10.3f}{cal_ms:>14,.1f} ms（{len(figs['rules'])} 条规则）")
    return 0


if __name__ == "__main__":
    sys.exit(main())
