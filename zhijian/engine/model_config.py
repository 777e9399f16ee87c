"""The pack's ``models:`` section as a value: which message categories use the model, with which threshold,
severity and wording, and how a model finding joins the rules' findings of the same message (``second_reading``,
``address_units``).  Read by ``semantic.SemanticLayer``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping, Sequence

from zhijian.engine.rules import PackError
from zhijian.taxonomy import MESSAGE_CATEGORIES, SEVERITIES

if TYPE_CHECKING:
    from zhijian.engine.findings import Finding


def _patterns(d: dict, key: str, where: str) -> dict[str, str]:
    """The pack's ``models.<key>: {category: regular expression}``, checked."""
    got = d.get(key) or {}
    if not isinstance(got, dict) or any(c not in MESSAGE_CATEGORIES or not isinstance(rx, str) for c, rx in got.items()):
        raise PackError(f"{where}: models.{key} 必须是 {{消息级类别: 正则表达式}} 的映射")
    for c, rx in got.items():
        try:
            re.compile(rx)
        except re.error as e:
            raise PackError(f"{where}: models.{key}.{c} 不是有效的正则表达式：{e}") from None
    return got


def declined_units(units: "Sequence[tuple[int, int]]", text: str, pattern: "re.Pattern[str]") -> list[int]:
    """The units (indexes into ``units``, spans of ``text``) that a (non-empty) match of ``pattern`` overlaps."""
    hits = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
    if not hits:
        return []
    return [k for k, (s, e) in enumerate(units) if any(a < e and s < b for a, b in hits)]


@dataclass(frozen=True)
class ModelCategory:
    category: str
    threshold: float
    severity: str
    message: str
    suggestion: str


@dataclass(frozen=True)
class ModelConfig:
    file: str
    categories: tuple[ModelCategory, ...]
    # a second reading: where the rules already found a category of a message (other than ``second_ignores``, which
    # say nothing of what the message means, such as a form of address), a model finding of another category needs
    # at least this score (0: no such bar).  Pack ``models.second_reading: {score, ignore}``.
    second_score: float = 0.0
    second_ignores: frozenset[str] = frozenset()
    # a unit (clause) whose compacted text is only a form of address (刘先生 / 王女士您好: the customer named to be
    # spoken to) is not scored: pack ``models.address_units``, a regular expression matched on the whole unit
    address_units: str = ""
    # a message that declines or qualifies the act of a category (不能透露 … for privacy_leak, 以实际为准 for
    # false_advertising) is read against it: the model's finding of that category yields there (the rules still
    # read it).  Pack ``models.declined: {category: regular expression}``, searched in the whole message.
    declined: tuple[tuple[str, str], ...] = ()
    # a clause that declines the act of a category (让您动气…抱歉 for abuse, a customer's words quoted back) is set
    # aside for that category only: every unit a match overlaps (the clause, the whole message) is not read for it,
    # and the finding comes from the best remaining unit, if that one reaches the bar (as a shop's exceptions).  Pack
    # ``models.declined_clauses: {category: regular expression}``, searched in the whole message.
    declined_clauses: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_dict(cls, d: dict | None, where: str) -> "ModelConfig | None":
        if not d or not d.get("enabled", True):
            return None
        file = d.get("file", "messages.npz")
        cats = []
        for cat, c in (d.get("categories") or {}).items():
            if c is False or (isinstance(c, dict) and c.get("enabled") is False):
                continue
            if cat not in MESSAGE_CATEGORIES:
                raise PackError(f"{where}: 模型类别 {cat!r} 不是消息级类别")
            if not isinstance(c, dict):
                raise PackError(f"{where}: 模型类别 {cat} 的设置必须是映射")
            th = c.get("threshold")
            if th is not None and (isinstance(th, bool) or not isinstance(th, (int, float)) or not 0 < th <= 1):
                raise PackError(f"{where}: 模型类别 {cat} 的 threshold 必须在 0–1 之间")
            sev = c.get("severity", "major")
            if sev not in SEVERITIES:
                raise PackError(f"{where}: 模型类别 {cat} 的 severity {sev!r} 无效")
            msg, sug = c.get("message"), c.get("suggestion")
            if not isinstance(msg, str) or not isinstance(sug, str) or not msg or not sug:
                raise PackError(f"{where}: 模型类别 {cat} 需要 message 和 suggestion（中文）")
            cats.append(ModelCategory(cat, float(th) if th is not None else -1.0, sev, msg, sug))
        second = d.get("second_reading") or {}
        if not isinstance(second, dict) or set(second) - {"score", "ignore"}:
            raise PackError(f"{where}: models.second_reading 只能是 {{score: 0–1, ignore: [类别, …]}}")
        score = second.get("score", 0.0)
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise PackError(f"{where}: models.second_reading.score 必须在 0–1 之间")
        ignores = second.get("ignore") or []
        if not isinstance(ignores, list) or any(c not in MESSAGE_CATEGORIES for c in ignores):
            raise PackError(f"{where}: models.second_reading.ignore 必须是消息级类别的列表")
        address = d.get("address_units") or ""
        if not isinstance(address, str):
            raise PackError(f"{where}: models.address_units 必须是一个正则表达式（字符串）")
        try:
            re.compile(address)
        except re.error as e:
            raise PackError(f"{where}: models.address_units 不是有效的正则表达式：{e}") from None
        declined = _patterns(d, "declined", where)
        clauses = _patterns(d, "declined_clauses", where)
        return (cls(str(file), tuple(cats), float(score), frozenset(ignores), address, tuple(sorted(declined.items())),
                    tuple(sorted(clauses.items()))) if cats else None)

    def second_bar(self, category: str, rule_findings: "Sequence[Finding]",
                   worse_than: "Mapping[str, frozenset[str]] | None" = None) -> float:
        """The score a model finding of ``category`` needs in a message with these rule findings: ``second_score``
        once the rules found a category that is not ignored and of which ``category`` is not the better reading
        (the packs' precedence, ``worse_than``: a review reward read by the rules as an extra gift), else 0."""
        if self.second_score:
            better = worse_than or {}
            for f in rule_findings:
                if f.category not in self.second_ignores and category not in better.get(f.category, ()):
                    return self.second_score
        return 0.0
