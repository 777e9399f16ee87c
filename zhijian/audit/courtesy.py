"""Agent courtesy read clause by clause for the state tracker (``state.track`` hands these to ``settle``): a goodbye said in
so many words, the reply to the customer's thanks or apology (neither tells anything of a need nor brings a check's
result), and a sentence opening on a yes or a no."""

from __future__ import annotations

from zhijian.audit.settle import CLAUSE, compact


def ends_courteously(chat, clause: str) -> bool:
    """A clause that says goodbye (``says_goodbye``) or answers the customer's thanks or apology (``courtesy_reply``)."""
    return says_goodbye(chat, clause) or courtesy_reply(chat, clause)


def says_goodbye(chat, clause: str) -> bool:
    """A clause of an agent closing that says goodbye in so many words (the cue's ``closing`` / ``forced_end``: 今天就先到这里 /
    祝您生活愉快), not one the model alone read so (屏幕闪一下就好) nor one telling what is done (订单会尽快为您发出)."""
    return bool(chat.text_labels(clause) & {"closing", "forced_end"})


def courtesy_reply(chat, clause: str) -> bool:
    """(stop 49) A clause of a courtesy sentence that answers the customer's thanks or apology (the pack's ``thanks_reply`` /
    ``apology_reply``: 不麻烦的 / 这是我们应该做的 / 没关系): like a goodbye it tells nothing of a need, and never brings the result
    of a check (行，麻烦了 → 不麻烦的，这是我们应该做的 after 我去跟仓库确认一下)."""
    return bool(chat.text_labels(clause) & {"thanks_reply", "apology_reply"})


def opens_yes_no(chat, text: str) -> bool:
    """An agent sentence opening on a yes or a no (the pack's ``yes_no_reply`` at the head of its first clause, or its
    ``yes_no_heads``: 可以的，下单时备注 / 支持的 / 没问题): it may answer a yes-or-no question it shares no word with."""
    c = compact(next((x for x in CLAUSE.findall(text) if compact(x)), text))
    return bool(chat.words_re("yes_no_reply").match(c) or chat.words_re("yes_no_heads").match(c))
