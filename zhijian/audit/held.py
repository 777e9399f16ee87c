"""Readings of an agent turn against the needs it may hold or settle (``state.track`` plays them): the open needs a hold
names (``held_by_name``), whether a clause holds (``hold_clause``) or a sentence says the check is done (``says_found``),
those a clause told before the hold answers (``told_before_hold``), an answer sent again that settles nothing it
did not settle the first time (``resent``), the talk moved on past a held need (``moved_on``) and the held needs a
turn brings the result of (``result_of_check``)."""

from __future__ import annotations

import re

from zhijian.audit.item import Item
from zhijian.audit.memo import per_turn
from zhijian.audit.answering import promises_later
from zhijian.audit.needs import agent_holds, clause_asks
from zhijian.audit.settle import CLAUSE, bigrams, chars, compact
from zhijian.audit.suits import words_unmet


def resent(chat, j: int, s, open_: list[Item]) -> bool:
    """Agent sentence ``s`` of turn ``j`` was already sent by the agent in an earlier turn after every open need was
    asked (the same words again, 6 characters or more: a reply re-sent by mistake, ``repeated_reply``): it answered
    none of them then, so it brings none of them an answer now (004: 需要查询的问题要回复结果; the check held is still owed)."""
    if not open_:
        return False
    c = compact(s.text)
    if len(c) < 6:
        return False
    newest = max([it.turn for it in open_])
    # (plain loops: the agent turns between the newest need and ``j`` are none in most chats, the agent answering at once)
    for x in chat.agent_turns:
        if newest < x < j:
            for o in chat.sentences.get(x, ()):
                if compact(o.text) == c:
                    return True
    return False


def hold_clause(chat, clause: str) -> bool:
    """``clause`` holds: the pack's ``wait_words`` (稍等) or ``checking_words`` (问一下 / 核实) in it."""
    return bool(chat.words_re("wait_words").search(clause) or chat.words_re("checking_words").search(clause))


def hold_start(chat, clauses: list[str]) -> int:
    """The index of the first of ``clauses`` that holds on (``hold_clause``), 0 when none does: what comes before it in the
    hold's sentence is what the agent told before the check (尺码是标准的，颜色我去问问仓库)."""
    return next((n for n, c in enumerate(clauses) if hold_clause(chat, c)), 0)


_LATIN = re.compile(r"[A-Za-z0-9]+")  # (a model name or acronym inside the words: 带LED灯)


def told_before_hold(chat, sents, open_: list[Item]) -> list[Item]:
    """The open questions a hold sentence answers in the clauses before its checking clause (尺码是标准的，颜色我去问问
    仓库 sent as one sentence): a told clause (not a question, 3 characters or more) sharing a content bigram with the
    question, which shares none with the checking clause and what follows it (that part is held): the clause of the
    pack's ``wait_words`` (稍等) or ``checking_words`` (问一下 / 核实)."""
    out: list[Item] = []
    for s in sents:
        if not agent_holds(chat, s):
            continue
        clauses = CLAUSE.findall(s.text)
        k = hold_start(chat, clauses)
        if k == 0:
            continue
        rest = set().union(*(bigrams(c) for c in clauses[k:]))
        # (not the welcome naming the shop, 欢迎光临凉小风挂脖风扇旗舰店，我去核实一下…: its goods word answers nothing,
        # ``Chat.greets``; stop 60, pool60)
        # (and the clause without its Latin letters and figures, 带LED灯的哦 → 带灯的哦, for 带灯吗; stop 62, pool62)
        # (nor a clause that defers, 刻字要看石头的款式，我帮您问一下师傅: the pack's ``depends_forms``, what the check will tell; stop 64)
        depends = chat.words_re("depends_forms")
        told = [bigrams(c) | bigrams(_LATIN.sub("", c)) for c in clauses[:k]
                if len(compact(c)) >= 3 and not clause_asks(chat, c) and not chat.greets(c) and not depends.search(compact(c))]
        out += [it for it in open_ if it.act == "question" and it.held_by is None and it not in out
                and not bigrams(it.text) & rest and any(bigrams(it.text) & bg for bg in told)]
        for kind in _TOLD_KINDS:
            out += _kind_told(chat, clauses[:k], rest, [it for it in open_ if it not in out], kind)
    return out


