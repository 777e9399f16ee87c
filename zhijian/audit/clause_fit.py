"""Whether a clause of an agent's answer is about an open need in more than words (``settle.settle`` reads them clause by
clause): the goods a question names after a demonstrative (``goods_named``), a clause that shares with a held need only those
goods (``only_goods``) or only function words (``function_word_only``), or only the goods' name (``names_goods_only``), or
one character of a word of position (``position_only``), and a figure told in the unit a question asks for (``unit_told``);
what a need asks once the goods it names are set aside (``without_goods``) or once the words asking an amount are
(``without_asking``); digits of two numbers (``stray_digits``); the syllables a need typed in pinyin is read by
(``syllables``); and which item a clause goes to on a tie (``prefer``)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from zhijian.audit.clauses import _STOP, PINYIN_TEXT, bigrams, compact
from zhijian.audit.parts import STOP_CHARS, chars
from zhijian.audit.sibling import answered_choice

if TYPE_CHECKING:
    from zhijian.audit.item import Item


@functools.lru_cache(maxsize=1 << 14)
def goods_named(this: re.Pattern, text: str) -> frozenset[str]:
    """The goods a question names after a demonstrative, with the demonstrative (这款沙发两米的能加宽吗: 这款, 沙发):
    two content characters followed by more of the question (这款防水吗 names no goods: 防水 is what is asked).
    ``this``: the pack's ``goods_demonstratives`` (这款 / 那件 / 该台, not 这个, said of an order or a parcel as well)."""
    c, out = compact(text), set()
    for m in this.finditer(c):
        out.update((m.group(), c[m.start() + 1:m.end() + 1]))  # (这台 / 台烤)
        noun, rest = c[m.end():m.end() + 2], c[m.end() + 2:]
        if len(noun) == 2 and not set(noun) & STOP_CHARS and len(set(rest) - STOP_CHARS) >= 2:
            out.add(noun)
    return frozenset(out)


def only_goods(it: Item, bg: frozenset[str], ch: frozenset[str], clause: str, grammar: tuple) -> bool:
    """A clause shares with held need ``it`` only the goods asked about (its bigrams of ``Item.subject``, what the customer's
    newer needs ask about too, or named after 这款 / 那件) and at most one other character (digits aside: 100晚 for 1.8米):
    it speaks of the goods (沙发送三年保修 / 包裹里连同书包寄出), it brings no result of the check.  ``grammar``: the pack's
    ``goods_demonstratives`` and ``a_not_a_question`` (``settle``)."""
    this, choice = grammar[:2]
    goods = set(it.subject) | goods_named(this, it.text)
    shared = bigrams(it.text) & bg
    if not shared or not shared <= goods:
        return False
    rest = (chars(it.text) & ch) - set("".join(goods)) - set("0123456789")
    if answered_choice(choice, it.text) & set(compact(clause)):
        return False  # 有没有暖白光 held, 暖白光有货: the verb of its yes-or-no question said back is the result
    return len(rest) <= 1


def function_word_only(text: str, clause: str, shared: frozenset[str]) -> bool:
    """The characters a clause shares with need ``text`` (``shared``) all stand in a function word of two (``_STOP``: 时候 /
    知道 / 已经) that both hold: the clause says nothing about the need."""
    a, b = compact(text), compact(clause)
    both = "".join(w for w in _STOP if w in a and w in b)
    return bool(shared) and shared <= set(both)


def position_only(text: str, clause: str, shared: frozenset[str], position: re.Pattern) -> bool:
    """The one character a clause shares with need ``text`` (``shared``) stands there in a word of position (``position``,
    the pack's ``position_words``: 晚上七点以后能来吗) that the clause does not hold (会另外报价后再施工): the clause says nothing
    about the need."""
    if len(shared) != 1:
        return False
    a, b = compact(text), compact(clause)
    words = [w for w in (m.group() for m in position.finditer(a)) if w not in b]
    return any(c in w for w in words for c in shared)


def names_goods_only(this: re.Pattern, it: Item, ch: frozenset[str]) -> bool:
    """A clause (content characters ``ch``) shares with item ``it`` only characters of the goods it names after a
    demonstrative (``goods_named``: 这款台灯的灯罩 → 台灯)."""
    shared = chars(it.text) & ch
    return bool(shared) and shared <= set("".join(goods_named(this, it.text)))


def unit_told(unit_question: re.Pattern, question: str, clause: str) -> bool:
    """``question`` asks how many of a unit (the pack's ``unit_question_forms``: 几岁 / 几层) and ``clause`` tells a figure in
    that unit (三岁 / 3层)."""
    m = unit_question.search(compact(question))
    unit = m and m.groupdict().get("unit")
    return bool(unit) and re.search(f"[0-9０-９一二两三四五六七八九十百千半]+(多|来)?{re.escape(unit)}", compact(clause)) is not None


