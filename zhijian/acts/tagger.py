"""Dialogue-act tagger: what each sentence of a chat turn does (question, complaint, hold, ...).

``tag_turns([(role, text), ...])`` splits every turn into sentences (``sentences.py``) and tags
each sentence with one or more acts of its role (``ACTS``).  Two layers:

1. cue rules (``zhijian/data/acts/cues.yaml``, ``cues.py``): phrases that decide an act outright.
   A cue's ``contains`` phrases add its acts to whatever the model finds; its ``whole`` phrases
   match only the entire sentence and then decide it alone (``谢谢`` is thanks and nothing else,
   ``好的`` is ``other``); ``unless`` phrases silence it.  Every cue carries examples that must and
   must not match, checked at load (a failing one refuses the file, in Chinese, naming the cue).
2. a one-vs-rest linear model (``zhijian/data/models/acts.npz``, ``engine.ngrams.LinearModel``)
   over the shared character 1-3-gram features plus a few extra features (``features.py``:
   sentence-start and -end n-grams; ？/！ marks and runs; 吗/呢/吧 endings; question clause,
   question word and A-not-A flags; a length bucket), scored for the whole batch in one call.
   Class ids are ``role.act`` (``customer.question``, ``agent.hold``; no class for ``other``); a
   sentence only reads its own role's columns, and an act is on when its score reaches its
   threshold.

A sentence with no act is ``other``.  ``scores`` holds the model's sigmoid score of every act
of the role, with cue-decided acts set to 1.0; ``cues`` names the cues that fired (the audit can
use them: ``agent.closing`` on 不客气 acknowledges thanks, ``agent.reassure`` on 没关系 an apology,
``solution`` on 已记录 a suggestion).  NumPy (and the engine's Aho-Corasick) only; the model and
the cues load once per process, thread-safely.

Speed: a batch is folded, split and scored as a whole (``sentences.split_batch``,
``features.BatchScorer``, bit for bit the scores of ``features.model_scores``); one Aho-Corasick
scan of the batch finds every cue phrase and question word; each distinct sentence is scored
once (only for the roles that need it) and decided once per role; and the sentences of recent
``(role, text)`` turns are kept in a bounded, thread-safe LRU cache (agents repeat template
replies).  ``tag_turns`` gives exactly what tagging each turn on its own gives.  Sentences are
immutable (``scores`` is a read-only dict), so equal turns may share the same objects.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from importlib import resources
from typing import Sequence

import numpy as np

from ..engine.ngrams import LinearModel
from .cues import ACTS, ROLES, Cue, CueError, Cues, may_be_whole
from .features import FEATURES_VERSION, WH_WORDS as _WH_T_WORDS, BatchScorer, feature_rows, model_scores
from .folded import Phrases
from .sentences import NOT_Q_WORDS, WH_WORDS, questions, split_batch

__all__ = ["ACTS", "ROLES", "Sentence", "Scores", "CueError", "Cue", "Cues", "Tagger", "tag_turns",
           "feature_rows", "model_scores", "FEATURES_VERSION", "MODEL_FILE", "get_tagger"]

MODEL_FILE = "acts.npz"
CACHE_TURNS = 16_384  # (role, text) answers kept per tagger (about 1.3 kB each: ≤ 21 MB)
CACHE_TEXT_MAX = 200  # longer turns are not kept (template replies are short)
KEPT_SENTENCES = 16_384  # sentences kept by (role, text, place) for new turns to reuse (``Tagger._kept``; ≈ 1 kB each)


class Scores(dict):
    """``Sentence.scores``: a dict that cannot be changed.  Sentences are immutable and handed out
    again for a turn seen before (the cache), so their scores must not change under anyone."""

    __slots__ = ()

    def _read_only(self, *args, **kwargs):
        raise TypeError("Sentence.scores 是只读的；需要修改时请先 dict(s.scores) 复制一份")

    __setitem__ = __delitem__ = __ior__ = _read_only  # type: ignore[assignment]
    clear = pop = popitem = setdefault = update = _read_only  # type: ignore[assignment]

    def copy(self) -> dict[str, float]:  # type: ignore[override]
        return dict(self)

    def __reduce__(self):
        return Scores, (dict(self),)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a turn and its acts; immutable, and shared between equal turns."""

    start: int  # offsets into the ORIGINAL turn text: text == turn[start:end]
    end: int
    text: str
    acts: tuple[str, ...]  # in ACTS[role] order; ("other",) when nothing else applies
    scores: dict[str, float]  # model score per act of the role; cue-decided acts are 1.0 (read-only)
    by: str  # "cue" when a cue fired on the sentence, else "model"
    cues: tuple[str, ...] = ()  # ids of the cues that fired


_BIT = {"customer": 1, "agent": 2}
_new = object.__new__
_set = object.__setattr__


