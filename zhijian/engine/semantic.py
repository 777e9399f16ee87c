"""The semantic layer: learned category models beside the word rules.

Rules give precision and exact spans; the models add recall for what is said without the
usual words (a promise without 保证, disparagement by vague reference …).  The pack's
``models:`` section says which categories use the model, with which threshold, severity and
wording; shop overrides can change the threshold or switch a category off.

For each message, the clauses (split at sentence and clause punctuation) and the whole message
are scored in one batch call; a category fires when its best score reaches the threshold.  The
finding's span is the clause that carries the best score (the whole message when only the
whole reaches it).  A rule finding of the same category that overlaps that span wins (its span
is exact), so the model adds a finding only where the rules are silent.  Model findings carry
``source="model"``, the rule id ``model.<category>`` and their ``score``.

A shop's exceptions for ``model.<category>`` (override ``exceptions:``) set aside every unit that
an occurrence of one of their words overlaps (compacted, so 微信，支付 still counts as 微信支付): the
finding comes from the best remaining unit, if that one reaches the threshold.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

from ahocorasick_rs import AhoCorasick, MatchKind

from zhijian.engine import plain_model
from zhijian.engine._batch_core import WordTrie
from zhijian.engine.findings import Finding
from zhijian.engine.lazy_regex import LazyRegex
from zhijian.engine.model_bars import logit_bar, logit_bars, over_bars, sigmoid_rows as _sigmoid_rows
from zhijian.engine.model_config import ModelCategory, ModelConfig, declined_units  # noqa: F401 (the pack's models section)
from zhijian.engine.normalize import compact, compact_one, normalise
from zhijian.engine.rules import PackError

if TYPE_CHECKING:  # the batch path's types (NumPy): imported when a batch is scored, never for one message
    import numpy as np

    from zhijian.engine.ngrams import LinearModel
    from zhijian.engine.normalize import Normalised
    from zhijian.engine.normalize_batch import BatchNormalised
    from zhijian.engine.regex_gate import WordGates

MIN_CLAUSE_CHARS = 2  # compacted characters
MIN_HAN_CHARS = 2  # a stretch the model scores has at least this many Chinese characters
MAX_SCORED_CHARS = 2_000  # longer messages are scored on their first clauses up to this many characters


@dataclass(frozen=True)
class Units:
    """The stretches the model scores, for a batch: per unit its message, its span in the message, and
    its range in the batch's compacted code points (``cps``; a masked unit points past the batch's own
    code points, at its masked form).  A message's units are consecutive: its clauses, then the whole
    message when it has not exactly one clause."""

    msg: np.ndarray
    start: np.ndarray
    end: np.ndarray
    cstart: np.ndarray
    cend: np.ndarray
    whole: np.ndarray  # bool: the unit is the whole message
    cps: np.ndarray

    def spans(self, lo: int, hi: int) -> list[tuple[int, int]]:
        return list(zip(self.start[lo:hi].tolist(), self.end[lo:hi].tolist()))


def units(batch: "BatchNormalised") -> Units:
    """Clauses (split at sentence and clause punctuation of the folded text, blanks trimmed) with at least
    ``MIN_CLAUSE_CHARS`` compacted characters, then the whole message (its first ``MAX_SCORED_CHARS``)
    unless it is a single clause; a stretch with fewer than ``MIN_HAN_CHARS`` Chinese characters (a file
    path, an order number, a bare ID) is out of the model's reach and left to the rules.  One compiled
    pass over the batch (``_batch_core.clause_units``)."""
    import numpy as np

    from zhijian.engine._batch_core import clause_units

    lens = np.fromiter(map(len, batch.originals), dtype=np.int64, count=len(batch.originals))
    msg, s, e, cs, ce, whole = clause_units(batch.folded_codes, batch.keep, batch.compact_codes,
                                     np.ascontiguousarray(batch.starts, dtype=np.int64), lens,
                                     MAX_SCORED_CHARS, MIN_CLAUSE_CHARS, MIN_HAN_CHARS)
    return Units(msg, s, e, cs, ce, whole, batch.compact_codes)


def clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans (offsets into ``text``) that the model scores (the whole message not included)."""
    from zhijian.engine.normalize_batch import normalise_batch

    u = units(normalise_batch([text]))
    return [sp for sp, w in zip(u.spans(0, len(u.msg)), u.whole.tolist()) if not w]


