"""Follow-up after a hold (seeds 000, 004: 让顾客稍等后要及时回复；需要查询的问题要回复结果; 001: 请您稍等2分钟)."""

from __future__ import annotations

from zhijian.audit.answering import asks_info, content_in_courtesy
from zhijian.audit.checks import check
from zhijian.audit.held import back_in_turn, hold_clause, hold_start, says_found
from zhijian.audit.needs import agent_holds, handed_over, reads_as_question
from zhijian.audit.no_check import contingent
from zhijian.audit.parts import CARD
from zhijian.audit.settle import CLAUSE, bigrams, compact
from zhijian.audit.stated_wait import stated_wait
from zhijian.audit.turns import customer_turn

def _passed_over(chat, j: int, x: int) -> bool:
    """Agent turn ``x`` after the hold of agent turn ``j`` only answers what the customer asked after the hold (a need
    settled by ``x`` or by an agent turn between: a size to be checked held, then 另外发什么快递 → the carrier named): every answering
    sentence shares a content bigram with such a need that ``x`` settles, and no sentence shares one with the hold's
    sentences or says the check is done (the pack's ``found_forms``).  The agent passed the check over, not back."""
    # (or one it settled before, the customer's reply to the agent's question back about it in between: 路由器要换吗 → 用了多久 →
    # 五六年 → 建议换一台: still that need's thread)
    # A need not added as another one (那…要不要换) counts only when the hold turn says more than the hold (``_says_more``):
    # a bare 稍等 may be answered by the reply to what the customer adds.
    # (nor, stop 56, when it names what it checks, two content bigrams the customer asked about: 两副老花镜我帮您问一下库房还有没有
    # 现货 → 那镜框是金属的吗 → 镜框是钛合金的: the reply to the newer question is no result of the stock check, ``_check_subject``)
    subject = _check_subject(chat, j)
    more = _says_more(chat, j) or len(subject) >= 2
    newer = [bigrams(it.text) for it in chat.items
             if it.turn > j and it.closed_by is not None and j < it.closed_by <= x and (it.added or more)]
    # (the hold's words, not its greeting: 下午好 shares nothing with the check, ``Chat.greets``)
    held = frozenset().union(*(bigrams(c) for s in chat.sentences.get(j, ()) if "hold" in s.acts for c in CLAUSE.findall(s.text)
                               if not chat.greets(c)))
    sents = chat.sentences.get(x, ())
    said = [s for s in sents if {"answer", "solution"} & set(s.acts)]
    if not said or any(bigrams(s.text) & held or says_found(chat, s.text) for s in sents):
        return False
    if newer and all(any(bigrams(s.text) & b for b in newer) for s in said):
        return True
    # (stop 57) or the hold named what it checks, a word the customer asked about (橄榄绿还剩多少我去问下库房 after 想要
    # 橄榄绿的), and ``x`` settles a need asked after the hold in words of neither (能定时吗 → 机身侧面有个按钮…): the newer
    # question answered, the stock never spoken of (004: 需要查询的问题要回复结果)
    if subject and any(it.turn > j and it.closed_by == x for it in chat.items):
        return True
    # (stop 46, c46) or a need the customer added after the hold (顺便问下，平时用什么擦) settled by ``x``, which offers no
    # remedy: the reply to the added need, in words of its own, passes the check over (004: 需要查询的问题要回复结果)
    if any(it.turn > j and it.added and it.closed_by == x for it in chat.items) and not any(
            "solution" in s.acts for s in sents):
        return True
    # (c45) or the customer said something of their own after the hold (那奶油灰是现货吧, whether or not it opened a need), a
    # sentence of five characters and more sharing nothing with the hold, and the turn answers it in words of it:
    # the check is passed over for the newer question (004: 需要查询的问题要回复结果)
    # (a card or placeholder of the chat tool, [数字x] / [订单x], is no word of either)
    asked = [bigrams(CARD.sub("，", o.text)) for i, m in chat.turns if j < i < x and m.role == "customer"
             for o in chat.sentences.get(i, ()) if len(compact(CARD.sub("", o.text))) >= 5 and not bigrams(o.text) & held]
    return more and any(bigrams(CARD.sub("，", s.text)) & b for s in said for b in asked)


