"""What one turn of a chat does, read from the turn alone (its text, lexicon labels and tagged sentences) and
remembered across chats (``zhijian.audit.memo``): the needs a customer turn may open (``customer_turn``) and
what an agent turn does for them (``agent_turn``).  ``state.track`` plays these readings against the state
of the chat (what is open, held, asked back)."""

from __future__ import annotations

import re
from typing import NamedTuple

from zhijian.audit.answering import NOT_ANSWERING, OPENING, asks_back, asks_info, offers_for_consent, opens_on_ack, told_back
from zhijian.audit.answering import promises_later
from zhijian.audit.grievance import grieved as sentence_grieved, grumbles_at_season
from zhijian.audit.memo import per_sentence, per_turn
from zhijian.audit.needs import (
    after_ask_lead, agent_holds, clause_asks as _clause_asks, handed_over, pinyin_asks, praise_only, reads_as_question,
    says_nothing, suggests)
from zhijian.audit.parts import QUOTED
from zhijian.audit.settle import CLAUSE as _CLAUSE, bigrams as _bigrams, chars as _chars, compact
from zhijian.audit.stands_down import content, decides, does_itself, replaces_own, withdraws


def _chases(text: str, chase: frozenset[str]) -> bool:
    """A question with no content but the progress of a check (the pack's ``chase_chars``: 还在吗 / 查到了吗 /
    还要多久): asked while the agent checks, it chases what they are checking; 包邮吗 / 买这个送什么 ask anew."""
    return _chars(text) <= chase


def resolved(chat, s) -> bool:
    """A customer sentence saying the problem went away (…试了一下，好了 / 不卡了): a clause in one of the pack's
    ``resolved_forms`` and none that asks or names a defect (the pack's after-sales words)."""
    pats = chat.patterns("resolved_forms")
    clauses = _CLAUSE.findall(s.text)
    if pats is None or any(_clause_asks(chat, c) or ("aftersales" in chat.text_labels(c) and not _run_of(pats, compact(c)))
                           for c in clauses):
        return False  # (a defect named as gone, 之前的沙沙声全没了, names none: stop 64)
    return any(_run_of(pats, compact(c)) for c in clauses)


def _run_of(pats: re.Pattern, c: str) -> bool:
    """Compacted clause ``c`` is one of ``pats`` whole, or several said in a row with no break (弄好了弄好了能上了 / 可以了正常了:
    the customer saying the fix worked twice over; stop 35, c35, seed 003 §售后 问题解决后确认)."""
    if pats.fullmatch(c):
        return True
    ends = {0}
    for k in range(1, len(c) + 1):
        if any(pats.fullmatch(c, e, k) for e in ends if e < k):
            if k == len(c):
                return True
            ends.add(k)
    return False


def _lead_in(chat, s) -> bool:
    """A customer sentence that only leads into the next one of its turn: no content of its own
    (请问一下 / 帮我 / 想问下), a condition (我付款的话 / 如果不合适), or the words announcing a question (the pack's
    ``ask_lead``: 我想问问 / 请问 / 咨询一下) followed by only its setting, no question of its own (想问下，这单要是退了 | 运费险赔吗: one question)."""
    c = compact(s.text)
    # (…宽一米八，放得下吗？ | 我急用: a question with its mark asks on its own, however little content it has)
    if _chars(s.text) and s.text.rstrip().endswith(("?", "？")) and not c.endswith(("的话", "的话呢")):
        return False
    if after_ask_lead(chat, c) is not None:
        return True
    # (那怎么弄 | 我急着用: asking what will be done asks on its own, one content character or not; stop 52)
    return (len(_chars(s.text)) <= 1 and not asks_what_now(chat, s.text)) or c.endswith(("的话", "的话呢"))


def asks_what_now(chat, text: str) -> bool:
    """``text`` asks what is to be done now (the pack's ``what_now_forms``: 那现在怎么弄 / 咋整): after a trouble told, it asks
    for the remedy."""
    forms = chat.patterns("what_now_forms")
    return forms is not None and bool(forms.search(compact(text)))


