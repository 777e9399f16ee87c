"""Which agent sentences answer the customer (``state.track`` reads them): not a greeting, closing, hold,
push-out or review invitation alone, nor a question back; advice the tagger reads as a cause check answers."""

from __future__ import annotations

import re

from zhijian.audit.memo import per_sentence, per_turn
from zhijian.audit.needs import agent_holds, clause_asks as _clause_asks, is_question_text
from zhijian.audit.no_check import referred_only
from zhijian.audit.settle import CLAUSE as _CLAUSE, STOP_CHARS as _STOP_CHARS, chars as _chars, compact
from zhijian.engine.stickers import without_codes

# what an agent sentence does that is NOT an answer; everything else (answer, solution, cause check
# with an answer, empathy, reassurance, and sentences the tagger leaves as "other") counts as answering
NOT_ANSWERING = frozenset(("greeting", "closing", "hold", "push_out", "review_invite"))
ASKING_BACK = NOT_ANSWERING | {"cause_check"}
OPENING = ("question", "request", "problem", "more")
# a question mark: an agent sentence with one asks (``asks_info``)
_QMARK = re.compile(r"[?？]")


def asks_info(chat, text: str) -> bool:
    """An agent question back that asks the customer for something (an order number, a photo): a question mark or one
    of the pack's ``asks_info`` words (吗 / 提供 / 发一下 / 拍 …)."""
    return bool(_QMARK.search(text) or chat.words_re("asks_info").search(text))


def acknowledges(s, chat) -> bool:
    """Agent sentence ``s`` acknowledges: the ack cue, or it opens on an acknowledgement (``opens_on_ack``)."""
    return "agent.ack" in s.cues or opens_on_ack(s, chat)


def opens_on_ack(s, chat) -> bool:
    """Agent sentence ``s`` opens on one of the pack's ``agent_ack_words`` (好的，… / 好嘞，再见), its compacted head."""
    return chat.words_re("agent_ack_words").match(compact(s.text)) is not None

# a short agent sentence made only of acknowledgements, forms of address and particles (好的亲，收到)
# (and the customer's title after it, 好的先生 / 收到女士 / 明白了王老师: an acknowledgement, no answer; stop 63)
_ACKS_ONLY = re.compile(r"(?:好的|好嘞|好滴|好|收到|明白|了解|嗯|哦|噢|亲亲|亲爱的|亲|呢|哈|啦|呀|的|了|～|~)+"
                        r"(?:[\u4e00-\u9fff]?(?:先生|女士|小姐|小姐姐|老师|同学|师傅|哥|姐))?")
_ADDRESS = re.compile(r"^(尊敬的|亲爱的|亲爱哒|亲爱滴|亲亲|亲|宝宝)+(客户|顾客|用户)?")
# data an agent gives as the answer (a number, a masked field: QQ:12345 / [电话x] / 3-5天; not a sticker code [微笑])
DATA = re.compile(r"\d|[\[【][^\]】]*[\]】]")


def answers(s, chat) -> bool:
    """An agent sentence that answers (``_answers``; remembered per sentence)."""
    return _answers(chat, s)


