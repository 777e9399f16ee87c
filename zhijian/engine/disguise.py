"""Disguises derived at load time (never per message): one small, named generator per kind.

A rule opts in with ``disguise: [initials, homophones, emoji]`` (or ``disguise: all`` for every
generator that is on by default; ``pinyin: true`` is the older spelling of ``mixed_pinyin``).
Each generator turns one (compact, CJK) rule word into the disguised spellings an agent types to
get a banned word past a filter:

* ``mixed_pinyin`` — full pinyin and pinyin syllables mixed with characters (zhifubao, zhi付宝);
* ``mixed_initials`` — pinyin initials mixed with characters (傻b, w信, t宝);
* ``initials`` — the Latin initials of the whole word (zfb, xhs, tb).  Only as a whole Latin word
  (the matcher's Latin whole-word edge: never inside ``usb``, never next to a digit as in ``2tb``),
  with ``2 tb`` / ``2-tb`` / ``rz 2`` / ``rz-2`` as exceptions (``initials_guards``: a unit after a
  number, a model code before one, across a space or hyphen that compact text drops).  A form that is
  also a common Latin abbreviation of shop text or chat shorthand (``sn`` serial number, ``db``, ``fh``
  发货 …, ``ABBREVIATIONS``) counts only in a frame checked when it matches (disguise_guards.framed: a
  clause of its own, after 是, or in a platform's slot: 少来这套，fh / 去sn上搜, never SN码);
* ``homophones`` — same-sound characters (尼玛 for 你妈, 沙比 for 傻逼, 支父宝 for 支付宝, 恬帽 for 天猫) from
  a same-pinyin table built from pypinyin's own data: a character's first (most common) toneless
  reading, limited to the 3,755 everyday characters of GB2312 level 1 (``everyday``), ranked by how
  many of pypinyin's phrases use them, ``HOMOPHONES_PER_CHAR`` per syllable (an input method's first
  page), ``HOMOPHONES_MAX_FORMS`` per word, fewest changed characters first, then the grammatical
  characters of the syllable (``FUNCTION_CHARS``: 都 为 他 …, which stand next to anything): a form
  holding one as a replacement, or keeping one as the half of a two-character word (都笔, 他马), counts
  only in a frame (``needs_frame``; disguise_guards.framed); never a particle (的 吗 呢 …) as a
  replacement or as the kept half (码的 of 验证码的: ``PARTICLES``, ``_one_change_ok``); a form that
  is a word of the phrase data or inside one (百尺 for 白痴) is a real word, not a disguise, and is left
  out.  At most ``HOMOPHONES_MAX_CHANGED`` characters change (至付堡),
  so that a reader still recognises the word.  The rest is decided where the form matches
  (disguise_guards.cuts_word): a form whose changed edge cuts an ordinary word of the text is that
  text (你|马上, 支付|保证金, 如果|妹子 around 果妹, 清楚|升级 around 楚升);
* ``homophones_partial`` — the same, keeping at least one character of the word (淘包, 至付堡, 唯拼汇):
  not part of ``all``, a rule names it (no shipped rule does since the edge guard made full
  replacements of names safe enough: 恬帽 for 天猫);
* ``emoji`` — an emoji standing for a character (🐶东, 尼🐎), from the pack's ``disguise.emoji``
  table.  Emoji are skip characters in compact text, so these forms are matched on the folded text
  (ruleset.py builds one gated regular expression per rule).

Every generator is bounded: no word yields more than ``MAX_FORMS`` spellings (``HOMOPHONES_MAX_FORMS``
for same-sound ones, which are plain CJK words in the automaton).
"""

from __future__ import annotations

import itertools
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

MAX_FORMS = 48  # spellings one generator may derive from one word (a combinatorial bound)
# same-sound spellings of one word: one or two characters changed (a reader must still recognise the
# word), each from HOMOPHONES_PER_CHAR candidates — at most 4 * 10 + 6 * 100 = 640 for four characters:
# the bound keeps all of them (fewest changes and most common characters first)
HOMOPHONES_MAX_FORMS = 700
HOMOPHONES_MAX_CHANGED = 2
MAX_WORD = 4  # longer words are not disguised (4 characters already give 3^4 mixed forms)
HOMOPHONES_PER_CHAR = 10  # same-sound candidates per character, most common first (an input method's first page)
# grammatical characters (pronouns, negation, the copula, measure words, common adverbs and
# prepositions, the question particles) stand inside any clause next to any word: a same-sound form
# that holds one as a replacement (都笔 for 逗逼, 倪没 for 你妹), or keeps one as the half of a two-character
# word (他马 for 他妈, 你霉 for 你妹), is ordinary text as often as not (都比较, 其他马上), so it counts only in
# a frame checked where it matches (``needs_frame``; disguise_guards.framed: 跟你讲不清楚，他马).  Written
# from general grammar.  The exclamation particles (啦 呀 哦 哈 啊) end a clause and are ordinary
# candidates: 啦鸡 is how 垃圾 is disguised.
FUNCTION_CHARS = frozenset(
    "的地得了着过是不没无有在和与及也都就还又才很太最更一个这那哪我你您他她它们吗嘛呢吧么"
    "谁啥把被给让对从向到为以而但或可会能要想来去上下里中后前好多少大小些每各其此该再已将")
