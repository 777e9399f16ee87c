"""The semantic layer for one message, without NumPy: ``Inspector.check`` and ``zhijian check "…"``.

The batch path (``SemanticLayer.add_findings``) works on NumPy arrays; for one short message, importing
NumPy (~0.1 s a process) and calling it on arrays of a few items (~µs a call) cost more than the work.
Here the same steps run on the message's strings and Python lists, with the same compiled code where the
numbers are made.  :func:`units_one` takes them one by one, as the batch path does (the reference):

* the units: ``_batch_core.clause_units_arrays`` (what ``semantic.units`` calls), on this message;
* the mask words: the layer's automaton and ``_batch_core.masked_ranges_arrays``;
* the logits: ``NgramIndex.logits_lists`` — the same C loop as the batch's ``NgramIndex.logits``, so
  the float32 logits are identical, bit for bit.

:func:`scored_one`, what ``check`` runs, makes all three in one compiled call (``_batch_core.score_one``:
the same loops, reading the strings directly, the keep flags from the folding table), and hands back the
logits only when a unit reaches a bar (about one message in fifteen); the sigmoid of those few is
``_batch_core.sigmoid32``.  ``tests/test_single_path.py`` holds the two to the same units, pairs and logits.

Only the sigmoid differs: NumPy's float32 ``exp`` is not the C library's, so a score here may differ
from the batch path's in its last float32 bit (≤ 1.2e-7).  Every decision taken on a score — a
threshold reached, the best unit, the score's rounding in the finding (4 decimals, and 2 in its
message) — is checked against that margin; where a score is that close to the edge, the message is
handed to the NumPy path, so the findings are always exactly the batch path's
(``tests/test_single_path.py`` compares the two).
"""

from __future__ import annotations

import math
from array import array

from zhijian.engine import semantic
from zhijian.engine._batch_core import FoldTables, clause_units_arrays, gates_pass, masked_ranges_arrays, score_one, sigmoid32
from zhijian.engine.findings import Finding
from zhijian.engine.model_config import declined_units
from zhijian.engine.normalize import Normalised, compact_one, fold_tables

_ZERO = array("q", (0,))  # the message's start (read only)
MARGIN = 3e-7  # > the largest float32 sigmoid difference between NumPy and this module (1.2e-7)


class Unsure(Exception):
    """A decision within ``MARGIN`` of its edge: the NumPy path decides."""


def _f32(x: float) -> float:
    return array("f", (x,))[0]


def sigmoid_reference(z: float) -> float:
    """``ngrams.sigmoid`` of one float32 logit, in float32 steps (within 1.2e-7 of NumPy's); the path calls
    ``_batch_core.sigmoid32``, these steps compiled (the same bits, ``tests/test_single_path.py``)."""
    z = min(max(z, -40.0), 40.0)
    return 1.0 / _f32(1.0 + _f32(math.exp(-z)))


def _sure_ge(a: float, b: float) -> bool:
    """``a >= b`` for a score ``a`` known within ``MARGIN``."""
    if abs(a - b) < MARGIN:
        raise Unsure
    return a >= b


def _sure_round(x: float, digits: int) -> float:
    lo, hi = round(x - MARGIN, digits), round(x + MARGIN, digits)
    if lo != hi:
        raise Unsure
    return round(x, digits)