# (a question's words and the words that answer it in kind, told before a hold: an amount and its unit; the carrier
# named, 我们默认发中通，江苏那边的时效我帮您查一下 for 发什么快递 (stop 64, pool64))
_TOLD_KINDS = (("quantity_question", "measure_words"), ("courier_question", "courier_words"))


def _kind_told(chat, told: list[str], rest: frozenset[str], open_: list[Item], kind: tuple[str, str]) -> list[Item]:
    """The one open question asking an amount (the pack's ``quantity_question``: 重量多少 / 多宽 / 几斤) that a told clause
    before the hold answers with a figure and its unit (the pack's ``measure_words``: 约1.2公斤 / 宽45厘米) in words of its own,
    no content bigram in common with any open need, while every other open question of its turn is what the hold speaks
    of (a content bigram shared with the checking clause and after it: 证书我去调一下 for 有3C证书吗).  Seed 000 漏回复 /
    004 需要查询的问题要回复结果 (stop 35, c35: a weight told before the check of a certificate, on a blind pool of clean chats).
    ``kind``: the pack's question and answer words (``_TOLD_KINDS``)."""
    amount, measure = chat.words_re(kind[0]), chat.words_re(kind[1])
    figures = [c for c in told if measure.search(compact(c)) and not any(bigrams(c) & bigrams(it.text) for it in open_)]
    asks = [it for it in open_ if it.act == "question" and it.held_by is None and amount.search(compact(it.text))
            and not bigrams(it.text) & rest]
    if not figures or len(asks) != 1:
        return []
    others = [it for it in open_ if it.act == "question" and it is not asks[0] and it.turn == asks[0].turn]
    return asks if others and all(bigrams(it.text) & rest for it in others) else []


def held_by_name(chat, sents, answering: list, open_: list[Item]) -> list[Item]:
    """The open needs a hold of the turn names (a content bigram in common: 颜色我去问下库房 for 有没有别的颜色)
    and no answering clause speaks of: the agent answered the others and will come back with these.  A hold is a hold
    sentence after the turn's last answering sentence (请稍等，这就查 | 显示已经发货了: the chat tool joined the hold and its
    result), or the last clause of an answering sentence that holds (``_held_tail``: 这款有备案，质检单我去找同事要一份),
    which holds the need it shares more content bigrams with than with the clauses told before it (the goods named
    in both, 这款面霜, are not what was answered)."""
    last = max((k for k, s in enumerate(sents) if any(s is a for a in answering)), default=-1)
    # (a hold that names nothing of its own, 我去跟仓库同事确认一下, takes its subject from the sentence before it that the
    # turn's answers left: 您的订单具体走哪个仓 | 我去…确认一下 for 从哪个仓发; stop 49)
    rest = sents[last + 1:]
    holds = [bigrams(s.text) | (bigrams(rest[k - 1].text) if k and not agent_holds(chat, rest[k - 1]) else frozenset())
             for k, s in enumerate(rest) if agent_holds(chat, s)]
    # (or, before the answers, a hold that promises its answer later: 这个我问一下教练，稍后给您回复 | 我先帮您登记…; stop 69)
    holds += [bigrams(s.text) for s in sents[:last + 1] if promises_later(chat, s) and not any(s is a for a in answering)]
    said: set[str] = set()
    tails: list[frozenset[str]] = []
    for s in answering:
        told, tail = _held_tail(chat, s)
        if tail:
            tails.append(bigrams(tail))
        said |= set().union(*map(bigrams, told))

    def named(it: Item) -> bool:
        b = bigrams(_grounded(chat, it))
        # (or the hold names a word of the need no answering clause says, and they say no more of it than the hold:
        # 旧空调的事…我去问下安装站 for 装的师傅能帮忙拆旧空调吗, the answer beside it naming the 师傅 who fits the new one)
        return (any(b & h for h in holds) and (not b & said or any((b & h) - said and len(b & h) >= len(b & said)
                                                                    for h in holds))) \
            or any(len(b & t) > len(b & said) for t in tails) or _stock_held(chat, it, sents)
    return [it for it in open_ if it.act != "more" and it.held_by is None and named(it)]