# the structural and question particles among them close or join a clause (是他吗 for 他妈, 一个码的 for
# 妈的): no frame tells those from a disguise, so they are never replacements nor the kept half of two
PARTICLES = frozenset("的地得了着过吗嘛呢吧么")

# Latin strings that are ordinary abbreviations in shop and product text (units, device and payment
# terms) or chat shorthand (fh 发货, rh 如何, dd 订单): as initials they count only in a frame
# (disguise_guards.framed).  Written from general usage.
ABBREVIATIONS = frozenset("""
    ok id sn pc tv cd dv hd sd ai ar vr qq ip os ui up vs ps pr hr bb cc dd mm gg jj xx ll xl xs
    kg mg ml cm km kw hz db ma mb gb kb wc wh va nm pa rf ac dc led usb lcd mp mp3 sku spu diy
    jdl cod vip svip app pdf ppt doc gps nfc cpu gpu ssd ram rom sim esim fh rh kf sh th hs
""".split())


@dataclass(frozen=True)
class Generator:
    name: str
    default: bool  # part of ``disguise: all``; otherwise only when the rule names it
    func: Callable[..., tuple[str, ...]]
    doc: str
    # its forms are ordinary characters: one counts only written together (楚，升 is two words, not 畜生)
    contiguous: bool = False


GENERATORS: dict[str, Generator] = {}


def register(name: str, default: bool, doc: str, contiguous: bool = False):
    def deco(func):
        GENERATORS[name] = Generator(name, default, func, doc, contiguous)
        return func

    return deco


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _cjk_word(word: str) -> bool:
    return 2 <= len(word) <= MAX_WORD and all(_is_cjk(c) for c in word)


@lru_cache(maxsize=8192)
def _syllables(word: str) -> tuple[str, ...]:
    """The toneless pinyin of each character of the word, read in context (重 in 重量 vs 重新)."""
    from pypinyin import Style, pinyin

    readings = pinyin(word, style=Style.NORMAL, heteronym=False, errors="ignore")
    if len(readings) != len(word):
        return ()
    return tuple(r[0].replace("ü", "v") for r in readings)


def _mixes(word: str, letters, whole: bool) -> set[str]:
    """Every way of writing some characters of ``word`` as ``letters(syllable)`` (all of them too when
    ``whole``), the others as they are."""
    if not _cjk_word(word):
        return set()
    syll = _syllables(word)
    if not syll:
        return set()
    out = set()
    for mask in itertools.product((False, True), repeat=len(word)):
        if any(mask) and (whole or not all(mask)):
            out.add("".join(letters(s) if m else c for c, s, m in zip(word, syll, mask)))
    return out


@register("mixed_pinyin", True, "拼音与汉字混写（zhi付宝、jue对）及全拼（zhifubao）")
def mixed_pinyin(word: str) -> tuple[str, ...]:
    return tuple(sorted(_mixes(word, lambda s: s, whole=True)))


@register("mixed_initials", True, "声母字母与汉字混写（傻b、w信、t宝）")
def mixed_initials(word: str) -> tuple[str, ...]:
    # each character stays, or becomes its initial letter; at least one of each kind
    return tuple(sorted(_mixes(word, lambda s: s[0], whole=False)))[:MAX_FORMS]


@register("initials", True, "整词拼音首字母（zfb、xhs），只作完整的拉丁词；"
                            "与常见缩写同形的（sn、fh）只在独立成句、句末谓语或平台位置算数")
def initials(word: str) -> tuple[str, ...]:
    # 某 stands for a name already (某宝 is itself a disguise): nobody spells it by its initial
    if not _cjk_word(word) or word[0] == "某":
        return ()
    syll = _syllables(word)
    if not syll:
        return ()
    return ("".join(s[0] for s in syll),)


