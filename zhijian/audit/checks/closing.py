"""Closing (seeds 002, 003: the agent has the last word, with a proper closing)."""

from __future__ import annotations

from zhijian.audit.checks import check
from zhijian.audit.settle import CLAUSE, chars, compact


def proper_closing(chat) -> bool:
    """The last turn is the agent's and carries a closing (``words.closing``), or ends on thanks for the customer's visit
    (``ends_on_thanks``); the scorecard's bonus."""
    if not chat.turns:
        return False
    li, lm = chat.turns[-1]
    return lm.role == "agent" and ("closing" in chat.labels[li] or ends_on_thanks(chat, lm.text) or ends_on_invite(chat, lm.text))


def ends_on_invite(chat, text: str) -> bool:
    """The chat's last agent turn ends on a clause inviting the customer back (the pack's ``closing_invite``: 欢迎常来店里看看 /
    有空再来看看 / 欢迎下回再来选购): the goodbye of the closing in other words (seed 003: 最后一句结束语必须由我们客服来结束;
    seed 004: 欢迎您随时再来咨询).  Read on the last turn only: ``words.closing`` leaves 欢迎常来 out, since said right after a
    need it is what the agent ends the chat on (forced_end)."""
    invite = chat.patterns("closing_invite")
    clauses = [c for c in CLAUSE.findall(text) if compact(c)]
    return invite is not None and bool(clauses) and invite.search(compact(clauses[-1])) is not None


def ends_on_thanks(chat, text: str) -> bool:
    """An agent turn whose last clause thanks the customer for something named (the pack's ``closing_thanks`` at its head,
    then two content characters and more: 感谢来访 / 多谢光顾 / 谢谢您抽空咨询, not a bare 谢谢 / 谢谢亲): the agent's last word
    is the closing's thanks, whatever is thanked (seed 002: 结束对话时 …感谢您关注…; seed 003: 最后一句结束语必须由我们客服来结束)."""
    opener = chat.patterns("closing_thanks")
    clauses = [c for c in CLAUSE.findall(text) if compact(c)]
    if opener is None or not clauses:
        return False
    last = compact(clauses[-1])
    m = opener.match(last)
    return m is not None and len(chars(last[m.end():])) >= 2


@check("missing_closing")
def closing(chat):
    """The chat must end with an agent closing; the finding is about the last message.  A chat the agent ended on
    the customer in a turn with a goodbye (今天就聊到这儿，再见) is ``forced_end``: the goodbye was said, too soon."""
    end = chat.forced_ending
    if end and chat.messages[end[0]].role == "agent" and (
            "closing" in chat.labels[end[0]] | chat.acts(end[0]) or ends_on_thanks(chat, chat.messages[end[0]].text)):
        return
    if chat.turns and not proper_closing(chat):
        yield chat.finding("missing_closing", chat.turns[-1][0])