def _grounded(chat, it: Item) -> str:
    """(stop 65) The text of need ``it``, with the sentence of its turn before it when it has fewer than two content
    characters of its own (看到买凤梨架送一棵小精灵 | 是真的吗: the bare question asks about what that sentence told)."""
    if len(chars(it.text)) >= 2 or it.sentence == 0:
        return it.text
    return chat.sentences[it.turn][it.sentence - 1].text + it.text


def _stock_held(chat, it: Item, sents) -> bool:
    """(stop 58) Need ``it`` asks whether the goods are in stock (the pack's ``stock_words``: 有货 / 现货 / 库存), a clause of the
    turn that holds (``hold_clause``) names the stock too (ISOFIX版的库存我去跟仓库核实一下) and no clause of it that tells names
    it: what was answered beside the hold (这款能装) is not the stock the agent went to check (004: 需要查询的问题要回复结果)."""
    stock = chat.words_re("stock_words")
    if not stock.search(compact(it.text)):
        return False
    named = [hold_clause(chat, c) for s in sents for c in CLAUSE.findall(s.text) or [s.text] if stock.search(compact(c))]
    return any(named) and all(named)  # (a holding clause names the stock, and no telling one does)


def held_unnamed(chat, sents, answering: list, was: list[Item], open_: list[Item], last_agent: int) -> list[Item]:
    """The one need of the customer's last turn (asked after agent turn ``last_agent``) that the answers of an agent turn
    left open (``open_``, after settling) when the turn then holds in words of its own: hold sentences after its last
    answering sentence, one naming a check (the pack's ``checking_words``: 我找售后同事问问), none sharing a content bigram
    with an answering sentence nor with any need open before the turn (``was``).  The agent answered one part and took
    the other up to check, said in other words (有没有预留扩容的位置 for 以后能换大电池吗): it is held, its result owed (004:
    需要查询的问题要回复结果; pool42)."""
    last = max((k for k, s in enumerate(sents) if any(s is a for a in answering)), default=-1)
    holds = [s for s in sents[last + 1:] if agent_holds(chat, s)]
    if last < 0 or not holds or not any(chat.words_re("checking_words").search(s.text) for s in holds):
        return []
    hb = frozenset().union(*(bigrams(s.text) for s in holds))
    if any(hb & bigrams(a.text) for a in answering) or any(hb & bigrams(it.text) for it in was):
        return []
    left = [it for it in open_ if it.turn > last_agent and it.act in ("question", "request") and it.held_by is None
            and not it.grievance]
    return left if len(left) == 1 else []


def _held_tail(chat, s) -> tuple[list[str], str]:
    """The clauses of answering sentence ``s`` that tell, and its last clause when the agent holds there (``agent_holds``;
    the pack's ``wait_words`` / ``checking_words`` in that clause alone, no ``found_forms``: what is still to be checked, not its
    result); no tail when the sentence does not end on a hold."""
    clauses = CLAUSE.findall(s.text) or [s.text]
    if len(clauses) < 2 or not agent_holds(chat, s):
        return clauses, ""
    tail = clauses[-1]
    if any(hold_clause(chat, c) for c in clauses[:-1]) or chat.words_re("found_forms").search(compact(tail)) \
            or not hold_clause(chat, tail):
        return clauses, ""
    return clauses[:-1], tail


def says_found(chat, text: str) -> bool:
    """``text`` says the agent's check is done (the pack's ``found_forms``: 查到了 / 核实过了), not where the customer can look
    it up themselves (the pack's ``self_lookup_forms``: 也可以在官网输入型号查到)."""
    c = compact(text)
    return bool(chat.words_re("found_forms").search(c)) and not chat.words_re("self_lookup_forms").search(c)