# the pack's forms of a sentence asking in form that asks the agent nothing: a state told with 着呢, no question word
# (孩子们都等着穿呢: the customer's situation), a worry voiced in jest, laughing (我都怀疑挂上去会不会自己滑下来哈哈), a feeling
# put to the agent to share (你说急不急; the last two stop 62, pool62)
# (and the customer's own choice not made yet, 我具体哪天走还没定: stop 63, pool63)
_ASKS_NOTHING = ("ongoing_forms", "jest_forms", "shared_feeling_forms", "undecided_forms")


@per_sentence
def _opens(chat, s) -> str | None:
    """The kind of need a customer sentence opens (``Item.act``), or None."""
    if chat.sure(s, "more"):
        return "more"  # 想问下 / 还有个事: announces a need, the next question is the need
    if says_nothing(s.text):
        return None  # 暂时没 / 好的没啥啦: an answer to the agent's offer, not a question
    act = next((a for a in OPENING if chat.sure(s, a)), None)
    if act == "problem" and praise_only(chat, s):
        return None  # 拿到了，比我想的快多了，点赞: praise (thanks_unacknowledged), not a need
    if act == "problem" and resolved(chat, s):
        return None  # 重装了一下，可以了: the customer says the problem is gone, nothing waits for the agent
    if act in ("problem", None) and chat.words_re("indirect_question_forms").search(compact(s.text)):
        act = "question"  # 也拿不准中号够不够它躺 / 想了解一下…还是得重新设: a question put as not knowing (stop 62, pool62)
    if act in ("problem", None) and "complaint" in s.acts and grumbles_at_season(chat, s):
        return None  # 这几天回南天，家里墙都在冒汗: a grumble at the season, nothing of the shop's to answer (stop 62)
    if act in ("question", "request", None) and does_itself(chat, s):
        return None  # 行，我自己改一下: the customer will do it themselves, nothing waits for the agent (stop 35, c35)
    if act in ("question", None) and (withdraws(chat, s) or decides(chat, s)):
        # 我再想想要不要换个大的: the customer deliberates or drops the matter; 那就拿灰色的吧: tells the choice made
        return None
    if act == "request" and content(chat, s):
        return None  # 这样安排我挺满意的: content with what was arranged (stop 61)
    if act in ("problem", "request") and replaces_own(chat, s):
        return None  # 我家老的电饭煲坏了，想换个新的: the ground of a purchase (stop 61)
    if act in ("problem", "request") and suggests(chat, s):
        return None  # 详情页最好标上克重: a suggestion needs thanks (suggestion_unacknowledged), not an answer
    if act is None and reads_as_question(chat, s):
        act = "question"
    if act == "question" and any(chat.words_re(k).search(compact(s.text)) for k in _ASKS_NOTHING):
        return None  # 孩子们都等着穿呢 / 我都怀疑挂上去会自己滑下来哈哈 / 你说急不急: no question to the agent
    if act is None and "goodbye" in s.acts and _asks_in_passing(chat, s):
        act = "question"  # 另外问一句保修卡在盒子里吧，就这样拜拜: the question slipped into the goodbye is still asked (pool42)
    if act == "question" and chat.words_re("if_any_forms").search(compact(s.text)):
        # 有什么情况告诉我就行 (the pack's ``if_any_forms``): 有什么 is "anything (comes up)", a request to keep the customer posted
        return "request"
    return act


def _asks_in_passing(chat, s) -> bool:
    """A clause of customer sentence ``s`` (read as a goodbye: 就这样拜拜) adds a question in passing: it opens on the pack's
    ``adds_need`` forms (顺便 / 另外 / 对了) and asks (``needs.clause_asks``: 对了能寄到学校吗) or says it asks (the pack's
    ``ask_verb_forms``: 顺便问下 …) with content of its own after that (two characters or more), or asks the agent to act
    (``asks_for_forms``: 对了麻烦帮我…).  Seed 000 漏回复: a goodbye that carries a question still asks it (pool42)."""
    adds = chat.patterns("adds_need")
    if adds is None:
        return False
    ask_verb = chat.words_re("ask_verb_forms")
    for cl in _CLAUSE.findall(s.text):
        c = compact(cl)
        m = adds.search(c)
        if m is None:
            continue
        rest = c[m.end():]
        v = ask_verb.match(rest)
        if (_clause_asks(chat, cl) or v is not None) and len(_chars(rest[v.end():] if v else rest)) >= 2:
            return True
        if chat.words_re("asks_for_forms").match(rest):
            return True  # (对了麻烦帮我把发票开成公司抬头，谢谢，再见: a request slipped into the goodbye; stop 62, pool62)
    return False