def excepted_units(units: list[tuple[int, int]], text: str, words: tuple[str, ...],
                   n: "Normalised | None" = None) -> list[int]:
    """The units (indexes into ``units``) that an occurrence of one of the (compacted) words overlaps (``n``: the
    text's normalisation when the caller has it, e.g. from its batch)."""
    n = normalise(text) if n is None else n
    idx = None
    hits: list[tuple[int, int]] = []
    for w in words:
        p = n.compact.find(w)
        while p >= 0:
            idx = idx or n.index()
            hits.append((idx[p], idx[p + len(w) - 1] + 1))
            p = n.compact.find(w, p + 1)
    return [k for k, (s, e) in enumerate(units) if any(a < e and s < b for a, b in hits)]


def address_units(units: list[tuple[int, int]], text: str, pattern: "re.Pattern[str]") -> list[int]:
    """The units (indexes into ``units``) whose compacted text is only a form of address (``pattern`` fullmatches)."""
    return [k for k, (s, e) in enumerate(units) if pattern.fullmatch(compact(text[s:e]))]


def name_units(units: list[tuple[int, int]], text: str, layer: "SemanticLayer") -> list[int]:
    """The units (indexes into ``units``) whose compacted text is only the shop's own platform or own names (the
    layer's mask words: 京东 on a JD shop, read as 平台): a clause that only names where the shop sells says nothing
    of it, but the masked word alone reads as a complaint about the platform to the model."""
    if layer._mask_scan is None:
        return []
    out = []
    for k, (s, e) in enumerate(units):
        c = compact(text[s:e])
        if c and sum(b - a for _, a, b in layer._mask_scan.find_matches_as_indexes(c)) == len(c):
            out.append(k)
    return out


def _except_units(col: "np.ndarray", units: list[tuple[int, int]], n: "Normalised", words: tuple[str, ...]) -> "np.ndarray":
    """The unit scores with every unit an occurrence of one of the (compacted) words overlaps set to -inf."""
    return _except_at(col, excepted_units(units, n.original, words, n))


def _except_at(col: "np.ndarray", hit: list[int]) -> "np.ndarray":
    """The unit scores with the units ``hit`` set to -inf (a copy, when there are any)."""
    if not hit:
        return col
    out = col.copy()
    out[hit] = -float("inf")
    return out


