"""``Chat``: the read-only view of one conversation that every conversation check receives.

It is built once per conversation by the auditor (turns without system lines, the lexicon
labels of every turn, response times) so that checks share the work but never each other's
state: a check reads a ``Chat`` and returns findings, nothing else.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import NamedTuple

from zhijian.acts.sentences import is_question_clause
from zhijian.audit.answering import turn_asks_back
from zhijian.audit.config import ConversationConfig
from zhijian.audit.conversation import Conversation, Message
from zhijian.audit.needs import data_only
from zhijian.audit.result import AuditFinding
from zhijian.audit.memo import per_chat, per_text
from zhijian.audit.settle import CLAUSE as _CLAUSE, bigrams, compact  # (compact cached: the same turns come back)
from zhijian.engine.stickers import has_emoji  # noqa: F401  (one definition with check; re-exported)



# a datum the customer sends (order number, phone number, tracking code): letters and digits, six and more
_DATUM = re.compile(r"[0-9A-Za-z-]{6,}")


def is_question(chat, text: str) -> bool:
    """A customer question or request (so it needs an answer): a form of the pack's ``question_or_request`` (吗 / 怎么 /
    帮我 …) in ``text``; ``chat``: the chat or the pack's ``ConversationConfig``."""
    return bool(chat.words_re("question_or_request").search(text))


@per_text
def _asks_again_in(chat, text: str) -> tuple[str, ...]:
    """The compacted clauses of ``text`` in one of the pack's ``asked_before`` forms (``Chat._asked_again``)."""
    pats = chat.patterns("asked_before")
    if pats is None:
        return ()
    return tuple(c for c in map(compact, _CLAUSE.findall(text)) if pats.search(c))


def _asked_others(chat, said: tuple[str, ...], before: str) -> bool:
    """The ``asked_before`` clauses ``said`` name no one asked (都问过了) and the agent's turn ``before`` named others the customer
    could have asked (the pack's ``others_asked_words``: 家里人或邻居有没有帮忙代收): the customer says they asked those, no
    question of theirs repeated; addressing the agent (问过你了, the pack's ``addressee_words``) it is (stop 61, pool61)."""
    return bool(before) and bool(chat.words_re("others_asked_words").search(compact(before))) and not any(
        chat.words_re("addressee_words").search(c) for c in said)


@per_text
def _meant_bigrams(chat, text: str) -> frozenset[str]:
    """The content bigrams of the clauses of ``text`` in the pack's ``asked_meant`` forms, the form left out (``Chat.means_asked``)."""
    meant = chat.patterns("asked_meant")
    if meant is None:
        return frozenset()
    return frozenset().union(*(bigrams(meant.sub("", compact(c))) for c in _CLAUSE.findall(text) if meant.search(compact(c))))


@functools.lru_cache(maxsize=1 << 14)
def _data_in(text: str) -> frozenset[str]:
    """The data a customer turn sends (order and phone numbers, codes: six and more letters and digits, one a digit);
    remembered per text (the customers' 好的 / 在吗 come back in chat after chat)."""
    # (an order number typed in groups, 3187 6642 901, is one datum: stop 64)
    return frozenset(d for d in _DATUM.findall(_GROUPED.sub("", text)) if any(ch.isdigit() for ch in d))


_GROUPED = re.compile(r"(?<=\d) (?=\d)")


@per_text
def _says_said(chat, text: str) -> bool:
    """A clause of ``text`` in one of the pack's ``said_before`` forms, not a tag question (``Chat._restated``)."""
    pats, confirms = chat.said_before, chat.words_re("confirm_tags")
    # (截图我前面给过了是吧: a tag question asking the agent to confirm, the pack's ``confirm_tags``, no reproach)
    return any(pats.search(c) and not confirms.search(c) for c in map(compact, _CLAUSE.findall(text)))


class Wait(NamedTuple):
    """One customer → agent response time (a named tuple: built for every answer of every chat)."""

    turn: int  # the agent turn that answered
    seconds: float
    first: bool  # the agent's first response of the chat
    counted: bool  # the first response counts (chat started inside business hours)