@per_sentence
def _said_before(chat, s) -> bool:
    """The customer points back at what they said (前面写着呢 / 不是说了吗: ``words.repeat_complaint`` or the pack's
    ``said_before`` patterns)."""
    pats = chat.said_before
    return "repeat_complaint" in chat.text_labels(s.text) or bool(pats and pats.search(compact(s.text)))


def _added_tail(chat, text: str) -> str | None:
    """The question a customer sentence adds after clauses that ask nothing (尺寸我看了是两米的，另外那个罩子能单买吗):
    the clauses from the first one opening on the pack's ``adds_need`` forms (另外 / 对了 / 顺便问下) on; what comes
    before tells about the need asked before it.  None when no clause after the first opens so, or one before it asks."""
    adds = chat.patterns("adds_need")
    clauses = _CLAUSE.findall(text)
    if adds is None or len(clauses) < 2:
        return None
    for k, cl in enumerate(clauses[1:], 1):
        if adds.search(compact(cl)):
            if any(_clause_asks(chat, c) for c in clauses[:k]):
                return None
            return "，".join(clauses[k:])
    return None


class CustomerTurn(NamedTuple):
    """The sentences of a customer turn that may open a need (``customer_turn``)."""

    # a turn that says it was said already (我刚才说过了，前天 | 你们能不能翻一下订单) reproaches: what it asks with
    # the reproach is asked in anger, any answer settles it
    reproach: bool
    # (sentence index, sentence, act it opens or None, a chase-up of a check, says it is another need,
    #  the texts of its items, a complaint in it) for each sentence that is not skipped outright
    readings: list[tuple]


def _quotes_only(chat, s, whole: str) -> bool:
    """Customer sentence ``s`` asks only inside quotation marks (快递员还凶巴巴地说“爱要不要” / 客服回我“你自己不会看吗”): someone's
    words reported, no question to the agent (seed 000 漏回复 is for the customer's own questions) — with the quotations
    blanked, no clause asks and no question mark is left.  The quotations are found in the turn's text ``whole``: a quotation
    the sentence splitter cut in two (“那个早过期了，您自己不看的吗”) still covers its second half (stop 50)."""
    spans = [(q.start(), q.end()) for q in QUOTED.finditer(whole)]
    inside = [(max(a, s.start) - s.start, min(b, s.end) - s.start) for a, b in spans if a < s.end and s.start < b]
    if not inside:
        return False
    bare = s.text
    for a, b in sorted(inside, reverse=True):
        bare = bare[:a] + "，" + bare[b:]
    return "?" not in bare and "？" not in bare and not any(_clause_asks(chat, c) for c in _CLAUSE.findall(bare))


def _echo_accepted(chat, i: int, s, after: tuple) -> bool:
    """(stop 49) Customer sentence ``s`` of turn ``i`` is a short question (four content characters at most) echoing the
    agent's words just before (a content bigram of the agent's last turn: 直接换？ after 直接给您换一台新的吧), and the next
    sentence of the turn accepts (the ack cue: 行吧 / 好的): surprise taken in, no question left for the agent."""
    if not after or "customer.ack" not in after[0].cues or len(_chars(s.text)) > 4:
        return False
    prev = max((j for j in chat.agent_turns if j < i), default=None)
    return prev is not None and bool(_bigrams(s.text) & _bigrams(chat.messages[prev].text))


