"""Readings of a chat's sentences, texts and turns remembered across chats (``per_sentence``, ``per_text``,
``per_turn``).

The tagger hands out the same immutable ``Sentence`` objects for a turn it has seen before (agents' template
replies, the customers' 好的 / 在吗), so a reading that depends only on the sentence and the pack's conversation
config (``answers``, ``agent_holds``, what need a customer sentence opens …) is the same in every chat it comes
back in.  ``per_sentence`` keeps such readings keyed by the sentence object (an entry holds the sentence itself,
so its ``id`` cannot be reused while the entry lives); ``per_text`` keys by a text; ``per_turn`` by a turn's
role, text and lexicon labels, checking that its sentences are the same (or equal) ones.  Every memo lives on
the config object (another pack composition, or a config built anew, starts empty) and is bounded: forgotten
all at once when full, so memory stays flat however long the input.  The functions remembered are pure: a
result is the one computing it again would give, so the audit's output does not change.  (Like the lexicon's
cache of labels, which also lives on the config, they take the folding tables as fixed: they are built once
per process, ``engine.normalize.tables``.)  The three wrappers run compiled (``_memo_core.pyx``, built by setup.py: the
same memos, read the same way, without a Python frame per call) when the extension is there, as the closures below
otherwise.
"""

from __future__ import annotations

import functools
from typing import Callable, TypeVar

try:  # the compiled wrappers (``_memo_core.pyx``: the same memos without a Python frame per call), when built
    from zhijian.audit import _memo_core
except ImportError:  # pragma: no cover - a tree without the extension: the closures below do the same
    _memo_core = None

MEMO_SENTENCES = 16_384  # sentences remembered per config (4× what the tagger's cache of 4,096 turns holds)
MEMO_TEXTS = 16_384  # texts remembered per config (all ``per_text`` functions together)
MEMO_TURNS = 8_192  # turns remembered per config (all ``per_turn`` functions together)
MEMO_TEXT_MAX = 500  # characters: longer texts and turns are not remembered

T = TypeVar("T")
_MISSING = object()  # (a result may be None or False: a memo's miss is this)


def _memo_of(config, which: str = "_sentence_memo") -> dict:
    d = config.__dict__
    memo = d.get(which)
    if memo is None:
        memo = d[which] = {}
    return memo


def per_sentence(fn: Callable[..., T]) -> Callable[..., T]:
    """Remember ``fn(chat, s)``, a pure function of the tagged sentence ``s`` and ``chat.config``."""
    name = fn.__qualname__
    if _memo_core is not None:
        return _compiled(_memo_core.PerSentence, fn)

    @functools.wraps(fn)
    def remembered(chat, s) -> T:
        config = getattr(chat, "config", None)
        if config is None:  # (a stand-in chat of a test, with no config: nothing to remember by)
            return fn(chat, s)
        memo = config.__dict__.get("_sentence_memo") or _memo_of(config)
        entry = memo.get(id(s))
        if entry is None or entry[0] is not s:
            if len(memo) >= MEMO_SENTENCES:
                memo.clear()
            entry = memo[id(s)] = (s, {})
        got = entry[1]
        out = got.get(name, _MISSING)  # (one lookup on the hit path: ~13 calls a chat)
        if out is _MISSING:
            out = got[name] = fn(chat, s)
        return out

    remembered.uncached = fn  # type: ignore[attr-defined]
    return remembered


def per_text(fn: Callable[..., T]) -> Callable[..., T]:
    """Remember ``fn(chat, text)``, a pure function of the text and ``chat.config`` (texts of at most
    ``MEMO_TEXT_MAX`` characters: template replies are short)."""
    name = fn.__qualname__
    if _memo_core is not None:
        return _compiled(_memo_core.PerText, fn)

    @functools.wraps(fn)
    def remembered(chat, text: str) -> T:
        config = getattr(chat, "config", None)
        if config is None or len(text) > MEMO_TEXT_MAX:
            return fn(chat, text)
        memo = config.__dict__.get("_text_memo") or _memo_of(config, "_text_memo")
        key = (name, text)
        out = memo.get(key, _MISSING)
        if out is _MISSING:
            if len(memo) >= MEMO_TEXTS:
                memo.clear()
            out = memo[key] = fn(chat, text)
        return out

    remembered.uncached = fn  # type: ignore[attr-defined]
    return remembered


