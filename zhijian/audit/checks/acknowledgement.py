"""Thanks, apologies and suggestions need an answer (seed 004 §服务礼仪: 致谢时回应“不客气”,
致歉时回应“没关系”, 建议时致谢并记录)."""

from __future__ import annotations

import functools
import re

from zhijian.acts.cues import _strip_particles
from zhijian.acts.tagger import get_tagger
from zhijian.audit.chat import is_question
from zhijian.audit.checks import check
from zhijian.audit.memo import per_turn
from zhijian.audit.needs import agent_holds, praise_only, reads_as_question, suggests
from zhijian.audit.settle import compact  # (cached: the same sentences come back)

NEEDS = frozenset(("question", "request", "problem"))


def _unacknowledged(chat, act: str, label: str, reply_acts: tuple[str, ...], reply: str | tuple[str, ...],
                    category: str, says=None):
    """The first customer turn doing ``act`` (``chat.customer_says``, or ``says(chat, i)`` when given) whose
    answering agent block neither does one of ``reply_acts`` nor uses the pack's ``reply`` words (one list
    or several)."""
    replies = (reply,) if isinstance(reply, str) else reply
    for k, (i, m) in enumerate(chat.turns):
        if m.role != "customer" or not _does(chat, i, act, label, says):
            continue
        if act == "thanks" and _thanks_for_a_check(chat, k):
            continue  # 我帮您核实一下 → 好的辛苦了: thanks for a check under way, answered by its result (followup_missed)
        if not any(chat.has(j, *reply_acts, words=replies) for j in chat.agent_block_after(k)):
            yield chat.finding(category, i)
            return


@per_turn
def _does(chat, i: int, act: str, label: str, says) -> bool:
    """Customer turn ``i`` does ``act`` and wants the agent's reply for it (read from the turn alone)."""
    if not (says(chat, i) if says else chat.customer_says(i, act, label)):
        return False
    if act == "apology" and (_polite_opener(chat, i) or _self_correction(chat, i)):
        return False  # 不好意思请问… is a polite opener before a question; 我看错了，是要… a correction
    if act in ("thanks", "apology") and _courtesy_of_a_need(chat, i, act, label):
        return False  # 帮我查一下，谢谢 / 麻烦帮忙处理一下，很抱歉: the courtesy of a request, answered by serving it
    # 卡片上印“感谢有你”: words to be written for the customer, not said to the agent (also dictated without quotation
    # marks after the agent spoke of the text to put on the goods: 第二行写妈妈辛苦了)
    return not (_quoted_only(chat, i, act, label) or _dictated_only(chat, i, act, label))


# quoted words (“…” / "…" / 「…」 / 『…』 / ‘…’): what is to be written, printed or engraved, data not speech
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」|『[^』]*』|‘[^’]*’")


# the agent speaking of the text to be engraved, printed or written on the goods (刻字 / 印上 / 贺卡 / 每行十个字 / 分两行)
_TEXT_ON_GOODS = re.compile(r"刻字|刻上|刻的|印字|印上|绣字|绣上|烫金|题字|贺卡|卡片上|字数|每行|[一两二三]行")
# where the customer puts the words that follow (上面… / 第二行… / 背面刻…); 上面说的 / 下面的 point at the chat instead
_LAYOUT = re.compile(r"(上面|下面|上边|下边|正面|背面|反面|第[一二两三]行|下一行|另一行|一行|一面)(写|刻|印|绣|放|是)?(?![说讲的提])"
                     r"|(刻|印|写|绣|烫)(上|成|的是)")


def _dictated_only(chat, i: int, act: str, label: str) -> bool:
    """After an agent turn that spoke of the text to put on the goods (``_TEXT_ON_GOODS``), the customer's turn does
    ``act`` only after a layout word (``_LAYOUT``: 上面… 下面老师辛苦了 / 背面刻谢谢妈妈): the words are dictated for the
    goods, not said to the agent; before it neither the pack's ``label`` words nor the act's cue phrases."""
    if not any(m.role == "agent" and _TEXT_ON_GOODS.search(m.text) for j, m in chat.turns if j < i):
        return False
    text = chat.messages[i].text
    at = _LAYOUT.search(text)
    if at is None:
        return False
    head = text[:at.start()]
    if label in chat.text_labels(head) or any(p in compact(head) for p in _cue_phrases(act)):
        return False
    return all(s.end > at.start() for s in chat.sentences.get(i, ()) if act in s.acts)


def _quoted_only(chat, i: int, act: str, label: str) -> bool:
    """The turn does ``act`` only inside quotation marks (贺卡上写“辛苦了” / 备注写‘对不起我来晚了’): outside them
    neither the pack's ``label`` words nor the act's cue phrases, and every sentence the tagger gave the act
    overlaps a quotation."""
    text = chat.messages[i].text
    quotes = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
    if not quotes:
        return False
    bare = _QUOTED.sub("，", text)
    if label in chat.text_labels(bare) or any(p in compact(bare) for p in _cue_phrases(act)):
        return False
    return all(any(a < s.end and s.start < b for a, b in quotes)
               for s in chat.sentences.get(i, ()) if act in s.acts)


def _thanks_for_a_check(chat, k: int) -> bool:
    """The customer turn ``turns[k]`` asks for nothing and follows an agent block that only said they would check
    (``needs.agent_holds``: 我帮您问一下仓库 / 稍等我核实一下; no answer nor solution in it): its thanks are for the
    check under way, and the agent answers them by coming back with the result (seed 004: 稍等后回复结果)."""
    i = chat.turns[k][0]
    if any(set(s.acts) & NEEDS or reads_as_question(s) for s in chat.sentences.get(i, ())):
        return False
    block = []
    for j, n in reversed(chat.turns[:k]):
        if n.role != "agent":
            break
        block.append(j)
    sents = [s for j in block for s in chat.sentences.get(j, ())]
    return (any(agent_holds(chat, s) for s in sents)
            and not any({"answer", "solution"} & set(s.acts) for s in sents))