@per_turn
def customer_turn(chat, i: int) -> CustomerTurn:
    sents = chat.sentences.get(i, ())
    chase = frozenset(str(chat.config.raw.get("chase_chars") or ""))
    readings = []
    for si, s in enumerate(sents):
        if _said_before(chat, s):
            continue  # 前面写着呢 / 不是说了吗: the customer points back, the need is the earlier one
        if chat.data_only(s.text) and not pinyin_asks(chat, s.text):  # (you mei you tuo pan asks: stop 69)
            continue  # a card or placeholder ([订单编号:…] / [图片]) states no need of its own
        if si + 1 < len(sents) and _lead_in(chat, s):
            continue  # 请问一下 | … / 我付款的话 | 是不是…: the first piece of the need stated next
        act = _opens(chat, s)
        if act == "question" and i and told_back(chat, i, s.text):
            act = None  # (请问是顶楼吗 → 顶楼，前几天下大雨之后开始漏的: told back, asking nothing; stop 55)
        if act == "question" and _tells_why(chat, s, sents[:si]):
            act = None  # 提个建议，能不能加字幕 | 关着声音看根本不知道讲的啥: the reason for the suggestion, asking nothing
        if act == "question" and _own_check(chat, s, sents[:si]):
            act = None  # 我先戴几天 | 看会不会过敏: what the customer will see for themselves, no question to the agent
        if act in ("request", "question") and chat.words_re("reply_chase_forms").search(compact(s.text)):
            act = None  # 着急定，麻烦快点回复一下: a reply chased, served by the next reply, no need of its own (stop 69, pool69)
        if act == "question" and _kept_from(chat, s):
            act = None  # 不想让她看到多少钱: what someone must not see, the reason of a question beside it (stop 69, pool69)
        if act == "question" and _quotes_only(chat, s, chat.messages[i].text):
            act = None  # 他还凶巴巴地说“爱要不要”: someone's words reported, no question to the agent (stop 46)
        if act == "question" and _echo_accepted(chat, i, s, sents[si + 1:si + 2]):
            act = None  # 直接换？行吧: the agent's words echoed in surprise, then accepted (stop 49)
        # two questions in one sentence (可以开专票不，Mac能用不): one item each
        parts = _asking_parts(chat, s.text) if act == "question" else []
        # (要另外买吗: 另外 of buying apart, the pack's apart_forms, adds no need; stop 63)
        texts, another = parts if len(parts) > 1 else [s.text], "another_need" in chat.text_labels(
            chat.words_re("apart_forms").sub("", s.text))
        see = chat.words_re("see_lead_forms")  # (看看能不能周六送过去: 看看 asks, no thing an answer shares; stop 63)
        texts = [see.sub("", t) for t in texts]
        tail = _added_tail(chat, s.text) if act == "question" and len(parts) <= 1 else None
        if tail is not None:
            texts, another = [tail], True  # (尺寸写的是…，另外外帐能单卖吗: the need added is what follows 另外)
        if act == "question" and si + 1 < len(sents) and chat.words_re("instance_clause_forms").fullmatch(
                compact(sents[si + 1].text)):
            texts = [*texts[:-1], f"{texts[-1]}，{sents[si + 1].text}"]  # (配件要另外买吗 | 螺丝刀之类的: ``_asking_parts``)
        lead = readings[-1] if readings and readings[-1][2] in ("more", None) and readings[-1][0] == si - 1 else None
        adds = chat.patterns("adds_need")
        if (act == "question" and lead is not None and len(_chars(s.text)) <= 2 and len(_chars(lead[1].text)) >= 2
                and (lead[2] == "more" or (adds is not None and adds.search(compact(lead[1].text))))):
            # 还有我人在西藏 | 能寄吗: the sentence before announces another need (还有… / 另外…: the pack's adds_need) and says
            # what the bare question asks about: one need, of its own
            texts, another = [f"{lead[1].text} {s.text}"], True
        if (act == "question" and not another and readings and readings[-1][0] == si - 1 and readings[-1][2] == "question"
                and len(compact(s.text)) <= 8 and len(_chars(s.text)) <= 3 and not compact(s.text).startswith(("还", "另", "再", "对了", "顺便"))
                and chat.words_re("topic_only_forms").fullmatch(compact(readings[-1][1].text))):
            # 那电源线呢 | 要另外买吗: the thing named alone, then what is asked of it, is one need (stop 63, fresh47)
            texts = [f"{readings.pop()[1].text} {s.text}"]
        # (a complaint in it, or a reproach asking nothing: ``grievance.grieved``)
        grieved = sentence_grieved(chat, s, act, readings[-1] if readings and readings[-1][0] == si - 1 else None,
                                   sents[si + 1] if si + 1 < len(sents) else None)
        readings.append((si, s, act, act == "question" and _chases(s.text, chase), another, texts, grieved))
    dropped = drops_question(chat, sents)
    if dropped is not None:
        # 有保修卡吗 | 页面上找到了 | 不用回了: the customer takes the question back in the same turn (stop 35, c35)
        readings = [r for r in readings if not (r[0] < dropped and r[2] == "question")]
    reproach = "repeat_complaint" in chat.labels.get(i, ()) or any(_said_before(chat, s) for s in sents)
    return CustomerTurn(reproach, readings)


