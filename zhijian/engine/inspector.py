"""The library entry point: ``Inspector("jd").check(text)``."""

from __future__ import annotations

import threading
from typing import Callable, Iterable, Sequence

from zhijian.engine import disguise, gate_memo, semantic_one
from zhijian.engine.cache import cached, key_of
from zhijian.engine.findings import Finding, apply_replacements
from zhijian.engine.matcher import scan
from zhijian.engine.normalize import normalise
from zhijian.engine.overrides import apply_overrides, load_overrides
from zhijian.engine.packs import compose, parse_pack_names
from zhijian.engine.ruleset import Ruleset
from zhijian.engine.selftest import raise_on_failures, run_examples, run_exception_examples
from zhijian.engine.semantic import ModelConfig, SemanticLayer

_shipped: dict[tuple[str, ...], Ruleset] = {}
_lock = threading.Lock()


def _compiled(key: str, comp: Callable[[], object], check: Callable[[Ruleset], None]) -> Ruleset:
    """The ruleset stored under ``key`` in the disk cache (cache.py), or ``comp()`` compiled and
    ``check``-ed, then stored."""
    def build() -> Ruleset:
        with gate_memo.building():  # (what the regexes need, kept for the next pack built in another process)
            rs = Ruleset(comp())
            check(rs)
        return rs

    return cached("ruleset", key, build)


def _shipped_ruleset(names: tuple[str, ...]) -> Ruleset:
    """The compiled shipped packs, verified against their own examples when compiled.

    Keyed by the pack names alone: the shipped pack files are part of the code version (cache.py),
    so a warm start reads no YAML and composes nothing."""
    with _lock:
        rs = _shipped.get(names)
        if rs is None:
            def check(rs: Ruleset) -> None:
                _, failures = run_examples(rs.rules, lambda t: scan(rs, normalise(t)))
                raise_on_failures(failures, f"规则包 {','.join(names)}")

            key = key_of("shipped", names, disguise.ACTIVE)
            rs = _shipped[names] = _compiled(key, lambda: compose(names), check)
        return rs


def _model_config(models: dict, where: str) -> ModelConfig | None:
    """The pack's ``models`` section as a ModelConfig, checked (its patterns compiled) when the section was first
    met, then read back from the disk cache (cache.py): a start compiles none of its patterns (SemanticLayer
    compiles each on first use)."""
    return cached("modelconfig", key_of("modelconfig", models), lambda: ModelConfig.from_dict(models, where))


def _masks(comp) -> dict[str, str]:
    """Own platform words read as 平台, the shop's own names as 本店, by the semantic layer."""
    out = {}
    for key in comp.own_platforms:
        p = comp.platforms.get(key, {})
        for w in p.get("words", []) + p.get("nicknames", []):
            out[str(w)] = "平台"
    for w in comp.own_names:
        out[str(w)] = "本店"
    return out


class Inspector:
    """Checks agent messages against one or more packs (plus an optional shop override file).

    Immutable once built, so one instance can serve many threads.
    """

    def __init__(self, packs: str | Sequence[str] = "jd", overrides: str | dict | None = None,
                 models: bool = True):
        self.packs = parse_pack_names(packs)
        base = _shipped_ruleset(self.packs)
        data = None
        if overrides is None:
            self.ruleset = base
        else:
            data = load_overrides(overrides) if isinstance(overrides, str) else dict(overrides)

            def check(rs: Ruleset) -> None:
                added = [r for r in rs.rules if r.id in rs.composition.override_rule_ids]
                _, failures = run_examples(added, lambda t: scan(rs, normalise(t)))
                raise_on_failures(failures, f"覆盖设置 {data.get('_path', '')}".rstrip())

            comp = apply_overrides(base.composition, data)
            self.ruleset = _compiled(key_of(comp, disguise.ACTIVE), lambda: comp, check)
        comp = self.ruleset.composition
        cfg = _model_config(comp.models, f"规则包 {','.join(self.packs)}: models") if models else None
        self.semantic = SemanticLayer(cfg, masks=_masks(comp), exceptions=comp.model_exceptions,
                                      worse_than=self.ruleset.worse_than, alone=self.ruleset.alone_ids) if cfg else None
        if data and data.get("exceptions"):
            # the exceptions' examples run against everything (rules and model), as the reviewer saw it
            active = {f"model.{c.category}" for c in cfg.categories} if self.semantic is not None else set()
            _, failures = run_exception_examples(
                data["exceptions"], data.get("_path", "覆盖设置"), self.check,
                skip=lambda rid: rid.startswith("model.") and rid not in active)
            raise_on_failures(failures, f"覆盖设置 {data.get('_path', '')}".rstrip())

    @property
    def version(self) -> str:
        return self.ruleset.version

    @property
    def rules(self):
        return list(self.ruleset.rules)

    def check(self, text: str) -> list[Finding]:
        if not isinstance(text, str):
            raise TypeError(f"check() 的参数应为 str，实际是 {type(text).__name__}")
        n = normalise(text)
        found = scan(self.ruleset, n)
        if self.semantic is not None:
            return semantic_one.add_findings_one(self.semantic, n, found)  # the same findings, without NumPy
        return found

    def check_many(self, texts: Iterable[str]) -> list[list[Finding]]:
        """Check many messages at once (normalised in one vectorised pass); same results as check()."""
        texts = list(texts)
        for i, t in enumerate(texts):
            if not isinstance(t, str):
                raise TypeError(f"check_many()：第 {i} 项是 {type(t).__name__}，应为 str")
        if not texts:
            return []
        if len(texts) == 1:  # one message: the single path, which needs no NumPy (``zhijian check "…"``)
            return [self.check(texts[0])]
        from zhijian.engine.batch_scan import scan_batch
        from zhijian.engine.normalize_batch import normalise_batch

        batch = normalise_batch(texts)
        found = scan_batch(self.ruleset, batch)
        if self.semantic is not None:
            return self.semantic.add_findings(batch, found)
        return found

    def rewrite(self, text: str, findings: list[Finding] | None = None) -> str:
        """Apply every mechanical replacement (亲 -> 您, 最低价 -> 优惠价, 淘宝 -> removed)."""
        return apply_replacements(text, self.check(text) if findings is None else findings)
