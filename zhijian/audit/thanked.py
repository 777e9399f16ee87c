"""Whether the customer's thanks were met (seed 004 §遇到客户致谢时: 客户服务员必须响应 … 不可以无动于衷，没有任何回应):
the agent's words answering thanks or thanking back, in the block right after the thanks (or later, once a need said
with them is served), and the
customer's plain thanks returned after the agent's own (``checks/acknowledgement.py`` reads these)."""

from __future__ import annotations

import functools
import re

from zhijian.acts.tagger import get_tagger
from zhijian.audit.needs import clause_asks, reads_as_question
from zhijian.audit.settle import CLAUSE, compact

NEEDS = frozenset(("question", "request", "problem"))


@functools.lru_cache(maxsize=4)
def cue_phrases(act: str) -> tuple[str, ...]:
    """The phrases of the customer's cue for ``act`` (``zhijian/data/acts/cues.yaml``: 谢谢 / 辛苦了 …,
    不好意思 / 抱歉 …); none for an act with no such cue (complaint)."""
    cue = next((c for c in get_tagger().cues.cues if c.id == f"customer.{act}"), None)
    return tuple(cue.contains) if cue is not None else ()




# the pieces of an agent sentence: clauses, and the runs chat tools join with spaces (好的呢 谢谢您 还有别的吗)
_PIECES = re.compile(r"[\s，,。.!！?？;；~～]+")


def thanks_back_clause(chat, j: int) -> bool:
    """Agent turn ``j`` thanks the customer in a clause of its own (the pack's ``thanks_back_clause``: 谢谢您 / 我也真心谢谢您呀),
    with no request for a rating before it in the turn (``rating_words``; 麻烦给个五星，谢谢您啦: for the rating): seed 004
    answers thanks and praise with 谢谢您 too."""
    thanks, rating = chat.words_re("thanks_back_clause"), chat.words_re("rating_words")
    before = ""
    for s in chat.sentences.get(j, ()):
        for c in _PIECES.split(s.text):
            cc = compact(c)
            if thanks.fullmatch(cc) and not rating.search(before):
                return True
            before += cc
    return False


def meets(chat, j: int, act: str, reply_acts: tuple[str, ...], replies: tuple[str, ...]) -> bool:
    """Agent turn ``j`` answers the customer's ``act``: one of ``reply_acts``, the pack's ``replies`` words, or for thanks a
    clause thanking the customer back (``thanks_back_clause``)."""
    return chat.has(j, *reply_acts, words=replies) or (act == "thanks" and (
        thanks_back_clause(chat, j) or _bare_reply_clause(chat, j)))


def met_later(chat, i: int, block: list[int], replies: tuple[str, ...]) -> bool:
    """The thanks of customer turn ``i``, said with a need of its own in the turn (a question, request or problem: 好的谢谢，
    那运费谁出), are answered by a later agent turn, after the block that serves that need, in a clause answering thanks
    that is no goodbye wish (``_replies_to_thanks``: 不客气 / 您太客气了 / 这都是我应该做的; not 祝您玩得开心).  Seed 004
    asks that thanks be answered (不可以无动于衷，没有任何回应); the agent who serves the need that came with them first
    (运费由我们承担 → 您太客气了) has not ignored them.  Thanks said alone are owed their answer in the agent's next block:
    a reply after the customer's next turn is too late (the older decision, tests/audit/test_acknowledgement.py).  The
    stock thanks of the goodbye (感谢您的支持，再见) answers no thanks said turns before it."""
    if not _brings_a_need(chat, i):
        return False
    after = max(block, default=i)
    for j, n in chat.turns:
        if j <= after:
            continue
        if n.role == "agent" and _replies_to_thanks(chat, j):
            return True
    return False


def _brings_a_need(chat, i: int) -> bool:
    """Customer turn ``i`` has a need besides its thanks: a sentence opening one or reading as a question, or a clause that
    asks on its own (``needs.clause_asks``: 好的谢谢，那运费谁出, a sentence the thanks cue decided as a whole)."""
    return any(set(s.acts) & NEEDS or reads_as_question(chat, s) or any(clause_asks(chat, c) for c in CLAUSE.findall(s.text))
               for s in chat.sentences.get(i, ()))