def _sent_told(chat, it, x: int) -> bool:
    """Held need ``it`` asks whether the goods are sent yet (the pack's ``sent_question_forms``: 发了没 / 寄出去了吗) and a
    sentence of agent turn ``x`` tells that they are or are not (``sent_told_forms``: 已经发出了 / 还没发货): the result of
    the check, whatever words it shares with the need (004: 需要查询的问题要回复结果)."""
    return bool(chat.words_re("sent_question_forms").search(compact(it.text))) and any(
        chat.words_re("sent_told_forms").search(compact(s.text)) for s in chat.sentences.get(x, ()))


def _forgotten(chat, it) -> bool:
    """Held need ``it`` was settled by an agent turn that only answers what the customer said after the hold (带鱼一次买
    几条 → 两条就够 while 能送到林芝吗 is held): every answering sentence of that turn shares a content bigram with a
    customer sentence after the hold, or it is the turn's one answer and a newer need was settled with it; none shares
    one with the held need or the hold's sentences, none says the check is done (the pack's ``found_forms``), and no
    later agent turn speaks of the held need.  The result of the check never came (004: 需要查询的问题要回复结果).
    Not when the customer chased the check before that turn (查到了吗: what came next is its result, ``_chased``) or asks
    the held need again after it, a sentence that asks (``_asks``) sharing a content bigram with it (its answer then is read
    as the answer to that question)."""
    j, x = it.held_by, it.closed_by
    if x is None or x == j or _chased(chat, j, x) or _sent_told(chat, it, x):
        return False  # (发了没 → 订单号发我，我帮您看看 → 已经发出了: whether it is sent, told; stop 62, pool62)
    if any(bigrams(s.text) & bigrams(it.text) and _asks(chat, s) for i, m in chat.turns if i > x and m.role == "customer"
           for s in chat.sentences.get(i, ())):
        return False
    held = bigrams(it.text).union(*(_hold_words(chat, s.text) for s in chat.sentences.get(j, ()) if "hold" in s.acts))
    said = [s for s in chat.sentences.get(x, ()) if {"answer", "solution"} & set(s.acts)]
    later = [bigrams(s.text) for i, m in chat.turns if j < i < x and m.role == "customer" for s in chat.sentences.get(i, ())]
    newer = any(o is not it and o.turn > j and o.closed_by == x for o in chat.items)
    if not said or not (later or newer):
        return False
    if not newer and _time_for_when(chat, it, said, j, x):
        return False  # 哪天能来装 → 单号给我下，我瞅瞅排班 → [单号] → 周五上午能排上: the time asked, told (stop 40, c40)
    # (the hold names what it checks: a content bigram of the need, 寄修, not a word of any check, the pack's check_subject_words: 情况)
    subject = bigrams(chat.words_re("check_subject_words").sub("，", it.text))
    named = bool(subject & frozenset().union(*(bigrams(s.text) for s in chat.sentences.get(j, ()) if "hold" in s.acts)))
    if not (all(any(bigrams(s.text) & b for b in later) for s in said) or (len(said) == 1 and newer)
            or (named and not newer) or _asked_other(chat, it, j, x)):
        # (or the hold named what it checks, 返修要几天我去问下师傅的排期, and the customer only thanked or agreed after it: a reply
        # that shares nothing with the need nor the hold, below, is other advice, 付款时留言写上机型, not the result)
        return False
    # (stop 48, c48) a later agent sentence speaks of the held need when it shares two content bigrams with it, or one the
    # customer carried on with after the hold (修改收货地址 held → 修改不成功 → 没修改成功…), or one in a sentence answering
    # nothing the customer said since (退款已经审核通过了); one shared in an answer to a newer question is the goods' general
    # word (镜片 of 橙色镜片 in 双层镜片…不容易起雾 for 会不会起雾), no word of the result
    carried = held & frozenset().union(*later) if later else frozenset()
    since = frozenset().union(*(bigrams(o.text) for i, m in chat.turns if i > j and m.role == "customer"
                                for o in chat.sentences.get(i, ())))
    return not any(len(bigrams(s.text) & held) >= 2 or bigrams(s.text) & carried or says_found(chat, s.text)
                   or (bigrams(s.text) & held and not bigrams(s.text) & since)
                   for y in chat.agent_turns if y > j for s in chat.sentences.get(y, ()))


