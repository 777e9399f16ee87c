"""Conversation state from dialogue acts: which customer needs are open when.

Each customer sentence tagged ``question``, ``request`` or ``problem`` opens an *item*; a
sentence tagged ``more`` (我还有个问题) opens one too — the customer has said they need more.
The agent's next block of turns (up to the next customer turn) settles the items open before
it:

* a sentence that is not only a greeting, closing, hold, push-out or review invitation answers; with several open items, each item is closed when the block shares a content
  bigram with it (有货吗 … 有货的) or when the block has at least as many answering clauses as
  there are open items — otherwise the unmatched items stay open (the second of two questions
  skipped);
* a ``hold`` (稍等/我查一下) without an answer marks the items *held*: the agent promised to come
  back, and the next answering block closes them;
* a greeting or an acknowledgement alone settles nothing.

What is still open at the end of the chat is unanswered; checks read ``Chat.items``.  ``forced_ending``
finds the turn that ended the chat on an open need (``Chat.forced_ending``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zhijian.engine.normalize import compact

# what an agent sentence does that is NOT an answer; everything else (answer, solution, cause check,
# empathy, reassurance, and sentences the tagger leaves as "other") counts as answering
NOT_ANSWERING = frozenset(("greeting", "closing", "hold", "push_out", "review_invite"))
OPENING = ("question", "request", "problem", "more")
_CLAUSE = re.compile(r"[^，,。.!！?？;；~～\n]+")
# bigrams that carry no content (function words of questions and answers)
_STOP = frozenset("""请问 问一 一下 这个 那个 可以 能不 不能 是不 不是 有没 没有 怎么 什么 多少 您好 你好 的话 我们 你们 亲亲
这边 那边 一个 就是 还是 还有 已经 现在 时候 的吗 了吗 好的 谢谢 麻烦 帮我 给我 我想 想问 知道 您的 你的 我的""".split())


def _answers(s) -> bool:
    """An agent sentence that answers: any act but greeting/closing/hold/push-out/review invitation;
    a sentence the tagger leaves as ``other`` only when it says something (好的 / 嗯 do not)."""
    acts = set(s.acts)
    if acts <= NOT_ANSWERING:
        return False
    if acts <= NOT_ANSWERING | {"other"}:
        return len(compact(s.text)) >= 6
    return True


@dataclass
class Item:
    turn: int  # the customer turn that opened it
    sentence: int  # index of the sentence in that turn
    act: str  # question / request / problem / more
    text: str
    closed_by: int | None = None  # the agent turn that answered it
    held_by: int | None = None  # the agent turn that said it would come back (hold)


def _bigrams(text: str) -> set[str]:
    c = compact(text)
    return {c[k:k + 2] for k in range(len(c) - 1)} - _STOP


def track(chat) -> list[Item]:
    def opens(s) -> str | None:
        return next((a for a in OPENING if chat.sure(s, a)), None)

    items: list[Item] = []
    open_: list[Item] = []
    turns = chat.turns
    k = 0
    while k < len(turns):
        i, m = turns[k]
        if m.role == "customer":
            for si, s in enumerate(chat.sentences.get(i, ())):
                act = opens(s)
                if act is not None:
                    it = Item(i, si, act, s.text)
                    items.append(it)
                    open_.append(it)
            k += 1
            continue
        # an agent block: consecutive agent turns, read one by one (a hold, then the answer minutes later)
        block = []
        while k < len(turns) and turns[k][1].role == "agent":
            block.append(turns[k][0])
            k += 1
        grams = set().union(*(_bigrams(chat.messages[j].text) for j in block))
        for j in block:
            if not open_:
                break
            sents = chat.sentences.get(j, ())
            holds = any("hold" in s.acts for s in sents)
            answering = [s for s in sents if _answers(s)]
            acked = any(not set(s.acts) <= NOT_ANSWERING for s in sents)  # 好的/明白了 settles a request
            if holds and not any({"answer", "solution"} & set(s.acts) for s in sents):
                answering = []  # 我核实一下，您稍等: checking is not answering yet
            if answering:
                clauses = sum(max(1, len(_CLAUSE.findall(s.text))) for s in answering)
                enough = clauses >= len(open_)
                still = []
                for it in open_:
                    if len(open_) == 1 or enough or (_bigrams(it.text) & grams):
                        it.closed_by = j
                    else:
                        still.append(it)
                open_ = still
            elif acked and not holds:
                still = []
                for it in open_:
                    if it.act == "request":
                        it.closed_by = j
                    else:
                        still.append(it)
                open_ = still
            elif holds:
                for it in open_:
                    if it.held_by is None:
                        it.held_by = j
    return items


def forced_ending(chat) -> tuple[int, list[int]] | None:
    """The turn (agent or system line) that ended the chat on the customer while a need was open, and
    the customer turns of the needs it cut off; None when the chat did not end that way."""
    last_agent = chat.agent_turns[-1] if chat.agent_turns else -1
    for k, (i, m) in enumerate(chat.turns):
        if m.role != "agent":
            continue
        pushed = chat.has(i, "push_out", words=("forced_end",))
        # the agent's final word is a closing while the customer's last need is still open
        closed = i == last_agent and "closing" in chat.acts(i)
        if not (pushed or closed):
            continue
        cut = [it.turn for it in chat.items if it.turn < i and (it.closed_by is None or it.closed_by > i)]
        if closed and not pushed:
            prev = max((j for j, n in chat.turns if j < i and n.role == "customer"), default=-1)
            cut = [t for t in cut if t == prev]
        if cut:
            return i, cut
    # a system line that closes the chat after the customer's last, still open need
    if chat.turns and chat.turns[-1][1].role == "customer":
        last = chat.turns[-1][0]
        cut = [it.turn for it in chat.items if it.closed_by is None]
        tail = [i for i, m in enumerate(chat.messages) if i > last and m.role == "system"
                and "forced_end" in chat.config.lexicon.labels(m.text)]
        if cut and tail:
            return tail[0], cut
    return None
