"""Executable rule examples: a pack refuses to load when one of its examples fails."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from zhijian.engine.findings import Finding
from zhijian.engine.rules import Example, PackError, Rule


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


def check_examples(rule_id: str, origin: str, match: Iterable[Example], no_match: Iterable[Example],
                   check: Callable[[str], list[Finding]]) -> tuple[int, list[ExampleFailure]]:
    """Run one rule's examples: each match example needs a finding of ``rule_id`` (covering ``span``
    when given), each no_match example none."""
    total = 0
    failures: list[ExampleFailure] = []
    for ex in match:
        total += 1
        mine = [f for f in check(ex.text) if f.rule == rule_id]
        if not mine:
            failures.append(ExampleFailure(rule_id, origin, "match", ex.text, "没有命中"))
        elif ex.span is not None and not any(f.match == ex.span for f in mine):
            got = ", ".join(repr(f.match) for f in mine)
            failures.append(ExampleFailure(rule_id, origin, "match", ex.text, f"应命中 {ex.span!r}，实际命中 {got}"))
    for ex in no_match:
        total += 1
        mine = [f for f in check(ex.text) if f.rule == rule_id]
        if mine:
            got = ", ".join(repr(f.match) for f in mine)
            failures.append(ExampleFailure(rule_id, origin, "no_match", ex.text, f"却命中了 {got}"))
    return total, failures


def run_examples(rules: Iterable[Rule], check: Callable[[str], list[Finding]]) -> tuple[int, list[ExampleFailure]]:
    total = 0
    failures: list[ExampleFailure] = []
    for r in rules:
        n, fails = check_examples(r.id, r.origin, r.match_examples, r.no_match_examples, check)
        total += n
        failures += fails
    return total, failures


def run_exception_examples(entries: Iterable[dict], origin: str, check: Callable[[str], list[Finding]],
                           skip: Callable[[str], bool] = lambda rule_id: False) -> tuple[int, list[ExampleFailure]]:
    """Run the examples of a shop override's ``exceptions`` (validated entries) against the full
    inspector; failures name ``exceptions[k]``.  ``skip(rule_id)``: entries whose rule cannot fire
    here (a model category while the models are off)."""
    total = 0
    failures: list[ExampleFailure] = []
    for k, e in enumerate(entries):
        rid = e["rule"].strip()
        ex = e.get("examples") or {}
        if skip(rid):
            continue
        n, fails = check_examples(rid, f"{origin}: exceptions[{k}]", [Example(t) for t in ex.get("match") or ()],
                                  [Example(t) for t in ex.get("no_match") or ()], check)
        total += n
        failures += fails
    return total, failures


def raise_on_failures(failures: list[ExampleFailure], what: str) -> None:
    if failures:
        lines = "\n  ".join(str(f) for f in failures[:30])
        more = f"\n  … 另有 {len(failures) - 30} 条" if len(failures) > 30 else ""
        raise PackError(f"{what}: {len(failures)} 条规则示例未通过，拒绝加载：\n  {lines}{more}")