def back_after_wait(chat, s) -> bool:
    """Agent sentence ``s`` thanks or apologises for the wait (the pack's ``waiting_apology`` words: 让您久等了) and carries the
    result beside it (劳您等候 包裹已出库 可以改址): a clause of four characters or more with none of those words, no
    greeting nor closing, no hold (``hold_clause``) and nothing still pending (``words.pending``: 还在核实).  The agent came
    back with the result, however the tagger read the courtesy (004: 稍等后回复结果)."""
    if "waiting_apology" not in chat.text_labels(s.text):
        return False
    return any(_tells_result(chat, c) for c in CLAUSE.findall(s.text))


def no_result_yet(chat, s, sents, open_=()) -> bool:
    """Agent sentence ``s`` of a turn (its sentences ``sents``), said while a need is held, brings no result: it says the check
    is still going on (``words.pending``: 还在核实 / 仓库同事正在清点), or the whole turn only thanks or apologises for the wait,
    however warmly (``_wait_courtesy``: 理解您着急，给您带来不便非常抱歉，感谢您的耐心等待): the check's result is still owed
    (004: 稍等后回复结果; stop 66, pool66).  A turn that brings the result after its courtesy (感谢您的耐心等待。原因查到了：…)
    keeps it all.  Nor does a promotion pitched (``words.promotion``: 下单立减8元 / 多送一节电池) while no need of ``open_``
    asks a price or an offer (the pack's ``money_asked_words``; stop 67, pool62/63/51)."""
    def pending(x) -> bool:
        return "pending" in chat.text_labels(x.text)

    if open_ and all(o.held_by is not None for o in open_):
        said = [c for c in CLAUSE.findall(s.text) if len(compact(c)) >= 2]
        if said and all(chat.text_labels(c) & {"thanks_reply", "apology_reply"} for c in said):
            return True  # (不麻烦的 / 不客气 while every open need is held: the customer's thanks answered, no result; stop 67)
    if "promotion" in chat.text_labels(s.text) and open_ and not any(
            chat.words_re("money_asked_words").search(compact(o.text)) for o in open_):
        return True
    return pending(s) or (_wait_courtesy(chat, s) and all(pending(x) or _wait_courtesy(chat, x) for x in sents))


def _wait_courtesy(chat, s) -> bool:
    """Agent sentence ``s`` thanks or apologises for the wait (the pack's ``waiting_apology`` words), is read as neither an
    answer nor a solution, and every clause of it is courtesy (``_COURTESY``: 抱歉，让您久等了，查询没有其他联系方式 tells a
    result)."""
    return "waiting_apology" in chat.text_labels(s.text) and not {"answer", "solution"} & set(s.acts) and all(
        chat.text_labels(c) & _COURTESY for c in CLAUSE.findall(s.text) if len(compact(c)) >= 2)


# what a clause that carries no result is read as (``_tells_result``), and, with the soothing and reassuring words, what a clause
# of the courtesy around a wait is read as (``_wait_courtesy``: a clause with none of these may carry a result)
_NO_RESULT = frozenset({"waiting_apology", "greeting", "closing", "pending", "empathy"})
_COURTESY = _NO_RESULT | {"as_soothing", "as_reassure"}


def _tells_result(chat, clause: str) -> bool:
    """A clause of four characters or more with no wait courtesy, greeting nor closing, no hold (``hold_clause``) and
    nothing still pending (``words.pending``: 还在核实), nor only fellow feeling (``words.empathy``: 理解您着急的心情; stop 66): it
    may carry the result of a check."""
    return len(compact(clause)) >= 4 and not hold_clause(chat, clause) and not chat.text_labels(clause) & _NO_RESULT


def back_in_turn(chat, sents) -> bool:
    """An agent turn (its sentences ``sents``) comes back after the wait with the result: a sentence of it does
    (``back_after_wait``), or one thanks or apologises for the wait alone (感谢您的耐心等候。) and the sentence right after it
    carries the result (最近的网点在河西，…您看可以吗？: a clause of four characters or more, no hold, nothing pending,
    no greeting nor closing), however the tagger read that sentence (a question back at its end; stop 51, c51)."""
    for k, s in enumerate(sents):
        if back_after_wait(chat, s):
            return True
        if k + 1 < len(sents) and "waiting_apology" in chat.text_labels(s.text) and any(
                _tells_result(chat, c) for c in CLAUSE.findall(sents[k + 1].text)):
            return True
    return False


