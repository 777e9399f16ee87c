"""Compliant rewrite of a flagged agent draft (``zhijian rewrite``).

1. A bare cold reply (the whole message is 嗯 / 好的 / 稍等 …) becomes the warm, complete sentence
   the script library gives for it.
2. Every finding with a mechanical replacement is applied in place (亲 -> 您 / 您好, 最低价 ->
   优惠价, 淘宝 -> removed, ！！！ -> 。).
3. A clause that still breaks a rule (an insult, a refusal, a promise …) is dropped, and the
   library's repair sentence for that category is said instead, once.
The result is checked again (up to three rounds); what comes back passes ``check`` on the same
pack, or the library's fallback sentence is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zhijian.engine.findings import Finding, apply_replacements
from zhijian.engine.inspector import Inspector
from zhijian.engine.normalize import compact
from zhijian.phrasing.library import Library
from zhijian.taxonomy import SEVERITY_RANK

_CLAUSE = re.compile(r"[^，,。.!！?？;；~～\n]+[，,。.!！?？;；~～\n]*|[，,。.!！?？;；~～\n]+")
_PUNCT_RUN = re.compile(r"([，,。.!！?？;；])[，,。.!！?？;；\s]*")


@dataclass
class Rewrite:
    original: str
    text: str
    before: list[Finding]
    after: list[Finding]
    steps: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.text != self.original


def _tidy(text: str) -> str:
    text = _PUNCT_RUN.sub(lambda m: m.group(1), text)
    text = re.sub(r"(您好)(?:[，,\s]*您好)+", r"\1", text)
    text = re.sub(r"^[，,。.；;、\s]+", "", text)
    return text.strip()


def _drop_clauses(text: str, findings: list[Finding]) -> tuple[str, list[str]]:
    kept, dropped_cats = [], []
    for m in _CLAUSE.finditer(text):
        hit = [f for f in findings if f.start < m.end() and m.start() < f.end]
        if hit:
            dropped_cats.extend(f.category for f in hit)
        else:
            kept.append(m.group())
    return "".join(kept), dropped_cats


def rewrite(inspector: Inspector, library: Library, text: str) -> Rewrite:
    before = inspector.check(text)
    rw = Rewrite(text, text, before, before)
    if not before:
        return rw
    cur = text
    if any(f.category == "cold_reply" and f.start <= len(text) - len(text.lstrip()) for f in before) and \
            all(f.category == "cold_reply" for f in before):
        key = compact(text)
        cur = library.cold_rewrites.get(key, library.cold_rewrites.get("*", cur))
        rw.steps.append("生硬短回复改为完整句子")
    findings = inspector.check(cur)
    for _ in range(3):
        if not findings:
            break
        replaced = apply_replacements(cur, findings)
        if replaced != cur:
            rw.steps.append("替换违规用语")
            cur = _tidy(replaced)
            findings = inspector.check(cur)
            if not findings:
                break
        kept, cats = _drop_clauses(cur, findings)
        repair = None
        if cats:
            worst = max(cats, key=lambda c: max((SEVERITY_RANK[f.severity] for f in findings if f.category == c), default=0))
            repair = library.repairs.get(worst, library.repairs.get("*"))
            rw.steps.append("删去违规分句并改用标准话术")
        kept = _tidy(kept).rstrip("，,、；; ")
        if repair and compact(kept) and compact(kept) in compact(repair):
            kept = ""  # what is left is already part of the standard sentence
        if repair and repair not in kept:
            kept = (kept + ("" if not kept or kept[-1] in "。！？!?～~" else "，") + repair) if kept else repair
        cur = kept or library.repairs.get("*", "")
        findings = inspector.check(cur)
    if findings:
        cur = library.repairs.get("*", "")
        findings = inspector.check(cur)
        rw.steps.append("改用通用标准话术")
    rw.text, rw.after = cur, findings
    return rw