class _Turn:
    """One turn as the memo knows it: its sentences, and what the functions of ``per_turn`` said of it."""

    __slots__ = ("sentences", "results")

    def __init__(self, sentences: list):
        self.sentences = sentences
        self.results: dict = {}


def _turn(chat, i: int) -> _Turn | None:
    """The memo's entry for turn ``i`` of ``chat`` (found once per chat and turn; a turn longer than ``MEMO_TEXT_MAX``
    gets one of this chat's own), None when not remembered."""
    mine = chat.__dict__.get("_memo_turns")
    if mine is None:
        mine = chat.__dict__["_memo_turns"] = {}
    got = mine.get(i, False)
    if got is not False:
        return got
    config = getattr(chat, "config", None)
    if config is None:
        mine[i] = None  # (a stand-in chat of a test, with no config: nothing to remember by)
        return None
    m = chat.messages[i]
    ss = chat.sentences.get(i) or []
    if len(m.text) > MEMO_TEXT_MAX:
        got = mine[i] = _Turn(list(ss))  # a long turn: remembered for this chat only
        return got
    key = (m.role, m.text, chat.labels.get(i))
    memo = config.__dict__.get("_turn_memo") or _memo_of(config, "_turn_memo")
    got = memo.get(key)
    # the same sentences (the tagger's shared objects compare by identity first; others field by field)
    if got is None or got.sentences != ss:
        if len(memo) >= MEMO_TURNS:
            memo.clear()
        got = memo[key] = _Turn(list(ss))
    mine[i] = got
    return got


def per_turn(fn: Callable[..., T]) -> Callable[..., T]:
    """Remember ``fn(chat, i, *args)`` (hashable ``args``), a pure function of turn ``i``'s role, text, lexicon
    labels (``chat.labels[i]``, which the chat may have added to) and tagged sentences, and of ``chat.config``: read
    once per chat, and a turn that comes back in another chat with the same sentences and labels is read once.
    (The chat must not change a turn's labels or sentences once a check has read them.)"""
    name = fn.__qualname__
    if _memo_core is not None:
        return _compiled(_memo_core.PerTurn, fn)

    @functools.wraps(fn)
    def remembered(chat, i: int, *args) -> T:
        mine = chat.__dict__.get("_memo_turns")  # (``_turn``'s lookup inlined: a check asks ~25 times a chat)
        t = mine.get(i, False) if mine is not None else False
        if t is False:
            t = _turn(chat, i)
        if t is None:
            return fn(chat, i, *args)
        key = (name, args) if args else name
        r = t.results
        out = r.get(key, _MISSING)
        if out is _MISSING:
            out = r[key] = fn(chat, i, *args)
        return out

    remembered.uncached = fn  # type: ignore[attr-defined]
    return remembered


def _compiled(kind, fn: Callable) -> Callable:
    """``fn`` remembered by the compiled wrapper ``kind``, which reads the bounds (and ``_Turn``) from this module's
    globals at each call, as the closures do."""
    w = kind(fn, fn.__qualname__, globals())
    functools.update_wrapper(w, fn)
    return w


class per_chat:
    """``functools.cached_property`` without its lock (Python 3.11 takes an ``RLock`` on every first read, three a
    chat: ``Chat.items``, ``forced_ending``, ``waits``); a chat is read by one thread.  The value goes into the
    instance's ``__dict__``, which later reads find first."""

    def __init__(self, fn: Callable):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        out = obj.__dict__[self.name] = self.fn(obj)
        return out
