"""Executable rule examples: a pack refuses to load when one of its examples fails."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from zhijian.engine.findings import Finding
from zhijian.engine.rules import PackError, Rule


@dataclass(frozen=True)
class ExampleFailure:
    rule: str
    origin: str
    kind: str  # "match" or "no_match"
    text: str
    detail: str

    def __str__(self) -> str:
        want = "应命中" if self.kind == "match" else "不应命中"
        return f"{self.origin}: 规则 {self.rule!r}：示例{want}：{self.text!r} — {self.detail}"


def run_examples(rules: Iterable[Rule], check: Callable[[str], list[Finding]]) -> tuple[int, list[ExampleFailure]]:
    total = 0
    failures: list[ExampleFailure] = []
    for r in rules:
        for ex in r.match_examples:
            total += 1
            mine = [f for f in check(ex.text) if f.rule == r.id]
            if not mine:
                failures.append(ExampleFailure(r.id, r.origin, "match", ex.text, "没有命中"))
            elif ex.span is not None and not any(f.match == ex.span for f in mine):
                got = ", ".join(repr(f.match) for f in mine)
                failures.append(ExampleFailure(r.id, r.origin, "match", ex.text, f"应命中 {ex.span!r}，实际命中 {got}"))
        for ex in r.no_match_examples:
            total += 1
            mine = [f for f in check(ex.text) if f.rule == r.id]
            if mine:
                got = ", ".join(repr(f.match) for f in mine)
                failures.append(ExampleFailure(r.id, r.origin, "no_match", ex.text, f"却命中了 {got}"))
    return total, failures


def raise_on_failures(failures: list[ExampleFailure], what: str) -> None:
    if failures:
        lines = "\n  ".join(str(f) for f in failures[:30])
        more = f"\n  … 另有 {len(failures) - 30} 条" if len(failures) > 30 else ""
        raise PackError(f"{what}: {len(failures)} 条规则示例未通过，拒绝加载：\n  {lines}{more}")