@per_sentence
def _answers(chat, s) -> bool:
    """An agent sentence that answers: any act but greeting/closing/hold/push-out/review invitation,
    nor a question back alone (``cause_check`` without an answer or a solution); a sentence the
    tagger leaves as ``other`` only when it says something (好的 / 嗯 do not)."""
    acts = set(s.acts)
    if "push_out" in acts and not chat.sure(s, "push_out") and "forced_end" not in chat.text_labels(s.text):
        acts = (acts - {"push_out"}) or {"other"}  # a push_out the model is unsure of: 明天吧 answers 今天能到吗
    if "forced_end" in chat.text_labels(s.text) and "solution" not in acts and ("answer" not in acts or _ending_only(chat, s)):
        # (没别的事的话这边就把对话结了: the chat ended in the pack's words, read as other, answers nothing; stop 52; nor when
        # read as an answer with no clause of its own besides the ending, 今天的服务时间快结束了，感谢您的咨询，再见; stop 67)
        return False
    if referred_only(chat, s):
        return False  # (发货时间是仓库同事安排的，仓库会按订单顺序处理的哦: who handles it, no answer; stop 67, pool67)
    if media_only(chat, s):
        return False  # (视频已经收到了，感谢您的反馈 / 图片没有加载出来: what the media shows never said; stop 68, pool68)
    if offers_for_consent(chat, s):
        return True  # 这边给您重新发一个，您看行吗: a remedy offered, asked only for consent, answers
    if "hold" in acts and not agent_holds(chat, s) and not chat.words_re("checking_words").search(s.text):
        # 请耐心等通知 / 建议您过两天再留意: the model's hold in words telling the customer what to do, no check of the agent's
        # (``needs.agent_holds``): advice, it answers (我还要准备什么 → 等通知就行)
        acts = (acts - {"hold"}) or {"other"}
    if acts <= ASKING_BACK:
        # 您可以多观察几次看看: advice to the customer, not a question back, answers; so does the result of a check read back
        # for the customer to confirm (查到了，收货人…，地址是…，对吗？)
        return advises(s, chat) or _found_read_back(chat, s)
    if acts <= NOT_ANSWERING | {"other"}:
        if acts & NOT_ANSWERING:
            return len(compact(s.text)) >= 6
        if _greets_only(chat, s):
            return False  # 亲，您好，在的: the tagger's other, every clause a greeting or a form of address
        if chat.words_re("ask_purpose_forms").search(compact(s.text)):
            return False  # (这样好帮您估算面料用量: why the agent asks back, part of the asking; stop 63)
        if chat.words_re("glad_only_forms").search(compact(without_codes(s.text))):
            return False  # (亲，很高兴您印成功啦[鼓掌]: glad of the customer's success, no answer to a question beside it; stop 68)
        return len(compact(s.text)) >= 6 or bool(DATA.search(without_codes(s.text))) or _terse_answer(s)
    return True


@per_sentence
def media_only(chat, s) -> bool:
    """A clause of agent sentence ``s`` says the customer's photo, voice note or video came, or did not load or play (the pack's
    ``media_only_forms``), and every other one thanks for it (``feedback_thanks_forms``): nothing of what it shows or asks is
    said (seed 000 漏回复)."""
    media, thanks = chat.words_re("media_only_forms"), chat.words_re("feedback_thanks_forms")
    clauses = [compact(c) for c in _CLAUSE.findall(without_codes(s.text)) if compact(c)]
    told = [bool(media.search(c)) for c in clauses]
    return any(told) and all(t or thanks.search(c) for t, c in zip(told, clauses))


def media_passed(chat, block) -> bool:
    """An agent turn of ``block`` has a sentence that only says the customer's media came or did not load (``media_only``):
    the agent replied to the turn and passed over what it asked (视频已经收到了，感谢您的反馈 for 这个正常吗[视频])."""
    return any(media_only(chat, s) for j in block for s in chat.sentences.get(j, ()))


_VOICE_ONLY = re.compile(r"^\s*[\[【](?:语音|视频|录音)[^\]】]*[\]】]\s*$")


def media_left(chat) -> int | None:
    """The first customer turn made only of a voice note or a video ([语音 12秒] / [视频]) that the agent's next replies say
    they cannot hear or play (the pack's ``media_unheard_forms``: 语音这边暂时收听不到) without asking to have it typed or sent
    again (``media_resend_forms``: 打字 / 文字 / 再发一次): what the customer said is never known, so never answered (seed 000
    漏回复); None when there is none."""
    resend, unheard = chat.words_re("media_resend_forms"), chat.words_re("media_unheard_forms")
    for k, (i, m) in enumerate(chat.turns):
        if m.role != "customer" or not _VOICE_ONLY.match(m.text):
            continue
        replies = []
        for j, n in chat.turns[k + 1:]:
            if n.role != "agent":
                break
            replies.append(n.text)
        said = "".join(compact(t) for t in replies)
        if unheard.search(said) and not resend.search(said):
            return i
    return None


def _ending_only(chat, s) -> bool:
    """No clause of agent sentence ``s`` tells four characters or more beside the chat's ending, a closing or a greeting."""
    return not any(len(compact(c)) >= 4 and not chat.text_labels(c) & {"forced_end", "closing", "greeting"}
                   for c in _CLAUSE.findall(s.text))