def _replies_to_thanks(chat, j: int) -> bool:
    """Agent turn ``j`` has a clause of the pack's ``thanks_reply`` words or forms (不客气 / 您太客气了 / 这都是我应该做的) that is
    no goodbye wish nor in one (a ``closing`` word or one of the pack's ``wish_clause_forms`` in it or earlier in its sentence:
    祝您和孩子玩得开心 / 祝您财源广进，开心每一天), and comes after no request for a rating in the turn (``rating_words``: 给个评价
    哦，您的认可是我的动力 speaks of the rating)."""
    if "thanks_reply" not in chat.labels.get(j, ()):
        return _bare_reply_clause(chat, j)
    wish, rating = chat.words_re("wish_clause_forms"), chat.words_re("rating_words")
    rated = False
    for text in [s.text for s in chat.sentences.get(j, ())] or [chat.messages[j].text]:
        wished = False
        for c in _PIECES.split(text):
            if not c:
                continue
            got = chat.text_labels(c)
            wished = wished or "closing" in got or bool(wish.search(c))
            rated = rated or bool(rating.search(c))
            if "thanks_reply" in got and not (wished or rated):
                return True
    return False


def _bare_reply_clause(chat, j: int) -> bool:
    """Agent turn ``j`` answers thanks in a clause of its own that the word lists cannot tell from other uses (the pack's
    ``thanks_reply_clause``, the whole compacted clause: 客气 / 您太客气啦 said alone), as ``thanks_back_clause`` reads 谢谢您."""
    form = chat.words_re("thanks_reply_clause")
    return any(form.fullmatch(compact(c)) for c in _PIECES.split(chat.messages[j].text) if c)


def courtesy_returned(chat, k: int, replies: tuple[str, ...]) -> bool:
    """Customer turn ``turns[k]`` only thanks, in plain thanks words (the pack's ``thanks_plain_words``: 谢谢 / 多谢 / 辛苦了; no
    praise, no need), right after an agent block that itself answered thanks or thanked the customer (不客气，还有别的吗 / 感谢您
    的支持，再见): the customer returns the agent's courtesy as they take leave, the exchange of thanks is complete and needs
    no third turn.  Praise said then is further praise, and wants its answer (004: 若客户进一步表扬…请不必客气).  The
    greeting's 很高兴为您服务 answers no thanks: thanks after it are for the answer, and want theirs."""
    i = chat.turns[k][0]
    prev = []
    for j, n in reversed(chat.turns[:k]):
        if n.role == "agent":
            prev.append(j)
        elif prev:
            break
    if not prev or not any(_courtesy_in(chat, j, replies) for j in prev):
        return False
    if any(set(s.acts) & NEEDS or reads_as_question(chat, s) for s in chat.sentences.get(i, ())):
        return False
    return not _praises(chat, i)


def _courtesy_in(chat, j: int, replies: tuple[str, ...]) -> bool:
    """Agent turn ``j`` answers thanks or thanks the customer back (``meets``) in a clause that is no greeting (很高兴为您服务
    opens the chat, 很高兴能帮到您 answers thanks)."""
    if not meets(chat, j, "thanks", (), replies):
        return False
    return any(not ("greeting" in (got := chat.text_labels(c))) and (got & set(replies) or chat.words_re(
        "thanks_back_clause").fullmatch(compact(c)) or chat.words_re("thanks_reply_clause").fullmatch(compact(c)))
        for c in _PIECES.split(chat.messages[j].text) if c)


def _praises(chat, i: int) -> bool:
    """Customer turn ``i`` praises besides thanking: a thanks cue phrase or a word of the pack's ``customer_thanks`` list that is
    not one of its ``thanks_plain_words`` (服务真好 / 效率真高 / 五星好评), or a form of ``service_praise_forms``."""
    c = compact(chat.messages[i].text)
    plain = chat.words_re("thanks_plain_words")
    rest = plain.sub("", c)
    words = (chat.config.raw.get("words") or {}).get("customer_thanks") or ()
    return (any(p in rest for p in cue_phrases("thanks")) or any(str(w) in rest for w in words)
            or bool(chat.words_re("service_praise_forms").search(c)))