class SemanticLayer:
    """Scores messages with a shipped category model and turns scores into findings."""

    declined: Mapping[str, LazyRegex] = {}  # category -> what declines its act in a message (set per layer below)

    def __init__(self, config: ModelConfig, model: "LinearModel | None" = None,
                 masks: dict[str, str] | None = None, exceptions: dict[str, Sequence[str]] | None = None,
                 worse_than: Mapping[str, frozenset[str]] | None = None, alone: frozenset[str] = frozenset()):
        self.config = config
        self.alone = alone  # rules reported only when nothing else is found (params ``alone``: ``with_alone``)
        self.address = LazyRegex(config.address_units) if config.address_units else None  # (compiled on first use)
        self.declined = {cat: LazyRegex(rx) for cat, rx in config.declined}  # (model_config.ModelConfig.declined)
        self.declined_clauses = {cat: LazyRegex(rx) for cat, rx in config.declined_clauses}  # (… .declined_clauses)
        # the packs' precedence (overlap.py): category -> the categories that are the better reading of one
        # stretch; a model finding yields to a rule finding of a better category that overlaps its unit
        self.worse_than = dict(worse_than or {})
        # category -> compacted exception words (override ``exceptions: [{rule: model.<category>}]``)
        self.exceptions = {cat: tuple(c for c in map(compact, ws) if c) for cat, ws in (exceptions or {}).items()}
        if model is not None:
            self.__dict__["model"] = model  # (the ``model`` property of a shipped model, already known)
        # what scores, without NumPy: the plain form of the model (plain_model.py)
        self.plain = plain_model.PlainModel.of(model) if model is not None else plain_model.packaged(config.file)
        # words the model must not read literally: the shop's own platform ("淘宝" on a Taobao shop is not
        # diversion) and the shop's own names; replaced by a neutral word before scoring (folded forms)
        self.masks = sorted(((compact(k), v) for k, v in (masks or {}).items() if compact(k)),
                            key=lambda kv: -len(kv[0]))
        self.own_names = [w for w, v in self.masks if v == "本店"]
        # one leftmost-longest scan of the batch instead of a loop over the words for every clause
        self._mask_with = [r for _, r in self.masks]
        self._mask_codes = [array("I", r.encode("utf-32-le", "surrogatepass")) for r in self._mask_with]
        self._mask_scan = AhoCorasick([w for w, _ in self.masks], matchkind=MatchKind.LeftmostLongest) if self.masks else None
        # the same words for one message at a time (``WordTrie.find_longest``: an ahocorasick-rs call costs ~0.5 µs of
        # conversions on a short text)
        self._mask_trie = WordTrie([(w,) for w, _ in self.masks]) if self.masks else None
        self.columns: list[int] = []
        self.thresholds: list[float] = []
        for c in config.categories:
            if c.category not in self.plain.index:
                raise PackError(f"模型 {config.file} 没有类别 {c.category}")
            k = self.plain.index[c.category]
            self.columns.append(k)
            self.thresholds.append(c.threshold if c.threshold > 0 else float(self.plain.thresholds[k]))

    @cached_property
    def model(self) -> "LinearModel":
        """The model as a NumPy ``LinearModel`` (its reference scoring, for tests and tools)."""
        from zhijian.engine.ngrams import packaged

        return packaged(self.config.file)

    @cached_property
    def word_gates(self) -> "tuple[WordGates, dict[tuple[str, str], tuple | None]]":
        """What the message needs for a category's ``declined_clauses`` / ``declined`` pattern to match (``regex_gate
        .needed_words``), all tested in one compiled pass over the original text (``WordGates``): the gates, and
        ``(kind, category)`` -> the alternatives of gates (None: no known words, the pattern is always searched).
        Derived once per pattern set and kept in the disk cache (cache.py): a single check that reads them pays a
        pickle, not the derivation (~0.1 s)."""
        from zhijian.engine.cache import cached, key_of
        from zhijian.engine.regex_gate import WordGates, needed_words

        pats = (("clauses", tuple(sorted(self.config.declined_clauses))), ("declined", tuple(sorted(self.config.declined))))

        def build():
            place: dict[tuple[str, ...], int] = {(): 0}
            out: dict[tuple[str, str], tuple | None] = {}
            for kind, items in pats:
                for cat, rx in items:
                    terms = needed_words(rx)
                    out[kind, cat] = None if terms is None else tuple(
                        tuple(place.setdefault(ws, len(place)) for ws in term) for term in terms)
            return WordGates(list(place)), out

        return cached("modelgates", key_of("modelgates", pats), build)

    @cached_property
    def thresholds_f32(self) -> list[float]:
        """The bars as the float32 values the batch path compares with (``_bars``), as Python floats."""
        from array import array

        return array("f", self.thresholds).tolist()

    @cached_property
    def logit_bars_f32(self) -> list[float]:
        """The candidates' pre-filter of the single path (:func:`logit_bar` of each bar)."""
        return [logit_bar(b) for b in self.thresholds_f32]

    @cached_property
    def _bars(self) -> "np.ndarray":
        import numpy as np

        return np.asarray(self.thresholds, dtype=np.float32)

    @cached_property
    def _logit_bars(self) -> "np.ndarray":
        return logit_bars(self._bars)

    def _masked(self, u: Units, batch: "BatchNormalised") -> Units:
        """``u`` read from the masked text: the mask words replaced in the batch's compacted text (one automaton
        pass, then one compiled pass that builds the masked code points and moves each unit's range with the
        text; a unit edge inside a replaced word takes in the whole word)."""
        hits = self._mask_scan.find_matches_as_indexes(batch.compact_joined)
        if not hits:
            return u
        from zhijian.engine._batch_core import mask_batch

        cps, cstart, cend = mask_batch(batch.compact_codes, hits, self._mask_codes, u.cstart, u.cend)
        return Units(u.msg, u.start, u.end, cstart, cend, u.whole, cps)

    def logits(self, texts: "Sequence[str] | BatchNormalised") -> "tuple[Units, np.ndarray]":
        """The units of a batch (``texts`` or their batch normalisation) and their raw scores (logits) for the
        configured categories, ``[n_units, n_categories]``."""
        import numpy as np

        from zhijian.engine.normalize_batch import BatchNormalised, normalise_batch

        batch = texts if isinstance(texts, BatchNormalised) else normalise_batch(list(texts))
        u = units(batch)
        if self._mask_scan is not None and u.msg.size:
            u = self._masked(u, batch)
        z = self.plain.native.logits(np.ascontiguousarray(u.cps, dtype=np.uint32),
                                     np.ascontiguousarray(u.cstart, dtype=np.int64),
                                     np.ascontiguousarray(u.cend, dtype=np.int64))
        return u, z[:, self.columns]

    def scores(self, texts: "Sequence[str] | BatchNormalised") -> "tuple[Units, np.ndarray]":
        """:meth:`logits` as sigmoid scores in [0, 1]."""
        from zhijian.engine.ngrams import sigmoid

        u, z = self.logits(texts)
        return u, sigmoid(z)

    def unscored_units(self, spans: list[tuple[int, int]], text: str) -> list[int]:
        """The units of a message read for no category: those that only address the customer (pack ``address_units``)
        and those that only name the shop's own platform or names (:func:`name_units`)."""
        hit = address_units(spans, text, self.address) if self.address is not None else []
        return sorted(set(hit).union(name_units(spans, text, self)))

    def unscored_unit(self, text: str, s: int, e: int) -> bool:
        """Is the unit ``text[s:e]`` read for no category (:meth:`unscored_units` of one unit)?"""
        c = compact_one(text[s:e])
        if self.address is not None and self.address.fullmatch(c):
            return True
        return bool(c) and self._mask_trie is not None and \
            sum(b - a for _, a, b in self._mask_trie.find_longest(c)) == len(c)

    def _best_scored(self, col: "np.ndarray", lo: int, bar: float, u: Units, text: str,
                     flags: dict[int, bool]) -> "np.ndarray | None":
        """``col`` (the scores of one message's units, the first being unit ``lo``) with the units read for no
        category (:meth:`unscored_unit`) set to -inf — exactly as far as ``argmax`` reads it: only the units that
        would be the best are tested, best first, until one is scored (most messages test one unit, not all);
        None when no scored unit reaches ``bar``.  ``flags`` keeps each unit's answer (unit -> unscored)."""
        import numpy as np

        orig = col
        while True:
            k = int(np.argmax(col))
            if col[k] < bar:
                return None
            hit = flags.get(lo + k)
            if hit is None:
                hit = flags[lo + k] = self.unscored_unit(text, int(u.start[lo + k]), int(u.end[lo + k]))
            if not hit:
                return col
            if col is orig:
                col = col.copy()
            col[k] = -float("inf")

    def yields(self, category: str, s: int, e: int, found: "Sequence[Finding]", text: str = "",
               may_decline: bool = True) -> bool:
        """Does a finding of ``category`` over ``s:e`` yield to a found one of a better category overlapping it, or
        to a message ``text`` that declines the category's act (``declined``; ``may_decline`` False: the words its
        pattern needs are known not to be in ``text``)?"""
        rx = self.declined.get(category) if may_decline else None
        if rx is not None and rx.search(text):
            return True
        better = self.worse_than.get(category)
        return bool(better) and any(f.category in better and f.start < e and s < f.end for f in found)

    def add_findings(self, texts: "Sequence[str] | BatchNormalised",
                     rule_findings: list[list[Finding]]) -> list[list[Finding]]:
        """The rule findings of each message plus the model findings the rules did not already make."""
        return with_alone(self.alone, rule_findings, lambda found: self._add_findings(texts, found))

    def _add_findings(self, texts: "Sequence[str] | BatchNormalised",
                      rule_findings: list[list[Finding]]) -> list[list[Finding]]:
        import numpy as np

        from zhijian.engine.normalize_batch import BatchNormalised, normalise_batch

        batch = texts if isinstance(texts, BatchNormalised) else normalise_batch(list(texts))
        texts = batch.originals
        u, z = self.logits(batch)
        if not z.size:
            return rule_findings
        th = self._bars
        units_hot, cats_hot = over_bars(z, th, self._logit_bars)
        if not units_hot.size:
            return rule_findings
        out = list(rule_findings)  # a message's list is copied only when a model finding is added to it
        msgs_hot = u.msg[units_hot]
        first = np.searchsorted(u.msg, msgs_hot)  # each message's unit range, for all pairs at once
        last = np.searchsorted(u.msg, msgs_hot, side="right")
        sig = _sigmoid_rows(z, first, last)
        categories = self.config.categories
        done: set[tuple[int, int]] = set()
        unscored: dict[int, bool] = {}  # unit -> read for no category (unscored_unit), tested when it would be best
        for i, j, lo, hi in zip(msgs_hot.tolist(), cats_hot.tolist(), first.tolist(), last.tolist()):
            if (i, j) in done:
                continue
            done.add((i, j))
            c = categories[j]
            # the best unit of this message for this category (clauses before the whole message)
            col = sig[lo:hi, j]
            if self.exceptions.get(c.category):
                col = _except_units(col, u.spans(lo, hi), batch.item(i), self.exceptions[c.category])
                if col.max() < th[j]:
                    continue
            if c.category in self.declined_clauses:  # the clauses that decline the category's act: set aside
                col = _except_at(col, declined_units(u.spans(lo, hi), texts[i], self.declined_clauses[c.category]))
                if col.max() < th[j]:
                    continue
            if self.address is not None or self._mask_scan is not None:
                col = self._best_scored(col, lo, th[j], u, texts[i], unscored)
                if col is None:
                    continue
            best = lo + int(np.argmax(col))
            s, e = int(u.start[best]), int(u.end[best])
            if any(f.category == c.category and f.start < e and s < f.end for f in out[i]):
                continue  # a rule already found it here, with an exact span
            if self.yields(c.category, s, e, out[i], texts[i]):
                continue
            if self.own_names and any(w in compact(texts[i][s:e]) for w in self.own_names):
                continue  # the shop's own names are never flagged (as for the rules)
            score = float(col[best - lo])
            if score < self.config.second_bar(c.category, rule_findings[i], self.worse_than):
                continue  # the rules read this message otherwise: a second reading must be sure
            text = texts[i]
            if out[i] is rule_findings[i]:
                out[i] = list(out[i])
            out[i].append(Finding(f"model.{c.category}", c.category, c.severity, s, e, text[s:e],
                                  c.message.replace("{score}", f"{score:.2f}"), c.suggestion,
                                  None, "model", round(score, 4)))
        return out


def with_alone(alone: frozenset[str], rule_findings: list[list[Finding]],
               add: "Callable[[list[list[Finding]]], list[list[Finding]]]") -> list[list[Finding]]:
    """``add`` (the model's reading) of the rule findings without those of the ``alone`` rules (params ``alone``, kept by
    ``matcher._findings`` only where no other rule fired), so they raise no model bar (``second_bar``); a message the
    model finds something in loses them (common.cold_reply.bare_short: a short reply that shirks is read as that)."""
    if not alone or not any(f.rule in alone for fs in rule_findings for f in fs):
        return add(rule_findings)
    held = [[f for f in fs if f.rule in alone] for fs in rule_findings]
    out = add([[f for f in fs if f.rule not in alone] if h else fs for fs, h in zip(rule_findings, held)])
    return [h if h and not o else o for o, h in zip(out, held)]