class Tagger:
    def __init__(self, model: LinearModel, cues: Cues, cache_size: int = CACHE_TURNS):
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
        self._cols = {r: [k for _, k in self.columns[r]] for r in ROLES}
        self._names = {r: tuple(a for a, _ in self.columns[r]) for r in ROLES}
        self._acts_of: dict[str, dict[int, tuple[str, ...]]] = {r: {} for r in ROLES}  # threshold bits -> acts
        self.scorer = BatchScorer(model, [self._cols[r] for r in ROLES])
        # every ``whole`` phrase of a role (bare forms included): a sentence that is none of them
        # and holds no cue phrase fires no cue
        self._whole = {r: frozenset(w for cue in cues.by_role[r] for w in cue.whole) for r in ROLES}
        # one scan of a batch finds the splitter's question words, the ``wh`` feature's and the cues'
        self.phrases = Phrases({"notq": NOT_Q_WORDS, "wh": WH_WORDS, "wh_t": _WH_T_WORDS, "cue": cues.phrases})
        index = {w: k for k, w in enumerate(self.phrases.words)}
        self._cue_of = np.full(len(self.phrases.words), -1, dtype=np.int64)  # scan id -> cue phrase id
        self._cue_of[[index[p] for p in cues.phrases]] = np.arange(len(cues.phrases))
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple[str, str], tuple] = OrderedDict()
        # (role, sentence text, start, end) -> the Sentence made for it: a new turn that holds a sentence seen before at
        # the same place (a template reply with another name in it) gets that very object when it is equal in every
        # field, so what the audit remembers per sentence object (``audit.memo.per_sentence``) is found again
        self._kept: dict[tuple, Sentence] = {}
        self._lock = threading.Lock()

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()
            self._kept.clear()

    def tag_turns(self, turns: Sequence[tuple[str, str]]) -> list[list[Sentence]]:
        """Sentences and acts of every turn; ``system`` turns (and empty ones) get no sentences."""
        keys: list[tuple[str, str] | None] = []
        for role, text in turns:
            if role in ROLES:
                keys.append((role, text) if text else None)
            elif role == "system":
                keys.append(None)
            else:
                raise ValueError(f"未知的角色 {role!r}：只能是 customer、agent 或 system")
        found: dict[tuple[str, str], tuple[Sentence, ...] | None] = {}
        todo: list[tuple[str, str]] = []
        with self._lock:
            get, touch = self._cache.get, self._cache.move_to_end
            for key in keys:
                if key is None or key in found:
                    continue
                rec = found[key] = get(key)
                if rec is None:
                    todo.append(key)
                else:
                    touch(key)
        if todo:
            fresh = self._tag_new(todo)
            found.update(fresh)
            if self.cache_size > 0:
                with self._lock:
                    cache = self._cache
                    cache.update((k, r) for k, r in fresh.items() if len(k[1]) <= CACHE_TEXT_MAX)
                    while len(cache) > self.cache_size:
                        cache.popitem(last=False)
        return [list(found[key]) if key is not None else [] for key in keys]  # type: ignore[arg-type]

    def _tag_new(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[Sentence, ...]]:
        """The sentences of each new ``(role, text)``."""
        text_id: dict[str, int] = {}
        roles: list[int] = []  # per distinct text: bit 1 customer, bit 2 agent
        kt: list[int] = []  # the text of each key
        for role, text in keys:
            t = text_id.setdefault(text, len(roles))
            if t == len(roles):
                roles.append(0)
            roles[t] |= _BIT[role]
            kt.append(t)
        fb, ta, sa, ea = split_batch(list(text_id), self.phrases)
        original = fb.original
        sid_of: dict[str, int] = {}
        stexts = [original[s:e] for s, e in zip(sa.tolist(), ea.tolist())]
        sids = [sid_of.setdefault(x, len(sid_of)) for x in stexts]
        sid_arr = np.array(sids, dtype=np.int64)
        first = np.unique(sid_arr, return_index=True)[1] if sids else sid_arr
        sent_roles = np.array(roles, dtype=np.int64)[ta]
        need = ((np.bincount(sid_arr, weights=sent_roles & 1, minlength=len(sid_of)) > 0)
                + 2 * (np.bincount(sid_arr, weights=sent_roles & 2, minlength=len(sid_of)) > 0))
        fs, fe = sa[first], ea[first]
        u, v = fb.kept[fs], fb.kept[fe]
        question = questions(fb, u, v)
        scores = self.scorer.scores(fb, fs, fe, question, np.stack([need & 1 > 0, need & 2 > 0], axis=1))
        on = scores >= self.model.thresholds
        comp = fb.compact
        comps = [comp[a:b] for a, b in zip(u.tolist(), v.tolist())]
        phrases = self._cue_phrases(fb, u, v)
        qlist = question.tolist()
        offsets = fb.offsets[ta]
        srel, erel = (sa - offsets).tolist(), (ea - offsets).tolist()
        bounds = np.searchsorted(ta, np.arange(len(text_id) + 1)).tolist()  # sentences of text t: bounds[t]:bounds[t+1]
        made: dict[str, list] = {role: [] for role in _BIT}  # a role no sentence needs keeps an empty list
        kept = self._kept
        for role, bit in _BIT.items():
            wanted = np.flatnonzero(need & bit).tolist()
            if not wanted:
                continue
            cols = self._cols[role]
            dec = self._decide_all(role, wanted, scores[:, cols].tolist(),
                                   (on[:, cols] * (1 << np.arange(len(cols)))).sum(axis=1).tolist(),
                                   comps, phrases, qlist, len(sid_of))
            objs: list[Sentence | None] = [None] * len(stexts)
            same: dict[int, Sentence] = {}  # one object for one sentence at one place (they are immutable)
            for k in np.flatnonzero(sent_roles & bit).tolist():
                sid, start, end = sids[k], srel[k], erel[k]
                key = (sid << 42) | (start << 21) | end if end < 1 << 21 else -k - 1
                obj = same.get(key)
                if obj is None:
                    acts, sc, by, fired = dec[sid]
                    fields = {"start": start, "end": end, "text": stexts[k], "acts": acts, "scores": sc, "by": by,
                              "cues": fired}
                    place = (role, stexts[k], start, end)
                    obj = kept.get(place)
                    if obj is None or obj.__dict__ != fields:
                        obj = _new(Sentence)
                        _set(obj, "__dict__", fields)
                        if len(kept) >= KEPT_SENTENCES:
                            kept.clear()
                        kept[place] = obj
                    same[key] = obj
                objs[k] = obj
            made[role] = objs
        return {key: tuple(made[key[0]][bounds[t]:bounds[t + 1]]) for key, t in zip(keys, kt)}

    def _cue_phrases(self, fb, u: np.ndarray, v: np.ndarray) -> dict[int, list[int]]:
        """Cue phrase ids found inside each distinct sentence (compact spans ``[u, v)``)."""
        hits = fb.hits
        cue = self._cue_of[hits[:, 0]] if hits.size else np.zeros(0, dtype=np.int64)
        hits, cue = hits[cue >= 0], cue[cue >= 0]
        full = np.flatnonzero(v > u)  # distinct non-empty sentences: disjoint, in increasing order
        if not hits.size or not full.size:
            return {}
        at = np.searchsorted(u[full], hits[:, 1], side="right") - 1
        ok = at >= 0
        ok[ok] = hits[ok, 2] <= v[full[at[ok]]]
        out: dict[int, list[int]] = {}
        for sid, pid in zip(full[at[ok]].tolist(), cue[ok].tolist()):
            out.setdefault(sid, []).append(pid)
        return out

    def _decide_all(self, role: str, wanted: list[int], rows: list[list[float]], bits: list[int],
                    comps: list[str], phrases: dict[int, list[int]], question: list[bool], n: int) -> list:
        """``(acts, scores, by, cue ids)`` of the distinct sentences ``wanted`` for one role
        (``rows``: the model's scores of the role's columns, ``bits``: which of them reach their
        threshold; ``phrases``: the cue phrases in each sentence)."""
        names = self._names[role]
        memo = self._acts_of[role]
        whole = self._whole[role]
        out: list = [None] * n
        for sid in wanted:
            sc = Scores(zip(names, rows[sid]))
            b = bits[sid]
            model_acts = memo.get(b)
            if model_acts is None:
                model_acts = memo[b] = tuple(a for j, a in enumerate(names) if b >> j & 1) or ("other",)
            found = phrases.get(sid)
            c = comps[sid]
            if not found and not may_be_whole(c, whole):
                out[sid] = (model_acts, sc, "model", ())  # no cue can fire
                continue
            out[sid] = self._with_cues(role, c, found or (), question[sid], model_acts, sc)
        return out

    def _with_cues(self, role: str, c: str, found, question: bool, model_acts: tuple[str, ...], sc: Scores) -> tuple:
        whole, contains = self.cues.decide(role, c, found, question)
        if not whole and not contains:
            return model_acts, sc, "model", ()
        if whole:
            acts = {a for cue in whole for a in cue.acts}
        else:
            acts = set(model_acts) - {"other"}
            acts |= {a for cue in contains for a in cue.acts}
        fired = whole + contains
        for cue in fired:
            for a in cue.acts:
                dict.__setitem__(sc, a, 1.0)
        if len(acts) > 1:
            acts.discard("other")
        if not acts:
            acts = {"other"}
        ordered = tuple(a for a in ACTS[role] if a in acts)
        return ordered, sc, "cue", tuple(cue.id for cue in fired)


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
