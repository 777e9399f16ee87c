"""Dialogue-act tagger: what each sentence of a chat turn does (question, complaint, hold, ...).

``tag_turns([(role, text), ...])`` splits every turn into sentences (``sentences.py``) and tags
each sentence with one or more acts of its role (``ACTS``).  Two layers:

1. cue rules (``zhijian/data/acts/cues.yaml``): phrases that decide an act outright.  A cue's
   ``contains`` phrases add its acts to whatever the model finds; its ``whole`` phrases match
   only the entire sentence and then decide it alone (``谢谢`` is thanks and nothing else, ``好的``
   is ``other``); ``unless`` phrases silence it.  Every cue carries examples that must and must
   not match, checked at load (a failing one refuses the file, in Chinese, naming the cue).
   All phrases of a role sit in one Aho-Corasick automaton: a sentence is scanned once.
2. a one-vs-rest linear model (``zhijian/data/models/acts.npz``, ``engine.ngrams.LinearModel``)
   over the shared character 1-3-gram features plus a few extra features defined here
   (``feature_rows``: sentence-start and -end n-grams; ？/！ marks and runs; 吗/呢/吧 endings;
   question clause, question word and A-not-A flags; a length bucket), scored for the whole
   batch in one call.  Class ids are ``role.act`` (``customer.question``, ``agent.hold``; no
   class for ``other``); a sentence only reads its own role's columns, and an act is on when its
   score reaches its threshold.

A sentence with no act is ``other``.  ``scores`` holds the model's sigmoid score of every act
of the role, with cue-decided acts set to 1.0; ``cues`` names the cues that fired (the audit can
use them: ``agent.closing`` on 不客气 acknowledges thanks, ``agent.reassure`` on 没关系 an apology,
``solution`` on 已记录 a suggestion).  NumPy (and the engine's Aho-Corasick) only; the model and
the cues load once per process, thread-safely.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Sequence

import numpy as np
import yaml
from ahocorasick_rs import AhoCorasick

from ..engine.ngrams import LinearModel, ngram_rows
from .sentences import is_question_compact, split_sentences

try:  # the package move of issue 9: engine/ once it lands, the flat module before
    from ..engine.normalize import compact, fold
except ImportError:  # pragma: no cover
    from ..normalize import compact, fold  # type: ignore[no-redef]

__all__ = ["ACTS", "ROLES", "Sentence", "CueError", "Cue", "Cues", "Tagger", "tag_turns",
           "feature_rows", "FEATURES_VERSION", "MODEL_FILE", "get_tagger"]

ROLES = ("customer", "agent")
ACTS: dict[str, tuple[str, ...]] = {
    "customer": ("question", "request", "problem", "complaint", "thanks", "apology", "suggestion",
                 "more", "goodbye", "other"),
    "agent": ("answer", "hold", "cause_check", "empathy", "reassure", "solution", "greeting",
              "closing", "push_out", "review_invite", "other"),
}
MODEL_FILE = "acts.npz"
FEATURES_VERSION = "ngrams123+acts-extra-2"

# -- extra features ------------------------------------------------------------------------
# Ids that can never be an n-gram of ``engine.ngrams``: code points end at 0x10FFFF, so the
# 21-bit values 0x1FFFFE / 0x1FFFFD mark the sentence start / end, and an id whose lowest 21
# bits are 0 (no code point is 0 in compacted text) is a flag.
_BOS = 0x1FFFFE
_EOS = 0x1FFFFD
_FLAGS = ("qmark", "qmark_end", "excl", "mark_run", "end_ma", "end_ne", "end_ba", "empty",
          "len1_2", "len3_5", "len6_10", "len11_20", "len21_", "q_clause", "wh", "a_not_a")
_WH = re.compile(r"什么|怎么|怎样|咋|啥|多少|多久|多长时间|几[天号点个时次件年月岁码寸斤]|哪|为什么|为啥|是否|能否|可否")
_A_NOT_A = re.compile(r"(.)[不没]\1")
_FLAG_ID = {name: (k + 1) << 42 for k, name in enumerate(_FLAGS)}


def _extra_ids(original: str, comp: str) -> list[int]:
    f = fold(original)
    ids = []
    if "?" in f:
        ids.append(_FLAG_ID["qmark"])
        if f.rstrip(" ~…\"'”’)）").endswith("?"):
            ids.append(_FLAG_ID["qmark_end"])
    if "!" in f:
        ids.append(_FLAG_ID["excl"])
    if "??" in f or "!!" in f or "?!" in f or "!?" in f:
        ids.append(_FLAG_ID["mark_run"])
    n = len(comp)
    if not n:
        ids.append(_FLAG_ID["empty"])
        return ids
    if is_question_compact(comp):
        ids.append(_FLAG_ID["q_clause"])
    if _WH.search(comp):
        ids.append(_FLAG_ID["wh"])
    if _A_NOT_A.search(comp):
        ids.append(_FLAG_ID["a_not_a"])
    last = comp[-1]
    if last in "吗嘛么":
        ids.append(_FLAG_ID["end_ma"])
    elif last == "呢":
        ids.append(_FLAG_ID["end_ne"])
    elif last == "吧":
        ids.append(_FLAG_ID["end_ba"])
    ids.append(_FLAG_ID["len1_2" if n <= 2 else "len3_5" if n <= 5 else "len6_10" if n <= 10
                        else "len11_20" if n <= 20 else "len21_"])
    a, z = ord(comp[0]), ord(comp[-1])
    ids.append(_BOS | a << 21)
    ids.append(z | _EOS << 21)
    if n >= 2:
        ids.append(_BOS | a << 21 | ord(comp[1]) << 42)
        ids.append(ord(comp[-2]) | z << 21 | _EOS << 42)
    return ids


def _extra_rows(originals: Sequence[str], comps: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows: list[int] = []
    ids: list[int] = []
    for r, (o, c) in enumerate(zip(originals, comps)):
        e = _extra_ids(o, c)
        ids.extend(e)
        rows.extend([r] * len(e))
    return (np.asarray(rows, dtype=np.int64), np.asarray(ids, dtype=np.uint64),
            np.ones(len(ids), dtype=np.float32))


def feature_rows(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All features of a batch as ``(row, id, value)``: the shared n-grams plus the extras.
    The trainer uses exactly this; at run time the same sum is taken in two parts."""
    comps = [compact(t) for t in texts]
    r1, f1, v1 = ngram_rows(comps, compacted=True)
    r2, f2, v2 = _extra_rows(texts, comps)
    return np.concatenate([r1, r2]), np.concatenate([f1, f2]), np.concatenate([v1, v2])