def units_one(layer, n: Normalised) -> tuple[list[tuple[int, int, bool]], array, list[int], list[int]]:
    """The message's units: ``[(start, end, whole)]``, the compacted code points they are read from (the mask
    words replaced), and each unit's range in them, step by step (the reference of :func:`scored_one`)."""
    flags = n.keep_flags()
    folded = array("I", n.folded.encode("utf-32-le", "surrogatepass"))
    ccps = array("I", n.compact.encode("utf-32-le", "surrogatepass"))  # = the kept folded characters
    k, _, s, e, cs, ce, w = clause_units_arrays(folded, flags, ccps, _ZERO, array("q", (len(n.original),)),
                                                semantic.MAX_SCORED_CHARS, semantic.MIN_CLAUSE_CHARS,
                                                semantic.MIN_HAN_CHARS)
    spans = [(s[i], e[i], bool(w[i])) for i in range(k)]
    cstart, cend = cs[:k], ce[:k]
    if k and layer._mask_scan is not None:
        with_ = layer._mask_with
        joined = n.compact  # what the batch path scans (its ``compact_joined``)
        found = [(a, b, with_[j]) for j, a, b in layer._mask_scan.find_matches_as_indexes(joined)]
        if found:
            pieces, prev = [], 0
            for a, b, r in found:
                pieces += (joined[prev:a], r)
                prev = b
            pieces.append(joined[prev:])
            ccps = array("I", "".join(pieces).encode("utf-32-le", "surrogatepass"))
            cstart, cend = masked_ranges_arrays([(a, b, len(r)) for a, b, r in found], cstart, cend)
    return spans, ccps, cstart.tolist(), cend.tolist()


def scored_one(layer, n: Normalised) -> tuple[list[tuple[int, int, bool]], list[list[float]] | None, list]:
    """The message's units ``[(start, end, whole)]``, the logits of the layer's categories per unit (``None`` when
    no unit reaches a bar) and the ``(unit, k)`` pairs over their pre-filter bar: :func:`units_one` and
    ``NgramIndex.logits_lists`` in one compiled call (``_batch_core.score_one``)."""
    comp = scored = n.compact
    found = []
    if layer._mask_scan is not None:
        hits = layer._mask_trie.find_longest(comp)
        if hits:
            with_ = layer._mask_with
            pieces, prev = [], 0
            for j, a, b in hits:
                r = with_[j]
                pieces += (comp[prev:a], r)
                prev = b
                found.append((a, b, len(r)))
            pieces.append(comp[prev:])
            scored = "".join(pieces)
    return score_one(layer.plain.native, n.original, n.folded, _keep_table(), comp, scored, found,
                     semantic.MAX_SCORED_CHARS, semantic.MIN_CLAUSE_CHARS, semantic.MIN_HAN_CHARS, layer.columns,
                     layer.logit_bars_f32)


def _keep_table() -> FoldTables:
    """The folding tables' keep flag per code point (what ``Normalised.keep_flags`` translates by), as
    ``score_one`` reads it: the tables ``normalise`` folds with (``normalize.fold_tables``)."""
    return fold_tables()