def _asking_parts(chat, text: str) -> list[str]:
    """The clauses of customer sentence ``text`` that ask (``needs.clause_asks``), each with the clauses after it that only
    name instances of what it asks about (the pack's ``instance_clause_forms``: 配件要另外买吗，螺丝刀之类的): the answer may
    speak of the instance (带了螺丝刀), and it answers that question (stop 53)."""
    instance, parts = chat.words_re("instance_clause_forms"), []
    for c in _CLAUSE.findall(text):
        if _clause_asks(chat, c):
            parts.append(c)
        elif parts and instance.fullmatch(compact(c)):
            parts[-1] = f"{parts[-1]}，{c}"
    return parts


def _own_check(chat, s, before) -> bool:
    """Customer sentence ``s`` says what the customer will see for themselves (the pack's ``own_check_forms`` at its head: 看有没有
    问题 / 看看是不是接触不良), with no question mark and no word for the agent (``to_agent_words``: 你 / 您 / 帮), right after a sentence of the turn
    telling the customer's own plan first (``own_plan_forms``: 我先戴几天 / 我先充一晚上): the customer checks, nothing is asked
    of the agent (j43; seed 000 漏回复 is for questions put to the agent)."""
    if "?" in s.text or "？" in s.text:
        return False
    c = compact(s.text)
    if chat.words_re("self_search_forms").match(c) and not chat.words_re("to_agent_words").search(c):
        return True  # (我找找有没有清楚的: the customer goes to look themselves, nothing asked; stop 63)
    if not before or chat.words_re("to_agent_words").search(c) or not chat.words_re("own_check_forms").match(c):
        return False
    return bool(chat.words_re("own_plan_forms").search(compact(before[-1].text)))


def _tells_why(chat, s, before) -> bool:
    """Customer sentence ``s`` comes after a suggestion of its turn (``before``: the tagger's suggestion or the pack's
    suggestion words) and asks only in words of not knowing (the pack's ``unknowing_forms``: 完全不知道在讲啥 / 根本看不懂是
    什么意思), with no question mark nor particle: it tells why the shop should do it, no question of its own (stop 39,
    c39; seed 004: 建议时致谢并记录 — the thanks for the suggestion answer it)."""
    if not any("suggestion" in b.acts or "customer_suggestion" in chat.text_labels(b.text) for b in before):
        return False
    c = compact(s.text)
    if s.text.rstrip().endswith(("?", "？")) or c.endswith(("吗", "么", "呢")):
        return False
    forms = chat.patterns("unknowing_forms")
    return forms is not None and all(forms.search(compact(cl)) for cl in _CLAUSE.findall(s.text)
                                     if _clause_asks(chat, cl))


def _kept_from(chat, s) -> bool:
    """Customer sentence ``s``, with no question mark nor particle, tells what someone must not see or learn (the pack's
    ``kept_from_forms``: 不想让她看到多少钱 / 别让他知道是哪家买的): the wh-word asks nothing of the agent (stop 69, pool69)."""
    if s.text.rstrip().endswith(("?", "？")) or compact(s.text).endswith(("吗", "么", "呢")):
        return False
    return bool(chat.words_re("kept_from_forms").search(compact(s.text)))


def drops_question(chat, sents) -> int | None:
    """The index of the first sentence of a customer turn every clause of which tells the agent not to answer (the pack's
    ``no_reply_forms``: 不用回了 / 不必回复 / 当我没问), or None: the questions asked before it in the turn are taken back and
    wait for no answer (seed 000 漏回复 is for a question that needs a reply; 004 lets the customer end a matter)."""
    forms = chat.patterns("no_reply_forms")
    if forms is None:
        return None
    for si, s in enumerate(sents):
        clauses = [compact(c) for c in _CLAUSE.findall(s.text) if compact(c)]
        if si and clauses and all(forms.fullmatch(c) for c in clauses):
            return si
    return None


