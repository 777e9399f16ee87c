"""Scanning a batch of messages: one automaton call and one pass of every gate over the whole batch,
then per-message work only for the messages where something can be found.

``matcher.scan`` stays the one definition of what a message's findings are; this module only feeds it
the message's automaton hits (mapped to original offsets in NumPy) and the gated rules whose gates
hold, and skips the messages that have neither (they can only be a whole-message form).  The batch
joins messages with ``\\n``, which no pattern and no gate word contains, so nothing found here spans
two messages.
"""

from __future__ import annotations

import re
from itertools import chain

import numpy as np

from zhijian.engine._batch_core import plan_todo
from zhijian.engine.detectors import ANY_DIGIT, DIGIT_CHARS, DIGIT_RUN
from zhijian.engine.findings import Finding
from zhijian.engine.lazy_regex import LazyRegex
from zhijian.engine.matcher import TRAILING_PARTICLES, _whole_rules, scan, short_enough
from zhijian.engine.normalize_batch import BatchNormalised
from zhijian.engine.ruleset import Ruleset


def _unique(a: np.ndarray) -> np.ndarray:
    """``np.unique`` of a 1-d integer array (sorted distinct values) without its check for masked arrays,
    which imports ``numpy.ma`` (~25 ms of every start)."""
    a = np.sort(a, kind="stable")
    if a.size < 2:
        return a
    keep = np.empty(a.size, dtype=bool)
    keep[0] = True
    np.not_equal(a[1:], a[:-1], out=keep[1:])
    return a[keep]


_PARTICLES = "".join(sorted(TRAILING_PARTICLES))
_CODE_MARK = re.compile(r"[\[#]")


def _may_be_whole(rs: Ruleset, batch: BatchNormalised) -> set[int]:
    """The messages that ``_whole_rules`` may find something in; for every other one it returns [] (its compact
    form, trailing particles set aside, is longer than every whole-message word, and no sticker code or
    emptiness can shorten it)."""
    if not (rs.whole or rs.symbols_only):
        return set()
    most = max(map(len, rs.whole), default=0)
    compacts = batch.compact
    lens = np.fromiter(map(len, compacts), dtype=np.int64, count=len(compacts))
    out = set(np.flatnonzero(lens <= most).tolist())
    # a sticker code's bracket or hash (folding keeps [ and # and only adds their full-width forms: a superset)
    out.update(_messages_at(batch, [m.start() for m in _CODE_MARK.finditer(batch.folded_joined)]).tolist())
    out.update(i for i in np.flatnonzero(lens > most).tolist()
               if compacts[i][-1] in _PARTICLES and len(compacts[i].rstrip(_PARTICLES)) <= most)
    return out


def _hits_by_message(rs: Ruleset, batch: BatchNormalised, gated: dict[int, list[tuple]],
                     whole: set[int]) -> dict[int, list[tuple]]:
    """message -> its automaton hits ``(pattern, compact start, compact end, start, end)``, offsets local,
    for the messages where a finding can come of them: hits in every word group of some rule, or a gated
    or whole-message rule whose exceptions the hits may be.  Exceptions and qualifiers alone change nothing."""
    n = len(batch.originals)
    hits = rs.find(batch.compact_joined)
    if not hits:
        return {}
    # the (pattern, start, end) triples as one flat array: ``np.array`` of a list of tuples costs ~2x this
    pid, cs, ce = np.fromiter(chain.from_iterable(hits), dtype=np.int64, count=3 * len(hits)).reshape(-1, 3).T
    cst = np.asarray(batch.cstarts, dtype=np.int64)
    msg = np.searchsorted(cst, cs, side="right") - 1
    start, end = batch.cmap[cs], batch.cmap[ce - 1] + 1
    need = np.zeros(n, dtype=bool)
    need[_complete(rs, msg, pid, batch.folded, (start, end, end - start == ce - cs))] = True
    if gated:
        need[list(gated)] = True
    if whole:
        for m in _unique(msg[~need[msg]]).tolist():
            if m in whole and _whole_rules(rs, batch.originals[m], batch.compact[m]):
                need[m] = True
    keep = need[msg]
    if not keep.any():
        return {}
    if not keep.all():
        pid, cs, ce, msg, start, end = pid[keep], cs[keep], ce[keep], msg[keep], start[keep], end[keep]
    base = np.asarray(batch.starts, dtype=np.int64)[msg]
    os_, oe = start - base, end - base
    local = cst[msg]
    # hits come in text order, so each message's hits are one run: cut the tuples at the runs' edges
    tuples = list(zip(pid.tolist(), (cs - local).tolist(), (ce - local).tolist(), os_.tolist(), oe.tolist()))
    edges = (np.flatnonzero(msg[1:] != msg[:-1]) + 1).tolist()
    firsts = [0, *edges]
    return dict(zip(msg[firsts].tolist(), map(tuples.__getitem__, map(slice, firsts, [*edges, len(tuples)]))))


