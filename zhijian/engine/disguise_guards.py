"""Match-time guards of derived disguises (disguise.py derives the forms at load time).

A ruleset entry carries a ``guard`` bit set (ruleset.Entry); the matcher asks these functions only for
the hits of guarded entries, which are rare in real text, so they cost nothing measurable:

* 1 / 2 — a same-sound form must not cut an ordinary word at its start / end (``cuts_word``): 其他马上
  holds 他马 (for 他妈) but is 其他|马上, 清楚升级 holds 楚升 (畜生) but is 清楚|升级.  The words are
  pypinyin's phrases and the character pairs that behave as words in COLD (``edge_words``);
* 4 — Latin initials that are also an ordinary abbreviation (sn, db, nm, fh), and same-sound forms
  that hold a grammatical character (他马, 都笔: disguise.needs_frame), count only in a frame
  (``framed``): standing as a clause of their own, at a clause's end after the copula, a degree adverb
  or a classifier (是nm, 真nm, 个db), or in a platform's slot (去sn上搜, sn上搜), never as a label (SN码,
  SN：…) or inside a product title;
* 8 — Latin initials joined by a hyphen to a Latin word of three letters or more (SG-Remote / Remote-SG): a device's
  or an app's name, no disguised word (``hyphen_named``); a hyphen and a model number (RZ-2000) is the matcher's Latin
  word edge for every Latin word (``pattern_table.model_joint``).
"""

from __future__ import annotations

from functools import lru_cache

from zhijian.engine.disguise import MAX_WORD

LEFT, RIGHT, FRAMED, NAMED = 1, 2, 4, 8


def _latin_letter(ch: str) -> bool:
    return "a" <= ch <= "z"


def hyphen_named(folded: str, s: int, e: int) -> bool:
    """Are the Latin initials at [s, e) of the folded text joined by a hyphen to a Latin word of three letters or more,
    after them (sg-remote) or before them (remote-sg), the word ending there (no digit or underscore glued to it: an
    account like sb-abc123 is none)?  The token names a device or an app (蓝牙列表里点SG-Link, c42): no insult disguised."""
    n = len(folded)
    if e < n and folded[e] == "-":
        k = e + 1
        while k < n and _latin_letter(folded[k]):
            k += 1
        if k - e - 1 >= 3 and not (k < n and (folded[k].isdigit() or folded[k] == "_")):
            return True
    if s > 0 and folded[s - 1] == "-":
        k = s - 2
        while k >= 0 and _latin_letter(folded[k]):
            k -= 1
        if s - 2 - k >= 3 and not (k >= 0 and (folded[k].isdigit() or folded[k] == "_")):
            return True
    return False

# marks that end a clause (a colon is left out: SN：123 is a label); an initials form standing between
# two of them, or between one and the text's edge, is a clause of its own (少来这套，rh)
_CLAUSE_MARKS = frozenset("，。！？!?,.；;、~～…")
# a modal verb or 没 before a two-character same-sound form makes it a verb phrase (能出声 for 畜生, 没出声):
# an insult or a name never stands there (你才…, 是… are the insult's frames, and are not here)
_VERB_BEFORE = frozenset("能会没")
# particles after a clause-final word (你是不是nm啊, 你才nm呢)
_EXCLAIM = frozenset("啊吧呀啦哈嘛呢")
# what puts a clause-final word in the predicate: the copula, degree adverbs, a classifier (是nm, 真nm,
# 太db, 才nm呢, 就是db, 个db)
_PREDICATE = frozenset("是真太才就个")
# a platform's slot: where one goes, searches, orders or pays (去sn上搜, 在tb下单, 用zfb付)
_PLACE_BEFORE = frozenset("去在到用")
_PLACE_AFTER = ("上", "下单", "搜", "买", "店", "旗舰", "付", "那边", "官网")


@lru_cache(maxsize=1)
def edge_words() -> frozenset[str]:
    """Words a same-sound form must not cut at its edges: pypinyin's phrases of two to ``MAX_WORD``
    characters (which list only phrases whose reading needs them), the character pairs that behave
    as words in COLD (data/models/word_pairs.json, built by benchmarks/disguise_lexicon.py: 麻烦, 如果) and
    the ordinary shop-talk compounds neither lists (data/models/ordinary_words.json, written by hand:
    水草 of an aquarium, 单价 of a price list)."""
    import json
    from importlib import resources

    from pypinyin.phrases_dict import phrases_dict

    models = resources.files("zhijian").joinpath("data/models")
    pairs = json.loads(models.joinpath("word_pairs.json").read_text(encoding="utf-8"))["pairs"]
    ordinary = json.loads(models.joinpath("ordinary_words.json").read_text(encoding="utf-8"))["words"]
    return frozenset(p for p in phrases_dict if 2 <= len(p) <= MAX_WORD) | frozenset(pairs) | frozenset(ordinary)


def guarded_edges(word: str, form: str) -> int:
    """The edges of a same-sound ``form`` of ``word`` that must not cut an ordinary word: both of a
    two-character form, which is any two syllables of running text; of a longer one, an edge whose
    character was changed (支付保 in 支付|保证金), not a kept one (唯拼会 in 唯拼会上有: 会上 is a word
    too, but 唯拼 already says 唯品会)."""
    if len(form) <= 2 or len(form) != len(word):
        return LEFT | RIGHT
    return (LEFT if form[0] != word[0] else 0) | (RIGHT if form[-1] != word[-1] else 0)


def cuts_word(words: frozenset[str], text: str, s: int, e: int, edges: int = LEFT | RIGHT) -> bool:
    """Does a word of ``words`` stand in ``text`` across a guarded edge of the match [s, e)?  Then the
    match is the halves of ordinary words (清楚|升级 around 楚升, 如果|妹子 around 果妹)."""
    n = len(text)
    if edges & LEFT and e - s == 2 and s > 0 and text[s - 1] in _VERB_BEFORE:
        return True  # 能出声 / 没出声: after a modal or 没 a two-character form is a verb, not a name
    if edges & LEFT and s > 0 and text[s - 1].isdigit():
        return True  # 130码|单条, 2包|子: after a number a changed first character is its unit, not a curse
    for edge, bit in ((s, LEFT), (e, RIGHT)):
        if not edges & bit:
            continue
        for size in range(2, MAX_WORD + 1):
            for a in range(max(0, edge - size + 1), min(edge, n - size + 1)):
                if text[a:a + size] in words:
                    return True
    return False


def framed(text: str, s: int, e: int) -> bool:
    """Does the Latin form at [s, e) of the folded ``text`` stand where a disguised word would: a clause
    of its own, a clause-final predicate, or a platform's slot?"""
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    ends = not after or after in _CLAUSE_MARKS or after in _EXCLAIM
    starts = not before or before in _CLAUSE_MARKS
    if ends and (starts or before in _PREDICATE):
        return True
    return (starts or before in _PLACE_BEFORE) and text.startswith(_PLACE_AFTER, e)


# the words that make Latin letters a product line or a model's name: GM系列 / 型号GM is a code, not a platform
_SERIES_AFTER = ("系列", "型号", "机型")
_SERIES_BEFORE = ("型号", "机型", "型号是", "型号为")


def product_line(folded: str, s: int, e: int, start: bool, end: bool) -> bool:
    """Do the Latin letters at [s, e) name a product line or a model (GM系列 / 型号GM), with a whole-word edge asked?"""
    return (end and folded.startswith(_SERIES_AFTER, e)) or (start and folded.endswith(_SERIES_BEFORE, 0, s))