COURTESY_ONLY = frozenset(("closing", "reassure", "greeting"))  # the acts of a turn that says nothing but courtesy


def newer_only(chat, it: Item, before: list[Item], block: list[int]) -> bool:
    """The agent block ``block`` settled only needs the customer raised after the check was promised on item ``it`` (条码发您了，
    另外滤网哪里买 → 滤网在商城配件栏: the newer question answered, the warranty check still owed; stop 38, c38, seed 004
    需要查询的问题要回复结果) — at least one such need and none raised before the promise — or, settling none, said nothing but
    its courtesy (有事再联系我们 read as comfort); and ``it`` itself is left open."""
    if it.closed_by is not None:
        return False
    done = [o for o in before if o.closed_by in block]
    if done:
        return all(o.turn > it.promised for o in done)
    return all(set(s.acts) <= COURTESY_ONLY for j in block for s in chat.sentences.get(j, ()))


def moved_on(items: list[Item], held: Item) -> bool:
    """A need the customer asked after ``held`` was answered after the hold, without a check of its own (地毯能定做吗 held →
    颜色是哪种 → answered): the talk moved on, so what the customer remarks next (我挺中意浅灰) is about that, no need of its
    own, and the reply to it is no result of the check."""
    return any(it.turn > held.turn and it.held_by is None and it.closed_by is not None and it.closed_by > held.held_by
               for it in items)


@per_turn
def _found_in_turn(chat, j: int) -> bool:
    """A sentence of agent turn ``j`` says the check is done (the pack's ``found_forms``: 查询到了 / 查了一下 / 核实过了;
    its result follows), read once per turn."""
    return any(says_found(chat, s.text) for s in chat.sentences.get(j, ()))


def result_of_check(chat, j: int, open_: list[Item], block: list[int]) -> list[Item]:
    """The needs held by an earlier block whose check agent turn ``j`` says is done (``found_forms``: 查到了 / 核实过了), and
    those held earlier in the same block (我查一下，请稍等 | 查过了，… sent minutes later, c44): the one need held there, or of
    several those turn ``j`` speaks of (a content bigram or two characters in common); one of several it says nothing of
    (书桌多宽 beside 问过了，桌板是…) stays open (seed 000 漏回复)."""
    if not _found_in_turn(chat, j):
        return []
    said, held = chat.messages[j].text, [it for it in open_ if it.held_by is not None and it.held_by < j]
    here = [it for it in held if it.held_by in block]
    spoken = [it for it in here if bigrams(it.text) & bigrams(said) or len(chars(it.text) & chars(said)) >= 2
              or kind_named(it.text, said)]
    # (a request or report beside the one spoken of, in the same customer turn — 能不能给个说法 — is served by the result)
    # (a question whether there is room, the pack's ``room_question``, whose result names no room left or none — 让您久等了，
    # 家庭套票398元 for 还有位置吗 — stays held: the check's result is owed; stop 69, pool69)
    room = (chat.words_re("room_question"), chat.words_re("room_words"))
    return [it for it in held if (it.held_by not in block or len(here) == 1 or it in spoken or (
        it.act != "question" and any(o.turn == it.turn for o in spoken))) and not words_unmet(room, it, chat.sentences.get(j, ()))]


_KIND_ASKED = re.compile(r"(?:什么|哪种|哪一种|啥|哪款)(?:样的?)?([\u4e00-\u9fff]{1,2}?)(?:啊|呀|呢|吗|的)?$")


def kind_named(asked: str, said: str) -> bool:
    """Question ``asked`` asks what kind of a thing it names last (用的什么网 / 配的哪种线) and ``said`` names kinds of it
    (换304不锈钢金刚网是160元，普通玻纤网是80元: a word of its own before the thing's name): the kind told (stop 63, fresh47)."""
    m = _KIND_ASKED.search(compact(asked))
    if m is None:
        return False
    return re.search(rf"(?<!什么)(?<!哪种)(?<!啥)[\u4e00-\u9fff]{{2}}{re.escape(m.group(1))}", said) is not None