def _found_read_back(chat, s) -> bool:
    """Agent sentence ``s`` opens on its check done (the pack's ``found_forms``: 查到了 / 核实过了; ``held.says_found``) and
    goes on with what was found, in clauses of content (six characters or more together) before a last one asking the
    customer to confirm it (…，对吗？): the result of the check given, whatever the question mark reads as (seed 004:
    需要查询的问题要回复结果)."""
    from zhijian.audit.held import says_found

    clauses = [c for c in _CLAUSE.findall(s.text) if compact(c)]
    if len(clauses) < 2 or not says_found(chat, clauses[0]):
        return False
    told = clauses[1:-1] if _ASKS_WORD.search(compact(clauses[-1])) else clauses[1:]
    return sum(len(compact(c)) for c in told) >= 6


# a question back in so many words: a question word, an A-not-A form or a question particle at the end
_ASKS_WORD = re.compile(r"什么|哪|多少|几(?![次遍下])|怎么|怎样|如何|为何|为什么|是否|是不是|有没有|能不能|可不可以|会不会|对不对|要不要|行不行|"
                        r"[吗么嘛呢][～~。！!哦呀啊哈]*$")


def _greets_only(chat, s) -> bool:
    """Every clause of agent sentence ``s`` is a greeting (the pack's greeting words: 您好 / 在的) or only a form of
    address (亲 / 亲爱的), and one at least greets."""
    clauses = [c for c in _CLAUSE.findall(without_codes(s.text)) if compact(c)]
    greets = [c for c in clauses if "greeting" in chat.text_labels(c)]
    return bool(greets) and all(c in greets or _ADDRESS.fullmatch(compact(c)) for c in clauses)


def advises(s, chat) -> bool:
    """An agent sentence the tagger reads as a cause check that asks the customer nothing: advice on what to do
    (您可以多观察几次看看 / 您先重启一下试试), no question mark, question word or particle, and no request for
    information (``asks_info``: 发一下订单号 / 拍张照片), nor a hold at the pack's bar. It answers the customer; a
    question back does not."""
    if "cause_check" not in s.acts or set(s.acts) & {"push_out", "review_invite"} or chat.sure(s, "hold"):
        return False
    t = without_codes(s.text).rstrip()
    return not (asks_info(chat, t) or _ASKS_WORD.search(compact(t)))


def _terse_answer(s) -> bool:
    """A short sentence of the agent's that says something (不影响哦 / 不用了 / 一米), not an
    acknowledgement the ack cue decided (好的 / 嗯嗯) nor only a form of address (亲 / 亲爱的)."""
    if "agent.ack" in s.cues:
        return False
    c = _ADDRESS.sub("", compact(without_codes(s.text))).rstrip("的哦呢哈呀啊啦吧哒滴噢嗯～~")
    if _ACKS_ONLY.fullmatch(c):
        return False  # 好的亲，收到 / 嗯嗯好的呢: acknowledgements and forms of address only
    return len(c) >= 2 or (len(c) == 1 and c not in _STOP_CHARS)


def content_in_courtesy(chat, s, asked_chars: set[str]) -> bool:
    """A greeting or closing sentence that answers too (五一快乐！很高兴为您服务，帮您查到保单将在六月十五日到期):
    two clauses or more that are neither courtesy (the pack's greeting/closing words) nor a question, or
    one such clause about what was asked or naming a remedy (the pack's ``words.as_solution``)."""
    decided, content_chars = _courtesy_content(chat, s)
    if decided is not None:
        return decided
    return any(c & asked_chars for c in content_chars)


def says_in_courtesy(chat, s) -> bool:
    """A greeting or closing sentence with a clause of content, whatever was asked (那您再试试，祝您生活愉快 /
    我们会反馈给品质部门，再见): it says something beside the courtesy."""
    decided, content_chars = _courtesy_content(chat, s)
    return bool(decided) or (decided is None and bool(content_chars))