def _findings(layer, n: Normalised, rule_findings: list[Finding]) -> list[Finding]:
    spans, z, hot = scored_one(layer, n)
    if not hot:
        return rule_findings
    bars = layer.thresholds_f32
    # the (unit, category) pairs over their bar, unit by unit, as ``semantic.over_bars``; each category once
    order: list[int] = []
    for u, j in hot:
        if j not in order and _sure_ge(sigmoid32(z[u][j]), bars[j]):
            order.append(j)
    if not order:
        return rule_findings
    out = list(rule_findings)
    text = n.original
    # the units that only address the customer (pack ``address_units``) or only name the shop's own platform or
    # names are not scored, for any category; a unit is tested only where its answer matters (as the batch path's
    # ``_best_scored``): when it would be the best unit, or within MARGIN of the best
    flags: dict[int, bool] = {}
    gates, needs = layer.word_gates
    held = None

    def may_match(kind: str, category: str) -> bool:
        """Can the category's ``declined_clauses`` / ``declined`` pattern match in the text (its words are there)?"""
        nonlocal held
        terms = needs.get((kind, category))
        if terms is None:
            return True
        if held is None:
            held = gates.held(text)
        return gates_pass(held, terms)

    def unscored(k: int) -> bool:
        hit = flags.get(k)
        if hit is None:
            s, e, _ = spans[k]
            hit = flags[k] = layer.unscored_unit(text, s, e)
        return hit

    far = _far_below(layer)
    for j in order:
        c = layer.config.categories[j]
        # no unit can make a finding when each is below the bar (and the second reading's bar, where the rules read
        # the message otherwise) by more than MARGIN, or overlaps a rule's finding of the category: what follows
        # (set-aside units, the best of the rest, and the NumPy path if unsure) decides nothing then.  A unit under
        # the category's pre-filter is that far below (``_far_below``): only the units over it are read
        need = bars[j] - MARGIN
        second = layer.config.second_bar(c.category, rule_findings, layer.worse_than)
        if second:
            need = max(need, second - MARGIN)
        same = [f for f in out if f.category == c.category]
        units = [u for u, k in hot if k == j] if far[j] else range(len(spans))
        if all(sigmoid32(z[u][j]) < need or any(f.start < spans[u][1] and spans[u][0] < f.end for f in same)
               for u in units):
            continue
        col = [sigmoid32(row[j]) for row in z]
        if layer.exceptions.get(c.category):
            for k in semantic.excepted_units([(s, e) for s, e, _ in spans], text, layer.exceptions[c.category]):
                col[k] = -math.inf
            if not _sure_ge(max(col), bars[j]):
                continue
        if c.category in layer.declined_clauses and may_match("clauses", c.category):
            # the clauses that decline the category's act: set aside
            hit = declined_units([(s, e) for s, e, _ in spans], text, layer.declined_clauses[c.category])
            for k in hit:
                col[k] = -math.inf
            if hit and not _sure_ge(max(col), bars[j]):
                continue
        top = max(col)
        while top > -math.inf and unscored(k := col.index(top)):
            col[k] = -math.inf  # (the best scored unit is found as if every unscored one were set aside)
            top = max(col)
        if not _sure_ge(top, bars[j]):  # (sure when nothing was set aside: ``top`` reaches a hot unit's score)
            continue
        best = col.index(top)
        if any(abs(v - top) < MARGIN and z[k][j] != z[best][j] and not unscored(k) for k, v in enumerate(col)
               if k != best):
            raise Unsure  # two units this close: which one NumPy's argmax takes is not sure
        s, e, _ = spans[best]
        if any(f.category == c.category and f.start < e and s < f.end for f in out):
            continue  # a rule already found it here, with an exact span
        if layer.yields(c.category, s, e, out, text, may_match("declined", c.category)):
            continue  # a rule found the better reading of this stretch (the packs' precedence), or the message declines it
        if layer.own_names and any(w in compact_one(text[s:e]) for w in layer.own_names):
            continue  # the shop's own names are never flagged (as for the rules)
        score = col[best]
        bar = layer.config.second_bar(c.category, rule_findings, layer.worse_than)
        if bar and not _sure_ge(score, bar):
            continue  # the rules read this message otherwise: a second reading must be sure
        shown = _sure_round(score, 2)
        out.append(Finding(f"model.{c.category}", c.category, c.severity, s, e, text[s:e],
                           c.message.replace("{score}", f"{shown:.2f}"), c.suggestion,
                           None, "model", _sure_round(score, 4)))
    return out


def _far_below(layer) -> list[bool]:
    """Per category: is every score under its pre-filter (a logit below ``logit_bars_f32``, which ``score_one`` leaves
    out of ``hot``) below its bar by more than MARGIN (with room for a last-bit difference of the sigmoid)?  The
    sigmoid only grows with the logit, so then a unit that is not hot for the category cannot reach the bar."""
    far = layer.__dict__.get("_far_below")
    if far is None:
        far = layer.__dict__["_far_below"] = [sigmoid32(lb) < b - 2 * MARGIN - 1e-6
                                              for lb, b in zip(layer.logit_bars_f32, layer.thresholds_f32)]
    return far


def add_findings_one(layer, n: Normalised, rule_findings: list[Finding]) -> list[Finding]:
    """The rule findings of the message plus the model findings the rules did not already make: exactly
    ``layer.add_findings`` of a batch of this one message."""
    return semantic.with_alone(layer.alone, [rule_findings], lambda found: [_one(layer, n, found[0])])[0]


def _one(layer, n: Normalised, rule_findings: list[Finding]) -> list[Finding]:
    try:
        return _findings(layer, n, rule_findings)
    except Unsure:
        from zhijian.engine.normalize_batch import BatchNormalised

        return layer._add_findings(BatchNormalised.of_one(n), [rule_findings])[0]
