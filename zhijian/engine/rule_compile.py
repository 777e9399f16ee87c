"""A rule's parts beside its words, compiled for a ruleset: its regex and the gate before it, its ``replace``
swaps, its params, its whole-message forms, and its entry of the plan (the rules that need no automaton hit).

Regexes run on RE2 (safe_regex.py); a shipped pattern that needs look-ahead runs on Python ``re``, kept as a
:class:`~zhijian.engine.lazy_regex.LazyRegex` like every other Python pattern of a ruleset (the plan's gates, the
emoji forms), so that reading a cached ruleset back compiles none of them (issue 14: start-up).
"""

from __future__ import annotations

import re

from zhijian.engine import disguise
from zhijian.engine.clause_context import FILTERS, compile_any
from zhijian.engine.detectors import DETECTORS, GATES
from zhijian.engine.lazy_regex import LazyRegex
from zhijian.engine.normalize import compact, fold
from zhijian.engine.pack_refs import expand, expand_regex, folded_list
from zhijian.engine.packs import Composition
from zhijian.engine.plan_spans import DetectorSpans, RegexSpans
from zhijian.engine.regex_gate import gate_of, needed_words, required_literals
from zhijian.engine.rules import PackError, Rule
from zhijian.engine.safe_regex import UnsafeRegex, compile_shipped, compile_user
from zhijian.engine.variants import polite_forms

EMOJI_MODIFIER = "[\ufe0f\U0001f3fb-\U0001f3ff]?"  # variation selector / skin tone after an emoji


def needles(words) -> LazyRegex | None:
    """One alternation of the plain ``words`` (a gate of the plan), or None for no words."""
    return LazyRegex("|".join(map(re.escape, words))) if words else None


def regex_of(comp: Composition, rule: Rule, where: str) -> tuple[object, LazyRegex | None, tuple | None]:
    """The rule's regex (``@name`` lists expanded) compiled, the gate of words one of which it needs when the
    rule's words trigger it (regex_gate.py), or None, and what a text needs for the regex to find anything in it,
    whatever the number of words (``regex_gate.needed_words``: the single check's word gates), or None."""
    try:
        expanded = expand_regex(comp, rule.regex, where)
        rx = compile_shipped(expanded) if rule.shipped else compile_user(rule.regex, expanded)
    except UnsafeRegex as e:
        raise PackError(f"{where}：{e}") from None
    if isinstance(rx, re.Pattern):  # a shipped pattern with look-ahead: pickled as its source
        rx = LazyRegex(rx.pattern, rx.flags, rx)
    gate = None
    triggers: tuple[str, ...] = ()
    if rule.patterns:  # triggered by its words: the regex runs only when a word it needs is there
        triggers = tuple(fold(w) for w in expand(comp, rule.patterns, where))
        gate = gate_of(expanded, triggers)
    return rx, gate, needed_words(expanded, triggers)


def swaps_of(rule: Rule) -> dict[str, str]:
    """``replace`` as {compact word (or ``*``): replacement}, the 您 forms included."""
    swap = {("*" if k == "*" else compact(k)): v for k, v in rule.replace.items()}
    for k, v in list(swap.items()):
        for p in polite_forms(k):
            swap.setdefault(p, v)
    return swap


def params_of(comp: Composition, rule: Rule, limits: dict, where: str) -> dict:
    """The rule's params as the matcher reads them: a detector's word lists expanded, the length limit (a shop's
    ``limits`` first), the clause-context filters (refusal, declined disclosure) compiled from the pack's word lists (clause_context.py)."""
    params = dict(rule.params)
    if rule.detector:
        if rule.detector not in DETECTORS:
            raise PackError(f"{where}：检测器 detector {rule.detector!r} 不存在（可用：{'、'.join(sorted(DETECTORS))}）")
        for key in ("allow", "unless_before"):
            if key in params:
                params[key] = expand(comp, tuple(params[key]), where)
    if rule.max_length is not None:
        params["max_length"] = limits.get("max_length", rule.max_length)
    for name in FILTERS:  # named only to refuse it / to decline it / quoted back (clause_context.py): the pack's lists
        if params.get(name):
            params[name] = compile_any(name, lambda lst: folded_list(comp, lst, where))
    return params


def whole_forms(comp: Composition, rule: Rule, where: str) -> list[str]:
    """The compact forms of the rule's whole-message words."""
    out = []
    for w in expand(comp, rule.whole, where):
        c = compact(w)
        if not c:
            raise PackError(f"{where}：whole 中的 {w!r} 去掉标点和符号后为空")
        out.append(c)
    return out


def plan_entry(ri: int, rule: Rule, params: dict, rx) -> tuple | None:
    """The rule's entry of the plan, ``(rule index, gate, gate argument, folded text -> spans)``, when it needs no
    automaton hit (a length limit, a detector, a regex without patterns), else None."""
    if rule.max_length is not None:
        return (ri, "length", params["max_length"], None)
    if rule.detector:
        gate, arg = GATES[rule.detector]
        return (ri, gate, needles(arg), DetectorSpans(rule.detector, params))
    if rule.regex and not rule.patterns:
        needs = tuple(fold(str(x)) for x in params.get("needs") or ())
        if not needs and params.get("max_chars") is None and getattr(rx, "pattern", None):
            # no words written: the literals every match of the regex holds one of (regex_gate.py; exact, so the
            # findings are those of running it on every message), or None and the regex runs on every message
            needs = required_literals(rx.pattern) or ()
        if params.get("max_chars") is not None:  # only a short message can be what it reads (a lone ？ / ……)
            # (``max_compact``: and its compact form — letters, digits, CJK — at most that long: 周五发[OK])
            most = params.get("max_compact")
            return (ri, "short", (int(params["max_chars"]), needles(needs) if needs else None,
                                  None if most is None else int(most)), RegexSpans(rx))
        gate = ("chars_digit" if params.get("needs_digit") else "chars") if needs else "always"
        return (ri, gate, needles(needs), RegexSpans(rx))
    return None


def emoji_entry(comp: Composition, ri: int, rule: Rule, table: dict, where: str) -> tuple[tuple | None, int]:
    """Emoji forms (🐶东) are matched on the folded text: emoji are skip characters in the compact text the automaton
    sees.  One regex per rule, gated on its emoji being in the message: its plan entry (None without forms), and
    how many forms it has."""
    if not table:
        return None, 0
    forms: set[str] = set()
    for w in expand(comp, rule.patterns, where):
        forms.update(disguise.emoji_forms(compact(w), table))
    if not forms:
        return None, 0
    emo = sorted({ch for f in forms for ch in f if ch not in table and not ch.isalnum()})

    def piece(ch: str) -> str:
        return re.escape(ch) + (EMOJI_MODIFIER if ch in emo else "")

    rx = LazyRegex("|".join("".join(piece(ch) for ch in f) for f in sorted(forms, key=len, reverse=True)))
    gate = LazyRegex("[" + "".join(map(re.escape, emo)) + "]")
    return (ri, "chars", gate, RegexSpans(rx)), len(forms)