def _extra_logits(model: LinearModel, texts: Sequence[str], comps: Sequence[str]) -> np.ndarray:
    n = len(texts)
    out = np.zeros((n, len(model.classes)), dtype=np.float64)
    if not n or not model.vocab.size:
        return out
    row, fid, value = _extra_rows(texts, comps)
    pos = np.searchsorted(model.vocab, fid)
    pos[pos >= model.vocab.size] = 0
    hit = model.vocab[pos] == fid
    row, pos, value = row[hit], pos[hit], value[hit]
    contrib = model.weights[pos] * value[:, None]
    for k in range(len(model.classes)):
        out[:, k] = np.bincount(row, weights=contrib[:, k], minlength=n)
    return out


def model_scores(model: LinearModel, texts: Sequence[str], comps: Sequence[str] | None = None) -> np.ndarray:
    """Sigmoid scores ``[len(texts), n_classes]`` over n-grams and extras, in one batch
    (``comps``: the texts through ``compact``, when the caller has them already)."""
    if comps is None:
        comps = [compact(t) for t in texts]
    z = model.logits(comps, compacted=True).astype(np.float64) + _extra_logits(model, texts, comps)
    z = np.clip(z, -40.0, 40.0)
    return 1.0 / (1.0 + np.exp(-z))


# -- cue rules -----------------------------------------------------------------------------
class CueError(ValueError):
    """A cue file that cannot be used (the message is for the user, in Chinese)."""


_PARTICLES = "啊呀哦噢喔呢啦哈嘛哇吧"
_CUE_KEYS = frozenset({"id", "role", "acts", "contains", "whole", "unless", "max_len", "not_questions", "match",
                       "no_match", "note"})