def without_goods(asked: frozenset[str], chars_: frozenset[str], shop: frozenset[str], this: re.Pattern):
    """A need's content bigrams ``asked`` and characters ``chars_`` without the goods the shop's name calls them (``shop``:
    ``Chat.shop_words``, 立峰笔记本支架 → 支架) and the demonstratives among them (``this``, the pack's ``goods_demonstratives``:
    这款): what is left is what the need asks of the goods (支架能承重多少 → 承重; stop 59)."""
    named = shop | {g for g in asked if this.fullmatch(g)}
    return asked - named, chars_ - {x for g in asked & named for x in g}


_NUMBER = re.compile(r"[0-9]+")


@functools.lru_cache(maxsize=1 << 14)
def stray_digits(text: str, clause: str) -> frozenset[str]:
    """The digits a clause shares with need ``text`` that stand in no number both hold (300 of 之前交的300定金 against 9:30 of
    a time told: 3 and 0 are no content in common; 200元 said back for 200元的那款 is); ``settle`` scores a clause without them
    (stop 69, pool69)."""
    a, b = set(_NUMBER.findall(compact(text))), set(_NUMBER.findall(compact(clause)))
    if not a or not b:
        return frozenset()
    return frozenset("".join(a) + "".join(b)) - frozenset("".join(a & b))


def prefer(k: int, best: int, got: list[bool], last: int, fresh: list[bool] = (), named: list[bool] = ()) -> bool:
    """On a tie, a clause goes on about the item the clause before it in the sentence went to (附带一个遥控器，
    放在扇叶下面的盒子里: still the question about the remote), else to an item nothing went to yet.
    ``fresh``: the items nothing went to yet that wait for no other answer, asked in the turn of the item ``last`` went to,
    whose content the clause opens on (its first content character, not one of ``last``'s): a clause sharing as much with
    one of them goes to it (the answer moves on to the thing the turn's next question asks about: 玻璃门烫不烫 | 油溅进去
    咋弄 → 门是隔热的，油点多了等门凉了擦 — 油 for the second as 门 for the first; seed 000: 对客户的每一个问题都认真回复;
    not a clause opening on what both share, 刷毛褪色了也该换 for 刷头多久换 beside 刷柄能刻字吗).  ``named``: the items the
    clause shares only the goods' name with (这款推车的篷子能拆吗 | 能不能登机 → 推车可以登机): the other item on the
    tie wins, since naming the goods tells nothing of what was asked about them."""
    if named and named[k] != named[best]:
        return named[best]
    if fresh and last in (k, best) and fresh[best if k == last else k]:
        return k != last
    if last in (k, best):
        return k == last
    return got[best] and not got[k]

@functools.lru_cache(maxsize=1 << 14)
def without_asking(question: re.Pattern, content: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The bigrams and characters of a need's ``content`` without the words asking an amount (the pack's ``quantity_question``:
    多长 / 几天), or None when it asks none (``settle``, for every open need of every block: remembered)."""
    c = compact(content)
    if not question.search(c):
        return None
    parts = [p for p in question.split(c) if p]
    return frozenset().union(*(bigrams(p) for p in parts)), frozenset().union(*(chars(p) for p in parts))


@functools.lru_cache(maxsize=1)
def _function_syllables() -> frozenset[str]:
    """The readings of the function characters (``parts.STOP_CHARS``: 有 / 没 / 吗 / 可 / 以 …): syllables of no content."""
    from pypinyin import lazy_pinyin

    return frozenset(lazy_pinyin("".join(sorted(STOP_CHARS))))


@functools.lru_cache(maxsize=1 << 12)
def syllables(text: str, typed: bool = False) -> tuple[frozenset[str], frozenset[str]] | None:
    """The content syllables of ``text`` and its pairs of syllables in a row: of a need typed in pinyin alone (``typed``: you
    mei you tuo pan → tuo, pan, "tuo pan"), or of an agent's clause read in pinyin (托盘是配好的 → tuo, pan, …); None for a
    need that is not typed in pinyin.  ``settle`` scores a clause against a pinyin need by them (stop 69, pool69)."""
    if typed:
        if not PINYIN_TEXT.fullmatch(text.strip()):
            return None
        said = text.lower().replace("?", " ").replace("？", " ").split()
    else:
        from pypinyin import lazy_pinyin

        said = lazy_pinyin(compact(text))
    keep = _function_syllables()
    pairs = frozenset(f"{a} {b}" for a, b in zip(said, said[1:]) if a not in keep or b not in keep)
    return frozenset(x for x in said if x not in keep), pairs