def ambiguous_initials(form: str) -> bool:
    """An initials form that is also an ordinary abbreviation or chat shorthand: it counts only in a
    frame (disguise_guards.framed), never where a serial number (SN码) or a unit would stand."""
    return form in ABBREVIATIONS


def initials_guards(form: str) -> tuple[str, ...]:
    """Exceptions that keep an initials form from reading a unit or a model code (2 TB, RZ-2000)."""
    return tuple(g for d in "0123456789" for g in (f"{d} {form}", f"{d}-{form}", f"{form} {d}", f"{form}-{d}"))


def everyday(ch: str) -> bool:
    """One of the 3,755 characters of everyday use: GB2312 level 1 (lead bytes 0xB0-0xD7), the
    national standard's own cut, free of the bias of the phrase data (妹, 蜗 are in few phrases)."""
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7


def _toneless(reading: str) -> str:
    s = "".join(ch for ch in unicodedata.normalize("NFD", reading) if not unicodedata.combining(ch))
    return s.replace("ü", "v")


@lru_cache(maxsize=1)
def _phrase_data() -> tuple[Counter, frozenset]:
    """Character counts over pypinyin's phrases, and the real words: every stretch of two to
    ``MAX_WORD`` characters inside a phrase (a form inside a word, 红薯 in 烤红薯, is that word)."""
    from pypinyin.phrases_dict import phrases_dict

    counts = Counter(ch for p in phrases_dict for ch in p)
    words = {p[i:j] for p in phrases_dict for i in range(len(p)) for j in range(i + 2, min(len(p), i + MAX_WORD) + 1)}
    return counts, frozenset(words)


@lru_cache(maxsize=1)
def same_pinyin_table() -> dict[str, tuple[str, ...]]:
    """toneless syllable -> common characters whose first reading it is, most common first."""
    from pypinyin.pinyin_dict import pinyin_dict

    counts, _ = _phrase_data()
    by: dict[str, list[str]] = {}
    for cp, readings in pinyin_dict.items():
        ch = chr(cp)
        if not everyday(ch) or ch in FUNCTION_CHARS:
            continue
        by.setdefault(_toneless(readings.split(",")[0]), []).append(ch)
    return {s: tuple(sorted(chs, key=lambda c: (-counts[c], c))) for s, chs in by.items()}


@lru_cache(maxsize=1)
def grammatical_table() -> dict[str, tuple[str, ...]]:
    """toneless syllable -> the grammatical characters (not particles) whose first reading it is: extra
    candidates after the everyday ones, forms holding them count only in a frame (都 for 逗, 为 for 唯)."""
    from pypinyin.pinyin_dict import pinyin_dict

    by: dict[str, list[str]] = {}
    for ch in sorted(FUNCTION_CHARS - PARTICLES):
        readings = pinyin_dict.get(ord(ch))
        if readings:
            by.setdefault(_toneless(readings.split(",")[0]), []).append(ch)
    return {s: tuple(chs) for s, chs in by.items()}


def needs_frame(word: str, form: str) -> bool:
    """A same-sound form that holds a grammatical character as a replacement, or keeps one as the half
    of a two-character word, counts only in a frame (disguise_guards.framed)."""
    if len(form) != len(word):
        return False
    changed = [i for i, (a, b) in enumerate(zip(word, form)) if a != b]
    if any(form[i] in FUNCTION_CHARS for i in changed):
        return True
    return len(form) == 2 and len(changed) == 1 and form[1 - changed[0]] in FUNCTION_CHARS


def _one_change_ok(word: str, i: int) -> bool:
    """Whether changing only character ``i`` of ``word`` can still read as a disguise: not where the
    kept half of a two-character word is a particle (码的 for 妈的 is 验证码的, 一个码的).  A form next to
    an ordinary word (你|马上 for 你妈, 支付|保证金 for 支付宝) is dropped where it matches (``cuts_word``);
    a kept grammatical character asks for a frame (``needs_frame``)."""
    return not (len(word) == 2 and word[1 - i] in PARTICLES)


