"""Cue rules of the dialogue-act tagger (``zhijian/data/acts/cues.yaml``).

A cue's ``contains`` phrases add its acts to whatever the model finds; its ``whole`` phrases
match only the entire sentence and then decide it alone (``谢谢`` is thanks and nothing else,
``好的`` is ``other``); ``unless`` phrases silence it.  Every cue carries examples that must and
must not match, checked at load (a failing one refuses the file, in Chinese, naming the cue).
``Cue.fire`` is the reference; ``Cues.match`` answers the same for one sentence in one
Aho-Corasick scan, and ``Cues.decide`` for a sentence whose phrases were already found (the
tagger scans a whole batch at once).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Iterable

import yaml
from ahocorasick_rs import AhoCorasick

from ..engine.normalize import compact
from ..engine.yaml_read import LOADER
from .sentences import is_question_compact

__all__ = ["ROLES", "ACTS", "CueError", "Cue", "Cues"]

ROLES = ("customer", "agent")
ACTS: dict[str, tuple[str, ...]] = {
    "customer": ("question", "request", "problem", "complaint", "thanks", "apology", "suggestion",
                 "more", "goodbye", "other"),
    "agent": ("answer", "hold", "cause_check", "empathy", "reassure", "solution", "greeting",
              "closing", "push_out", "review_invite", "other"),
}


class CueError(ValueError):
    """A cue file that cannot be used (the message is for the user, in Chinese)."""


_PARTICLES = "啊呀哦噢喔呢啦哈嘛哇吧"
_CUE_KEYS = frozenset({"id", "role", "acts", "contains", "whole", "unless", "max_len", "not_questions", "match",
                       "no_match", "note"})


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def latin_edged(p: str) -> bool:
    """Phrase ``p`` begins or ends with a Latin letter or digit (3q / thx / sorry): ``occurs`` must look around it."""
    return _latin(p[0]) or _latin(p[-1])


def occurs(p: str, c: str, at: int | None = None) -> bool:
    """Phrase ``p`` occurs in the compacted text ``c`` (at ``at`` when given), not inside a code: a phrase with Latin letters or
    digits at an end (3q / thx / sorry) does not count where the run of Latin letters and digits around it holds a digit of
    its own (税号 …MA2H4K7X3Q / 编号 ab3q9: a code handed over, no thanks).  Compacted text has no spaces, so a run without
    digits is words said together (sorry sorry / thanks a lot), and still counts; so is a run whose only other part is a
    number when the phrase has no digit (右眼是400不是350，sorry～ compacts to 350sorry: a figure said, then the word)."""
    if not latin_edged(p):
        return (p in c) if at is None else True
    starts = [at] if at is not None else []
    if at is None:
        k = c.find(p)
        while k >= 0:
            starts.append(k)
            k = c.find(p, k + 1)
    for k in starts:
        a, b = k, k + len(p)
        while a > 0 and _latin(c[a - 1]):
            a -= 1
        while b < len(c) and _latin(c[b]):
            b += 1
        rest = c[a:k] + c[k + len(p):b]
        if not any(ch.isdigit() for ch in rest) or (rest.isdigit() and not any(ch.isdigit() for ch in p)):
            return True
    return False


def _strip_particles(c: str) -> str:
    while len(c) > 1 and c[-1] in _PARTICLES:
        c = c[:-1]
    return c


# a greeting the customer opens a call with (你好，是人工客服吗): a ``whole`` phrase is the sentence without it too (stop 53)
_LEADS = ("你好", "您好")


def _whole_keys(c: str, bare: str) -> tuple[str, ...]:
    """The forms of compacted sentence ``c`` (``bare``: without trailing particles) a ``whole`` phrase is looked up by: both,
    and both without a leading greeting (``_LEADS``)."""
    for lead in _LEADS:
        if c.startswith(lead) and len(bare) > len(lead):
            return c, bare, c[len(lead):], bare[len(lead):]
    return c, bare


def may_be_whole(c: str, whole: frozenset[str]) -> bool:
    """Compacted sentence ``c`` is one of the ``whole`` phrases in one of its forms (``_whole_keys``): a whole cue may fire."""
    return any(k in whole for k in _whole_keys(c, _strip_particles(c)))


@dataclass(frozen=True)
class Cue:
    id: str
    role: str
    acts: tuple[str, ...]
    contains: tuple[str, ...]  # compacted phrases
    whole: frozenset[str]  # compacted whole sentences (trailing particles stripped)
    unless: tuple[str, ...]  # compacted antipatterns: any of them silences the cue
    max_len: int | None  # ``contains`` only fires in sentences up to this compact length
    not_questions: bool = False  # ``contains`` does not fire in a sentence that reads as a question

    def fire(self, c: str, bare: str) -> str | None:
        """``"whole"``, ``"contains"`` or None for one compacted sentence ``c``
        (``bare``: ``c`` without trailing particles)."""
        if self.unless and any(occurs(u, c) for u in self.unless):
            return None
        if any(k in self.whole for k in _whole_keys(c, bare)):
            return "whole"
        if self.contains and (self.max_len is None or len(c) <= self.max_len):
            if any(occurs(p, c) for p in self.contains) and not (self.not_questions and is_question_compact(c)):
                return "contains"
        return None


class Cues:
    """The cue rules of both roles, validated and self-tested when built."""

    def __init__(self, data: dict, where: str = "cues.yaml"):
        if not isinstance(data, dict) or not isinstance(data.get("cues"), list):
            raise CueError(f"{where}：缺少 cues 列表")
        self.cues: list[Cue] = []
        seen: set[str] = set()
        for k, d in enumerate(data["cues"], 1):
            cue, match, no_match = self._parse(d, f"{where} 第 {k} 条线索")
            if cue.id in seen:
                raise CueError(f"{where}：线索 {cue.id} 重复定义")
            seen.add(cue.id)
            for ex in match:
                c = compact(ex)
                if cue.fire(c, _strip_particles(c)) is None:
                    raise CueError(f"{where}：线索 {cue.id} 的示例“{ex}”应当命中，却没有命中")
            for ex in no_match:
                c = compact(ex)
                if cue.fire(c, _strip_particles(c)) is not None:
                    raise CueError(f"{where}：线索 {cue.id} 的反例“{ex}”不应命中，却命中了")
            self.cues.append(cue)
        self.by_role = {r: [c for c in self.cues if c.role == r] for r in ROLES}
        # Every contains/unless phrase of both roles once (``phrases``: the ids ``decide`` takes).
        index: dict[str, int] = {}
        self._owners: dict[str, dict[int, list[tuple[int, bool]]]] = {r: {} for r in ROLES}
        for r in ROLES:
            for k, cue in enumerate(self.by_role[r]):
                for p, is_unless in [(p, False) for p in cue.contains] + [(p, True) for p in cue.unless]:
                    self._owners[r].setdefault(index.setdefault(p, len(index)), []).append((k, is_unless))
        self.phrases = list(index)
        self._latin = frozenset(i for p, i in index.items() if latin_edged(p))  # (ids ``occurs`` must check)
        # One automaton per role over every contains/unless phrase: a sentence is scanned once,
        # whatever the number of cues (``Cue.fire`` is the reference; ``match`` must agree).
        self._scan: dict[str, tuple[AhoCorasick | None, list[list[tuple[int, bool]]], dict[str, list[int]]]] = {}
        self._latin_of: dict[str, dict[int, str]] = {}  # role -> automaton id -> phrase, for the Latin-edged phrases
        for r in ROLES:
            phrases: dict[str, int] = {}
            owners: list[list[tuple[int, bool]]] = []
            whole: dict[str, list[int]] = {}
            for k, cue in enumerate(self.by_role[r]):
                for p, is_unless in [(p, False) for p in cue.contains] + [(p, True) for p in cue.unless]:
                    if p not in phrases:
                        phrases[p] = len(owners)
                        owners.append([])
                    owners[phrases[p]].append((k, is_unless))
                for w in cue.whole:
                    whole.setdefault(w, []).append(k)
            self._scan[r] = (AhoCorasick(list(phrases)) if phrases else None, owners, whole)
            self._latin_of[r] = {i: p for p, i in phrases.items() if latin_edged(p)}

    @staticmethod
    def _parse(d: object, where: str) -> tuple[Cue, list[str], list[str]]:
        if not isinstance(d, dict):
            raise CueError(f"{where}：必须是一个映射（id、role、acts …）")
        cid = str(d.get("id") or "").strip()
        if not cid:
            raise CueError(f"{where}：缺少 id")
        unknown = set(d) - _CUE_KEYS
        if unknown:
            raise CueError(f"线索 {cid}：不认识的字段 {', '.join(sorted(map(str, unknown)))}")
        role = d.get("role")
        if role not in ROLES:
            raise CueError(f"线索 {cid}：role 必须是 customer 或 agent，而不是 {role!r}")
        acts = d.get("acts") or []
        if isinstance(acts, str):
            acts = [acts]
        bad = [a for a in acts if a not in ACTS[role]]
        if not acts or bad:
            raise CueError(f"线索 {cid}：acts 必须取自 {', '.join(ACTS[role])}（有问题的：{bad or '空'}）")

        def phrases(key: str) -> list[str]:
            v = d.get(key) or []
            if isinstance(v, str):
                v = [v]
            if not isinstance(v, list):
                raise CueError(f"线索 {cid}：{key} 必须是列表")
            out = []
            for p in v:
                c = compact(str(p))
                if not c:
                    raise CueError(f"线索 {cid}：{key} 里的“{p}”去掉标点后为空")
                out.append(c)
            return out

        contains, whole, unless = phrases("contains"), phrases("whole"), phrases("unless")
        if not contains and not whole:
            raise CueError(f"线索 {cid}：至少要有 contains 或 whole 之一")
        match = [str(x) for x in (d.get("match") or [])]
        no_match = [str(x) for x in (d.get("no_match") or [])]
        if not match:
            raise CueError(f"线索 {cid}：至少要有一个应当命中的示例（match）")
        max_len = d.get("max_len")
        if max_len is not None and (not isinstance(max_len, int) or max_len < 1):
            raise CueError(f"线索 {cid}：max_len 必须是正整数")
        ordered = tuple(a for a in ACTS[role] if a in acts)
        nq = d.get("not_questions", False)
        if not isinstance(nq, bool):
            raise CueError(f"线索 {cid}：not_questions 只能是 true 或 false")
        cue = Cue(cid, role, ordered, tuple(contains), frozenset(_strip_particles(w) for w in whole) | frozenset(whole),
                  tuple(unless), max_len, nq)
        return cue, match, no_match

    @classmethod
    def from_yaml(cls, text: str, where: str = "cues.yaml") -> "Cues":
        try:
            data = yaml.load(text, Loader=LOADER)
        except yaml.YAMLError as e:
            raise CueError(f"{where}：YAML 格式错误：{e}") from None
        return cls(data, where)

    @classmethod
    def load_packaged(cls) -> "Cues":
        path = resources.files("zhijian").joinpath("data", "acts", "cues.yaml")
        return cls.from_yaml(path.read_text(encoding="utf-8"), "zhijian/data/acts/cues.yaml")

    def match(self, role: str, c: str) -> tuple[list[Cue], list[Cue]]:
        """Cues of ``role`` that fire on the compacted sentence ``c``: (whole, contains), in file
        order; the same answer as calling ``Cue.fire`` on every cue, in one scan."""
        if not self.by_role.get(role):
            return [], []
        automaton, owners, _ = self._scan[role]
        found = []
        if automaton is not None and c:
            latin = self._latin_of[role]
            found = [owners[pid] for pid, k, _ in automaton.find_matches_as_indexes(c, overlapping=True)
                     if pid not in latin or occurs(latin[pid], c, k)]
        return self._resolve(role, c, found, None)

    def decide(self, role: str, c: str, found: Iterable[int], question: bool) -> tuple[list[Cue], list[Cue]]:
        """``match`` for a sentence whose phrases were found already: ``found`` holds the index in
        ``phrases`` of every phrase occurring in ``c`` (other numbers are ignored), ``question``
        is ``is_question_compact(c)``."""
        if not self.by_role.get(role):
            return [], []
        owners, latin = self._owners[role], self._latin
        return self._resolve(role, c, [owners[p] for p in found
                                       if p in owners and (p not in latin or occurs(self.phrases[p], c))], question)

    def _resolve(self, role: str, c: str, found: list[list[tuple[int, bool]]],
                 question: bool | None) -> tuple[list[Cue], list[Cue]]:
        cues = self.by_role[role]
        whole_index = self._scan[role][2]
        silenced: set[int] = set()
        hit: set[int] = set()
        for owned in found:
            for k, is_unless in owned:
                (silenced if is_unless else hit).add(k)
        bare = _strip_particles(c)
        whole_hit = set().union(*(whole_index.get(k, ()) for k in _whole_keys(c, bare)))
        if not hit and not whole_hit:
            return [], []
        whole, contains = [], []
        for k in sorted((hit | set(whole_hit)) - silenced):
            cue = cues[k]
            if k in whole_hit:
                whole.append(cue)
                continue
            if cue.max_len is not None and len(c) > cue.max_len:
                continue
            if cue.not_questions:
                if question is None:
                    question = is_question_compact(c)
                if question:
                    continue
            contains.append(cue)
        return whole, contains
