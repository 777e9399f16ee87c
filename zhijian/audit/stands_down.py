"""Customer sentences that ask the agent nothing though they may read as asking (``turns`` / ``state`` / ``ending`` read
them): the choice told (``decides``), doing it oneself (``does_itself``), the asking put off until later (``puts_off``), a
question taken back by name (``takes_back``), deliberating or dropping the matter (``withdraws``) and content with what was
arranged (``content``) and the customer's own old thing to be replaced (``replaces_own``); seed 000 漏回复 is for
questions still asked, 004 强制结束 for a customer who still needs help."""

from __future__ import annotations

from zhijian.acts.sentences import is_question_compact
from zhijian.audit.needs import clause_asks
from zhijian.audit.settle import CLAUSE, bigrams, chars as content_chars, compact


def decides(chat, s) -> bool:
    """A customer sentence that only tells the choice made (那就拿灰色的吧 / 行，我订两间 / 那我选小号了: the pack's
    ``decision_forms``) and asks nothing (no question word, particle or mark): the customer goes on to order, nothing
    waits for the agent's answer (the model half reads 吧 as asking)."""
    forms = chat.patterns("decision_forms")
    if forms is None or s.text.rstrip().endswith(("?", "？")):
        return False
    c = compact(s.text)
    if forms.fullmatch(c):
        return not (is_question_compact(c) or chat.words_re("wh_question_words").search(c))
    # (牛仔布用得多，那就要多功能的吧: the choice after the reason for it, told in clauses that ask nothing; stop 39, c39)
    clauses = _clauses(s)
    return len(clauses) > 1 and bool(forms.fullmatch(clauses[-1])) and not any(
        chat.words_re("wh_question_words").search(cl) for cl in clauses) and _asks_in_none(chat, clauses)


def _clauses(s) -> list[str]:
    """The compacted clauses of sentence ``s`` that hold anything."""
    return [c for c in map(compact, CLAUSE.findall(s.text)) if c]


def _asks_in_none(chat, clauses: list[str]) -> bool:
    """No compacted clause of ``clauses`` asks or requests: no question mark or particle (``is_question_compact``), no clause
    asking by its form (``needs.clause_asks``) and none of the pack's ``question_or_request`` forms (吗 / 怎么 / 帮我)."""
    return not any(is_question_compact(cl) or clause_asks(chat, cl) or chat.words_re("question_or_request").search(cl)
                   for cl in clauses)


def does_itself(chat, s) -> bool:
    """A customer sentence that only says the customer will do it themselves (the pack's ``own_doing_forms``: 我回头自己改改 /
    那我自己来设置吧 / 我晚点自己装), asking nothing (no question mark): no need of the agent's, the agent's goodbye after it
    cuts nothing off (stop 35, c35; seed 000 / 004 强制结束 is for a customer who still needs help)."""
    forms = chat.patterns("own_doing_forms")
    if forms is None or s.text.rstrip().endswith(("?", "？")):
        return False
    return bool(forms.fullmatch(compact(s.text)))


def content(chat, s) -> bool:
    """A customer sentence that ends on being content with what the agent arranged (the pack's ``content_forms``: 能赶上就行，
    这样安排我挺满意的 / 可以，四点前我都在，等她电话) and asks or requests nothing in any clause: the matter settled, nothing
    waits for the agent (the model half reads 就行 / 等 as asking for something; stop 61, pool61)."""
    if s.text.rstrip().endswith(("?", "？")):
        return False
    clauses = _clauses(s)
    return bool(clauses) and bool(chat.words_re("content_forms").search(clauses[-1])) and _asks_in_none(chat, clauses)


def replaces_own(chat, s) -> bool:
    """A customer sentence telling their own old thing broke and that they mean to buy a new one (the pack's
    ``replace_own_forms``: 我家老的电饭煲坏了，想换个新的 / 旧的那台用不了了，打算买一台): the ground of a purchase, no exchange
    asked of the shop and no trouble for it to handle (seed 003 §售后 is for goods the shop sold; stop 61)."""
    return bool(chat.words_re("replace_own_forms").search(compact(s.text)))


def puts_off(chat, i: int) -> bool:
    """Customer turn ``i`` ends on putting the asking off until later (the pack's ``defer_forms``, searched at the end of
    the compacted turn: 我先跟家里商量下，过两天再来问 / 我先量一下，回头再来咨询) and holds no question mark: what it says
    before is what the customer will look into, no question put to the agent yet (seed 000 漏回复 is for questions asked;
    a plain goodbye after it cuts nothing off, 004 强制结束 is for a customer who still needs help)."""
    text = chat.messages[i].text
    return "?" not in text and "？" not in text and bool(chat.words_re("defer_forms").search(compact(text)))


def takes_back(chat, i: int, open_: list) -> list:
    """The open needs asked before customer turn ``i`` that a clause of it drops by name (the pack's ``words.withdraw`` in a
    clause sharing a content bigram or two characters with the need: 能开发票吗 → 开票就算了，自己用的), or that finds its answer
    in the picture or the page (the pack's ``found_self_forms``: 带吸盘吗 → 哦图里有俩吸盘): the customer took the question back
    before the agent answered it, nothing is owed for it (seed 000 漏回复 is for questions still asked; stop 59, pool59)."""
    out = []
    found = chat.words_re("found_self_forms")  # (哦图里有俩吸盘，看到了: the answer found by the customer; stop 62, pool62)
    if not open_ or ("withdraw" not in chat.labels.get(i, ()) and not found.search(compact(chat.messages[i].text))):
        return out  # (no word of dropping the matter in the turn: most turns, read at no cost)
    for s in chat.sentences.get(i, ()):
        for c in CLAUSE.findall(s.text):
            if "withdraw" in chat.text_labels(c) or found.search(compact(c)):
                said, ch = bigrams(c), content_chars(c)
                # (a content bigram in common, or two characters: 能开发票吗 → 开票就算了)
                # (or the need's own verb named after 不用: 能送到机场吗 → 算了不用送了; stop 65)
                verb = {m.group("verb") for m in chat.words_re("dropped_verb_forms").finditer(compact(c))}
                out += [o for o in open_ if o.turn < i and o not in out and (
                    bigrams(o.text) & said or len(content_chars(o.text) & ch) >= 2 or verb & content_chars(o.text))]
                # (the one need the agent is checking, called off with no name, the pack's ``called_off_forms``: 帮您翻一下参数
                # 表，请稍候 → 不用了，我在详情页看到了 / 不用查了; stop 64, pool64 — not a bare 算了 in anger)
                held = [o for o in open_ if o.held_by is not None and o.turn < i]
                if not out and len(held) == 1 and len(open_) == 1 and chat.words_re("called_off_forms").search(
                        compact(chat.messages[i].text)):
                    out = held
    return out


def withdraws(chat, s) -> bool:
    """A customer sentence every clause of which deliberates or drops the matter (the pack's ``words.withdraw``:
    我再考虑考虑要不要换 / 算了不用了): a question put to themselves, nothing the agent must answer."""
    clauses = [c for c in CLAUSE.findall(s.text) if len(compact(c)) >= 2] or [s.text]
    return all("withdraw" in chat.text_labels(c) for c in clauses)