@per_sentence
def _courtesy_content(chat, s) -> tuple[bool | None, tuple[frozenset[str], ...]]:
    """What ``content_in_courtesy`` reads from the sentence alone (remembered per sentence): its verdict when
    that does not depend on what was asked, else None and the content characters of each content clause."""
    if not set(s.acts) & {"closing", "greeting"} or "push_out" in s.acts or asks_back(s, chat):
        return False, ()  # (您好，请提供一下新的号码，我帮您修改: a greeting that asks back answers nothing yet)
    if "forced_end" in chat.text_labels(s.text) or media_only(chat, s):
        return False, ()  # 我这边要下线了，会话先结束了: ending the chat answers nothing (nor 视频已经收到了，感谢您的反馈)
    intro = chat.patterns("greeting_clause")  # (这里是XX售后部: the shop's name is no content)
    content = [c for c in _CLAUSE.findall(s.text)
               if len(compact(c)) >= 4 and not chat.text_labels(c) & {"greeting", "closing"} and not _clause_asks(chat, c)
               and not (intro is not None and intro.search(compact(c)))]
    # (会给您办退货的，祝您生活愉快，再见: a remedy named before the goodbye, the pack's as_solution words, answers; so does
    # advice on what to do, the pack's advice_forms: 您先用软布擦干再晾着，感谢您的咨询，再见)
    if len(content) >= 2:
        return True, ()
    if "greeting" in s.acts and "closing" not in s.acts and _terse_after_greeting(chat, s):
        return True, ()  # (您好，欢迎光临～2.5kg / 您好，支持的哦: the answer said right after the greeting, in a word or a figure)
    if "greeting" in s.acts and "closing" not in s.acts and any(_MEASURED.search(c) and "我是" not in c for c in content):
        return True, ()  # (您好，20平以内的卧室刚好: a figure with its unit after the greeting is an answer of content; stop 52)
    advice = chat.patterns("advice_forms")
    if any("as_solution" in chat.text_labels(c) or (advice is not None and advice.search(compact(c)))
           for c in content):
        return True, ()
    return None, tuple(_chars(c) for c in content)


# a figure with its unit (20平 / 1.5米 / 3天), not a number of a desk or a queue (3号)
_MEASURED = re.compile(r"[0-9]+(?:\.[0-9]+)?(?!号)[\u4e00-\u9fff%a-zA-Z]")


def _terse_after_greeting(chat, s) -> bool:
    """Greeting sentence ``s`` ends on a clause that is no courtesy, asks nothing, names no shop nor the agent (我是客服…), and
    is a terse answer: a figure with three Chinese characters at most (2.5kg / 约3天) or a yes or no in a word (the pack's ``terse_yes_no_forms``: 支持的 / 没有呢).  The greeting and the answer were typed as one sentence; the
    clause answers though it is too short for ``_courtesy_content``'s clauses of content (seed 000: 对客户的每一个问题都认真回复)."""
    clauses = [c for c in _CLAUSE.findall(without_codes(s.text)) if compact(c)]
    if len(clauses) < 2:
        return False
    last = clauses[-1]
    intro = chat.patterns("greeting_clause")
    if chat.text_labels(last) & {"greeting", "closing"} or _clause_asks(chat, last) or "我" in last or (
            intro is not None and intro.search(compact(last))):
        return False  # (您好，我是客服j4-01: the agent's own number, no answer)
    c = _ADDRESS.sub("", compact(last))
    return bool(c) and ((bool(re.search(r"\d", c)) and len(re.findall(r"[\u4e00-\u9fff]", c)) <= 3)
                        or bool(chat.words_re("terse_yes_no_forms").fullmatch(c)))


def asks_back(s, chat) -> bool:
    """An agent sentence asking the customer about their need (act ``cause_check``: 您要哪个颜色呢 / 订单号是多少),
    not the greeting's or the closing's offer of help (the pack's ``help_offer``: 有什么 / 帮到您 / 还有别的)."""
    return "cause_check" in s.acts and not (set(s.acts) & {"greeting", "closing"}
                                            and chat.words_re("help_offer").search(s.text))


@per_sentence
def offers_for_consent(chat, s) -> bool:
    """An agent sentence offering a remedy (the pack's ``solution_forms`` or ``words.as_solution``: 这边给您重新发一个 /
    我们为您补发两只) whose one question asks the customer's consent (the pack's ``consent_forms`` on its last clause: 您看可以吗 /
    行吗 / 您觉得呢): seed 003's 提供解决方案, not a question back for the details of the need."""
    consent, forms = chat.patterns("consent_forms"), chat.patterns("solution_forms")
    clauses = [compact(c) for c in _CLAUSE.findall(without_codes(s.text)) if compact(c)]
    if clauses and chat.words_re("consent_offer_forms").search(clauses[-1]) and not any(
            _ASKS_WORD.search(c) or asks_info(chat, c) for c in clauses[:-1]):
        return True  # 给您退30元可以吗: the remedy and the consent in one clause (stop 46, c46)
    if consent is None or len(clauses) < 2 or not consent.search(clauses[-1]):
        return False
    head = clauses[:-1]
    if any(_ASKS_WORD.search(c) or asks_info(chat, c) for c in head):
        return False  # (请问是哪里坏了，换一个可以吗: a question back about the need besides)
    return any((forms is not None and forms.search(c)) or "as_solution" in chat.text_labels(c) for c in head)