@functools.lru_cache(maxsize=4)
def _cue_phrases(act: str) -> tuple[str, ...]:
    """The phrases of the customer's cue for ``act`` (``zhijian/data/acts/cues.yaml``: 谢谢 / 辛苦了 …,
    不好意思 / 抱歉 …)."""
    cue = next(c for c in get_tagger().cues.cues if c.id == f"customer.{act}")
    return tuple(cue.contains)


def _courtesy_of_a_need(chat, i: int, act: str, label: str) -> bool:
    """Every thanks (apology) of the turn is said for a need stated before it in the same turn
    (明天上午送，谢谢 / 帮我查下物流 谢谢 / 麻烦帮忙处理一下 很抱歉): a sentence asking or requesting
    comes earlier, or the sentence itself asks and ends on it (这个能开发票吗麻烦了 / 帮我改下地址真不好意思).
    Thanks said first (好的谢谢，那赠品呢) thank the agent for what came before, and need their answer."""
    ss = chat.sentences.get(i, ())
    need = False
    said = False
    for s in ss:
        acts = set(s.acts)
        # (praise the model reads as a problem, 拿到了，比图片上还好看，点个赞, asks for nothing; nor does a need the model is
        # unsure of, below the pack's act_confidence, in words that ask nothing: 单号发您了，你们真靠谱，谢谢 thanks; 麻烦备注一下，
        # 谢谢 asks with 麻烦 / 帮我 / 请 …, ``chat.is_question``)
        wants = any(chat.sure(s, a) for a in acts & NEEDS) or bool(acts & NEEDS and is_question(s.text))
        asks = (wants or reads_as_question(s)) and not praise_only(chat, s)
        if act in acts or chat.text_labels(s.text) & {label}:
            said = True
            tail = _strip_particles(compact(s.text)).endswith(_cue_phrases(act))
            if not (need or (asks and tail and len(compact(s.text)) > 4)):
                return False
        need = need or asks
    return said


def _self_correction(chat, i: int) -> bool:
    """The turn's apology is only a correction (我看错了，是要银色的 / 哦不对，刚才说错了): every sentence
    tagged apology says something was wrong (错 / 不对) and the turn has none of the pack's apology
    words (``words.customer_apology``: 不好意思 / 抱歉 / 对不起 / 是我搞错 …)."""
    if "customer_apology" in chat.labels[i]:
        return False
    ss = [s for s in chat.sentences.get(i, ()) if "apology" in s.acts]
    return bool(ss) and all("错" in s.text or "不对" in s.text for s in ss)


def _polite_opener(chat, i: int) -> bool:
    """The turn's apology is only a short opener (不好意思 / 打扰一下) right before a question or request."""
    if "polite_opener" in chat.labels[i]:
        return True
    ss = chat.sentences.get(i, ())
    for k, s in enumerate(ss):
        if "apology" in s.acts:
            short = len(compact(s.text)) <= 7
            nxt = ss[k + 1].acts if k + 1 < len(ss) else ()
            if not (short and ({"question", "request"} & set(nxt))):
                return False
    return bool(ss)


@check("thanks_unacknowledged")
def thanks_unacknowledged(chat):
    """The customer thanks or praises; the agent's next block does not respond (``words.thanks_reply``), nor
    thanks them back (``words.thanks_back``: 感谢您对京东的支持)."""
    yield from _unacknowledged(chat, "thanks", "customer_thanks", (), ("thanks_reply", "thanks_back"),
                               "thanks_unacknowledged")


@check("apology_unacknowledged")
def apology_unacknowledged(chat):
    """The customer apologises; the agent's next block does not answer the apology (``words.apology_reply``:
    没关系 / 不要紧 / 别介意; seed 004: 致歉时回应“没关系”).  Reassurance about the goods or the order
    (嗯，L码是合适的，您放心下单) answers the need, not the apology."""
    yield from _unacknowledged(chat, "apology", "customer_apology", (), "apology_reply",
                               "apology_unacknowledged")


@per_turn
def _suggests(chat, i: int) -> bool:
    """The customer suggests: the pack's words or the tagger at the pack's confidence, or a sentence about
    the next time or from now on (the pack's ``words.future_time``: 下次 / 以后 / 今后 …) asking the shop to
    do it otherwise (the pack's ``suggestion_forms``: 下回打包能不能别… / 以后可以少放…): a wish for how it
    is done in future is a suggestion, not only a question about the order; so is the shop named as the one to
    do less of something (``suggestion_shop_forms``: 你家的包装袋能不能别封那么死)."""
    reproach = chat.patterns("complaint_forms")
    if (chat.labels[i] & {"complaint", "repeat_complaint"} or (reproach is not None and reproach.search(compact(chat.messages[i].text)))) \
            and not any("customer.suggestion" in s.cues for s in chat.sentences.get(i, ())):
        # 你们做事能不能认真点 / 我刚才说过了，你们能不能翻一下订单: a reproach (the pack's complaint words and forms, or
        # saying it was said already) wants an apology, not thanks
        return False
    return "customer_suggestion" in chat.labels[i] or any(suggests(chat, s) for s in chat.sentences.get(i, ()))


@check("suggestion_unacknowledged")
def suggestion_unacknowledged(chat):
    """The customer suggests; the agent's next block neither thanks nor records it
    (``words.suggestion_reply``)."""
    yield from _unacknowledged(chat, "suggestion", "customer_suggestion", (), "suggestion_reply",
                               "suggestion_unacknowledged", says=_suggests)
