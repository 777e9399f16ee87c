# cython: language_level=3, boundscheck=False, wraparound=False
"""The memos of ``zhijian.audit.memo``, compiled: the ``per_sentence``, ``per_text`` and ``per_turn`` wrappers as callable
objects, and the memo's entry of a turn (``turn_entry``).  The memos live on the config (and the chat) objects; the
bounds and the ``_Turn`` class are read from the memo module at each call, so a test may change them.  Compiled, so that
a remembered reading costs no Python frame: the audit asks ~60 of them a chat.  memo.py documents them; it needs this
extension (built by setup.py) and has no other implementation."""

cdef object _MISSING = object()  # (a result may be None or False: a memo's miss is this)


cdef dict _memo_of(object config, str which):
    cdef dict d = config.__dict__
    memo = d.get(which)
    if memo is None:
        memo = d[which] = {}
    return <dict>memo


cdef class _Remembered:
    """What the three wrappers share: the function, its memo key, the memo module (bounds, ``_Turn``)."""

    cdef readonly object uncached
    cdef object name
    cdef dict limits  # the memo module's globals (MEMO_SENTENCES, MEMO_TEXTS, MEMO_TURNS, MEMO_TEXT_MAX, _Turn)
    cdef dict __dict__  # (functools.update_wrapper: __name__, __doc__, __wrapped__ …)

    def __init__(self, fn, str name, dict limits):
        self.uncached, self.name, self.limits = fn, name, limits

    def __reduce__(self):
        return self.__qualname__  # (pickled by reference, like the function it wraps)


cdef class PerSentence(_Remembered):
    def __call__(self, chat, s):
        config = getattr(chat, "config", None)
        if config is None:  # (a stand-in chat of a test, with no config: nothing to remember by)
            return self.uncached(chat, s)
        cdef dict memo = _memo_of(config, "_sentence_memo")
        key = id(s)
        entry = memo.get(key)
        if entry is None or (<tuple>entry)[0] is not s:
            if len(memo) >= self.limits["MEMO_SENTENCES"]:
                memo.clear()
            entry = (s, {})
            memo[key] = entry
        cdef dict got = <dict>(<tuple>entry)[1]
        out = got.get(self.name, _MISSING)
        if out is _MISSING:
            out = self.uncached(chat, s)
            got[self.name] = out
        return out


cdef class PerText(_Remembered):
    def __call__(self, chat, text):
        config = getattr(chat, "config", None)
        if config is None or len(text) > self.limits["MEMO_TEXT_MAX"]:
            return self.uncached(chat, text)
        cdef dict memo = _memo_of(config, "_text_memo")
        key = (self.name, text)
        out = memo.get(key, _MISSING)
        if out is _MISSING:
            if len(memo) >= self.limits["MEMO_TEXTS"]:
                memo.clear()
            out = self.uncached(chat, text)
            memo[key] = out
        return out


cdef class PerTurn(_Remembered):
    def __call__(self, chat, i, *args):
        mine = chat.__dict__.get("_memo_turns")
        t = (<dict>mine).get(i, False) if mine is not None else False
        if t is False:
            t = turn_entry(chat, i, self.limits)
        if t is None:
            return self.uncached(chat, i, *args)
        key = (self.name, args) if args else self.name
        cdef dict r = t.results
        out = r.get(key, _MISSING)
        if out is _MISSING:
            out = self.uncached(chat, i, *args)
            r[key] = out
        return out