def _hold_words(chat, text: str) -> frozenset[str]:
    """The content bigrams of a hold sentence from its first clause that holds on (``held.hold_clause``): what the agent
    answered before the check in the same sentence (次卡各家合作场馆通用，杭州有哪几家我去查一下) is no word of the check, and a
    later reply sharing it (次卡…报手机号就行) does not speak of the result (stop 51, c51)."""
    clauses = CLAUSE.findall(text)
    return frozenset().union(*(bigrams(c) for c in clauses[hold_start(chat, clauses):])) if clauses else bigrams(text)


def _time_for_when(chat, it, said: list, j: int, x: int) -> bool:
    """Held need ``it`` asks when (the pack's ``when_question``: 哪天 / 几点 / 什么时候), a sentence of agent turn ``x`` that answers
    tells a time (``time_words``: 周五上午 / 明天 / 3点), and the customer said nothing between the hold of turn ``j`` and ``x`` but
    what the check needs (an order number, a photo: ``Chat.data_only``, or no sentence read as asking): the time is the result
    of the check, in words of its own (004: 需要查询的问题要回复结果)."""
    if not chat.words_re("when_question").search(compact(it.text)):
        return False
    quiet = all(chat.data_only(s.text) or not {"question", "request", "problem"} & set(s.acts)
                for i, m in chat.turns if j < i < x and m.role == "customer" for s in chat.sentences.get(i, ()))
    return quiet and any(chat.words_re("time_words").search(compact(s.text)) for s in said)


def _asks(chat, s) -> bool:
    """Customer sentence ``s`` asks something (act ``question`` or ``request``, or it reads as a question:
    ``needs.reads_as_question``).  Telling a wish that shares a word with the need held (验收也得放在周四 after 王阿姨周四能排上吗
    was held) asks that need nothing again: the agent's reply to it is no result of the check (stop 36, c36; 004:
    需要查询的问题要回复结果)."""
    return bool({"question", "request"} & set(s.acts)) or reads_as_question(chat, s)


# what follows the customer's acknowledgement when it takes the wait: a break, or the turn to another matter (好，另外… / 行 那…)
_TAKES_WAIT_THEN = r"(?=[，,。.！!\s]|另外|顺便|那|还有|$)"


def _takes_wait(chat, text: str) -> bool:
    """Customer turn ``text`` opens on taking the wait (好 / 行 / 嗯, then a break): one of the pack's
    ``customer_ack_words`` that agree, not ``ack_noting_words`` (哦 / 知道 only note what was said)."""
    return chat.config.words_less("customer_ack_words", "ack_noting_words", _TAKES_WAIT_THEN).match(text.strip()) is not None


def _asked_other(chat, it, j: int, x: int) -> bool:
    """Between the hold of agent turn ``j`` and agent turn ``x`` the customer asked something of their own (a sentence the
    tagger reads as a question, a request or a problem, in a turn that first takes the wait: 好 / 行 / 嗯; five characters
    or more, no chase of the check, no content bigram in common with the held need ``it``: 另外能机洗吗 while 有没有藏青款 is checked): the reply ``x`` may answer that in
    other words than it was asked (杆子是几根 → 标配两根主杆), and when it shares nothing with the held need nor the hold (read
    by the caller) the check is not what came back (004: 需要查询的问题要回复结果)."""
    held = bigrams(it.text)
    for i, m in chat.turns:
        if not j < i < x or m.role != "customer":
            continue
        if any(r[3] for r in customer_turn(chat, i).readings):
            return False  # (查到了吗: chasing the check, the reply after it is read as its result)
        # (the customer takes the wait first, 好 / 行 / 嗯, then turns to another matter: not more about the one held)
        if _takes_wait(chat, m.text) and any(
                {"question", "request", "problem"} & set(s.acts) and len(compact(s.text)) >= 5 and not bigrams(s.text) & held
                for s in chat.sentences.get(i, ())):
            return True
    return False