def _expand(ptr: np.ndarray, idx: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """CSR expansion: for each ``idx[i]``, ``counts[i]`` rows; returns (row's i, row's slot in the CSR data)."""
    owner = np.repeat(np.arange(len(idx)), counts)
    slot = ptr[idx][owner] + np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return owner, slot


def _not_excepted(rs: Ruleset, hit: tuple, exact: np.ndarray, owner: np.ndarray, rule: np.ndarray) -> np.ndarray | None:
    """Which (word hit, rule) pairs no sure exception hit of the same rule (or of every rule) overlaps;
    ``matcher.scan`` drops the others before it looks for a finding.  An exception counts surely where it is
    written without separators and the pattern has no other spelling (``exact``).  ``hit`` holds each hit's
    pattern and start and end in the joined text (messages never overlap there).  None: keep all."""
    pid, start, end = hit
    exc_ptr = np.frombuffer(rs.exc_ptr, dtype=np.int64)
    counts = (exc_ptr[pid + 1] - exc_ptr[pid]) * exact
    if not counts.any():
        return None
    eh, slot = _expand(exc_ptr, pid, counts)
    order = np.argsort(start[eh], kind="stable")
    eh = eh[order]
    er = np.frombuffer(rs.exc_rule, dtype=np.int64)[slot[order]]
    es, ee = start[eh], end[eh]
    longest = int((ee - es).max())
    # an exception overlapping [s, e) starts in (s - longest, e): a window, so a huge message stays linear
    lo = np.searchsorted(es, start[owner] - longest, side="right")
    counts = np.searchsorted(es, end[owner], side="left") - lo
    if not counts.any():
        return None
    gi, ei = _expand(lo, np.arange(len(owner)), counts)
    g = owner[gi]
    covered = ((er[ei] == rule[gi]) | (er[ei] < 0)) & (start[g] < ee[ei])
    keep = np.ones(len(owner), dtype=bool)
    keep[gi[covered]] = False
    return keep


def _complete(rs: Ruleset, msg: np.ndarray, pid: np.ndarray, folded: list[str],
              offsets: tuple | None = None) -> list[int]:
    """The messages where some word rule can make a finding: it has a hit in every one of its word groups
    (``matcher.scan`` needs all of them) that no sure exception hit overlaps (``offsets``: each hit's start and
    end in the joined original text, and whether it is exact, see ``_not_excepted``), and, for a rule
    whose words only trigger its regex, the regex finds something in the message (京东 alone starts nothing
    when the rule needs 找京东去 around it).  Hits are expanded to (message, rule, group) through the
    ruleset's CSR arrays."""
    group_ptr, group_rule, group_index, rule_groups = (np.frombuffer(a, dtype=np.int64) for a in (
        rs.group_ptr, rs.group_rule, rs.group_index, rs.rule_groups))
    counts = group_ptr[pid + 1] - group_ptr[pid]
    if not counts.any():
        return []
    owner, pair = _expand(group_ptr, pid, counts)
    if offsets is not None:
        start, end, exact = offsets
        keep = _not_excepted(rs, (pid, start, end), exact, owner, group_rule[pair])
        if keep is not None:
            owner, pair = owner[keep], pair[keep]
    n_rules = len(rule_groups)
    width = int(rule_groups.max()) + 1
    key = _unique((msg[owner] * n_rules + group_rule[pair]) * width + group_index[pair])
    msg_rule, groups_hit = np.unique(key // width, return_counts=True)
    msg_rule = msg_rule[groups_hit == rule_groups[msg_rule % n_rules]]
    out = set()
    for m, ri in zip((msg_rule // n_rules).tolist(), (msg_rule % n_rules).tolist()):
        if m in out:
            continue
        rx = rs.regexes.get(ri)
        if rx is None:
            out.add(m)
            continue
        gate = rs.regex_gates.get(ri)  # a word the regex needs (regex_gate.py)
        if (gate is None or gate.search(folded[m]) is not None) and any(
                x.end() > x.start() for x in rx.finditer(folded[m])):
            out.add(m)
    return sorted(out)


def _messages_at(batch: BatchNormalised, positions: list[int]) -> np.ndarray:
    """The messages that the joined-text positions fall in."""
    if not positions:
        return np.zeros(0, dtype=np.int64)
    return _unique(np.searchsorted(batch.starts, positions, side="right") - 1)


_CHARS_OF: dict[str, frozenset[str] | None] = {}


def _single_chars(rx: LazyRegex) -> frozenset[str] | None:
    """The characters of a gate that is one character out of a set (``[🐎🐶]``, ``@``), else None."""
    key = rx.pattern
    if key not in _CHARS_OF:
        chars = None
        if isinstance(rx, (LazyRegex, re.Pattern)) and not rx.flags & re.IGNORECASE:
            try:
                import re._parser as sre_parse  # type: ignore[import-not-found]
                from re._constants import IN, LITERAL  # type: ignore[import-not-found]
                items = list(sre_parse.parse(key, rx.flags))
            except (ImportError, re.error):
                items = []
            if len(items) == 1:
                op, av = items[0]
                if op is LITERAL:
                    chars = frozenset(chr(av))
                elif op is IN and av and all(o is LITERAL for o, _ in av):
                    chars = frozenset(chr(v) for _, v in av)
        _CHARS_OF[key] = chars
    return _CHARS_OF[key]


def _gate_positions(rx: LazyRegex, text: str) -> list[int]:
    """Where the gate regex matches in the joined text; a one-character gate none of whose characters occurs
    (``str.find`` of a character is several times faster than the regex's scan) costs no regex scan."""
    chars = _single_chars(rx)
    if chars is not None and all(text.find(c) < 0 for c in chars):
        return []
    return [m.start() for m in rx.finditer(text)]


def _gated(rs: Ruleset, batch: BatchNormalised) -> dict[int, list[tuple]]:
    """message -> the plan entries (rules needing no automaton hit) whose gate holds for it, in plan order.  (What the
    batch scan tested before stop 55, one set of needed strings an entry; kept as the reference ``_planned`` is held to
    in tests/audit/test_speed_s55.py.)"""
    n = len(batch.originals)
    out: dict[int, list[tuple]] = {}
    digits = None
    lens = None
    for entry in rs.plan:
        _, gate, arg, _ = entry
        if gate == "length":
            if lens is None:
                lens = np.fromiter((len(t) for t in batch.originals), dtype=np.int64, count=n)
            ms = np.flatnonzero(lens > arg)  # the stripped length is tested in scan
        elif gate == "chars" and arg is not None:
            ms = _messages_at(batch, _gate_positions(arg, batch.folded_joined))
        elif gate == "chars_digit":
            ms = [m for m in _messages_at(batch, _gate_positions(arg, batch.folded_joined)).tolist()
                  if ANY_DIGIT.search(batch.folded[m])]
        elif gate == "short":  # a short message, holding one of the needed strings if any (params ``max_chars``)
            held = (range(n) if arg[1] is None  # (the needed strings found in one scan of the joined text)
                    else _messages_at(batch, _gate_positions(arg[1], batch.folded_joined)).tolist())
            ms = [m for m in held if short_enough(arg, batch.originals[m], batch.compact[m])]
        elif gate == "digits":
            if digits is None:
                digits = _messages_at(batch, [m.start() for m in DIGIT_RUN.finditer(batch.folded_joined)])
            ms = digits
        else:
            ms = range(n)
        for m in ms.tolist() if isinstance(ms, np.ndarray) else ms:
            got = out.get(m)
            if got is None:
                out[m] = [entry]
            else:
                got.append(entry)
    return out


def _planned(rs: Ruleset, batch: BatchNormalised) -> dict[int, None]:
    """The messages for which some entry of the plan (rules needing no automaton hit) is left once its gates are tested
    as a single check tests them: the word gates of the folded text in one compiled pass (``Ruleset.word_gates``), then
    ``plan_todo`` (every needed word set of the entry's regex, the length limit, the digits), and for a short-message
    entry its length (``short_enough``, as ``_gated`` and ``finish`` test it).  Only necessary conditions, like ``_gated``'s
    one set of needed strings an entry, but all of them: most messages hold one common word an entry needs (这 / 是 /
    可以), few hold all."""
    held, gates, plan = rs.word_gates.held, rs.plan_gates, rs.plan
    out: dict[int, None] = {}
    for i, (o, f, c) in enumerate(zip(batch.originals, batch.folded, batch.compact)):
        for k in plan_todo(held(f), gates, len(o), f, DIGIT_CHARS):
            _, gate, arg, _ = plan[k]
            if gate != "short" or short_enough(arg, o, c):
                out[i] = None
                break
    return out


def scan_batch(rs: Ruleset, batch: BatchNormalised) -> list[list[Finding]]:
    """The findings of every message of the batch, equal to ``scan(rs, normalise(text))`` one by one.
    Messages with nothing that can start a finding cost a dictionary lookup and a pass of the word gates."""
    gated = _planned(rs, batch)
    whole = _may_be_whole(rs, batch)
    hits = _hits_by_message(rs, batch, gated, whole)
    originals, compacts = batch.originals, batch.compact
    out: list[list[Finding]] = [[] for _ in range(len(originals))]
    todo = {*hits, *gated}
    todo.update(i for i in whole if i not in todo and _whole_rules(rs, originals[i], compacts[i]))
    for i in sorted(todo):
        # (no plan given: ``scan`` tests the plan by the word gates, as for a single check)
        out[i] = scan(rs, batch.item(i), hits.get(i, []), None, i in whole)
    return out
