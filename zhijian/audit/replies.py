"""What a customer turn says in reply rather than asks, and the needs settled with the ones they go with (``state.track``
reads these; seed 000 漏回复 is for questions the agent left without reply).

* a problem told before the customer signs off (哦哦 / 好的 / 谢谢 to the end of the turn), in no question form, is a remark
  on the answer (``asides``);
* what the customer adds to the yes or no they give the agent's question back tells the agent more (``asides``);
* the same question sent again while it waits is one need; sent again in the same words right after its answer, it opens
  nothing (``sent_again``), and the agent's bare yes after it answers it (``asked_again``);
* a bare yes or no answers the question just asked, or the one the customer just sent again (``yes_no_answered``);
* a request put as a question (能不能帮忙… / 可以帮我…吗) is granted by 好的 as a request is (``asks_for_action``), and the
  trouble told as its ground in the same turn goes with it (``grant_grounds``).
"""

from __future__ import annotations

from zhijian.acts.sentences import ASK_TAILS
from zhijian.audit.needs import same_need
from zhijian.audit.settle import compact


def asides(chat, i: int, readings, asked_back: bool) -> dict[int, bool]:
    """The sentences of customer turn ``i`` (its ``customer_turn`` readings) that open no need: sentence index → True when the
    sentence is a detail the agent may use (what the customer adds to a yes or no given to the agent's question back,
    ``asked_back``: 是新电池吗 → 对呀，上周才买的 就在你家买的), False when it is only a remark (a problem told in no question
    form before the customer signs off, ``_signs_off_from``: 快递小哥最近也忙，送晚了也没办法 哦哦 谢谢)."""
    out: dict[int, bool] = {}
    signed = _signs_off_from(chat, i)
    confirmed = asked_back and _opens_on_yes(chat, i)
    for si, s, act, _chases, another, _texts, _grieved in readings:
        if act == "problem" and signed is not None and si < signed and not chat.words_re("question_or_request").search(s.text) \
                and "?" not in s.text and "？" not in s.text:
            out[si] = False
        elif act is not None and confirmed and si > 0 and not another and _tells_on(chat, s):
            out[si] = True
    return out


def _signs_off_from(chat, i: int) -> int | None:
    """The index of the first sentence of customer turn ``i`` from which every sentence to its end acknowledges or thanks (the
    tagger's ``customer.ack`` / ``customer.thanks`` cues: 哦哦 / 好的 / 谢谢), one at least acknowledging: the customer takes the
    answer and signs off.  None when the turn does not end so."""
    sents = chat.sentences.get(i, ())
    k, acked = len(sents), False
    while k > 0 and set(sents[k - 1].cues) & {"customer.ack", "customer.thanks"}:
        acked = acked or "customer.ack" in sents[k - 1].cues
        k -= 1
    return k if acked and k < len(sents) else None


def _opens_on_yes(chat, i: int) -> bool:
    """Customer turn ``i`` opens on a bare yes or no, a sentence of its own (对呀 / 是的 / 不是 / 没有: the pack's ``yes_no_reply``)."""
    sents = chat.sentences.get(i, ())
    return bool(sents) and chat.words_re("yes_no_reply").fullmatch(compact(sents[0].text)) is not None


def _tells_on(chat, s) -> bool:
    """Customer sentence ``s`` puts no question in form: no question mark, no question particle at its end, no A-not-A form (the
    pack's ``a_not_a_question``), nor an added need (``adds_need``: 另外… / 还有…), and the tagger reads no question in it — a
    word like 几 alone (刚买几天的: a few days) does not make it ask."""
    c = compact(s.text)
    if "?" in s.text or "？" in s.text or c.endswith(ASK_TAILS) or "question" in s.acts:
        return False  # (对。上次那瓶能打多少页来着: the tagger's question, asked after the yes)
    adds = chat.patterns("adds_need")
    return not (chat.words_re("a_not_a_question").search(c) or (adds is not None and adds.search(c)))