class AgentTurn(NamedTuple):
    """What an agent turn does, read from the turn alone (``_agent_turn``)."""

    asks_back: bool  # a question back asking the customer for something (订单号是多少 / 拍张照片)
    handed_over: bool  # ``needs.handed_over``: 我们会在24小时内回复您
    holding: bool  # a sentence where the agent says they will check (``needs.agent_holds``)
    holds: bool  # … and no question back for the details in the turn: the agent checks now
    asks_info: bool  # asks for the details of the need, not the closing's offer, nor what is still pending
    acked: bool  # something beyond greeting/closing/hold…, or an acknowledgement (好的 / 收到) at a sentence's head
    result: bool  # an answer or solution that is not still pending nor a hold that brings no result


@per_turn
def agent_turn(chat, j: int) -> AgentTurn:
    sents = chat.sentences.get(j, ())
    # (这边给您重新发一个，您看行吗: a remedy offered for consent, ``answering.offers_for_consent``, neither holds nor asks back)
    offers = {id(s) for s in sents if offers_for_consent(chat, s)}
    holding = any(agent_holds(chat, s) and id(s) not in offers for s in sents)
    # (辛苦您提供下订单号，这边为您查询: the hold asks for the details itself, the offer beside it still counts as asking)
    checking, data, offer = chat.words_re("checking_words"), chat.words_re("asks_data"), chat.words_re("help_offer")
    exempt = any(agent_holds(chat, s) and checking.search(s.text) for s in sents) and not any(
        agent_holds(chat, s) and data.search(s.text) for s in sents)
    # 麻烦您发一下订单号，我帮您看看: the agent waits for the customer first, the clock of a hold
    # starts when they can check (收到，我帮您查一下，您稍候)
    # (这个需要确认一下是否提供回收: what the agent will check, not a question to the customer; nor is the greeting's
    # 请问有什么可以帮您 beside 尺码我帮您去库房查一下)
    # (a hold that promises its answer later, 这个我问一下教练，稍后给您回复, holds now, whatever details are asked beside it for
    # another matter: 我先帮您登记，请提供孩子的身高; ``needs.promises_later``; stop 69, pool69)
    holds = holding and (not any("pending" not in chat.text_labels(s.text) and id(s) not in offers
                                 and _asks_details(chat, s, exempt) for s in sents) or any(promises_later(chat, s) for s in sents))
    return AgentTurn(
        asks_back=any(asks_back(s, chat) and asks_info(chat, s.text) and id(s) not in offers for s in sents),
        handed_over=handed_over(chat, sents),
        holding=holding,
        holds=holds,
        # the agent asks for the details of the need (订单号是多少 / 拍张照片), not the closing's offer
        asks_info=any(asks_back(s, chat) and asks_info(chat, s.text) and not offer.search(s.text)
                      and "pending" not in chat.text_labels(s.text) and id(s) not in offers for s in sents),
        # 好的/明白了 settles a request (also at the head of a closing: 好的呢，感谢您的光临)
        acked=any(not set(s.acts) <= NOT_ANSWERING or opens_on_ack(s, chat) for s in sents),
        # (我查一下您的下单时间: a hold the model half reads as an answer brings no result)
        result=bool(offers) or any({"answer", "solution"} & set(s.acts) and "pending" not in chat.text_labels(s.text)
                                   and not _holds_only(chat, s) for s in sents))


# a piece of a sentence with its question mark (``answering.asks_info`` reads ？ as asking)
_PIECE = re.compile(r"[^，,。!！?？;；~～\n]+[?？]*")


def _asks_details(chat, s, exempt: bool) -> bool:
    """An agent sentence asking the customer for the details before the check (a question back, ``cause_check``); with
    ``exempt`` (the turn's hold names the check and asks for nothing itself: 尺码我帮您去库房查一下), not the greeting's offer
    of help alone (请问有什么…？: the pack's ``help_offer``)."""
    if "cause_check" not in s.acts or not asks_info(chat, s.text):
        return False
    offer = chat.words_re("help_offer")
    return not (exempt and offer.search(s.text)) or any(
        asks_info(chat, c) and not offer.search(c) for c in _PIECE.findall(s.text))


def _holds_only(chat, s) -> bool:
    """A hold sentence that brings no result whatever the model's reading of an answer: the hold cue with no clause but
    the hold beside the courtesy (您好，欢迎光临，我查一下您的付款时间)."""
    if "hold" not in s.acts or "agent.hold" not in s.cues:
        return False
    return len([c for c in _CLAUSE.findall(s.text) if not chat.text_labels(c) & {"greeting", "closing"}]) <= 1
