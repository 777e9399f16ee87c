"""校准 (calibration, issue 13): how often each rule and category is right on a shop's reviewed
findings (95 % Wilson interval, rules under the shop's bar marked), and from a rejected finding a
shop-override exception, proposed, tried on the shop's past findings, then saved with PUT /overrides.
Roles: qa reads the figures of its shops; admin proposes and tries exceptions."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy import select

from zhijian.service import review_store
from zhijian.service.db import ConversationRow, FindingRow
from zhijian.service.security import Principal
from zhijian.taxonomy import MESSAGE_CATEGORIES

from .deps import ApiError, admin, qa, scoped
from .review import _finding

router = APIRouter()


class ProposeIn(BaseModel):
    finding: int = Field(ge=1)


class TryIn(BaseModel):
    shop: str = Field(min_length=1, max_length=200)
    data: dict
    pack: str | None = Field(None, max_length=200)


@router.get("/api/v1/calibration", tags=["校准"])
def calibration(request: Request, shop: str | None = None, date_from: str | None = None, date_to: str | None = None,
                p: Principal = Depends(qa)):
    """Measured precision per rule and per category on the reviewed findings (95 % Wilson interval);
    rules under the shop's precision bar are marked ``below_bar``."""
    f = scoped(p, shop)
    with request.app.state.sessions() as s:
        bar = review_store.shop_settings(s, shop)["precision_bar"]
        return {"shop": shop, **review_store.calibration_figures(s, bar, shops=f.get("shops"), shop=f.get("shop"),
                                                                 date_from=date_from, date_to=date_to)}


@router.post("/api/v1/calibration/propose", tags=["校准"])
def propose(body: ProposeIn, request: Request, p: Principal = Depends(admin)):
    """From a rejected finding: a shop-override exception (the rejected sentence becomes its
    ``no_match`` example) merged into the shop's current overrides — to try, edit and save.  When
    another rule or the model of the same category would flag the same words once the rule is
    silenced, it gets an exception too (``exceptions`` lists them all)."""
    from zhijian.engine.exceptions import merge_exception, propose_exception
    from zhijian.engine.inspector import Inspector
    from zhijian.engine.rules import PackError
    from zhijian.service import store

    with request.app.state.sessions() as s:
        f = _finding(s, body.finding, p)
        row = f.conversation
        if f.category not in MESSAGE_CATEGORIES or f.source == "review" or f.start is None or f.end is None:
            raise ApiError(422, "只有消息规则或模型的问题（有文字位置）可以生成例外；会话级问题请调整店铺的会话设置")
        msgs = row.messages or []
        text = msgs[f.turn].get("text") if 0 <= f.turn < len(msgs) and isinstance(msgs[f.turn], dict) else None
        if not isinstance(text, str):
            raise ApiError(422, f"问题 #{f.id} 所在的消息不存在")
        current = store.latest_override(s, row.shop) if row.shop else None
        data = dict(current.data) if current else {}
        note = f"复核驳回：会话 {row.id} 第 {f.turn} 轮（问题 #{f.id}）"
        # the rejected finding's rule, then whatever would take its place on the same words (a model
        # finding of the category is hidden by the rule's, and shows once the rule is silenced)
        entries, rule, span = [], f.rule, (f.start, f.end)
        for _ in range(3):
            try:
                entry = propose_exception(rule, text, span[0], span[1], note=note)
            except ValueError as e:
                raise ApiError(422, f"无法生成例外：{e}") from None
            entries.append(entry)
            data = merge_exception(data, entry)
            try:
                insp = Inspector(request.app.state.engines.canonical(row.pack or None),
                                 overrides=dict(data, _path=f"店铺“{row.shop}”的覆盖设置（提议）"))
            except PackError as e:
                raise ApiError(422, f"生成的例外无法通过自检：{e}") from None
            nxt = [x for x in insp.check(text) if x.category == f.category and x.start < f.end and f.start < x.end]
            if not nxt:
                break
            rule, span = nxt[0].rule, (nxt[0].start, nxt[0].end)
        return {"shop": row.shop, "pack": row.pack, "finding": f.id, "conversation": row.id, "turn": f.turn,
                "exception": entries[0], "exceptions": entries,
                "override": data, "version": current.version if current else 0}


@router.post("/api/v1/calibration/try", tags=["校准"])
def try_exception(body: TryIn, request: Request, p: Principal = Depends(admin)):
    """Which of the shop's stored findings an override (not saved) would remove: each stored message
    finding (rejected ones too, with their verdict) is checked again on its message with the new rules."""
    from zhijian.engine.inspector import Inspector
    from zhijian.engine.rules import PackError

    scoped(p, body.shop)
    app = request.app
    LIMIT = 5000
    with app.state.sessions() as s:
        C, F = ConversationRow, FindingRow
        q = (select(F.id, F.conversation_id, F.turn, F.rule, F.category, F.start, F.end, F.match, F.verdict,
                    C.messages, C.pack)
             .join(C, C.id == F.conversation_id)
             .where(C.shop == body.shop, F.source != "review",
                    F.category.in_(list(MESSAGE_CATEGORIES)), F.start.is_not(None))
             .order_by(F.id.desc()).limit(LIMIT + 1))
        rows = s.execute(q).all()
    truncated = len(rows) > LIMIT
    rows = rows[:LIMIT]
    pack = body.pack or (rows[0].pack if rows else None) or app.state.settings.default_pack
    try:
        insp = Inspector(app.state.engines.canonical(pack),
                         overrides=dict(body.data, _path=f"店铺“{body.shop}”的覆盖设置（试用）"))
    except PackError as e:
        raise ApiError(422, f"覆盖设置无效：{e}") from None
    texts, where = [], []
    for r in rows:
        m = r.messages[r.turn] if 0 <= r.turn < len(r.messages or []) and isinstance(r.messages[r.turn], dict) else {}
        if isinstance(m.get("text"), str):
            texts.append(m["text"])
            where.append(r)
    removed = []
    for r, found in zip(where, insp.check_many(texts)):
        if not any(f.rule == r.rule and f.start < r.end and r.start < f.end for f in found):
            removed.append({"finding": r.id, "conversation": r.conversation_id, "turn": r.turn, "rule": r.rule,
                            "category": r.category, "match": r.match, "verdict": r.verdict})
    return {"shop": body.shop, "checked": len(where), "truncated": truncated, "removed": removed}
