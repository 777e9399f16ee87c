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
per process, ``engine.normalize.tables``.)

The three wrappers are compiled (``_memo_core.pyx``, built by setup.py like the engine's ``_batch_core``: no Python
frame per call, the audit asks ~60 remembered readings a chat); this module is their home: the bounds below (read at
each call, so a test may change them), the entry of a turn (``_Turn``) and the decorators.  The extension is
required: a tree without it refuses to import, saying how to build it.
"""

from __future__ import annotations

import functools
from typing import Callable, TypeVar

try:  # the compiled wrappers, built by ``pip install -e .`` (setup.py)
    from zhijian.audit import _memo_core
except ImportError as e:  # pragma: no cover - a tree where the extension was not built
    raise ImportError("会话审计的编译模块 zhijian.audit._memo_core 不存在或无法加载：请在项目目录运行 "
                      "pip install -e .（或 make setup）重新编译") from e
if not hasattr(_memo_core, "RememberedPattern"):  # pragma: no cover - an extension built before stop 43
    raise ImportError("会话审计的编译模块 zhijian.audit._memo_core 是旧版本（缺少 RememberedPattern）：请在项目目录运行 "
                      "pip install -e .（或 make setup）重新编译")

MEMO_SENTENCES = 16_384  # sentences remembered per config (4× what the tagger's cache of 4,096 turns holds)
MEMO_TEXTS = 32_768  # texts remembered per config (all ``per_text`` functions together: ≈ 16.5 k entries on 20,000 generated chats)
MEMO_TURNS = 8_192  # turns remembered per config (all ``per_turn`` functions together)
MEMO_TEXT_MAX = 500  # characters: longer texts and turns are not remembered
MEMO_PATTERN_ANSWERS = 65_536  # answers of the pack patterns on whole texts remembered per config (all patterns together)

T = TypeVar("T")


class _Turn:
    """One turn as the memo knows it: its sentences, and what the functions of ``per_turn`` said of it."""

    __slots__ = ("sentences", "results")

    def __init__(self, sentences: list):
        self.sentences = sentences
        self.results: dict = {}


def _compiled(kind, fn: Callable) -> Callable:
    """``fn`` remembered by the compiled wrapper ``kind``, which reads the bounds (and ``_Turn``) from this module's
    globals at each call; it looks like ``fn`` (name, doc, ``__wrapped__``) and keeps it as ``uncached``."""
    w = kind(fn, fn.__qualname__, globals())
    functools.update_wrapper(w, fn)
    return w


def per_sentence(fn: Callable[..., T]) -> Callable[..., T]:
    """Remember ``fn(chat, s)``, a pure function of the tagged sentence ``s`` and ``chat.config``: keyed by the
    sentence object (``MEMO_SENTENCES`` of them per config)."""
    return _compiled(_memo_core.PerSentence, fn)


def per_text(fn: Callable[..., T]) -> Callable[..., T]:
    """Remember ``fn(chat, text)``, a pure function of the text and ``chat.config`` (texts of at most
    ``MEMO_TEXT_MAX`` characters: template replies are short; ``MEMO_TEXTS`` per config)."""
    return _compiled(_memo_core.PerText, fn)


def per_turn(fn: Callable[..., T]) -> Callable[..., T]:
    """Remember ``fn(chat, i, *args)`` (hashable ``args``), a pure function of turn ``i``'s role, text, lexicon
    labels (``chat.labels[i]``, which the chat may have added to) and tagged sentences, and of ``chat.config``: read
    once per chat, and a turn that comes back in another chat with the same sentences and labels is read once
    (``MEMO_TURNS`` per config; a turn longer than ``MEMO_TEXT_MAX`` is remembered for its chat only).  (The chat
    must not change a turn's labels or sentences once a check has read them.)"""
    return _compiled(_memo_core.PerTurn, fn)


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


def pattern_answers() -> "_memo_core.PatternAnswers":
    """The bound the remembered patterns of one config share (``remembered_pattern``): ``MEMO_PATTERN_ANSWERS`` answers
    together, of texts of at most ``MEMO_TEXT_MAX`` characters (read when the config is built)."""
    return _memo_core.PatternAnswers(MEMO_PATTERN_ANSWERS, MEMO_TEXT_MAX)


def remembered_pattern(pattern, shared) -> "_memo_core.RememberedPattern":
    """``pattern`` (a compiled pack pattern, or its ``prefilter`` wrapper) with its answers to ``search`` / ``match`` /
    ``fullmatch`` of a whole text remembered per text, under the bound ``shared`` (``pattern_answers``): a pure reading,
    the same text gives the same answer, and the checks search the same pattern in the same template texts chat after
    chat.  Any other call (``pos`` / ``endpos``, ``sub``, ``finditer`` …) and attribute goes to ``pattern`` itself."""
    return _memo_core.RememberedPattern(pattern, shared)