class Chat:
    def __init__(self, conv: Conversation, config: ConversationConfig, sentences: dict | None = None):
        self.conv = conv
        self.config = config
        self.messages: list[Message] = conv.messages
        # the config's and the lexicon's lookups bound on the chat: ``patterns(key)`` / ``words_re(key)``, the pack's
        # ``conversation.<key>`` list as one pattern (``ConversationConfig``), and ``text_labels(text)``, the pack's word
        # lists found in a sentence or a clause (``Lexicon.labels``, remembered per text); the checks ask ~50 times a chat,
        # and a remembered answer then costs one C call, no Python frame
        self.patterns = config.patterns
        self.words_re = config.words_re
        self.text_labels = labels = config.lexicon.labels
        # the turns without system lines, the agent's, and the lexicon labels of each (one pass over the messages)
        turns: list[tuple[int, Message]] = []
        agent: list[int] = []
        by_turn: dict[int, frozenset[str]] = {}
        for i, m in enumerate(conv.messages):
            role = m.role
            if role != "system":
                turns.append((i, m))
                by_turn[i] = labels(m.text)
                if role == "agent":
                    agent.append(i)
        self.turns = turns
        self.agent_turns = agent
        self.labels = by_turn
        # the dialogue acts of every turn's sentences (zhijian.acts), tagged by the auditor in one batch
        self.sentences: dict[int, list] = sentences if sentences is not None else {}
        # a customer turn that restates what they already said, right after the agent asked for it again,
        # says "I told you" as plainly as 我刚才说过了 (the pack's ``repeat_complaint`` words)
        for i in self._restated() + self._asked_again():
            self.labels[i] = self.labels[i] | {"repeat_complaint"}

    @property
    def said_before(self) -> re.Pattern | None:
        """The pack's ``said_before`` patterns (我说了呀 / 前面写着呢) in one expression, or None."""
        return self.patterns("said_before")

    def data_only(self, text: str) -> bool:
        """``needs.data_only`` with the pack's card field names (``card_fields``)."""
        return data_only(text, tuple(self.config.raw.get("card_fields") or ()))

    def _asked_again(self) -> list[int]:
        """Customer turns after an agent turn with a clause in one of the pack's ``asked_before`` forms (上面就问过你了 /
        第三次问了 / 我问的是…): the customer asks again what the agent skipped or answered beside the point."""
        if not self.agent_turns:
            return []
        first = self.agent_turns[0]
        return [i for i, m in self.turns if m.role == "customer" and i > first
                and ((said := _asks_again_in(self, m.text)) and not _asked_others(self, said, self._agent_before(i))
                     or self.means_asked(i))]

    def _agent_before(self, i: int) -> str:
        """The text of the agent's turn right before customer turn ``i`` (empty when a customer turn comes between)."""
        return self.messages[i - 1].text if i and self.messages[i - 1].role == "agent" else ""

    def means_asked(self, i: int) -> bool:
        """Customer turn ``i`` says what they meant to ask (the pack's ``asked_meant``: 我问的是…) and names what a
        question of theirs before it asked (a content bigram shared, not a pressing word): they ask it again."""
        if "customer_apology" in self.labels[i] and self.words_re("slip_words").search(self.messages[i].text):
            return False  # 链接我贴岔了，要问的其实是…: the customer corrects a slip of their own, no one made them repeat
        said = _meant_bigrams(self, self.messages[i].text)
        if not said:
            return False  # (most turns: nothing in the ``asked_meant`` forms)
        # (a pressing word of two characters, the pack's ``pressing_words``: 到底 / 究竟, shared ties nothing together)
        said -= frozenset(str(w) for w in self.config.raw.get("pressing_words") or () if len(str(w)) == 2)
        return bool(said) and any(m.role == "customer" and j < i and bigrams(m.text) & said and self._asked_of(j, said)
                                  for j, m in self.turns)

    def _asked_of(self, j: int, said: frozenset[str]) -> bool:
        """Customer turn ``j`` asked about what ``said`` names: a sentence that asks (act ``question`` or a question form)
        shares content with it in the clause that asks, or is one clause.  A matter only told, beside a reproach asked
        (杯底一圈都是水渍，这就是你们吹的防漏款？), was never asked: 我问的是这水渍怎么回事 asks it first (stop 53)."""
        for s in self.sentences.get(j, ()) or ():
            if not ("question" in s.acts or is_question(self, s.text)) or not bigrams(s.text) & said:
                continue
            clauses = _CLAUSE.findall(s.text)
            if len(clauses) <= 1 or any(bigrams(c) & said and is_question_clause(c) for c in clauses):
                return True
        return not self.sentences.get(j) and is_question(self, self.messages[j].text)

    def _restated(self) -> list[int]:
        """Customer turns right after an agent question back (``answering.asks_back``: act ``cause_check``, not
        the greeting's 请问有什么可以帮您) that say the customer already said or sent it, in the forms of the pack's
        ``said_before`` patterns (我说了呀 / 前面写着呢 / 说了两遍了 …: the ways of saying it, where
        ``words.repeat_complaint`` lists fixed phrases).  Needs the tagger's acts; empty without them."""
        if not self.sentences or self.said_before is None:
            return []
        # (the agent turns are read only when a customer turn says it, or sends again a datum it sent before (订单号…3417
        # sent again when asked for it: the customer had to send it twice): most chats have neither)
        said: set[int] = set()
        sent: set[str] = set()  # the data (order numbers, phone numbers, codes) the customer sent so far
        handed: set[int] = set()  # the turns sending a datum not sent before
        for i, m in self.turns:
            if m.role == "customer":
                data = _data_in(m.text)
                if (data & sent) or _says_said(self, m.text):
                    said.add(i)
                if data - sent:
                    handed.add(i)
                sent |= data
        if not said:
            return []
        out: list[int] = []
        asked = -1  # the agent turn that asked back since the customer's last turn
        for i, m in self.turns:
            if m.role == "agent":
                asked = i if turn_asks_back(self, i) else asked
                continue
            # (a turn handing the datum the agent asked for with its pointer, 请发一下订单号和新地址 → 订单号 3187…，地址我在备注里
            # 写了, complies: the pack's ``asks_data``; stop 64)
            # (下午吧，我怕你没记住我再说一遍电话 …: the datum given again of the customer's own accord, the pack's
            # ``own_repeat_forms``; stop 68)
            if asked >= 0 and i in said and not self._tells_written(i, asked) and not (
                    i in handed and self.words_re("asks_data").search(self.messages[asked].text)) and not (
                    self.words_re("own_repeat_forms").search(compact(m.text))):
                out.append(i)
            asked = -1
        return out

    def _tells_written(self, i: int, j: int) -> bool:
        """Every clause of customer turn ``i`` in a ``said_before`` form says a thing stands written somewhere (单子上写着) in a
        verb of the pack's ``written_words`` (写 / 标 / 填) that a question of agent turn ``j`` asked with (发票单子上有写日期吗): the
        customer answers where it is written, no reproach of having to say it again (stop 54)."""
        verbs = self.words_re("written_words")
        asked = "".join(c for c in map(compact, _CLAUSE.findall(self.messages[j].text)) if is_question_clause(c))
        said = [c for c in map(compact, _CLAUSE.findall(self.messages[i].text)) if self.said_before.search(c)]
        return bool(said) and bool(asked) and all(
            any(v.group() in asked for v in verbs.finditer(c)) for c in said)

    def acts(self, i: int) -> set[str]:
        """The acts of turn ``i`` (all its sentences together)."""
        return {a for s in self.sentences.get(i, ()) for a in s.acts}

    def customer_says(self, i: int, act: str, label: str) -> bool:
        """A customer turn does ``act``: the pack's word list ``label`` says so, or a sentence of the turn
        carries the act with at least the pack's ``act_confidence`` for it (a cue counts as certain).
        The bar keeps the meaning-based checks as precise as the word lists: the tagger adds the
        phrasings the lists miss where it is sure."""
        if label and label in self.labels.get(i, set()):
            return True
        return any(self.sure(s, act) for s in self.sentences.get(i, ()))

    def sure(self, sentence, act: str) -> bool:
        """``sentence`` carries ``act`` with at least the pack's ``act_confidence`` (cue-decided acts score 1.0)."""
        return act in sentence.acts and sentence.scores.get(act, 0.0) >= self.config.act_bar(act)

    def has(self, i: int, *acts: str, words: tuple[str, ...] = ()) -> bool:
        """Turn ``i`` carries one of ``acts`` (tagger) or one of the lexicon lists ``words`` (pack data)."""
        return bool(self.acts(i).intersection(acts)) or bool(self.labels.get(i, set()).intersection(words))

    def finding(self, category: str, turn: int, **fmt) -> AuditFinding:
        """A finding of ``category`` about ``turn``, worded by the pack's ``messages``."""
        cfg = self.config
        msg = cfg.messages.get(category, category)
        for k, v in fmt.items():
            msg = msg.replace("{" + k + "}", str(v))
        return AuditFinding(f"conv.{category}", category, cfg.severities.get(category, "minor"), turn, msg,
                            cfg.suggestions.get(category, ""))

    def agent_block_after(self, k: int) -> list[int]:
        """Indexes of the agent turns answering the customer turn ``turns[k]`` (up to the next customer turn
        that follows an agent turn)."""
        block: list[int] = []
        for j, n in self.turns[k + 1:]:
            if n.role == "customer":
                if block:
                    break
                continue
            block.append(j)
        return block

    @per_chat
    def items(self):
        """The customer's needs (questions, requests, problems) and which agent turn settled them
        (``zhijian.audit.state``)."""
        from zhijian.audit.state import track

        return track(self)

    @per_chat
    def first_need(self) -> int:
        """The first customer turn that asks, requests or tells a problem or a complaint (a sentence with one of those
        acts; a greeting or 在吗 is none), or the number of messages when none does: a reading of a later turn that
        depends on whether it opens the customer's first need (``reports``) takes ``i <= chat.first_need``."""
        for j, m in self.turns:
            if m.role == "customer" and any(set(o.acts) & {"question", "request", "problem", "complaint"}
                                            for o in self.sentences.get(j, ())):
                return j
        return len(self.messages)

    def replies_after(self, i: int, n: int) -> list[int]:
        """The indices of the next ``n`` agent messages after message ``i`` (fewer at the end of the chat): the window in
        which what the agent said to a customer turn is looked for (``services._priced_next``, ``reports._fault_found``)."""
        out: list[int] = []
        for j in range(i + 1, len(self.messages)):
            if self.messages[j].role == "agent":
                out.append(j)
                if len(out) == n:
                    break
        return out

    def sent_with(self, i: int) -> range:
        """The customer turns sent together with customer turn ``i``: the run of customer messages around it, no agent
        or system message between."""
        lo, hi = i, i
        while lo > 0 and self.messages[lo - 1].role == "customer":
            lo -= 1
        while hi + 1 < len(self.messages) and self.messages[hi + 1].role == "customer":
            hi += 1
        return range(lo, hi + 1)

    @per_chat
    def service_shop(self) -> bool:
        """An agent clause introduces the shop as one that sells a service (the pack's ``service_shop_forms``: 欢迎光临XX家电清洗 /
        这里是XX影像修复; ``services.service_asked``, stop 54), or the customer asks how its service is done (the pack's
        ``service_mode_forms``: 推车清洗是上门还是寄过去; stop 55)."""
        forms, mode = self.patterns("service_shop_forms"), self.patterns("service_mode_forms")
        return (forms is not None and any(forms.search(cl) for j in self.agent_turns
                                          for cl in _CLAUSE.findall(self.messages[j].text))) or (
            mode is not None and any(mode.search(compact(m.text)) for _, m in self.turns if m.role == "customer"))

    def greets(self, clause: str) -> bool:
        """A clause of greeting: the pack's greeting words, or one introducing the shop (its ``greeting_clause``: 欢迎光临XX
        旗舰店 / 我是XX的客服) — the words of neither a hold nor an answer, whatever goods the shop's name names."""
        return "greeting" in self.text_labels(clause) or self.words_re("greeting_clause").search(compact(clause)) is not None

    @per_chat
    def shop_words(self) -> frozenset[str]:
        """The content bigrams of the agent's clauses introducing the shop (the pack's ``greeting_clause``: 欢迎咨询立峰笔记本
        支架客服中心): the shop's name, which names the goods it sells (``beside.no_quantity``; stop 59)."""
        intro = self.patterns("greeting_clause")
        if intro is None:
            return frozenset()
        return frozenset().union(*(bigrams(cl) for j in self.agent_turns for cl in _CLAUSE.findall(self.messages[j].text)
                                   if intro.search(compact(cl))))

    @per_chat
    def own_thing(self) -> bool:
        """A customer turn names the thing as not the shop's goods (the pack's ``own_thing_forms``: 不是从你家拍的 / 亲戚送的 /
        二手的; ``services.service_asked``, stop 54)."""
        return self._customer_says_form("own_thing_forms")

    @per_chat
    def make_asked(self) -> bool:
        """An agent turn asks what make the customer's thing is (the pack's ``make_asked_forms``: 请问是什么牌子的折叠车 /
        您家热水器是哪个品牌): a shop knows the make of the goods it sold, so the thing is the customer's own
        (``services.service_asked``, stop 58)."""
        forms = self.patterns("make_asked_forms")
        return forms is not None and any(forms.search(compact(self.messages[j].text)) for j in self.agent_turns)

    @per_chat
    def owned_years(self) -> bool:
        """A customer turn says the thing has been theirs for years (the pack's ``owned_years_forms``: 用了五六年 / 骑了两年多 /
        三年多了, told back to the agent's question): their own old thing (``services.service_asked``, stop 57)."""
        return self._customer_says_form("owned_years_forms")

    def _customer_says_form(self, key: str) -> bool:
        """A customer turn of the chat, compacted, holds a form of the pack's ``key`` forms."""
        forms = self.patterns(key)
        return forms is not None and any(forms.search(compact(m.text)) for _, m in self.turns if m.role == "customer")

    @per_chat
    def forced_ending(self):
        """``(turn, [customer turns cut off])`` when the chat was ended on an open need, else None."""
        from zhijian.audit.ending import forced_ending

        return forced_ending(self)

    @per_chat
    def waits(self) -> list[Wait]:
        """Every agent response time: from the first unanswered customer message to the next agent turn."""
        out: list[Wait] = []
        pending: dt.datetime | None = None
        first = True
        counted = self.config.in_hours(self.conv.started)
        for i, m in self.turns:
            if m.role == "customer":
                if pending is None:
                    pending = m.ts
                    if pending is None:
                        pending = dt.datetime.min.replace(tzinfo=dt.timezone.utc)  # no timestamp: no timing
            elif pending is not None:
                if m.ts is not None and pending.year > 1:
                    out.append(Wait(i, (m.ts - pending).total_seconds(), first, counted))
                pending = None
                first = False
        return out