cpdef object turn_entry(object chat, object i, dict limits):
    """The memo's entry for turn ``i`` of ``chat`` (found once per chat and turn; a turn longer than ``MEMO_TEXT_MAX``
    gets one of this chat's own), None when not remembered (a stand-in chat without config)."""
    cdef dict cd = chat.__dict__
    mine = cd.get("_memo_turns")
    if mine is None:
        mine = cd["_memo_turns"] = {}
    got = (<dict>mine).get(i, False)
    if got is not False:
        return got
    config = getattr(chat, "config", None)
    if config is None:
        mine[i] = None  # (a stand-in chat of a test, with no config: nothing to remember by)
        return None
    m = chat.messages[i]
    ss = chat.sentences.get(i) or []
    Turn = limits["_Turn"]
    if len(m.text) > limits["MEMO_TEXT_MAX"]:
        got = Turn(list(ss))  # a long turn: remembered for this chat only
        mine[i] = got
        return got
    key = (m.role, m.text, chat.labels.get(i))
    cdef dict memo = _memo_of(config, "_turn_memo")
    got = memo.get(key)
    # the same sentences (the tagger's shared objects compare by identity first; others field by field)
    if got is None or got.sentences != ss:
        if len(memo) >= limits["MEMO_TURNS"]:
            memo.clear()
        got = Turn(list(ss))
        memo[key] = got
    mine[i] = got
    return got


cdef class PatternAnswers:
    """What the remembered patterns of one config share (``RememberedPattern``): the bound of their answers together
    (``limit``; reached, every pattern of the config forgets all at once, so memory stays flat) and the longest text
    remembered (``text_max``)."""

    cdef readonly Py_ssize_t limit, text_max
    cdef public Py_ssize_t count
    cdef list memos

    def __init__(self, Py_ssize_t limit, Py_ssize_t text_max):
        self.limit, self.text_max, self.count, self.memos = limit, text_max, 0, []

    def __reduce__(self):
        return PatternAnswers, (self.limit, self.text_max)  # (a copy starts empty)

    def forget(self):
        """Every answer of every pattern sharing this bound forgotten."""
        for d in self.memos:
            (<dict>d).clear()
        self.count = 0


cdef class RememberedPattern:
    """A pack pattern (``config.patterns`` / ``words_re``) whose answers to ``search`` / ``match`` / ``fullmatch`` of a
    whole text (no ``pos`` / ``endpos``: the text alone, an exact ``str``) are remembered per text: the checks search the
    same pattern in the same template texts chat after chat, and a remembered answer is a dict lookup.  The answer is the
    pattern's own (a match object is immutable: the one the pattern gave for an equal text); every other call and
    attribute goes to the pattern itself (``wrapped``)."""

    cdef readonly object wrapped
    cdef object _search, _match, _fullmatch
    cdef dict _s, _m, _f
    cdef PatternAnswers _shared

    def __init__(self, wrapped, PatternAnswers shared):
        self.wrapped = wrapped
        self._search, self._match, self._fullmatch = wrapped.search, wrapped.match, wrapped.fullmatch
        self._s, self._m, self._f = {}, {}, {}
        self._shared = shared
        shared.memos.extend((self._s, self._m, self._f))

    def __reduce__(self):
        return RememberedPattern, (self.wrapped, PatternAnswers(self._shared.limit, self._shared.text_max))

    def __repr__(self):
        return f"RememberedPattern({self.wrapped!r})"

    def __getattr__(self, name):
        return getattr(self.wrapped, name)

    cdef object _answer(self, dict memo, object fn, str string):
        out = memo.get(string, _MISSING)
        if out is _MISSING:
            out = fn(string)
            shared = self._shared
            if len(string) <= shared.text_max:
                if shared.count >= shared.limit:
                    shared.forget()
                memo[string] = out
                shared.count += 1
        return out

    def search(self, string, *rest, **kw):
        if rest or kw or type(string) is not str:
            return self._search(string, *rest, **kw)
        return self._answer(self._s, self._search, <str>string)

    def match(self, string, *rest, **kw):
        if rest or kw or type(string) is not str:
            return self._match(string, *rest, **kw)
        return self._answer(self._m, self._match, <str>string)

    def fullmatch(self, string, *rest, **kw):
        if rest or kw or type(string) is not str:
            return self._fullmatch(string, *rest, **kw)
        return self._answer(self._f, self._fullmatch, <str>string)
