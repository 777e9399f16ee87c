"""Customer turns that ask rather than report (``reports`` reads them before a problem act makes a case, seed 003 §售后 is
for goods or work found faulty): a turn that only asks about goods received (``only_asks``), whether the shop's work is
done yet (``asks_progress_only``), whether a thing can be done with goods not yet bought (``asks_if_can_only``) and how
to work goods received (``asks_use_only``), a turn that tells the agent's advice on use tried and not working yet
(``advice_tried_only``), and a turn that asks again what was asked before buying (``asks_again_only``)."""

from __future__ import annotations

from zhijian.audit.memo import per_turn
from zhijian.audit.needs import is_question_text
from zhijian.audit.settle import CLAUSE as _CLAUSE, compact  # (compact cached: the same sentences come back)


def only_asks(chat, i: int, ss) -> bool:
    """A turn that asks about the goods received and reports no fault (收到了，第一次用要先洗一下吗): a question the tagger
    is sure of, no sentence it is sure is a problem, and no asking how it will be handled (``words.asks_handling``:
    …变弱了怎么办 asks for a remedy); its half reading of a problem reports nothing."""
    # (今天怎么弄都不热: 怎么 as "however", the pack's ``concessive_forms``, tells the fault, it asks nothing; stop 45, c45)
    concessive = chat.words_re("concessive_forms")
    return "asks_handling" not in chat.labels[i] and not any(chat.sure(o, "problem") for o in ss) and any(
        chat.sure(o, "question") and is_question_text(o.text) and not concessive.search(compact(o.text)) for o in ss)


def asks_progress_only(chat, s) -> bool:
    """Customer sentence ``s`` asks whether the shop's work is done yet in its last clause (the pack's
    ``progress_question_forms``: 想问下修好了没有 / 衣服洗好了吗) and no clause names a defect of the pack's after-sales words:
    a question of progress, which an answer settles, no fault of the goods or the work told (stop 61, c61)."""
    texts = _CLAUSE.findall(s.text) or [s.text]
    return bool(chat.words_re("progress_question_forms").search(compact(texts[-1]))) and not any(
        "aftersales" in chat.text_labels(c) for c in texts)


def asks_if_can_only(chat, i: int) -> bool:
    """Every clause of customer turn ``i`` naming goods received (``words.goods_received``: 装上 / 用了) asks whether it can be
    done (the pack's ``can_do_question_forms``: 能直接装上吗 / 可以自己装上不): goods not yet in hand, a pre-sales question."""
    forms, labels = chat.words_re("can_do_question_forms"), chat.text_labels
    said = [compact(c) for c in _CLAUSE.findall(chat.messages[i].text) if "goods_received" in labels(c)]
    return bool(said) and all(forms.search(c) for c in said)


@per_turn
def asks_use_only(chat, i: int) -> bool:
    """Customer turn ``i`` asks how to work the goods (the pack's ``use_question_forms``: 怎么配对 / 如何设置 / 怎么安装, a
    sentence the tagger reads as a question) and names no defect nor asks the handling in any clause (the pack's after-sales
    words, ``words.asks_handling``), the manual not understood beside it (说明书翻了半天没弄明白): a question of use, no
    goods found faulty (seed 003 §售后; stop 62, pool62)."""
    if "asks_handling" in chat.labels[i]:
        return False
    ss, use = chat.sentences.get(i, ()), chat.words_re("use_question_forms")
    return any("question" in o.acts and use.search(compact(o.text)) for o in ss) and not any(
        "aftersales" in chat.text_labels(c) for o in ss for c in (_CLAUSE.findall(o.text) or [o.text]))


def asks_again_only(chat, i: int, reported) -> bool:
    """Customer turn ``i`` asks again what an earlier turn asked (``Chat``'s ``repeat_complaint``: 那划痕那个呢，我刚也问了),
    naming no goods received, no handling and no lost parcel, and no earlier customer turn reported a trouble (``reported``:
    ``reports._reports``): the question asked again is the one asked before buying (刮玻璃会不会留划痕), no trouble of goods received
    (003 §售后; stop 66, pool66)."""
    lab = chat.labels[i]
    if "repeat_complaint" not in lab or lab & {"goods_received", "asks_handling", "lost_parcel"}:
        return False
    return not any(m.role == "customer" and reported(chat, k, k <= chat.first_need) for k, m in chat.turns if k < i)


def advice_tried_only(chat, i: int) -> bool:
    """Customer turn ``i`` opens by telling the agent's advice on use tried (the pack's ``tried_forms``, the whole first
    clause: 我拉了 / 按了半天), right after an agent turn that told how, and an earlier customer turn asked how to work the goods
    (``asks_use_only``: 这个红绳怎么调长短): the difficulty told after it (拉不动) is the same question of use still open, no goods
    found faulty (seed 003 §售后; stop 68, pool68)."""
    ss = chat.sentences.get(i, ())
    first = (_CLAUSE.findall(ss[0].text) or [ss[0].text])[0] if ss else ""
    if not first or i == 0 or chat.messages[i - 1].role != "agent" or not chat.words_re("tried_forms").fullmatch(compact(first)):
        return False
    if not any({"answer", "solution"} & set(o.acts) for o in chat.sentences.get(i - 1, ())):
        return False
    rest = chat.words_re("stuck_forms").sub("，", compact(chat.messages[i].text)[len(compact(first)):])
    if "aftersales" in chat.text_labels(rest):
        return False  # (我拉了，绳子断了: a defect told after the try, not the part still stuck)
    return any(m.role == "customer" and asks_use_only(chat, k) for k, m in chat.turns if k < i)


def still_asking(chat, i: int, reported) -> bool:
    """Customer turn ``i`` goes on with a question asked before, no trouble reported: the question asked again before buying
    (``asks_again_only``) or the advice on use tried and not working yet (``advice_tried_only``)."""
    return asks_again_only(chat, i, reported) or advice_tried_only(chat, i)