def _says_more(chat, j: int) -> bool:
    """Agent turn ``j`` says something beside its hold: a clause of five characters or more with none of the pack's
    ``wait_words`` / ``checking_words`` (晚高峰可能是线路拥堵，我让工程师查一下: the cause it will check), not a greeting (the pack's
    ``greeting_clause``), nor words to the customer (the pack's ``second_person``: 这个您还得找经理催下 tells them what to do, no check)."""
    you, intro = chat.words_re("second_person"), chat.words_re("greeting_clause")
    return any(len(compact(c)) >= 5 and not hold_clause(chat, c) and not you.search(c) and not intro.search(compact(c))
               for s in chat.sentences.get(j, ()) if "closing" not in s.acts for c in CLAUSE.findall(s.text))


def hold_returns(chat) -> list[tuple[int, int | None, bool]]:
    """Every agent hold said in so many words (the hold cue: 稍等 / 请稍候 / 正在为您查询; not while
    waiting for the customer's order number) that no open
    item was tied to — the customer's need was phrased so the tagger saw none (想查一下退款进度) — with
    the agent turn that came back with an answer or a solution (None if none did), and whether an agent turn before it
    only answered newer questions (``_passed_over``: the check forgotten for them)."""
    tied = {it.held_by for it in chat.items if it.held_by is not None}
    help_offer = chat.words_re("help_offer")
    out: list[tuple[int, int | None, bool]] = []
    agent = chat.agent_turns
    for n, j in enumerate(agent):
        sents = chat.sentences.get(j, ())
        if j in tied or not any("agent.hold" in s.cues and not contingent(chat, s) for s in sents) or handed_over(chat, sents):
            continue  # the hold cue's phrases (稍等 / 请稍候 / 正在为您查询) only: a promise to come back in the chat
        hold = next(k for k, s in enumerate(sents) if "agent.hold" in s.cues and not contingent(chat, s))
        if any("cause_check" in s.acts and asks_info(chat, s.text) and not (k < hold and help_offer.search(s.text))
               for k, s in enumerate(sents)):
            continue  # (waiting for the customer's data; not the greeting's 请问有什么可以帮您 before the hold, stop 49)
        if _result_with_hold(chat, sents, _check_subject(chat, j)):
            continue  # 我帮您查了一下，… : the check and its result in one turn
        # (an answer the tagger took for a closing, 感谢您的耐心等待，查到了，…, comes back with the result too)
        back, passed = None, False
        for x in agent[n + 1:]:
            # (基站那边查过了，… read as neither: saying the check is done, ``held.says_found``, it comes back)
            # (久等 + a finding, 劳您等候 货已出库, read as empathy only: the result beside the courtesy or after it, ``held.back_in_turn``)
            sents_x = chat.sentences.get(x, ())
            if "pending" in chat.labels[x]:
                continue  # (技术同事那边还在核对批次: still checking, no result; stop 63)
            if any({"answer", "solution"} & set(s.acts) or content_in_courtesy(chat, s, set()) or says_found(chat, s.text)
                   for s in sents_x) or back_in_turn(chat, sents_x):
                if not _passed_over(chat, j, x):
                    back = x
                    break
                passed = True
        out.append((j, back, passed))
    return out