@lru_cache(maxsize=4096)
def _homophones(word: str, keep_one: bool) -> tuple[str, ...]:
    if not _cjk_word(word):
        return ()
    syll = _syllables(word)
    if not syll:
        return ()
    table, grammatical = same_pinyin_table(), grammatical_table()
    _, real_words = _phrase_data()
    options = []
    for c, s in zip(word, syll):
        alts = [x for x in table.get(s, ()) if x != c][:HOMOPHONES_PER_CHAR]
        options.append([c] + alts + [x for x in grammatical.get(s, ()) if x != c])
    most = min(HOMOPHONES_MAX_CHANGED, len(word) - 1 if keep_one else len(word))
    forms = []
    for n in range(1, most + 1):
        for where in itertools.combinations(range(len(word)), n):
            if n == 1 and not _one_change_ok(word, where[0]):
                continue
            for picks in itertools.product(*(range(1, len(options[i])) for i in where)):
                chars = list(word)
                for i, k in zip(where, picks):
                    chars[i] = options[i][k]
                form = "".join(chars)
                if form not in real_words:
                    forms.append((n, sum(picks), form))  # fewest changes, then the most common characters
    forms.sort()
    return tuple(f for _, _, f in forms[:HOMOPHONES_MAX_FORMS])


@register("homophones", True, "同音字（尼玛、沙比、支父宝、恬帽）：常用字同音表，至多换两个字，每词限量，"
                              "排除词典中的真实词语；切断原文常用词的不算，含虚词的只在独立成句等位置算数",
          contiguous=True)
def homophones(word: str) -> tuple[str, ...]:
    return _homophones(word, keep_one=False)


# A name is read back from what is kept: 淘包, 至付堡, 唯拼汇 still say 淘宝, 支付宝, 唯品会, while a
# two-character name with both characters changed (果妹, 现余) is any two syllables of running text.
@register("homophones_partial", False, "同音字，保留原词至少一个字（淘包、至付堡、唯拼汇）：用于平台名等不带贬义的词",
          contiguous=True)
def homophones_partial(word: str) -> tuple[str, ...]:
    return _homophones(word, keep_one=True)


@register("emoji", True, "表情代字（🐶东、尼🐎）：规则包 disguise.emoji 表")
def emoji_forms(word: str, table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """``table``: character -> emoji that stand for it.  Every non-empty choice of replaceable
    characters (at most 2^MAX_WORD forms before the cap)."""
    if len(word) < 2 or len(word) > MAX_WORD + 2:
        return ()
    slots = [[c] + list(table.get(c, ())) for c in word]
    if all(len(s) == 1 for s in slots):
        return ()
    out = []
    for combo in itertools.product(*(range(len(s)) for s in slots)):
        if any(combo):
            form = "".join(s[k] for s, k in zip(slots, combo))
            if any(_is_cjk(ch) for ch in form):  # all-emoji strings are pictures, not words
                out.append(form)
    return tuple(sorted(out)[:MAX_FORMS])


TEXT_GENERATORS = ("mixed_pinyin", "mixed_initials", "initials", "homophones", "homophones_partial")

# Evaluation switch (benchmarks/disguise_report.py): None = every generator a rule asks for;
# a set = only these (the rule's own opt-in still decides).  Never set by the product itself.
ACTIVE: frozenset[str] | None = None


def resolve(names: tuple[str, ...]) -> tuple[str, ...]:
    """A rule's ``disguise`` field -> the generator names it applies (``all`` = the default ones)."""
    out: list[str] = []
    for n in names:
        for g in ([k for k, v in GENERATORS.items() if v.default] if n == "all" else [n]):
            if g not in out and (ACTIVE is None or g in ACTIVE):
                out.append(g)
    return tuple(out)


def parse_emoji_table(raw, origin: str) -> dict[str, tuple[str, ...]]:
    """Pack ``disguise: {emoji: {🐶: [狗], …}}`` -> character -> emoji.  Raises ValueError in Chinese."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ValueError(f"{origin}: 字段 disguise.emoji 应为映射（表情 → 所代表的汉字列表）")
    out: dict[str, list[str]] = {}
    for emo, chars in raw.items():
        emo = str(emo)
        if isinstance(chars, str):
            chars = [chars]
        if not isinstance(chars, list) or not chars or not all(isinstance(c, str) and len(c) == 1 and _is_cjk(c) for c in chars):
            raise ValueError(f"{origin}: disguise.emoji 中 {emo!r} 的值应为单个汉字的列表")
        if any(_is_cjk(ch) or (ch.isascii() and ch.isalnum()) for ch in emo):
            raise ValueError(f"{origin}: disguise.emoji 的键 {emo!r} 应为表情符号，不能含汉字或字母数字")
        for c in chars:
            out.setdefault(c, [])
            if emo not in out[c]:
                out[c].append(emo)
    return {c: tuple(v) for c, v in out.items()}