@per_turn
def turn_asks_back(chat, i: int) -> bool:
    """A sentence of agent turn ``i`` asks the customer back (``answering.asks_back``), or requests their data in a
    sentence the tagger read as something else (您好，麻烦说下您的鞋码), not the greeting's or closing's offer of help."""
    data, offer = chat.words_re("asks_data"), chat.words_re("help_offer")
    return any(asks_back(s, chat) or ((asks_info(chat, s.text) or data.search(s.text)) and not offer.search(s.text))
               for s in chat.sentences.get(i, ()))


def only_greets(chat, block: list[int]) -> bool:
    """The agent turns only greet or offer help (您好 / 请问有什么可以帮您): nothing about the customer's need."""
    ss = [s for j in block for s in chat.sentences.get(j, ())]
    return bool(ss) and all(_sentence_only_greets(chat, s) for s in ss)


@per_sentence
def _sentence_only_greets(chat, s) -> bool:
    """Agent sentence ``s`` only greets or offers help (``only_greets``), read once per sentence."""
    return bool(set(s.acts) <= {"greeting", "cause_check", "other"} and len(compact(s.text)) <= 30
                and ("cause_check" not in s.acts or chat.words_re("help_offer").search(s.text))
                and ("other" not in s.acts or len(compact(s.text)) <= 4))


def guessed(chat, it, yes, reply: str, wh) -> bool:
    """Item ``it`` asks with a question word (``wh``: 保修期是多久) and the customer's next sentence in the same turn, ``yes``, is
    their guess at its answer put for a yes (the pack's ``guess_forms``: 是一年吗), which the agent's bare yes confirms (the pack's
    ``confirm_yes_forms``: 是的): the question is answered (seed 000 漏回复 asks an answer; the guess confirmed is one).  A no
    (不是的) leaves the question word unanswered."""
    if it.turn != yes.turn or it.sentence != yes.sentence - 1 or it.act != "question" or wh is None:
        return False
    guess = compact(yes.text).rstrip("?？")
    return (bool(wh.search(compact(it.text))) and not wh.search(guess)
            and chat.words_re("guess_forms").match(guess) is not None
            and chat.words_re("confirm_yes_forms").match(compact(reply)) is not None)


@per_turn
def shows_media(chat, j: int) -> bool:
    """Agent turn ``j`` sends a photo, video, product card or link (the pack's ``media_forms``: [图片] / [商品卡片] / [视频]) with a
    line pointing the customer at it (``media_pointer_forms``: 这是实拍 / 您看下 / 如图): the thing shown is the answer to what
    was just asked (c47, pool47: 盒子里面是散装还是小袋 → [图片] 这是拆开后的实拍，您看下; seed 000 漏回复 is a question given
    no reply).  A card sent bare, or a line with no card, shows nothing."""
    text = chat.messages[j].text
    media, pointer = chat.patterns("media_forms"), chat.patterns("media_pointer_forms")
    return media is not None and pointer is not None and bool(media.search(text)) and bool(pointer.search(compact(text)))


def told_back(chat, i: int, text: str) -> bool:
    """Customer sentence ``text`` of turn ``i`` answers the agent's question right before (act ``cause_check``, not an
    offer of more help) with no question mark, word or choice of its own (``needs.is_question_text``; the pack's
    ``choice_words``: 还是 / 或者)."""
    if is_question_text(text) or chat.words_re("choice_words").search(compact(text)):
        return False
    offer = chat.words_re("help_offer")  # (您看还有其他什么可以帮您的吗 → 有几种颜色可选: a new question, not told back)
    return chat.messages[i - 1].role == "agent" and any(asks_back(o, chat) and not offer.search(o.text)
                                                        for o in chat.sentences.get(i - 1, ()))


@per_sentence
def promises_later(chat, s) -> bool:
    """Agent sentence ``s`` holds (``needs.agent_holds``) and promises its answer later (the pack's ``reply_later_forms``: 这个我
    问一下教练，稍后给您回复), asking the customer nothing (``asks_info``): the check runs now, whatever details are asked
    beside it for another matter (``turns.agent_turn``, ``held.held_by_name``; stop 69, pool69)."""
    return agent_holds(chat, s) and bool(chat.words_re("reply_later_forms").search(compact(s.text))) and not asks_info(
        chat, s.text)