@check("followup_missed")
def followup_missed(chat):
    """The agent said they would check (act ``hold``: 稍等/我查一下/我帮您问一下) and did not come back
    with an answer within ``conversation.followup_limit`` seconds (or the longer time they named with the hold:
    请稍等，大约三分钟), or not at all before the chat ended.
    A hold tied to a customer need (``Chat.items``) waits for the answer to that need; a hold the
    tagger tied to none waits for the agent's next answer or solution."""
    pack_limit = float(chat.config.raw.get("followup_limit", 120))

    def limit(held: int) -> float:
        return max(pack_limit, stated_wait(chat.messages[held].text) or 0.0)

    def late(held: int, done: int) -> float | None:
        a, b = chat.messages[_clock_from(chat, held, done)].ts, chat.messages[done].ts
        if a is None or b is None:
            return None
        gap = (b - a).total_seconds()
        return gap if gap > limit(held) else None

    for it in chat.items:
        if it.held_by is None and it.promised is not None and it.open and any(
                m.role == "customer" for i, m in chat.turns if i > it.promised):
            # 麻烦提供订单号，我帮您查一下 → the customer sent it → the agent never came back
            yield chat.finding("followup_missed", it.promised, detail="之后没有回复查询结果")
            return
        if it.held_by is None or it.superseded or it.withdrawn is not None:
            continue  # a superseded "more" (我还有个问题) lives on in the question that made it concrete; a check called off
        if it.open or _forgotten(chat, it):
            # (or settled by a reply to what the customer said after the hold only: the check forgotten)
            yield chat.finding("followup_missed", it.held_by, detail="之后没有回复查询结果")
            return
        gap = late(it.held_by, _came_back(chat, it.held_by, it.closed_by))
        if gap is not None:
            yield chat.finding("followup_missed", it.held_by,
                               detail=f"{round(gap)} 秒后才回复，超过 {round(limit(it.held_by))} 秒")
            return
    for held, back, passed in hold_returns(chat):
        if back is None and not passed and _chased(chat, held):
            # 去问问技术 → 还要多久 → 还在看 → 再见: chased, the check never came back
            yield chat.finding("followup_missed", held, detail="之后没有回复查询结果")
            return
        if back is None and not passed and _never_spoken_of(chat, held):
            # 357克的库存我帮您问一下仓库 → other questions answered → goodbye: the check named, never spoken of again
            yield chat.finding("followup_missed", held, detail="之后没有回复查询结果")
            return
        if back is None and passed:
            # 我去问问 | 另外发什么快递 → 发韵达: only the newer question answered, the check never came back
            yield chat.finding("followup_missed", held, detail="之后没有回复查询结果")
            return
        gap = late(held, back) if back is not None else None
        if gap is not None:
            yield chat.finding("followup_missed", held, detail=f"{round(gap)} 秒后才回复，超过 {round(limit(held))} 秒")
            return
    last = chat.agent_turns[-1] if chat.agent_turns else None
    if last is not None and last_word_holds(chat, last):
        yield chat.finding("followup_missed", last, detail="之后没有回复查询结果")


def _never_spoken_of(chat, held: int) -> bool:
    """(stop 48, c48) The hold of agent turn ``held`` names what it checks (the pack's ``checking_words`` and a subject of
    two content bigrams beside them, beside its ``wait_words``, that the customer asked about before: 357克的库存我帮您问一下
    仓库 after 357克那款有货吗), the chat goes on, and no later agent sentence says the check is done or
    shares two content bigrams with the hold's sentence: the chat went on to other things and the result never came (004:
    需要查询的问题要回复结果)."""
    subject = _check_subject(chat, held)
    later = [y for y in chat.agent_turns if y > held]
    if len(subject) < 2 or not later:
        return False  # (the hold in the last word, 量完有拿不准的随时发我看看, is ``last_word_holds``'s to read)
    return not any(len(bigrams(s.text) & subject) >= 2 or says_found(chat, s.text)
                   for y in later for s in chat.sentences.get(y, ()))