def sent_again(items: list, open_: list, i: int, act: str, text: str, last_start: int, reproach: bool) -> bool:
    """Customer turn ``i`` sends need ``text`` (``act``) again: the same question as an open need (``needs.same_need``; the
    need remembers the turn, ``Item.again``), or — not in reproach — the same words as a need the agent's last block (from
    turn ``last_start``) answered (积分返了吗 → 已经返了 → 积分返了吗 麻烦了: the customer's resend, no need of its own)."""
    again = [o for o in open_ if same_need(text, o.text)]
    for o in again:
        o.again = i  # (the agent's bare yes right after it answers it: ``asked_again``)
    if again:
        return True
    return not reproach and any(o.closed_by is not None and o.closed_by >= last_start and o.act == act
                                and _same_words(o.text, text) for o in items)


def _same_words(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same words, punctuation, spaces and a closing question mark aside."""
    return compact(a).rstrip("?？") == compact(b).rstrip("?？")


def asked_again(open_: list, asked: int):
    """The one open need customer turn ``asked`` sent again while it waited (``Item.again``), skipped or not, when that turn
    opened no need of its own (这单算新客的吧 skipped … 对 算新客么 → 是的哦: the question asked again is the one a bare yes
    answers), else None."""
    again = [it for it in open_ if it.again == asked]
    if len(again) != 1 or any(it.turn == asked for it in open_):
        return None
    return again[0]


def asks_for_action(it, asks_to_act) -> bool:
    """Need ``it`` asks the agent to do something: a request, or a question put as one (``asks_to_act``, the pack's
    ``request_question_forms``: 能不能帮我加急一下 / 可以帮我改下地址吗) that no check holds (能帮忙看看吗 → 我帮您问问:
    the check owes its result)."""
    return it.act == "request" or (it.act == "question" and it.held_by is None and bool(asks_to_act.search(compact(it.text))))


def grant_grounds(open_: list, still: list, j: int) -> list:
    """The needs of ``still`` (open after agent turn ``j``'s acknowledgement granted the requests of ``open_`` it closed) less
    the trouble told as the ground of a request granted in the same turn (取件码找不到了 | 麻烦让骑手再发一遍 →
    好的): one need with it, as a problem told with its question is in ``settle``; not a need added to it (``Item.added``),
    skipped or held."""
    granted = {it.turn for it in open_ if it.closed_by == j}
    for it in still:
        if it.act == "problem" and it.turn in granted and not it.added and not it.skipped and it.held_by is None:
            it.closed_by = j
    return [it for it in still if it.closed_by is None]


def yes_no_answered(chat, sents, open_: list, turns, start: int):
    """The open question an agent turn opening on a bare yes or no (是的哦 / 嗯呢 / 不会的: the pack's ``yes_no_reply``) answers: the
    newest open need, when it is a question asked for a yes or no (the pack's ``yes_no_question``) in the customer turn right before the
    agent's block (``turns[start - 1]``), not held nor skipped; or the one need that turn sent again (``Item.again``) while it
    waited, skipped or not, when the turn opened no need of its own (这单算新客的吧 … 对 算新客么 → 是的哦: the question asked
    again is the one the yes answers; seed 000 漏回复)."""
    if not sents or not open_ or start < 1 or turns[start - 1][1].role != "customer":
        return None
    # (the newest need tested before the reply's words: a pure reading either way, the cheaper first)
    last = max(open_, key=lambda it: (it.turn, it.sentence))
    if last.turn != turns[start - 1][0] or last.skipped:
        last = asked_again(open_, turns[start - 1][0])  # (这单算新客的吧 … 对 算新客么 → 是的哦)
    if last is None or last.act != "question" or last.held_by is not None:
        return None
    if not chat.words_re("yes_no_reply").fullmatch(compact(sents[0].text)):
        return None
    q = compact(last.text).rstrip("?？")
    return last if chat.words_re("yes_no_question").search(q) else None