def _strip_particles(c: str) -> str:
    while len(c) > 1 and c[-1] in _PARTICLES:
        c = c[:-1]
    return c


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
        if self.unless and any(u in c for u in self.unless):
            return None
        if c in self.whole or bare in self.whole:
            return "whole"
        if self.contains and (self.max_len is None or len(c) <= self.max_len):
            if any(p in c for p in self.contains) and not (self.not_questions and is_question_compact(c)):
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
        # One automaton per role over every contains/unless phrase: a sentence is scanned once,
        # whatever the number of cues (``Cue.fire`` is the reference; ``match`` must agree).
        self._scan: dict[str, tuple[AhoCorasick | None, list[list[tuple[int, bool]]], dict[str, list[int]]]] = {}
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
            data = yaml.safe_load(text)
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
        cues = self.by_role.get(role)
        if not cues:
            return [], []
        automaton, owners, whole_index = self._scan[role]
        bare = _strip_particles(c)
        silenced: set[int] = set()
        hit: set[int] = set()
        if automaton is not None and c:
            for pid, _, _ in automaton.find_matches_as_indexes(c, overlapping=True):
                for k, is_unless in owners[pid]:
                    (silenced if is_unless else hit).add(k)
        whole_hit = set(whole_index.get(c, ())) | set(whole_index.get(bare, ()))
        whole, contains = [], []
        question: bool | None = None
        for k in sorted((hit | whole_hit) - silenced):
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


# -- the tagger ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Sentence:
    start: int  # offsets into the ORIGINAL turn text: text == turn[start:end]
    end: int
    text: str
    acts: tuple[str, ...]  # in ACTS[role] order; ("other",) when nothing else applies
    scores: dict[str, float]  # model score per act of the role; cue-decided acts are 1.0
    by: str  # "cue" when a cue fired on the sentence, else "model"
    cues: tuple[str, ...] = ()  # ids of the cues that fired


class Tagger:
    def __init__(self, model: LinearModel, cues: Cues):
        self.model = model
        self.cues = cues
        self.columns: dict[str, list[tuple[str, int]]] = {}
        for role in ROLES:
            cols = []
            for act in ACTS[role]:
                k = model.index.get(f"{role}.{act}")
                if k is not None:
                    cols.append((act, k))
            self.columns[role] = cols

    def tag_turns(self, turns: Sequence[tuple[str, str]]) -> list[list[Sentence]]:
        """Sentences and acts of every turn; ``system`` turns (and empty ones) get no sentences."""
        spans: list[tuple[int, str, object]] = []
        for t, (role, text) in enumerate(turns):
            if role == "system":
                continue
            if role not in ROLES:
                raise ValueError(f"未知的角色 {role!r}：只能是 customer、agent 或 system")
            for sp in split_sentences(text or ""):
                spans.append((t, role, sp))
        out: list[list[Sentence]] = [[] for _ in turns]
        if not spans:
            return out
        texts = [sp.text for _, _, sp in spans]
        comps = [compact(x) for x in texts]
        scores = model_scores(self.model, texts, comps).tolist()
        thr = self.model.thresholds.tolist()
        for (t, role, sp), c, row in zip(spans, comps, scores):
            whole, contains = self.cues.match(role, c)
            cols = self.columns[role]
            sc = {act: row[k] for act, k in cols}
            if whole:
                acts = {a for cue in whole for a in cue.acts}
            else:
                acts = {act for act, k in cols if row[k] >= thr[k]}
                acts |= {a for cue in contains for a in cue.acts}
            fired = whole + contains
            for cue in fired:
                for a in cue.acts:
                    sc[a] = 1.0
            if len(acts) > 1:
                acts.discard("other")
            if not acts:
                acts = {"other"}
            ordered = tuple(a for a in ACTS[role] if a in acts)
            out[t].append(Sentence(sp.start, sp.end, sp.text, ordered, sc, "cue" if fired else "model",
                                   tuple(cue.id for cue in fired)))
        return out


_tagger: Tagger | None = None
_lock = threading.Lock()


def get_tagger() -> Tagger:
    """The packaged tagger, loaded once per process (thread-safe)."""
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                with resources.files("zhijian").joinpath("data", "models", MODEL_FILE).open("rb") as fh:
                    model = LinearModel.load(fh)
                _tagger = Tagger(model, Cues.load_packaged())
    return _tagger


def tag_turns(turns: Sequence[tuple[str, str]]) -> list[list[Sentence]]:
    """``[(role, text), ...]`` -> the sentences of each turn with their acts (see the module doc)."""
    return get_tagger().tag_turns(turns)