def _check_subject(chat, held: int) -> frozenset[str]:
    """The content bigrams the hold of agent turn ``held`` names as what it checks (the pack's ``checking_words`` in a hold
    sentence, its ``wait_words`` aside) that the customer asked about before it: 357克那款有货吗 → 357克的库存我帮您问一下仓库
    (a bare 稍等，我帮您查询 names nothing, and a result in other words, 充值成功, cannot be told from talk of other things)."""
    checking, wait = chat.words_re("checking_words"), chat.words_re("wait_words")
    holds = [s for s in chat.sentences.get(held, ()) if "agent.hold" in s.cues and checking.search(s.text)]
    named = frozenset().union(*(bigrams(wait.sub("，", checking.sub("，", CARD.sub("，", s.text)))) for s in holds))
    asked = frozenset().union(*(bigrams(CARD.sub("，", o.text)) for i, m in chat.turns if i < held and m.role == "customer"
                                for o in chat.sentences.get(i, ())))
    return named & asked


def _result_with_hold(chat, sents, subject: frozenset[str] = frozenset()) -> bool:
    """An agent turn holding (the hold cue) also brings the result of its check: an answer or a solution said in the hold's
    sentence or after it (替您查过了，有货).  An answer said before a hold that names a check (the pack's ``checking_words``:
    这色号没了，补不补货我去问下库房，稍候; or, c43, a hold of the agent's own without the cue, the cue's wait after it: 有现货 |
    配件适不适配我得跟仓库确认一下 | 您稍等) answers the question asked; the check is a promise still owed (004:
    需要查询的问题要回复结果).  A bare wait after an answer (没法改了，稍候片刻) is the agent at work on it, no check promised."""
    checking = chat.words_re("checking_words")
    first = next((n for n, s in enumerate(sents) if "agent.hold" in s.cues and checking.search(s.text)), None)
    if first is None:
        # (c43) the check named in a hold of the agent's own without the cue (库存有的，配件适不适配我需要跟仓库确认一下 | 您稍等片刻):
        # what the turn answered before it answers another question; the check's result is still owed (004: 需要查询的问题要回复结果)
        first = next((n for n, s in enumerate(sents) if "hold" in s.acts and agent_holds(chat, s) and checking.search(s.text)), None)
    if first is not None and _answer_before_check(chat, sents[first].text):
        # (这款有大小两个尺寸，大号的库存我帮您查一下。: the answer before the check, in the check's own sentence, answers what
        # was asked; the check is still owed, as when the answer is a sentence of its own)
        return any({"answer", "solution"} & set(s.acts) for s in sents[first + 1:])
    # (the hold's own sentence, read as an answer too, 白色款的库存我让仓库同事看一眼, brings no result unless it says the check is
    # done: stop 49)
    # (nor a sentence after the hold that only names what is checked, every clause a verb-not-verb question, the pack's
    # ``a_not_a_question``: 我去问问技术同事 | 这款的格式电视能不能识别; stop 51, c51)
    hold_at = next((n for n, s in enumerate(sents) if "agent.hold" in s.cues), None)
    # (nor, stop 57, a sentence after a hold that names what it checks, 橄榄绿还剩多少我去问下库房 | 这款锅身带防干烧…, when it
    # speaks of none of it and says no check done: more about the goods, the stock still owed; ``subject``: ``_check_subject``)
    return any({"answer", "solution"} & set(s.acts) and not (
        first is not None and n == 0 and "agent.hold" in s.cues and not says_found(chat, s.text))
        and not (hold_at is not None and (first or 0) + n > hold_at and _names_check_only(chat, s.text))
        and not (subject and hold_at is not None and (first or 0) + n > hold_at and not bigrams(s.text) & subject
                 and not says_found(chat, s.text))
        for n, s in enumerate(sents[first or 0:]))


def _names_check_only(chat, text: str) -> bool:
    """Every clause of agent sentence ``text`` asks by a verb-not-verb form (the pack's ``a_not_a_question``: 能不能带动 / 是不是
    原装的): said after a hold, it names what will be checked, no result of it."""
    anota = chat.words_re("a_not_a_question")
    clauses = [c for c in CLAUSE.findall(text) if compact(c)]
    return bool(clauses) and all(anota.search(compact(c)) for c in clauses)


