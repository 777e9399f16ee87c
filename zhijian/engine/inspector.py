"""The library entry point: ``Inspector("jd").check(text)``."""

from __future__ import annotations

import threading
from typing import Iterable, Sequence

from zhijian.engine.findings import Finding, apply_replacements
from zhijian.engine.matcher import scan
from zhijian.engine.normalize import normalise, normalise_batch
from zhijian.engine.packs import apply_overrides, compose, load_overrides, parse_pack_names
from zhijian.engine.ruleset import Ruleset
from zhijian.engine.selftest import raise_on_failures, run_examples

_shipped: dict[tuple[str, ...], Ruleset] = {}
_lock = threading.Lock()


def _shipped_ruleset(names: tuple[str, ...]) -> Ruleset:
    """The compiled shipped packs, verified against their own examples once per process."""
    with _lock:
        rs = _shipped.get(names)
        if rs is None:
            rs = Ruleset(compose(names))
            _, failures = run_examples(rs.rules, lambda t: scan(rs, normalise(t)))
            raise_on_failures(failures, f"packs {','.join(names)}")
            _shipped[names] = rs
        return rs


class Inspector:
    """Checks agent messages against one or more packs (plus an optional shop override file).

    Immutable once built, so one instance can serve many threads.
    """

    def __init__(self, packs: str | Sequence[str] = "jd", overrides: str | dict | None = None):
        self.packs = parse_pack_names(packs)
        base = _shipped_ruleset(self.packs)
        if overrides is None:
            self.ruleset = base
        else:
            data = load_overrides(overrides) if isinstance(overrides, str) else dict(overrides)
            rs = Ruleset(apply_overrides(base.composition, data))
            added = [r for r in rs.rules if r.id in rs.composition.override_rule_ids]
            _, failures = run_examples(added, lambda t: scan(rs, normalise(t)))
            raise_on_failures(failures, f"overrides {data.get('_path', '')}")
            self.ruleset = rs

    @property
    def version(self) -> str:
        return self.ruleset.version

    @property
    def rules(self):
        return list(self.ruleset.rules)

    def check(self, text: str) -> list[Finding]:
        if not isinstance(text, str):
            raise TypeError(f"check() needs a str, got {type(text).__name__}")
        return scan(self.ruleset, normalise(text))

    def check_many(self, texts: Iterable[str]) -> list[list[Finding]]:
        """Check many messages at once (normalised in one vectorised pass); same results as check()."""
        texts = list(texts)
        for i, t in enumerate(texts):
            if not isinstance(t, str):
                raise TypeError(f"check_many(): item {i} is {type(t).__name__}, not str")
        if not texts:
            return []
        batch = normalise_batch(texts)
        rs = self.ruleset
        return [scan(rs, batch.item(i)) for i in range(len(texts))]

    def rewrite(self, text: str, findings: list[Finding] | None = None) -> str:
        """Apply every mechanical replacement (亲 -> 您, 最低价 -> 优惠价, 淘宝 -> removed)."""
        return apply_replacements(text, self.check(text) if findings is None else findings)