def answers_aside(chat, s, told: list[str], open_: list[Item]) -> bool:
    """Agent sentence ``s``, while every open need is held, only answers what the customer told during the check (``told``:
    地址我写错了，是8栋 → 地址已改成8栋): it shares a content bigram with what was told, nothing with a held
    need (no bigram, fewer than two characters) and does not say the check is done (``found_forms``).  Read in a turn the
    agent follows with another (``state.track``): the aside answered first is no answer to the need held, whose result
    comes after it (004: 需要查询的问题要回复结果; stop 53)."""
    if not told or says_found(chat, s.text) or not bigrams(s.text) & frozenset().union(*(bigrams(t) for t in told)):
        return False
    return not any(bigrams(s.text) & bigrams(it.text) or len(chars(s.text) & chars(it.text)) >= 2 for it in open_)


def _checked(chat, text: str) -> str:
    """The compact ``text`` of a hold after the last of the pack's ``checking_words`` in it (我去问下修补师傅能不能补到不渗水 →
    修补师傅能不能补到不渗水): what the hold says it checks, or "" when it names no check."""
    c = compact(text)
    found = list(chat.words_re("checking_words").finditer(c))
    return c[found[-1].end():] if found else ""


@per_turn
def held_matter(chat, j: int) -> str:
    """(stop 65) What the hold of agent turn ``j`` says it checks: ``_checked`` of its first hold sentence, or ""."""
    return next((_checked(chat, s.text) for s in chat.sentences.get(j, ()) if "hold" in s.acts), "")


def told_taken_up(chat, it: Item, j: int, told: list[str]) -> bool:
    """(stop 65) Need ``it`` is held, and agent turn ``j`` only takes up what the customer told while the agent checked
    (``told``: each clause of content shares a content bigram with it and none with the need) and offers more help (the
    pack's ``help_offer``: 尾号0932的订单我记下啦，请问还有其他需要帮忙的吗): the data noted, the check's result not given (004:
    需要查询的问题要回复结果).  The whole turn is read (its offer of help is courtesy, no answering sentence); a clause of two
    content characters or fewer (收到亲) is courtesy."""
    if not told or it.held_by is None:
        return False
    offer = chat.words_re("help_offer")
    clauses = [compact(cl) for s in chat.sentences.get(j, ()) for cl in CLAUSE.findall(s.text) or [s.text]]
    if not any(offer.search(cl) for cl in clauses):
        return False
    heard, asked = frozenset().union(*(bigrams(t) for t in told)), bigrams(it.text)
    content = [cl for cl in clauses if not offer.search(cl) and len(chars(cl)) > 2]
    return bool(content) and all(bigrams(cl) & heard and not bigrams(cl) & asked for cl in content)


def ground_before_hold(chat, sents, answering: list, open_: list[Item]) -> bool:
    """(stop 65) The one open question is asked for a yes or no and the turn's last hold naming a check (the pack's
    ``checking_words``) checks a matter asked so too (``_checked``: 我帮您问一下技术同事两款能不能通用), while every answering sentence comes
    before that hold and shares no content bigram with the question: what they tell is the ground of the check (新旧款的卡口
    尺寸做过调整), not its result (004: 需要查询的问题要回复结果)."""
    if len(open_) != 1 or open_[0].act != "question" or not answering:
        return False
    check = chat.words_re("checking_words")
    last = max((k for k, s in enumerate(sents) if agent_holds(chat, s) and check.search(compact(s.text))), default=-1)
    if last < 0 or not chat.words_re("yes_no_question").search(compact(open_[0].text).rstrip("?？")):
        return False
    matter = _checked(chat, sents[last].text)
    if not matter or not chat.words_re("yes_no_question").search(matter):
        return False
    asked = bigrams(open_[0].text)
    return all(any(s is x for x in sents[:last]) and not bigrams(s.text) & asked for s in answering)