def _answer_before_check(chat, text: str) -> bool:
    """Agent sentence ``text`` names the check (the pack's ``checking_words``) only in its last clause, after a clause of
    its own (five characters and more, no ``wait_words`` nor ``checking_words``): what it answers comes before the check,
    nothing after it brings the check's result."""
    clauses = [c for c in CLAUSE.findall(text) if compact(c)]
    checking, wait = chat.words_re("checking_words"), chat.words_re("wait_words")
    while len(clauses) > 2 and wait.search(clauses[-1]) and not checking.search(clauses[-1]):
        clauses.pop()  # (…的时效我去跟仓库确认一下，请您稍候片刻: the bare wait after the check is part of the hold; stop 45, c45)
    if len(clauses) < 2 or not checking.search(clauses[-1]):
        return False
    return all(not hold_clause(chat, c) for c in clauses[:-1]) and any(len(compact(c)) >= 5 for c in clauses[:-1])


def _clock_from(chat, held: int, done: int) -> int:
    """The turn the wait for the check of agent turn ``held`` starts at: the hold itself, or, when it asks the customer for
    what the check needs (the pack's ``asks_data``: 单号给我一个，我瞅瞅排班), the first customer turn after it before
    ``done`` — the check cannot begin before the data comes (004: 让顾客稍等后要及时回复 counts the agent's own time)."""
    if not chat.words_re("asks_data").search(chat.messages[held].text):
        return held
    return next((i for i, m in chat.turns if held < i < done and m.role == "customer"), held)


def _came_back(chat, held: int, done: int) -> int:
    """The agent turn that came back with the result of the check held in turn ``held``: the first agent turn after it that
    thanks or apologises for the wait with the result beside it or right after it (``held.back_in_turn``: 久等了，周二上午有空) or says the
    check is done (``held.says_found``), however the tagger read it, else ``done`` (the turn that settled the need)."""
    for x in chat.agent_turns:
        if held < x < done and "pending" not in chat.labels[x] and (back_in_turn(chat, chat.sentences.get(x, ())) or any(
                says_found(chat, s.text) for s in chat.sentences.get(x, ()))):  # (…已经转给师傅了: still pending; stop 63)
            return x
    return done


def last_word_holds(chat, j: int) -> bool:
    """The agent's last turn of the chat only says they will check (004: 需要查询的问题要回复结果): a hold of the agent's own
    (``needs.agent_holds``) in a turn that names the check (the hold cue, or the pack's ``checking_words``: 我去库房核对下数量，您稍等
    片刻), nothing beside it but a greeting or a short word, nothing handed over beyond the chat with a time
    (``needs.handed_over``), and no question back nor request waiting for the customer's data (the pack's ``asks_data``);
    the chat ended before the result came."""
    sents = chat.sentences.get(j, ())
    holds = [s for s in sents if agent_holds(chat, s)]
    checking, data = chat.words_re("checking_words"), chat.words_re("asks_data")
    checks = [s for s in sents if "agent.hold" in s.cues or checking.search(s.text)]
    if not holds or not checks or handed_over(chat, sents):
        return False
    if any({"answer", "solution", "closing"} & set(s.acts) or data.search(s.text)
           or ("cause_check" in s.acts and asks_info(chat, s.text)) for s in sents):
        return False  # (麻烦您把订单号发给我，这边为您核实: waiting for the customer's data first)
    # (正在为您查询，请稍等 | 此单已终止取件: the result sent in the same turn)
    return all(set(s.acts) <= {"greeting", "hold", "other"} and ("other" not in s.acts or len(compact(s.text)) < 6)
               for s in sents if s not in holds and s not in checks)


def _chased(chat, held: int, before: int | None = None) -> bool:
    """The customer chased the check of agent turn ``held`` (before turn ``before``, when given) with a question about its
    progress only (the pack's ``chase_chars``: 还要等多久 / 查到了吗 / 有结果了吗; ``turns.customer_turn``): they were still
    waiting for it."""
    chase = chat.words_re("chase_forms")  # (还要多久啊，我一会儿要出门了: however the tagger read it; stop 63)
    return any(chase.search(compact(m.text)) or any(r[3] for r in customer_turn(chat, i).readings)
               for i, m in chat.turns if i > held and (before is None or i < before) and m.role == "customer")
